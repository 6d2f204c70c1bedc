"""Matching an extracted contest to the official election it reports.

The constituency name narrows the search to one seat's elections (old and new boundaries share a
name key; the gazetteer has already resolved reporters' variants to official names), and the
article's publication date, when known, to the elections held before it. Then, in order:

1. strong evidence: the election whose candidates' surnames, vote counts and majority agree with two
   or more of the article's, and with more than they contradict — whatever the article's election
   label says, since the extractor can get that wrong;
2. the date: the latest election of the labelled kind before the article was published;
3. weak evidence: one name or figure that fits exactly one election of the labelled kind;
4. a seat with exactly one by-election in the data, when the article states nothing against it.

Anything weaker is reported as ``ambiguous`` (with the alternatives) or ``not_found``; a wrong match
would turn every figure into a false alarm, so we never guess silently.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from pipeline import rx
from pipeline.records import Contest, MatchStatus
from pipeline.refdb import BY_ELECTION, GENERAL, OfficialContest, Reference

# A result is often published the morning after polling day, and live blogs run past midnight.
PUBLICATION_SLACK = datetime.timedelta(days=2)
# Election labels the reference data cannot hold: council, devolved, mayoral and foreign contests.
NOT_COVERED = rx.compile(r"council|ward|senedd|assembly|scottish parliament|holyrood|mayor|police|local|european", rx.I)


@dataclass(frozen=True)
class Match:
    status: MatchStatus
    basis: str
    official: OfficialContest | None = None
    alternatives: tuple[OfficialContest, ...] = field(default_factory=tuple)


def kinds_for(election: str) -> tuple[str, ...] | None:
    """The official kinds an extracted election label can mean; ``None`` when the data hold none."""
    label = election.lower()
    if NOT_COVERED.search(label):
        return None
    if "by-election" in label or "by election" in label or "byelection" in label:
        return (BY_ELECTION,)
    if "general" in label:
        return (GENERAL,)
    return (GENERAL, BY_ELECTION)


def publication_date(published: str | None) -> datetime.date | None:
    if not published:
        return None
    match = rx.match(r"\s*(\d{4})-(\d{2})-(\d{2})", published)
    if match is None:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def named_in(name: str, official: OfficialContest) -> bool:
    """Whether a person the article names stood in this election."""
    return any(candidate.is_called(name) for candidate in official.candidates)


@dataclass(frozen=True)
class Agreement:
    agrees: int
    conflicts: int

    @property
    def score(self) -> tuple[int, int]:
        return (self.agrees - self.conflicts, self.agrees)


def agreement(contest: Contest, official: OfficialContest) -> Agreement:
    """Count what the article states that this election confirms, and what it contradicts."""
    agrees = conflicts = 0
    names = {c.name.value for c in contest.candidates if c.name and not c.name.derived}
    if contest.winner and contest.winner.name and not contest.winner.name.derived:
        names.add(contest.winner.name.value)
    for name in names:
        if named_in(name, official):
            agrees += 1
        else:
            conflicts += 1
    official_votes = {c.votes for c in official.candidates}
    for candidate in contest.candidates:
        votes = candidate.votes
        if votes is None or votes.derived or votes.qualifier != "exact" or votes.unit != "votes":
            continue
        if int(votes.value) in official_votes:
            agrees += 1
        else:
            conflicts += 1
    majority = contest.majority
    if majority and majority.unit == "votes" and majority.qualifier == "exact" and not majority.derived:
        if official.majority == int(majority.value):
            agrees += 1
        else:
            conflicts += 1
    return Agreement(agrees, conflicts)


def _latest(elections: list[OfficialContest]) -> OfficialContest:
    return max(elections, key=lambda o: o.election.date)


@dataclass(frozen=True)
class _Search:
    """One contest's candidate elections (already limited to those before the article's date)."""

    seat: str
    kinds: tuple[str, ...]
    day: datetime.date | None
    elections: list[OfficialContest]
    scores: dict[int, Agreement]

    @property
    def wanted(self) -> str:
        return " or ".join(self.kinds)

    @property
    def fitting(self) -> list[OfficialContest]:
        """Elections of the kind the article's label names."""
        return [o for o in self.elections if o.election.kind in self.kinds]


