"""The report's charts, drawn here as inline SVG: no script, no library, no request.

An inline ``<svg>`` is markup like the rest of the page, so the page's Content-Security-Policy needs no
change (it allows no images, no other script and no style attributes): colours are classes of the
page's stylesheet and sizes are SVG attributes. Every text that comes from an article (a name, a
party, a seat) goes through :func:`html.escape`, as in the tables. Each chart is ``role="img"`` with a
``<title>`` and a ``<desc>`` that lists its numbers, every bar has a tooltip, and the numbers are written
beside the bars, so a chart reads without its colours and to a screen reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Literal

from electext.core.records import VERDICTS, ArticleResult, Candidate, Contest, Quantity
from electext.outputs.fields import candidate_label
from electext.outputs.report_shell import format_quantity, number, verdict_name

ROW = 24  # one bar of the verdict chart
LABEL_WIDTH = 130
BAR_WIDTH = 360
FIGURE_ROW = 34  # one candidate: the reported bar and, under it, the official one
NAME_WIDTH = 230
FIGURE_BAR_WIDTH = 280
FIGURE_TEXT_WIDTH = 230
NAME_CHARS = 34  # a longer name is cut in the label (whole in its tooltip)
HEADING = 22  # the chart's own heading, above its bars
Figure = Literal["votes", "share"]
FIGURES: tuple[Figure, ...] = ("votes", "share")


def _svg(key: str, width: int, height: int, title: str, desc: str, content: str, css: str = "chart") -> str:
    """The chart's frame: its accessible name and description first, then what it draws."""
    return (
        f'<svg class="{css}" id="{key}" role="img" aria-labelledby="{key}-title {key}-desc" width="{width}"'
        f' height="{height}" viewBox="0 0 {width} {height}">'
        f'<title id="{key}-title">{escape(title)}</title><desc id="{key}-desc">{escape(desc)}</desc>'
        f"{content}</svg>"
    )


def _text(x: float, y: float, content: str, css: str = "", anchor: str = "start") -> str:
    extra = f' class="{css}"' if css else ""
    end = ' text-anchor="end"' if anchor == "end" else ""
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra}{end}>{escape(content)}</text>'


def _bar(x: float, y: float, width: float, height: float, css: str, tip: str, data: str = "") -> str:
    return (
        f'<rect class="{css}" x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}"{data}>'
        f"<title>{escape(tip)}</title></rect>"
    )


