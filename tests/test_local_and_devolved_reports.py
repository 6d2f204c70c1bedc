"""Layouts and wordings of council, devolved and mayoral reports: a ward won "for" a party, a table whose
columns are lined up with spaces, a declaration in ballot-paper order. Each phenomenon in invented
sentences about invented seats and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text

from tests.conftest import candidates, reported

# --- which contest -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Gwen Pryce won Carrow Vale for Labour with 9,930 votes.",
        "Gwen Pryce held Carrow Vale for the Liberal Democrats on 9,930 votes.",
        "Turnout was 31%. Gwen Pryce held Carrow Vale. She polled 9,930 votes.",
    ],
)
def test_a_place_won_for_a_party_or_ending_the_sentence_is_the_seat(sentence: str) -> None:
    contest = reported(sentence)
    assert contest.constituency.value == "Carrow Vale"
    assert candidates(contest)["Gwen Pryce"]["votes"] == 9930


def test_a_person_ending_the_sentence_after_a_win_verb_is_no_seat() -> None:
    result = extract_text("Gwen Pryce polled 9,930 votes in the Ashby Fen by-election. The Greens took Jane Marlow.")
    assert [c.constituency.value for c in result.contests] == ["Ashby Fen"]


# --- tables lined up with spaces -----------------------------------------------------------------------

_LINED_UP = """Labour held both seats in Orrin Vale ward on Harton Borough Council on Thursday.

Candidate              Party                 Votes
Joanne Kettering       Labour                1,402   Elected
Tobias Quaile          Labour                1,288   Elected
Stephen Barraclough    Green                 1,210
Colin Webb             Conservative            402

Turnout was 29.6 per cent.
"""


def test_a_table_lined_up_with_spaces_is_read_by_its_columns() -> None:
    contest = reported(_LINED_UP)
    assert contest.constituency.value == "Orrin Vale"
    assert {name: (c["party"], c["votes"]) for name, c in candidates(contest).items()} == {
        "Joanne Kettering": ("Labour", 1402),
        "Tobias Quaile": ("Labour", 1288),
        "Stephen Barraclough": ("Green", 1210),
        "Colin Webb": ("Conservative", 402),
    }


def test_each_row_a_lined_up_table_marks_elected_is_elected() -> None:
    contest = reported(_LINED_UP)
    assert [c.name.value for c in contest.candidates if c.elected and c.name] == ["Joanne Kettering", "Tobias Quaile"]


def test_a_seats_name_inside_a_candidates_cell_is_no_contest() -> None:
    # "Kettering" is a Westminster seat, and here a candidate's surname
    assert [c.constituency.value for c in extract_text(_LINED_UP).contests] == ["Orrin Vale"]


_DECLARATION = """ELECTION OF A DISTRICT COUNCILLOR FOR THE
MERROW HEATH WARD

Name of Candidate          Description (if any)                Number of Votes
ASHWORTH, Daniel Peter     Green Party                                     211
COYLE, Bernadette          The Orrin Valley Independents                   934  (Elected)
DRISCOLL, Ann Marie        The Conservative Party Candidate                612
PRYOR, Kenneth             Labour Party                                    457

