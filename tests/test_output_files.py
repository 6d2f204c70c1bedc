"""Issue 23: the files electext writes are the user's to share and never replace a file of theirs.

Every output is created with the user's umask (``0o666`` less it), and extraction is stubbed as in
:mod:`tests.test_write_faults` (these tests are about the writing), so they need no model.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from electext.core import modes
from electext.runtime.report import ReportWriter

from tests.report_fixtures import TEXT, small_result
from tests.test_write_faults import extract, inputs, snapshot

__all__ = ["inputs"]  # the fixture, shared with test_write_faults


@pytest.fixture(params=[(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)], ids=["umask-022", "umask-077", "umask-002"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run under a umask; yields the mode a new file should get under it."""
    value, expected = request.param
    before = os.umask(value)
    modes.umask.cache_clear()
    try:
        yield expected
    finally:
        os.umask(before)
        modes.umask.cache_clear()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("format", ["json", "jsonl", "csv", "sqlite"])
def test_outputs_are_created_with_the_users_umask(inputs: list[Path], tmp_path: Path, umask: int, format: str) -> None:
    out = tmp_path / "out"
    out.mkdir()  # sqlite writes out/results.db
    broken = tmp_path / "in" / "broken.txt"  # an error record, so that errors.jsonl is written too
    broken.write_text("stub", encoding="utf-8")
    assert extract([*inputs, broken], out, format).exit_code == 1
    written = snapshot(out)
    assert written, "nothing was written"
    assert {name: mode(out / name) for name in written} == dict.fromkeys(written, umask)


def test_report_pages_are_created_with_the_users_umask(tmp_path: Path, umask: int) -> None:
    writer = ReportWriter(tmp_path / "report")
    page = writer.add_article(small_result(), TEXT)
    index = writer.close()
    assert (mode(page), mode(index)) == (umask, umask)
