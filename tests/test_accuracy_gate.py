"""The CI accuracy gate: corpus scores never fall below the stored floors without an explicit flag."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from electext.quality.evaluate import Evaluation, FieldScore, evaluate
from electext.quality.floors import FloorError, below_floors, corpus_hash, gate_scores, read_floors, update
from electext.quality.mutations import PowerReport, corrupt, power_test

from tests.conftest import ROOT

CORPUS = ROOT / "corpus"
RESET = "electext evaluate corpus/ --mutations 2 --update-floors"


@pytest.mark.model
def test_corpus_scores_hold_their_floors() -> None:
    floors = read_floors(CORPUS)
    assert floors["corpus_sha256"] == corpus_hash(CORPUS), (
        f"the corpus changed since the floors were set: run `{RESET}`"
    )
    per_article = floors["scores"]["mutations_per_article"]
    scores = gate_scores(evaluate(CORPUS), power_test(CORPUS, per_article), per_article)
    assert below_floors(scores, floors["scores"]) == []


def _scores(f1: float, false_alarms: int) -> dict[str, object]:
    evaluation = Evaluation(
        fields={"majority": FieldScore(true_positives=int(f1 * 100), false_negatives=100 - int(f1 * 100))}
    )
    evaluation.false_alarms = ["x"] * false_alarms
    return gate_scores(evaluation, PowerReport(), 2)


def test_raising_floors_is_free_but_lowering_needs_the_flag(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "articles" / "a.txt").write_text("Labour won.", encoding="utf-8")
    update(corpus, _scores(0.5, 3))
    update(corpus, _scores(0.6, 2))
    with pytest.raises(FloorError, match=r"refusing to lower floors \(fields\.majority: 0\.5714 \(floor 0\.75\)"):
        update(corpus, _scores(0.4, 2))
    with pytest.raises(FloorError, match=r"false_alarms: 5.0 \(floor 2.0\)"):
        update(corpus, _scores(0.6, 5))
    update(corpus, _scores(0.4, 5), allow_lower=True)
    assert json.loads((corpus / "floors.json").read_text(encoding="utf-8"))["scores"]["false_alarms"] == 5


def test_corpus_hash_sees_every_article_and_gold_change(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "gold", corpus / "gold")
    (corpus / "articles").mkdir()
    before = corpus_hash(corpus)
    (corpus / "articles" / "new.txt").write_text("x", encoding="utf-8")
    assert corpus_hash(corpus) != before


@pytest.mark.parametrize(
    ("figure", "kind"),
    [
        ("12,680", "digit_changed"),
        ("12,680", "digits_swapped"),
        ("12,680", "separator_moved"),
        ("1,192", "separator_moved"),
    ],
)
def test_corruptions_change_the_figure(figure: str, kind: str) -> None:
    import random

    corrupted = corrupt(figure, kind, random.Random(0))  # type: ignore[arg-type]
    assert corrupted is not None and corrupted != figure
    assert sorted(corrupted.replace(",", "")) == sorted(figure.replace(",", "")) or kind == "digit_changed"


def test_an_official_failure_on_a_correctly_extracted_figure_is_a_false_alarm() -> None:
    """Only a figure the gold records, on the right candidate, makes a failing official check a false alarm."""
    from electext.core.records import Candidate, Check, Contest, Evidence, Label, Quantity
    from electext.quality.evaluate import checked_figure_in_gold

    evidence = [Evidence(start=10, end=16, text="12,680")]
    votes = Quantity(value=12680, unit="votes", evidence=evidence)
    contest = Contest(
        constituency=Label(value="Mid Bedfordshire"),
        election=Label(value="by-election"),
        candidates=[Candidate(name=Label(value="Festus Akinbusoye"), votes=votes)],
    )
    check = Check(
        id="official_votes", contest="Mid Bedfordshire", status="fail", message="", reported=12680, evidence=evidence
    )
    right = {"constituency": "Mid Bedfordshire", "candidates": [{"name": "Festus Akinbusoye", "votes": 12680}]}
    wrong_person = {
        "constituency": "Mid Bedfordshire",
        "candidates": [{"name": "Emma Holland-Lindsay", "votes": 12680}],
    }
    assert checked_figure_in_gold(check, right, contest)
    assert not checked_figure_in_gold(check, wrong_person, contest)
    assert not checked_figure_in_gold(check, {}, contest)
