"""Stage 5, assemble: linked facts -> validated :class:`~electext.core.records.Contest` records.

Per seat, in the order the article first names it: candidates merged (a party-only figure joins
the one named candidate of that party), figures stated more than once merged when they agree (an
exact figure beats a hedged one) and kept aside when they do not, and the values the article implies
but never prints derived with a note saying how: the winner's votes from the runner-up's and the
majority, gain/hold from the winner's party and the party that held the seat, the swing's "from"
side from the party that lost it.

The parts, each a module with its own tests: :mod:`.candidates`, :mod:`.winner`, :mod:`.derived`
(the contest's figures and what they imply), :mod:`.statements` (evidence and merging repeats), and
:mod:`.contest`, which runs them for one seat.
"""

from __future__ import annotations

from collections import defaultdict

from electext.core.records import Contest
from electext.extract.assemble.contest import RESULT_ROLES, Draft, build_contest, names_a_winner
from electext.extract.assemble.statements import SeatFacts, StatementKey, Statements, agree, evidence, most_common
from electext.extract.facts import (
    ElectionFact,
    Fact,
    SeatFact,
    Span,
)
from electext.extract.mentions import Mention
from electext.ingest.article import Article

__all__ = ["Draft", "StatementKey", "Statements", "agree", "assemble", "evidence"]


def assemble(article: Article, facts: list[Fact], people: tuple[Mention, ...]) -> list[Draft]:
    """Group facts by seat and build one draft per seat, in order of first mention."""
    party_of: dict[str, str] = {}
    for person in people:
        if person.party:
            party_of.setdefault(person.value, person.party)
    by_seat: dict[str, list[Fact]] = {}
    spans: dict[str, list[Span]] = defaultdict(list)
    several = len({fact.seat for fact in facts if fact.role in RESULT_ROLES}) > 1
    figureless = not any(fact.role in RESULT_ROLES for fact in facts)
    for fact in facts:
        by_seat.setdefault(fact.seat, []).append(fact)
        if fact.role == "seat":
            spans[fact.seat].extend(fact.evidence)
    # a person named as a candidate joins a contest whose result is reported, never makes one: previews
    # and polls name candidates too (a contest whose winner is named has a result: "a Labour gain for Ann
    # Vale in Kelby when she beat the SNP's Tom Reid")
    for seat, seat_facts in by_seat.items():
        if not any(f.role in RESULT_ROLES for f in seat_facts) and not names_a_winner(seat_facts):
            by_seat[seat] = [f for f in seat_facts if f.role != "candidate"]
    elections = [f.kind for f in facts if isinstance(f, ElectionFact) and f.kind]
    default_election = most_common(elections) if elections else "election"
    drafts = [
        build_contest(
            SeatFacts(article, seat, tuple(seat_facts), party_of, several, figureless), spans[seat], default_election
        )
        for seat, seat_facts in by_seat.items()
    ]
    # A seat named only in passing is a contest mention when it is named as the scene of a result
    # ("also defeated in Selby and Ainsty"), not as a place, a member's old seat or an example.
    drafts = [
        draft
        for draft in drafts
        if not draft.contest.mention_only
        or any(isinstance(f, SeatFact) and f.event for f in by_seat[draft.contest.constituency.value])
    ]
    drafts = _without_echoed_turnouts(drafts)
    if not any(not draft.contest.mention_only for draft in drafts) and not any(
        draft.contest.winner and draft.contest.winner.name for draft in drafts
    ):
        return []  # previews, polls, background: seats named, no result of the article's own
    return drafts


def _without_echoed_turnouts(drafts: list[Draft]) -> list[Draft]:
    """Less the contests whose one figure is a turnout, with no one who won them, where another contest
    reports the same turnout: the article's turnout said again beside a town of the seat ("In Kelby, 24%
    of voters turned out"), not a result of that place's own."""
    reported = [draft.contest for draft in drafts if not draft.contest.mention_only]

    def echoed(contest: Contest) -> bool:
        return (
            not contest.mention_only
            and contest.turnout is not None
            and contest.winner is None
            and contest.majority is None
            and contest.swing is None
            and not any(candidate.votes or candidate.share for candidate in contest.candidates)
            and any(
                other is not contest and other.turnout is not None and other.turnout.value == contest.turnout.value
                for other in reported
            )
        )

    return [draft for draft in drafts if not echoed(draft.contest)]
