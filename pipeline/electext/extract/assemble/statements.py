"""Evidence and statements: a fact's spans as evidence in the original text, and a figure stated more
than once merged into one value.

An article may give a majority in its opening line and again in its results box. Repeats that agree
(their bounds overlap: "more than 19,600" and "19,640") are one value, the first exact one, carrying
every agreeing repeat's evidence; all of them stay in the draft's :data:`Statements` for the checks,
which compare a repeat that disagrees.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from electext.core.records import Evidence, Label, Quantity, Unit
from electext.extract.facts import Fact, Role, Span
from electext.extract.figures import Figure
from electext.extract.mentions import Mention
from electext.ingest.article import Article

_UNIT_OF_KIND: dict[str, Unit] = {"count": "votes", "percent": "percent", "points": "points", "year": "year"}


class StatementKey(NamedTuple):
    """What a list of statements states: a contest's figure (``StatementKey("majority")``) or one
    candidate's or party's (``StatementKey("votes", "Alistair Strathern")``,
    ``StatementKey("share_change", "Labour")``). Keys sort by kind, then owner."""

    kind: Role
    owner: str = ""

    def said(self) -> str:
        """As a message names it: "votes of Alistair Strathern", "majority"."""
        return f"{self.kind} of {self.owner}" if self.owner else self.kind


# Every figure stated for a contest, by what it states, repeats and disagreements included.
Statements = dict[StatementKey, list[Quantity]]


@dataclass(frozen=True)
class SeatFacts:
    """Everything assembly knows about one seat: its facts in article order, and the article's."""

    article: Article
    seat: str
    facts: tuple[Fact, ...]
    party_of: dict[str, str]  # each person's party, from anywhere in the article
    several: bool = False  # several contests report results: a figure given by the running focus is inferred
    # no contest of the article has a figure: a named winner alone makes a contest a reported result
    # (a report of who won, told without numbers), as it does not where another contest has figures
    figureless_article: bool = False

    def inferred(self, fact: Fact) -> bool:
        return fact.inferred or (self.several and fact.weak)

    def party_of_mention(self, mention: Mention) -> str | None:
        if mention.kind == "party":
            return mention.value
        return mention.party or self.party_of.get(mention.value)

    def label(self, value: str, mentions: list[Mention], derived: str | None = None) -> Label:
        spans = sorted({(m.start, m.end) for m in mentions if m.end > m.start})
        return Label(value=value, evidence=evidence(self.article, [Span(s, e) for s, e in spans]), derived=derived)

    def quantity(self, fact: Fact, unit: Unit | None = None) -> Quantity:
        assert fact.figure is not None
        return quantity(self.article, fact.figure, fact.evidence, unit, self.inferred(fact))

    def exact_votes(self, mention: Mention | None) -> float:
        """The candidate's stated exact tally (the largest, if stated twice), or infinity when none is."""
        if mention is None:
            return float("inf")
        return self._exact_votes.get(mention.value, float("inf"))

    @cached_property
    def _exact_votes(self) -> dict[str, float]:
        """Each subject's largest exact tally, gathered once: asked per mention, a scan of every fact
        made assembly's time grow with the square of the facts."""
        largest: dict[str, float] = {}
        for f in self.facts:
            if f.role == "votes" and f.figure and f.figure.qualifier == "exact" and f.subject:
                largest[f.subject.value] = max(largest.get(f.subject.value, f.figure.value), f.figure.value)
        return largest

    def stated_here(self, role: str) -> bool:
        """A figure of this role given to this seat by a sentence that names it, not by the running focus."""
        return any(f.role == role and f.seat_named for f in self.facts)


def most_common(values: list[str]) -> str:
    """The most frequent value; ties go to the one stated first (deterministic, unlike set order)."""
    return max(dict.fromkeys(values), key=values.count)


