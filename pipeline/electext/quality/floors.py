"""The accuracy gate: stored floors for the corpus scores, and the rules for changing them.

``corpus/floors.json`` holds the scores the corpus reached when the floors were last set, with a
hash of the corpus they were measured on. CI fails when a score drops below its floor (or false
alarms rise above theirs). Raising a floor is free; lowering one needs ``--allow-lower`` — an explicit,
reviewable decision rather than a silent regression.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from electext.core.errors import ElectextError
from electext.outputs.write import atomic_write
from electext.quality.evaluate import Evaluation
from electext.quality.gold import GOLD_SUFFIX
from electext.quality.mutations import PowerReport

FLOORS_FILE = "floors.json"
# Scores are rounded to this many places before comparison, so float noise never fails the gate.
PRECISION = 4
LOWER_IS_BETTER = frozenset({"false_alarms", "official_false_alarms", "verdict_clean_alarm_share"})


class FloorError(ElectextError):
    stage = "evaluate"


def floors_path(corpus: Path) -> Path:
    return corpus / FLOORS_FILE


def corpus_hash(corpus: Path) -> str:
    """sha256 over every article and gold file (relative path and bytes), in sorted order."""
    digest = hashlib.sha256()
    files = [
        p
        for p in corpus.rglob("*")
        if p.is_file() and (p.suffix == ".txt" or p.name.endswith((GOLD_SUFFIX, ".meta.json")))
    ]
    for path in sorted(files, key=lambda p: p.relative_to(corpus).as_posix()):
        digest.update(path.relative_to(corpus).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def gate_scores(evaluation: Evaluation, report: PowerReport, per_article: int) -> dict[str, Any]:
    caught = evaluation.expected_failures_caught / evaluation.expected_failures if evaluation.expected_failures else 1.0
    official = evaluation.official
    official_caught = official.caught / official.expected_failures if official.expected_failures else 1.0
    return {
        "micro_f1": round(evaluation.micro.f1, PRECISION),
        "fields": {name: round(score.f1, PRECISION) for name, score in evaluation.fields.items()},
        "expected_failures_caught": round(caught, PRECISION),
        "false_alarms": len(evaluation.false_alarms),
        "mutation_flagged_share": round(report.flagged_share, PRECISION),
        "official_expected_failures_caught": round(official_caught, PRECISION),
        "official_false_alarms": len(official.false_alarms),
        "official_mutation_flagged_share": round(report.official_flagged_share, PRECISION),
        # articles with no expected failure that carry any fail: a fact-checker's false alarms
        "verdict_clean_alarm_share": round(evaluation.verdicts.clean_alarm_share, PRECISION),
        "mutations_per_article": per_article,
    }


def _flatten(scores: dict[str, Any]) -> dict[str, float]:
    flat: dict[str, float] = {}
    for key, value in scores.items():
        if isinstance(value, dict):
            flat.update({f"{key}.{inner}": float(number) for inner, number in value.items()})
        elif key != "mutations_per_article":
            flat[key] = float(value)
    return flat


def below_floors(scores: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    """Every score that is worse than its floor, as a readable line."""
    current, stored = _flatten(scores), _flatten(floors)
    worse = []
    for key, floor in sorted(stored.items()):
        value = current.get(key)
        if value is None:
            worse.append(f"{key}: no longer measured (floor {floor})")
        elif (key in LOWER_IS_BETTER and value > floor) or (key not in LOWER_IS_BETTER and value < floor):
            worse.append(f"{key}: {value} (floor {floor})")
    return worse


def read_floors(corpus: Path) -> dict[str, Any]:
    path = floors_path(corpus)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FloorError(
            f"{path}: no floors yet; set them with `electext evaluate {corpus} --mutations 2 --update-floors`"
        ) from None
    if not isinstance(data, dict) or "scores" not in data or "corpus_sha256" not in data:
        raise FloorError(f"{path}: expected an object with 'corpus_sha256' and 'scores'")
    return data


def update(corpus: Path, scores: dict[str, Any], *, allow_lower: bool = False) -> Path:
    """Store ``scores`` as the new floors; refuse to lower one unless ``allow_lower``."""
    path = floors_path(corpus)
    if path.exists() and not allow_lower:
        worse = below_floors(scores, read_floors(corpus)["scores"])
        if worse:
            raise FloorError(
                "refusing to lower floors (" + "; ".join(worse) + "); pass --allow-lower if this is intended"
            )
    data = {"corpus_sha256": corpus_hash(corpus), "scores": scores}
    atomic_write(path, json.dumps(data, indent=2, sort_keys=True) + "\n")
    return path
