"""Figures and wins that belong to another seat or another time (a party's earlier gain, the general
election "when" a party won, a seat that opens a council's name), asides that describe a party, and
the kind of contest a seat's own sentences name. Each phenomenon in invented sentences about invented
seats and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.extract.linking.context import by_election_report

from tests.conftest import candidates, contest, reported, reported_names

_RESULT = "Harriet Amesbury of the Liberal Democrats won the Kelby Vale by-election with 12,412 votes. "


# --- another seat's or another time's figures and wins -----------------------------------------------


def test_a_majority_after_another_seat_won_at_another_time_is_that_seats() -> None:
    text = (
        _RESULT + "It is the party's second gain after it took Ashcombe and Wray last spring with a majority of 6,112."
    )
    assert reported(text).previous_majority is None
    assert contest(extract_text(text), "Ashcombe and Wray").previous_majority is not None


def test_a_margin_right_after_another_seat_won_earlier_is_that_seats() -> None:
    text = _RESULT + "The majority was 2,324. Last autumn Reform won Hollinbridge by only 214 votes."
    result = extract_text(text)
    kelby = contest(result, "Kelby Vale")
    assert kelby.majority is not None and kelby.majority.value == 2324
    assert kelby.previous_majority is None


def test_a_majority_at_the_national_election_is_the_previous_one() -> None:
    text = _RESULT + "The Conservatives won the seat at the 2024 national election with a majority of 4,802."
    previous = reported(text).previous_majority
    assert previous is not None and previous.value == 4802


def test_a_win_at_the_general_election_when_told_after_it_is_that_elections() -> None:
    text = (
        "Plaid Cymru's Elin Morgan polled 11,842 votes in the Cwm Aran by-election, and Reform's Rhys Bevan 9,916. "
        "Labour took 21.9 per cent, down from 40 per cent at the general election, when Labour won here with a "
        "majority of 7,560."
    )
    contest = reported(text)
    assert contest.winner.name is not None and contest.winner.name.value == "Elin Morgan"
    assert contest.previous_majority is not None and contest.previous_majority.value == 7560


def test_a_leader_who_retained_her_partys_confidence_won_no_seat() -> None:
    text = _RESULT + "A spokesman said Tory leader Margaret Solway retained the full confidence of her MPs."
    contest = reported(text)
    assert contest.winner.name is not None and contest.winner.name.value == "Harriet Amesbury"


# --- an aside that describes a party --------------------------------------------------------------------


def test_a_poll_or_the_nation_in_a_relative_aside_leaves_the_sentences_tally() -> None:
    text = (
        _RESULT + "Reform UK, which leads most national opinion polls, came third with 6,390 votes. "
        "Labour, which governs nationally, was fourth with 1,911 votes."
    )
    tallies = {party: c["votes"] for party, c in candidates(reported(text)).items()}
    assert tallies["Reform UK"] == 6390
    assert tallies["Labour"] == 1911


def test_a_poll_outside_an_aside_still_reports_no_tally() -> None:
    text = _RESULT + "Reform UK is on 29% in the polls, with Labour on 22%."
    assert "Reform UK" not in candidates(reported(text))


# --- places and the kind of contest ---------------------------------------------------------------------


def test_a_seats_name_opening_a_council_areas_name_is_the_council_area() -> None:
    """ "Rhondda" is a constituency, "Rhondda Cynon Taf" a council area."""
    text = (
        _RESULT + "Ms Whitford, a Rhondda Cynon Taf councillor, said it was a painful night. "
        "The Conservatives' Jeremy Astley came fourth with 1,788 votes."
    )
    assert [c.constituency.value for c in extract_text(text).contests] == ["Kelby Vale"]
    assert candidates(reported(text))["Jeremy Astley"]["votes"] == 1788


def test_a_council_word_elsewhere_does_not_make_a_large_contest_a_wards() -> None:
    text = (
        "Plaid Cymru take Cwm Aran in historic by-election win\n\n"
        "Elin Morgan polled 11,842 votes and Rhys Bevan 9,916. Ms Whitford, a county councillor, came third."
    )
    contest = reported(text)
    assert contest.constituency.value == "Cwm Aran"
    assert contest.contest_type is None or contest.contest_type.value != "council"


def test_a_council_word_elsewhere_still_makes_a_small_contest_a_wards() -> None:
    text = "Greens take Ashby Fen in by-election\n\nElin Morgan polled 842 votes. She is now a councillor."
    contest = reported(text)
    assert contest.contest_type is not None and contest.contest_type.value == "council"


def test_an_ampersand_in_a_seats_name_is_the_gazetteers_and() -> None:
    text = "UXBRIDGE & SOUTH RUISLIP\n\nCon: 13,965\nLab: 13,470\n"
    assert reported(text).constituency.value == "Uxbridge and South Ruislip"


def test_a_clashing_majority_does_not_move_to_a_seat_named_only_for_its_earlier_margin() -> None:
    text = (
        "Harriet Amesbury of the Liberal Democrats won the Kelby Vale by-election with 12,412 votes, a majority "
        "of 2,324.\n\nAt the general election Labour took 46 per cent of the vote here and a majority of 9,457.\n\n"
        "Last autumn Reform won Hollinbridge by only 214 votes."
    )
    reported_seats = reported_names(text)
    assert reported_seats == ["Kelby Vale"]


# --- times, asides and parts of the area ------------------------------------------------------------------

_MAYOR = (
    "LABOUR has won the Tees Valley mayoralty after Maxine Dowey beat the Conservatives in a by-election.\n\n"
    "Ms Dowey polled 50,884 votes. Conservative candidate Philip Rudd, who had hoped to succeed his party "
    "colleague Neville Addison, took 44,107 - a margin of 6,777.\n\n"
    "Reform UK's Kyle Hebburn was third with 38,992 votes.\n\n"
    "Mr Addison, who won a third term last May with a majority of 18,302, resigned in October.\n\n"
    "In Middlesbrough alone Ms Dowey took 14,210 votes.\n\n"
    'Mr Hebburn said Reform had "shown it is a serious force in Hartlepool".\n\n'
    "Ms Dowey's election means she must stand down from Middlesbrough Council, triggering a by-election."
)


def test_a_modal_in_an_aside_leaves_the_clauses_figures_this_elections() -> None:
    contest = reported(_MAYOR)
    assert candidates(contest)["Philip Rudd"]["votes"] == 44107
    assert contest.majority is not None and contest.majority.value == 6777


def test_a_majority_won_last_may_is_the_previous_one() -> None:
    previous = reported(_MAYOR).previous_majority
    assert previous is not None and previous.value == 18302


def test_a_tally_in_one_part_of_the_area_is_no_tally_of_the_whole() -> None:
    assert candidates(reported(_MAYOR))["Maxine Dowey"]["votes"] == 50884


def test_a_seat_quoted_in_a_persons_words_does_not_tie_the_person_to_it() -> None:
    assert candidates(reported(_MAYOR))["Kyle Hebburn"]["votes"] == 38992


def test_a_vacancy_still_to_come_is_no_previous_member() -> None:
    assert reported(_MAYOR).previous_member is None


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        # a time in a clause describing the seat
        (
            "Morag Hendry took 15,112 votes in the Kelby Vale by-election to Stuart Kinnaird's 12,604 - a majority "
            "of 2,508 in a seat Labour won comfortably eighteen months ago.",
            None,
        ),
        # the general election, in a by-election's report, is an earlier one
        (
            "Morag Hendry won the Kelby Vale by-election with 15,112 votes, a majority of 2,508.\n\n"
            "At the general election Labour took Kelby Vale with a majority of 8,241.",
            8241,
        ),
    ],
)
def test_this_elections_majority_apart_from_an_earlier_one(text: str, previous: int | None) -> None:
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 2508
    assert (contest.previous_majority.value if contest.previous_majority else None) == previous


def test_the_general_election_named_in_an_aside_or_for_a_figure_before_it_is_not_the_clauses() -> None:
    text = (
        "Labour held the Kelby Vale by-election, but its majority was slashed from 9,874 at the general election "
        "to just 1,231. The Conservative candidate, Ann Hale, who had also fought the seat at the 2019 general "
        "election, finished third on 10,559."
    )
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 1231
    assert candidates(contest)["Ann Hale"]["votes"] == 10559


def test_a_report_is_a_by_elections_by_the_word_not_by_election_analysts() -> None:
    assert by_election_report("Labour held the Kelby Vale by-election.")
    assert by_election_report("The Kelby byelection was held on Thursday.")
    assert not by_election_report("Notional figures were calculated by election analysts.")


def test_a_seat_in_a_clause_of_an_event_months_before_is_named_in_passing() -> None:
    text = (
        "Morag Hendry won the Kelby Vale by-election with 15,112 votes. The result comes just months after the SNP "
        "lost a Fife Council by-election in Glenrothes, where Labour's candidate won by only 96 votes."
    )
    assert reported_names(text) == ["Kelby Vale"]


def test_a_margin_after_a_seat_taken_from_a_party_is_the_majority_not_the_partys_votes() -> None:
    text = "ALLIANCE has taken Strangford from the DUP by just 429 votes. Niamh Corrigan polled 13,406 votes."
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 429
    assert "DUP" not in candidates(contest)
