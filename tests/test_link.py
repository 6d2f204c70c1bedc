"""Linking on varied phrasings: each case is a way reporters state a result, written for this test."""

from __future__ import annotations

import pytest
from electext import extract_text
from electext.core.records import ArticleResult, Contest
from electext.extract.linking.context import Context, changed

from tests.conftest import candidates, contest, reported, tallies

pytestmark = pytest.mark.model


def _only(result: ArticleResult) -> Contest:
    reported = [c for c in result.contests if not c.mention_only]
    assert len(reported) == 1, [c.constituency.value for c in result.contests]
    return reported[0]


def test_results_box_with_abbreviations_and_changes() -> None:
    text = (
        "WAKEFIELD\nCON GAIN FROM LAB\n\n"
        "Imran Ahmad Khan (Con) ........ 21,283  47.3%  (+7.5)\n"
        "Mary Creagh (Lab) ............. 17,925  39.8%  (-9.9)\n"
        "David Herdson (Yorks) .......... 1,772   3.9%\n\n"
        "Con majority: 3,358\nTurnout: 64.1%\nSwing: 8.7 pts Lab to Con\n"
    )
    wakefield = _only(extract_text(text))
    assert wakefield.constituency.value == "Wakefield"
    assert candidates(wakefield) == {
        "Imran Ahmad Khan": {"party": "Conservative", "votes": 21283, "position": 1},
        "Mary Creagh": {"party": "Labour", "votes": 17925, "position": 2},
        "David Herdson": {"party": "Yorkshire Party", "votes": 1772, "position": 3},
    }
    assert wakefield.result and wakefield.result.value == "gain"
    assert wakefield.gained_from and wakefield.gained_from.value == "Labour"
    assert wakefield.majority and wakefield.majority.value == 3358
    assert wakefield.turnout and wakefield.turnout.value == 64.1
    assert wakefield.swing and (wakefield.swing.value, wakefield.swing.unit) == (8.7, "points")
    assert wakefield.swing.from_party and wakefield.swing.from_party.value == "Labour"


