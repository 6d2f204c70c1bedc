"""Scoring the verdicts: how many articles without an error draw a ``fail``, and how many of the
reporters' listed errors a ``fail`` names (``reporter_errors.json`` beside the gold).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from electext.core import rx
from electext.core.errors import DataFileError
from electext.core.records import ArticleResult, Check

REPORTER_ERRORS = "reporter_errors.json"


@dataclass(frozen=True)
class ReporterError:
    """A reporting error a folder's ``reporter_errors.json`` lists: the wrong figures or names as
    printed, and what the official record says."""

    article: str
    kind: str
    wrong: tuple[str, ...]
    official: str


def _plain(value: object) -> str:
    """Figures and names compared as printed characters only: "4,47" is "447", "David Fleet" "davidfleet"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", str(value)).lower() if ch.isalnum())


def names_the_wrong(check: Check, error: ReporterError) -> bool:
    """Whether a failing check names a wrong figure or name of the error: as the value it reports, as its
    evidence, or in its message."""
    texts = [str(check.reported or ""), *(e.text for e in check.evidence), check.message]
    for item in error.wrong:
        if rx.fullmatch(r"[\d,.\s]+", item):
            # a figure: one of the numbers printed there, separators aside ("4,47" is 447, not 4,478)
            numbers = {_plain(m.group(0)) for text in texts for m in rx.finditer(r"\d[\d,.]*\d|\d", text)}
            numbers |= {_plain(check.reported)} if isinstance(check.reported, float | int) else set()
            if _plain(item) in numbers or (
                isinstance(check.reported, float | int) and _plain(item) == _plain(int(check.reported))
            ):
                return True
        elif _plain(item) and any(_plain(item) in _plain(text) for text in texts):
            return True
    return False


@dataclass
class VerdictScore:
    """The verdicts as a fact-checker meets them: alarms (``fail``) on articles with no known error are
    false alarms; each known reporter error should be named by a ``fail``."""

    statuses: Counter[str] = field(default_factory=Counter)
    clean_articles: int = 0
    clean_with_alarm: list[str] = field(default_factory=list)  # "article: check (message)"
    listed: int = 0
    flagged: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    listed_source: str | None = None  # the reporter_errors.json read, or None (the gold's expected failures)

    @property
    def clean_alarm_share(self) -> float:
        articles = {line.split(":", 1)[0] for line in self.clean_with_alarm}
        return len(articles) / self.clean_articles if self.clean_articles else 0.0

    @property
    def flagged_share(self) -> float:
        return len(self.flagged) / self.listed if self.listed else 1.0

    def summary(self) -> dict[str, Any]:
        return {
            "statuses": dict(sorted(self.statuses.items())),
            "clean_articles": self.clean_articles,
            "clean_articles_with_fail": len({line.split(":", 1)[0] for line in self.clean_with_alarm}),
            "clean_alarm_share": round(self.clean_alarm_share, 4),
            "clean_alarm_list": self.clean_with_alarm,
            "reporter_errors": self.listed,
            "reporter_errors_flagged": len(self.flagged),
            "flagged_share": round(self.flagged_share, 4),
            "flagged_list": self.flagged,
            "missed_list": self.missed,
            "reporter_errors_file": self.listed_source,
        }


def score_verdicts(
    score: VerdictScore,
    article_id: str,
    gold: dict[str, Any],
    result: ArticleResult,
    errors: list[ReporterError] | None,
) -> None:
    """An article's alarms against what is known to be wrong in it: the folder's listed reporter errors
    when it has a ``reporter_errors.json`` (``errors`` is then a list, maybe empty), else the gold's
    expected failures."""
    score.statuses.update(check.status for check in result.checks)
    alarms = [check for check in result.checks if check.status == "fail"]
    known = bool(errors) if errors is not None else bool(gold.get("failing_checks"))
    if not known:
        score.clean_articles += 1
        score.clean_with_alarm += [f"{article_id}: {c.id} ({c.contest}): {c.message}" for c in alarms]
        return
    for error in errors or []:
        score.listed += 1
        naming = [check for check in alarms if names_the_wrong(check, error)]
        line = f"{article_id}: {error.kind} {', '.join(error.wrong)} (official {error.official})"
        if naming:
            score.flagged.append(f"{line} <- {naming[0].id}: {naming[0].message}")
        else:
            score.missed.append(line)


def load_reporter_errors(path: Path) -> list[ReporterError]:
    """A folder's listed reporting errors (``[{article, kind, wrong: [...], official}, ...]``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise DataFileError(f"{path}: unreadable reporter errors ({error})") from None
    if not isinstance(data, list):
        raise DataFileError(f"{path}: expected a list of reporter errors")
    errors = []
    for index, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("article"), str) or not item.get("wrong"):
            raise DataFileError(f"{path}: [{index}]: each error needs an 'article' and a non-empty 'wrong' list")
        wrong = item["wrong"] if isinstance(item["wrong"], list) else [item["wrong"]]
        errors.append(
            ReporterError(
                item["article"], str(item.get("kind", "")), tuple(map(str, wrong)), str(item.get("official", ""))
            )
        )
    return errors


def listed_errors(corpus: Path, score: VerdictScore) -> dict[str, list[ReporterError]] | None:
    """The reporter errors a corpus's ``reporter_errors.json`` lists, by article (None: it has none);
    the verdicts are then scored against them."""
    listed = corpus / REPORTER_ERRORS
    if not listed.is_file():
        return None
    by_article: dict[str, list[ReporterError]] = {}
    for error in load_reporter_errors(listed):
        by_article.setdefault(error.article, []).append(error)
    score.listed_source = str(listed)
    return by_article
