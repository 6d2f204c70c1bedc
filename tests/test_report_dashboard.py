"""The report's index as a dashboard (issue 23) and its charts: per article its title (else its text's first
line), source, seats, winners and verdict counts; a totals row; filters that need no script; inline SVG
charts that carry their numbers; and every text from an article escaped, in the tables and the charts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from electext.core.records import (
    VERDICTS,
    ArticleInfo,
    ArticleResult,
    Candidate,
    Check,
    Contest,
    Label,
    Person,
    Quantity,
)
from electext.outputs.report_charts import BAR_WIDTH, FIGURE_BAR_WIDTH, candidate_chart, candidate_charts, verdict_chart
from electext.outputs.report_html import render_article
from electext.outputs.report_index import IndexEntry, render_index
from electext.outputs.report_shell import TITLE_CHARS, asset, first_line
from electext.runtime.report import ReportWriter

from tests.report_fixtures import TEXT, Element, Page, label, quote, small_result

EVIL_NAMES = ("<script>alert(1)</script>", '"onload=alert(1) x="', "Ann & <b>Bob</b>")
AGAINST = "Tamworth by-election of 2023-10-19"


def dashboard_result(
    article_id: str = "dash", *, name: str = "Sarah Edwards", title: str | None = None, url: str | None = None
) -> ArticleResult:
    """Two candidates with votes and a winner; the official record agrees with one and not the other, and
    rounds the share of the one with a share."""
    result = small_result(article_id, title)
    contest = result.contests[0]
    share = Quantity(value=51, unit="percent", evidence=[quote("Labour")])
    edwards = contest.candidates[0].model_copy(
        update={"name": Label(value=name, evidence=[quote("Sarah Edwards")]), "share": share}
    )
    cooper = Candidate(
        name=Label(value="Andrew Cooper"),
        party=label("Conservative", "Tory"),
        votes=Quantity(value=10403, unit="votes", evidence=[quote("19,600")]),
    )
    winner = Person(name=Label(value=name), party=Label(value="Labour"))
    contest = contest.model_copy(update={"candidates": [edwards, cooper], "winner": winner})
    official = [
        Check(
            id=f"official_{what}",
            contest="Tamworth",
            status=status,
            message=f"{who}: reported {what}, official {what}",
            reported=reported,
            expected=expected,
            evidence=figure.evidence,
            against=AGAINST,
        )
        for who, what, figure, status, reported, expected in (
            (name, "votes", edwards.votes, "pass", 11719.0, 11719.0),
            (name, "share", edwards.share, "rounded", 51.0, 51.3),
            ("Andrew Cooper", "votes", cooper.votes, "fail", 10403.0, 10430.0),
        )
        if figure is not None
    ]
    info = result.article.model_copy(update={"url": url})
    return result.model_copy(update={"contests": [contest], "checks": [*result.checks, *official], "article": info})


def cells_by_heading(page: Page, row: Element) -> dict[str, Element]:
    """A body row's cells under their column headings."""
    headings = [th.text.strip() for th in page.find("th", scope="col")]
    cells = page.elements[page.elements.index(row) + 1 :]
    return dict(zip(headings, [c for c in cells if c.tag == "td"][: len(headings)], strict=True))


@pytest.fixture(scope="module")
def index() -> Page:
    entries = [
        IndexEntry(page="dash.html", result=dashboard_result(title="Labour take Tamworth")),
        IndexEntry(page="plain.html", result=small_result("plain", None), first_line="Labour's Sarah Edwards won"),
    ]
    return Page(render_index(entries, []))


def test_each_article_row_has_title_seats_winners_and_verdict_counts(index: Page) -> None:
    first = index.find("tr", id="article-0")[0]
    cells = cells_by_heading(index, first)
    assert list(cells) == [
        "Article",
        "Seats",
        "Winners",
        "Contests",
        "Fail",
        "Check extraction",
        "Imprecise",
        "Rounded",
        "Pass",
        "Unverifiable",
        "Warnings",
        "Verdicts",
    ]
    assert cells["Article"].text.startswith("Labour take Tamworth") and "dash" in cells["Article"].text
    assert cells["Seats"].text.strip().startswith("Tamworth") and "by-election" in cells["Seats"].text
    assert cells["Winners"].text.strip() == "Sarah Edwards · Labour"
    counts = {name: cells[name].attrs["data-sort"] for name in ("Contests", "Fail", "Rounded", "Pass", "Unverifiable")}
    assert counts == {"Contests": "1", "Fail": "2", "Rounded": "1", "Pass": "2", "Unverifiable": "1"}
    assert "(1 official)" in cells["Fail"].text  # official_votes failed; majority_arithmetic is the other
    assert first.attrs["class"].split() == ["has-fail", "has-rounded", "has-pass", "has-unverifiable"]
    links = [a.attrs["href"] for a in index.find("a")]
    assert "dash.html" in links and "dash.html#contest-0" in links and "plain.html" in links


