"""Typo diagnosis: when a printed figure disagrees with the official one, which slip of the keyboard
turns the official figure into the printed one, and what should have been printed?

A fact-checker reading "3,147 votes" against an official 3,174 wants to say "digits transposed?"
rather than just "wrong". Only single, mechanical slips are named — one digit changed, two adjacent
digits swapped, one dropped, one added (or doubled), separators in the wrong place — because those
are the slips a typist makes; anything else (two changes, a rounded figure, an unrelated number) is
left undiagnosed, so a diagnosis is something a reader can trust.

Figures are compared as digit strings at the precision the reporter printed: the official figure is
rounded to the printed number of decimals first, so "30.9%" for 30.908 is a rounding, never a typo.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from typing import Literal

from electext.core import rx

TypoKind = Literal[
    "digit_changed", "digits_swapped", "digit_dropped", "digit_added", "digit_doubled", "separator_misplaced"
]

HINTS: dict[TypoKind, str] = {
    "digit_changed": "one digit changed?",
    "digits_swapped": "digits transposed?",
    "digit_dropped": "a digit dropped?",
    "digit_added": "a digit added?",
    "digit_doubled": "a digit repeated?",
    "separator_misplaced": "thousands separator misplaced?",
}
DECIMAL_POINT_HINT = "decimal point misplaced?"

# A dropped or added digit changes a figure about tenfold; anything further apart is another figure.
MAX_FACTOR = 20
# A count printed with this many trailing zeros or more ("1,200", "25,000") may be a round figure.
ROUND_FIGURE_ZEROS = 2
# Longer digit strings are not figures an article prints; the bound keeps the arithmetic exact.
MAX_DIGITS = 30
_PRECISION = 4 * MAX_DIGITS

_SEPARATORS = ",. \u00a0\u2009\u202f"  # comma, point, space, no-break, thin and narrow no-break spaces
_FIGURE = rx.compile(rf"(?P<body>[0-9]+(?:[{_SEPARATORS}][0-9]+)*)(?P<suffix>\s*(?:%|per\s?cent))?", rx.IGNORECASE)
_SPLIT = rx.compile(rf"([{_SEPARATORS}])")


@dataclass(frozen=True)
class Typo:
    """One slip between an official figure and its printing, with the figure that should have been printed."""

    kind: TypoKind
    printed: str  # the figure as printed, e.g. "3,147"
    correction: str  # the official figure printed the way the reporter prints numbers, e.g. "3,174"
    hint: str  # short human text for a report, e.g. "digits transposed?"


@dataclass(frozen=True)
class _Reading:
    """A printed figure read as digits and a decimal point (``decimals`` digits after it)."""

    digits: str
    decimals: int
    well_formed: bool  # commas in groups of three and a '.' decimal point, as the house style prints
    grouped: bool  # the reporter separates thousands (or we could not tell: fewer than four digits)
    decimal_comma: bool  # a ',' read as the decimal point ("48,6%")
    suffix: str  # "%", " per cent", or ""

    @property
    def value(self) -> Decimal:
        return Decimal(self.digits).scaleb(-self.decimals)


def _well_grouped(groups: list[str], separators: list[str]) -> bool:
    """Commas only, and every group after the first exactly three digits ("12,680", not "1,2680")."""
    if not separators:
        return True
    return all(s == "," for s in separators) and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _decimal_point(groups: list[str], separators: list[str], whole: bool) -> int | Literal["bad"] | None:
    """Which separator is the decimal point (its index), None for none, "bad" when unreadable.

    A whole official figure makes every '.' followed by three digits a (wrong) thousands separator
    ("8.412 votes"); otherwise the one '.' is the point, or else a last ',' not followed by three
    digits, a continental decimal comma ("48,6%"). Two points ("1.234.5") cannot be read."""
    dots = [i for i, s in enumerate(separators) if s == "."]
    if whole and all(len(groups[i + 1]) == 3 for i in dots):
        return None
    if len(dots) > 1 or (dots and dots[0] != len(separators) - 1):
        return "bad"
    if dots:
        return dots[0]
    if not whole and separators and separators[-1] == "," and len(groups[-1]) != 3:
        return len(separators) - 1
    return None


def _read(printed: str, official: Decimal) -> _Reading | None:
    match = _FIGURE.fullmatch(printed)
    if match is None or sum(char.isdigit() for char in printed) > MAX_DIGITS:
        return None
    suffix = match.group("suffix") or ""
    tokens = _SPLIT.split(match.group("body"))
    groups, separators = tokens[0::2], tokens[1::2]
    point = _decimal_point(groups, separators, whole=not suffix and official == official.to_integral_value())
    if point == "bad":
        return None
    cut = len(separators) if point is None else point
    whole_groups, whole_separators = groups[: cut + 1], separators[:cut]
    digits = "".join(groups)
    decimals = len(digits) - len("".join(whole_groups))
    decimal_comma = point is not None and separators[point] == ","
    return _Reading(
        digits=digits,
        decimals=decimals,
        well_formed=_well_grouped(whole_groups, whole_separators) and not decimal_comma,
        grouped=bool(whole_separators) or len("".join(whole_groups)) < 4,
        decimal_comma=decimal_comma,
        suffix=suffix,
    )


def _at(official: Decimal, decimals: int) -> Decimal:
    """The official figure as a reporter would print it to ``decimals`` places (half up)."""
    return official.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _stated_decimals(official: Decimal) -> int:
    """Decimals the official figure is known to (62.70 and 62.7 both to one, 627 to none)."""
    return max(0, -int(official.normalize().as_tuple().exponent))


def _digits(value: Decimal) -> str:
    return format(value, "f").replace(".", "")


def _format(value: Decimal, decimals: int, reading: _Reading) -> str:
    """``value`` printed the reporter's way: their suffix, their decimals, and thousands separators
    if they use them or the figure has five or more whole digits (as every style does)."""
    whole_digits = len(str(int(value)))
    separate = reading.grouped or whole_digits >= 5
    return f"{value:{',' if separate else ''}.{decimals}f}{reading.suffix}"


def _is_rounding(reading: _Reading, official: Decimal) -> bool:
    """Is the printed figure the official one rounded (to nearest, or down) at the printed precision,
    or, where it is printed more precisely than the official figure is known, the other way round?

    A round count ("1,200", "25,000") is also tried at the place of its last nonzero digit: "1,200"
    for 1,230 differs in one digit only, yet is a rounding, not a typo. One trailing zero is not
    enough ("4,920" for 4,928 is more likely a slip than a rounding to tens); truncation counts as
    rounding because reporters truncate shares ("30.8%" for 30.86)."""
    places = [-reading.decimals]
    if reading.decimals == 0:
        zeros = len(reading.digits) - len(reading.digits.rstrip("0"))
        places += list(range(ROUND_FIGURE_ZEROS, zeros + 1))
    value = reading.value
    modes = (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN)
    if any(official.quantize(Decimal(1).scaleb(place), rounding=mode) == value for place in places for mode in modes):
        return True
    # printed more precisely than the official figure is known ("62.75%" for 62.7): round the other way
    stated = _stated_decimals(official)
    return reading.decimals > stated and any(
        value.quantize(Decimal(1).scaleb(-stated), rounding=mode) == official for mode in modes
    )


def _too_far(reading: _Reading, official: Decimal) -> bool:
    low, high = sorted((reading.value, official))
    return low <= 0 or high / low > MAX_FACTOR


def _slip(printed: str, official: str) -> TypoKind | None:
    """The single slip that turns the ``official`` digit string into the ``printed`` one.

    Only two *adjacent* digits exchanged count as a transposition ("3147" for "3174"): a swap of
    distant digits ("3741") is not a slip of the fingers, and is left undiagnosed."""
    if len(printed) == len(official):
        differ = [i for i, (p, o) in enumerate(zip(printed, official, strict=True)) if p != o]
        if len(differ) == 1:
            return "digit_changed"
        if len(differ) == 2:
            first, second = differ
            if second == first + 1 and (printed[first], printed[second]) == (official[second], official[first]):
                return "digits_swapped"
        return None
    if len(printed) + 1 == len(official):
        dropped = any(official[:i] + official[i + 1 :] == printed for i in range(len(official)))
        return "digit_dropped" if dropped else None
    if len(printed) == len(official) + 1:
        extra = [i for i in range(len(printed)) if printed[:i] + printed[i + 1 :] == official]
        if not extra:
            return None
        # removing either of two equal neighbours gives the same string, so checking the left one is enough
        return "digit_doubled" if any(i > 0 and printed[i] == printed[i - 1] for i in extra) else "digit_added"
    return None


def _misplaced_separator(printed: str, reading: _Reading, official: Decimal) -> Typo | None:
    """The right digits with the separators or point in the wrong place ("1,2680", "8.412", "48,6%").

    The official figure is aligned with the printed digits by length (so "486%" is 48.6 with its
    point dropped), and the figures must still be of a size (a share's digits matching a count's are
    a coincidence)."""
    places = len(reading.digits) - len(str(int(official)))
    # more places than the official figure has are a digit added ("6270" for 627), not a point moved
    if places < 0 or (places not in {0, reading.decimals} and places > _stated_decimals(official)):
        return None
    expected = _at(official, places)
    if _digits(expected) != reading.digits:
        return None
    moved_point = reading.value != expected
    if reading.well_formed and not moved_point:
        return None  # the same figure
    if moved_point and _too_far(reading, official):
        return None
    hint = DECIMAL_POINT_HINT if moved_point or reading.decimal_comma else HINTS["separator_misplaced"]
    return Typo("separator_misplaced", printed, _format(expected, places, reading), hint)


def _diagnose(printed: str, reading: _Reading, official: Decimal) -> Typo | None:
    """Separators first (their digits agree, so they would read as equal or rounded), then the
    guards against calling a rounding or another figure a typo, then the digit slip."""
    separator = _misplaced_separator(printed, reading, official)
    if separator is not None:
        return separator
    if _too_far(reading, official) or _is_rounding(reading, official):
        return None
    expected = _at(official, reading.decimals)
    kind = _slip(reading.digits, _digits(expected))
    if kind is None:
        return None
    hint = HINTS[kind]
    if reading.decimal_comma:
        hint += " (and a comma for the decimal point)"
    elif not reading.well_formed:
        hint += " (and the thousands separator is misplaced)"
    return Typo(kind, printed, _format(expected, reading.decimals, reading), hint)


def diagnose(printed: str, official: int | float) -> Typo | None:
    """The typo that turns the official figure into the printed one, or None.

    ``printed`` is a figure as it appears in the article ("3,147", "62.1%", "41.3 per cent");
    ``official`` a whole vote count or a share with decimals. None when the figures agree (at the
    printed precision), when the printed one is a rounding of the official one, when more than one
    slip separates them, when they differ more than twentyfold, or when ``printed`` is not a figure.
    A malformed separator alongside a digit slip ("4,47" for 4,478) is named in the hint: the digits
    decide the kind."""
    text = printed.strip()
    if isinstance(official, bool) or not math.isfinite(official) or official < 0:
        return None
    exact = Decimal(repr(official)) if isinstance(official, float) else Decimal(official)
    reading = _read(text, exact)
    if reading is None:
        return None
    with localcontext() as context:
        context.prec = _PRECISION  # exact: no figure is rounded but where we round it
        return _diagnose(text, reading, exact)
