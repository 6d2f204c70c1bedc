"""Lines of a delimited table: their cells, and the rule under a Markdown header.

Both kinds of table electext reads by column, a declaration's candidates
(:mod:`electext.extract.linking.table_rows`) and a round-up's contests
(:mod:`electext.extract.mentions.table_contests`), split their lines here, so that a header's column
numbers and its rows' cells are counted the same way.
"""

from __future__ import annotations

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
