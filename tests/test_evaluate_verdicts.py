"""`electext evaluate` on a folder with a reporter_errors.json: alarms on clean articles, errors named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from electext.core.errors import DataFileError
from electext.core.records import ArticleInfo, ArticleResult, Check, CheckStatus, Evidence, PipelineInfo
from electext.quality.reporter_errors import (
    ReporterError,
    VerdictScore,
    load_reporter_errors,
    names_the_wrong,
    score_verdicts,
)

WRONG_MAJORITY = ReporterError("k-kettering", "majority", ("3242",), "3,224")
WRONG_NAME = ReporterError("k-kettering", "name", ("David Harrow",), "Nell Harrow")


def _check(status: CheckStatus, text: str, message: str = "", reported: object = None) -> Check:
    return Check(
        id="official_majority",
        contest="Kettering",
        status=status,
        message=message,
        reported=reported,  # type: ignore[arg-type]
        evidence=[Evidence(start=0, end=len(text), text=text)],
    )


def _result(*checks: Check) -> ArticleResult:
    info = ArticleInfo(id="k-kettering", source="k-kettering.txt", sha256="0" * 64, chars=10)
    return ArticleResult(article=info, checks=list(checks), pipeline=PipelineInfo(version="x", model="m"))


@pytest.mark.parametrize(
    ("check", "error", "named"),
    [
        (_check("fail", "3,242", reported=3242.0), WRONG_MAJORITY, True),  # the figure as printed, separators aside
        (_check("fail", "majority of 3,242"), WRONG_MAJORITY, True),  # inside the evidence
        (_check("fail", "x", "the candidate was Nell Harrow, not David Harrow"), WRONG_NAME, True),  # in the message
        (_check("fail", "3,224", reported=3224.0), WRONG_MAJORITY, False),  # another figure
    ],
)
def test_a_fail_names_the_wrong_figure_or_name(check: Check, error: ReporterError, named: bool) -> None:
    assert names_the_wrong(check, error) is named


def test_clean_articles_count_their_alarms_and_listed_errors_their_naming_fails() -> None:
    score = VerdictScore()
    gold: dict[str, Any] = {"contests": []}
    score_verdicts(score, "clean-one", gold, _result(_check("pass", "3,224")), [])
    score_verdicts(score, "clean-two", gold, _result(_check("fail", "1,000")), [])
    score_verdicts(score, "k-kettering", gold, _result(_check("fail", "3,242")), [WRONG_MAJORITY])
    score_verdicts(score, "k-kettering", gold, _result(_check("check_extraction", "3,242")), [WRONG_MAJORITY])
    assert (score.clean_articles, score.clean_alarm_share) == (2, 0.5)
    assert (score.listed, len(score.flagged), score.flagged_share) == (2, 1, 0.5)  # check_extraction is no alarm
    assert score.missed == ["k-kettering: majority 3242 (official 3,224)"]


def test_without_a_list_the_golds_expected_failures_say_which_articles_are_not_clean() -> None:
    score = VerdictScore()
    expected = {"contests": [], "failing_checks": [{"id": "majority_arithmetic", "contest": "Kettering"}]}
    score_verdicts(score, "error-article", expected, _result(_check("fail", "3,242")), None)
    score_verdicts(score, "clean", {"contests": []}, _result(_check("pass", "3,224")), None)
    assert (score.clean_articles, score.clean_with_alarm, score.listed) == (1, [], 0)


def test_a_malformed_list_names_the_file_and_entry(tmp_path: Path) -> None:
    path = tmp_path / "reporter_errors.json"
    path.write_text(json.dumps([{"article": "a", "wrong": ["1"]}, {"article": "b"}]), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"reporter_errors.json: \[1\]: each error needs"):
        load_reporter_errors(path)
    path.write_text(json.dumps([{"article": "a", "kind": "majority", "wrong": "1,000", "official": "1,316"}]))
    assert load_reporter_errors(path) == [ReporterError("a", "majority", ("1,000",), "1,316")]
