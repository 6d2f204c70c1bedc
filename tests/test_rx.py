"""Every pattern match in electext is time-bounded: a pathological input is an error, not a hang."""

from __future__ import annotations

import time

import pytest

from pipeline import rx

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
