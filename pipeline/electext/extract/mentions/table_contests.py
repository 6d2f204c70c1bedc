"""A round-up's table of contests: one contest per row, read by the columns its header names.

Results pages and round-ups print a week's by-elections as a table, each row a ward::

    | Ward        | Council   | Result            | Majority | Turnout |
    |-------------|-----------|-------------------|----------|---------|
    | Tarrow Bank | Harton BC | Lab gain from Con | 212      | 24.1%   |

No gazetteer holds the wards and no prose names them, so the header says which cell is the contest
(and which its council): each row's contest cell is a seat mention whose ``body`` is the council cell.
The row's figures are read by :mod:`electext.extract.linking.table_rows`, by the same header.
"""

from __future__ import annotations

from dataclasses import dataclass

from electext.core import rx
from electext.extract.delimited import DELIMITERS, cells, is_rule_line
from electext.extract.mentions.mention import Mention
from electext.extract.mentions.people import _from_capitals
from electext.lexicon import patterns


@dataclass(frozen=True)
class ContestTable:
    """A contest table's delimiter and the column of each field its header names."""

    delimiter: str
    columns: dict[str, int]


def contest_table_header(text: str, start: int, end: int) -> ContestTable | None:
    """The layout of a contest table whose header is ``text[start:end]``: a contest column and a result
    or winner column, besides any of the council, party, majority, turnout and votes."""
    for delimiter in DELIMITERS:
        if delimiter not in text[start:end]:
            continue
        columns: dict[str, int] = {}
        for index, (cell_start, cell_end) in enumerate(cells(text, start, end, delimiter)):
            word = " ".join(text[cell_start:cell_end].lower().split())
            for field, names in patterns.CONTEST_TABLE_COLUMNS.items():
                if word in names and field not in columns:
                    columns[field] = index
                    break
        # a result or a winner column: "Seat | Party | Majority" alone is as likely a list of targets
        if "contest" in columns and columns.keys() & {"result", "winner"}:
            return ContestTable(delimiter, columns)
    return None


def table_contests(text: str, start: int, end: int) -> list[Mention]:
    """The contest of every row of every contest table in ``text[start:end]``, as seat mentions with the
    row's council as their body."""
    found: list[Mention] = []
    table: ContestTable | None = None
    for line in rx.finditer(r"[^\n]+", text, pos=start, endpos=end):
        line_start, line_end = line.span()
        header = contest_table_header(text, line_start, line_end)
        if header is not None:
            table = header
            continue
        if table is None:
            continue
        if table.delimiter not in line.group() or is_rule_line(text, line_start, line_end):
            if table.delimiter not in line.group():
                table = None  # the table has ended
            continue
        row = cells(text, line_start, line_end, table.delimiter)
        if len(row) <= max(table.columns.values()):
            table = None
            continue
        name_start, name_end = row[table.columns["contest"]]
        name = text[name_start:name_end]
        if not patterns.BLOCK_NAME.fullmatch(name):
            continue
        body = row[table.columns["body"]] if "body" in table.columns else None
        body = body if body and body[1] > body[0] else None
        found.append(Mention(name_start, name_end, name, "seat", _from_capitals(name), body=body))
    return found
