"""The electorate, a past turnout and a stated change in the majority, checked on invented Kettering reports.

Official figures (tests/invented_reference.py): the 2031 by-election's electorate is 77,500 and its
majority 3,224; the 2029 general election's turnout was 61.27% on valid votes (61.46% with rejected
ballots) and its majority 3,360, so the majority fell by 136.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from electext.api import extract_text
from electext.core.records import Check

from tests.invented_reference import PUBLISHED, build_invented_reference

WON = "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes and a majority of 3,224. "


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_invented_reference(tmp_path_factory.mktemp("past"))


def _check(reference: Path, sentence: str, check_id: str) -> Check:
    result = extract_text(WON + sentence, metadata={"published": PUBLISHED}, reference=reference)
    (found,) = [check for check in result.checks if check.id == check_id]
    return found


@pytest.mark.parametrize(
    ("sentence", "check_id", "status", "suggestion"),
    [
        ("It was fought on an electorate of 77,500.", "official_electorate", "pass", None),
        ("It was fought on an electorate of 75,700.", "official_electorate", "fail", "77,500"),  # digits swapped
        # announced on another register, a few voters apart: a warning, not an alarm
        ("It was fought on an electorate of 77,640.", "official_electorate", "imprecise", None),
        ("Turnout was 42.1%, down from 61.3% at the last general election.", "official_previous_turnout", "pass", None),
        # the same election's turnout with the rejected ballots
        ("Turnout was 42.1%, down from 61.5% at the last general election.", "official_previous_turnout", "pass", None),
        ("Turnout was 42.1%, down from 67.1% at the last general election.", "official_previous_turnout", "fail", None),
        ("Her majority was 136 fewer than at the last general election.", "official_majority_change", "pass", None),
        ("Her majority was 163 fewer than at the last general election.", "official_majority_change", "fail", "136"),
    ],
)
def test_stated_figures_of_the_seat_and_its_last_election(
    reference: Path, sentence: str, check_id: str, status: str, suggestion: str | None
) -> None:
    check = _check(reference, sentence, check_id)
    assert check.status == status, check.message
    if suggestion:
        assert check.suggestion and check.suggestion.lstrip("-") == suggestion


def test_a_change_that_contradicts_the_two_majorities_stated_fails_in_the_article_itself() -> None:
    text = (
        "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes and a majority of 3,224, "
        "236 fewer than last time. The Conservatives had defended a majority of 3,360."
    )
    (check,) = [c for c in extract_text(text, reference=None).checks if c.id == "majority_change"]
    assert (check.status, check.expected, check.reported) == ("fail", -136, -236)
