"""Wire intros, live blogs, notices and the history around a result: a dateline whose date is a weekday
("KELBY, Friday (PA) -"), a party's name in a regional intro's capitals ("REFORM UK has won …"), a live
blog's title ("Kelby by-election live:"), a headline's majority overturned "in" its seat, a scene set at
another place and year without its comma ("At Dunmere in 1993 the party won …"), a tenure "for most of
the last 50 years", a claim whose object is a clause, a council leader "pleased to hold the ward", the
previous majority "at the general election", a relative clause's fact after a supposition, a title in a
results list's name, a returning officer's "(Elected)" mark and a full name the model labelled an
organisation. Each phenomenon in invented sentences about invented places and people, with a text that
must not be read the same way."""

from __future__ import annotations

import pytest
from electext.core.records import Contest
from electext.extract.mentions.people import _person_entities
from electext.lexicon import patterns
from electext.lexicon.resources import load_resources
from electext.nlp.annotate import load_pipeline
from spacy.tokens import Span

from tests.conftest import candidates, reported, reported_names, tallies


def _winner(contest: Contest) -> str | None:
    winner = contest.winner
    return winner.name.value if winner is not None and winner.name is not None else None


def _winner_party(contest: Contest) -> str | None:
    winner = contest.winner
    return winner.party.value if winner is not None and winner.party is not None else None


@pytest.mark.parametrize("dateline", ["KELBY, Friday (UKNA) - The Greens", "KELBY, May 7 (UKNA) - The Greens"])
def test_a_datelines_date_is_no_persons_forename(dateline: str) -> None:
    assert patterns.SURNAME_FIRST.search(dateline) is None


def test_a_surname_first_row_is_still_read_as_one() -> None:
    found = patterns.SURNAME_FIRST.search("HOLLOWAY, Ann (Green Party) 1,207")
    assert found is not None and (found.group("surname"), found.group("forenames")) == ("HOLLOWAY", "Ann")


def test_a_name_written_surname_first_still_opens_on_a_forename() -> None:
    text = "Kelby ward by-election\n\nHOLLOWAY, Ann (Green Party) 1,207\nREID, Tom (Labour Party) 889\n"
    assert tallies(reported(text)) == {"Ann Holloway": 1207, "Tom Reid": 889}


@pytest.mark.parametrize(
    ("intro", "party"),
    [
        (
            "REFORM UK has won the Kelby West by-election in one of the closest contests the county has seen.",
            "Reform UK",
        ),
        ("LABOUR has held on to the Kelby West seat after a recount.", "Labour"),
    ],
)
def test_a_party_in_a_regional_intros_capitals_is_that_party(intro: str, party: str) -> None:
    text = f"Close call in Kelby\n\n{intro}\n\nAnn Holloway won by 10,344 votes to 10,102."
    assert _winner_party(reported(text)) == party


def test_a_capitalised_place_opening_an_intro_is_no_party() -> None:
    text = "GREENWICH voters went to the polls in the Kelby West by-election. Labour's Ann Holloway won 10,344 votes."
    assert _winner_party(reported(text)) != "Green"


@pytest.mark.parametrize(
    "title",
    ["Hollin Vale by-election live: Labour hold on", "Hollin Vale by-election live"],
)
def test_a_live_blogs_title_names_its_contest(title: str) -> None:
    text = (
        f"{title}\n\n1.47am\nAnd there it is. Ann Holloway has romped home with 17,250 votes and a majority of 9,136."
    )
    assert reported_names(text) == ["Hollin Vale"]


def test_a_live_blogs_label_alone_names_no_seat() -> None:
    text = "By-election live: latest\n\n1.47am\nAnn Holloway has romped home with 17,250 votes."
    assert "By" not in reported_names(text)


def test_a_majority_in_a_country_names_no_seat() -> None:
    text = (
        "Labour once held a majority of 20,000 in Wales.\n\n"
        "In the Kelby West by-election, Ann Holloway took 18,904 votes and Tom Reid managed 12,660."
    )
    assert reported_names(text) == ["Kelby West"]


def test_a_scene_set_at_another_place_and_year_keeps_its_figures_without_a_comma() -> None:
    text = (
        "Labour have won the Kelby West by-election. Ann Vale took 12,000 votes and a majority of 3,000.\n\n"
        "At Dunmere in 1993 the party won by 22,400 votes on a swing of 35.4 per cent."
    )
    kelby = reported(text)
    assert kelby.swing is None
    assert kelby.majority is not None and kelby.majority.value == 3000


