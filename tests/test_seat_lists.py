"""Lists that give each seat a line, and boxes that label each line: who-won lists ("Norwich North –
Ayesha Whitlock, Labour, majority 10,312"), results-at-a-glance lists ("Gwent: Ian Johnston (Ind)"), a
key-facts box ("Winner: …", "Second: …"), and round-ups whose tallies are given "for" each candidate
(invented people, real seat names)."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.core.records import ArticleResult

from tests.conftest import contest, reported, tallies


def _winners(result: ArticleResult) -> dict[str, tuple[str | None, str | None]]:
    return {
        c.constituency.value: (
            c.winner.name.value if c.winner and c.winner.name else None,
            c.winner.party.value if c.winner and c.winner.party else None,
        )
        for c in result.contests
        if not c.mention_only
    }


WHO_WON = """General election 2024: who won in your area

Here is the full list of the county's MPs elected on Thursday:

Broadland and Fakenham – Jerome Astley, Conservative, majority 719
Norwich North – Ayesha Whitlock, Labour, majority 10,312
Norwich South – Callum Brierley (Lab), majority 13,427
"""


def test_a_who_won_list_names_each_seats_winner_by_position() -> None:
    result = extract_text(WHO_WON)
    assert _winners(result) == {
        # "Jerome Astley" is a name the small model does not tag: its place on the line makes it one
        "Broadland and Fakenham": ("Jerome Astley", "Conservative"),
        "Norwich North": ("Ayesha Whitlock", "Labour"),
        "Norwich South": ("Callum Brierley", "Labour"),
    }
    assert contest(result, "Norwich North").majority.value == 10312  # type: ignore[union-attr]


def test_a_glance_list_of_police_areas_names_each_commissioner() -> None:
    text = """Police and crime commissioner elections: results at a glance

Gwent: Ian Johnston (Ind)
South Wales: Alun Michael (Lab)
Dyfed-Powys: Christopher Salmon (Con)
"""
    assert _winners(extract_text(text)) == {
        "Gwent": ("Ian Johnston", "Independent"),
        "South Wales": ("Alun Michael", "Labour"),
        "Dyfed-Powys": ("Christopher Salmon", "Conservative"),
    }


def test_a_list_of_seats_to_watch_names_no_winner() -> None:
    text = """Seats to watch tonight

Norwich North – Chloe Smith, Conservative, majority 4,738
Norwich South – Clive Lewis (Lab), majority 12,760
"""
    assert all(winner == (None, None) for winner in _winners(extract_text(text)).values())


def test_one_seats_line_alone_is_no_list() -> None:
    text = "Norwich North – Ayesha Whitlock, who grew up in the city, spoke to us this week.\n\nShe is standing again."
    assert all(winner == (None, None) for winner in _winners(extract_text(text)).values())


def test_a_party_on_a_seats_line_is_no_name() -> None:
    text = """Labour's projected shares, seat by seat:

- Mid Dorset and North Poole: Liberal Democrat 36%, Reform 28%, Conservative 25%.
- Norwich North: Labour 41%, Conservative 30%.
"""
    people = [c.name.value for x in extract_text(text).contests for c in x.candidates if c.name]
    assert people == []


def test_a_key_facts_box_labels_each_candidates_place() -> None:
    text = """Labour's Marcus Gillingham is the new MP for Hastings and Rye.

