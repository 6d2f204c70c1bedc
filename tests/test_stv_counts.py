"""STV counts as reporters write them: first preferences as tallies, each "elected on the Nth count" a
mark of one of several elected (invented people, real constituency names)."""

from __future__ import annotations

import pytest
from electext.api import extract_text

from tests.conftest import reported, tallies


@pytest.mark.parametrize("tally", ["12,400 first preferences", "12,400 first-preference votes", "12,400 votes"])
def test_first_preferences_are_a_tally(tally: str) -> None:
    contest = reported(f"In Foyle, the SDLP's Ann Cole had {tally}.")
    assert tallies(contest) == {"Ann Cole": 12400}


def test_first_preferences_of_a_quota_are_no_tally() -> None:
    contest = reported("In Foyle, the SDLP's Ann Cole had 12,400 votes, and the quota was 7,865 first preferences.")
    assert [c.votes.value for c in contest.candidates if c.votes] == [12400]


def test_each_candidate_elected_on_a_count_is_marked_elected() -> None:
    text = (
        "Upper Bann Assembly count: Ann Cole (UUP) 8,003 was elected on the fourth count. "
        "Tom Reid (Alliance) 6,200 was elected on the ninth count. Ivo Senna (SDLP) 4,100 was eliminated."
    )
    elected = {c.name.value: c.elected is not None for c in reported(text).candidates if c.name}
    assert elected == {"Ann Cole": True, "Tom Reid": True, "Ivo Senna": False}


def test_a_lone_winner_elected_on_a_count_carries_no_mark_of_several() -> None:
    text = "Ann Cole (SNP) 2,011 was elected at the fifth stage in Kelvin ward. Tom Reid (Lab) had 1,800."
    assert all(c.elected is None for c in extract_text(text).contests[0].candidates)
