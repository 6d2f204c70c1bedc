"""Mayoralties and police areas as contests (invented candidates; the areas are real ones)."""

from __future__ import annotations

from electext import extract_paths
from electext.api import extract_text
from electext.core.records import ArticleResult
from electext.lexicon.resources import load_resources

from tests.conftest import ROOT, candidates, reported


def _contests(text: str) -> dict[str, str | None]:
    return {
        c.constituency.value: (c.winner.name.value if c.winner and c.winner.name else None)
        for c in extract_text(text).contests
        if not c.mention_only
    }


def test_a_metro_mayors_area_is_the_contest_and_its_towns_are_not() -> None:
    text = (
        "Voters chose new metro mayors on Thursday.\n\n"
        "Labour's Dana Whitlow was elected mayor of Liverpool City Region with 164,800 votes, on a "
        "turnout of 27%. In Halton only 19.4% of voters took part.\n\n"
        "Conservative Rob Tennant was declared winner in the West of England with 68,900 votes."
    )
    contests = _contests(text)
    assert contests == {"Liverpool City Region": "Dana Whitlow", "West of England": "Rob Tennant"}


def test_a_police_area_heading_names_the_commissioners_contest() -> None:
    text = (
        "Results of the police and crime commissioner elections.\n"
        "Avon & Somerset (Con GAIN from Ind)\n"
        "Mark Tolley (Con) 136,900 (34.7%)\n"
        "Kerry Bryce (Lab) 93,400 (23.7%)\n"
        "Bedfordshire (Con HOLD)\n"
        "Festus Obi (Con) 51,700 (42.4%)\n"
        "David Mole (Lab) 42,700 (35.0%)\n"
    )
    assert set(_contests(text)) == {"Avon and Somerset", "Bedfordshire"}


def test_a_general_election_report_naming_a_deputy_mayor_stays_a_westminster_report() -> None:
    text = (
        "The Conservatives' Shona Reid won Hartlepool with 14,526 votes, ahead of Labour's candidate, a "
        "former deputy mayor of London. The MP said voters had spoken."
    )
    assert set(_contests(text)) == {"Hartlepool"}


def test_declared_the_winner_names_the_winner() -> None:
    text = "Tory candidate Lena Ross was declared the winner in Hartlepool after a recount, with 9,120 votes."
    assert _contests(text) == {"Hartlepool": "Lena Ross"}


def test_a_winners_past_of_several_parties_is_not_the_party_she_won_for() -> None:
    text = (
        "Ana Pell took the Hartlepool by-election for Reform UK by a margin of eight votes.\n\n"
        "Ms Pell, who was a Conservative councillor and then an Independent councillor, was declared the "
        "winner after a recount."
    )
    contest = reported(text)
    assert contest.winner and contest.winner.party and contest.winner.party.value == "Reform UK"


def test_a_holyrood_report_reads_westminster_names_as_its_constituencies() -> None:
    text = (
        "Holyrood 2016: the SNP's Ali Dunn held Dundee East with 19,100 votes, and Labour's Mo Kerr took "
        "Edinburgh North and Leith with 14,300 votes. Both MSPs thanked their teams."
    )
    assert set(_contests(text)) == {"Dundee City East", "Edinburgh Northern and Leith"}


def test_a_westminster_report_keeps_westminster_names_and_no_near_spelling_is_a_holyrood_seat() -> None:
    assert set(_contests("The SNP's Ali Dunn held Dundee East with 19,100 votes. The MP thanked voters.")) == {
        "Dundee East"
    }
    holyrood = "Holyrood: the SNP's Ali Dunn held Glasgow Govan with 9,100 votes. The MSP thanked voters."
    assert "Glasgow Provan" not in _contests(holyrood)


def test_an_assembly_member_deemed_elected_is_the_winner_and_parties_take_their_registered_names() -> None:
    text = (
        "Northern Ireland Assembly election count: in North Antrim, TUV leader Jim Allen was deemed "
        "elected on the first count with 9,100 first preference votes. The MLA thanked voters."
    )
    contest = reported(text)
    assert contest.winner and contest.winner.name and contest.winner.name.value == "Jim Allen"
    assert contest.winner.party and contest.winner.party.value == "Traditional Unionist Voice"


