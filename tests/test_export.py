"""Exports for a data desk: CSV rows a spreadsheet can read and a SQLite database that re-runs update in place."""

from __future__ import annotations

import csv
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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["candidates.csv", "contests.csv"]
    text = SEED.read_text(encoding="utf-8")

    candidates = _rows(tmp_path / "candidates.csv")
    assert list(candidates[0])[:8] == [
        "article_id",
        "article_sha256",
        "contest_number",
        "contest",
        "election",
        "candidate_number",
        "name",
        "name_derived",
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
            "SELECT a.id, c.votes, c.votes_derived FROM candidates c JOIN articles a ON a.sha256 = c.article_sha256 "
            "WHERE c.name = 'Alistair Strathern'"
        ).fetchone()
        assert row == ("mid-beds-tamworth", 13872.0, "runner-up's votes (12,680) + majority (1,192)")
        figure = connection.execute(
            "SELECT f.value, f.qualifier, f.lower, f.upper, f.evidence_offsets FROM figures f "
            "JOIN contests c USING (contest_id) WHERE c.constituency = 'Tamworth' AND f.field = 'previous_majority'"
        ).fetchone()
        assert figure == (19600.0, "more_than", 19600.0, None, "3113:3129")


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
                "INSERT INTO candidates (candidate_id, contest_id, article_sha256) VALUES ('x', 'no such', ?)",
                ("0" * 64,),
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
