"""Lines of a delimited table: their cells, and the rule under a Markdown header.

Both kinds of table electext reads by column, a declaration's candidates
(:mod:`electext.extract.linking.table_rows`) and a round-up's contests
(:mod:`electext.extract.mentions.table_contests`), split their lines here, so that a header's column
numbers and its rows' cells are counted the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from electext.core import rx

DELIMITERS = ("|", "\t")
# A Markdown table's rule under its header: "|---|---|---:|"
_RULE_LINE = rx.compile(r"[\s|:\-\u2013\u2014+=]+")


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


def is_rule_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the rule under a Markdown table's header ("|---|---|---:|")?"""
    return _RULE_LINE.fullmatch(text, start, end) is not None


# Columns lined up with spaces, as a plain-text declaration or results service prints them ("Name of
# Candidate      Description      Number of Votes"): a run of two or more spaces, or a tab, ends a cell.
SPACED = "  "
_SPACED_CELL = rx.compile(r"\S+(?: \S+)*")
_FIGURE_OPENINGS = frozenset("0123456789+-\u2212")


@dataclass(frozen=True)
class TableLayout:
    """A results table's delimiter and the column of each field its header names; for columns lined up
    with spaces, also each header cell's offsets from its line's start (a row's cells are placed under
    them by position: a row may leave a cell empty)."""

    delimiter: str
    columns: dict[str, int]
    header: tuple[tuple[int, int], ...] = ()


def spaced_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line whose columns are lined up with spaces, as (start, end) offsets."""
    return [match.span() for match in _SPACED_CELL.finditer(text, start, end)]


def under_columns(
    text: str, row_start: int, row_end: int, header: tuple[tuple[int, int], ...], figures: frozenset[int]
) -> tuple[list[tuple[int, int] | None], list[tuple[int, int]]]:
    """A lined-up row's cell under each header column (None where the row leaves it empty), and the
    cells under none (a mark such as "Elected" printed past the last column).

    ``header`` holds the columns' offsets from the header line's start; a column reaches from its
    header's start to the next header's start, the last one to its header's end. A cell belongs to the
    column it overlaps most: a name is printed from its column's start, a figure ends under its
    header's end. ``figures`` are the indexes of the columns that hold figures: a cell there must open
    on a digit or a sign, so that a mark printed just past the last column is not read as its figure."""
    columns: list[tuple[int, int] | None] = [None] * len(header)
    extra: list[tuple[int, int]] = []
    bounds = [
        (start, header[index + 1][0] if index + 1 < len(header) else end + 2)
        for index, (start, end) in enumerate(header)
    ]
    for cell_start, cell_end in spaced_cells(text, row_start, row_end):
        left, right = cell_start - row_start, cell_end - row_start
        overlaps = [min(right, high) - max(left, low) for low, high in bounds]
        best = max(range(len(bounds)), key=overlaps.__getitem__)
        numeric = best not in figures or text[cell_start] in _FIGURE_OPENINGS
        if overlaps[best] > 0 and columns[best] is None and numeric:
            columns[best] = (cell_start, cell_end)
        else:
            extra.append((cell_start, cell_end))
    return columns, extra
