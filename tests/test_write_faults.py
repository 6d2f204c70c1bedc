"""Unlucky machines (issue 24): a full disk, a read-only target, a database another program holds or a
damaged one is an error that says what to do, with exit code 3 (2 for a file electext must not write),
never a traceback; and every output stays whole: what was there before is not lost.

Extraction is stubbed (these tests are about the writing), so they need no model. A full disk is an
injected ``OSError(ENOSPC)`` for files and SQLite's own ``SQLITE_FULL`` (``PRAGMA max_page_count``) for
the database; a read-only folder needs a user whom file modes bind, so those tests skip under root (as
in CI), and a read-only file system, which binds root too, is injected beside them.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from electext import cli
from electext.cli import app
from electext.core.errors import OutputWriteError
from electext.core.records import ArticleResult, ErrorRecord
from electext.outputs import database, files
from electext.outputs.database import SqliteWriter
from electext.outputs.manifest import NAME as MANIFEST
from electext.outputs.write import replace_together, to_json
from typer.testing import CliRunner, Result

from tests.conftest import ROOT
from tests.report_fixtures import small_result

runner = CliRunner()
as_root = pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders regardless")
LOCK_WAIT = 0.2  # seconds; the CLI waits LOCK_WAIT (30 s) for a locked database


def made_up(title: str) -> Callable[..., Iterator[ArticleResult | ErrorRecord]]:
    """Stands for the extraction: each input's result, titled ``title``; broken.txt an error record."""

    def stream(inputs: list[Path], *_: object) -> Iterator[ArticleResult | ErrorRecord]:
        for path in inputs:
            if path.stem == "broken":
                yield ErrorRecord(source=str(path), stage="ingest", error="DecodeError", message="not text")
            else:
                yield small_result(path.stem, title=title)

    return stream


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Three inputs, a.txt b.txt c.txt, whose results are made up rather than extracted."""
    paths = [tmp_path / "in" / f"{name}.txt" for name in "abc"]
    paths[0].parent.mkdir()
    for path in paths:
        path.write_text("stub", encoding="utf-8")
    monkeypatch.setattr(cli, "_stream", made_up("first run"))
    monkeypatch.setattr(database, "LOCK_WAIT", LOCK_WAIT)
    return paths


def extract(inputs: list[Path], out: Path, format: str) -> Result:
    return runner.invoke(app, ["extract", *map(str, inputs), "-o", str(out), "--format", format, "--no-reference"])


def failed_cleanly(result: Result, code: int, *said: str) -> str:
    """The exit code, and the one-line ``Error:`` that says each of ``said``; no traceback."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.stderr
    said_by_electext = ("Error: ", "error: ", "stopped")  # a message of several lines would show here
    assert all(line.startswith(said_by_electext) for line in result.stderr.splitlines()), result.stderr
    for words in said:
        assert words in errors[0], errors[0]
    return errors[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder``, by name: hidden temporaries would show up here too."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def full_disk(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Writing the file ``name`` fails as on a full disk (other files are written as usual)."""
    real = files._temporary_copy

    def copy(path: Path, content: str) -> Path:
        if path.name == name:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, content)

    monkeypatch.setattr(files, "_temporary_copy", copy)


DISK_FULL = ("disk full", "free space or choose another --output")


@pytest.mark.parametrize(
    ("format", "fails"), [("json", "b.json"), ("jsonl", "errors.jsonl"), ("csv", "candidates.csv")]
)
def test_a_full_disk_stops_the_run_and_the_old_outputs_stay_whole(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format: str, fails: str
) -> None:
    out = tmp_path / "out"
    broken = tmp_path / "in" / "broken.txt"  # an error record, so that errors.jsonl is written too
    broken.write_text("stub", encoding="utf-8")
    assert extract([*inputs, broken], out, format).exit_code == 1
    before = snapshot(out)

    full_disk(monkeypatch, fails)
    monkeypatch.setattr(cli, "_stream", made_up("second run"))
    result = extract([inputs[0], inputs[1], broken], out, format)  # c.txt left out: every output would change
    failed_cleanly(result, 3, f"{out / fails}:", *DISK_FULL)
    assert "stopped after" in result.stderr and "as they were" in result.stderr
    after = snapshot(out)
    if format == "json":  # a.json, written before b.json failed, is this run's (its manifest says so); the rest stays
        assert after.pop("a.json") == to_json(small_result("a", title="second run")).encode()
        before.pop("a.json")
        manifest = json.loads(after.pop(MANIFEST))
        assert json.loads(before.pop(MANIFEST))["files"].keys() == manifest["files"].keys()
        assert manifest["files"]["a.json"] == hashlib.sha256((out / "a.json").read_bytes()).hexdigest()
    assert after == before  # no results.jsonl without its errors.jsonl, no csv pair half new, no temporaries


