"""Grading one reported figure against one official value: pass, rounded, imprecise or fail.

A reporter who writes "overturned a 25,000 majority" for 24,664 has rounded, not erred; "almost
17,000" for 15,420 is loose but not wrong; "more than 11,500" for 11,437 is wrong. These rules,
and the thresholds in ``pipeline/electext/data/verdicts.json`` (each with how it was set), decide which is
which, so a ``fail`` is left for a figure a fact-checker would call an error:

- an exact count passes when equal; a round count (trailing zeros) is ``rounded`` when it is the
  official count rounded, cut, or rounded to the nearest half unit at its last non-zero digit, and
  within ``max_relative_gap`` of it;
- an exact percentage passes when it agrees at one decimal place or at its printed precision; a
  whole (or coarser) percentage rounded or cut from the official one is ``rounded``;
- a hedged figure passes when the official value lies where the hedge puts it and close by,
  is ``imprecise`` when further but still on the right side, and fails on the wrong side.

Several official values can stand for one figure (a turnout on valid votes or on all ballots): the
best grade wins, and the caller says which definition it was.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from electext.core import rx
from electext.core.errors import DataFileError
from electext.core.records import Gap, Quantity
from electext.lexicon.resources import load_json_object

# Grading policy, the same for every lexicon (its hedge words are the qualifiers figures carry).
RULES_FILE = Path(__file__).parents[1] / "data" / "verdicts.json"

Side = Literal["below", "above", "either"]
Outcome = Literal["pass", "rounded", "imprecise", "fail"]
# Better grades first: the order a figure's definitions are tried in.
RANK: dict[str, int] = {"pass": 0, "rounded": 1, "imprecise": 2, "fail": 3}


@dataclass(frozen=True)
class Hedge:
    side: Side
    close: float
    loose: float | None
    overshoot: float


@dataclass(frozen=True)
class Rules:
    max_relative_gap: float
    exact_band: float
    hedges: dict[str, Hedge]
    scale_factor: float
    other_time: tuple[str, ...]
    general_election: tuple[str, ...]
    caption: tuple[str, ...]
    other_contest: tuple[str, ...]
    same_night: tuple[str, ...]
    registers: dict[str, float]


def _number(data: dict[str, object], key: str, where: str) -> float:
    value = data.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
        raise DataFileError(f"{where}: '{key}' must be a non-negative number")
    return float(value)


def _phrases(data: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise DataFileError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(value)


def load_rules(path: Path) -> Rules:
    """Read and validate ``verdicts.json``; a bad entry names the file and the key."""
    data = load_json_object(path)
    try:
        hedges = {}
        for name, entry in data["hedges"].items():
            if name.startswith("_"):
                continue
            where = f"{path}: hedges.{name}"
            if entry.get("side") not in ("below", "above", "either"):
                raise DataFileError(f"{where}: 'side' must be below, above or either")
            loose = entry.get("loose")
            hedges[name] = Hedge(
                side=entry["side"],
                close=_number(entry, "close", where),
                loose=None if loose is None else _number(entry, "loose", where),
                overshoot=_number(entry, "overshoot", where),
            )
        cues = data["context_cues"]
        return Rules(
            max_relative_gap=_number(data["round_counts"], "max_relative_gap", f"{path}: round_counts"),
            exact_band=_number(data["percentages"], "exact_band", f"{path}: percentages"),
            hedges=hedges,
            scale_factor=_number(data["scale"], "factor", f"{path}: scale"),
            other_time=_phrases(cues, "other_time", f"{path}: context_cues"),
            general_election=_phrases(cues, "general_election", f"{path}: context_cues"),
            caption=_phrases(cues, "caption", f"{path}: context_cues"),
            other_contest=_phrases(cues, "other_contest", f"{path}: context_cues"),
            same_night=_phrases(cues, "same_night", f"{path}: context_cues"),
            registers={
                name: _number(data["registers"], name, f"{path}: registers")
                for name in data["registers"]
                if not name.startswith("_")
            },
        )
    except (KeyError, AttributeError, TypeError) as error:
        raise DataFileError(f"{path}: missing or malformed entry {error}") from None


@cache
def rules() -> Rules:
    return load_rules(RULES_FILE)


@dataclass(frozen=True)
class Grade:
    """How a reported figure stands against one official value."""

    status: Outcome
    gap: Gap | None  # None: they agree as printed
    note: str  # what allowed or refused it, for the check's message


def printed_decimals(quantity: Quantity) -> int:
    """Decimal places the reporter printed ("47.0%" -> 1), read from the evidence when there is some."""
    for evidence in quantity.evidence[:1]:
        match = rx.search(r"\d[\d,]*(?:\.(\d+))?", evidence.text)
        if match is not None:
            return len(match.group(1) or "")
    text = f"{quantity.value:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def printed_number(quantity: Quantity) -> str | None:
    """The number as the reporter printed it ("4,921", "47.9%"), for a typo diagnosis; the value with
    the decimals it carries when nothing was printed; ``None`` for a figure printed in words ("fourth",
    "five thousand"), which no digit slip explains."""
    if not quantity.evidence:
        return f"{quantity.value:,.{printed_decimals(quantity)}f}"
    match = rx.search(r"\d[\d,.]*(?:\s?%)?", quantity.evidence[0].text)
    if match is None:
        return None
    number: str = match.group(0).rstrip(".,")
    return number


def _round_half_up(value: float, unit: float) -> float:
    return math.floor(value / unit + 0.5) * unit


def round_count_units(value: float) -> list[float]:
    """The rounding units a round count can stand for: 25,000 -> 1,000 and 5,000; 1,200 -> 100."""
    whole = round(abs(value))
    if whole == 0 or whole % 10:
        return []
    unit = 10
    while whole % (unit * 10) == 0:
        unit *= 10
    units = [float(unit)]
    if whole % (unit * 5) == 0 and whole != unit * 5:
        units.append(float(unit * 5))
    return units


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _exact_count(reported: float, official: float) -> Grade:
    if abs(reported - official) < 1e-9:
        return Grade("pass", None, "as printed")
    limit = rules().max_relative_gap
    for unit in round_count_units(reported):
        fits = (
            abs(_round_half_up(official, unit) - reported) < 1e-9
            or abs(math.floor(official / unit) * unit - reported) < 1e-9
        )
        if fits and official and abs(reported - official) / official <= limit:
            return Grade("rounded", "rounding", f"{_fmt(official)} rounded to the nearest {_fmt(unit)}")
    return Grade("fail", "mismatch", "")


def _exact_percentage(reported: float, official: float, decimals: int, tolerance: float, points: bool) -> Grade:
    gap = abs(reported - official)
    if gap <= rules().exact_band + tolerance + 1e-9:
        return Grade("pass", None, "as printed")
    unit = 10.0**-decimals
    shown = f"{_fmt(official)} points" if points else f"{_fmt(official)}%"
    if gap <= unit / 2 + tolerance + 1e-9:
        if decimals >= 1:
            return Grade("pass", None, f"to {decimals} decimal place{'s' if decimals > 1 else ''}")
        return Grade("rounded", "rounding", f"{shown} rounded to a whole {'point' if points else 'percentage'}")
    if abs(math.floor(official / unit + 1e-9) * unit - reported) < 1e-9:
        return Grade("rounded", "rounding", f"{shown} cut to {decimals} decimal places")
    if abs(_half_up(_half_up(official, decimals + 1), decimals) - reported) < 1e-9:
        # 1.246% printed "1.3%": rounded first to 1.25, then again; a reporter's rounding, not an error
        return Grade("rounded", "rounding", f"{shown} rounded twice, through {decimals + 1} decimal places")
    return Grade("fail", "mismatch", "")


def _half_up(value: float, decimals: int) -> float:
    """``value`` rounded half away from zero to ``decimals`` places (as people round, not as
    Python's ``round`` does to the even digit)."""
    scale = 10.0**decimals
    return math.copysign(math.floor(abs(value) * scale + 0.5 + 1e-9) / scale, value)


def _hedged(quantity: Quantity, official: float) -> Grade:
    hedge = rules().hedges.get(quantity.qualifier)
    stated = quantity.value
    if hedge is None or not stated:
        return Grade("fail", "mismatch", "")
    words = quantity.qualifier.replace("_", " ")
    relative = (official - stated) / abs(stated)  # > 0: the official value is above the stated one
    if hedge.side == "either":
        if abs(relative) <= hedge.close + 1e-9:
            return Grade("pass", None, f"'{words}' allows {hedge.close:.0%} either way")
        if quantity.unit == "votes" and _exact_count(stated, official).status == "rounded":
            return Grade("rounded", "rounding", f"'{words}' a round figure for {_fmt(official)}")
        if hedge.loose is not None and abs(relative) <= hedge.loose + 1e-9:
            return Grade("imprecise", "hedge", f"'{words}' {_fmt(stated)} is {abs(relative):.0%} from {_fmt(official)}")
        return Grade("fail", "hedge", f"'{words}' {_fmt(stated)} is {abs(relative):.0%} from {_fmt(official)}")
    right_side = relative <= 1e-12 if hedge.side == "below" else relative >= -1e-12
    distance = abs(relative)
    if right_side:
        if distance <= hedge.close + 1e-9:
            return Grade("pass", None, f"'{words}' holds")
        if hedge.loose is None or distance <= hedge.loose + 1e-9:
            return Grade("imprecise", "hedge", f"'{words}' holds but is {distance:.0%} off")
        return Grade("fail", "hedge", f"'{words}' {_fmt(stated)} is {distance:.0%} off {_fmt(official)}")
    if distance <= hedge.overshoot + 1e-9:
        return Grade("rounded", "rounding", f"{_fmt(official)} is a rounding past '{words} {_fmt(stated)}'")
    return Grade("fail", "hedge", f"'{words} {_fmt(stated)}' does not hold: {_fmt(official)}")


def grade(quantity: Quantity, official: float, tolerance: float = 0.0) -> Grade:
    """Grade one reported figure against one official value.

    ``tolerance`` widens the pass band of a percentage by that many points (a swing computed from
    rounded shares; a turnout published on another register)."""
    if quantity.qualifier != "exact":
        return _hedged(quantity, official)
    if quantity.unit in ("percent", "points"):
        return _exact_percentage(
            quantity.value, official, printed_decimals(quantity), tolerance, points=quantity.unit == "points"
        )
    return _exact_count(quantity.value, official)


def best(
    quantity: Quantity, officials: Iterable[tuple[str, float]], tolerance: float = 0.0
) -> tuple[str, float, Grade]:
    """The (definition, official value, grade) that suits the reported figure best; the first
    definition wins ties, so list the primary one first."""
    graded = [(name, value, grade(quantity, value, tolerance)) for name, value in officials]
    if not graded:
        raise ValueError("no official value to grade against")
    return min(graded, key=lambda item: (RANK[item[2].status], abs(quantity.value - item[1])))
