"""Dates an article states, and whether its weekdays and polling day hold up.

Reporters get the polling date or its weekday wrong ("held on Thursday, 14 March" when 14 March that
year was a Friday). Two checks follow from the dates found here: a stated weekday must agree with the
stated date (:func:`weekday_problems`), and a date stated as the polling day (``DateClaim.polling``)
must equal the official polling date, which the caller compares with :func:`resolve`'s date.

The month and weekday names, the words that are dates only with a day number attached ("may",
"march"), and the polling cues are data (``pipeline/electext/lexicon/en_gb/dates.json``), loaded and validated once. One
compiled pattern finds every date in one scan; the checks on each match look only at a short window
around it, so the work is linear in the text.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from electext.core import rx
from electext.core.alternation import literal_alternation
from electext.core.errors import DataFileError
from electext.lexicon.active import lexicon_in_use
from electext.lexicon.resources import load_json_object

# How far before a date its polling cue may stand (the spec's "words just before"), and how many words
# may come between the cue and the date ("held in Lowmere on 4 July").
CUE_WINDOW = 40
MAX_WORDS_BETWEEN = 3
# How far after a weekday "'s by-election" is looked for ("Thursday's Lowmere and Dunby by-election").
NOUN_WINDOW = 60

_LIST_KEYS = ("ambiguous_words", "named_day_prefixes", "polling_cues", "other_event_cues", "polling_nouns")
_KNOWN_KEYS = frozenset({"months", "weekdays", *_LIST_KEYS})


@dataclass(frozen=True)
class DateClaim:
    start: int  # offsets into the text of the whole date phrase (weekday included when stated)
    end: int
    text: str  # text[start:end]
    weekday: int | None  # 0 = Monday ... 6 = Sunday, as stated
    day: int | None
    month: int | None
    year: int | None  # as stated (a two-digit year of a numeric date made four-digit), or None
    polling: bool  # stated as the polling day, not as the day of a death, a resignation, a count


@dataclass(frozen=True)
class WeekdayProblem:
    claim: DateClaim
    actual_weekday: int  # what the resolved date really was
    message: str  # "14 March 2024 was a Thursday, not a Friday"


@dataclass(frozen=True)
class DateWords:
    """dates.json, validated: every name keyed in lower case, since names are matched in any case."""

    month_names: tuple[str, ...]  # "January" … "December"
    weekday_names: tuple[str, ...]  # "Monday" … "Sunday"
    month_of: Mapping[str, int]  # "sept" -> 9 (names and abbreviations)
    month_abbreviations: frozenset[str]
    weekday_of: Mapping[str, int]  # "thurs" -> 3
    weekday_abbreviations: frozenset[str]
    ambiguous_words: frozenset[str]  # "may", "march", "sat": English words first, dates second
    named_day_prefixes: tuple[str, ...]  # "Good" of "Good Friday": a name, not a date
    polling_cues: tuple[str, ...]
    other_event_cues: tuple[str, ...]
    polling_nouns: tuple[str, ...]


@dataclass(frozen=True)
class _Scanner:
    """The patterns built from one :class:`DateWords`, compiled once."""

    words: DateWords
    date: rx.TimedPattern
    named_day_before: rx.TimedPattern
    polling_cue: rx.TimedPattern
    other_event_cue: rx.TimedPattern
    polling_noun_after: rx.TimedPattern


# --- the data file ---------------------------------------------------------------------------------


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    """A list of distinct, non-empty, trimmed strings, or a DataFileError naming the file and key."""
    if not isinstance(value, list):
        raise DataFileError(f"{path}: {key}: expected a list of strings")
    seen: set[str] = set()
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item or item != item.strip():
            raise DataFileError(f"{path}: {key}[{index}]: expected a non-empty string without outer spaces")
        if item.lower() in seen:
            raise DataFileError(f"{path}: {key}[{index}]: {item!r} is listed twice")
        seen.add(item.lower())
    return tuple(value)


def _calendar(path: Path, key: str, value: Any, count: int) -> tuple[tuple[str, ...], dict[str, int], set[str]]:
    """Months or weekdays in calendar order: their names, every spelling's number, the abbreviations."""
    if not isinstance(value, list) or len(value) != count:
        raise DataFileError(f"{path}: {key}: expected a list of {count} entries in calendar order")
    names: list[str] = []
    number_of: dict[str, int] = {}
    abbreviations: set[str] = set()
    for index, entry in enumerate(value):
        where = f"{key}[{index}]"
        if not isinstance(entry, dict) or set(entry) != {"name", "abbreviations"}:
            raise DataFileError(f"{path}: {where}: expected an object with 'name' and 'abbreviations'")
        (name,) = _strings(path, f"{where}.name", [entry["name"]])
        spellings = _strings(path, f"{where}.abbreviations", entry["abbreviations"])
        for spelling in (name, *spellings):
            if not spelling.isalpha():
                raise DataFileError(f"{path}: {where}: {spelling!r} must be letters only")
            if spelling.lower() in number_of:
                raise DataFileError(f"{path}: {where}: {spelling!r} already names entry {number_of[spelling.lower()]}")
            number_of[spelling.lower()] = index
        names.append(name)
        abbreviations.update(spelling.lower() for spelling in spellings)
    return tuple(names), number_of, abbreviations