def test_a_tenure_over_most_of_the_last_decades_is_no_win() -> None:
    text = (
        "Labour have won the Kelby West by-election. Ann Vale took 12,000 votes.\n\n"
        "The Conservatives, who held the seat for most of the last 50 years, were a distant third with 5,480 votes."
    )
    assert _winner_party(reported(text)) == "Labour"


def test_a_claim_whose_object_is_a_clause_is_no_win() -> None:
    text = (
        "Labour held on in the Kelby ward by-election, Ann Vale beating Reform UK's Tom Reid by 45 votes.\n\n"
        "Reform UK's organiser claimed the result showed the party was within touching distance."
    )
    assert _winner_party(reported(text)) == "Labour"


def test_a_council_leader_pleased_to_hold_the_ward_is_not_its_winner() -> None:
    text = (
        "Labour has held on to Kelby ward, beating Reform UK by just 45 votes. Ann Vale received 1,144 votes, "
        "with Reform UK's Tom Reid on 1,099.\n\n"
        "Harton Council leader Cllr Peter Gale said he was pleased to hold the ward."
    )
    assert _winner(reported(text)) != "Peter Gale"


def test_the_candidate_pleased_to_win_is_still_the_winner() -> None:
    text = (
        "Labour's Ann Vale received 1,144 votes in the Kelby ward by-election, with Reform UK's Tom Reid on "
        "1,099. Ann Vale said she was pleased to win the ward."
    )
    assert _winner(reported(text)) == "Ann Vale"


@pytest.mark.parametrize("verb", ["had been", "was"])
def test_a_majority_at_the_general_election_is_the_previous_one(verb: str) -> None:
    text = (
        "Plaid Cymru has won the Kelby West by-election. Ann Rees polled 15,022 votes. Labour's Huw Bevan "
        f"received 11,358, giving her a majority of 3,664.\n\nLabour's majority at the general election {verb} 9,871."
    )
    kelby = reported(text)
    assert kelby.previous_majority is not None and kelby.previous_majority.value == 9871
    assert kelby.majority is not None and kelby.majority.value == 3664


def test_a_relative_clause_after_a_supposition_tells_what_happened() -> None:
    text = (
        "Reform UK have won the Kelby West by-election. Ann Vale took 12,000 votes and a majority of 3,000.\n\n"
        "Labour's candidate, Mark Ebb, had been tipped to hold the seat, which the party gained at the last "
        "general election with a majority of 5,018."
    )
    kelby = reported(text)
    assert kelby.previous_majority is not None and kelby.previous_majority.value == 5018


def test_a_relative_clauses_own_supposition_is_still_one() -> None:
    text = (
        "Reform UK have won the Kelby West by-election. Ann Vale took 12,000 votes and a majority of 3,000.\n\n"
        "Labour hoped to win Kelby West, which would have given it a majority of 2,000."
    )
    kelby = reported(text)
    assert kelby.previous_majority is None
    assert kelby.majority is not None and kelby.majority.value == 3000


def test_a_results_lists_name_is_read_without_its_title() -> None:
    text = (
        "Hollin Vale by-election result\n\n"
        "Dr Ann Holloway, Independent - 17,250\nTom Reid, Labour - 8,114\nMia Shaw, Green Party - 612\n"
    )
    assert tallies(reported(text)) == {"Ann Holloway": 17250, "Tom Reid": 8114, "Mia Shaw": 612}


def test_a_ballot_row_marked_elected_in_brackets_is_read() -> None:
    text = (
        "DECLARATION OF RESULT OF POLL\n\nElection of a District Councillor for the Kelby Ward\n\n"
        "HOLLOWAY Ann Marie\tReform UK\t1301\t(Elected)\nREID Tom\tLabour Party\t1288\n"
    )
    kelby = reported(text)
    assert tallies(kelby) == {"Ann Marie Holloway": 1301, "Tom Reid": 1288}
    assert _winner(kelby) == "Ann Marie Holloway"


def _entities(text: str, labelled: list[tuple[str, str]]) -> list[Span]:
    """Entities labelled by hand, so that the test does not depend on what the model happens to tag."""
    doc = load_pipeline(None).make_doc(text)
    spans = []
    for words, label in labelled:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        spans.append(span)
    return spans


def test_a_full_name_labelled_an_organisation_that_opens_on_a_forename_is_a_person() -> None:
    text = "Alistair Pemberton-Hale, a former army officer, polled 12,877 votes for Kelby Council."
    found = _person_entities(
        _entities(text, [("Alistair Pemberton-Hale", "ORG"), ("Kelby Council", "ORG")]), load_resources()
    )
    assert [ent.text for ent in found] == ["Alistair Pemberton-Hale"]


