"""``--format sqlite``: a SQLite database of results, updated one article per transaction.

An article is its input (``source``: the path as given, ``path:LINE`` for a JSONL record), not its text:
inputs with the same text and other metadata stay separate articles. Re-running on the same inputs
replaces each input's rows, so nothing is ever duplicated, and an interrupted run leaves every finished
article in place.
"""

from __future__ import annotations

import errno
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from electext.core.errors import OutputError, OutputTargetError, OutputWriteError, output_fault
from electext.core.modes import new_file_mode
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
# input (source), not their text's sha256, which merged inputs with the same text into one article; 4: result
# schema 2.0's contest columns (contest_type, body, ballot_id, voting_system, previous_member_* for previous_mp_*)
EXPORT_SCHEMA = "4"
# How long, in all, a database that another program holds is waited for before the run stops with an
# error naming it (a viewer reading it, another run writing it); tests shorten it.
LOCK_WAIT = 30.0
_RETRY_PAUSE = 0.05
_LOCKED = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


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
    """A SQLite database of results; created when missing, updated in place when it is ours.

    Before anything is written, the file is checked (``PRAGMA quick_check``, then whose tables it holds):
    a damaged file, another program's database or another export schema is refused and left byte for
    byte as it was. Each article is one ``BEGIN IMMEDIATE`` transaction. A database another program
    holds is waited for, ``lock_wait`` seconds in all (:data:`LOCK_WAIT`), then reported as locked;
    disk full, a read-only file or folder and a failing disk become :class:`OutputWriteError`, and a
    transaction that fails leaves the articles before it as they were.
    """

    def __init__(self, path: Path, lock_wait: float | None = None) -> None:
        self.path = path
        self.lock_wait = LOCK_WAIT if lock_wait is None else lock_wait
        self.written = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise output_fault(path.parent, error) from None
        created = not path.exists()
        try:
            self.connection = sqlite3.connect(path, timeout=self.lock_wait, isolation_level=None)
        except sqlite3.Error as error:
            raise self._fault(error) from None
        try:
            self.connection.execute("PRAGMA foreign_keys = ON")
            self._retrying(self._inspect)
            self._retrying(self._create)
            if created:  # SQLite makes it 0644 less the umask; the journals it writes beside it take its mode
                with suppress(OSError):  # a file system without Unix modes (FAT) keeps its own
                    path.chmod(new_file_mode())
        except BaseException:
            self.connection.close()
            with suppress(OSError):
                if created and path.is_file() and path.stat().st_size == 0:
                    path.unlink()  # the empty file connecting made
            raise

    def _inspect(self) -> None:
        """Refuse, without writing, a file that is not a sound electext database of this export schema."""
        problems = [
            line
            for (row,) in self.connection.execute("PRAGMA quick_check")
            for line in str(row).splitlines()
            if line.strip() and line != "ok" and not line.startswith("***")  # "*** in database main ***"
        ]
        if problems:
            more = f" and {len(problems) - 1} more problems" if len(problems) > 1 else ""
            raise OutputTargetError(self._unusable(f"damaged: {problems[0]}{more}"))
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

    def _create(self) -> None:
        with self._transaction():
            for statement in SCHEMA.split(";"):  # executescript would commit: one transaction, statement by statement
                if statement.strip():
                    self.connection.execute(statement)
            self.connection.executemany(
                "INSERT OR REPLACE INTO electext_meta (key, value) VALUES (?, ?)",
                [("export_schema", EXPORT_SCHEMA), ("electext_version", __version__)],
            )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction, taken at its start (``BEGIN IMMEDIATE``: a lock is met, and waited for,
        before any work), committed whole or rolled back."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.connection.execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:  # SQLite rolls back by itself after some failures
                with suppress(sqlite3.Error):
                    self.connection.execute("ROLLBACK")
            raise

    def _retrying(self, operation: Callable[[], None]) -> None:
        """Run ``operation`` again while another program holds the database, ``lock_wait`` seconds in all.

        Each try waits in SQLite's busy handler (the connection's timeout); a lock SQLite reports at once
        instead (when waiting could deadlock) is waited out here. Any other failure, or a lock still held
        at the end, becomes the error that says what to do."""
        deadline = time.monotonic() + self.lock_wait
        while True:
            try:
                operation()
                return
            except sqlite3.Error as error:
                if _code(error) not in _LOCKED or time.monotonic() >= deadline:
                    raise self._fault(error) from None
            time.sleep(_RETRY_PAUSE)

    def _fault(self, error: sqlite3.Error) -> OutputError:
        """The error to report for a failure of SQLite's, by its result code."""
        code = _code(error)
        if code in _LOCKED:
            return OutputWriteError(
                f"{self.path}: the database is locked by another program (waited {self.lock_wait:g} s); close what "
                "has it open, or let it finish, and run again"
            )
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return OutputTargetError(
                self._unusable("not a SQLite database" if code == sqlite3.SQLITE_NOTADB else f"damaged: {error}")
            )
        if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
            return OutputWriteError(  # SQLite writes a journal beside the database: the folder must be writable too
                f"{self.path}: not writable ({error}): choose another --output, or make the file and its folder "
                "writable"
            )
        return output_fault(self.path, OSError(errno.ENOSPC if code == sqlite3.SQLITE_FULL else errno.EIO, str(error)))

    def _unusable(self, reason: str) -> str:
        return (
            f"{self.path}: not a usable electext database ({reason}); it was left as it is: choose another "
            "--output, or delete it"
        )

    def add(self, record: ArticleResult | ErrorRecord) -> None:
        """Replace everything stored for this input with this record, in one transaction."""
        self._retrying(lambda: self._store(record))
        if isinstance(record, ArticleResult):
            self.written += 1

    def _store(self, record: ArticleResult | ErrorRecord) -> None:
        with self._transaction():
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

    def abort(self) -> str:
        """Stop part-way (a write failed): every article before it stays, each whole."""
        self.connection.close()  # an open transaction is rolled back
        return "the articles written before it are in the database, each whole"


def _code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code for ``error`` (SQLITE_BUSY, SQLITE_FULL …), when it has one."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None
