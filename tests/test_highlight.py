"""Cutting an article into highlightable segments when evidence spans nest and overlap."""

from __future__ import annotations

import itertools

import pytest
from electext.outputs.highlight import Segment, field_spans, segment
from hypothesis import given
from hypothesis import strategies as st

from tests.report_fixtures import TEXT, small_result


def test_nested_and_overlapping_spans_become_flat_segments() -> None:
    # "more than 19,600" (0-16) contains "19,600" (10-16); "600 votes" (13-22) overlaps both
    spans = [(0, 16), (10, 16), (13, 22)]
    assert segment(25, spans) == [
        Segment(0, 10, (0,)),
        Segment(10, 13, (0, 1)),
        Segment(13, 16, (0, 1, 2)),
        Segment(16, 22, (2,)),
        Segment(22, 25, ()),
    ]


def test_identical_spans_cover_the_same_segment_and_empty_spans_cover_nothing() -> None:
    assert segment(10, [(2, 5), (2, 5), (7, 7)]) == [
        Segment(0, 2, ()),
        Segment(2, 5, (0, 1)),
        Segment(5, 10, ()),
    ]


def test_no_spans_is_one_plain_segment_and_an_empty_text_has_none() -> None:
    assert segment(4, []) == [Segment(0, 4, ())]
    assert segment(0, []) == []


@pytest.mark.parametrize("span", [(-1, 3), (3, 2), (5, 11)])
def test_a_span_outside_the_text_is_refused(span: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="not within a text of length 10"):
        segment(10, [(0, 2), span])


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[int, list[tuple[int, int]]]:
    length = draw(st.integers(0, 40))
    bound = st.integers(0, length)
    pairs = draw(st.lists(st.tuples(bound, bound), max_size=12))
    return length, [(min(a, b), max(a, b)) for a, b in pairs]


@given(text_and_spans())
def test_segments_tile_the_text_and_know_exactly_what_covers_them(case: tuple[int, list[tuple[int, int]]]) -> None:
    length, spans = case
    pieces = segment(length, spans)
    assert [p.start for p in pieces[1:]] == [p.end for p in pieces[:-1]]  # contiguous, no overlap
    assert (pieces[0].start, pieces[-1].end) == (0, length) if pieces else length == 0
    for piece in pieces:
        assert piece.start < piece.end
        expected = tuple(i for i, (s, e) in enumerate(spans) if s <= piece.start and piece.end <= e and s < e)
        assert piece.covering == expected
        for i, (s, e) in enumerate(spans):  # a span either covers a piece or does not touch it
            assert i in piece.covering or e <= piece.start or piece.end <= s or s == e
    assert all(a.covering != b.covering for a, b in itertools.pairwise(pieces))  # maximal


def test_field_spans_name_the_field_role_and_contest_of_every_evidence_span() -> None:
    spans = field_spans(small_result())
    described = {(TEXT[s.start : s.end], s.role, s.field) for s in spans}
    assert ("Tamworth", "seat", "constituency") in described
    assert ("1,316", "majority", "majority") in described
    assert ("more than 19,600", "previous majority", "previous majority") in described
    assert ("Sarah Edwards", "candidate", "Sarah Edwards: name") in described
    assert ("Labour", "party", "Sarah Edwards: party") in described
    assert all(s.contest == "Tamworth" for s in spans)
