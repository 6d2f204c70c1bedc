"""The ``regex`` module with a time bound on every match.

Every pattern in electext is written to avoid catastrophic backtracking, but articles come from
anywhere: a bound turns a pathological input into a clear ``TimeoutError`` (an error record for that
file, see :func:`electext.api.guarded`) instead of a hung batch. Modules use ``rx`` exactly as they
would use ``regex``; a call that passes its own ``timeout`` keeps it.

Two kinds of bound. By default each match gets :data:`TIMEOUT` seconds, and ``regex`` reads the CPU
clock to keep it: about 2 µs a call, which over the 2,100 matches of an article, most on a short
slice, was a sixth of the stages' time. Inside :func:`deadline`, in a process electext owns (see
:func:`allow_deadlines`), one CPU-time alarm bounds the whole article instead, and only the calls that
pass their own ``timeout`` (the scans of a whole text) keep theirs. ``regex`` checks for signals while
it matches, so the alarm stops a runaway match as the per-call bound would.

Either way the error names what ran long. The alarm's :class:`DeadlineExceeded` names electext's
function that was running when it went off (the stage). A per-call bound's :class:`BoundExceeded`
names the pattern and the function that called it, but a scan (``finditer``) is a loop: ``regex``
counts against its bound all the time from the first match to the last, the caller's own work on each
match included. So a scan times its matching apart from the caller's loop body, and where the body
took most of the time, the body's function is named, not the pattern.
"""

from __future__ import annotations

import re
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from threading import get_ident
from time import perf_counter
from types import FrameType
from typing import Any

import regex
from regex import IGNORECASE, MULTILINE, VERBOSE, I, M, Match, Pattern, escape

from electext.core.prefilter import may_match, prefilter

__all__ = [
    "IGNORECASE",
    "MULTILINE",
    "TIMEOUT",
    "VERBOSE",
    "BoundExceeded",
    "DeadlineExceeded",
    "FirstOf",
    "I",
    "M",
    "Match",
    "Pattern",
    "TimedPattern",
    "allow_deadlines",
    "compile",
    "deadline",
    "escape",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
]

# A pattern whose prefilter has not been read yet.
_UNREAD = object()

# Seconds one match (or one scan of finditer/sub) may take.
TIMEOUT = 5.0


# The thread running under an armed deadline (only the main thread arms one), its seconds and whether
# its alarm went off; and whether this process may arm one at all.
_armed_thread: int | None = None
_THREAD = threading.local()
_DEADLINES_ALLOWED = False


def _bounded(kwargs: dict[str, Any]) -> dict[str, Any]:
    if get_ident() != _armed_thread:
        kwargs.setdefault("timeout", TIMEOUT)
    return kwargs


class DeadlineExceeded(TimeoutError):
    """The work under :func:`deadline` used more than its seconds of CPU time; ``stage`` is electext's
    function that was running when the alarm went off (see :func:`stage_of`)."""

    def __init__(self, seconds: float, stage: str | None = None) -> None:
        super().__init__(f"ran past its {seconds:g} s deadline" + (f" (stopped in {stage})" if stage else ""))
        self.seconds = seconds
        self.stage = stage


class BoundExceeded(TimeoutError):
    """A call, or a scan, ran past its per-call bound of ``seconds``. ``in_pattern``: the pattern's
    matching took the time, and ``pattern`` is to blame; else ``stage``, the function that called it,
    spent most of it in its own loop over the matches (``matching`` of the ``elapsed`` seconds were
    the pattern's)."""

    def __init__(self, seconds: float, pattern: str, stage: str, matching: float, elapsed: float) -> None:
        self.seconds, self.pattern, self.stage = seconds, pattern, stage
        self.matching, self.elapsed = matching, elapsed
        self.in_pattern = matching >= elapsed - matching
        culprit = f"pattern {pattern[:60]!r} in {stage}" if self.in_pattern else f"{stage}, not its pattern,"
        super().__init__(f"{culprit} ran past its {seconds:g} s bound")


# Code that runs as a frame of its own but is read as part of the function it is written in.
_PART_OF_A_FUNCTION = frozenset({"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>", "<lambda>"})


