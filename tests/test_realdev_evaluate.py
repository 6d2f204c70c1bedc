"""Realdev-format gold: the facts and leniencies of ``../shared/realdev/score.py``, tested on invented
contests (no realdev text is ever copied here).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from electext.core.errors import DataFileError
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
