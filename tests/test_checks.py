"""Checks: consistent results pass, perturbed ones fail, missing data is unverifiable."""

from __future__ import annotations

import math

from electext.checks.arithmetic import majority_arithmetic, place_order, winner_most_votes
from electext.checks.consistency import CHECKS
from electext.checks.grading import round_count_units
from electext.checks.repeats import repeated_figure
from electext.checks.shares import share_sum
from electext.core.records import Candidate, Contest, Evidence, Label, Person, Quantity
from electext.extract.assemble import Draft, StatementKey
from electext.extract.figures import bounds
from hypothesis import given
from hypothesis import strategies as st

EVIDENCE = [Evidence(start=0, end=1, text="x")]


def _votes(value: float, qualifier: str = "exact") -> Quantity:
    lower, upper = bounds(value, qualifier)  # type: ignore[arg-type]
    return Quantity(value=value, unit="votes", qualifier=qualifier, lower=lower, upper=upper, evidence=EVIDENCE)  # type: ignore[arg-type]


def _place(value: int) -> Quantity:
    return Quantity(value=value, unit="place", lower=value, upper=value, evidence=EVIDENCE)


def _contest(votes: list[int], majority: float | None, places: list[int] | None = None) -> Draft:
    places = places or list(range(1, len(votes) + 1))
    candidates = [
        Candidate(name=Label(value=f"Candidate {i}"), votes=_votes(v), position=_place(p))
        for i, (v, p) in enumerate(zip(votes, places, strict=True))
    ]
    contest = Contest(
        constituency=Label(value="Seat"),
        election=Label(value="by-election"),
        candidates=candidates,
        majority=_votes(majority) if majority is not None else None,
    )
    return Draft(contest=contest, statements={})


votes_lists = st.lists(st.integers(min_value=0, max_value=60_000), min_size=2, max_size=8, unique=True).map(
    lambda values: sorted(values, reverse=True)
)


@given(votes_lists)
def test_consistent_results_pass_every_check(votes: list[int]) -> None:
    draft = _contest(votes, votes[0] - votes[1])
    assert {check(draft).status for check in CHECKS} <= {"pass", "unverifiable"}


@given(votes_lists, st.integers(min_value=1, max_value=5_000))
def test_a_wrong_majority_fails(votes: list[int], error: int) -> None:
    right, wrong = votes[0] - votes[1], votes[0] - votes[1] + error
    draft = _contest(votes, wrong)
    rounding = any(abs(math.floor(right / unit + 0.5) * unit - wrong) < 1e-9 for unit in round_count_units(wrong))
    if rounding and right and (wrong - right) / right <= 0.1:
        # a round figure that is the right one rounded ("8,700" for 8,650) is a rounding, not an error
        assert majority_arithmetic(draft).status == "rounded"
    else:
        assert majority_arithmetic(draft).status == "fail"


@given(votes_lists)
def test_swapped_places_fail(votes: list[int]) -> None:
    places = list(range(1, len(votes) + 1))
    places[0], places[1] = 2, 1
    assert place_order(_contest(votes, None, places)).status == "fail"


def test_winner_with_fewer_votes_fails() -> None:
    assert winner_most_votes(_contest([100, 200], None, [1, 2])).status == "fail"


def test_hedged_majority_holds_as_a_bound() -> None:
    draft = _contest([21_000, 1_000], None)
    contest = draft.contest.model_copy(update={"majority": _votes(19_600, "more_than")})
    assert majority_arithmetic(Draft(contest=contest)).status == "pass"
    contest = draft.contest.model_copy(update={"majority": _votes(25_000, "more_than")})
    assert majority_arithmetic(Draft(contest=contest)).status == "fail"


def test_repeated_figure_with_bounds() -> None:
    draft = _contest([2, 1], None)
    agree = Draft(
        contest=draft.contest,
        statements={StatementKey("previous_majority"): [_votes(19_600, "more_than"), _votes(19_634)]},
    )
    clash = Draft(contest=draft.contest, statements={StatementKey("majority"): [_votes(4_921), _votes(4_925)]})
    assert repeated_figure(agree).status == "pass"
    assert repeated_figure(clash).status == "fail"