def _summary(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{verdict_name(status)} {counts.get(status, 0)}" for status in VERDICTS)


def verdict_chart(counts: Mapping[str, int], key: str, title: str, unit: str) -> str:
    """Counts by verdict (of checks, or of articles by their worst) as horizontal bars, alarms first, every
    verdict shown: a zero is news too."""
    top = max([counts.get(status, 0) for status in VERDICTS] + [1])
    parts = []
    for row, status in enumerate(VERDICTS):
        count = counts.get(status, 0)
        y = row * ROW
        width = BAR_WIDTH * count / top
        parts.append(_text(LABEL_WIDTH - 8, y + 16, verdict_name(status), anchor="end"))
        tip = f"{verdict_name(status)}: {count:,} {unit}"
        data = f' data-verdict="{status}" data-count="{count}"'
        parts.append(_bar(LABEL_WIDTH, y + 4, max(width, 1.0), ROW - 8, f"v-{status}", tip, data))
        parts.append(_text(LABEL_WIDTH + width + 6, y + 16, f"{count:,}", "count"))
    width = LABEL_WIDTH + BAR_WIDTH + 70
    desc = f"{unit.capitalize()} by verdict: {_summary(counts)}."
    return _svg(key, width, ROW * len(VERDICTS), title, desc, "".join(parts))


def verdict_strip(counts: Mapping[str, int], key: str, width: int = 80, height: int = 14) -> str:
    """One article's checks as a single stacked bar, alarms first, so rows compare at a glance."""
    total = sum(counts.get(status, 0) for status in VERDICTS)
    parts = [f'<rect class="strip-frame" x="0" y="0" width="{width}" height="{height}"></rect>']
    x = 0.0
    for status in VERDICTS:
        count = counts.get(status, 0)
        if not count:
            continue
        share = width * count / total
        tip = f"{verdict_name(status)}: {count}"
        parts.append(_bar(x, 0, share, height, f"v-{status}", tip, f' data-verdict="{status}" data-count="{count}"'))
        x += share
    desc = _summary(counts) if total else "no checks"
    return _svg(key, width, height, f"{total} checks", desc, "".join(parts), "strip")


@dataclass(frozen=True)
class Official:
    """The official figure a candidate's reported figure was checked against, and the verdict."""

    value: float
    status: str
    against: str | None


def official_figures(result: ArticleResult, contest: Contest, figure: Figure) -> dict[int, Official]:
    """Each candidate's official figure (by their index), from the ``official_votes``/``official_share``
    check that used the very evidence of their reported figure. A figure from another election (a
    ``check_extraction`` with gap ``other_election``) is not this contest's official one and is left out."""
    found: dict[int, Official] = {}
    for index, candidate in enumerate(contest.candidates):
        reported = getattr(candidate, figure)
        if reported is None:
            continue
        for check in result.checks:
            if (
                check.id == f"official_{figure}"
                and check.contest == contest.constituency.value
                and check.evidence == reported.evidence
                and isinstance(check.expected, float)
                and check.gap != "other_election"
            ):
                found[index] = Official(check.expected, check.status, check.against)
                break
    return found


def _shown(value: float, figure: Figure) -> str:
    """An official figure as the chart labels it: shares to one decimal (the record keeps them to four)."""
    return f"{value:.1f}%" if figure == "share" else number(value)


def _name(candidate: Candidate, index: int) -> str:
    party = f" ({candidate.party.value})" if candidate.name and candidate.party else ""
    return candidate_label(candidate, index) + party


def _cut(label: str) -> str:
    return label if len(label) <= NAME_CHARS else label[: NAME_CHARS - 1].rstrip() + "…"


def candidate_charts(result: ArticleResult, contest: Contest, key: str) -> list[str]:
    """A contest's charts: the candidates' votes, then their shares, each where any candidate has one."""
    charts = (candidate_chart(result, contest, figure, f"{key}-{figure}") for figure in FIGURES)
    return [chart for chart in charts if chart]


def candidate_chart(result: ArticleResult, contest: Contest, figure: Figure, key: str) -> str:
    """The candidates' votes or shares as bars, each with the official figure under it where the contest was
    matched to an official result; empty when no candidate has that figure."""
    rows = [(i, c, getattr(c, figure)) for i, c in enumerate(contest.candidates) if getattr(c, figure)]
    if not rows:
        return ""
    official = official_figures(result, contest, figure)
    top = max([q.value for _, _, q in rows] + [o.value for o in official.values()] + [1.0])
    against = next((o.against for o in official.values() if o.against), None)
    what = "Votes" if figure == "votes" else "Vote shares"
    heading = what + (f" · official: {against}" if against else " · no official figures")
    parts: list[str] = [_text(0, 14, heading, "chart-heading")]
    lines: list[str] = []
    for row, (index, candidate, reported) in enumerate(rows):
        name = _name(candidate, index)
        parts += _figure_row(HEADING + row * FIGURE_ROW, name, reported, official.get(index), top, figure)
        lines.append(_figure_line(name, reported, official.get(index), figure))
    title = f"{what} in {contest.constituency.value}" + (f", against the official {against}" if against else "")
    width = NAME_WIDTH + FIGURE_BAR_WIDTH + FIGURE_TEXT_WIDTH
    return _svg(key, width, HEADING + FIGURE_ROW * len(rows), title, "; ".join(lines) + ".", "".join(parts))


def _figure_line(name: str, reported: Quantity, official: Official | None, figure: Figure) -> str:
    """One candidate in words, for the chart's description."""
    line = f"{name}: reported {format_quantity(reported)}"
    if official is not None:
        line += f", official {_shown(official.value, figure)} ({verdict_name(official.status)})"
    return line


def _figure_row(
    y: int, name: str, reported: Quantity, official: Official | None, top: float, figure: Figure
) -> Sequence[str]:
    """A candidate's label, the reported bar with its figure, and the official bar with its figure and verdict."""
    width = FIGURE_BAR_WIDTH * reported.value / top
    derived = " (derived)" if reported.derived else ""
    parts = [
        _text(NAME_WIDTH - 8, y + 15, _cut(name), "name", anchor="end"),
        _bar(NAME_WIDTH, y + 4, max(width, 1.0), 14, "reported", f"{name}: reported {format_quantity(reported)}"),
        _text(NAME_WIDTH + width + 6, y + 15, format_quantity(reported) + derived, "count"),
    ]
    if official is not None:
        shown = _shown(official.value, figure)
        width = FIGURE_BAR_WIDTH * official.value / top
        tip = f"{name}: official {shown} ({verdict_name(official.status)})"
        parts.append(_bar(NAME_WIDTH, y + 20, max(width, 1.0), 8, "official", tip))
        label = f"official {shown} · {verdict_name(official.status)}"
        parts.append(_text(NAME_WIDTH + width + 6, y + 28, label, f"official-label t-{official.status}"))
    return parts
