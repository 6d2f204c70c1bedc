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
from electext.core.records import ArticleInfo, ArticleResult, PipelineInfo
from electext.ingest.article import Article, article_from_text
from electext.outputs.manifest import NAME as MANIFEST
from electext.outputs.write import BatchWriter, to_json
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
    older = out / f"{ARTICLES[1].stem}.json"  # written by another electext version, whose manifest lists it so
    older.write_text(older.read_text(encoding="utf-8").replace('"version": "', '"version": "0.0.0-'), encoding="utf-8")
    _as_written(out, older)

    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert "3 articles, " in result.output and ", 0 failed, 1 reused ->" in result.output
    assert not json.loads(older.read_text(encoding="utf-8"))["pipeline"]["version"].startswith("0.0.0-")
    new_hash = hashlib.sha256(changed.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    assert json.loads((out / f"{changed.stem}.json").read_text(encoding="utf-8"))["article"]["sha256"] == new_hash


def _as_written(folder: Path, path: Path) -> None:
    """List ``path`` in the folder's manifest as it is now, as the electext that wrote it would have."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"][path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


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
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [MANIFEST, f"{ARTICLES[0].stem}.json", "results.jsonl"]


# Issue 24: --resume keeps a killed jsonl run's lines and finds work by input identity, never by file name.
SHORT = [
    ROOT / "corpus" / "articles" / name for name in ("copeland-2017-results-box.txt", "ceredigion-2017-results-box.txt")
]
PIPELINE = PipelineInfo(version="test", model="test")


def _result_for(article: Article) -> ArticleResult:
    info = ArticleInfo(id=article.id, source=article.source, sha256=article.sha256, chars=len(article.original))
    return ArticleResult(article=info, pipeline=PIPELINE)


def test_a_killed_jsonl_run_leaves_its_lines_for_resume_and_a_torn_last_line_is_passed_over(tmp_path: Path) -> None:
    """The run stops, deterministically, reading standard input after two articles; it is killed there.
    Resumed, those two are reused, the torn line a kill mid-write leaves is not, and results.jsonl
    has each input once: the uninterrupted run's file, byte for byte."""
    first, second, last = tmp_path / "first.txt", tmp_path / "second.txt", tmp_path / "last.txt"
    shutil.copy(SHORT[0], first)
    shutil.copy(SHORT[1], second)
    shutil.copy(ARTICLES[0], last)
    stdin = SHORT[1].read_bytes() + b"\nA second telling.\n"
    args = ["extract", str(first), str(second), "-", str(last), "--format", "jsonl", "--jobs", "1"]
    uninterrupted = tmp_path / "uninterrupted"
    assert runner.invoke(app, [*args, "-o", str(uninterrupted)], input=stdin).exit_code == 0
    expected = (uninterrupted / "results.jsonl").read_bytes()

    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "electext", *args, "-o", str(out)],
        stdin=subprocess.PIPE,  # never written: the run waits there with two articles done
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None and len(_partial_lines(out)) < 2:
            time.sleep(0.02)
        assert process.poll() is None, "the run ended before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
        assert process.stdin is not None
        process.stdin.close()
    partial = _partial(out)
    assert len(partial) == 1 and not (out / "results.jsonl").exists()
    assert partial[0].read_bytes() == b"".join(expected.splitlines(keepends=True)[:2])
    with partial[0].open("ab") as stream:  # a kill part-way through writing the last article's line
        stream.write(expected.splitlines()[3][:500])

    resumed = runner.invoke(app, [*args, "-o", str(out), "--resume"], input=stdin)
    assert resumed.exit_code == 0, resumed.output
    assert "4 articles, " in resumed.output and ", 0 failed, 2 reused ->" in resumed.output
    assert (out / "results.jsonl").read_bytes() == expected
    assert sorted(path.name for path in out.iterdir()) == [MANIFEST, "results.jsonl"]  # the partial file is gone


def _partial(out: Path) -> list[Path]:
    return sorted(out.glob(".results.jsonl.*.tmp")) if out.is_dir() else []


def _partial_lines(out: Path) -> list[bytes]:
    return [
        line for path in _partial(out) for line in path.read_bytes().splitlines(keepends=True) if line.endswith(b"\n")
    ]


def test_a_resumed_run_that_is_killed_too_keeps_what_the_first_run_did(tmp_path: Path) -> None:
    """The partial file stays until the run that reuses it has written its own results.jsonl."""
    out = tmp_path / "out"
    out.mkdir()
    articles = [article_from_text(f"Labour won seat {n}.", source=f"in/{n}.txt") for n in range(3)]
    lines = [to_json(_result_for(article), indent=None) + "\n" for article in articles]
    (out / ".results.jsonl.killed1.tmp").write_text("".join(lines[:2]) + lines[2][:40], encoding="utf-8")

    second = BatchWriter(out, per_article=False, resume=True)  # killed before it wrote a line
    assert [second.reusable(article, PIPELINE) is not None for article in articles] == [True, True, False]
    second._results.close()  # what a kill does to its files: closed; its own partial file stays, empty
    assert second.folder._lock is not None
    second.folder._lock.close()  # and its hold on the folder is gone

    third = BatchWriter(out, per_article=False, resume=True)
    assert [third.reusable(article, PIPELINE) is not None for article in articles] == [True, True, False]
    for article in articles:
        third.add(_result_for(article))
    third.close()
    assert (out / "results.jsonl").read_text(encoding="utf-8") == "".join(lines)
    assert sorted(path.name for path in out.iterdir()) == [MANIFEST, "results.jsonl"]


def test_resume_finds_each_input_by_its_path_not_its_file_name(tmp_path: Path) -> None:
    """A parallel run's reader asks about many articles before the writer has named any: a/x.txt's
    output is x.json and b/x.txt's x-2.json, and each must be found before either is written again."""
    out = tmp_path / "out"
    articles = [article_from_text(f"Labour won in {folder}.", source=f"{folder}/x.txt") for folder in "ab"]
    first = BatchWriter(out, per_article=True)
    for article in articles:
        first.add(_result_for(article))
    first.close()
    assert sorted(path.name for path in out.glob("*.json")) == ["x-2.json", "x.json"]

    resumed = BatchWriter(out, per_article=True, resume=True)
    found = [resumed.reusable(article, PIPELINE) for article in articles]  # all asked before any is added
    assert [result.article.source if result else None for result in found] == ["a/x.txt", "b/x.txt"]
    resumed.close()


ENGINES = {
    "one process": ["--jobs", "1"],
    "process pool": ["--jobs", "2"],
    "dask": ["--engine", "dask", "--jobs", "2"],
}


@pytest.mark.parametrize("engine", ENGINES.values(), ids=ENGINES.keys())
def test_every_engine_resumes_inputs_that_share_a_file_name(tmp_path: Path, engine: list[str]) -> None:
    if "dask" in engine:
        pytest.importorskip("dask.distributed", reason="Dask is an optional extra: pip install 'electext[dask]'")
    inputs, out = tmp_path / "in", tmp_path / "out"
    for folder, sources in (("a", SHORT), ("b", [*SHORT[1:], SHORT[0]])):
        (inputs / folder).mkdir(parents=True)
        for index, source in enumerate(sources):
            shutil.copy(source, inputs / folder / f"article-{index}.txt")
    assert runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--jobs", "1"]).exit_code == 0
    before = _files(out)

    resumed = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--resume", *engine])
    assert resumed.exit_code == 0, resumed.output
    assert "4 articles, " in resumed.output and ", 0 failed, 4 reused ->" in resumed.output
    assert _files(out) == before
