"""Fact-check power: corrupt one redundantly stated figure and see whether a check notices.

A figure is *redundant* when the article states it in a way another statement can confirm: the
three numbers of a passing ``majority_arithmetic`` check, or the repeats of a passing
``repeated_figure`` check. For each article we make copies with one such figure corrupted the way
typos happen — a digit changed, two adjacent digits swapped, the thousands separator moved — and
count the copies on which a check newly fails. Deterministic: the corruption of an article depends
only on its text.

A second measure asks the same of the official-results checks: corrupt any printed figure an
official check confirmed (a vote count, a majority, a share, a turnout), redundant or not, and count
the copies on which an official check newly fails — a reporter's typo the article alone cannot reveal.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from electext.api import extract_article
from electext.checks.grading import grade
from electext.core import rx
from electext.core.records import ArticleResult, Evidence, Quantity, Unit
from electext.ingest.article import article_from_text, read_article
from electext.quality.gold import OFFICIAL_PREFIX, gold_pairs, load_gold, norm

Corruption = Literal["digit_changed", "digits_swapped", "separator_moved"]
CORRUPTIONS: tuple[Corruption, ...] = ("digit_changed", "digits_swapped", "separator_moved")
REDUNDANT_CHECKS = ("majority_arithmetic", "repeated_figure")
OFFICIAL_FIGURE_CHECKS = (
    "official_votes",
    "official_share",
    "official_majority",
    "official_previous_majority",
    "official_turnout",
)


@dataclass(frozen=True)
class Mutation:
    article: str
    evidence: Evidence
    kind: Corruption
    corrupted: str
    flagged: bool  # by a consistency check: the article no longer agrees with itself
    flagged_officially: bool = False  # by an official-results check
    # False for a corruption that is a reporter's ordinary rounding of the figure ("20,510" -> "20,500"):
    # no check should call it an error, so it does not count for or against the checks' power
    detectable: bool = True

    @property
    def caught(self) -> bool:
        return self.flagged or self.flagged_officially


def detectable(printed: str, corrupted: str) -> bool:
    """Whether a corrupted figure is an error a fact-checker should flag, rather than a rounding of the
    printed one that :mod:`electext.checks.grading` accepts ("20,510" -> "20,500")."""
    plain, changed = printed.replace(",", ""), corrupted.replace(",", "")
    if plain == changed:
        return True  # the separator moved: a misprint whatever the value
    try:
        original, value = float(plain.rstrip("%")), float(changed.rstrip("%"))
    except ValueError:
        return True
    unit: Unit = "percent" if printed.endswith("%") else "votes"
    quantity = Quantity(value=value, unit=unit, evidence=[Evidence(start=0, end=len(corrupted), text=corrupted)])
    return grade(quantity, original).status not in ("pass", "rounded")


@dataclass
class PowerReport:
    mutations: list[Mutation] = field(default_factory=list)
    official_mutations: list[Mutation] = field(default_factory=list)
    originals: int = 0
    originals_with_false_alarms: list[str] = field(default_factory=list)

    @property
    def flagged_share(self) -> float:
        """Corruptions of redundantly stated figures that some failing check flags: a consistency check
        (the article against itself) or an official-results check (a corrupted figure can still agree
        with a hedged restatement, "more than eight thousand", yet not with the official count)."""
        counted = [m for m in self.mutations if m.detectable]
        return sum(m.caught for m in counted) / len(counted) if counted else 1.0

    @property
    def official_flagged_share(self) -> float:
        """Corruptions of officially confirmed figures that some check flags (an official one, or a
        consistency check such as ``number_format`` for a misplaced separator)."""
        counted = [m for m in self.official_mutations if m.detectable]
        return sum(m.caught for m in counted) / len(counted) if counted else 1.0

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


def confirmed_figures(result: ArticleResult, check_ids: tuple[str, ...] = REDUNDANT_CHECKS) -> list[Evidence]:
    """Evidence of printed figures that a passing check in ``check_ids`` confirms, in text order, unique."""
    found: dict[tuple[int, int], Evidence] = {}
    for check in result.checks:
        if check.id in check_ids and check.status == "pass":
            for evidence in check.evidence:
                # exact printed figures only: a hedge ("fewer than 900") is a bound, not a figure
                if rx.fullmatch(r"[\d,.]+%?", evidence.text):
                    found.setdefault((evidence.start, evidence.end), evidence)
    return [found[key] for key in sorted(found)]


def _failures(result: ArticleResult, official: bool = False) -> set[tuple[str, str, str]]:
    """Failing consistency checks (or, with ``official``, failing official-results checks).

    Official failures are told apart by the figure they judged too, so a typo in a second figure of
    a contest that already fails one official check still counts as newly flagged.
    """
    return {
        (check.id, norm(check.contest), str(check.reported) if official else "")
        for check in result.checks
        if check.status == "fail" and check.id.startswith(OFFICIAL_PREFIX) == official
    }


def mutate_article(
    path: Path, per_article: int, model: str | None = None
) -> tuple[ArticleResult, list[Mutation], list[Mutation]]:
    """The article's result, corruptions of its redundant figures, and of its officially confirmed ones."""
    article = read_article(path)
    original = extract_article(article, model)
    baseline, official_baseline = _failures(original), _failures(original, official=True)
    rng = random.Random(hashlib.sha256(article.original.encode("utf-8")).hexdigest())

    def corrupt_each(targets: list[Evidence]) -> list[Mutation]:
        mutations = []
        for index in range(per_article if targets else 0):
            evidence = targets[index % len(targets)]
            kind = CORRUPTIONS[(index + rng.randrange(len(CORRUPTIONS))) % len(CORRUPTIONS)]
            corrupted = corrupt(evidence.text, kind, rng)
            if corrupted is None:
                kind = "digit_changed"
                corrupted = corrupt(evidence.text, kind, rng)
            if corrupted is None or corrupted == evidence.text:
                continue
            text = article.original[: evidence.start] + corrupted + article.original[evidence.end :]
            result = extract_article(article_from_text(text, source=article.source, article_id=article.id), model)
            flagged = bool(_failures(result) - baseline)
            flagged_officially = bool(_failures(result, official=True) - official_baseline)
            mutations.append(
                Mutation(
                    article.id,
                    evidence,
                    kind,
                    corrupted,
                    flagged,
                    flagged_officially,
                    detectable(evidence.text, corrupted),
                )
            )
        return mutations

    redundant = corrupt_each(confirmed_figures(original))
    official = corrupt_each(confirmed_figures(original, OFFICIAL_FIGURE_CHECKS))
    return original, redundant, official


