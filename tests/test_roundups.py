"""Round-ups and results pages: each contest's block under its own heading (invented wards, areas and
people throughout; the realdev articles these phenomena were found in are never quoted)."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.core import rx
from electext.core.records import Contest
from electext.extract.mentions.blocks import block_headings
from electext.extract.mentions.mention import Mention

from tests.conftest import evidence_round_trips, tallies

_PARTY_WORDS = r"Reform UK|Lib Dems|Labour|Conservatives|Green Party|Lab|Con|LDem|Grn|Ind"


def _parties(text: str) -> list[Mention]:
    found = rx.finditer(rf"\b(?:{_PARTY_WORDS})\b", text)
    return [Mention(m.start(), m.end(), m.group(), "party", m.group()) for m in found]


def _first_reported(text: str) -> Contest:
    return next(c for c in extract_text(text).contests if not c.mention_only)


def _by_seat(text: str) -> dict[str, Contest]:
    return {c.constituency.value: c for c in extract_text(text).contests if not c.mention_only}


def _winner(contest: Contest) -> str | None:
    return contest.winner.name.value if contest.winner and contest.winner.name else None


def _headings(text: str) -> list[tuple[str, str | None]]:
    return [
        (h.text, text[h.body[0] : h.body[1]] if h.body else None)
        for h in block_headings(text, 0, len(text), _parties(text), {})
    ]


@pytest.mark.parametrize(
    ("heading", "contest", "body"),
    [
        ("Marlow Vale – Eastfield Park", "Eastfield Park", "Marlow Vale"),  # council – ward
        ("Northgate, Selwood District Council", "Northgate", "Selwood District Council"),  # ward, council
        ("Kirkbrae DC, Upper Mill", "Upper Mill", "Kirkbrae DC"),
        ("Avonshire (Con GAIN from Ind)", "Avonshire", None),  # an area, then the outcome
        ("ASHBY WARD (Fenshire) – Lab gain from Con", "ASHBY", "Fenshire"),
        ("Tollbridge West results", "Tollbridge West", None),
        ("The Harrow & Wealdstone results:", "Harrow & Wealdstone", None),
        ("\u2022 Abbey Fields (Wenlow DC)", "Abbey Fields", "Wenlow DC"),  # a bulleted heading
    ],
)
def test_a_results_block_heading_names_its_contest_and_its_body(heading: str, contest: str, body: str | None) -> None:
    text = f"Results of Thursday's polls.\n\n{heading}\n\nLab: 612 (48.2%)\nCon: 469 (36.9%)\n"
    assert _headings(text) == [(contest, body)]


def test_notes_between_a_heading_and_its_results_are_passed_over() -> None:
    text = "Abbotsmead, Wenlow Borough Council\n\n(two seats)\n\nLab: 709\nLab: 654\nCon: 311\n"
    assert _headings(text) == [("Abbotsmead", "Wenlow Borough Council")]


@pytest.mark.parametrize(
    "heading",
    [
        "Final Round",  # a stage of the count
        "Full by-election results:",  # a table's title
        "Candidate Party Votes",  # its column headings
        "NOTES",
        "Labour hold Brackwater",  # a party's own line
        "Turnout 31.2%",  # figures
    ],
)
def test_lines_that_head_no_contest_are_not_headings(heading: str) -> None:
    text = f"{heading}\nLab: 612 (48.2%)\nCon: 469 (36.9%)\n"
    assert _headings(text) == []


def test_a_heading_over_prose_is_no_heading() -> None:
    text = "Background\n\nThe Conservatives had won 1,204 votes here in 2021, and Labour 880.\n"
    assert _headings(text) == []


ROUNDUP = """Council by-election results from Thursday

Marlow Vale – Eastfield Park

Reform UK 512 (41.0 per cent, +41.0 on 2022) Labour 388 (31.1 per cent, -12.4) Conservatives 348 (27.9 per cent, -28.6)

Reform UK gain from Conservatives

Dunmore – Kilbride North

Lib Dems 1,044 (52.3 per cent, +8.8) Conservatives 721 (36.1 per cent, -4.0) Green Party 231 (11.6 per cent, -4.8)

