"""A round-up's result boxes (a council's name, a dash, then its ward; the party's tally with its candidate
bracketed after it; a "How X voted" title; a list row whose name the model read as a building), the
people a role names or does not (a member whose forename is a seat's name, a party leader speaking of
"the win", gains only predicted), a turnout told as the share "of voters" who turned out, and a
majority of an earlier election introduced by "when". Each phenomenon in invented sentences about
invented seats and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text

from tests.conftest import candidates, contest, reported

_ROUND_UP = """Council by-elections: Reform gain in Wirral

WIRRAL - Birkenhead ward
Reform UK gain from Lab

Reform UK 1,104 (Dean Askew)
Lab 906
Con 211

Turnout 21.4%.

SEFTON - Linacre ward
Lab hold

Lab (Mary Tolan) 1,330
Reform UK 602
"""


def test_a_ward_after_its_councils_name_and_a_dash_is_the_contest() -> None:
    result = extract_text(_ROUND_UP)
    names = [c.constituency.value for c in result.contests if not c.mention_only]
    assert names == ["Birkenhead", "Linacre"]


def test_a_candidate_bracketed_after_the_partys_tally_is_that_partys_candidate() -> None:
    birkenhead = candidates(contest(extract_text(_ROUND_UP), "Birkenhead"))
    assert birkenhead["Dean Askew"]["party"] == "Reform UK"
    assert birkenhead["Dean Askew"]["votes"] == 1104
    assert birkenhead["Dean Askew"]["position"] == 1


def test_how_a_seat_voted_titles_its_results_box() -> None:
    text = (
        "The SNP has taken Kirkmuir and Loch Ard from Labour. Ailsa Rennie took 11,060 votes.\n\n"
        "HOW KIRKMUIR AND LOCH ARD VOTED\n\n"
        "Ailsa Rennie (SNP) ..... 11,060\n"
        "Duncan Shedden (Scottish Labour) ..... 9,912\n"
        "Iona Blair (Scottish Greens) ..... 1,015\n"
    )
    result = extract_text(text)
    assert [c.constituency.value for c in result.contests if not c.mention_only] == ["Kirkmuir and Loch Ard"]
    assert candidates(contest(result, "Kirkmuir and Loch Ard"))["Iona Blair"]["votes"] == 1015


def test_a_list_rows_grammar_names_a_person_the_model_read_as_a_building() -> None:
    text = (
        "Gwen Harker has been elected Mayor of the Aldmoor Valley.\n\nFull results\n"
        "Gwen Harker, Labour - 98,114\nPiers Oddie, Reform UK - 80,337\nLes Tapp, Independent - 8,219\n"
    )
    assert candidates(reported(text))["Les Tapp"]["votes"] == 8219


def test_a_role_before_a_name_that_opens_with_a_seats_name_names_a_person() -> None:
    text = (
        "Labour has taken the Corrie Water seat at Holyrood. Fiona Baird won 9,412 votes.\n\n"
        "The seat became vacant following the death in July of the SNP MSP Angus Dunlop, who had "
        "represented the constituency since 2016."
    )
    member = reported(text).previous_member
    assert member is not None
    assert member.name.value == "Angus Dunlop"


def test_a_party_leader_speaking_of_the_win_did_not_win_it() -> None:
    text = (
        "Plaid Cymru has won the Llanwern Fawr by-election. Carys Pugh polled 11,287 votes, "
        "ahead of Labour's Emyr Rhys on 7,404.\n\n"
        "Plaid leader Owain Hopcyn, who was at the declaration, said the win showed Plaid was the real "
        "alternative and predicted further gains at next May's Senedd election."
    )
    winner = reported(text).winner
    assert winner is not None
    assert winner.name is not None
    assert winner.name.value == "Carys Pugh"


def test_a_turnout_told_as_the_share_of_voters_who_turned_out() -> None:
    text = (
        "Labour held Amblecote Park. Nell Garvey polled 9,122 votes. Just 29 per cent of voters bothered to turn out."
    )
    turnout = reported(text).turnout
    assert turnout is not None
    assert turnout.value == 29


@pytest.mark.parametrize(
    "sentence",
    [
        "41 per cent of voters who turned out backed her.",  # a share of those who voted
        "Just 19 per cent of people voted in Ashby Knoll, the lowest of its towns.",  # a town's turnout
    ],
)
def test_a_share_of_the_voters_who_turned_out_is_no_turnout(sentence: str) -> None:
    text = f"Labour held Amblecote Park. Nell Garvey polled 9,122 votes. {sentence}"
    assert reported(text).turnout is None


def test_a_majority_when_an_earlier_election_was_won_is_the_previous_one() -> None:
    text = (
        "Jess Morrow won Tilbury Fen for the Conservatives by 2,356 votes. The result is a swing of 7.3 "
        "points compared with the July 2024 national election, when Labour took the constituency with a "
        "majority of 4,102."
    )
    tilbury = reported(text)
    assert tilbury.majority is not None
    assert tilbury.majority.value == 2356
    assert tilbury.previous_majority is not None
    assert tilbury.previous_majority.value == 4102


def test_the_party_of_the_majority_overturned_does_not_own_the_winners_tally() -> None:
    text = "Labour's Nadia Brook overturned a 22,000 Conservative majority in Harlow Fen with 12,655 votes."
    assert candidates(reported(text))["Nadia Brook"]["votes"] == 12655


def test_a_majority_then_a_participle_overturning_another() -> None:
    text = "Labour's Nadia Brook won Harlow Fen with a 1,408 majority, overturning Ms Vale's 2019 majority of 21,903."
    harlow = reported(text)
    assert harlow.majority is not None and harlow.majority.value == 1408
    assert harlow.previous_majority is not None and harlow.previous_majority.value == 21903


def test_a_candidate_beaten_in_a_contest_whose_winner_is_named_is_listed() -> None:
    text = (
        "Holyrood 2016: the results\n\nConservative Ruth Vale won Edinburgh Central by 610 votes.\n\n"
        "Labour gain for Daniel Royce in Dundee City West\n\nHe beat the SNP's Ewan Tait, a former councillor."
    )
    assert "Ewan Tait" in candidates(contest(extract_text(text), "Dundee City West"))
