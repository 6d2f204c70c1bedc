"""Stage 6, checks: is the article consistent with itself?

Each check looks at one contest and says ``pass``, ``fail`` or ``unverifiable`` (never raises on
missing data). Derived values never verify themselves: a winner's votes computed from the majority
cannot confirm that majority, so such checks are unverifiable. Hedged figures hold as bounds.

The checks are in :mod:`.arithmetic` (counts), :mod:`.shares` (percentages) and :mod:`.repeats` (a
figure stated twice); this module runs them all, and reads the article's number formats.
"""

from __future__ import annotations

from collections.abc import Callable

from electext.checks.arithmetic import (
    majority_arithmetic,
    majority_change,
    majority_le_winner_votes,
    place_order,
    whole_votes,
    winner_most_votes,
)
from electext.checks.repeats import repeated_figure
from electext.checks.shares import share_sum, swing_shares, turnout_range
from electext.checks.systems import skipped
from electext.core.records import Check, Evidence, Reading
from electext.extract.assemble import Draft
from electext.lexicon import patterns

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
            skip = skipped(check.__name__, draft.contest)
            if skip is not None:
                checks.append(skip)
                continue
            found = check(draft)
            spans = [(e.start, e.end) for e in found.evidence]
            if any(readings.get(span) == "inferred" for span in spans):
                found = found.model_copy(update={"reading": "inferred"})
            elif any(span in readings for span in spans):
                found = found.model_copy(update={"reading": "direct"})
            checks.append(found)
    return checks
