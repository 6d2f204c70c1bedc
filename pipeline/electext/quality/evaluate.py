"""Measured accuracy: extraction against the gold annotations in ``corpus/gold``.

Every field is scored as sets of facts per article and contest — (seat, name, party), (seat, party,
votes), … — so a value counts once however often the article repeats it. Precision, recall and F1
per field, micro-averaged over all fields; derived values are not scored (the gold holds what the
text states). Check outcomes are scored separately: expected failures caught and false alarms.

Gold in the realdev format (``../shared/realdev``) is scored by :mod:`electext.quality.realdev_score`,
which counts as that folder's reference scorer does; the format is read from the gold files unless
given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from electext.api import extract_article
from electext.core.errors import ElectextError
from electext.core.records import ArticleResult, Candidate, Check, Contest
from electext.ingest.article import read_article
from electext.outputs.write import load_results, reused_result
from electext.quality.gold import (
    FIELDS,
    GOLD_SUFFIX,
    OFFICIAL_PREFIX,
    Outcome,
    _value,
    corpus_outcomes,
    gold_folder,
    gold_pairs,
    load_gold,
    norm,
)
from electext.quality.realdev_score import CORPUS, REALDEV, REALDEV_FIELDS, outcomes, resolve_format
from electext.quality.reporter_errors import ReporterError, VerdictScore, listed_errors, score_verdicts


@dataclass
class FieldScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Miss:
    article: str
    field: str
    kind: str  # "missing" (in gold, not extracted) or "spurious" (extracted, not in gold)
    fact: str


@dataclass
class OfficialScore:
    """How the official-results checks fared.

    A failing official check the gold does not expect is a *false alarm* when the figure it checked
    is one the gold records (extracted right, yet the check disagrees: the check, the reference data
    or the gold is wrong), and an *extraction error exposed* when it is not (the check caught a
    wrong extraction, which is its job, but not a reporter's error).
    """

    matches: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    expected_failures: int = 0
    caught: int = 0
    false_alarms: list[str] = field(default_factory=list)
    extraction_errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "matches": dict(sorted(self.matches.items())),
            "statuses": dict(sorted(self.statuses.items())),
            "expected_failures": self.expected_failures,
            "caught": self.caught,
            "false_alarms": len(self.false_alarms),
            "false_alarm_list": self.false_alarms,
            "extraction_errors_exposed": len(self.extraction_errors),
            "extraction_error_list": self.extraction_errors,
        }


@dataclass
class Evaluation:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in FIELDS})
    misses: list[Miss] = field(default_factory=list)
    articles: int = 0
    expected_failures: int = 0
    expected_failures_caught: int = 0
    false_alarms: list[str] = field(default_factory=list)  # "article: check id (contest)"
    errors: list[str] = field(default_factory=list)
    official: OfficialScore = field(default_factory=lambda: OfficialScore())
    verdicts: VerdictScore = field(default_factory=lambda: VerdictScore())
    gold_format: str = CORPUS

    @classmethod
    def of_format(cls, gold_format: str) -> Evaluation:
        """An empty evaluation with the fields its gold format scores."""
        names = REALDEV_FIELDS if gold_format == REALDEV else FIELDS
        return cls(fields={name: FieldScore() for name in names}, gold_format=gold_format)

    @property
    def micro(self) -> FieldScore:
        total = FieldScore()
        for score in self.fields.values():
            total.true_positives += score.true_positives
            total.false_positives += score.false_positives
            total.false_negatives += score.false_negatives
        return total

    def summary(self) -> dict[str, Any]:
        """Everything the report and the CI gate read, as plain data."""
        return {
            "gold_format": self.gold_format,
            "articles": self.articles,
            "fields": {
                name: {
                    "precision": round(score.precision, 4),
                    "recall": round(score.recall, 4),
                    "f1": round(score.f1, 4),
                    "tp": score.true_positives,
                    "fp": score.false_positives,
                    "fn": score.false_negatives,
                }
                for name, score in self.fields.items()
            },
            "micro": {
                "precision": round(self.micro.precision, 4),
                "recall": round(self.micro.recall, 4),
                "f1": round(self.micro.f1, 4),
            },
            "checks": {
                "expected_failures": self.expected_failures,
                "caught": self.expected_failures_caught,
                "false_alarms": len(self.false_alarms),
                "false_alarm_list": self.false_alarms,
            },
            "official": self.official.summary(),
            "verdicts": self.verdicts.summary(),
            "errors": self.errors,
            "misses": [miss.__dict__ for miss in self.misses],
        }


def tally(evaluation: Evaluation, article_id: str, facts: Iterator[tuple[str, Outcome, Any]]) -> None:
    """Count each fact's outcome in its field; list the misses."""
    for name, outcome, fact in facts:
        score = evaluation.fields[name]
        if outcome == "hit":
            score.true_positives += 1
            continue
        if outcome == "missing":
            score.false_negatives += 1
        else:
            score.false_positives += 1
        evaluation.misses.append(Miss(article_id, name, outcome, repr(fact)))


def score_article(
    evaluation: Evaluation,
    article_id: str,
    gold: dict[str, Any],
    result: ArticleResult,
    errors: list[ReporterError] | None = None,
) -> None:
    evaluation.articles += 1
    output = [contest.model_dump(mode="json") for contest in result.contests]
    if evaluation.gold_format == REALDEV:
        tally(evaluation, article_id, outcomes(gold, output))
    else:
        tally(evaluation, article_id, corpus_outcomes(gold, output))
    expected_fail = {
        (item["id"], norm(item.get("contest")))
        for item in gold.get("failing_checks") or []
        if not item["id"].startswith(OFFICIAL_PREFIX)
    }
    failed = {
        (check.id, norm(check.contest))
        for check in result.checks
        if check.status == "fail" and not check.id.startswith(OFFICIAL_PREFIX)
    }
    evaluation.expected_failures += len(expected_fail)
    evaluation.expected_failures_caught += len(expected_fail & failed)
    for check_id, contest in sorted(failed - expected_fail):
        evaluation.false_alarms.append(f"{article_id}: {check_id} ({contest})")
    score_official(evaluation.official, article_id, gold, result)
    score_verdicts(evaluation.verdicts, article_id, gold, result, errors)


def _gold_contest(gold: dict[str, Any], seat: str | None) -> dict[str, Any]:
    return next((c for c in gold.get("contests") or [] if norm(c.get("constituency")) == norm(seat)), {})


def _same(first: Any, second: Any) -> bool:
    if isinstance(first, int | float) and isinstance(second, int | float):
        return round(float(first), 1) == round(float(second), 1)
    return norm(str(first)) == norm(str(second))


CANDIDATE_CHECKS = {"official_votes": "votes", "official_share": "share", "official_position": "position"}


CONTEST_CHECKS = {
    "official_majority": "majority",
    "official_previous_majority": "previous_majority",
    "official_turnout": "turnout",
    "official_swing": "swing",
}


def _stated_candidate(check: Check, contest: Contest, figure: str) -> Candidate | None:
    """The extracted candidate whose figure the check judged (found by its evidence)."""
    for candidate in contest.candidates:
        quantity = getattr(candidate, figure)
        if quantity is not None and quantity.evidence == check.evidence and quantity.value == check.reported:
            return candidate
    return None


def checked_figure_in_gold(check: Check, gold_contest: dict[str, Any], contest: Contest | None) -> bool:
    """Whether the figure an official check judged is one the article really states (per the gold),
    attached to the right candidate."""
    if not gold_contest or contest is None:
        return False
    if check.id in CANDIDATE_CHECKS:
        figure = CANDIDATE_CHECKS[check.id]
        stated = _stated_candidate(check, contest, figure)
        if stated is None:
            return False
        name = norm(stated.name.value) if stated.name else ""
        party = norm(stated.party.value) if stated.party else ""
        return any(
            gold.get(figure) is not None
            and _same(gold[figure], check.reported)
            and ((name and norm(gold.get("name")) == name) or (not name and party and norm(gold.get("party")) == party))
            for gold in gold_contest.get("candidates") or []
        )
    if check.id in CONTEST_CHECKS:
        value = _value(gold_contest.get(CONTEST_CHECKS[check.id]))
        return value is not None and check.reported is not None and _same(value, check.reported)
    if check.id == "official_held_since":
        year = (gold_contest.get("held_since") or {}).get("year")
        return year is not None and _same(year, check.reported)
    if check.id == "official_winner":
        winner = gold_contest.get("winner") or {}
        stated_winner = contest.winner
        return stated_winner is not None and all(
            label is None or _same(label.value, winner.get(key))
            for key, label in (("name", stated_winner.name), ("party", stated_winner.party))
        )
    if check.id == "official_result":
        return all(
            label is None or _same(label.value, gold_contest.get(key))
            for key, label in (("result", contest.result), ("gained_from", contest.gained_from))
        )
    return False


def score_official(score: OfficialScore, article_id: str, gold: dict[str, Any], result: ArticleResult) -> None:
    for match in result.official:
        contest = contest_by_name(result, match.contest)
        if contest is not None and not contest.mention_only:
            score.matches[match.status] += 1
    official_checks = [check for check in result.checks if check.id.startswith(OFFICIAL_PREFIX)]
    score.statuses.update(check.status for check in official_checks)
    expected = {
        (item["id"], norm(item.get("contest")))
        for item in gold.get("failing_checks") or []
        if item["id"].startswith(OFFICIAL_PREFIX)
    }
    failing = [check for check in official_checks if check.status == "fail"]
    failed = {(check.id, norm(check.contest)) for check in failing}
    score.expected_failures += len(expected)
    score.caught += len(expected & failed)
    for check in failing:
        if (check.id, norm(check.contest)) in expected:
            continue
        line = f"{article_id}: {check.id} ({check.contest}): {check.message}"
        contest = contest_by_name(result, check.contest or "")
        if checked_figure_in_gold(check, _gold_contest(gold, check.contest), contest):
            score.false_alarms.append(line)
        else:
            score.extraction_errors.append(line)


def _unscored(evaluation: Evaluation, article_id: str, problem: str, gold: dict[str, Any]) -> None:
    """An article that could not be scored: an error line and, for realdev-format gold, every gold fact
    missed, as its reference scorer counts an article with no output."""
    evaluation.errors.append(problem)
    if evaluation.gold_format == REALDEV:
        tally(evaluation, article_id, outcomes(gold, None))


def evaluate(
    corpus: Path,
    gold_dir: Path | None = None,
    model: str | None = None,
    gold_format: str = "auto",
    results: Path | None = None,
) -> Evaluation:
    """Extract every article that has gold and score it (with the folder's ``reporter_errors.json``, the
    verdicts against the errors it lists). ``gold_format``: "corpus", "realdev" or "auto" (read from the
    gold files). ``results``: an ``electext extract -o`` folder whose results are scored instead of
    extracting again, for the articles whose text they were made from (matched by sha256)."""
    gold_format = resolve_format(corpus, gold_dir, gold_format)
    gold_dir = gold_folder(corpus, gold_dir)
    evaluation = Evaluation.of_format(gold_format)
    by_article = listed_errors(corpus, evaluation.verdicts)
    reuse = load_results(results) if results is not None else {}
    paired: set[Path] = set()
    for article_path, gold_path in gold_pairs(corpus, gold_dir):
        if gold_path is None:
            evaluation.errors.append(f"{article_path}: no gold file")
            continue
        paired.add(gold_path)
        gold = load_gold(gold_path)
        try:
            article = read_article(article_path)
            result = reused_result(reuse, article)
            if result is None:
                result = extract_article(article, model)
        except ElectextError as error:
            _unscored(evaluation, article_path.stem, f"{article_path}: {error}", gold)
            continue
        errors = None if by_article is None else by_article.get(article_path.stem, [])
        score_article(evaluation, article_path.stem, gold, result, errors)
    if gold_format == REALDEV:  # the reference scores every gold file: one without its article is all missed
        for gold_path in sorted(set(gold_dir.glob(f"*{GOLD_SUFFIX}")) - paired):
            stem = gold_path.name.removesuffix(GOLD_SUFFIX)
            _unscored(evaluation, stem, f"{gold_path}: no article for this gold file", load_gold(gold_path))
    return evaluation


def format_table(evaluation: Evaluation, show_misses: int = 40) -> str:
    lines = [f"{'field':<20}{'precision':>10}{'recall':>10}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}"]
    if evaluation.gold_format == REALDEV:
        lines.insert(0, "realdev-format gold: facts and leniencies as its reference scorer (score.py) counts them")
    for name, score in [*evaluation.fields.items(), ("micro", evaluation.micro)]:
        if name != "micro" and not (score.true_positives or score.false_positives or score.false_negatives):
            continue  # nothing to score in this field: a perfect 1.000 would say nothing
        if name == "micro":
            lines.append("-" * 66)
        lines.append(
            f"{name:<20}{score.precision:>10.3f}{score.recall:>10.3f}{score.f1:>8.3f}"
            f"{score.true_positives:>6}{score.false_positives:>6}{score.false_negatives:>6}"
        )
    lines.append("")
    lines.append(
        f"checks: {evaluation.expected_failures_caught}/{evaluation.expected_failures} expected failures caught; "
        f"{len(evaluation.false_alarms)} false alarms"
    )
    lines += [f"  false alarm: {alarm}" for alarm in evaluation.false_alarms]
    official = evaluation.official
    if official.statuses:
        matches = ", ".join(f"{count} {status.replace('_', ' ')}" for status, count in sorted(official.matches.items()))
        statuses = ", ".join(f"{count} {status}" for status, count in sorted(official.statuses.items()))
        lines.append(f"official results: contests {matches}; checks {statuses}")
        lines.append(
            f"  {official.caught}/{official.expected_failures} expected failures caught; "
            f"{len(official.false_alarms)} false alarms on correctly extracted figures; "
            f"{len(official.extraction_errors)} extraction errors exposed"
        )
        lines += [f"  false alarm: {alarm}" for alarm in official.false_alarms]
        lines += [f"  extraction error exposed: {line}" for line in official.extraction_errors]
    lines += format_verdicts(evaluation.verdicts)
    lines += [f"  error: {error}" for error in evaluation.errors]
    lines.append(f"articles scored: {evaluation.articles}")
    if evaluation.misses and show_misses:
        counts = Counter(miss.kind for miss in evaluation.misses)
        lines.append(f"misses: {counts['missing']} missing, {counts['spurious']} spurious (first {show_misses}):")
        lines += [f"  {m.article}: {m.field} {m.kind} {m.fact}" for m in evaluation.misses[:show_misses]]
    return "\n".join(lines)


def format_verdicts(score: VerdictScore) -> list[str]:
    statuses = ", ".join(f"{count} {status}" for status, count in sorted(score.statuses.items()))
    known = "a listed reporter error" if score.listed_source else "an expected failure in its gold"
    clean = len({line.split(":", 1)[0] for line in score.clean_with_alarm})
    lines = [
        f"verdicts: {statuses}",
        f"  {clean} of {score.clean_articles} articles without {known} have a fail ({score.clean_alarm_share:.1%})",
    ]
    if score.listed_source:
        lines.append(
            f"  {len(score.flagged)} of {score.listed} listed reporter errors flagged by a fail that names the wrong "
            f"figure or name ({score.flagged_share:.1%})"
        )
    lines += [f"  alarm on an article without a known error: {line}" for line in score.clean_with_alarm]
    lines += [f"  missed reporter error: {line}" for line in score.missed]
    return lines


def contest_by_name(result: ArticleResult, name: str) -> Contest | None:
    return next((c for c in result.contests if norm(c.constituency.value) == norm(name)), None)