def test_prose_with_possessives_and_x_to_y_tallies() -> None:
    text = (
        "Labour's Jessica Toale ousted former minister Conor Burns in Bournemouth West. "
        "Ms Toale took 14,365 votes to Mr Burns's 11,141, a majority of 3,224."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Jessica Toale"
    assert {k: v["votes"] for k, v in candidates(seat).items()} == {"Jessica Toale": 14365, "Conor Burns": 11141}
    assert seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Conor Burns"
    assert {check.id: check.status for check in extract_text(text).checks}["majority_arithmetic"] == "pass"


def test_lost_to_and_passive_defeat_name_the_winner() -> None:
    text = (
        "The former party chairman Greg Hands lost Chelsea and Fulham to Labour's Ben Coleman by 152 votes. "
        "Mr Coleman took 18,556 votes, Mr Hands 18,404."
    )
    chelsea = _only(extract_text(text))
    assert chelsea.winner and chelsea.winner.name and chelsea.winner.name.value == "Ben Coleman"
    assert chelsea.majority and chelsea.majority.value == 152
    assert (
        chelsea.previous_member and chelsea.previous_member.name and chelsea.previous_member.name.value == "Greg Hands"
    )


def test_earlier_election_figures_are_previous_not_current() -> None:
    text = (
        "Labour's Rosie Duffield won Canterbury by 187 votes, taking 25,572 to the Conservatives' 25,385. "
        "Two years ago the Conservatives took 42.9 per cent of the vote here and Labour 24.5 per cent, "
        "leaving Julian Brazier with a majority of 9,798. This time Labour's share rose to 45.0 per cent, "
        "just ahead of the Conservatives on 44.7 per cent - a swing of 11.2 points from the Conservatives to Labour."
    )
    result = extract_text(text)
    canterbury = _only(result)
    assert canterbury.majority and canterbury.majority.value == 187
    assert canterbury.previous_majority and canterbury.previous_majority.value == 9798
    # the shares imply a swing of (20.5 - 1.8) / 2 = 9.35, not the 11.2 printed: the check says so
    assert {check.id: check.status for check in result.checks}["swing_shares"] == "fail"


@pytest.mark.parametrize("when", ["in 2024", "in the 2024 general election", "at the 2024 general election"])
def test_the_articles_own_year_after_a_result_is_no_earlier_election(when: str) -> None:
    text = f"Ann Lowe won Hexham for Labour with 15,900 votes {when}. Tom Pike had won it with 12,000 votes in 2019."
    hexham = _only(extract_text(text, metadata={"published": "2024-07-05"}))
    assert {c.name.value: c.votes.value if c.votes else None for c in hexham.candidates if c.name} == {
        "Ann Lowe": 15900
    }
    # undated, a year is no sure sign of this election: the figure is left out rather than misread
    undated = extract_text(text).contests
    assert all(not c.votes or c.votes.value != 12000 for contest in undated for c in contest.candidates)


def test_comparison_with_an_earlier_majority_keeps_the_new_one() -> None:
    text = (
        "Gareth Snell polled 7,853 votes for Labour in Stoke-on-Trent Central. Paul Nuttall took 5,233, "
        "giving Labour a majority of 2,260 - lower than at the 2015 general election, when Tristram Hunt won by 5,179."
    )
    stoke = _only(extract_text(text))
    assert stoke.majority and stoke.majority.value == 2260
    assert stoke.previous_majority and stoke.previous_majority.value == 5179


def test_a_preview_reports_no_result() -> None:
    text = (
        "Voters in Tiverton and Honiton go to the polls on Thursday. The Conservatives are defending a majority "
        "of 22,815 won at the last general election, and Labour, who finished second in 2019, hope to do better. "
        "A poll last week put the Liberal Democrats on 40 per cent."
    )
    result = extract_text(text)
    assert result.contests == []
    assert [w.code for w in result.warnings] == ["no_result"]


def test_seat_named_by_county_and_by_council_is_told_apart() -> None:
    text = (
        "Labour's Sarah Edwards overturned a Conservative majority of more than 19,600 to win Tamworth. "
        "The Conservative candidate Andrew Cooper, a Staffordshire county councillor, was 1,316 votes behind "
        "his Labour opponent."
    )
    tamworth = contest(extract_text(text), "Tamworth")
    assert tamworth.majority and tamworth.majority.value == 1316
    assert candidates(tamworth)["Andrew Cooper"]["position"] == 2


def test_poll_and_national_sentences_are_not_results() -> None:
    text = (
        "Labour held Hartlepool with 15,000 votes to the Conservatives' 12,000. "
        "The exit poll puts the Conservatives on 307 seats and Labour on 255, short of the 326 needed for a majority."
    )
    hartlepool = _only(extract_text(text))
    assert {k: v["votes"] for k, v in candidates(hartlepool).items()} == {"Labour": 15000, "Conservative": 12000}
    assert hartlepool.majority is None


def test_tallies_set_against_each_other_follow_the_order_of_the_names() -> None:
    text = (
        "Sevenoaks fell to the Liberal Democrats on Thursday. Their candidate Amara Okafor defeated "
        "Conservative Peter Lyle by 2,104 votes, 19,877 to 17,773, after a recount."
    )
    seat = _only(extract_text(text))
    assert {k: v["votes"] for k, v in candidates(seat).items() if v["votes"]} == {
        "Amara Okafor": 19877,
        "Peter Lyle": 17773,
    }
    assert seat.winner and seat.winner.party and seat.winner.party.value == "Liberal Democrats"


def test_second_place_held_and_a_steady_share_are_not_a_hold() -> None:
    text = (
        "Labour gain Redcar from the Conservatives. Labour's Anna Turley won 17,100 votes. "
        "The Tories hold on to second place with 12,300, and the Greens held steady at 3.1%."
    )
    redcar = _only(extract_text(text))
    assert redcar.result is None or redcar.result.value != "hold"
    assert redcar.winner and redcar.winner.name and redcar.winner.name.value == "Anna Turley"
    assert redcar.winner.party and redcar.winner.party.value == "Labour"


def test_a_majority_as_a_share_of_the_votes_cast_and_a_tax_rate_that_is_no_share() -> None:
    text = (
        "Reform UK's Dan Price won Kettering. Mr Price's majority amounted to 4.2 per cent of the votes cast. "
        "Mr Price said voters were angry about the rise in VAT to 20 per cent."
    )
    kettering = _only(extract_text(text))
    assert kettering.majority and (kettering.majority.value, kettering.majority.unit) == (4.2, "percent")
    assert all(c.share is None for c in kettering.candidates)


def test_names_that_look_like_modals_and_a_place_before_the_tally() -> None:
    text = (
        "The Conservatives held Thurrock with a majority of 2,812. Craig Dunn won 18,838 votes. "
        "The Reform candidate finished second with 16,026 and Labour's Will Oakes third with 11,740. "
        "The Green Party's Asha Patel took 1,076 and Liberal Democrat Russell Hart 932."
    )
    thurrock = _only(extract_text(text))
    got = {k: (v["party"], v["votes"]) for k, v in candidates(thurrock).items() if k and " " in k}
    assert got["Will Oakes"] == ("Labour", 11740)
    assert got["Asha Patel"] == ("Green", 1076)
    assert got["Russell Hart"] == ("Liberal Democrats", 932)


def test_a_sentence_opening_on_an_earlier_date_reports_the_earlier_result() -> None:
    text = (
        "Reform UK's Sarah Pochin won the Runcorn and Helsby by-election by six votes. "
        "In July 2024 Mike Amesbury won the seat for Labour by 14,696 votes."
    )
    runcorn = _only(extract_text(text))
    assert runcorn.majority and runcorn.majority.value == 6
    assert runcorn.previous_majority and runcorn.previous_majority.value == 14696


def test_parties_stated_around_a_name_and_a_seat_named_for_another_time() -> None:
    text = (
        "Standing for Reform UK only weeks after leaving the Conservatives, Mr Ellison polled 15,100 votes "
        "in the Oakwood by-election. The Labour candidate, local councillor Priya Das, took 12,004. "
        "It follows Reform's win in Runcorn and Helsby last month.\n\n"
        "The Liberal Democrat Tom Reyes was a distant third with 3,990 votes."
    )
    result = extract_text(text)
    seats = {c.constituency.value: c.mention_only for c in result.contests}
    assert seats.get("Runcorn and Helsby") is True  # named in passing: later sentences stay with the result
    oakwood = [c for c in result.contests if not c.mention_only]
    assert len(oakwood) == 1
    got = {k: (v["party"], v["votes"]) for k, v in candidates(oakwood[0]).items() if k}
    assert got["Priya Das"] == ("Labour", 12004)
    assert got["Tom Reyes"] == ("Liberal Democrats", 3990)


def test_before_and_after_majorities_and_a_headline_margin() -> None:
    text = (
        "Conservatives take Stroud by 3,840 votes\n\n"
        "Siobhan Baillie took 31,582 votes to Labour's David Drew's 27,742. "
        "A Labour majority of 687 in 2017 became a Conservative majority of 3,840, "
        "against the 687 votes by which Mr Drew had held the seat."
    )
    stroud = _only(extract_text(text))
    assert stroud.majority and stroud.majority.value == 3840
    assert stroud.previous_majority and stroud.previous_majority.value == 687
    assert {check.id: check.status for check in extract_text(text).checks}["repeated_figure"] != "fail"


def test_a_place_held_elsewhere_is_not_this_seats_place() -> None:
    text = (
        "The Liberal Democrats gained Eastbourne. Josh Babarinde won 26,000 votes. "
        "Labour, which came second across much of the country, was a distant fourth here with 3,175."
    )
    seat = _only(extract_text(text))
    places = {k: v["position"] for k, v in candidates(seat).items()}
    assert places.get("Labour") != 2


def test_a_sum_of_several_candidates_votes_is_no_ones_tally() -> None:
    text = (
        "Shockat Adam won Leicester South by 979 votes. Labour's Jonathan Ashworth polled 14,360. "
        "Add together the votes of Mr Ashworth and the Green candidate, and they come to 17,000, "
        "comfortably more than the winner's total."
    )
    seat = _only(extract_text(text))
    assert {k: v["votes"] for k, v in candidates(seat).items()}.get("Jonathan Ashworth") == 14360
    assert all(v["votes"] != 17000 for v in candidates(seat).values())


def test_a_winning_party_and_the_top_tally_name_the_winner() -> None:
    text = (
        "Blyth Valley went Conservative for the first time. Ian Levy polled 17,440 votes, against 16,728 "
        "for Labour's Susan Dungworth. Mark Peart of the Brexit Party collected 3,394 votes, nearly five "
        "times the winning margin."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Ian Levy"
    assert seat.winner.party and seat.winner.party.value == "Conservative"
    assert candidates(seat) == {
        "Ian Levy": {"party": "Conservative", "votes": 17440, "position": 1},
        "Susan Dungworth": {"party": "Labour", "votes": 16728, "position": None},
        "Mark Peart": {"party": "Brexit Party", "votes": 3394, "position": None},
    }


def test_an_aside_about_an_earlier_election_leaves_the_tallies_after_it() -> None:
    text = (
        "The Liberal Democrats gained Somerton and Frome. Sarah Dyke beat the Conservative Faye Purbrick, "
        "who had fought the seat in 2019, by 21,187 votes to 10,179. Eighteen months ago the Tories won "
        "here by more than 19,000 votes. Ms Dyke turned that round to win by 11,008."
    )
    seat = _only(extract_text(text))
    assert {k: v["votes"] for k, v in candidates(seat).items()} == {"Sarah Dyke": 21187, "Faye Purbrick": 10179}
    assert seat.majority and seat.majority.value == 11008
    assert seat.previous_majority and seat.previous_majority.value == 19000


def test_a_results_line_name_and_the_sitting_member_named_again() -> None:
    text = (
        "04:50 CON GAIN FROM LAB - Bishop Auckland. Dehenna Davison (Con) 24,067. Helen Goodman (Lab) "
        "16,105. Majority 7,962. Ms Goodman, the sitting MP, had represented the town since 2005."
    )
    seat = _only(extract_text(text))
    assert candidates(seat) == {
        "Dehenna Davison": {"party": "Conservative", "votes": 24067, "position": 1},
        "Helen Goodman": {"party": "Labour", "votes": 16105, "position": None},
    }
    assert seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Helen Goodman"


def test_a_party_taking_a_seat_names_its_candidates_party_and_history_names_no_winner() -> None:
    text = (
        "Scottish Labour has taken Midlothian from the SNP. Kirsty McNeill, a former charity director "
        "standing for the party, won 20,211 votes to 11,746 for Owen Thompson. The SNP had won a string "
        "of seats here in 2015, and Mr Thompson held it for the next nine years."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Kirsty McNeill"
    assert seat.winner.party and seat.winner.party.value == "Labour"
    assert seat.result and seat.result.value == "gain"


def test_a_seat_held_for_a_party_and_a_candidate_described_as_standing_for_one() -> None:
    text = (
        "Alistair Carmichael has held Orkney and Shetland for the Liberal Democrats by 7,807 votes. "
        "He took 11,392 votes to the 3,585 of Robert Leslie, an IT manager standing for the SNP."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.party and seat.winner.party.value == "Liberal Democrats"
    assert candidates(seat)["Robert Leslie"]["party"] == "SNP"


def test_a_council_ward_named_only_by_its_by_election() -> None:
    text = (
        "Reform UK took Hollybrook from Labour in Thursday's Hollybrook ward by-election on Northam "
        "Borough Council. Dean Marsh polled 1,204 votes, 310 more than Labour's Priya Shah, who polled 894. "
        "Turnout was 23.9%."
    )
    ward = _only(extract_text(text))
    assert ward.constituency.value == "Hollybrook"
    assert ward.election.value == "council by-election"
    assert ward.winner and ward.winner.name and ward.winner.name.value == "Dean Marsh"
    assert ward.majority and ward.majority.value == 310
    assert ward.turnout and ward.turnout.value == 23.9


def test_a_returning_officers_declaration_surname_first() -> None:
    text = (
        "Ward: Ashby Green\n"
        "Vacancy: death of Cllr Ron Peel (Conservative)\n\n"
        "DOYLE, Megan (Liberal Democrats) - 1,022 - ELECTED\n"
        "O'HARA, Sean (Conservative Party) - 760\n"
        "PATEL, Anil (Labour Party) - 241\n\n"
        "Turnout: 29.1%\n"
    )
    ward = _only(extract_text(text))
    assert ward.constituency.value == "Ashby Green"
    assert ward.winner and ward.winner.name and ward.winner.name.value == "Megan Doyle"
    assert candidates(ward) == {
        "Megan Doyle": {"party": "Liberal Democrats", "votes": 1022, "position": 1},
        "Sean O'Hara": {"party": "Conservative", "votes": 760, "position": 2},
        "Anil Patel": {"party": "Labour", "votes": 241, "position": 3},
    }


def test_headings_in_capitals_name_the_wards_of_a_round_up() -> None:
    text = (
        "FERNLEIGH (Eastvale District Council)\n"
        "Con 702 (41.0%), Lab 655 (38.2%), LD 356 (20.8%)\n"
        "Con hold. Majority 47.\n\n"
        "ST MARY'S (Westwick Borough Council)\n"
        "Grn 530 (44.0%), Lab 412 (34.2%), Con 263 (21.8%)\n"
        "Grn gain from Lab. Majority 118.\n"
    )
    seats = {c.constituency.value: c for c in extract_text(text).contests}
    assert set(seats) == {"Fernleigh", "St Mary's"}
    assert seats["Fernleigh"].majority and seats["Fernleigh"].majority.value == 47
    assert seats["St Mary's"].winner and seats["St Mary's"].winner.party
    assert seats["St Mary's"].winner.party.value == "Green"


def test_a_holyrood_constituency_and_a_win_nobody_had() -> None:
    text = (
        "Labour has won the Airdrie and Shotts by-election, taking the Holyrood seat from the SNP. "
        "Its candidate won 9,450 votes, 1,100 more than the SNP's Anne Lee. The Conservatives, who have "
        "never won Airdrie and Shotts, came fourth."
    )
    seat = _only(extract_text(text))
    assert seat.constituency.value == "Airdrie and Shotts"
    assert seat.election.value == "Scottish Parliament by-election"
    assert seat.winner and seat.winner.party and seat.winner.party.value == "Labour"
    assert seat.majority and seat.majority.value == 1100


def test_a_candidate_whose_surname_is_a_seat_is_no_seat() -> None:
    text = (
        "Five candidates are standing in next month's Elmfield ward by-election:\n"
        "- Ann Putney (Independent), a retired midwife\n"
        "- Raj Mehta (Labour), a bus driver\n\n"
        "Ms Putney's campaign to reopen the library drew 2,100 signatures."
    )
    assert all(c.constituency.value != "Putney" for c in extract_text(text).contests)


def test_a_hedged_margin_in_words_and_a_when_clause_about_the_last_election() -> None:
    text = (
        "Labour held Stretford and Urmston. Andrew Western won with eleven thousand votes, a majority of "
        "a little under eight thousand, down on the general election in December 2019, when Kate Green "
        "held the seat by some sixteen thousand."
    )
    seat = _only(extract_text(text))
    assert seat.majority and (seat.majority.value, seat.majority.qualifier) == (8000, "nearly")
    assert seat.previous_majority is None or seat.previous_majority.value == 16000


def test_a_seat_abolished_at_this_election_is_history_not_a_contest() -> None:
    text = (
        "Labour's Henry Tufnell is the first MP for the new Mid and South Pembrokeshire seat. "
        "Stephen Crabb, who had represented Preseli Pembrokeshire since 2005, came second with 14,627. "
        "Mr Tufnell took 16,505 votes and the turnout was 63.8 per cent."
    )
    result = extract_text(text)
    assert [c.constituency.value for c in result.contests] == ["Mid and South Pembrokeshire"]
    seat = result.contests[0]
    assert candidates(seat)["Stephen Crabb"]["votes"] == 14627
    assert seat.turnout and seat.turnout.value == 63.8


def test_a_name_inside_a_description_of_the_candidate_is_not_the_subject() -> None:
    text = (
        "Labour held Hartlepool. Nadia Gill, a former Green councillor who once worked for Caroline "
        "Lucas, finished second with 6,210 votes, and Labour's Tom Ward won 15,400."
    )
    gill = candidates(_only(extract_text(text)))["Nadia Gill"]
    assert (gill["party"], gill["votes"]) == ("Green", 6210)
    assert "Caroline Lucas" not in candidates(_only(extract_text(text)))


def test_a_bound_on_the_also_rans_and_a_margin_between_lower_places_are_no_results() -> None:
    text = (
        "Labour held Rotherham with 9,966 votes. The Conservatives were third on 1,157, just eleven votes "
        "ahead of the Lib Dems. The Greens and Respect also stood, neither reaching a thousand votes."
    )
    seat = _only(extract_text(text))
    assert seat.majority is None
    assert all(c.votes is None or c.votes.value != 1000 for c in seat.candidates)


def test_future_by_elections_and_a_former_members_seat_are_not_contests() -> None:
    text = (
        "Labour gained Wellingborough and Rushden from the Conservatives. Gen Kitchen, the niece of a "
        "former Kettering MP, won 17,000 votes. Two more by-elections, in Rotherham and Middlesbrough, "
        "take place next month."
    )
    assert [c.constituency.value for c in extract_text(text).contests] == ["Wellingborough and Rushden"]


def test_a_vacancy_explained_across_an_aside_and_another_race_won() -> None:
    text = (
        "Labour held Middlesbrough. The seat fell vacant when Stuart Bell, the Labour MP since 1983, died "
        "in October. Andy McDonald won 10,201 votes. Mr Bell's agent later stood for mayor, a race she "
        "went on to win."
    )
    seat = _only(extract_text(text))
    assert seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Stuart Bell"
    assert seat.previous_member.reason and seat.previous_member.reason.value == "died"


def test_a_seat_named_in_the_national_picture_does_not_take_the_next_figures() -> None:
    text = (
        "The SNP held Inverclyde with 16,000 votes. Nationally the party won 48 seats, among them "
        "Glenrothes. The Liberal Democrat candidate, a local teacher, took 1,900 votes in Inverclyde "
        "and Labour's Ronnie Cowan finished second with 14,000."
    )
    result = extract_text(text)
    inverclyde = next(c for c in result.contests if c.constituency.value == "Inverclyde")
    assert candidates(inverclyde)["Ronnie Cowan"]["votes"] == 14000
    assert all(c.constituency.value != "Glenrothes" or c.mention_only for c in result.contests)


def test_holyrood_town_names_inside_a_westminster_seat_are_that_seat() -> None:
    text = (
        "The SNP's Douglas Chapman won Dunfermline and West Fife with 21,702 votes. "
        '"People in Dunfermline and the villages want change," he said.'
    )
    assert [c.constituency.value for c in extract_text(text).contests] == ["Dunfermline and West Fife"]


def test_a_results_table_surname_first_with_bare_shares_and_one_letter_abbreviations() -> None:
    text = (
        "BY-ELECTION | TIVERTON AND HONITON | 23 June 2022\n\n"
        "LD GAIN FROM C\n\n"
        "Foord, Richard (LD) ............ 22,537   52.9\n"
        "Fairhead, Helen (C) ............ 16,393   38.5\n"
        "Pole, Liz (Lab) ................. 1,562    3.7\n\n"
        "LD maj 6,144 | Turnout 52.3% | Swing C to LD 29.9%\n"
        "GE 2019: C maj 24,239\n"
    )
    seat = _only(extract_text(text))
    assert candidates(seat) == {
        "Richard Foord": {"party": "Liberal Democrats", "votes": 22537, "position": 1},
        "Helen Fairhead": {"party": "Conservative", "votes": 16393, "position": 2},
        "Liz Pole": {"party": "Labour", "votes": 1562, "position": 3},
    }
    assert [c.share.value for c in seat.candidates if c.share] == [52.9, 38.5, 3.7]
    assert seat.majority and seat.majority.value == 6144
    assert seat.previous_majority and seat.previous_majority.value == 24239
    assert seat.swing and seat.swing.value == 29.9
    assert seat.swing.from_party and seat.swing.from_party.value == "Conservative"
    assert seat.swing.to_party and seat.swing.to_party.value == "Liberal Democrats"


def test_a_swing_given_in_abbreviations_on_a_long_live_blog_line() -> None:
    text = (
        "03:05 LAB GAIN from Con - Peterborough. Fiona Onasanya (Lab) 22,950, Stewart Jackson (Con) "
        "22,343, maj 607. The Tories had held the seat since 2005. Swing Con to Lab 6.3%."
    )
    seat = _only(extract_text(text))
    assert seat.swing and seat.swing.value == 6.3
    assert seat.swing.from_party and seat.swing.from_party.value == "Conservative"
    assert seat.swing.to_party and seat.swing.to_party.value == "Labour"


def test_winners_party_from_what_the_seat_elected_and_who_became_the_first() -> None:
    text = (
        "Voters in Stroud, a seat that had sent Labour MPs to Westminster since 2017, elected a "
        "Conservative. Siobhan Baillie, 38, becomes the first Conservative to represent the seat since "
        "2017. She won 31,582 votes; independent Glenn Andrews 1,200 and Labour's David Drew 27,742."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.party and seat.winner.party.value == "Conservative"
    people = candidates(seat)
    assert people["Siobhan Baillie"]["party"] == "Conservative"
    assert (people["Glenn Andrews"]["party"], people["Glenn Andrews"]["votes"]) == ("Independent", 1200)


def test_a_full_name_the_model_missed_is_found_from_the_surname_it_tagged() -> None:
    from electext.extract.mentions import _untagged_full_names
    from electext.lexicon.resources import load_resources

    text = "Waveney Valley\n\nAdrian Ramsay, who co-leads the party, won. The Ramsay campaign cheered. Mr Ramsay spoke."
    tagged = text.rindex("Ramsay")
    assert _untagged_full_names(text, 0, [(tagged, tagged + 6)], load_resources()) == [(16, 29)]


def test_a_member_s_tenure_is_not_the_party_s_hold_and_names_their_party() -> None:
    text = (
        "Ellie Chowns defeated Bill Wiggin, who had been a Conservative MP in Herefordshire since 2001, "
        "to take North Herefordshire for the Greens. Dr Chowns won 21,736 votes to Mr Wiggin's 15,842."
    )
    seat = _only(extract_text(text))
    assert seat.held_since is None
    assert candidates(seat)["Bill Wiggin"]["party"] == "Conservative"


def test_a_box_with_party_column_first_a_sitting_member_marker_and_a_swing_label() -> None:
    text = (
        "CHELTENHAM\n\n"
        "LD    Max Wilkinson            22,000   48.0%\n"
        "Con   Alex Chalk*              15,000   33.0%\n"
        "Brx   Ann Example               1,200\n"
        "WRP   Joe Sample                   40\n\n"
        "* sitting MP\n\n"
        "LD GAIN from Con\n"
        "Swing            9.1% Con to LD\n"
    )
    seat = _only(extract_text(text))
    people = candidates(seat)
    assert people["Ann Example"]["party"] == "Brexit Party"
    assert people["Joe Sample"]["party"] == "Workers Revolutionary Party"
    assert people["Alex Chalk"]["party"] == "Conservative"
    assert seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Alex Chalk"
    assert seat.swing and seat.swing.value == 9.1
    assert seat.swing.from_party and seat.swing.from_party.value == "Conservative"


def test_a_majority_given_to_a_party_an_unseating_margin_and_a_member_who_lost_the_seat() -> None:
    text = (
        "Nick Clegg, the former deputy prime minister, lost Sheffield Hallam. Jared O'Mara polled "
        "21,881 votes to Mr Clegg's 19,756, giving Labour a majority of 2,125."
    )
    seat = _only(extract_text(text))
    assert seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Nick Clegg"
    assert seat.winner and seat.winner.party and seat.winner.party.value == "Labour"
    other = _only(extract_text("In Stirling, Stephen Kerr unseated the SNP's Steven Paterson by 148 votes."))
    assert other.majority and other.majority.value == 148
    assert all(c.votes is None for c in other.candidates)


def test_listed_seats_share_their_verb_and_a_party_s_tally_is_no_seat_won() -> None:
    text = (
        "The Conservatives captured Stoke-on-Trent North, Stoke-on-Trent Central and the Vale of "
        "Glamorgan overnight. Delyn and Wrexham also fell from Labour to the Conservatives, taking the "
        "party's tally of Welsh seats to 14. Plaid Cymru held its four seats. In Stoke-on-Trent Central "
        "Jo Gideon polled 20,974 votes."
    )
    result = extract_text(text)
    winners = {c.constituency.value: c.winner.party.value for c in result.contests if c.winner and c.winner.party}
    assert winners == {
        "Stoke-on-Trent North": "Conservative",
        "Stoke-on-Trent Central": "Conservative",
        "Vale of Glamorgan": "Conservative",
        "Delyn": "Conservative",
        "Wrexham": "Conservative",
    }
    delyn = next(c for c in result.contests if c.constituency.value == "Delyn")
    assert delyn.result and delyn.result.value == "gain"
    assert delyn.gained_from and delyn.gained_from.value == "Labour"


def test_a_declaration_quoted_a_majority_set_against_the_last_one_and_the_party_s_share() -> None:
    text = (
        "The returning officer for the Oldham West and Royton by-election read out the tallies at 2am.\n\n"
        '"Jim McMahon, Labour and Co-operative Party, fourteen thousand, seven hundred and thirty-eight."\n\n'
        "The Conservatives' Kamran Ghafoor finished second with 2,261 votes. Labour's majority of 10,722 "
        "was well up on the 3,590 Michael Meacher secured in May 2015, and the party's share rose to 62.1%."
    )
    seat = _only(extract_text(text))
    people = candidates(seat)
    assert (people["Jim McMahon"]["party"], people["Jim McMahon"]["votes"]) == ("Labour", 14738)
    assert people["Kamran Ghafoor"]["party"] == "Conservative"
    assert seat.majority and seat.majority.value == 10722
    assert seat.previous_majority and seat.previous_majority.value == 3590
    assert [c.share.value for c in seat.candidates if c.share] == [62.1]


def test_a_headline_is_no_results_line_and_a_description_s_party_must_be_an_affiliation() -> None:
    text = (
        "Independent unseats Labour MP in Leicester South by 979 votes\n\n"
        "Shockat Adam, who campaigned largely on Labour's stance on Gaza, won 14,739 votes, 979 more than "
        "Labour's Jonathan Ashworth. Labour has lost Leicester South to an independent candidate. The seat "
        "was held for decades by two senior Labour figures."
    )
    seat = _only(extract_text(text))
    adam = candidates(seat)["Shockat Adam"]
    assert adam["party"] in (None, "Independent") and adam["votes"] == 14739
    assert seat.majority and seat.majority.value == 979
    assert seat.winner and seat.winner.party and seat.winner.party.value == "Independent"
    assert all(c.votes is None or c.votes.value != 979 for c in seat.candidates)


def test_a_live_blog_narrow_hold_with_a_pronoun_and_last_time_s_majority() -> None:
    text = (
        "04:10 CON HOLD Southampton, Itchen\n\n"
        "Royston Smith holds on for the Conservatives. He got 18,656 to Labour's Rowenna Davis on 16,340. "
        "Mr Smith's majority last time was only 1,937. Turnout in Itchen was 61.0%.\n\n"
        "04:40 LAB HOLD Newcastle-under-Lyme\n\n"
        "Paul Farrelly clings on by 650 votes, beating veteran Tory MP Tim Hamilton. "
    )
    result = extract_text(text)
    itchen = next(c for c in result.contests if c.constituency.value == "Southampton, Itchen")
    assert {k: v["votes"] for k, v in candidates(itchen).items() if v["votes"]} == {
        "Royston Smith": 18656,
        "Rowenna Davis": 16340,
    }
    assert itchen.previous_majority and itchen.previous_majority.value == 1937
    assert itchen.turnout and itchen.turnout.value == 61.0
    assert all(c.constituency.value != "Itchen" for c in result.contests)
    newcastle = next(c for c in result.contests if c.constituency.value == "Newcastle-under-Lyme")
    assert newcastle.majority and newcastle.majority.value == 650


def test_a_delimited_table_is_read_by_its_header_whatever_the_column_order() -> None:
    piped = (
        "GENERAL ELECTION 2024: HUNTINGDON\n\n"
        "Candidate | Party | Votes | Share | Change\n"
        "Ben Obese-Jecty | Conservative | 17,970 | 37.7 | -16.7\n"
        "Alex Bulat | Labour | 16,984 | 35.6 | +12.9\n"
        "Sarah Smith | Reform UK | 6,840 | 14.3 | new\n\n"
        "Majority: 986\n"
    )
    seat = _only(extract_text(piped))
    assert candidates(seat) == {
        "Ben Obese-Jecty": {"party": "Conservative", "votes": 17970, "position": 1},
        "Alex Bulat": {"party": "Labour", "votes": 16984, "position": 2},
        "Sarah Smith": {"party": "Reform UK", "votes": 6840, "position": 3},
    }
    assert [c.share.value for c in seat.candidates if c.share] == [37.7, 35.6, 14.3]
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Ben Obese-Jecty"
    tabbed = "HUNTINGDON\n\nParty\tVotes\nConservative\t17,970\nLabour\t16,984\n"
    parties = {c.party.value: c.votes.value for c in _only(extract_text(tabbed)).candidates if c.party and c.votes}
    assert parties == {"Conservative": 17970, "Labour": 16984}


def test_her_tally_a_dash_before_the_majority_a_long_swing_phrase_and_could_only_muster() -> None:
    text = (
        "In Cheadle, where Mark Hunter stood down after a decade in the Commons, Conservative Mary "
        "Robinson took the seat from the Liberal Democrat Tom Morrison with 22,889 votes to his 16,436 - "
        "a majority of 6,453. The swing from the Lib Dems to the Conservatives in the seat once held by "
        "Patsy Calton was 10.4 per cent, while Labour's Martin Miller could muster only 8,673."
    )
    seat = _only(extract_text(text))
    people = candidates(seat)
    assert people["Tom Morrison"]["votes"] == 16436
    assert people["Martin Miller"]["votes"] == 8673
    assert seat.majority and seat.majority.value == 6453
    assert seat.swing and seat.swing.value == 10.4
    assert seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Mark Hunter"


def test_a_notional_majority_a_party_s_candidate_brought_in_with_and_a_split_name() -> None:
    text = (
        "Labour has taken Dunfermline and Dollar from the SNP. On the notional figures the SNP would have "
        "been defending a majority of 2,900, which Labour overturned on a swing of 19.2 percentage points. "
        "Graeme Downie won 18,000 votes. The Conservatives, who had hoped for better, finished third with "
        "Joshua Ambrose on 4,400 votes, and Reform UK's Gill Coyle took 3,100."
    )
    seat = _only(extract_text(text))
    assert seat.previous_majority and seat.previous_majority.value == 2900
    assert seat.swing and seat.swing.value == 19.2
    people = candidates(seat)
    assert people["Joshua Ambrose"]["party"] == "Conservative"
    assert people.get("Gill Coyle", {}).get("party") == "Reform UK"


def test_a_former_members_seat_a_hold_named_after_its_verb_and_a_majority_that_has_been_cut() -> None:
    text = (
        "Plaid Cymru's Ben Lake has held Ceredigion, but his majority has been cut to 9.5%. Mr Lake won "
        "15,000 votes. Neil Hamilton, the party's leader in the Senedd and a former Conservative MP for "
        "Tatton, took just 2.4%. Turnout was 71.1%. Elsewhere, Plaid also clung on in Arfon, where Hywel "
        "Williams succeeds Ann Jones, who stood down."
    )
    result = extract_text(text)
    assert all(c.constituency.value != "Tatton" for c in result.contests)
    ceredigion = next(c for c in result.contests if c.constituency.value == "Ceredigion")
    assert ceredigion.majority and (ceredigion.majority.value, ceredigion.majority.unit) == (9.5, "percent")
    assert ceredigion.turnout and ceredigion.turnout.value == 71.1
    assert candidates(ceredigion)["Neil Hamilton"]["party"] != "Conservative"
    arfon = next(c for c in result.contests if c.constituency.value == "Arfon")
    assert arfon.winner and arfon.winner.party and arfon.winner.party.value == "Plaid Cymru"
    assert ceredigion.previous_member is None or ceredigion.previous_member.name.value != "Ann Jones"


def test_tallies_listed_with_commas_and_a_swing_of_four_and_a_half_points_in_words() -> None:
    text = (
        "Labour held Wythenshawe and Sale East. Mike Kane won with ten thousand votes. Reform UK's John "
        "Bickley managed two thousand, the Green candidate, Jess Mayo, four hundred and fifty, and the "
        "Liberal Democrat Anna Fryer just three hundred and ten. The swing to Labour from the "
        "Conservatives was about four and a half points."
    )
    seat = _only(extract_text(text))
    people = candidates(seat)
    assert (people["Jess Mayo"]["party"], people["Jess Mayo"]["votes"]) == ("Green", 450)
    assert (people["Anna Fryer"]["party"], people["Anna Fryer"]["votes"]) == ("Liberal Democrats", 310)
    assert seat.swing and (seat.swing.value, seat.swing.qualifier) == (4.5, "about")


def test_a_tagged_surname_grows_into_the_full_name_beside_it_but_never_into_a_seat() -> None:
    from electext.extract.mentions import _untagged_full_names
    from electext.lexicon.resources import load_resources

    text = "Paulette Hamilton won. Ms Hamilton thanked Erdington. Labour has held Birmingham Erdington."
    spans = [(9, 17), (26, 34), (text.rindex("Erdington"), len(text) - 1)]
    assert _untagged_full_names(text, 0, spans, load_resources()) == [(0, 17)]


def test_a_live_blog_entry_is_about_the_seat_it_names_even_after_a_time_stamped_name() -> None:
    text = (
        "ELECTION NIGHT LIVE\n\n"
        "3.05am Lab GAIN from LD: Bermondsey and Old Southwark. Neil Coyle (Lab) 22,146, Simon Hughes (LD), "
        "who had held the seat since 1983, 17,657. Maj 4,489. Swing of 14.1% LD to Lab.\n\n"
        "4.40am Vince Cable is out. Twickenham, Con gain from LD: Tania Mathias (Con) 25,580, Vince Cable "
        "(LD) 23,563, maj 2,017.\n\n"
        "5.10am Chris Green (Con) 18,300 holds Bolton West by 801 votes over Julie Hilling (Lab) 17,499."
    )
    result = extract_text(text)
    seats = {c.constituency.value: c for c in result.contests}
    bermondsey = seats["Bermondsey and Old Southwark"]
    assert candidates(bermondsey)["Simon Hughes"] == {"party": "Liberal Democrats", "votes": 17657, "position": None}
    assert bermondsey.swing and bermondsey.swing.from_party and bermondsey.swing.from_party.value == "Liberal Democrats"
    twickenham = seats["Twickenham"]
    assert (
        twickenham.previous_member
        and twickenham.previous_member.name
        and twickenham.previous_member.name.value == "Vince Cable"
    )
    assert candidates(twickenham)["Vince Cable"]["party"] == "Liberal Democrats"
    bolton = seats["Bolton West"]
    assert bolton.winner and bolton.winner.name and bolton.winner.name.value == "Chris Green"
    assert bolton.winner.party and bolton.winner.party.value == "Conservative"


def test_run_in_capital_headings_and_a_seat_held_for_a_party_with_its_tally() -> None:
    text = (
        "Four by-elections, four holds.\n\n"
        "ROTHERHAM, 29 November. Sarah Champion held the seat for Labour with 9,966 votes after Denis "
        "MacShane resigned. The SDLP's Joe Bloggs (1,200) trailed.\n\n"
        "CROYDON NORTH, 29 November. Steve Reed kept the seat in Labour hands with 15,898 votes and a "
        "majority of 11,761, which compares with 16,483 for Malcolm Wicks last year.\n"
    )
    seats = {c.constituency.value: c for c in extract_text(text).contests}
    rotherham, croydon = seats["Rotherham"], seats["Croydon North"]
    assert rotherham.winner and rotherham.winner.party and rotherham.winner.party.value == "Labour"
    assert candidates(rotherham)["Sarah Champion"]["votes"] == 9966
    assert candidates(rotherham)["Joe Bloggs"]["votes"] == 1200
    assert croydon.winner and croydon.winner.party and croydon.winner.party.value == "Labour"
    assert croydon.previous_majority and croydon.previous_majority.value == 16483


def test_a_profile_that_names_its_seat_only_in_passing_still_carries_the_result() -> None:
    text = (
        "For most of the night Ed Balls looked safe. When his old constituency was merged into Morley "
        "and Outwood in 2010 he held it by 1,101 votes. This time the Conservative Andrea Jenkyns took "
        "18,776 votes to Balls's 18,354, a majority of 422."
    )
    result = extract_text(text)
    assert [c.constituency.value for c in result.contests] == ["Morley and Outwood"]
    seat = result.contests[0]
    assert seat.majority and seat.majority.value == 422
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Andrea Jenkyns"


def test_a_weekly_s_colour_institutions_affiliations_and_the_turnout_of_the_register() -> None:
    text = (
        "Dr Caroline Johnson, a paediatrician at Peterborough City Hospital, is the new MP for Sleaford "
        "and North Hykeham. She kept the seat in Conservative hands. Victoria Ayling, the councillor who "
        "crossed the floor to join UKIP, ran a loud campaign. Dr Johnson had 17,570 votes and Mrs Ayling "
        "4,426. Just over 37 per cent of the 88,714 people on the register turned out. Mr Phillips's "
        "majority at last year's general election had been 24,115. In second place was the Lib Dem "
        "Ross Pepper, who had 3,606."
    )
    result = extract_text(text)
    assert [c.constituency.value for c in result.contests] == ["Sleaford and North Hykeham"]
    seat = result.contests[0]
    assert candidates(seat)["Victoria Ayling"]["party"] == "UKIP"
    assert seat.turnout and (seat.turnout.value, seat.turnout.qualifier) == (37, "just_over")
    assert seat.previous_majority and seat.previous_majority.value == 24115
    assert candidates(seat)["Ross Pepper"] == {"party": "Liberal Democrats", "votes": 3606, "position": 2}


def test_a_capitals_box_with_dot_leaders_and_a_sitting_member_named_with_his_role() -> None:
    text = (
        "WORKSOP\nCON GAIN FROM LAB\n\n"
        "JANE DOE (CONSERVATIVE) ............ 28,078 ... 55.23%\n"
        "JOHN ROE (LABOUR) ................. 14,065 ... 27.66%\n\n"
        "CON MAJORITY ........................ 14,013\n"
        "TURNOUT ............................. 63.53%\n"
        "SWING LAB TO CON .................... 18.4%\n"
        "2017: LAB MAJORITY 4,852\n\n"
        "Sitting MP John Mann (Lab) did not stand."
    )
    result = extract_text(text.replace("WORKSOP", "BASSETLAW"))
    seat = _only(result)
    assert candidates(seat)["Jane Doe"] == {"party": "Conservative", "votes": 28078, "position": 1}
    assert seat.majority and seat.majority.value == 14013
    assert seat.turnout and seat.turnout.value == 63.53
    assert seat.swing and seat.swing.from_party and seat.swing.from_party.value == "Labour"
    assert seat.previous_majority and seat.previous_majority.value == 4852


def test_a_minor_win_over_another_candidate_names_no_seat_winner() -> None:
    text = (
        "Labour has recaptured Wakefield. Simon Lightwood took 13,166 votes against 8,241 for the "
        "Conservative candidate, Nadeem Ahmed. Reform UK's Chris Walsh, with 513, narrowly beat the "
        "Liberal Democrat Jamie Needle, who had 508. One Tory MP with a majority of around 5,000 said "
        "he was worried."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Simon Lightwood"
    assert candidates(seat)["Nadeem Ahmed"]["votes"] == 8241
    assert candidates(seat)["Jamie Needle"]["votes"] == 508
    assert seat.majority is None


def test_a_preview_s_paragraph_about_the_last_election_reports_no_result() -> None:
    text = (
        "Voters in West Lancashire go to the polls on Thursday. The seat stretches from Skelmersdale to "
        "the edge of Southport.\n\n"
        "At the 2019 general election Rosie Cooper won 27,458 votes, a majority of 8,336. The Liberal "
        "Democrats were a distant third with 2,560 and the Brexit Party fourth on 2,275.\n\n"
        "Labour is expected to hold the seat comfortably."
    )
    assert extract_text(text).contests == []


def test_a_paragraph_that_turns_to_the_last_election_midway_comes_back() -> None:
    text = (
        "Marcus Fysh has taken Yeovil for the Conservatives. Mr Fysh polled 24,178 votes to Mr Laws's "
        "18,865, a majority of 5,313. Five years ago Mr Laws had won here by 13,036. UKIP's Simon "
        "Smedley was third with 7,646."
    )
    seat = _only(extract_text(text))
    assert candidates(seat)["Simon Smedley"]["votes"] == 7646
    assert seat.previous_majority and seat.previous_majority.value == 13036


def test_the_member_who_vacated_the_seat_is_named_after_by() -> None:
    text = (
        "Labour's Jon Ashworth kept Leicester South, the seat vacated by Sir Peter Soulsby, who left "
        "the Commons to run for mayor. Mr Ashworth won 19,771 votes."
    )
    seat = _only(extract_text(text))
    assert seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Peter Soulsby"


def test_tallies_given_respectively_a_long_aside_about_the_last_loss_and_a_leader_s_own_seat() -> None:
    text = (
        "Liberal Democrat Sarah Olney won back Richmond Park from Zac Goldsmith. Olney, who first took the "
        "seat from Goldsmith at a by-election in December 2016 only to lose it to him at the 2017 general "
        "election by forty-five votes, won by seven thousand, seven hundred and sixty-six votes. Her "
        "leader Jo Swinson lost her own seat of East Dunbartonshire to the SNP. Two independent "
        "candidates, Caroline Shah and John Usher, received 247 and 61 votes respectively."
    )
    seat = next(c for c in extract_text(text).contests if c.constituency.value == "Richmond Park")
    assert seat.majority and seat.majority.value == 7766
    assert seat.previous_majority and seat.previous_majority.value == 45
    people = candidates(seat)
    assert (people["Caroline Shah"]["votes"], people["John Usher"]["votes"]) == (247, 61)
    assert people["Caroline Shah"]["party"] == "Independent"


def test_a_declaration_s_result_phrase_in_abbreviations_on_a_long_live_blog_line() -> None:
    text = (
        "02:56 Con gain Broxtowe from Lab. Anna Soubry (Con) 20,585 (39.0%), Nick Palmer (Lab) 20,196 "
        "(38.3%). Maj just 389. Swing of more than 4% from Lab to Con, bigger than Cameron needs nationally.\n\n"
        "03:30 A rare bright spot for Clegg: LD gain Burnley from Lab. Gordon Birtwistle (LD) 14,932, "
        "Julie Cooper (Lab) 13,114, maj 1,818."
    )
    seats = {c.constituency.value: c for c in extract_text(text).contests}
    broxtowe, burnley = seats["Broxtowe"], seats["Burnley"]
    assert broxtowe.result and broxtowe.result.value == "gain"
    assert broxtowe.gained_from and broxtowe.gained_from.value == "Labour"
    assert broxtowe.majority and broxtowe.majority.value == 389
    assert broxtowe.swing and (broxtowe.swing.value, broxtowe.swing.qualifier) == (4, "more_than")
    assert burnley.winner and burnley.winner.name and burnley.winner.name.value == "Gordon Birtwistle"


def test_the_gap_between_them_a_share_that_went_up_by_points_and_a_swing_away_from_the_holders() -> None:
    text = (
        "The Conservatives held Witney. Robert Courts won 17,313 votes and Elizabeth Leffman 11,611. The "
        "gap between them was 5,702. The Lib Dems went up by more than 23 points to 30.2 per cent, a "
        "swing of 19.3 per cent to the Lib Dems."
    )
    seat = _only(extract_text(text))
    assert seat.majority and seat.majority.value == 5702
    assert seat.swing and seat.swing.from_party and seat.swing.from_party.value == "Conservative"
    assert seat.swing.from_party.derived == "the party that held the seat"


def test_held_since_through_an_aside_a_place_the_model_took_for_a_person_and_the_party_before() -> None:
    workington = _only(
        extract_text(
            "Mark Jenkinson took Workington with 20,488 votes. Labour had held Workington, and the "
            "Whitehaven seat that preceded it, since 1918."
        )
    )
    assert workington.held_since and workington.held_since.year.value == 1918
    caerphilly = _only(
        extract_text(
            "Plaid Cymru won the Caerphilly Senedd by-election with 15,961 votes. The seat had been held by "
            "Labour since the first elections to the then National Assembly for Wales in 1999."
        )
    )
    assert caerphilly.held_since and caerphilly.held_since.year.value == 1999
    bassetlaw = _only(
        extract_text(
            "Brendan Clarke-Smith won Bassetlaw with 28,078 votes. Never before had the seat elected "
            "anyone other than a Labour MP. The party had held Bassetlaw since the seat was created in 1950, "
            "and at the last election, in 2017, John Mann won with a majority of 4,852."
        )
    )
    assert bassetlaw.held_since and bassetlaw.held_since.party and bassetlaw.held_since.party.value == "Labour"


def test_a_seat_taken_without_its_name_is_a_gain_but_one_taken_in_a_dated_when_clause_is_history() -> None:
    gained = _only(
        extract_text(
            "Ian Sollom won St Neots and Mid Cambridgeshire. He took the seat from the Conservatives with 19,517 votes."
        )
    )
    assert gained.result and gained.result.value == "gain"
    assert gained.gained_from and gained.gained_from.value == "Conservative"
    held = _only(
        extract_text(
            "Labour held Gower with 20,208 votes. Labour has held the seat since 2017, when it took it from the "
            "Conservatives by 3,269 votes."
        )
    )
    assert held.result is None or held.result.value == "hold"


def test_independents_named_after_the_word_and_parties_referred_to_by_their_candidate_or_a_colon() -> None:
    text = (
        "Labour's Priya Malhotra held Gedling with 21,404 votes. "
        "Second came Tom Hargreaves, a retired headteacher standing as an independent, on 9,870. "
        "Two independent candidates, Ruth Keane and Owen Tate, received 412 and 96 votes respectively. "
        "For the Greens it was a night to forget. Their candidate, Alys Pugh, took 1,044. "
        "The Conservatives, who held the seat until 1997, slumped to fourth: Mark Dunn polled 988."
    )
    gedling = _only(extract_text(text))
    parties = {name: row["party"] for name, row in candidates(gedling).items()}
    assert parties["Tom Hargreaves"] == "Independent"
    assert parties["Ruth Keane"] == parties["Owen Tate"] == "Independent"
    assert parties["Alys Pugh"] == "Green"
    assert parties["Mark Dunn"] == "Conservative"


def test_an_aside_before_standing_as_an_independent_and_the_party_s_leader_named_after_the_topic() -> None:
    text = (
        "Reform UK's hopes of a breakthrough in Hartlepool faded as Labour held the seat and the party's "
        "leader, Gail Ridley, was pushed into second place. Jonathan Brash polled 15,501 and Ms Ridley 7,251. "
        "Dan Kerr, suspended by the Conservatives last year, stood as an independent and won 2,012."
    )
    hartlepool = _only(extract_text(text))
    parties = {name: row["party"] for name, row in candidates(hartlepool).items()}
    assert parties["Gail Ridley"] == "Reform UK"
    assert parties["Dan Kerr"] == "Independent"


def test_a_sentence_opening_on_the_party_means_the_party_named_in_the_sentence_before() -> None:
    text = (
        "Plaid Cymru's Llinos Medi won Ynys Môn with 10,590 votes, a majority of 637. "
        "The party also took Caerfyrddin and Dwyfor Meirionnydd from Labour and the Conservatives."
    )
    winners = {
        c.constituency.value: c.winner.party.value for c in extract_text(text).contests if c.winner and c.winner.party
    }
    assert winners["Caerfyrddin"] == winners["Dwyfor Meirionnydd"] == "Plaid Cymru"

    # two parties before: "the party" could be either, so neither is guessed
    ambiguous = (
        "The Conservatives lost Ynys Môn to Plaid Cymru's Llinos Medi, who won 10,590 votes. "
        "The party also took Caerfyrddin."
    )
    assert not any(
        c.winner and c.winner.party for c in extract_text(ambiguous).contests if c.constituency.value == "Caerfyrddin"
    )


def test_the_previous_member_from_a_death_in_a_named_month_and_from_who_won_the_seat_last_time() -> None:
    died = (
        "Labour's Jo White won the Bassetlaw by-election with 18,200 votes. "
        "The contest was called after the death in June of Conservative member Brendan Clarke-Smith."
    )
    seat = _only(extract_text(died))
    assert (
        seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Brendan Clarke-Smith"
    )
    assert seat.previous_member.reason and seat.previous_member.reason.value == "died"

    last_time = (
        "Labour's Jo White took Bassetlaw from the Conservatives with 24,000 votes. "
        "Brendan Clarke-Smith, who won the seat for the Tories in 2019, received 18,300."
    )
    seat = _only(extract_text(last_time))
    assert (
        seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Brendan Clarke-Smith"
    )
    assert seat.previous_member.reason and seat.previous_member.reason.derived == "won the seat at the election before"


def test_a_member_re_elected_is_not_read_as_the_previous_member_from_their_last_win() -> None:
    text = (
        "Sir Ed Davey held Kingston and Surbiton for the Liberal Democrats with 30,000 votes. "
        "Sir Ed, who won the seat with a majority of 10,489 in 2019, was never in danger."
    )
    assert _only(extract_text(text)).previous_member is None


def test_a_party_before_a_role_adjective_or_title_and_a_seat_held_as_an_independent() -> None:
    text = (
        "In Chingford and Woodford Green, the former Conservative leader Sir Iain Duncan Smith won 17,281 votes. "
        "The Official Monster Raving Loony Party's perennial candidate Alan Hope took 94."
    )
    seat = _only(extract_text(text))
    parties = {name: row["party"] for name, row in candidates(seat).items()}
    assert parties["Iain Duncan Smith"] == "Conservative"
    assert parties["Alan Hope"] == "Official Monster Raving Loony Party"

    held = (
        "Jeremy Corbyn, who led the Labour Party into two general elections, held his north London seat as an "
        "independent, polling 24,120 votes in Islington North. Labour's Praful Nargund took 16,873."
    )
    islington = _only(extract_text(held))
    assert islington.winner and islington.winner.party and islington.winner.party.value == "Independent"


def test_parties_that_each_held_one_seat_nationally_are_not_the_winners_of_the_seat_in_focus() -> None:
    text = (
        "Ian Murray held Edinburgh South for Labour with 19,293 votes. "
        "The Conservatives and Liberal Democrats each held one seat in Scotland."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.party and seat.winner.party.value == "Labour"


def test_a_time_inside_an_aside_does_not_set_the_seat_in_the_past_and_another_election_s_place_is_not_this_one() -> (
    None
):
    text = (
        "Mark Reckless, who left the Conservatives in September, comfortably won Rochester and Strood again "
        "for UKIP on Friday. He took 16,867 votes. The Conservatives polled 13,947 and Labour, in third place, "
        "6,713. Turnout was 50.6 percent. UKIP leader Nigel Farage, whose party finished first in the European "
        "elections in May, was delighted. Labour held Heywood and Middleton on the same day in October."
    )
    contests = {c.constituency.value: c for c in extract_text(text).contests}
    rochester = contests["Rochester and Strood"]
    assert rochester.turnout and rochester.turnout.value == 50.6
    assert {name or party: row["votes"] for (name, party), row in _rows(rochester).items()} == {
        "Mark Reckless": 16867,
        "Conservative": 13947,
        "Labour": 6713,
    }
    assert "Nigel Farage" not in {c.name.value for c in rochester.candidates if c.name}


def _rows(seat: Contest) -> dict[tuple[str | None, str | None], dict[str, float | None]]:
    return {
        (c.name.value if c.name else None, c.party.value if c.party else None): {
            "votes": c.votes.value if c.votes else None
        }
        for c in seat.candidates
    }


def test_a_description_opening_the_next_sentence_is_the_one_person_named_before() -> None:
    text = (
        "Thérèse Coffey survived a late surge on Friday, holding the new Suffolk Coastal seat for the "
        "Conservatives. The former minister polled 15,200 votes to the 14,800 of Labour's Jenny Riddell-Carpenter. "
        "Reform UK's Matthew Jackson took 9,100 and Julian Cusack of the Liberal Democrats 3,900."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Thérèse Coffey"
    assert seat.winner.party and seat.winner.party.value == "Conservative"
    rows = candidates(seat)
    assert rows["Thérèse Coffey"]["votes"] == 15200
    assert rows["Julian Cusack"] == {"party": "Liberal Democrats", "votes": 3900, "position": None}


def test_a_description_after_two_people_and_a_party_described_as_holding_the_seat_are_not_read() -> None:
    blog = (
        "05:10 Lab gain Dover from Con. Mike Tapp (Lab) 17,000, Natalie Elphicke (Con) 12,000. "
        "The former minister is out."
    )
    dover = _only(extract_text(blog))
    assert dover.winner and dover.winner.name and dover.winner.name.value == "Mike Tapp"
    assert not (
        dover.previous_member and dover.previous_member.name and dover.previous_member.name.value == "Mike Tapp"
    )

    negative = "Labour, as the party holding the seat, will decide when the Tiverton and Honiton by-election is held."
    assert not any(c.winner for c in extract_text(negative).contests)


def test_a_by_election_won_for_a_party_and_a_former_party_s_member_described_after() -> None:
    text = (
        "Salma Yaqoob has won the Birmingham Hall Green by-election for Respect, overturning a Labour majority "
        "of 3,799. The former Labour councillor took 12,400 votes. Labour's Tahir Ali came second with 9,100. "
        "The swing from Labour to Respect was 21 per cent."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.party and seat.winner.party.value == "Respect"
    assert candidates(seat)["Salma Yaqoob"]["votes"] == 12400
    assert seat.swing and seat.swing.to_party and seat.swing.to_party.value == "Respect"


def test_the_member_of_parliament_for_a_margin_compared_by_reversal_and_a_swing_that_came_to_n() -> None:
    text = (
        "After three attempts, Helen Morgan is the Member of Parliament for Chesham and Amersham. "
        "Ms Morgan's majority was 8,028, almost exactly reversing the picture of two years ago, when the "
        "Conservatives won by 16,223. The swing from the Conservatives to the Liberal Democrats came to "
        "around 25 points. Across Buckinghamshire, the Conservatives held every other seat."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Helen Morgan"
    assert seat.winner.party is None or seat.winner.party.value != "Conservative"
    assert seat.majority and seat.majority.value == 8028
    assert seat.previous_majority and seat.previous_majority.value == 16223
    assert seat.swing and seat.swing.value == 25


def test_a_name_the_model_ran_on_into_the_verb_ends_at_the_verb() -> None:
    text = "Daisy Cooper won St Albans for the Liberal Democrats with 28,867 votes."
    seat = _only(extract_text(text))
    assert seat.constituency.value == "St Albans"
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Daisy Cooper"


def test_sending_a_winner_to_westminster_an_office_described_and_a_tally_polled_by_another() -> None:
    text = (
        "Labour have held on to Erith and Thamesmead, sending Anna Reid to Westminster. "
        "The former deputy leader of Greenwich Council won 11,189 votes, well ahead of the 6,711 polled by "
        "the Conservative Daniel Frost. The 10.3-point swing to Labour, if repeated at a general election, would "
        "cost the government its Commons majority."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Anna Reid"
    rows = candidates(seat)
    assert rows["Anna Reid"]["votes"] == 11189
    assert rows["Daniel Frost"]["votes"] == 6711
    assert seat.swing and seat.swing.value == 10.3


def test_a_reader_qa_with_a_council_area_another_election_s_winner_and_an_itemised_list() -> None:
    text = (
        "Thursday's Westminster by-election in North Lanarkshire was held in Motherwell and Wishaw. "
        "Why was there a by-election? Marion Fellows resigned her Commons seat to stand for Holyrood. She was "
        "elected MSP for Motherwell and Wishaw at the Holyrood election. So who won? The SNP held the seat. "
        "Its candidate, Roza Salih, took 12,100 votes. Labour's Pamela Nash came second with 10,900. "
        "The Liberal Democrat, Fraser Grieve, polled 320. The other three shared fewer than 400 votes between "
        "them: Ann Lyle of the SDP (151), Reform UK's Nigel Harkness (95) and Alan Bird of UKIP (88)."
    )
    contests = {c.constituency.value: c for c in extract_text(text).contests}
    assert "North Lanarkshire" not in contests
    seat = contests["Motherwell and Wishaw"]
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Roza Salih"
    rows = candidates(seat)
    assert rows["Fraser Grieve"] == {"party": "Liberal Democrats", "votes": 320, "position": None}
    assert rows["Ann Lyle"]["votes"] == 151 and rows["Nigel Harkness"]["votes"] == 95
    assert "Marion Fellows" not in rows


def test_a_win_for_a_lower_place_and_a_seat_that_was_someone_else_s() -> None:
    text = (
        "The party drafted in its chairman, Richard Holden, whose North West Durham seat had disappeared. "
        "In Basildon and Billericay Holden finished on 12,905, Labour's Alex Harrison on 12,885. "
        "The Liberal Democrat Edward Sainsbury (2,292) edged out the Green, Stewart Goshawk (2,123), for fourth."
    )
    contests = {c.constituency.value: c for c in extract_text(text).contests}
    assert "North West Durham" not in contests or contests["North West Durham"].mention_only
    seat = contests["Basildon and Billericay"]
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Richard Holden"
    assert candidates(seat)["Stewart Goshawk"]["party"] == "Green"


def test_a_headline_hold_bracketed_tallies_with_shares_and_the_national_picture_on_the_same_line() -> None:
    text = (
        "Tories cling on in Berwickshire, Roxburgh and Selkirk\n\n"
        "John Lamont (14,000 votes; 31.0%) held the seat after a long night. The SNP's Anna Smith (13,070; "
        "28.9%) finished second. Mr Lamont's majority over Smith was 930, roughly three times the margin by "
        "which the seat was won five years ago. The Liberal Democrat Iain Mackay (2,092) was fourth.\n\n"
        "Across Scotland the picture was very different: Labour gains from the SNP in the central belt "
        "dominated the night."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.party and seat.winner.party.value == "Conservative"
    assert seat.result and seat.result.value == "hold"
    assert seat.majority and seat.majority.value == 930
    rows = candidates(seat)
    assert rows["Anna Smith"]["votes"] == 13070
    assert rows["Iain Mackay"] == {"party": "Liberal Democrats", "votes": 2092, "position": 4}


def test_a_transcript_s_candidate_was_turnout_after_a_comma_an_independent_set_off_and_won_for_a_party() -> None:
    text = (
        "OWEN: Labour held Batley and Spen. Their candidate was Kim Leadbeater, and she got 13,296 votes.\n\n"
        "TESSA: An independent, Paul Halloran, took 6,432.\n\n"
        "OWEN: Turnout, 47.6 per cent.\n\n"
        "TESSA: The same night in Chesham and Amersham, where Sarah Green won for the Lib Dems, was quieter."
    )
    contests = {c.constituency.value: c for c in extract_text(text).contests}
    batley = contests["Batley and Spen"]
    rows = candidates(batley)
    assert rows["Kim Leadbeater"]["party"] == "Labour"
    assert rows["Paul Halloran"] == {"party": "Independent", "votes": 6432, "position": None}
    assert batley.turnout and batley.turnout.value == 47.6
    chesham = contests["Chesham and Amersham"]
    assert chesham.winner and chesham.winner.party and chesham.winner.party.value == "Liberal Democrats"


def test_green_as_a_surname_after_a_forename_but_not_after_scottish_or_before_party() -> None:
    text = (
        "Chris Green won Bolton West for the Conservatives with 27,255 votes. "
        "The Scottish Green candidate took 410 and the Green Party's Vicki Attenborough 1,317."
    )
    seat = _only(extract_text(text))
    rows = candidates(seat)
    assert rows["Chris Green"]["party"] == "Conservative"
    assert rows["Vicki Attenborough"]["party"] == "Green"


def test_a_reader_s_question_names_the_figure_its_answer_opens_on() -> None:
    text = (
        "Who won? Labour's Michael Shanks took Rutherglen and Hamilton West with 17,845 votes.\n\n"
        "What was the majority?\n\n"
        "Nine thousand, four hundred and forty-six votes.\n\n"
        "And the turnout?\n\n"
        "37.2 per cent, low even for a by-election."
    )
    seat = _only(extract_text(text))
    assert seat.majority and seat.majority.value == 9446
    assert seat.turnout and seat.turnout.value == 37.2


def test_a_spoken_list_of_name_and_tally_but_not_an_age() -> None:
    text = (
        "Labour's Jim McMahon held Oldham West and Royton with 17,209 votes. "
        "The Green candidate, Simeon Hart, 249, and then the Liberal Democrat, Jane Brophy, 62, a retired "
        "teacher, who got 1,024."
    )
    rows = candidates(_only(extract_text(text)))
    assert rows["Simeon Hart"]["votes"] == 249
    assert rows.get("Jane Brophy", {}).get("votes") != 62


def test_a_live_blog_s_capitals_result_line_a_bare_tally_after_a_surname_and_a_declared_member() -> None:
    text = (
        "04:52\nLIB DEM HOLD SHEFFIELD HALLAM. Nick Clegg survives.\n\n"
        "04:55\nClegg 22,215, Labour's Oliver Coppard 19,862. The Conservative, Ian Walker, was third on 7,544.\n\n"
        "06:45\nIt was late, and the Liberal Democrat activists had gone home, when Salmond - who had stepped down "
        "as First Minister only months before - was declared the member of parliament for Gordon, holding on "
        "to 27,717 votes."
    )
    contests = {c.constituency.value: c for c in extract_text(text).contests}
    hallam = contests["Sheffield, Hallam"]
    assert candidates(hallam)["Nick Clegg"]["votes"] == 22215
    assert candidates(hallam)["Oliver Coppard"]["votes"] == 19862
    gordon = contests["Gordon"]
    assert gordon.winner and gordon.winner.name and gordon.winner.name.value == "Salmond"
    assert not (gordon.winner.party and gordon.winner.party.value == "Liberal Democrats")


def test_a_section_under_an_earlier_year_s_heading_is_that_election_s_history() -> None:
    text = (
        "Bolsover: two elections\n\n"
        "2017: the close one\n\n"
        "Dennis Skinner was re-elected with 24,153 votes, a majority of 5,288. Turnout was 63.1 per cent.\n\n"
        "2019: the fall\n\n"
        "The Conservative Mark Fletcher took 21,791 votes against Skinner's 16,492, gaining the seat with a "
        "majority of 5,299. Turnout fell to 61.1 per cent."
    )
    seat = _only(extract_text(text))
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Mark Fletcher"
    assert seat.majority and seat.majority.value == 5299
    assert seat.previous_majority and seat.previous_majority.value == 5288
    assert seat.turnout and seat.turnout.value == 61.1


def test_an_at_a_glance_box_a_possessive_pronoun_and_votes_managed_for_a_party_s_candidate() -> None:
    box = (
        "ELECTION 2010: NORWICH SOUTH AT A GLANCE\n\n"
        "Majority: 310\nTurnout: 64.6%\n\n"
        "How they voted\n"
        "Simon Wright, Liberal Democrat: 13,960 (29.4%)\n"
        "Charles Clarke, Labour: 13,650 (28.7%)\n"
        "Antony Little, Conservative: 10,902 (22.9%)\n"
    )
    seat = _only(extract_text(box))
    assert seat.majority and seat.majority.value == 310
    assert candidates(seat)["Antony Little"] == {"party": "Conservative", "votes": 10902, "position": 3}

    prose = (
        "Labour's Emma Lewell-Buck held South Shields. Her 12,493 votes dwarfed the rest. "
        "The Conservatives, for their part, managed 2,857 votes for Karen Allen. "
        "An independent, Ahmed Khan, picked up 1,331."
    )
    rows = candidates(_only(extract_text(prose)))
    assert rows["Emma Lewell-Buck"]["votes"] == 12493
    assert rows["Karen Allen"] == {"party": "Conservative", "votes": 2857, "position": None}
    assert rows["Ahmed Khan"] == {"party": "Independent", "votes": 1331, "position": None}


def test_a_pronoun_chain_stays_with_the_person_it_started_with() -> None:
    text = (
        "Dehenna Davison becomes the first Conservative to represent Bishop Auckland. She won 24,067 votes "
        "to the 16,105 of Labour's Helen Goodman. Her 53.7 per cent share was the largest in the county."
    )
    seat = _only(extract_text(text))
    shares = {c.name.value: c.share.value for c in seat.candidates if c.name and c.share}
    assert shares == {"Dehenna Davison": 53.7}


def test_a_party_that_chose_its_candidate_and_a_surname_that_is_also_a_seat_s_name() -> None:
    text = (
        "In Dudley North, Labour chose Melanie Dudley to defend a majority of 22. The Conservatives picked "
        "Marco Longhi. Longhi took 23,134 votes against Dudley's 11,601, a majority of 11,533."
    )
    seat = _only(extract_text(text))
    rows = candidates(seat)
    assert rows["Melanie Dudley"] == {"party": "Labour", "votes": 11601, "position": None}
    assert rows["Marco Longhi"]["party"] == "Conservative" and rows["Marco Longhi"]["votes"] == 23134
    assert {check.id: check.status for check in extract_text(text).checks}["majority_arithmetic"] == "pass"


def test_a_majority_years_ago_a_member_who_lost_his_seat_after_an_aside_and_an_mp_since_after_a_party() -> None:
    blog = (
        "05:10\nBREAKING: CONSERVATIVE GAIN KINGSTON AND SURBITON. Ed Davey, energy secretary for the last "
        "three years, has lost his seat. James Berry took 23,249 votes. Davey had a majority of 7,560 five "
        "years ago and had represented the seat since 1997."
    )
    seat = _only(extract_text(blog))
    assert seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Ed Davey"
    assert seat.previous_majority and seat.previous_majority.value == 7560

    box = (
        "ELECTION 2015: NORTH CORNWALL AT A GLANCE\n\nBig name out: Dan Rogerson (Liberal Democrat), MP since 2005\n\n"
        "How they voted\nScott Mann, Conservative: 21,686 (45.0%)\nDan Rogerson, Liberal Democrat: 14,065 (29.2%)\n"
    )
    cornwall = _only(extract_text(box))
    assert (
        cornwall.previous_member
        and cornwall.previous_member.name
        and cornwall.previous_member.name.value == "Dan Rogerson"
    )


def test_a_swing_this_time() -> None:
    text = (
        "Jacob Young took Redcar for the Conservatives with a majority of 3,527. "
        "The swing from Labour to the Conservatives this time was 15.5 points."
    )
    seat = _only(extract_text(text))
    assert seat.swing and (seat.swing.value, seat.swing.unit) == (15.5, "points")
    assert seat.swing.from_party and seat.swing.from_party.value == "Labour"


# --- majorities that fell, and seats compared in passing (invented seats' people, real seat names) ---


def _seats(text: str) -> dict[str, Contest]:
    return {c.constituency.value: c for c in extract_text(text, reference=None).contests}


def test_a_majority_the_sentence_says_fell_is_the_previous_one() -> None:
    found = _seats(
        "Alisha Brandt won Kettering for Labour with 14,365 votes. "
        "The Conservative majority of 3,360 was wiped out by a swing of 9 points."
    )["Kettering"]
    assert found.previous_majority and found.previous_majority.value == 3360
    assert found.majority is None


def test_a_majority_announced_is_still_the_new_one() -> None:
    """The negative: "was announced" is no fall."""
    found = _seats("Alisha Brandt won Kettering for Labour. Her majority of 3,224 was announced at 3am.")["Kettering"]
    assert found.majority and found.majority.value == 3224 and found.previous_majority is None


def test_a_result_compared_in_passing_keeps_its_own_fallen_majority() -> None:
    """ "beats the party's win in X in May, when a majority of N was toppled": X is named in passing, yet
    the majority toppled there is X's, and this seat keeps its own figures."""
    seats = _seats(
        "Alisha Brandt won Kettering for Labour with 14,365 votes. The result beats Labour's win in Wellingborough "
        "and Rushden in May, when the Tory majority of 9,120 was toppled by Tobias Wren. "
        "Brandt's majority was 3,224."
    )
    assert seats["Kettering"].majority and seats["Kettering"].majority.value == 3224
    assert seats["Kettering"].previous_majority is None
    compared = seats["Wellingborough and Rushden"]
    assert compared.mention_only and compared.previous_majority and compared.previous_majority.value == 9120


def test_a_seat_majority_written_with_seat_is_a_majority() -> None:
    found = _seats("Labour have taken the Conservative seat of Kettering with a new 1500 seat majority.")["Kettering"]
    assert found.majority and found.majority.value == 1500


def test_an_age_is_never_a_tally() -> None:
    found = _seats(
        "Alisha Brandt won Kettering for Labour with 14,365 votes. The Independent candidate, Bea Lorrimer, "
        "who stood aged 88, polled 312."
    )["Kettering"]
    assert {c.votes.value for c in found.candidates if c.votes} == {14365, 312}


# --- the electorate, a past turnout and a stated change in the majority ---


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("on a turnout of 42.1% of an electorate of 77,500.", "electorate", 77500),
        ("Just over 42 per cent of the 77,500 people on the register turned out.", "electorate", 77500),
        ("Turnout was 42.1%, down from 61.5% at the last general election.", "previous_turnout", 61.5),
        ("Turnout was 42.1%, down from the 61.5% turnout at the 2029 general election.", "previous_turnout", 61.5),
        ("Her majority of 3,224 was 900 more than last time.", "majority_change", 900),
        ("Her majority of 3,224 was 136 fewer than at the last general election.", "majority_change", -136),
    ],
)
def test_the_electorate_a_past_turnout_and_a_change_in_the_majority(sentence: str, field: str, value: float) -> None:
    found = _seats(f"Alisha Brandt won Kettering for Labour with 14,365 votes. {sentence}")["Kettering"]
    assert getattr(found, field) is not None and getattr(found, field).value == value


def test_the_stay_at_homes_are_not_the_electorate_and_a_change_is_not_the_previous_majority() -> None:
    found = _seats(
        "Alisha Brandt won Kettering for Labour with 14,365 votes and a majority of 3,224, 900 more than last time. "
        "Close to 45,000 people on the register chose not to vote."
    )["Kettering"]
    assert found.electorate is None
    assert found.previous_majority is None and found.majority and found.majority.value == 3224


def test_whose_former_seat_it_was_names_the_previous_member_only_where_the_seat_is_named() -> None:
    named = _only(extract_text("Labour took Priya Nair's old seat of Kettering with a majority of 3,410."))
    assert named.previous_member and named.previous_member.name and named.previous_member.name.value == "Priya Nair"
    assert named.previous_member.reason.derived == "named as the person whose former seat it is"
    # a former seat the sentence does not name may be another contest's: no previous member from it
    unnamed = _only(
        extract_text("Labour took Kettering with a majority of 3,410. Tom Pike's former seat fell on the same night.")
    )
    assert unnamed.previous_member is None
    # a stated vacancy, with its reason, comes first
    stated = _only(
        extract_text(
            "Labour took Priya Nair's old seat of Kettering with a majority of 3,410. The by-election was "
            "called after the resignation of Dev Sharma."
        )
    )
    assert stated.previous_member and stated.previous_member.name and stated.previous_member.name.value == "Dev Sharma"


HYPOTHETICAL_SEAT = """Labour have held the Hexham seat in a by-election, with a reduced majority.

Local councillor Ann Smith won with a majority of 2,100, down from 9,000 in 2019.

{sentence}

The full results were:

Ann Smith (Lab) 12,000 (51.0%)

Tom Brown (Con) 9,900 (42.1%)
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "A swing that large in the chancellor's Tatton seat would be enough to unseat him, according to Labour.",
        "Repeated at a general election, a result like this could see Tatton fall too, party officials claimed.",
        "If repeated in Tatton, the swing would unseat the chancellor.",
    ],
)
def test_a_seat_named_in_what_would_happen_does_not_take_the_results(sentence: str) -> None:
    """Rule ``hypothetical``: a seat that is the subject of a modal, or named under a condition, is not
    the contest the following results belong to."""
    result = extract_text(HYPOTHETICAL_SEAT.format(sentence=sentence), reference=None)
    hexham = candidates(contest(result, "Hexham"))
    assert {name: row["votes"] for name, row in hexham.items()} == {"Ann Smith": 12000, "Tom Brown": 9900}
    assert all(not c.candidates for c in result.contests if c.constituency.value == "Tatton")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tatton seat could have gone either way. The Conservatives' Tom Reed held on there with a majority of 310.",
        "The Tatton seat could have gone either way, but the Conservatives' Tom Reed won it with a majority of 310.",
    ],
)
def test_a_seat_whose_result_could_have_gone_either_way_keeps_its_results(sentence: str) -> None:
    """The negatives: "could have" speaks of the result itself, and a sentence that reports a win is no
    hypothesis; the seat takes the focus and its majority."""
    result = extract_text(f"Labour's Ann Smith held Hexham by 2,100 votes.\n\n{sentence}", reference=None)
    tatton = contest(result, "Tatton")
    assert tatton.majority is not None and tatton.majority.value == 310
    hexham = contest(result, "Hexham")
    assert hexham.majority is not None and hexham.majority.value == 2100


BALLOT_PAPER = """Labour have won the Hexham by-election. The result in full:

BRIDGE Paul The Conservative Party Candidate 6,918
FERN Lisa Labour Party 9,877 E
McKENNA Ruth Green Party 904
MOORCROFT Andrew John 101
O'DWYER Sean Patrick The Kelverton First Party 1,877
"""


def test_a_ballot_paper_row_is_read_by_its_grammar_surname_first() -> None:
    """Rule ``_ballot_names``: SURNAME, forenames, then the party as registered (or "The" and a party the
    lexicon does not know, or nothing), then the tally; the name is the forenames and the surname."""
    result = extract_text(BALLOT_PAPER, reference=None)
    rows = candidates(contest(result, "Hexham"))
    assert {name: (row["party"], row["votes"]) for name, row in rows.items()} == {
        "Paul Bridge": ("Conservative", 6918),
        "Lisa Fern": ("Labour", 9877),
        "Andrew John Moorcroft": (None, 101),
        "Sean Patrick O'Dwyer": (None, 1877),
        "Ruth McKenna": ("Green", 904),
    }


def test_a_list_in_ballot_order_gives_no_places_and_its_first_row_is_no_winner() -> None:
    """Rule ``ballot_order``: votes that rise from one row to the next, in a list of names in alphabetical
    order of surname, mean ballot order."""
    result = extract_text(BALLOT_PAPER, reference=None)
    hexham = contest(result, "Hexham")
    assert hexham.winner is not None and hexham.winner.name is not None
    assert hexham.winner.name.value == "Lisa Fern"  # the returning officer's "E", not the first row
    assert [c.name.value for c in hexham.candidates if c.position and c.name] in ([], ["Lisa Fern"])


def test_a_list_in_finishing_order_keeps_its_places() -> None:
    """The negative: votes that fall row by row are finishing order, and the first row won."""
    text = "Labour held Hexham.\n\nAnn Smith (Lab) 12,000\nTom Brown (Con) 9,900\nJo Pym (Green) 800\n"
    rows = candidates(contest(extract_text(text, reference=None), "Hexham"))
    assert {name: row["position"] for name, row in rows.items()} == {"Ann Smith": 1, "Tom Brown": 2, "Jo Pym": 3}


def test_rising_votes_in_a_list_not_in_alphabetical_order_keep_its_places() -> None:
    """The negative: a misprint in a finishing-order list ("19,900" for "9,900") is not ballot order."""
    text = "Labour held Hexham.\n\nAnn Smith (Lab) 12,000\nTom Brown (Con) 19,900\nJo Pym (Green) 800\n"
    rows = candidates(contest(extract_text(text, reference=None), "Hexham"))
    assert {name: row["position"] for name, row in rows.items()} == {"Ann Smith": 1, "Tom Brown": 2, "Jo Pym": 3}


@pytest.mark.parametrize("line", ["LD    Sam Okoro        9,312", "CPA   Roger Pell          70"])
def test_a_party_column_before_a_name_is_no_surname(line: str) -> None:
    """The negative of the ballot row: a box's party letters then the name are not "SURNAME Forenames"."""
    result = extract_text(f"Labour held Hexham.\n\n{line}\n", reference=None)
    names = {c.name.value for c in contest(result, "Hexham").candidates if c.name}
    assert all(not name.endswith((" Ld", " Cpa")) for name in names), names


def test_a_seat_described_by_part_of_its_region_is_the_article_seat() -> None:
    """Rule ``_described_seats``: "the West London constituency" is the article's one seat in London."""
    text = (
        "The Conservatives have held the Uxbridge and South Ruislip by-election.\n\n"
        "Local councillor Tom Reed has won the West London constituency, defeating Labour's Ann Smith by 495 votes."
    )
    result = extract_text(text, reference=None)
    assert [c.constituency.value for c in result.contests] == ["Uxbridge and South Ruislip"]
    assert result.contests[0].majority is not None and result.contests[0].majority.value == 495


def test_a_region_part_with_no_seat_of_that_region_names_no_seat() -> None:
    """The negative: with no London seat in the article, "West London" describes nothing here."""
    result = extract_text("Labour held Hexham by 2,100 votes. Turnout in the West London constituency rose.")
    assert "Uxbridge and South Ruislip" not in [c.constituency.value for c in result.contests]


def test_a_dash_between_columns_is_layout_and_an_outpolled_first_row_no_winner() -> None:
    """Rules ``BOX_LAYOUT`` and ``ballot_order``: "Name - Party - votes" rows name the person without the
    dash, and a first row that a later row outpolls is not the winner."""
    text = (
        "The Conservatives have held the Hexham by-election. The results:\n\n"
        "Ann Smith - Labour Party - 13,470\n\nTom Reed - Conservative Party - 13,965\n\n"
        "Jo Pym - Christian People's Alliance - 78\n"
    )
    hexham = contest(extract_text(text, reference=None), "Hexham")
    rows = candidates(hexham)
    assert {name: row["party"] for name, row in rows.items()} == {
        "Ann Smith": "Labour",
        "Tom Reed": "Conservative",
        "Jo Pym": "Christian Peoples Alliance",
    }
    assert hexham.winner is not None and hexham.winner.name is not None and hexham.winner.name.value == "Tom Reed"


def _previous_member(text: str) -> str | None:
    hexham = contest(extract_text(text + " Ann Smith won by 2,100 votes.", reference=None), "Hexham")
    return hexham.previous_member.name.value if hexham.previous_member and hexham.previous_member.name else None


@pytest.mark.parametrize(
    "text",
    [
        "Voters have elected Labour's Ann Smith to replace Sir Tom Jarvis in the late MP's Hexham constituency.",
        "Labour's Ann Smith won the Hexham by-election and takes over from Tom Jarvis, who became a mayor.",
    ],
)
def test_the_person_succeeded_is_the_member_before(text: str) -> None:
    """Rule ``successions``: "replace X", "takes over from X" in a sentence about the seat or a member."""
    assert _previous_member(text) == "Tom Jarvis"


def test_a_succession_outside_the_seat_names_no_member() -> None:
    """The negative: "hopes to replace the Prime Minister" in a sentence with no seat, member or by-election."""
    text = "Labour's Ann Smith won the Hexham by-election. Her leader hopes to replace Rishi Sunak within a year."
    assert _previous_member(text) is None


def test_the_former_seat_that_was_won_is_this_contests() -> None:
    """Rule ``former_seats``: "seized X's former seat" needs no seat named in its sentence."""
    text = "Labour's Ann Smith won the Hexham by-election. Labour has seized Jane Doyle's former seat from the Tories."
    assert _previous_member(text) == "Jane Doyle"


def test_a_former_seat_merely_mentioned_is_no_contests() -> None:
    """The negative: a former seat nobody won in the sentence, and no seat named, names no member."""
    text = "Labour's Ann Smith won the Hexham by-election. Jane Doyle's former seat is a long way north of here."
    assert _previous_member(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Labour's Ann Smith won the Hexham by-election, which was called when the former "
        "Conservative Cabinet minister Jane Doyle resigned.",
        "Labour's Ann Smith won the Hexham by-election, called after the fatal stabbing of Sir Tom Jarvis MP.",
    ],
)
def test_a_vacancy_names_its_member_past_a_role_and_a_violent_death(text: str) -> None:
    """A role word the model tags as a name ("Cabinet") is no member; a stabbing is a death."""
    assert _previous_member(text) in ("Jane Doyle", "Tom Jarvis")


def test_a_party_after_from_or_for_is_the_candidates() -> None:
    """Rule ``PARTY_AFTER_PERSON``: "X from the Heritage Party won 211 votes", "Y from UKIP won 263"."""
    text = (
        "Labour's Ann Smith won Hexham by 2,100 votes. Tobias Wren from the Heritage Party won 211 votes, "
        "Dana Keel from the Reform Party 481 votes and Cal Dunmore from UKIP won 263 votes."
    )
    rows = candidates(contest(extract_text(text, reference=None), "Hexham"))
    assert {name: row["party"] for name, row in rows.items() if name != "Ann Smith"} == {
        "Tobias Wren": "Heritage Party",
        "Dana Keel": "Reform UK",
        "Cal Dunmore": "UKIP",
    }


def test_a_party_word_further_off_after_from_is_not_the_candidates() -> None:
    """The negative: "far from the Labour heartlands" in an aside is no party of the name before it."""
    text = (
        "Labour's Ann Smith won Hexham by 2,100 votes. Tom Reed, who grew up far from the Labour heartlands, "
        "won 300 votes as an independent."
    )
    assert candidates(contest(extract_text(text, reference=None), "Hexham"))["Tom Reed"]["party"] is None


def _swing(text: str) -> tuple[float | None, str | None, str | None]:
    swing = contest(extract_text(text, reference=None), "Hexham").swing
    if swing is None:
        return None, None, None
    return (
        swing.value,
        swing.from_party.value if swing.from_party else None,
        swing.to_party.value if swing.to_party else None,
    )


def test_a_swing_away_from_a_party_goes_to_the_winners() -> None:
    """Rules ``SWING_BEFORE`` ("away from", "was an astonishing") and ``swing_to_party``."""
    won = "Labour's Ann Smith won Hexham by 2,100 votes. "
    assert _swing(won + "The swing away from the Conservatives was an astonishing 21%.") == (
        21.0,
        "Conservative",
        "Labour",
    )
    assert _swing(won + "It was a 17.2% swing away from the Conservatives.") == (17.2, "Conservative", "Labour")


def test_a_swing_away_from_the_winners_own_party_goes_nowhere_stated() -> None:
    """The negative: a hold despite a swing away from the holders says nothing of where it went."""
    text = "The Conservatives' Tom Reed held Hexham by 2,100 votes despite a 5.1% swing away from the Conservatives."
    assert _swing(text) == (5.1, "Conservative", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Her Conservative opponent, Tom Reed, was ushered out of a side door.",
        "Tory hopeful Tom Reed left without speaking to reporters.",
    ],
)
def test_a_person_named_as_a_partys_candidate_stood_without_a_figure(sentence: str) -> None:
    """Rule ``_named_candidates``: a candidate named with a party and a candidate noun, no figure needed."""
    rows = candidates(contest(extract_text(f"Labour's Ann Smith held Hexham by 2,100 votes. {sentence}"), "Hexham"))
    assert rows["Tom Reed"]["party"] == "Conservative"


def test_candidates_named_in_a_preview_make_no_contest() -> None:
    """The negative: a preview names candidates, but reports no result to give them to."""
    text = (
        "Voters in Hexham go to the polls on Thursday. Tory candidate Tom Reed and Labour candidate Ann Smith "
        "both say the race is tight."
    )
    assert extract_text(text, reference=None).contests == []


def test_a_seat_name_that_is_a_ballot_rows_surname_is_the_persons() -> None:
    """A heading seat in capitals ("WELLS") inside a name written surname first is that person's."""
    text = (
        "Labour have won the Hexham by-election. The result in full:\n\n"
        "BRIDGE Paul The Conservative Party Candidate 6,918\nFERN Lisa Labour Party 9,877 E\n"
        "WELLS Martin Green Party 1,146\n"
    )
    result = extract_text(text, reference=None)
    assert [c.constituency.value for c in result.contests] == ["Hexham"]
    assert candidates(contest(result, "Hexham"))["Martin Wells"]["votes"] == 1146


def test_the_town_of_the_count_is_no_contest() -> None:
    """Rule ``COUNT_VENUE_BEFORE``: "At the by-election count in Tatton" names where votes were counted."""
    text = "Reform UK's Ann Smith won Hexham by 2,100 votes. At the by-election count in Tatton, Smith was glad."
    assert [c.constituency.value for c in extract_text(text, reference=None).contests] == ["Hexham"]


def test_a_round_of_an_stv_count_names_the_seat() -> None:
    """The negative: "elected on the first count in Tatton" is a round of counting there, a result."""
    text = "Labour's Ann Smith was elected on the first count in Tatton with 6,210 first-preference votes."
    assert "Tatton" in [c.constituency.value for c in extract_text(text, reference=None).contests]


def test_a_partys_short_form_in_a_results_bracket_is_that_party() -> None:
    """Rule ``party_by_short_form`` on ``BRACKET_PARTY_SLOT``: initials and leading words cut short."""
    text = (
        "Labour held Hexham.\n\nAnn Smith (Lab) 13,166 (47.9%)\nDavid Hurst (Yorkshire) 1,182 (4.30%)\n"
        "Tom Pell (Soc Dem) 314 (0.88%)\nMick Dodd (FA) 187 (0.68%)\nJo Luck (Climate) 39 (0.11%)\n"
    )
    rows = candidates(contest(extract_text(text, reference=None), "Hexham"))
    assert {name: row["party"] for name, row in rows.items()} == {
        "Ann Smith": "Labour",
        "David Hurst": "Yorkshire Party",
        "Tom Pell": "Social Democratic Party",
        "Mick Dodd": "Freedom Alliance",
        "Jo Luck": "Climate Party",
    }


def test_a_short_form_that_fits_two_parties_is_never_guessed() -> None:
    """The negative: "NIP" is the Northern Independence Party and the Newham Independents Party."""
    from electext.lexicon.resources import load_resources

    assert "nip" not in load_resources().party_by_short_form
    text = "Labour held Hexham.\n\nAnn Smith (Lab) 13,166\nCal Jones (NIP) 84\n"
    rows = candidates(contest(extract_text(text, reference=None), "Hexham")).values()
    assert [row["party"] for row in rows if row["votes"] == 84] == [None]


def test_a_context_changed_to_what_it_holds_is_itself_and_a_change_is_a_copy() -> None:
    context = Context(box_rank=2, question="Who won?")
    assert changed(context, box_rank=2, question=context.question) is context
    moved = changed(context, box_rank=0)
    assert moved is not context and moved == Context(box_rank=0, question="Who won?")
    assert context.box_rank == 2  # frozen: the original is untouched
    # an equal value that is another object is a change as far as identity goes: a copy, equal
    assert changed(context, question="".join(["Who ", "won?"])) == context


def test_an_article_without_a_figure_reports_the_contest_whose_winner_it_names() -> None:
    text = (
        "The Tories have held on to Hartlepool in the by-election. Tory Ada Strand managed to retain it for "
        "the party. Labour candidate Ben Roe had distanced himself from the policy."
    )
    hartlepool = _only(extract_text(text))
    assert hartlepool.winner and hartlepool.winner.name and hartlepool.winner.name.value == "Ada Strand"
    assert {c.name.value for c in hartlepool.candidates if c.name} == {"Ada Strand", "Ben Roe"}


def test_a_seat_won_without_figures_stays_a_mention_where_another_contest_has_figures() -> None:
    text = (
        "Labour's Ada Strand won the Hartlepool by-election with 13,872 votes, a majority of 1,192. "
        "On the same night Tory Ben Roe held Tamworth."
    )
    reported = [c.constituency.value for c in extract_text(text).contests if not c.mention_only]
    assert reported == ["Hartlepool"]


def test_a_members_hold_on_a_seat_in_a_poll_story_is_no_result() -> None:
    text = "Ada Strand's hold on Hartlepool is under threat, a poll of the by-election suggests."
    assert [c for c in extract_text(text).contests if not c.mention_only] == []


def test_a_seat_with_its_compass_point_first_in_small_letters_is_the_seat() -> None:
    text = (
        "The party's finest hour came in north Belfast with the election of Ann Doyle.\n\n"
        "Ms Doyle won 22,640 votes compared to 20,915 for Mr Reid."
    )
    belfast = _only(extract_text(text))
    assert belfast.constituency.value == "Belfast North"


def test_a_relative_who_shares_the_surname_does_not_take_over_the_candidates_title() -> None:
    text = (
        "Ann Doyle has won the Belfast North seat.\n\nMs Doyle spoke of her late father, the "
        "solicitor Pat Doyle, who died in 1991.\n\nMs Doyle won 22,640 votes compared to 20,915 for Mr Reid."
    )
    belfast = _only(extract_text(text))
    assert belfast.winner and belfast.winner.name and belfast.winner.name.value == "Ann Doyle"
    assert {c.name.value for c in belfast.candidates if c.name} <= {"Ann Doyle", "Reid"}


def test_a_person_paired_with_a_seat_keeps_its_figures_where_the_focus_has_moved_on() -> None:
    text = (
        "In Dundee, Ola Kemp and Ann Vale were re-elected to the Dundee West and Dundee East seats.\n\n"
        "Ms Kemp received 15,480 votes, with Labour's Tom Reid on 6,915."
    )
    contests = {c.constituency.value: c for c in extract_text(text).contests}
    west = contests["Dundee West"]
    assert tallies(west) == {
        "Ola Kemp": 15480,
        "Tom Reid": 6915,
    }


def test_the_party_said_to_win_in_the_seats_own_sentence_is_the_winners() -> None:
    text = (
        "Holyrood: SNP mixed fortunes and Tory gains\n\nThere was a Labour gain for Ann Vale in Edinburgh "
        "Southern when she beat the SNP's Jim Reid by 1,123 votes."
    )
    southern = _only(extract_text(text))
    assert southern.winner and southern.winner.party and southern.winner.party.value == "Labour"


def test_a_defeat_to_a_party_names_the_party_that_won() -> None:
    text = (
        "The Tories have lost Hartlepool in a heavy by-election defeat to Labour. "
        "Ada Strand took the seat with a majority of 1,274."
    )
    hartlepool = _only(extract_text(text))
    assert hartlepool.winner and hartlepool.winner.party and hartlepool.winner.party.value == "Labour"


def test_a_defeat_to_a_party_in_the_polls_is_no_result() -> None:
    text = "The Tories could face a heavy defeat to Labour in Hartlepool, a poll suggests."
    assert [c for c in extract_text(text).contests if not c.mention_only] == []


def test_topping_the_poll_wins_and_a_partys_officer_stands_for_it() -> None:
    text = (
        "NI Assembly election 2022\n\nAlliance leader Ola Kemp topped the poll in East Belfast, while "
        "Sinn Fein's vice president Ann Doyle was elected at the first count in Mid Ulster."
    )
    winners = {
        c.constituency.value: (c.winner.name.value, c.winner.party.value if c.winner.party else None)
        for c in extract_text(text).contests
        if c.winner and c.winner.name
    }
    assert winners["Mid Ulster"] == ("Ann Doyle", "Sinn Fein")
    assert winners["Belfast East"][0] == "Ola Kemp"


def test_topping_a_poll_of_voters_is_no_win() -> None:
    text = "Labour is topping the polls nationally, and Ann Doyle hopes to win Mid Ulster."
    assert [c for c in extract_text(text).contests if not c.mention_only] == []


def test_the_name_a_cleft_puts_first_is_the_winner_not_the_first_party_of_the_sentence() -> None:
    text = (
        "Hartlepool by-election\n\nWhile the other parties fell back before a Tory surge, it was "
        "the SNP's Ann Doyle that won the seat;\n\nSNP 815 (36.4%)\nCon 731 (32.6%)\n"
    )
    contest = reported(text)
    assert contest.winner and contest.winner.name and contest.winner.name.value == "Ann Doyle"


def test_the_title_of_the_one_just_elected_before_a_name_names_the_winner() -> None:
    text = (
        "The Hartlepool result is in.\n\nThe constituency's new MP Ann Doyle has a majority of 8,915 votes, "
        "bigger than Mr Reid's 7,430 in 2019."
    )
    hartlepool = _only(extract_text(text))
    assert hartlepool.winner and hartlepool.winner.name and hartlepool.winner.name.value == "Ann Doyle"


def test_a_new_mp_named_in_another_story_or_in_prospect_wins_nothing_here() -> None:
    text = "Labour held Hartlepool with 9,663 votes. The party hopes its new MP could be Ann Doyle next time."
    hartlepool = _only(extract_text(text))
    assert not (hartlepool.winner and hartlepool.winner.name)


def test_a_results_lists_lines_with_places_before_the_tallies_are_in() -> None:
    text = (
        "Holyrood results, selected seats. Candidates in order of votes. * = sitting MSP.\n\n"
        "STIRLING\n"
        "Con  Fiona Rennick ........ elected\n"
        "SNP  Alan Dorward* ........ 2nd\n"
        "Lab  Morag Tennent ........ 3rd\n"
        "CON GAIN FROM SNP. Majority to follow\n"
    )
    seat = reported(text)
    assert candidates(seat) == {
        "Fiona Rennick": {"party": "Conservative", "votes": None, "position": 1},
        "Alan Dorward": {"party": "SNP", "votes": None, "position": 2},
        "Morag Tennent": {"party": "Labour", "votes": None, "position": 3},
    }
    assert seat.winner and seat.winner.name and seat.winner.name.value == "Fiona Rennick"
    assert seat.previous_member and seat.previous_member.name and seat.previous_member.name.value == "Alan Dorward"


def test_a_place_in_a_sentence_is_no_results_line() -> None:
    text = "The SNP's Alan Dorward held Stirling with 14,020 votes.\n\nLabour's Morag Tennent came 2nd"
    assert candidates(reported(text))["Morag Tennent"]["position"] == 2
    assert "Labour's Morag Tennent came" not in candidates(reported(text))


@pytest.mark.parametrize(
    ("sentence", "winner"),
    [
        ("The sitting Labour MP was out, beaten by an independent who had never stood before.", "Independent"),
        ("The sitting Labour MP was beaten by the Greens.", "Green"),
        ("The sitting Labour MP was beaten by a newcomer.", None),  # the loser is no winner
    ],
)
def test_who_a_passive_defeat_names_as_the_winner(sentence: str, winner: str | None) -> None:
    (contest,) = extract_text(f"In Bolton North East, turnout was 52%. {sentence}").contests
    party = contest.winner.party.value if contest.winner and contest.winner.party else None
    assert party == winner


def test_a_sentence_going_on_about_an_earlier_result_is_that_results() -> None:
    text = (
        "Nadia Orme won Bolton North East for the Greens with 13,303 votes, a majority of 507.\n\n"
        "The swing is clearer against the notional 2019 result. On that basis Labour held the seat with "
        "a majority of more than 22,000."
    )
    contest = reported(text)
    assert contest.winner and contest.winner.party and contest.winner.party.value == "Green"
    assert contest.previous_majority is not None and contest.previous_majority.value == 22000
    assert contest.majority is not None and contest.majority.value == 507


def test_a_turnout_with_an_aside_before_its_verb() -> None:
    text = "Alex Munro won Gordon with 27,717 votes. Turnout, which was high all evening, came in at 73 per cent."
    contest = reported(text)
    assert contest.turnout is not None and contest.turnout.value == 73
    # an aside holding a figure is no aside of the verb's: last time's turnout is not this one
    text = "Alex Munro won Gordon with 27,717 votes. Turnout, at 61% last time, fell sharply."
    assert reported(text).turnout is None


def test_a_winner_without_a_party_takes_the_side_a_swing_went_to_from_the_overturned_majority() -> None:
    text = (
        "Alex Munro took Gordon with 27,717 votes, overturning a Liberal Democrat majority of 6,748 on a 14.4 "
        "per cent swing from the Liberal Democrats to the SNP."
    )
    winner = reported(text).winner
    assert winner is not None and winner.party is not None and winner.party.value == "SNP"
    assert winner.party.derived is not None
    # a swing between two other parties says nothing of the winner's
    text = (
        "Alex Munro took Gordon with 27,717 votes, overturning a Liberal Democrat majority of 6,748 on a 4.4 "
        "per cent swing from Labour to the SNP."
    )
    winner = reported(text).winner
    assert winner is not None and winner.party is None


def test_a_blocks_result_line_with_a_stop_or_a_dot_leader_reports_the_contest() -> None:
    text = (
        "HOLYROOD 2016 | SELECTED SEATS\n\nSTIRLING\nSNP  Bruce Crawford ........ 14,020\n"
        "Con  Ann Lyle ........ 9,100\nSNP HOLD. Maj 4,920\n\n"
        "DUMFRIESSHIRE\nCon  Oliver Hale ........ elected\nCON GAIN FROM LAB. Majority to follow\n"
    )
    contests = {c.constituency.value: c for c in extract_text(text).contests}
    assert not contests["Dumfriesshire"].mention_only
    winner = contests["Dumfriesshire"].winner
    assert winner is not None and winner.name is not None and winner.name.value == "Oliver Hale"


def test_a_declarations_items_and_a_tally_after_a_described_name() -> None:
    text = (
        "Robert Hale won Witney with 17,313 votes. Labour's Ann Lyle, the runner-up in 2015, fell back to "
        "third on 5,765.\n\nThe returning officer read the figures: Tom Reid, Plaid Cymru, 10,098; Jo Pryce, "
        "Welsh Labour, 6,639."
    )
    rows = candidates(reported(text))
    assert (rows["Ann Lyle"]["party"], rows["Ann Lyle"]["votes"]) == ("Labour", 5765)  # not 2015's
    assert rows["Tom Reid"]["votes"] == 10098 and rows["Jo Pryce"]["votes"] == 6639
    # an aside that tells an earlier election's figure keeps it there
    text = "Robert Hale won Witney with 17,313 votes. Ann Lyle, who had polled 9,120 in 2015, was third."
    assert candidates(reported(text)).get("Ann Lyle", {}).get("votes") is None


def test_a_tally_coordinated_past_a_described_name_but_not_past_a_change_in_votes() -> None:
    text = (
        "Peter Gibb took 20,901 votes and Labour's Ann Lyle, the town's MP since 2010, 17,607, a majority "
        "of 3,294 in Darlington."
    )
    assert candidates(reported(text))["Ann Lyle"]["votes"] == 17607
    text = (
        "Joe Kerr received 15,480 votes in Dundee City West, nearly 1,800 more than in 2011, with Labour's "
        "Ann Lyle receiving 6,915 votes."
    )
    assert {n: r["votes"] for n, r in candidates(reported(text)).items()} == {"Joe Kerr": 15480, "Ann Lyle": 6915}


def test_a_notional_result_told_with_would_have_is_the_previous_majority() -> None:
    # invented: the last election recast on new boundaries, in three wordings
    wordings = [
        "Estimates of how the seat would have voted in 2019 gave the Conservatives a notional majority of 14,210.",
        "On the notional figures, drawn up to show how the new seat would have voted, the Conservatives would "
        "have had a majority of 14,210.",
        "On paper the Conservatives would have won Hastings and Rye by 14,210 votes last time.",
    ]
    for notional in wordings:
        text = f"Priya Lal won Hastings and Rye for Labour with 21,400 votes, a majority of 3,115. {notional}"
        contest = reported(text)
        assert contest.previous_majority is not None and contest.previous_majority.value == 14210, notional
        assert contest.majority is not None and contest.majority.value == 3115, notional
        # the notional result's "would have won" names no winner of this election
        assert contest.winner and contest.winner.party and contest.winner.party.value == "Labour", notional


def test_a_supposed_result_without_a_notional_cue_stays_unread() -> None:
    # negative: "would have" under a supposition, not a notional result, states no figure
    text = (
        "Priya Lal won Hastings and Rye for Labour with 21,400 votes, a majority of 3,115. A swing half that size "
        "would have given the Conservatives a majority of 2,000."
    )
    contest = reported(text)
    assert contest.previous_majority is None
    assert contest.majority is not None and contest.majority.value == 3115


@pytest.mark.parametrize(
    ("text", "majority", "previous"),
    [
        # a majority defended "from two years ago": the previous one, and the years are no figure
        (
            "Dara Quinn took Carlisle for the Conservatives by 612 votes. Labour had gone into the election "
            "defending a majority of 4,870 from two years ago.",
            612,
            4870,
        ),
        # a notional majority "on this year's boundaries"
        (
            "Ruth Okoye gained Stroud for the Greens with a majority of 2,240. The Conservatives' notional "
            "majority on this year's boundaries was 18,305.",
            2240,
            18305,
        ),
    ],
)
def test_a_previous_majority_told_apart_from_the_new_one(text: str, majority: int, previous: int) -> None:
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == majority
    assert contest.previous_majority is not None and contest.previous_majority.value == previous


def test_by_election_written_open_is_not_the_preposition_after_a_participle() -> None:
    text = (
        "Oona Fry won Stroud for Labour with a majority of 4,500, up on figures calculated by election "
        "analysts for the old seat."
    )
    contest = reported(text)
    assert contest.election is None or contest.election.value != "by-election"
    # and written open after a name it is still the by-election
    text = "The Stroud by election went to Labour's Oona Fry, with a majority of 4,500."
    contest = reported(text)
    assert contest.election is not None and contest.election.value == "by-election"


def test_also_before_a_seat_with_a_clause_about_what_happened_there_moves_the_story_on() -> None:
    text = (
        "Labour's Jo Grey held Ashfield with a majority of 5,100. The picture also changed in Mansfield, "
        "where the Conservatives had hoped to hold on. Ultimately, Sam Pryor won the seat for Labour by 3,400 votes."
    )
    mansfield = contest(extract_text(text, reference=None), "Mansfield")
    assert mansfield.winner and mansfield.winner.name and mansfield.winner.name.value == "Sam Pryor"
    assert mansfield.majority is not None and mansfield.majority.value == 3400
    ashfield = contest(extract_text(text, reference=None), "Ashfield")
    assert ashfield.majority is not None and ashfield.majority.value == 5100


def test_also_before_a_seat_named_in_passing_keeps_the_story_where_it_was() -> None:
    # negative: without a clause about the seat, "also" names it in passing
    text = (
        "Labour's Jo Grey held Ashfield. In May the party had also won a council seat in Mansfield. "
        "Ms Grey won by 3,400 votes."
    )
    ashfield = contest(extract_text(text, reference=None), "Ashfield")
    assert ashfield.majority is not None and ashfield.majority.value == 3400


def test_voters_choosing_someone_as_their_new_member_name_the_winner() -> None:
    text = "Voters in Stroud chose the Green Party's Ola Berg as their new MP, with a majority of 2,300."
    contest = reported(text)
    assert contest.winner and contest.winner.name and contest.winner.name.value == "Ola Berg"
    # negatives: a candidate picked to stand is no member, and a choice under a supposition is no win
    for text in (
        "In Stroud, Labour picked Ola Berg as its new MP candidate. Tom Reid won by 2,300 votes.",
        "Tom Reid won Stroud by 2,300 votes. Next time, voters could choose Ola Berg as their new MP.",
    ):
        winner = reported(text).winner
        assert winner is not None and winner.name is not None and winner.name.value == "Tom Reid", text


def test_a_party_s_victory_for_a_named_candidate_gives_the_winner_that_party() -> None:
    winner = reported("It was a Lib Dem victory for charity worker Ann Vale in Stroud, by 1,204 votes.").winner
    assert winner and winner.name and winner.name.value == "Ann Vale"
    assert winner.party and winner.party.value == "Liberal Democrats"
    # negative: no party before the victory noun, none given
    winner = reported("It was a victory for charity worker Ann Vale in Stroud, by 1,204 votes.").winner
    assert winner and winner.name and winner.name.value == "Ann Vale" and winner.party is None


def test_overtaking_a_rival_by_a_count_is_the_winning_margin() -> None:
    contest = reported("In Stroud, Ann Vale of the Greens overtook Labour's Tom Reid by 610 votes.")
    assert contest.majority is not None and contest.majority.value == 610
    assert all(c.votes is None or c.votes.value != 610 for c in contest.candidates)


def _turnouts(text: str, names: tuple[str, ...]) -> list[float | None]:
    result = extract_text(text, reference=None)
    turnouts = [contest(result, name).turnout for name in names]
    return [turnout.value if turnout else None for turnout in turnouts]


def test_a_second_seat_given_a_percentage_after_a_turnout_has_that_turnout() -> None:
    text = (
        "High turnouts were seen in Stroud, which had a turnout of 64.4%, and the Cheltenham constituency with "
        "69.1%. The highest turnout seems to be 71.2% in Tewkesbury."
    )
    assert _turnouts(text, ("Stroud", "Cheltenham", "Tewkesbury")) == [64.4, 69.1, 71.2]
    # negative: after a share, another seat's percentage is no turnout
    text = "Labour took 44.1% of the vote in Stroud, which had a turnout of 64.4%; in Tewkesbury 69.1% of the vote."
    assert _turnouts(text, ("Stroud",)) == [64.4]
    text = "Labour won Stroud with 44.1% of the vote and Tewkesbury with 69.1%."
    assert _turnouts(text, ("Stroud", "Tewkesbury")) == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        # the loser named after the pair, the winner's party in brackets after the name
        "Ann Vale (Conservative) held Stroud, with 16,320 votes to 9,143 for the Liberal Democrat Tom Reid.",
        # both sides named before the pair, each with the party in brackets: still in order
        "In Stroud, Ann Vale (Conservative) beat Tom Reid (Liberal Democrat), 16,320 to 9,143.",
    ],
)
def test_a_score_pair_s_sides_when_a_party_is_bracketed_after_its_candidate(text: str) -> None:
    people = candidates(reported(text))
    assert people["Ann Vale"]["votes"] == 16320
    assert people["Tom Reid"]["votes"] == 9143
    assert people["Tom Reid"]["party"] == "Liberal Democrats"


def test_topping_the_poll_is_winning_the_most_votes_not_a_survey() -> None:
    text = "In Stroud ward, Ms Ola Berg of the SNP topped the poll with 1,402 first preference votes (38.5%)."
    (berg,) = reported(text).candidates
    assert berg.votes and berg.votes.value == 1402 and berg.share and berg.share.value == 38.5
    # negative: a survey's figures are no result
    text = "Ola Berg won Stroud with 1,402 votes. A poll last week had put the SNP on 31% in Stroud."
    assert all(c.share is None for c in reported(text).candidates)


def test_a_member_holding_the_seat_her_party_has_won_since_a_year_dates_the_party_s_hold() -> None:
    text = (
        "Labour's Ann Vey, a local councillor, held Stroud with 14,000 votes, the seat her party has won at "
        "every election since 1997."
    )
    held = reported(text).held_since
    assert held is not None and held.year.value == 1997
    assert held.party is not None and held.party.value == "Labour"
    # negative: the member's own tenure is no party's hold
    text = "Labour's Ann Vey, who had represented Stroud since 1997, held it with 14,000 votes."
    assert reported(text).held_since is None


def test_a_neighbouring_seat_whose_own_clause_reports_its_result_is_that_results_scene() -> None:
    result = extract_text(
        "In Wigan, Dana Pike held the seat with a majority of 9,120, while in neighbouring Makerfield the "
        "Liberal Democrats' Cal Rhys gained the seat from the Conservatives by 2,310 votes."
    )
    wigan, makerfield = contest(result, "Wigan"), contest(result, "Makerfield")
    assert not wigan.mention_only and not makerfield.mention_only
    assert wigan.winner and wigan.winner.name and wigan.winner.name.value == "Dana Pike"
    assert wigan.majority and wigan.majority.value == 9120
    assert makerfield.winner and makerfield.winner.name and makerfield.winner.name.value == "Cal Rhys"
    assert makerfield.majority and makerfield.majority.value == 2310


def test_a_neighbouring_seat_named_as_a_place_stays_a_passing_mention() -> None:
    result = extract_text(
        "Volunteers from neighbouring Makerfield helped Dana Pike hold Wigan with a majority of 9,120."
    )
    assert [c.constituency.value for c in result.contests if not c.mention_only] == ["Wigan"]
    assert all(c.winner is None for c in result.contests if c.constituency.value == "Makerfield")


def test_a_score_pair_followed_by_for_a_candidate_gives_that_candidate_the_second_tally() -> None:
    result = extract_text(
        "Ola Grant held Tamworth for Labour with a majority of 4,210, polling 16,000 votes to 11,790 for "
        "Ben Fitch of the Conservatives."
    )
    assert {name: row["votes"] for name, row in candidates(contest(result, "Tamworth")).items()} == {
        "Ola Grant": 16000,
        "Ben Fitch": 11790,
    }


def test_a_score_pair_for_a_party_named_candidate_is_the_candidates() -> None:
    result = extract_text("Ola Grant polled 16,000 votes to 11,790 for Labour's Ben Fitch in Tamworth.")
    assert candidates(contest(result, "Tamworth"))["Ben Fitch"]["votes"] == 11790


def test_a_seat_that_fell_to_a_partys_candidate_was_won_by_the_candidate() -> None:
    result = extract_text(
        "Tamworth fell to Labour's Ola Grant, who finished 4,210 votes clear of Ben Fitch.", reference=None
    )
    winner = contest(result, "Tamworth").winner
    assert winner and winner.name and winner.name.value == "Ola Grant"
    assert winner.party and winner.party.value == "Labour"


def test_a_seat_that_went_to_a_person_was_won_by_that_person() -> None:
    result = extract_text(
        "The Tamworth seat went to Ola Grant of Labour, who finished 4,210 votes clear of Ben Fitch.", reference=None
    )
    winner = contest(result, "Tamworth").winner
    assert winner and winner.name and winner.name.value == "Ola Grant"


def test_votes_that_went_to_a_person_name_no_winner() -> None:
    result = extract_text("In Tamworth, many Tory votes went to Ola Grant. Ben Fitch had 11,790 votes.", reference=None)
    assert all(c.winner is None or c.winner.name is None for c in result.contests)