def test_a_welsh_partys_national_label_is_the_party_not_part_of_the_candidates_name() -> None:
    text = "Cardiff North\n\nWelsh Labour Julie Mors 16,766 44.8%\nWelsh Conservative Jayne Cove 13,099 35.0%\n"
    contest = next(c for c in extract_text(text).contests if not c.mention_only)
    names = {c.name.value: c.party.value for c in contest.candidates if c.name and c.party}
    assert names == {"Julie Mors": "Labour", "Jayne Cove": "Conservative"}


def test_a_victory_named_with_its_owner_and_seat_names_the_winner() -> None:
    text = (
        "Scottish Conservative leader Ruth Dale's victory in Hartlepool was among the night's biggest "
        "talking points. The Conservatives took 12,040 votes there."
    )
    assert _contests(text) == {"Hartlepool": "Ruth Dale"}


def test_a_victory_set_at_another_time_names_no_winner_here() -> None:
    text = "Labour's Ann Cole won Hartlepool with 12,040 votes. It recalls Doug Carr's victory in Clacton last month."
    winners = {c.constituency.value: c.winner for c in extract_text(text).contests}
    assert winners.get("Clacton") is None


def test_a_seat_with_its_compass_point_first_is_that_seat() -> None:
    assert set(_contests("Sinn Fein's Jo Finn won North Belfast with 23,078 votes.")) == {"Belfast North"}


def test_a_compass_first_name_that_is_a_seat_of_its_own_stays_that_seat() -> None:
    assert set(_contests("Alliance's Sam Farr won North Down with 18,358 votes.")) == {"North Down"}


def test_a_police_area_in_capitals_is_that_area() -> None:
    text = (
        "Police and crime commissioner results.\n\n"
        "AVON AND SOMERSET: Lab GAIN from Con\nCara Mole (Lab) 120,400 votes. Mark Shelton (Con) 98,300.\n"
    )
    assert set(_contests(text)) == {"Avon and Somerset"}


def test_an_old_by_election_the_seat_once_had_is_no_official_alarm_for_another_contest() -> None:
    """An Assembly count that mentions a by-election its winner once fought is no Westminster contest:
    there was no Westminster poll in the seat in the weeks before it, so nothing official is compared."""
    article = ROOT / "corpus" / "articles" / "m-belfast-west-2016-assembly-count.txt"
    (result,) = extract_paths([article])
    assert isinstance(result, ArticleResult)
    assert [check.id for check in result.checks if check.status == "fail"] == []
    (match,) = [m for m in result.official if m.contest == "Belfast West"]
    assert match.status == "not_covered" and match.date is None


def test_a_holyrood_constituency_named_like_an_abolished_westminster_seat_is_read_in_its_year() -> None:
    # Edinburgh Central left Westminster's map in 2005 and stayed on Holyrood's
    text = "Holyrood 2016: the Scottish Conservatives' Ali Dunn won Edinburgh Central by 610 votes. The MSP thanked us."
    assert _contests(text) == {"Edinburgh Central": "Ali Dunn"}
    dated = extract_text(text, metadata={"published": "2016-05-06"}).contests
    assert [c.constituency.value for c in dated if not c.mention_only] == ["Edinburgh Central"]


def test_a_mayors_round_up_that_names_a_constituency_once_is_still_a_mayoral_report() -> None:
    text = (
        "MAYORS: THE RESULTS AT A GLANCE\n\nEvery mayoral contest below was run under first past the post.\n\n"
        "NORTH EAST\nLab  Dana Whitlow      185,051  (41.3%)\nInd  Rob Tennant       126,652  (28.3%)\n"
        "LAB WIN  |  Maj 58,399\nWhitlow beat the outgoing North of Tyne mayor.\n\n"
        "SOUTH YORKSHIRE\nLab  Ola Kemp   re-elected\nLAB HOLD\n\n"
        "Kemp's mayoralty covers the Prime Minister's own constituency of Richmond.\n"
    )
    contests = _contests(text)
    # the office a seat names describes a person ("the outgoing North of Tyne mayor"); a block's own
    # line of outcome ("LAB HOLD") reports its contest though no figure is given
    assert contests == {"North East": "Dana Whitlow", "South Yorkshire": "Ola Kemp"}


