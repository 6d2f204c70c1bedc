"""The contest's own figures, and the values an article implies but never prints, each derived with a
note saying how.

- gain or hold, from the winner's party and the party that held the seat (its previous majority's
  party, or the party that had held it since a year);
- the party that lost the seat, as the swing's "from" side and as the defeated member's party;
- the previous majority's party, from the party that had held the seat;
- the winner's votes, as the runner-up's plus the majority.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from electext.core.records import (
    Candidate,
    HeldSince,
    Label,
    Person,
    PreviousMajority,
    PreviousMember,
    Quantity,
    Swing,
    Unit,
)
from electext.extract.assemble.statements import (
    SeatFacts,
    StatementKey,
    Statements,
    distinct,
    evidence,
    merge_statements,
    quantity,
)
from electext.extract.facts import (
    CONTEST_FIGURE_ROLES,
    PARTY_BESIDE_MEMBER,
    Fact,
    HeldSinceFact,
    MajorityFact,
    ResultFact,
    Role,
    SwingFact,
    VacancyFact,
)


@dataclass(frozen=True)
class ContestFigures:
    """A contest's figures, each merged from its statements."""

    majority: Quantity | None
    previous_majority: PreviousMajority | None
    swing: Swing | None
    turnout: Quantity | None
    previous_turnout: Quantity | None
    electorate: Quantity | None
    majority_change: Quantity | None
    held_since: HeldSince | None


def contest_figures(seat: SeatFacts, statements: Statements) -> ContestFigures:
    """The contest's figures; each one's statements (and each party's share changes and earlier shares)
    go into ``statements`` for the checks."""
    figures: dict[str, list[Fact]] = defaultdict(list)
    for fact in seat.facts:
        if fact.role in CONTEST_FIGURE_ROLES and fact.figure is not None:
            figures[fact.role].append(fact)
        if fact.role in ("share_change", "share_before") and fact.figure is not None and fact.subject is not None:
            party_of_subject = seat.party_of_mention(fact.subject)
            if party_of_subject:
                unit: Unit = "points" if fact.role == "share_change" else "percent"
                statements[StatementKey(fact.role, party_of_subject)].append(
                    quantity(seat.article, fact.figure, fact.evidence, unit)
                )
    return ContestFigures(
        majority=_merged(seat, "majority", figures, statements),
        previous_majority=_previous_majority(seat, figures, statements),
        swing=_swing(seat, figures, statements),
        turnout=_merged(seat, "turnout", figures, statements),
        previous_turnout=_merged(seat, "previous_turnout", figures, statements),
        electorate=_merged(seat, "electorate", figures, statements),
        majority_change=_merged(seat, "majority_change", figures, statements),
        held_since=_held_since(seat, figures, statements),
    )


def _merged(seat: SeatFacts, role: Role, figures: dict[str, list[Fact]], statements: Statements) -> Quantity | None:
    stated = [seat.quantity(f) for f in figures.get(role, []) if f.figure]
    if not stated:
        return None
    statements[StatementKey(role)] = distinct(stated)
    return merge_statements(stated)


def _previous_majority(
    seat: SeatFacts, figures: dict[str, list[Fact]], statements: Statements
) -> PreviousMajority | None:
    facts = figures.get("previous_majority", [])
    merged = _merged(seat, "previous_majority", {"previous_majority": _most_repeated_first(facts)}, statements)
    if merged is None:
        return None
    parties = [
        f.party for f in figures["previous_majority"] if isinstance(f, MajorityFact) and f.party and f.party.value
    ]
    party = seat.label(parties[0].value, [p for p in parties if p.value == parties[0].value]) if parties else None
    return PreviousMajority(**merged.model_dump(), party=party)


def _most_repeated_first(facts: list[Fact]) -> list[Fact]:
    """Earlier majorities in the order the value stated most often comes first: a history of the seat
    ("his majority in 1955 was 14,202 … by 1997 it was back up to 24,005") names many, and the one
    this result overturned is the one the article comes back to ("a majority of 6,115" in the text and
    again in the results box). At a tie, the order of the text."""
    counts = Counter(f.figure.value for f in facts if f.figure)
    return sorted(facts, key=lambda f: -counts[f.figure.value] if f.figure else 0)


