"""A candidate's party as reporters attach it (invented people; real seats)."""

from __future__ import annotations

from electext.api import extract_text

from tests.conftest import reported, tallies


def _parties(text: str) -> dict[str, str | None]:
    contest = reported(text)
    return {c.name.value: (c.party.value if c.party else None) for c in contest.candidates if c.name}


def test_a_candidate_named_with_the_party_as_a_pair_stands_for_it() -> None:
    text = "Ada Strand and the Labour party have won the Hartlepool by-election. She took 13,872 votes."
    assert _parties(text) == {"Ada Strand": "Labour"}


def test_a_candidate_and_another_party_named_in_a_list_is_not_its_candidate() -> None:
    text = "Ada Strand won the Hartlepool by-election with 13,872 votes; Tom Pike and Reform came third with 3,100."
    assert _parties(text).get("Ada Strand") is None


def test_a_party_written_with_a_small_party_or_in_the_singular_is_the_party() -> None:
    text = (
        "Louie Frame won the Hartlepool by-election with 11,189 votes. Colm Tarrant, the leader of the "
        "Brexit party, was third with 1,208 votes.\n\nEdna Pryce - English Democrat - 244 (1.2%)\n"
    )
    parties = _parties(text)
    assert parties["Colm Tarrant"] == "Brexit Party"
    assert parties["Edna Pryce"] == "English Democrats"


def test_any_party_named_with_a_small_party_is_that_party() -> None:
    text = "Louie Frame won the Hartlepool by-election with 11,189 votes. Ann Holt of the Yorkshire party took 816."
    assert _parties(text)["Ann Holt"] == "Yorkshire Party"


def test_a_victory_secured_by_a_candidate_and_their_party_names_the_candidate_the_winner() -> None:
    text = "Ada Strand and the Labour party have secured a surprise victory in the Hartlepool by-election."
    text += " She won 13,872 votes."
    contest = reported(text)
    assert contest.winner and contest.winner.name and contest.winner.name.value == "Ada Strand"
    assert contest.winner.party and contest.winner.party.value == "Labour"


def test_a_victory_noun_without_a_securing_verb_is_no_win() -> None:
    text = "Labour's Ada Strand won the Hartlepool by-election with 13,872 votes. A Reform victory had been predicted."
    contest = reported(text)
    assert contest.winner and contest.winner.party and contest.winner.party.value == "Labour"


def test_the_candidate_a_winner_beat_stood_for_the_party_named_beside_them() -> None:
    for text in (
        "In Hartlepool, Labour's Ada Strand defeated Tory Ben Roe by a majority of 1,274.",
        "Ada Strand beat Reform's Ben Roe by 1,274 votes in the Hartlepool by-election.",
    ):
        parties = _parties(text)
        assert parties["Ben Roe"] in ("Conservative", "Reform UK"), text


def test_a_person_beaten_with_no_party_named_gains_none() -> None:
    text = "Ada Strand beat Ben Roe by 1,316 votes in the Hartlepool by-election."
    assert _parties(text).get("Ben Roe") is None


def test_a_place_after_over_the_is_the_beaten_candidates_not_the_winners() -> None:
    text = (
        "Ada Strand won the Hartlepool by-election. She won 12,655 votes, a majority of 1,408 over the "
        "second-placed Conservative candidate, Ben Roe."
    )
    contest = reported(text)
    places = {c.name.value: c.position.value for c in contest.candidates if c.name and c.position}
    assert places == {"Ada Strand": 1, "Ben Roe": 2}


def test_a_photographers_credit_names_no_candidate() -> None:
    text = (
        "Ada Strand has won the Hartlepool by-election for Labour.\n\nAda Strand celebrates her win. "
        "(Image: Tom Reid/PA Wire)\n\nHe won 13,872 votes, a majority of 1,192.\n\nPicture: Sam Hale\n"
    )
    contest = reported(text)
    names = {c.name.value for c in contest.candidates if c.name}
    assert "Tom Reid" not in names and "Sam Hale" not in names