def test_a_by_election_report_that_mentions_a_mayor_is_no_mayoral_report() -> None:
    text = (
        "Labour's Ann Vale took the Batley and Spen by-election with 12,870 votes. The by-election was "
        "called after the constituency's MP became the first mayor of West Yorkshire."
    )
    assert _contests(text) == {"Batley and Spen": "Ann Vale"}


def test_a_senedd_results_list_with_short_party_names_and_a_welsh_name() -> None:
    text = (
        "Senedd election 2021: the results in north Wales\n\n"
        "Plaid HOLD Dwyfor Meirionnydd – with Gareth ap Rhys heading to Cardiff Bay.\n\n"
        "Ynys Môn is another Plaid Cymru HOLD, with Ifan Roberts re-elected once more.\n\n"
        "Clwyd West\n\nDarren Millar – Cons: 11,839\nJosh Hurst – Labour: 8,154\nEuan McGivern – Abolish: 502\n"
    )
    contests = {c.constituency.value: c for c in extract_text(text).contests}
    winners = {seat: c.winner.name.value for seat, c in contests.items() if c.winner and c.winner.name}
    assert winners["Dwyfor Meirionnydd"] == "Gareth ap Rhys"
    assert winners["Ynys Môn"] == "Ifan Roberts"
    parties = {c.name.value: c.party.value for c in contests["Clwyd West"].candidates if c.name and c.party}
    assert parties["Darren Millar"] == "Conservative"
    assert parties["Euan McGivern"] == "Abolish the Welsh Assembly Party"


def test_someone_heading_somewhere_else_than_a_parliament_has_won_nothing() -> None:
    text = "Plaid held Dwyfor Meirionnydd with 14,447 votes, with Ann Vale heading to Cardiff for a match."
    contests = [c for c in extract_text(text).contests if not c.mention_only]
    assert all(not (c.winner and c.winner.name) for c in contests)


def test_a_caption_naming_two_winners_gives_each_their_own_area() -> None:
    text = (
        "Image caption Dana Whitlow took the Liverpool City Region contest, Rob Tennant triumphed in the "
        "West of England\n\nLabour's Dana Whitlow became mayor of Liverpool City Region with 158,420 "
        "votes.\n\nConservative Rob Tennant was named the victor for the West of England with 70,300 votes."
    )
    assert _contests(text) == {"Liverpool City Region": "Dana Whitlow", "West of England": "Rob Tennant"}


def test_a_mayors_tally_beyond_any_seats_electorate_is_read_and_a_national_total_is_not() -> None:
    text = (
        "Dana Whitlow (Labour) kept her post as Greater Manchester's metro mayor, taking 64.8% "
        "(451,390 votes) of the vote.\n\nNationally, Labour won 9,700,000 votes in the local elections."
    )
    contest = reported(text)
    assert [c.votes.value for c in contest.candidates if c.votes] == [451390]


def test_a_tally_beyond_any_seats_electorate_in_a_westminster_report_is_no_candidates() -> None:
    text = "Ann Vale won Hartlepool with 13,872 votes. Across the country Labour won 451,390 votes in by-elections."
    contest = reported(text)
    assert [c.votes.value for c in contest.candidates if c.votes] == [13872]


def test_a_lead_that_says_the_mayoralty_was_won_makes_a_mayors_report() -> None:
    # Parliament is named more often than the mayoralty, but in the winner's career, after the lead
    text = (
        "Labour's Priya Danes was elected mayor of the West of England on Friday, defeating the "
        "Conservative Hugh Marsh by 21,400 votes.\n\n"
        "Danes has been the member of parliament for Bristol West since 2015 and will leave the Commons, "
        "triggering a by-election. Marsh, a former member of parliament, conceded at the count."
    )
    contest = reported(text)
    assert contest.constituency.value == "West of England"
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Priya Danes"


