"""The real-data gate: extraction and verdicts on real newsroom articles (``../shared/realdev``), where
it exists.

The articles are third-party text, read from ``../shared`` at test time and never copied here; a
user's machine has no ``../shared`` and skips this. Extraction is scored by the reference scorer,
``../shared/realdev/score.py``, for each folder (``westminster``: Westminster by-elections; ``other``:
council, devolved, mayoral, PCC and Northern Ireland contests) as a whole, for a part kept aside (whole
by-elections, or whole articles for ``other``, so that tuning on the rest cannot learn them) and for
the rest; each score must stay at or above its floor in ``tests/data/realdev_floors.json``. The verdict
thresholds are the fact-checker's standard the project holds itself to: at most 3% of the articles
with no listed reporter error carry an alarm, and at least 90% of the listed reporter errors are named
by one.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from electext.quality.evaluate import evaluate

from tests.conftest import REALDEV, ROOT

WESTMINSTER = REALDEV / "westminster"
SCORER = REALDEV / "score.py"
FLOORS = ROOT / "tests" / "data" / "realdev_floors.json"
MAX_CLEAN_ALARM_SHARE = 0.03
MIN_FLAGGED_SHARE = 0.90


def kept_aside(gold_name: str, folder: str = "westminster") -> bool:
    """Whether an article is in the part kept aside: in ``westminster`` by its by-election (the second
    word of its name, "07_midbeds_…"), elsewhere by its whole name after the number ("13_council_…")."""
    key = gold_name.split("_")[1] if folder == "westminster" else gold_name.split("_", 1)[1].split(".")[0]
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % 4 == 2


def _score(gold: list[Path], output: Path, scratch: Path) -> dict[str, float]:
    """The reference scorer's micro precision, recall and F1, and its recall of contests, for these gold files."""
    scratch.mkdir()
    for path in gold:
        shutil.copy(path, scratch)  # into pytest's temporary folder, never into the repository
    printed = subprocess.run(
        [sys.executable, str(SCORER), str(scratch), str(output)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"micro P=([\d.]+) R=([\d.]+) F1=([\d.]+)", printed)
    assert found, printed
    scores = dict(zip(("precision", "recall", "f1"), map(float, found.groups()), strict=True))
    contests = re.search(r"^contest\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+([\d.]+)", printed, re.M)
    scores["contest_recall"] = float(contests.group(1)) if contests else 0.0
    return scores


@pytest.mark.model
@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/realdev is not here")
@pytest.mark.parametrize("folder", ["westminster", "other"])
def test_real_articles_extraction_stays_at_or_above_its_floors(
    folder: str, tmp_path: Path, realdev_outputs: Callable[[str], Path]
) -> None:
    output = realdev_outputs(folder)
    gold = sorted((REALDEV / folder / "gold").glob("*.gold.json"))
    parts = {
        "all": gold,
        "tuning": [path for path in gold if not kept_aside(path.name, folder)],
        "kept_aside": [path for path in gold if kept_aside(path.name, folder)],
    }
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[folder]
    scores = {name: _score(files, output, tmp_path / name) for name, files in parts.items()}
    below = [
        f"{name} {measure} {scores[name][measure]:.3f} < {floor:.3f}"
        for name, floor_of in floors.items()
        if not name.startswith("_")
        for measure, floor in floor_of.items()
        if scores[name][measure] < floor
    ]
    assert below == [], scores


@pytest.mark.model
@pytest.mark.skipif(not (WESTMINSTER / "reporter_errors.json").is_file(), reason="../shared/realdev is not here")
def test_real_articles_get_few_false_alarms_and_their_reporter_errors_are_flagged(
    realdev_outputs: Callable[[str], Path],
) -> None:
    verdicts = evaluate(WESTMINSTER, results=realdev_outputs("westminster")).verdicts
    assert verdicts.listed and verdicts.clean_articles
    assert verdicts.clean_alarm_share <= MAX_CLEAN_ALARM_SHARE, verdicts.clean_with_alarm
    assert verdicts.flagged_share >= MIN_FLAGGED_SHARE, verdicts.missed
