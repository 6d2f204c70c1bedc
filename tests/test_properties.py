"""Properties over generated input: any text is handled, evidence is exact, records match the schema,
and the checker agrees with consistent results and catches perturbed ones.

Examples are few (each runs the spaCy model, ~10-50 ms) but mix election phrasing with arbitrary
Unicode, so they reach the linking and checking code, not just the tokenizer.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from electext.api import extract_text
from electext.checks.grading import grade
from electext.core.errors import EmptyArticleError
from electext.core.records import Quantity
from electext.ingest.normalise import normalise
from electext.outputs.write import to_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, evidence_round_trips

pytestmark = pytest.mark.model
SCHEMA = json.loads((ROOT / "schemas" / "article-result.schema.json").read_text(encoding="utf-8"))
FRAGMENTS = st.sampled_from(
    [
        "Labour won the Tamworth by-election",
        " with a 1,316 majority",
        " on a turnout of 35.9%.",
        "\u2018more than 19,600\u2019",
        " a swing of 23.9% from the Conservatives",
        "\n\nSarah Edwards (Labour) 11,719\nAndrew Cooper (Conservative) 10,403\n",
        "Lib Dems \u2013 nearly four thousand",
        "%%%",
        "1,1,1,1",
        "\r\n",
        "\u00a0",
    ]
)
ARTICLE_TEXT = st.lists(FRAGMENTS | st.text(max_size=40), max_size=12).map("".join)
SLOW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(ARTICLE_TEXT)
def test_any_text_gives_a_valid_record_with_exact_evidence(text: str) -> None:
    try:
        result = extract_text(text)
    except EmptyArticleError:  # the only refusal possible at these sizes: nothing but spaces or front matter
        body = normalise(text)[0]
        assert not body.strip() or body.startswith("---")
        return
    jsonschema.validate(json.loads(to_json(result)), SCHEMA)
    evidence_round_trips(result, text)
    # The files keep the standard library's layout, byte for byte, though pydantic now writes them.
    assert to_json(result) == json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert to_json(result, indent=None) == json.dumps(
        result.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")
    )


BOX = (
    "{seat} by-election result\n\n{winner} (Labour) {w:,}\n{second} (Conservative) {r:,}\n"
    "{third} (Reform UK) {t:,}\n\nLabour majority: {m:,}\n"
)


@st.composite
def results_boxes(draw: st.DrawFn) -> tuple[int, int, int]:
    third = draw(st.integers(100, 5_000))
    runner_up = draw(st.integers(third + 1, 30_000))
    winner = draw(st.integers(runner_up + 1, 40_000))
    return winner, runner_up, third


def _majority_check(winner: int, runner_up: int, third: int, majority: int) -> str:
    text = BOX.format(
        seat="Tamworth",
        winner="Sarah Edwards",
        second="Andrew Cooper",
        third="Ian Cooper",
        w=winner,
        r=runner_up,
        t=third,
        m=majority,
    )
    # the consistency checker alone: the seat's real result would rightly call these made-up figures misread
    result = extract_text(text, reference=None)
    (check,) = [c for c in result.checks if c.id == "majority_arithmetic"]
    return check.status


@settings(max_examples=15, deadline=None)
@given(results_boxes())
def test_the_checker_passes_a_consistent_result(votes: tuple[int, int, int]) -> None:
    winner, runner_up, third = votes
    assert _majority_check(winner, runner_up, third, winner - runner_up) == "pass"


@settings(max_examples=15, deadline=None)
@given(results_boxes(), st.integers(1, 500), st.booleans())
def test_the_checker_fails_a_perturbed_majority(votes: tuple[int, int, int], delta: int, up: bool) -> None:
    winner, runner_up, third = votes
    majority = winner - runner_up + (delta if up else -delta)
    if majority <= 0:
        majority = winner - runner_up + delta
    # a round figure that is the true majority rounded ("8,730" for 8,731) is a reporter's rounding
    rounding = grade(Quantity(value=majority, unit="votes"), winner - runner_up).status == "rounded"
    assert _majority_check(winner, runner_up, third, majority) == ("rounded" if rounding else "fail")