def test_seats_link_to_their_contests_and_the_seats_only_mentioned_come_last() -> None:
    result = dashboard_result()
    mention = Contest(
        constituency=Label(value="Selby <and> Ainsty"), election=Label(value="by-election"), mention_only=True
    )
    page = Page(
        render_index([IndexEntry("d.html", result.model_copy(update={"contests": [mention, *result.contests]}))], [])
    )
    cells = cells_by_heading(page, page.find("tr", id="article-0")[0])
    assert cells["Seats"].text == "Tamworth by-electionalso mentioned: Selby <and> Ainsty"
    assert [a.attrs["href"] for a in page.find("a") if "#" in a.attrs["href"]] == [
        "d.html#contest-1",
        "d.html#contest-0",
    ]
    assert cells["Contests"].text == "1" and cells["Winners"].text == "Sarah Edwards · Labour"


def test_an_article_without_a_title_is_known_by_its_first_line_not_its_file_name(index: Page) -> None:
    cells = cells_by_heading(index, index.find("tr", id="article-1")[0])
    (shown,) = index.find("span", class_="from-text")
    assert shown.text == "Labour's Sarah Edwards won"
    assert cells["Article"].attrs["data-sort"] == "Labour's Sarah Edwards won"
    assert cells["Winners"].text == "not stated"  # a contest with a result whose winner the article does not name


def test_the_first_line_skips_front_matter_and_byline_and_is_cut_at_a_word() -> None:
    info = ArticleInfo(
        id="a", source="a.txt", sha256="0" * 64, chars=1, byline="Becky Morton", role="Political reporter"
    )
    lede = "The Conservatives have suffered two heavy by-election defeats, with Labour overturning huge majorities."
    text = f"---\npublished: 2023-10-20\n---\n\nBy Becky Morton\nPolitical reporter\n  {lede}\nMore.\n"
    shown = first_line(text, info)
    assert shown.endswith("…") and len(shown) <= TITLE_CHARS and lede.startswith(shown.removesuffix("…"))
    assert shown == "The Conservatives have suffered two heavy by-election defeats, with Labour overturning…"
    assert first_line("Short   headline\nbody", info) == "Short headline"
    assert first_line("\n \n", info) == ""
    untitled = IndexEntry(page="x.html", result=small_result("x-id", None))
    assert Page(render_index([untitled], [])).find("a", class_="page")[0].text == "x-id"


def test_the_writer_heads_a_plain_text_article_with_its_first_line_in_the_index_and_on_its_page(tmp_path: Path) -> None:
    writer = ReportWriter(tmp_path)
    article = writer.add_article(small_result("plain", None), TEXT)
    index = writer.close().read_text(encoding="utf-8")
    line = "Labour's Sarah Edwards won Tamworth by 1,316 votes, overturning a Tory majority of more…"
    assert [span.text for span in Page(index).find("span", class_="from-text")] == [line]
    page = Page(article.read_text(encoding="utf-8"))  # the article's own page is headed by it too
    assert page.find("h1")[0].text == line and page.find("title")[0].text == f"{line} · electext report"


def test_a_totals_row_sums_articles_contests_and_every_verdict(index: Page) -> None:
    (totals,) = index.find("tr", class_="totals")
    cells = [e for e in index.elements[index.elements.index(totals) + 1 :] if e.tag in ("td", "th")][:12]
    assert cells[0].text == "Total: 2 articles"
    assert cells[1].text == "1 seat reported" and cells[2].text == "1 winner named"
    numbers = [c.attrs.get("data-sort", c.text) for c in cells[3:11]]
    # contests, fail, check extraction, imprecise, rounded, pass, unverifiable, warnings
    assert numbers == ["2", "3", "0", "0", "1", "3", "2", "0"]
    assert "(1 official)" in cells[4].text
    assert index.find("tfoot")  # a footer: sorting moves body rows only, filtering hides body rows only


def test_filters_are_radio_buttons_the_stylesheet_reads_one_per_verdict(index: Page) -> None:
    (fieldset,) = index.find("fieldset", class_="filters")
    radios = index.find("input", type="radio", name="only")
    assert [r.attrs["id"] for r in radios] == ["only-all", *(f"only-{status}" for status in VERDICTS)]
    assert "checked" in radios[0].attrs
    assert "All (2) With alarms (fail) (2) With check extraction (0)" in fieldset.text
    css = asset("report.css")
    for status in VERDICTS:  # every button has its rule, or picking it would hide nothing
        rule = rf"main:has\(#only-{status}:checked\) table\.articles tbody tr:not\(\.has-{status}\)"
        assert re.search(rule, css), status


def test_the_index_keeps_its_policy_and_needs_no_inline_style(index: Page) -> None:
    (policy,) = [e.attrs["content"] for e in index.find("meta", **{"http-equiv": "Content-Security-Policy"})]
    assert policy.startswith("default-src 'none'; style-src 'sha256-") and "unsafe" not in policy
    assert len(index.find("script")) == 1
    article = Page(render_article(dashboard_result(), TEXT))
    assert not [e for e in index.elements + article.elements if "style" in e.attrs]  # the policy would drop it