@cache
def load_date_words(path: Path | None = None) -> DateWords:
    """Read and validate a dates file once per process, so a bad entry fails at load with its file and
    key instead of surfacing as a date missed or misread (``None``: this process's lexicon's)."""
    path = path or lexicon_in_use().folder / "dates.json"
    data = load_json_object(path)
    if not isinstance(data.get("_source"), str) or not data["_source"].strip():
        raise DataFileError(f"{path}: _source: say where the knowledge comes from")
    unknown = sorted(key for key in data if not key.startswith("_") and key not in _KNOWN_KEYS)
    if unknown:
        raise DataFileError(f"{path}: {unknown[0]}: unknown key; expected one of {sorted(_KNOWN_KEYS)}")
    missing = sorted(_KNOWN_KEYS - set(data))
    if missing:
        raise DataFileError(f"{path}: {missing[0]}: missing")
    month_names, month_index, month_abbreviations = _calendar(path, "months", data["months"], 12)
    weekday_names, weekday_of, weekday_abbreviations = _calendar(path, "weekdays", data["weekdays"], 7)
    lists = {key: _strings(path, key, data[key]) for key in _LIST_KEYS}
    spellings = month_index.keys() | weekday_of.keys()
    for index, word in enumerate(lists["ambiguous_words"]):
        if word.lower() not in spellings:
            raise DataFileError(f"{path}: ambiguous_words[{index}]: {word!r} is not a month or weekday spelling")
    return DateWords(
        month_names=month_names,
        weekday_names=weekday_names,
        month_of={spelling: index + 1 for spelling, index in month_index.items()},
        month_abbreviations=frozenset(month_abbreviations),
        weekday_of=weekday_of,
        weekday_abbreviations=frozenset(weekday_abbreviations),
        ambiguous_words=frozenset(word.lower() for word in lists["ambiguous_words"]),
        named_day_prefixes=lists["named_day_prefixes"],
        polling_cues=lists["polling_cues"],
        other_event_cues=lists["other_event_cues"],
        polling_nouns=lists["polling_nouns"],
    )


# --- the patterns ----------------------------------------------------------------------------------


def _alternation(phrases: Iterable[str]) -> str:
    """Longest-first alternation of literal phrases, a space matching any run of whitespace."""
    return literal_alternation(sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase)))


# Whitespace with at most one line break: a date may wrap at the end of a line, never across a blank
# line. Possessive, so a long run of spaces is not split two ways on a failed match.
_GAP = r"(?=\s)[^\S\n]*+\n?+[^\S\n]*+"
_YEAR = r"(?P<y>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9])"
_DAY = r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:st|nd|rd|th)?\b"


