"""Stage 6, checks: is the article consistent with itself?

Each check looks at one contest and says ``pass``, ``fail`` or ``unverifiable`` (never raises on
missing data). Derived values never verify themselves: a winner's votes computed from the majority
cannot confirm that majority, so such checks are unverifiable. Hedged figures hold as bounds.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import combinations

from electext.checks import typos
from electext.checks.grading import RANK, grade, printed_number, round_count_units
from electext.core import rx
from electext.core.records import Candidate, Check, CheckStatus, Contest, Evidence, Gap, Quantity, Reading
from electext.extract.assemble import Draft, agree
from electext.extract.facts import LIST_ORDER, MOST_VOTES
from electext.lexicon import patterns

# Shares and swings are printed to one decimal place, so a sum of n rounded shares can exceed the
# true total by up to n × 0.05; 0.1 per share leaves room for reporters rounding to whole numbers.
SHARE_ROUNDING_PER_CANDIDATE = 0.1
# A Butler swing from shares rounded to 0.1 can be off by up to 0.1; reporters round swings too.
SWING_TOLERANCE = 0.15
# A percentage majority is the difference of two rounded shares.
PERCENT_MAJORITY_TOLERANCE = 0.15


def _check(
    check_id: str,
    contest: Contest,
    status: CheckStatus,
    message: str,
    *,
    expected: float | str | None = None,
    reported: float | str | None = None,
    evidence: list[Evidence] | None = None,
    gap: Gap | None = None,
    suggestion: str | None = None,
) -> Check:
    return Check(
        id=check_id,
        contest=contest.constituency.value,
        status=status,
        message=message,
        expected=expected,
        reported=reported,
        evidence=evidence or [],
        gap=gap,
        suggestion=suggestion,
    )


def _typo_note(printed: Quantity, expected: float) -> tuple[Gap, str | None, str]:
    """A failing figure's typo, if one explains it: (gap, suggestion, note for the message)."""
    # a figure in words is diagnosed by its value: two tallies compared are numbers, not places
    shown = printed_number(printed) or printed_number(printed.model_copy(update={"evidence": []}))
    typo = typos.diagnose(shown, expected) if shown and printed.qualifier == "exact" else None
    if typo is None:
        return "mismatch", None, ""
    return "typo", typo.correction, f" ({typo.hint} {typo.printed} for {typo.correction})"


def _stated(quantity: Quantity | None) -> Quantity | None:
    return quantity if quantity is not None and quantity.derived is None else None


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
    winners = [c for c in contest.candidates if _place(c) == 1]
    runners = [c for c in contest.candidates if _place(c) == 2]
    if len(winners) == 1 and not runners and len(contest.candidates) == 2:
        # a two-horse report ("Toale took 14,365 votes to Mr Burns's 11,141"): the other is the
        # runner-up, when both tallies are given side by side
        other = next(c for c in contest.candidates if c is not winners[0])
        if _side_by_side(winners[0].votes, other.votes):
            runners = [other]
    if len(winners) == 1 and not runners:
        runners = _implied_runner_up(contest, winners[0])
    if not winners and not any(_place(c) is not None for c in contest.candidates):
        ranked = _by_votes(contest)
        if len(ranked) >= 2 and ranked[0].votes and ranked[1].votes and ranked[0].votes.value > ranked[1].votes.value:
            winners, runners = ranked[:1], ranked[1:2]
    if len(winners) != 1 or len(runners) != 1:
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
    return _check(
        "place_order",
        contest,
        "pass",
        f"places of {len(placed)} candidates agree with their votes",
        evidence=[
            e for c in placed if c.position and c.votes for e in (*c.position.evidence[:1], *c.votes.evidence[:1])
        ],
    )


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


def _digits(quantity: Quantity) -> int:
    return len(str(int(abs(quantity.value))))


def _same_shape(first: Quantity, second: Quantity) -> bool:
    """Could one figure be a typo of the other? A changed or swapped digit keeps the number of
    digits; figures of different sizes ("7,607" and "117") are two quantities, not one misprinted,
    and a misplaced separator is caught by ``number_format``."""
    return first.unit == second.unit and _digits(first) == _digits(second)


# Two percentages a digit apart are one figure misprinted only when there are enough digits for that to
# be unlikely by chance: "47.94%" and "47.49%" are; "4.5%" and "1.5%" (two wards' shares read as one
# candidate's) or "44%" and "74%" (this turnout and the last) are as often two figures. Vote counts
# keep any slip: "a majority of 15" and "of 25" are one margin misprinted.
MIN_TYPO_DIGITS = 3


def _significant_digits(quantity: Quantity) -> int:
    digits = rx.sub(r"\D", "", f"{abs(quantity.value):.6f}".rstrip("0").rstrip("."))
    return len(digits.lstrip("0"))


