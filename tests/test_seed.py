"""The seed article's acceptance: everything true is found, nothing false is added."""

from __future__ import annotations

import pytest
from electext import extract_text
from electext.core.records import ArticleResult

from tests.conftest import candidates, contest, evidence_round_trips

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def result(seed_text: str) -> ArticleResult:
    return extract_text(seed_text, source="mid-beds-tamworth.txt")


def test_contests_found_and_mentions_marked(result: ArticleResult) -> None:
    found = {c.constituency.value: c.mention_only for c in result.contests}
    assert found == {
        "Mid Bedfordshire": False,
        "Tamworth": False,
        "Rutherglen": True,
        "Selby and Ainsty": True,
        "Somerton and Frome": True,
    }
    assert all(c.election.value == "by-election" for c in result.contests)


def test_mid_bedfordshire(result: ArticleResult) -> None:
    mid_beds = contest(result, "Mid Bedfordshire")
    assert mid_beds.winner and mid_beds.winner.name and mid_beds.winner.party
    assert (mid_beds.winner.name.value, mid_beds.winner.party.value) == ("Alistair Strathern", "Labour")
    assert mid_beds.result and mid_beds.result.value == "gain"
    assert mid_beds.gained_from and mid_beds.gained_from.value == "Conservative"
    assert mid_beds.majority and (mid_beds.majority.value, mid_beds.majority.unit) == (1192, "votes")
    assert mid_beds.previous_majority and mid_beds.previous_majority.value == 24664
    assert mid_beds.previous_majority.party and mid_beds.previous_majority.party.value == "Conservative"
    assert mid_beds.swing and mid_beds.swing.value == 20.5
    assert mid_beds.swing.from_party and mid_beds.swing.from_party.value == "Conservative"
    assert mid_beds.swing.to_party and mid_beds.swing.to_party.value == "Labour"
    assert mid_beds.held_since and mid_beds.held_since.year.value == 1931
    assert (
        mid_beds.previous_member
        and mid_beds.previous_member.name
        and mid_beds.previous_member.name.value == "Nadine Dorries"
    )
    assert mid_beds.turnout is None
    assert candidates(mid_beds) == {
        "Alistair Strathern": {"party": "Labour", "votes": 13872, "position": 1},
        "Festus Akinbusoye": {"party": "Conservative", "votes": 12680, "position": 2},
        "Emma Holland-Lindsay": {"party": "Liberal Democrats", "votes": 9420, "position": 3},
        "Reform UK": {"party": "Reform UK", "votes": 1487, "position": None},
    }


def test_winner_votes_are_derived_and_say_how(result: ArticleResult) -> None:
    winner = contest(result, "Mid Bedfordshire").candidates[0]
    assert winner.votes and winner.votes.value == 13872
    assert winner.votes.derived and "12,680" in winner.votes.derived and "1,192" in winner.votes.derived
    assert [e.text for e in winner.votes.evidence] == ["12,680", "1,192"]


def test_tamworth(result: ArticleResult) -> None:
    tamworth = contest(result, "Tamworth")
    assert tamworth.winner and tamworth.winner.name and tamworth.winner.name.value == "Sarah Edwards"
    assert tamworth.winner.party and tamworth.winner.party.value == "Labour"
    assert tamworth.majority and tamworth.majority.value == 1316
    previous = tamworth.previous_majority
    assert previous and (previous.value, previous.qualifier, previous.lower, previous.upper) == (
        19600,
        "more_than",
        19600,
        None,
    )
    assert previous.party and previous.party.value == "Conservative"
    assert tamworth.swing and tamworth.swing.value == 23.9
    assert tamworth.swing.from_party and tamworth.swing.from_party.value == "Conservative"
    assert tamworth.swing.to_party and tamworth.swing.to_party.value == "Labour"
    assert tamworth.held_since and tamworth.held_since.year.value == 2010
    assert candidates(tamworth) == {
        "Sarah Edwards": {"party": "Labour", "votes": None, "position": 1},
        "Andrew Cooper": {"party": "Conservative", "votes": None, "position": 2},
        "Reform UK": {"party": "Reform UK", "votes": 1373, "position": None},
    }


def test_misspelt_seat_is_read_with_a_warning(result: ArticleResult) -> None:
    somerton = contest(result, "Somerton and Frome")
    assert [e.text for e in somerton.constituency.evidence] == ["Somerset and Frome"]
    assert any("Somerset and Frome" in w.message for w in result.warnings)


def test_no_check_fails(result: ArticleResult) -> None:
    assert result.checks
    assert {check.status for check in result.checks} <= {"pass", "unverifiable"}


def test_evidence_round_trips(result: ArticleResult, seed_text: str) -> None:
    evidence_round_trips(result, seed_text)


def test_official_results_confirm_the_seed_figures(result: ArticleResult) -> None:
    """Issue 4's acceptance: every figure the seed states (or implies) matches the Commons Library's."""
    verdicts = {
        (check.contest, check.id, check.reported): check.status
        for check in result.checks
        if check.id.startswith("official_")
    }
    # a derived value is never graded by itself: the figures it came from are (12,680 and 1,192 below)
    derived = verdicts.get(("Mid Bedfordshire", "official_votes", 13872))  # derived: 1,192 + 12,680
    assert derived == "unverifiable"
    for seat, check_id, reported in [
        ("Mid Bedfordshire", "official_votes", 12680),
        ("Mid Bedfordshire", "official_votes", 9420),
        ("Mid Bedfordshire", "official_votes", 1487),
        ("Mid Bedfordshire", "official_majority", 1192),
        ("Mid Bedfordshire", "official_previous_majority", 24664),  # the 2019 general election
        ("Mid Bedfordshire", "official_swing", 20.5),
        ("Tamworth", "official_majority", 1316),
        ("Tamworth", "official_previous_majority", 19600),  # "more than 19,600": 19,634 in 2019
        ("Tamworth", "official_votes", 1373),
        ("Tamworth", "official_swing", 23.9),
    ]:
        assert verdicts.get((seat, check_id, reported)) == "pass", (seat, check_id, reported)
    assert not [key for key, status in verdicts.items() if status == "fail"]
    matched = {m.contest: (m.status, m.election, m.date) for m in result.official}
    assert matched["Mid Bedfordshire"] == ("matched", "by-election", "2023-10-19")
    assert matched["Tamworth"] == ("matched", "by-election", "2023-10-19")
