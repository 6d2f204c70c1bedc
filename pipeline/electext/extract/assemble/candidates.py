"""Candidates: one record per person (or party standing in for one) from the facts naming them.

A party-only figure ("12,680 for the Conservatives") joins the one named candidate of that party;
repeats of a tally merge (:mod:`.statements`); a party's label carries the mention it was read from,
or says how it was derived when the name stood elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from electext.core import rx
from electext.core.records import Candidate, Label, Quantity
from electext.extract.assemble.statements import (
    SeatFacts,
    StatementKey,
    Statements,
    distinct,
    evidence,
    merge_statements,
    place,
)
from electext.extract.facts import (
    PARTY_BESIDE_NAME,
    PARTY_BESIDE_NAME_ELSEWHERE,
    WINNER_STATED,
    Fact,
    PlaceFact,
)
from electext.extract.mentions import Mention
from electext.extract.mentions.parties import INDEPENDENT


class CandidateKey(NamedTuple):
    """Who a candidate is: ("person", "Alistair Strathern"), or ("party", "Labour") for a party standing
    in for its unnamed candidate; ``row`` tells apart a party's several results lines in one contest
    (a two-seat ward's second Labour candidate, a round-up's third independent)."""

    kind: str
    value: str
    row: int = 0

    @property
    def owner(self) -> str:
        """The name its statements go under: the value, and the line for a party's later lines."""
        return f"{self.value} (line {self.row + 1})" if self.row else self.value


Built = list[tuple[CandidateKey, Candidate]]
CANDIDATE_ROLES = ("votes", "share", "position", "winner", "candidate")
# A results line's party and its tally side by side: "Independent 60", "Lab: 654", "LDem 104".
_LABEL_THEN_TALLY = rx.compile(r"[ \t]*[:\u2013\u2014-]?[ \t]*")


def candidate_key(mention: Mention) -> CandidateKey:
    return CandidateKey(mention.kind, mention.value)


def party_rows(seat: SeatFacts) -> dict[int, int]:
    """Where one party has several results lines with different tallies in one contest ("Lab: 709",
    "Lab: 654" in a two-seat ward; three "Independent" lines in a round-up), each is a candidate of its
    own: the line number (0, 1, …) of each such party mention, by its offset. A party named again in
    prose with another figure is not one ("Labour's 12,000 … Labour's 11,000 last time"): only a party
    written right before its tally counts."""
    text = seat.article.text
    lines: dict[str, dict[int, float]] = defaultdict(dict)
    for fact in seat.facts:
        subject, figure = fact.subject, fact.figure
        if fact.role != "votes" or subject is None or subject.kind != "party" or figure is None:
            continue
        if subject.end <= figure.start and _LABEL_THEN_TALLY.fullmatch(text, subject.end, figure.start):
            lines[subject.value][subject.start] = figure.value
    rows: dict[int, int] = {}
    for tallies in lines.values():
        if len(set(tallies.values())) == len(tallies) > 1:
            rows.update({start: row for row, start in enumerate(sorted(tallies))})
    return rows


def candidate_keys(seat: SeatFacts) -> dict[CandidateKey, CandidateKey]:
    """Map party-only subjects onto the one named candidate of that party, if there is one."""
    subjects = [f.subject for f in seat.facts if f.subject and f.role in CANDIDATE_ROLES]
    people_by_party: dict[str, set[str]] = defaultdict(set)
    # a person only named as a candidate has no figure to share with a party's: not one to map onto
    for subject in (f.subject for f in seat.facts if f.subject and f.role in CANDIDATE_ROLES and f.role != "candidate"):
        if subject.kind == "person" and (party := seat.party_of_mention(subject)):
            people_by_party[party].add(subject.value)
    mapping = {}
    for subject in subjects:
        key = candidate_key(subject)
        if subject.kind == "party" and len(people_by_party.get(subject.value, ())) == 1:
            mapping[key] = CandidateKey("person", next(iter(people_by_party[subject.value])))
        else:
            mapping[key] = key
    return mapping