def _settle(first: Quantity, second: Quantity) -> tuple[CheckStatus, str]:
    """Two statements of one figure that disagree as bounds: the less precise one graded against the
    more precise one (a caption's "300" for a headline's "323" is a rounding, not a contradiction)."""
    rough, precise = (first, second) if _precision(first) <= _precision(second) else (second, first)
    graded = grade(rough, precise.value)
    return graded.status, graded.note


def _precision(quantity: Quantity) -> float:
    """How finely a figure is printed: exact and without trailing zeros is finest, a hedge coarsest."""
    if quantity.qualifier != "exact":
        return -math.inf
    units = round_count_units(quantity.value) if quantity.unit == "votes" else []
    return -math.log10(units[0]) if units else 0.0


def repeated_figure(draft: Draft) -> Check:
    """A figure stated more than once agrees with itself (bounds included; a rounding of it agrees too).

    Only statements one typo apart are compared (see :func:`_same_shape`); the check passes on the
    statements another one confirms, and its evidence is exactly those."""
    contest = draft.contest
    confirmed: dict[tuple[int, int], Quantity] = {}
    loosest: CheckStatus = "pass"
    notes: list[str] = []
    for role, stated in sorted(draft.statements.items()):
        if role.startswith("position:"):
            continue  # places are checked by place_order
        for first, second in combinations(stated, 2):
            if not _same_shape(first, second) and not (_rounded_shape(first, second)):
                continue
            if not agree(first, second):
                status, note = _settle(first, second)
                if status == "fail":
                    expected, printed = (first, second) if _precision(first) >= _precision(second) else (second, first)
                    gap, suggestion, typo = _typo_note(printed, expected.value)
                    small_share = expected.unit != "votes" and _significant_digits(expected) < MIN_TYPO_DIGITS
                    if gap != "typo" or small_share:
                        # two unrelated values ("27.9%" and "24.3%") are more likely two figures read as
                        # one (another contest's, another time's) than one figure misprinted
                        status, typo = (
                            "check_extraction",
                            (
                                "; not an alarm: no misprint turns one into the other, so they are more likely two "
                                "figures (another contest's, another time's) that electext read as one"
                            ),
                        )
                        gap = "other_figure"
                    return _check(
                        "repeated_figure",
                        contest,
                        status,
                        f"{role.replace(':', ' of ')} is stated as {first.evidence[0].text!r} "
                        f"and as {second.evidence[0].text!r}{typo}",
                        expected=first.value,
                        reported=second.value,
                        evidence=[*first.evidence[:1], *second.evidence[:1]],
                        gap=gap,
                        suggestion=suggestion,
                    )
                if RANK[status] > RANK[loosest]:
                    loosest = status
                notes.append(f"{first.evidence[0].text!r} and {second.evidence[0].text!r}: {note}")
            for quantity in (first, second):
                if quantity.evidence:
                    confirmed.setdefault((quantity.evidence[0].start, quantity.evidence[0].end), quantity)
    if not confirmed:
        return _check("repeated_figure", contest, "unverifiable", "no figure is stated twice")
    message = f"{len(confirmed)} statements confirm one another"
    if notes:
        message += "; " + "; ".join(notes)
    return _check(
        "repeated_figure",
        contest,
        loosest,
        message,
        evidence=[e for quantity in confirmed.values() for e in quantity.evidence[:1]],
        gap="rounding" if loosest == "rounded" else ("hedge" if loosest == "imprecise" else None),
    )


def _rounded_shape(first: Quantity, second: Quantity) -> bool:
    """A round count and a precise one of the same size ("300" and "323"): one may be the other rounded."""
    if first.unit != second.unit or first.unit != "votes":
        return False
    rough, precise = (first, second) if _precision(first) <= _precision(second) else (second, first)
    return _precision(rough) < 0 and precise.value > 0 and abs(rough.value - precise.value) <= 0.5 * precise.value


def share_sum(draft: Draft) -> Check:
    contest = draft.contest
    shares = [c.share for c in contest.candidates if _stated(c.share)]
    if len(shares) < 2:
        return _check("share_sum", contest, "unverifiable", "fewer than two shares stated")
    total = sum(share.value for share in shares if share is not None)
    limit = 100 + SHARE_ROUNDING_PER_CANDIDATE * len(shares)
    status: CheckStatus = "pass" if total <= limit else "fail"
    return _check(
        "share_sum",
        contest,
        status,
        f"stated shares sum to {total:.1f}% (limit {limit:.1f}%)",
        expected=100.0,
        reported=round(total, 2),
        evidence=[e for share in shares if share is not None for e in share.evidence[:1]],
    )


