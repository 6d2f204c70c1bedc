"""The report's index as a dashboard: what a desk with a few hundred articles needs to see at a glance.

Charts of the batch's verdicts come first, then one row per article with its title and source, seats,
winners and verdict counts, a totals row, and filters ("only articles with alarms", one per verdict).
The filters are radio buttons and CSS (``:has(:checked)``), not script: the page's policy allows only
its own sort script, by hash, and filtering needs no more. Every value from a result goes through
:func:`html.escape`; the page shell and its policy are :mod:`electext.outputs.report_shell`'s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from electext.core.records import VERDICTS, ArticleResult, ErrorRecord
from electext.outputs.report_charts import verdict_chart, verdict_strip
from electext.outputs.report_shell import asset, from_text, is_official, page, source_link, verdict_name

ALARM = "fail"
FILTER_NAMES = {"fail": "With alarms (fail)"}


@dataclass(frozen=True)
class IndexEntry:
    """One article on the index page: its result, the file name of its page and the first line of its
    text (the heading of an article that has no title)."""

    page: str
    result: ArticleResult
    first_line: str = ""


@dataclass(frozen=True)
class _Row:
    """One article's numbers, counted once for its row, the totals and the charts."""

    entry: IndexEntry
    counts: Counter[str]
    reported: int
    official_failed: int

    @classmethod
    def of(cls, entry: IndexEntry) -> _Row:
        checks = entry.result.checks
        return cls(
            entry,
            Counter(check.status for check in checks),
            sum(not contest.mention_only for contest in entry.result.contests),
            sum(check.status == ALARM and is_official(check) for check in checks),
        )


def _heading(entry: IndexEntry) -> str:
    """The article as linked in its row: its title, else its text's first line (marked as such), else its id;
    under it the id and, where the article has a web address, a link to the original."""
    info = entry.result.article
    if info.title:
        shown = escape(info.title)
    elif entry.first_line:
        shown = from_text(entry.first_line)
    else:
        shown = escape(info.id)
    source = f" · {source_link(info.url)}" if info.url else ""
    return (
        f'<a class="page" href="{escape(entry.page)}">{shown}</a><br><code class="id">{escape(info.id)}</code>{source}'
    )


def _seats(entry: IndexEntry) -> str:
    """The seats whose results the article reports, each linked to its contest, then those it only mentions."""
    reported, mentioned = [], []
    for index, contest in enumerate(entry.result.contests):
        link = f'<a href="{escape(entry.page)}#contest-{index}">{escape(contest.constituency.value)}</a>'
        if contest.mention_only:
            mentioned.append(link)
        else:
            reported.append(f'<li>{link} <small class="note">{escape(contest.election.value)}</small></li>')
    if mentioned:
        reported.append(f'<li class="note mentioned">also mentioned: {", ".join(mentioned)}</li>')
    return f'<ul class="cell-list">{"".join(reported)}</ul>' if reported else '<span class="note">none</span>'


def _winners(result: ArticleResult) -> tuple[str, str]:
    """Who won each reported contest (name and party, as the article says), and the first as a sort key."""
    items = []
    for contest in result.contests:
        if contest.mention_only:
            continue
        winner = contest.winner
        name = winner.name.value if winner and winner.name else ""
        party = winner.party.value if winner and winner.party else ""
        shown = " · ".join(escape(part) for part in (name, party) if part) or '<span class="note">not stated</span>'
        items.append(f"<li>{shown}</li>")
    first = next((c.winner.name.value for c in result.contests if c.winner and c.winner.name), "")
    return (f'<ul class="cell-list">{"".join(items)}</ul>' if items else ""), first


def _cell(key: str | int, content: str, numeric: bool = False) -> str:
    return f'<td data-sort="{escape(str(key))}"{" class=num" if numeric else ""}>{content}</td>'


def _verdict_cells(counts: Counter[str], official_failed: int) -> list[str]:
    cells = []
    for status in VERDICTS:
        count = counts[status]
        shown = f'<span class="{"alarm" if status == ALARM else "has"}">{count}</span>' if count else "0"
        if status == ALARM and official_failed:
            shown += f' <small class="note">({official_failed} official)</small>'
        cells.append(_cell(count, shown, numeric=True))
    return cells


def _row(number: int, row: _Row) -> str:
    result = row.entry.result
    winners, first_winner = _winners(result)
    first_seat = result.contests[0].constituency.value if result.contests else ""
    cells = [
        _cell(result.article.title or row.entry.first_line or result.article.id, _heading(row.entry)),
        _cell(first_seat, _seats(row.entry)),
        _cell(first_winner, winners),
        _cell(row.reported, str(row.reported), numeric=True),
        *_verdict_cells(row.counts, row.official_failed),
        _cell(len(result.warnings), str(len(result.warnings)), numeric=True),
        _cell(row.counts[ALARM], verdict_strip(row.counts, f"strip-{number}")),
    ]
    classes = " ".join(f"has-{status}" for status in VERDICTS if row.counts[status])
    return f'<tr id="article-{number}" class="{classes}">{"".join(cells)}</tr>'


