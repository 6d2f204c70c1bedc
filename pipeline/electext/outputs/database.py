"""``--format sqlite``: a SQLite database of results, updated one article per transaction.

An article is its input (``source``: the path as given, ``path:LINE`` for a JSONL record), not its text:
inputs with the same text and other metadata stay separate articles. Re-running on the same inputs
replaces each input's rows, so nothing is ever duplicated, and an interrupted run leaves every finished
article in place.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from electext.core.errors import OutputError, OutputTargetError
from electext.core.records import ArticleResult, Check, ErrorRecord, Evidence, Quantity
from electext.core.version import __version__
from electext.outputs.fields import CANDIDATE_FIELDS, CONTEST_FIELDS
from electext.outputs.tables import (
    CANDIDATE_COLUMNS,
    CONTEST_COLUMNS,
    Column,
    Row,
    candidate_rows,
    contest_rows,
    evidence_offsets,
)
from electext.outputs.write import to_json

# 2: schema 1.2's verdicts (gap, suggestion, reading, follows …) and match doubts; 3: articles keyed by their
# input (source), not their text's sha256, which merged inputs with the same text into one article
EXPORT_SCHEMA = "3"


def _columns_sql(columns: Sequence[Column]) -> str:
    return ",\n  ".join(f'"{name}" {kind}' for name, kind in columns)


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS electext_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  source TEXT PRIMARY KEY,
  id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  title TEXT,
  byline TEXT,
  role TEXT,
  published TEXT,
  chars INTEGER NOT NULL,
  schema_version TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  model TEXT NOT NULL,
  result_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_id ON articles (id);
CREATE INDEX IF NOT EXISTS articles_sha256 ON articles (sha256);
CREATE TABLE IF NOT EXISTS contests (
  contest_id TEXT PRIMARY KEY,
  {_columns_sql(CONTEST_COLUMNS)},
  UNIQUE (article_source, contest_number),
  FOREIGN KEY (article_source) REFERENCES articles (source) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS contests_article ON contests (article_source);
CREATE INDEX IF NOT EXISTS contests_constituency ON contests (constituency);
CREATE TABLE IF NOT EXISTS candidates (
  candidate_id TEXT PRIMARY KEY,
  contest_id TEXT NOT NULL REFERENCES contests (contest_id) ON DELETE CASCADE,
  {_columns_sql(CANDIDATE_COLUMNS)},
  FOREIGN KEY (article_source) REFERENCES articles (source) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS candidates_contest ON candidates (contest_id);
CREATE INDEX IF NOT EXISTS candidates_article ON candidates (article_source);
CREATE INDEX IF NOT EXISTS candidates_party ON candidates (party);
CREATE INDEX IF NOT EXISTS candidates_name ON candidates (name);
CREATE TABLE IF NOT EXISTS figures (
  id INTEGER PRIMARY KEY,
  article_source TEXT NOT NULL REFERENCES articles (source) ON DELETE CASCADE,
  contest_id TEXT NOT NULL REFERENCES contests (contest_id) ON DELETE CASCADE,
  candidate_id TEXT REFERENCES candidates (candidate_id) ON DELETE CASCADE,
  field TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  lower REAL,
  upper REAL,
  derived TEXT,
  reading TEXT,
  evidence_offsets TEXT,
  evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_article ON figures (article_source);
CREATE INDEX IF NOT EXISTS figures_contest ON figures (contest_id);
CREATE INDEX IF NOT EXISTS figures_candidate ON figures (candidate_id);
CREATE INDEX IF NOT EXISTS figures_field ON figures (field);
CREATE TABLE IF NOT EXISTS checks (
  id INTEGER PRIMARY KEY,
  article_source TEXT NOT NULL REFERENCES articles (source) ON DELETE CASCADE,
  contest_id TEXT REFERENCES contests (contest_id) ON DELETE CASCADE,
  check_number INTEGER NOT NULL,
  check_id TEXT NOT NULL,
  contest TEXT,
  status TEXT NOT NULL,
  message TEXT NOT NULL,
  expected,
  reported,
  difference REAL,
  source TEXT,
  against TEXT,
  gap TEXT,
  suggestion TEXT,
  reading TEXT,
  derived TEXT,
  follows INTEGER,
  sentence_offsets TEXT,
  evidence_offsets TEXT,
  evidence TEXT NOT NULL,
  UNIQUE (article_source, check_number)
);
CREATE INDEX IF NOT EXISTS checks_article ON checks (article_source);
CREATE INDEX IF NOT EXISTS checks_contest ON checks (contest_id);
CREATE INDEX IF NOT EXISTS checks_status ON checks (status);
CREATE INDEX IF NOT EXISTS checks_check_id ON checks (check_id);
CREATE TABLE IF NOT EXISTS official_matches (
  id INTEGER PRIMARY KEY,
  article_source TEXT NOT NULL REFERENCES articles (source) ON DELETE CASCADE,
  contest_id TEXT REFERENCES contests (contest_id) ON DELETE CASCADE,
  contest TEXT NOT NULL,
  status TEXT NOT NULL,
  basis TEXT NOT NULL,
  election TEXT,
  date TEXT,
  constituency TEXT,
  ons_id TEXT,
  source TEXT,
  alternatives TEXT NOT NULL,
  doubt TEXT
);
CREATE INDEX IF NOT EXISTS official_matches_article ON official_matches (article_source);
CREATE INDEX IF NOT EXISTS official_matches_status ON official_matches (status);
CREATE TABLE IF NOT EXISTS errors (
  source TEXT PRIMARY KEY,
  stage TEXT NOT NULL,
  error TEXT NOT NULL,
  message TEXT NOT NULL
);
"""