def _by_strong_evidence(search: _Search) -> Match | None:
    """Two or more names and figures agree, more than disagree: this outweighs the election label,
    which the extractor can get wrong ("the general election" mentioned in a by-election report)."""
    scores = search.scores
    strong = [o for o in search.elections if scores[o.id].agrees >= 2 and scores[o.id].agrees > scores[o.id].conflicts]
    if not strong:
        return None
    top = max(scores[o.id].score for o in strong)
    tied = [o for o in strong if scores[o.id].score == top]
    chosen = _latest(tied) if search.day is not None else (tied[0] if len(tied) == 1 else None)
    if chosen is None:
        return Match(
            "ambiguous", f"the article's names and figures fit {len(tied)} elections equally", alternatives=tuple(tied)
        )
    found = scores[chosen.id]
    return Match(
        "matched", f"{found.agrees} of the article's names and figures agree with it, {found.conflicts} do not", chosen
    )


def _by_date(search: _Search) -> Match | None:
    if search.day is None or not search.fitting:
        return None
    latest = _latest(search.fitting)
    return Match(
        "matched", f"the latest {latest.election.kind} in {search.seat} before the article's date {search.day}", latest
    )


def _by_weak_evidence(search: _Search) -> Match | None:
    """One name or figure that fits one election of the right kind and no other."""
    ranked = sorted(search.fitting, key=lambda o: search.scores[o.id].score, reverse=True)
    if not ranked:
        return None
    best = search.scores[ranked[0].id]
    alone = len(ranked) == 1 or search.scores[ranked[1].id].score < best.score
    if best.agrees <= best.conflicts or not alone:
        return None
    basis = f"{best.agrees} of the article's names and figures agree with it and with no other {search.wanted} here"
    return Match("matched", basis, ranked[0])


def _only_by_election(search: _Search) -> Match | None:
    by_elections = [o for o in search.elections if o.election.kind == BY_ELECTION]
    if search.kinds != (BY_ELECTION,) or len(by_elections) != 1 or search.scores[by_elections[0].id].conflicts:
        return None
    basis = f"the only by-election in {search.seat} in the reference data, and the article states nothing against it"
    return Match("matched", basis, by_elections[0])


def _unmatched(search: _Search) -> Match:
    if not search.fitting:
        return Match("not_found", f"no {search.wanted} in {search.seat} in the reference data")
    if all(search.scores[o.id].agrees == 0 and search.scores[o.id].conflicts > 0 for o in search.fitting):
        return Match(
            "not_found", f"no {search.wanted} in {search.seat} in the reference data agrees with the article's figures"
        )
    return Match(
        "ambiguous",
        f"the article has no date and its names and figures do not single out one {search.wanted} in {search.seat}",
        alternatives=tuple(search.fitting),
    )


RULES = (_by_strong_evidence, _by_date, _by_weak_evidence, _only_by_election)


def match_contest(contest: Contest, reference: Reference, published: str | None) -> Match:
    """The official election a contest reports, or why none can be named (rules in the module docstring)."""
    seat = contest.constituency.value
    kinds = kinds_for(contest.election.value)
    if kinds is None:
        return Match("not_covered", f"the reference data hold no {contest.election.value} results")
    elections = [o for o in reference.contests_named(seat) if o.election.kind in (GENERAL, BY_ELECTION)]
    day = publication_date(published)
    if day is not None:
        elections = [o for o in elections if datetime.date.fromisoformat(o.election.date) <= day + PUBLICATION_SLACK]
    if not elections:
        when = f" on or before the article's date {day}" if day else ""
        return Match("not_found", f"no election in {seat} in the reference data{when}")
    search = _Search(seat, kinds, day, elections, {o.id: agreement(contest, o) for o in elections})
    for rule in RULES:
        match = rule(search)
        if match is not None:
            return match
    return _unmatched(search)