Turnout: 27.30%
"""


def test_a_declaration_in_ballot_paper_order_names_the_winner_by_votes_not_by_the_first_row() -> None:
    contest = reported(_DECLARATION)
    assert contest.constituency.value == "Merrow Heath"
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Bernadette Coyle"
    assert candidates(contest)["Daniel Peter Ashworth"]["position"] != 1


def test_a_declarations_description_no_list_holds_is_the_party_as_printed() -> None:
    assert candidates(reported(_DECLARATION))["Bernadette Coyle"]["party"] == "The Orrin Valley Independents"


def test_a_line_of_prose_with_two_spaces_in_it_is_no_table_header() -> None:
    contest = reported(
        "Labour's Ann Vale won the Ashby Fen by-election with 1,402 votes.  The party  votes  were counted at "
        "Harton Leisure Centre.\nTom Reid came second with 1,100 votes."
    )
    assert candidates(contest) == {
        "Ann Vale": {"party": "Labour", "votes": 1402, "position": 1},
        "Tom Reid": {"party": None, "votes": 1100, "position": 2},
    }


# --- figures that are gaps, not tallies -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Green Party came within a hundred votes of taking the seat.",
        "The Greens finished within just 90 votes of Ms Vale.",
        "The Greens fell 90 votes short.",
    ],
)
def test_a_losers_gap_to_the_winner_is_not_its_tally(sentence: str) -> None:
    contest = reported(f"Labour's Ann Vale won the Ashby Fen by-election with 1,402 votes. {sentence}")
    assert candidates(contest) == {"Ann Vale": {"party": "Labour", "votes": 1402, "position": 1}}


def test_a_tally_after_within_the_hour_is_still_a_tally() -> None:
    contest = reported(
        "Labour's Ann Vale won the Ashby Fen by-election with 1,402 votes. Within the hour the Greens had "
        "conceded, with 1,100 votes."
    )
    assert candidates(contest)["Green"]["votes"] == 1100


# --- seats named with their body, their electors or their margin ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "seat"),
    [
        ("The DUP has held the Carrick Moss Westminster seat. Ann Boyd was elected with 14,206 votes.", "Carrick Moss"),
        (
            "The SNP has taken the Glenorrin and Kyle Holyrood seat from Labour. Iona Baird polled 15,416 votes.",
            "Glenorrin and Kyle",
        ),
        ("Labour clung on in Hollowmere last night. Nadia Brent polled 15,228 votes.", "Hollowmere"),
        (
            "The electorate of Ashby and Fenton was in no mood to forgive. Ola Reyes won with 14,880 votes.",
            "Ashby and Fenton",
        ),
        ("Joanne Pike won Kelby Marsh by just under five thousand votes, receiving 17,233 votes.", "Kelby Marsh"),
    ],
)
def test_a_seat_is_named_with_its_body_its_electors_or_its_margin(sentence: str, seat: str) -> None:
    assert reported(sentence).constituency.value == seat


@pytest.mark.parametrize(
    ("text", "seat", "majority", "voters"),
    [
        # a headline's margin is no results line, and the masthead no seat
        (
            "THE KELBY RECORD\n\nSNP SNATCH KELBY MARSH BY 4,300\n\nThe SNP has taken the Kelby Marsh Westminster "
            "seat from Labour. Iona Baird polled 15,416 votes, a majority of 4,329.",
            "Kelby Marsh",
            4329,
            {"Iona Baird": 15416},
        ),
        # "… by-election result in full:" over a ballot paper's rows names its contest
        (
            "Kelby Marsh by-election result in full:\n\nHOLLIS Dean Reform UK 9,210\nMARLOW Anne The Conservative "
            "Party Candidate 7,105",
            "Kelby Marsh",
            None,
            {"Dean Hollis": 9210, "Anne Marlow": 7105},
        ),
        # a live blog's "Result in …" heading names its contest
        (
            "05:21\nResult in Fenwick Moss: Conservative HOLD\n\nEdward Lockyer (Con) 9,804\nShaun Byatt (Reform UK) "
            "9,231\n\nCon majority: 573. Turnout 36.2%.",
            "Fenwick Moss",
            573,
            {"Edward Lockyer": 9804, "Shaun Byatt": 9231},
        ),
    ],
)
def test_a_heading_names_its_contest_and_a_headlines_margin_is_no_tally(
    text: str, seat: str, majority: int | None, voters: dict[str, int]
) -> None:
    contest = reported(text)
    assert contest.constituency.value == seat
    assert (contest.majority.value if contest.majority else None) == majority
    assert {name: c["votes"] for name, c in candidates(contest).items() if c["votes"]} == voters


# --- figures that belong elsewhere ---------------------------------------------------------------------


def test_a_fraction_in_words_is_no_majority() -> None:
    contest = reported(
        "The DUP held the Carrick Moss Westminster seat, but with its majority cut by almost three quarters. "
        "Ann Boyd polled 14,206 votes."
    )
    assert contest.majority is None


def test_a_party_keeping_a_majority_in_parliament_has_not_won_the_seat() -> None:
    contest = reported(
        "Joanne Pike won Kelby Marsh for Reform UK with 17,233 votes. The result gives Reform a handful of MPs in "
        "a parliament where Labour retains a large majority."
    )
    assert contest.winner is not None and contest.winner.party is not None
    assert contest.winner.party.value == "Reform UK"


@pytest.mark.parametrize(
    ("text", "previous_majority", "swing"),
    [
        # a sentence set at another place and year lends the contest in focus none of its figures
        (
            "Ola Reyes won Ashby Fen for Labour with 14,880 votes. History offers some comfort. At Dunmere in 2003, "
            "the Liberal Democrats overturned a Labour majority of 13,800. At Ravensmoor in 1982, the Conservatives "
            "gained a seat on a 10.6% swing.",
            None,
            None,
        ),
        # one opening on its own seat in this year keeps them
        (
            "---\npublished: 2026-05-08\n---\nIn Ashby Fen in 2026, Ola Reyes won for Labour with 14,880 votes on a "
            "10.6% swing.",
            None,
            10.6,
        ),
    ],
)
def test_a_sentence_set_at_a_place_and_year_keeps_its_figures_there(
    text: str, previous_majority: int | None, swing: float | None
) -> None:
    contest = reported(text)
    assert (contest.previous_majority.value if contest.previous_majority else None) == previous_majority
    assert (contest.swing.value if contest.swing else None) == swing


@pytest.mark.parametrize("seat", ["Middlebrook and Tarrant", "Ashby Fen"])
def test_votes_after_a_seat_taken_from_a_party_are_the_takers(seat: str) -> None:
    contest = reported(f"The Conservatives' Ola Reyes took {seat} from Labour with 14,880 votes.")
    assert candidates(contest)["Ola Reyes"]["votes"] == 14880
    assert all(c["votes"] is None for name, c in candidates(contest).items() if name != "Ola Reyes")


def test_a_share_of_the_national_vote_is_no_share_in_the_seat() -> None:
    contest = reported(
        "Reform's Ola Reyes took Ashby Fen from the Conservatives with 14,880 votes, on a night when the party "
        "won around 14% of the national vote."
    )
    assert all(c.share is None for c in contest.candidates)


def test_a_figure_before_a_semicolon_is_not_the_next_clauses_seats() -> None:
    result = extract_text(
        "Ola Reyes won the Ashby Fen by-election for Labour with 9,210 votes. Turnout was 31.2%; in the Kelby North "
        "by-election Labour's Tom Pryce won with 8,100 votes."
    )
    turnout = {c.constituency.value: c.turnout.value if c.turnout else None for c in result.contests}
    assert turnout == {"Ashby Fen": 31.2, "Kelby North": None}


@pytest.mark.parametrize("body", ["Holyrood", "Senedd", "council"])
def test_a_win_at_the_last_election_of_a_named_body_is_the_previous_members(body: str) -> None:
    contest = reported(
        f"Kirsty Lennox won the Glenmorven by-election for Labour with 11,842 votes. At the last {body} election "
        "Alasdair Munro held the seat for the SNP with a majority of 5,731."
    )
    assert contest.majority is None
    assert contest.previous_majority is not None and contest.previous_majority.value == 5731
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Kirsty Lennox"


# --- the most precise of competing figures --------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "body", "value"),
    [
        ("14,000", "14,382", 14382),  # the headline rounds the body's figure: the body's
        ("14,400", "14,382", 14382),
        ("15,000", "14,382", 15000),  # no rounding of it: the first stated stays, for the checks to weigh
    ],
)
def test_a_rounded_figure_yields_to_the_precise_one_it_rounds(headline: str, body: str, value: int) -> None:
    contest = reported(
        f"Lib Dems overturn {headline} majority to win Ashby Vale\n\nThe Liberal Democrats have taken Ashby Vale in a "
        f"by-election, where the Tories had a majority of {body}. Harriet Coles polled 19,204 votes."
    )
    assert contest.previous_majority is not None and contest.previous_majority.value == value


# --- offices for areas, and other offices ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "area", "kind"),
    [
        (
            "Labour's Priya Chandran has been elected Mayor of the Orrin Valley after a second round. She won "
            "120,105 votes.",
            "Orrin Valley",
            "mayor",
        ),
        (
            "Conservative Jon Ashdown has been re-elected as Police and Crime Commissioner for Marlow and Wendle, "
            "winning 104,000 votes.",
            "Marlow and Wendle",
            "pcc",
        ),
    ],
)
def test_an_office_won_for_an_area_no_list_holds_is_its_contest(sentence: str, area: str, kind: str) -> None:
    contest = reported(sentence)
    assert contest.constituency.value == area
    assert contest.contest_type is not None and contest.contest_type.value == kind


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        # the winner's own election to another office makes them no previous member
        (
            "Tom Pryce, who was elected Mayor of Kelby in 2017, won the Ashby Fen by-election for Labour with "
            "14,880 votes.",
            None,
        ),
        # a loser elected there before is
        (
            "Tom Pryce, who was elected in 2019, lost the Ashby Fen by-election. Labour's Ann Vale won with "
            "14,880 votes.",
            "Tom Pryce",
        ),
    ],
)
def test_who_was_elected_names_the_member_before_only_for_this_seat(sentence: str, member: str | None) -> None:
    contest = reported(f"---\npublished: 2024-05-03\n---\n{sentence}")
    assert (contest.previous_member.name.value if contest.previous_member else None) == member


@pytest.mark.parametrize(
    "text",
    [
        "Plaid Cymru held Ashby Fen in the National Assembly by-election with 14,880 votes.",
        "Labour's Ann Vale won the Ashby Fen by-election with 14,880 votes. The seat fell vacant when Tom Pryce "
        "left the Commons to run for the new post of elected mayor of Kelby.",
    ],
)
def test_a_national_assembly_or_the_post_of_elected_mayor_names_no_contest(text: str) -> None:
    assert [c.constituency.value for c in extract_text(text).contests] == ["Ashby Fen"]


# --- lists of candidates --------------------------------------------------------------------------------


def test_a_bracket_after_its_party_holds_the_partys_ballot_description_not_the_name() -> None:
    contest = reported(
        "Results for the Tarnbridge by-election:\n- Gwen Pryce (Lab) 9,930\n- Tom Baxter (UKIP Abolish the Council) "
        "622\n- Mair Hughes (Gwlad) 344"
    )
    assert candidates(contest)["Tom Baxter"] == {"party": "UKIP", "votes": 622, "position": 2}


# --- counts by stages -----------------------------------------------------------------------------------


def test_the_stage_a_candidate_was_elected_at_is_no_tally() -> None:
    contest = reported(
        "DUNVARRICK NORTH (Loch Eskin Council) - SNP hold\nElected: Kirsty Baird (SNP) at stage 3\nTurnout 28.4%."
    )
    assert [(c.name.value if c.name else None, c.votes) for c in contest.candidates] == [("Kirsty Baird", None)]
    assert (contest.winner.name.value if contest.winner and contest.winner.name else None) == "Kirsty Baird"


def test_votes_passed_on_at_a_count_are_no_tally() -> None:
    contest = reported(
        "Ruaridh Munro (Green) polled 301 first preferences in the Glen Ashby by-election. Mr Munro was eliminated "
        "at stage 2, with 140 of his votes transferring to Ms MacPhail."
    )
    assert candidates(contest)["Ruaridh Munro"]["votes"] == 301


# --- traps: asides, times, wider turnouts, a majority's share --------------------------------------------


def test_a_tally_after_an_age_and_a_description_naming_a_former_party_is_the_persons() -> None:
    contest = reported(
        "Maureen Stall won the Wexcombe by-election as an independent. Mrs Stall, 63, a former district "
        "councillor for Labour and a retired school business manager, polled 1,107 votes."
    )
    stall = candidates(contest)["Maureen Stall"]
    assert stall["votes"] == 1107 and stall["party"] != "Labour"  # a role for a party that is over


def test_a_count_that_took_hours_names_no_winner() -> None:
    contest = reported(
        "Maureen Stall won the Wexcombe by-election with 1,107 votes. The count at Burbage Corn Exchange took just "
        "over two hours."
    )
    assert [c.name.value for c in contest.candidates if c.name] == ["Maureen Stall"]


def test_a_majority_at_the_last_county_elections_is_the_previous_one() -> None:
    contest = reported(
        "Maureen Stall won the Wexcombe by-election with 1,107 votes, a majority of 295. At the 2021 county "
        "elections Hugh Lacey was returned with a majority of 1,040."
    )
    assert (contest.majority.value if contest.majority else None) == 295
    assert (contest.previous_majority.value if contest.previous_majority else None) == 1040


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("Stall's majority of 295 is 8.9 per cent of the valid vote.", "share"),  # the majority's share
        ("County-wide turnout at May's full elections was 33.9 per cent.", "turnout"),  # the whole council's
        ("Across the district as a whole, turnout at the last full council elections was 33.9 per cent.", "turnout"),
    ],
)
def test_a_share_of_the_majority_or_the_whole_councils_turnout_is_no_field_of_the_ward(
    sentence: str, field: str
) -> None:
    contest = reported(f"Maureen Stall won the Wexcombe by-election with 1,107 votes. {sentence}")
    read = {"share": [c.share for c in contest.candidates if c.share], "turnout": contest.turnout}
    assert not read[field]


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # a council after "ward of" is the ward's; the ward is the seat (not "the Harton ward of Hollinbrook")
        (
            "Labour's Euan Gall took the Glenbrae and Strath ward of Ardlaw Council with 1,198 votes.",
            "Glenbrae and Strath",
        ),
        ("Labour's Tom Reid won the Harton ward of Hollinbrook with 1,198 votes.", "Hollinbrook"),
    ],
)
def test_a_ward_of_a_council_is_the_ward_and_a_ward_of_a_place_the_place(text: str, seat: str) -> None:
    assert reported(text).constituency.value == seat


def test_a_sentence_opening_on_an_earlier_month_at_another_contest_lends_the_focus_nothing() -> None:
    contest = reported(
        "Labour's Euan Gall won the Glenbrae by-election with 1,198 votes. Last month in the Dunvegan East "
        "by-election on Kinloch Council, the Conservatives held on with 1,017 first preferences."
    )
    assert contest.result is None
    assert [c.name.value if c.name else c.party.value if c.party else None for c in contest.candidates] == ["Euan Gall"]


def test_a_parish_council_elected_to_is_the_parishs_contest() -> None:
    contest = reported(
        "A retired nurse has been elected to Little Orrin Parish Council. Margaret Ell, an Independent, polled 214 "
        "votes; Robert Quay finished second with 187."
    )
    assert contest.constituency.value == "Little Orrin"
    assert {name: c["votes"] for name, c in candidates(contest).items()} == {"Margaret Ell": 214, "Robert Quay": 187}


@pytest.mark.parametrize("number", ["07700 900418", "0161 496 0000", "01632 960001"])
def test_a_telephone_number_is_no_figure(number: str) -> None:
    contest = reported(
        f"Tamsin Yard won the Orrin Vale by-election with 212 votes. For interviews contact Mia Corc, press "
        f"officer, on {number}."
    )
    assert {name: c["votes"] for name, c in candidates(contest).items()} == {"Tamsin Yard": 212}


def test_a_live_posts_time_before_its_result_heading_leaves_the_heading_its_contest() -> None:
    contest = reported(
        "02:31 RESULT: Orrin and Wold - Conservative hold\nVictoria Ash (Conservative) 17,402\nIan Mabb (Reform UK) "
        "15,118\nMajority 2,284."
    )
    assert contest.constituency.value == "Orrin and Wold"
    assert {name: c["votes"] for name, c in candidates(contest).items()} == {"Victoria Ash": 17402, "Ian Mabb": 15118}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a bulleted name and party set apart by a dash is a candidate of the party
        (
            "Gwen Pryce won the Tarnbridge by-election with 9,930 votes.\n\nThe candidates were:\n  • Gwen Pryce - "
            "Labour\n  • Ifan Rhys - Plaid Cymru\n  • Mair Hughes - Gwlad\n  • Polling day - Thursday",
            {"Gwen Pryce": "Labour", "Ifan Rhys": "Plaid Cymru", "Mair Hughes": "Gwlad"},
        ),
        # a pipe table's party cell no list holds is the party as printed
        (
            "Kelby Marsh by-election result:\n\nParty | Candidate | Votes\nKelby Marsh First | Ann Vale | 612\n"
            "Labour | Tom Reid | 433",
            {"Ann Vale": "Kelby Marsh First", "Tom Reid": "Labour"},
        ),
    ],
)
def test_a_lists_or_tables_layout_gives_each_name_its_party(text: str, parties: dict[str, str]) -> None:
    assert {name: c["party"] for name, c in candidates(reported(text)).items()} == parties


def test_a_margin_after_a_long_object_of_the_hold_is_the_majority_not_the_partys_votes() -> None:
    contest = reported(
        "Ann Vale kept the Harnby Cross seat on Avonmere District Council for her party by just 41 votes after a "
        "recount. She polled 902 votes for the Conservatives."
    )
    assert (contest.majority.value if contest.majority else None) == 41
    assert [c.votes.value for c in contest.candidates if c.votes] == [902]
