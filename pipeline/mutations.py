"""Fact-check power: corrupt one redundantly stated figure and see whether a check notices.

A figure is *redundant* when the article states it in a way another statement can confirm: the
three numbers of a passing ``majority_arithmetic`` check, or the repeats of a passing
``repeated_figure`` check. For each article we make copies with one such figure corrupted the way
typos happen — a digit changed, two adjacent digits swapped, the thousands separator moved — and
count the copies on which a check newly fails. Deterministic: the corruption of an article depends
only on its text.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import regex

from pipeline.api import extract_article
from pipeline.evaluate import gold_pairs, load_gold, norm
from pipeline.ingest import article_from_text, read_article
from pipeline.records import ArticleResult, Evidence

Corruption = Literal["digit_changed", "digits_swapped", "separator_moved"]
CORRUPTIONS: tuple[Corruption, ...] = ("digit_changed", "digits_swapped", "separator_moved")
REDUNDANT_CHECKS = ("majority_arithmetic", "repeated_figure")


@dataclass(frozen=True)
class Mutation:
    article: str
    evidence: Evidence
    kind: Corruption
    corrupted: str
    flagged: bool


@dataclass
class PowerReport:
    mutations: list[Mutation] = field(default_factory=list)
    originals: int = 0
    originals_with_false_alarms: list[str] = field(default_factory=list)

    @property
    def flagged_share(self) -> float:
        return sum(m.flagged for m in self.mutations) / len(self.mutations) if self.mutations else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return len(self.originals_with_false_alarms) / self.originals if self.originals else 0.0


def corrupt(figure: str, kind: Corruption, rng: random.Random) -> str | None:
    """One typo in a printed figure ("12,680"), or None when this kind cannot change it."""
    digits = [index for index, char in enumerate(figure) if char.isdigit()]
    if not digits:
        return None
    if kind == "digit_changed":
        index = rng.choice(digits)
        new = str((int(figure[index]) + rng.randint(1, 9)) % 10)
        if index == digits[0] and new == "0":
            new = "1" if figure[index] != "1" else "2"
        return figure[:index] + new + figure[index + 1 :]
    if kind == "digits_swapped":
        pairs = [i for i in digits if i + 1 in digits and figure[i] != figure[i + 1]]
        if not pairs:
            return None
        index = rng.choice(pairs)
        return figure[:index] + figure[index + 1] + figure[index] + figure[index + 2 :]
    comma = figure.find(",")
    if comma < 0:
        return None
    plain = figure.replace(",", "")
    # "12,680" -> "1,2680" or "126,80": the separator one place off
    shift = -1 if comma > 1 else 1
    position = comma + shift
    return plain[:position] + "," + plain[position:]


def redundant_figures(result: ArticleResult) -> list[Evidence]:
    """Evidence of figures that a passing cross-check confirms, in text order, unique."""
    found: dict[tuple[int, int], Evidence] = {}
    for check in result.checks:
        if check.id in REDUNDANT_CHECKS and check.status == "pass":
            for evidence in check.evidence:
                # exact printed figures only: a hedge ("fewer than 900") is a bound, not a figure
                if regex.fullmatch(r"[\d,.]+%?", evidence.text):
                    found.setdefault((evidence.start, evidence.end), evidence)
    return [found[key] for key in sorted(found)]


def _failures(result: ArticleResult) -> set[tuple[str, str]]:
    return {(check.id, norm(check.contest)) for check in result.checks if check.status == "fail"}


def mutate_article(path: Path, per_article: int, model: str | None = None) -> tuple[ArticleResult, list[Mutation]]:
    article = read_article(path)
    original = extract_article(article, model)
    targets = redundant_figures(original)
    if not targets or per_article <= 0:
        return original, []
    rng = random.Random(hashlib.sha256(article.original.encode("utf-8")).hexdigest())
    baseline = _failures(original)
    mutations = []
    for index in range(per_article):
        evidence = targets[index % len(targets)]
        kind = CORRUPTIONS[(index + rng.randrange(len(CORRUPTIONS))) % len(CORRUPTIONS)]
        corrupted = corrupt(evidence.text, kind, rng)
        if corrupted is None:
            kind = "digit_changed"
            corrupted = corrupt(evidence.text, kind, rng)
        if corrupted is None or corrupted == evidence.text:
            continue
        text = article.original[: evidence.start] + corrupted + article.original[evidence.end :]
        copy = article_from_text(text, source=article.source, article_id=article.id)
        flagged = bool(_failures(extract_article(copy, model)) - baseline)
        mutations.append(Mutation(article.id, evidence, kind, corrupted, flagged))
    return original, mutations


def power_test(corpus: Path, per_article: int, gold_dir: Path | None = None, model: str | None = None) -> PowerReport:
    """Corrupt ``per_article`` redundant figures per article; count what the checks flag."""
    report = PowerReport()
    for path, gold_path in gold_pairs(corpus, gold_dir):
        if gold_path is None:
            continue
        gold = load_gold(gold_path)
        original, mutations = mutate_article(path, per_article, model)
        report.originals += 1
        expected = {(item["id"], norm(item.get("contest"))) for item in gold.get("failing_checks") or []}
        if _failures(original) - expected:
            report.originals_with_false_alarms.append(original.article.id)
        report.mutations.extend(mutations)
    return report


def format_power(report: PowerReport) -> str:
    flagged = sum(m.flagged for m in report.mutations)
    lines = [
        f"mutations: {flagged}/{len(report.mutations)} corruptions of redundantly stated figures flagged "
        f"({report.flagged_share:.1%})",
        f"false alarms on originals: {len(report.originals_with_false_alarms)}/{report.originals} articles "
        f"({report.false_alarm_rate:.1%})",
    ]
    by_kind = {kind: [m for m in report.mutations if m.kind == kind] for kind in CORRUPTIONS}
    for kind, items in by_kind.items():
        if items:
            lines.append(f"  {kind}: {sum(m.flagged for m in items)}/{len(items)} flagged")
    missed = [m for m in report.mutations if not m.flagged]
    lines += [f"  not flagged: {m.article}: {m.evidence.text!r} -> {m.corrupted!r} ({m.kind})" for m in missed[:20]]
    return "\n".join(lines)
