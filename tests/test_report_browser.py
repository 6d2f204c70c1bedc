"""The report as a browser shows it: headless Chromium opens the pages from disk, runs their script under
their own Content-Security-Policy, and the highlighted spans, the verdicts, the selected passage's
details and the index's dashboard (totals, charts, filters that work) are in the rendered DOM.
Screenshots of an article page and of the index are saved as test artefacts
(``outputs/report-article-test.png`` and ``outputs/report-index-test.png``, not committed;
``scripts/report-screenshot`` makes the README's ``outputs/report-article.png`` and ``outputs/report-index.png``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import subprocess
from pathlib import Path

import pytest
from electext.cli import app
from typer.testing import CliRunner

from tests.conftest import ROOT, SEED
from tests.report_fixtures import Page

CHROMIUM = Path(os.environ.get("ELECTEXT_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOT = ROOT / "outputs" / "report-article-test.png"
INDEX_SCREENSHOT = ROOT / "outputs" / "report-index-test.png"
WINDOW = (1280, 1500)
MAJORITY_ERROR = ROOT / "corpus" / "articles" / "stoke-central-2017-majority-error.txt"
INJECTION = '<script>document.title = "pwned"</script><img src=x onerror="document.title=\'pwned\'">\n'

MISSING = f"headless Chromium not found at {CHROMIUM} (Debian package `chromium`; .ci/run installs it)"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module", autouse=True)
def _needs_chromium() -> None:
    """Skip without the browser on a developer's machine; under CI (which installs it) its absence is a failure."""
    if not CHROMIUM.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(MISSING)
        pytest.skip(MISSING)