@pytest.mark.parametrize("format", ["json", "csv"])
def test_an_output_folder_that_is_a_file_is_refused_before_the_run(
    inputs: list[Path], tmp_path: Path, format: str
) -> None:
    out = tmp_path / "out"
    out.write_text("my notes\n", encoding="utf-8")
    failed_cleanly(extract(inputs, out, format), 3, f"{out}: not a folder", "choose another --output")
    assert out.read_text(encoding="utf-8") == "my notes\n"


def test_a_full_disk_for_the_report_index_keeps_the_old_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "report"
    empty = tmp_path / "empty.txt"  # an error entry: the index is written without the model
    empty.write_text("  \n", encoding="utf-8")
    assert runner.invoke(app, ["report", str(empty), "-o", str(report), "--no-reference"]).exit_code == 1
    before = snapshot(report)  # the last report: its index and the manifest that says it is electext's
    full_disk(monkeypatch, "index.html")
    result = runner.invoke(app, ["report", str(empty), "-o", str(report), "--no-reference"])
    failed_cleanly(result, 3, f"{report / 'index.html'}:", *DISK_FULL)
    assert snapshot(report) == before


def test_a_rename_that_fails_part_way_puts_the_first_file_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "contests.csv", tmp_path / "candidates.csv"
    first.write_text("old contests\n", encoding="utf-8")
    second.write_text("old candidates\n", encoding="utf-8")
    real = os.replace

    def replace(source: str | Path, target: str | Path) -> None:
        if Path(target) == second:
            raise OSError(errno.EIO, "Input/output error")
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OutputWriteError, match=r"candidates\.csv: cannot write"):
        replace_together({first: "new contests\n", second: "new candidates\n"})
    assert snapshot(tmp_path) == {"candidates.csv": b"old candidates\n", "contests.csv": b"old contests\n"}