def evidence(article: Article, spans: tuple[Span, ...] | list[Span]) -> list[Evidence]:
    found = []
    for span in spans:
        start, end = article.original_span(span.start, span.end)
        found.append(Evidence(start=start, end=end, text=article.original[start:end]))
    return found


def quantity(
    article: Article, figure: Figure, spans: tuple[Span, ...], unit: Unit | None = None, inferred: bool = False
) -> Quantity:
    return Quantity(
        value=figure.value,
        unit=unit or _UNIT_OF_KIND[figure.kind],
        qualifier=figure.qualifier,
        lower=figure.lower,
        upper=figure.upper,
        evidence=evidence(article, spans),
        reading="inferred" if inferred else "direct",
    )


def place(value: float, found: list[Evidence], derived: str | None) -> Quantity:
    """A candidate's place, exact, with the evidence it was read or derived from."""
    return Quantity(value=value, unit="place", lower=value, upper=value, evidence=found, derived=derived)


def agree(first: Quantity, second: Quantity) -> bool:
    low1 = first.lower if first.lower is not None else float("-inf")
    high1 = first.upper if first.upper is not None else float("inf")
    low2 = second.lower if second.lower is not None else float("-inf")
    high2 = second.upper if second.upper is not None else float("inf")
    return first.unit == second.unit and low1 <= high2 and low2 <= high1


def distinct(statements: list[Quantity]) -> list[Quantity]:
    """One statement per stretch of text: a figure read twice is still stated once."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for statement in statements:
        key = (statement.evidence[0].start, statement.evidence[0].end) if statement.evidence else (-1, -1)
        if key not in seen:
            seen.add(key)
            kept.append(statement)
    return kept


def merge_statements(statements: list[Quantity]) -> Quantity:
    """One value from repeats that agree: the first exact one, carrying every agreeing evidence; or,
    where every other exact one is a rounding of a more precise one ("a low turnout of 22%" and
    "Turnout: 14,858 (22.36% …)"), that precise one."""
    exact = [s for s in statements if s.qualifier == "exact"]
    chosen = _most_precise(exact) or (exact[0] if exact else statements[0])
    agreeing = [e for s in statements if agree(s, chosen) for e in s.evidence]
    unique = sorted({(e.start, e.end): e for e in agreeing}.values(), key=lambda e: e.start)
    return chosen.model_copy(update={"evidence": unique})


def _decimals(quantity: Quantity) -> int:
    """How many decimal places the figure was printed with ("22.36%": 2)."""
    printed = quantity.evidence[0].text if quantity.evidence else ""
    point = printed.rfind(".")
    if point < 0:
        return 0
    after = printed[point + 1 :]
    return len(after) - len(after.lstrip("0123456789"))


def _round_zeros(quantity: Quantity) -> int:
    """How many of a whole figure's last digits are zeros ("14,000": 3), the mark of a rounded count."""
    value = int(quantity.value)
    if value != quantity.value or value == 0:
        return 0
    zeros = 0
    while value % 10 == 0:
        value //= 10
        zeros += 1
    return zeros


def _most_precise(exact: list[Quantity]) -> Quantity | None:
    """The most finely printed of several exact statements when each other one is it rounded ("22%" and
    "22.36%"; a headline's "14,000 majority" and the body's "majority of 14,382"); else None."""
    if len(exact) < 2:
        return None
    finest = max(exact, key=_decimals)
    places = _decimals(finest)
    if places == 0:
        # whole figures: the one with the fewest closing zeros, each other one it rounded to theirs
        finest = min(exact, key=_round_zeros)
        zeros = _round_zeros(finest)
        if all(
            q.value == finest.value or (_round_zeros(q) > zeros and round(finest.value, -_round_zeros(q)) == q.value)
            for q in exact
        ):
            return finest
        return None
    if all(_decimals(q) == places for q in exact):
        return None
    if all(q is finest or round(finest.value, _decimals(q)) == q.value for q in exact):
        return finest
    return None
