"""Returning officers' notices and seat histories: a results heading's label before its contest
("Declaration of result: Kelby ward", "RESULT - Kelby (Harton Borough Council)"), a pipe table of a
declaration with names surname first and a footnote's mark in its header, a surname printed in capitals
after the forenames, a box heading in capitals, a list line's unknown party in brackets; and a broadsheet's
history of the seat: majorities of decades past, a member who "held it through the 1950s", a vacancy
dated long before this one, the majority the article comes back to; a police area's commissioner, a new
member named after "is", a predecessor, a near miss, an idiom of turnout. Each phenomenon in invented
sentences about invented places and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.extract.mentions import find_mentions
from electext.lexicon.resources import load_resources
from electext.nlp.annotate import load_pipeline

from tests.conftest import candidates, contest, reported, reported_names, tallies

LIST = "\n\nAnn Vale (Labour) 1,204\nTom Reid (Reform UK) 988\n"


@pytest.mark.parametrize(
    "heading",
    [
        "Declaration of result: Kelby ward",
        "Result: Kelby ward",
        "By-election result: Kelby",
        "RESULT - Kelby (Harton Borough Council)",
    ],
)
def test_a_results_headings_label_before_its_contest(heading: str) -> None:
    kelby = reported(heading + LIST)
    assert kelby.constituency.value == "Kelby"
    assert tallies(kelby) == {"Ann Vale": 1204, "Tom Reid": 988}


def test_a_results_label_with_no_contest_after_it_names_none() -> None:
    assert reported_names("Results: see below" + LIST) == []


DECLARATION = (
    "Election of a Borough Councillor for the Kelby Ward held on Thursday 6 November\n\n"
    "| Name of Candidate | Description (if any) | Number of Votes* |\n"
    "|---|---|---|\n"
    "| ASHBY Jane Mary | Liberal Democrats | 503 |\n"
    "| BROWN, Alan Peter | Labour Party | 842 |\n"
    "| CROSS, Nia | Reform UK | 1,027 Elected |\n\n"
    "* If elected the word 'Elected' appears against the number of votes.\n\n"
    "I do hereby declare that Nia CROSS is duly elected as Borough Councillor for the Kelby Ward."
)


def test_a_declaration_as_a_pipe_table_surnames_first() -> None:
    kelby = reported(DECLARATION)
    assert kelby.constituency.value == "Kelby"
    assert tallies(kelby) == {"Jane Mary Ashby": 503, "Alan Peter Brown": 842, "Nia Cross": 1027}
    # the ward "held on Thursday" is no winner, and "Nia CROSS" in the declaration is the table's Nia Cross
    assert kelby.winner is not None and kelby.winner.name is not None
    assert kelby.winner.name.value == "Nia Cross"
    assert len(kelby.candidates) == 3


def test_a_partys_letters_before_a_name_in_a_cell_are_no_surname() -> None:
    text = (
        "Kelby ward by-election result\n\n| Candidate | Party | Votes |\n|---|---|---|\n"
        "| SNP Ian Bell | Independent | 412 |\n| VALE Ann | Labour | 903 |\n"
    )
    names = set(candidates(reported(text)))
    assert "Ann Vale" in names
    assert not any(name and name.endswith(("Snp", "SNP")) for name in names)


def test_a_box_heading_in_capitals_takes_its_list_from_the_seat_named_before() -> None:
    text = (
        "Labour lost safe seats before: the 2021 loss of Hartlepool was reversed three years later.\n\n"
        "HARTON NORTH BY-ELECTION: RESULT\n\nAnn Vale (Reform UK)  14,386\nTom Reid (Labour)  12,097\n"
    )
    assert reported_names(text) == ["Harton North"]


def test_a_person_and_party_set_off_by_a_comma_are_no_seat() -> None:
    text = (
        "Caption: Ann Vale, Reform UK's new MP for Harton North, at the count.\n\n"
        "Ann Vale won Harton North with 14,386 votes."
    )
    assert reported_names(text) == ["Harton North"]


def test_an_unknown_party_in_brackets_is_the_candidates_not_more_of_the_name() -> None:
    text = "Kelby ward result\n\nAnn Vale (Kelby Residents' Association) 744\nTom Reid (Lab) 301\n"
    kelby = candidates(reported(text))
    assert kelby["Ann Vale"] == {"party": "Kelby Residents' Association", "votes": 744, "position": 1}


HISTORY = (
    "Reform UK's Ann Vale won the Harton North by-election on Thursday with 14,386 votes, a majority of 2,289.\n\n"
    "Arthur Neave held it through the 1950s; his majority in 1955 was 14,202, and by 1966 it had swollen to "
    "21,870. When Neave died in 1968, Labour held on by 2,940 votes.\n\n"
    "Tom Hollins won it back at the 2024 general election with a majority of 6,115. Hollins died in January "
    "after a short illness.\n\n"
    "2024 general election: Tom Hollins (Labour) majority 6,115."
)


def test_a_seat_history_gives_no_winner_tally_or_member_of_decades_past() -> None:
    harton = reported(HISTORY)
    assert harton.winner is not None and harton.winner.name is not None
    assert harton.winner.name.value == "Ann Vale"
    assert "Arthur Neave" not in candidates(harton)
    assert harton.previous_member is not None and harton.previous_member.name.value == "Tom Hollins"


def test_the_earlier_majority_the_article_comes_back_to_is_the_one_overturned() -> None:
    previous = reported(HISTORY).previous_majority
    assert previous is not None and previous.value == 6115


def test_a_death_months_before_the_by_election_is_this_vacancy() -> None:
    text = (
        "Published 6 February 2026\n\nLabour's Ann Vale won the Harton North by-election with 9,000 votes. It "
        "was caused by the death in December 2025 of Tom Hollins."
    )
    member = reported(text).previous_member
    assert member is not None and member.name.value == "Tom Hollins"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tories held on to Harton North last night.",
        "Ann Vale was declared the winner in Harton North after a recount.",
    ],
)
def test_a_hold_with_its_night_and_a_declared_winner_name_the_seat(sentence: str) -> None:
    assert reported_names(sentence + " Ann Vale polled 11,208 votes.") == ["Harton North"]


def test_a_near_win_is_no_win() -> None:
    text = (
        "The Tories held on to Harton North last night. Ann Vale scraped home with 11,208 votes. Reform's Tom "
        "Reid ran her close with 10,896.\n\n"
        "READ MORE: Reid: the ex-Marine who nearly toppled the Tories"
    )
    harton = reported(text)
    assert harton.winner is not None and harton.winner.name is not None
    assert harton.winner.name.value == "Ann Vale"


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour's Ann Vale has won the Wendmoor police and crime commissioner by-election.",
        "Labour's Ann Vale is new Wendmoor Police and Crime Commissioner.",
        "Labour's Ann Vale has been elected Wendmoor Police and Crime Commissioner.",
        "Labour's Ann Vale held on to the role of Wendmoor Police and Crime Commissioner.",
    ],
)
def test_a_police_area_named_with_its_commissioner(sentence: str) -> None:
    assert reported_names(sentence + " She got 98,771 votes.") == ["Wendmoor"]


def test_a_commissioner_quoted_on_crime_names_no_contest() -> None:
    assert reported_names("The Wendmoor Police and Crime Commissioner said crime fell by 2,000 cases.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Harton North's new councillor is Ann Vale of the Green Party, a retired midwife.",
        "The new MP for Harton North is Ann Vale.",
    ],
)
def test_the_new_member_named_after_is(sentence: str) -> None:
    text = "Thursday's Harton North by-election was close; Tom Reid polled 540 votes. " + sentence
    harton = reported(text)
    assert harton.winner is not None and harton.winner.name is not None
    assert harton.winner.name.value == "Ann Vale"


def test_the_new_member_still_to_be_named_is_no_winner() -> None:
    text = (
        "Thursday's Harton North by-election was close; Tom Reid polled 540 votes. The new MP for Harton North "
        "is expected at 3am."
    )
    harton = contest(extract_text(text), "Harton North")
    assert harton.winner is None


def test_a_predecessor_is_the_member_before_whenever_they_won() -> None:
    text = (
        "Labour's Ann Vale won the Wendmoor mayoral election with 168,442 votes. Four years ago her "
        "predecessor, Labour's Tom Grundy, won by 58,120 votes."
    )
    member = reported(text).previous_member
    assert member is not None and member.name.value == "Tom Grundy"


def test_a_margin_from_two_boroughs_is_no_majority() -> None:
    text = (
        "Ann Vale won the Wendmoor mayoral election with 168,442 votes. Her margin came almost entirely from "
        "the two big urban boroughs."
    )
    assert reported(text).majority is None


def test_a_previous_by_elections_ward_takes_no_turnout_of_this_one() -> None:
    text = (
        "Ann Vale won the Harton North by-election with 612 votes. The turnout of 34.5 per cent was more than "
        "double the figure at the last by-election in the district, in Scarrow ward in the spring."
    )
    harton = contest(extract_text(text), "Harton North")
    assert harton.turnout is not None and harton.turnout.value == 34.5


def test_voters_who_could_be_bothered_to_turn_out_are_the_turnout() -> None:
    text = "Ann Vale won the Harton North by-election. Only 38.4 per cent of voters could be bothered to turn out."
    turnout = reported(text).turnout
    assert turnout is not None and turnout.value == 38.4


@pytest.mark.parametrize(
    "sentence",
    [
        "The council leader congratulated Imogen Sallis on her election.",
        "Caption: Imogen Sallis, Kelby's new Green councillor, at the count.",
    ],
)
def test_the_winner_congratulated_or_captioned_as_the_new_holder(sentence: str) -> None:
    text = (
        "The Greens took Kelby from Labour. The Green candidate polled 1,287 votes, with Labour's Richard Dunne "
        "on 1,019. " + sentence
    )
    kelby = reported(text)
    assert kelby.winner is not None and kelby.winner.name is not None
    assert kelby.winner.name.value == "Imogen Sallis"
    assert tallies(kelby) == {"Imogen Sallis": 1287, "Richard Dunne": 1019}


def test_congratulations_on_something_else_name_no_winner() -> None:
    text = (
        "Labour's Richard Dunne won Kelby with 1,019 votes. The council leader congratulated Imogen Sallis on "
        "her retirement."
    )
    kelby = reported(text)
    assert kelby.winner is not None and kelby.winner.name is not None
    assert kelby.winner.name.value == "Richard Dunne"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tories slumped to third behind Reform. Their candidate got just 2,480.",
        "The Liberal Democrats ended 12 years of Conservative control.\n\nThe party's candidate, a former "
        "headteacher at Kelby Grammar, polled 2,480 votes.",
    ],
)
def test_a_partys_candidate_told_in_the_sentence_after_the_party(sentence: str) -> None:
    text = "Labour's Ann Vale won the Kelby by-election with 9,000 votes. " + sentence
    kelby = candidates(reported(text))
    party = "Conservative" if "Tories" in sentence else "Liberal Democrats"
    assert kelby[party]["votes"] == 2480
    assert "Kelby Grammar" not in kelby


def test_their_candidate_with_no_party_before_is_no_partys() -> None:
    text = "Voters in Kelby chose on Thursday. Their candidate of choice got 2,480 votes."
    assert find_mentions(load_pipeline()(text), text, 0, load_resources()).parties == ()


def test_their_candidate_named_after_it_is_that_person() -> None:
    text = (
        "Labour's Ann Vale won the Kelby by-election with 9,000 votes. Reform UK came third. Its candidate, "
        "retired police inspector Tom Haig, took 4,312 votes."
    )
    assert candidates(reported(text))["Tom Haig"]["votes"] == 4312


def test_a_bulletins_commissioner_squeaked_in_by_a_dashed_margin() -> None:
    text = (
        "Labour's Ann Vale has squeaked in as Wendmoor's new police and crime commissioner - by just 683 "
        "votes.\n\nThe former probation officer got 48,902 votes overnight, narrowly ahead of the Conservative "
        "Tom Reid on 48,219.\n\nTurnout - 24.9 per cent."
    )
    wendmoor = reported(text)
    assert wendmoor.winner is not None and wendmoor.winner.name is not None
    assert wendmoor.winner.name.value == "Ann Vale"
    assert tallies(wendmoor) == {"Ann Vale": 48902, "Tom Reid": 48219}
    assert wendmoor.majority is not None and wendmoor.majority.value == 683
    assert wendmoor.turnout is not None and wendmoor.turnout.value == 24.9


def test_a_neighbours_result_keeps_its_own_majority() -> None:
    text = (
        "Labour's Ann Vale has won the Wendmoor police and crime commissioner by-election by 683 votes.\n\n"
        "Meanwhile in neighbouring Ashby Vale, the Conservative commissioner held on with a majority of 9,410."
    )
    result = extract_text(text)
    wendmoor = contest(result, "Wendmoor").majority
    assert wendmoor is not None and wendmoor.value == 683
    south = contest(result, "Ashby Vale").majority
    assert south is not None and south.value == 9410


def test_a_page_title_names_its_election_then_its_contest() -> None:
    text = (
        "ASSEMBLY ELECTION 2027: Carrow Glen and Slieve Ban\n\nSinn Féin's Caoimhe Ní Dhuibhir topped the poll "
        "with 10,214 first preference votes. Ms Ní Dhuibhir was elected at the first stage."
    )
    glen = reported(text)
    assert glen.constituency.value == "Carrow Glen and Slieve Ban"
    # the titled surname of two words is the full name the article gave first
    assert set(candidates(glen)) == {"Caoimhe Ní Dhuibhir"}


def test_a_notice_in_capitals_and_its_table_without_outer_pipes() -> None:
    text = (
        "HARTON BOROUGH COUNCIL\n\nELECTION OF A BOROUGH COUNCILLOR FOR THE KELBY WARD\n\n"
        "DECLARATION OF RESULT OF POLL\n\n"
        "Name of Candidate (Surname, Other Names) | Description (if any) | Number of Votes\n"
        "ASHBY, Jane Mary | Liberal Democrats | 322\n"
        "CROSS, Nia | Labour Party | 1244 (Elected)\n"
        "DOYLE, Tom | The Conservative Party Candidate | 410\n"
    )
    kelby = reported(text)
    assert kelby.constituency.value == "Kelby"
    assert tallies(kelby) == {"Jane Mary Ashby": 322, "Nia Cross": 1244, "Tom Doyle": 410}


def test_a_bilingual_ballot_list_with_dashes_and_its_elected_mark() -> None:
    text = (
        "Plaid Cymru held Glan-y-Nant ward.\n\n"
        "HOWELL, Rhys - Llafur Cymru / Welsh Labour - 548\n"
        "PRICE, Elin - Plaid Cymru - The Party of Wales - 612 (ETHOLWYD / ELECTED)\n"
        "ROWE, Siân - Democratiaid Rhyddfrydol Cymru / Welsh Liberal Democrats - 51\n"
    )
    glan = reported(text)
    assert tallies(glan) == {"Rhys Howell": 548, "Elin Price": 612, "Siân Rowe": 51}
    assert glan.winner is not None and glan.winner.name is not None and glan.winner.name.value == "Elin Price"


def test_a_result_title_with_a_note_is_no_contest_and_comma_rows_keep_their_names() -> None:
    text = (
        "Labour held Kelby.\n\nTHE RESULT (candidates in ballot-paper order)\n\n"
        "Anil Mistry, Liberal Democrats, 980 (3.6%)\nAnn Vale, Labour, 11089 (40.4%) - ELECTED\n"
    )
    assert reported_names(text) == ["Kelby"]
    assert tallies(reported(text)) == {"Anil Mistry": 980, "Ann Vale": 11089}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Labour win Carrow Glen as SNP lose Holyrood seat held since 2007\n\nAnn Vale polled 11,402 votes.",
            "Carrow Glen",
        ),
        ("The by-election in Carrow has been won by Labour. Ann Vale polled 11,402 votes.", "Carrow"),
    ],
)
def test_a_headlines_win_as_another_party_loses_and_a_by_election_in_a_place(text: str, seat: str) -> None:
    assert reported_names(text) == [seat]


def test_a_seat_lost_described_as_a_seat_and_won_past_the_vacancys_aside() -> None:
    text = (
        "The speech came two days after the party lost Elmcote and Wyke, a seat it had held for almost a "
        "century, to the Liberal Democrats. The by-election there, caused by the resignation of veteran MP Sir "
        "Tom Quill, was won by Ann Tarrant, who took 16,390 votes to 15,062 for the Conservative candidate, Ian "
        'Dunstan.\n\nThe Lib Dem leader said: "Voters in Elmcote and Wyke have moved on."'
    )
    elmcote = reported(text)
    assert elmcote.constituency.value == "Elmcote and Wyke"
    assert elmcote.winner is not None and elmcote.winner.name is not None
    assert elmcote.winner.name.value == "Ann Tarrant"
    assert tallies(elmcote) == {"Ann Tarrant": 16390, "Ian Dunstan": 15062}


def test_a_by_elections_majority_at_the_general_election_is_the_previous_one() -> None:
    text = (
        "Labour's Ann Vale took Kelby on Thursday night: her majority is 2,318. The by-election came the month "
        "Sir Tom Hart resigned. Sir Tom held it for the Tories with a majority of 14,088 at the general election."
    )
    kelby = reported(text)
    assert kelby.majority is not None and kelby.majority.value == 2318
    assert kelby.previous_majority is not None and kelby.previous_majority.value == 14088


def test_one_partys_candidate_then_the_others_with_the_noun_understood() -> None:
    text = (
        "Labour kept Kelby ward by 41 votes.\n\nResult:\nLabour: 1031\nConservative: 233\nLiberal Democrats: 118\n\n"
        "The Labour candidate was Kiran Bhatti. The Conservative candidate was Bev Noakes, the Lib Dem Owen Frayne "
        "and the Green candidate Gareth Pym."
    )
    kelby = candidates(reported(text))
    assert kelby["Bev Noakes"]["party"] == "Conservative"
    assert kelby["Bev Noakes"]["votes"] == 233


def test_a_place_a_party_never_won_is_named_in_passing() -> None:
    text = (
        "Labour hold Bow Marsh as Greens split the opposition.\n\nAnn Vale topped the poll with 1,644 votes.\n\n"
        "The Greens, who have never held a seat in Bowditch, came second.\n\n"
        "Result: Ann Vale (Lab) 1,644; Tom Reid (Green) 1,291. Lab hold."
    )
    assert reported_names(text) == ["Bow Marsh"]
    assert tallies(reported(text)) == {"Ann Vale": 1644, "Tom Reid": 1291}


def test_voters_in_a_place_who_sent_the_member_packing_name_the_seat() -> None:
    text = (
        "DISGRACED ex-MP Tom Kilby was humiliated last night as voters in Bramley Fen sent him packing.\n\n"
        "Labour's Ann Okafor stormed to victory, bagging 15,220 votes. Just 41.2 per cent of voters bothered "
        "to turn out."
    )
    bramley = reported(text)
    assert bramley.constituency.value == "Bramley Fen"
    assert tallies(bramley) == {"Ann Okafor": 15220}
