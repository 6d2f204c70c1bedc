"""A mention: a person, party or seat named in the text, with its canonical value and offsets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import Literal

MentionKind = Literal["person", "party", "seat"]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: MentionKind
    value: str  # canonical party, full person name, or canonical seat name
    party: str | None = None  # a person's party, as stated beside the mention
    # how a seat name was resolved, when not verbatim; for a person, "pronoun" (a He/She standing for
    # them) or SURNAME_FIRST (a declaration's or ballot paper's "STRATHERN, Alistair" form)
    note: str | None = None
    former: bool = False  # a seat abolished before the article's election: named only as history
    body: tuple[int, int] | None = None  # for a ward or division, where a heading names its council
    # for a person, where ``party`` is written when not beside the name ("…, polling 641 votes for Plaid Cymru")
    party_at: tuple[int, int] | None = None


# The note of a person written surname first: the name is the whole mention, whatever words follow it.
SURNAME_FIRST = "surname first"


@dataclass(frozen=True)
class Mentions:
    """An article's mentions by kind, each kind in text order (readers find a sentence's by bisection)."""

    people: tuple[Mention, ...]
    parties: tuple[Mention, ...]
    seats: tuple[Mention, ...]
    places: tuple[Mention, ...] = ()  # a county or region that is exactly one named seat's

    def __post_init__(self) -> None:
        for kind in (self.people, self.parties, self.seats, self.places):
            if any(later.start < earlier.start for earlier, later in pairwise(kind)):
                raise ValueError(f"mentions out of text order: {kind}")

    def all(self) -> list[Mention]:
        return sorted([*self.people, *self.parties, *self.seats], key=lambda mention: mention.start)

    @cached_property
    def candidates(self) -> tuple[Mention, ...]:
        """People and parties in text order: the readers of every sentence ask, so sorted once."""
        return tuple(sorted([*self.people, *self.parties], key=lambda mention: mention.start))