def _insert(connection: sqlite3.Connection, table: str, row: Row) -> None:
    names = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def _evidence_json(evidence: Sequence[Evidence]) -> str:
    return json.dumps([e.model_dump() for e in evidence], ensure_ascii=False)


def contest_key(result: ArticleResult, contest_number: int) -> str:
    """A contest's key in the database, stable across re-runs: ``<article source>:<contest number>``.

    Keyed by the input, not the text: two inputs with the same text (and other metadata) are two articles."""
    return f"{result.article.source}:{contest_number}"


def _keyed_contests(result: ArticleResult) -> list[Row]:
    return [{"contest_id": contest_key(result, int(row["contest_number"] or 0)), **row} for row in contest_rows(result)]


def _keyed_candidates(result: ArticleResult) -> list[Row]:
    rows = []
    for row in candidate_rows(result):
        contest_id = contest_key(result, int(row["contest_number"] or 0))
        rows.append({"candidate_id": f"{contest_id}:{row['candidate_number']}", "contest_id": contest_id, **row})
    return rows


def figure_rows(result: ArticleResult) -> list[Row]:
    """Every figure (quantity) of every contest and candidate, with its unit, bounds and evidence."""
    rows: list[Row] = []

    def figure(contest_number: int, candidate_number: int | None, field: str, quantity: Quantity) -> None:
        contest_id = contest_key(result, contest_number)
        rows.append(
            {
                "article_source": result.article.source,
                "contest_id": contest_id,
                "candidate_id": f"{contest_id}:{candidate_number}" if candidate_number else None,
                "field": field,
                "value": quantity.value,
                "unit": quantity.unit,
                "qualifier": quantity.qualifier,
                "lower": quantity.lower,
                "upper": quantity.upper,
                "derived": quantity.derived,
                "reading": quantity.reading,
                "evidence_offsets": evidence_offsets(quantity.evidence),
                "evidence": _evidence_json(quantity.evidence),
            }
        )

    for contest_number, contest in enumerate(result.contests, 1):
        for contest_field in CONTEST_FIELDS:
            value = contest_field.read(contest)
            if isinstance(value, Quantity):
                figure(contest_number, None, contest_field.name, value)
        for candidate_number, candidate in enumerate(contest.candidates, 1):
            for candidate_field in CANDIDATE_FIELDS:
                value = candidate_field.read(candidate)
                if isinstance(value, Quantity):
                    figure(contest_number, candidate_number, candidate_field.name, value)
    return rows


def official_rows(result: ArticleResult) -> list[Row]:
    """Which official election each contest was matched to (see ``electext reference``)."""
    numbers: dict[str, int] = {}
    for number, contest in enumerate(result.contests, 1):
        numbers.setdefault(contest.constituency.value, number)
    return [
        {
            "article_source": result.article.source,
            "contest_id": contest_key(result, numbers[match.contest]) if match.contest in numbers else None,
            **match.model_dump(mode="json", exclude={"alternatives"}),
            "alternatives": json.dumps(match.alternatives, ensure_ascii=False),
        }
        for match in result.official
    ]


