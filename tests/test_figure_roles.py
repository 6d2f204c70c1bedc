"""The figure-role rule table: every rule decides its own invented example, and figures that are no
result stay unread.

Each rule of :data:`electext.extract.linking.figure_roles.ROLE_RULES` carries an example sentence,
written for the table, with the figure it decides in [brackets]. The test reads that figure as the
linker does (its owner found, then the table tried in order) and checks that the rule itself decides
it: an earlier rule that fires first is an ordering bug, a later one a rule that does not say what it
claims. The negative corpus holds sentences about a named seat whose bracketed figure no rule may
read as a result, checked both at the table and through the whole pipeline."""

from __future__ import annotations

from functools import cache

import pytest
from electext import extract_text
from electext.extract.facts import mentions_in, split_sentences
from electext.extract.figures import Figure, find_figures
from electext.extract.linking.context import Context
from electext.extract.linking.figure_facts import FigureReading, read_figure
from electext.extract.linking.figure_roles import ROLE_RULES
from electext.extract.mentions import find_mentions
from electext.lexicon.resources import load_resources
from electext.nlp.annotate import load_pipeline, sentence_starts

from tests.conftest import tallies

pytestmark = pytest.mark.model


def _marked(example: str) -> tuple[str, int, int]:
    """The example's text without its brackets, and the bracketed figure's offsets in it."""
    start = example.index("[")
    end = example.index("]") - 1
    return example.replace("[", "").replace("]", ""), start, end


@cache
def _read(example: str) -> tuple[Figure, FigureReading]:
    text, start, end = _marked(example)
    doc = load_pipeline()(text)
    sentences = split_sentences(text, 0, len(text), sentence_starts(doc))
    mentions = find_mentions(doc, text, 0, load_resources())
    figure = next(f for f in find_figures(text) if f.start == start and f.end == end)
    sentence = next(s for s in sentences if s.start <= start < s.end)
    candidates = mentions_in(sentence, mentions.candidates)
    return figure, read_figure(text, sentence, figure, candidates, Context(), None)


def test_rule_names_are_unique_and_every_kind_ends_in_a_catch_all() -> None:
    names = [rule.name for rule in ROLE_RULES]
    assert len(names) == len(set(names))
    for kind in ("count", "percent", "points", "year"):
        last = [rule for rule in ROLE_RULES if kind in rule.kinds][-1]
        assert last.role is None and last.name.startswith("other_"), (kind, last.name)


@pytest.mark.parametrize("rule", ROLE_RULES, ids=[rule.name for rule in ROLE_RULES])
def test_each_rule_decides_its_own_example(rule: object) -> None:
    from electext.extract.linking.figure_roles import RoleRule

    assert isinstance(rule, RoleRule)
    figure, reading = _read(rule.example)
    assert figure.kind in rule.kinds
    assert (reading.rule, reading.role) == (rule.name, rule.role)


# Sentences about a seat whose bracketed figure is no result of it: each must stay unread.
NEGATIVE = (
    "In Hartleby the returning officer said [2,000] leaflets had gone out in the final week.",
    "The Dunmere constituency was first contested in [1983], on new boundaries.",
    "Across Britain the party won [3,500,000] votes, and it also held Dunmere.",
    "Labour's candidate in Hartleby, Priya Nair, [34], is a teacher.",
    "Polls before the Hartleby by-election put Reform on [31%] and Labour on 29%.",
    "Hartleby has [12] wards and a population of 98,000.",
    "Labour's Priya Nair won Hartleby, though her approval rating was on [38%] a year ago.",
    "The Hartleby winner, Priya Nair, has [45%] of the council's votes on planning.",
    "In Hartleby, Priya Nair had [200] helpers knocking on doors.",
    "Priya Nair had [12] years on the council before standing in Hartleby.",
)


@pytest.mark.parametrize("example", NEGATIVE)
def test_figures_that_are_no_result_stay_unread(example: str) -> None:
    text, start, end = _marked(example)
    _, reading = _read(example)
    assert reading.role is None, reading
    evidence = _evidence(extract_text(text).model_dump()["contests"])
    assert not any(s <= start and end <= e for s, e in evidence), evidence


def _evidence(node: object) -> list[tuple[int, int]]:
    """Every evidence span in a dumped record."""
    if isinstance(node, dict):
        own = [(node["start"], node["end"])] if {"start", "end", "text"} <= node.keys() else []
        return own + [span for value in node.values() for span in _evidence(value)]
    if isinstance(node, list):
        return [span for value in node for span in _evidence(value)]
    return []


