"""Hostile text (issue 24): work that stays linear in the text, and numbers that survive their separators.

Time itself is measured by ``bench/growth.py``, never here. These tests pin the pieces that make it
linear — the span indexes agree with a scan of every span, overlong sentences are cut, a figure stated
thousands of times is compared form by form — and run the whole pipeline on adversarial shapes
(Hypothesis, small sizes) to show it still returns results whose evidence quotes the text.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from electext.api import extract_text
from electext.checks.repeats import MAX_FORMS, _forms
from electext.core.records import ArticleResult, Evidence, Quantity
from electext.core.spans import MAX_SENTENCE_CHARS, ByStart, SpanIndex
from electext.extract.facts import split_sentences
from electext.extract.mentions import Mention
from electext.ingest.normalise import normalise
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import evidence_round_trips

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda p: (p[0], p[0] + p[1])), max_size=30)


@given(spans, st.integers(0, 220), st.integers(1, 30))
def test_span_index_answers_as_a_scan_of_every_span_would(held: list[tuple[int, int]], start: int, size: int) -> None:
    index = SpanIndex(held)
    end = start + size
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in held)
    assert index.overlapping(start, end) == sorted((s, e) for s, e in held if s < end and start < e)
    assert index.within(start, end) == any(s <= start and end <= e for s, e in held)
    assert index.covers(start) == any(s <= start < e for s, e in held)


@given(spans, spans, st.integers(0, 220), st.integers(1, 30))
def test_span_index_stays_right_as_spans_are_added(
    first: list[tuple[int, int]], added: list[tuple[int, int]], start: int, size: int
) -> None:
    index = SpanIndex(first)
    for span in added:
        index.add(*span)
    assert index.overlaps(start, start + size) == any(s < start + size and start < e for s, e in first + added)


@given(spans, st.integers(0, 220), st.integers(0, 60))
def test_by_start_finds_what_starts_and_ends_in_a_window(held: list[tuple[int, int]], low: int, width: int) -> None:
    mentions = [Mention(s, e, "x" * (e - s), "party", "P") for s, e in sorted(held)]
    index = ByStart(mentions)
    assert index.starting(low, low + width) == [m for m in mentions if low <= m.start < low + width]
    assert index.ending(low, low + width) == [m for m in mentions if low <= m.end <= low + width]


@settings(deadline=None)  # its first example also compiles the lexicon's patterns, once a process
@given(st.lists(st.sampled_from(["Labour won ", "1,000, ", "Bexley ", ". ", "\n", "x" * 40 + " ", "  "]), max_size=120))
def test_sentences_are_never_longer_than_the_bound_and_keep_every_word(pieces: list[str]) -> None:
    text = "".join(pieces)
    sentences = split_sentences(text, 0, len(text), [])
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(a.end <= b.start for a, b in pairwise(sentences))
    covered = "".join(text[s.start : s.end] for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())  # no word lost or split across a cut


def test_a_sentence_of_normal_length_is_not_cut() -> None:
    text = "Labour's Ada Rook won Greyhithe with a majority of 4,210, " * 5 + "overturning a Tory majority."
    assert len(text) < MAX_SENTENCE_CHARS
    assert [(s.start, s.end) for s in split_sentences(text, 0, len(text), [])] == [(0, len(text))]


def _votes(value: float, start: int, text: str) -> Quantity:
    return Quantity(value=value, unit="votes", evidence=[Evidence(start=start, end=start + len(text), text=text)])


def test_identical_statements_are_compared_once_as_one_form() -> None:
    stated = [_votes(1234, 10 * i, "1,234") for i in range(500)] + [_votes(1243, 9000, "1,243")]
    forms = _forms(stated)
    assert [len(group) for group in forms] == [500, 1]


def test_a_figure_stated_in_thousands_of_forms_is_compared_in_its_first_few() -> None:
    stated = [_votes(1000 + i, 10 * i, f"{1000 + i:,}") for i in range(3000)]
    assert len(_forms(stated)) == MAX_FORMS


NUMBER_SEPARATORS = ["\u00a0", "\u2009", "\u202f", "\u2007", "\u066c", "\u200e"]


@pytest.mark.model
@pytest.mark.parametrize("separator", NUMBER_SEPARATORS, ids=ascii)
def test_a_figure_grouped_by_any_separator_is_read_whole_and_raises_no_alarm(separator: str) -> None:
    text = (
        f"Labour's Jane Corrow won the Ashvale by-election with 13{separator}872 votes. The Conservative "
        f"candidate, Tom Pell, polled 12{separator}680 votes, a majority of 1{separator}192."
    )
    result = extract_text(text, reference=None)
    (contest,) = result.contests
    assert sorted(c.votes.value for c in contest.candidates if c.votes) == [12680, 13872]
    assert contest.majority is not None and contest.majority.value == 1192
    assert [check.id for check in result.checks if check.status == "fail"] == []
    evidence_round_trips(result, text)


def test_a_separator_that_groups_no_digits_changes_nothing() -> None:
    """The negative: a no-break space between a figure and a word, or in a date, stays a space."""
    text = "Labour won on 6\u00a0May by 872\u00a0votes."
    assert normalise(text)[0] == "Labour won on 6 May by 872 votes."


ADVERSARIAL_UNITS = [
    "Labour's Jane Smith won the Bexley by-election with a majority of 1,234. ",
    "1,000, ",
    "Bexley Tamworth Selby Wakefield ",
    "two thousand, three hundred and forty-five, ",
    "more than 1,000, nearly 2,000, ",
    "Labour 41.2% (+8.1), Conservative 30.5% (-12.0), ",
    "Lab\u200egain\u200d from Con\u2066 ",
]


@pytest.mark.model
@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(ADVERSARIAL_UNITS), min_size=1, max_size=6), st.integers(1, 40))
def test_adversarial_shapes_give_results_whose_evidence_quotes_the_text(units: list[str], repeats: int) -> None:
    text = "".join(units) * repeats
    result = extract_text(text, reference=None)
    assert isinstance(result, ArticleResult)
    evidence_round_trips(result, text)
