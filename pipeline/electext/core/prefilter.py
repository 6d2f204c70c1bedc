"""The words a pattern's every match must contain, read from the pattern's own parse, so that a search
of a stretch holding none of them is answered "no match" without running the pattern.

Why: ``regex`` tries a pattern of many case-insensitive alternatives at every position of the text,
at about 150 ns a character, and most of an article's searches (per sentence: is there a win verb, a
count stage, an earlier election?) find nothing. Whether a sentence holds "elected", "won" or
"victory" at all is a substring test on its lower-cased text, ten times cheaper. This is the
prefilter of RE2 and Hyperscan, kept small: from the parse of the pattern (``regex``'s own parser,
``regex._regex_core``), a set of literals such that any match contains one of them.

It must never say "no" where the pattern would match, so every step is conservative:

- a literal is made of ASCII characters only, compared in lower case; the text is lower-cased and
  the four non-ASCII letters ``regex`` equates with ASCII ones when it ignores case (``ſ``, ``ı``,
  ``İ``, the Kelvin sign) folded to them;
- any construct not understood (a property such as ``\\p{Lu}``, a character class, a lookaround's
  content, a fuzzy match, a back reference) contributes no literal; a choice between alternatives
  needs a literal in every one of them, or gives none;
- full case folding ("ss" matching "ß") and any failure to parse the pattern mean no prefilter.

A pattern with no usable literal (one of fewer than :data:`MIN_LITERAL` characters, or more than
:data:`MAX_LITERALS` of them) keeps no prefilter and runs as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import product
from typing import Any

import regex
from regex import _regex_core as core

from electext.core.alternation import literal_alternation

# The shortest literal worth testing for: a single letter is in nearly every stretch of text, while
# two ("MP", "19") already leave out many a sentence whose full search would cost ten times the test.
MIN_LITERAL = 2
# The most literals one prefilter tests for (after those holding another are dropped): a test of
# them all, as one scan of a letter tree, costs about a microsecond a sentence at 40.
MAX_LITERALS = 200
# The most strings an exact set (all a piece of the pattern can match) holds before it is dropped.
MAX_EXACT = 64

# The characters outside ASCII that ``regex`` matches with an ASCII letter when it ignores case, and
# the letter each stands for in the lower-cased text.
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "\u212a": "k"})

Strings = frozenset[str]
_EMPTY: Strings = frozenset({""})


def prefilter(pattern: str, flags: int, named_lists: Mapping[str, Iterable[str]]) -> re.Pattern[str] | None:
    """A test for the literals of :func:`required_literals` in :func:`folded` text, or ``None``."""
    literals = required_literals(pattern, flags, named_lists)
    # as a letter tree ("elect(?:ed|ion)"), which ``re`` scans several times faster than a flat list
    return None if literals is None else re.compile(literal_alternation(sorted(literals), space=r"\ "))


def required_literals(pattern: str, flags: int, named_lists: Mapping[str, Iterable[str]]) -> Strings | None:
    """Literals (lower-case ASCII) one of which every match of ``pattern`` contains, none holding
    another (a stretch holding "elected" holds "elect"); ``None`` where no useful set can be shown to
    hold."""
    if flags & (regex.FULLCASE | regex.VERSION1):
        return None
    try:
        parsed = _parse(pattern, flags, {name: list(items) for name, items in named_lists.items()})
        found = _required(parsed)
    except Exception:  # a construct the private parser reads differently in another version
        return None
    if not found or min(map(len, found)) < MIN_LITERAL:
        return None
    shortest = frozenset(literal for literal in found if not any(other in literal for other in found - {literal}))
    return shortest if len(shortest) <= MAX_LITERALS else None


def folded(text: str) -> str:
    """``text`` as the literals are compared with: lower case, ``regex``'s case equivalents of ASCII
    letters folded to them first (so "İ" is "i", not "i" and a combining dot)."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


# Texts folded whole, by identity: the stages search an article's text again and again, slice by
# slice, so it is folded once, not once a search. A few at a time (an article's text, its text with
# quotations masked), dropped together when full. A short text is cheaper to fold slice by slice.
_FOLDED: dict[int, tuple[str, str]] = {}
_FOLDED_TEXTS = 8
_FOLD_WHOLE_FROM = 300


def may_match(test: re.Pattern[str], string: str, pos: int | None, endpos: int | None) -> bool:
    """Whether ``string[pos:endpos]`` holds one of the literals ``test`` looks for: if not, no match
    of the pattern lies there."""
    if len(string) >= _FOLD_WHOLE_FROM:
        entry = _FOLDED.get(id(string))
        if entry is None or entry[0] is not string:
            entry = (string, folded(string))
            if len(_FOLDED) >= _FOLDED_TEXTS:
                _FOLDED.clear()
            _FOLDED[id(string)] = entry
        text = entry[1]
        if len(text) == len(string):  # else a letter's lower case is longer ("İ"): no shared offsets
            return test.search(text, 0 if pos is None else pos, len(text) if endpos is None else endpos) is not None
    return test.search(folded(string[pos:endpos])) is not None


