"""The report's index: every article of the batch on one page, and the files that could not be processed.

Every value from a result goes through :func:`html.escape`; the page shell and its policy are
:mod:`electext.outputs.report_shell`'s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from electext.core.records import ArticleResult, ErrorRecord
from electext.outputs.report_shell import asset, is_official, page


@dataclass(frozen=True)
class IndexEntry:
    """One article on the index page: its result and the file name of its page."""

    page: str
    result: ArticleResult


def render_index(entries: Sequence[IndexEntry], errors: Sequence[ErrorRecord]) -> str:
    """The batch's index: one sortable row per article, and the files that could not be processed."""
    rows = []
    for entry in entries:
        result = entry.result
        counts = Counter(check.status for check in result.checks)
        reported = sum(not c.mention_only for c in result.contests)
        official_failed = sum(c.status == "fail" and is_official(c) for c in result.checks)
        cells = [
            (result.article.id, f'<a href="{escape(entry.page)}">{escape(result.article.id)}</a>'),
            (result.article.title or "", escape(result.article.title or "")),
            (str(reported), str(reported)),
            (str(len(result.contests) - reported), str(len(result.contests) - reported)),
            (str(counts["fail"]), str(counts["fail"])),
            (str(official_failed), str(official_failed)),
            (str(counts["check_extraction"]), str(counts["check_extraction"])),
            (str(counts["unverifiable"]), str(counts["unverifiable"])),
            (
                str(counts["pass"] + counts["rounded"] + counts["imprecise"]),
                str(counts["pass"] + counts["rounded"] + counts["imprecise"]),
            ),
            (str(len(result.warnings)), str(len(result.warnings))),
        ]
        failing = ' class="has-failures"' if counts["fail"] else ""
        rows.append(
            f"<tr{failing}>"
            + "".join(
                f'<td data-sort="{escape(key)}"{"" if n < 2 else " class=num"}>{content}</td>'
                for n, (key, content) in enumerate(cells)
            )
            + "</tr>"
        )
    headings = [
        ("Article", "text"),
        ("Title", "text"),
        ("Contests", "number"),
        ("Mentioned only", "number"),
        ("Failed checks", "number"),
        ("of them official", "number"),
        ("Check extraction", "number"),
        ("Unverifiable", "number"),
        ("Passed or rounded", "number"),
        ("Warnings", "number"),
    ]
    head = "".join(f'<th data-type="{kind}"><button type="button">{name}</button></th>' for name, kind in headings)
    error_rows = "".join(
        f"<tr><td><code>{escape(e.source)}</code></td><td>{escape(e.stage)}</td><td>{escape(e.message)}</td></tr>"
        for e in errors
    )
    errors_html = (
        f'<h2>Files that could not be processed</h2><table class="errors"><thead><tr><th>File</th><th>Stage</th>'
        f"<th>Error</th></tr></thead><tbody>{error_rows}</tbody></table>"
        if errors
        else ""
    )
    failed = sum(any(c.status == "fail" for c in e.result.checks) for e in entries)
    body = (
        "<header><h1>electext report</h1>"
        f'<p class="meta">{len(entries)} articles, {failed} with failed checks, {len(errors)} files failed.'
        " Click a column heading to sort.</p></header>\n<main>"
        f'<table class="sortable articles"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
        f"{errors_html}</main>"
    )
    return page("electext report", body, asset("index.js"))