def build_candidates(
    seat: SeatFacts,
    keys: dict[CandidateKey, CandidateKey],
    winner_key: CandidateKey | None,
    statements: Statements,
) -> Built:
    """Every candidate the facts name, with the winner's place; those with nothing stated are dropped,
    but for one named as a party's candidate ("Tory hopeful Ravi Sethna").

    Each candidate's tallies, shares and places go into ``statements`` (keyed ``votes:<name>``, …)."""
    roles_of: dict[CandidateKey, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    subjects: dict[CandidateKey, list[Mention]] = defaultdict(list)
    rows = party_rows(seat)
    for fact in seat.facts:
        if fact.subject is not None and fact.role in CANDIDATE_ROLES:
            key = keys[candidate_key(fact.subject)]
            if key.kind == "party" and fact.subject.start in rows:
                key = key._replace(row=rows[fact.subject.start])
            roles_of[key][fact.role].append(fact)
            subjects[key].append(fact.subject)
    built = [
        (key, _candidate(seat, key, roles, subjects[key], key == winner_key, statements))
        for key, roles in roles_of.items()
    ]
    # a person named only as a party's candidate stays, with that party; one of several elected stays;
    # anyone else needs a figure or a place
    named = {key for key, roles in roles_of.items() if roles.get("candidate")}
    built = _several_elected(seat, built, roles_of)
    return [
        (key, c)
        for key, c in built
        if key == winner_key or c.votes or c.share or c.position or c.elected or (key in named and c.party is not None)
    ]


def _several_elected(seat: SeatFacts, built: Built, roles_of: dict[CandidateKey, dict[str, list[Fact]]]) -> Built:
    """Where the article marks two or more candidates as elected ("309 ELECTED" on several lines of a
    multi-member ward, "were deemed elected" in an STV count), each says so; one such mark is a
    single-member contest's winner, which ``winner`` carries."""
    marks: dict[CandidateKey, Fact] = {}
    listed = {key for key, _ in built}
    for key, roles in roles_of.items():
        if key not in listed or key.kind != "person":
            continue  # a party read beside its candidate's mark is that candidate, not a second winner
        for fact in roles.get("winner", []):
            if fact.derived is None and any(_elected_at(seat.article.text, s.start, s.end) for s in fact.evidence):
                marks.setdefault(key, fact)
                break
    if len({fact.evidence[0].start for fact in marks.values()}) < 2:
        return built  # one mark, however many keys read it (a party and its candidate): one winner
    return [
        (
            key,
            c.model_copy(
                update={"elected": Label(value="elected", evidence=evidence(seat.article, marks[key].evidence))}
            ),
        )
        if key in marks
        else (key, c)
        for key, c in built
    ]


# The marks of one of several candidates elected: a table's "Elected" column, a list's "ELECTED", "were
# elected", "deemed elected", an STV count's "elected on the fourth count" (not a lone "has been elected",
# which any single-member winner gets).
_ELECTED = rx.compile(
    # a table's mark in a cell of its own, which is the win's whole evidence ("Elected", "(elected)")
    r"\G\(?(?i:elected)\b"
    r"|\bELECTED\b|\b(?:were|deemed|also)\s+(?:\w+\s+)?elected\b"
    r"|\belected(?=\s+(?:at|on|in)\s+(?:the\s+)?(?:\w+\s+)?(?:count|stage)\b)"
)
# How far past a win's words its count may be named ("was elected | on the ninth count").
_COUNT_AFTER = 30


def _elected_at(text: str, start: int, end: int) -> bool:
    """Does a win's evidence ``text[start:end]`` mark one of several elected?"""
    found = _ELECTED.search(text, start, min(len(text), end + _COUNT_AFTER))
    return found is not None and found.start() < end


def _candidate(
    seat: SeatFacts,
    key: CandidateKey,
    roles: dict[str, list[Fact]],
    mentions: list[Mention],
    is_winner: bool,
    statements: Statements,
) -> Candidate:
    people = [m for m in mentions if m.kind == "person"]
    named = [m for m in people if m.note != "pronoun"] or people  # "She" is no evidence of a name
    votes = [seat.quantity(f, "votes") for f in roles.get("votes", []) if f.figure]
    shares = [seat.quantity(f, "percent") for f in roles.get("share", []) if f.figure]
    if votes:
        statements[StatementKey("votes", key.owner)] = distinct(votes)
    if shares:
        statements[StatementKey("share", key.owner)] = distinct(shares)
    positions = [f for f in roles.get("position", []) if isinstance(f, PlaceFact)]
    position = None
    if positions:
        first = positions[0]
        position = place(float(first.place), evidence(seat.article, first.evidence), first.derived)
        statements[StatementKey("position", key.owner)] = [
            Quantity(value=float(p.place), unit="place", evidence=evidence(seat.article, p.evidence)) for p in positions
        ]
    elif is_winner:
        wins = roles.get("winner", [])
        position = place(1, evidence(seat.article, wins[0].evidence) if wins else [], WINNER_STATED)
    return Candidate(
        name=seat.label(key[1], named) if key[0] == "person" else None,
        party=_party(seat, key, mentions, people),
        votes=merge_statements(votes) if votes else None,
        share=merge_statements(shares) if shares else None,
        position=position,
    )


def _party(seat: SeatFacts, key: CandidateKey, mentions: list[Mention], people: list[Mention]) -> Label | None:
    """The candidate's party: as a party mention states it, or beside the name here or elsewhere."""
    party_value = key[1] if key[0] == "party" else next((p for m in people if (p := seat.party_of_mention(m))), None)
    if not party_value:
        return None
    party_mentions = [m for m in mentions if m.kind == "party"]
    # "…, polling 641 votes for Plaid Cymru": the party's own words, written apart from the name
    party_mentions += [
        Mention(*m.party_at, seat.article.text[slice(*m.party_at)], "party", party_value)
        for m in people
        if m.party_at and m.party == party_value
    ]
    if party_mentions:
        return seat.label(party_value, party_mentions)
    if not any(m.party for m in people):
        return seat.label(party_value, [], derived=PARTY_BESIDE_NAME_ELSEWHERE)
    # "Shivani Raja, a businesswoman standing for the Conservatives": the name is the anchor
    return seat.label(
        party_value, [m for m in people if m.party and m.note != "pronoun"][:1], derived=PARTY_BESIDE_NAME
    )


def by_place(built: Built) -> Built:
    """Candidates in order of place, then of votes (most first)."""
    return sorted(
        built,
        key=lambda item: (
            item[1].position.value if item[1].position else 99,
            -(item[1].votes.value if item[1].votes else 0),
        ),
    )


def _same_figure(first: Quantity | None, second: Quantity | None) -> bool:
    return first is not None and second is not None and first.value == second.value and first.unit == second.unit


def merge_party_duplicates(built: Built) -> tuple[Built, dict[CandidateKey, CandidateKey]]:
    """ "The Green share rose … to 56.6%" and "Ms Denyer … 56.6%": one candidate, not two.

    A party-only candidate whose votes or share equal those of exactly one named candidate of no
    stated party is that candidate; the name gains the party (derived) and the duplicate goes.
    """
    merged = list(built)
    renamed: dict[CandidateKey, CandidateKey] = {}
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
        # "a straight fight between Labour's Ada Brook and Conservative Tom Reed … The Tory candidate won
        # by 812 votes to 163": the party's one named candidate, named without a figure, polled its figures
        named = _named_of(merged, party_only)
        if not same and len(named) == 1 and named[0][1].votes is None and named[0][1].share is None:
            same = named
        if len(same) == 1 and party_only.party is not None:
            other_key = same[0][0]
            party = same[0][1].party or party_only.party.model_copy(
                update={"derived": "the same figure is stated for the party"}
            )
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
    return _merge_name_variants(merged, renamed)


def _named_of(built: Built, party_only: Candidate) -> Built:
    """The named candidates of the party-only candidate's party."""
    if party_only.party is None:
        return []
    party = party_only.party.value
    return [(key, c) for key, c in built if key[0] == "person" and c.party is not None and c.party.value == party]


def _merge_name_variants(
    built: Built, renamed: dict[CandidateKey, CandidateKey]
) -> tuple[Built, dict[CandidateKey, CandidateKey]]:
    """ "Becky Strand of the Lib Dems … over 3,000" and "STRAND Beki Liberal Democrats 3,214": a party
    stands one candidate in a seat, so two of its named candidates with one surname and one initial are
    one person, named and counted as the one with an exact tally (an independent is no party)."""
    merged = list(built)
    for key, _ in built:
        current = dict(merged)
        if key not in current:
            continue  # merged into an earlier one
        candidate = current[key]
        kept = next(((k, c) for k, c in merged if k != key and _name_variants(candidate, c)), None)
        if kept is None:
            continue
        exact = candidate.votes is not None and candidate.votes.qualifier == "exact"
        (keep_key, keep), (drop_key, drop) = ((key, candidate), kept) if exact else (kept, (key, candidate))
        keep = keep.model_copy(update={"share": keep.share or drop.share, "position": keep.position or drop.position})
        merged = [(k, keep if k == keep_key else c) for k, c in merged if k != drop_key]
        renamed[drop_key] = keep_key
    return merged, renamed


def _name_variants(first: Candidate, second: Candidate) -> bool:
    if not (first.name and second.name and first.party and second.party) or first.party.value == INDEPENDENT:
        return False
    a, b = first.name.value.split(), second.name.value.split()
    return (
        first.party.value == second.party.value
        and first.name.value != second.name.value
        and len(a) > 1
        and len(b) > 1
        and a[-1].casefold() == b[-1].casefold()
        and a[0][:1] == b[0][:1]
    )