def test_a_lead_naming_a_former_mayor_who_won_a_seat_is_no_mayors_report() -> None:
    text = (
        "The former mayor of Bristol, Jo Kerr, won the Bristol West by-election for Labour with 14,020 "
        "votes.\n\nKerr said she would serve the city in Westminster as she had as its mayor."
    )
    assert reported(text).constituency.value == "Bristol West"


def test_a_later_counts_tally_yields_to_the_first_counts() -> None:
    text = (
        "Labour's Omar Vance was elected mayor of the West of England, beating the Conservative Ruth Pike "
        "by 9,100 votes after second preferences.\n\n"
        "No one won half the first preferences, so the contest went to a second round. Vance finished "
        "with 120,400 votes to Pike's 111,300.\n\n"
        "On the first count Vance had 98,200 votes and Pike 97,100."
    )
    assert {name: row["votes"] for name, row in candidates(reported(text)).items()} == {
        "Omar Vance": 98200,
        "Ruth Pike": 97100,
    }


def test_a_later_counts_tally_stays_where_it_is_the_only_one() -> None:
    text = (
        "Labour's Omar Vance was elected mayor of the West of England on second preferences.\n\n"
        "After the second count Vance had 120,400 votes and the Conservative Ruth Pike 111,300."
    )
    assert {name: row["votes"] for name, row in candidates(reported(text)).items()} == {
        "Omar Vance": 120400,
        "Ruth Pike": 111300,
    }


def test_edging_out_a_rival_by_a_count_after_a_long_clause_is_the_margin() -> None:
    text = (
        "Tim Vosper, a former council leader, was elected mayor of the West of England on Friday, edging "
        "out Labour's Lena Marsh by 2,013 votes."
    )
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 2013
    assert all(c.votes is None for c in contest.candidates)


def test_a_seat_named_by_its_part_of_a_city_the_article_names() -> None:
    text = (
        "Of all the Sheffield seats, Hallam gave Labour the longest night. Nadia Orme won with 21,400 "
        "votes, and the majority was 712."
    )
    contest = reported(text)
    assert contest.constituency.value == "Sheffield Hallam"
    assert contest.majority is not None and contest.majority.value == 712


def test_a_city_part_without_its_city_or_that_is_a_common_word_names_no_seat() -> None:
    assert "Sheffield Hallam" not in _contests("Nadia Orme of Hallam won Barnsley North with 21,400 votes.")
    # "Park" is Richmond Park's part, but a word first: no city part is a short single word
    assert load_resources().city_parts.get("Park") is None
    assert load_resources().city_parts["Perry Barr"] == (
        ("Birmingham", "Birmingham Perry Barr"),
        ("Birmingham", "Birmingham, Perry Barr"),
    )


def test_a_bulletins_lead_past_its_header_lines_says_the_office_was_won() -> None:
    text = (
        "RADIO NEWSROOM - 13:00 BULLETIN\nFriday 6 May 2016\nRead by: the duty newsreader. Running time 2'40\n\n"
        "NEWSREADER: The Conservative Ann Lyle has been elected Lincolnshire's police and crime commissioner, "
        "beating a former minister.\n\nWhen that second round was finished, Ms Lyle was more than 7,000 votes ahead "
        "of her Labour rival. The former minister had sat in the Commons for 20 years."
    )
    contest = reported(text)
    assert contest.constituency.value == "Lincolnshire"
    # "second round" is a stage of the count, not the place of the one ahead
    assert contest.majority is not None and contest.majority.value == 7000


def test_a_police_area_in_a_persons_description_is_their_office_not_a_contest() -> None:
    text = (
        "Labour's Ann Lowe was elected the first mayor of the North East. Ms Lowe, who is currently "
        "Northumbria's police and crime commissioner, took 185,051 votes, 41.3 per cent."
    )
    (contest,) = extract_text(text).contests
    assert contest.constituency.value == "North East"
    assert [c.votes.value for c in contest.candidates if c.votes] == [185051]
