"""Issue 23: the files electext writes are the user's to share and never replace a file of theirs.

Every output is created with the user's umask (``0o666`` less it). A file at an output's name that electext
did not write, or has been changed since, is refused with exit 2 and left byte for byte as it was, while
electext's own outputs, listed in the folder's manifest (or, from before manifests, recognisably its
own), are replaced by the next run. Extraction is stubbed as in :mod:`tests.test_write_faults` (these
tests are about the writing), so they need no model.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from electext import cli
from electext.cli import app
from electext.core import modes
from electext.core.records import ArticleResult, ErrorRecord
from electext.core.version import __version__
from electext.outputs.manifest import JOURNAL
from electext.outputs.manifest import NAME as MANIFEST
from electext.runtime import report
from electext.runtime.report import ReportWriter
from typer.testing import CliRunner, Result

from tests.invented_reference import build_invented_reference
from tests.report_fixtures import TEXT, small_result
from tests.test_write_faults import extract, failed_cleanly, inputs, made_up, snapshot

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


def test_a_reference_database_imported_into_is_created_with_the_users_umask(tmp_path: Path, umask: int) -> None:
    assert mode(build_invented_reference(tmp_path)) == umask  # `electext reference import` (a copy, then SQLite)


USERS = b"my own notes, not electext's\n"
REFUSED = "refusing to overwrite a file electext did not write"
CHANGED = "refusing to overwrite a file changed since electext wrote it"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def listed(folder: Path) -> dict[str, str]:
    """The manifest's files, after checking it lists every file there as it is, and nothing else."""
    files = snapshot(folder)
    manifest = json.loads(files.pop(MANIFEST))
    assert manifest["electext"] == __version__ and manifest["format"] == 1
    assert manifest["files"] == {name: sha256(content) for name, content in files.items()}
    return dict(manifest["files"])


@pytest.mark.parametrize(
    ("format", "name"),
    [
        ("json", "results.jsonl"),
        ("jsonl", "results.jsonl"),
        ("json", "errors.jsonl"),  # removed, were there no errors: as much a loss
        ("json", "b.json"),  # an article's file, refused before the run: b.txt's name is known
        ("csv", "contests.csv"),
        ("csv", "candidates.csv"),
    ],
)
def test_a_users_file_where_an_output_would_go_is_refused_before_the_run(
    inputs: list[Path], tmp_path: Path, format: str, name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / name).write_bytes(USERS)
    failed_cleanly(extract(inputs, out, format), 2, f"{out / name}: {REFUSED}", "move it away")
    assert snapshot(out) == {name: USERS}  # nothing written, not even a manifest


def pages(paths: list[Path], **_: object) -> Iterator[tuple[ArticleResult, str] | ErrorRecord]:
    """Stands for the report's extraction: each input's result over the fixtures' text."""
    for path in paths:
        yield small_result(path.stem), TEXT


def make_report(inputs: list[Path], out: Path) -> Result:
    return CliRunner().invoke(app, ["report", *map(str, inputs), "-o", str(out), "--no-reference"])