def _date_pattern(words: DateWords) -> str:
    """One pattern for every shape of date, so an article is scanned once. A weekday with a date is
    tried before the weekday alone, so "Thursday 14 March" is one claim, not two."""
    full_months = _alternation(name for name in words.month_of if name not in words.month_abbreviations)
    short_months = _alternation(words.month_abbreviations)
    full_weekdays = _alternation(name for name in words.weekday_of if name not in words.weekday_abbreviations)
    short_weekdays = _alternation(words.weekday_abbreviations)
    month = rf"(?:(?P<m>{full_months})\b|(?P<m>{short_months})\b\.?+)"
    day_first = rf"{_DAY}(?:{_GAP}of)?+{_GAP}{month}(?:,?+{_GAP}{_YEAR})?+"
    month_first = rf"{month}{_GAP}{_DAY}(?:,?+{_GAP}{_YEAR})?+"
    numeric = (
        # UK day-first: 14/03/2024, 14/3/24, 14.03.2024, 14-03-2024
        r"(?P<d>3[01]|[12][0-9]|0?[1-9])/(?P<mn>1[0-2]|0?[1-9])/(?P<y>[0-9]{4}|[0-9]{2})(?![0-9/])"
        r"|(?P<d>3[01]|[12][0-9]|0?[1-9])(?P<sep>[.-])(?P<mn>1[0-2]|0?[1-9])(?P=sep)(?P<y>(?:19|20)[0-9]{2})(?![0-9])"
        # ISO: 2024-03-14
        r"|(?P<y>(?:19|20)[0-9]{2})-(?P<mn>1[0-2]|0[1-9])-(?P<d>3[01]|[12][0-9]|0[1-9])(?![0-9])"
    )
    date = rf"(?P<date>{day_first}|{month_first}|{numeric})"
    weekday = rf"(?:(?P<wd>{full_weekdays})\b|(?P<wd>{short_weekdays})\b\.?+)"
    # every name, as written (a space is a space): the check before the alternatives are tried
    names = sorted({*words.month_of, *words.weekday_of}, key=lambda name: (-len(name), name))
    date_words = literal_alternation(names, space=r"\ ")
    return rf"""
        \b(?=[0-9]|(?:{date_words})\b)          # a word starting with a digit, a month or weekday name
        (?<![\p{{L}}\p{{N}}_£$€#/.-])(?<![0-9][,:])   # not inside a word, a number, a sum or a time
        (?:
            {weekday},?+{_GAP}(?:the{_GAP})?+{date}
          | {date}
          | (?P<wd>{full_weekdays})\b(?P<lone>)   # "on Thursday", "Thursday's by-election"
        )
    """


def _scanner_for(words: DateWords) -> _Scanner:
    """Compile the patterns of one vocabulary: apart from :func:`_scanner` so another dates file (a
    user's own phrasings) can be compiled without touching the cached default."""
    flags = rx.VERBOSE | rx.IGNORECASE
    polling_cues = _alternation(words.polling_cues)
    return _Scanner(
        words=words,
        date=rx.compile(_date_pattern(words), flags),
        named_day_before=rx.compile(rf"\b(?:{_alternation(words.named_day_prefixes)})[^\S\n]++\Z", flags),
        polling_cue=rx.compile(rf"\b(?:{polling_cues})\b", flags),
        other_event_cue=rx.compile(rf"\b(?:{_alternation(words.other_event_cues)})\b", flags),
        polling_noun_after=rx.compile(
            rf"['’]s\s++(?:[\p{{L}}-]++\s++){{0,3}}?(?:{_alternation(words.polling_nouns)})\b", flags
        ),
    )


@cache
def _scanner() -> _Scanner:
    """The bundled vocabulary's patterns, compiled on first use rather than at import, so importing
    this module costs nothing and a bad data file is reported by the first call that needs it."""
    return _scanner_for(load_date_words())


# Not case-insensitive: these ask whether a word is in lower case.
_LOWER_WORD_NEXT = rx.compile(r"[^\S\n]++\p{Ll}")
# A capitalised word just before "Sun", "Mon": part of a name ("The Sun", "the Kestrel Sun"), no weekday.
_NAME_BEFORE = rx.compile(r"\b\p{Lu}[\p{L}'’-]*+[^\S\n]++\Z")
_SENTENCE_END = rx.compile(r"[.!?;](?=\s)|\n")
# Between a polling cue and its date: a dash, colon or comma alone ("polling day, Thursday 4 July"), or
# up to MAX_WORDS_BETWEEN words ("held in Lowmere on").
_BETWEEN = rx.compile(
    rf"\s*+[,:–—-]?+\s*+|(?:\s++[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}'’-]*+){{0,{MAX_WORDS_BETWEEN}}}+\s*+",
)


# --- finding claims --------------------------------------------------------------------------------


def _year(stated: str | None) -> int | None:
    """A stated year; a two-digit one ("14/03/24") read as strptime's %y does (69-99 are the 1900s)."""
    if stated is None:
        return None
    year = int(stated)
    if len(stated) == 2:
        year += 1900 if year >= 69 else 2000
    return year


