"""Mention finding: helpers that replace per-article regex patterns with plain string search must find
exactly what the patterns found, and seats in headings are all found."""

from __future__ import annotations

import pytest
from electext.core import rx
from electext.extract.facts import Sentence, mentions_in
from electext.extract.mentions import Mention, Mentions, find_mentions, forename_and, standalone_word
from electext.lexicon import patterns
from electext.lexicon.resources import load_resources
from electext.nlp.annotate import load_pipeline
from hypothesis import given, settings
from hypothesis import strategies as st

PIECES = st.sampled_from(
    ["Mather", "mather", "Ann", " ", "\t", "\n", "-", "'", "é", "É", "x", "1", "_", "Mr ", ".", "Rd"]
)
TEXT = st.lists(PIECES, max_size=25).map("".join)
WORD = st.sampled_from(["Mather", "Ann", "O'Mather", "Irranca-Mather", "É"])


def reference(text: str, word: str, start: int) -> list[tuple[int, int]]:
    pattern = rf"(?<![\p{{Lu}}][\p{{L}}]*\s)\b{rx.escape(word)}\b(?!\s+\p{{Lu}})"
    return [match.span() for match in rx.finditer(pattern, text, pos=start)]


@settings(max_examples=400)
@given(TEXT, WORD, st.integers(min_value=0, max_value=30))
def test_a_standalone_word_is_found_where_the_pattern_finds_it(text: str, word: str, start: int) -> None:
    assert list(standalone_word(text, word, start)) == reference(text, word, start)


def test_a_surname_after_a_title_or_before_a_capitalised_word_is_not_standalone() -> None:
    text = "Mather won. Mr Mather spoke on Mather Road, and Mather left."
    assert [text[s:e] + f"@{s}" for s, e in standalone_word(text, "Mather", 0)] == ["Mather@0", "Mather@48"]


def forenamed_reference(text: str, surname: str, start: int) -> list[tuple[int, int, int, int]]:
    pattern = rf"(?<![\p{{L}}'-])(\p{{Lu}}[\p{{Ll}}'-]+)[ \t]+({rx.escape(surname)})(?![\p{{L}}'-])"
    return [(m.start(1), m.end(1), m.start(2), m.end(2)) for m in rx.finditer(pattern, text, pos=start)]


@settings(max_examples=400)
@given(TEXT, WORD, st.integers(min_value=0, max_value=30))
def test_a_forename_before_a_surname_is_found_where_the_pattern_finds_it(text: str, word: str, start: int) -> None:
    assert list(forename_and(text, word, start)) == forenamed_reference(text, word, start)


def test_a_forename_is_one_capitalised_word_right_before_the_surname() -> None:
    text = "Councillor Ann Mather and ann Mather; McAnn Mather, Ann\tMather."
    found = [(text[a:b], text[c:d]) for a, b, c, d in forename_and(text, "Mather", 0)]
    assert found == [("Ann", "Mather"), ("Ann", "Mather")]


@pytest.mark.model
def test_a_seat_read_from_a_heading_s_leading_words_does_not_hide_later_headings() -> None:
    text = (
        "ELECTION 2010: NORWICH SOUTH AT A GLANCE\n\nClive Lewis spoke after the count.\n\n"
        "LIB DEM HOLD SHEFFIELD HALLAM\n\nNick Clegg kept his seat.\n"
    )
    mentions = find_mentions(load_pipeline()(text), text, 0, load_resources())
    assert {"Norwich South", "Sheffield, Hallam"} <= {seat.value for seat in mentions.seats}


def test_every_party_abbreviation_is_read_in_a_declaration_s_result_phrase() -> None:
    # "LD gain", "Lab hold": RESULT_ABBREVIATION starts with \b for speed, so each abbreviation must
    # start with a word character to be found at all.
    for abbreviation in load_resources().party_by_abbreviation:
        if len(abbreviation) > 1:
            text = f"At 3am: {abbreviation} gain from the SNP."
            match = patterns.RESULT_ABBREVIATION.search(text)
            assert match is not None and match.group("a") == abbreviation, abbreviation


def test_mentions_are_kept_in_text_order_and_a_sentence_s_are_found_by_position() -> None:
    first = Mention(0, 6, "Labour", "party", "Labour")
    second = Mention(20, 24, "SNP", "party", "Scottish National Party")
    with pytest.raises(ValueError, match="text order"):
        Mentions(people=(), parties=(second, first), seats=())
    parties = Mentions(people=(), parties=(first, second), seats=()).parties
    assert mentions_in(Sentence(0, 19, 0), parties) == [first]
    assert mentions_in(Sentence(19, 20, 0), parties) == []
    assert mentions_in(Sentence(20, 40, 1), parties) == [second]


def test_a_sentence_ending_in_a_title_word_does_not_swallow_the_next_seat() -> None:
    """ "… is no longer an MP. South West Norfolk went to Labour": the full stop ends a sentence; only a
    lower-case abbreviation takes a title's stop ("Mr. Dudley Brown" is a person, not the Dudley seat)."""
    from electext.api import extract_text

    found = extract_text("Nell Harrow is no longer an MP. Kettering went to Labour by 630 votes.", reference=None)
    assert [c.constituency.value for c in found.contests] == ["Kettering"]
    titled = extract_text("The count was led by Mr. Dudley Brown. Labour won Kettering by 630 votes.", reference=None)
    assert [c.constituency.value for c in titled.contests] == ["Kettering"]


@pytest.mark.model
def test_a_seat_name_that_opens_a_venue_is_the_venue_not_the_seat() -> None:
    # a count venue or a caption's polling station is named after the place, not the contest
    text = (
        "Votes were counted at Wellingborough Leisure Centre overnight. Ms Ellis voted at Kettering Church "
        "Hall. Labour gained Wellingborough. She told the Prime Minister to drive to Buckingham Palace."
    )
    mentions = find_mentions(load_pipeline()(text), text, 0, load_resources())
    assert [(seat.value, seat.start) for seat in mentions.seats] == [("Wellingborough", text.rindex("Wellingborough"))]


def _people_with_parties(text: str) -> list[tuple[str, str | None]]:
    mentions = find_mentions(load_pipeline()(text), text, 0, load_resources())
    return [(person.value, person.party) for person in mentions.people]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a name the party is given for, whatever the model tagged it as
        ("Labour won. Fergal Vane of the Green Party was fourth with 1,133.", ("Fergal Vane", "Green")),
        ("Anne-Marie Kerr, for the Liberal Democrats, was third on 2,097.", ("Anne-Marie Kerr", "Liberal Democrats")),
        # a lower-case word or two describing the party between
        ("Patsy Lorne of the nationalist SDLP took 6,478 votes.", ("Patsy Lorne", "SDLP")),
    ],
)
def test_a_name_the_party_is_given_for_is_a_person_of_that_party(text: str, person: tuple[str, str]) -> None:
    assert person in _people_with_parties(text)


@pytest.mark.model
def test_an_office_or_a_body_the_party_is_given_for_is_no_person() -> None:
    text = "The Deputy Leader of the Labour Party spoke, and the Youth Wing for the Greens cheered."
    assert _people_with_parties(text) == []