def _swing(seat: SeatFacts, figures: dict[str, list[Fact]], statements: Statements) -> Swing | None:
    merged = _merged(seat, "swing", figures, statements)
    if merged is None:
        return None
    swings = [f for f in figures["swing"] if isinstance(f, SwingFact)]
    from_parties = [f.from_party for f in swings if f.from_party and f.from_party.value]
    to_facts = [f for f in swings if f.to_party and f.to_party.value]
    to_facts.sort(key=lambda f: f.derived is not None)
    from_party = seat.label(from_parties[0].value, from_parties[:1]) if from_parties else None
    to_party = None
    if to_facts:
        towards = to_facts[0].to_party
        assert towards is not None
        to_party = seat.label(towards.value, [towards], derived=to_facts[0].derived)
    return Swing(**merged.model_dump(), from_party=from_party, to_party=to_party)


def _held_since(seat: SeatFacts, figures: dict[str, list[Fact]], statements: Statements) -> HeldSince | None:
    merged = _merged(seat, "held_since", figures, statements)
    if merged is None:
        return None
    parties = [f.holder for f in figures["held_since"] if isinstance(f, HeldSinceFact)]
    return HeldSince(year=merged, party=seat.label(parties[0].value, parties[:1]) if parties else None)


def previous_member(seat: SeatFacts, by_election: bool) -> PreviousMember | None:
    """The member before this election, and why the seat fell vacant. At a by-election the member is
    gone: the winner who "held on" held it for the party."""
    stated = [f for f in seat.facts if isinstance(f, VacancyFact) and f.subject and not (by_election and f.held_on)]
    fact = next((f for f in stated if not f.derived), None)
    if fact is None:
        # who won the seat last time, unless that is this election's winner re-elected
        winners = {f.subject.value for f in seat.facts if f.role == "winner" and f.subject}
        fact = next((f for f in stated if f.subject and f.subject.value not in winners), None)
    if fact is None or fact.subject is None:
        return None
    party = seat.party_of_mention(fact.subject)
    return PreviousMember(
        name=seat.label(fact.subject.value, [fact.subject]),
        party=seat.label(party, [fact.subject], derived=PARTY_BESIDE_MEMBER) if party else None,
        reason=Label(value=fact.reason, evidence=evidence(seat.article, fact.evidence), derived=fact.derived),
    )


def previous_majority_party(figures: ContestFigures) -> PreviousMajority | None:
    """The previous majority, its party taken from the party that had held the seat when not stated."""
    previous, held_since = figures.previous_majority, figures.held_since
    if previous is not None and previous.party is None and held_since is not None and held_since.party is not None:
        return previous.model_copy(
            update={"party": held_since.party.model_copy(update={"derived": "the party that had held the seat"})}
        )
    return previous


def winner_party_from_swing(
    winner: Person | None, swing: Swing | None, previous: PreviousMajority | None
) -> Person | None:
    """A winner named without a party takes the party a stated swing went to, where it went from the
    party whose majority the winner overturned ("Salmond … overturning a Liberal Democrat majority of
    more than 6,700 on a 14.4 per cent swing from the Liberal Democrats to the SNP"): the gain is the
    swing's other side."""
    if winner is None or winner.party is not None or swing is None or previous is None or previous.party is None:
        return winner
    to, source = swing.to_party, swing.from_party
    if to is None or source is None or to.derived or source.derived or previous.party.derived:
        return winner
    if source.value != previous.party.value or to.value == source.value:
        return winner
    party = to.model_copy(
        update={"derived": "the party the swing went to, from the party whose majority was overturned"}
    )
    return winner.model_copy(update={"party": party})


