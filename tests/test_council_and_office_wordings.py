"""Council, devolved and mayoral reports in the words their writers use: a results box titled with the
contest's kind ("- SENEDD CONSTITUENCY RESULT") or "How they voted", a press release that quotes the
local MP, a majority "turned into" another, an adjectival turnout, a turnout whose area is set off by
an aside, a combined authority's mayoralty, an office "held since" by its last holder, a member
"retiring" or "elevated to the House of Lords", a seat won told by its colour, a win "pipping" the
runner-up, and what is no contest or no person: the office whose election emptied the seat, a school
read as a person, the party a seat was taken from, a count's venue, a turnout echoed beside a town.
Each phenomenon in invented sentences about invented places and people, with a text that must not be
read the same way."""

from __future__ import annotations

from electext.api import extract_text
from electext.extract.mentions import find_mentions
from electext.lexicon.resources import load_resources
from electext.nlp.annotate import load_pipeline

from tests.conftest import candidates, contest, reported, reported_names


def test_a_heading_part_that_names_the_contests_kind_is_not_the_contest() -> None:
    text = (
        "Plaid Cymru have taken Cwm Aran from Labour.\n\n"
        "CWM ARAN - SENEDD CONSTITUENCY RESULT\n"
        "Nia Wynne (Plaid Cymru) 11,402 (39.3%)\n"
        "Owain Pugh (Welsh Labour) 10,877 (37.5%)\n"
        "Turnout: 46.1%\n"
    )
    assert reported_names(text) == ["Cwm Aran"]
    assert candidates(reported(text))["Owain Pugh"]["votes"] == 10877


def test_how_they_voted_titles_a_box_and_names_no_contest() -> None:
    text = (
        "Reform's Jade Orme has turned Kelby Sands turquoise, taking 11,437 votes.\n\n"
        "HOW THEY VOTED\nJade Orme (Reform UK) - 11,437\nDean Roper (Labour) - 7,068\n"
    )
    assert reported_names(text) == ["Kelby Sands"]


def test_a_members_title_beside_their_name_leaves_a_council_report_a_council_one() -> None:
    text = (
        "Liberal Democrat Tamsin Orr has been elected as the new councillor for St Oswin's ward on "
        "Harrowby Borough Council, turning a Conservative majority of 380 into a Lib Dem majority of 683.\n\n"
        "Tamsin Orr won 1,402 votes. Turnout was an impressive 36.2%.\n\n"
        'Local Liberal Democrat MP Edgar Penrose said: "The people of St Oswin\'s sent a clear message."'
    )
    ward = reported(text)
    assert ward.constituency.value == "St Oswin's"
    assert ward.majority is not None and ward.majority.value == 683
    assert ward.previous_majority is not None and ward.previous_majority.value == 380
    assert ward.turnout is not None and ward.turnout.value == 36.2


def test_a_turnout_whose_area_an_aside_describes() -> None:
    text = (
        "Labour's Elin Rhys has been elected police and crime commissioner for Dyfed-Powys. She won 41,220 "
        "votes. Turnout across the force area, which covers Ceredigion, Pembrokeshire and Powys, was 22.1%."
    )
    turnout = reported(text).turnout
    assert turnout is not None
    assert turnout.value == 22.1


def test_a_combined_authoritys_mayoralty_and_its_last_holder() -> None:
    text = (
        "Labour's Grace Tolland has been elected mayor of the Dale Valleys Combined Authority, taking the job "
        "from the Conservatives. She won 148,306 votes.\n\n"
        "The post has been held since its creation in 2017 by Conservative Hugh Marland, who did not stand again."
    )
    mayoralty = reported(text)
    assert mayoralty.constituency.value == "Dale Valleys"
    assert mayoralty.previous_member is not None
    assert mayoralty.previous_member.name.value == "Hugh Marland"


def test_the_office_whose_election_emptied_the_seat_is_no_contest() -> None:
    text = (
        "Reform UK has won the Merrow Fold by-election. Dana Platt polled 12,304 votes.\n\n"
        "The seat fell vacant when Labour MP Colin Yarde was elected Mayor of the Kelby Combined Authority."
    )
    assert reported_names(text) == ["Merrow Fold"]


