"""The runner-up as reporters bring them in: over a margin, set off after their party, in a scoreline
with shares (invented people, real seat names)."""

from __future__ import annotations

import pytest
from electext.api import extract_text

from tests.conftest import reported

WON = "Ann Lowe won Hexham for Labour with 15,900 votes"


def _people(text: str) -> dict[str, tuple[str | None, float | None]]:
    return {
        c.name.value: (c.party.value if c.party else None, c.votes.value if c.votes else None)
        for c in reported(text).candidates
        if c.name
    }


@pytest.mark.parametrize(
    "text",
    [
        f"{WON}, 560 ahead of the Conservatives' Ivo Senna.",
        f"{WON}, 560 votes ahead of the Conservatives' Ivo Senna.",
        "Ann Lowe won Hexham for Labour with a majority of 560 over the Conservatives' Ivo Senna.",
    ],
)
def test_the_one_a_margin_is_over_is_the_majority_and_a_candidate(text: str) -> None:
    contest = reported(text)
    assert contest.majority and contest.majority.value == 560
    assert _people(text)["Ivo Senna"][0] == "Conservative"


def test_a_lead_in_another_unit_is_no_majority() -> None:
    text = f"{WON}. At the fun run she finished 275 metres ahead of Ivo Senna."
    assert reported(text).majority is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conservative, Piers Ashdown, had 15,840.",  # a name the small model does not know
        "His nearest challenger, the Conservatives' Piers Ashdown, had 15,840.",
    ],
)
def test_a_rival_set_off_by_commas_after_a_party_had_their_tally(sentence: str) -> None:
    assert _people(f"{WON}. {sentence}")["Piers Ashdown"] == ("Conservative", 15840)


def test_parties_listed_with_commas_are_no_person() -> None:
    text = f"{WON}. The Liberal Democrats, Reform UK, the Greens and an independent shared the rest."
    assert set(_people(text)) == {"Ann Lowe"}


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Democrats gained Hexham from the Conservatives, Fiona Aldridge winning 734 (44.2%) to the "
        "Tory candidate Mark Ebrey's 655 (39.4%).",
        "Fiona Aldridge won Hexham for the Liberal Democrats with 734 votes (44.2%) to the Tory candidate Mark "
        "Ebrey's 655 (39.4%).",
    ],
)
def test_a_scoreline_with_shares_gives_each_side_its_own_tally(text: str) -> None:
    people = _people(text)
    assert people["Fiona Aldridge"] == ("Liberal Democrats", 734)
    assert people["Mark Ebrey"] == ("Conservative", 655)
    assert [c.share.value for c in extract_text(text).contests[0].candidates if c.share] == [44.2, 39.4]


def test_the_rival_of_an_earlier_elections_margin_is_no_candidate_now() -> None:
    text = (
        f"{WON}. When the seat was first fought in 2010, Labour held it by 1,101 votes over the Conservative Ivo Senna."
    )
    assert "Ivo Senna" not in _people(text)
    dated = extract_text(text, metadata={"published": "2024-07-05"}).contests[0]
    assert "Ivo Senna" not in {c.name.value for c in dated.candidates if c.name}


def test_a_majority_written_n_plus_is_a_hedged_previous_majority_not_a_tally() -> None:
    contest = reported("Ann Lowe won Hexham for Labour, overturning Ivo Senna's 17,000-plus majority to win by 4,750.")
    assert contest.previous_majority and contest.previous_majority.value == 17000
    assert contest.previous_majority.qualifier == "more_than"
    assert all(c.votes is None for c in contest.candidates)


def test_a_gain_from_the_winners_own_party_is_another_elections() -> None:
    text = (
        "Labour's Ann Lowe won the Rhondda Senedd seat with 13,098 votes. It was a reversal of the 2016 result, "
        "when Ivo Senna took the seat from Labour's Tom Reid."
    )
    contest = extract_text(text, metadata={"published": "2021-05-08"}).contests[0]
    assert contest.gained_from is None or contest.gained_from.value != "Labour"
