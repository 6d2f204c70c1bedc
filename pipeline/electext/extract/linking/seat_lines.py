"""Winners on a who-won list: "Norwich North – Ayesha Whitlock, Labour, majority 10,312", "Gwent: Ian
Johnston (Ind)". A list that gives each seat a line of its own, the seat first and one name after a
colon or a dash, names each seat's winner (the names are found by position, in
:mod:`electext.extract.mentions.seat_lines`). Not a list of seats before the vote ("Seats to watch:
Norwich North – Chloe Smith, majority 4,738" names the defending members), and not a line with
several names or a tally after the name (a results line, read as one).
"""

from __future__ import annotations

from electext.extract.facts import Fact, Span, WinnerFact
from electext.extract.linking.word_scope import WordScope
from electext.extract.mentions import Mention
from electext.extract.mentions.seat_lines import seat_line
from electext.lexicon import patterns

# How many seats' lines make a list, and how far above its first line the words introducing it are read.
MIN_LIST_LINES = 2
LEAD_CHARS = 300


def seat_line_winners(scope: WordScope) -> list[Fact]:
    """The winner each seat's line on a who-won list names (a sentence may run over several lines)."""
    text = scope.text
    listed: set[int] | None = None
    facts: list[Fact] = []
    for seat in scope.seats:
        line = seat_line(text, seat)
        if line is None:
            continue
        line_start = text.rfind("\n", 0, seat.start) + 1
        line_end = text.find("\n", seat.end) % (len(text) + 1)
        people = [c for c in scope.candidates if c.kind == "person" and line_start <= c.start < line_end]
        person = next((p for p in people if p.start == line.start("name")), None)
        if person is None or len({p.value for p in people}) != 1:
            continue
        if patterns.TALLY_AFTER_NAME.match(text, line.end("name"), line_end):
            continue  # "Gwent: Ian Johnston (Ind) 45,012": a results line
        if listed is None:
            listed = _list_lines(text, scope.mentions.seats)
        if len(listed) < MIN_LIST_LINES or seat.start not in listed:
            continue
        if patterns.SEAT_LINE_PREVIEW.search(text, *_lead(text, min(listed))):
            continue
        facts.append(WinnerFact(seat.value, "winner", (Span(line_start, line_end),), subject=person))
    return facts


def _list_lines(text: str, seats: tuple[Mention, ...]) -> set[int]:
    """Where the seats that open a line followed by a colon or a dash start."""
    return {seat.start for seat in seats if seat_line(text, seat) is not None}


def _lead(text: str, first: int) -> tuple[int, int]:
    """The paragraph that introduces a list (the last before its first line, at most
    :data:`LEAD_CHARS` long): "Here is the full list of the county's MPs:", "Seats to watch"."""
    end = len(text[:first].rstrip())
    start = max(text.rfind("\n\n", 0, end) + 2, end - LEAD_CHARS, 0)
    return start, end