def _is_polling(scanner: _Scanner, text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the date at text[start:end] is stated as the polling day: "Thursday's by-election" after
    it, or a polling cue just before it in the same sentence with no other event's word between."""
    if scanner.polling_noun_after.match(text, end, min(hi, end + NOUN_WINDOW)):
        return True
    window = max(lo, start - CUE_WINDOW)
    for stop in _SENTENCE_END.finditer(text, window, start):
        window = stop.end()
    cues = list(scanner.polling_cue.finditer(text, window, start))
    if not cues:
        return False
    cue = cues[-1]  # the nearest: "the by-election held on" is "held on"
    if not _BETWEEN.fullmatch(text, cue.end(), start):
        return False
    return not scanner.other_event_cue.search(text, cue.end(), start)


def _claim(scanner: _Scanner, text: str, match: rx.Match[str], lo: int, hi: int) -> DateClaim | None:
    """The claim one match states, or None where the guards say it is no date: "the march on", "14 may
    vote", "Good Friday", "The Sun 14 March" (a paper, not a Sunday)."""
    words = scanner.words
    start, end = match.span()
    weekday_text = match.group("wd")
    date_text = match.group("date")
    if match.group("lone") is not None and scanner.named_day_before.search(text, max(lo, start - 12), start):
        return None
    month_text = match.group("m")
    if (
        month_text is not None
        and month_text.islower()
        and month_text.rstrip(".") in words.ambiguous_words
        and match.group("y") is None
        and _LOWER_WORD_NEXT.match(text, end, hi)
    ):
        # "they march 14 miles", "some 14 may vote": a verb. A stated full weekday still stands.
        if weekday_text is None or weekday_text.rstrip(".").lower() in words.weekday_abbreviations:
            return None
        end = match.end("wd")
        date_text = None
    if weekday_text is not None and date_text is not None:
        folded = weekday_text.rstrip(".").lower()
        if folded in words.ambiguous_words and (
            weekday_text.islower() or _NAME_BEFORE.search(text, max(lo, start - 30), start)
        ):
            # "she sat 14 March", "The Sun 14 March": the date stands without a weekday
            start, weekday_text = match.start("date"), None
    day = month = year = None
    if date_text is not None:
        day = int(match.group("d"))
        month = words.month_of[month_text.rstrip(".").lower()] if month_text else int(match.group("mn"))
        year = _year(match.group("y"))
    weekday = words.weekday_of[weekday_text.rstrip(".").lower()] if weekday_text else None
    return DateClaim(
        start=start,
        end=end,
        text=text[start:end],
        weekday=weekday,
        day=day,
        month=month,
        year=year,
        polling=_is_polling(scanner, text, start, end, lo, hi),
    )


def find_date_claims(text: str, start: int = 0, end: int | None = None) -> list[DateClaim]:
    """Dates stated in text[start:end]: '14 March 2024', 'Thursday 14 March', 'Thursday, March 14',
    'Thu 14 Mar', '14th March', 'on Thursday' alone (weekday only, day None), '14/03/2024' (UK
    day-first). Offsets are into ``text``; nothing outside the slice is read but the characters just
    before it, so a slice cannot start a date inside a longer number."""
    return list(_date_claims(text, start, len(text) if end is None else min(end, len(text))))


@lru_cache(maxsize=2)
def _date_claims(text: str, start: int, hi: int) -> tuple[DateClaim, ...]:
    """:func:`find_date_claims`, kept for the next call: an article's body is read for its polling day
    (checks/ballots.py) and again for its date checks (checks/date_checks.py), and the scan of a whole
    article, the longest but one, was a tenth of the checks' time each time. The claims are frozen."""
    scanner = _scanner()
    claims = (
        _claim(scanner, text, match, start, hi) for match in scanner.date.finditer(text, start, hi, timeout=rx.TIMEOUT)
    )
    return tuple(claim for claim in claims if claim is not None)


# --- checking claims -------------------------------------------------------------------------------


def resolve(claim: DateClaim, year_hint: int | None) -> datetime.date | None:
    """The calendar date a claim names, using year_hint (the article's publication year or the
    election's year) when the claim states none; None when day or month is missing or the date does
    not exist (31 February)."""
    year = claim.year if claim.year is not None else year_hint
    if claim.day is None or claim.month is None or year is None:
        return None
    try:
        return datetime.date(year, claim.month, claim.day)
    except ValueError:
        return None


def weekday_problems(claims: list[DateClaim], year_hint: int | None) -> list[WeekdayProblem]:
    """Claims whose stated weekday is not the weekday of the date they state. A claim with no year and
    no hint is skipped (cannot be verified), as is one with no weekday, no day or an impossible date."""
    words = load_date_words()
    problems: list[WeekdayProblem] = []
    for claim in claims:
        if claim.weekday is None:
            continue
        date = resolve(claim, year_hint)
        if date is None or date.weekday() == claim.weekday:
            continue
        actual = date.weekday()
        message = (
            f"{date.day} {words.month_names[date.month - 1]} {date.year} was a {words.weekday_names[actual]}, "
            f"not a {words.weekday_names[claim.weekday]}"
        )
        problems.append(WeekdayProblem(claim=claim, actual_weekday=actual, message=message))
    return problems
