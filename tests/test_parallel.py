"""Many processes, one output: --jobs and --engine dask write what a single process writes, byte for byte."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from electext.cli import app
from electext.core.records import ArticleInfo, ArticleResult, ErrorRecord, PipelineInfo
from electext.ingest.article import article_from_text
from electext.runtime.parallel import in_order
from typer.testing import CliRunner

from tests.conftest import ROOT

runner = CliRunner()
ARTICLES = ROOT / "corpus" / "articles"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small mixed batch: corpus articles, a broken file, and a JSONL file with a bad line."""
    folder = tmp_path_factory.mktemp("batch")
    for name in ("mid-beds-tamworth.txt", "stoke-central-2017-majority-error.txt", "clacton-2014-wire.txt"):
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    (folder / "records.jsonl").write_text(
        '{"id": "r1", "text": "Labour held Wakefield with a majority of 4,925."}\n{not json\n', encoding="utf-8"
    )
    return folder


def _run(batch: Path, out: Path, *extra: str) -> dict[str, bytes]:
    inputs = sorted(str(p) for p in batch.iterdir())
    result = runner.invoke(app, ["extract", *inputs, "-o", str(out), *extra])
    assert result.exit_code == 1, result.output  # the broken file and the bad line are error records
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.model
def test_two_processes_write_exactly_what_one_writes(batch: Path, tmp_path: Path) -> None:
    one = _run(batch, tmp_path / "one", "--jobs", "1")
    two = _run(batch, tmp_path / "two", "--jobs", "2")
    assert one == two
    assert {"results.jsonl", "errors.jsonl", "mid-beds-tamworth.json", "r1.json"} <= one.keys()
    assert one["errors.jsonl"].count(b'"source"') == 2


@pytest.mark.model
@pytest.mark.parametrize("output_format", ["jsonl", "csv"])
def test_every_format_is_the_same_from_two_processes(batch: Path, tmp_path: Path, output_format: str) -> None:
    # JSON lines come from the workers already serialised; CSV rows are made from records in the parent.
    one = _run(batch, tmp_path / "one", "--jobs", "1", "--format", output_format)
    two = _run(batch, tmp_path / "two", "--jobs", "2", "--format", output_format)
    assert one == two and one


@pytest.mark.model
def test_a_dask_local_cluster_writes_exactly_what_one_process_writes(batch: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="Dask is an optional extra: pip install 'electext[dask]'")
    one = _run(batch, tmp_path / "one", "--jobs", "1")
    dask = _run(batch, tmp_path / "dask", "--engine", "dask", "--jobs", "2")
    assert one == dask


class _Future:
    """A stand-in for a worker's future, recording when its result was asked for."""

    def __init__(self, value: ArticleResult, log: list[str]) -> None:
        self.value, self.log = value, log

    def result(self) -> ArticleResult:
        self.log.append(f"get {self.value.article.id}")
        return self.value


def _result(article_id: str) -> ArticleResult:
    info = ArticleInfo(id=article_id, source=article_id, sha256="0" * 64, chars=1)
    return ArticleResult(article=info, pipeline=PipelineInfo(version="test", model="test"))


def test_records_come_back_in_input_order_with_a_bounded_window() -> None:
    log: list[str] = []
    error = ErrorRecord(source="bad.txt", stage="ingest", error="DecodeError", message="not text")

    def planned() -> Iterator[object]:
        for index in range(6):
            if index == 2:
                yield error  # known before any worker runs: passes through in its place
            else:
                log.append(f"plan a{index}")
                yield article_from_text("Labour won.", source=f"a{index}", article_id=f"a{index}")

    def submit(article: object) -> _Future:
        return _Future(_result(article.id), log)  # type: ignore[attr-defined]

    out = list(in_order(planned(), submit, window=2))  # type: ignore[arg-type]
    assert [r.article.id if isinstance(r, ArticleResult) else r.source for r in out] == [
        "a0",
        "a1",
        "bad.txt",
        "a3",
        "a4",
        "a5",
    ]
    # never more than two items waiting: a0 is collected before a3 is planned
    assert log.index("get a0") < log.index("plan a3")


def test_a_worker_leaves_when_its_batch_is_killed() -> None:
    """Workers watch the process that started them: a killed batch leaves none behind."""
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    worker = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from electext.runtime.worker import _exit_with; _exit_with({dead.pid}); print('stayed')",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert worker.returncode == 1 and "stayed" not in worker.stdout


@pytest.mark.model
def test_workers_import_the_installed_electext_not_a_package_in_the_working_folder(tmp_path: Path) -> None:
    # A data desk's project folder may hold a package of the same name (a checkout, a vendored copy).
    # The command's workers must import the installed electext, as the command itself does (its
    # script's folder comes first on its path, not the working folder).
    command = Path(sys.executable).parent / "electext"
    if not command.is_file():
        pytest.skip("the electext console script is not installed in this environment")
    (tmp_path / "electext").mkdir()
    (tmp_path / "electext" / "__init__.py").write_text('raise ImportError("the working folder\'s electext")\n')
    shutil.copy(ARTICLES / "mid-beds-tamworth.txt", tmp_path / "mid-beds-tamworth.txt")
    shutil.copy(ARTICLES / "clacton-2014-wire.txt", tmp_path / "clacton-2014-wire.txt")
    run = subprocess.run(
        [str(command), "extract", "mid-beds-tamworth.txt", "clacton-2014-wire.txt", "-o", "out", "--jobs", "2"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads((tmp_path / "out" / "mid-beds-tamworth.json").read_text(encoding="utf-8"))
    assert result["pipeline"]["reference"] == "built-in"
