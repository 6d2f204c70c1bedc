"""Official-results checks on contests as the extractor reports them, against the shipped database."""

from __future__ import annotations

from typing import Any

import pytest
from electext.checks.refcheck import check_against_reference
from electext.core.records import (
    Candidate,
    Check,
    Contest,
    HeldSince,
    Label,
    Person,
    PreviousMajority,
    Qualifier,
    Quantity,
    Swing,
    Unit,
)
from electext.extract.figures import bounds
from electext.lexicon.resources import load_resources
from electext.reference.refdb import open_reference


def figure(value: float, unit: Unit = "votes", qualifier: Qualifier = "exact") -> dict[str, Any]:
    lower, upper = bounds(value, qualifier)
    return {"value": value, "unit": unit, "qualifier": qualifier, "lower": lower, "upper": upper}


def label(value: str) -> Label:
    return Label(value=value)


def contest(seat: str, election: str = "by-election", **fields: Any) -> Contest:
    return Contest(constituency=label(seat), election=label(election), **fields)


def checks(found: Contest, published: str | None = None, check_id: str | None = None) -> list[Check]:
    matches, results = check_against_reference([found], open_reference(), published, load_resources())
    assert matches[0].status == "matched", matches[0].basis
    return [c for c in results if check_id is None or c.id == check_id]


def one(found: Contest, check_id: str, published: str | None = None) -> Check:
    (result,) = checks(found, published, check_id)
    return result


MID_BEDS = dict(
    winner=Person(name=label("Alistair Strathern"), party=label("Labour")),
    candidates=[
        Candidate(name=label("Alistair Strathern"), party=label("Labour")),
        Candidate(name=label("Festus Akinbusoye"), party=label("Conservative"), votes=Quantity(**figure(12680))),
    ],
)


def test_a_correct_vote_count_passes_and_a_wrong_one_fails_with_the_difference_and_source() -> None:
    assert one(contest("Mid Bedfordshire", **MID_BEDS), "official_votes").status == "pass"
    wrong = [
        MID_BEDS["candidates"][0],
        Candidate(name=label("Festus Akinbusoye"), votes=Quantity(**figure(12860))),
    ]
    check = one(contest("Mid Bedfordshire", **{**MID_BEDS, "candidates": wrong}), "official_votes")
    assert (check.status, check.reported, check.expected, check.difference) == ("fail", 12860, 12680, 180)
    assert check.source and "58/by-elections" in check.source and "cbp-9225" in check.source


def test_hedged_figures_are_checked_as_bounds() -> None:
    def previous(value: float, qualifier: Qualifier) -> Check:
        found = contest(
            "Tamworth",
            winner=Person(name=label("Sarah Edwards")),
            previous_majority=PreviousMajority(**figure(value, qualifier=qualifier), party=label("Conservative")),
        )
        return one(found, "official_previous_majority")

    assert previous(19600, "more_than").status == "pass"  # 19,634 at the 2019 general election
    assert previous(19600, "more_than").source == (
        "psephology results-by-parliament/58/general-election; "
        "https://commonslibrary.parliament.uk/research-briefings/cbp-8749/"
    )
    assert previous(20000, "more_than").status == "fail"
    assert previous(20000, "nearly").status == "pass"
    assert previous(19634, "exact").status == "pass"


def test_the_previous_majority_must_be_the_party_that_held_it() -> None:
    found = contest(
        "Tamworth",
        winner=Person(name=label("Sarah Edwards")),
        previous_majority=PreviousMajority(**figure(19634), party=label("Labour")),
    )
    check = one(found, "official_previous_majority")
    assert check.status == "fail" and "Conservative's, not Labour's" in check.message


def test_percentages_get_the_tolerance_of_their_printed_precision() -> None:
    def majority(value: float) -> str:
        found = contest("Mid Bedfordshire", **MID_BEDS, majority=Quantity(**figure(value, "percent")))
        return one(found, "official_majority").status

    # 1,192 of 40,720 valid votes is 2.927%
    # a whole percentage rounded from the official one is "rounded", not an error
    assert (majority(2.9), majority(3), majority(2.93), majority(2.8)) == ("pass", "rounded", "pass", "fail")


def test_turnout_accepts_either_definition_and_says_which() -> None:
    def turnout(value: float) -> Check:
        return one(
            contest("Mid Bedfordshire", **MID_BEDS, turnout=Quantity(**figure(value, "percent"))), "official_turnout"
        )

    library = turnout(44.0)  # 40,720 valid votes of 92,578
    assert library.status == "pass" and "Commons Library's definition" in library.message
    ballots = turnout(44.1)  # with the 102 rejected ballots
    assert ballots.status == "pass" and "incl. rejected" in ballots.message
    assert turnout(48.0).status == "fail"
    # one unit in the last printed digit: turnouts are also printed on other registers and ballot counts;
    # within 1% of a definition the figure is imprecise (a warning), not an alarm
    assert (turnout(43.9).status, turnout(43.8).status, turnout(44.3).status) == ("pass", "imprecise", "imprecise")
    assert turnout(43.8).gap == "definition" and "other registers" in turnout(43.8).message
    assert (turnout(43.4).status, turnout(44.6).status) == ("fail", "fail")


