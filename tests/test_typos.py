"""Typo diagnosis: each single slip is named with the official figure printed the reporter's way;
roundings, equal figures, unrelated figures and distant ones are not called typos.

Every figure here is invented."""

from __future__ import annotations

import pytest
from electext.checks.typos import HINTS, TypoKind, diagnose
from hypothesis import assume, given
from hypothesis import strategies as st

DIAGNOSED: list[tuple[str, float, TypoKind, str]] = [
    # one digit changed
    ("5,372", 5376, "digit_changed", "5,376"),
    ("23,418", 28418, "digit_changed", "28,418"),
    ("5813", 5819, "digit_changed", "5819"),  # no separator printed, none in the correction
    ("381", 391, "digit_changed", "391"),
    ("4,930", 4938, "digit_changed", "4,938"),  # one trailing zero is not a round figure
    ("6.325", 6345, "digit_changed", "6,345"),  # with a '.' for the thousands separator
    ("54.1%", 54.7, "digit_changed", "54.7%"),
    ("27.3", 27.461, "digit_changed", "27.5"),  # the official rounded to the printed decimals first
    ("39%", 37.2, "digit_changed", "37%"),
    ("41.3 per cent", 41.8, "digit_changed", "41.8 per cent"),
    # two adjacent digits swapped
    ("2,486", 2468, "digits_swapped", "2,468"),
    ("17,329", 17239, "digits_swapped", "17,239"),
    ("36,041", 63041, "digits_swapped", "63,041"),
    ("58.4%", 54.8, "digits_swapped", "54.8%"),
    ("31.6", 36.1, "digits_swapped", "36.1"),
    # a digit dropped
    ("3,62", 3628, "digit_dropped", "3,628"),
    ("2,35", 2235, "digit_dropped", "2,235"),
    ("6,571", 65271, "digit_dropped", "65,271"),
    ("7.4%", 72.4, "digit_dropped", "72.4%"),
    ("836", 8361, "digit_dropped", "8,361"),  # too short to show the reporter's habit: separated
    # a digit added, not repeating a neighbour
    ("15,3072", 15372, "digit_added", "15,372"),
    ("48,961", 4861, "digit_added", "4,861"),
    ("5190", 519, "digit_added", "519"),
    # a digit repeated
    ("22,317", 2317, "digit_doubled", "2,317"),
    ("5,5804", 5804, "digit_doubled", "5,804"),
    ("60,071", 6071, "digit_doubled", "6,071"),
    ("377.4%", 37.4, "digit_doubled", "37.4%"),
    # the right digits, separators in the wrong place
    ("7.593", 7593, "separator_misplaced", "7,593"),
    ("7 593", 7593, "separator_misplaced", "7,593"),
    ("7\u202f593", 7593, "separator_misplaced", "7,593"),
    ("1,5738", 15738, "separator_misplaced", "15,738"),
    ("157,38", 15738, "separator_misplaced", "15,738"),
    ("53,91", 5391, "separator_misplaced", "5,391"),
    ("48,6%", 48.6, "separator_misplaced", "48.6%"),
    ("486%", 48.6, "separator_misplaced", "48.6%"),
    ("4.86%", 48.6, "separator_misplaced", "48.6%"),
]

NOT_TYPOS: list[tuple[str, float]] = [
    # equal
    ("6,204", 6204),
    ("6204", 6204),
    ("58.3%", 58.3),
    ("58.30 per cent", 58.3),
    ("  6,204 ", 6204),
    # rounded (to nearest or down) at the printed precision
    ("19,000", 18731),
    ("3,400", 3381),
    ("2,600", 2604),
    ("3,000", 3420),
    ("41.2%", 41.24),
    ("41.3%", 41.25),
    ("41.2%", 41.25),
    ("41%", 41.6),
    ("42%", 41.6),
    ("27.5", 27.461),
    ("62.85%", 62.8),  # printed more precisely than the official figure is known
    # unrelated: more than one slip apart
    ("8,145", 3972),
    ("12,004", 9871),
    ("4,715", 4932),
    ("3,741", 3147),  # distant digits exchanged are not a transposition
    ("1,2607", 12680),
    ("44.8%", 48.6),
    # more than twentyfold apart, though one digit dropped or added
    ("1,204", 91204),
    ("2.7%", 62.7),
    ("4.47", 4478),
    ("6.27%", 627),
    # not a figure, or not an official figure
    ("", 5),
    ("n/a", 5),
    ("about 4,000", 4000),
    ("1.234.5", 1234.5),
    ("5,372", -5376),
    ("5,372", float("nan")),
    ("3,147", 1e300),
    ("\u0663,\u0661\u0664\u0667", 3174),  # Arabic-Indic digits: not a figure as printed here
]