def test_candidates_listed_with_their_parties_stood_though_no_figure_is_given() -> None:
    text = (
        "Ada Strand won the Hartlepool by-election with 9,870 votes. In all, 11 candidates stood in the "
        "by-election, including Ben Roe for the Lib Dems, and Cal Moss for UKIP."
    )
    assert _parties(text) == {"Ada Strand": None, "Ben Roe": "Liberal Democrats", "Cal Moss": "UKIP"}


def test_people_listed_without_a_candidates_cue_are_not_candidates() -> None:
    text = (
        "Ada Strand won the Hartlepool by-election with 10,484 votes. Guests at the count, including Ben Roe "
        "for the Lib Dems, cheered."
    )
    assert "Ben Roe" not in _parties(text)


def test_a_partys_possessive_before_two_names_is_the_party_of_both() -> None:
    text = (
        "The SNP's Ann Vale and Ola Kemp were both returned, in Perthshire South and Kinross-shire and "
        "Perthshire North respectively.\n\nMs Vale won 20,400 votes.\n\nMs Kemp won 18,700 votes."
    )
    parties = {
        x.name.value: x.party.value if x.party else None
        for c in extract_text(text).contests
        for x in c.candidates
        if x.name
    }
    assert parties == {"Ann Vale": "SNP", "Ola Kemp": "SNP"}


def test_names_joined_after_a_party_without_its_possessive_do_not_share_it() -> None:
    text = "Labour held Hartlepool. Ann Vale and Ola Kemp were both candidates; Ann Vale won 21,000 votes."
    assert _parties(text).get("Ann Vale") is None


def test_a_party_someone_formerly_served_is_not_taken_as_theirs() -> None:
    text = (
        "Reform UK's win in the Hartlepool by-election was celebrated by the party's latest MP. Former "
        "Conservative councillor Ada Strand narrowly beat Labour's Ben Roe by nine votes."
    )
    contest = reported(text)
    assert contest.winner and contest.winner.name and contest.winner.name.value == "Ada Strand"
    assert contest.winner.party is None or contest.winner.party.value == "Reform UK"


def test_a_former_leader_keeps_the_party_they_led() -> None:
    text = "The former Conservative leader Sir Ian Strand held Hartlepool with 17,281 votes."
    assert _parties(text) == {"Ian Strand": "Conservative"}


def test_one_partys_two_spellings_of_one_candidate_are_one_candidate() -> None:
    text = (
        "Ada Strand won the Hartlepool by-election.\n\nBecky Sellar of the Lib-Dems raised her vote from "
        "1,210 to over 3,000.\n\nSTRAND Ada Labour 9,870\nSELLAR Beki Liberal Democrats 3,412\n"
    )
    contest = reported(text)
    democrats = [c for c in contest.candidates if c.party and c.party.value == "Liberal Democrats"]
    assert [(c.name.value if c.name else None, c.votes.value if c.votes else None) for c in democrats] == [
        ("Beki Sellar", 3412)
    ]


def test_two_independents_or_two_initials_are_two_candidates() -> None:
    text = (
        "Ada Strand won the Hartlepool by-election.\n\nAda Strand (Lab) 10,484\nBen Moss (Ind) 2,001\n"
        "Cal Moss (Ind) 1,002\nDee Hale (Grn) 904\nEve Hale (Grn) 12\n"
    )
    contest = reported(text)
    assert {c.name.value for c in contest.candidates if c.name} >= {"Ben Moss", "Cal Moss", "Dee Hale", "Eve Hale"}


def test_a_results_line_naming_its_candidate_in_brackets_after_the_party() -> None:
    text = (
        "Ada Strand won the Hartlepool by-election for the Liberal Democrats.\n\n"
        "Liberal Democrats (Ada Strand): 690 (38.7%, +28.1%)\nConservative: 603 (33.8%, -9.7%)\n"
    )
    assert _parties(text).get("Ada Strand") == "Liberal Democrats"


def test_a_bracketed_aside_after_a_party_in_prose_names_no_candidate_of_it() -> None:
    text = "Ada Strand won the Hartlepool by-election with 690 votes. The Greens (and Ben Roe) cheered."
    assert _parties(text).get("Ben Roe") is None


