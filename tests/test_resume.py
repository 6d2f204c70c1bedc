"""An interrupted batch loses nothing: kill it mid-way, rerun with --resume, get the uninterrupted outputs."""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from electext.cli import app
from typer.testing import CliRunner

from tests.conftest import ROOT

pytestmark = pytest.mark.model
runner = CliRunner()
ARTICLES = sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:30]


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _kill_after_some_outputs(inputs: Path, out: Path, outputs: int) -> None:
    """Run the batch in a subprocess and SIGKILL it once ``outputs`` article files have appeared."""
    process = subprocess.Popen(
        [sys.executable, "-m", "electext", "extract", str(inputs), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if out.is_dir() and len(list(out.glob("*.json"))) >= outputs:
                break
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the batch finished before it could be interrupted"


def test_kill_then_resume_gives_the_uninterrupted_outputs_byte_for_byte(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for article in ARTICLES:
        shutil.copy(article, inputs / article.name)
    interrupted, uninterrupted = tmp_path / "interrupted", tmp_path / "uninterrupted"

    _kill_after_some_outputs(inputs, interrupted, outputs=3)
    survivors = sorted(interrupted.glob("*.json"))
    assert 3 <= len(survivors) < len(ARTICLES)
    assert not (interrupted / "results.jsonl").exists()
    for path in survivors:  # atomic writes: whatever is there is whole
        json.loads(path.read_text(encoding="utf-8"))

    resumed = runner.invoke(app, ["extract", str(inputs), "-o", str(interrupted), "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert f"{len(ARTICLES)} articles, " in resumed.output
    assert f", 0 failed, {len(survivors)} reused ->" in resumed.output

    assert runner.invoke(app, ["extract", str(inputs), "-o", str(uninterrupted)]).exit_code == 0
    assert _files(interrupted) == _files(uninterrupted)  # no stray temporary files either


def test_resume_extracts_again_what_changed(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    for article in ARTICLES[:3]:
        shutil.copy(article, inputs / article.name)
    assert runner.invoke(app, ["extract", str(inputs), "-o", str(out)]).exit_code == 0
    changed = inputs / ARTICLES[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nLabour held the seat.\n", encoding="utf-8")
    older = out / f"{ARTICLES[1].stem}.json"  # written by another electext version
    older.write_text(older.read_text(encoding="utf-8").replace('"version": "', '"version": "0.0.0-'), encoding="utf-8")

    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert "3 articles, " in result.output and ", 0 failed, 1 reused ->" in result.output
    assert not json.loads(older.read_text(encoding="utf-8"))["pipeline"]["version"].startswith("0.0.0-")
    new_hash = hashlib.sha256(changed.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    assert json.loads((out / f"{changed.stem}.json").read_text(encoding="utf-8"))["article"]["sha256"] == new_hash


def test_resume_with_jsonl_format_reads_the_previous_batch_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["extract", str(ARTICLES[0]), str(ARTICLES[1]), "-o", str(out), "--format", "jsonl"]
    assert runner.invoke(app, args).exit_code == 0
    first = (out / "results.jsonl").read_bytes()
    result = runner.invoke(app, [*args, "--resume"])
    assert ", 0 failed, 2 reused ->" in result.output
    assert (out / "results.jsonl").read_bytes() == first


def test_a_second_run_cannot_write_a_folder_in_use(tmp_path: Path) -> None:
    from electext.outputs.write import BatchWriter

    first = BatchWriter(tmp_path / "out")
    second = runner.invoke(app, ["extract", str(ARTICLES[0]), "-o", str(tmp_path / "out")])
    assert second.exit_code == 3  # the output is in use: nothing was written
    assert f"Error: {tmp_path / 'out'}: another electext run is writing to this folder" in second.output
    first.close()
    assert runner.invoke(app, ["extract", str(ARTICLES[0]), "-o", str(tmp_path / "out")]).exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{ARTICLES[0].stem}.json", "results.jsonl"]
