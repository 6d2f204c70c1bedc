"""Matching an extracted contest to the official election it reports.

The constituency name narrows the search to one seat's elections (old and new boundaries share a
name key; the gazetteer has already resolved reporters' variants to official names), and the
article's publication date, when known, to the elections held before it. The figures the article
states are what the match is for checking: they are never held against an election, so one wrong
figure can neither prevent a match nor make it "ambiguous". In order:

1. the date (publication date, from the article, its sidecar or the HTML page): the latest election
   of the labelled kind before the article was published — unless the article's candidates stood
   in another election there and not in that one;
2. the candidates' surnames: two or more of the article's names that stood in one election of the
   seat, more than in any other — whatever the election label says, since the extractor can get
   that wrong (ties: the article's tallies, the labelled kind, a year the article names, the latest);
3. the article's tallies: two or more of them one election's, more than any other's — positive
   evidence only, for elections nothing else tells apart (a by-election and the general election
   months later, fought by the same candidates);
4. a seat with exactly one by-election in the data, for a by-election report that names nobody
   who stood in another election there;
5. the years the article names: the election held in the latest of them;
6. one name that stood in exactly one election of the labelled kind.

Anything weaker is reported as ``ambiguous`` (with the alternatives) or ``not_found``; a wrong match
would turn every figure into a false alarm, so we never guess silently.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace

from electext.core import rx
from electext.core.records import Contest, MatchStatus
from electext.lexicon import patterns
from electext.lexicon.contest_areas import DEVOLVED_TYPES
from electext.reference.refdb import BY_ELECTION, GENERAL, OfficialContest, Reference

# A result is often published the morning after polling day, and live blogs run past midnight.
PUBLICATION_SLACK = datetime.timedelta(days=2)
# How long after a Westminster poll a report the article's own words call devolved may still be about
# it ("elected MSP for Airdrie and Shotts" of a by-election's winner): a result is news for weeks, and
# a devolved report a year on (a Senedd election in 2021) is the devolved contest's, not 2019's.
DEVOLVED_LABEL_WITHIN = datetime.timedelta(days=60)
# Election labels the reference data cannot hold: council, devolved, mayoral and foreign contests.


@dataclass(frozen=True)
class Match:
    """The official election a contest was matched to, why, and — for a match on weak grounds — why it
    may be the wrong one (``doubt``): its failures are then ours to check, not alarms."""

    status: MatchStatus
    basis: str
    official: OfficialContest | None = None
    alternatives: tuple[OfficialContest, ...] = field(default_factory=tuple)
    doubt: str | None = None


# Contest types (Contest.contest_type) whose names are never Westminster constituencies' in the record.
NEVER_WESTMINSTER = ("council", "mayor", "pcc")


def kinds_for(election: str) -> tuple[str, ...] | None:
    """The official kinds an extracted election label can mean; ``None`` when the data hold none."""
    label = election.lower()
    if patterns.NOT_COVERED_CONTEST.search(label):
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
    """How many of the article's stated names stood in an election, and how many did not."""

    agrees: int
    conflicts: int

    @property
    def score(self) -> tuple[int, int]:
        return (self.agrees - self.conflicts, self.agrees)


def agreement(contest: Contest, official: OfficialContest) -> Agreement:
    """Count the article's stated candidate names that stood in this election, and those that did not.
    Only names: the figures are what the match is for checking."""
    names = {c.name.value for c in contest.candidates if c.name and not c.name.derived}
    if contest.winner and contest.winner.name and not contest.winner.name.derived:
        names.add(contest.winner.name.value)
    agrees = sum(named_in(name, official) for name in names)
    return Agreement(agrees, len(names) - agrees)


def figures_agreeing(contest: Contest, official: OfficialContest) -> int:
    """How many of the article's stated exact tallies and majority are this election's. Positive
    evidence only, to tell apart elections that nothing else separates (a by-election and the general
    election months later, fought by the same candidates): a figure that disagrees counts for nothing,
    so one wrong figure can neither prevent a match nor make it ambiguous."""
    official_votes = {c.votes for c in official.candidates}
    found = sum(
        1
        for candidate in contest.candidates
        if (votes := candidate.votes) is not None
        and not votes.derived
        and votes.qualifier == "exact"
        and votes.unit == "votes"
        and int(votes.value) in official_votes
    )
    majority = contest.majority
    if majority and majority.unit == "votes" and majority.qualifier == "exact" and not majority.derived:
        found += official.majority == int(majority.value)
    return found


def _latest(elections: list[OfficialContest]) -> OfficialContest:
    return max(elections, key=lambda o: o.election.date)


