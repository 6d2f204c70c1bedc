"""Arithmetic checks on a contest's counts: winner minus runner-up is the majority, places follow the
votes, the winner polled the most, a majority is no larger than the winner's votes, a stated change in
the majority agrees with the two majorities, and tallies are whole numbers.
"""

from __future__ import annotations

from itertools import combinations

from electext.checks.contest_checks import _check, _stated, _typo_note
from electext.checks.grading import grade
from electext.core.records import Candidate, Check, Contest, Quantity
from electext.extract.assemble import Draft
from electext.extract.facts import LIST_ORDER, MOST_VOTES

# A percentage majority is the difference of two rounded shares.
PERCENT_MAJORITY_TOLERANCE = 0.15


def _place(candidate: Candidate) -> int | None:
    """A candidate's place as the article states it: a place derived from the order of a results list
    is no statement (lists are printed in ballot-paper order as often as in vote order)."""
    if candidate.position is None or candidate.position.derived == LIST_ORDER:
        return None
    return int(candidate.position.value)


def _by_votes(contest: Contest) -> list[Candidate]:
    """Candidates with stated exact tallies, most votes first: the winner and runner-up where the
    article places no one."""
    voted = [c for c in contest.candidates if _stated(c.votes) and c.votes and c.votes.qualifier == "exact"]
    return sorted(voted, key=lambda c: -(c.votes.value if c.votes else 0))


def _who(candidate: Candidate) -> str:
    if candidate.name:
        return candidate.name.value
    return candidate.party.value if candidate.party else "a candidate"


def _interval(quantity: Quantity) -> tuple[float, float]:
    low = quantity.lower if quantity.lower is not None else float("-inf")
    high = quantity.upper if quantity.upper is not None else float("inf")
    return low, high


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


# How close (characters) two tallies must be printed to read as one "A votes to B" statement.
SIDE_BY_SIDE = 80


def _side_by_side(first: Quantity | None, second: Quantity | None) -> bool:
    if first is None or second is None or not first.evidence or not second.evidence:
        return False
    return abs(first.evidence[0].start - second.evidence[0].start) <= SIDE_BY_SIDE


def _named_winner(contest: Contest) -> list[Candidate]:
    """The candidate the contest's winner names, where no one's first place is stated: the results list's
    order gives none, but "Reform UK has taken X … Craig Hollins won 16,318 votes" does. Only where that
    candidate has the most votes stated (else the winner's own check speaks, not this one)."""
    name = contest.winner.name.value if contest.winner and contest.winner.name else None
    named = [c for c in contest.candidates if name is not None and c.name is not None and c.name.value == name]
    ranked = _by_votes(contest)
    return named if len(named) == 1 and ranked and ranked[0] is named[0] else []


def _tally_beside_winners(contest: Contest, winner: Candidate) -> list[Candidate]:
    """The runner-up of "won 16,318 votes to the 14,975 of the Conservative candidate": the second-highest
    stated tally, printed beside the winner's (which is the highest)."""
    ranked = _by_votes(contest)
    if len(ranked) < 2 or ranked[0] is not winner or ranked[1].votes is None or ranked[0].votes is None:
        return []
    if ranked[0].votes.value <= ranked[1].votes.value or not _side_by_side(ranked[0].votes, ranked[1].votes):
        return []
    return ranked[1:2]


def _implied_runner_up(contest: Contest, winner: Candidate) -> list[Candidate]:
    """The one unplaced candidate with more votes than the one stated third must be second ("Kelly
    Tolhurst took 13,947 … Labour's Naushabah Khan was a distant third with 6,713")."""
    thirds = [c for c in contest.candidates if _place(c) == 3 and _stated(c.votes) is not None]
    if len(thirds) != 1 or thirds[0].votes is None:
        return []
    floor = thirds[0].votes.value
    above = [
        c
        for c in contest.candidates
        if c is not winner and _place(c) is None and c.votes is not None and _stated(c.votes) and c.votes.value > floor
    ]
    return above if len(above) == 1 else []


