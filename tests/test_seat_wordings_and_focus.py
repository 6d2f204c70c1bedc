"""Seats named by how a report tells their win (a win as a noun, a sentence fronted by the place, a hold
"on in" a place before a dash, a headline's "by-election result:", the new member "for" a seat before
the time of the declaration), a police force that is no commissioner's area, and a seat named in
someone's quoted words that does not take the report's focus. Each phenomenon in invented sentences
about invented seats and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text, read_facts
from electext.extract.mentions import find_mentions
from electext.ingest.article import article_from_text
from electext.lexicon.resources import load_resources
from electext.nlp.annotate import load_pipeline

from tests.conftest import contest, reported


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # a win told as a noun, the seat its object
        (
            "The Greens' capture of Marrowby and Fenn is a result for the history books. "
            "Ottilie Brack took 9,904 votes and the Conservative Hugh Dancey 8,220.",
            "Marrowby and Fenn",
        ),
        (
            "Reform's seizure of Kettleburn was the night's shock. Dale Amory polled 13,402 votes.",
            "Kettleburn",
        ),
        # a sentence set in the place, a party's win with its margin
        (
            "In Orrinsby and Lowe, the Liberal Democrats held on by 612 votes. Nia Castell took 10,115.",
            "Orrinsby and Lowe",
        ),
        (
            "In Quarrendon Heath, Labour won by 1,804 votes on a low turnout. Ben Aske polled 8,766.",
            "Quarrendon Heath",
        ),
        # a hold "on in" the seat, a dash after its name
        (
            "The SNP has held on in Glenavie and Ross - but only just. Moira Tulloch polled 11,230 votes.",
            "Glenavie and Ross",
        ),
        # a headline's "by-election result:"
        (
            "Pellingham Vale by-election result: Labour's Asha Venn holds seat\n\nAsha Venn polled 12,118 votes.",
            "Pellingham Vale",
        ),
        # the new member for the seat, the time of the declaration after it
        (
            "Corin Blayde was declared the new MP for Ashwick and Dray at 4am. He polled 15,009 votes.",
            "Ashwick and Dray",
        ),
    ],
)
def test_a_seat_is_named_by_how_its_win_is_told(text: str, seat: str) -> None:
    assert reported(text).constituency.value == seat


@pytest.mark.parametrize(
    "text",
    [
        # a win noun's object that is a party, or a person's name; a place's force; no seat at all
        "The capture of Labour's vote was complete. Dale Amory polled 13,402 votes.",
        "In May, the Liberal Democrats held on by 612 votes. Nia Castell took 10,115.",
        "Labour has held on - but only just. Moira Tulloch polled 11,230 votes.",
    ],
)
def test_no_seat_where_the_words_name_none(text: str) -> None:
    assert all(contest.constituency.value is None for contest in extract_text(text).contests)


def test_a_police_force_is_not_the_commissioners_area() -> None:
    text = (
        "A Conservative has been elected as Derbyshire's police and crime commissioner (PCC) after a by-election.\n\n"
        "Ruth Ellory, a former inspector with Nottinghamshire Police, beat Reform UK's Tom Gask. "
        "Turnout was 15.2%.\n\nRuth Ellory   Conservative   40118\nTom Gask   Reform UK   38804\n"
    )
    result = extract_text(text)
    assert [c.constituency.value for c in result.contests if not c.mention_only] == ["Derbyshire"]
    assert contest(result, "Derbyshire").turnout is not None
    assert contest(result, "Derbyshire").turnout.value == 15.2


def test_the_police_and_crime_commissioners_area_is_still_its_contest() -> None:
    text = (
        "Nottinghamshire Police and Crime Commissioner election: Labour's Aled Brice wins.\n\n"
        "Aled Brice polled 61,220 votes and the Conservative Meg Hollis 55,108."
    )
    assert reported(text).constituency.value == "Nottinghamshire"


def test_a_seat_in_quoted_words_does_not_take_the_reports_focus() -> None:
    text = (
        "The Greens have gained Harrowmere from Labour in a by-election. Lise Orton polled 14,030 votes.\n\n"
        '"The green wave is growing. Just last week we gained Fennick ward in Dunstow with 1,204 votes."\n\n'
        "The by-election followed the death of Labour MP Alan Ruddle, who had represented the constituency "
        "since 2010."
    )
    result = extract_text(text)
    harrowmere = contest(result, "Harrowmere")
    assert harrowmere.previous_member is not None
    assert harrowmere.previous_member.name.value == "Alan Ruddle"


def _winner_parties(text: str) -> set[str | None]:
    facts = read_facts(article_from_text(text))
    return {getattr(fact.subject, "value", None) for fact in facts if fact.role == "winner"}


def test_a_win_of_a_place_the_article_names_as_no_seat_is_not_this_contests() -> None:
    text = (
        "Ottilie Brack won the Marrowby and Fenn by-election for the Liberal Democrats with a majority of 1,684.\n\n"
        "History offers a warning. The SDP held Kentwater, won in 1982 with a majority of 5,430, for only a year."
    )
    assert "Social Democratic Party" not in _winner_parties(text)


def test_a_win_of_the_seat_written_short_is_still_this_contests() -> None:
    text = "Marrowby and Fenn by-election: Lib Dem gain.\n\nThe Liberal Democrats took Marrowby, with 9,904 votes."
    assert "Liberal Democrats" in _winner_parties(text)


def test_a_movements_name_is_no_persons() -> None:
    text = "The SDP-Liberal Alliance held Kentwater in 1982. Ottilie Brack won Marrowby and Fenn with 9,904 votes."
    mentions = find_mentions(load_pipeline()(text), text, 0, load_resources())
    assert "Liberal Alliance" not in {person.value for person in mentions.people}


def test_a_majority_changed_after_an_aside_about_the_seat() -> None:
    text = (
        "Labour held the Wexbridge seat. Amira Dost polled 8,412 votes. It means Labour's majority in the seat, "
        "which the party has held since 1997, fell from nearly 14,000 at last year's general election to 1,283."
    )
    previous = reported(text).previous_majority
    assert previous is not None
    assert previous.value == 14000