def test_a_retiring_member_succeeded_and_one_elevated_to_the_lords() -> None:
    retiring = (
        "Plaid Cymru has won the Bro Tegid by-election. Labour's Ifan Rowe, who had been bidding to succeed "
        "the retiring Gwilym Parry-Evans, polled 10,877 against Plaid's 11,402."
    )
    elevated = (
        "The Lib Dems won Chalkbury and Wend. Orla Finch polled 14,021 votes. The seat became vacant when "
        "Sir Miles Hatherley, the Conservative MP here for twenty years, was elevated to the House of Lords."
    )
    for text, member in ((retiring, "Gwilym Parry-Evans"), (elevated, "Miles Hatherley")):
        previous = reported(text).previous_member
        assert previous is not None
        assert previous.name.value == member


def test_a_win_pipping_the_runner_up_by_a_margin() -> None:
    text = (
        "The Greens won Fenby Marsh division. Ruth Callow took 34.6 per cent of the vote, pipping Reform UK's "
        "Gary Hume by 137 votes.\n\n- Ruth Callow (Green) - 1,288\n- Gary Hume (Reform UK) - 1,151\n"
    )
    division = reported(text)
    assert division.majority is not None and division.majority.value == 137
    assert candidates(division)["Gary Hume"]["votes"] == 1151


def test_a_school_or_a_library_the_model_read_as_a_person_is_no_one() -> None:
    for place in ("Kilrossie Academy", "Morrow Library"):
        text = f"The 46-year-old former guidance teacher at {place} took the seat from Labour with 12,964 votes."
        mentions = find_mentions(load_pipeline()(text), text, 0, load_resources())
        assert place not in {person.value for person in mentions.people}


def test_the_party_a_seat_was_taken_from_is_no_verbs_subject() -> None:
    text = (
        "Kilrossie by-election: the SNP gains the seat.\n\n"
        "The former teacher took the Kilrossie seat from Labour with 12,964 votes, seeing off "
        "Labour's Ross Dunne, who polled 10,751."
    )
    kilrossie = reported(text)
    assert kilrossie.winner is not None
    assert kilrossie.winner.party is not None
    assert kilrossie.winner.party.value == "SNP"
    assert candidates(kilrossie)["Ross Dunne"]["votes"] == 10751  # not the winner's 12,964


def test_a_count_venue_named_before_count_is_no_seat() -> None:
    text = 'She told supporters at the Civic Centre count in Wood Green: "People here have spoken."'
    mentions = find_mentions(load_pipeline()(text), text, 0, load_resources())
    assert "Wood Green" not in {seat.value for seat in mentions.seats}


def test_a_hold_whose_aside_says_since_when_the_seat_was_vacant() -> None:
    text = (
        "Meanwhile the Tories clung on in Wexley, where Harriet Gale held the seat, vacant since the death of "
        "Sir Roger Aske, by 412 votes over Reform UK."
    )
    wexley = reported(text)
    assert wexley.winner is not None and wexley.winner.name is not None
    assert wexley.winner.name.value == "Harriet Gale"
    assert wexley.majority is not None and wexley.majority.value == 412


def test_a_hold_since_a_year_is_still_no_result() -> None:
    text = (
        "Labour held the Wexley seat comfortably. Harriet Gale polled 9,004. "
        "Sir Roger Aske had held the seat since 1997."
    )
    wexley = reported(text)
    assert wexley.winner is None or wexley.winner.name is None or wexley.winner.name.value != "Roger Aske"
    assert wexley.previous_member is not None
    assert wexley.previous_member.name.value == "Roger Aske"


def test_the_articles_turnout_said_again_beside_a_town_makes_no_contest_there() -> None:
    text = (
        "Labour held the Kelby Vale seat. Jo Marsh polled 12,004 votes. Turnout was 24%.\n\n"
        "Across the seat the mood was sombre. In Hexham, just 24% of voters turned out, officials said."
    )
    assert reported_names(text) == ["Kelby Vale"]


def test_a_towns_own_turnout_beside_a_different_figure_is_still_read() -> None:
    text = (
        "Labour held the Kelby Vale seat. Jo Marsh polled 12,004 votes. Turnout was 24%.\n\n"
        "Labour also held Hexham, where Tom Reid polled 9,880 votes and 31% of voters turned out."
    )
    hexham = contest(extract_text(text), "Hexham")
    assert hexham.turnout is not None
    assert hexham.turnout.value == 31