def test_the_two_sides_of_a_straight_fight_are_the_candidates() -> None:
    text = (
        "The Hartlepool by-election was a straight fight between Labour's Ada Strand and Conservative Ben Roe. "
        "Ada Strand won with 10,484 votes."
    )
    assert _parties(text) == {"Ada Strand": "Labour", "Ben Roe": "Conservative"}


def test_people_in_a_fight_with_no_party_named_are_not_candidates() -> None:
    text = "Ada Strand won the Hartlepool by-election with 10,484 votes. A fight between Ben Roe and Cal Moss began."
    assert "Ben Roe" not in _parties(text) and "Cal Moss" not in _parties(text)


def test_a_surname_ending_in_s_printed_with_its_apostrophe_before_the_s_is_the_same_person() -> None:
    text = (
        "Ada Roberts won the Hartlepool by-election with 11,719 votes.\n\n"
        "Hartlepool's new MP Ada Robert's victory speech was short."
    )
    contest = reported(text)
    assert {c.name.value for c in contest.candidates if c.name} == {"Ada Roberts"}


def test_a_possessive_of_a_name_that_is_no_other_persons_stays_as_written() -> None:
    text = "Ada Robert won the Hartlepool by-election with 11,719 votes. Ada Robert's speech was short."
    contest = reported(text)
    assert {c.name.value for c in contest.candidates if c.name} == {"Ada Robert"}


def test_a_name_commonly_known_by_another_is_one_candidate_named_as_on_the_ballot() -> None:
    text = (
        "Conservative candidate Tony Vale (commonly known as Tony Cope) was declared the new councillor for the "
        "Kempshott ward by-election after winning with 686 votes.\n\nCllr Cope said the campaign was hard fought."
    )
    contest = reported(text)
    assert [(c.name.value, c.votes.value if c.votes else None) for c in contest.candidates if c.name] == [
        ("Tony Vale", 686)
    ]


def test_a_results_line_of_name_comma_party_dash_tally_names_the_candidate() -> None:
    text = (
        "Holyrood 2016: Conservative gain Dumfriesshire.\n\nTurnout in Dumfriesshire: 34,950 votes cast.\n"
        "  \u2022 Oliver Vane, Scottish Conservative and Unionist Party - 13,102\n"
        "  \u2022 Joan Mallory, SNP - 11,874\n  \u2022 Ella Murrow, Scottish Labour Party - 8,633\n"
    )
    parties = _parties(text)
    assert parties["Joan Mallory"] == "SNP" and parties["Ella Murrow"] == "Labour"


def test_a_comma_before_a_party_in_prose_without_a_tally_names_no_one() -> None:
    text = "Ada Strand won the Hartlepool by-election with 10,484 votes.\n\nFor Ben Roe, SNP gains were a surprise.\n"
    assert "Ben Roe" not in _parties(text)


def test_a_party_whose_name_ends_in_another_partys_short_name_is_its_own() -> None:
    text = "Stockport result:\nJo Pratt (Labour) – 20,142\nDan Hale (Patriots Alliance) – 112\n"
    assert _parties(text)["Dan Hale"] == "Patriots Alliance"


def test_a_lists_lines_of_names_and_parties_without_counts_name_candidates() -> None:
    text = (
        "ASSEMBLY ELECTION 2022 | FOYLE (5 seats)\n\n"
        "Sinn Féin held three seats in Foyle, where the count ended late on Saturday, and the SDLP held "
        "two. Turnout was 61.2 per cent.\n\n"
        "ELECTED\n  Padraig Delargy (Sinn Féin)   first stage\n  Brian Tierney (SDLP)\n\n"
        "NOT ELECTED (selected)\n  Gary Middleton (DUP)\nNot elected: Ann Lyle (Green)\n"
    )
    assert _parties(text) == {
        "Padraig Delargy": "Sinn Fein",
        "Brian Tierney": "SDLP",
        "Gary Middleton": "DUP",
        "Ann Lyle": "Green",  # after the list's label
    }


def test_a_sentence_that_opens_with_a_name_and_party_is_no_list_line() -> None:
    text = "The SDLP's Ann Lyle held Foyle with 9,120 votes.\n\nGary Middleton (DUP) said the result was a blow."
    assert _parties(text) == {"Ann Lyle": "SDLP"}


