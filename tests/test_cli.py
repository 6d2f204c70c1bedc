"""The CLI: exit codes, per-file errors that do not stop the batch, deterministic output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from electext.cli import app
from electext.outputs.manifest import NAME as MANIFEST
from typer.testing import CliRunner

from tests.conftest import SEED

pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "nested" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    return folder


def test_bad_file_is_an_error_record_and_the_batch_goes_on(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(batch), "-o", str(out)])
    assert result.exit_code == 1
    assert "broken.txt" in result.output and "not valid UTF-8" in result.output
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["stage"], e["error"]) for e in errors] == [("ingest", "DecodeError")]
    # two inputs named seed.txt in different folders never overwrite each other
    assert sorted(p.name for p in out.glob("*.json")) == ["seed-2.json", "seed.json"]
    assert len((out / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_output_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert runner.invoke(app, ["extract", str(SEED), "-o", str(first)]).exit_code == 0
    assert runner.invoke(app, ["extract", str(SEED), "-o", str(second)]).exit_code == 0
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes()


def test_jsonl_format_writes_only_the_batch_file(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract", str(SEED), "-o", str(tmp_path), "--format", "jsonl"]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, "results.jsonl"]  # and the manifest naming it


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "does-not-exist"], "no such file or folder: does-not-exist"),
        (["extract", str(SEED), "--format", "xml"], "--format must be one of json, jsonl, csv, sqlite"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_check_prints_a_readable_summary() -> None:
    result = runner.invoke(app, ["check", str(SEED)])
    assert result.exit_code == 0
    assert "Mid Bedfordshire by-election: won by Alistair Strathern Labour (gain from Conservative)" in result.output
    assert "Selby and Ainsty by-election (mentioned only)" in result.output
    assert "FAIL" not in result.output


def test_show_prints_json() -> None:
    result = runner.invoke(app, ["show", str(SEED)])
    assert result.exit_code == 0
    assert json.loads(result.output)["schema_version"] == "2.0"


def test_explain_names_the_rule_that_read_each_figure(tmp_path: Path) -> None:
    article = tmp_path / "ashcombe.txt"
    article.write_text(
        "Labour's Ruth Ellis won the Kettering by-election with a majority of 2,918 over the Conservatives.\n"
        "She polled 14,009 votes; turnout was 38.4%.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["explain", str(article)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[1]: line for line in result.output.splitlines() if line.startswith("Kettering")}
    assert "majority_cue" in lines["majority"] and "a majority of [2,918] over" in lines["majority"]
    assert "votes_word" in lines["votes"] and "turnout_cue" in lines["turnout"]
    missing = runner.invoke(app, ["explain", str(tmp_path / "nothing.txt")])
    assert missing.exit_code == 2


def test_check_shows_the_official_match_and_checks() -> None:
    result = runner.invoke(app, ["check", str(SEED)])
    assert "official results: matched Mid Bedfordshire by-election of 2023-10-19" in result.output
    assert (
        "[      PASS      ] official_previous_majority: reported previous majority more than 19,600, official 19,634"
        in (result.output)
    )


def test_official_checks_can_be_switched_off_or_pointed_elsewhere(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", str(SEED), "--no-reference"])
    data = json.loads(result.output)
    assert data["official"] == [] and not [c for c in data["checks"] if c["id"].startswith("official_")]
    assert data["pipeline"]["reference"] is None
    missing = runner.invoke(app, ["check", str(SEED), "--reference", str(tmp_path / "none.sqlite")])
    assert missing.exit_code == 2 and "no reference database there" in missing.output


def test_reference_info_says_what_it_covers() -> None:
    result = runner.invoke(app, ["reference", "info"])
    assert result.exit_code == 0
    assert "general election: 5 polling days (2010-05-06, 2015-05-07, 2017-06-08, 2019-12-12, 2024-07-04)" in (
        result.output
    )
    assert "by-election: 50 polling days (2011-01-13 to 2026-08-13), 65 contests" in result.output
    assert "Open Parliament Licence v3.0" in result.output


def test_model_help_names_the_default_that_results_record() -> None:
    """The help's default is the list the pipeline tries, and a result records the one that loaded."""
    from importlib.util import find_spec

    from electext.nlp.model_choice import DEFAULT_MODELS

    words = " ".join(runner.invoke(app, ["show", "-h"]).output.replace("│", " ").split())  # rich's box drawn
    assert f"else the first installed of {', '.join(DEFAULT_MODELS)})" in words
    assert "pipeline.model, NAME-VERSION" in words
    loaded = next(name for name in DEFAULT_MODELS if find_spec(name) is not None)
    shown = runner.invoke(app, ["show", str(SEED)], env={"ELECTEXT_MODEL": None})
    assert json.loads(shown.output)["pipeline"]["model"].startswith(f"{loaded}-")
