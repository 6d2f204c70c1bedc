"""The bad-input catalogue: one batch of hostile files, each failing with its exact error, nothing lost.

Every case runs in the same batch as a good article, so each assertion also shows that the batch went
on and that the good article's output is exactly what it is on its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from electext.cli import app
from electext.outputs.manifest import NAME as MANIFEST
from typer.testing import CliRunner

from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.model
runner = CliRunner()

TWENTY_MB = 20 * 1024 * 1024
ONE_MB_OF_ONES = ("1," * (1024 * 1024 // 2))[:-1]
NESTED_HTML = (
    "<html><body>" + "<div>" * 20_000 + "<p>Labour won the by-election.</p>" + "</div>" * 20_000 + "</body></html>"
)
RECORDS = [
    '{"id": "tamworth", "text": "Sarah Edwards won the Tamworth by-election for Labour with a 1,316 majority."}',
    '{"id": "broken", "text": "no closing quote}',
    '{"id": "../../escaped", "title": "Up and out", "text": "Labour held the seat.", "url": "https://example.org/x"}',
]


def _write_catalogue(folder: Path) -> None:
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_bytes(b"  \n\t \r\n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "truncated.txt").write_bytes("Labour\u2019s win".encode() + "\u2019".encode()[:2])
    (folder / "utf16.txt").write_bytes("\ufeffLabour\u2019s Sarah Edwards won Tamworth.".encode("utf-16-le"))
    (folder / "cp1252.txt").write_bytes("Caf\u00e9 owner\u2019s \u00a3500 bet on Labour won.".encode("cp1252"))
    (folder / "huge.txt").write_bytes(b"Labour won. " * (TWENTY_MB // 12))
    (folder / "ones.txt").write_text(ONE_MB_OF_ONES + "\n", encoding="utf-8")
    (folder / "percent.txt").write_text("%" * 100_000, encoding="utf-8")
    (folder / "nobody.html").write_text("<html><head><title>Only a title</title></head></html>", encoding="utf-8")
    (folder / "nested.html").write_text(NESTED_HTML, encoding="utf-8")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "up").symlink_to("..", target_is_directory=True)  # a folder loop the walk must not follow
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("catalogue")
    folder = root / "in"
    _write_catalogue(folder)
    records = root / "records.jsonl"
    records.write_text("\n".join(RECORDS) + "\n", encoding="utf-8")
    out = root / "out"
    result = runner.invoke(app, ["extract", str(folder), str(records), "-o", str(out)])
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    results = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    return {
        "root": root,
        "folder": folder,
        "out": out,
        "result": result,
        "errors": {Path(e["source"]).name: e for e in errors},
        "results": {r["article"]["id"]: r for r in results},
    }


CASES = [
    ("empty.txt", "EmptyArticleError", "{path}: the article is empty"),
    ("whitespace.txt", "EmptyArticleError", "{path}: the article is empty"),
    (
        "image.txt",
        "DecodeError",
        "{path}: not valid UTF-8 at byte 0 (b'\\x89'): binary data, not text (a PNG image)",
    ),
    (
        "truncated.txt",
        "DecodeError",
        "{path}: not valid UTF-8 at byte 14 (b'\\xe2'): the file ends inside a character (truncated?)",
    ),
    (
        "huge.txt",
        "TooLargeError",
        "{path}: 20,971,512 bytes is over the input size limit of 800,000 bytes",
    ),
    (
        "ones.txt",
        "TooLargeError",
        "{path}: 1,048,576 bytes is over the input size limit of 800,000 bytes",
    ),
    (
        "nobody.html",
        "EmptyArticleError",
        "{path}: no article text found in the HTML (trafilatura found no main content)",
    ),
    (
        "nested.html",
        "EmptyArticleError",
        "{path}: no article text found in the HTML (trafilatura found no main content)",
    ),
    ("loop.txt", "InputError", "{path}: cannot read (Too many levels of symbolic links)"),
    ("pipe.txt", "InputError", "{path}: not a regular file"),
]


@pytest.mark.parametrize(("name", "error", "message"), CASES, ids=[case[0] for case in CASES])
def test_each_bad_file_gets_its_exact_error(catalogue: dict[str, Any], name: str, error: str, message: str) -> None:
    record = catalogue["errors"][name]
    path = catalogue["folder"] / name
    assert (record["source"], record["stage"], record["error"]) == (str(path), "ingest", error)
    assert record["message"] == message.format(path=path)
    assert f"error: {path}: [ingest] {record['message']}" in catalogue["result"].output
    assert not (catalogue["out"] / f"{path.stem}.json").exists()


def test_the_batch_goes_on_and_the_good_outputs_are_intact(catalogue: dict[str, Any]) -> None:
    result = catalogue["result"]
    assert result.exit_code == 1
    assert "6 articles, 7 contests, 11 failed" in result.output
    assert set(catalogue["results"]) == {"seed", "utf16", "cp1252", "percent", "tamworth", "../../escaped"}
    written = {"cp1252.json", "escaped.json", "percent.json", "seed.json", "tamworth.json", "utf16.json"}
    assert {p.name for p in catalogue["out"].iterdir()} == written | {MANIFEST, "errors.jsonl", "results.jsonl"}
    for name, schema_file in (("errors", "error-record"), ("results", "article-result")):
        schema = json.loads((ROOT / "schemas" / f"{schema_file}.schema.json").read_text(encoding="utf-8"))
        for record in catalogue[name].values():
            jsonschema.validate(record, schema)
    seed = json.loads((catalogue["out"] / "seed.json").read_text(encoding="utf-8"))
    alone = json.loads((ROOT / "outputs" / "mid-beds-tamworth.json").read_text(encoding="utf-8"))
    assert {key: value for key, value in seed.items() if key != "article"} == {
        key: value for key, value in alone.items() if key != "article"
    }
    assert seed["article"]["sha256"] == alone["article"]["sha256"]


def test_legacy_and_utf16_files_are_decoded_and_say_so(catalogue: dict[str, Any]) -> None:
    utf16, cp1252 = catalogue["results"]["utf16"]["article"], catalogue["results"]["cp1252"]["article"]
    assert (utf16["encoding"], utf16["chars"]) == ("utf-16", 36)
    assert (cp1252["encoding"], cp1252["chars"]) == ("cp1252", 36)
    assert "text" not in utf16  # the decoded file is the text: it is not copied into the output


def test_a_run_too_long_to_be_words_is_skipped_with_a_warning(catalogue: dict[str, Any]) -> None:
    percent = catalogue["results"]["percent"]
    assert percent["contests"] == []
    assert [w["code"] for w in percent["warnings"]] == ["no_result", "long_run_skipped"]
    assert percent["warnings"][1]["message"] == (
        "characters 0-100,000 (100,000 characters without a space) were skipped: too long to be words"
    )


def test_a_broken_jsonl_line_is_one_error_and_the_other_records_go_on(catalogue: dict[str, Any]) -> None:
    records = catalogue["root"] / "records.jsonl"
    error = catalogue["errors"]["records.jsonl:2"]
    assert (error["source"], error["error"]) == (f"{records}:2", "RecordError")
    assert error["message"] == f"{records}:2: not valid JSON (Invalid control character at: column 44)"
    tamworth = catalogue["results"]["tamworth"]
    assert tamworth["article"]["source"] == f"{records}:1"
    assert tamworth["contests"][0]["majority"]["value"] == 1316


def test_an_id_field_cannot_write_outside_the_output_folder(catalogue: dict[str, Any]) -> None:
    escaped = json.loads((catalogue["out"] / "escaped.json").read_text(encoding="utf-8"))
    assert escaped["article"]["id"] == "../../escaped"
    assert (escaped["article"]["title"], escaped["article"]["url"]) == ("Up and out", "https://example.org/x")
    assert not (catalogue["root"].parent / "escaped.json").exists()


def test_pathological_runs_within_a_raised_limit_are_processed(tmp_path: Path) -> None:
    ones = tmp_path / "ones.txt"
    ones.write_text(ONE_MB_OF_ONES + "\n", encoding="utf-8")
    result = runner.invoke(app, ["show", str(ones), "--max-chars", "2000000"])
    assert result.exit_code == 0, result.output
    warnings = json.loads(result.output)["warnings"]
    assert [w["code"] for w in warnings] == ["no_result", "long_run_skipped"]
    assert "(1,048,575 characters without a space)" in warnings[1]["message"]


def test_an_article_over_max_chars_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Labour won. " * 100, encoding="utf-8")
    result = runner.invoke(app, ["show", str(path), "--max-chars", "1000"])
    assert result.exit_code == 1
    assert json.loads(result.output)["message"] == (
        f"{path}: 1,200 characters is over the article size limit of 1,000 (raise it with --max-chars)"
    )


def test_an_unreadable_file_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Labour won.", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads a chmod-000 file: make opening it fail as it would for a user
        real_open = os.open

        def refuse(file: object, *args: object, **kwargs: object) -> int:
            if file == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", refuse)  # every input is opened by electext.ingest.files.open_regular
    try:
        result = runner.invoke(app, ["extract", str(path), str(SEED), "-o", str(tmp_path / "out")])
    finally:
        path.chmod(0o600)
    assert result.exit_code == 1
    error = json.loads((tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8"))
    assert error["message"] == f"{path}: cannot read (Permission denied)"
    assert (tmp_path / "out" / "mid-beds-tamworth.json").is_file()  # the rest of the batch is intact


def test_a_file_electext_did_not_write_is_never_overwritten(tmp_path: Path) -> None:
    """Refused before any article is read (the input's name says where its output goes): exit 2, and
    nothing written (tests/test_output_files.py has the other outputs, and a name found only part-way)."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "mid-beds-tamworth.json").write_text('{"mine": true}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{out / 'mid-beds-tamworth.json'}: refusing to overwrite a file electext did not write" in result.output
    assert [(p.name, p.read_text(encoding="utf-8")) for p in out.iterdir()] == [
        ("mid-beds-tamworth.json", '{"mine": true}\n')
    ]


def test_too_many_tokens_for_the_size_is_refused_before_the_model_runs(tmp_path: Path) -> None:
    path = tmp_path / "confetti.txt"
    path.write_text("% " * 30_000, encoding="utf-8")
    result = runner.invoke(app, ["show", str(path), "--max-chars", "100000"])
    assert result.exit_code == 1
    assert json.loads(result.output)["message"] == (
        f"{path}: 30,000 tokens is over the limit of 25,000 (one per 4 characters of --max-chars); "
        "prose has about one per 5 characters"
    )


def test_names_that_differ_only_in_case_get_distinct_outputs(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for name in ("Seed.txt", "seed.txt"):  # one file on macOS and Windows: must not overwrite each other
        (folder / name).write_bytes(SEED.read_bytes())
    assert runner.invoke(app, ["extract", str(folder), "-o", str(out)]).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "Seed.json", "results.jsonl", "seed-2.json"]


@pytest.mark.parametrize("suffix", [".txt", ".json", ".jsonl", ".html", ".htm"])
def test_a_fifo_or_a_link_to_dev_zero_is_refused_promptly_whatever_its_kind(tmp_path: Path, suffix: str) -> None:
    """Reading either would never end (a FIFO waits for a writer, /dev/zero has no end): each is the
    same error record, the batch goes on to the next input, and the run ends. It runs in a process of
    its own with a time limit, so a regression fails here instead of hanging the suite."""
    fifo, zero, after = tmp_path / f"fifo{suffix}", tmp_path / f"zero{suffix}", tmp_path / "after.txt"
    os.mkfifo(fifo)
    zero.symlink_to("/dev/zero")
    after.write_bytes(b"")  # fails on its own account: proof that the batch got past the other two
    out = tmp_path / "out"
    command = [sys.executable, "-m", "electext", "extract", str(fifo), str(zero), str(after), "-o", str(out)]
    run = subprocess.run([*command, "--no-reference"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1, run.stderr
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["source"], e["stage"], e["error"], e["message"]) for e in errors] == [
        (str(fifo), "ingest", "InputError", f"{fifo}: not a regular file"),
        (str(zero), "ingest", "InputError", f"{zero}: not a regular file"),
        (str(after), "ingest", "EmptyArticleError", f"{after}: the article is empty"),
    ]
