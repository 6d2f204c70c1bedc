"""Input formats: HTML pages, JSON and JSONL records, standard input; extracted text kept for evidence."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import electext.ingest.article as article_module
import pytest
from electext import api
from electext.api import extract_paths
from electext.cli import app
from electext.core import rx
from electext.core.records import ArticleResult, ErrorRecord
from electext.ingest.sources import ReadOptions
from electext.lexicon.active import patterns_in_use
from electext.nlp.annotate import load_pipeline
from typer.testing import CliRunner

from tests.conftest import SEED, evidence_round_trips

pytestmark = pytest.mark.model
runner = CliRunner()

PAGE = """<!DOCTYPE html>
<html><head><title>Labour take Tamworth | Example News</title>
<meta name="author" content="Becky Morton">
<meta property="article:published_time" content="2023-10-20T04:12:00Z">
<link rel="canonical" href="https://news.example.org/tamworth"></head>
<body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article><h1>Labour take Tamworth</h1>
<p>Labour&#8217;s Sarah Edwards won the Tamworth by-election with a 1,316 majority,
overturning a Conservative majority of 19,634.</p>
<p>Turnout was 35.9%.</p></article>
<footer>Copyright Example News</footer></body></html>
"""


def _one(path: Path) -> ArticleResult:
    records = list(extract_paths([path]))
    assert len(records) == 1 and isinstance(records[0], ArticleResult), records
    return records[0]


def test_html_main_text_and_metadata_with_verifiable_evidence(tmp_path: Path) -> None:
    path = tmp_path / "tamworth.html"
    path.write_text(PAGE, encoding="utf-8")
    result = _one(path)
    info = result.article
    assert (info.title, info.byline, info.published, info.url) == (
        "Labour take Tamworth",
        "Becky Morton",
        "2023-10-20",
        "https://news.example.org/tamworth",
    )
    assert info.text is not None and info.text.startswith("Labour take Tamworth\nLabour\u2019s Sarah Edwards")
    assert "Home" not in info.text and "Copyright" not in info.text
    assert info.chars == len(info.text)
    contest = result.contests[0]
    assert (contest.constituency.value, contest.majority and contest.majority.value) == ("Tamworth", 1316.0)
    evidence_round_trips(result, info.text)


def test_json_array_and_a_chosen_text_field(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    records = [
        {"body": SEED.read_text(encoding="utf-8"), "id": 7, "date": "2023-10-20", "title": "By-elections"},
        {"body": 42},
        {"text": "no body field"},
        ["not", "an", "object"],
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    out = list(extract_paths([path], options=ReadOptions(text_field="body")))
    first = out[0]
    assert isinstance(first, ArticleResult)
    assert (first.article.id, first.article.source, first.article.published) == ("7", f"{path}[0]", "2023-10-20")
    assert first.article.text == records[0]["body"]
    evidence_round_trips(first, records[0]["body"])  # type: ignore[arg-type]
    assert [(e.source, e.message) for e in out[1:] if isinstance(e, ErrorRecord)] == [
        (f"{path}[1]", f"{path}[1]: the 'body' field is int, not a string"),
        (f"{path}[2]", f"{path}[2]: no 'body' field (choose the text field with --text-field)"),
        (f"{path}[3]", f"{path}[3]: a record must be a JSON object, not list"),
    ]


def test_a_json_file_that_is_not_json_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"text": "Labour won",\n  oops}', encoding="utf-8")
    (record,) = extract_paths([path])
    assert isinstance(record, ErrorRecord)
    assert (
        record.message == f"{path}: not valid JSON (Expecting property name enclosed in double quotes: line 2 column 3)"
    )


def test_folders_are_searched_for_text_and_html_not_json(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text("{}\n", encoding="utf-8")
    assert [r.article.id for r in extract_paths([tmp_path]) if isinstance(r, ArticleResult)] == ["page"]


def test_stdin_text_and_html(tmp_path: Path) -> None:
    text = runner.invoke(app, ["show", "-"], input=SEED.read_bytes())
    assert text.exit_code == 0
    assert (json.loads(text.output)["article"]["source"], json.loads(text.output)["article"]["id"]) == (
        "<stdin>",
        "stdin",
    )
    page = runner.invoke(app, ["extract", "-", "-o", str(tmp_path)], input=PAGE.encode())
    assert page.exit_code == 0, page.output
    stored = json.loads((tmp_path / "stdin.json").read_text(encoding="utf-8"))
    assert stored["article"]["title"] == "Labour take Tamworth"


def test_text_from_standard_input_is_stored_and_its_evidence_quotes_it(tmp_path: Path) -> None:
    """Text piped in is kept nowhere else: without it in the result, no offset could be checked."""
    text = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")  # offsets count the \r too
    piped = runner.invoke(app, ["extract", "-", "-o", str(tmp_path)], input=text.encode("utf-8"))
    assert piped.exit_code == 0, piped.output
    result = ArticleResult.model_validate_json((tmp_path / "stdin.json").read_text(encoding="utf-8"))
    assert result.article.text == text and result.article.chars == len(text)
    assert result.contests and result.contests[0].majority and result.contests[0].majority.evidence
    evidence_round_trips(result, result.article.text)


def test_encoding_option_and_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Labour won Ynys M\u00f4n.".encode("utf-16-be"))
    assert "NUL byte at byte 0" in runner.invoke(app, ["show", str(path)]).output
    decoded = runner.invoke(app, ["show", str(path), "--encoding", "utf-16-be"])
    assert decoded.exit_code == 0
    assert json.loads(decoded.output)["article"]["encoding"] == "utf-16-be"
    unknown = runner.invoke(app, ["show", str(path), "--encoding", "klingon"])
    assert unknown.exit_code == 2 and "unknown encoding 'klingon'" in unknown.output


def assert_seed_ran_out_of_time(why: str) -> None:
    """The seed article comes back as a time-limit error record that says why (``why``: a regular
    expression, for the stage named is where the time happened to run out)."""
    (record,) = extract_paths([SEED])
    assert isinstance(record, ErrorRecord)
    assert (record.stage, record.error) == ("extract", "TimeLimitError")
    not_prose = "; the text is probably not prose (please report it with this file)"
    assert re.fullmatch(re.escape(f"{SEED}: ") + why + re.escape(not_prose), record.message), record.message


def test_a_match_past_the_regex_time_bound_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns_in_use(), "REGEX_TIMEOUT", 1e-9)  # the compiled patterns the stages read
    assert_seed_ran_out_of_time(r"a pattern match ran past its 1e-09 s bound \(pattern '.+', in electext\.[\w.]+\)")


def test_a_slow_loop_around_fast_matches_is_named_as_the_stage_not_a_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_figures works on each match of its scan over the text; when that work is what runs past
    the scan's bound, the record names find_figures, not "a pattern match" (issue 24)."""
    from electext.extract import figures

    digit_value = figures._digit_value

    def slow_digit_value(digits: str, magnitude: str | None) -> float:
        started = time.process_time()  # CPU time, which the bound counts
        while time.process_time() - started < 0.05:
            pass
        return digit_value(digits, magnitude)

    load_pipeline()
    monkeypatch.setattr(figures, "_digit_value", slow_digit_value)
    monkeypatch.setattr(patterns_in_use(), "REGEX_TIMEOUT", 0.3)
    assert_seed_ran_out_of_time(
        r"electext\.extract\.figures\.find_figures ran past the 0\.3 s bound of a scan of the text in its own "
        r"work on the matches \(0\.0\d s of \d\.\d\d s was the pattern's\)"
    )