def majority_arithmetic(draft: Draft) -> Check:
    """Winner's votes − runner-up's = the majority (or the share difference, for a % majority)."""
    contest = draft.contest
    name = "majority_arithmetic"
    majority = contest.majority
    if majority is None:
        return _check(name, contest, "unverifiable", "no majority stated")
    winners = [c for c in contest.candidates if _place(c) == 1] or _named_winner(contest)
    runners = [c for c in contest.candidates if _place(c) == 2]
    if len(winners) == 1 and not runners and len(contest.candidates) == 2:
        # a two-horse report ("Toale took 14,365 votes to Mr Burns's 11,141"): the other is the
        # runner-up, when both tallies are given side by side
        other = next(c for c in contest.candidates if c is not winners[0])
        if _side_by_side(winners[0].votes, other.votes):
            runners = [other]
    if len(winners) == 1 and not runners:
        runners = _implied_runner_up(contest, winners[0]) or _tally_beside_winners(contest, winners[0])
    if not winners and not any(_place(c) is not None for c in contest.candidates):
        ranked = _by_votes(contest)
        if len(ranked) >= 2 and ranked[0].votes and ranked[1].votes and ranked[0].votes.value > ranked[1].votes.value:
            winners, runners = ranked[:1], ranked[1:2]
    if len(winners) != 1 or len(runners) != 1 or _who(winners[0]) == _who(runners[0]):
        # (one person placed both first and second is a misreading, not two candidates)
        return _check(name, contest, "unverifiable", "winner and runner-up not both identified")
    field = "votes" if majority.unit == "votes" else "share"
    first, second = getattr(winners[0], field), getattr(runners[0], field)
    if _stated(first) is None or _stated(second) is None:
        return _check(
            name,
            contest,
            "unverifiable",
            f"the winner's and runner-up's {field} are not both stated (a derived value cannot confirm itself)",
        )
    assert first is not None and second is not None
    low1, high1 = _interval(first)
    low2, high2 = _interval(second)
    low, high = low1 - high2, high1 - low2
    tolerance = PERCENT_MAJORITY_TOLERANCE if field == "share" else 0.0
    mlow, mhigh = _interval(majority)
    ok = mlow <= high + tolerance and low - tolerance <= mhigh
    expected = first.value - second.value
    evidence = [*first.evidence[:1], *second.evidence[:1], *majority.evidence[:1]]
    if not ok and field == "votes" and first.qualifier == "exact" and second.qualifier == "exact":
        graded = grade(majority, expected)
        if graded.status != "fail":
            return _check(
                name,
                contest,
                graded.status,
                f"{_fmt(first.value)} − {_fmt(second.value)} = {_fmt(expected)}; the majority is stated as "
                f"{_fmt(majority.value)}: {graded.note}",
                expected=expected,
                reported=majority.value,
                evidence=evidence,
                gap=graded.gap,
            )
    if ok:
        return _check(
            name,
            contest,
            "pass",
            f"{_fmt(first.value)} − {_fmt(second.value)} = {_fmt(expected)}, as stated",
            expected=expected,
            reported=majority.value,
            evidence=evidence,
        )
    gap, suggestion, note = _typo_note(majority, expected) if field == "votes" else ("mismatch", None, "")
    return _check(
        name,
        contest,
        "fail",
        f"{_who(winners[0])} {_fmt(first.value)} − {_who(runners[0])} {_fmt(second.value)} = {_fmt(expected)}, "
        f"but the majority is stated as {_fmt(majority.value)}{note}",
        expected=expected,
        reported=majority.value,
        evidence=evidence,
        gap=gap,
        suggestion=suggestion or _fmt(expected),
    )


def place_order(draft: Draft) -> Check:
    """Stated places agree with the order of the stated votes."""
    contest = draft.contest
    placed = [
        c
        for c in contest.candidates
        if _place(c) is not None and c.position and c.position.derived is None and _stated(c.votes)
    ]
    if len(placed) < 2:
        return _check(
            "place_order", contest, "unverifiable", "fewer than two candidates with both a stated place and votes"
        )
    for higher, lower in combinations(sorted(placed, key=lambda c: _place(c) or 0), 2):
        assert higher.votes is not None and lower.votes is not None
        if _interval(higher.votes)[1] < _interval(lower.votes)[0]:
            return _check(
                "place_order",
                contest,
                "fail",
                f"{_who(higher)} is placed {_place(higher)} with {_fmt(higher.votes.value)} votes, "
                f"below {_who(lower)} placed {_place(lower)} with {_fmt(lower.votes.value)}",
                expected=f"{_who(lower)} ahead",
                reported=f"{_who(higher)} ahead",
                evidence=[*higher.votes.evidence[:1], *lower.votes.evidence[:1]],
            )
    outranked = _outranked(contest, placed)
    if outranked is not None:
        return outranked
    return _check(
        "place_order",
        contest,
        "pass",
        f"places of {len(placed)} candidates agree with their votes",
        evidence=[
            e for c in placed if c.position and c.votes for e in (*c.position.evidence[:1], *c.votes.evidence[:1])
        ],
    )


def _outranked(contest: Contest, placed: list[Candidate]) -> Check | None:
    """A candidate stated to be placed n whom n others beat on stated votes, placed or not: "the Green
    came second with 8,114" beside a winner's 14,880 and Reform's unplaced 8,402 (a results list's order
    places no one, but its tallies still count)."""
    # one tally counts once, whoever else it was also read as ("a nurse at Kelby General polled 14,880"
    # read as a candidate "Kelby General"): two candidates tied exactly are rare, and counting them once
    # only makes the check more cautious
    by_value = {
        c.votes.value: c
        for c in reversed(contest.candidates)
        if _stated(c.votes) and c.votes and c.votes.qualifier == "exact"
    }
    voted = list(by_value.values())
    for candidate in placed:
        place, votes = _place(candidate), candidate.votes
        assert place is not None and votes is not None
        ahead = [
            c
            for c in voted
            if c is not candidate and _who(c) != _who(candidate) and c.votes and c.votes.value > _interval(votes)[1]
        ]
        if len(ahead) >= place:
            names = ", ".join(f"{_who(c)} ({_fmt(c.votes.value)})" for c in ahead if c.votes)
            return _check(
                "place_order",
                contest,
                "fail",
                f"{_who(candidate)} is placed {place} with {_fmt(votes.value)} votes, but {len(ahead)} "
                f"candidates have more: {names}",
                expected=f"placed {len(ahead) + 1} or lower",
                reported=f"placed {place}",
                evidence=[*votes.evidence[:1], *(e for c in ahead if c.votes for e in c.votes.evidence[:1])],
            )
    return None


