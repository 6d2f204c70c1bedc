"""Exports for a data desk: CSV rows a spreadsheet can read and a SQLite database that re-runs update in place."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from electext.cli import app
from electext.core.errors import OutputError
from electext.core.records import ErrorRecord
from electext.outputs.export import SqliteWriter
from typer.testing import CliRunner

from tests.conftest import SEED
from tests.report_fixtures import small_result

runner = CliRunner()
TABLES = {"articles", "contests", "candidates", "figures", "checks", "official_matches", "errors", "electext_meta"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def _counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in sorted(TABLES)}


@pytest.mark.model
def test_csv_has_one_row_per_candidate_and_per_contest_with_evidence_offsets(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [".electext-manifest", "candidates.csv", "contests.csv"]
    text = SEED.read_text(encoding="utf-8")

    candidates = _rows(tmp_path / "candidates.csv")
    assert list(candidates[0])[:8] == [
        "article_id",
        "article_source",
        "article_sha256",
        "contest_number",
        "contest",
        "election",
        "candidate_number",
        "name",
    ]
    strathern = next(row for row in candidates if row["name"] == "Alistair Strathern")
    assert (strathern["article_id"], strathern["contest"], strathern["party"]) == (
        "mid-beds-tamworth",
        "Mid Bedfordshire",
        "Labour",
    )
    assert (strathern["votes"], strathern["votes_qualifier"], strathern["position"]) == ("13872", "exact", "1")
    assert strathern["votes_derived"] == "runner-up's votes (12,680) + majority (1,192)"
    quoted = [text[int(s) : int(e)] for s, e in (span.split(":") for span in strathern["votes_evidence"].split(";"))]
    assert quoted == ["12,680", "1,192"]  # the figures it was derived from, as slices of the article
    assert {row["contest"] for row in candidates} == {"Mid Bedfordshire", "Tamworth"}

    contests = {row["constituency"]: row for row in _rows(tmp_path / "contests.csv")}
    assert list(contests) == ["Mid Bedfordshire", "Tamworth", "Rutherglen", "Selby and Ainsty", "Somerton and Frome"]
    mid_beds = contests["Mid Bedfordshire"]
    assert (mid_beds["winner"], mid_beds["winner_party"], mid_beds["result"], mid_beds["majority"]) == (
        "Alistair Strathern",
        "Labour",
        "gain",
        "1192",
    )
    assert (mid_beds["previous_majority"], mid_beds["previous_majority_party"]) == ("24664", "Conservative")
    assert contests["Tamworth"]["previous_majority_qualifier"] == "more_than"
    assert [row["mention_only"] for row in contests.values()] == ["0", "0", "1", "1", "1"]
    assert int(mid_beds["checks_passed"]) >= 1 and mid_beds["checks_failed"] == "0"
    # schema 2.0: the contest's type and ballot id, and the previous holder named for what they were
    assert (mid_beds["contest_type"], mid_beds["body"], mid_beds["ballot_id"]) == (
        "westminster",
        "House of Commons",
        "parl.mid-bedfordshire.by.2023-10-19",
    )
    assert (mid_beds["previous_member"], mid_beds["previous_member_office"]) == ("Nadine Dorries", "MP")
    assert "previous_mp" not in mid_beds


@pytest.mark.model
def test_csv_keeps_failed_files_as_error_records(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")  # binary: refused, whatever the decoding policy
    result = runner.invoke(app, ["extract", str(SEED), str(broken), "-o", str(tmp_path / "out"), "--format", "csv"])
    assert result.exit_code == 1
    assert (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").count("DecodeError") == 1
    assert len(_rows(tmp_path / "out" / "candidates.csv")) > 0


@pytest.mark.model
def test_sqlite_rerun_replaces_rows_and_never_duplicates_them(tmp_path: Path) -> None:
    database = tmp_path / "results.db"
    args = ["extract", str(SEED), "-o", str(database), "--format", "sqlite"]
    assert runner.invoke(app, args).exit_code == 0
    first = _counts(database)
    assert first["articles"] == 1 and first["contests"] == 5 and first["candidates"] > 0 and first["figures"] > 0
    assert runner.invoke(app, args).exit_code == 0
    assert _counts(database) == first

    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        row = connection.execute(
            "SELECT a.id, c.votes, c.votes_derived FROM candidates c JOIN articles a ON a.source = c.article_source "
            "WHERE c.name = 'Alistair Strathern'"
        ).fetchone()
        assert row == ("mid-beds-tamworth", 13872.0, "runner-up's votes (12,680) + majority (1,192)")
        figure = connection.execute(
            "SELECT f.value, f.qualifier, f.lower, f.upper, f.evidence_offsets FROM figures f "
            "JOIN contests c USING (contest_id) WHERE c.constituency = 'Tamworth' AND f.field = 'previous_majority'"
        ).fetchone()
        assert figure == (19600.0, "more_than", 19600.0, None, "3113:3129")


@pytest.mark.model
def test_sqlite_and_json_name_the_previous_member_and_the_ballot(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract", str(SEED), "-o", str(tmp_path / "json")]).exit_code == 0
    written = json.loads((tmp_path / "json" / "mid-beds-tamworth.json").read_text(encoding="utf-8"))
    assert written["schema_version"] == "2.0"
    mid_beds = written["contests"][0]
    assert "previous_mp" not in mid_beds and mid_beds["previous_member"]["name"]["value"] == "Nadine Dorries"
    assert mid_beds["contest_type"]["value"] == "westminster"
    result = runner.invoke(app, ["extract", str(SEED), "--format", "sqlite", "-o", str(tmp_path / "r.db")])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(tmp_path / "r.db") as db:
        row = db.execute(
            "SELECT contest_type, ballot_id, previous_member, previous_member_office FROM contests "
            "WHERE constituency = 'Mid Bedfordshire'"
        ).fetchone()
    assert row == ("westminster", "parl.mid-bedfordshire.by.2023-10-19", "Nadine Dorries", "MP")


def test_sqlite_schema_has_foreign_keys_and_indexes(tmp_path: Path) -> None:
    writer = SqliteWriter(tmp_path / "results.db")
    writer.add(small_result())
    writer.close()
    with sqlite3.connect(tmp_path / "results.db") as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == TABLES
        references = {
            table: {row[2] for row in connection.execute(f"PRAGMA foreign_key_list({table})")} for table in tables
        }
        assert references["contests"] == {"articles"}
        assert references["candidates"] == {"articles", "contests"}
        assert references["figures"] == {"articles", "contests", "candidates"}
        assert references["checks"] == {"articles", "contests"}
        assert references["official_matches"] == {"articles", "contests"}
        indexes = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"candidates_party", "contests_constituency", "checks_status", "figures_contest"} <= indexes
        sources = connection.execute(
            "SELECT check_id, source, difference FROM checks WHERE source IS NOT NULL"
        ).fetchall()
        assert sources == [("official_majority", "House of Commons Library <by-elections>", 0.0)]
        match = connection.execute(
            "SELECT m.status, m.election, m.date, c.constituency FROM official_matches m"
            " JOIN contests c USING (contest_id)"
        ).fetchall()
        assert match == [("matched", "by-election", "2023-10-19", "Tamworth")]

        connection.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            connection.execute(
                "INSERT INTO candidates (candidate_id, contest_id, article_source) VALUES ('x', 'no such', ?)",
                ("small.txt",),
            )
        connection.execute("DELETE FROM articles")  # an article's rows go with it
        left = [connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("contests", "figures")]
        assert left == [0, 0]


def test_an_input_that_now_fails_or_changed_replaces_its_earlier_rows(tmp_path: Path) -> None:
    database = tmp_path / "results.db"
    writer = SqliteWriter(database)
    writer.add(small_result("a"))
    edited = small_result("a").model_copy(
        update={"article": small_result("a").article.model_copy(update={"sha256": "1" * 64})}
    )
    writer.add(edited)  # the same source with new text: one article, the new one
    assert _counts(database)["articles"] == 1
    writer.add(ErrorRecord(source="a.txt", stage="ingest", error="DecodeError", message="not valid UTF-8"))
    counts = _counts(database)
    assert (counts["articles"], counts["contests"], counts["errors"]) == (0, 0, 1)
    writer.add(small_result("a"))  # fixed again: the error goes
    assert (_counts(database)["articles"], _counts(database)["errors"]) == (1, 0)
    writer.close()


def test_sqlite_never_writes_into_a_file_that_is_not_its_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n", encoding="utf-8")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE articles (x)")
    for target, message in ((notes, "not a SQLite database"), (other, "not written by electext")):
        before = target.read_bytes()
        result = runner.invoke(app, ["extract", str(SEED), "-o", str(target), "--format", "sqlite"])
        assert result.exit_code == 2 and message in result.output
        assert target.read_bytes() == before
    with pytest.raises(OutputError, match="not written by electext"):
        SqliteWriter(other)


@pytest.mark.model
def test_sqlite_into_a_folder_writes_results_db(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(tmp_path), "--format", "sqlite"])
    assert result.exit_code == 0 and f"-> {tmp_path / 'results.db'}" in result.output
    assert _counts(tmp_path / "results.db")["articles"] == 1


@pytest.fixture
def same_text_three_times(tmp_path: Path) -> list[Path]:
    """Three inputs with one text and their own metadata; two of them share a file name in different folders."""
    text = SEED.read_text(encoding="utf-8")
    paths = [tmp_path / "in" / "a" / "seed.txt", tmp_path / "in" / "b" / "seed.txt", tmp_path / "in" / "copy.txt"]
    for number, path in enumerate(paths, 1):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        sidecar = {"title": f"Copy {number}", "published": f"2023-10-2{number}"}
        path.with_name(f"{path.stem}.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return paths


def _written(format: str, out: Path) -> dict[str, tuple[str | None, int]]:
    """Each input's (title, contests) as one format wrote them, by source; CSV has no title column."""
    if format == "sqlite":
        with sqlite3.connect(out / "results.db") as connection:
            return {
                source: (title, contests)
                for source, title, contests in connection.execute(
                    "SELECT a.source, a.title, count(c.contest_id) FROM articles a"
                    " LEFT JOIN contests c ON c.article_source = a.source GROUP BY a.source"
                )
            }
    if format == "csv":
        rows = _rows(out / "contests.csv")
        return {
            source: (None, sum(r["article_source"] == source for r in rows))
            for source in {r["article_source"] for r in rows}
        }
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    results = [json.loads(line) for line in lines]
    return {r["article"]["source"]: (r["article"]["title"], len(r["contests"])) for r in results}