def test_a_misprint_is_not_hidden_by_two_figures_read_as_one_before_it() -> None:
    draft = _contest([2, 1], None)
    share = [
        Quantity(value=v, unit="percent", lower=v, upper=v, evidence=[Evidence(start=i, end=i + 1, text=t)])
        for i, (v, t) in enumerate(((7.5, "7.5%"), (2.0, "2.0%")))
    ]
    votes = [
        Quantity(value=v, unit="votes", lower=v, upper=v, evidence=[Evidence(start=10 + i, end=13 + i, text=t)])
        for i, (v, t) in enumerate(((678, "678"), (676, "676")))
    ]
    both = Draft(
        contest=draft.contest,
        statements={StatementKey("share", "Green"): share, StatementKey("votes", "Liberal Democrats"): votes},
    )
    check = repeated_figure(both)
    assert check.status == "fail" and "Liberal Democrats" in check.message
    misread_only = Draft(contest=draft.contest, statements={StatementKey("share", "Green"): share})
    assert repeated_figure(misread_only).status == "check_extraction"


def test_shares_over_100_fail() -> None:
    draft = _contest([3, 2, 1], None)
    shares = [Quantity(value=v, unit="percent", lower=v, upper=v, evidence=EVIDENCE) for v in (60.0, 30.0, 20.0)]
    contest = draft.contest.model_copy(
        update={
            "candidates": [
                c.model_copy(update={"share": s}) for c, s in zip(draft.contest.candidates, shares, strict=True)
            ]
        }
    )
    assert share_sum(Draft(contest=contest)).status == "fail"


def test_missing_data_is_unverifiable_never_an_error() -> None:
    empty = Draft(contest=Contest(constituency=Label(value="Seat"), election=Label(value="by-election")))
    assert {check(empty).status for check in CHECKS} == {"unverifiable"}


def test_derived_winner_votes_do_not_confirm_the_majority() -> None:
    draft = _contest([13_872, 12_680], 1_192)
    derived = draft.contest.candidates[0].votes.model_copy(update={"derived": "runner-up + majority"})  # type: ignore[union-attr]
    candidates = [draft.contest.candidates[0].model_copy(update={"votes": derived}), draft.contest.candidates[1]]
    assert (
        majority_arithmetic(Draft(contest=draft.contest.model_copy(update={"candidates": candidates}))).status
        == "unverifiable"
    )


def test_misplaced_thousands_separator_is_flagged() -> None:
    from electext.checks.consistency import number_format
    from electext.core.records import Evidence

    text = "Mark Jenkinson (Con) 2,0488, 49.3%. Sue Hayman (Lab) 16,312, 39.2%. Majority 4,176."
    checks = number_format(text, lambda start, end: Evidence(start=start, end=end, text=text[start:end]))
    assert [(c.status, c.reported) for c in checks] == [("fail", "2,0488")]


def _unplaced_runner_up(majority: float) -> Draft:
    """Winner placed first, third placed third, the runner-up's place not stated."""
    winner = Candidate(name=Label(value="Winner"), votes=_votes(16867), position=_place(1))
    runner = Candidate(name=Label(value="Runner"), votes=_votes(13947))
    third = Candidate(name=Label(value="Third"), votes=_votes(6713), position=_place(3))
    fourth = Candidate(name=Label(value="Fourth"), votes=_votes(1692))
    contest = Contest(
        constituency=Label(value="Seat"),
        election=Label(value="by-election"),
        candidates=[winner, runner, third, fourth],
        majority=_votes(majority),
    )
    return Draft(contest=contest, statements={})


def test_the_runner_up_is_implied_by_beating_the_third_placed() -> None:
    assert majority_arithmetic(_unplaced_runner_up(2920)).status == "pass"
    wrong = majority_arithmetic(_unplaced_runner_up(2290))
    assert wrong.status == "fail" and wrong.expected == 2920


def test_forenames_two_keys_apart_are_one_person_but_other_names_are_not() -> None:
    """A forename with two neighbouring letters swapped ("Joseph", the record's "Joesph") is no alarm: the
    slip is as often the record's as the reporter's. A different name still is."""
    from electext.checks.names import forenames_agree

    assert forenames_agree(["Joseph"], "Joesph")
    assert not forenames_agree(["Joseph"], "Josiah")
    assert not forenames_agree(["David"], "Peter")