@dataclass(frozen=True)
class _Search:
    """One contest's candidate elections (already limited to those before the article's date)."""

    seat: str
    kinds: tuple[str, ...]
    day: datetime.date | None
    years: frozenset[int]
    elections: list[OfficialContest]
    scores: dict[int, Agreement]
    figures: dict[int, int]

    @property
    def wanted(self) -> str:
        return " or ".join(self.kinds)

    @property
    def fitting(self) -> list[OfficialContest]:
        """Elections of the kind the article's label names."""
        return [o for o in self.elections if o.election.kind in self.kinds]


def _best_by_names(search: _Search) -> OfficialContest | None:
    """The election two or more of the article's candidates stood in, more than in any other; ties go
    to the labelled kind, then to a year the article names, then to the latest."""
    scores = search.scores
    strong = [o for o in search.elections if scores[o.id].agrees >= 2]
    if not strong:
        return None
    top = max(scores[o.id].score for o in strong)
    tied = [o for o in strong if scores[o.id].score == top]
    most = max(search.figures[o.id] for o in tied)
    tied = [o for o in tied if search.figures[o.id] == most]
    tied = [o for o in tied if o.election.kind in search.kinds] or tied
    tied = [o for o in tied if int(o.election.date[:4]) in search.years] or tied
    return _latest(tied)


def _names_basis(search: _Search, chosen: OfficialContest) -> str:
    found = search.scores[chosen.id]
    return f"{found.agrees} of the article's candidates stood in it, {found.conflicts} did not"


def _by_date(search: _Search) -> Match | None:
    """The latest election of the labelled kind before the article's date — unless the article's
    candidates stood in another one and not in that one (a wrong label: "the general election"
    named in a by-election report)."""
    if search.day is None or not search.fitting:
        return None
    latest = _latest(search.fitting)
    named = _best_by_names(search)
    if named is not None and search.scores[named.id].score > search.scores[latest.id].score:
        return Match("matched", _names_basis(search, named), named)
    return Match(
        "matched", f"the latest {latest.election.kind} in {search.seat} before the article's date {search.day}", latest
    )


def _by_names(search: _Search) -> Match | None:
    """Two or more of the article's candidates stood in one election here, more than in any other:
    this outweighs the election label, which the extractor can get wrong."""
    chosen = _best_by_names(search)
    return None if chosen is None else Match("matched", _names_basis(search, chosen), chosen)


def _by_figures(search: _Search) -> Match | None:
    """Two or more of the article's tallies and majority are one election's, more than any other's."""
    ranked = sorted(search.elections, key=lambda o: search.figures[o.id], reverse=True)
    if not ranked or search.figures[ranked[0].id] < 2:
        return None
    if len(ranked) > 1 and search.figures[ranked[1].id] == search.figures[ranked[0].id]:
        return None
    chosen = ranked[0]
    return Match("matched", f"{search.figures[chosen.id]} of the article's tallies are this election's", chosen)


def _by_year(search: _Search) -> Match | None:
    """The election in the latest year the article names (of the labelled kind where that year had
    two): an undated report names its own election's year, and often earlier ones."""
    named = [o for o in search.elections if int(o.election.date[:4]) in search.years]
    if not named:
        return None
    year = max(o.election.date[:4] for o in named)
    that_year = [o for o in named if o.election.date[:4] == year]
    that_year = [o for o in that_year if o.election.kind in search.kinds] or that_year
    if len(that_year) > 1:
        return None
    chosen = that_year[0]
    return Match(
        "matched",
        f"the {chosen.election.kind} in {search.seat} of {year}, the latest year the article names with an "
        "election here",
        chosen,
    )


def _by_weak_names(search: _Search) -> Match | None:
    """One name that stood in one election of the right kind and in no other."""
    ranked = sorted(search.fitting, key=lambda o: search.scores[o.id].score, reverse=True)
    if not ranked:
        return None
    best = search.scores[ranked[0].id]
    alone = len(ranked) == 1 or search.scores[ranked[1].id].score < best.score
    if best.agrees < 1 or best.agrees <= best.conflicts or not alone:
        return None
    basis = f"{best.agrees} of the article's candidates stood in it and in no other {search.wanted} here"
    return Match("matched", basis, ranked[0])


def _only_by_election(search: _Search) -> Match | None:
    by_elections = [o for o in search.elections if o.election.kind == BY_ELECTION]
    if BY_ELECTION not in search.kinds or len(by_elections) != 1:
        return None
    only = by_elections[0]
    elsewhere = any(search.scores[o.id].agrees > search.scores[only.id].agrees for o in search.elections)
    if elsewhere or (search.kinds != (BY_ELECTION,) and not search.scores[only.id].agrees):
        return None
    basis = f"the only by-election in {search.seat} in the reference data"
    return Match("matched", basis, only)