HEADINGS = (
    ("Article", "text"),
    ("Seats", "text"),
    ("Winners", "text"),
    ("Contests", "number"),
    *((verdict_name(status).capitalize(), "number") for status in VERDICTS),
    ("Warnings", "number"),
    ("Verdicts", "number"),
)


def _words(number: int, noun: str, after: str = "") -> str:
    """The words after a number, "seat reported" for one and "seats reported" otherwise: a total reads as a
    sentence, not as "1 seats"."""
    return f"{noun}{'' if number == 1 else 's'}{after}"


def _count(number: int, noun: str, after: str = "") -> str:
    return f"{number:,} {_words(number, noun, after)}"


def _totals(rows: Sequence[_Row], totals: Counter[str]) -> str:
    """The batch in one row, under the articles (a footer: sorting and filtering leave it in place)."""
    seats = len({c.constituency.value for row in rows for c in row.entry.result.contests if not c.mention_only})
    winners = sum(1 for row in rows for c in row.entry.result.contests if c.winner and not c.mention_only)
    official_failed = sum(row.official_failed for row in rows)
    cells = [
        f'<th scope="row">Total: {_count(len(rows), "article")}</th>',
        f"<td>{_count(seats, 'seat', ' reported')}</td><td>{_count(winners, 'winner', ' named')}</td>",
        f'<td class="num">{sum(row.reported for row in rows)}</td>',
        *_verdict_cells(totals, official_failed),
        f'<td class="num">{sum(len(row.entry.result.warnings) for row in rows)}</td>',
        f"<td>{verdict_strip(totals, 'strip-total')}</td>",
    ]
    return f'<tfoot><tr class="totals">{"".join(cells)}</tr></tfoot>'


def _filters(rows: Sequence[_Row]) -> str:
    """Radio buttons the stylesheet reads (``main:has(#only-fail:checked)`` hides the rows without a fail)."""
    options = [f'<label><input type="radio" name="only" id="only-all" checked> All ({len(rows)})</label>']
    for status in VERDICTS:
        name = FILTER_NAMES.get(status, f"With {verdict_name(status)}")
        count = sum(1 for row in rows if row.counts[status])
        options.append(
            f'<label class="only-{status}"><input type="radio" name="only" id="only-{status}"'
            f' value="{status}"> {escape(name)} ({count})</label>'
        )
    return f'<fieldset class="filters"><legend>Show articles</legend>{"".join(options)}</fieldset>'


def _dashboard(rows: Sequence[_Row], totals: Counter[str], errors: int) -> str:
    """The batch at a glance: key figures and two charts, checks by verdict and articles by their worst."""
    worst: Counter[str] = Counter(
        next(status for status in VERDICTS if row.counts[status]) for row in rows if row.counts.total()
    )
    unchecked = sum(1 for row in rows if not row.counts.total())
    alarmed = sum(1 for row in rows if row.counts[ALARM])
    figures = [
        (len(rows), "article", ""),
        (sum(row.reported for row in rows), "contest", " reported"),
        (alarmed, "article", " with alarms"),
        (totals[ALARM], "failed check", ""),
        (errors, "file", " failed"),
    ]
    cards = "".join(f"<li><b>{value:,}</b> {_words(value, noun, after)}</li>" for value, noun, after in figures)
    by_article = verdict_chart(worst, "chart-worst", "Articles by their most serious verdict", "articles")
    return (
        f'<section id="dashboard" aria-label="The batch at a glance"><ul class="cards">{cards}</ul>'
        '<div class="charts"><figure class="chart-figure">'
        f"{verdict_chart(totals, 'chart-verdicts', 'Checks by verdict across the batch', 'checks')}"
        "<figcaption>Checks by verdict across the batch. Only <b>fail</b> is an alarm.</figcaption></figure>"
        f'<figure class="chart-figure">{by_article}<figcaption>Articles by their most serious verdict'
        f"{f' ({unchecked} with no checks)' if unchecked else ''}.</figcaption></figure></div></section>"
    )


def render_index(entries: Sequence[IndexEntry], errors: Sequence[ErrorRecord]) -> str:
    """The batch's index: a dashboard, one sortable and filterable row per article with a totals row, and
    the files that could not be processed."""
    rows = [_Row.of(entry) for entry in entries]
    totals: Counter[str] = sum((row.counts for row in rows), Counter())
    head = "".join(
        f'<th data-type="{kind}" scope="col"><button type="button">{escape(name)}</button></th>'
        for name, kind in HEADINGS
    )
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
    alarmed = sum(1 for row in rows if row.counts[ALARM])
    body = (
        "<header><h1>electext report</h1>"
        f'<p class="meta">{len(entries)} articles, {alarmed} with failed checks, {len(errors)} files failed.'
        " Click a column heading to sort; pick a filter to show only some articles.</p></header>\n<main>"
        f"{_dashboard(rows, totals, len(errors))}<h2>Articles</h2>{_filters(rows)}"
        f'<div class="table-wrap"><table class="sortable articles"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(_row(n, row) for n, row in enumerate(rows))}</tbody>{_totals(rows, totals)}</table></div>"
        '<p class="note empty-filter">No article has this verdict.</p>'
        f"{errors_html}</main>"
    )
    return page("electext report", body, asset("index.js"))