Lib Dems hold
"""


def test_each_block_of_a_round_up_is_its_own_contest_and_keeps_its_own_figures() -> None:
    result = extract_text(ROUNDUP)
    contests = {c.constituency.value: c for c in result.contests if not c.mention_only}
    assert set(contests) == {"Eastfield Park", "Kilbride North"}
    votes = {
        seat: {(c.party.value if c.party else None, c.votes.value if c.votes else None) for c in contest.candidates}
        for seat, contest in contests.items()
    }
    assert votes["Eastfield Park"] == {("Reform UK", 512), ("Labour", 388), ("Conservative", 348)}
    assert votes["Kilbride North"] == {("Liberal Democrats", 1044), ("Conservative", 721), ("Green", 231)}
    winners = {seat: c.winner.party.value for seat, c in contests.items() if c.winner and c.winner.party}
    assert winners == {"Eastfield Park": "Reform UK", "Kilbride North": "Liberal Democrats"}
    bodies = {seat: c.body.value if c.body else None for seat, c in contests.items()}
    assert bodies == {"Eastfield Park": "Marlow Vale", "Kilbride North": "Dunmore"}  # the council before the dash
    evidence_round_trips(result, ROUNDUP)
    assert [check.id for check in result.checks if check.status == "fail"] == []


def test_a_partys_several_results_lines_are_several_candidates() -> None:
    text = (
        "Abbotsmead, Wenlow Borough Council\n\n(two seats)\n\nLab: 709\nLab: 654\nCon: 311\nInd: 149\nInd: 88\n\n"
        "Lab HOLD (both seats)\n"
    )
    (contest,) = [c for c in extract_text(text).contests if not c.mention_only]
    rows = [(c.party.value if c.party else None, c.votes.value if c.votes else None) for c in contest.candidates]
    assert sorted(rows, key=lambda row: -(row[1] or 0)) == [
        ("Labour", 709),
        ("Labour", 654),
        ("Conservative", 311),
        ("Independent", 149),
        ("Independent", 88),
    ]


def test_a_party_named_again_in_prose_with_another_figure_is_still_one_candidate() -> None:
    text = (
        "Labour's Maya Quinn won the Hartlepool by-election with 12,040 votes. The Conservatives took 9,310. "
        "Labour had 12,400 votes in the count's first bundle check, officials said."
    )
    contest = _first_reported(text)
    labour = [c for c in contest.candidates if c.party and c.party.value == "Labour"]
    assert len(labour) == 1


SHORTHAND = """Council by-election results

HOLYWELL WARD (Fenshire) – Lab gain from Con

Lab 612 (48.2%, +12.1)
Con 469 (36.9%, -8.4)
RefUK 120 (9.4%, +9.4)
LD 70 (5.5%, -13.1)
Majority 143. Turnout 24.9%.

ASHBY (Wenlow) – LD hold

LD 1,204 (41.2%, -8.1)
Con 901 (30.8%, +2.2)
Grn 512 (17.5%, +6.0)
Ind 308 (10.5%, new)
Majority 303. Turnout 31.0%.
"""


def test_a_shorthand_round_up_gives_each_ward_its_council_outcome_majority_and_turnout() -> None:
    result = extract_text(SHORTHAND)
    got = {
        c.constituency.value: (
            c.body.value if c.body else None,
            c.contest_type.value if c.contest_type else None,
            c.winner.party.value if c.winner and c.winner.party else None,
            c.result.value if c.result else None,
            c.gained_from.value if c.gained_from else None,
            c.majority.value if c.majority else None,
            c.turnout.value if c.turnout else None,
            [(x.party.value if x.party else None, x.votes.value if x.votes else None) for x in c.candidates],
        )
        for c in result.contests
    }
    assert got == {
        "Holywell": (
            "Fenshire",
            "council",
            "Labour",
            "gain",
            "Conservative",
            143,
            24.9,
            [("Labour", 612), ("Conservative", 469), ("Reform UK", 120), ("Liberal Democrats", 70)],
        ),
        "Ashby": (
            "Wenlow",
            "council",
            "Liberal Democrats",
            "hold",
            None,
            303,
            31.0,
            [("Liberal Democrats", 1204), ("Conservative", 901), ("Green", 512), ("Independent", 308)],
        ),
    }
    assert [check.id for check in result.checks if check.status == "fail"] == []


def test_several_candidates_marked_elected_each_say_so_and_the_first_is_the_winner() -> None:
    text = (
        "ASSEMBLY ELECTION | BELFAST WEST (6 seats)\n\n"
        "Gerry Dunn (People Before Profit) 8,299 ELECTED\n"
        "Alex Mair (Sinn Fein) 6,800 ELECTED\n"
        "Tom Doyle (SDLP) 2,100\n"
    )
    (contest,) = extract_text(text).contests
    assert _winner(contest) == "Gerry Dunn"
    elected = {c.name.value: c.elected is not None for c in contest.candidates if c.name}
    assert elected == {"Gerry Dunn": True, "Alex Mair": True, "Tom Doyle": False}


def test_a_single_winner_is_not_marked_as_one_of_several_elected() -> None:
    text = "Labour's Ann Cole has been elected MP for Hartlepool with 12,040 votes, ahead of Tom Pike on 9,310."
    (contest,) = extract_text(text).contests
    assert all(c.elected is None for c in contest.candidates)


HEADING_SHAPES = """Council by-election results: Thursday's contests

Five seats were contested this week.

ASHBY WARD (Fenshire Council) - Lab gain from Con
Lab 1,024 (45.1%, +12.3), Con 812 (35.8%, -5.1), LD 230 (10.1%, new), Grn 204 (9.0%, -7.2)
Majority 212. Turnout 24.1%.

