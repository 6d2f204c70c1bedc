"""Council reports: wards named by their noun, constituency names read as towns, and the one-sided
score pair ("won by 812 votes to 163"). Invented wards, councils and people throughout."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.core.records import ArticleResult

from tests.conftest import tallies


def _contests(result: ArticleResult) -> dict[str, dict[str | None, float | None]]:
    return {
        c.constituency.value: {
            (x.party.value if x.party else None): (x.votes.value if x.votes else None) for x in c.candidates
        }
        for c in result.contests
        if not c.mention_only
    }


def test_a_ward_named_by_its_noun_in_a_council_report_is_the_contest_not_the_town_around_it() -> None:
    text = (
        "Liberal Democrats took a seat at Cambridge (Fenbrook ward) after a Labour councillor stood "
        "down.\n\nVoting was: LD 812, Lab 301, Green 155."
    )
    assert _contests(extract_text(text)) == {"Fenbrook": {"Liberal Democrats": 812, "Labour": 301, "Green": 155}}


def test_a_gazetteer_name_inside_a_wards_name_is_part_of_the_ward() -> None:
    text = (
        "Cllr Mina Shah gained Bedford North ward from the Conservatives for the Lib Dems.\n\n"
        "Liberal Democrats (Mina Shah): 702 (40.1%)\n\nConservative: 650 (37.1%)\n"
    )
    assert set(_contests(extract_text(text))) == {"Bedford North"}


def test_a_ward_mentioned_in_a_westminster_report_is_a_place_not_a_contest() -> None:
    text = (
        "Dr Ana Field is the new MP for Bedford after winning 17,570 votes. Her Liberal Democrat rival "
        "spent the month knocking on doors in Castle ward and finished with 3,606 votes."
    )
    assert "Castle" not in _contests(extract_text(text))


def test_a_won_by_score_pair_gives_the_winner_the_first_tally_and_no_one_the_second() -> None:
    text = (
        "The by-election for the Ashcombe Ward was a straight fight between Labour's Ada Brook and "
        "Conservative Tom Reed.\n\nThe Conservative candidate won it by 812 votes to 163, on a 49.6 per cent turnout."
    )
    (contest,) = extract_text(text).contests
    assert contest.constituency.value == "Ashcombe"
    assert contest.majority is None  # 812 is a tally here, not the margin
    # the straight fight names both candidates; the Tory candidate's tally is Tom Reed's, and the 151
    # is no one's
    assert {
        (c.name.value if c.name else None, c.party.value if c.party else None, c.votes.value if c.votes else None)
        for c in contest.candidates
    } == {("Tom Reed", "Conservative", 812), ("Ada Brook", "Labour", None)}


def test_a_change_from_one_figure_to_another_is_no_score_pair() -> None:
    text = (
        "Labour's Sam Orr won Hartlepool with 18,290 votes, a majority of 1,554. "
        "UKIP's vote collapsed from more than 5,000 to 1,129."
    )
    votes = _contests(extract_text(text))["Hartlepool"]
    assert votes.get("UKIP") == 1129


def test_a_wire_reports_voting_list_reads_each_abbreviation_with_its_tally() -> None:
    text = (
        "The Lib Dems won by 37 votes in a by-election in the Larkfield ward, called after a Tory "
        "councillor died.\n\nVoting was: LD 1,095, C 1,058, Green 132, Lab 69. The turnout was 36.4%."
    )
    assert _contests(extract_text(text)) == {
        "Larkfield": {"Liberal Democrats": 1095, "Conservative": 1058, "Green": 132, "Labour": 69}
    }


def test_a_single_letter_outside_a_voting_list_is_no_party() -> None:
    text = "The Larkfield ward by-election was held on Thursday. Pupils scored grade C 5 times in the mock poll."
    assert _contests(extract_text(text)) == {}


def test_a_re_elected_member_won_and_held_the_seat_before() -> None:
    text = "In Dumfriesshire, Labour's Ellen Murray was re-elected with 13,536 votes."
    (contest,) = extract_text(text).contests
    assert contest.winner and contest.winner.name and contest.winner.name.value == "Ellen Murray"
    member = contest.previous_member
    assert member and member.name and member.name.value == "Ellen Murray"


def test_names_and_seats_said_to_be_respective_are_paired_in_order() -> None:
    text = (
        "The SNP's Ailsa Crane and Rob Dunmore were both re-elected to their respective seats of "
        "Aberdeen Central and Aberdeen Donside.\n\nMs Crane received 16,070 votes."
    )
    contests = extract_text(text).contests
    winners = {c.constituency.value: c.winner.name.value for c in contests if c.winner and c.winner.name}
    assert winners == {"Aberdeen Central": "Ailsa Crane", "Aberdeen Donside": "Rob Dunmore"}


def test_a_winner_only_said_to_have_been_elected_before_is_not_the_previous_member() -> None:
    text = "Labour's Ellen Murray won Dumfriesshire with 13,536 votes. She was first elected to Holyrood in 2003."
    (contest,) = extract_text(text).contests
    assert contest.previous_member is None


def test_the_place_a_new_councillor_is_elected_for_is_the_ward() -> None:
    text = (
        "Counting has finished in the contest to be the new district councillor for Hillmead, "
        "Northam.\n\nLib Dem Ruth Amos was elected with 612 votes. Turnout in the ward was 24.1%."
    )
    assert set(_contests(extract_text(text))) == {"Hillmead"}


def test_a_councillor_for_a_place_in_a_westminster_report_names_no_ward() -> None:
    text = "Labour's Dan Ives, a councillor for Hillmead, won the Hartlepool by-election with 12,040 votes."
    assert set(_contests(extract_text(text))) == {"Hartlepool"}


def test_a_seat_regained_by_a_number_of_votes_was_won_by_that_majority() -> None:
    text = (
        "The Tories regained a seat on Wenlow Council by 58 votes when the Ashby Vale ward went to the polls.\n\n"
        "Voting was: C 517, Lab 459. Turnout 28%."
    )
    (contest,) = extract_text(text).contests
    assert contest.majority is not None and contest.majority.value == 58
    assert _contests(extract_text(text)) == {"Ashby Vale": {"Conservative": 517, "Labour": 459}}


def test_the_ward_whose_voters_a_council_report_speaks_of_is_the_contest() -> None:
    text = (
        "More than a fifth of residents in Hillmead turned out for last Thursday's by-election.\n\n"
        "Conservative Tony Ash is the ward's new councillor, having won with 686 votes."
    )
    assert set(_contests(extract_text(text))) == {"Hillmead"}


def test_a_later_count_stage_list_is_not_the_first_preferences() -> None:
    text = (
        "Voters in Glenmore North braved the snow for the council by-election, and the SNP's Ada Reid won.\n\n"
        "SNP 815 (36.4%, -2.8)\nCon 731 (32.6%, +6.9)\nLab 519 (23.2%, -2.4)\n\n"
        "Now to the final two candidates left after transfers;\n\n"
        "SNP 1,046 (46.7%)\nCon 852 (38.0%)\n\n"
        "A lot fewer votes were exhausted than last year, and almost all of them went to the SNP in the end."
    )
    assert _contests(extract_text(text)) == {"Glenmore North": {"SNP": 815, "Conservative": 731, "Labour": 519}}


def test_a_list_introduced_as_an_earlier_elections_results_is_not_this_contests() -> None:
    text = (
        "Labour's Chris Ward won Hartlepool with 17,893 votes, ahead of the Conservatives' Kim Vale on 8,230.\n\n"
        "The result four years ago was as follows.\n"
        "Joe Miller (Conservative) 16,972\n"
        "Lloyd Russ (Labour) 25,033\n"
    )
    assert _contests(extract_text(text)) == {"Hartlepool": {"Labour": 17893, "Conservative": 8230}}


def test_a_list_introduced_for_this_election_is_read() -> None:
    text = (
        "Labour's Chris Ward won Hartlepool. The results were as follows.\n"
        "Kim Vale (Conservative) 8,230\n"
        "Chris Ward (Labour) 17,893\n"
    )
    assert _contests(extract_text(text)) == {"Hartlepool": {"Labour": 17893, "Conservative": 8230}}


def test_a_candidate_called_ward_makes_no_council_report_and_no_ward() -> None:
    text = "Labour's Chris Ward won the Hartlepool by-election with 17,893 votes, 9,663 ahead of Kim Vale."
    assert set(_contests(extract_text(text))) == {"Hartlepool"}


def test_two_members_re_elected_to_two_seats_pair_in_order() -> None:
    text = "In the city, Ana Robb and Joe Fitz were re-elected to the Glasgow Kelvin and Glasgow Southside seats."
    contests = extract_text(text).contests
    winners = {c.constituency.value: c.winner.name.value for c in contests if c.winner and c.winner.name}
    assert winners == {"Glasgow Kelvin": "Ana Robb", "Glasgow Southside": "Joe Fitz"}


def test_a_new_candidate_who_held_on_to_the_seat_is_not_its_previous_member() -> None:
    text = "Labour's Kim Lee held on to the Hartlepool seat with 12,918 votes, a majority of 417."
    (contest,) = extract_text(text).contests
    assert contest.previous_member is None


def test_a_ward_placed_in_its_council_is_the_contest() -> None:
    text = (
        "Both of this month's council by-elections were in the Highlands, starting with Glenmore and Arisaig in "
        "Highland Council itself.\n\nLib Dem – 612 (29.8%, +18.4)\nSNP – 539 (26.3%, +2.6)\n"
    )
    assert _contests(extract_text(text)) == {"Glenmore and Arisaig": {"Liberal Democrats": 612, "SNP": 539}}


def test_a_ward_in_a_westminster_report_placed_in_its_council_is_no_contest() -> None:
    text = "The MP for Hartlepool, Ann Cole, won 12,040 votes; she lives in Fens in Hartlepool Borough Council's area."
    assert set(_contests(extract_text(text))) == {"Hartlepool"}


@pytest.mark.parametrize(
    ("text", "ward"),
    [
        pytest.param(  # a town's possessive before the ward is no part of its name
            "In Doncaster's Wheatley Hills ward, Labour's Nia Orton won 877 votes to 612 for Reform UK.\n\n"
            "It was the council's third by-election this year.",
            "Wheatley Hills",
            id="town-possessive",
        ),
        pytest.param(  # a title's is ("Bishop" is also a word of "Bishop Auckland")
            "Labour's Eli Brandt held Bishop's Meadow ward with 702 votes.\n\nThe council by-election was quiet.",
            "Bishop's Meadow",
            id="title-possessive",
        ),
        pytest.param(  # "the <name> division of <council>" after a win verb; "Town" before "division"
            "The Greens gained the Alderby Town division of Norshire County Council from the Conservatives. "
            "Rosa Mint won by 131 votes.\n\nBoth parties fought the council by-election hard.",
            "Alderby Town",
            id="division-of-council",
        ),
        pytest.param(  # "<win verb> <name> on <council>"
            "The Liberal Democrats took Cressbrook Vale on Hollin District Council from Labour, with Ian Poole "
            "polling 588 votes.\n\nIt was a council by-election.",
            "Cressbrook Vale",
            id="ward-on-council",
        ),
        pytest.param(
            "Kettering: the Lib Dems have taken Pine Cross from Labour by 48 votes.\n\n"
            "Turnout in the council by-election was 30.1%.",
            "Pine Cross",
            id="taken-from",
        ),
        pytest.param(  # "Town" of "Rutmere Town Council" is the council's
            "Labour held Oakham Town ward on Rutmere Town Council with 411 votes.\n\nIt was a council by-election.",
            "Oakham Town",
            id="town-council",
        ),
    ],
)
def test_a_ward_a_council_report_names_in_prose_is_its_contest(text: str, ward: str) -> None:
    assert set(_contests(extract_text(text))) == {ward}


@pytest.mark.parametrize(
    "sentence",
    [
        "In Colchester, the Lib Dems held Hollowmead with 812 votes.",  # a win verb, then "with" a tally
        "Hollowmead, in Colchester, was a Lib Dem hold: Jo Bell won 812 votes.",  # a sentence opening on its outcome
        # "<name> ward" after a comma
        "On Colchester council, Hollowmead ward went to the Lib Dems, Jo Bell polling 812.",
        "Hollowmead ward stayed Lib Dem, with Jo Bell on 812 votes.",  # ... or opening a sentence
        "There was a Lib Dem hold in Hollowmead, where Jo Bell polled 812 votes.",  # "a <party> hold in <name>"
        "The Hollowmead ward by-election in Colchester was won by Jo Bell with 812 votes.",  # "The" opening it
        "Lib Dem Jo Bell was elected in Hollowmead with 812 votes.",
        "Jo Bell (Lib Dem) topped the poll in Hollowmead with 812 votes.",
        "The Lib Dems' Jo Bell romped home in Hollowmead with 812 votes.",
    ],
)
def test_a_round_ups_sentence_names_its_ward_however_it_opens(sentence: str) -> None:
    result = extract_text(f"Council by-election round-up\n\n{sentence} Labour's Sam Reed had 402.\n")
    assert set(_contests(result)) == {"Hollowmead"}


def test_a_dummy_subject_is_no_ward() -> None:
    result = extract_text("Council by-election round-up\n\nThere was a Lib Dem hold. Jo Bell polled 812 votes.\n")
    assert "There" not in {c.constituency.value for c in result.contests}


@pytest.mark.parametrize(
    ("text", "ward"),
    [
        (
            "Labour gained the Kelvin/Ardlair ward from the SNP. Ann Reid (Lab) 2,011; Tom Hay (SNP) 1,800.",
            "Kelvin/Ardlair",
        ),
        (
            "Kelvin East/Ardlair (Dunmore) - Lab GAIN from SNP\nAnn Reid (Lab) 2,011\nTom Hay (SNP) 1,800",
            "Kelvin East/Ardlair",
        ),
        ("KELVIN/ARDLAIR WARD (Dunmore) – SNP hold\nAnn Reid (SNP) 2,011\nTom Hay (Lab) 1,800", "Kelvin/Ardlair"),
        ("Kelvin/Ardlair/Moss: SNP hold. Ann Reid (SNP) 2,011, Tom Hay (Lab) 1,800.", "Kelvin/Ardlair/Moss"),
    ],
)
def test_a_scottish_ward_that_joins_places_with_a_slash_is_one_contest(text: str, ward: str) -> None:
    (contest,) = extract_text(text).contests
    assert contest.constituency.value == ward
    assert tallies(contest) == {
        "Ann Reid": 2011,
        "Tom Hay": 1800,
    }


def test_places_joined_by_a_slash_outside_a_contest_are_no_ward() -> None:
    assert (
        extract_text("Kelvin/Ardlair residents have complained about parking for years, the council said.").contests
        == []
    )


def test_wards_named_with_their_town_in_brackets_are_the_contests_of_a_round_up() -> None:
    # no "council" anywhere: the bracketed towns make it a council report
    text = (
        "Three by-elections on Thursday.\n\n"
        "In Tarrow Bank (Sheffield), Labour held on. Ivo Senna polled 1,190 votes to 1,022 for Reform UK's "
        "Ruth Amery, a majority of 168.\n\n"
        "Kelvin North (Shropshire) was the closest contest of the night. The Liberal Democrats gained the seat "
        "from the Conservatives, Ann Lowe polling 734 votes."
    )
    contests = _contests(extract_text(text))
    assert set(contests) == {"Tarrow Bank", "Kelvin North"}
    assert contests["Tarrow Bank"] == {"Labour": 1190, "Reform UK": 1022}


def test_a_person_with_a_town_in_brackets_is_no_ward() -> None:
    text = "Labour's Ann Cole (Hartlepool) won 12,040 votes in the by-election, a majority of 2,100."
    assert set(_contests(extract_text(text))) == {"Hartlepool"}


# A columnist's week of by-elections: wards named as the prose goes, each with its winner's figure.
COLUMN = "This week's council by-elections brought mixed news for Labour."


@pytest.mark.parametrize(
    ("sentence", "ward"),
    [
        # the sentence opens on the ward, its town set off by commas, then the outcome
        (
            "In Kelvinbrook, on the southern edge of the old town of Harton, Reform gained a seat from Labour "
            "with 1,204 votes.",
            "Kelvinbrook",
        ),
        ("In Kelvinbrook the Greens gained the seat from Labour, polling 1,204 votes.", "Kelvinbrook"),
        # the ward's town after "in", before the party it was won from
        ("Reform also gained Kelvinbrook in Harton from Labour with 1,204 votes.", "Kelvinbrook"),
        # a description that calls the name a ward
        (
            "The best result came from Kelvinbrook, in Harton, a leafy ward of big houses. Labour won 1,204 votes.",
            "Kelvinbrook",
        ),
        (
            "Then there is Fenwick Moor in Harton, historically the town's safest Tory ward. Labour won 1,204 votes.",
            "Fenwick Moor",
        ),
    ],
)
def test_a_columns_wards_are_found_as_its_prose_names_them(sentence: str, ward: str) -> None:
    assert set(_contests(extract_text(f"{COLUMN} {sentence}"))) == {ward}


def test_a_town_after_a_won_ward_leaves_the_party_it_was_won_from() -> None:
    result = extract_text(f"{COLUMN} Reform also gained Kelvinbrook in Harton from Labour with 1,204 votes.")
    gained = [
        (c.result.value if c.result else None, c.gained_from.value if c.gained_from else None) for c in result.contests
    ]
    assert gained == [("gain", "Labour")]


def test_a_person_described_as_the_wards_councillor_is_no_ward() -> None:
    text = f"{COLUMN} Jo Ashworth, a Labour councillor for the ward, won 1,204 votes in the Abbey ward by-election."
    assert set(_contests(extract_text(text))) == {"Abbey"}


def test_a_round_ups_shorthand_lines_report_their_wards() -> None:
    text = (
        f"{COLUMN}\nKelvinbrook (Harton): Green gain from Lab. Shares: Green 45, Lab 33.\n"
        "Fenwick Moor (Harton): Lab hold."
    )
    result = extract_text(text)
    outcomes = {
        c.constituency.value: c.result.value if c.result else None for c in result.contests if not c.mention_only
    }
    assert outcomes == {"Kelvinbrook": "gain", "Fenwick Moor": "hold"}


def test_a_headline_holding_a_ward_in_its_towns_by_election_names_the_ward() -> None:
    text = (
        "Liberal Democrats hold Kelvinbrook in Harton borough by-election\n\n"
        "The Liberal Democrats held a seat on Harton Borough Council on Thursday. Fiona Marsh was elected "
        "with 684 votes."
    )
    assert set(_contests(extract_text(text))) == {"Kelvinbrook"}


def test_a_sentence_opening_on_the_place_that_voted_in_a_by_election_names_it() -> None:
    text = (
        "Kelvinbrook voted on Thursday in a Harton Borough Council by-election caused by a resignation. "
        "Labour held the seat, with Kelvin Strode taking 1,043 votes."
    )
    assert set(_contests(extract_text(text))) == {"Kelvinbrook"}


def test_a_party_or_a_town_that_voted_outside_a_by_election_is_no_ward() -> None:
    text = "Labour voted on Thursday to back the budget. Harton voted for change in 2019, when Ann Lee won 1,043 votes."
    assert not any(c.constituency.value in ("Labour", "Harton") for c in extract_text(text).contests)


def test_a_headlines_seat_does_not_run_on_into_in_by_election() -> None:
    text = (
        "Breaking news: Labour take Kingswood in by-election\n\nLabour's Damien Egan won Kingswood with 11,176 votes."
    )
    assert set(_contests(extract_text(text))) == {"Kingswood"}
