"""When two forms of a name are one person, and when a sentence names a party.

The name check (:func:`electext.checks.refcheck.name_checks`) fails "Conservative David Fleet" when Peter
Fleet stood, but must pass "Bill Ellery" for the official William Ellery, "Dan" for Daniel, "J."
for James and a middle name used as the forename. The forms of English forenames that name one
person are data (``pipeline/electext/lexicon/en_gb/forenames.json``).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from functools import cache, lru_cache
from pathlib import Path

from electext.core import rx
from electext.core.errors import DataFileError
from electext.lexicon.active import lexicon_in_use
from electext.lexicon.resources import load_resources


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """A forename without case, accents or punctuation ("Zoë" = "zoe", "J." = "j")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    folded: str = rx.sub(r"[^\w]", "", text)
    return folded


@cache
def _forms(folder: Path) -> dict[str, frozenset[str]]:
    """Each folded forename -> every folded form that names the same person, in a lexicon's forenames."""
    path = folder / "forenames.json"
    try:
        groups = json.loads(path.read_text(encoding="utf-8"))["groups"]
    except (OSError, KeyError, json.JSONDecodeError) as error:
        raise DataFileError(f"{path}: unreadable forename groups ({error})") from None
    forms: dict[str, set[str]] = defaultdict(set)
    for index, group in enumerate(groups):
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(n, str) and n for n in group):
            raise DataFileError(f"{path}: groups[{index}] must list two or more names")
        folded = {fold(name) for name in group}
        for name in folded:
            forms[name] |= folded
    return {name: frozenset(same) for name, same in forms.items()}


def _one_person(stated: str, official: str) -> bool:
    if not stated or not official:
        return False
    if stated == official or official.startswith(stated) or stated.startswith(official):
        return True  # Dan and Daniel, Chris and Christopher, J and James
    if _transposed(stated, official):
        # "Joseph" in the article, "Joesph" in the record: a slip of two keys is as often the record's as
        # the reporter's, so it is no alarm (the surname must still agree)
        return True
    return official in _forms(lexicon_in_use().folder).get(stated, frozenset())


def _transposed(first: str, second: str) -> bool:
    """Whether two words differ only by two neighbouring letters swapped."""
    if len(first) != len(second) or first == second:
        return False
    differ = [index for index, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and first[differ[0]] == second[differ[1]]
        and first[differ[1]] == second[differ[0]]
    )


def forenames_agree(stated: list[str], official_first_names: str) -> bool:
    """Whether a name's forenames, as printed, can be the official candidate's first names: any one of
    them agreeing with any one of the official ones is enough (reporters drop or use middle names)."""
    official = [fold(word) for word in rx.split(r"[\s-]+", official_first_names) if fold(word)]
    printed = [fold(word) for word in stated if fold(word)]
    if not official or not printed:
        return True  # nothing to compare
    return any(_one_person(word, name) for word in printed for name in official)


@cache
def _party_pattern(party: str) -> rx.TimedPattern | None:
    resources = load_resources()
    names = sorted({alias for alias, canonical in resources.party_by_alias.items() if canonical == party} | {party})
    abbreviations = sorted(a for a, canonical in resources.party_by_abbreviation.items() if canonical == party)
    parts = [rx.escape(name).replace(r"\ ", r"\s+") for name in sorted(names, key=len, reverse=True)]
    if not parts:
        return None
    named = rf"(?i:{'|'.join(parts)})"
    short = "|".join(rx.escape(abbr) for abbr in sorted(abbreviations, key=len, reverse=True))
    return rx.compile(rf"(?<!\w)(?:{named}{'|' + short if short else ''})(?!\w)")


def party_mentions_in(party: str, text: str) -> list[tuple[int, int]]:
    """Where a text names a party, as (start, end) spans."""
    pattern = _party_pattern(party)
    return [] if pattern is None else [(m.start(), m.end()) for m in pattern.finditer(text)]


def party_named_in(party: str, sentence: str) -> bool:
    """Whether a sentence names a party by any of its names (case-insensitive) or abbreviations (as
    written: "Con", not the "con" of "constituency")."""
    pattern = _party_pattern(party)
    return bool(sentence) and pattern is not None and pattern.search(sentence) is not None
