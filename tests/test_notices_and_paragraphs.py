"""Notices, press releases and paragraphs: a blank line ends a sentence for the model (a headline with no full
stop does not run on into the byline), a seat that "has elected its first … MP", a member "elected as the …
Member of Parliament for" a seat, a ward's seat "on" its council, a parliamentary by-election, a results
service's heading with cells after a bar, a notice's ward heading with its seats in brackets and a line on
the vacancy before a table listed "Surname, Forename", a wire's results list of abbreviations between
semicolons; and what is none of these: a ward's name before a noun it modifies ("a Dock ward councillor"), a
newspaper's title, a clock's time under a heading, a party gained "FROM" in capitals, another office won by
the seat's former member, another contest dated by its month, a deposit kept and a decade's tenure. Each
phenomenon in invented sentences about invented places and people, with a text that must not be read the
same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.lexicon import patterns
from electext.lexicon.resources import load_resources
from electext.nlp.annotate import load_pipeline

from tests.conftest import candidates, reported, reported_names, tallies


def test_a_blank_line_ends_a_headline_for_the_model() -> None:
    doc = load_pipeline()("Greens make history in Tollard Heath\n\nTollard & District Echo\n\nThe count ended at 4am.")
    assert not any("\n\n" in ent.text for ent in doc.ents)
    assert [sentence.text.strip() for sentence in doc.sents][:2] == [
        "Greens make history in Tollard Heath",
        "Tollard & District Echo",
    ]


def test_a_seat_that_elected_its_member_is_the_contest() -> None:
    text = (
        "ASHBURN Heath has elected its first ever Reform MP. Dorian Vale polled 12,210 votes and Labour's "
        "Nell Crouch 11,604."
    )
    contest = reported(text)
    assert contest.constituency.value == "Ashburn Heath"
    assert tallies(contest) == {"Dorian Vale": 12210, "Nell Crouch": 11604}


def test_a_party_that_elected_a_leader_names_no_contest() -> None:
    assert reported_names("The party has elected a new leader. She polled 12,210 votes among members.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Rhian Moss, a popular Quayside ward councillor, stood for Labour.",
        "She led the fight against the closure of the Quayside ward library.",
    ],
)
def test_a_ward_named_before_a_noun_it_modifies_is_no_contest(sentence: str) -> None:
    text = f"Corran Vale has elected its first Green MP. {sentence} Ivo Stent polled 9,870 votes."
    assert reported_names(text) == ["Corran Vale"]


def test_a_ward_by_election_is_still_its_contest() -> None:
    text = "In the Quayside ward by-election, Ivo Stent polled 987 votes and Rhian Moss 810."
    assert reported_names(text) == ["Quayside"]


def test_a_member_elected_for_a_seat_names_it() -> None:
    text = (
        "Nia Tallow has been elected as the Liberal Democrat Member of Parliament for Brisham Cross, winning by a "
        "majority of 2,204.\n\nNia Tallow (Liberal Democrats) 14,310\nOwen Gale (Conservative) 12,106\n"
    )
    contest = reported(text)
    assert contest.constituency.value == "Brisham Cross"
    assert tallies(contest) == {"Nia Tallow": 14310, "Owen Gale": 12106}


def test_a_parliamentary_by_election_names_its_seat() -> None:
    text = "The Carrick Moor parliamentary by-election was won by Ida Penn, who polled 9,114 votes."
    assert reported_names(text) == ["Carrick Moor"]


@pytest.mark.parametrize("title", ["Tollard Advertiser", "Ravensby Gazette", "Dunmore Herald", "Kelby Courier"])
def test_a_newspapers_title_is_no_persons_name(title: str) -> None:
    assert patterns.INSTITUTION_END.search(title)


def test_a_persons_name_is_no_newspapers_title() -> None:
    assert not patterns.INSTITUTION_END.search("Ida Penn")


def test_a_wards_seat_on_its_council_names_the_contest() -> None:
    text = (
        "A by-election was held to fill the Kirby Wiske seat on Ashmere District Council following the death of "
        "Edna Loft. The count took place in Hoggeston. Ned Farrow was elected for the Conservatives with 488 "
        "votes. He won by 76 votes over Annie Fell, who received 412."
    )
    contest = reported(text)
    assert contest.constituency.value == "Kirby Wiske"
    assert candidates(contest)["Ned Farrow"] == {"party": "Conservative", "votes": 488, "position": 1}


def test_a_party_seat_on_a_council_names_no_ward() -> None:
    assert reported_names("The Labour seat on Ashmere District Council fell vacant; 512 votes were cast.") == []


def test_a_long_relative_aside_keeps_its_modal_from_the_tally() -> None:
    text = (
        "A by-election was held to fill the Hollin Brow seat on Ashmere District Council. Ned Farrow, who runs "
        "the garage on Mill Lane and who many of you will know from the bowls club and the summer fete, was "
        "elected for the Conservatives with 488 votes."
    )
    assert candidates(reported(text))["Ned Farrow"] == {"party": "Conservative", "votes": 488, "position": 1}


def test_a_results_services_heading_with_cells_after_a_bar_names_the_contest() -> None:
    text = (
        "NORTH COUNTY NEWS | RESULTS\n\nBRAXTON MOOR (Westminster) | Declared 03:12 Friday | Con HOLD\n\n"
        "Candidate | Party | Votes\nLENNOX, Ada | Conservative | 11,204\nPRYCE, Tom | Labour | 9,871\n"
    )
    contest = reported(text)
    assert contest.constituency.value == "Braxton Moor"
    assert tallies(contest) == {"Ada Lennox": 11204, "Tom Pryce": 9871}


def test_a_clocks_time_under_a_heading_is_no_tally() -> None:
    text = (
        "PRESS RELEASE - EMBARGOED\nGreen Party (Kelby Lock) - Friday, 04:10\n\nAmy Rudd has been elected as "
        "the Green Member of Parliament for Kelby Lock.\n\nAmy Rudd (Green) 9,020\nJon Weir (Labour) 8,114\n"
    )
    assert reported_names(text) == ["Kelby Lock"]


def test_the_seats_former_member_elected_elsewhere_is_no_winner_and_no_seat() -> None:
    text = (
        "Reform UK captured Dunholt and Merrow on Thursday. Ruth Calder, who had held the seat since 2010, was "
        "elected mayor of the Merrow and Pike Valley Combined Authority in May. Reform's Sam Orme took 17,204 "
        "votes, 3,327 more than Labour's Ann Hale."
    )
    contest = reported(text)
    assert contest.constituency.value == "Dunholt and Merrow"
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Sam Orme"
    assert contest.previous_member is not None and contest.previous_member.name is not None
    assert contest.previous_member.name.value == "Ruth Calder"


def test_a_notices_ward_heading_with_its_seats_and_a_line_on_the_vacancy_heads_its_table() -> None:
    text = (
        "=====\nWARD: WILLOWMERE (1 seat)\nReason for vacancy: resignation of Cllr Joan Pitt (Labour), 3 May\n\n"
        "Candidate\tDescription\tVotes\tResult\nAnsell, Rory\tGreen Party\t412\t\n"
        "Birch, Kay\tLabour Party\t1,090\tELECTED\nCoates, Ian\tReform UK\t733\t\n"
    )
    contest = reported(text)
    assert contest.constituency.value == "Willowmere"
    assert tallies(contest) == {"Kay Birch": 1090, "Ian Coates": 733, "Rory Ansell": 412}


def test_a_party_gained_from_in_capitals_is_no_seat() -> None:
    text = (
        "02:41 - RESULT. Ada Lorne (Liberal Democrats) 14,388; Oli Trew (Conservative) 14,067. LIB DEM GAIN FROM "
        "CONSERVATIVE in the Hazelby by-election."
    )
    assert reported_names(text) == ["Hazelby"]


def test_another_contest_dated_by_its_month_keeps_its_own_figures() -> None:
    text = (
        "Labour held the Tarnby seat at Thursday's by-election, with Ravi Boyd on 15,482 votes. In the "
        "Oakhurst by-election in March, Labour's vote fell to 3,877."
    )
    result = extract_text(text)
    contest = next(c for c in result.contests if c.constituency.value == "Tarnby")
    assert 3877 not in [c.votes.value for c in contest.candidates if c.votes]
    assert [c.constituency.value for c in result.contests if not c.mention_only] == ["Tarnby"]


def test_a_wire_results_list_of_abbreviations_between_semicolons() -> None:
    text = (
        "Labour held the Tarnby seat in a by-election early on Friday, but its share of the vote fell sharply as "
        "Reform UK moved into second place.\n\n"
        "RESULT: Lab 15,482; Ref 11,907; Con 4,210; LD 2,044; Grn 1,388. Lab majority 3,575. Turnout 41.2%."
    )
    contest = reported(text)
    parties = {c.party.value: c.votes.value for c in contest.candidates if c.party and c.votes}
    assert parties == {
        "Labour": 15482,
        "Reform UK": 11907,
        "Conservative": 4210,
        "Liberal Democrats": 2044,
        "Green": 1388,
    }


@pytest.mark.parametrize("after", [" her deposit", " his deposit by a handful of votes"])
def test_a_deposit_kept_is_no_seat_won(after: str) -> None:
    assert patterns.NOT_A_SEAT_WIN.match(after)


def test_a_seat_kept_is_won() -> None:
    assert not patterns.NOT_A_SEAT_WIN.match(" the seat for Labour")


def test_a_decades_tenure_is_a_span_of_years() -> None:
    assert patterns.YEAR_SPAN.search("Tarnby for most of the 1980s, were pushed into third")
    assert not patterns.YEAR_SPAN.search("Tarnby for the first time since 1983")


_BARRED_BOX = (
    "BRAXTON MOOR (Westminster) | Declared 03:12 Friday | Con HOLD\n\n"
    "Candidate | Party | Votes\nLENNOX, Ada | Conservative | 11,204\nPRYCE, Tom | Labour | 9,871\n\n"
    "Majority  | 1,333\nTurnout   | 38.25%  (2024: 60.1%)\nSwing     | 6.4% Con to Lab\n"
)


def test_a_results_services_label_cells_after_bars_give_the_contests_figures() -> None:
    contest = reported(_BARRED_BOX)
    assert contest.majority is not None and contest.majority.value == 1333
    assert contest.turnout is not None and contest.turnout.value == 38.25
    assert contest.swing is not None and contest.swing.value == 6.4


def test_the_lines_under_a_previous_result_heading_are_that_elections() -> None:
    text = _BARRED_BOX + "\nPREVIOUS RESULT (general election, July 2024)\nCon maj 9,870 | Con 48.1 / Lab 30.2\n"
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 1333
    assert contest.previous_majority is not None and contest.previous_majority.value == 9870


def test_a_semicolon_table_under_a_bilingual_header() -> None:
    text = (
        "SENEDD BY-ELECTION RESULT: CWM TARIAN\n\n"
        "Ymgeisydd / Candidate ; Plaid / Party ; Pleidleisiau / Votes\n"
        "HOWELLS, Ffion ; Plaid Cymru ; 7,702\nPARRY, Aled ; Llafur Cymru / Welsh Labour ; 6,915\n"
        "LLOYD, Dewi ; Reform UK ; 3,120\n\n"
        "Plaid Cymru's Ffion Howells has won the Cwm Tarian Senedd by-election by 787 votes.\n"
    )
    contest = reported(text)
    assert tallies(contest) == {"Ffion Howells": 7702, "Aled Parry": 6915, "Dewi Lloyd": 3120}
    assert candidates(contest)["Aled Parry"]["party"] == "Labour"


def test_a_majority_dated_by_its_year_in_a_by_elections_report_is_the_previous_one() -> None:
    text = (
        "RAVENSBY MARSH: Labour hold - just\n\n"
        "Labour kept Ravensby Marsh at Thursday's by-election, but the party's 2024 majority of 8,870 was all but "
        "wiped out. Jo Pym polled 10,118 votes; Reform UK's Dan Kerr was close behind on 8,902, and Pym's margin "
        "over him was 1,216."
    )
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 1216
    assert contest.previous_majority is not None and contest.previous_majority.value == 8870


def test_an_office_declared_of_its_area_names_the_winner() -> None:
    text = (
        "In the Kelmoor mayoral election, Ruth Adeyemi was declared Mayor of Kelmoor on Friday afternoon after a "
        "count that ran for seven hours. Carl Shaw of Reform UK polled 81,622 votes. Turnout was 27.1%."
    )
    contest = reported(text)
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Ruth Adeyemi"


def test_an_office_held_of_its_area_names_no_winner() -> None:
    text = (
        "In the Kelmoor mayoral election, Ruth Adeyemi, who is Mayor of Kelmoor, watched the count. Carl Shaw of "
        "Reform UK polled 81,622 votes. Turnout was 27.1%."
    )
    contest = reported(text)
    assert contest.winner is None or contest.winner.name is None or contest.winner.name.value != "Ruth Adeyemi"


def test_a_common_given_name_makes_a_name_the_model_called_an_organisation_a_persons() -> None:
    text = (
        "In the Kelby by-election, Reform took a seat the Conservatives had held since 1950. Yetunde Marsh, a "
        "former police sergeant, won 14,602 votes, 2,614 ahead of the Conservative Jeremy Pask on 11,988."
    )
    assert tallies(reported(text)) == {"Yetunde Marsh": 14602, "Jeremy Pask": 11988}


@pytest.mark.parametrize(("word", "given"), [("Yetunde", True), ("Siân", True), ("Hope", False), ("Chester", False)])
def test_the_given_names_leave_out_ordinary_words(word: str, given: bool) -> None:
    assert (word in load_resources().forenames) is given


def test_a_person_whose_former_seat_is_named_is_no_figures_owner() -> None:
    text = (
        "Labour's Ada Strand overturned a 22,000 Conservative majority in Nadia Pell's former constituency in "
        "the Kelby by-election with 12,874 votes."
    )
    assert tallies(reported(text)) == {"Ada Strand": 12874}


def test_a_scripts_speaker_labels_are_no_seats() -> None:
    text = (
        "RADIO KELBY - 07:00 BULLETIN\nPresenter: ANGUS REID / Reporter: MAIRI DOW\n\n"
        "ANGUS: Good morning. Labour have taken the Carrick Moor seat from the SNP in a Westminster by-election.\n\n"
        "MAIRI: A very good night for Labour, Angus. Ewan Tait won with 14,116 votes; the SNP's Isla Ross got "
        "12,430.\n\nANGUS: Thank you, Mairi.\n"
    )
    assert reported_names(text) == ["Carrick Moor"]


def test_a_heading_that_opens_on_a_seats_name_once_is_no_speaker() -> None:
    text = "ANGUS: SNP hold\n\nDavid Rowe (SNP) 14,116\nMoira Blain (Labour) 12,430\n"
    assert reported_names(text) == ["Angus"]


def test_the_top_of_the_poll_names_the_winner_after_it() -> None:
    text = (
        "In the Hollin Brow ward by-election, the count went on into the small hours. Top of the poll was "
        "Labour's Gemma Vine, a 31-year-old pharmacist, on 1,311. Ravi Shah of the Green Party took 1,187."
    )
    contest = reported(text)
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Gemma Vine"
    assert tallies(contest) == {"Gemma Vine": 1311, "Ravi Shah": 1187}
