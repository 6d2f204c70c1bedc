"""Every pattern match in electext is time-bounded: a pathological input is an error, not a hang."""

from __future__ import annotations

import signal
import threading
import time

import pytest
import regex
from electext.core import rx
from electext.lexicon import patterns
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT

CATASTROPHIC = r"(a|aa)+$"  # overlapping alternatives: exponential on "aaaa…b" without the bound
EVIL = "a" * 40 + "b"


def test_compiled_and_module_level_matches_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "TIMEOUT", 0.05)
    for attempt in (
        lambda: rx.compile(CATASTROPHIC).search(EVIL),
        lambda: list(rx.compile(CATASTROPHIC).finditer(EVIL)),
        lambda: rx.search(CATASTROPHIC, EVIL),
        lambda: rx.sub(CATASTROPHIC, "", EVIL),
    ):
        started = time.perf_counter()
        with pytest.raises(TimeoutError):
            attempt()
        assert time.perf_counter() - started < 2


def test_a_pattern_reads_like_the_regex_module() -> None:
    pattern = rx.compile(r"\bmajority of (?P<n>[\d,]+)", rx.I)
    assert pattern.pattern == r"\bmajority of (?P<n>[\d,]+)"  # composable into bigger patterns
    match = pattern.search("a MAJORITY of 1,192 votes", 0, 30)
    assert match is not None and match.group("n") == "1,192"
    assert rx.search(r"b", "abc", timeout=1.0) is not None  # a caller's own bound is kept


def test_module_level_calls_take_the_regex_modules_arguments() -> None:
    assert rx.search(r"labour", "LABOUR GAIN", rx.I) is not None  # flags third, as in ``regex``
    assert rx.match(r"gain", "LABOUR GAIN", rx.I, 7) is not None  # then pos
    assert rx.sub(r"\s+", " ", "a  b   c", 1) == "a b   c"  # count
    assert rx.sub(r"X", "-", "xax", flags=rx.I) == "-a-"
    assert rx.split(r",", "a,b,c", 1) == ["a", "b,c"]  # maxsplit
    assert [m.group() for m in rx.finditer(r"\d+", "1 22 333", pos=2)] == ["22", "333"]
    assert rx.fullmatch(r"\d+", "123") is not None


def test_under_a_deadline_one_alarm_bounds_the_work_instead_of_every_match(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "_DEADLINES_ALLOWED", True)
    monkeypatch.setattr(rx, "TIMEOUT", 1000.0)  # so that only the deadline can stop the match
    started = time.perf_counter()
    with pytest.raises(rx.DeadlineExceeded, match=r"ran past its 0\.2 s deadline"), rx.deadline(0.2) as armed:
        assert armed
        rx.search(CATASTROPHIC, EVIL)
    assert time.perf_counter() - started < 5
    # afterwards the signal is free again and every match has its own bound
    assert signal.getsignal(signal.SIGVTALRM) == signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
    monkeypatch.setattr(rx, "TIMEOUT", 0.05)
    with pytest.raises(TimeoutError):
        rx.search(CATASTROPHIC, EVIL)


def test_a_deadline_whose_alarm_was_swallowed_still_ends_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "_DEADLINES_ALLOWED", True)
    # The alarm lands wherever the loop is: usually inside the try, where its exception is swallowed;
    # now and then on the loop's own line, which ends the work at once and tests nothing. Each try
    # must end the work; at least one of them must have swallowed the alarm first.
    swallowed: list[bool] = []
    for _ in range(20):
        with pytest.raises(rx.DeadlineExceeded, match=r"ran past its 0\.01 s deadline"), rx.deadline(0.01) as armed:
            assert armed
            started = time.process_time()
            while time.process_time() - started < 0.1:
                try:
                    sum(range(1000))
                except rx.DeadlineExceeded:  # what a garbage-collector callback or a __del__ does with it
                    swallowed.append(True)
        assert signal.getsignal(signal.SIGVTALRM) == signal.SIG_DFL
        if swallowed:
            break
    assert swallowed  # the alarm's own exception went nowhere; the deadline still ended the work


def test_a_deadline_is_armed_only_where_electext_owns_the_process_and_the_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rx, "TIMEOUT", 0.05)
    with rx.deadline(0.2) as armed:  # the library in a user's program: their signals are their own
        assert not armed
        with pytest.raises(TimeoutError) as raised:
            rx.search(CATASTROPHIC, EVIL)  # the per-call bound still holds
        assert not isinstance(raised.value, rx.DeadlineExceeded)
    monkeypatch.setattr(rx, "_DEADLINES_ALLOWED", True)
    in_thread: list[bool] = []

    def elsewhere() -> None:
        with rx.deadline(0.2) as armed:
            in_thread.append(armed)

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    assert in_thread == [False]  # signals reach the main thread only
    signal.signal(signal.SIGVTALRM, lambda *_: None)  # someone else's handler
    try:
        with rx.deadline(0.2) as armed:
            assert not armed
    finally:
        signal.signal(signal.SIGVTALRM, signal.SIG_DFL)