def test_a_majority_cut_from_one_count_to_another_is_previous_then_new() -> None:
    """Rule ``majority_from_to``: "from" names the majority before, "to" the new one."""
    result = extract_text(
        "Labour's Ann Smith held Hexham. The Labour majority was cut from nearly 17,000 to 3,962.", reference=None
    )
    (hexham,) = result.contests
    assert hexham.majority is not None and hexham.majority.value == 3962
    assert hexham.previous_majority is not None and hexham.previous_majority.value == 17000


def test_counts_changing_from_one_to_another_without_a_majority_are_no_majority() -> None:
    """The negative: "fell from 40 to 35" about councillors is no majority at all."""
    result = extract_text(
        "Labour's Ann Smith held Hexham by 2,100 votes. The party's councillors fell from 40 to 35.", reference=None
    )
    (hexham,) = result.contests
    assert hexham.majority is not None and hexham.majority.value == 2100
    assert hexham.previous_majority is None


def test_more_votes_than_the_runner_up_is_the_winning_margin() -> None:
    """Rule ``margin_cue``: "winning 683 more votes than Reform's candidate" is the majority."""
    result = extract_text("Labour's Ann Smith held Hexham, winning 683 more votes than Reform's candidate Tom Reed.")
    (hexham,) = [c for c in result.contests if c.constituency.value == "Hexham"]
    assert hexham.majority is not None and hexham.majority.value == 683


def test_more_votes_than_a_rival_from_third_place_is_no_majority() -> None:
    """The negative: a margin of the candidate placed third ("came third, 120 more votes than …")."""
    result = extract_text(
        "The Greens' Jo Pym came third, 120 more votes than the Liberal Democrats, as Labour's Ann Smith held "
        "Hexham by 2,100 votes.",
        reference=None,
    )
    (hexham,) = [c for c in result.contests if c.constituency.value == "Hexham"]
    assert hexham.majority is not None and hexham.majority.value == 2100


def test_a_record_since_a_year_is_no_hold_but_a_seat_returned_since_is() -> None:
    """Rule ``record_since`` and its negative: "the biggest swing since 1997" dates a record; "returned
    a Conservative at every election since 1924" is the party's hold."""
    record = extract_text(
        "Labour's Ann Smith won Hexham by 2,100 votes, the party's biggest by-election swing since 1997.",
        reference=None,
    )
    assert record.contests[0].held_since is None
    hold = extract_text(
        "Labour's Ann Smith won Hexham by 2,100 votes. Hexham had returned a Conservative at every election since "
        "1924.",
        reference=None,
    )
    held = hold.contests[0].held_since
    assert held is not None and held.year is not None and held.year.value == 1924


@pytest.mark.parametrize(
    ("sentence", "turnout", "before"),
    [
        ("Turnout fell from 61.2% at the general election to 30.9%.", 30.9, 61.2),
        ("Turnout was down from 64 per cent to 46 per cent.", 46.0, 64.0),
        ("Hide AdTurnout for the by-election was 41 per cent.", 41.0, None),
        ("Turnout was modest in this by-election, at 31.8%, down on 2019.", 31.8, None),
    ],
)
def test_turnout_from_one_level_to_another_glued_or_at_a_distance(
    sentence: str, turnout: float, before: float | None
) -> None:
    """Rules ``turnout_from_to``, ``turnout_from`` and ``turnout_cue`` (a word glued to page furniture, a
    longer gap before the figure)."""
    (hexham,) = extract_text(f"Labour's Ann Smith held Hexham by 2,100 votes. {sentence}", reference=None).contests
    assert hexham.turnout is not None and hexham.turnout.value == turnout
    assert (hexham.previous_turnout.value if hexham.previous_turnout else None) == before


@pytest.mark.parametrize(
    "told",
    [
        "Turnout was 63.1 per cent, with a valid poll of 51,240.",  # a valid poll is votes cast, not a survey
        "Electorate 71,440 | Turnout 63.1% | Valid poll 47,184",
        "What was turnout like?\nHigh by local standards: 63.1%.",  # an answer's few words before it
        "What was the turnout?\nIt was 63.1%.",
    ],
)
def test_turnout_beside_the_valid_poll_and_in_an_answer(told: str) -> None:
    (hexham,) = extract_text(f"Labour's Ann Smith held Hexham by 2,100 votes.\n{told}", reference=None).contests
    assert hexham.turnout is not None and hexham.turnout.value == 63.1


