"""Finishing order or ballot order: what the order of a results list's rows says.

A list in finishing order gives each row its place and puts the winner first. A returning officer's
declaration and many council pages list candidates in ballot-paper order instead, alphabetically by
surname ("REID Tom … 6,815 / STRAND Ada … 9,372 E"): read as finishing order it would make the
first name on the ballot the winner. A list is in ballot order when its votes rise somewhere from one
row to the next and its names are in alphabetical order of surname; votes that rise in a list that is
not alphabetical are more likely a misprint in finishing order, which the place checks should see.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from electext.extract.facts import LIST_ORDER, TABLE_ORDER, Fact, PlaceFact, WinnerFact

# How a results list's first row is read as its winner (derived, not stated).
TOP_OF_LIST = "top of the results list"
TOP_OF_TABLE = "top of the results table"
# The places a list or a table gives by its order alone, and the winner its first row gives.
_ORDERS = frozenset({LIST_ORDER, TABLE_ORDER})
_TOPS = frozenset({TOP_OF_LIST, TOP_OF_TABLE})


def ballot_order(facts: list[Fact]) -> list[Fact]:
    """The facts without the places and the top-of-list winner of every results list whose votes rise
    somewhere from one row to the next: such a list is in ballot order, not finishing order. A list
    with a row whose votes were not read is left as it is (there is no telling)."""
    runs: list[list[PlaceFact]] = []
    for fact in facts:
        if isinstance(fact, PlaceFact) and fact.derived in _ORDERS:
            if fact.place == 1 or not runs:
                runs.append([])
            runs[-1].append(fact)
    votes = _row_votes(facts, [row for run in runs for row in run])
    unordered = [run for run in runs if _rises(run, votes) and _alphabetical(run)]
    lines = {row.evidence[0] for run in unordered for row in run}
    # a first row with fewer votes than a later one is no winner, whatever the order: the list began
    # earlier than electext read it, or a figure is misprinted (the place checks see that)
    not_top = {run[0].evidence[0] for run in runs if _outpolled(run, votes)}
    return [
        fact
        for fact in facts
        if not (
            (isinstance(fact, PlaceFact) and fact.derived in _ORDERS and fact.evidence[0] in lines)
            or (isinstance(fact, WinnerFact) and fact.derived in _TOPS and fact.evidence[0] in lines | not_top)
        )
    ]


def _row_votes(facts: list[Fact], rows: list[PlaceFact]) -> dict[int, float]:
    """Each row's votes, by the start of its line: the votes fact read inside the line."""
    lines = sorted((row.evidence[0].start, row.evidence[0].end) for row in rows)
    starts = [start for start, _ in lines]
    votes: dict[int, float] = {}
    for fact in facts:
        if fact.role != "votes" or fact.figure is None or not fact.evidence:
            continue
        at = bisect_right(starts, fact.evidence[0].start) - 1
        if at >= 0 and fact.evidence[0].start < lines[at][1]:
            votes.setdefault(lines[at][0], fact.figure.value)
    return votes


def _rises(run: list[PlaceFact], votes: dict[int, float]) -> bool:
    """Whether the run's votes, every row's read, rise somewhere from one row to the next."""
    tallies = [votes[row.evidence[0].start] for row in run if row.evidence[0].start in votes]
    if len(tallies) < 2 or len(tallies) < len(run):
        return False
    return any(later > earlier for earlier, later in pairwise(tallies))


# The fewest named rows whose order can show a list is alphabetical.
MIN_NAMED_ROWS = 3


def _alphabetical(run: list[PlaceFact]) -> bool:
    """Whether the run's people are in alphabetical order of surname (rows naming a party are skipped)."""
    surnames = [row.subject.value.split()[-1].casefold() for row in run if row.subject and row.subject.kind == "person"]
    return len(surnames) >= MIN_NAMED_ROWS and surnames == sorted(surnames)


def _outpolled(run: list[PlaceFact], votes: dict[int, float]) -> bool:
    """Whether a later row of the run has more votes than its first."""
    first = votes.get(run[0].evidence[0].start)
    return first is not None and any(votes.get(row.evidence[0].start, 0.0) > first for row in run[1:])