# The alarm may go off inside a callback where Python swallows its exception (hypothesis keeps a
# garbage-collector callback in this process) and reports it as unraisable; the deadline still ends the
# article (pipeline/electext/core/rx.py), which is what this test checks.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_article_past_its_cpu_deadline_is_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    load_pipeline()  # loaded before the deadline, as a worker loads it before its first article
    monkeypatch.setattr(rx, "_DEADLINES_ALLOWED", True)  # as in the command's and the workers' processes
    monkeypatch.setattr(api, "DEADLINE_BASE_SECONDS", 0.001)
    monkeypatch.setattr(api, "DEADLINE_SECONDS_PER_CHAR", 0.0)
    assert_seed_ran_out_of_time(r"extraction ran past its 0\.001 s of CPU time, stopped in electext\.[\w.]+")
    monkeypatch.setattr(api, "DEADLINE_BASE_SECONDS", 30.0)
    assert isinstance(extract_paths([SEED]).__next__(), ArticleResult)  # the same article, in time


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_time_bound_while_reading_an_input_is_its_error_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """Reading runs in the parent process, before any stage's guard: a pattern's bound there must not
    end the batch."""
    real = article_module.normalise

    def slow(original: str) -> tuple[str, tuple[int, ...]]:
        if "crafted" in original:
            raise rx.BoundExceeded(5.0, r"\S{301,}", "electext.ingest.article.article_from_text", 5.1, 5.2)
        return real(original)

    monkeypatch.setattr(article_module, "normalise", slow)
    crafted = tmp_path / f"crafted{suffix}"
    crafted.write_text('{"text": "crafted text"}\n' if suffix == ".jsonl" else "crafted text", encoding="utf-8")
    results = list(extract_paths([crafted, SEED]))
    assert isinstance(results[0], ErrorRecord) and results[0].error == "ReadTimeLimitError"
    assert "reading it ran past its time bound" in results[0].message and results[0].stage == "ingest"
    assert isinstance(results[1], ArticleResult) and results[1].contests
