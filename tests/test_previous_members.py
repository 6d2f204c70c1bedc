"""The member before this election, from how reporters say who held the seat (invented people)."""

from __future__ import annotations

import pytest
from electext.api import extract_text

from tests.conftest import reported

RESULT = "Labour's Ann Cole won the Hartlepool by-election with 12,040 votes. "


def _previous(sentence: str) -> str | None:
    (contest,) = extract_text(RESULT + sentence, metadata={"published": "2021-07-02"}).contests
    member = contest.previous_member
    return member.name.value if member and member.name else None


@pytest.mark.parametrize(
    "sentence",
    [
        "The seat was previously held by Tory Jill Mottram, who resigned.",
        "The party struggled locally after its former MP, Jill Mottram, was suspended.",
        "The by-election was called after MP Jill Mottram was forced to resign from the seat.",
        "The by-election was called following former MP Jill Mottram's conviction for fraud.",
        "The by-election was called when Jill Mottram quit as the MP.",
        "The seat was left vacant after former Labour MP Jill Mottram resigned from Parliament.",  # two cues
        "Its Labour member throughout, Jill Mottram, stood down at this election.",
        "The seat had been held by Labour's Jill Mottram, who stood down at this election.",
        "Jill Mottram, Labour's MP for Hartlepool since 2001, received 12,796.",
        "Jill Mottram, who has been the Labour MP here since 2005, got 9,788.",
        "Jill Mottram, who succeeded Tom Pike in 2010, was defending the seat for the Conservatives.",
        "Jill Mottram, a government whip until the spring, is no longer an MP.",
        "The seat's Labour MP, Jill Mottram, had announced her retirement months before.",
        "The Tories' Jill Mottram suffered a heavy defeat and lost her place in Westminster.",
    ],
)
def test_the_member_before_is_read_from_how_the_seat_fell_vacant_or_who_held_it(sentence: str) -> None:
    assert _previous(sentence) == "Jill Mottram"


@pytest.mark.parametrize(
    "sentence",
    [
        "With Jill Mottram expected to stand down as party leader, the result matters.",  # another office
        "The seat was previously held by her sister Jill Mottram, who was killed there in 2016.",  # years ago
        "The former MP Jill Mottram, now a broadcaster, said Labour had done well.",  # any former MP
        "Jill Mottram, a member of the party since 1999, stood down as treasurer.",  # a party's member
        "Jill Mottram, Hartlepool's first Tory MP since the seat was created, gave a speech.",  # new
        "Jill Mottram, the party's defence spokesperson, is no longer a councillor.",  # another body
        "Jill Mottram, whose retirement party drew 200 guests, backed Ann Cole.",  # no member: nothing left
        "Jill Mottram lost her place in the queue for the count.",  # no seat in a parliament
    ],
)
def test_other_offices_long_ago_members_and_other_former_mps_are_not_the_member_before(sentence: str) -> None:
    assert _previous(sentence) is None


def test_the_members_election_to_another_office_that_caused_the_vacancy_is_no_win_here() -> None:
    text = RESULT + "The by-election came about after local Labour MP Jill Mottram was elected as the first mayor."
    (contest,) = extract_text(text).contests
    assert contest.winner and contest.winner.name and contest.winner.name.value == "Ann Cole"


def test_a_name_ending_in_s_before_a_bare_apostrophe_is_the_former_members() -> None:
    # the model tags "Nia Davies'" as an organisation; a forename and surname before "s'" is a person
    assert _previous("Labour pulled off a stunning victory to seize Nia Davies' former seat.") == "Nia Davies"


def test_a_councillors_resignation_names_the_member_before_a_ward_by_election() -> None:
    text = (
        "Voters in Kelverton North ward went to the polls. Following a resignation by SNP councillor Tom "
        "Pike, the SNP's Ann Cole won the ward by-election with 769 votes."
    )
    contest = reported(text)
    assert contest.previous_member and contest.previous_member.name
    assert contest.previous_member.name.value == "Tom Pike"


def test_a_member_who_left_another_bodys_seat_is_not_the_offices_holder_before() -> None:
    # he resigned from the Commons to stand for commissioner: the vacancy was Westminster's
    text = (
        "Ray Prior has been elected Gwent's police and crime commissioner with 40,100 votes.\n\n"
        "Mr Prior resigned as an MP last month to stand."
    )
    assert reported(text).previous_member is None


def test_a_member_who_resigned_as_an_mp_is_the_member_before_a_by_election() -> None:
    assert _previous("Jill Mottram resigned as an MP in May.") == "Jill Mottram"


def test_a_member_of_another_bodys_seat_of_the_same_name_is_not_the_member_before() -> None:
    text = (
        "Plaid Cymru's Non Evans has gained Arfon in the Senedd election, winning by 1,204 votes.\n\n"
        "It follows Labour's capture of the Westminster seat of the same name in 2019, when Ray Prior won "
        "it back for the party."
    )
    assert reported(text).previous_member is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour's Ray Prior held on to Hexham with a majority of 2,208.",
        "Labour's Ray Prior narrowly held on in Hexham, polling 9,871 votes.",
        "In Hexham, Ray Prior, Labour's candidate, clung on with 9,871 votes.",
        "Labour's Ray Prior kept his seat in Hexham with 9,871 votes.",
        "Ray Prior successfully defended his seat in Hexham for Labour, winning 9,871 votes.",
    ],
)
def test_a_winner_who_holds_on_to_the_seat_was_its_member_before(sentence: str) -> None:
    # a general election: the member who holds the seat is both its winner and its member before
    member = reported(sentence).previous_member
    assert member and member.name and member.name.value == "Ray Prior"


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour's Ray Prior held on to second place in Hexham with 9,871 votes.",
        "Labour's Ray Prior won Hexham with 9,871 votes and the party held on to power.",
        "Labour's Ray Prior won Hexham with 9,871 votes.",
        # at a by-election the member is gone: the winner held on for the party
        "Labour's Ray Prior held on to Hexham in the by-election with a majority of 2,208.",
    ],
)
def test_holding_on_to_a_place_or_power_is_no_member_before(sentence: str) -> None:
    assert reported(sentence).previous_member is None


def test_a_mayor_re_elected_is_the_holder_before_though_they_once_left_the_commons() -> None:
    text = (
        "Ray Prior has been re-elected Mayor of Greater Manchester with 473,024 votes.\n\n"
        "Labour has held the mayoralty since 2017, when Mr Prior left the Commons to become the region's first mayor."
    )
    member = reported(text).previous_member
    assert member and member.name and member.name.value == "Ray Prior"
    # elected, not re-elected: leaving the Commons is all the text says of him, so no holder before
    assert reported(text.replace("re-elected", "elected", 1)).previous_member is None


def test_a_list_lines_re_elected_commissioner_marked_sitting_is_the_holder_before() -> None:
    text = "Police and crime commissioner results\n\nSUSSEX: Con HOLD\nAnn Cole (Con)* re-elected with 140,200 votes."
    member = reported(text).previous_member
    assert member and member.name and member.name.value == "Ann Cole"