@pytest.mark.parametrize(("printed", "official", "kind", "correction"), DIAGNOSED)
def test_single_slips_are_diagnosed(printed: str, official: float, kind: TypoKind, correction: str) -> None:
    typo = diagnose(printed, official)
    assert typo is not None
    assert (typo.kind, typo.printed, typo.correction) == (kind, printed, correction)


@pytest.mark.parametrize(("printed", "official"), NOT_TYPOS)
def test_no_typo_is_invented(printed: str, official: float) -> None:
    assert diagnose(printed, official) is None


def test_hints_name_the_slip_and_a_malformed_separator() -> None:
    assert diagnose("2,486", 2468) == diagnose(" 2,486 ", 2468)
    typo = diagnose("2,486", 2468)
    assert typo is not None and typo.hint == HINTS["digits_swapped"] == "digits transposed?"
    dropped = diagnose("3,62", 3628)
    assert dropped is not None and dropped.hint.startswith("a digit dropped?") and "separator" in dropped.hint
    assert (diagnose("1,5738", 15738) or dropped).hint == "thousands separator misplaced?"
    assert (diagnose("486%", 48.6) or dropped).hint == "decimal point misplaced?"
    assert (diagnose("3,628", 3629) or dropped).hint == "one digit changed?"


def _with_digits(figure: str, digits: str) -> str:
    """``figure`` with its digits replaced in order, separators kept where they were."""
    replaced = iter(digits)
    return "".join(next(replaced) if char.isdigit() else char for char in figure)


officials = st.integers(min_value=100, max_value=999_999)


@given(officials, st.integers(min_value=0, max_value=4))
def test_an_adjacent_swap_is_a_transposition(official: int, position: int) -> None:
    digits = str(official)
    position %= len(digits) - 1
    assume(digits[position] != digits[position + 1])
    swapped = digits[:position] + digits[position + 1] + digits[position] + digits[position + 2 :]
    typo = diagnose(_with_digits(f"{official:,}", swapped), official)
    assert typo is not None and (typo.kind, typo.correction) == ("digits_swapped", f"{official:,}")


@given(officials, st.integers(min_value=0, max_value=5), st.integers(min_value=0, max_value=9))
def test_a_changed_digit_is_diagnosed(official: int, position: int, digit: int) -> None:
    digits = str(official)
    position %= len(digits)
    assume(digits[position] != str(digit) and not (position == 0 and digit == 0))
    changed = digits[:position] + str(digit) + digits[position + 1 :]
    # a change that leaves a round figure below the official one is a rounding ("1,200" for 1,230)
    zeros = len(changed) - len(changed.rstrip("0"))
    assume(zeros < 2 or int(changed) // 10**zeros != official // 10**zeros)
    typo = diagnose(_with_digits(f"{official:,}", changed), official)
    assert typo is not None and (typo.kind, typo.correction) == ("digit_changed", f"{official:,}")


@given(officials, st.integers(min_value=1, max_value=5))
def test_a_dropped_digit_is_diagnosed(official: int, position: int) -> None:
    digits = str(official)
    position = 1 + position % (len(digits) - 1)  # not the first: "1,204" for 91,204 is another figure
    dropped = digits[:position] + digits[position + 1 :]
    typo = diagnose(f"{int(dropped):,}", official)
    assert typo is not None and (typo.kind, typo.correction) == ("digit_dropped", f"{official:,}")


@given(officials, st.integers(min_value=0, max_value=5))
def test_a_repeated_digit_is_diagnosed(official: int, position: int) -> None:
    digits = str(official)
    position %= len(digits)
    doubled = digits[: position + 1] + digits[position:]
    typo = diagnose(f"{int(doubled):,}", official)
    assert typo is not None and (typo.kind, typo.correction) == ("digit_doubled", f"{official:,}")
