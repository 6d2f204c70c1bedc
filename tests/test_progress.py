"""A batch's display: a bar only on a terminal unless asked, the total where the inputs tell it, the
summary's counts. No model: the CLI tests run the commands (tests/test_cli_batch.py)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from electext.core.records import ErrorRecord
from electext.ingest.sources import STDIN
from electext.runtime.progress import NORMAL, QUIET, VERBOSE, BatchDisplay, Tally, total_articles


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("terminal", "verbosity", "asked", "shown"),
    [
        (True, NORMAL, None, True),  # a person at a terminal sees the bar
        (True, VERBOSE, None, True),
        (True, QUIET, None, False),  # -q: only errors
        (False, NORMAL, None, False),  # a CI log or a pipe gets no control codes
        (False, NORMAL, True, True),  # --progress
        (True, NORMAL, False, False),  # --no-progress
    ],
)
def test_the_bar_is_shown_on_a_terminal_or_when_asked(
    monkeypatch: pytest.MonkeyPatch, terminal: bool, verbosity: int, asked: bool | None, shown: bool
) -> None:
    monkeypatch.setattr(sys, "stderr", _Terminal() if terminal else io.StringIO())
    display = BatchDisplay("Extracting", [Path("a.txt")], verbosity, asked)
    assert (display.track([Path("a.txt")]) is not None, display._progress is not None) == (True, shown)


def test_the_total_is_known_when_each_input_is_one_article() -> None:
    assert total_articles([Path("a.txt"), Path("b.html"), Path("c.HTM")]) == 3
    assert total_articles([Path("a.txt"), Path("b.jsonl")]) is None
    assert total_articles([Path("a.json")]) is None
    assert total_articles([STDIN]) is None


def test_a_failed_input_is_counted_apart() -> None:
    tally = Tally()
    assert tally.count(ErrorRecord(source="x.txt", stage="ingest", error="DecodeError", message="bad")) is None
    assert (tally.articles, tally.failed, tally.verdict_line()) == (0, 1, None)
    assert tally.table()[1].split() == ["fail", "0", "0"]