def _parse(pattern: str, flags: int, named_lists: dict[str, list[str]]) -> Any:
    """The parse ``regex.compile`` makes, retried with the global flags a pattern sets inside itself
    (``(?i)`` at its start), as ``regex`` itself does."""
    global_flags = flags
    while True:
        source = core.Source(pattern)
        info = core.Info(global_flags, source.char_type, named_lists)
        source.ignore_space = bool(info.flags & regex.VERBOSE)
        try:
            parsed = core._parse_pattern(source, info)
        except core._UnscopedFlagSet:
            global_flags = info.global_flags
            continue
        if info.flags & (regex.FULLCASE | regex.VERSION1):
            raise ValueError("full case folding")
        return parsed


def _is_ascii_character(node: Any) -> bool:
    return (
        type(node) is core.Character
        and node.positive
        and not node.zerowidth
        and node.value < 128
        and not node.case_flags & regex.FULLCASE
    )


def _exact(node: Any) -> Strings | None:
    """Every string ``node`` can match, lower-cased, where that is a small set of ASCII strings."""
    kind = type(node)
    if _is_ascii_character(node):
        return frozenset({chr(node.value).lower()})
    if isinstance(node, core.ZeroWidthBase) or kind is core.LookAround:
        return _EMPTY
    if kind is core.Character and node.zerowidth:
        return _EMPTY
    if kind in (core.Group, core.Atomic):
        return _exact(node.subpattern)
    if kind is core.Sequence:
        strings: Strings = _EMPTY
        for item in node.items:
            part = _exact(item)
            if part is None or len(strings) * len(part) > MAX_EXACT:
                return None
            strings = frozenset(a + b for a, b in product(strings, part))
        return strings
    if kind in (core.Branch, core.StringSet):
        union: set[str] = set()
        for branch in node.branches:
            part = _exact(branch)
            if part is None:
                return None
            union |= part
            if len(union) > MAX_EXACT:
                return None
        return frozenset(union)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
        if node.max_count is None or node.max_count > 2:
            return None
        part = _exact(node.subpattern)
        if part is None:
            return None
        repeated: set[str] = set()
        for count in range(node.min_count, node.max_count + 1):
            repeated |= {"".join(pieces) for pieces in product(part, repeat=count)}
        return frozenset(repeated) if len(repeated) <= MAX_EXACT else None
    if (
        kind is core.SetUnion
        and node.positive
        and not node.zerowidth
        and all(_is_ascii_character(item) for item in node.items)
    ):
        return frozenset(chr(item.value).lower() for item in node.items)
    return None


def _required(node: Any) -> Strings | None:
    """Literals one of which every match of ``node`` contains, or ``None``."""
    kind = type(node)
    if kind in (core.Group, core.Atomic):
        return _required(node.subpattern)
    if kind in (core.Branch, core.StringSet):
        union: set[str] = set()
        for branch in node.branches:
            part = _required(branch)
            if not part:
                return None
            union |= part
        return frozenset(union)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
        return _required(node.subpattern) if node.min_count >= 1 else None
    if kind is core.Sequence:
        return _sequence_required(node.items)
    exact = _exact(node)
    return exact if exact and "" not in exact else None


def _sequence_required(items: list[Any]) -> Strings | None:
    """The best of the literal sets a sequence offers: runs of adjacent exact pieces joined into
    longer strings, and what each other item requires."""
    candidates: list[Strings] = []
    run: Strings = _EMPTY
    for item in items:
        part = _exact(item)
        if part is not None and len(run) * len(part) <= MAX_EXACT:
            run = frozenset(a + b for a, b in product(run, part))
            continue
        if "" not in run:
            candidates.append(run)
        if part is not None:  # too many strings to join: a new run starts with this item
            run = part
            continue
        run = _EMPTY
        inner = _required(item)
        if inner:
            candidates.append(inner)
    if "" not in run:
        candidates.append(run)
    return max(candidates, key=_strength, default=None)


def _strength(literals: Strings) -> tuple[bool, int, int]:
    """How much a set of literals narrows a search: whether it is usable at all, its shortest literal
    (up to five letters, beyond which length hardly narrows further), then fewer literals."""
    shortest = min(map(len, literals))
    usable = shortest >= MIN_LITERAL
    return usable, min(shortest, 5), -len(literals)