def chromium(profile: Path, *args: str) -> str:
    """Run headless Chromium with no network, sync or component updates; return what it prints."""
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    injected = folder / "injected.txt"
    injected.write_text(INJECTION + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    output = tmp_path_factory.mktemp("report")
    result = CliRunner().invoke(app, ["report", str(SEED), str(MAJORITY_ERROR), str(injected), "-o", str(output)])
    assert result.exit_code == 0, result.output
    return output


def rendered(report: Path, page: str, tmp_path: Path, fragment: str = "") -> Page:
    """The page's DOM after its script ran, as Chromium serialises it."""
    return Page(chromium(tmp_path / "profile", "--dump-dom", (report / page).as_uri() + fragment))


def test_highlights_verdicts_and_the_selected_passage_are_in_the_rendered_page(report: Path, tmp_path: Path) -> None:
    page = rendered(report, "mid-beds-tamworth.html", tmp_path, "#select=t1565")
    assert page.find("html")[0].attrs.get("data-ready") == "report"  # its script ran under its own policy
    marks = page.marks()
    roles = {text: mark.attrs["data-role"] for text, mark in marks.items()}
    assert roles["1,192"] == "majority"
    assert roles["Alistair Strathern"] == "candidate"
    assert roles["Mid Bedfordshire"] == "seat"
    assert roles["12,680"] == "votes"
    assert roles["more than 19,600"] == "previous majority"
    assert "selected" in marks["1,192"].attrs["class"].split()
    (panel,) = page.find("div", id="panel-body")
    assert "majority = 1,192" in panel.text and "Alistair Strathern: votes = 13,872" in panel.text
    verdicts = {v.text for v in page.find("span", class_="verdict")}
    assert {"pass", "unverifiable"} <= verdicts


def test_a_failed_check_is_shown_with_reported_and_expected_figures(report: Path, tmp_path: Path) -> None:
    page = rendered(report, "stoke-central-2017-majority-error.html", tmp_path)
    arithmetic, official = page.find("tr", class_="check-fail")  # the article against itself, then the record
    assert "majority_arithmetic" in arithmetic.text and "2,260" in arithmetic.text and "2,620" in arithmetic.text
    assert "official_majority" in official.text and "2,260" in official.text and "2,620" in official.text
    assert "cbp-7417" in official.text  # the Commons Library briefing it cites
    assert "fail" in page.marks()["2,260"].attrs["class"].split()


def test_markup_in_an_article_is_shown_as_text_and_never_runs(report: Path, tmp_path: Path) -> None:
    page = rendered(report, "injected.html", tmp_path)
    assert page.find("title")[0].text != "pwned"
    assert len(page.find("script")) == 1 and page.find("img") == []
    assert page.find("pre", id="text")[0].text.startswith(INJECTION)


def test_index_lists_every_article_and_its_sort_script_runs(report: Path, tmp_path: Path) -> None:
    page = rendered(report, "index.html", tmp_path)
    assert page.find("html")[0].attrs.get("data-ready") == "index"
    links = [a.attrs["href"] for a in page.find("a", class_="page")]
    assert links == ["mid-beds-tamworth.html", "stoke-central-2017-majority-error.html", "injected.html"]
    (failed,) = page.find("tr", class_="has-fail")
    assert "stoke-central-2017-majority-error" in failed.text


def test_the_index_dashboard_has_totals_charts_and_filters(report: Path, tmp_path: Path) -> None:
    page = rendered(report, "index.html", tmp_path)
    (totals,) = page.find("tr", class_="totals")
    assert totals.text.startswith("Total: 3 articles")
    (svg,) = page.find("svg", id="chart-verdicts")
    assert svg.attrs["role"] == "img" and svg.attrs["aria-labelledby"] == "chart-verdicts-title chart-verdicts-desc"
    (desc,) = page.find("desc", id="chart-verdicts-desc")  # "Checks by verdict: fail 2, check extraction 0, …."
    drawn = dict(item.rsplit(" ", 1) for item in desc.text.removeprefix("Checks by verdict: ").rstrip(".").split(", "))
    after = page.elements[page.elements.index(totals) :]
    summed = [cell.attrs["data-sort"] for cell in after if "data-sort" in cell.attrs][: len(drawn)]
    assert list(drawn.values()) == summed  # the chart draws the totals row's numbers
    assert int(drawn["fail"]) >= 2 and int(drawn["pass"]) > 10  # the majority error fails; the seed passes
    assert len(page.find("svg", class_="strip")) == 4  # one per article, one in the totals row
    assert [r.attrs["id"] for r in page.find("input", type="radio")][:2] == ["only-all", "only-fail"]


PROBE = """(function () {
  function shown() {
    return Array.prototype.filter.call(document.querySelectorAll("table.articles tbody tr"), function (row) {
      return getComputedStyle(row).display !== "none";
    }).map(function (row) { return row.id; });
  }
  function note() { return getComputedStyle(document.querySelector(".empty-filter")).display; }
  var seen = {all: shown(), allNote: note()};
  document.getElementById("only-fail").click();
  seen.fail = shown();
  document.getElementById("only-imprecise").click();
  seen.imprecise = shown();
  seen.impreciseNote = note();
  document.documentElement.setAttribute("data-probe", JSON.stringify(seen));
})();"""


def test_the_filters_hide_the_rows_without_the_verdict_with_no_script_of_their_own(
    report: Path, tmp_path: Path
) -> None:
    """A test copy of the index runs a probe that clicks the filters; only the copy's policy lets it run."""
    html = (report / "index.html").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(PROBE.encode()).digest()).decode()
    html = html.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    (report / "index-probe.html").write_text(html.replace("</body>", f"<script>{PROBE}</script></body>"), "utf-8")
    page = rendered(report, "index-probe.html", tmp_path)
    seen = json.loads(page.find("html")[0].attrs["data-probe"])
    failing = [row.attrs["id"] for row in page.find("tr", class_="has-fail")]
    assert seen["all"] == ["article-0", "article-1", "article-2"] and seen["allNote"] == "none"
    assert seen["fail"] == failing == ["article-1"]  # the majority error only
    assert seen["imprecise"] == [] and seen["impreciseNote"] == "block"  # "No article has this verdict."


def screenshot(url: str, path: Path, profile: Path) -> None:
    path.unlink(missing_ok=True)
    chromium(profile, f"--screenshot={path}", f"--window-size={WINDOW[0]},{WINDOW[1]}", url)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == WINDOW  # the IHDR chunk's width and height


def test_screenshots_of_an_article_and_the_index_are_saved_under_outputs(report: Path, tmp_path: Path) -> None:
    screenshot((report / "mid-beds-tamworth.html").as_uri() + "#select=t1565", SCREENSHOT, tmp_path / "profile")
    screenshot((report / "index.html").as_uri(), INDEX_SCREENSHOT, tmp_path / "profile")