def power_test(corpus: Path, per_article: int, gold_dir: Path | None = None, model: str | None = None) -> PowerReport:
    """Corrupt ``per_article`` redundant figures per article; count what the checks flag."""
    report = PowerReport()
    for path, gold_path in gold_pairs(corpus, gold_dir):
        if gold_path is None:
            continue
        gold = load_gold(gold_path)
        original, mutations, official = mutate_article(path, per_article, model)
        report.originals += 1
        expected = {(item["id"], norm(item.get("contest"))) for item in gold.get("failing_checks") or []}
        if {(check_id, contest) for check_id, contest, _ in _failures(original)} - expected:
            report.originals_with_false_alarms.append(original.article.id)
        report.mutations.extend(mutations)
        report.official_mutations.extend(official)
    return report


def format_power(report: PowerReport) -> str:
    def share(items: list[Mutation], what: str, percent: float, by: str) -> str:
        counted = [m for m in items if m.detectable]
        rounding = len(items) - len(counted)
        line = f"{sum(m.caught for m in counted)}/{len(counted)} corruptions of {what} flagged ({percent:.1%}; {by})"
        return line + (
            f"; {rounding} more are a rounding of the figure, which no check should flag" if rounding else ""
        )

    consistency = sum(m.flagged for m in report.mutations if m.detectable)
    official = sum(m.flagged_officially for m in report.official_mutations if m.detectable)
    lines = [
        "mutations: "
        + share(
            report.mutations,
            "redundantly stated figures",
            report.flagged_share,
            f"{consistency} by a consistency check",
        ),
        "official power: "
        + share(
            report.official_mutations,
            "officially confirmed figures",
            report.official_flagged_share,
            f"{official} by an official check",
        ),
        f"false alarms on originals: {len(report.originals_with_false_alarms)}/{report.originals} articles "
        f"({report.false_alarm_rate:.1%})",
    ]
    by_kind = {kind: [m for m in report.mutations if m.kind == kind and m.detectable] for kind in CORRUPTIONS}
    for kind, items in by_kind.items():
        if items:
            lines.append(f"  {kind}: {sum(m.caught for m in items)}/{len(items)} flagged")
    missed = [m for m in (*report.mutations, *report.official_mutations) if m.detectable and not m.caught]
    lines += [f"  not flagged: {m.article}: {m.evidence.text!r} -> {m.corrupted!r} ({m.kind})" for m in missed[:20]]
    return "\n".join(lines)