@pytest.mark.parametrize("name", ["index.html", "b.html"])
def test_a_users_file_where_a_report_page_would_go_is_refused_before_the_run(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setattr(report, "report_items", pages)
    out = tmp_path / "report"
    out.mkdir()
    (out / name).write_bytes(USERS)
    failed_cleanly(make_report(inputs, out), 2, f"{out / name}: {REFUSED}", "move it away")
    assert snapshot(out) == {name: USERS}


def test_a_users_file_met_part_way_stops_the_run_and_keeps_it(inputs: list[Path], tmp_path: Path) -> None:
    """A JSONL record may name its own id, so its file's name is known only when it is written."""
    records = tmp_path / "in" / "records.jsonl"  # its result is named records.json (the stub's way)
    records.write_text("{}\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "records.json").write_bytes(USERS)
    result = extract([inputs[0], records, inputs[1]], out, "json")
    failed_cleanly(result, 2, f"{out / 'records.json'}: {REFUSED}")
    assert (
        "stopped after 1 articles" in result.stderr
        and "results.jsonl and errors.jsonl are as they were" in result.stderr
    )
    assert (out / "records.json").read_bytes() == USERS
    manifest = json.loads((out / MANIFEST).read_bytes())  # says the article written before it is electext's
    assert manifest["files"] == {"a.json": sha256((out / "a.json").read_bytes())}


@pytest.mark.parametrize("format", ["json", "jsonl", "csv"])
def test_a_rerun_over_electexts_own_outputs_replaces_them(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format: str
) -> None:
    out = tmp_path / "out"
    broken = tmp_path / "in" / "broken.txt"  # an error record: errors.jsonl is written, then removed
    broken.write_text("stub", encoding="utf-8")
    assert extract([*inputs, broken], out, format).exit_code == 1
    first = listed(out)
    assert "errors.jsonl" in first
    monkeypatch.setattr(cli, "_stream", made_up("second run"))
    assert extract(inputs[:2], out, format).exit_code == 0
    second = listed(out)
    assert "errors.jsonl" not in second
    if format != "csv":
        assert (
            b"second run" in (out / "results.jsonl").read_bytes() and second["results.jsonl"] != first["results.jsonl"]
        )


def test_a_report_run_again_replaces_its_pages(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report, "report_items", pages)
    out = tmp_path / "report"
    assert make_report(inputs, out).exit_code == 0
    assert sorted(listed(out)) == ["a.html", "b.html", "c.html", "index.html"]
    assert make_report(inputs[:1], out).exit_code == 0
    assert sorted(listed(out)) == ["a.html", "b.html", "c.html", "index.html"]  # b and c stay electext's


@pytest.mark.parametrize("format", ["json", "jsonl", "csv", "report"])
def test_outputs_from_before_manifests_are_recognised_and_replaced(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format: str
) -> None:
    monkeypatch.setattr(report, "report_items", pages)
    out = tmp_path / "out"
    broken = tmp_path / "in" / "broken.txt"
    broken.write_text("stub", encoding="utf-8")
    run = (
        (lambda: make_report(inputs, out)) if format == "report" else (lambda: extract([*inputs, broken], out, format))
    )
    assert run().exit_code in (0, 1)
    (out / MANIFEST).unlink()  # as an electext without manifests left the folder
    monkeypatch.setattr(cli, "_stream", made_up("second run"))
    assert run().exit_code in (0, 1)
    listed(out)


@pytest.mark.parametrize(("format", "name"), [("json", "a.json"), ("jsonl", "results.jsonl"), ("csv", "contests.csv")])
def test_an_output_edited_since_electext_wrote_it_is_refused(
    inputs: list[Path], tmp_path: Path, format: str, name: str
) -> None:
    out = tmp_path / "out"
    assert extract(inputs, out, format).exit_code == 0
    with (out / name).open("a", encoding="utf-8") as stream:
        stream.write("\n")  # an edit that leaves it an electext output to look at
    edited = snapshot(out)
    failed_cleanly(extract(inputs, out, format), 2, f"{out / name}: {CHANGED}", "move it away")
    assert snapshot(out) == edited


def test_an_edited_report_index_is_refused(inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "report_items", pages)
    out = tmp_path / "report"
    assert make_report(inputs, out).exit_code == 0
    index = out / "index.html"
    index.write_text(index.read_text(encoding="utf-8").replace("electext report</h1>", "Our report</h1>"))
    edited = snapshot(out)
    failed_cleanly(make_report(inputs, out), 2, f"{index}: {CHANGED}")
    assert snapshot(out) == edited


@pytest.mark.parametrize("renamed", [True, False], ids=["killed-after-the-rename", "killed-before-it"])
def test_what_a_killed_run_wrote_is_replaced_by_the_next_run(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, renamed: bool
) -> None:
    """A run killed part-way leaves the files it wrote, not yet in the manifest, and its journal's lines for
    them: a line is written before its file is renamed into place, so the kill may fall between the two."""
    out = tmp_path / "out"
    assert extract(inputs, out, "json").exit_code == 0
    killed = to_document("a", "killed run")
    if renamed:
        (out / "a.json").write_bytes(killed)
    line = json.dumps({"name": "a.json", "sha256": sha256(killed)})
    (out / JOURNAL).write_text(f"{line}\n{line[:20]}", encoding="utf-8")  # and a line the kill cut short
    monkeypatch.setattr(cli, "_stream", made_up("next run"))
    assert extract(inputs, out, "json").exit_code == 0
    assert (out / "a.json").read_bytes() == to_document("a", "next run")
    assert not (out / JOURNAL).exists()
    listed(out)


def to_document(article_id: str, title: str) -> bytes:
    from electext.outputs.write import to_json

    return to_json(small_result(article_id, title=title)).encode()