def test_a_lists_surnames_before_the_full_names_are_those_candidates() -> None:
    text = (
        "Farah Noor has won the Kelby West by-election as an independent.\n\n"
        "The numbers: Noor 11,204, Reid 10,987, Vale 8,015.\n\n"
        "Labour's candidate was Tom Reid, the council leader. Reform ran Ann Vale, a local builder."
    )
    assert tallies(reported(text)) == {"Farah Noor": 11204, "Tom Reid": 10987, "Ann Vale": 8015}


@pytest.mark.parametrize("after", [" 45%", " 10.5", " 45 per cent"])
def test_a_share_after_a_surname_is_no_tally(after: str) -> None:
    assert patterns.TALLY_RIGHT_AFTER.match(after) is None


def test_a_member_who_quit_the_party_did_not_leave_the_seat() -> None:
    text = (
        "Farah Noor, the former Labour councillor who quit the party over the hospital closure, has won the "
        "Kelby West by-election with 11,204 votes. The seat was vacated by Labour's Tom Reid, who resigned "
        "in the spring."
    )
    member = reported(text).previous_member
    assert member is not None and member.name is not None and member.name.value == "Tom Reid"


def test_a_ward_is_not_the_constituency_its_name_is_close_to() -> None:
    text = (
        "Fiona Gatward took the Harrowby East ward at Thursday's by-election with 742 votes. "
        "Conservative Martin Colley came second on 555."
    )
    assert reported_names(text) == ["Harrowby East"]


def test_a_misspelt_constituency_is_still_read_as_the_one_it_is_close_to() -> None:
    text = "Labour's Ann Vale won the Harow East by-election with 12,000 votes, ahead of Tom Reid on 9,000."
    assert reported_names(text) == ["Harrow East"]


def test_the_national_assembly_names_no_seat() -> None:
    text = "Labour's Ann Vale won the National Assembly by-election in Kelby with 4,000 votes to Tom Reid's 3,000."
    assert "National" not in reported_names(text)


def test_the_share_that_signed_a_petition_is_no_turnout() -> None:
    text = (
        "The Kelby West by-election was triggered by a recall petition. The petition was signed by 8,204 "
        "constituents, 11.5 per cent of the electorate. Ann Vale won with 11,402 votes and turnout was 38.2%."
    )
    kelby = reported(text)
    assert kelby.turnout is not None and kelby.turnout.value == 38.2


def test_a_majority_with_a_long_aside_before_its_new_figure() -> None:
    text = (
        "Labour's Ann Vale won the Kelby West by-election with 8,640 votes. Labour's majority, which stood at "
        "15,296 under the late Sir Tom Reid, was cut to 1,708."
    )
    kelby = reported(text)
    assert kelby.majority is not None and kelby.majority.value == 1708


def test_a_majority_the_member_sat_on_is_the_previous_one() -> None:
    text = (
        "Reform UK's Ann Vale won the Kelby West by-election with 14,000 votes, a majority of 3,000. "
        "Sir Tom Reid had sat on a whopping 19,452 majority."
    )
    kelby = reported(text)
    assert kelby.previous_majority is not None and kelby.previous_majority.value == 19452


def test_a_bilingual_results_lists_party_names_and_candidates() -> None:
    text = (
        "Cwm Teifion by-election\n\nY canlyniad llawn | Full result\n\n"
        "Plaid Cymru - Elin Pritchard - 9,842\n"
        "Llafur Cymru / Welsh Labour - Rhodri Bevan - 7,725\n"
        "Ceidwadwyr Cymreig / Welsh Conservatives - Sian Meredith - 1,788\n"
        "Democratiaid Rhyddfrydol Cymru / Welsh Liberal Democrats - Gethin Rowlands - 512\n"
        "Plaid Werdd / Wales Green Party - Ffion Harries - 478\n"
    )
    found = {name: (fields["party"], fields["votes"]) for name, fields in candidates(reported(text)).items()}
    assert found == {
        "Elin Pritchard": ("Plaid Cymru", 9842),
        "Rhodri Bevan": ("Labour", 7725),
        "Sian Meredith": ("Conservative", 1788),
        "Gethin Rowlands": ("Liberal Democrats", 512),
        "Ffion Harries": ("Green", 478),
    }