def test_a_survey_and_an_answer_without_a_figure_give_no_turnout() -> None:
    for told in (
        "A poll last week had put turnout at 70%.",
        "What was turnout like?\nLow. Only 1,204 signed a petition.",
    ):
        (hexham,) = extract_text(f"Labour's Ann Smith held Hexham by 2,100 votes.\n{told}", reference=None).contests
        assert hexham.turnout is None


def test_a_share_from_one_level_to_another_is_no_turnout() -> None:
    """The negative: "Labour's share rose from 30% to 45%" says nothing of turnout."""
    (hexham,) = extract_text(
        "Labour's Ann Smith held Hexham by 2,100 votes. Labour's share rose from 30% to 45%.", reference=None
    ).contests
    assert hexham.turnout is None and hexham.previous_turnout is None


def test_a_share_of_a_counted_electorate_is_the_turnout() -> None:
    """Rule ``turnout_cue`` (``TURNOUT_AFTER``): "Turnout: 15,204 (22.12% of 68,730 electorate)"."""
    (hexham,) = extract_text(
        "Labour's Ann Smith won Hexham by 2,100 votes.\n\nTurnout: 15,204 (22.12% of 68,730 electorate)\n",
        reference=None,
    ).contests
    assert hexham.turnout is not None and hexham.turnout.value == 22.12


def test_a_swing_written_without_its_unit_is_read_in_points_and_a_whole_count_is_not() -> None:
    result = "Labour's Ann Cole won the Hartlepool by-election with 12,040 votes. "
    text = result + "The swing was 5.8 from Conservative to Labour."
    (contest,) = extract_text(text).contests
    assert contest.swing is not None and (contest.swing.value, contest.swing.unit) == (5.8, "points")
    assert contest.swing.to_party is not None and contest.swing.to_party.value == "Labour"
    before = result + "That amounts to a 5.8 swing from the Tories to Labour."
    (contest,) = extract_text(before).contests
    assert contest.swing is not None and (contest.swing.value, contest.swing.unit) == (5.8, "points")
    whole = result + "The swing of 2,000 voters decided it."
    (contest,) = extract_text(whole).contests
    assert contest.swing is None


def test_the_swing_achieved_is_the_results_and_the_swing_needed_alone_is_not() -> None:
    result = "Labour's Ann Cole won the Hartlepool by-election with 12,040 votes. "
    achieved = result + "The party needed a 19.6 per cent swing to take the seat, but achieved 22.3 per cent."
    (contest,) = extract_text(achieved).contests
    assert contest.swing is not None and contest.swing.value == 22.3
    needed = result + "The party needed a 19.6 per cent swing to take the seat."
    (contest,) = extract_text(needed).contests
    assert contest.swing is None


def test_turnout_as_the_share_voting_and_beside_mid_term_polls_is_read() -> None:
    result = "Labour's Ann Cole won the Hartlepool by-election with 12,040 votes. "
    voting = result + "Only 24 per cent of the electorate took part, with 24 per cent voting."
    (contest,) = extract_text(voting).contests
    assert contest.turnout is not None and contest.turnout.value == 24
    midterm = result + "Mid-term polls usually draw fewer voters, but the 31% turnout was the lowest since 2016."
    (contest,) = extract_text(midterm).contests
    assert contest.turnout is not None and contest.turnout.value == 31
    share = result + "She won with 41 per cent voting for her."
    (contest,) = extract_text(share).contests
    assert contest.turnout is None


def test_votes_gained_are_a_tally_unless_compared_with_an_earlier_count() -> None:
    result = "Independent Ann Cole won the Hartlepool by-election, and Labour's Tom Reid gained 71 votes."
    (contest,) = extract_text(result).contests
    assert tallies(contest) == {"Tom Reid": 71}
    change = "Labour's Ann Cole won the Hartlepool by-election with 9,000 votes. Reform gained 2,000 votes on 2019."
    (contest,) = extract_text(change).contests
    assert all(c.votes is None or c.votes.value != 2000 for c in contest.candidates)


