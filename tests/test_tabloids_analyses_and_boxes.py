"""Tabloids, analyses and results boxes: a seat a tabloid "ripped from" its holders, a name a sentence calls a seat
("was the kind of seat"), a "Then," that goes back to the general election the sentence before named, a section
headed "WHAT HAPPENED LAST TIME", candidates who "also stood" or "trailed behind" with no figure, a list's name and
tally the model tagged nothing in, a party no list holds named in full ("of the Moorland Voice Party"), an area's
possessive before its office, and a box's ward heading over the line naming its council; and what is none of these:
a hospital's ward sister, a parish councillor's own parish, a council's tier heading a report, a candidate "for the
seat", a word that is no name, a member who stood down. Each phenomenon in invented sentences about invented places
and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.lexicon import patterns

from tests.conftest import candidates, reported, reported_names, tallies


def test_a_hospital_ward_in_a_winners_description_is_no_contest() -> None:
    text = (
        "Labour has won the Sallowby North by-election.\n\nMegan Hollis-Vane, a former ward sister at Fernleigh "
        "General Hospital, took 9,884 votes, a majority of 1,210 over the Conservative, Piers Lumb, who polled 8,674."
    )
    contest = reported(text)
    assert contest.constituency.value == "Sallowby North"
    assert tallies(contest) == {"Megan Hollis-Vane": 9884, "Piers Lumb": 8674}


def test_a_seat_a_tabloid_ripped_from_its_holders_is_the_contest() -> None:
    text = (
        "Reform UK last night ripped Cradley Moss from the Tories in a stunning by-election upset.\n\n"
        "Former plumber Dean Oakes, 47, bagged 11,402 votes to trounce Tory hopeful Alys Penrith, who scraped 9,310."
    )
    contest = reported(text)
    assert contest.constituency.value == "Cradley Moss"
    assert contest.winner is not None and contest.winner.party is not None
    assert contest.winner.party.value == "Reform UK"


def test_a_ballot_paper_ripped_from_a_box_names_no_seat() -> None:
    assert reported_names("An angry voter ripped Ballot Papers from the box. She polled 9,310 votes.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "For a century, Hawksmoor East was the kind of seat Tory whips never had to think about.",
        "Hawksmoor East has long been a safe Conservative seat.",
    ],
)
def test_a_name_the_sentence_calls_a_seat_is_the_contest(sentence: str) -> None:
    text = f"{sentence} On Thursday the Liberal Democrats' Ana Ruiz took 12,004 votes to 9,101 for Ewan Tarr."
    assert reported_names(text) == ["Hawksmoor East"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz was a candidate for the seat.",  # a person, not the seat
        "Ana Ruiz was the ward councillor for years.",  # a ward's councillor
        "Everything was a safe seat then.",  # no name
    ],
)
def test_what_a_sentence_says_is_no_seat_names_none(sentence: str) -> None:
    assert reported_names(f"{sentence} She took 12,004 votes to 9,101 for Ewan Tarr.") == []


def test_then_after_the_general_election_is_the_general_elections_time() -> None:
    text = (
        "The Liberal Democrats have gained Hawksmoor East in a by-election, where Ana Ruiz won the seat with 12,004 "
        "votes.\n\n"
        "Compare that with the general election. Then, Tom Ashe won the seat for the Conservatives with a majority "
        "of more than 9,500. The Liberal Democrats were a distant second."
    )
    contest = reported(text)
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Ana Ruiz"
    assert contest.previous_majority is not None and contest.previous_majority.value == 9500
    assert contest.majority is None


def test_then_after_no_earlier_election_is_still_now() -> None:
    text = (
        "Polls closed at 10pm in the Hawksmoor East by-election. Then, Ana Ruiz of the Liberal Democrats was "
        "declared the winner with 12,004 votes."
    )
    contest = reported(text)
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Ana Ruiz"


def test_a_section_about_the_last_election_gives_no_result() -> None:
    text = (
        "NOTICE OF POLL: the candidates for next month's Lowmarsh ward by-election on Kelsby Borough Council are "
        "listed below.\n\nWHAT HAPPENED LAST TIME\n\nLowmarsh is a three-member ward, and at the all-out elections "
        "in May 2023 the Liberal Democrats won all three seats. Ms Penn topped the poll with 1,912 votes. Turnout "
        "was 38.4 per cent.\n\nHOW TO VOTE\n\nPolling stations are open from 7am to 10pm."
    )
    assert reported_names(text) == []


def test_a_parish_councillors_own_parish_is_no_contest() -> None:
    text = (
        "The Liberal Democrats have gained the Pennick division on Harrowfield County Council from the "
        "Conservatives.\n\nJane Orme won 1,418 votes, a majority of 428 over Conservative Rory Vane, who polled "
        "990.\n\nMrs Orme, a parish councillor in Little Tarrow, said she would be a strong voice for the villages."
    )
    contest = reported(text)
    assert contest.constituency.value == "Pennick"
    assert tallies(contest) == {"Jane Orme": 1418, "Rory Vane": 990}


def test_a_councils_tier_heading_a_report_is_no_seat() -> None:
    text = (
        "County by-election: Lib Dems win Pennick\n\nThe Liberal Democrats have gained the Pennick division on "
        "Harrowfield County Council. Jane Orme won 1,418 votes."
    )
    assert "County" not in [c.constituency.value for c in extract_text(text).contests]


def test_candidates_who_also_stood_are_candidates_with_no_figure() -> None:
    text = (
        "Conservative Ines Marlow has held Eskdale Cross, winning by 9,210 votes to 8,977 for Reform UK's Ben "
        "Cotter.\n\nLabour's Ivy Shaw, Green Omar Reeve and independent Paul Dunne also stood."
    )
    standing = candidates(reported(text))
    assert {name: standing[name]["party"] for name in ("Ivy Shaw", "Omar Reeve", "Paul Dunne")} == {
        "Ivy Shaw": "Labour",
        "Omar Reeve": "Green",
        "Paul Dunne": "Independent",
    }
    assert standing["Ivy Shaw"]["votes"] is None


def test_candidates_who_trailed_behind_are_candidates() -> None:
    text = (
        "Labour held Eskdale Cross, where Ines Marlow won 1,204 votes.\n\nReform UK's Ivy Shaw and Liberal Democrat "
        "Omar Reeve trailed behind."
    )
    assert {"Ivy Shaw", "Omar Reeve"} <= set(candidates(reported(text)))


def test_a_member_who_stood_down_is_no_candidate() -> None:
    text = "Labour held Eskdale Cross, where Ines Marlow won 1,204 votes. Labour's Ivy Shaw stood down in May."
    assert "Ivy Shaw" not in candidates(reported(text))


def test_a_lists_names_and_tallies_are_read_where_the_model_tagged_none() -> None:
    text = (
        "Labour held the Kelby seat. Green Party candidate Amara Lott won 1,904 votes, Liberal Democrat Ned Corrie "
        "988 and independent Nell Beddow 402."
    )
    assert tallies(reported(text)) == {"Amara Lott": 1904, "Ned Corrie": 988, "Nell Beddow": 402}


def test_a_possessive_after_a_name_before_a_tally_is_not_the_name() -> None:
    text = (
        "Labour gained Corby Fen. Ada Swale took 17,267 votes to the Conservative Mara Quill's 9,476, a majority of "
        "7,791."
    )
    assert tallies(reported(text)) == {"Ada Swale": 17267, "Mara Quill": 9476}


def test_a_party_no_list_holds_is_read_by_its_name() -> None:
    text = (
        "Labour held the Kelby seat. Ruth Ollen of the Green Party took 1,310 votes and Hew Pardoe of the "
        "Moorland Voice Party 212."
    )
    standing = candidates(reported(text))
    assert standing["Hew Pardoe"]["party"] == "Moorland Voice Party"
    assert standing["Hew Pardoe"]["votes"] == 212
    assert standing["Ruth Ollen"]["party"] == "Green"


def test_an_areas_possessive_is_not_its_name() -> None:
    text = (
        "Conservative Ines Marlow has been elected as Westvale's police and crime commissioner.\n\nMs Marlow won "
        "98,412 votes, a majority of 7,105 over Labour's Ben Cotter, who received 91,307."
    )
    assert reported_names(text) == ["Westvale"]


@pytest.mark.parametrize(("name", "possessive"), [("Westvale's", True), ("St Ebba's", False), ("Saint John's", False)])
def test_a_saints_ward_keeps_its_possessive(name: str, possessive: bool) -> None:
    assert (patterns.SEAT_NAME_POSSESSIVE.search(name) is not None) is possessive


def test_a_box_heading_over_its_councils_line_is_the_ward() -> None:
    text = (
        "COUNCIL BY-ELECTION RESULTS\n\nDRAYCOTT PARK\nHolmbury Borough Council\nAnn Dray (Lab) 1,102\n"
        "Tom Pike (Con) 845\nLab hold. Majority 257. Turnout 22.9%.\n"
    )
    contest = reported(text)
    assert contest.constituency.value == "Draycott Park"
    assert tallies(contest) == {"Ann Dray": 1102, "Tom Pike": 845}


def test_a_scottish_green_in_a_dashed_row_is_the_green_party() -> None:
    text = "Lochmuir by-election: first preferences\n\nSNP - Ailsa Ross - 1,210\nScottish Green - Calum Gair - 301\n"
    standing = candidates(reported(text))
    assert standing["Calum Gair"]["party"] == "Green"


def test_a_member_who_sat_on_a_majority_is_the_member_before() -> None:
    text = (
        "Reform UK gained Cradley Moss from the Conservatives. Dean Oakes won 12,045 votes, a majority of 2,735 "
        "in a seat where disgraced "
        "ex-MP Giles Harrowfield sat on a whopping majority of more than 15,000."
    )
    member = reported(text).previous_member
    assert member is not None and member.name is not None
    assert member.name.value == "Giles Harrowfield"


def test_a_winner_with_a_majority_is_no_member_before() -> None:
    text = (
        "Reform UK gained Cradley Moss from the Conservatives. Dean Oakes won 12,045 votes and sat down with a "
        "majority of 2,735."
    )
    assert reported(text).previous_member is None


def test_a_fellow_party_member_succeeded_is_the_member_before() -> None:
    text = (
        "Conservative Rhys Tolley has been elected as Westvale police and crime commissioner with 98,412 votes. "
        "Mr Tolley succeeds fellow Conservative Mair Penrose, who did not seek re-election."
    )
    member = reported(text).previous_member
    assert member is not None and member.name is not None
    assert member.name.value == "Mair Penrose"