def test_a_combined_authority_is_no_sum_of_tallies() -> None:
    text = (
        "Labour's Hannah Crewe has been elected Mayor of the Wyvern Valley Combined Authority, winning 184,302 "
        "votes and a majority of 41,117 over the Conservative candidate, Philip Osgood, who received 143,185."
    )
    assert tallies(reported(text)) == {"Hannah Crewe": 184302, "Philip Osgood": 143185}


def test_the_votes_of_candidates_combined_are_still_a_sum() -> None:
    text = (
        "Labour's Ann Vale won the Kelby West by-election with 12,000 votes. Combined, the Greens and the "
        "Liberal Democrats polled 9,000."
    )
    assert 9000 not in tallies(reported(text)).values()


def test_a_by_election_in_a_country_last_year_is_named_in_passing() -> None:
    text = (
        "The SNP's Ann Vale won the Kelby West by-election with 12,004 votes.\n\n"
        "It was bigger than the swing Reform achieved at the Dunmore Bridge by-election in England last year.\n\n"
        "Turnout was 42.3%, down from 61.4% at the general election."
    )
    kelby = reported(text)
    assert reported_names(text) == ["Kelby West"]
    assert kelby.turnout is not None and kelby.turnout.value == 42.3


def test_a_results_boxs_previous_result_line_is_the_election_before() -> None:
    text = (
        "SALTMARSH (Kelby DC) - Con gain from Lab\n\nCon (Ann Vale) 842, Lab (Tom Reid) 530. Con majority 312. "
        "Turnout 26.5%.\n\nPrevious result (2023): Lab 1,204, Con 655. Lab majority 549. Turnout 38.0%.\n"
    )
    kelby = reported(text)
    assert kelby.majority is not None and kelby.majority.value == 312
    assert kelby.previous_majority is not None and kelby.previous_majority.value == 549
    assert kelby.turnout is not None and kelby.turnout.value == 26.5


def test_an_occupation_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        "The Tories clung on to Kelby West last night. Barrister Ann Vale, 45, scraped home with 10,102 votes "
        "to Reform's Tom Reid on 9,920."
    )
    assert tallies(reported(text)) == {"Ann Vale": 10102, "Tom Reid": 9920}


def test_a_margin_with_a_hyphened_word_before_it() -> None:
    text = "The Tories held the Kelby West seat, beating Reform UK by a wafer-thin 182 votes. Ann Vale polled 10,102."
    kelby = reported(text)
    assert kelby.majority is not None and kelby.majority.value == 182


def test_a_peers_title_now_is_no_return_to_the_present() -> None:
    text = (
        "Labour's Tom Reid won the Kelby West by-election with 10,955 votes, a majority of 554. At the general "
        "election, Ann Vale, now Baroness Vale, held Kelby West by 17,204."
    )
    kelby = reported(text)
    assert _winner(kelby) == "Tom Reid"
    assert kelby.previous_majority is not None and kelby.previous_majority.value == 17204


def test_the_declarations_winner_written_surname_first_in_prose() -> None:
    text = (
        "NOTICE OF RESULT OF POLL\n\nElection of a District Councillor for the Kelby Ward\n\n"
        "Surname | Other names | Description (if any) | Number of votes\n"
        "HOLLOWAY | Ann Marie | The Conservative Party Candidate | 611 *\nREID | Tom | Labour Party | 590\n\n"
        "And I hereby declare that HOLLOWAY, Ann Marie is duly elected as District Councillor for the Kelby Ward."
    )
    kelby = reported(text)
    assert _winner(kelby) == "Ann Marie Holloway"
    assert "Ann Marie" not in candidates(kelby)


def test_by_elections_in_a_country_name_no_seat() -> None:
    text = (
        "Plaid Cymru's Ann Vale won the Kelby Fawr by-election with 11,308 votes.\n\n"
        "Turnout was 40.6%, higher than at recent by-elections in England."
    )
    kelby = reported(text)
    assert reported_names(text) == ["Kelby Fawr"]
    assert kelby.turnout is not None and kelby.turnout.value == 40.6


def test_a_partys_name_in_another_language_before_its_slash_is_no_part_of_the_name() -> None:
    text = "Kelby Fawr by-election\n\nPlaid Cymru - Ann Vale - 9,842\nGwyrdd / Green - Tom Rees - 611\n"
    assert tallies(reported(text)) == {"Ann Vale": 9842, "Tom Rees": 611}


def test_a_known_forename_and_surname_before_a_result_verb_are_a_person() -> None:
    text = (
        "Stonebeck (Kelby District Council)\nCON HOLD\n\n"
        "Penelope Hartley-Bell held Stonebeck for the Conservatives with 655 votes, 115 ahead of Reform's "
        "Gary Lund on 540."
    )
    assert tallies(reported(text)) == {"Penelope Hartley-Bell": 655, "Gary Lund": 540}


