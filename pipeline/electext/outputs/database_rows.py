"""The SQLite export's rows for one article: its ``articles`` row, and its contests, candidates, figures,
checks and official matches, each tied to the article by its input (``article_source``) and to its
contest by a key that stays the same across re-runs (:func:`contest_key`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from electext.core.records import ArticleResult, Check, Evidence, Quantity
from electext.outputs.fields import CANDIDATE_FIELDS, CONTEST_FIELDS
from electext.outputs.tables import Row, candidate_rows, contest_rows, evidence_offsets
from electext.outputs.write import to_json


def _evidence_json(evidence: Sequence[Evidence]) -> str:
    return json.dumps([e.model_dump() for e in evidence], ensure_ascii=False)


def contest_key(result: ArticleResult, contest_number: int) -> str:
    """A contest's key in the database, stable across re-runs: ``<article source>:<contest number>``.

    Keyed by the input, not the text: two inputs with the same text (and other metadata) are two articles."""
    return f"{result.article.source}:{contest_number}"


def keyed_contests(result: ArticleResult) -> list[Row]:
    return [{"contest_id": contest_key(result, int(row["contest_number"] or 0)), **row} for row in contest_rows(result)]


def keyed_candidates(result: ArticleResult) -> list[Row]:
    rows = []
    for row in candidate_rows(result):
        contest_id = contest_key(result, int(row["contest_number"] or 0))
        rows.append({"candidate_id": f"{contest_id}:{row['candidate_number']}", "contest_id": contest_id, **row})
    return rows


def figure_rows(result: ArticleResult) -> list[Row]:
    """Every figure (quantity) of every contest and candidate, with its unit, bounds and evidence."""
    rows: list[Row] = []

    def figure(contest_number: int, candidate_number: int | None, field: str, quantity: Quantity) -> None:
        contest_id = contest_key(result, contest_number)
        rows.append(
            {
                "article_source": result.article.source,
                "contest_id": contest_id,
                "candidate_id": f"{contest_id}:{candidate_number}" if candidate_number else None,
                "field": field,
                "value": quantity.value,
                "unit": quantity.unit,
                "qualifier": quantity.qualifier,
                "lower": quantity.lower,
                "upper": quantity.upper,
                "derived": quantity.derived,
                "reading": quantity.reading,
                "evidence_offsets": evidence_offsets(quantity.evidence),
                "evidence": _evidence_json(quantity.evidence),
            }
        )

    for contest_number, contest in enumerate(result.contests, 1):
        for contest_field in CONTEST_FIELDS:
            value = contest_field.read(contest)
            if isinstance(value, Quantity):
                figure(contest_number, None, contest_field.name, value)
        for candidate_number, candidate in enumerate(contest.candidates, 1):
            for candidate_field in CANDIDATE_FIELDS:
                value = candidate_field.read(candidate)
                if isinstance(value, Quantity):
                    figure(contest_number, candidate_number, candidate_field.name, value)
    return rows


def official_rows(result: ArticleResult) -> list[Row]:
    """Which official election each contest was matched to (see ``electext reference``)."""
    numbers: dict[str, int] = {}
    for number, contest in enumerate(result.contests, 1):
        numbers.setdefault(contest.constituency.value, number)
    return [
        {
            "article_source": result.article.source,
            "contest_id": contest_key(result, numbers[match.contest]) if match.contest in numbers else None,
            **match.model_dump(mode="json", exclude={"alternatives"}),
            "alternatives": json.dumps(match.alternatives, ensure_ascii=False),
        }
        for match in result.official
    ]


def check_rows(result: ArticleResult) -> list[Row]:
    """Every check, tied to its contest's number when it names one (a check may be article-wide)."""
    numbers: dict[str | None, int] = {}
    for number, contest in enumerate(result.contests, 1):
        numbers.setdefault(contest.constituency.value, number)
    return [_check_row(result, number, check, numbers) for number, check in enumerate(result.checks, 1)]


def _check_row(result: ArticleResult, number: int, check: Check, contests: dict[str | None, int]) -> Row:
    return {
        "article_source": result.article.source,
        "contest_id": contest_key(result, contests[check.contest]) if check.contest in contests else None,
        "check_number": number,
        "check_id": check.id,
        "contest": check.contest,
        "status": check.status,
        "message": check.message,
        "expected": check.expected,
        "reported": check.reported,
        "difference": check.difference,
        "source": check.source,
        "against": check.against,
        "gap": check.gap,
        "suggestion": check.suggestion,
        "reading": check.reading,
        "derived": check.derived,
        # check_number counts from 1; follows is an index into the article's checks, from 0
        "follows": None if check.follows is None else check.follows + 1,
        "sentence_offsets": evidence_offsets([check.sentence] if check.sentence else []),
        "evidence_offsets": evidence_offsets(check.evidence),
        "evidence": _evidence_json(check.evidence),
    }


def article_row(result: ArticleResult) -> Row:
    info = result.article
    return {
        "sha256": info.sha256,
        "id": info.id,
        "source": info.source,
        "title": info.title,
        "byline": info.byline,
        "role": info.role,
        "published": info.published,
        "chars": info.chars,
        "schema_version": result.schema_version,
        "pipeline_version": result.pipeline.version,
        "model": result.pipeline.model,
        "result_json": to_json(result, indent=None),
    }