def test_the_other_candidates_listed_with_the_party_each_stood_for() -> None:
    text = (
        "Labour's Omar Vance was elected mayor of the West of England with 120,400 votes. The eliminated "
        "candidates were Ruth Okafor for the Liberal Democrats, Dan Hale of the UK Independence Party, Maria "
        "Pryce for the Green Party and Ann Lyle of the Communist Party of Britain."
    )
    parties = _parties(text)
    assert parties["Dan Hale"] == "UKIP"
    assert parties["Maria Pryce"] == "Green"  # not UKIP, which ends the item before
    assert parties["Ann Lyle"] == "Communist Party of Britain"


def test_a_party_then_an_office_then_the_name_is_that_office_holder_of_that_party() -> None:
    # invented: a mayor defending the office, named after the party and the office
    text = (
        "Labour's Kim Rowe has been elected mayor of the Tees Valley. On first preferences Ms Rowe had 81,930 "
        "votes to 79,104 for the Conservative mayor, Ben Hale."
    )
    (contest,) = extract_text(text, reference=None).contests
    people = {c.name.value: c for c in contest.candidates if c.name}
    assert people["Ben Hale"].party and people["Ben Hale"].party.value == "Conservative"
    assert people["Ben Hale"].votes and people["Ben Hale"].votes.value == 79104
    # negative: an office held by someone else between the party and a name is not read across a sentence
    text = "Labour's Kim Rowe has been elected mayor of the Tees Valley. The Conservative mayor. Ben Hale spoke."
    (contest,) = extract_text(text, reference=None).contests
    assert all(c.name is None or c.name.value != "Ben Hale" or c.party is None for c in contest.candidates)


def _tallies(text: str) -> set[tuple[str | None, str | None, float | None]]:
    contest = reported(text)
    return {
        (c.name.value if c.name else None, c.party.value if c.party else None, c.votes.value if c.votes else None)
        for c in contest.candidates
    }


def test_a_participle_after_a_comma_gives_the_tally_to_the_sentences_subject() -> None:
    # the name just before the tally is the object of "succeeded", not the one who polled it
    text = (
        "Council by-election: Nia Pryce succeeded the late Owen Thorne in the Glanrafon ward of Gwynedd "
        "Council, polling 641 votes."
    )
    assert _tallies(text) == {("Nia Pryce", None, 641)}


def test_a_tally_of_a_name_brought_in_with_with_stays_with_that_name() -> None:
    text = "Council by-election in Glanrafon ward: Nia Pryce won, with Owen Thorne taking 388 votes."
    assert ("Owen Thorne", None, 388) in _tallies(text)


def test_a_tally_given_for_a_party_by_its_candidate_is_hers_and_she_stands_for_it() -> None:
    text = (
        "Council by-election: Nia Pryce replaced Owen Thorne in the Glanrafon ward of Gwynedd Council, "
        "winning 641 votes for Plaid Cymru. Dafydd Rees polled 212 votes for the Greens."
    )
    contest = reported(text)
    assert _tallies(text) == {("Nia Pryce", "Plaid Cymru", 641), ("Dafydd Rees", "Green", 212)}
    party = next(c.party for c in contest.candidates if c.name and c.name.value == "Nia Pryce")
    assert party is not None and [e.text for e in party.evidence] == ["Plaid Cymru"] and party.derived is None


def test_a_second_tally_given_for_a_party_is_that_partys_line_not_the_winners() -> None:
    text = "Council by-election in Glanrafon ward: Nia Pryce won with 641 votes, with 212 for Plaid Cymru."
    assert _tallies(text) == {("Nia Pryce", None, 641), (None, "Plaid Cymru", 212)}


def test_a_ward_held_for_a_party_names_its_winners_party() -> None:
    text = "Council by-election: Nia Pryce held the Glanrafon ward of Gwynedd Council for Plaid Cymru with 641 votes."
    contest = reported(text)
    assert contest.winner and contest.winner.party and contest.winner.party.value == "Plaid Cymru"
    assert _tallies(text) == {("Nia Pryce", "Plaid Cymru", 641)}


