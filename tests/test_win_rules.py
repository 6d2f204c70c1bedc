"""The win-verb rejection rules: each names one reason a win verb reports no win of this contest, and
decides its own invented example; verbs that do report this contest's win pass every rule.

The rules read text only (no model), so each example is read as one sentence."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.extract.facts import Sentence
from electext.extract.linking.win_rules import WIN_REJECTIONS, WinRule, WinSite, not_this_win
from electext.lexicon import patterns

from tests.conftest import reported


def _site(example: str) -> WinSite:
    """The example without its brackets, read as one sentence, at the bracketed win verb."""
    start = example.index("[")
    text = example.replace("[", "").replace("]", "")
    match = patterns.WIN_VERB.search(text, start)
    assert match is not None and match.start() == start, example
    return WinSite(text, Sentence(0, len(text), 0), match)


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in WIN_REJECTIONS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", WIN_REJECTIONS, ids=[rule.name for rule in WIN_REJECTIONS])
def test_each_rule_rejects_its_own_example(rule: WinRule) -> None:
    assert not_this_win(_site(rule.example)) == rule.name


# This contest's wins, in the ways reporters state them: no rule may reject them.
THIS_WIN = (
    "Labour's Ruth Ellis [won] the Ashcombe by-election with a majority of 2,918.",
    "The Greens [took] Ashcombe from Labour on Thursday.",
    "Reform UK [claimed] the seat from the Conservatives.",
    "If anything, Labour [held] Ashcombe more comfortably than expected.",
    "Ashcombe was [won] by the Liberal Democrats' Freya Moss.",
    "Reform [gained] the seat with a swing of 14 points.",
    "Plaid Cymru [held] Arfon comfortably.",
)


@pytest.mark.parametrize("example", THIS_WIN)
def test_a_win_of_this_contest_passes_every_rule(example: str) -> None:
    assert not_this_win(_site(example)) is None


def test_the_towns_a_seat_takes_in_are_neither_won_nor_seats() -> None:
    text = (
        "Gareth Ellis won the north Wales constituency of Clwyd North, which takes in Rhyl and Prestatyn, by 366 votes."
    )
    contest = reported(text)
    assert contest.constituency.value == "Clwyd North"
    assert contest.majority is not None and contest.majority.value == 366


def test_a_victory_for_a_described_name_and_a_second_win_after_a_first_seat() -> None:
    text = (
        "Holyrood results.\n\nAgainst that came a Labour win in Edinburgh Southern - plus a Lib Dem victory "
        "for youth worker Ann Vale-Hughes in Edinburgh Western."
    )
    winners = {
        c.constituency.value: (c.winner.name.value if c.winner and c.winner.name else None)
        for c in extract_text(text).contests
    }
    # the second seat is the victory's, not Labour's win's; and "charity worker" is no name
    assert winners["Edinburgh Western"] == "Ann Vale-Hughes"


@pytest.mark.parametrize(
    ("example", "rule"),
    [
        ("The Conservatives, who [held] the seat for most of the last 50 years, were third.", "tenure"),
        ("Labour, which has [held] Ashcombe for over a century, came second.", "tenure"),
        ("The organiser [claimed] the result showed the party was on the rise.", "claim_of_a_clause"),
        ("The Greens [claimed] that it was their best night.", "claim_of_a_clause"),
    ],
)
def test_longer_tenures_and_claims_of_a_clause_are_no_wins(example: str, rule: str) -> None:
    assert not_this_win(_site(example)) == rule