def check_rows(result: ArticleResult) -> list[Row]:
    """Every check, tied to its contest's number when it names one (a check may be article-wide)."""
    numbers: dict[str | None, int] = {}
    for number, contest in enumerate(result.contests, 1):
        numbers.setdefault(contest.constituency.value, number)
    return [_check_row(result, number, check, numbers) for number, check in enumerate(result.checks, 1)]


def _check_row(result: ArticleResult, number: int, check: Check, contests: dict[str | None, int]) -> Row:
    return {
        "article_source": result.article.source,
        "contest_id": contest_key(result, contests[check.contest]) if check.contest in contests else None,
        "check_number": number,
        "check_id": check.id,
        "contest": check.contest,
        "status": check.status,
        "message": check.message,
        "expected": check.expected,
        "reported": check.reported,
        "difference": check.difference,
        "source": check.source,
        "against": check.against,
        "gap": check.gap,
        "suggestion": check.suggestion,
        "reading": check.reading,
        "derived": check.derived,
        # check_number counts from 1; follows is an index into the article's checks, from 0
        "follows": None if check.follows is None else check.follows + 1,
        "sentence_offsets": evidence_offsets([check.sentence] if check.sentence else []),
        "evidence_offsets": evidence_offsets(check.evidence),
        "evidence": _evidence_json(check.evidence),
    }


class SqliteWriter:
    """A SQLite database of results; created when missing, updated in place when it is ours."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(path)
        try:
            self._prepare()
        except sqlite3.DatabaseError as error:
            self.connection.close()
            raise OutputTargetError(
                f"{path}: not a SQLite database we can write to ({error}); choose another file"
            ) from None
        except OutputError:
            self.connection.close()
            raise

    def _prepare(self) -> None:
        tables = {name for (name,) in self.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "electext_meta" not in tables:
            raise OutputTargetError(
                f"{self.path}: an existing database not written by electext; refusing to change it (choose a new file)"
            )
        if tables:
            found = self.connection.execute("SELECT value FROM electext_meta WHERE key = 'export_schema'").fetchone()
            if found is None or found[0] != EXPORT_SCHEMA:
                raise OutputTargetError(
                    f"{self.path}: written by another version of electext's export (schema "
                    f"{found[0] if found else '?'}, this one writes schema {EXPORT_SCHEMA}), which is not converted "
                    "in place; write to a new file, or delete this one and run again"
                )
        self.connection.execute("PRAGMA foreign_keys = ON")
        with self.connection:
            self.connection.executescript(SCHEMA)
            self.connection.executemany(
                "INSERT OR REPLACE INTO electext_meta (key, value) VALUES (?, ?)",
                [("export_schema", EXPORT_SCHEMA), ("electext_version", __version__)],
            )

    def add(self, record: ArticleResult | ErrorRecord) -> None:
        """Replace everything stored for this input with this record, in one transaction."""
        with self.connection:
            if isinstance(record, ErrorRecord):
                self.connection.execute("DELETE FROM articles WHERE source = ?", (record.source,))
                self.connection.execute("DELETE FROM errors WHERE source = ?", (record.source,))
                _insert(self.connection, "errors", record.model_dump())
                return
            info = record.article
            self.connection.execute("DELETE FROM articles WHERE source = ?", (info.source,))
            self.connection.execute("DELETE FROM errors WHERE source = ?", (info.source,))
            _insert(self.connection, "articles", _article_row(record))
            for table, rows in (
                ("contests", _keyed_contests(record)),
                ("candidates", _keyed_candidates(record)),
                ("figures", figure_rows(record)),
                ("checks", check_rows(record)),
                ("official_matches", official_rows(record)),
            ):
                for row in rows:
                    _insert(self.connection, table, row)

    def close(self) -> None:
        self.connection.close()


def _article_row(result: ArticleResult) -> Row:
    info = result.article
    return {
        "sha256": info.sha256,
        "id": info.id,
        "source": info.source,
        "title": info.title,
        "byline": info.byline,
        "role": info.role,
        "published": info.published,
        "chars": info.chars,
        "schema_version": result.schema_version,
        "pipeline_version": result.pipeline.version,
        "model": result.pipeline.model,
        "result_json": to_json(result, indent=None),
    }