@as_root
@pytest.mark.parametrize("format", ["json", "jsonl", "csv", "sqlite"])
def test_a_read_only_folder_is_refused_before_the_run(inputs: list[Path], tmp_path: Path, format: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert extract(inputs[:1], out, format).exit_code == 0
    before = snapshot(out)
    out.chmod(0o555)
    try:
        result = extract(inputs, out, format)
    finally:
        out.chmod(0o755)
    failed_cleanly(result, 3, "not writable", "choose another --output")
    assert snapshot(out) == before


@as_root
def test_a_read_only_report_folder_is_refused_before_the_run(tmp_path: Path) -> None:
    report = tmp_path / "report"
    report.mkdir()
    (report / "index.html").write_text("the last report\n", encoding="utf-8")
    report.chmod(0o555)
    try:
        result = runner.invoke(app, ["report", str(ROOT / "README.md"), "-o", str(report), "--no-reference"])
    finally:
        report.chmod(0o755)
    failed_cleanly(result, 3, f"{report}: not writable", "choose another --output")
    assert snapshot(report) == {"index.html": b"the last report\n"}


@pytest.fixture
def database_of_a(inputs: list[Path], tmp_path: Path) -> Path:
    """A database holding a.txt's article, written by an earlier run."""
    path = tmp_path / "results.db"
    assert extract(inputs[:1], path, "sqlite").exit_code == 0
    return path


def articles(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
        sources = [source for (source,) in connection.execute("SELECT source FROM articles ORDER BY source")]
    connection.close()
    return sources


def test_a_full_disk_keeps_the_articles_written_before_it(
    inputs: list[Path], database_of_a: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SqliteWriter._store

    def store_until_full(writer: SqliteWriter, record: ArticleResult) -> None:
        if record.article.source == "c.txt":  # the database may not grow past its size now: SQLite's SQLITE_FULL
            pages = writer.connection.execute("PRAGMA page_count").fetchone()[0]
            writer.connection.execute(f"PRAGMA max_page_count = {pages}")
        store(writer, record)

    monkeypatch.setattr(SqliteWriter, "_store", store_until_full)
    result = extract(inputs[1:], database_of_a, "sqlite")
    failed_cleanly(result, 3, f"{database_of_a}:", *DISK_FULL)
    assert "stopped after 1 articles, 0 failed: the articles written before it are in the database" in result.stderr
    assert articles(database_of_a) == ["a.txt", "b.txt"]


def hold(path: Path) -> sqlite3.Connection:
    """Another program's connection holding ``path`` locked (``BEGIN EXCLUSIVE``) until it is closed."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def test_a_database_locked_at_the_start_is_waited_for_then_named(inputs: list[Path], database_of_a: Path) -> None:
    before = database_of_a.read_bytes()
    holder = hold(database_of_a)
    start = time.monotonic()
    try:
        result = extract(inputs, database_of_a, "sqlite")
    finally:
        holder.close()
    waited = time.monotonic() - start
    failed_cleanly(result, 3, f"{database_of_a}: the database is locked by another program", "run again")
    assert LOCK_WAIT <= waited < 10  # waited, and for its bound (not SQLite's default 5 s or the CLI's 30 s)
    assert "not a SQLite database" not in result.output
    assert database_of_a.read_bytes() == before


def test_a_database_locked_part_way_keeps_what_was_written(
    inputs: list[Path], database_of_a: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holders: list[sqlite3.Connection] = []

    def stream(inputs: list[Path], *_: object) -> Iterator[ArticleResult]:
        yield small_result("b")
        holders.append(hold(database_of_a))  # another program takes the database between two articles
        yield small_result("c")

    monkeypatch.setattr(cli, "_stream", stream)
    try:
        result = extract(inputs, database_of_a, "sqlite")
    finally:
        for holder in holders:
            holder.close()
    failed_cleanly(result, 3, f"{database_of_a}: the database is locked by another program")
    assert articles(database_of_a) == ["a.txt", "b.txt"]


def test_a_lock_shorter_than_the_wait_is_waited_out(
    inputs: list[Path], database_of_a: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "LOCK_WAIT", 10.0)
    holder = sqlite3.connect(database_of_a, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.1, holder.close).start()  # the other program finishes a tenth of a second later
    assert extract(inputs[1:], database_of_a, "sqlite").exit_code == 0
    assert articles(database_of_a) == ["a.txt", "b.txt", "c.txt"]


def truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def scrambled(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 16)


def last_page_zeroed(path: Path) -> None:
    """An index's page of zeros: the file opens and reads, and ``PRAGMA quick_check`` finds the damage."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")  # the page size, from the database header
    data[-size:] = bytes(size)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [truncated, scrambled, last_page_zeroed])
def test_a_damaged_database_is_refused_and_left_as_it_is(
    inputs: list[Path], database_of_a: Path, damage: Callable[[Path], None]
) -> None:
    damage(database_of_a)
    before = database_of_a.read_bytes()
    result = extract(inputs, database_of_a, "sqlite")
    failed_cleanly(result, 2, f"{database_of_a}: not a usable electext database", "it was left as it is")
    assert database_of_a.read_bytes() == before
    assert sorted(p.name for p in database_of_a.parent.iterdir()) == ["in", "results.db"]  # no journal left


def test_the_command_itself_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    damaged = tmp_path / "results.db"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(4080))  # a header and nothing sound after it
    article = tmp_path / "a.txt"
    article.write_text("Labour won.\n", encoding="utf-8")
    command = [sys.executable, "-m", "electext", "extract", str(article), "-o", str(damaged), "--format", "sqlite"]
    paths = [str(ROOT / "pipeline"), *filter(None, [os.environ.get("PYTHONPATH")])]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "not a usable electext database" in done.stderr


def read_only_file_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new file fails as on a file system mounted read-only, which binds root too (file modes do
    not): temporary files, and the database opened read-only, as SQLite opens a file it cannot write."""

    def refused(*_: object, **__: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    real_connect = sqlite3.connect

    def read_only(path: str | Path, *args: object, **kwargs: object) -> sqlite3.Connection:
        if not Path(path).exists():
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    monkeypatch.setattr(database.sqlite3, "connect", read_only)


@pytest.mark.parametrize("format", ["json", "jsonl", "csv", "sqlite"])
def test_a_read_only_file_system_is_an_error_and_the_old_outputs_stay(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "results.db" if format == "sqlite" else out
    assert extract(inputs[:1], target, format).exit_code == 0
    before = snapshot(out)
    read_only_file_system(monkeypatch)
    failed_cleanly(extract(inputs, target, format), 3, "not writable", "choose another --output")
    assert snapshot(out) == before


def test_a_report_on_a_read_only_file_system_is_an_error_and_the_old_index_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report"
    report.mkdir()
    (report / "index.html").write_text("the last report\n", encoding="utf-8")
    read_only_file_system(monkeypatch)
    result = runner.invoke(app, ["report", str(ROOT / "README.md"), "-o", str(report), "--no-reference"])
    failed_cleanly(result, 3, "choose another --output")
    assert snapshot(report) == {"index.html": b"the last report\n"}
