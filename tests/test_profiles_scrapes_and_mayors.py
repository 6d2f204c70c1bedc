"""Profiles, scrapes and mayors: the contest a returning officer declares, a seat held "since 1935", a mayoralty
named with its new holder, a council's heading line before its ward's by-election, a box's "Lab maj 316", a
profile's label ("Constituency profile: X"), a seat that "has a new MP", a mark in capitals glued to the next
row's name by a scrape ("ELECTEDGrant"), an article's title opening on its contest and a colon, a member who "is
X's first new MP"; and what is none of these: a council's returning officer, a civic mayor, a campaign "designed
to win", a title's label ("Analysis:"). Each phenomenon in invented sentences about invented places and people,
with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.ingest.normalise import normalise

from tests.conftest import reported, reported_names, tallies


def test_the_contest_a_returning_officer_declares_is_the_contest() -> None:
    text = (
        "At ten past three the acting returning officer for Caldmere Fold began to read. Dale Renn had been "
        "elected with 12,604 votes; Priya Sand, the Labour candidate, polled 10,977."
    )
    assert reported_names(text) == ["Caldmere Fold"]


def test_a_councils_returning_officer_names_no_contest() -> None:
    text = "The returning officer for Kelby Borough Council read the result. Dale Renn polled 1,604 votes."
    assert "Kelby Borough Council" not in [c.constituency.value for c in extract_text(text).contests]


def test_a_seat_held_since_a_year_is_the_contest_and_no_win_of_now() -> None:
    text = (
        "Labour has held Caldmere Fold since 1935. On Thursday Dale Renn of Reform UK was elected with 12,604 votes; "
        "Priya Sand, the Labour candidate, polled 10,977."
    )
    contest = reported(text)
    assert contest.constituency.value == "Caldmere Fold"
    assert contest.held_since is not None and contest.held_since.year.value == 1935
    assert contest.winner is not None and contest.winner.party is not None
    assert contest.winner.party.value == "Reform UK"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Sand ran a careful campaign designed not to lose rather than to win.",
        "Ms Sand was determined to hold the seat for Labour.",
    ],
)
def test_a_purpose_is_no_win(sentence: str) -> None:
    text = (
        "In the Caldmere Fold by-election, Reform UK's Dale Renn polled 12,604 votes and Labour's Priya Sand "
        f"10,977. {sentence}"
    )
    winner = reported(text).winner
    assert winner is None or winner.name is None or winner.name.value != "Priya Sand"


def test_a_mayoralty_named_with_its_new_holder_is_the_contest() -> None:
    text = (
        "Labour's Joanna Mell has been elected the new Mayor of Wyvernholme, keeping the region's top job in Labour "
        "hands.\n\nMs Mell won 148,203 votes. Reform UK's Bryn Hallow came second with 121,644."
    )
    contest = reported(text)
    assert contest.constituency.value == "Wyvernholme"
    assert tallies(contest) == {"Joanna Mell": 148203, "Bryn Hallow": 121644}


def test_a_civic_mayor_names_no_contest() -> None:
    assert reported_names("The Mayor of Kelby, Cllr Ann Vale, opened the new library. It cost 148,203 pounds.") == []


def test_a_councils_heading_line_before_its_wards_by_election_names_the_ward() -> None:
    text = (
        "Edgemoor Borough Council - Hollin Bank ward by-election\nThursday 20 February\n\nLab GAIN from Con\n\n"
        "Candidate          Party       Votes\nNadia Farr         Lab         1,138\n"
        "Keith Oloway       Con           822\n"
        "\nLab maj 316\nTurnout 22.8%\n"
    )
    contest = reported(text)
    assert contest.constituency.value == "Hollin Bank"
    assert contest.majority is not None and contest.majority.value == 316


def test_a_profiles_label_names_its_seat() -> None:
    text = (
        "Constituency profile: Kestle Moor East\n\nAmara Lind of the Green Party won last Thursday's by-election with "
        "9,884 votes to Labour's 8,412, a majority of 1,472."
    )
    assert reported_names(text) == ["Kestle Moor East"]


def test_a_seat_that_has_a_new_member_is_the_contest() -> None:
    text = (
        "Kestle Moor East has a new MP, and for the first time she is not Labour. Amara Lind won with 9,884 votes "
        "to 8,412."
    )
    assert reported_names(text) == ["Kestle Moor East"]


def test_a_mark_in_capitals_glued_to_the_next_rows_name_is_parted() -> None:
    text, _ = normalise("Aisha Rahm (Labour Party) 1,322 ELECTEDGrant Fellow (Reform UK) 1,105")
    assert text == "Aisha Rahm (Labour Party) 1,322 ELECTED\nGrant Fellow (Reform UK) 1,105"


def test_capitals_within_a_word_are_not_parted() -> None:
    assert normalise("the BBC's McDONALD and the SNPs")[0] == "the BBC's McDONALD and the SNPs"


def test_a_title_opening_on_its_contest_names_it() -> None:
    text = (
        "Wrenbury Hythe: the Lib Dems remember how to do this\n\nThe numbers in Wrenbury Hythe: LD 1,015, "
        "Reform 744, Con 603."
    )
    assert reported_names(text) == ["Wrenbury Hythe"]


def test_a_titles_label_names_no_contest() -> None:
    text = "Analysis: the Lib Dems remember how to do this\n\nThe Analysis team counted LD 1,015, Reform 744, Con 603."
    assert "Analysis" not in [c.constituency.value for c in extract_text(text).contests]


def test_a_member_who_is_a_seats_first_new_member_won_it() -> None:
    text = (
        "Ann Feld is Kettering's first new MP in a quarter of a century after a by-election that nobody wanted. "
        "The Conservative candidate polled 12,792 votes."
    )
    contest = reported(text)
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Ann Feld"


def test_a_nouns_to_is_no_purpose() -> None:
    text = (
        "Greens take Pellbury Moor from Labour\n\nEllen Strand, a 31-year-old nurse who has campaigned for two years "
        "against plans to build on the Pellbury allotments, polled 1,284 votes. Labour's Kwame Asare came second with "
        "1,046."
    )
    assert tallies(reported(text)) == {"Ellen Strand": 1284, "Kwame Asare": 1046}