def test_places_given_respectively_go_to_the_names_in_order() -> None:
    text = (
        "Ann Cole (Labour) was re-elected as the metro mayor of Greater Manchester with 473,024 votes.\n\n"
        "Tom Reid (Conservative), Ola Kemp (Green Party) and Sam Orr (Liberal Democrat) finished second, third and "
        "fourth respectively.\n"
    )
    (contest,) = [c for c in extract_text(text).contests if not c.mention_only]
    places = {c.name.value: c.position.value for c in contest.candidates if c.name and c.position}
    assert places == {"Ann Cole": 1, "Tom Reid": 2, "Ola Kemp": 3, "Sam Orr": 4}


def test_places_respectively_with_a_name_too_few_are_not_guessed() -> None:
    text = (
        "Ann Cole (Labour) was re-elected as the metro mayor of Greater Manchester with 473,024 votes.\n\n"
        "Tom Reid (Conservative) and the Greens came second, third and fourth respectively.\n"
    )
    (contest,) = [c for c in extract_text(text).contests if not c.mention_only]
    assert all(c.position is None or c.position.value == 1 for c in contest.candidates)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Labour has won every election in Hexham since the constituency was created in 1918.", 1918),
        ("The Tories won the seat back from the Lib Dems in 2003 and had held it ever since.", 2003),
        ("The Tories won the seat in 2003, lost it in 2005 and won it again in 2010.", None),  # not held since
    ],
)
def test_a_hold_dated_by_the_seats_creation_or_a_win_held_ever_since(sentence: str, year: int | None) -> None:
    result = extract_text("Labour's Ann Smith won Hexham by 2,100 votes. " + sentence, reference=None)
    held = result.contests[0].held_since
    assert (held.year.value if held is not None and held.year is not None else None) == year


def test_a_candidate_on_a_percentage_with_where_they_stood_between_is_their_share() -> None:
    """Rule ``owned_share`` with a bare "on": the candidate named just before it is what it measures."""
    text = "Ms Okafor took 14,020 votes in Hartleby. The Green Party's Tom Reid was close behind on 39.5%."
    _, reading = _read(text.replace("39.5%", "[39.5%]"))
    assert (reading.rule, reading.role) == ("owned_share", "share")


def test_polls_as_a_candidates_verb_is_a_tally_and_as_a_survey_is_not() -> None:
    headline = "Lib Dems take Tory-held Hartlepool as Ann Cole polls 12,040 votes."
    (contest,) = extract_text(headline).contests
    assert [c.votes.value for c in contest.candidates if c.votes] == [12040]
    survey = "Ann Cole leads in Hartlepool, where polls give her 12,040 supporters."
    assert all(not c.votes for contest in extract_text(survey).contests for c in contest.candidates)


def test_votes_over_a_rival_are_a_margin_and_over_a_period_are_not() -> None:
    over_rival = "Ann Cole won the Hartlepool by-election, finishing 2,905 votes over Labour."
    (contest,) = extract_text(over_rival).contests
    assert contest.majority is not None and contest.majority.value == 2905
    assert all(not c.votes for c in contest.candidates)
    over_time = (
        "Ann Cole won the Hartlepool by-election with 12,040 votes. Her vote rose by 905 votes over the last decade."
    )
    (contest,) = extract_text(over_time).contests
    assert contest.majority is None


@pytest.mark.parametrize(
    "told",
    [
        "Turnout across the city was 63.8 per cent.",
        "Overall turnout in Scotland was 63.8%.",
        "National turnout was 63.8%, the highest since 1999.",
    ],
)
def test_a_turnout_wider_than_the_seat_is_not_its_own(told: str) -> None:
    (seat,) = extract_text(f"Ann Cole held Edinburgh Central for the SNP with 12,040 votes. {told}").contests
    assert seat.turnout is None


@pytest.mark.parametrize(
    "text",
    [
        "Ann Cole was elected Mayor of the West Midlands with 225,590 votes. Turnout across the region was 63.8%.",
        "Ann Cole held Edinburgh Central for the SNP with 12,040 votes, on a 63.8% turnout across the constituency.",
    ],
)
def test_an_areas_turnout_is_its_mayoralty_s_and_a_constituency_s_its_own(text: str) -> None:
    (contest,) = extract_text(text).contests
    assert contest.turnout is not None and contest.turnout.value == 63.8


def test_a_results_boxs_overall_turnout_is_the_contests() -> None:
    text = "KELVIN WARD\nLab 1,204 (41.2%)\nSNP 987 (33.8%)\nOverall turnout 25.3% (-17.3)"
    (contest,) = extract_text(text).contests
    assert contest.turnout is not None and contest.turnout.value == 25.3