def test_the_verdict_chart_draws_every_verdict_with_its_number() -> None:
    chart = Page(verdict_chart({"fail": 2, "pass": 4}, "chart-k", "Checks by verdict", "checks"))
    (svg,) = chart.find("svg")
    assert svg.attrs["role"] == "img" and svg.attrs["aria-labelledby"] == "chart-k-title chart-k-desc"
    assert chart.find("desc")[0].text == (
        "Checks by verdict: fail 2, check extraction 0, imprecise 0, rounded 0, pass 4, unverifiable 0."
    )
    bars = {rect.attrs["data-verdict"]: rect for rect in chart.find("rect")}
    assert list(bars) == list(VERDICTS)
    assert float(bars["pass"].attrs["width"]) == BAR_WIDTH and float(bars["fail"].attrs["width"]) == BAR_WIDTH / 2
    assert bars["fail"].text == "fail: 2 checks"
    texts = [t.text for t in chart.find("text")]
    assert texts[:2] == ["fail", "2"] and "pass" in texts and "4" in texts


def test_the_candidate_chart_puts_the_official_figure_under_each_reported_one() -> None:
    result = dashboard_result()
    chart = Page(candidate_chart(result, result.contests[0], "votes", "chart-contest-0-votes"))
    assert chart.find("title")[0].text == f"Votes in Tamworth, against the official {AGAINST}"
    texts = [t.text for t in chart.find("text")]
    assert texts == [
        f"Votes · official: {AGAINST}",
        "Sarah Edwards (Labour)",
        "11,719 (derived)",
        "official 11,719 · pass",
        "Andrew Cooper (Conservative)",
        "10,403",
        "official 10,430 · fail",
    ]
    widths = {r.attrs["class"] + " " + r.text.split(":")[0]: float(r.attrs["width"]) for r in chart.find("rect")}
    assert widths["reported Sarah Edwards (Labour)"] == FIGURE_BAR_WIDTH  # the longest bar is the largest figure
    assert widths["official Andrew Cooper (Conservative)"] == pytest.approx(FIGURE_BAR_WIDTH * 10430 / 11719, 0.01)
    assert "Andrew Cooper (Conservative): reported 10,403, official 10,430 (fail)" in chart.find("desc")[0].text
    assert "t-fail" in chart.find("text", class_="official-label")[1].attrs["class"]


def test_shares_are_charted_too_and_a_contest_without_figures_has_no_chart() -> None:
    result = dashboard_result()
    shares = Page(candidate_chart(result, result.contests[0], "share", "k"))
    texts = [t.text for t in shares.find("text")]
    assert texts == [f"Vote shares · official: {AGAINST}", "Sarah Edwards (Labour)", "51%", "official 51.3% · rounded"]
    bare = result.contests[0].model_copy(update={"candidates": []})
    assert candidate_charts(result, bare, "k") == []


def test_each_contest_on_the_article_page_has_its_charts() -> None:
    page = Page(render_article(dashboard_result(), TEXT))
    charts = page.find("svg", class_="chart")
    assert [svg.attrs["id"] for svg in charts] == ["chart-contest-0-votes", "chart-contest-0-share"]
    assert all(svg.attrs["role"] == "img" for svg in charts)


@pytest.mark.parametrize("name", EVIL_NAMES)
def test_a_candidate_name_is_text_in_every_table_and_chart_never_markup(name: str) -> None:
    result = dashboard_result(name=name, title=name)
    for html in (render_index([IndexEntry("evil.html", result)], []), render_article(result, TEXT)):
        assert name not in html  # nowhere verbatim, so nowhere as markup or as an attribute
        page = Page(html)
        assert len(page.find("script")) == 1 and not [b for b in page.find("b") if b.text == "Bob"]
        assert not [e for e in page.elements if any(a.startswith("on") or a == 'x"' for a in e.attrs)]
        assert any(name in e.text for e in page.find("td"))  # shown, as text
    chart = Page(candidate_chart(result, result.contests[0], "votes", "k"))
    assert chart.find("text")[1].text == f"{name} (Labour)"  # in the chart, as text too
    assert f"{name} (Labour): reported 11,719" in chart.find("rect")[0].text and name in chart.find("desc")[0].text


def test_a_source_url_is_a_link_that_sends_no_referrer_and_only_for_the_web() -> None:
    url = "https://www.example.org/news/tamworth?a=1&b=<2>"
    result = dashboard_result(url=url)
    for html in (render_index([IndexEntry("a.html", result)], []), render_article(result, TEXT)):
        (link,) = Page(html).find("a", class_="source")
        assert link.attrs["href"] == url and link.text == "example.org"
        assert link.attrs["rel"] == "noopener noreferrer"
        assert "&amp;b=&lt;2&gt;" in html
    for unsafe in ("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "http://[::1"):
        page = Page(render_index([IndexEntry("a.html", dashboard_result(url=unsafe))], []))
        assert not page.find("a", class_="source") and not [a for a in page.find("a") if "alert" in a.attrs["href"]]
        assert page.find("code", class_="url")[0].text == unsafe  # shown, for a person to judge