def _share_change(draft: Draft, party: str) -> tuple[float, list[Evidence]] | None:
    """A party's change in share between the two elections: stated, or from both shares stated."""
    stated = draft.statements.get(f"share_change:{party}")
    if stated:
        return stated[0].value, stated[0].evidence[:1]
    before = draft.statements.get(f"share_before:{party}")
    now = [c.share for c in draft.contest.candidates if c.party and c.party.value == party and _stated(c.share)]
    if before and now and now[0] is not None:
        return now[0].value - before[0].value, [*now[0].evidence[:1], *before[0].evidence[:1]]
    return None


def swing_shares(draft: Draft) -> Check:
    """A stated swing agrees with the Butler swing implied by both parties' share changes."""
    contest = draft.contest
    swing = contest.swing
    if swing is None:
        return _check("swing_shares", contest, "unverifiable", "no swing stated")
    gainer = swing.to_party.value if swing.to_party else None
    loser = swing.from_party.value if swing.from_party else None
    gained = _share_change(draft, gainer) if gainer else None
    lost = _share_change(draft, loser) if loser else None
    if gained is None or lost is None:
        return _check(
            "swing_shares",
            contest,
            "unverifiable",
            "the article does not give both parties' shares (or share changes) at both elections",
        )
    implied = (gained[0] - lost[0]) / 2
    hedge = 0 if swing.qualifier == "exact" else abs(swing.value) * 0.05
    ok = abs(implied - swing.value) <= SWING_TOLERANCE + hedge
    return _check(
        "swing_shares",
        contest,
        "pass" if ok else "fail",
        f"shares imply a Butler swing of {implied:.1f} to {gainer}; stated {swing.value:g}",
        expected=round(implied, 2),
        reported=swing.value,
        evidence=[*swing.evidence[:1], *gained[1], *lost[1]],
    )


def turnout_range(draft: Draft) -> Check:
    contest = draft.contest
    turnout = contest.turnout
    if turnout is None:
        return _check("turnout_range", contest, "unverifiable", "no turnout stated")
    if turnout.unit != "percent":
        return _check("turnout_range", contest, "unverifiable", "turnout not stated as a percentage")
    status: CheckStatus = "pass" if 0 <= turnout.value <= 100 else "fail"
    return _check(
        "turnout_range",
        contest,
        status,
        f"turnout {turnout.value:g}% is {'within' if status == 'pass' else 'outside'} 0–100%",
        reported=turnout.value,
        evidence=turnout.evidence[:1],
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
        for role, stated in sorted(draft.statements.items())
        if role.startswith("votes:")
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


CHECKS: tuple[Callable[[Draft], Check], ...] = (
    majority_arithmetic,
    place_order,
    winner_most_votes,
    repeated_figure,
    share_sum,
    swing_shares,
    turnout_range,
    majority_le_winner_votes,
    majority_change,
    whole_votes,
)


def number_format(text: str, evidence_of: Callable[[int, int], Evidence]) -> list[Check]:
    """Article-level: every printed number is well formed ("1,2680" is a typo for some figure)."""
    return [
        Check(
            id="number_format",
            contest=None,
            status="fail",
            message=f"{match.group(0)!r} is not a well-formed number: its thousands separator is misplaced",
            reported=match.group(0),
            evidence=[evidence_of(match.start(), match.end())],
        )
        for match in patterns.MALFORMED_NUMBER.finditer(text, timeout=patterns.REGEX_TIMEOUT)
        if text[match.end() :].strip()  # a text cut off mid-number ("finished last with 3,3") says nothing
    ]


def _readings(draft: Draft) -> dict[tuple[int, int], Reading]:
    """How each stated figure of a contest was read, by its evidence span."""
    contest = draft.contest
    quantities = [q for stated in draft.statements.values() for q in stated]
    quantities += [q for c in contest.candidates for q in (c.votes, c.share) if q is not None and not q.derived]
    quantities += [q for q in (contest.majority, contest.previous_majority, contest.swing, contest.turnout) if q]
    readings: dict[tuple[int, int], Reading] = {}
    for quantity in quantities:
        for evidence in quantity.evidence[:1]:
            if readings.get((evidence.start, evidence.end)) != "inferred":
                readings[evidence.start, evidence.end] = quantity.reading
    return readings


def run_checks(drafts: list[Draft]) -> list[Check]:
    """Every check on every contest that reports a result (mentions have nothing to check). A check
    over a figure electext inferred (tied to its subject or contest across a sentence) says so in its
    ``reading``: a disagreement there is ours to check before it is the reporter's."""
    checks = []
    for draft in drafts:
        if draft.contest.mention_only:
            continue
        readings = _readings(draft)
        for check in CHECKS:
            found = check(draft)
            spans = [(e.start, e.end) for e in found.evidence]
            if any(readings.get(span) == "inferred" for span in spans):
                found = found.model_copy(update={"reading": "inferred"})
            elif any(span in readings for span in spans):
                found = found.model_copy(update={"reading": "direct"})
            checks.append(found)
    return checks
