"""The ``regex`` module with a time bound on every match.

Every pattern in electext is written to avoid catastrophic backtracking, but articles come from
anywhere: a bound turns a pathological input into a clear ``TimeoutError`` (an error record for that
file, see :func:`pipeline.api.guarded`) instead of a hung batch. Modules use ``rx`` exactly as they
would use ``regex``; a call that passes its own ``timeout`` keeps it.
"""

from __future__ import annotations

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


def search(pattern: str, string: str, *args: Any, **kwargs: Any) -> Any:
    return regex.search(pattern, string, *args, **_bounded(kwargs))


def match(pattern: str, string: str, *args: Any, **kwargs: Any) -> Any:
    return regex.match(pattern, string, *args, **_bounded(kwargs))


def fullmatch(pattern: str, string: str, *args: Any, **kwargs: Any) -> Any:
    return regex.fullmatch(pattern, string, *args, **_bounded(kwargs))


def finditer(pattern: str, string: str, *args: Any, **kwargs: Any) -> Any:
    return regex.finditer(pattern, string, *args, **_bounded(kwargs))


def sub(pattern: str, repl: Any, string: str, *args: Any, **kwargs: Any) -> Any:
    return regex.sub(pattern, repl, string, *args, **_bounded(kwargs))


def split(pattern: str, string: str, *args: Any, **kwargs: Any) -> Any:
    return regex.split(pattern, string, *args, **_bounded(kwargs))
