"""What the batch commands say while they run and when they end: the progress bar (off unless stderr is a
terminal or --progress asks), -q and -v, the closing summary; and check's --only, --format json, verdict
table and exit code (4 on a fail verdict, as a linter exits on a finding)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from electext.cli import EXIT_ALARM, app
from typer.testing import CliRunner

from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.model
runner = CliRunner()
# Corpus articles with a reporter's error the checks flag: a fail, and a second fail that follows it.
BOLSOVER = ROOT / "corpus" / "articles" / "c-bolsover-2019-winner-votes-error.txt"
CANTERBURY = ROOT / "corpus" / "articles" / "canterbury-2017-swing-error.txt"
ESCAPE = re.compile(r"\x1b\[")
CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # the terminal's control sequences: colour, cursor moves


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The seed article (no fail), two with a fail, and a file that cannot be read."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for article in (SEED, BOLSOVER, CANTERBURY):
        shutil.copy(article, inputs / article.name)
    (inputs / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    return inputs


def test_no_bar_when_stderr_is_not_a_terminal_and_a_closing_summary(folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert not ESCAPE.search(result.stderr) and "Extracting" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: ") and "broken.txt" in lines[0]
    assert lines[1] == f"3 articles, 9 contests, 1 failed -> {tmp_path / 'out'}"
    assert re.fullmatch(
        r"verdicts: 4 fail, (\d+ [a-z ]+, )*\d+ pass, \d+ unverifiable; 2 articles with a fail", lines[2]
    )
    assert len(lines) == 3


def test_progress_bar_shows_done_of_total_the_file_the_rate_and_time_left(folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "out"), "--progress"])
    assert result.exit_code == 1
    frames = [line for line in re.split(r"[\r\n]", CONTROL.sub("", result.stderr)) if "Extracting" in line]
    plain = frames[-1]
    # the last frame: all four inputs done, the rate, no time left, the file read last (sorted order)
    assert re.search(r"Extracting ━+ 4/4 [0-9.]+/s 0:00:00 .*mid-beds-tamworth\.txt", plain), plain
    assert "error: " in result.stderr and "3 articles, 9 contests, 1 failed" in result.stderr


def test_a_jsonl_input_makes_the_total_unknown(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    text = SEED.read_text(encoding="utf-8")
    batch.write_text("".join(json.dumps({"id": f"a{n}", "text": text}) + "\n" for n in range(2)), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(batch), "-o", str(tmp_path / "out"), "--progress"])
    assert result.exit_code == 0
    assert re.search(r"Extracting .*2/\?", CONTROL.sub("", result.stderr))


def test_quiet_prints_only_errors_and_verbose_a_line_per_article(folder: Path, tmp_path: Path) -> None:
    quiet = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "q"), "-q", "--format", "jsonl"])
    assert quiet.exit_code == 1
    assert [line.split(":")[0] for line in quiet.stderr.splitlines()] == ["error"]
    verbose = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "v"), "--verbose"])
    lines = verbose.stderr.splitlines()
    assert lines[1].startswith(f"{folder / BOLSOVER.name}: 3 contests; 2 fail, ") and lines[1].endswith("unverifiable")
    assert lines[3] == f"{folder / SEED.name}: 5 contests; " + lines[3].split("; ")[1]
    assert len(lines) == 6  # four inputs, then the summary's two lines
    both = runner.invoke(app, ["extract", str(SEED), "-o", str(tmp_path / "b"), "-q", "-v"])
    assert both.exit_code == 2 and "--quiet and --verbose cannot be used together" in both.output


def test_check_exits_4_on_a_fail_verdict_unless_exit_zero(folder: Path) -> None:
    assert runner.invoke(app, ["check", str(SEED)]).exit_code == 0
    failing = runner.invoke(app, ["check", str(BOLSOVER)])
    assert failing.exit_code == EXIT_ALARM == 4
    assert runner.invoke(app, ["check", str(BOLSOVER), "--exit-zero"]).exit_code == 0
    # an input that could not be read is exit 1, as for every command, whatever the others' verdicts
    assert runner.invoke(app, ["check", str(folder)]).exit_code == 1


def test_check_ends_with_a_table_of_verdicts(folder: Path) -> None:
    result = runner.invoke(app, ["check", str(folder), "--only", "fail"])
    table = result.stderr.splitlines()[1:]
    assert table[0] == "3 articles checked, 1 failed"
    assert table[1].split() == ["verdict", "checks", "articles"]
    assert table[2].split() == ["fail", "4", "2"]
    assert [row.rsplit(None, 2)[0] for row in table[3:8]] == [
        "check extraction",
        "imprecise",
        "rounded",
        "pass",
        "unverifiable",
    ]
    assert table[8] == "2 of 3 articles have a fail verdict"


def test_check_only_shows_the_checks_asked_for(folder: Path) -> None:
    result = runner.invoke(app, ["check", str(folder), "--only", "fail"])
    out = result.stdout
    assert SEED.stem not in out  # no fail: not shown
    assert out.startswith(f"{BOLSOVER.stem} ({folder / BOLSOVER.name})\n  Bolsover election: won by")
    statuses = re.findall(r"\[\s*([A-Z ]+?)\s*\]", out)
    assert statuses == ["FAIL"] * 4
    # a fail that follows another is shown under it
    assert "      ↳ [      FAIL      ] winner_most_votes:" in out and "      ↳ [      FAIL      ] swing_shares:" in out
    assert "Bassetlaw" not in out  # a contest of the article without a fail
    # a comma list, the option repeated, check-extraction for check_extraction
    several = runner.invoke(app, ["check", str(BOLSOVER), "--only", "fail, unverifiable", "--only", "check-extraction"])
    assert set(re.findall(r"\[\s*([A-Z ]+?)\s*\]", several.stdout)) == {"FAIL", "UNVERIFIABLE"}
    assert several.exit_code == 4
    wrong = runner.invoke(app, ["check", str(SEED), "--only", "fail,wrong"])
    assert wrong.exit_code == 2 and "--only takes verdicts among fail, check_extraction" in wrong.output


def test_check_json_is_one_object_per_article(folder: Path) -> None:
    result = runner.invoke(app, ["check", str(folder), "--format", "json", "-q"])
    assert result.exit_code == 1 and result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"].rsplit("/", 1)[1] for d in documents] == [
        "broken.txt",
        BOLSOVER.name,
        CANTERBURY.name,
        SEED.name,
    ]
    broken = documents[0]  # an input that failed: its error record, as errors.jsonl holds it
    assert (broken["stage"], broken["error"]) == ("ingest", "DecodeError")
    bolsover = documents[1]
    assert bolsover["id"] == BOLSOVER.stem and bolsover["contests"][0] == "Bolsover election"
    assert bolsover["verdicts"]["fail"] == 2 and sum(bolsover["verdicts"].values()) == len(bolsover["checks"])
    assert [c["index"] for c in bolsover["checks"]] == list(range(len(bolsover["checks"])))
    only = runner.invoke(app, ["check", str(BOLSOVER), str(SEED), "--format", "json", "--only", "fail"])
    [document] = [json.loads(line) for line in only.stdout.splitlines()]
    fails = document["checks"]
    assert [c["status"] for c in fails] == ["fail", "fail"]
    # follows still names a check by its index among all the article's checks
    assert fails[0]["follows"] == fails[1]["index"] and fails[1]["id"] == "official_votes"


def test_report_is_quiet_verbose_and_summarised(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(BOLSOVER), "-o", str(tmp_path / "r"), "-v"])
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and lines[0].startswith(f"{BOLSOVER}: 3 contests; 2 fail, ")
    assert lines[1] == f"1 articles (0 from --results), 0 failed -> {tmp_path / 'r' / 'index.html'}"
    assert lines[2].startswith("verdicts: 2 fail, ") and lines[2].endswith("; 1 articles with a fail")
    quiet = runner.invoke(app, ["report", str(BOLSOVER), "-o", str(tmp_path / "q"), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