def test_the_swing_is_the_butler_swing_from_official_shares_in_the_stated_direction() -> None:
    def swing(value: float, origin: str, to: str) -> Check:
        stated = Swing(**figure(value, "percent"), from_party=label(origin), to_party=label(to))
        return one(contest("Mid Bedfordshire", **MID_BEDS, swing=stated), "official_swing")

    assert swing(20.5, "Conservative", "Labour").status == "pass"
    assert swing(20, "Conservative", "Labour").status == "rounded"  # printed to the nearest point
    assert swing(23.9, "Conservative", "Labour").status == "fail"
    backwards = swing(20.5, "Labour", "Conservative")
    assert backwards.status == "fail" and "the swing was from Conservative to Labour" in backwards.message


def test_a_renamed_party_is_measured_against_its_predecessor() -> None:
    # Ashfield 2024: Reform UK's change is measured against the Brexit Party's 2019 (notional) share
    stated = Swing(**figure(34.4, "percent"), from_party=label("Conservative"), to_party=label("Reform UK"))
    found = contest("Ashfield", "general election", winner=Person(name=label("Lee Anderson")), swing=stated)
    assert one(found, "official_swing", "2024-07-05").status == "pass"


def test_a_2024_seat_may_quote_the_2019_majority_on_either_boundaries() -> None:
    def previous(value: float) -> Check:
        found = contest(
            "Harrogate and Knaresborough",
            "general election",
            previous_majority=PreviousMajority(**figure(value), party=label("Conservative")),
        )
        return one(found, "official_previous_majority", "2024-07-05")

    assert previous(8787).status == "pass" and "notional" in previous(8787).message
    assert previous(9675).status == "pass" and "notional" not in previous(9675).message
    assert previous(9000).status == "rounded"  # 8,787 to the nearest thousand
    assert previous(9200).status == "fail"


def test_winner_and_gain_or_hold() -> None:
    wrong_party = contest("Mid Bedfordshire", winner=Person(name=label("Alistair Strathern"), party=label("Green")))
    assert one(wrong_party, "official_winner").status == "fail"
    held = contest("Mid Bedfordshire", **MID_BEDS, result=label("hold"))
    check = one(held, "official_result")
    assert check.status == "fail" and check.expected == "Labour gain from Conservative"
    gained = contest("Mid Bedfordshire", **MID_BEDS, result=label("gain"), gained_from=label("Conservative"))
    assert one(gained, "official_result").status == "pass"


def test_held_since_is_checked_as_far_back_as_the_data_reach() -> None:
    def held(seat: str, year: int, party: str) -> Check:
        since = HeldSince(year=Quantity(**figure(year, "year")), party=label(party))
        winner = Person(name=label("Sarah Edwards" if seat == "Tamworth" else "Alistair Strathern"))
        return one(contest(seat, winner=winner, held_since=since), "official_held_since")

    assert held("Tamworth", 2010, "Conservative").status == "pass"  # a Conservative gain in 2010, held since
    assert held("Tamworth", 2015, "Conservative").status == "fail"  # they already held it in 2010
    assert held("Tamworth", 2010, "Labour").status == "fail"
    far_back = held("Mid Bedfordshire", 1931, "Conservative")
    assert far_back.status == "unverifiable" and "reach back to 2010" in far_back.message


def test_a_candidate_the_data_do_not_list_is_unverifiable_not_a_failure() -> None:
    stranger = [Candidate(name=label("Jane Nobody"), votes=Quantity(**figure(12680)))]
    found = contest("Mid Bedfordshire", **{**MID_BEDS, "candidates": [*MID_BEDS["candidates"], *stranger]})
    verdicts = sorted((c.status, c.message) for c in checks(found, None, "official_votes"))
    assert [status for status, _ in verdicts] == ["pass", "unverifiable"]
    assert verdicts[1][1] == "Jane Nobody: no official candidate is called Jane Nobody"


@pytest.mark.parametrize("position, status", [(2, "pass"), (3, "fail")])
def test_places_follow_the_official_vote_order(position: int, status: str) -> None:
    second = Candidate(name=label("Festus Akinbusoye"), position=Quantity(**figure(position, "place")))
    assert one(contest("Mid Bedfordshire", candidates=[second]), "official_position").status == status
