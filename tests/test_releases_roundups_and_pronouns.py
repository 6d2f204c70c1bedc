"""Party press releases, round-ups and local radio: a candidate named by her forename after her full name, a
release's "NOTES TO EDITORS" over its full result, the returning officer's quoted formula "I hereby declare
that … is duly elected", a party's vote told as a noun ("The Tory vote came in at 12,220"), a round-up's
heading for a local group's gain and its row of a party no list holds, a caption's candidate, a contest
dated by its weekday ("In Thursday's Kelby by-election"), a commissioner's area named with the office won,
"he" and "she" kept to the person whose title agrees, and the words that only look like wins ("tipped by
bookies to win", "on the beat", "an elected mayoralty"). Each phenomenon in invented sentences about
invented places and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.core.records import Contest
from electext.extract.mentions.people import _person_entities
from electext.ingest.article import article_from_text
from electext.lexicon.resources import load_resources
from electext.nlp.annotate import load_pipeline
from spacy.tokens import Span

from tests.conftest import candidates, reported, reported_names, tallies


def _winner(text: str) -> str | None:
    return _winner_of(reported(text))


def _winner_of(contest: Contest) -> str | None:
    winner = contest.winner
    return winner.name.value if winner is not None and winner.name is not None else None


def _previous_member_of(contest: Contest) -> str | None:
    member = contest.previous_member
    return member.name.value if member is not None and member.name is not None else None


def test_a_forename_after_the_full_name_is_that_candidate() -> None:
    kelby = reported(
        "Ann Holloway was elected councillor for Kelby ward. Ann won 1,207 votes, and the "
        "Conservative candidate, Tom Reid, received 889."
    )
    assert tallies(kelby) == {"Ann Holloway": 1207, "Tom Reid": 889}


def test_a_forename_two_people_share_is_no_one() -> None:
    kelby = reported("Ann Holloway was elected councillor for Kelby ward, beating Ann Marsh. Ann won 1,207 votes.")
    assert "Ann Holloway" not in tallies(kelby) and "Ann Marsh" not in tallies(kelby)


def test_a_press_releases_notes_to_editors_are_no_contest() -> None:
    text = (
        "Ann Holloway was elected councillor for Kelby ward, gaining the seat from the "
        "Conservatives.\n\nENDS\n\nNOTES TO EDITORS\n1. Full result: Ann Holloway (Liberal Democrats) 1,207; "
        "Tom Reid (Conservative) 889; Reform UK 455; Labour 88.\n2. Photographs are available on request."
    )
    assert reported_names(text) == ["Kelby"]
    assert tallies(reported(text)) == {"Ann Holloway": 1207, "Tom Reid": 889}


def test_the_returning_officers_quoted_formula_names_the_winner() -> None:
    text = (
        "The Conservatives have held on in the Kelby by-election. Returning officer Jane Marsh read out the "
        'result. She told the hall: "I hereby declare that Tom Pryce-Whitley is duly elected as the Member of '
        'Parliament for the Kelby constituency."'
    )
    assert _winner(text) == "Tom Pryce-Whitley"


def test_other_quoted_words_name_no_winner() -> None:
    text = (
        "The Conservatives have held on in the Kelby by-election with 12,220 votes. Returning officer Jane Marsh "
        'read out the result. Tom Pryce-Whitley said: "I am sure Ann Vale will be elected one day."'
    )
    assert _winner(text) is None


@pytest.mark.parametrize("wording", ["came in at", "stood at", "totalled", "was"])
def test_a_partys_vote_told_as_a_noun_is_its_tally(wording: str) -> None:
    kelby = reported(
        f"Labour held the Kelby by-election. The Green vote {wording} 4,118. Labour's Ann Vale took 9,870."
    )
    assert candidates(kelby)["Green"]["votes"] == 4118


def test_a_partys_vote_changed_by_a_count_is_no_tally() -> None:
    kelby = reported(
        "Labour held the Kelby by-election. The Green vote was 4,118 down on last time. Labour's Ann Vale took 9,870."
    )
    assert "Green" not in candidates(kelby) or candidates(kelby)["Green"]["votes"] is None


ROUNDUP = (
    "Round-up\n\n"
    "Whitmoss (Harton District Council) – Residents gain from Conservative\n\n"
    "Carol Dibb's majority is 277.\n\n"
    "Whitmoss Residents' Association – Carol Dibb – 917 – 45.4%\n"
    "Conservative – Oliver Stamp – 640 – 31.7%\n"
)


def test_a_local_groups_gain_heads_its_block_and_its_row_gives_the_name() -> None:
    whitmoss = reported(ROUNDUP)
    assert whitmoss.constituency.value == "Whitmoss"
    assert candidates(whitmoss)["Carol Dibb"] == {
        "party": "Whitmoss Residents' Association",
        "votes": 917,
        "position": 1,
    }


def test_a_row_of_a_name_then_its_local_party_reads_the_same() -> None:
    kelby = reported(
        "Result\n\nKelby ward\n\nCarol Dibb – Kelby Independents – 917\nOliver Stamp – Conservative – 640\n"
    )
    assert candidates(kelby)["Carol Dibb"]["party"] == "Kelby Independents"


def test_a_heading_that_is_no_outcome_heads_no_block() -> None:
    text = "Round-up\n\nWhitmoss library – council gains funding\n\nThe library reopens in May.\n"
    assert reported_names(text) == []


def test_a_captions_candidate_keeps_her_name() -> None:
    article = article_from_text("[Image: Green candidate Ann Vale celebrates at the count. Picture: Tom Reid]")
    assert "Green candidate Ann Vale" in article.text and "Tom Reid" not in article.text


def test_a_caption_under_its_headline_names_the_partys_candidate() -> None:
    kelby = reported(
        "Greens win Kelby in by-election upset\n\n"
        "[Image: Green candidate Ann Vale celebrates at the count. Picture: Courier Photography]\n\n"
        "The Green Party has won the Kelby by-election. The party's candidate, a local GP, polled 13,390 votes, "
        "finishing 2,383 ahead of Labour's Tom Pike, who took 11,007."
    )
    assert tallies(kelby) == {"Ann Vale": 13390, "Tom Pike": 11007}


def test_a_contest_dated_by_its_weekday() -> None:
    text = (
        "The polls point the same way. In Thursday's Kelby South by-election Reform UK's Ann Vale took the seat "
        "from Labour with 8,912 votes."
    )
    assert reported_names(text) == ["Kelby South"]


PRONOUNS = (
    "Labour held the Kelby by-election. Labour selected Ann Vale, a former magistrate. The Conservatives' Tom "
    "Reid was seen as the favourite. Reform UK's Mark Gill, a former prison officer, campaigned on policing. "
    "She finished with 14,310 votes, ahead of Mr Reid on 12,902. Mr Gill was third with 7,115. Ms Vale "
    "thanked her team."
)


def test_she_is_the_last_person_her_title_agrees_with() -> None:
    assert tallies(reported(PRONOUNS))["Ann Vale"] == 14310


def test_he_after_a_man_is_still_him() -> None:
    kelby = reported(
        "Labour held the Kelby by-election. Reform UK's Mark Gill was a prison officer. He finished with 7,115 "
        "votes. Mr Gill thanked his team."
    )
    assert tallies(kelby)["Mark Gill"] == 7115


@pytest.mark.parametrize(
    "sentence",
    [
        "Reform UK's Tom Reid came third and had been tipped by bookies to win.",
        "Reform UK's Tom Reid promised 500 more officers on the beat.",
        "Labour's Tom Reid called for an elected mayoralty for the county.",
    ],
)
def test_words_that_only_look_like_a_win_name_no_winner(sentence: str) -> None:
    kelby = reported(f"The Conservatives held Kelby in the by-election with 9,870 votes. {sentence}")
    assert kelby.winner is not None and kelby.winner.name is None
    assert kelby.winner.party is not None and kelby.winner.party.value == "Conservative"


def test_a_majority_turned_into_another_is_the_one_before() -> None:
    result = extract_text(
        "Labour has won the Kelby mayoralty from the Conservatives, turning a 9,000 Tory majority into an 8,500 "
        "Labour one. Ann Vale secured 88,214 votes. Reform UK's Tom Reid, a businesswoman who had led in the "
        "polls, ended on 79,650 - a Labour majority of 8,564."
    )
    kelby = next(c for c in result.contests if not c.mention_only)
    assert kelby.previous_majority is not None and kelby.previous_majority.value == 9000
    assert kelby.majority is not None and kelby.majority.value == 8564


@pytest.mark.parametrize("verb", ["slumped", "crept", "plunged"])
def test_turnout_told_with_any_verb_of_change(verb: str) -> None:
    kelby = reported(f"The Conservatives held the Kelby ward by-election. Turnout {verb} to 24.1%.")
    assert kelby.turnout is not None and kelby.turnout.value == 24.1


def test_a_wire_datelines_weekday_is_no_name() -> None:
    kelby = reported(
        "KELBY, Friday (UKNA) - Labour seized the Conservative-held seat of Kelby in a by-election. Ann Vale won "
        "14,382 votes against 11,907 for Conservative Tom Reid."
    )
    assert _winner_of(kelby) == "Ann Vale"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sir Tom Reid took his seat in the Lords in the spring.",
        "Labour seized the Conservative-held seat from the party of Sir Tom Reid.",
    ],
)
def test_a_seat_taken_in_the_lords_or_a_seat_described_names_no_winner(sentence: str) -> None:
    kelby = reported(f"The Kelby by-election was held on Thursday. {sentence} Labour's Ann Vale polled 9,870 votes.")
    assert kelby.winner is None or kelby.winner.name is None or kelby.winner.name.value != "Tom Reid"


def test_a_re_election_is_still_a_win() -> None:
    assert _winner("Ann Vale was re-elected in the Kelby by-election with 9,870 votes.") == "Ann Vale"


@pytest.mark.parametrize("verb", ["stormed", "coasted", "powered"])
def test_a_tabloids_motion_to_victory_is_a_win(verb: str) -> None:
    assert _winner(f"Ann Vale {verb} to victory in the Kelby by-election with 15,877 votes.") == "Ann Vale"


@pytest.mark.parametrize("praise", ["a measly", "a fantastic", "a respectable"])
def test_a_word_of_praise_or_scorn_before_a_tally(praise: str) -> None:
    kelby = reported(f"Labour held the Kelby by-election. Lib Dem Tom Reid trailed in last with {praise} 902.")
    assert tallies(kelby) == {"Tom Reid": 902}


def test_votes_won_with_a_word_of_praise_are_no_seat_won() -> None:
    kelby = reported(
        "Ann Vale held the Kelby ward by-election for Labour with 1,388 votes. The Green Tom Reid won a fantastic "
        "702 votes."
    )
    assert _winner_of(kelby) == "Ann Vale"


def test_a_titled_surname_the_model_calls_an_organisation_is_a_person() -> None:
    assert "Catriona MacLure" in tallies(
        reported(
            "The SNP has held on to Glenmorrach and Strathkell in the by-election. Catriona MacLure, a former "
            "development officer, won 12,604 votes, finishing 733 ahead of Labour's Alasdair Baird, who polled "
            "11,871. Ms MacLure said she was delighted. Ms MacLure thanked her team."
        )
    )


def test_a_historic_contest_dated_by_of_and_a_generation_ago_takes_no_figures() -> None:
    result = extract_text(
        "Thursday's contest in Kelby was a test. Ann Vale, the Conservative candidate, took 13,208 votes. Tom Reid "
        "of Reform UK won 12,119. Labour's Jo Pym finished third on 6,540.\n\n"
        "In the Ashby by-election of 1994 the Liberal Democrats overturned a Conservative majority of 16,021.\n\n"
        "Ms Pym's 6,540 votes were nowhere near the surge that transformed Ashby a generation ago."
    )
    reported_contests = [c for c in result.contests if not c.mention_only]
    assert [c.constituency.value for c in reported_contests] == ["Kelby"]
    assert tallies(reported_contests[0])["Jo Pym"] == 6540


def test_votes_at_thursdays_poll_are_a_result_but_thursdays_poll_of_voters_is_not() -> None:
    kelby = reported("Labour held the Kelby ward by-election. Ann Vale received 1,204 votes at Thursday's poll.")
    assert tallies(kelby) == {"Ann Vale": 1204}
    survey = reported(
        "Labour held the Kelby ward by-election with 1,204 votes. Thursday's poll put Labour on 41 per cent."
    )
    assert all(c.share is None for c in survey.candidates)


def test_a_forename_the_model_missed_after_the_full_name() -> None:
    kelby = reported(
        "Jamal Osei was elected Labour councillor for Kelby ward. Jamal won 1,388 votes. Jamal "
        "takes over from Labour's Cllr Sheila Munday, who stepped down this summer."
    )
    assert tallies(kelby) == {"Jamal Osei": 1388}
    assert _previous_member_of(kelby) == "Sheila Munday"


DECLARATION_COLUMNS = (
    "Election of a Borough Councillor for the\nKELBY EAST WARD\n\n"
    "Surname          | Other names       | Description (if any)   | Number of votes*\n"
    "BRIGHOUSE        | Leonard Charles   | Reform UK              | 734\n"
    "DAWSON-FIELD     | Carys             | Labour Party           | 1,102   Elected\n"
)


def test_a_declarations_surname_and_other_names_columns_make_the_name() -> None:
    kelby = reported(DECLARATION_COLUMNS)
    assert tallies(kelby) == {"Leonard Charles Brighouse": 734, "Carys Dawson-Field": 1102}
    assert _winner_of(kelby) == "Carys Dawson-Field"


def test_a_bilingual_elected_mark_after_a_dash() -> None:
    kelby = reported(
        "Result for Kelby ward:\n\nAnn Vale - Plaid Cymru - The Party of Wales - 812 - ETHOLWYD / ELECTED\n"
        "Tom Reid - Reform UK - 344\n"
    )
    assert tallies(kelby) == {"Ann Vale": 812, "Tom Reid": 344}


def _people_among(text: str, labelled: list[tuple[int, int, str]]) -> list[str]:
    """The entities the people stage takes for persons, from entities labelled by hand (token ranges), so
    the test does not hang on what the statistical model tags in one sentence."""
    doc = load_pipeline().make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in labelled]
    return [ent.text for ent in _person_entities(doc.ents, load_resources())]


def test_a_full_name_the_model_calls_an_organisation_whose_forename_it_calls_a_person() -> None:
    people = _people_among("Congratulations to Marion Fairclough . Marion won .", [(2, 4, "ORG"), (5, 6, "PERSON")])
    assert people == ["Marion Fairclough", "Marion"]


def test_a_body_named_after_a_word_the_model_calls_a_person_is_no_one() -> None:
    people = _people_among("Kelby Council met . Kelby won .", [(0, 2, "ORG"), (4, 5, "PERSON")])
    assert people == ["Kelby"]


def test_stood_as_a_party_makes_the_party_the_persons() -> None:
    kelby = reported("Labour held the Kelby ward by-election. Tom Reid stood as an Independent and polled 577 votes.")
    assert candidates(kelby)["Tom Reid"] == {"party": "Independent", "votes": 577, "position": None}


def test_a_majority_at_a_named_parliaments_earlier_election_is_the_previous_one() -> None:
    kelby = reported(
        "Labour won the Kelby by-election with 9,000 votes. The SNP's majority at the 2021 Holyrood election was 9,331."
    )
    assert kelby.previous_majority is not None and kelby.previous_majority.value == 9331


def test_the_previous_member_of_a_parliament_named_by_title() -> None:
    kelby = reported(
        "Plaid won the Kelby by-election with 9,000 votes. The vacancy arose when the previous Member of the "
        "Senedd, Tom Reid, was elected to the House of Commons."
    )
    assert _previous_member_of(kelby) == "Tom Reid"


def test_who_was_elected_as_the_new_councillor_is_the_winner_not_the_member_before() -> None:
    kelby = reported(
        "Congratulations to Ann Vale, who was elected as our new councillor for Kelby ward on Thursday with 577 "
        "votes. Ann takes over from Cllr Tom Reid, who retired in the summer."
    )
    assert _previous_member_of(kelby) == "Tom Reid"


def test_who_was_elected_years_ago_is_the_member_before() -> None:
    kelby = reported(
        "Labour held Kelby ward with 900 votes. The by-election followed the death of Tom Reid, who was elected "
        "in 2019."
    )
    assert _previous_member_of(kelby) == "Tom Reid"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conservative candidate, Kelshire's police and crime commissioner Tom Reid, polled 12,680 votes.",
        "The Conservative candidate and Kelshire Police and Crime Commissioner, Tom Reid took 12,680 votes.",
    ],
)
def test_a_partys_candidate_described_at_length_before_the_name(sentence: str) -> None:
    kelby = reported(f"Labour's Ann Vale won the Kelby by-election with 13,872 votes. {sentence}")
    assert candidates(kelby)["Tom Reid"]["party"] == "Conservative"
    assert "Kelshire" not in candidates(kelby)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Green candidate, a cousin of the late councillor Tom Reid, polled 12,680 votes.",
        "The Conservative candidate was seen off by the Green surge, and Tom Reid polled 12,680 votes.",
    ],
)
def test_a_relation_or_another_clause_gives_the_name_no_party(sentence: str) -> None:
    kelby = reported(f"Labour's Ann Vale won the Kelby by-election with 13,872 votes. {sentence}")
    assert candidates(kelby)["Tom Reid"]["party"] is None


def test_a_persons_victory_in_a_seat_is_no_role_before_a_name() -> None:
    kelby = reported(
        "Ann Vale's win in the Kelby North by-election came as a surprise to many. The Tory leader Ann Vale's win "
        "in Kelby North was the night's tale. Ms Vale beat Plaid's Tom Reid by 610 votes."
    )
    assert candidates(kelby)["Ann Vale"]["party"] == "Conservative"


def test_a_win_at_the_general_election_in_a_by_elections_report_is_the_one_before() -> None:
    kelby = reported(
        "Labour held Kelby in Thursday's by-election with 9,000 votes. The contest was triggered by the "
        "resignation of Labour MP Ann Vale. She won the seat at the general election with a majority of 6,702."
    )
    assert _winner_of(kelby) != "Ann Vale"


def test_a_win_at_the_general_election_is_this_one_where_no_by_election_is_reported() -> None:
    assert (
        _winner("Kelby result: Labour's Ann Vale won the seat at the general election with 19,000 votes.") == "Ann Vale"
    )


def test_a_titled_surname_labelled_an_organisation_is_taken_for_a_person() -> None:
    assert _people_among("Later Ms MacLure said so .", [(1, 3, "ORG")]) == ["Ms MacLure"]
    assert _people_among("Later Kelby Council said so .", [(1, 3, "ORG")]) == []
