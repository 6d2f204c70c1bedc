"""Stage 5, assemble: linked facts -> validated :class:`~electext.core.records.Contest` records.

Per seat, in the order the article first names it: candidates merged (a party-only figure joins
the one named candidate of that party), figures stated more than once merged when they agree (an
exact figure beats a hedged one) and kept aside when they do not, and the values the article implies
but never prints derived with a note saying how: the winner's votes from the runner-up's and the
majority, gain/hold from the winner's party and the party that held the seat, the swing's "from"
side from the party that lost it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from electext.core.records import (
    Candidate,
    Contest,
    Evidence,
    HeldSince,
    Label,
    Person,
    PreviousMajority,
    PreviousMember,
    Quantity,
    Swing,
    Unit,
)
from electext.extract.facts import (
    MOST_VOTES,
    PARTY_BESIDE_MEMBER,
    PARTY_BESIDE_NAME,
    PARTY_BESIDE_NAME_ELSEWHERE,
    WINNER_STATED,
    Fact,
    Span,
)
from electext.extract.figures import Figure
from electext.extract.mentions import Mention
from electext.ingest.article import Article

FIGURE_ROLES = (
    "majority",
    "previous_majority",
    "swing",
    "turnout",
    "previous_turnout",
    "electorate",
    "majority_change",
    "held_since",
)
# What makes a contest a reported result rather than a mention: its figures. A winner alone ("Reform
# also took Boston and Skegness") is a mention; a previous majority or a place alone ("Labour, who
# finished second in 2019") belongs to previews and background too.
RESULT_ROLES = ("votes", "share", "majority", "swing", "turnout")
_UNIT_OF_KIND: dict[str, Unit] = {"count": "votes", "percent": "percent", "points": "points", "year": "year"}


@dataclass(frozen=True)
class Draft:
    """A contest and every figure stated for it (including disagreeing repeats) for the checks."""

    contest: Contest
    statements: dict[str, list[Quantity]] = field(default_factory=dict)


def most_common(values: list[str]) -> str:
    """The most frequent value; ties go to the one stated first (deterministic, unlike set order)."""
    return max(dict.fromkeys(values), key=values.count)


def evidence(article: Article, spans: tuple[Span, ...] | list[Span]) -> list[Evidence]:
    found = []
    for span in spans:
        start, end = article.original_span(span.start, span.end)
        found.append(Evidence(start=start, end=end, text=article.original[start:end]))
    return found


def mention_evidence(article: Article, mention: Mention) -> list[Evidence]:
    return evidence(article, [Span(mention.start, mention.end)])


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
    """One value from repeats that agree: the first exact one, carrying every agreeing evidence."""
    exact = [s for s in statements if s.qualifier == "exact"]
    chosen = exact[0] if exact else statements[0]
    agreeing = [e for s in statements if agree(s, chosen) for e in s.evidence]
    unique = sorted({(e.start, e.end): e for e in agreeing}.values(), key=lambda e: e.start)
    return chosen.model_copy(update={"evidence": unique})


def _candidate_key(mention: Mention) -> tuple[str, str]:
    return (mention.kind, mention.value)


class _Builder:
    """Collects one seat's facts; :meth:`build` returns its draft."""

    def __init__(self, article: Article, seat: str, party_of: dict[str, str], several: bool = False) -> None:
        self.article = article
        self.seat = seat
        self.party_of = party_of
        self.facts: list[Fact] = []
        # several contests report results: a figure given this seat only by the running focus is inferred
        self.several = several

    def _inferred(self, fact: Fact) -> bool:
        return fact.inferred or (self.several and fact.weak)

    def _exact_votes(self, mention: Mention | None) -> float:
        """The candidate's stated exact tally (the largest, if stated twice), or infinity when none is."""
        if mention is None:
            return float("inf")
        stated = [
            f.figure.value
            for f in self.facts
            if f.role == "votes"
            and f.figure
            and f.figure.qualifier == "exact"
            and f.subject
            and f.subject.value == mention.value
        ]
        return max(stated) if stated else float("inf")

    def _party_of(self, mention: Mention) -> str | None:
        if mention.kind == "party":
            return mention.value
        return mention.party or self.party_of.get(mention.value)

    def _candidate_keys(self) -> dict[tuple[str, str], tuple[str, str]]:
        """Map party-only subjects onto the one named candidate of that party, if there is one."""
        subjects = [f.subject for f in self.facts if f.subject and f.role in ("votes", "share", "position", "winner")]
        people_by_party: dict[str, set[str]] = defaultdict(set)
        for subject in subjects:
            if subject.kind == "person" and (party := self._party_of(subject)):
                people_by_party[party].add(subject.value)
        mapping = {}
        for subject in subjects:
            key = _candidate_key(subject)
            if subject.kind == "party" and len(people_by_party.get(subject.value, ())) == 1:
                mapping[key] = ("person", next(iter(people_by_party[subject.value])))
            else:
                mapping[key] = key
        return mapping

    def _label(self, value: str, mentions: list[Mention], derived: str | None = None) -> Label:
        spans = sorted({(m.start, m.end) for m in mentions if m.end > m.start})
        return Label(value=value, evidence=evidence(self.article, [Span(s, e) for s, e in spans]), derived=derived)

    def build(self, mention_spans: list[Span], default_election: str) -> Draft:
        facts = self.facts
        statements: dict[str, list[Quantity]] = defaultdict(list)
        keys = self._candidate_keys()
        candidates: dict[tuple[str, str], dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        subjects: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for fact in facts:
            if fact.subject is not None and fact.role in ("votes", "share", "position", "winner"):
                key = keys[_candidate_key(fact.subject)]
                candidates[key][fact.role].append(fact)
                subjects[key].append(fact.subject)
        # winner
        winner_key = None
        winner_facts = [f for f in facts if f.role == "winner" and f.subject]
        people_first = sorted(
            winner_facts,
            key=lambda f: (f.subject.kind != "person", f.label == "over"),  # type: ignore[union-attr]
        )
        # "X narrowly beat Y" ranks two candidates; when X is out-polled by a third, X won no seat
        top_votes = max(
            (f.figure.value for f in facts if f.role == "votes" and f.figure and f.figure.qualifier == "exact"),
            default=None,
        )
        people_first = [
            f
            for f in people_first
            if not (f.label == "over" and top_votes is not None and self._exact_votes(f.subject) < top_votes)
        ]
        # one candidate per party: a winner named without a tally ("He was elected MSP for Airdrie and
        # Shotts") is not this contest's when another of their party polled the most votes
        top_people = {
            f.subject.value
            for f in facts
            if f.role == "votes"
            and f.subject
            and f.subject.kind == "person"
            and self._exact_votes(f.subject) == top_votes
        }
        won_by_party = {f.subject.value for f in winner_facts if f.subject and f.subject.kind == "party"}
        sole_party = next(iter(won_by_party)) if len(won_by_party) == 1 else None
        top_parties = {self._party_of(g.subject) for g in facts if g.subject and g.subject.value in top_people} - {None}
        people_first = [
            f
            for f in people_first
            if not (
                f.subject
                and f.subject.kind == "person"
                and f.subject.value not in top_people
                and self._exact_votes(f.subject) == float("inf")
                and (self._party_of(f.subject) or sole_party) in top_parties
            )
        ]
        if people_first:
            winner_key = keys[_candidate_key(people_first[0].subject)]  # type: ignore[arg-type]
        built: list[tuple[tuple[str, str], Candidate]] = []
        for key, roles in candidates.items():
            mentions = subjects[key]
            people = [m for m in mentions if m.kind == "person"]
            named = [m for m in people if m.note != "pronoun"] or people  # "She" is no evidence of a name
            name = self._label(key[1], named) if key[0] == "person" else None
            party_value = key[1] if key[0] == "party" else next((p for m in people if (p := self._party_of(m))), None)
            party_mentions = [m for m in mentions if m.kind == "party"]
            party = None
            if party_value:
                party = (
                    self._label(party_value, party_mentions)
                    if party_mentions
                    else self._label(party_value, [], derived=PARTY_BESIDE_NAME_ELSEWHERE)
                    if not any(m.party for m in people)
                    # "Shivani Raja, a businesswoman standing for the Conservatives": the name is the anchor
                    else self._label(
                        party_value,
                        [m for m in people if m.party and m.note != "pronoun"][:1],
                        derived=PARTY_BESIDE_NAME,
                    )
                )
            votes = [
                quantity(self.article, f.figure, f.evidence, "votes", self._inferred(f))
                for f in roles.get("votes", [])
                if f.figure
            ]
            shares = [
                quantity(self.article, f.figure, f.evidence, "percent", self._inferred(f))
                for f in roles.get("share", [])
                if f.figure
            ]
            for label, stated in (("votes", votes), ("share", shares)):
                if stated:
                    statements[f"{label}:{key[1]}"] = distinct(stated)
            positions = roles.get("position", [])
            position = None
            if positions:
                first = positions[0]
                position = Quantity(
                    value=float(first.label or 0),
                    unit="place",
                    evidence=evidence(self.article, first.evidence),
                    lower=float(first.label or 0),
                    upper=float(first.label or 0),
                    derived=first.derived,
                )
                statements[f"position:{key[1]}"] = [
                    Quantity(value=float(p.label or 0), unit="place", evidence=evidence(self.article, p.evidence))
                    for p in positions
                ]
            elif key == winner_key:
                wins = roles.get("winner", [])
                position = Quantity(
                    value=1,
                    unit="place",
                    lower=1,
                    upper=1,
                    evidence=evidence(self.article, wins[0].evidence) if wins else [],
                    derived=WINNER_STATED,
                )
            built.append(
                (
                    key,
                    Candidate(
                        name=name,
                        party=party,
                        votes=merge_statements(votes) if votes else None,
                        share=merge_statements(shares) if shares else None,
                        position=position,
                    ),
                )
            )
        built = [(key, c) for key, c in built if key == winner_key or c.votes or c.share or c.position]
        if winner_key is None:
            # No winner named: the candidate with the most votes, when the figures leave no doubt.
            voted = sorted(
                ((key, c) for key, c in built if c.votes and c.votes.qualifier == "exact"),
                key=lambda item: -(item[1].votes.value if item[1].votes else 0),
            )
            placed_first = [c for _, c in built if c.position and c.position.value == 1]
            first_votes = voted[0][1].votes if voted else None
            second_votes = voted[1][1].votes if len(voted) > 1 else None
            if not placed_first and first_votes and second_votes and first_votes.value > second_votes.value:
                winner_key = voted[0][0]
                top = voted[0][1]
                built = [
                    (
                        key,
                        c.model_copy(
                            update={
                                "position": Quantity(
                                    value=1,
                                    unit="place",
                                    lower=1,
                                    upper=1,
                                    evidence=top.votes.evidence[:1] if top.votes else [],
                                    derived=MOST_VOTES,
                                )
                            }
                        )
                        if key == winner_key
                        else c,
                    )
                    for key, c in built
                ]
        built.sort(
            key=lambda item: (
                item[1].position.value if item[1].position else 99,
                -(item[1].votes.value if item[1].votes else 0),
            )
        )
        built, renamed = _merge_party_duplicates(built)
        winner_key = renamed.get(winner_key, winner_key) if winner_key else None
        candidate_list = [candidate for _, candidate in built]
        winner = None
        if winner_key is not None:
            winning = next(c for k, c in built if k == winner_key)
            winner = Person(name=winning.name, party=winning.party)
            party_wins = sorted({f.subject.value for f in winner_facts if f.subject and f.subject.kind == "party"})
            if winner.party is None and len(party_wins) == 1:
                # "The Lib Dems have held on to Eastleigh … Mike Thornton won": one winner, one party.
                party_label = self._label(
                    party_wins[0],
                    [f.subject for f in winner_facts if f.subject and f.subject.value == party_wins[0]],
                    derived="the party reported as winning the seat",
                )
                winner = Person(name=winner.name, party=party_label)
                built = [(k, c.model_copy(update={"party": party_label}) if k == winner_key else c) for k, c in built]
                candidate_list = [c for _, c in built]
            majority_parties = sorted({p.value for f in facts if f.role == "majority" for p in f.parties if p.value})
            if winner.party is None and len(majority_parties) == 1:
                party_label = self._label(
                    majority_parties[0],
                    [p for f in facts if f.role == "majority" for p in f.parties if p.value == majority_parties[0]],
                    derived="the party whose majority the article reports",
                )
                winner = Person(name=winner.name, party=party_label)
                built = [(k, c.model_copy(update={"party": party_label}) if k == winner_key else c) for k, c in built]
                candidate_list = [c for _, c in built]
        figures: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            if fact.role in FIGURE_ROLES and fact.figure is not None:
                figures[fact.role].append(fact)
            if fact.role in ("share_change", "share_before") and fact.figure is not None and fact.subject is not None:
                party_of_subject = self._party_of(fact.subject)
                if party_of_subject:
                    unit: Unit = "points" if fact.role == "share_change" else "percent"
                    statements[f"{fact.role}:{party_of_subject}"].append(
                        quantity(self.article, fact.figure, fact.evidence, unit)
                    )
        majority = self._quantity("majority", figures, statements)
        previous = self._previous_majority(figures, statements)
        swing = self._swing(figures, statements)
        turnout = self._quantity("turnout", figures, statements)
        previous_turnout = self._quantity("previous_turnout", figures, statements)
        electorate = self._quantity("electorate", figures, statements)
        majority_change = self._quantity("majority_change", figures, statements)
        held_since = self._held_since(figures, statements)
        previous_mp = self._previous_mp()
        if previous is not None and previous.party is None and held_since is not None and held_since.party is not None:
            previous = previous.model_copy(
                update={"party": held_since.party.model_copy(update={"derived": "the party that had held the seat"})}
            )
        result, gained_from = self._result(winner, previous, held_since)
        if swing is not None and swing.from_party is None and gained_from is not None:
            swing = swing.model_copy(
                update={"from_party": gained_from.model_copy(update={"derived": "the party that lost the seat"})}
            )
        elif (
            swing is not None
            and swing.from_party is None
            and swing.to_party is not None
            and gained_from is None
            and winner is not None
            and winner.party is not None
            and winner.party.value != swing.to_party.value
        ):
            # "The Conservatives held Witney … the swing to the Lib Dems": away from the holders
            swing = swing.model_copy(
                update={"from_party": winner.party.model_copy(update={"derived": "the party that held the seat"})}
            )
        candidate_list = self._derive_winner_votes(candidate_list, majority)
        if previous_mp is not None and previous_mp.name is not None and gained_from is not None:
            # the defeated sitting member stood for the party that lost the seat
            defeated = previous_mp.name.value
            lost = gained_from.model_copy(update={"derived": "the sitting member's party, which lost the seat"})
            candidate_list = [
                c.model_copy(update={"party": lost}) if c.party is None and c.name and c.name.value == defeated else c
                for c in candidate_list
            ]
            if previous_mp.party is None:
                previous_mp = previous_mp.model_copy(update={"party": lost})
        if winner is not None and winner.name is None and winner.party is not None:
            same_party = [c for c in candidate_list if c.party and c.party.value == winner.party.value and c.name]
            if len(same_party) == 1:
                winner = Person(name=same_party[0].name, party=winner.party)
            elif not same_party:
                candidate_list, winner = _name_the_winner(candidate_list, winner)
        elections = [f.label for f in facts if f.role == "election" and f.label]
        # "the Airdrie and Shotts by-election … the Holyrood seat": the specific kind names the election
        specific = [label for label in elections if label not in ("by-election", "general election")]
        election_label = most_common(specific or elections) if elections else default_election
        election_spans = [f.evidence[0] for f in facts if f.role == "election" and f.label == election_label]
        has_result = any(f.role in RESULT_ROLES for f in facts)
        contest = Contest(
            constituency=Label(
                value=self.seat, evidence=evidence(self.article, mention_spans), derived=self._seat_note()
            ),
            election=Label(
                value=election_label,
                evidence=evidence(self.article, election_spans[:1]),
                derived=None if election_spans else "the article's election as a whole",
            ),
            mention_only=not has_result,
            winner=winner,
            result=result,
            gained_from=gained_from,
            candidates=candidate_list if has_result else [],
            majority=majority,
            # a seat named in passing carries who won it and how, and the majority overturned there when a
            # sentence naming it says so ("Labour's win in Selby, when a Tory majority of 20,137 fell"), not
            # the history of its member
            previous_majority=previous if has_result or self._stated_here("previous_majority") else None,
            swing=swing,
            turnout=turnout,
            previous_turnout=previous_turnout if has_result else None,
            electorate=electorate if has_result else None,
            majority_change=majority_change if has_result else None,
            held_since=held_since if has_result else None,
            previous_mp=previous_mp if has_result else None,
        )
        return Draft(contest=contest, statements=dict(statements))

    def _stated_here(self, role: str) -> bool:
        """A figure of this role given to this seat by a sentence that names it, not by the running focus."""
        return any(f.role == role and f.seat_named for f in self.facts)

    def _seat_note(self) -> str | None:
        notes = [f.subject.note for f in self.facts if f.role == "seat" and f.subject and f.subject.note]
        return "; ".join(dict.fromkeys(notes)) if notes else None

    def _quantity(
        self, role: str, figures: dict[str, list[Fact]], statements: dict[str, list[Quantity]]
    ) -> Quantity | None:
        stated = [
            quantity(self.article, f.figure, f.evidence, inferred=self._inferred(f))
            for f in figures.get(role, [])
            if f.figure
        ]
        if not stated:
            return None
        statements[role] = distinct(stated)
        return merge_statements(stated)

    def _previous_majority(
        self, figures: dict[str, list[Fact]], statements: dict[str, list[Quantity]]
    ) -> PreviousMajority | None:
        merged = self._quantity("previous_majority", figures, statements)
        if merged is None:
            return None
        parties = [p for f in figures["previous_majority"] for p in f.parties if p.value]
        party = self._label(parties[0].value, [p for p in parties if p.value == parties[0].value]) if parties else None
        return PreviousMajority(**merged.model_dump(), party=party)

    def _swing(self, figures: dict[str, list[Fact]], statements: dict[str, list[Quantity]]) -> Swing | None:
        merged = self._quantity("swing", figures, statements)
        if merged is None:
            return None
        from_parties = [f.parties[0] for f in figures["swing"] if f.parties and f.parties[0].value]
        to_facts = [f for f in figures["swing"] if len(f.parties) > 1 and f.parties[1].value]
        to_facts.sort(key=lambda f: f.derived is not None)
        from_party = self._label(from_parties[0].value, from_parties[:1]) if from_parties else None
        to_party = None
        if to_facts:
            to_party = self._label(to_facts[0].parties[1].value, [to_facts[0].parties[1]], derived=to_facts[0].derived)
        return Swing(**merged.model_dump(), from_party=from_party, to_party=to_party)

    def _held_since(self, figures: dict[str, list[Fact]], statements: dict[str, list[Quantity]]) -> HeldSince | None:
        merged = self._quantity("held_since", figures, statements)
        if merged is None:
            return None
        parties = [p for f in figures["held_since"] for p in f.parties]
        return HeldSince(year=merged, party=self._label(parties[0].value, parties[:1]) if parties else None)

    def _previous_mp(self) -> PreviousMember | None:
        stated = [f for f in self.facts if f.role == "previous_mp" and f.subject]
        fact = next((f for f in stated if not f.derived), None)
        if fact is None:
            # who won the seat last time, unless that is this election's winner re-elected
            winners = {f.subject.value for f in self.facts if f.role == "winner" and f.subject}
            fact = next((f for f in stated if f.subject and f.subject.value not in winners), None)
        if fact is None or fact.subject is None:
            return None
        party = self._party_of(fact.subject)
        return PreviousMember(
            name=self._label(fact.subject.value, [fact.subject]),
            party=self._label(party, [fact.subject], derived=PARTY_BESIDE_MEMBER) if party else None,
            reason=Label(
                value=fact.label or "other", evidence=evidence(self.article, fact.evidence), derived=fact.derived
            ),
        )

    def _result(
        self, winner: Person | None, previous: PreviousMajority | None, held_since: HeldSince | None
    ) -> tuple[Label | None, Label | None]:
        stated = next((f for f in self.facts if f.role == "result"), None)
        if stated is not None:
            loser = stated.parties[0] if stated.parties else None
            return (
                Label(value=stated.label or "", evidence=evidence(self.article, stated.evidence)),
                self._label(loser.value, [loser]) if loser else None,
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

    def _derive_winner_votes(self, candidates: list[Candidate], majority: Quantity | None) -> list[Candidate]:
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


def _name_the_winner(candidates: list[Candidate], winner: Person) -> tuple[list[Candidate], Person]:
    """ "The seat went Conservative … Paul Howell polled 19,609 votes, against 15,096 for Labour's
    Phil Wilson": a winning party with no named candidate, and the one named candidate of no stated
    party, whose exact tally no one else's reaches, are the same candidate."""
    party = winner.party
    assert party is not None
    partyless = [c for c in candidates if c.name is not None and c.party is None and c.votes is not None]
    if not partyless:
        return candidates, winner
    top = max(partyless, key=lambda c: c.votes.value if c.votes else 0)
    others = [(c.votes.upper or c.votes.value) for c in candidates if c is not top and c.votes]
    placeholders = [c for c in candidates if c.name is None and c.party and c.party.value == party.value]
    shares = [c.share for c in placeholders if c.share is not None]
    if (
        top.votes is None
        or top.votes.qualifier != "exact"
        or not others  # a tally beats others only where there are others
        or any(top.votes.value <= other for other in others)
        or any(c.votes is not None for c in placeholders)
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


def _same_figure(first: Quantity | None, second: Quantity | None) -> bool:
    return first is not None and second is not None and first.value == second.value and first.unit == second.unit


def _merge_party_duplicates(
    built: list[tuple[tuple[str, str], Candidate]],
) -> tuple[list[tuple[tuple[str, str], Candidate]], dict[tuple[str, str], tuple[str, str]]]:
    """ "The Green share rose … to 56.6%" and "Ms Denyer … 56.6%": one candidate, not two.

    A party-only candidate whose votes or share equal those of exactly one named candidate of no
    stated party is that candidate; the name gains the party (derived) and the duplicate goes.
    """
    merged = list(built)
    renamed: dict[tuple[str, str], tuple[str, str]] = {}
    for key, party_only in built:
        if key[0] != "party":
            continue
        same = [
            (other_key, other)
            for other_key, other in merged
            if other_key[0] == "person"
            and other.party is None
            and (_same_figure(party_only.votes, other.votes) or _same_figure(party_only.share, other.share))
        ]
        if len(same) == 1 and party_only.party is not None:
            other_key = same[0][0]
            party = party_only.party.model_copy(update={"derived": "the same figure is stated for the party"})
            merged = [
                (
                    k,
                    c.model_copy(
                        update={
                            "party": party,
                            "votes": c.votes or party_only.votes,
                            "share": c.share or party_only.share,
                        }
                    )
                    if k == other_key
                    else c,
                )
                for k, c in merged
                if k != key
            ]
            renamed[key] = other_key
    return merged, renamed


def assemble(article: Article, facts: list[Fact], people: tuple[Mention, ...]) -> list[Draft]:
    """Group facts by seat and build one draft per seat, in order of first mention."""
    party_of: dict[str, str] = {}
    for person in people:
        if person.party:
            party_of.setdefault(person.value, person.party)
    builders: dict[str, _Builder] = {}
    spans: dict[str, list[Span]] = defaultdict(list)
    several = len({fact.seat for fact in facts if fact.role in RESULT_ROLES}) > 1
    for fact in facts:
        builder = builders.setdefault(fact.seat, _Builder(article, fact.seat, party_of, several))
        builder.facts.append(fact)
        if fact.role == "seat":
            spans[fact.seat].extend(fact.evidence)
    elections = [f.label for f in facts if f.role == "election" and f.label]
    default_election = most_common(elections) if elections else "election"
    drafts = [builder.build(spans[seat], default_election) for seat, builder in builders.items()]
    # A seat named only in passing is a contest mention when it is named as the scene of a result
    # ("also defeated in Selby and Ainsty"), not as a place, a member's old seat or an example.
    drafts = [
        draft
        for draft in drafts
        if not draft.contest.mention_only
        or any(f.role == "seat" and f.label == "event" for f in builders[draft.contest.constituency.value].facts)
    ]
    if not any(not draft.contest.mention_only for draft in drafts) and not any(
        draft.contest.winner and draft.contest.winner.name for draft in drafts
    ):
        return []  # previews, polls, background: seats named, no result of the article's own
    return drafts
