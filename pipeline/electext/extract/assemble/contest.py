"""One seat's facts -> its contest: candidates, winner, the contest's figures, derived values, election.

Each part is its own module (:mod:`.candidates`, :mod:`.winner`, :mod:`.derived`, with the evidence
and statement helpers in :mod:`.statements`); this one runs them in order. The order matters where
one part's result feeds another: the winner's place before the candidates are ranked, the winner's
party before gain or hold, the party that lost the seat before the swing's "from" side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from electext.core.records import Contest, Label
from electext.extract.assemble.candidates import (
    build_candidates,
    by_place,
    candidate_keys,
    merge_party_duplicates,
)
from electext.extract.assemble.contest_kind import classify, with_office
from electext.extract.assemble.derived import (
    contest_figures,
    defeated_member_party,
    previous_majority_party,
    previous_member,
    result,
    swing_from_party,
    swing_to_party,
    winner_party_from_swing,
    winner_votes,
)
from electext.extract.assemble.statements import SeatFacts, Statements, evidence, most_common
from electext.extract.assemble.winner import name_the_winner, stated_winner, the_winner, winner_by_most_votes
from electext.extract.facts import (
    ElectionFact,
    Fact,
    Span,
    WinnerFact,
)
from electext.lexicon import patterns

# What makes a contest a reported result rather than a mention: its figures. A winner alone ("Reform
# also took Boston and Skegness") is a mention; a previous majority or a place alone ("Labour, who
# finished second in 2019") belongs to previews and background too.
RESULT_ROLES = ("votes", "share", "majority", "swing", "turnout")


@dataclass(frozen=True)
class Draft:
    """A contest and every figure stated for it (including disagreeing repeats) for the checks."""

    contest: Contest
    statements: Statements = field(default_factory=dict)


def build_contest(seat: SeatFacts, mention_spans: list[Span], default_election: str) -> Draft:
    statements: Statements = defaultdict(list)
    keys = candidate_keys(seat)
    winner_key = stated_winner(seat, keys)
    built = build_candidates(seat, keys, winner_key, statements)
    if winner_key is None:
        built, winner_key = winner_by_most_votes(built)
    built, renamed = merge_party_duplicates(by_place(built))
    winner = None
    if winner_key is not None:
        winner_key = renamed.get(winner_key, winner_key)
        winner, built = the_winner(seat, built, winner_key)
    candidates = [candidate for _, candidate in built]
    figures = contest_figures(seat, statements)
    previous = previous_majority_party(figures)
    named = winner_party_from_swing(winner, figures.swing, previous)
    if winner is not None and named is not winner and named is not None:
        built = [(k, c.model_copy(update={"party": named.party}) if k == winner_key else c) for k, c in built]
        candidates, winner = [candidate for _, candidate in built], named
    result_label, gained_from = result(seat, winner, previous, figures.held_since)
    swing = swing_to_party(swing_from_party(figures.swing, gained_from, winner), winner)
    candidates = winner_votes(candidates, figures.majority)
    election = _election(seat, default_election)
    by_election = "by-election" in election.value
    candidates, previous_mp = defeated_member_party(candidates, previous_member(seat, by_election), gained_from)
    if winner is not None:
        candidates, winner = name_the_winner(candidates, winner)
    has_result = (
        any(f.role in RESULT_ROLES for f in seat.facts)
        or (seat.figureless_article and names_a_winner(seat.facts) and winner is not None and winner.name is not None)
        or any(_result_line(seat.article.text, f) for f in seat.facts)
    )
    kind = classify(seat, mention_spans, seat.article.year)
    contest = Contest(
        constituency=Label(value=seat.seat, evidence=evidence(seat.article, mention_spans), derived=_seat_note(seat)),
        election=election,
        contest_type=kind.contest_type,
        body=kind.body,
        mention_only=not has_result,
        winner=winner,
        result=result_label,
        gained_from=gained_from,
        candidates=candidates if has_result else [],
        majority=figures.majority,
        # a seat named in passing carries who won it and how, and the majority overturned there when a
        # sentence naming it says so ("Labour's win in Kelby, when a Tory majority of 18,402 fell"), not
        # the history of its member
        previous_majority=previous if has_result or seat.stated_here("previous_majority") else None,
        swing=swing,
        turnout=figures.turnout,
        previous_turnout=figures.previous_turnout if has_result else None,
        electorate=figures.electorate if has_result else None,
        majority_change=figures.majority_change if has_result else None,
        held_since=figures.held_since if has_result else None,
        previous_member=with_office(seat, previous_mp, kind.contest_type) if has_result else None,
    )
    return Draft(contest=contest, statements=dict(statements))


# The longest line that is a results block's own line of outcome ("LAB HOLD", "Con gain from Lab",
# "Lab  Ann Vale  elected"), not prose.
RESULT_LINE_CHARS = 48


def _result_line(text: str, fact: Fact) -> bool:
    """A winner or gain/hold read from a line of its own in a results block ("LAB WIN | Maj 58,399",
    "Lab  Ann Vale  re-elected", "CON GAIN FROM LAB. Majority to follow"): the block declares the
    contest's result, figures or not."""
    if fact.role not in ("winner", "result") or not fact.evidence:
        return False
    at = fact.evidence[0].start
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1].strip()
    # a dot leader is layout ("Con  Oliver Mundell ........ elected"); a stop after a result in capitals
    # ends a block's line, not prose ("CON GAIN FROM LAB. Majority to follow")
    line = patterns.DOT_LEADER.sub(" ", line).strip()
    if patterns.OUTCOME_HEADING_OPENING.match(line):
        # "Walkley (Sheffield): Green gain from Lab. Shares: …", "Blackbird Leys (Oxford): Lab hold.": a
        # round-up's line opening on its contest and the outcome in shorthand, whatever follows it
        return True
    prose = "." in line and patterns.CAPS_RESULT_WORD.search(line) is None
    return len(line) <= RESULT_LINE_CHARS and not prose and bool(line)


def names_a_winner(facts: Iterable[Fact]) -> bool:
    """A person is reported, plainly, as the seat's winner ("Tory Steve Tuckwell managed to retain it"):
    in an article with no figures at all, that alone makes the contest a reported result."""
    return any(isinstance(f, WinnerFact) and f.subject and f.subject.kind == "person" and not f.over for f in facts)


def _election(seat: SeatFacts, default_election: str) -> Label:
    """The election the contest was: the kind its facts name most, the specific before the general."""
    elections = [f.kind for f in seat.facts if isinstance(f, ElectionFact) and f.kind]
    # "the Airdrie and Shotts by-election … the Holyrood seat": the specific kind names the election
    specific = [label for label in elections if label not in ("by-election", "general election")]
    election_label = most_common(specific or elections) if elections else default_election
    election_spans = [f.evidence[0] for f in seat.facts if isinstance(f, ElectionFact) and f.kind == election_label]
    return Label(
        value=election_label,
        evidence=evidence(seat.article, election_spans[:1]),
        derived=None if election_spans else "the article's election as a whole",
    )


def _seat_note(seat: SeatFacts) -> str | None:
    notes = [f.subject.note for f in seat.facts if f.role == "seat" and f.subject and f.subject.note]
    return "; ".join(dict.fromkeys(notes)) if notes else None
