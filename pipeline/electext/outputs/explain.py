"""``electext explain``: the facts the linker read in one article, one line each, for a person checking
why a value was read as it was.

Each line gives the seat, the role, the value (a figure as printed, a name, a label), the named rule
that read it (:data:`electext.extract.linking.figure_roles.ROLE_RULES`, or the reader that produced it)
and the words it was read from. Facts a later stage sets aside (a seat named in passing, a repeat that
disagrees) are listed too: this is what assembly starts from, not the result.
"""

from __future__ import annotations

from collections.abc import Iterator

from electext.extract.facts import (
    ElectionFact,
    Fact,
    HeldSinceFact,
    MajorityFact,
    PlaceFact,
    ResultFact,
    SwingFact,
    VacancyFact,
    WinnerFact,
)

# How much of the line before a fact's evidence, and after it, a line shows.
BEFORE_CHARS = 45
AFTER_CHARS = 20


def explained(text: str, facts: list[Fact]) -> Iterator[str]:
    """One aligned line per fact: seat, role, value, rule, and the evidence in its words."""
    rows = [
        (fact.seat, fact.role + (" (weak)" if fact.weak else ""), _value(fact), fact.rule or "-", _evidence(text, fact))
        for fact in facts
        if fact.role != "seat"
    ]
    if not rows:
        yield "no facts read"
        return
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for row in rows:
        yield "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)) + "  " + row[4]


def _value(fact: Fact) -> str:
    """The figure as printed, or the owner with what the fact's class adds (a place, a gain and its
    loser, a vacancy's reason, an election's kind, a party)."""
    owner = fact.subject.value if fact.subject is not None else ""
    details: list[str] = []
    if isinstance(fact, PlaceFact):
        details.append(str(fact.place))
    elif isinstance(fact, WinnerFact) and fact.over:
        details.append("over")
    elif isinstance(fact, ResultFact):
        details.append(fact.result + (f" from {fact.loser.value}" if fact.loser else ""))
    elif isinstance(fact, VacancyFact):
        details.append(fact.reason)
    elif isinstance(fact, ElectionFact):
        details.append(fact.kind)
    elif isinstance(fact, MajorityFact) and fact.party is not None:
        details.append(f"[{fact.party.value}]")
    elif isinstance(fact, SwingFact):
        sides = (fact.from_party.value if fact.from_party else "?", fact.to_party.value if fact.to_party else "?")
        details.append(f"[{sides[0]} to {sides[1]}]")
    elif isinstance(fact, HeldSinceFact):
        details.append(f"[{fact.holder.value}]")
    head = fact.figure.text if fact.figure is not None else owner
    return " ".join(part for part in (head, *details) if part) or "-"


def _evidence(text: str, fact: Fact) -> str:
    """The evidence in [brackets] with the words around it on its line: "a majority of [1,508] over"."""
    if not fact.evidence:
        return ""
    span = fact.evidence[0]
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    before = text[max(line_start, span.start - BEFORE_CHARS) : span.start]
    after = text[span.end : min(line_end if line_end >= 0 else len(text), span.end + AFTER_CHARS)]
    return " ".join(f"…{before}[{text[span.start : span.end]}]{after}…".split())
