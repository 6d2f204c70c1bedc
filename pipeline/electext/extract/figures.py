"""Stage 3, figures: every number in the text with its unit, hedge and exact span.

"more than 19,600" becomes a count of 19,600 with qualifier ``more_than`` and a lower bound;
"nearly four thousand" a count of 4,000 whose true value lies just below; "23.9%" a percentage;
"a 16-point swing" 16 points. Roles (votes, majority, swing…) are assigned later by :mod:`link`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from electext.core import rx
from electext.core.records import Qualifier
from electext.lexicon import patterns

FigureKind = Literal["count", "percent", "points", "year"]
# "nearly 25,000" is within this fraction below the stated figure; "just over" within it above.
# Set from reporters' usage: "nearly 25,000" for 24,664 (1.3% below) and "just under 4,000" for 3,9xx.
HEDGE_FRACTION = 0.05
YEAR_RANGE = (1800, 2100)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    kind: FigureKind
    qualifier: Qualifier
    lower: float | None
    upper: float | None
    number_start: int
    from_words: bool

    @property
    def is_whole(self) -> bool:
        return float(self.value).is_integer()


def _word_value(words: str) -> float:
    """'twenty-three thousand' -> 23000; 'a thousand' -> 1000; 'two hundred and fifty' -> 250."""
    total = 0.0
    current = 0.0
    tokens = rx.split(r"[\s,-]+", words.lower())
    for index, token in enumerate(tokens):
        if token in ("and", ""):
            continue
        if token == "a" and index + 1 < len(tokens) and tokens[index + 1] == "half":
            current += 0.5  # "nine and a half thousand"
        elif token == "half":
            continue
        elif token == "a":
            current = 1
        elif token in patterns.SMALL_VALUE:
            current += patterns.SMALL_VALUE[token]
        elif token in patterns.SCALE_VALUE:
            scale = patterns.SCALE_VALUE[token]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
    return total + current


def _digit_value(digits: str, magnitude: str | None) -> float:
    value = float(digits.replace(",", ""))
    if magnitude:
        key = magnitude.strip().lower()
        value *= {"k": 1_000, "m": 1_000_000}.get(key, patterns.SCALE_VALUE.get(key, 1))
    return value


def bounds(value: float, qualifier: Qualifier) -> tuple[float | None, float | None]:
    """The interval a hedged figure allows; ``(value, value)`` for an exact one."""
    slack = abs(value) * HEDGE_FRACTION
    match qualifier:
        case "exact":
            return value, value
        case "more_than" | "at_least":
            return value, None
        case "less_than" | "at_most":
            return None, value
        case "nearly":
            return value - slack, value
        case "just_over":
            return value, value + slack
        case "about":
            return value - slack, value + slack
    return None, None


def _dot_for_thousands(text: str, match: rx.Match[str]) -> bool:
    """ "Reform secured 8.412 votes": a full stop written for the thousands comma (the habit of other
    locales, or a slip). Votes come whole, so a count of votes with three decimals and no unit or
    magnitude is that many thousands."""
    return bool(
        not match.group("unit")
        and not match.group("magnitude")
        and patterns.DOT_THOUSANDS.fullmatch(match.group("digits"))
        and patterns.VOTES_AFTER_FIGURE.match(text, match.end())
    )


def _kind(match: rx.Match[str], value: float) -> FigureKind:
    unit = (match.group("unit") or "").strip().lower()
    if unit:
        return (
            "points"
            if ("point" in unit or (unit.startswith("p") and unit != "pc" and "cent" not in unit))
            else "percent"
        )
    digits = match.group("digits")
    if digits and rx.fullmatch(r"\d{4}", digits) and YEAR_RANGE[0] <= value < YEAR_RANGE[1]:
        return "year"
    return "count"


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """All figures in ``text[start:end]``, in order, with offsets into ``text``."""
    figures: list[Figure] = []
    for match in patterns.FIGURE.finditer(
        text, start, len(text) if end is None else end, timeout=patterns.REGEX_TIMEOUT
    ):
        if match.group("words"):
            value = _word_value(match.group("words"))
            if match.group("words").lower() == "one" and not match.group("unit"):
                continue  # "one of the…", "one seat": almost never a reported figure
            if not match.group("unit") and patterns.FRACTION_NOUN_AFTER.match(text, match.end()):
                continue  # "cut by almost three quarters", "two thirds of the vote": a fraction, no count
        else:
            digits = match.group("digits")
            at = match.start()
            # (the pattern only where a digit and a space stand right before the figure)
            after_digits = at >= 2 and text[at - 1] in " \t" and text[at - 2].isdigit()
            if patterns.PHONE_PART.fullmatch(digits) or (
                after_digits and patterns.PHONE_PART_BEFORE.search(text, max(0, at - 12), at)
            ):
                continue  # "on 07700 900418", "0161": a telephone number or a code, never a figure
            value = _digit_value(digits, match.group("magnitude"))
            if _dot_for_thousands(text, match):
                value = float(match.group("digits").replace(".", ""))
        phrase = (match.group("qualifier") or "").lower()
        qualifier = patterns.QUALIFIER_OF_PHRASE.get(rx.sub(r"\s+", " ", phrase), "exact") if phrase else "exact"
        if match.group("plus") and qualifier == "exact":
            qualifier = "more_than"  # "a 17,000-plus majority"
        lower, upper = bounds(value, qualifier)
        figures.append(
            Figure(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                value=value,
                kind=_kind(match, value),
                qualifier=qualifier,
                lower=lower,
                upper=upper,
                number_start=match.start("number"),
                from_words=bool(match.group("words")),
            )
        )
    return figures
