"""The ``regex`` module with a time bound on every match.

Every pattern in electext is written to avoid catastrophic backtracking, but articles come from
anywhere: a bound turns a pathological input into a clear ``TimeoutError`` (an error record for that
file, see :func:`pipeline.api.guarded`) instead of a hung batch. Modules use ``rx`` exactly as they
would use ``regex``; a call that passes its own ``timeout`` keeps it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex
from regex import IGNORECASE, MULTILINE, VERBOSE, I, M, Match, Pattern, escape

__all__ = [
    "IGNORECASE",
    "MULTILINE",
    "TIMEOUT",
    "VERBOSE",
    "I",
    "M",
    "Match",
    "Pattern",
    "TimedPattern",
    "compile",
    "escape",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
]

# Seconds one match (or one scan of finditer/sub) may take.
TIMEOUT = 5.0


def _bounded(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("timeout", TIMEOUT)
    return kwargs


class TimedPattern:
    """A compiled pattern whose every match runs under :data:`TIMEOUT`."""

    __slots__ = ("_compiled",)

    def __init__(self, pattern: Any) -> None:
        self._compiled = pattern

    def search(self, string: str | bytes, *args: Any, **kwargs: Any) -> Any:
        return self._compiled.search(string, *args, **_bounded(kwargs))

    def match(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self._compiled.match(string, *args, **_bounded(kwargs))

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self._compiled.fullmatch(string, *args, **_bounded(kwargs))

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self._compiled.finditer(string, *args, **_bounded(kwargs))

    def findall(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self._compiled.findall(string, *args, **_bounded(kwargs))

    def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> Any:
        return self._compiled.sub(repl, string, *args, **_bounded(kwargs))

    def split(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self._compiled.split(string, *args, **_bounded(kwargs))

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groupindex, …
        return getattr(self._compiled, name)


def compile(pattern: str | bytes, flags: int = 0) -> TimedPattern:
    return TimedPattern(regex.compile(pattern, flags))


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int) -> Any:
    """Patterns written inline are compiled once per process. ``regex``'s own cache costs more per
    lookup than a match on a short slice does, and it is emptied whenever it reaches 500 patterns, so
    an article's worth of inline patterns was being recompiled again and again (a tenth of the run)."""
    return regex.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
    return _compiled(pattern, flags).search(string, *args, **_bounded(kwargs))


def match(pattern: str, string: str, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
    return _compiled(pattern, flags).match(string, *args, **_bounded(kwargs))


def fullmatch(pattern: str, string: str, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
    return _compiled(pattern, flags).fullmatch(string, *args, **_bounded(kwargs))


def finditer(pattern: str, string: str, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
    return _compiled(pattern, flags).finditer(string, *args, **_bounded(kwargs))


def sub(pattern: str, repl: Any, string: str, count: int = 0, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
    return _compiled(pattern, flags).sub(repl, string, count, *args, **_bounded(kwargs))


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0, **kwargs: Any) -> Any:
    return _compiled(pattern, flags).split(string, maxsplit, **_bounded(kwargs))
