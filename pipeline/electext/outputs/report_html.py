"""HTML for the fact-checker's report: one page per article and an index, as plain strings.

Every piece of article text and every value from a result goes through :func:`html.escape`; the
only markup is written here. Pages are self-contained (CSS and script inline, from
``pipeline/electext/outputs/assets``) and carry a Content-Security-Policy that allows nothing but those two inline
blocks, by hash: a page makes no network request and, should escaping ever fail, an injected script
would still not run. They work opened straight from disk (``file://``).

One module over 400 lines: the article page and the index share the escaping, the evidence marks and
the page shell, and keeping every string that reaches HTML in one file keeps the escaping auditable.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib.resources import files

from electext.core.records import ArticleResult, Check, Contest, ErrorRecord, Evidence, Label, Quantity
from electext.outputs.fields import CANDIDATE_FIELDS, CONTEST_FIELDS, ROLES, Role
from electext.outputs.highlight import FieldSpan, field_spans, segment

OFFICIAL_PREFIX = "official_"
HEDGES = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "less_than": "less than ",
    "at_most": "at most ",
    "about": "about ",
    "nearly": "nearly ",
    "just_over": "just over ",
}
CONTEST_FACTS: tuple[tuple[str, str], ...] = (
    ("winner", "Winner"),
    ("winner_party", "Winner's party"),
    ("result", "Result"),
    ("gained_from", "Gained from"),
    ("majority", "Majority"),
    ("previous_majority", "Previous majority"),
    ("previous_majority_party", "Previous majority's party"),
    ("swing", "Swing"),
    ("swing_from", "Swing from"),
    ("swing_to", "Swing to"),
    ("turnout", "Turnout"),
    ("held_since", "Held since"),
    ("held_since_party", "Held by"),
    ("previous_mp", "Previous MP"),
    ("previous_mp_party", "Previous MP's party"),
    ("previous_mp_reason", "Why the seat was vacant"),
)


@dataclass(frozen=True)
class IndexEntry:
    """One article on the index page: its result and the file name of its page."""

    page: str
    result: ArticleResult


@cache
def _asset(name: str) -> str:
    return (files("electext.outputs") / "assets" / name).read_text(encoding="utf-8")


def _csp_hash(content: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode("utf-8")).digest()).decode("ascii") + "'"


def _page(title: str, body: str, script: str) -> str:
    """A whole document: the inline CSS and script are the only things its policy lets run or style."""
    css = _asset("report.css")
    policy = f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(script)}; img-src 'none'"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n"
        f"<script>{script}</script>\n</body>\n</html>\n"
    )


def role_class(role: Role | str) -> str:
    return "role-" + role.replace(" ", "-").lower()


def _number(value: float) -> str:
    return f"{int(value):,}" if value.is_integer() else f"{value:,}"


def format_quantity(quantity: Quantity) -> str:
    """A figure as a reader would say it: "more than 19,600", "23.9%", "2.4 points", "2nd"."""
    value = quantity.value
    if quantity.unit == "percent":
        shown = f"{_number(value)}%"
    elif quantity.unit == "points":
        shown = f"{_number(value)} points"
    elif quantity.unit == "year":
        shown = f"{value:.0f}"
    elif quantity.unit == "place" and value.is_integer():
        shown = _ordinal(int(value))
    else:
        shown = _number(value)
    return HEDGES[quantity.qualifier] + shown


def _ordinal(place: int) -> str:
    suffix = "th" if 10 <= place % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
    return f"{place}{suffix}"


def format_value(value: Label | Quantity) -> str:
    return value.value if isinstance(value, Label) else format_quantity(value)


def _check_value(value: float | str | None) -> str:
    if value is None:
        return ""
    return _number(value) if isinstance(value, float) else str(value)


def is_official(check: Check) -> bool:
    """Checks against official results (issue 4's ``official_*`` ids) are shown apart from arithmetic."""
    return check.id.startswith(OFFICIAL_PREFIX)


def check_source(check: Check) -> str | None:
    """The official source a check cites, when the record has one (read by name: older records lack it)."""
    source = check.model_dump().get("source")
    return str(source) if source else None


class _Anchors:
    """Which evidence starts have a highlighted passage to link to (``#t<start>``)."""

    def __init__(self, starts: set[int]) -> None:
        self.starts = starts

    def link(self, evidence: Evidence, content: str) -> str:
        if evidence.start in self.starts:
            return f'<a href="#t{evidence.start}">{content}</a>'
        return content

    def value(self, value: Label | Quantity | None, role: Role) -> str:
        if value is None:
            return ""
        shown = f'<span class="swatch {role_class(role)}">{escape(format_value(value))}</span>'
        if value.evidence:
            shown = self.link(value.evidence[0], shown)
        if value.derived:
            shown += f' <span class="derived" title="{escape(value.derived)}">derived: {escape(value.derived)}</span>'
        return shown

    def quotes(self, evidence: Sequence[Evidence]) -> str:
        return " ".join(self.link(e, f'<span class="quote">“{escape(e.text)}”</span>') for e in evidence)


def _mark_role(covering: Sequence[int], spans: Sequence[FieldSpan]) -> Role | str:
    """A passage's colour: the field it states (not one derived from it), the most specific first."""
    fields = [spans[i] for i in covering if i < len(spans)]
    if not fields:
        return "check"
    best = min(fields, key=lambda span: (span.value.derived is not None, span.end - span.start))
    return best.role


def _field_line(span: FieldSpan) -> str:
    how = " (derived from this)" if span.value.derived else ""
    return f"{span.contest} · {span.field}: {format_value(span.value)}{how}"


def _check_line(check: Check) -> str:
    where = f" ({check.contest})" if check.contest else ""
    return f"check {check.id}{where}: {check.status}"


def _article_text(text: str, spans: Sequence[FieldSpan], checks: Sequence[Check]) -> tuple[str, set[int]]:
    """The article as escaped HTML with a ``<mark>`` per highlighted segment, and the segments' starts."""
    check_ranges = [(e.start, e.end, index) for index, check in enumerate(checks) for e in check.evidence]
    ranges = [(s.start, s.end) for s in spans] + [(start, end) for start, end, _ in check_ranges]
    parts: list[str] = []
    starts: set[int] = set()
    for piece in segment(len(text), ranges):
        content = escape(text[piece.start : piece.end])
        if not piece.covering:
            parts.append(content)
            continue
        fields = [i for i in piece.covering if i < len(spans)]
        used_by = sorted({check_ranges[i - len(spans)][2] for i in piece.covering if i >= len(spans)})
        role = _mark_role(piece.covering, spans)
        classes = ["ev", role_class(role)]
        if len({(spans[i].contest, spans[i].field) for i in fields}) > 1:
            classes.append("multi")
        if any(checks[i].status == "fail" for i in used_by):
            classes.append("fail")
        tooltip = "\n".join([_field_line(spans[i]) for i in fields] + [_check_line(checks[i]) for i in used_by])
        parts.append(
            f'<mark id="t{piece.start}" class="{" ".join(classes)}" tabindex="0"'
            f' data-role="{escape(role)}"'
            f' data-fields="{" ".join(f"field-{i}" for i in fields)}"'
            f' data-checks="{" ".join(f"check-{i}" for i in used_by)}"'
            f' title="{escape(tooltip)}">{content}</mark>'
        )
        starts.add(piece.start)
    return "".join(parts), starts


def _verdict(status: str) -> str:
    return f'<span class="verdict verdict-{escape(status)}">{escape(status.replace("_", " "))}</span>'


def _details(spans: Sequence[FieldSpan], checks: Sequence[Check]) -> str:
    """Hidden blocks the page's script copies into the side panel when a passage is selected."""
    blocks = []
    for index, span in enumerate(spans):
        derived = f' <span class="derived">derived: {escape(span.value.derived)}</span>' if span.value.derived else ""
        blocks.append(
            f'<div class="detail" id="field-{index}"><span class="swatch {role_class(span.role)}">'
            f"{escape(span.role)}</span> <b>{escape(span.contest)}</b> · {escape(span.field)} = "
            f"<b>{escape(format_value(span.value))}</b>{derived}</div>"
        )
    for index, check in enumerate(checks):
        figures = _check_figures(check)
        blocks.append(
            f'<div class="detail" id="check-{index}">{_verdict(check.status)} <code>{escape(check.id)}</code>'
            f"{' · ' + escape(check.contest) if check.contest else ''}: {escape(check.message)}"
            f"{' (' + figures + ')' if figures else ''}</div>"
        )
    return f'<div hidden id="details">{"".join(blocks)}</div>'


def _check_figures(check: Check) -> str:
    shown = [
        f"{name} {escape(_check_value(value))}"
        for name, value in (("reported", check.reported), ("expected", check.expected))
        if value is not None
    ]
    return ", ".join(shown)


def _contest(index: int, contest: Contest, anchors: _Anchors) -> str:
    fields = {field.name: field for field in CONTEST_FIELDS}
    head = (
        f'<h3 id="contest-{index}">{anchors.value(contest.constituency, "seat")} '
        f"<small>{escape(contest.election.value)}</small></h3>"
    )
    if contest.mention_only:
        return head + '<p class="note">Mentioned only: the article reports no result for this contest.</p>'
    facts = []
    for name, label in CONTEST_FACTS:
        value = fields[name].read(contest)
        if value is not None:
            facts.append(f"<dt>{escape(label)}</dt><dd>{anchors.value(value, fields[name].role)}</dd>")
    rows = []
    for number, candidate in enumerate(contest.candidates):
        cells = []
        for field in CANDIDATE_FIELDS:
            value = field.read(candidate)
            numeric = ' class="num"' if field.kind == "quantity" else ""
            cells.append(f"<td{numeric}>{anchors.value(value, field.role)}</td>")
        rows.append(f"<tr><td>{number + 1}</td>{''.join(cells)}</tr>")
    table = (
        '<table class="candidates"><thead><tr><th>#</th><th>Candidate</th><th>Party</th><th>Votes</th>'
        f"<th>Share</th><th>Place</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else '<p class="note">No candidates reported.</p>'
    )
    return head + f'<dl class="facts">{"".join(facts)}</dl>' + table


def _checks_table(checks: Sequence[tuple[int, Check]], anchors: _Anchors, with_source: bool) -> str:
    source_head = "<th>Source</th>" if with_source else ""
    rows = []
    for index, check in checks:
        source = f"<td>{escape(check_source(check) or '')}</td>" if with_source else ""
        rows.append(
            f'<tr id="check-row-{index}" class="check-{escape(check.status)}"><td>{_verdict(check.status)}</td>'
            f"<td><code>{escape(check.id)}</code></td><td>{escape(check.contest or '')}</td>"
            f"<td>{escape(check.message)}{_follows(check)}</td>"
            f"<td>{_gap(check)}</td>"
            f'<td class="num">{escape(_check_value(check.reported))}</td>'
            f'<td class="num">{escape(_check_value(check.expected))}</td>{source}'
            f"<td>{anchors.quotes(check.evidence)}</td></tr>"
        )
    return (
        '<table class="checks"><thead><tr><th>Verdict</th><th>Check</th><th>Contest</th><th>Finding</th>'
        f"<th>Gap · suggestion</th><th>Reported</th><th>Expected</th>{source_head}<th>Evidence</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _gap(check: Check) -> str:
    """The kind of gap between the reported and the official figure, and the likely correction."""
    parts = [escape(check.gap.replace("_", " ")) if check.gap else ""]
    if check.suggestion:
        parts.append(f"<b>{escape(check.suggestion)}</b>")
    if check.derived:
        parts.append(f'<span class="derived">derived: {escape(check.derived)}</span>')
    return " · ".join(part for part in parts if part)


def _follows(check: Check) -> str:
    if check.follows is None:
        return ""
    return (
        f' <a class="follows" href="#check-row-{check.follows}">(follows from check {check.follows + 1}: one root '
        "cause, one alarm)</a>"
    )


# The verdicts in the order a fact-checker reads them: alarms first.
VERDICTS = ("fail", "check_extraction", "imprecise", "rounded", "pass", "unverifiable")


def _counts(checks: Sequence[Check]) -> str:
    counts: Counter[str] = Counter(check.status for check in checks)
    return ", ".join(f"{counts[status]} {status.replace('_', ' ')}" for status in VERDICTS if counts[status])


def render_article(result: ArticleResult, text: str) -> str:
    """One article's page: the highlighted text, a side panel, the contests, the checks, the warnings."""
    info = result.article
    spans = field_spans(result)
    body_text, starts = _article_text(text, spans, result.checks)
    anchors = _Anchors(starts)
    consistency = [(i, c) for i, c in enumerate(result.checks) if not is_official(c)]
    official = [(i, c) for i, c in enumerate(result.checks) if is_official(c)]
    reported = sum(not c.mention_only for c in result.contests)
    meta = [
        f"<code>{escape(info.id)}</code>",
        f"source <code>{escape(info.source)}</code>",
        *([f"by {escape(info.byline)}"] if info.byline else []),
        *([f"published {escape(info.published)}"] if info.published else []),
        f"sha256 <code>{escape(info.sha256[:12])}</code>",
        f"electext {escape(result.pipeline.version)} ({escape(result.pipeline.model)})",
    ]
    legend = "".join(f'<li class="swatch {role_class(role)}">{escape(role)}</li>' for role in (*ROLES, "check"))
    official_html = (
        _checks_table(official, anchors, with_source=True)
        if official
        else '<p class="note">No official-results checks in this result.</p>'
    )
    warnings = "".join(
        f"<li><code>{escape(w.code)}</code>: {escape(w.message)} {anchors.quotes(w.evidence)}</li>"
        for w in result.warnings
    )
    none = '<p class="note">None.</p>'
    contests = "".join(_contest(i, c, anchors) for i, c in enumerate(result.contests)) or none
    body = (
        f'<header><p class="meta"><a href="index.html">All articles</a></p>'
        f"<h1>{escape(info.title or info.id)}</h1>"
        f'<p class="meta">{" · ".join(meta)}</p>'
        f'<p class="meta">{reported} contests reported, {len(result.contests) - reported} mentioned only · '
        f"checks: {_counts(result.checks)}</p>"
        f'<ul class="legend" aria-label="Highlight colours">{legend}</ul></header>\n<main>'
        f'<div class="layout"><pre class="article-text" id="text">{body_text}</pre>'
        '<aside id="panel" aria-live="polite"><h2>Evidence</h2><div id="panel-body"><p class="note">'
        "Select a highlighted passage to see the fields it fills and the checks that used it.</p></div></aside></div>"
        f'<section id="contests"><h2>Contests</h2>{contests}</section>'
        '<section id="checks"><h2>Checks</h2><h3>Consistency (the article against itself)</h3>'
        f"{_checks_table(consistency, anchors, with_source=False)}"
        f"<h3>Official results</h3>{official_html}</section>"
        f'<section id="warnings"><h2>Warnings</h2>{f"<ul>{warnings}</ul>" if warnings else none}</section>'
        f"{_details(spans, result.checks)}</main>"
    )
    return _page(f"{info.title or info.id} · electext report", body, _asset("report.js"))


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
    return _page("electext report", body, _asset("index.js"))
