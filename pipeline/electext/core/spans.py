"""Spans of text, indexed once and asked many times: does this stretch overlap one already taken?

The mention finders ask that of every candidate against every span found so far. Asked by scanning a
list, the cost grows with the square of the mentions, which a crafted or merely long text makes large
(issue 24); here a question costs a bisection plus the spans that could reach it.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar

# The longest stretch the linker reads as one sentence, in characters. The longest in the corpus and
# the real articles is 663; a "sentence" many times longer is a dump, a list without full stops or a
# crafted input, and every reader that looks across a sentence (the clause of a figure, the party
# before a name) would then cost time in proportion to its length for each thing in it. Sentences
# are cut to this length, and readers that look back for a sentence's start look no further.
MAX_SENTENCE_CHARS = 1_000


class SpanIndex:
    """Half-open ``(start, end)`` spans kept in order of their starts, for overlap questions.

    A span can overlap ``[start, end)`` only if it starts before ``end`` and no earlier than
    ``start - longest``, where ``longest`` is the longest span held: only those are looked at.
    """

    __slots__ = ("_longest", "_spans")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)
        self._longest = max((end - start for start, end in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span held shares a character with ``[start, end)``."""
        return any(s < end and start < e for s, e in self._near(start, end))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans held that share a character with ``[start, end)``, in order of their starts."""
        return [(s, e) for s, e in self._near(start, end) if s < end and start < e]

    def within(self, start: int, end: int) -> bool:
        """Whether any span held contains all of ``[start, end)``."""
        return any(s <= start and end <= e for s, e in self._near(start, end))

    def covers(self, position: int) -> bool:
        """Whether any span held contains ``position`` (``start <= position < end``)."""
        return any(s <= position < e for s, e in self._near(position, position + 1))

    def _near(self, start: int, end: int) -> list[tuple[int, int]]:
        first = bisect_left(self._spans, (start - self._longest,))
        last = bisect_left(self._spans, (end,), lo=first)
        return self._spans[first:last]

    def __len__(self) -> int:
        return len(self._spans)


class Located(Protocol):
    """Anything that covers ``[start, end)`` of a text: a mention, a figure."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


L = TypeVar("L", bound=Located)


class ByStart(Generic[L]):
    """Items in order of their starts, for the questions readers ask of a window of text: which start
    in it, which end in it. Built once per article and asked per name or figure, where a scan of
    every item would make the cost grow with the square of the text."""

    __slots__ = ("_longest", "_starts", "items")

    def __init__(self, items: Iterable[L]) -> None:
        self.items: list[L] = sorted(items, key=_start)  # stable: items already in order keep it
        self._starts = [item.start for item in self.items]
        self._longest = max((item.end - item.start for item in self.items), default=0)

    def starting(self, low: int, high: int) -> list[L]:
        """The items with ``low <= start < high``, in order."""
        return starting_in(self.items, low, high)

    def ending(self, low: int, high: int) -> list[L]:
        """The items with ``low <= end <= high``, in order of their starts."""
        return [item for item in self.starting(low - self._longest, high) if low <= item.end <= high]

    def __iter__(self) -> Iterator[L]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def starting_in(items: Sequence[L], low: int, high: int) -> list[L]:
    """The items of ``items`` (in order of their starts) with ``low <= start < high``, by bisection."""
    first = bisect_left(items, low, key=_start)
    return list(items[first : bisect_left(items, high, lo=first, key=_start)])


def _start(item: Located) -> int:
    return item.start
