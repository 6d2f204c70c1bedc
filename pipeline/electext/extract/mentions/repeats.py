"""A seat's name written again: the same unlisted name elsewhere in the article is the same seat.

A context names a seat once ("the Kelby ward by-election"); the article then writes "Kelby" bare. Each
repeat is read as that seat where no other mention holds its words, or only a shorter one the model
read inside it (a person "Rawdon Cross" inside "Rawdon Cross and Moorside")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from electext.core import rx
from electext.core.spans import SpanIndex
from electext.extract.mentions.mention import Mention


def named_again(
    text: str,
    start: int,
    end: int,
    firsts: Sequence[Mention],
    occupied: SpanIndex,
    yielding: frozenset[tuple[int, int]] = frozenset(),
) -> list[Mention]:
    """Each name of ``firsts`` written again elsewhere in ``text[start:end]`` is the same seat (its
    value, note and body), where no other mention holds the text, or only ``yielding`` ones inside it
    and shorter; ``occupied`` grows as repeats are taken. One pass for every name (longest first where
    two start at one place), then name by name."""
    names = {mention.text: mention for mention in firsts}
    if not names:
        return []
    alternatives = "|".join(rx.escape(name) for name in sorted(names, key=len, reverse=True))
    repeats: dict[str, list[tuple[int, int]]] = {name: [] for name in names}
    for match in rx.finditer(rf"\b(?:{alternatives})\b", text, pos=start, endpos=end, overlapped=True):
        repeats[match.group()].append(match.span())
    found = []
    for name, first in names.items():
        for repeat_start, repeat_end in repeats[name]:
            whole = (repeat_start, repeat_end)
            clashes = occupied.overlapping(*whole)
            inside = all(whole[0] <= span[0] and span[1] <= whole[1] and span != whole for span in clashes)
            if inside and all(span in yielding for span in clashes):
                found.append(replace(first, start=repeat_start, end=repeat_end))
                occupied.add(repeat_start, repeat_end)
    return found
