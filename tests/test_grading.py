"""Grading one reported figure against one official value: pass, rounded, imprecise or fail.

The figures are invented; what each row pins down is how a newsroom rounds and hedges, and so which
gaps are a reporter's error (``fail``, the only alarm) and which are rounding or a loose hedge.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from electext.checks.grading import RULES_FILE, best, grade, load_rules, round_count_units, rules
from electext.core.errors import DataFileError
from electext.core.records import Evidence, Qualifier, Quantity, Unit
from electext.extract.figures import bounds, find_figures


def printed(text: str, value: float, unit: Unit = "votes", qualifier: Qualifier = "exact") -> Quantity:
    """A figure as printed: ``text`` is the evidence (printed decimals are read from it)."""
    lower, upper = bounds(value, qualifier)
    return Quantity(
        value=value,
        unit=unit,
        qualifier=qualifier,
        lower=lower,
        upper=upper,
        evidence=[Evidence(start=0, end=len(text), text=text)],
    )


def read(phrase: str) -> Quantity:
    """The one figure in ``phrase`` as the figure stage reads it, hedge and all, as a count of votes."""
    (figure,) = find_figures(phrase)
    return Quantity(
        value=figure.value,
        unit="votes",
        qualifier=figure.qualifier,
        lower=figure.lower,
        upper=figure.upper,
        evidence=[Evidence(start=figure.start, end=figure.end, text=figure.text)],
    )


# --- the worked examples ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, unit, qualifier, official, status",
    [
        # a majority rounded to the nearest thousand (1.4% off) is the reporter's rounding
        ("14,000", 14000, "votes", "exact", 13812, "rounded"),
        # 3,720 rounds to 4,000, not 3,000, and is 19% away: a wrong figure
        ("3,000", 3000, "votes", "exact", 3720, "fail"),
        # "almost" is on the right side, but 9% below is loose, not wrong
        ("almost 17,000", 17000, "votes", "nearly", 15420, "imprecise"),
        # "more than" is a bound: 11,437 is not more than 11,500
        ("more than 11,500", 11500, "votes", "more_than", 11437, "fail"),
        # a whole percentage cut from 62.7 (the newsroom habit of truncating) is rounding
        ("62%", 62, "percent", "exact", 62.7, "rounded"),
        # one decimal printed, and it is the wrong one: 62.7 is neither 62.1 rounded nor cut
        ("62.1%", 62.1, "percent", "exact", 62.7, "fail"),
        # a swing printed to the nearest point
        ("15-point", 15, "points", "exact", 14.6, "rounded"),
        # a round figure more than 10% off (24%) is not rounding
        ("1,000", 1000, "votes", "exact", 1316, "fail"),
        # 323 to the nearest hundred, 7% off: within the 10% a round count may be
        ("300", 300, "votes", "exact", 323, "rounded"),
        # 24,239 to the nearest half unit (5,000) at 25,000's last non-zero digit, 3% off
        ("25,000", 25000, "votes", "exact", 24239, "rounded"),
        # "nearly" 4% below: what nearly means
        ("nearly 8,000", 8000, "votes", "nearly", 7690, "pass"),
        # "more than" and close above: what more than means
        ("more than 19,600", 19600, "votes", "more_than", 19634, "pass"),
        # "more than" and true, but 96% below the real figure: loose, never wrong
        ("more than 10,000", 10000, "votes", "more_than", 19634, "imprecise"),
        # "about" 7% off is more than "about" covers (5%), but 300 is 323 rounded
        ("about 300", 300, "votes", "about", 323, "rounded"),
        # "around" 500 for 900 is 80% off: no hedge covers that
        ("around 500", 500, "votes", "about", 900, "fail"),
        # "nearly" overshot by under 1%: 20,150 rounded to 20,000 and then hedged
        ("nearly 20,000", 20000, "votes", "nearly", 20150, "rounded"),
        # an exact count four votes out: an error (a typo, as the official-results check says)
        ("4,921", 4921, "votes", "exact", 4925, "fail"),
        # an exact count equal to the official one
        ("4,925", 4925, "votes", "exact", 4925, "pass"),
        # one decimal printed, agreeing at one decimal place
        ("47.9%", 47.9, "percent", "exact", 47.94, "pass"),
        # 0.06 from 47.94: outside the 0.05-point band of agreement at one decimal (47.94 is 47.9 there),
        # so it is 47.94 rounded to a whole percentage; verdicts.json's _exact_band note calls it a pass
        ("48%", 48, "percent", "exact", 47.94, "rounded"),
    ],
)
def test_the_worked_examples_grade_as_a_fact_checker_would(
    text: str, value: float, unit: Unit, qualifier: Qualifier, official: float, status: str
) -> None:
    assert grade(printed(text, value, unit, qualifier), official).status == status


@pytest.mark.parametrize(
    "text, value, unit, qualifier, official, gap",
    [
        # agreement leaves no gap to name
        ("4,925", 4925, "votes", "exact", 4925, None),
        # a rounding is named as such
        ("14,000", 14000, "votes", "exact", 13812, "rounding"),
        # a loose hedge is named as the hedge
        ("almost 17,000", 17000, "votes", "nearly", 15420, "hedge"),
        # a wrong exact figure is a plain mismatch (the official-results check then looks for a typo)
        ("4,921", 4921, "votes", "exact", 4925, "mismatch"),
        # a hedge on the wrong side fails as a hedge
        ("more than 11,500", 11500, "votes", "more_than", 11437, "hedge"),
    ],
)
def test_every_grade_names_the_kind_of_gap(
    text: str, value: float, unit: Unit, qualifier: Qualifier, official: float, gap: str | None
) -> None:
    assert grade(printed(text, value, unit, qualifier), official).gap == gap


def test_a_rounding_says_what_it_was_rounded_to() -> None:
    assert grade(printed("14,000", 14000), 13812).note == "13,812 rounded to the nearest 1,000"
    assert grade(printed("62%", 62, "percent"), 62.7).note == "62.7% cut to 0 decimal places"


def test_printed_decimals_come_from_the_evidence_not_the_value() -> None:
    # "47.0%" printed to one decimal is held to one decimal; the value alone (47.0) would look whole
    assert grade(printed("47.0%", 47.0, "percent"), 47.4).status == "fail"
    assert grade(printed("47%", 47.0, "percent"), 47.4).status == "rounded"


def test_a_tolerance_widens_the_pass_band_of_a_percentage() -> None:
    # a swing computed from rounded shares: 20.5 for 20.62 is within the 0.1 points the caller allows
    swing = printed("20.5 points", 20.5, "points")
    assert (grade(swing, 20.62).status, grade(swing, 20.62, tolerance=0.1).status) == ("fail", "pass")


# --- hedge words ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, qualifier, official, status",
    [
        # 4,925 is 1.5% short of 5,000: what every "nearly" word means
        ("a majority of near 5,000", "nearly", 4925, "pass"),
        ("a majority of nearly 5,000", "nearly", 4925, "pass"),
        ("a majority of almost 5,000", "nearly", 4925, "pass"),
        ("a majority of just under 5,000", "nearly", 4925, "pass"),
        ("a majority of just shy of 5,000", "nearly", 4925, "pass"),
        # 1.5% either way is what every "about" word means
        ("a majority of around 5,000", "about", 4925, "pass"),
        ("a majority of about 5,000", "about", 4925, "pass"),
        ("a majority of some 5,000", "about", 4925, "pass"),
        ("a majority of roughly 5,000", "about", 4925, "pass"),
        # 4,925 is 0.5% above 4,900: just over it
        ("a majority of just over 4,900", "just_over", 4925, "pass"),
        # 4,925 is not more than 5,000, however it is worded
        ("a majority of more than 5,000", "more_than", 4925, "fail"),
        ("a majority of over 5,000", "more_than", 4925, "fail"),
        # "just under" 5,000 cannot be 5,120: "nearly" may overshoot by 1%, not 2.4%
        ("a majority of just under 5,000", "nearly", 5120, "fail"),
        # "some" is "about": 5% either way passes; 16% off (and no rounding of 5,800) is loose, not wrong
        ("a majority of some 5,000", "about", 5800, "imprecise"),
    ],
)
def test_every_hedge_word_reads_as_its_qualifier_and_grades_by_it(
    phrase: str, qualifier: Qualifier, official: float, status: str
) -> None:
    reported = read(phrase)
    assert reported.qualifier == qualifier
    assert grade(reported, official).status == status


# --- round counts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, units",
    [
        (25000, [1000, 5000]),  # a thousand, or the nearest five thousand
        (1200, [100]),  # the nearest hundred only: 1,200 is not a multiple of 500
        (323, []),  # not a round count at all
        (0, []),  # nothing to round
    ],
)
def test_a_round_count_stands_for_its_rounding_units(value: float, units: list[float]) -> None:
    assert round_count_units(value) == units


# --- best of several definitions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, officials, chosen, status",
    [
        # fails on valid votes (42.06%), passes with rejected ballots (42.17%): the passing one is chosen
        ("42.2%", 42.2, [("valid votes", 42.06), ("with rejected", 42.17)], "with rejected", "pass"),
        # both pass; the closer one (0.02 points off, not 0.04) is the one the message should name
        ("47.9%", 47.9, [("of valid votes", 47.94), ("of all ballots", 47.88)], "of all ballots", "pass"),
        # a better grade beats a closer value: 62.7 cut is rounding, 61.4 (nearer) is no reading of 62
        ("62%", 62, [("this year", 61.4), ("cut", 62.7)], "cut", "rounded"),
        # an exact tie goes to the definition listed first, the primary one
        ("42.1%", 42.1, [("primary", 42.06), ("secondary", 42.06)], "primary", "pass"),
    ],
)
def test_best_picks_the_definition_that_suits_the_figure(
    text: str, value: float, officials: list[tuple[str, float]], chosen: str, status: str
) -> None:
    name, official, graded = best(printed(text, value, "percent"), officials)
    assert (name, official, graded.status) == (chosen, dict(officials)[chosen], status)


def test_best_needs_an_official_value() -> None:
    with pytest.raises(ValueError, match="no official value"):
        best(printed("4,925", 4925), [])


# --- the rules file -------------------------------------------------------------------------------------


def test_the_shipped_rules_load() -> None:
    assert load_rules(RULES_FILE) == rules()


def _set(path: tuple[str, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return change


def _drop(path: tuple[str, ...]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        for key in path[:-1]:
            data = data[key]
        del data[path[-1]]

    return change


@pytest.mark.parametrize(
    "change, where, key",
    [
        # a negative threshold would make every round count fail
        (_set(("round_counts", "max_relative_gap"), -0.1), "round_counts", "'max_relative_gap'"),
        # a hedge without a side cannot say where the true value lies
        (_drop(("hedges", "nearly", "side")), "hedges.nearly", "'side'"),
        # a side that is none of below, above, either
        (_set(("hedges", "about", "side"), "sideways"), "hedges.about", "'side'"),
        # a threshold that is not a number
        (_set(("hedges", "just_over", "close"), "five per cent"), "hedges.just_over", "'close'"),
        # a cue list with an empty phrase would match everywhere
        (_set(("context_cues", "caption"), ["photo:", " "]), "context_cues", "'caption'"),
    ],
)
def test_a_bad_rules_file_names_the_file_and_the_key(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], where: str, key: str
) -> None:
    data = json.loads((RULES_FILE).read_text(encoding="utf-8"))
    change(data)
    broken = tmp_path / "verdicts.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        load_rules(broken)
    assert str(broken) in str(raised.value)
    assert where in str(raised.value) and key in str(raised.value)


def test_a_share_rounded_twice_is_a_rounding_not_an_error() -> None:
    def share(printed: str) -> Quantity:
        value = float(printed.rstrip("%"))
        evidence = [Evidence(start=0, end=len(printed), text=printed)]
        return Quantity(value=value, unit="percent", lower=value, upper=value, evidence=evidence)

    assert grade(share("1.3%"), 1.2464).status == "rounded"  # 1.2464 -> 1.25 -> 1.3
    assert grade(share("1.4%"), 1.2464).status == "fail"  # no rounding gives 1.4
    assert grade(share("48.0%"), 47.94).status == "fail"  # 47.94 rounds to 47.9 only