KEY FACTS: HASTINGS AND RYE
Winner: Marcus Gillingham (Labour) – 19,211 votes
Second: Annabel Crewe (Conservative) – 14,870
Third: Lewis Pardoe (Reform UK) – 8,902
Majority: 4,341
Turnout: 61.8%
"""
    result = extract_text(text)
    assert [c.constituency.value for c in result.contests] == ["Hastings and Rye"]  # "Winner:" is no seat
    hastings = contest(result, "Hastings and Rye")
    assert tallies(hastings) == {"Marcus Gillingham": 19211, "Annabel Crewe": 14870, "Lewis Pardoe": 8902}
    places = {c.name.value: c.position.value for c in hastings.candidates if c.name and c.position}
    assert places == {"Marcus Gillingham": 1, "Annabel Crewe": 2, "Lewis Pardoe": 3}
    assert hastings.majority and hastings.majority.value == 4341


def test_tallies_each_given_for_a_candidate_in_a_list_are_theirs() -> None:
    text = (
        "Voters in Bishopstoke went to the polls to fill a vacancy on Eastleigh Borough Council. Liberal "
        "Democrat Gemma Rowe won 1,377 votes against 642 for Conservative Stuart Lint, 418 for Reform UK's "
        "Paul Anselm and 201 for Labour's Yvette Chiltern."
    )
    assert tallies(reported(text)) == {
        "Gemma Rowe": 1377,
        "Stuart Lint": 642,
        "Paul Anselm": 418,
        "Yvette Chiltern": 201,
    }


def test_a_count_of_the_votes_after_a_tally_given_for_a_party_is_no_tally() -> None:
    text = (
        "Gemma Rowe won the Bishopstoke ward by-election with 1,377 votes for the Liberal Democrats, 412 of them "
        "postal."
    )
    votes = [c.votes.value for c in reported(text).candidates if c.votes]
    assert 412 not in votes


VACANCY = (
    "Voters in Bishopstoke went to the polls to fill a vacancy on Eastleigh Borough Council after the "
    "resignation of Liberal Democrat Neville Stroud."
)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("His party colleague Gemma Rowe held the seat with ease, winning 1,377 votes.", "Gemma Rowe"),
        ("His successor, Sarah Jennings, held the seat comfortably, winning 1,377 votes.", "Sarah Jennings"),
    ],
)
def test_a_possessive_phrase_ending_on_a_name_makes_that_name_the_subject(sentence: str, subject: str) -> None:
    assert tallies(reported(f"{VACANCY} {sentence}")) == {subject: 1377}


def test_a_possessive_of_a_figure_stays_the_pronouns_persons() -> None:
    text = "Neville Stroud won the Bishopstoke ward by-election. His tally of 1,377 votes beat Gemma Rowe's 900."
    assert tallies(reported(text))["Neville Stroud"] == 1377


def test_a_clause_after_and_there_were_is_not_the_win_verbs_object() -> None:
    text = (
        "Police and crime commissioner elections: independents do well. In Surrey, the independent Toby "
        "Fairclough took the post, and there were independent winners too in Hampshire and Dorset."
    )
    winners = {c.constituency.value: c.winner for c in extract_text(text).contests}
    assert winners["Surrey"] and winners["Surrey"].name.value == "Toby Fairclough"  # type: ignore[union-attr]
    assert all(
        w is None or w.name is None or w.name.value != "Toby Fairclough"
        for seat, w in winners.items()
        if seat != "Surrey"
    )


def test_a_commissioner_round_up_that_names_the_senedd_is_still_about_commissioners() -> None:
    text = """Commissioner elections: the results area by area

The commissioner contests were counted over the weekend, while every voter in Wales was also choosing a
new Senedd.

Thames Valley

The Conservatives held on. Matthew Tilsley won with 305,112 votes, ahead of Labour's Laura Pendrell on 152,460.

Dyfed-Powys

Plaid Cymru held the post. Meilyr Pughe won by 70,450 votes to 57,195.

Still to come: the commissioner ballots in North Wales, after the Senedd results.
"""
    assert set(_winners(extract_text(text))) >= {"Thames Valley", "Dyfed-Powys"}


def test_a_results_line_with_dashes_between_every_column_is_read() -> None:
    text = """Ann Vale won the Hexham by-election for Labour.

Ann Vale - Labour - 15,204 (48.9%)

Ravi Hale - Heritage - 143 - (0.7%)
"""
    assert tallies(reported(text)) == {"Ann Vale": 15204, "Ravi Hale": 143}


DYFED = (
    "Conservatives hold Lincolnshire PCC post as Plaid retain Dyfed-Powys\n\n"
    "In the PCC election in Dyfed-Powys, Plaid Cymru held the post. Llinos Parry, a former magistrate, polled "
    "47,310 votes.\n\nConservative Rhys Jenkins came second with 29,884 and Labour's Aled Wynne was third on "
    "27,006. Ms Parry's majority was 17,426."
)


def test_an_office_named_as_the_post_won_is_the_contest_not_a_persons_title() -> None:
    # "hold Lincolnshire PCC post": the hold is Lincolnshire's, not the next seat's in the headline
    dyfed = contest(extract_text(DYFED), "Dyfed-Powys")
    assert dyfed.winner and dyfed.winner.party and dyfed.winner.party.value == "Plaid Cymru"


def test_the_winning_partys_figure_from_the_majority_is_the_top_named_candidates() -> None:
    # the winner's votes worked out from the majority (29,884 + 17,426) agree with the partyless top tally
    dyfed = contest(extract_text(DYFED), "Dyfed-Powys")
    assert dyfed.winner and dyfed.winner.name and dyfed.winner.name.value == "Llinos Parry"
    assert tallies(dyfed)["Llinos Parry"] == 47310
    assert [c.name for c in dyfed.candidates if c.name is None] == []