Kelmscott (Wendover County Council) - LD hold
Liberal Democrat Jo Marsh 1,450 (52.3%); Conservative Tom Pryce 1,021 (36.8%); Labour Ann Vey 302 (10.9%).

Northwold division, Kent County Council: Con hold
Con 903 (48.2%), Lab 640 (34.1%), Grn 150 (8.0%), Reform 182 (9.7%).

Holmwood West (Flintshire) - Ind gain from Lab. The independent, Sara Llwyd, won with 512 votes, ahead of Labour on 433.

In Thornbury ward on Charnwood council, the Greens held on with a majority of 87.
"""


def test_a_round_up_s_headings_in_every_shape_keep_each_block_to_itself() -> None:
    contests = {c.constituency.value: c for c in extract_text(HEADING_SHAPES, reference=None).contests}
    assert set(contests) == {"Ashby", "Kelmscott", "Northwold", "Holmwood West", "Thornbury"}
    votes = {
        name: sorted(int(c.votes.value) for c in contest.candidates if c.votes) for name, contest in contests.items()
    }
    assert votes == {
        "Ashby": [204, 230, 812, 1024],
        # a results line may name the candidate between the party and the tally
        "Kelmscott": [302, 1021, 1450],
        # "<ward> division, <council>: <outcome>"
        "Northwold": [150, 182, 640, 903],
        # a heading and its outcome opening a paragraph of prose
        "Holmwood West": [433, 512],
        "Thornbury": [],
    }
    assert contests["Holmwood West"].result and contests["Holmwood West"].result.value == "gain"
    # a ward named in prose after "In", at a sentence's start
    assert contests["Thornbury"].majority and contests["Thornbury"].majority.value == 87


def test_a_paragraph_opening_without_an_outcome_naming_a_party_is_no_heading() -> None:
    text = "Ashby Vale - a quiet night. Labour held Hartlepool with 12,040 votes, a majority of 4,500."
    assert _headings(text) == []


GROUPED_ROWS = """Voters in Kelmscott ward on Fenshire Council went to the polls on Thursday.