def stage_of(frame: FrameType | None) -> str:
    """The function running in ``frame``, or the nearest that called it, that is electext's and not
    this module's: what a time-out names. A comprehension or lambda counts as the function it is in;
    with no electext function on the stack (the module used on its own), the innermost one outside
    this module."""
    outside: str | None = None
    while frame is not None:
        module = str(frame.f_globals.get("__name__", ""))
        if module != __name__ and frame.f_code.co_name not in _PART_OF_A_FUNCTION:
            name = f"{module}.{frame.f_code.co_qualname}"
            if module.startswith("electext."):
                return name
            outside = outside or name
        frame = frame.f_back
    return outside or "unknown"


def allow_deadlines() -> None:
    """Let :func:`deadline` use a CPU-time alarm (``SIGVTALRM``) in this process. Called by the
    processes electext starts (the command, its workers), never by the library inside a user's
    program, whose signals are its own."""
    global _DEADLINES_ALLOWED
    _DEADLINES_ALLOWED = True


def _expire(_signum: int, frame: FrameType | None) -> None:
    _THREAD.expired = True
    _THREAD.stage = stage_of(frame)
    raise DeadlineExceeded(getattr(_THREAD, "seconds", 0.0), _THREAD.stage)


def _can_arm() -> bool:
    return (
        _DEADLINES_ALLOWED
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGVTALRM) in (signal.SIG_DFL, _expire)
    )


@contextmanager
def deadline(seconds: float) -> Iterator[bool]:
    """Bound the CPU time of the work inside by one alarm instead of a bound on every match; yields
    whether the alarm is armed. Where it cannot be (not allowed here, not the main thread, another
    handler owns the signal, no ``setitimer``), every match keeps its own bound, as before; inside an
    armed deadline, the outer alarm bounds the inner work too."""
    global _armed_thread
    if not _can_arm() or (get_ident() == _armed_thread and signal.getitimer(signal.ITIMER_VIRTUAL)[0] > 0):
        yield False
        return
    # Armed only inside the try, so the cleanup always runs once the alarm can go off. An alarm that
    # goes off during the cleanup itself (the work ended just as it expired) can leave the handler and
    # the flag behind with no timer running: the next deadline finds that state and arms afresh.
    _THREAD.seconds = seconds
    _armed_thread = get_ident()
    _THREAD.expired = False
    signal.signal(signal.SIGVTALRM, _expire)
    try:
        signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
        yield True
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, signal.SIG_DFL)
        _armed_thread = None
    if _THREAD.expired:
        # The alarm went off but its exception never came out: it was raised where Python swallows
        # exceptions (a garbage-collector callback, a __del__, a weakref callback; hypothesis installs
        # such a callback in the test process). The work is over its time all the same.
        raise DeadlineExceeded(seconds, getattr(_THREAD, "stage", None))


def _run(method: Any, string: Any, pos: int | None, endpos: int | None, kwargs: dict[str, Any]) -> Any:
    """``method(string, pos, endpos, **kwargs)`` under the per-call bound, unless this thread's
    deadline bounds it: then, with no other argument, ``regex`` is called as it is. The wrapper this
    replaced took ``*args, **kwargs`` and cost 0.7 µs a call, 1 ms an article."""
    if not kwargs and get_ident() == _armed_thread:
        return method(string, pos, endpos)
    return _call(method, (string, pos, endpos), _bounded(kwargs))