def winner_most_votes(draft: Draft) -> Check:
    contest = draft.contest
    winners = [c for c in contest.candidates if _place(c) == 1 and c.position and c.position.derived != MOST_VOTES]
    others = [c for c in contest.candidates if _place(c) != 1 and _stated(c.votes)]
    if len(winners) != 1 or _stated(winners[0].votes) is None or not others:
        return _check(
            "winner_most_votes", contest, "unverifiable", "the winner's votes and a rival's are not both stated"
        )
    winner = winners[0]
    assert winner.votes is not None
    for other in others:
        assert other.votes is not None
        if _interval(winner.votes)[1] < _interval(other.votes)[0]:
            return _check(
                "winner_most_votes",
                contest,
                "fail",
                f"the winner {_who(winner)} has {_fmt(winner.votes.value)} votes, "
                f"fewer than {_who(other)}'s {_fmt(other.votes.value)}",
                expected=other.votes.value,
                reported=winner.votes.value,
                evidence=[*winner.votes.evidence[:1], *other.votes.evidence[:1]],
            )
    return _check(
        "winner_most_votes", contest, "pass", f"the winner's {_fmt(winner.votes.value)} votes are the most stated"
    )


def majority_le_winner_votes(draft: Draft) -> Check:
    contest = draft.contest
    winners = [c for c in contest.candidates if _place(c) == 1]
    majority = contest.majority
    if majority is None or majority.unit != "votes" or len(winners) != 1 or _stated(winners[0].votes) is None:
        return _check(
            "majority_le_winner_votes",
            contest,
            "unverifiable",
            "the majority and the winner's votes are not both stated",
        )
    votes = winners[0].votes
    assert votes is not None
    ok = _interval(majority)[0] <= _interval(votes)[1]
    return _check(
        "majority_le_winner_votes",
        contest,
        "pass" if ok else "fail",
        f"majority {_fmt(majority.value)} {'≤' if ok else '>'} winner's votes {_fmt(votes.value)}",
        expected=votes.value,
        reported=majority.value,
        evidence=[*majority.evidence[:1], *votes.evidence[:1]],
    )


def majority_change(draft: Draft) -> Check:
    """A stated change in the majority ("900 more than last time") agrees with the two majorities stated."""
    contest = draft.contest
    change, new, old = contest.majority_change, _stated(contest.majority), _stated(contest.previous_majority)
    if change is None or new is None or old is None or new.unit != "votes" or old.unit != "votes":
        return _check("majority_change", contest, "unverifiable", "a change and both majorities are not all stated")
    if new.qualifier != "exact" or old.qualifier != "exact":
        return _check("majority_change", contest, "unverifiable", "a majority is hedged: the change is not pinned")
    expected = new.value - old.value
    graded = grade(change, expected)
    evidence = [*change.evidence[:1], *new.evidence[:1], *old.evidence[:1]]
    message = f"{_fmt(new.value)} − {_fmt(old.value)} = {_fmt(expected)}; the change is stated as {_fmt(change.value)}"
    if graded.status == "fail":
        gap, suggestion, note = _typo_note(change, expected)
        return _check(
            "majority_change",
            contest,
            "fail",
            message + note,
            expected=expected,
            reported=change.value,
            evidence=evidence,
            gap=gap,
            suggestion=suggestion or _fmt(expected),
        )
    return _check(
        "majority_change",
        contest,
        graded.status,
        message,
        expected=expected,
        reported=change.value,
        evidence=evidence,
        gap=graded.gap,
    )


def whole_votes(draft: Draft) -> Check:
    """A vote count is a whole number: "12,345.5 votes" is a misprint of some figure."""
    contest = draft.contest
    fractional = [
        quantity
        for key, stated in sorted(draft.statements.items())
        if key.kind == "votes"
        for quantity in stated
        if quantity.qualifier == "exact" and not float(quantity.value).is_integer()
    ]
    if not fractional:
        return _check(
            "whole_votes",
            contest,
            "unverifiable" if not _by_votes(contest) else "pass",
            "every stated vote count is a whole number",
        )
    first = fractional[0]
    return _check(
        "whole_votes",
        contest,
        "fail",
        f"{first.evidence[0].text!r} is not a whole number of votes",
        reported=first.value,
        evidence=first.evidence[:1],
        gap="typo",
    )
