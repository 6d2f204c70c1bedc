"""Margins, holds and epithets: a majority "down from the" previous one, a margin told as "a difference of", the
member made a peer, "the outgoing commissioner, Labour's X", a party that "had represented" the seat since a year,
a seat "held by the party since its creation" or a hold that "dates back to" a year, a name with a middle name
before its verb, a time told in a clause after the win ("a seat the party first took last May"), a party's
possessive and an epithet before its candidate ("Labour's no-nonsense X"), a residents' association standing as a
party; and what is none of these: a difference of approach, a council leader on the way out, one member's own
tenure, a party's victory over a rival. Each phenomenon in invented sentences about invented places and people,
with a text that must not be read the same way."""

from __future__ import annotations

from electext.api import extract_text

from tests.conftest import candidates, reported, tallies

CONTEST = "Labour held Cobble Marsh, where Ann Vale won 1,204 votes."


def test_a_majority_down_from_the_previous_one_gives_both() -> None:
    text = (
        "Felicity Dunn won the Ashby Carr by-election by a majority of 907 votes, down from the 14,211 achieved "
        "by the party at the general election."
    )
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 907
    assert contest.previous_majority is not None and contest.previous_majority.value == 14211


def test_a_margin_told_as_a_difference_is_the_majority() -> None:
    text = (
        "Mrs Orme won the Ashby Carr police and crime commissioner election with 88,412 votes. Dean Ashcroft, the "
        "Labour candidate, was second on 81,095, a difference of 7,317 votes."
    )
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 7317


def test_a_difference_of_approach_is_no_majority() -> None:
    text = "Mrs Orme won Ashby Carr with 8,412 votes. There is a difference of approach: Labour polled 7,001 votes."
    assert reported(text).majority is None


def test_a_member_made_a_peer_is_the_member_before() -> None:
    text = (
        "The by-election in Ashby Carr was called after the former MP Sir Edmund Halse was made a member of the "
        "House of Lords. Felicity Dunn won with 9,000 votes."
    )
    member = reported(text).previous_member
    assert member is not None and member.name is not None
    assert member.name.value == "Edmund Halse"


def test_the_outgoing_holder_named_after_the_office_is_the_member_before() -> None:
    text = (
        "Mrs Orme won the Ashby Carr police and crime commissioner election with 88,412 votes. The outgoing "
        "commissioner, Labour's Alan Trehearn, did not seek re-election."
    )
    member = reported(text).previous_member
    assert member is not None and member.name is not None
    assert member.name.value == "Alan Trehearn"


def test_an_outgoing_council_leader_is_no_member_before() -> None:
    text = (
        "Mrs Orme won the Ashby Carr ward by-election with 1,412 votes. The outgoing council leader, Tom Reddin, "
        "congratulated her."
    )
    assert reported(text).previous_member is None


def test_a_party_that_had_represented_the_seat_since_a_year_held_it_since() -> None:
    contest = reported(f"{CONTEST} Labour had represented Cobble Marsh since 1973.")
    assert contest.held_since is not None and contest.held_since.year.value == 1973
    assert contest.held_since.party is not None and contest.held_since.party.value == "Labour"


def test_a_seat_held_by_the_party_since_its_creation_was_held_since() -> None:
    contest = reported(f"{CONTEST} The seat has been held by the party since its creation in 1983.")
    assert contest.held_since is not None and contest.held_since.year.value == 1983


def test_one_members_tenure_is_no_partys_hold() -> None:
    contest = reported(f"{CONTEST} Tom Reddin, who had represented the ward since 1973, stood down in May.")
    assert contest.held_since is None


def test_an_epithet_between_a_partys_possessive_and_its_candidate_keeps_the_party() -> None:
    text = (
        "Posh Tory Hugo Fairley was sent packing as Labour's no-nonsense Kelly Brannock romped home in the "
        "Brackenmoor by-election with 15,233 votes."
    )
    contest = reported(text)
    assert contest.winner is not None and contest.winner.party is not None
    assert contest.winner.party.value == "Labour"


def test_a_partys_victory_over_a_rival_is_not_the_rivals_party() -> None:
    text = "Labour's victory over Kelly Brannock in the Brackenmoor by-election was clear: 15,233 votes to 9,001."
    result = extract_text(text)
    people = [
        c for contest in result.contests for c in contest.candidates if c.name and c.name.value == "Kelly Brannock"
    ]
    assert all(c.party is None or c.party.value != "Labour" for c in people)


def test_a_residents_association_stands_as_a_party() -> None:
    text = (
        "A candidate from the Wendmoor Residents' Association has been elected in the Abbey Fold ward by-election."
        "\n\nJenny Caffell topped the poll with 412 votes. Independent Michael Trotter received 298."
    )
    standing = candidates(reported(text))
    assert standing["Jenny Caffell"]["party"] == "Wendmoor Residents' Association"


def test_a_hold_that_dates_back_to_a_year_was_held_since() -> None:
    text = (
        "Plaid Cymru has won the Dyffryn Tawel by-election, ending Labour's hold on the seat that dates back to "
        "the first Assembly election in 1999. Rhodri Gwynfor Elis polled 9,611 votes."
    )
    contest = reported(text)
    assert contest.held_since is not None and contest.held_since.year.value == 1999


def test_a_name_with_a_middle_name_before_its_verb() -> None:
    text = "Plaid Cymru has won the Dyffryn Tawel by-election. Rhodri Gwynfor Elis polled 9,611 votes."
    assert tallies(reported(text)) == {"Rhodri Gwynfor Elis": 9611}


def test_a_time_in_a_clause_after_the_win_is_that_clauses() -> None:
    text = (
        "Council by-elections this week\n\nPENMORE HILL (Caldbridge Metropolitan Borough Council)\nGavin Tarrell won "
        "for Reform in a seat the party first took last May. Full figures were not available."
    )
    contest = reported(text)
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Gavin Tarrell"
