"""The HTML report: escaped, self-contained pages with every evidence span highlighted and every verdict shown."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from electext.cli import app
from electext.core.errors import InputError
from electext.core.records import ErrorRecord
from electext.ingest.article import Article, article_from_text
from electext.outputs.report_html import render_article
from electext.outputs.report_index import IndexEntry, render_index
from electext.outputs.write import load_results, reused_result
from electext.runtime.report import ReportWriter
from typer.testing import CliRunner

from tests.conftest import SEED
from tests.report_fixtures import TEXT, Page, small_result

runner = CliRunner()


@pytest.fixture(scope="module")
def page_html() -> str:
    return render_article(small_result(), TEXT)


def test_article_markup_renders_as_text_never_as_elements(page_html: str) -> None:
    page = Page(page_html)
    assert len(page.find("script")) == 1  # ours only; the article's <script> is text
    # neither the article's <b> nor the title's <em> became an element
    assert not [e for e in page.find("b") + page.find("em") if e.text in ("cheered", "take")]
    assert '&lt;script&gt;alert("pwned")&lt;/script&gt; &amp; &lt;b&gt;cheered&lt;/b&gt;' in page_html.replace(
        "&quot;", '"'
    )
    assert page.find("title")[0].text == "Labour <em>take</em> Tamworth · electext report"
    assert "&lt;but&gt;" in page_html and "&lt;by-elections&gt;" in page_html


def test_the_article_text_is_shown_whole_and_unchanged(page_html: str) -> None:
    (text,) = Page(page_html).find("pre", id="text")
    assert text.text == TEXT


def test_every_evidence_span_is_a_highlighted_passage_coloured_by_the_field_it_states(page_html: str) -> None:
    marks = Page(page_html).marks()
    assert marks["Tamworth"].attrs["data-role"] == "seat"
    assert marks["Sarah Edwards"].attrs["data-role"] == "candidate"
    assert marks["Labour"].attrs["data-role"] == "party"
    assert marks["Tory"].attrs["data-role"] == "party"
    # "19,600" sits inside "more than 19,600" and is also used to derive a vote count: it stays
    # the previous majority's colour (a stated field beats a derived one) and is marked as shared
    assert marks["more than "].attrs["data-role"] == "previous majority"
    assert marks["19,600"].attrs["data-role"] == "previous majority"
    assert "multi" in marks["19,600"].attrs["class"].split()
    assert "derived from this" in marks["19,600"].attrs["title"]


def test_a_passage_lists_its_fields_and_the_checks_that_used_it(page_html: str) -> None:
    page = Page(page_html)
    mark = page.marks()["1,316"]
    assert "fail" in mark.attrs["class"].split()
    details = {e.attrs["id"]: e.text for e in page.elements if e.attrs.get("id", "").startswith(("field-", "check-"))}
    fields = [details[i] for i in mark.attrs["data-fields"].split()]
    checks = [details[i] for i in mark.attrs["data-checks"].split()]
    assert any("majority = 1,316" in f for f in fields)
    assert any("Sarah Edwards: votes = 11,719" in f and "derived" in f for f in fields)
    assert [c.split(":")[0] for c in checks] == [
        "fail majority_arithmetic · Tamworth",
        "pass official_majority · Tamworth",
    ]
    assert "check majority_arithmetic (Tamworth): fail" in mark.attrs["title"]


def test_checks_are_grouped_as_consistency_and_official_with_reported_expected_and_source(page_html: str) -> None:
    checks_section = page_html.split('<section id="checks">')[1].split("</section>")[0]
    consistency, official = checks_section.split("<h3>Official results</h3>")
    rows = {row.attrs["id"]: row.text for row in Page(page_html).find("tr") if "id" in row.attrs}
    assert "majority_arithmetic" in consistency and "turnout_range" in consistency
    assert "official_majority" not in consistency and "official_majority" in official
    assert "House of Commons Library <by-elections>" in rows["check-row-2"]
    assert "1,3161,361" in rows["check-row-0"].replace(" ", "")  # reported, then expected
    assert [v.text for v in Page(page_html).find("span", class_="verdict-fail")][:1] == ["fail"]


def test_a_page_makes_no_request_and_allows_only_its_own_inline_code(page_html: str) -> None:
    page = Page(page_html)
    assert not re.search(r"https?:|//[a-z]", page_html.replace("http-equiv", ""))
    assert not any("src" in e.attrs or e.tag == "link" for e in page.elements)
    (policy,) = [e.attrs["content"] for e in page.find("meta", **{"http-equiv": "Content-Security-Policy"})]
    (script,) = page.find("script")
    digest = base64.b64encode(hashlib.sha256(script.text.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy and policy.startswith("default-src 'none'")


def test_index_lists_the_files_that_failed_escaped() -> None:
    error = ErrorRecord(source="bad<1>.txt", stage="ingest", error="DecodeError", message="not valid UTF-8")
    html = render_index([IndexEntry(page="small.html", result=small_result())], [error])
    assert len(Page(html).find("table", class_="errors")) == 1
    assert "bad&lt;1&gt;.txt" in html and "<1>" not in html and len(Page(html).find("script")) == 1


def test_no_article_page_replaces_the_index_or_another_page(tmp_path: Path) -> None:
    writer = ReportWriter(tmp_path)
    paths = [writer.add_article(small_result(article_id), TEXT) for article_id in ("index", "a", "a", "../up")]
    assert [p.name for p in paths] == ["index-2.html", "a.html", "a-2.html", "up.html"]
    assert writer.close() == tmp_path / "index.html"
    assert Page((tmp_path / "index.html").read_text(encoding="utf-8")).find("h1")[0].text == "electext report"


def test_results_that_are_not_electext_results_are_an_error_naming_the_line(tmp_path: Path) -> None:
    (tmp_path / "results.jsonl").write_text('{"schema_version": "1.0"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"results.jsonl:1: not an electext result"):
        load_results(tmp_path)
    with pytest.raises(InputError, match="not a folder of results"):
        load_results(tmp_path / "missing")


@pytest.mark.model
def test_report_command_writes_a_page_per_article_and_an_index(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    result = runner.invoke(app, ["report", str(folder), "-o", str(tmp_path / "report")])
    assert result.exit_code == 1, result.output
    assert "broken.txt" in result.output and "1 articles (0 from --results), 1 failed" in result.output
    assert sorted(p.name for p in (tmp_path / "report").iterdir()) == [".electext-manifest", "index.html", "seed.html"]
    index = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert 'href="seed.html"' in index and "broken.txt" in index
    marks = Page((tmp_path / "report" / "seed.html").read_text(encoding="utf-8")).marks()
    assert marks["1,192"].attrs["data-role"] == "majority"
    assert marks["Alistair Strathern"].attrs["data-role"] == "candidate"


@pytest.mark.model
def test_report_reuses_extract_results_only_for_the_same_text(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract", str(SEED), "-o", str(tmp_path / "out")]).exit_code == 0
    results = tmp_path / "out" / "results.jsonl"
    stored = json.loads(results.read_text(encoding="utf-8"))
    stored["article"]["title"] = "Title only the stored result has"
    results.write_text(json.dumps(stored) + "\n", encoding="utf-8")
    edited = tmp_path / "edited" / SEED.name
    edited.parent.mkdir()
    edited.write_text(SEED.read_text(encoding="utf-8") + "\nA late paragraph.\n", encoding="utf-8")

    reused = runner.invoke(app, ["report", str(SEED), "--results", str(tmp_path / "out"), "-o", str(tmp_path / "r1")])
    assert reused.exit_code == 0 and "1 articles (1 from --results)" in reused.output
    assert "Title only the stored result has" in (tmp_path / "r1" / "mid-beds-tamworth.html").read_text("utf-8")

    fresh = runner.invoke(app, ["report", str(edited), "--results", str(tmp_path / "out"), "-o", str(tmp_path / "r2")])
    assert fresh.exit_code == 0 and "1 articles (0 from --results)" in fresh.output
    assert "Title only the stored result has" not in (tmp_path / "r2" / "mid-beds-tamworth.html").read_text("utf-8")


def test_report_reuses_the_result_of_the_same_input_among_those_with_its_text(tmp_path: Path) -> None:
    articles = [article_from_text(TEXT, source=f"{n}/same.txt", metadata={"title": f"Copy {n}"}) for n in (1, 2, 3)]
    lines = []
    for article in articles:
        stored = small_result()
        info = stored.article.model_copy(
            update={"source": article.source, "sha256": article.sha256, "title": article.title}
        )
        lines.append(stored.model_copy(update={"article": info}).model_dump_json() + "\n")
    (tmp_path / "results.jsonl").write_text("".join(lines), encoding="utf-8")
    reuse = load_results(tmp_path)

    def title(article: Article) -> str | None:
        result = reused_result(reuse, article)
        return result.article.title if result else "none reused"

    assert [title(article) for article in articles] == ["Copy 1", "Copy 2", "Copy 3"]
    assert title(article_from_text(TEXT, source="run/from/elsewhere/same.txt")) == "Copy 1"  # the text matches


def test_report_with_unusable_results_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(SEED), "--results", str(tmp_path / "nope"), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "not a folder of results" in result.output
