"""The fact-checker's report page for one article, as a plain string: its text with every evidence span
highlighted, a side panel, its contests and its checks.

Every piece of article text and every value from a result goes through :func:`html.escape`; the
only markup is written here and in the modules it draws on (the page shell in
:mod:`electext.outputs.report_shell`, the charts in :mod:`electext.outputs.report_charts`), so the
escaping stays auditable. The batch's index is :mod:`electext.outputs.report_index`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from electext.core.records import VERDICTS, ArticleResult, Check, Contest, Evidence, Label, Quantity
from electext.outputs.fields import CANDIDATE_FIELDS, CONTEST_FIELDS, ROLES, Role
from electext.outputs.highlight import FieldSpan, field_spans, segment
from electext.outputs.report_charts import candidate_charts
from electext.outputs.report_shell import (
    asset,
    check_source,
    check_value,
    first_line,
    format_value,
    from_text,
    is_official,
    page,
    role_class,
    source_link,
    verdict,
    verdict_name,
)

CONTEST_FACTS: tuple[tuple[str, str], ...] = (
    ("contest_type", "Contest type"),
    ("body", "Body"),
    ("ballot_id", "Ballot id"),
    ("voting_system", "Voting system"),
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
    ("previous_member", "Previous member"),
    ("previous_member_office", "Previous member's office"),
    ("previous_member_party", "Previous member's party"),
    ("previous_member_reason", "Why the seat was vacant"),
)


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
            f'<div class="detail" id="check-{index}">{verdict(check.status)} <code>{escape(check.id)}</code>'
            f"{' · ' + escape(check.contest) if check.contest else ''}: {escape(check.message)}"
            f"{' (' + figures + ')' if figures else ''}</div>"
        )
    return f'<div hidden id="details">{"".join(blocks)}</div>'


def _check_figures(check: Check) -> str:
    shown = [
        f"{name} {escape(check_value(value))}"
        for name, value in (("reported", check.reported), ("expected", check.expected))
        if value is not None
    ]
    return ", ".join(shown)


def _contest(index: int, contest: Contest, anchors: _Anchors, charts: Sequence[str]) -> str:
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
    figure = (
        f'<figure class="chart-figure">{"".join(charts)}<figcaption class="note">Reported figures as bars; under '
        "each, in grey, the official figure it was checked against, with the verdict.</figcaption></figure>"
        if charts
        else ""
    )
    # the chart beside the facts, where it is seen with them, not after a long table
    return head + f'<div class="contest-body"><dl class="facts">{"".join(facts)}</dl>{figure}</div>' + table


def _checks_table(checks: Sequence[tuple[int, Check]], anchors: _Anchors, with_source: bool) -> str:
    source_head = "<th>Source</th>" if with_source else ""
    rows = []
    for index, check in checks:
        source = f"<td>{escape(check_source(check) or '')}</td>" if with_source else ""
        rows.append(
            f'<tr id="check-row-{index}" class="check-{escape(check.status)}"><td>{verdict(check.status)}</td>'
            f"<td><code>{escape(check.id)}</code></td><td>{escape(check.contest or '')}</td>"
            f"<td>{escape(check.message)}{_follows(check)}</td>"
            f"<td>{_gap(check)}</td>"
            f'<td class="num">{escape(check_value(check.reported))}</td>'
            f'<td class="num">{escape(check_value(check.expected))}</td>{source}'
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


def _counts(checks: Sequence[Check]) -> str:
    counts: Counter[str] = Counter(check.status for check in checks)
    return ", ".join(f"{counts[status]} {verdict_name(status)}" for status in VERDICTS if counts[status])


def render_article(result: ArticleResult, text: str) -> str:
    """One article's page: the highlighted text, a side panel, the contests, the checks, the warnings."""
    info = result.article
    line = "" if info.title else first_line(text, info)
    heading = escape(info.title) if info.title else from_text(line) if line else escape(info.id)
    spans = field_spans(result)
    body_text, starts = _article_text(text, spans, result.checks)
    anchors = _Anchors(starts)
    consistency = [(i, c) for i, c in enumerate(result.checks) if not is_official(c)]
    official = [(i, c) for i, c in enumerate(result.checks) if is_official(c)]
    reported = sum(not c.mention_only for c in result.contests)
    meta = [
        f"<code>{escape(info.id)}</code>",
        f"source <code>{escape(info.source)}</code>",
        *([source_link(info.url)] if info.url else []),
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
    charts = [candidate_charts(result, c, f"chart-contest-{i}") for i, c in enumerate(result.contests)]
    contests = "".join(_contest(i, c, anchors, charts[i]) for i, c in enumerate(result.contests)) or none
    body = (
        f'<header><p class="meta"><a href="index.html">All articles</a></p>'
        f"<h1>{heading}</h1>"
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
    return page(f"{info.title or line or info.id} · electext report", body, asset("report.js"))