def _unmatched(search: _Search) -> Match:
    if not search.fitting:
        return Match("not_found", f"no {search.wanted} in {search.seat} in the reference data")
    return Match(
        "ambiguous",
        f"the article has no date, and neither its candidates nor the years it names single out one "
        f"{search.wanted} in {search.seat}",
        alternatives=tuple(search.fitting),
    )


# A by-election is reported within days of its poll, and recalled in passing for a year or so (the
# Selby and Ainsty result in an October report of another seat); one older than this is in doubt.
BY_ELECTION_REPORT_DAYS = 400

RULES = (_by_date, _by_names, _by_figures, _only_by_election, _by_year, _by_weak_names)


def match_contest(
    contest: Contest, reference: Reference, published: str | None, years: frozenset[int] = frozenset()
) -> Match:
    """The official election a contest reports, or why none can be named (rules in the module
    docstring). ``years`` are the years the article names."""
    seat = contest.constituency.value
    kinds = kinds_for(contest.election.value)
    if kinds is None:
        return Match("not_covered", f"the reference data hold no {contest.election.value} results")
    kind = contest.contest_type.value if contest.contest_type else None
    if kind in NEVER_WESTMINSTER:
        # a devolved type is left to the label: its constituencies share Westminster's names, and a word
        # of another body's in a sentence naming the seat ("elected MSP for Airdrie and Shotts") can
        # classify a Westminster by-election as devolved
        return Match("not_covered", f"the reference data hold Westminster results only, not {kind} ones")
    elections = [o for o in reference.contests_named(seat) if o.election.kind in (GENERAL, BY_ELECTION)]
    day = publication_date(published)
    if day is not None:
        elections = [o for o in elections if datetime.date.fromisoformat(o.election.date) <= day + PUBLICATION_SLACK]
    if not elections:
        when = f" on or before the article's date {day}" if day else ""
        return Match("not_found", f"no election in {seat} in the reference data{when}")
    if kind is not None and kind in DEVOLVED_TYPES.values() and day is not None:
        recent = [o for o in elections if datetime.date.fromisoformat(o.election.date) >= day - DEVOLVED_LABEL_WITHIN]
        if not recent:
            return Match(
                "not_covered",
                f"a {kind.replace('_', ' ')} contest with no Westminster election in {seat} in the "
                f"{DEVOLVED_LABEL_WITHIN.days} days before the article's date {day}",
            )
    search = _Search(
        seat,
        kinds,
        day,
        years,
        elections,
        {o.id: agreement(contest, o) for o in elections},
        {o.id: figures_agreeing(contest, o) for o in elections},
    )
    devolved_undated = kind is not None and kind in DEVOLVED_TYPES.values() and day is None
    for rule in RULES:
        if devolved_undated and rule is _by_weak_names:
            # a devolved seat shares its name with a Westminster one, and many a member stood for both
            # bodies (a Senedd member who fought the same seat for Westminster in 2010): one name is no
            # sign that a devolved report is of a Westminster election
            continue
        match = rule(search)
        if match is not None:
            doubt = _doubt(search, match, weak=rule in (_by_year, _by_weak_names))
            return match if doubt is None else replace(match, doubt=doubt)
    return _unmatched(search)


def _doubt(search: _Search, match: Match, weak: bool) -> str | None:
    """Why a match may be to the wrong election: most of the article's candidates did not stand in it
    (a council ward or a devolved seat of the same name), or nothing but a year or one name tied an
    article of no stated kind to it."""
    if match.official is None:
        return None
    score = search.scores[match.official.id]
    named = score.agrees + score.conflicts
    if named and score.agrees * 2 < named:
        return f"{score.conflicts} of the article's {named} candidates did not stand in it"
    if len(search.kinds) > 1 and not score.agrees and (weak or search.day is not None):
        return "the article says neither what kind of election it reports nor names a candidate who stood in it"
    if weak and not score.agrees and search.day is None:
        return "only a year the article names points to it, and none of its candidates stood in it"
    held = datetime.date.fromisoformat(match.official.election.date)
    if (
        match.official.election.kind == BY_ELECTION
        and search.day is not None
        and (search.day - held).days > BY_ELECTION_REPORT_DAYS
        and score.agrees < 2
    ):
        # a by-election years before the article, with hardly any of its candidates named, is likely
        # another contest's (an Assembly count mentioning a by-election its winner once fought)
        return f"the by-election was held on {held}, long before the article, and it names few of its candidates"
    if len(search.kinds) > 1 and score.conflicts and score.agrees <= score.conflicts:
        return (
            f"the article does not say what kind of election it reports, and {score.conflicts} of its "
            f"{named} candidates did not stand in it"
        )
    return None