@pytest.mark.model
@pytest.mark.parametrize("format", ["json", "jsonl", "csv", "sqlite"])
def test_inputs_with_the_same_text_stay_separate_articles_with_their_own_metadata(
    same_text_three_times: list[Path], tmp_path: Path, format: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()  # sqlite writes out/results.db into a folder
    args = ["extract", str(tmp_path / "in"), "-o", str(out), "--format", format]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "3 articles, 15 contests, 0 failed" in result.output
    titles = {str(path): None if format == "csv" else f"Copy {n}" for n, path in enumerate(same_text_three_times, 1)}
    expected = {source: (title, 5) for source, title in titles.items()}
    assert _written(format, out) == expected
    if format == "json":  # one file each: the two seed.txt files do not overwrite each other
        assert sorted(p.name for p in out.glob("*.json")) == ["copy.json", "seed-2.json", "seed.json"]
    assert runner.invoke(app, args).exit_code == 0  # a re-run replaces each input's rows, duplicating none
    assert _written(format, out) == expected


def test_sqlite_keys_articles_by_input_not_by_text(tmp_path: Path) -> None:
    database = tmp_path / "results.db"
    writer = SqliteWriter(database)
    lines = [small_result("a"), small_result("b"), small_result("a")]  # one text; "a" twice is one input
    for record in lines:
        writer.add(record)
    jsonl = small_result("c")
    for number in (1, 2):  # records of a JSONL file are inputs of their own, by line
        writer.add(
            jsonl.model_copy(update={"article": jsonl.article.model_copy(update={"source": f"c.jsonl:{number}"})})
        )
    writer.close()
    counts = _counts(database)
    assert (counts["articles"], counts["contests"], counts["candidates"], counts["checks"]) == (4, 4, 4, 12)
    with sqlite3.connect(database) as connection:
        sources = [row[0] for row in connection.execute("SELECT source FROM articles ORDER BY source")]
        assert sources == ["a.txt", "b.txt", "c.jsonl:1", "c.jsonl:2"]
        assert connection.execute("SELECT count(DISTINCT sha256) FROM articles").fetchone() == (1,)


def test_sqlite_refuses_a_database_of_an_older_export_schema(tmp_path: Path) -> None:
    database = tmp_path / "results.db"
    with sqlite3.connect(database) as connection:  # what schema 2 wrote: articles keyed by sha256
        connection.execute("CREATE TABLE electext_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("INSERT INTO electext_meta VALUES ('export_schema', '2')")
        connection.execute("CREATE TABLE articles (sha256 TEXT PRIMARY KEY, source TEXT NOT NULL)")
    connection.close()
    before = database.read_bytes()
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(database), "--format", "sqlite"])
    assert result.exit_code == 2
    assert "written by another version of electext's export (schema 2, this one writes schema 4)" in result.output
    assert "write to a new file, or delete this one and run again" in result.output
    assert database.read_bytes() == before
