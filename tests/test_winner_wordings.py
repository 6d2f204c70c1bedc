"""Who won and where, in the many ways reporters say it: a passive ("Kelby was won by Labour's Ann
Vale"), a returning officer's declaration ("declared Ann Vale, of the Green Party, duly elected as Member
of Parliament for Kelby"), a county or a parliament before the seat ("the Derbyshire seat of Kelby", "the
Senedd seat of Kelby ended …"), "Kelby's new police and crime commissioner", a described winner ("The
former BBC radio presenter finished third"), a tabloid's "bagged a whopping 16,844 votes", a member
"who resigned the seat"; and what is none of these: a count's venue before "the seat", a name ending
"Westminster", "held court", a win "since their win in" another seat. Each phenomenon in invented
sentences about invented places and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.extract.mentions import find_mentions
from electext.lexicon.resources import load_resources
from electext.nlp.annotate import load_pipeline

from tests.conftest import candidates, contest, reported, reported_names


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Hollinby and St Cyr's was won by Labour's Marcus Olden, with 15,022 votes - a majority of 1,146.",
            "Hollinby and St Cyr's",
        ),
        (
            "Craig Denton stormed to victory in the Derbyshire seat of Amberley Fold. He polled 16,844 votes.",
            "Amberley Fold",
        ),
        (
            "A four-way battle for the Senedd seat of Ystrad Garw ended in the early hours. The Conservatives' "
            "Rhian Pugh prevailed with 8,104 votes.",
            "Ystrad Garw",
        ),
        (
            "Labour's Ruth Adair has squeaked in as North Wealdham's new police and crime commissioner. She got "
            "48,902 votes.",
            "North Wealdham",
        ),
    ],
)
def test_a_seat_named_by_a_passive_win_its_county_or_its_new_office_holder(text: str, seat: str) -> None:
    assert reported(text).constituency.value == seat


def test_a_returning_officers_declaration_names_the_winner_and_the_seat() -> None:
    text = (
        "Turnout was 57.1 per cent.\n\nJust after 4am the returning officer declared Tamsin Oakes, of the Green "
        "Party, duly elected as Member of Parliament for Elmhurst Vale with 13,402 votes to Joel Penn's 12,791."
    )
    elmhurst = reported(text)
    assert elmhurst.constituency.value == "Elmhurst Vale"
    assert elmhurst.winner is not None and elmhurst.winner.name is not None
    assert elmhurst.winner.name.value == "Tamsin Oakes"
    assert candidates(elmhurst)["Tamsin Oakes"]["votes"] == 13402


def test_a_venue_before_the_seat_is_no_seat() -> None:
    text = (
        "The Liberal Democrats have snatched Ridgemoor and Castle from the Conservatives in a by-election.\n\n"
        "After a count at the Castle Leisure Centre, the seat now belongs to the Lib Dems' Fiona Latham. "
        "She polled 14,286 votes."
    )
    assert reported_names(text) == ["Ridgemoor and Castle"]


def test_a_pronoun_after_a_sentence_that_names_no_one_is_still_its_paragraphs_person() -> None:
    text = (
        "Labour won the Hollinby by-election. On paper, Hugo Brackley was the candidate the Tories wanted.\n\n"
        "He spent five weeks telling voters he was local. On Thursday night, it turned out not to be enough. "
        "He polled 13,876 votes and finished second."
    )
    assert candidates(contest(extract_text(text), "Hollinby"))["Hugo Brackley"]["votes"] == 13876


def test_a_described_candidate_with_an_occupation_and_a_tabloids_boast() -> None:
    text = (
        "Reform won in the Derbyshire seat of Amberley Fold. Craig Denton romped home. The 38-year-old plumber "
        "bagged a whopping 16,844 votes.\n\nOver at the Liberal Democrat table, Miles Fenwick was having a good "
        "night. The former BBC local radio presenter finished third with 6,240 votes."
    )
    fold = candidates(reported(text))
    assert fold["Craig Denton"]["votes"] == 16844
    assert fold["Miles Fenwick"]["votes"] == 6240


def test_a_member_who_resigned_the_seat() -> None:
    text = (
        "Labour lost the Elmhurst Vale by-election to the Greens, who polled 13,402 votes. Sarah Jones, who "
        "resigned the seat in the summer to run a charity, said she was sad."
    )
    previous = reported(text).previous_member
    assert previous is not None
    assert previous.name.value == "Sarah Jones"


def test_held_court_is_no_win() -> None:
    text = (
        "The Greens won the Elmhurst Vale by-election with 13,402 votes.\n\n"
        "Reform UK's Shaun Petty, a scaffolder, held court by the vending machine. He finished fifth on 3,308."
    )
    elmhurst = reported(text)
    assert elmhurst.winner is None or elmhurst.winner.name is None or elmhurst.winner.name.value != "Shaun Petty"


def test_a_win_since_which_another_seat_was_won_is_no_contest_of_this_report() -> None:
    text = (
        "The SNP took the Strathmore and Kilbride Westminster seat from Labour. Morag Lindsay polled 17,330 votes.\n\n"
        "It is the first time the Nationalists have gained a seat at a by-election since their win in Inverlochy, "
        "which they took by 3,417 votes."
    )
    assert reported_names(text) == ["Strathmore and Kilbride"]
    text_people = find_mentions(load_pipeline()(text), text, 0, load_resources()).people
    assert not any(person.value.endswith("Westminster") for person in text_people)