Independent (Total) – 748 (31.9%, -17.4)
Lib Dem – 702 (29.9%, +19.8)
SNP – 611 (26.0%, +2.9)
Harwood (Ind) – 512 (21.8%)
Conservative – 287 (12.2%, +0.7)
Pellow (Ind) – 236 (10.1%)
"""


def test_a_party_s_total_row_is_no_tally_and_a_surname_row_is_its_candidate() -> None:
    (contest,) = [c for c in extract_text(GROUPED_ROWS, reference=None).contests if not c.mention_only]
    rows = {(c.name.value if c.name else None, c.party.value if c.party else None): c for c in contest.candidates}
    votes = {key: row.votes.value if row.votes else None for key, row in rows.items()}
    assert votes[("Harwood", "Independent")] == 512
    assert votes[("Pellow", "Independent")] == 236
    # the independents' total (Harwood's and Pellow's tallies together) is no candidate's
    assert 748 not in votes.values()


def test_a_surname_in_a_list_run_on_along_a_line_is_not_read_as_a_candidate() -> None:
    # negative: an earlier election's results run on along one line name no candidates of this one
    text = (
        "Keir Vane (Lab) 16,456 won Stroud.\n"
        "2019: Con maj 20,137\nAdwell (Con) 33,995 (60.3%); Rofton (Lab) 13,858 (24.6%)\n"
    )
    (contest,) = [c for c in extract_text(text, reference=None).contests if not c.mention_only]
    assert "Adwell" not in {c.name.value for c in contest.candidates if c.name}


@pytest.mark.parametrize(
    ("line", "contest"),
    [
        ("Wenlow DC, Abbey Fields: Lab hold. Lab 512 (49.8%), Ind 301 (29.3%), Con 215 (20.9%).", "Abbey Fields"),
        ("Selwood LBC, Marsh Lane: Grn gain from Lab. Grn 603, Lab 588, Con 102.", "Marsh Lane"),
        ("North Yorkshire, Harlow Moor: Con hold. Con 1,122, LD 1,004, Grn 190.", "Harlow Moor"),
    ],
)
def test_a_council_then_its_ward_opening_a_results_line_names_the_ward(line: str, contest: str) -> None:
    result = extract_text(f"By-election results, 9 May\n\n{line}\n")
    assert [c.constituency.value for c in result.contests if not c.mention_only] == [contest]


def test_a_line_opening_with_a_colon_but_no_outcome_is_no_heading() -> None:
    result = extract_text("Wenlow DC, Abbey Fields: a quiet night. Labour polled 512 votes there.\n")
    assert "Abbey Fields" not in [c.constituency.value for c in result.contests]


@pytest.mark.parametrize(
    ("heading", "ward"),
    [
        ("Colchester, Hollowmead - Liberal Democrat hold", "Hollowmead"),  # a town of the gazetteer, then the ward
        ("Hollowmead, Colchester (LD hold)", "Hollowmead"),  # the ward, then the town
        ("Hollowmead ward, Wenlow City Council. Liberal Democrat hold.", "Hollowmead"),  # outcome after a stop
        ("Hollowmead (Wenlow City Council) LD HOLD", "Hollowmead"),  # outcome after a bracket
        ("Wenlow CC – Hollowmead: LD hold", "Hollowmead"),  # the outcome after the last separator
        ("Result: Hollowmead ward, Colchester", "Hollowmead"),  # a label
        ("HOLLOWMEAD WARD BY-ELECTION", "Hollowmead"),  # two words after the name
    ],
)
def test_a_heading_in_any_of_a_round_ups_shapes_names_its_ward(heading: str, ward: str) -> None:
    text = (
        f"Council by-election results this week\n\n{heading}\nLD 812 (52.1%), Con 455 (29.2%), Lab 301 (19.3%)\n\n"
        "Pennock Vale (Fenshire) Con gain from LD\nCon 640, LD 612, Lab 90\n"
    )
    reported = [c.constituency.value for c in extract_text(text).contests if not c.mention_only]
    assert reported == [ward, "Pennock Vale"]


def test_a_saints_stop_is_no_outcomes_separator() -> None:
    assert _headings("St. Mary's Cray results\n\nLab: 612 (48.2%)\nCon: 469 (36.9%)\n") == [("St. Mary's Cray", None)]


@pytest.mark.parametrize(
    "entry",
    [
        "Cleveland: Labour's Ada Brook has been elected police and crime commissioner with 42,138 votes.",
        "Ada Brook (Labour) wins Cleveland with 42,138 votes.",
        "Cleveland - Lab gain from Con. Ada Brook 42,138, Tom Vail 39,211.",
        "CLEVELAND: Ada Brook (Lab) 42,138; Tom Vail (Con) 39,211",
        "Ada Brook has won the race to be Cleveland's police and crime commissioner, polling 42,138 votes.",
        "Ada Brook was declared the winner in Cleveland at 4pm, with 42,138 votes.",
    ],
)
def test_each_entry_of_a_commissioners_live_page_is_its_areas_contest(entry: str) -> None:
    text = (
        "Police and crime commissioner elections: live results\n\n14:05\nIn Dorset, Ned Hale held on for the "
        f"Conservatives with 58,201 votes.\n\n14:20\n{entry}\n"
    )
    contests = _by_seat(text)
    assert set(contests) == {"Dorset", "Cleveland"}
    cleveland = contests["Cleveland"]
    assert cleveland.contest_type and cleveland.contest_type.value == "pcc"
    assert _winner(cleveland) == "Ada Brook"
    assert 42138 in [c.votes.value for c in cleveland.candidates if c.votes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over in Fenwick Moor, the Lib Dems held the seat on Calderdale Council, with 901 votes to Labour's 644.",
        "Meanwhile in Fenwick Moor, Reform UK took the seat from Labour with 901 votes.",
        "In Fenwick Moor, the Liberal Democrats held their seat with 901 votes.",
    ],
)
def test_a_sentence_opening_on_a_place_then_reporting_its_seat_names_that_ward(sentence: str) -> None:
    text = f"Council by-elections: this week's results\n\n{sentence}\n"
    reported = [c.constituency.value for c in extract_text(text).contests if not c.mention_only]
    assert reported == ["Fenwick Moor"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Scotland, the SNP held the seat with 901 votes.",  # a nation is no ward
        "In the end, the Lib Dems held the seat with 901 votes.",
        "In Fenwick Moor, the Lib Dems knocked on every door.",  # no seat reported there
    ],
)
def test_a_sentence_opening_on_no_ward_or_reporting_no_seat_names_none(sentence: str) -> None:
    text = f"Council by-elections: this week's results\n\n{sentence}\n"
    assert [c.constituency.value for c in extract_text(text).contests if not c.mention_only] == []


def test_a_ward_won_with_its_council_in_brackets_is_the_contest() -> None:
    text = (
        "Council by-election round-up\n\nThe Conservatives held Harthill Lane (Rotherham) with a majority of "
        "603. Their candidate, Ivy Stroud, won 1,344 votes.\n"
    )
    contests = [c for c in extract_text(text).contests if not c.mention_only]
    assert [c.constituency.value for c in contests] == ["Harthill Lane"]
    assert contests[0].majority and contests[0].majority.value == 603


def test_a_bracketed_aside_after_a_won_name_is_no_place() -> None:
    text = "Council by-election round-up\n\nThe Conservatives held on (just) with a majority of 603.\n"
    assert [c.constituency.value for c in extract_text(text).contests if not c.mention_only] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conservatives lost Tarrow Bank to an independent, Ivo Senna, who polled 1,204 votes.",
        "It was a gain for the Greens in Tarrow Bank, where Ivo Senna won 1,204 votes.",
        "SNP candidate Ivo Senna was elected at the fifth stage in Tarrow Bank, having polled 1,204 first preferences.",
        "Tarrow Bank by-election: Labour's Ivo Senna wins with 1,204 votes.",
        "Ivo Senna has been elected to represent Tarrow Bank on Harton Borough Council, receiving 1,204 votes.",
        "The Tarrow Bank seat was retained by Labour, Ivo Senna securing 1,204 votes.",
        "Ivo Senna is Tarrow Bank's new councillor after polling 1,204 votes for Labour.",
        "Labour's Ivo Senna was returned for Tarrow Bank with 1,204 votes.",
        "The Lib Dems gained Tarrow Bank, on Harton District Council, with Ivo Senna winning 1,204 votes.",
        "Tarrow Bank went Green for the first time, with Ivo Senna polling 1,204 votes.",
    ],
)
def test_a_council_report_names_its_ward_in_each_of_a_reporters_shapes(sentence: str) -> None:
    text = f"Council by-election\n\n{sentence}\n"
    reported = [c for c in extract_text(text).contests if not c.mention_only]
    assert [c.constituency.value for c in reported] == ["Tarrow Bank"]
    assert [c.votes.value for c in reported[0].candidates if c.votes] == [1204]


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour lost Ivo Senna to Reform UK when he defected.",  # a member lost, no seat
        "Former Tory Ivo Senna went Green last year.",  # a person's change of party
        "Tarrow Bank went to the polls on Thursday.",  # no party after "went to"
        "Voters there chose the Tory-held seat's first Green councillor.",
    ],
)
def test_a_council_report_sentence_in_those_shapes_without_a_ward_names_none(sentence: str) -> None:
    contests = extract_text(f"Council by-election\n\n{sentence}\n").contests
    assert [c.constituency.value for c in contests if c.constituency.value in ("Ivo Senna", "Tory-held")] == []
    assert "Tarrow Bank" not in [c.constituency.value for c in contests if not c.mention_only]


def test_a_winner_brought_in_with_with_and_a_participle_stands_for_the_clauses_party() -> None:
    text = "Council by-election\n\nThe Lib Dems gained Tarrow Bank, with Ivo Senna winning 1,204 votes.\n"
    contest = _first_reported(text)
    assert _winner(contest) == "Ivo Senna"
    candidate = contest.candidates[0]
    assert candidate.party and candidate.party.value == "Liberal Democrats" and candidate.party.derived is None


def test_the_new_councillor_for_a_ward_is_its_winner() -> None:
    text = "Council by-election\n\nLiberal Democrat Ivo Senna is the new councillor for Tarrow Bank.\n"
    contest = _first_reported(text)
    assert _winner(contest) == "Ivo Senna"


def test_a_tally_that_won_a_term_still_to_serve_is_read() -> None:
    # "will" is the term to come; the votes "after winning" are the result that gave it
    text = (
        "PCC election results\n\nConservative Ada Brook will serve another term as Thames Valley police and crime "
        "commissioner after winning 201,000 votes.\n"
    )
    contest = _first_reported(text)
    assert contest.constituency.value == "Thames Valley"
    assert [c.votes.value for c in contest.candidates if c.votes] == [201000]


def test_a_tally_still_needed_is_not_read() -> None:
    text = (
        "PCC election results\n\nTo win Thames Valley, Labour will need 201,000 votes after polling 150,000 in 2021.\n"
    )
    tallies = [c.votes.value for contest in extract_text(text).contests for c in contest.candidates if c.votes]
    assert 201000 not in tallies


def test_a_race_for_an_office_won_names_its_winner() -> None:
    text = "Mayoral election results\n\nAda Brook won the race for Tees Valley mayor with 53.6% of the vote.\n"
    contest = _first_reported(text)
    assert contest.constituency.value == "Tees Valley"
    assert _winner(contest) == "Ada Brook"


def test_one_line_per_ward_with_its_council_bracketed_before_the_outcome() -> None:
    text = (
        "Council by-election results, 14 March\n\n"
        "Tarrow Bank (Harton BC) Lab gain from Con. Majority 212. Turnout 24.1%.\n"
        "Westmere (Dunmore DC) LD hold. Majority 88. Turnout 19.8%.\n"
    )
    contests = _by_seat(text)
    assert set(contests) == {"Tarrow Bank", "Westmere"}
    tarrow, westmere = contests["Tarrow Bank"], contests["Westmere"]
    assert tarrow.majority and tarrow.majority.value == 212 and tarrow.turnout and tarrow.turnout.value == 24.1
    assert westmere.majority and westmere.majority.value == 88 and westmere.turnout and westmere.turnout.value == 19.8
    assert tarrow.winner and tarrow.winner.party and tarrow.winner.party.value == "Labour"


def test_a_party_blogs_round_up_names_each_ward_on_its_council() -> None:
    # no "ward" and no "council by-election": the councils' own names make it a council report
    text = (
        "Lib Dem by-election results this week\n\n"
        "Congratulations to Ann Lowe, who gained Tarrow Bank on Harton Borough Council from the Conservatives. "
        "Lib Dem 612 (44%), Con 400, Lab 376.\n\n"
        "Well done too to Piers Holt, holding Westmere on Dunmore District Council for the Lib Dems. "
        "Lib Dem 455 (51%), Con 367, Lab 70.\n"
    )
    contests = _by_seat(text)
    assert set(contests) == {"Tarrow Bank", "Westmere"}
    assert {c.votes.value for c in contests["Westmere"].candidates if c.votes} == {455, 367, 70}


def test_a_council_named_in_a_parliament_report_does_not_make_it_a_council_report() -> None:
    text = (
        "Labour's Ann Lowe, a member of Harton Borough Council, won the Hartlepool by-election with "
        "12,003 votes and becomes the town's MP.\n"
    )
    assert [c.constituency.value for c in extract_text(text).contests if not c.mention_only] == ["Hartlepool"]


def _elected(contest: Contest) -> list[tuple[str | None, float | None, bool]]:
    return [
        (c.name.value if c.name else None, c.votes.value if c.votes else None, c.elected is not None)
        for c in contest.candidates
    ]


def test_several_named_as_elected_together_are_each_elected_and_the_first_is_the_winner() -> None:
    text = (
        "Council by-election\n\nIn Tarrow Bank, Ann Lowe (Lab) 1,204 and Tom Reid (Lab) 1,101 were elected; "
        "Ivo Senna (Con) polled 800.\n"
    )
    contest = _first_reported(text)
    assert contest.constituency.value == "Tarrow Bank"
    assert _elected(contest) == [("Ann Lowe", 1204, True), ("Tom Reid", 1101, True), ("Ivo Senna", 800, False)]
    assert _winner(contest) == "Ann Lowe"


def test_a_pair_of_tallies_after_two_names_elected_together_is_theirs_in_turn() -> None:
    text = (
        "Council by-election\n\nLabour's Ann Lowe and Tom Reid were elected in the two-seat Tarrow Bank ward "
        "by-election, with 1,204 and 1,101 votes.\n"
    )
    contest = _first_reported(text)
    assert _elected(contest) == [("Ann Lowe", 1204, True), ("Tom Reid", 1101, True)]


def test_one_elected_and_another_beaten_is_one_winner() -> None:
    text = "Council by-election\n\nAnn Lowe was elected in Tarrow Bank ward with 1,204 votes; Tom Reid polled 1,101.\n"
    contest = _first_reported(text)
    assert [elected for *_, elected in _elected(contest)] == [False, False]
    assert _winner(contest) == "Ann Lowe"


def _named(contest: Contest) -> list[tuple[str | None, str | None, float | None]]:
    return [
        (c.name.value if c.name else None, c.party.value if c.party else None, c.votes.value if c.votes else None)
        for c in contest.candidates
    ]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Labour won Tarrow Bank ward, where Ivo Senna secured 1,204 votes.", "Labour"),
        ("The Lib Dems held Tarrow Bank ward, where Ivo Senna polled 1,204 votes.", "Liberal Democrats"),
    ],
)
def test_the_tally_in_a_where_clause_of_a_seat_a_party_won_is_its_winners(sentence: str, party: str) -> None:
    contest = _first_reported(f"Council by-election\n\n{sentence}\n")
    assert _named(contest) == [("Ivo Senna", party, 1204)]
    assert _winner(contest) == "Ivo Senna"


def test_a_runner_up_in_a_where_clause_is_not_the_winning_partys() -> None:
    text = "Council by-election\n\nLabour held Tarrow Bank ward, where Ivo Senna came second with 900 votes.\n"
    assert ("Ivo Senna", None, 900) in _named(_first_reported(text))


def test_a_seat_lost_to_a_named_independent_is_that_independents_win() -> None:
    text = (
        "Council by-election\n\nThe Conservatives lost Tarrow Bank ward to an independent, Ivo Senna, "
        "who polled 1,204 votes.\n"
    )
    contest = _first_reported(text)
    assert _winner(contest) == "Ivo Senna"
    assert _named(contest) == [("Ivo Senna", "Independent", 1204)]


def test_a_partys_possessive_before_several_elected_is_each_ones_party() -> None:
    text = "Council by-election\n\nSinn Fein's Ann Lowe, Tom Reid and Ivo Senna were elected in Tarrow Bank ward.\n"
    contest = _first_reported(text)
    assert {party for _, party, _ in _named(contest)} == {"Sinn Fein"}
    assert len(contest.candidates) == 3


def test_a_gain_for_a_party_in_a_ward_names_that_partys_winner() -> None:
    text = "Council by-election\n\nIt was a gain for the Greens in Tarrow Bank ward, where Ivo Senna won 1,204 votes.\n"
    contest = _first_reported(text)
    assert _winner(contest) == "Ivo Senna"
    assert _named(contest) == [("Ivo Senna", "Green", 1204)]


def test_a_gain_for_a_party_whose_leader_lost_elsewhere_wins_no_seat_there() -> None:
    text = (
        "Council by-election\n\nThe Greens took Tarrow Bank ward with 1,204 votes. It was a rare gain for the "
        "Greens, whose leader Ann Lowe lost Westmere ward to Labour.\n"
    )
    westmere = next((c for c in extract_text(text).contests if c.constituency.value == "Westmere"), None)
    assert (
        westmere is None
        or westmere.winner is None
        or westmere.winner.party is None
        or (westmere.winner.party.value != "Green")
    )


def test_a_table_of_contests_gives_each_row_its_ward_council_outcome_and_majority() -> None:
    text = (
        "Council by-election results, 14 March\n\n"
        "| Ward | Council | Result | Majority |\n|---|---|---|---|\n"
        "| Tarrow Bank | Harton BC | Lab gain from Con | 212 |\n"
        "| Westmere | Dunmore DC | LD hold | 88 |\n"
    )
    result = extract_text(text)
    contests = {c.constituency.value: c for c in result.contests if not c.mention_only}
    assert set(contests) == {"Tarrow Bank", "Westmere"}
    assert {seat: c.majority.value for seat, c in contests.items() if c.majority} == {
        "Tarrow Bank": 212,
        "Westmere": 88,
    }
    assert {seat: c.body.value for seat, c in contests.items() if c.body} == {
        "Tarrow Bank": "Harton BC",
        "Westmere": "Dunmore DC",
    }
    winners = {seat: c.winner.party.value for seat, c in contests.items() if c.winner and c.winner.party}
    assert winners == {"Tarrow Bank": "Labour", "Westmere": "Liberal Democrats"}
    evidence_round_trips(result, text)


def test_a_tab_separated_table_of_contests_names_each_rows_winner_votes_and_turnout() -> None:
    text = (
        "Council by-election results\n\nWard\tCouncil\tWinner\tParty\tVotes\tMajority\tTurnout\n"
        "Tarrow Bank\tHarton BC\tAnn Lowe\tLab\t612\t212\t24.1%\n"
        "Westmere\tDunmore DC\tPiers Holt\tLD\t455\t88\t19.8%\n"
    )
    contests = _by_seat(text)
    assert {seat: _named(c) for seat, c in contests.items()} == {
        "Tarrow Bank": [("Ann Lowe", "Labour", 612)],
        "Westmere": [("Piers Holt", "Liberal Democrats", 455)],
    }
    assert {seat: c.turnout.value for seat, c in contests.items() if c.turnout} == {
        "Tarrow Bank": 24.1,
        "Westmere": 19.8,
    }


def test_a_table_of_seats_with_no_result_or_winner_column_reports_no_contest() -> None:
    # a party's target seats and the majorities it must overturn: no result of these seats
    text = "Labour target seats\n\n| Seat | Party | Majority |\n|---|---|---|\n| Hartlepool | Con | 6,940 |\n"
    assert [c for c in extract_text(text).contests if c.majority] == []


def test_a_member_beaten_by_a_named_independent_names_that_independent_the_winner() -> None:
    # the same reading of "an independent, <name>" as "lost X to an independent, <name>"
    text = "Council by-election\n\nLabour's Tom Reid was beaten by an independent, Ann Lowe, in Tarrow Bank ward.\n"
    contest = _first_reported(text)
    assert _winner(contest) == "Ann Lowe"
    assert _named(contest) == [("Ann Lowe", "Independent", None)]


def test_a_heading_that_ends_on_a_shorthand_outcome_heads_the_prose_under_it() -> None:
    text = (
        "TARROW BANK (Harton) – Lab gain from Con\n\n"
        "Labour's Ivo Senna won comfortably with 1,876 votes. The Conservative, Ruth Amery, fell back to 1,204.\n\n"
        "Eastmoor (Harton) – LD hold\n\n"
        "Ann Lowe held the ward for the Liberal Democrats with 944 votes."
    )
    contests = _by_seat(text)
    assert set(contests) == {"Tarrow Bank", "Eastmoor"}
    assert _winner(contests["Tarrow Bank"]) == "Ivo Senna"
    assert _winner(contests["Eastmoor"]) == "Ann Lowe"
    assert contests["Tarrow Bank"].result and contests["Tarrow Bank"].result.value == "gain"


@pytest.mark.parametrize(
    "heading",
    [
        "TARROW BANK (Harton) – Library to close",  # no outcome
        "Politics: Labour holds steady in polls",  # a party's verb, not the shorthand "Lab hold"
    ],
)
def test_a_heading_over_prose_without_a_shorthand_outcome_is_no_heading(heading: str) -> None:
    text = f"{heading}\n\nHarton Council says 1,876 residents signed a petition about the library in Tarrow Bank."
    assert _headings(text) == []


def test_a_tables_header_row_between_a_heading_and_its_results_keeps_the_block() -> None:
    text = (
        "TARROW BANK - Harton City Council\n"
        "Party   Candidate   Votes\n"
        "Independent    Ivo Senna      1,021\n"
        "Labour         Ruth Amery       884\n"
        "Independent gain from Labour"
    )
    contest = _first_reported(text)
    assert contest.constituency.value == "Tarrow Bank"
    assert _winner(contest) == "Ivo Senna"
    assert tallies(contest) == {
        "Ivo Senna": 1021,
        "Ruth Amery": 884,
    }


def test_a_contests_title_line_and_a_table_whose_name_cells_the_model_half_saw() -> None:
    # the model knows few surnames like "Obi": the candidate cell is the name, whatever it tagged
    text = (
        "Tarrow Bank by-election\nCandidate | Party | Votes\nIvo Senna | Independent | 1,021\nRuth Obi | Labour | 884"
    )
    contest = _first_reported(text)
    assert contest.constituency.value == "Tarrow Bank"
    assert [c.name.value for c in contest.candidates if c.name] == ["Ivo Senna", "Ruth Obi"]


@pytest.mark.parametrize("title", ["GENERAL ELECTION 2024", "Assembly elections 2022", "COUNCIL BY-ELECTION: 2023"])
def test_a_results_pages_title_and_its_year_is_no_candidate_and_no_tally(title: str) -> None:
    for text in (
        f"{title}\nBristol West\nIvo Senna has held Bristol West since 2015.",
        f"{title}\nBELFAST EAST (5 seats)\nIvo Senna (Alliance) 11,611 ELECTED\nRuth Amery (DUP) 7,870 ELECTED",
    ):
        named = [c.name.value for contest in extract_text(text).contests for c in contest.candidates if c.name]
        assert all("lection" not in name for name in named), named


def test_one_line_entries_name_their_ward_before_a_colon_and_their_council_makes_them_council_contests() -> None:
    text = (
        "Harton LBC, Tarrow Bank: LD 1,423 (48.0%), Con 1,101 (37.1%). LD GAIN from Con.\n"
        "Wakefield MBC, Hemsworth: Reform 1,402 (46.5%), Lab 1,093 (36.3%). Reform GAIN from Lab. Maj 309."
    )
    contests = _by_seat(text)
    assert set(contests) == {"Tarrow Bank", "Hemsworth"}
    # Hemsworth is a Westminster name too; the heading's council says which contest this was
    assert {c.constituency.value: c.contest_type.value for c in contests.values() if c.contest_type} == {
        "Tarrow Bank": "council",
        "Hemsworth": "council",
    }
    assert contests["Hemsworth"].majority and contests["Hemsworth"].majority.value == 309


@pytest.mark.parametrize("line", ["Result: Lab 1,204, Con 987.", "Thursday's results: Lab 1,204, Con 987."])
def test_a_label_before_a_colon_is_no_ward(line: str) -> None:
    assert _headings(line) == []


def test_a_round_ups_line_of_parties_with_their_candidates_bracketed_gives_each_tally() -> None:
    text = (
        "KELVINBROOK (Harton) – Ref gain from Lab\n"
        "Ref (Shane Morrow) 701 (39.9%, new); Lab (Bev Kemble) 640 (36.5%, -14.2); Con (Andrew Nightly) 318 "
        "(18.1%, -20.1); Grn (Lila Fawkes) 96 (5.5%, -5.6).\n"
        "Majority 61, turnout 23.7%."
    )
    [kelvinbrook] = extract_text(text).contests
    assert kelvinbrook.winner and kelvinbrook.winner.name and kelvinbrook.winner.name.value == "Shane Morrow"
    assert {c.name.value: (c.party.value if c.party else None) for c in kelvinbrook.candidates if c.name} == {
        "Shane Morrow": "Reform UK",
        "Bev Kemble": "Labour",
        "Andrew Nightly": "Conservative",
        "Lila Fawkes": "Green",
    }
    assert tallies(kelvinbrook) == {"Shane Morrow": 701, "Bev Kemble": 640, "Andrew Nightly": 318, "Lila Fawkes": 96}


def test_a_region_bracketed_after_a_party_is_no_candidate() -> None:
    text = "Ann Lee won the Abbey ward by-election for Labour.\nLab (North West) 1,204 (48.3%); Con (South East) 520."
    names = [c.name.value for x in extract_text(text).contests for c in x.candidates if c.name]
    assert "North West" not in names and "South East" not in names
