"""The seed's facts survive reordering, shuffling and rephrasing: nothing is keyed to its sentences."""

from __future__ import annotations

import random

import pytest
from electext import extract_text
from electext.core.records import ArticleResult

from tests.conftest import ROOT, candidates, contest, evidence_round_trips

pytestmark = pytest.mark.model
REPHRASED = ROOT / "tests" / "data" / "seed-rephrased.txt"


def _anchored_facts(result: ArticleResult) -> dict[str, object]:
    """Facts whose contest the text pins down whatever the order of its paragraphs."""
    mid_beds, tamworth = contest(result, "Mid Bedfordshire"), contest(result, "Tamworth")
    return {
        "mid_beds_previous": mid_beds.previous_majority.value if mid_beds.previous_majority else None,
        "mid_beds_held_since": mid_beds.held_since.year.value if mid_beds.held_since else None,
        "mid_beds_prev_mp": mid_beds.previous_member.name.value
        if mid_beds.previous_member and mid_beds.previous_member.name
        else None,
        "mid_beds_candidates": {k: v["votes"] for k, v in candidates(mid_beds).items() if k != "Alistair Strathern"},
        "tamworth_previous": tamworth.previous_majority.value if tamworth.previous_majority else None,
        "tamworth_winner": tamworth.winner.name.value if tamworth.winner and tamworth.winner.name else None,
        "tamworth_swing": tamworth.swing.value if tamworth.swing else None,
    }


EXPECTED = {
    "mid_beds_previous": 24664,
    "mid_beds_held_since": 1931,
    "mid_beds_prev_mp": "Nadine Dorries",
    "mid_beds_candidates": {"Festus Akinbusoye": 12680, "Emma Holland-Lindsay": 9420, "Reform UK": 1487},
    "tamworth_previous": 19600,
    "tamworth_winner": "Sarah Edwards",
    "tamworth_swing": 23.9,
}


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_paragraphs_shuffled(seed_text: str, seed: int) -> None:
    paragraphs = seed_text.split("\n")
    head, body = paragraphs[:2], paragraphs[2:]
    random.Random(seed).shuffle(body)
    text = "\n".join(head + body)
    result = extract_text(text)
    assert _anchored_facts(result) == EXPECTED
    assert {c.constituency.value for c in result.contests if not c.mention_only} == {"Mid Bedfordshire", "Tamworth"}
    evidence_round_trips(result, text)


def test_sentences_reversed_within_the_article(seed_text: str) -> None:
    lines = seed_text.split("\n")
    text = "\n".join(lines[:2] + lines[2:][::-1])
    result = extract_text(text)
    assert _anchored_facts(result) == EXPECTED


def test_rephrased_report() -> None:
    text = REPHRASED.read_text(encoding="utf-8")
    result = extract_text(text)
    mid_beds, tamworth = contest(result, "Mid Bedfordshire"), contest(result, "Tamworth")
    assert candidates(mid_beds) == {
        "Alistair Strathern": {"party": "Labour", "votes": 13872, "position": 1},
        "Festus Akinbusoye": {"party": "Conservative", "votes": 12680, "position": 2},
        "Emma Holland-Lindsay": {"party": "Liberal Democrats", "votes": 9420, "position": 3},
        "Reform UK": {"party": "Reform UK", "votes": 1487, "position": None},
    }
    assert mid_beds.majority and mid_beds.majority.value == 1192
    assert mid_beds.previous_majority and mid_beds.previous_majority.value == 24664
    assert mid_beds.swing and mid_beds.swing.value == 20.5 and mid_beds.swing.unit == "percent"
    assert mid_beds.swing.from_party and mid_beds.swing.from_party.value == "Conservative"
    assert mid_beds.swing.to_party and mid_beds.swing.to_party.value == "Labour"
    assert mid_beds.held_since and mid_beds.held_since.year.value == 1931
    assert mid_beds.held_since.party and mid_beds.held_since.party.value == "Conservative"
    assert (
        mid_beds.previous_member
        and mid_beds.previous_member.name
        and mid_beds.previous_member.name.value == "Nadine Dorries"
    )
    assert mid_beds.previous_member.reason and mid_beds.previous_member.reason.value == "resigned"
    assert tamworth.winner and tamworth.winner.name and tamworth.winner.name.value == "Sarah Edwards"
    assert tamworth.majority and tamworth.majority.value == 1316
    assert tamworth.previous_majority and tamworth.previous_majority.qualifier == "more_than"
    assert tamworth.held_since and tamworth.held_since.year.value == 2010
    assert tamworth.swing and tamworth.swing.value == 23.9
    assert candidates(tamworth)["Andrew Cooper"] == {"party": "Conservative", "votes": None, "position": 2}
    assert candidates(tamworth)["Reform UK"]["votes"] == 1373
    assert {c.status for c in result.checks} <= {"pass", "unverifiable"}
    evidence_round_trips(result, text)
