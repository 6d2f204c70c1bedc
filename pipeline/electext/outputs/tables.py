"""Results as flat rows: one per contest and one per candidate, the same for CSV and SQLite.

Each field of :mod:`electext.outputs.fields` becomes a fixed group of columns — its value, for a figure
its qualifier ("more_than"), how it was derived when it was not read from the text, and its
evidence offsets — so a spreadsheet can tell "19,600" from "more than 19,600" and a stated figure
from a computed one, and anyone can find the words in the article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Literal

from electext.core.records import ArticleResult, Candidate, Contest, Evidence, Label, Quantity
from electext.outputs.fields import CANDIDATE_FIELDS, CONTEST_FIELDS, Field

Cell = str | float | int | None
Row = dict[str, Cell]
SqlType = Literal["TEXT", "REAL", "INTEGER"]
Column = tuple[str, SqlType]


def evidence_offsets(evidence: Sequence[Evidence]) -> str | None:
    """``"146:162;344:352"``: each span as a Python slice of the article text, in order."""
    return ";".join(f"{e.start}:{e.end}" for e in evidence) or None


def _field_columns(field: Field[Contest] | Field[Candidate]) -> list[Column]:
    if field.kind == "quantity":
        value: list[Column] = [(field.name, "REAL"), (f"{field.name}_qualifier", "TEXT")]
    else:
        value = [(field.name, "TEXT")]
    return [
        *value,
        (f"{field.name}_derived", "TEXT"),
        (f"{field.name}_reading", "TEXT"),
        (f"{field.name}_evidence", "TEXT"),
    ]


def _field_cells(field: Field[Contest] | Field[Candidate], value: Label | Quantity | None) -> Row:
    cells: Row = {column: None for column, _ in _field_columns(field)}
    if value is None:
        return cells
    cells[field.name] = value.value
    if isinstance(value, Quantity):
        cells[f"{field.name}_qualifier"] = value.qualifier
    cells[f"{field.name}_derived"] = value.derived
    cells[f"{field.name}_reading"] = value.reading
    cells[f"{field.name}_evidence"] = evidence_offsets(value.evidence)
    return cells


CONTEST_COLUMNS: tuple[Column, ...] = (
    ("article_id", "TEXT"),
    ("article_source", "TEXT"),
    ("article_sha256", "TEXT"),
    ("contest_number", "INTEGER"),
    *(column for field in CONTEST_FIELDS for column in _field_columns(field)),
    ("mention_only", "INTEGER"),
    ("candidates", "INTEGER"),
    ("checks_failed", "INTEGER"),
    ("checks_check_extraction", "INTEGER"),
    ("checks_imprecise", "INTEGER"),
    ("checks_rounded", "INTEGER"),
    ("checks_passed", "INTEGER"),
    ("checks_unverifiable", "INTEGER"),
)
CANDIDATE_COLUMNS: tuple[Column, ...] = (
    ("article_id", "TEXT"),
    ("article_source", "TEXT"),
    ("article_sha256", "TEXT"),
    ("contest_number", "INTEGER"),
    ("contest", "TEXT"),
    ("election", "TEXT"),
    ("candidate_number", "INTEGER"),
    *(column for field in CANDIDATE_FIELDS for column in _field_columns(field)),
)


def _article_cells(result: ArticleResult) -> Row:
    """Which input a row came from. The source is what tells rows apart: two inputs may share an id (the
    same file name in two folders) or a sha256 (the same text, with other metadata)."""
    info = result.article
    return {"article_id": info.id, "article_source": info.source, "article_sha256": info.sha256}


def contest_rows(result: ArticleResult) -> list[Row]:
    """One row per contest, in the article's order (``contest_number`` counts from 1)."""
    rows = []
    for number, contest in enumerate(result.contests, 1):
        statuses = Counter(c.status for c in result.checks if c.contest == contest.constituency.value)
        row: Row = {**_article_cells(result), "contest_number": number}
        for field in CONTEST_FIELDS:
            row |= _field_cells(field, field.read(contest))
        row |= {
            "mention_only": int(contest.mention_only),
            "candidates": len(contest.candidates),
            "checks_failed": statuses["fail"],
            "checks_check_extraction": statuses["check_extraction"],
            "checks_imprecise": statuses["imprecise"],
            "checks_rounded": statuses["rounded"],
            "checks_passed": statuses["pass"],
            "checks_unverifiable": statuses["unverifiable"],
        }
        rows.append(row)
    return rows


def candidate_rows(result: ArticleResult) -> list[Row]:
    """One row per candidate of every contest, in the order the contest lists them."""
    rows = []
    for contest_number, contest in enumerate(result.contests, 1):
        for number, candidate in enumerate(contest.candidates, 1):
            row: Row = {
                **_article_cells(result),
                "contest_number": contest_number,
                "contest": contest.constituency.value,
                "election": contest.election.value,
                "candidate_number": number,
            }
            for field in CANDIDATE_FIELDS:
                row |= _field_cells(field, field.read(candidate))
            rows.append(row)
    return rows
