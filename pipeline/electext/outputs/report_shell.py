"""What every page of the fact-checker's report shares: the self-contained page and its policy, and how
figures and verdicts read.

Pages are self-contained (CSS and script inline, from ``pipeline/electext/outputs/assets``) and carry a
Content-Security-Policy that allows nothing but those two inline blocks, by hash: a page makes no
network request and, should escaping ever fail, an injected script would still not run. They work
opened straight from disk (``file://``). The article page (:mod:`electext.outputs.report_html`), the
index (:mod:`electext.outputs.report_index`) and the charts (:mod:`electext.outputs.report_charts`)
format values here, so a figure reads the same in a table, a chart and a tooltip.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from html import escape
from importlib.resources import files
from urllib.parse import urlsplit

from electext.core.records import ArticleInfo, Check, Label, Quantity
from electext.outputs.fields import Role

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
TITLE_CHARS = 90  # a first line standing in for a title is cut to this


@cache
def asset(name: str) -> str:
    return (files("electext.outputs") / "assets" / name).read_text(encoding="utf-8")


def _csp_hash(content: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode("utf-8")).digest()).decode("ascii") + "'"


def page(title: str, body: str, script: str) -> str:
    """A whole document: the inline CSS and script are the only things its policy lets run or style."""
    css = asset("report.css")
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


def number(value: float) -> str:
    return f"{int(value):,}" if value.is_integer() else f"{value:,}"


def format_quantity(quantity: Quantity) -> str:
    """A figure as a reader would say it: "more than 19,600", "23.9%", "2.4 points", "2nd"."""
    value = quantity.value
    if quantity.unit == "percent":
        shown = f"{number(value)}%"
    elif quantity.unit == "points":
        shown = f"{number(value)} points"
    elif quantity.unit == "year":
        shown = f"{value:.0f}"
    elif quantity.unit == "place" and value.is_integer():
        shown = _ordinal(int(value))
    else:
        shown = number(value)
    return HEDGES[quantity.qualifier] + shown


def _ordinal(place: int) -> str:
    suffix = "th" if 10 <= place % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
    return f"{place}{suffix}"


def format_value(value: Label | Quantity) -> str:
    return value.value if isinstance(value, Label) else format_quantity(value)


def check_value(value: float | str | None) -> str:
    if value is None:
        return ""
    return number(value) if isinstance(value, float) else str(value)


def is_official(check: Check) -> bool:
    """Checks against official results (issue 4's ``official_*`` ids) are shown apart from arithmetic."""
    return check.id.startswith(OFFICIAL_PREFIX)


def check_source(check: Check) -> str | None:
    """The official source a check cites, when the record has one (read by name: older records lack it)."""
    source = check.model_dump().get("source")
    return str(source) if source else None


def verdict_name(status: str) -> str:
    return status.replace("_", " ")


def verdict(status: str) -> str:
    """A verdict as a coloured badge (its colours are the charts' too)."""
    return f'<span class="verdict verdict-{escape(status)}">{escape(verdict_name(status))}</span>'


def source_link(url: str | None) -> str:
    """An article's web address as a link that sends no referrer and gives the opened page no handle on
    the report; only an http(s) address is a link (a ``javascript:`` one in a record is shown as text)."""
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        web, host = parts.scheme.lower() in ("http", "https"), parts.hostname
    except ValueError:  # e.g. an unclosed "[" of an IPv6 address
        web, host = False, None
    if not web or not host:
        return f'<code class="url">{escape(url)}</code>'
    shown = host.removeprefix("www.")
    return (
        f'<a class="source" href="{escape(url)}" title="{escape(url)}" rel="noopener noreferrer" target="_blank">'
        f"{escape(shown)}</a>"
    )


def first_line(text: str, info: ArticleInfo, limit: int = TITLE_CHARS) -> str:
    """The text's first line that is not front matter or the byline, its spaces folded and cut at a word
    to ``limit`` characters: a plain-text article without a title is known by it, not by its file name."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        end = next((n for n in range(1, len(lines)) if lines[n].strip() == "---"), 0)
        lines = lines[end + 1 :]
    skip = {f"by {info.byline}".casefold(), (info.role or "").casefold()} if info.byline else set()
    for line in lines:
        words = " ".join(line.split())
        if words and words.casefold() not in skip:
            if len(words) <= limit:
                return words
            cut = words[: limit - 1]
            return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-–—") + "…"
    return ""


def from_text(line: str) -> str:
    """A first line standing in for a title, marked as such (a reader should not take it for a headline)."""
    return f'<span class="from-text" title="No title: the first line of the text">{escape(line)}</span>'
