"""The winner: the candidate the article says won, or failing that the one the figures put first.

A stated win names a person before a party, and "X narrowly beat Y" yields to a third candidate who
out-polled X. With no win stated, the candidate with the most exact votes wins when no tally ties it.
A winner without a party takes the party the article reports as winning the seat, or the one whose
majority it reports.
"""

from __future__ import annotations

from electext.core.records import Candidate, Person
from electext.extract.assemble.candidates import Built, CandidateKey, candidate_key
from electext.extract.assemble.statements import SeatFacts, place
from electext.extract.facts import (
    MOST_VOTES,
    MajorityFact,
    WinnerFact,
)


def stated_winner(seat: SeatFacts, keys: dict[CandidateKey, CandidateKey]) -> CandidateKey | None:
    """The candidate the article reports as the winner, people before parties."""
    facts = seat.facts
    winner_facts = [f for f in facts if isinstance(f, WinnerFact) and f.subject]
    people_first = sorted(
        winner_facts,
        key=lambda f: (f.subject.kind != "person", f.over),  # type: ignore[union-attr]
    )
    # "X narrowly beat Y" ranks two candidates; when X is out-polled by a third, X won no seat
    top_votes = max(
        (f.figure.value for f in facts if f.role == "votes" and f.figure and f.figure.qualifier == "exact"),
        default=None,
    )
    people_first = [
        f for f in people_first if not (f.over and top_votes is not None and seat.exact_votes(f.subject) < top_votes)
    ]
    # one candidate per party: a winner named without a tally ("He was elected MSP for Airdrie and
    # Shotts") is not this contest's when another of their party polled the most votes
    top_people = {
        f.subject.value
        for f in facts
        if f.role == "votes" and f.subject and f.subject.kind == "person" and seat.exact_votes(f.subject) == top_votes
    }
    won_by_party = {f.subject.value for f in winner_facts if f.subject and f.subject.kind == "party"}
    sole_party = next(iter(won_by_party)) if len(won_by_party) == 1 else None
    top_parties = {seat.party_of_mention(g.subject) for g in facts if g.subject and g.subject.value in top_people}
    top_parties -= {None}
    people_first = [
        f
        for f in people_first
        if not (
            f.subject
            and f.subject.kind == "person"
            and f.subject.value not in top_people
            and seat.exact_votes(f.subject) == float("inf")
            and (seat.party_of_mention(f.subject) or sole_party) in top_parties
        )
    ]
    if not people_first:
        return None
    return keys[candidate_key(people_first[0].subject)]  # type: ignore[arg-type]


def winner_by_most_votes(built: Built) -> tuple[Built, CandidateKey | None]:
    """No winner named: the candidate with the most exact votes, when the figures leave no doubt
    (no one placed first, and the top tally beats the second)."""
    voted = sorted(
        ((key, c) for key, c in built if c.votes and c.votes.qualifier == "exact"),
        key=lambda item: -(item[1].votes.value if item[1].votes else 0),
    )
    placed_first = [c for _, c in built if c.position and c.position.value == 1]
    first_votes = voted[0][1].votes if voted else None
    second_votes = voted[1][1].votes if len(voted) > 1 else None
    if placed_first or not first_votes or not second_votes or first_votes.value <= second_votes.value:
        return built, None
    winner_key = voted[0][0]
    first = place(1, first_votes.evidence[:1], MOST_VOTES)
    return [(key, c.model_copy(update={"position": first}) if key == winner_key else c) for key, c in built], winner_key


def the_winner(seat: SeatFacts, built: Built, winner_key: CandidateKey) -> tuple[Person, Built]:
    """The winner as a person, with a party derived when the article gives it only for the seat."""
    winning = next(c for k, c in built if k == winner_key)
    winner = Person(name=winning.name, party=winning.party)
    # "The Lib Dems have held on to Eastleigh … Mike Thornton won": one winner, one party; else the one
    # party whose majority the article reports ("a Conservative majority of 3,294")
    party_wins = [f for f in seat.facts if f.role == "winner" and f.subject and f.subject.kind == "party"]
    # a party said to win in the seat's own sentence before one the running focus lent it ("Tory gains"
    # in a headline over a round-up)
    party_wins = [f for f in party_wins if not f.weak] or party_wins
    winning_parties = [f.subject for f in party_wins if f.subject]
    majority_parties = [
        f.party
        for f in seat.facts
        if isinstance(f, MajorityFact) and f.role == "majority" and f.party and f.party.value
    ]
    for mentions, derived in (
        (winning_parties, "the party reported as winning the seat"),
        (majority_parties, "the party whose majority the article reports"),
    ):
        values = {mention.value for mention in mentions}
        if winner.party is None and len(values) == 1:
            party_label = seat.label(values.pop(), mentions, derived=derived)
            winner = Person(name=winner.name, party=party_label)
            built = [(k, c.model_copy(update={"party": party_label}) if k == winner_key else c) for k, c in built]
    return winner, _with_party_figures(built, winner_key)