def result(
    seat: SeatFacts, winner: Person | None, previous: PreviousMajority | None, held_since: HeldSince | None
) -> tuple[Label | None, Label | None]:
    """Gain or hold, and the party that lost the seat: as stated, or from the winner's party and the
    party that held the seat."""
    # a gain "from" the winner's own party is another election's ("the 2016 result, when Ms Wood took the
    # seat from Labour" in a report of Labour's win): never this one's
    party = winner.party.value if winner is not None and winner.party is not None else None
    stated = next(
        (
            f
            for f in seat.facts
            if isinstance(f, ResultFact) and not (f.result == "gain" and f.loser and f.loser.value == party)
        ),
        None,
    )
    if stated is not None:
        loser = stated.loser
        return (
            Label(value=stated.result, evidence=evidence(seat.article, stated.evidence)),
            seat.label(loser.value, [loser]) if loser else None,
        )
    if winner is None or winner.party is None:
        return None, None
    holder = (previous.party if previous else None) or (held_since.party if held_since else None)
    if holder is None:
        return None, None
    source = "the previous majority" if previous and previous.party else "the party that had held the seat"
    if holder.value == winner.party.value:
        return Label(value="hold", evidence=[], derived=f"winner's party is the party of {source}"), None
    return (
        Label(value="gain", evidence=[], derived=f"winner's party differs from the party of {source}"),
        holder.model_copy(update={"derived": f"the party of {source}"}),
    )


def swing_from_party(swing: Swing | None, gained_from: Label | None, winner: Person | None) -> Swing | None:
    """A swing's "from" side when unstated: the party that lost the seat, or, where the seat was held
    and the swing went to another party, the holders ("The Conservatives held Witney … the swing to
    the Lib Dems")."""
    if swing is None or swing.from_party is not None:
        return swing
    if gained_from is not None:
        return swing.model_copy(
            update={"from_party": gained_from.model_copy(update={"derived": "the party that lost the seat"})}
        )
    if (
        swing.to_party is not None
        and winner is not None
        and winner.party is not None
        and winner.party.value != swing.to_party.value
    ):
        return swing.model_copy(
            update={"from_party": winner.party.model_copy(update={"derived": "the party that held the seat"})}
        )
    return swing


def swing_to_party(swing: Swing | None, winner: Person | None) -> Swing | None:
    """A swing's "to" side when unstated: the winner's party, where the swing went away from another
    ("a 17.2% swing away from the Conservatives" as Labour won). Not where it went away from the winner's
    own party (a hold on a swing against it says nothing of where the votes went)."""
    if swing is None or swing.to_party is not None or swing.from_party is None:
        return swing
    if winner is None or winner.party is None or winner.party.value == swing.from_party.value:
        return swing
    return swing.model_copy(update={"to_party": winner.party.model_copy(update={"derived": "the winner's party"})})


def winner_votes(candidates: list[Candidate], majority: Quantity | None) -> list[Candidate]:
    """Winner's votes = runner-up's + majority, when the article gives only those two."""
    if majority is None or majority.qualifier != "exact" or majority.unit != "votes":
        return candidates
    winners = [c for c in candidates if c.position and c.position.value == 1]
    runners = [
        c for c in candidates if c.position and c.position.value == 2 and c.votes and c.votes.qualifier == "exact"
    ]
    if len(winners) != 1 or len(runners) != 1 or winners[0].votes is not None:
        return candidates
    runner_votes = runners[0].votes
    assert runner_votes is not None
    derived = Quantity(
        value=runner_votes.value + majority.value,
        unit="votes",
        lower=runner_votes.value + majority.value,
        upper=runner_votes.value + majority.value,
        evidence=[*runner_votes.evidence[:1], *majority.evidence[:1]],
        derived=f"runner-up's votes ({runner_votes.value:,.0f}) + majority ({majority.value:,.0f})",
    )
    return [c.model_copy(update={"votes": derived}) if c is winners[0] else c for c in candidates]


def defeated_member_party(
    candidates: list[Candidate], previous_mp: PreviousMember | None, gained_from: Label | None
) -> tuple[list[Candidate], PreviousMember | None]:
    """The defeated sitting member stood for the party that lost the seat."""
    if previous_mp is None or previous_mp.name is None or gained_from is None:
        return candidates, previous_mp
    defeated = previous_mp.name.value
    lost = gained_from.model_copy(update={"derived": "the sitting member's party, which lost the seat"})
    candidates = [
        c.model_copy(update={"party": lost}) if c.party is None and c.name and c.name.value == defeated else c
        for c in candidates
    ]
    if previous_mp.party is None:
        previous_mp = previous_mp.model_copy(update={"party": lost})
    return candidates, previous_mp