def test_a_bracketed_earlier_year_holds_the_previous_majority() -> None:
    text = (
        "TANNERS ROW (Kelby DC) - Lab gain from Con\n\nLab (Ann Vale) 612, Con (Tom Reid) 382.\n"
        "Majority: 230 (2021: Con majority 868)\n"
    )
    kelby = reported(text)
    assert kelby.majority is not None and kelby.majority.value == 230
    assert kelby.previous_majority is not None and kelby.previous_majority.value == 868


@pytest.mark.parametrize(
    ("declaration", "name"),
    [
        ("I hereby declare that HOLLOWAY, Ann Marie is duly elected", ("HOLLOWAY", "Ann Marie")),
        ("do hereby declare that McKEE Tom was duly elected", ("McKEE", "Tom")),
        ("I hereby declare that the Labour candidate is duly elected", None),
    ],
)
def test_a_declarations_surname_first_winner_in_prose(declaration: str, name: tuple[str, str] | None) -> None:
    found = patterns.DECLARED_SURNAME_FIRST.search(declaration)
    assert (found.group("surname"), found.group("forenames")) == name if name else found is None


def test_a_table_of_this_election_beside_the_general_elections_columns() -> None:
    text = (
        "The SNP's Ann Vale won the Kelby West by-election with 12,004 votes.\n\n"
        "Party    Candidate (by-election)   By-election votes   Share    Change on GE   GE votes\n"
        "SNP      Ann Vale                  12,004             38.8%     +7.6         14,037\n"
        "Lab      Tom Reid                  10,311             33.3%    -12.0         20,380\n"
        "Con      Mia Shaw                   2,150              7.0%     -2.0          4,049\n"
    )
    assert tallies(reported(text)) == {"Ann Vale": 12004, "Tom Reid": 10311, "Mia Shaw": 2150}


@pytest.mark.parametrize(
    ("text", "turnout"),
    [
        (
            "Ann Vale won the Kelby ward by-election with 1,207 votes. Turnout was a big 41% in the ward.",
            41,
        ),
        (
            "Ann Vale won the Kelby ward by-election with 1,207 votes. Turnout was a measly 27 per cent.",
            27,
        ),
        (
            "Ann Vale won the Kelby West by-election with 11,402 votes.\n\nTurnout is in: 39.8%, says the officer.",
            39.8,
        ),
    ],
)
def test_turnout_wordings(text: str, turnout: float) -> None:
    """ "Turnout was a big 41%", "a measly 27 per cent" (any word after "a"); "Turnout is in: 39.8%" (words
    before its colon)."""
    kelby = reported(text)
    assert kelby.turnout is not None and kelby.turnout.value == turnout


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Greens overturn 17,000 majority in Hollin Vale\n\n"
            "Hollin Vale joined the list overnight. Ann Holloway took 18,904 votes and Tom Reid managed 12,660.",
            "Hollin Vale",
        ),
        (
            "Sinn Féin's Orla Devlin has won the Drumnaskea Assembly by-election after a five-stage count, "
            "finishing 702 votes ahead of the DUP's Mervyn Crawford. Ms Devlin topped the poll with 8,412 votes.",
            "Drumnaskea",
        ),
        (
            "CANLYNIADAU | RESULTS\n\nISETHOLIAD SENEDD KELBY FAWR | KELBY FAWR SENEDD BY-ELECTION\n\n"
            "Ann Vale     Llafur Cymru / Welsh Labour     8,904\nTom Reid     Plaid Cymru     8,211\n",
            "Kelby Fawr",
        ),
        (
            "Welsh Labour held Cwm Aber, but only just. Ann Vale polled 8,904 votes to Tom Reid's 8,211.",
            "Cwm Aber",
        ),
        (
            "Labour's Sarah Okwu has been elected police and crime commissioner for Westmarch despite finishing "
            "second on first preferences. The Conservative Nigel Rowntree led with 88,410 votes to her 81,902.",
            "Westmarch",
        ),
    ],
    ids=[
        "majority_overturned_in_it",
        "assembly_by_election",
        "bilingual_heading",
        "held_but_only_just",
        "commissioner_for",
    ],
)
def test_a_contest_named_by_its_context(text: str, seat: str) -> None:
    """ "overturn 17,000 majority in X", "the X Assembly by-election", "… | X SENEDD BY-ELECTION", "held X, but
    only just", "police and crime commissioner for X"."""
    assert reported_names(text) == [seat]
