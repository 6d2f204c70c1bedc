"""Date checks on invented reports: a stated weekday must be its date's, a stated polling day the official one."""

from __future__ import annotations

from pathlib import Path

import pytest
from electext.api import extract_text
from electext.core.records import Check

from tests.invented_reference import PUBLISHED, build_invented_reference

# Thursday 6 March 2031 is the invented Kettering by-election's polling day (tests/invented_reference.py).
RESULT = "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes to Nell Harrow's 11,141. "


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_invented_reference(tmp_path_factory.mktemp("dates"))


def _dated(text: str, reference: Path | None, published: str | None = PUBLISHED) -> list[Check]:
    metadata = {"published": published} if published else None
    result = extract_text(RESULT + text, metadata=metadata, reference=reference)
    return [check for check in result.checks if check.id in ("date_weekday", "official_date")]


def _verdicts(checks: list[Check]) -> list[tuple[str, str]]:
    return [(check.id, check.status) for check in checks]


def test_the_right_polling_day_and_weekday_pass(reference: Path) -> None:
    checks = _dated("The by-election was held on Thursday 6 March.", reference)
    assert _verdicts(checks) == [("date_weekday", "pass"), ("official_date", "pass")]


def test_a_weekday_that_is_not_its_dates_fails_and_names_the_right_one(reference: Path) -> None:
    (weekday, official) = _dated("Voters went to the polls on Friday 6 March.", reference)
    assert (weekday.status, weekday.suggestion) == ("fail", "Thursday 6 March")
    assert weekday.message.startswith("6 March 2031 was a Thursday, not a Friday")
    assert weekday.evidence[0].text == "Friday 6 March"
    assert official.status == "pass"  # the date itself is the polling day


def test_a_polling_day_that_is_not_the_official_one_fails(reference: Path) -> None:
    (weekday, official) = _dated("The by-election was held on Friday 7 March.", reference)
    assert weekday.status == "pass"  # 7 March 2031 is a Friday: the weekday agrees with the date
    assert (official.status, official.suggestion) == ("fail", "Thursday 6 March")
    assert official.against == "Kettering by-election of 2031-03-06" and official.source


def test_a_date_that_is_not_stated_as_polling_day_is_not_held_to_it(reference: Path) -> None:
    checks = _dated("The count ended in the early hours of Friday 7 March.", reference)
    assert _verdicts(checks) == [("date_weekday", "pass")]


def test_a_dateless_weekday_is_tried_in_the_neighbouring_years_too() -> None:
    """A January article recalling "Thursday 12 December" means last December: no alarm."""
    checks = _dated("It recalled the campaign's launch on Thursday 12 December.", None, published="2030-01-09")
    assert _verdicts(checks) == [("date_weekday", "pass")]  # 12 December 2029 was a Wednesday; 2030 a Thursday


@pytest.mark.parametrize(
    "sentence",
    [
        "She thanked the 14 volunteers who knocked on doors.",  # numbers that are no dates
        "May voters choose a Reform MP next time?",  # "May" the verb
        "The march on Thursdays past the town hall will go on.",  # no date at all
    ],
)
def test_sentences_without_a_date_give_no_date_check(sentence: str) -> None:
    assert _dated(sentence, None) == []