def _call(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """``method(*args, **kwargs)``, a call of a compiled pattern under a bound: the time is the
    pattern's, so a time-out names it (and its caller). A ``sub`` whose replacement is a function
    counts that function's time too; electext's only such function does one short match."""
    try:
        return method(*args, **kwargs)
    except DeadlineExceeded:
        raise
    except TimeoutError:
        seconds = kwargs.get("timeout", TIMEOUT)
        raise BoundExceeded(seconds, method.__self__.pattern, stage_of(sys._getframe(1)), seconds, seconds) from None


def _scan(method: Any, string: Any, pos: int | None, endpos: int | None, kwargs: dict[str, Any]) -> Any:
    """``finditer`` as :func:`_run` calls it; under a bound, through :func:`_timed_scan`."""
    if not kwargs and get_ident() == _armed_thread:
        return method(string, pos, endpos)
    kwargs = _bounded(kwargs)
    if kwargs.get("timeout") is None:  # other arguments only, under this thread's deadline
        return method(string, pos, endpos, **kwargs)
    return _timed_scan(method(string, pos, endpos, **kwargs), method.__self__.pattern, kwargs["timeout"])


# A scan's loop body is timed apart from the pattern only once the scan has run this share of its bound:
# a scan that ends sooner cannot run past it, and two clock reads a match cost a normal article about a
# tenth of its stages' time (bench/compare.py), for a blame that only a long scan ever needs.
TIMED_SHARE = 0.1
# Matches between two looks at the clock before then, once past the first ones (the clock is read at
# the 1st, 2nd, 4th … match, so a scan with few but slow matches turns timing on in time).
CLOCK_EVERY = 64


def _timed_scan(scanner: Iterator[Match[str]], pattern: str, seconds: float) -> Iterator[Match[str]]:
    """The matches of a bounded scan, the time the caller's loop body takes over each (while this
    waits at ``yield``) kept apart from the pattern's once the scan has run :data:`TIMED_SHARE` of its
    bound: ``regex``'s bound counts both. Wall time: the CPU clock costs ten times as much to read, and
    a share is what is compared."""
    started = perf_counter()
    timed_from = None  # when the loop body began to be timed apart
    body = 0.0
    count = 0
    try:
        for match in scanner:
            if timed_from is None:
                count += 1
                look = count & (count - 1) == 0 or count % CLOCK_EVERY == 0
                if look and (now := perf_counter()) - started > seconds * TIMED_SHARE:
                    timed_from = now
            if timed_from is not None:
                paused = perf_counter()
                yield match
                body += perf_counter() - paused
            else:
                yield match
    except DeadlineExceeded:
        raise
    except TimeoutError:
        now = perf_counter()
        elapsed = now - started
        # the pattern's share of the timed stretch, taken to hold for the whole scan
        timed = now - timed_from if timed_from is not None else 0.0
        matching = elapsed if not timed else (timed - body) * elapsed / timed
        raise BoundExceeded(seconds, pattern, stage_of(sys._getframe()), matching, elapsed) from None


class TimedPattern:
    """A compiled pattern whose every match runs under :data:`TIMEOUT`.

    The four calls an article makes about 1,600 times take ``pos`` and ``endpos`` by name (see
    :func:`_run`), and under this thread's deadline, with no other argument, call ``regex`` themselves:
    going through :func:`_run` cost 0.19 µs more a call (0.3 ms an article).

    ``search`` and ``finditer`` first ask the pattern's prefilter (:mod:`electext.core.prefilter`),
    read from the pattern on its first search, whether the stretch holds any literal every match
    needs: most searches of an article find nothing, and most of those are answered that way."""

    __slots__ = ("_compiled", "_prefilter")

    def __init__(self, pattern: Any) -> None:
        self._compiled = pattern
        self._prefilter: re.Pattern[str] | object | None = _UNREAD

    def _hopeless(self, string: Any, pos: int | None, endpos: int | None) -> bool:
        """Whether the prefilter shows that no match lies in ``string[pos:endpos]``."""
        test = self._prefilter
        if test is _UNREAD:
            compiled = self._compiled
            test = self._prefilter = (
                prefilter(compiled.pattern, compiled.flags, compiled.named_lists)
                if isinstance(compiled.pattern, str)
                else None
            )
        if not isinstance(test, re.Pattern) or type(string) is not str:
            return False
        if (pos is not None and pos < 0) or (endpos is not None and endpos < 0):
            return False  # counted from the end: left to regex
        return not may_match(test, string, pos, endpos)

    def search(self, string: str | bytes, pos: int | None = None, endpos: int | None = None, **kwargs: Any) -> Any:
        if self._prefilter is not None and self._hopeless(string, pos, endpos):
            return None
        if not kwargs and get_ident() == _armed_thread:
            return self._compiled.search(string, pos, endpos)
        return _run(self._compiled.search, string, pos, endpos, kwargs)

    def match(self, string: str, pos: int | None = None, endpos: int | None = None, **kwargs: Any) -> Any:
        if not kwargs and get_ident() == _armed_thread:
            return self._compiled.match(string, pos, endpos)
        return _run(self._compiled.match, string, pos, endpos, kwargs)

    def fullmatch(self, string: str, pos: int | None = None, endpos: int | None = None, **kwargs: Any) -> Any:
        if not kwargs and get_ident() == _armed_thread:
            return self._compiled.fullmatch(string, pos, endpos)
        return _run(self._compiled.fullmatch, string, pos, endpos, kwargs)

    def finditer(self, string: str, pos: int | None = None, endpos: int | None = None, **kwargs: Any) -> Any:
        if self._prefilter is not None and self._hopeless(string, pos, endpos):
            return iter(())
        if not kwargs and get_ident() == _armed_thread:
            return self._compiled.finditer(string, pos, endpos)
        return _scan(self._compiled.finditer, string, pos, endpos, kwargs)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return _call(self._compiled.findall, (string, *args), _bounded(kwargs))

    def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> Any:
        return _call(self._compiled.sub, (repl, string, *args), _bounded(kwargs))

    def split(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return _call(self._compiled.split, (string, *args), _bounded(kwargs))

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groupindex, …
        return getattr(self._compiled, name)


def compile(pattern: str | bytes, flags: int = 0, **named_lists: Iterable[str]) -> TimedPattern:
    """``regex.compile``; ``named_lists`` are the sets a pattern names as ``\\L<name>``."""
    return TimedPattern(regex.compile(pattern, flags, **named_lists))


class FirstOf:
    """Alternatives that ``finditer`` as the one pattern ``a|b|…`` would, each scanned on its own.

    ``regex`` finds where a pattern can start by its first item: a literal or a word boundary lets it
    skip ahead, but a pattern of several such alternatives is tried at every position, alternative by
    alternative. Scanned separately, the alternatives of the seat contexts take half to two thirds of
    the time of the joined patterns. The matches are the joined pattern's: at the leftmost position
    where any alternative matches, the first of them in order, then on from the end of that match. No
    alternative may match the empty string (the joined pattern's finditer would step past it)."""

    __slots__ = ("alternatives",)

    def __init__(self, alternatives: list[str], flags: int = 0) -> None:
        self.alternatives = tuple(compile(alternative, flags) for alternative in alternatives)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None, **kwargs: Any) -> Iterator[Match[str]]:
        end = len(string) if endpos is None else endpos
        upcoming = [alternative.search(string, pos, end, **kwargs) for alternative in self.alternatives]
        while True:
            first = None
            for match in upcoming:  # the leftmost; at a tie, the earlier alternative
                if match is not None and (first is None or match.start() < first.start()):
                    first = match
            if first is None:
                return
            if first.end() == first.start():
                raise ValueError(f"{first.re.pattern!r} matched the empty string")
            yield first
            pos = first.end()
            upcoming = [
                match if match is None or match.start() >= pos else alternative.search(string, pos, end, **kwargs)
                for alternative, match in zip(self.alternatives, upcoming, strict=True)
            ]


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int) -> Any:
    """Patterns written inline are compiled once per process. ``regex``'s own cache costs more per
    lookup than a match on a short slice does, and it is emptied whenever it reaches 500 patterns, so
    an article's worth of inline patterns was being recompiled again and again (a tenth of the run)."""
    return regex.compile(pattern, flags)


# The module-level calls take regex's arguments in regex's order (flags, pos, endpos, then by name).


def search(
    pattern: str, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None, **kwargs: Any
) -> Any:
    return _run(_compiled(pattern, flags).search, string, pos, endpos, kwargs)


def match(
    pattern: str, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None, **kwargs: Any
) -> Any:
    return _run(_compiled(pattern, flags).match, string, pos, endpos, kwargs)


def fullmatch(
    pattern: str, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None, **kwargs: Any
) -> Any:
    return _run(_compiled(pattern, flags).fullmatch, string, pos, endpos, kwargs)


def finditer(
    pattern: str, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None, **kwargs: Any
) -> Any:
    return _scan(_compiled(pattern, flags).finditer, string, pos, endpos, kwargs)


def sub(pattern: str, repl: Any, string: str, count: int = 0, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
    return _call(_compiled(pattern, flags).sub, (repl, string, count, *args), _bounded(kwargs))


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0, **kwargs: Any) -> Any:
    return _call(_compiled(pattern, flags).split, (string, maxsplit), _bounded(kwargs))
