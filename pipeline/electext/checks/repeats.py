"""A figure stated twice must agree with itself: the two statements are compared with the reporter's
rounding allowed, and a misprint is diagnosed.
"""

from __future__ import annotations

import math
from itertools import combinations

from electext.checks.contest_checks import _check, _typo_note
from electext.checks.grading import RANK, grade, round_count_units
from electext.core import rx
from electext.core.records import Check, CheckStatus, Quantity
from electext.extract.assemble import Draft, agree


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
    for key, stated in sorted(draft.statements.items()):
        if key.kind == "position":
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
                        f"{key.said()} is stated as {first.evidence[0].text!r} "
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
