"""Evidence spans of a result and the flat segments an article's text is cut into to highlight them.

Evidence overlaps freely: "more than 19,600" is a previous majority that contains a figure another
field also quotes, a party can be the evidence of three fields at once, and a check quotes spans
that fields already own. HTML cannot nest overlapping elements, so :func:`segment` cuts the text
into non-overlapping pieces, each knowing every span that covers it; the renderer then needs no
knowledge of overlaps at all.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from electext.core.records import ArticleResult, Label, Quantity
from electext.outputs.fields import CANDIDATE_FIELDS, CONTEST_FIELDS, Role, candidate_label


@dataclass(frozen=True)
class Segment:
    """``text[start:end]``, covered by exactly the spans whose indices are in ``covering``."""

    start: int
    end: int
    covering: tuple[int, ...]


def segment(length: int, spans: Sequence[tuple[int, int]]) -> list[Segment]:
    """Cut ``range(length)`` into maximal pieces over which the set of covering spans is constant.

    The pieces are contiguous, start at 0, end at ``length`` and never overlap; ``covering`` lists
    (in ascending order) the indices of the spans that contain the whole piece. Empty spans cover
    nothing. A span outside the text is a caller's bug (evidence from another text) and raises.
    """
    for index, (start, end) in enumerate(spans):
        if not 0 <= start <= end <= length:
            raise ValueError(f"span {index} ({start}, {end}) is not within a text of length {length}")
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(spans):
        if start < end:
            starting.setdefault(start, []).append(index)
            ending.setdefault(end, []).append(index)
    cuts = sorted({0, length, *starting, *ending})
    active: set[int] = set()
    pieces: list[Segment] = []
    for start, end in itertools.pairwise(cuts):  # a sweep: spans open and close at the cuts
        active.difference_update(ending.get(start, ()))
        active.update(starting.get(start, ()))
        pieces.append(Segment(start, end, tuple(sorted(active))))  # every cut opens or closes a span
    return pieces


@dataclass(frozen=True)
class FieldSpan:
    """One evidence span of one field: where it is, which field of which contest it fills, and the value.

    A derived value's evidence is the figures it was computed from, so a span can be "used to derive"
    a field rather than state it; ``value.derived`` says which, and the report says so too.
    """

    start: int
    end: int
    role: Role
    contest: str
    field: str
    value: Label | Quantity


def field_spans(result: ArticleResult) -> list[FieldSpan]:
    """Every evidence span of every contest and candidate field, in the order of the fields."""
    spans: list[FieldSpan] = []
    for contest in result.contests:
        seat = contest.constituency.value
        for field in CONTEST_FIELDS:
            spans += _spans(field.read(contest), field.role, seat, field.name.replace("_", " "))
        for index, candidate in enumerate(contest.candidates):
            who = candidate_label(candidate, index)
            for candidate_field in CANDIDATE_FIELDS:
                value = candidate_field.read(candidate)
                spans += _spans(value, candidate_field.role, seat, f"{who}: {candidate_field.name}")
    return spans


def _spans(value: Label | Quantity | None, role: Role, contest: str, field: str) -> list[FieldSpan]:
    if value is None:
        return []
    return [FieldSpan(e.start, e.end, role, contest, field, value) for e in value.evidence]
