"""A figure stated twice must agree with itself: the two statements are compared with the reporter's
rounding allowed, and a misprint is diagnosed.
"""

from __future__ import annotations

import math
from itertools import combinations

from electext.checks.contest_checks import _check, _typo_note
from electext.checks.grading import RANK, grade, round_count_units
from electext.core import rx
from electext.core.records import Check, CheckStatus, Contest, Quantity
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


# A figure stated in more different ways than this is not one figure repeated: only its first forms
# are compared, so a crafted text of thousands of hedged variants costs no more than a real article.
MAX_FORMS = 64

Form = tuple[float, str, str, float | None, float | None, str]


def _form(quantity: Quantity) -> Form:
    """What the comparison reads of a statement: its value, unit, bounds and printed text."""
    text = quantity.evidence[0].text if quantity.evidence else ""
    return (quantity.value, quantity.unit, quantity.qualifier, quantity.lower, quantity.upper, text)


def _forms(stated: list[Quantity]) -> list[list[Quantity]]:
    """The statements grouped by :func:`_form`, in order of first appearance: identical statements
    agree with one another, so only distinct forms need comparing (linear in the statements)."""
    groups: dict[Form, list[Quantity]] = {}
    for quantity in stated:
        groups.setdefault(_form(quantity), []).append(quantity)
    return list(groups.values())[:MAX_FORMS]


def repeated_figure(draft: Draft) -> Check:
    """A figure stated more than once agrees with itself (bounds included; a rounding of it agrees too).

    Only statements one typo apart are compared (see :func:`_same_shape`); the check passes on the
    statements another one confirms, and its evidence is exactly those, in text order."""
    contest = draft.contest
    confirmed: dict[tuple[int, int], Quantity] = {}
    loosest: CheckStatus = "pass"
    notes: list[str] = []
    # two figures read as one (check_extraction) must not hide a misprint met later: a fail wins
    misread: Check | None = None

    def confirm(*groups: list[Quantity]) -> None:
        for quantity in (quantity for group in groups for quantity in group):
            if quantity.evidence:
                confirmed.setdefault((quantity.evidence[0].start, quantity.evidence[0].end), quantity)

    for key, stated in sorted(draft.statements.items()):
        if key.kind == "position":
            continue  # places are checked by place_order
        forms = _forms(stated)
        for group in forms:
            if len(group) > 1 and agree(group[0], group[0]):
                confirm(group)
        for first_group, second_group in combinations(forms, 2):
            first, second = first_group[0], second_group[0]
            if not _same_shape(first, second) and not (_rounded_shape(first, second)):
                continue
            if not agree(first, second):
                status, note = _settle(first, second)
                if status == "fail":
                    disagreement = _disagreement(key.said(), contest, first, second)
                    if disagreement.status == "fail":
                        return disagreement
                    misread = misread or disagreement
                    continue
                if RANK[status] > RANK[loosest]:
                    loosest = status
                notes.append(f"{first.evidence[0].text!r} and {second.evidence[0].text!r}: {note}")
            confirm(first_group, second_group)
    if misread is not None:
        return misread
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
        evidence=[e for _, quantity in sorted(confirmed.items()) for e in quantity.evidence[:1]],
        gap="rounding" if loosest == "rounded" else ("hedge" if loosest == "imprecise" else None),
    )


def _disagreement(said: str, contest: Contest, first: Quantity, second: Quantity) -> Check:
    """The check for two statements of one figure that cannot both be right: a misprint (fail) when
    one typo turns one into the other, else two figures electext read as one (check_extraction)."""
    expected, printed = (first, second) if _precision(first) >= _precision(second) else (second, first)
    gap, suggestion, typo = _typo_note(printed, expected.value)
    small_share = expected.unit != "votes" and _significant_digits(expected) < MIN_TYPO_DIGITS
    status: CheckStatus = "fail"
    if gap != "typo" or small_share:
        # two unrelated values ("27.9%" and "24.3%") are more likely two figures read as one (another
        # contest's, another time's) than one figure misprinted
        status, gap = "check_extraction", "other_figure"
        typo = (
            "; not an alarm: no misprint turns one into the other, so they are more likely two "
            "figures (another contest's, another time's) that electext read as one"
        )
    return _check(
        "repeated_figure",
        contest,
        status,
        f"{said} is stated as {first.evidence[0].text!r} and as {second.evidence[0].text!r}{typo}",
        expected=first.value,
        reported=second.value,
        evidence=[*first.evidence[:1], *second.evidence[:1]],
        gap=gap,
        suggestion=suggestion,
    )


def _rounded_shape(first: Quantity, second: Quantity) -> bool:
    """A round count and a precise one of the same size ("300" and "323"): one may be the other rounded."""
    if first.unit != second.unit or first.unit != "votes":
        return False
    rough, precise = (first, second) if _precision(first) <= _precision(second) else (second, first)
    return _precision(rough) < 0 and precise.value > 0 and abs(rough.value - precise.value) <= 0.5 * precise.value