def test_no_description_is_no_party_a_short_form_resolves_to() -> None:
    """ "(ND)" on a results line is a candidate without a party description, not a party called that."""
    from electext.lexicon.resources import load_resources

    assert "nd" not in load_resources().party_by_short_form
    assert "no description" not in load_resources().party_by_short_form


def _named_winner(majority: float, winner_votes: int = 16318, runner_at: int = 40, third_place: int = 3) -> Draft:
    """The winner named, a results list's order giving no places, the third-placed candidate's place stated
    (``third_place``: 4 states a wrong one, leaving no third), and the runner-up's tally printed
    ``runner_at`` characters after the winner's ("won 16,318 votes to the 14,975 of …")."""
    winner_tally = Quantity(
        value=winner_votes, unit="votes", qualifier="exact", lower=winner_votes, upper=winner_votes, evidence=EVIDENCE
    )
    runner_tally = Quantity(
        value=14975,
        unit="votes",
        qualifier="exact",
        lower=14975,
        upper=14975,
        evidence=[Evidence(start=runner_at, end=runner_at + 6, text="14,975")],
    )
    contest = Contest(
        constituency=Label(value="Seat"),
        election=Label(value="by-election"),
        candidates=[
            Candidate(name=Label(value="Craig Hollins"), votes=winner_tally),
            Candidate(name=Label(value="Amelia Sturrock"), votes=runner_tally),
            Candidate(name=Label(value="Owen Tranter"), votes=_votes(6410), position=_place(third_place)),
        ],
        winner=Person(name=Label(value="Craig Hollins")),
        majority=_votes(majority),
    )
    return Draft(contest=contest, statements={})


def test_a_named_winner_checks_the_majority_where_the_list_order_places_no_one() -> None:
    """The runner-up beats the one stated third, or (no one stated third) has the tally printed beside theirs."""
    for third_place in (3, 4):
        assert majority_arithmetic(_named_winner(1343, third_place=third_place)).status == "pass"
        wrong = majority_arithmetic(_named_winner(1433, third_place=third_place))
        assert wrong.status == "fail" and wrong.expected == 1343


def test_a_named_winner_without_the_most_votes_or_a_tally_far_from_theirs_checks_nothing() -> None:
    assert majority_arithmetic(_named_winner(1433, winner_votes=14000)).status == "unverifiable"
    assert majority_arithmetic(_named_winner(1433, runner_at=400, third_place=4)).status == "unverifiable"


def test_one_person_placed_first_and_second_is_no_winner_and_runner_up() -> None:
    twice = Candidate(name=Label(value="Leanne Wood"), votes=_votes(10098), position=_place(2))
    contest = Contest(
        constituency=Label(value="Seat"),
        election=Label(value="by-election"),
        candidates=[Candidate(name=Label(value="Leanne Wood"), votes=_votes(10098), position=_place(1)), twice],
        majority=_votes(3459),
    )
    assert majority_arithmetic(Draft(contest=contest, statements={})).status == "unverifiable"


def test_a_candidate_placed_second_whom_two_others_outpoll_fails_the_place_order() -> None:
    """ "The Greens' Maya Osei came second with 8,114" beside a winner's 14,880 and Reform's unplaced 8,402;
    a tally read twice (the winner's, also as a hospital "Kelby General") counts once."""
    second = Candidate(name=Label(value="Maya Osei"), votes=_votes(8114), position=_place(2))
    contest = Contest(
        constituency=Label(value="Seat"),
        election=Label(value="by-election"),
        candidates=[
            Candidate(name=Label(value="Sarah Quennell"), votes=_votes(14880), position=_place(1)),
            Candidate(name=Label(value="Lee Hadfield"), votes=_votes(8402)),
            second,
            Candidate(name=Label(value="Kelby General"), votes=_votes(14880)),
        ],
    )
    check = place_order(Draft(contest=contest, statements={}))
    assert check.status == "fail"
    assert "2 candidates have more" in check.message
    fine = contest.model_copy(update={"candidates": [*contest.candidates[:1], second, contest.candidates[3]]})
    assert place_order(Draft(contest=fine, statements={})).status == "pass"
