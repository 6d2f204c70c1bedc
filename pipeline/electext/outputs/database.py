"""``--format sqlite``: a SQLite database of results, updated one article per transaction.

An article is its input (``source``: the path as given, ``path:LINE`` for a JSONL record), not its text:
inputs with the same text and other metadata stay separate articles. Re-running on the same inputs
replaces each input's rows, so nothing is ever duplicated, and an interrupted run leaves every finished
article in place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from electext.core.errors import OutputError, OutputTargetError
from electext.core.records import ArticleResult, ErrorRecord
from electext.core.version import __version__
from electext.outputs.database_rows import (
    article_row,
    check_rows,
    figure_rows,
    keyed_candidates,
    keyed_contests,
    official_rows,
)
from electext.outputs.tables import CANDIDATE_COLUMNS, CONTEST_COLUMNS, Column, Row

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
            _insert(self.connection, "articles", article_row(record))
            for table, rows in (
                ("contests", keyed_contests(record)),
                ("candidates", keyed_candidates(record)),
                ("figures", figure_rows(record)),
                ("checks", check_rows(record)),
                ("official_matches", official_rows(record)),
            ):
                for row in rows:
                    _insert(self.connection, table, row)

    def close(self) -> None:
        self.connection.close()
