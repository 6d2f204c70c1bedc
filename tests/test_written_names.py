"""Names given back as the article writes them (invented people and wards)."""

from __future__ import annotations

from electext.api import extract_text
from electext.core.records import Evidence, Label
from electext.extract.assemble.written import as_written


def _label(value: str, *written: str) -> Label:
    return Label(value=value, evidence=[Evidence(start=0, end=len(text), text=text) for text in written])


def test_a_word_the_evidence_writes_with_a_typographic_apostrophe_is_written_so() -> None:
    assert as_written(_label("Niamh O'Dowd", "Ms O\u2019Dowd")).value == "Niamh O\u2019Dowd"  # type: ignore[union-attr]


def test_a_name_written_with_a_plain_apostrophe_or_not_shown_stays_as_read() -> None:
    assert as_written(_label("Niamh O'Dowd", "Niamh O'Dowd")).value == "Niamh O'Dowd"  # type: ignore[union-attr]
    assert as_written(_label("Niamh O'Dowd", "Ms Dowd")).value == "Niamh O'Dowd"  # type: ignore[union-attr]


def test_a_ward_and_its_winner_come_back_in_the_articles_characters_and_the_checks_still_join() -> None:
    text = (
        "Kelverton council by-election\n\nSt Ebba\u2019s ward (Lab gain from Con)\n"
        "Niamh O\u2019Dowd (Lab) 1,204\nTom Reid (Con) 1,100\n"
    )
    result = extract_text(text)
    (ward,) = [c for c in result.contests if not c.mention_only]
    assert ward.constituency.value == "St Ebba\u2019s"
    assert ward.winner and ward.winner.name and ward.winner.name.value == "Niamh O\u2019Dowd"
    assert {check.contest for check in result.checks} <= {c.constituency.value for c in result.contests} | {None}
