"""Exports for a data desk: ``--format csv`` (two flat files) and ``--format sqlite`` (a database,
:mod:`electext.outputs.database`).

Both are fed record by record like :class:`electext.outputs.write.BatchWriter` and share its two methods,
``add`` and ``close``, so the CLI picks one by name (:func:`open_writer`). CSV files are written
whole and atomically at the end, into a folder held as the json format's is (its lock, and the manifest
that keeps electext from replacing a file it did not write: :mod:`electext.outputs.manifest`). The
database is updated in place, never replaced, and tells electext's own by its tables: it needs no manifest.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from electext.core.records import ArticleResult, ErrorRecord
from electext.outputs.database import EXPORT_SCHEMA, SqliteWriter
from electext.outputs.fields import format_number
from electext.outputs.manifest import ERRORS, OutputFolder
from electext.outputs.tables import CANDIDATE_COLUMNS, CONTEST_COLUMNS, Cell, Column, Row, candidate_rows, contest_rows
from electext.outputs.write import BatchWriter, check_writable, to_json

FORMATS = ("json", "jsonl", "csv", "sqlite")
DATABASE_NAME = "results.db"
CONTESTS, CANDIDATES = "contests.csv", "candidates.csv"
__all__ = ["EXPORT_SCHEMA", "FORMATS", "CsvWriter", "ResultWriter", "SqliteWriter", "open_writer", "output_target"]


class ResultWriter(Protocol):
    """What the CLI needs of an output format: take records one by one, then finish, or stop part-way.

    ``add`` and ``close`` raise :class:`electext.core.errors.OutputWriteError` when the machine will not
    take the output (disk full, read-only, locked); then ``abort`` leaves everything whole and says what
    the target holds."""

    def add(self, record: ArticleResult | ErrorRecord) -> object: ...

    def close(self) -> None: ...

    def abort(self) -> str: ...


def output_target(format: str, output: Path) -> Path:
    """Where a format writes: a folder for json/jsonl/csv; a file for sqlite (``DIR/results.db`` given a folder)."""
    if format == "sqlite" and output.is_dir():
        return output / DATABASE_NAME
    return output


def open_writer(format: str, output: Path, inputs: Iterable[Path] = ()) -> ResultWriter:
    """The writer for ``--format``; raises :class:`OutputError` when ``output`` cannot be used (``inputs``,
    the batch's, tell the names a json batch will write, checked before it starts)."""
    if format == "csv":
        return CsvWriter(output)
    if format == "sqlite":
        return SqliteWriter(output_target(format, output))
    return BatchWriter(output, per_article=format == "json", inputs=inputs)


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    return format_number(value) if isinstance(value, float) else str(value)


def _csv(columns: Sequence[Column], rows: Iterable[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([name for name, _ in columns])
    writer.writerows([_csv_cell(row[name]) for name, _ in columns] for row in rows)
    return buffer.getvalue()


class CsvWriter:
    """``candidates.csv`` (one row per candidate) and ``contests.csv`` (one per contest), plus ``errors.jsonl``.

    The files are written together at the end, all or none (:func:`replace_together`): a contests.csv
    never stands beside another run's candidates.csv. Whether the folder takes files at all, and whether
    a file not electext's is in the way of one, is found at the start, before the batch is extracted."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.contests: list[Row] = []
        self.candidates: list[Row] = []
        self.errors: list[str] = []
        check_writable(directory)
        self.folder = OutputFolder(directory)
        try:
            self.folder.check(self._paths())
        except BaseException:
            self.folder.release()
            raise

    def _paths(self) -> list[Path]:
        return [self.directory / name for name in (CONTESTS, CANDIDATES, ERRORS)]

    def add(self, record: ArticleResult | ErrorRecord) -> None:
        if isinstance(record, ErrorRecord):
            self.errors.append(to_json(record, indent=None) + "\n")
            return
        self.contests += contest_rows(record)
        self.candidates += candidate_rows(record)

    def close(self) -> None:
        contests, candidates, errors = self._paths()
        try:
            self.folder.replace(
                {
                    contests: _csv(CONTEST_COLUMNS, self.contests),
                    candidates: _csv(CANDIDATE_COLUMNS, self.candidates),
                    errors: "".join(self.errors) if self.errors else None,
                }
            )
        finally:
            self.folder.release()

    def abort(self) -> str:
        self.folder.release()
        return f"{CONTESTS}, {CANDIDATES} and {ERRORS} are as they were"
