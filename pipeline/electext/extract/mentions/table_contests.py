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
from electext.extract.mentions.mention import Mention
from electext.extract.mentions.people import _from_capitals
from electext.lexicon import patterns

DELIMITERS = ("|", "\t")
# A Markdown table's rule under its header: "|---|---|---:|"
_RULE_LINE = rx.compile(r"[\s|:\-\u2013\u2014+=]+")


@dataclass(frozen=True)
class ContestTable:
    """A contest table's delimiter and the column of each field its header names."""

    delimiter: str
    columns: dict[str, int]


def cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """The cells of the line ``text[start:end]``, each as its stripped (start, end) offsets; a Markdown
    row's outer bars open and close no cell."""
    found: list[tuple[int, int]] = []
    position = start
    for part in text[start:end].split(delimiter):
        left = len(part) - len(part.lstrip())
        found.append((position + left, position + len(part.rstrip())))
        position += len(part) + len(delimiter)
    if delimiter == "|" and found and found[0][0] == found[0][1]:
        found = found[1:]
    if delimiter == "|" and found and found[-1][0] == found[-1][1]:
        found = found[:-1]
    return found


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
        if table.delimiter not in line.group() or _RULE_LINE.fullmatch(line.group()):
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
