"""`electext evaluate` on realdev-format gold: the facts and leniencies of ``../shared/realdev/score.py``.

The rules are tested on invented contests (no realdev text is ever copied here). Where ``../shared``
exists, both realdev folders are extracted once and scored by the reference scorer and by
``electext evaluate`` from the same outputs: the per-field counts and the micro line must be the same,
but for the facts a party alias the lexicon knows and the reference does not decides (listed below).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from electext.cli import app
from electext.core.errors import DataFileError
from electext.quality.evaluate import evaluate, format_table
from electext.quality.realdev_score import (
    CORPUS,
    REALDEV,
    detect_format,
    gold_facts,
    outcomes,
    output_facts,
    party_keys,
    person,
    seat,
)
from typer.testing import CliRunner

from tests.conftest import REALDEV as REALDEV_DIR
from tests.conftest import SEED

SCORER = REALDEV_DIR / "score.py"
# Party names the lexicon (parties.json) says are one party and the reference scorer's alias table
# does not, as the reference folds them: a fact that differs only by these is a hit for electext and a
# false positive plus a false negative for the reference.
LEXICON_ONLY_ALIASES = {"tuv": "traditional unionist voice"}


def _label(value: Any) -> dict[str, Any]:
    return {"value": value, "evidence": [], "derived": None}


def _quantity(value: float, qualifier: str = "exact", derived: str | None = None) -> dict[str, Any]:
    return {"value": value, "unit": "votes", "qualifier": qualifier, "derived": derived}


def _output(name: str, mention_only: bool = False, **fields: Any) -> dict[str, Any]:
    """An output contest as electext writes it (labels and quantities), with the given fields."""
    return {"constituency": _label(name), "mention_only": mention_only, "candidates": [], **fields}


def _gold(*contests: dict[str, Any]) -> dict[str, Any]:
    return {"article": "01_invented.txt", "contests": list(contests), "notes": []}


def _by_outcome(gold: dict[str, Any], contests: list[dict[str, Any]] | None) -> dict[str, set[tuple[Any, ...]]]:
    found: dict[str, set[tuple[Any, ...]]] = {"hit": set(), "missing": set(), "spurious": set()}
    for _, outcome, fact in outcomes(gold, contests):
        found[outcome].add(fact)
    return found


def test_a_secondary_gold_contest_is_neither_rewarded_nor_punished() -> None:
    gold = _gold(
        {"constituency": "Quillbrook", "secondary": False, "majority": 812},
        {"constituency": "Farrowmere", "secondary": True, "majority": 40},
    )
    with_it = [_output("Quillbrook", majority=_quantity(812)), _output("Farrowmere", majority=_quantity(99))]
    assert _by_outcome(gold, with_it) == _by_outcome(gold, with_it[:1])
    assert _by_outcome(gold, with_it)["hit"] == {("contest", "quillbrook"), ("majority", "quillbrook", 812)}
    assert not any(fact[1] == "farrowmere" for fact in gold_facts(gold))


def test_a_mention_only_output_contest_counts_only_where_the_gold_lists_it_as_primary() -> None:
    gold = _gold({"constituency": "Quillbrook", "secondary": False, "majority": 812})
    mentioned = _output("Ashby Tarn", mention_only=True, majority=_quantity(5))
    assert output_facts(gold, [mentioned]) == set()
    primary = _output("Quillbrook", mention_only=True, majority=_quantity(812))
    assert _by_outcome(gold, [primary])["hit"] == {("contest", "quillbrook"), ("majority", "quillbrook", 812)}
    # a contest the output reports in full is scored even if the gold does not list it
    assert _by_outcome(gold, [_output("Ashby Tarn")])["spurious"] == {("contest", "ashby tarn")}


def test_a_non_canonical_seat_is_scored_under_the_one_gold_seat_it_names() -> None:
    gold = _gold({"constituency": "City of Brindlemere", "secondary": False, "majority": 1234})
    scored = _by_outcome(gold, [_output("Brindlemere", majority=_quantity(1234))])
    assert scored == {
        "hit": {("majority", "city of brindlemere", 1234)},
        "missing": {("contest", "city of brindlemere")},
        "spurious": {("contest", "brindlemere")},
    }
    # two gold seats it could name: it names neither, and its figures are wrong where they stand
    two = _gold(gold["contests"][0], {"constituency": "Brindlemere East", "secondary": False})
    assert ("majority", "brindlemere", 1234) in _by_outcome(two, [_output("Brindlemere", majority=_quantity(1234))])[
        "spurious"
    ]


def test_hedged_and_derived_output_figures_are_not_scored() -> None:
    gold = _gold(
        {
            "constituency": "Quillbrook",
            "secondary": False,
            "candidates": [{"name": "Ottoline Farrow", "party": "Labour", "votes": None}],
            "majority": None,
            "previous_majority": {"value": 9000, "party": "Conservative", "qualifier": "nearly"},
        }
    )
    output = _output(
        "Quillbrook",
        candidates=[
            {"name": _label("Ottoline Farrow"), "party": _label("Labour"), "votes": _quantity(5321, derived="x")}
        ],
        majority=_quantity(4000, qualifier="more_than"),
        turnout={"value": 31.0, "unit": "percent", "qualifier": "exact", "derived": "votes over electorate"},
        previous_majority=_quantity(9000, qualifier="nearly"),  # hedged, yet stated: scored
    )
    assert _by_outcome(gold, [output]) == {
        "hit": {
            ("contest", "quillbrook"),
            ("candidate_party", "quillbrook", "ottoline farrow", "labour"),
            ("previous_majority", "quillbrook", 9000),
        },
        "missing": set(),
        "spurious": set(),
    }


@pytest.mark.parametrize(
    ("printed", "gold"),
    [
        ("The Rt Hon Dame Ottoline Farrow-Quist MP", "Ottoline Farrow Quist"),
        ("Dr. Zoë Brékke MSP", "Zoe Brekke"),
        ("Cllr Sir Tobias O'Harrow", "Tobias O'Harrow"),
        ({"value": "Mx Ansel Pike MLA", "derived": None}, "ansel pike"),
    ],
)
def test_people_are_compared_without_titles_post_nominals_accents_or_punctuation(printed: Any, gold: str) -> None:
    assert person(printed) == person(gold)


def test_a_name_keeps_a_title_word_that_is_not_before_it() -> None:
    assert person("Ansel Sir") == "ansel sir"
    assert person("Ansel Mp Pike") == "ansel mp pike"


def test_seats_are_compared_without_and() -> None:
    assert seat("Ashby & Tarnwick") == seat("Ashby and Tarnwick") == "ashby tarnwick"
    assert seat({"value": "ASHBY-AND-TARNWICK"}) == "ashby tarnwick"


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Lib Dems", "Liberal Democrats", True),
        ("The Green Party", "Green", True),
        ("Scottish Labour Party", "Labour", True),  # the register's regional name yields to the curated alias
        ("Christian People's Alliance", "Christian Peoples Alliance", True),
        ("Reclaim", "Reclaim Party", True),
        ("TUV", "Traditional Unionist Voice", True),
        ("Quorvale Independents", "Quorvale Residents", False),
        ("Labour", "Conservative", False),
    ],
)
def test_parties_are_compared_through_the_lexicon(first: str, second: str, same: bool) -> None:
    keys = party_keys()
    assert (keys.key(first) == keys.key(second)) is same


def _write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_gold_format_is_read_from_the_gold_files(tmp_path: Path) -> None:
    realdev = _write(tmp_path / "a.gold.json", _gold({"constituency": "Quillbrook", "secondary": False}))
    corpus = _write(
        tmp_path / "b.gold.json", {"article": "b", "contests": [{"constituency": "Quillbrook", "mention_only": False}]}
    )
    empty = _write(tmp_path / "c.gold.json", _gold())
    assert detect_format([realdev, empty]) == REALDEV
    assert detect_format([corpus, empty]) == CORPUS
    assert detect_format([empty]) == CORPUS
    with pytest.raises(DataFileError, match="one folder holds one format"):
        detect_format([realdev, corpus])


def test_floors_are_refused_for_realdev_gold_and_an_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "a.gold.json", _gold({"constituency": "Quillbrook", "secondary": False}))
    runner = CliRunner()
    floors = runner.invoke(app, ["evaluate", str(tmp_path), "--update-floors"])
    assert floors.exit_code == 2 and "needs corpus-format gold" in floors.output
    unknown = runner.invoke(app, ["evaluate", str(tmp_path), "--gold-format", "csv"])
    assert unknown.exit_code == 2 and "--gold-format must be one of" in unknown.output


@pytest.mark.model
def test_evaluate_scores_realdev_gold_and_counts_a_gold_file_without_its_article_as_missed(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    shutil.copy(SEED, tmp_path / "articles" / "seed.txt")
    mid_beds = {
        "constituency": "Mid Bedfordshire",
        "secondary": False,
        "winner": {"name": "Alistair Strathern", "party": "Labour"},
        "candidates": [{"name": "Alistair Strathern", "party": "Labour", "votes": None, "position": 1}],
        "majority": 1192,
    }
    _write(
        tmp_path / "gold" / "seed.gold.json", _gold(mid_beds, {"constituency": "Somerton and Frome", "secondary": True})
    )
    _write(
        tmp_path / "gold" / "gone.gold.json", _gold({"constituency": "Quillbrook", "secondary": False, "majority": 7})
    )
    evaluation = evaluate(tmp_path)
    assert evaluation.gold_format == REALDEV and evaluation.articles == 1
    misses = {(miss.article, miss.kind, miss.fact) for miss in evaluation.misses}
    assert ("gone", "missing", repr(("majority", "quillbrook", 7.0))) in misses
    assert any("gone.gold.json: no article" in error for error in evaluation.errors)
    seed = [fact for article, _, fact in misses if article == "seed"]
    assert not [fact for fact in seed if "strathern" in fact or "1192" in fact], seed  # the winner and majority hit
    assert not [fact for fact in seed if "13872" in fact or "somerton" in fact or "rutherglen" in fact], seed
    assert evaluation.fields["winner_name"].true_positives == 1
    assert format_table(evaluation).startswith("realdev-format gold")


def _reference_table(printed: str) -> tuple[dict[str, tuple[int, int, int]], str]:
    """The reference scorer's per-field (tp, fp, fn) and its micro line."""
    rows = re.findall(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+$", printed, flags=re.M)
    micro = re.search(r"^micro P=.*$", printed, flags=re.M)
    assert rows and micro, printed
    return {name: (int(tp), int(fp), int(fn)) for name, tp, fp, fn in rows}, micro.group(0)


def _lexicon_only_hits(printed: str) -> Counter[str]:
    """Per field, how many of the reference's false positives are one of its false negatives of the same
    article once the lexicon-only aliases are applied: hits for electext."""

    def aliased(fact: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(LEXICON_ONLY_ALIASES.get(value, value) if isinstance(value, str) else value for value in fact)

    listed: dict[str, set[tuple[str, tuple[Any, ...]]]] = {"FP": set(), "FN": set()}
    for kind, article, fact in re.findall(r"^  (FP|FN) (\S+): (\(.*\))$", printed, flags=re.M):
        listed[kind].add((article, aliased(ast.literal_eval(fact))))
    return Counter(fact[0] for _, fact in listed["FP"] & listed["FN"])


def _micro_line(counts: dict[str, tuple[int, int, int]]) -> str:
    """The micro line as the reference prints it, from per-field counts."""
    tp, fp, fn = (sum(row[i] for row in counts.values()) for i in range(3))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"micro P={precision:.3f} R={recall:.3f} F1={f1:.3f}"


@pytest.mark.model
@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/realdev is not here")
@pytest.mark.parametrize("folder", ["westminster", "other"])
def test_evaluate_agrees_with_the_reference_scorer_on_realdev(
    folder: str, realdev_outputs: Callable[[str], Path]
) -> None:
    output = realdev_outputs(folder)
    printed = subprocess.run(
        [sys.executable, str(SCORER), str(REALDEV_DIR / folder / "gold"), str(output), "--verbose"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    reference, reference_micro = _reference_table(printed)
    expected = dict(reference)
    for name, hits in _lexicon_only_hits(printed).items():
        tp, fp, fn = expected[name]
        expected[name] = (tp + hits, fp - hits, fn - hits)
    evaluation = evaluate(REALDEV_DIR / folder, results=output)
    assert evaluation.gold_format == REALDEV and not evaluation.errors
    ours = {
        name: (score.true_positives, score.false_positives, score.false_negatives)
        for name, score in evaluation.fields.items()
        if score.true_positives or score.false_positives or score.false_negatives
    }
    assert _micro_line(reference) == reference_micro  # the micro line computed as the reference computes it
    assert ours == expected
    micro = evaluation.micro
    assert f"micro P={micro.precision:.3f} R={micro.recall:.3f} F1={micro.f1:.3f}" == _micro_line(ours)
