"""What the consistency checks share: building a check, reading a quantity's bounds and place, and
formatting its figures.
"""

from __future__ import annotations

from electext.checks import typos
from electext.checks.grading import printed_number
from electext.core.records import Check, CheckStatus, Contest, Evidence, Gap, Quantity


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