def test_a_short_form_that_is_a_word_names_the_party_before_a_possessive_person() -> None:
    text = "In Belfast East, Alliance's Ann Cole polled 17,218 votes and was elected on the first count."
    (contest,) = extract_text(text).contests
    assert {c.name.value: c.party.value if c.party else None for c in contest.candidates if c.name} == {
        "Ann Cole": "Alliance"
    }


def test_a_surnames_possessive_is_no_party() -> None:
    text = "Ann Cole won Hexham for Labour with 12,040 votes. Tom Green's Hexham Office stayed shut."
    (contest,) = extract_text(text).contests
    assert all(c.party is None or c.party.value != "Green" for c in contest.candidates)


def test_aontu_is_a_party() -> None:
    (contest,) = extract_text("In Foyle, Ann Cole won 12,040 votes for the SDLP; Aontú got 1,117 votes.").contests
    assert {c.party.value: c.votes.value for c in contest.candidates if c.party and c.votes}["Aontú"] == 1117


def test_a_possessive_party_after_a_name_is_the_next_names() -> None:
    text = (
        "Ann Cole topped the poll in North Down, standing as an independent. The members returned were Ms Cole, "
        "Labour's Tom Reid and Ivo Senna."
    )
    (contest,) = extract_text(text).contests
    parties = {c.name.value: c.party.value if c.party else None for c in contest.candidates if c.name}
    assert parties["Ann Cole"] != "Labour"


# An invented Northern Ireland seat report (written for this test battery; people and figures made up).
SOUTH_ANTRIM = """South Antrim: UUP's Heather McIlwaine unseats DUP's Wilfred Kerr in tight unionist contest

The Ulster Unionist Party has taken South Antrim from the DUP, with Heather McIlwaine defeating the sitting MP \
Wilfred Kerr by 1,186 votes at the general election on Thursday 4 July 2024.

The result was declared shortly after 4am at the count centre in Newtownabbey, where the mood among DUP activists \
had soured long before the returning officer took to the platform.

Ms McIlwaine polled 12,804 votes to Mr Kerr's 11,618. Sinn Féin's Declan Ó Catháin was third with 8,907, while \
Alliance candidate Rebecca Lusty took 7,255.
"""


def test_a_full_name_from_the_headline_is_that_person_again_in_the_body() -> None:
    # the model tags "Heather McIlwaine" in the headline only, and "McIlwaine" after "Ms" as an organisation
    contest = reported(SOUTH_ANTRIM)
    assert contest.winner and contest.winner.name and contest.winner.name.value == "Heather McIlwaine"
    assert tallies(contest)["Heather McIlwaine"] == 12804


def test_a_parties_short_form_before_a_role_and_a_name_is_the_party() -> None:
    assert _parties(SOUTH_ANTRIM)["Rebecca Lusty"] == "Alliance"


def test_the_word_alliance_before_no_role_is_no_party() -> None:
    text = SOUTH_ANTRIM.replace("Alliance candidate Rebecca", "an alliance of residents backed Rebecca")
    assert _parties(text).get("Rebecca Lusty") is None


def test_a_tally_bracketed_with_the_party_after_a_name_is_that_candidates() -> None:
    text = (
        "Ann Lee won the Hexham by-election for Labour with 15,900 votes. The other candidates were Adrian "
        "Boulding (Con, 11,311) and Kerry Jessop (LD, 1,198)."
    )
    contest = reported(text)
    assert _parties(text) == {
        "Ann Lee": "Labour",
        "Adrian Boulding": "Conservative",
        "Kerry Jessop": "Liberal Democrats",
    }
    assert tallies(contest) == {"Ann Lee": 15900, "Adrian Boulding": 11311, "Kerry Jessop": 1198}


def test_a_small_figure_bracketed_with_the_party_may_be_an_age() -> None:
    text = (
        "Ann Lee won the Hexham by-election for Labour with 15,900 votes. Adrian Boulding (Con, 52), a retired "
        "teacher, came second."
    )
    assert "Adrian Boulding" not in tallies(reported(text))
