"""The reportable fields of a contest and of a candidate, each with its flat name and its role.

The HTML report colours evidence by role and the CSV/SQLite exports need one fixed column per
field; both read this one table, so a field added to :mod:`electext.core.records` is added here once and
shows up in every view of the results.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from electext.core.records import Candidate, Contest, Label, Quantity

Role = Literal[
    "seat",
    "election",
    "candidate",
    "party",
    "result",
    "votes",
    "share",
    "position",
    "majority",
    "previous majority",
    "swing",
    "turnout",
    "held since",
    "previous member",
    "contest type",
]
ROLES: tuple[Role, ...] = Role.__args__  # type: ignore[attr-defined]


Record = TypeVar("Record", Contest, Candidate)


@dataclass(frozen=True)
class Field(Generic[Record]):
    """One value of a contest or candidate: its flat name (a column), its role and how to read it."""

    name: str
    role: Role
    kind: Literal["label", "quantity"]
    read: Callable[[Record], Label | Quantity | None]


CONTEST_FIELDS: tuple[Field[Contest], ...] = (
    Field("constituency", "seat", "label", lambda c: c.constituency),
    Field("election", "election", "label", lambda c: c.election),
    Field("contest_type", "contest type", "label", lambda c: c.contest_type),
    Field("body", "contest type", "label", lambda c: c.body),
    Field("ballot_id", "contest type", "label", lambda c: c.ballot_id),
    Field("voting_system", "contest type", "label", lambda c: c.voting_system),
    Field("winner", "candidate", "label", lambda c: c.winner.name if c.winner else None),
    Field("winner_party", "party", "label", lambda c: c.winner.party if c.winner else None),
    Field("result", "result", "label", lambda c: c.result),
    Field("gained_from", "party", "label", lambda c: c.gained_from),
    Field("majority", "majority", "quantity", lambda c: c.majority),
    Field("previous_majority", "previous majority", "quantity", lambda c: c.previous_majority),
    Field(
        "previous_majority_party",
        "party",
        "label",
        lambda c: c.previous_majority.party if c.previous_majority else None,
    ),
    Field("swing", "swing", "quantity", lambda c: c.swing),
    Field("swing_from", "party", "label", lambda c: c.swing.from_party if c.swing else None),
    Field("swing_to", "party", "label", lambda c: c.swing.to_party if c.swing else None),
    Field("turnout", "turnout", "quantity", lambda c: c.turnout),
    Field("previous_turnout", "turnout", "quantity", lambda c: c.previous_turnout),
    Field("electorate", "turnout", "quantity", lambda c: c.electorate),
    Field("majority_change", "majority", "quantity", lambda c: c.majority_change),
    Field("held_since", "held since", "quantity", lambda c: c.held_since.year if c.held_since else None),
    Field("held_since_party", "party", "label", lambda c: c.held_since.party if c.held_since else None),
    Field(
        "previous_member", "previous member", "label", lambda c: c.previous_member.name if c.previous_member else None
    ),
    Field(
        "previous_member_office",
        "previous member",
        "label",
        lambda c: c.previous_member.office if c.previous_member else None,
    ),
    Field("previous_member_party", "party", "label", lambda c: c.previous_member.party if c.previous_member else None),
    Field(
        "previous_member_reason",
        "previous member",
        "label",
        lambda c: c.previous_member.reason if c.previous_member else None,
    ),
)

CANDIDATE_FIELDS: tuple[Field[Candidate], ...] = (
    Field("name", "candidate", "label", lambda c: c.name),
    Field("party", "party", "label", lambda c: c.party),
    Field("votes", "votes", "quantity", lambda c: c.votes),
    Field("share", "share", "quantity", lambda c: c.share),
    Field("position", "position", "quantity", lambda c: c.position),
)


def candidate_label(candidate: Candidate, index: int) -> str:
    """How a candidate is named in a report: the name, else the party, else its place in the list."""
    who = candidate.name or candidate.party
    return who.value if who else f"candidate {index + 1}"


def format_number(value: float) -> str:
    """A figure without a spurious ``.0`` ("13872", "23.9"), the same in every export."""
    return str(int(value)) if value.is_integer() else repr(value)
