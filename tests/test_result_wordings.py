"""Wordings of a result that a reader of real reports meets (issue 21's list): scorelines, a majority's
time, a swing without its unit, a winner named by a noun or by its party's aside, a seat's descriptor,
a share of a petition. Each phenomenon in invented sentences about invented seats and people, with a
sentence that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.core.records import Contest
from electext.extract.figures import find_figures

from tests.conftest import candidates, reported


def _by_seat(text: str) -> dict[str, Contest]:
    return {c.constituency.value: c for c in extract_text(text).contests if not c.mention_only}


def _winner(contest: Contest) -> tuple[str | None, str | None]:
    assert contest.winner is not None
    name = contest.winner.name.value if contest.winner.name else None
    return name, contest.winner.party.value if contest.winner.party else None


# --- scorelines --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Reform won the Gorsey Bank by-election by 9,210 votes to Labour's 8,977.",
        "Reform took the Gorsey Bank by-election by 9,210 votes to the Labour Party's 8,977.",
    ],
)
def test_a_scoreline_naming_its_loser_gives_the_winner_the_first_tally_not_a_majority(sentence: str) -> None:
    contest = reported(sentence)
    assert contest.majority is None or contest.majority.value == 233
    assert {c["party"]: c["votes"] for c in candidates(contest).values()} == {"Reform UK": 9210, "Labour": 8977}


def test_a_scoreline_given_for_the_loser_gives_the_one_side_named_before_it_the_first_tally() -> None:
    contest = reported("Reform edged the Gorsey Bank by-election by 9,210 votes to 8,977 for Labour after a recount.")
    assert {c["party"]: c["votes"] for c in candidates(contest).values()} == {"Reform UK": 9210, "Labour": 8977}


def test_a_change_from_one_figure_to_anothers_is_no_scoreline() -> None:
    contest = reported(
        "Reform's Dana Pike won the Gorsey Bank by-election with 9,210 votes. Labour's vote fell from 12,004 to "
        "Reform's old level of 3,100."
    )
    assert candidates(contest)["Dana Pike"]["votes"] == 9210
    assert not any(c["votes"] == 12004 for c in candidates(contest).values())


# --- majorities, then and now ------------------------------------------------------------------------


def test_a_majority_cut_from_one_elections_figure_to_another_is_the_new_one() -> None:
    contest = reported(
        "The Conservatives have held Marlow Fen in Thursday's by-election. Their majority was slashed from almost "
        "11,000 at the general election to 1,904."
    )
    assert contest.majority is not None and contest.majority.value == 1904
    assert contest.previous_majority is not None and contest.previous_majority.value == 11000


def test_an_earlier_win_with_its_own_margin_then_its_time_is_not_this_win() -> None:
    contest = reported(
        "Kettlewell has fallen to Labour in Thursday's by-election. Its candidate, Priya Dunn, polled 14,206 votes. "
        "The Conservatives had held it since 2010, and Mr Tarrant won it with a majority of 15,088 at the "
        "last general election. The Conservatives polled 10,957."
    )
    assert _winner(contest) == ("Priya Dunn", "Labour")
    assert contest.previous_majority is not None and contest.previous_majority.value == 15088


def test_this_wins_margin_and_its_count_are_this_win() -> None:
    contest = reported(
        "Labour's Priya Dunn won the Hollin Vale by-election with a majority of 4,102 at Thursday's count."
    )
    assert _winner(contest) == ("Priya Dunn", "Labour")
    assert contest.majority is not None and contest.majority.value == 4102


# --- swings ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Greens needed a swing of 8.8 points to take the seat; they achieved 17.2.",
        "The party needed 8.8 points to win but achieved 17.2.",
    ],
)
def test_the_swing_achieved_after_the_one_needed_is_read_without_its_unit(sentence: str) -> None:
    contest = reported(f"The Greens won the Tern Valley by-election with 9,870 votes. {sentence}")
    assert contest.swing is not None and contest.swing.value == 17.2


def test_votes_achieved_after_votes_needed_are_no_swing() -> None:
    contest = reported(
        "The Greens won the Tern Valley by-election. Labour needed 9,000 votes to hold it but got 8,100."
    )
    assert contest.swing is None


# --- figures -----------------------------------------------------------------------------------------


def test_a_full_stop_for_the_thousands_comma_in_a_count_of_votes_is_read_as_thousands() -> None:
    assert [f.value for f in find_figures("Reform secured 8.412 votes.")] == [8412]


@pytest.mark.parametrize(
    ("text", "value"),
    [("a swing of 8.412 points", 8.412), ("8.412 million votes", 8_412_000), ("a margin of 8.412", 8.412)],
)
def test_three_decimals_that_are_no_count_of_votes_keep_their_value(text: str, value: float) -> None:
    assert [f.value for f in find_figures(text)] == [value]


def test_a_share_of_the_electorate_that_signed_a_petition_is_no_turnout() -> None:
    contest = reported(
        "Reform won the Tern Valley by-election with 9,210 votes. The vote came once a recall petition had been "
        "signed by 11.4% of the electorate. Turnout was 36.2%."
    )
    assert contest.turnout is not None and contest.turnout.value == 36.2


# --- who won -----------------------------------------------------------------------------------------


def test_a_winner_named_without_a_figure_polled_the_figures_given_for_the_party() -> None:
    contest = reported(
        "Reform won the Tern Valley by-election by 9,210 votes to 8,977 for Labour. Dean Fallow defeated Labour's "
        "Mia Oduya to become the party's newest MP."
    )
    assert candidates(contest)["Dean Fallow"] == {"party": "Reform UK", "votes": 9210, "position": 1}


def test_a_partys_figures_stay_the_partys_where_it_has_two_named_candidates() -> None:
    text = (
        "Labour won both seats in the Tern Valley ward by-election. Ann Rigg and Tom Hale were elected for "
        "Labour. Labour polled 1,204 votes."
    )
    contest = reported(text)
    assert candidates(contest).get("Labour", {}).get("votes") == 1204


def test_a_partys_first_count_behind_another_stays_the_partys_when_its_candidate_won_on_transfers() -> None:
    contest = reported(
        "The Lib Dems won the Tarrow ward by-election after transfers. Ann Rigg defeated the SNP's Tom Hale. On "
        "first preferences the SNP polled 902 votes and the Lib Dems 678."
    )
    assert candidates(contest)["Ann Rigg"]["votes"] is None


@pytest.mark.parametrize(
    ("sentence", "winner"),
    [
        (
            "The victory by Green candidate Martha Quill in the Saltby by-election ends 40 years of Tory rule.",
            "Martha Quill",
        ),
        ("The victory of Martha Quill in the Saltby by-election ends 40 years of Tory rule.", "Martha Quill"),
        ("Labour's win in the Saltby by-election, with 9,100 votes, ends 40 years of Tory rule.", None),
    ],
)
def test_a_victory_noun_names_its_winner(sentence: str, winner: str | None) -> None:
    contest = reported(sentence)
    assert contest.winner is not None
    assert (contest.winner.name.value if contest.winner.name else None) == winner


@pytest.mark.parametrize("verb", ["echoes", "beats"])
def test_another_result_a_report_compares_with_names_no_winner(verb: str) -> None:
    text = (
        f"Reform UK's Ann Vale won the Saltby by-election with 9,000 votes. It {verb} Labour's win in Kelverton "
        "last year, when a 15,002 majority fell."
    )
    contests = {c.constituency.value: c for c in extract_text(text).contests}
    assert _winner(contests["Saltby"]) == ("Ann Vale", "Reform UK")
    assert contests["Saltby"].previous_majority is None  # Kelverton's, not Saltby's
    assert "Kelverton" not in contests or (contests["Kelverton"].mention_only and contests["Kelverton"].winner is None)


def test_a_party_leader_is_not_the_winner_their_partys_candidate_is() -> None:
    contest = reported(
        "Greens take Saltby\n\nThe Green leader Ruth Calder hailed the result after the party's candidate took the "
        "Saltby seat with 9,870 votes. Labour's Tom Reid polled 8,100."
    )
    assert contest.winner is not None and contest.winner.party is not None
    assert contest.winner.party.value == "Green"
    assert contest.winner.name is None or contest.winner.name.value != "Ruth Calder"


def test_the_partys_candidate_named_in_an_aside_is_the_winner() -> None:
    contest = reported(
        "The Green leader hailed the result after the party's candidate, Martha Quill, took the Saltby seat with "
        "9,870 votes. Labour's Tom Reid polled 8,100."
    )
    assert _winner(contest) == ("Martha Quill", "Green")


@pytest.mark.parametrize(
    ("sentence", "name", "party"),
    [
        ("The Conservatives held the Fenton seat, with Ann Lowe polling 14,022 votes.", "Ann Lowe", "Conservative"),
        (
            "Plaid Cymru has won the Fenton seat from Labour, with Ann Lowe overturning a Labour majority of 4,880. "
            "Ms Lowe polled 15,420 votes.",
            "Ann Lowe",
            "Plaid Cymru",
        ),
        # a party written with the name is the name's own
        ("The Conservatives held the Fenton seat, with Labour's Ann Lowe polling 9,022 votes.", "Ann Lowe", "Labour"),
    ],
)
def test_a_name_brought_in_by_with_after_a_partys_clause_is_its_candidate(sentence: str, name: str, party: str) -> None:
    by_name = candidates(reported(f"Fenton by-election\n\n{sentence}"))
    assert by_name[name]["party"] == party


# --- which seat --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "seat"),
    [
        ("Labour took the Welsh seat of Carrow Vale in Thursday's by-election, with 11,230 votes.", "Carrow Vale"),
        ("The Conservatives held the Kent seat of Marlow Fen in a by-election with 14,022 votes.", "Marlow Fen"),
        ("Labour's Tom Reid won the Harton ward of Hollinbrook by 312 votes.", "Hollinbrook"),
        ("The Conservatives held the seat of Fenton in Thursday's by-election with 14,022 votes.", "Fenton"),
    ],
)
def test_a_seat_is_the_name_after_its_descriptor_and_before_its_time(sentence: str, seat: str) -> None:
    assert set(_by_seat(sentence)) == {seat}


def test_a_seat_named_with_the_noun_alone_is_still_the_seat() -> None:
    assert set(_by_seat("Labour won the Carrow Vale seat in Thursday's by-election with 11,230 votes.")) == {
        "Carrow Vale"
    }


def test_a_sentence_opening_on_a_seat_fallen_to_a_party_names_the_seat() -> None:
    assert set(
        _by_seat("Kettlewell has fallen to Labour in Thursday's by-election. Priya Dunn polled 14,206 votes.")
    ) == {"Kettlewell"}


def test_a_level_fallen_to_a_partys_lowest_names_no_seat() -> None:
    assert extract_text("Support fell to Labour's lowest level since 1983, with 9,100 votes.").contests == []


# --- a majority, a margin, a turnout -------------------------------------------------------------------


def test_a_bare_count_a_seat_was_held_with_at_an_earlier_election_is_its_previous_majority() -> None:
    contest = reported(
        "The Conservatives won the Ashby by-election with 15,880 votes. Liberal Democrat Owen Stall trailed on "
        "14,010, in a seat the party held with 2,963 at last year's general election."
    )
    assert contest.previous_majority is not None and contest.previous_majority.value == 2963
    assert _winner(contest) == (None, "Conservative")


def test_votes_a_seat_was_held_with_at_an_earlier_election_are_no_majority() -> None:
    contest = reported(
        "The Conservatives won the Ashby by-election with 15,880 votes. Labour had held the seat with 12,963 "
        "votes in 2019."
    )
    assert contest.previous_majority is None and contest.majority is None


def test_a_count_joined_to_vote_before_a_noun_is_a_margin_not_a_tally() -> None:
    contest = reported(
        "Ashby: the Tories' 37-vote miracle\n\nThe Conservatives have gained Ashby from Labour. Victoria Strand "
        "polled 9,344 votes, Labour's Dan Prosser 9,307."
    )
    assert contest.majority is not None and contest.majority.value == 37
    assert not any(c["votes"] == 37 for c in candidates(contest).values())


def test_a_count_joined_to_vote_before_total_is_no_margin() -> None:
    contest = reported("Ashby: a 9,000-vote total\n\nLabour's Dan Prosser won the Ashby by-election with 9,000 votes.")
    assert contest.majority is None


def test_a_share_in_brackets_after_turned_out_is_the_turnout() -> None:
    contest = reported(
        "Labour's Ann Vale held the Ashby seat with 12,000 votes. Fewer than two in five voters turned out (37.4%)."
    )
    assert contest.turnout is not None and contest.turnout.value == 37.4


def test_words_in_brackets_after_turned_out_are_no_turnout() -> None:
    contest = reported(
        "Labour's Ann Vale held the Ashby seat with 12,000 votes. Those who turned out (older voters, 60%, say "
        "canvassers) backed her."
    )
    assert contest.turnout is None


# --- people --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        ("Ms Hale takes over from Adrian Sowerby, who left the Commons after being elected mayor.", "Adrian Sowerby"),
        ("She replaces Labour MP Mike Amesbury, who stood down in March.", "Mike Amesbury"),
    ],
)
def test_the_name_a_succession_verb_names_is_the_member_before(sentence: str, before: str) -> None:
    contest = reported(f"Tamsin Hale won the Ashby by-election for the Conservatives with 15,880 votes. {sentence}")
    assert contest.previous_member is not None and contest.previous_member.name is not None
    assert contest.previous_member.name.value == before


def test_a_succession_of_no_named_person_names_no_member() -> None:
    contest = reported(
        "Tamsin Hale won the Ashby by-election for the Conservatives with 15,880 votes. She takes over from "
        "Labour Party colleagues on the council's planning committee."
    )
    assert contest.previous_member is None


def test_an_office_the_member_before_moved_on_to_is_not_the_contests_kind() -> None:
    contest = reported(
        "Labour's Kate Penrose won the Dunmere by-election with 9,100 votes. Ms Penrose takes over from Alan "
        "Briggs, who became a mayor."
    )
    assert contest.contest_type is None or contest.contest_type.value != "mayor"


def test_an_office_the_winner_is_elected_to_is_the_contests_kind() -> None:
    contest = reported("Tarrow result\n\nLabour's Kate Penrose was elected mayor of Tarrow with 91,100 votes.")
    assert contest.contest_type is not None and contest.contest_type.value == "mayor"


@pytest.mark.parametrize(
    ("sentence", "name", "party"),
    [
        (
            "The Conservatives have gained Fenton from Labour, with Victoria Strand squeaking home by 37 votes. "
            "She polled 9,344.",
            "Victoria Strand",
            "Conservative",
        ),
        (
            "Labour lost the Fenton by-election, with Ann Lowe winning it for Reform with 9,344 votes.",
            "Ann Lowe",
            "Reform UK",
        ),
        (
            "Labour's Ann Vale held Fenton with 12,000 votes. The Conservatives, whose candidate was Fiona Drummond, "
            "came second with 9,000.",
            "Fiona Drummond",
            "Conservative",
        ),
    ],
)
def test_a_name_a_partys_clause_brings_in_is_its_candidate_unless_another_party_follows(
    sentence: str, name: str, party: str
) -> None:
    assert candidates(reported(f"Fenton by-election\n\n{sentence}"))[name]["party"] == party


# --- contests named by what happened there ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Labour has taken Ravensmoor in a by-election, with Owen Tallis polling 10,112 votes.", "Ravensmoor"),
        ("Reform took Tern Valley in Thursday's council by-election with 1,204 votes.", "Tern Valley"),
        ("Ada Rook has won Greyhithe as an independent, with 14,200 votes.", "Greyhithe"),
        ("Greens win Kelsworth mayoralty\n\nMartha Quill won 28,416 votes.", "Kelsworth"),
        ("Martha Quill took the Kelsworth mayoralty with 28,416 votes.", "Kelsworth"),
        ("Voters in Hollowmere went to the polls on Thursday. Ann Vale of Labour won with 14,200 votes.", "Hollowmere"),
    ],
)
def test_a_contest_named_by_what_happened_there_is_found_without_a_gazetteer(text: str, seat: str) -> None:
    assert set(_by_seat(text)) == {seat}


def test_words_after_a_win_that_name_no_contest_make_no_seat() -> None:
    text = (
        "Reform won Kent County Council in May, then lost a ward in a by-election. Residents in Ashby Road "
        "complained about the 1,204 potholes."
    )
    assert _by_seat(text) == {}


# --- then and now --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Former Conservative minister Sir Rupert Calloway has won Hollowmere as an independent, with 16,044 votes.",
        "Former Labour group leader Pauline Hartigan has won Brantwell as an independent, with 1,146 votes.",
    ],
)
def test_a_winner_as_an_independent_is_one_whatever_party_they_were_in(text: str) -> None:
    name, party = _winner(reported(text))
    assert party == "Independent" and name is not None


def test_a_former_party_in_a_headline_is_not_the_winner() -> None:
    contest = reported(
        "Former Tory minister wins Hollowmere as an independent\n\nSir Rupert Calloway took 16,044 votes to "
        "12,877 for the Conservative Eleanor Whitby."
    )
    assert contest.winner is None or contest.winner.party is None or contest.winner.party.value != "Conservative"


def test_a_former_leader_still_stands_for_the_party() -> None:
    contest = reported("Former Conservative leader Sir Tom Vale held the Ashby seat with 12,000 votes.")
    assert _winner(contest) == ("Tom Vale", "Conservative")


@pytest.mark.parametrize(
    ("text", "seat", "winner"),
    [
        (
            "Elsewhere, the Lib Dems held Sorrel Bridge on the same night, Fiona Lattimer polling 9,214 votes for "
            "a majority of 1,877 over the Conservatives.",
            "Sorrel Bridge",
            ("Fiona Lattimer", "Liberal Democrats"),
        ),
        (
            "Labour won back Hythe Marsh ward on Carrowby City Council, where Priya Mandal becomes the new "
            "councillor after polling 1,087 votes.",
            "Hythe Marsh",
            ("Priya Mandal", "Labour"),
        ),
        (
            "Elsewhere, Labour regained Marlow Fen, where Jo Pym becomes the MP with 9,100 votes.",
            "Marlow Fen",
            ("Jo Pym", "Labour"),
        ),
        ("Jo Pym becomes the new MP for Marlow Fen after polling 9,100 votes.", "Marlow Fen", ("Jo Pym", None)),
    ],
)
def test_a_round_ups_other_result_names_its_seat_and_winner(
    text: str, seat: str, winner: tuple[str, str | None]
) -> None:
    contests = _by_seat(f"Round-up\n\n{text}")
    assert set(contests) == {seat}
    assert _winner(contests[seat]) == winner


def test_a_name_after_a_clause_naming_two_parties_is_neither_partys_by_position() -> None:
    contest = reported(
        "Round-up\n\nLabour beat the Conservatives in the Marlow Fen by-election, Jo Pym polling 9,100 votes."
    )
    assert candidates(contest)["Jo Pym"]["party"] is None


def test_a_party_before_a_by_elections_name_is_not_part_of_it() -> None:
    assert set(_by_seat("Labour beat the Conservatives in the Ashby Fen by-election, with 9,100 votes.")) == {
        "Ashby Fen"
    }


def test_a_party_word_ending_a_wards_name_is_the_wards() -> None:
    contests = _by_seat(
        "Kelby Green goes Green\n\nThe Greens have taken Kelby Green ward on Harrowden Council from Labour. Their "
        "candidate, Mina Sorel, got 1,377 votes. The vacancy arose when Labour councillor Yusuf Harte was elected "
        "to Parliament."
    )
    assert set(contests) == {"Kelby Green"}
    assert _winner(contests["Kelby Green"]) == ("Mina Sorel", "Green")


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Sarah Green won the Ashby ward by-election for Labour with 1,204 votes.", "Sarah Green", "Labour"),
        (
            "Labour's Ann Vale won the Ashby ward by-election with 1,204 votes. The Green candidate came third.",
            None,
            "Green",
        ),
    ],
)
def test_a_party_word_before_no_seat_noun_is_a_surname_or_the_party(text: str, person: str | None, party: str) -> None:
    by_name = candidates(reported(text))
    if person is not None:
        assert by_name[person]["party"] == party
    else:
        assert party in {c["party"] for c in by_name.values()}


def test_a_win_that_made_the_vacancy_is_not_this_win() -> None:
    contest = reported(
        "Reform's Ann Vale won the Tarrow ward by-election with 812 votes. The vacancy arose when Labour "
        "councillor Tom Reid was elected to Parliament."
    )
    assert _winner(contest) == ("Ann Vale", "Reform UK")


def test_the_member_whose_majority_is_overturned_is_the_member_before() -> None:
    contest = reported(
        "Reform's Ann Vale won the Ashby by-election with 12,000 votes, overturning the majority Tom Reid had at "
        "the 2019 general election."
    )
    assert contest.previous_member is not None and contest.previous_member.name is not None
    assert contest.previous_member.name.value == "Tom Reid"


# --- more scorelines, majorities and turnouts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "tallies", "majority"),
    [
        (
            "Imogen Thale of the Greens won the Stroud by-election by 15,408 votes to 13,117 over Marcus Beale of "
            "Labour, a margin of 2,291.",
            {"Imogen Thale": 15408, "Marcus Beale": 13117},
            2291,
        ),
        (
            "Aisha Rahman, the Labour Party candidate, was elected in the Hollin Bank by-election, having beaten "
            "Graham Tolley (Conservative) by 1,024 votes to 688.",
            {"Aisha Rahman": 1024, "Graham Tolley": 688},
            None,
        ),
        (
            "Labour's Olu Adeyemi saw off Dean Crossley of Reform UK in the Pelham Cross by-election by just 46 "
            "votes, 701 to 655.",
            {"Olu Adeyemi": 701, "Dean Crossley": 655},
            46,
        ),
    ],
)
def test_a_scoreline_gives_each_side_its_tally_wherever_the_loser_is_named(
    sentence: str, tallies: dict[str, int], majority: int | None
) -> None:
    contest = reported(sentence)
    assert {name: c["votes"] for name, c in candidates(contest).items() if name in tallies} == tallies
    if majority is not None:
        assert contest.majority is not None and contest.majority.value == majority
    else:
        assert contest.majority is None or contest.majority.value == tallies[next(iter(tallies))] - min(
            tallies.values()
        )


def test_a_majority_of_one_election_shrunk_to_another_is_old_then_new() -> None:
    contest = reported(
        "Labour's Ann Vale won the Bassetlaw by-election with 9,400 votes. Labour's majority of nearly 6,000 last "
        "July has shrunk to 1,347."
    )
    assert contest.majority is not None and contest.majority.value == 1347
    assert contest.previous_majority is not None and contest.previous_majority.value == 6000


@pytest.mark.parametrize(
    ("line", "turnout"),
    [
        ("Turnout: 49.2, against 70.1 at the general election.", 49.2),
        ("Electorate 72,150; turnout 37,743 (52.3%, down from 64.2% in 2024)", 52.3),
        ("That was on a turnout of 22.7, compared with 29.4 last May.", 22.7),
    ],
)
def test_a_turnout_without_its_sign_or_after_its_count_is_read(line: str, turnout: float) -> None:
    contest = reported(f"Labour's Ann Vale won the Bassetlaw by-election with 9,400 votes.\n\n{line}")
    assert contest.turnout is not None and contest.turnout.value == turnout


def test_a_whole_turnout_count_is_no_percentage() -> None:
    contest = reported("Labour's Ann Vale won the Bassetlaw by-election with 9,400 votes. Turnout was 31,204.")
    assert contest.turnout is None or contest.turnout.value != 31204


def test_a_results_label_is_no_contest() -> None:
    text = (
        "Plaid Cymru held Ceredigion Preseli at a by-election on Thursday.\n\nFull result:\n"
        "Elin Morgan (PC) 16,233\nGethin Lloyd (Reform UK) 9,214\nCatrin Hughes (Lab) 4,870\n"
    )
    contests = _by_seat(text)
    assert set(contests) == {"Ceredigion Preseli"}
    assert candidates(contests["Ceredigion Preseli"])["Gethin Lloyd"]["votes"] == 9214


def test_voters_electing_a_candidate_by_a_described_margin_name_the_winner_and_the_majority() -> None:
    contest = reported(
        "VOTERS in Thurrock handed Labour a kicking last night - electing Reform UK's Kelly Brannigan by a "
        "whopping 6,449 votes. Mum-of-three Kelly bagged 15,880 votes, leaving Labour hopeful Asif Chaudhry on "
        "9,431."
    )
    assert _winner(contest) == ("Kelly Brannigan", "Reform UK")
    assert contest.majority is not None and contest.majority.value == 6449
    assert "Mum" not in candidates(contest)


def test_a_share_of_the_electorate_after_by_is_no_majority() -> None:
    contest = reported("Labour's Ann Vale won the Bassetlaw by-election with 9,400 votes, her vote up by a third.")
    assert contest.majority is None


def test_a_scorelines_first_tally_is_the_subjects_when_its_loser_is_named_after_it() -> None:
    contest = reported(
        "Quarry Hill result\n\nSophie Varga turned a safe-looking Tory ward yellow, winning Quarry Hill ward for "
        "the Liberal Democrats by 1,143 to 802 over Conservative Robert Ellery."
    )
    assert {name: c["votes"] for name, c in candidates(contest).items()} == {"Sophie Varga": 1143, "Robert Ellery": 802}


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Craig Denholm of Reform UK topped Thursday's poll with 987 votes.", True),
        ("A poll on Thursday put Craig Denholm of Reform UK on 987 votes.", False),
    ],
)
def test_topping_a_poll_named_by_its_day_is_a_result_a_survey_is_not(sentence: str, counted: bool) -> None:
    result = extract_text(f"Saltgate has fallen to Reform UK in a council by-election. {sentence}")
    tallies = [c.votes.value for contest in result.contests for c in contest.candidates if c.votes]
    assert (987 in tallies) == counted


@pytest.mark.parametrize(
    ("sentence", "majority"),
    [
        (
            "Labour gained ground as the Conservative majority fell from almost 16,000 to 3,912.",
            3912,
        ),
        ("Labour trailed the Conservatives by 612 votes after a recount.", 612),
        ("Ann Vale's margin of victory over her Labour rival, Tom Reid, was 1,027.", 1027),
    ],
)
def test_a_margin_in_other_words_is_the_majority_and_no_tally(sentence: str, majority: int) -> None:
    contest = reported(f"The Conservatives' Ann Vale won the Hexham by-election. {sentence}")
    assert contest.majority is not None and contest.majority.value == majority
    assert not any(c["votes"] == majority for c in candidates(contest).values())


def test_a_hedged_figure_before_to_still_pairs_two_named_tallies_after_by() -> None:
    contest = reported(
        "Ann Vale of Labour beat Tom Reid of the Conservatives in the Ashby by-election by 9,120 votes to 8,977."
    )
    assert {name: c["votes"] for name, c in candidates(contest).items()} == {"Ann Vale": 9120, "Tom Reid": 8977}


@pytest.mark.parametrize(
    ("sentence", "owner", "votes"),
    [
        ("Labour polled 9,120 votes with the Greens recording 4,310.", "Green", 4310),
        ("Liberal Democrat Ann Moss came in fourth (2,113).", "Ann Moss", 2113),
    ],
)
def test_a_tally_recorded_or_bracketed_after_a_place_is_its_owners(sentence: str, owner: str, votes: int) -> None:
    by_key = candidates(reported(f"Labour won the Hexham by-election. {sentence}"))
    assert by_key[owner]["votes"] == votes


def test_an_age_in_brackets_after_a_place_is_no_tally() -> None:
    contest = reported(
        "Labour won the Hexham by-election with 9,120 votes. Liberal Democrat Ann Moss came in fourth (41)."
    )
    assert candidates(contest)["Ann Moss"]["votes"] is None