def test_a_deadline_left_behind_by_a_late_alarm_is_cleared_and_nesting_keeps_the_outer_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rx, "_DEADLINES_ALLOWED", True)
    # what an alarm going off inside the cleanup leaves: the handler and the flag, no timer running
    signal.signal(signal.SIGVTALRM, rx._expire)
    rx._armed_thread = threading.get_ident()
    with rx.deadline(30) as armed:
        assert armed
        with rx.deadline(1) as inner:
            assert not inner  # the outer alarm already bounds this work
        assert signal.getitimer(signal.ITIMER_VIRTUAL)[0] > 1
    assert signal.getsignal(signal.SIGVTALRM) == signal.SIG_DFL
    assert rx._armed_thread is None


def _busy(seconds: float) -> None:
    """CPU time spent in our own code (the bounds and the deadline count CPU time, not sleep)."""
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass


def test_a_slow_loop_over_a_fast_scan_is_blamed_on_the_loop_not_the_pattern() -> None:
    """regex counts the caller's loop body against a scan's bound: the time-out must name the function
    whose body ran long (issue 24), not the pattern, whose matching took almost none of it."""

    def stage() -> None:
        for _ in rx.compile(r"\d+").finditer("1 2 3 4 5 6 7 8 9", timeout=0.2):
            _busy(0.05)

    with pytest.raises(rx.BoundExceeded) as raised:
        stage()
    exceeded = raised.value
    assert not exceeded.in_pattern
    assert exceeded.stage.endswith(
        ".test_a_slow_loop_over_a_fast_scan_is_blamed_on_the_loop_not_the_pattern.<locals>.stage"
    )
    assert exceeded.matching < 0.1 <= exceeded.elapsed
    assert str(exceeded) == f"{exceeded.stage}, not its pattern, ran past its 0.2 s bound"


def test_a_slow_pattern_is_blamed_on_the_pattern_and_its_caller_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "TIMEOUT", 0.05)

    def scanning() -> list[object]:
        return [match for match in rx.compile(CATASTROPHIC).finditer(EVIL)]  # a comprehension is its function's

    def searching() -> object:
        return rx.search(CATASTROPHIC, EVIL)

    for caller in (scanning, searching):
        with pytest.raises(rx.BoundExceeded) as raised:
            caller()
        assert raised.value.in_pattern and raised.value.pattern == CATASTROPHIC
        assert raised.value.stage.endswith(f"<locals>.{caller.__name__}")


def test_a_deadline_names_the_function_it_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "_DEADLINES_ALLOWED", True)

    def long_stage() -> None:
        started = time.process_time()
        while time.process_time() - started < 5:
            pass

    with pytest.raises(rx.DeadlineExceeded) as raised, rx.deadline(0.05):
        long_stage()
    assert raised.value.stage is not None and raised.value.stage.endswith(".<locals>.long_stage")
    assert str(raised.value) == f"ran past its 0.05 s deadline (stopped in {raised.value.stage})"


# Alternatives that overlap, share starts, need a word boundary, a line start or text before the scan.
ALTERNATIVES = [r"\bab+", r"^[ \t]*b\w*$", r"(?<=a)b+c?", r"ba|bab", r"\bc[ab]{2,}\b", r"a\s+(?=b)"]


@settings(max_examples=500)
@given(
    st.text(alphabet="abc \n\t", max_size=40),
    st.integers(min_value=0, max_value=45),
    st.integers(min_value=0, max_value=45),
)
@example(" aaba", 0, 5)  # two alternatives start at the "b": the earlier one ("b") wins, not "ba"
@example("ab\nbab", 1, 6)  # a line start and a lookbehind at the scan's start
def test_first_of_finds_what_the_joined_pattern_finds(text: str, pos: int, endpos: int) -> None:
    for flags in (0, rx.MULTILINE):
        joined = regex.compile("|".join(ALTERNATIVES), flags)
        expected = [(m.span(), m.group(0)) for m in joined.finditer(text, pos, endpos)]
        found = [(m.span(), m.group(0)) for m in rx.FirstOf(ALTERNATIVES, flags).finditer(text, pos, endpos)]
        assert found == expected


def test_the_seat_contexts_find_what_their_joined_alternatives_find() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    for first_of in (patterns.SEAT_CONTEXT, patterns.STRONG_SEAT_CONTEXT):
        joined = regex.compile("|".join(p.pattern for p in first_of.alternatives), rx.MULTILINE)
        for text in texts:
            expected = [(m.span(), m.spans("name")) for m in joined.finditer(text)]
            assert [(m.span(), m.spans("name")) for m in first_of.finditer(text)] == expected


def test_first_of_refuses_an_alternative_that_matches_nothing() -> None:
    with pytest.raises(ValueError, match="empty string"):
        list(rx.FirstOf([r"x", r"y*"]).finditer("ab"))
