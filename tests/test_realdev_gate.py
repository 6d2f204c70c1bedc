"""The real-data gate: verdicts on real newsroom articles (``../shared/realdev``), where it exists.

The articles are third-party text, read from ``../shared`` at test time and never copied here; a
user's machine has no ``../shared`` and skips this. The thresholds are the fact-checker's standard
the project holds itself to: at most 3% of the articles with no listed reporter error carry an
alarm, and at least 90% of the listed reporter errors are named by one.
"""

from __future__ import annotations

import pytest
from electext.quality.evaluate import evaluate

from tests.conftest import ROOT

REALDEV = ROOT.parent / "shared" / "realdev"
WESTMINSTER = REALDEV / "westminster"
MAX_CLEAN_ALARM_SHARE = 0.03
MIN_FLAGGED_SHARE = 0.90


@pytest.mark.model
@pytest.mark.skipif(not (WESTMINSTER / "reporter_errors.json").is_file(), reason="../shared/realdev is not here")
def test_real_articles_get_few_false_alarms_and_their_reporter_errors_are_flagged() -> None:
    verdicts = evaluate(WESTMINSTER).verdicts
    assert verdicts.listed and verdicts.clean_articles
    assert verdicts.clean_alarm_share <= MAX_CLEAN_ALARM_SHARE, verdicts.clean_with_alarm
    assert verdicts.flagged_share >= MIN_FLAGGED_SHARE, verdicts.missed