def _with_party_figures(built: Built, winner_key: CandidateKey) -> Built:
    """ "Reform won Barrow by 9,210 votes to 8,977 … Dean Colfax defeated Labour's Marisa Okoye": a winner
    named without a figure, the only named candidate of the winning party, polled that party's figures;
    the party-only line goes. Not where the party has other named candidates, nor where another
    candidate was elected too (a ward electing two), nor where the party's line is not the top one (a
    first count, before the transfers that elected the winner)."""
    winning = next(c for k, c in built if k == winner_key)
    party = winning.party.value if winning.party is not None else None
    if party is None or winning.votes is not None or winning.share is not None:
        return built
    if any(c.elected is not None for k, c in built if k != winner_key):
        return built
    lines = [(k, c) for k, c in built if c.party is not None and c.party.value == party]
    party_only = [(k, c) for k, c in lines if c.name is None]
    if len(party_only) != 1 or len(lines) != 2:
        return built
    only_key, figures = party_only[0]
    others = [c.votes.value for k, c in built if k not in (winner_key, only_key) and c.votes is not None]
    if (figures.position is not None and figures.position.value != 1) or (
        figures.votes is not None and any(votes > figures.votes.value for votes in others)
    ):
        return built  # not the top line: a first count the winner overtook on transfers, say
    filled = winning.model_copy(
        update={"votes": figures.votes, "share": figures.share, "position": winning.position or figures.position}
    )
    return [(k, filled if k == winner_key else c) for k, c in built if k != only_key]


def name_the_winner(candidates: list[Candidate], winner: Person) -> tuple[list[Candidate], Person]:
    """A winner known only by party takes the name of that party's one named candidate, or: "The seat
    went Conservative … Paul Howell polled 19,609 votes, against 15,096 for Labour's Phil Wilson": a
    winning party with no named candidate, and the one named candidate of no stated party, whose exact
    tally no one else's reaches, are the same candidate."""
    party = winner.party
    if winner.name is not None or party is None:
        return candidates, winner
    same_party = [c for c in candidates if c.party and c.party.value == party.value and c.name]
    if len(same_party) == 1:
        return candidates, Person(name=same_party[0].name, party=party)
    if same_party:
        return candidates, winner
    partyless = [c for c in candidates if c.name is not None and c.party is None and c.votes is not None]
    if not partyless:
        return candidates, winner
    top = max(partyless, key=lambda c: c.votes.value if c.votes else 0)
    placeholders = [c for c in candidates if c.name is None and c.party and c.party.value == party.value]
    others = [
        (c.votes.upper or c.votes.value)
        for c in candidates
        if c is not top and c.votes and not any(c is p for p in placeholders)
    ]
    shares = [c.share for c in placeholders if c.share is not None]
    if (
        top.votes is None
        or top.votes.qualifier != "exact"
        or not others  # a tally beats others only where there are others
        or any(top.votes.value <= other for other in others)
        # (a placeholder's votes worked out from the majority are the top tally, when they agree with it)
        or any(c.votes is not None and not (c.votes.derived and c.votes.value == top.votes.value) for c in placeholders)
        or (shares and top.share is not None)
        or len(shares) > 1
    ):
        return candidates, winner
    derived = party.derived or "the winning party: this candidate polled the most votes"
    position = top.position or next((c.position for c in placeholders if c.position), None)
    named = top.model_copy(
        update={
            "party": party.model_copy(update={"derived": derived}),
            "position": position,
            "share": top.share or (shares[0] if shares else None),
        }
    )
    merged = [named if c is top else c for c in candidates if not any(c is p for p in placeholders)]
    merged.sort(key=lambda c: (c.position.value if c.position else 99, -(c.votes.value if c.votes else 0)))
    return merged, Person(name=named.name, party=named.party)
