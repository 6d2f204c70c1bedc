"""The official-results rules on invented reports of invented elections: which disagreements are alarms.

Every article here is made up, about the invented Kettering elections of ``tests/invented_reference.py``:
the by-election of 6 March 2031 (Alisha Brandt, Labour, 14,365; Nell Harrow, Conservative, 11,141;
Rufus Sprocket, Reform UK, 4,302; Peter Quarrie, Liberal Democrat, 1,877; William Ellery, Green, 912;
majority 3,224; 32,597 valid votes and 88 rejected of an electorate of 77,500) and the general
election of 3 May 2029 it is measured against (Conservative majority 3,360; Tobias Wren's Labour
share 37.9%; turnout 61.3%). A check is only an alarm (``fail``) when a fact-checker would call the
figure the reporter's error; a disagreement our reading more likely explains is ``check_extraction``.
"""

from __future__ import annotations

from typing import Any

import pytest
from electext.checks.refcheck import check_against_reference
from electext.core.records import (
    Candidate,
    Check,
    Contest,
    Evidence,
    Label,
    Person,
    PreviousMajority,
    Quantity,
    Reading,
    Unit,
)
from electext.extract.figures import find_figures
from electext.lexicon.resources import load_resources
from electext.reference.refdb import Reference, open_reference

from tests.invented_reference import BY_ELECTION_DATE, PUBLISHED, SEAT, build_invented_reference

BY_ELECTION = f"{SEAT} by-election of {BY_ELECTION_DATE}"
LIST_ORDER = "order of the results list"


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    return open_reference(build_invented_reference(tmp_path_factory.mktemp("verdict_rules")))


def span(text: str, phrase: str, after: str = "") -> Evidence:
    """Where ``phrase`` stands in the article (its first occurrence after ``after``)."""
    start = text.index(phrase, text.index(after) if after else 0)
    return Evidence(start=start, end=start + len(phrase), text=phrase)


def label(text: str, value: str, phrase: str | None = None, after: str = "", **extra: Any) -> Label:
    """A label read from the article: ``value`` as electext reports it, ``phrase`` the words it was read from."""
    return Label(value=value, evidence=[span(text, phrase or value, after)], **extra)


def stated(
    text: str, phrase: str, unit: Unit | None = None, reading: Reading = "direct", derived: str | None = None
) -> dict[str, Any]:
    """The figure ``phrase`` of the article as the figure stage reads it (value, hedge, bounds, evidence)."""
    where = span(text, phrase)
    (figure, *_) = find_figures(text, where.start, where.end)
    kind = {"percent": "percent", "points": "points"}.get(figure.kind, "votes")
    return {
        "value": figure.value,
        "unit": unit or kind,
        "qualifier": figure.qualifier,
        "lower": figure.lower,
        "upper": figure.upper,
        "evidence": [Evidence(start=figure.start, end=figure.end, text=figure.text)],
        "reading": reading,
        "derived": derived,
    }


def figure(text: str, phrase: str, **options: Any) -> Quantity:
    return Quantity(**stated(text, phrase, **options))


def listed(text: str, line: str, place: int) -> Quantity:
    """A place derived from where ``line`` stands in a results list, not stated."""
    return Quantity(
        value=place, unit="place", lower=place, upper=place, evidence=[span(text, line)], derived=LIST_ORDER
    )


def by_election(**fields: Any) -> Contest:
    return Contest(constituency=Label(value=SEAT), election=Label(value="by-election"), **fields)


def checked(reference: Reference, text: str, found: Contest, check_id: str) -> list[Check]:
    matches, results = check_against_reference([found], reference, PUBLISHED, load_resources(), text)
    assert (matches[0].status, matches[0].date, matches[0].doubt) == ("matched", BY_ELECTION_DATE, None)
    return [check for check in results if check.id == check_id]


def one(reference: Reference, text: str, found: Contest, check_id: str) -> Check:
    (check,) = checked(reference, text, found, check_id)
    return check


def candidate(text: str, name: str, party: str | None = None, **fields: Any) -> Candidate:
    return Candidate(
        name=label(text, name),
        party=None if party is None else label(text, party),
        **fields,
    )


# --- typos --------------------------------------------------------------------------------------


def test_a_transposed_majority_fails_and_names_the_correction(reference: Reference) -> None:
    text = "Alisha Brandt took the seat for Labour with a majority of 3,242 after a long count."
    check = one(reference, text, by_election(majority=figure(text, "3,242")), "official_majority")
    assert (check.status, check.gap, check.suggestion) == ("fail", "typo", "3,224")
    assert (check.reported, check.expected, check.difference) == (3242, 3224, 18)
    assert check.against == BY_ELECTION and "digits transposed?" in check.message


def test_a_transposed_vote_count_fails_and_names_the_correction(reference: Reference) -> None:
    text = "Alisha Brandt polled 14,356 votes, comfortably ahead of the field."
    found = by_election(candidates=[candidate(text, "Alisha Brandt", votes=figure(text, "14,356"))])
    check = one(reference, text, found, "official_votes")
    assert (check.status, check.gap, check.suggestion) == ("fail", "typo", "14,365")
    assert "digits transposed?" in check.message


# --- another figure, another election -------------------------------------------------------------


def test_a_tally_that_is_another_candidates_is_our_misreading_and_says_whose(reference: Reference) -> None:
    text = "Nell Harrow trailed in second as the winner piled up 14,365 votes."
    found = by_election(candidates=[candidate(text, "Nell Harrow", votes=figure(text, "14,365"))])
    check = one(reference, text, found, "official_votes")
    assert (check.status, check.gap) == ("check_extraction", "other_figure")
    assert check.suggestion == "read as the official votes of Alisha Brandt (Labour)"
    assert "14,365 is the official votes of Alisha Brandt (Labour)" in check.message


def test_a_majority_that_is_a_candidates_tally_is_our_misreading_and_says_whose(reference: Reference) -> None:
    text = "The Conservatives, on 11,141 votes, saw their majority vanish."
    check = one(reference, text, by_election(majority=figure(text, "11,141")), "official_majority")
    assert (check.status, check.gap) == ("check_extraction", "other_figure")
    assert "11,141 is the official votes of Nell Harrow" in check.message


def test_a_share_that_is_the_partys_share_at_the_general_election_is_our_misreading(reference: Reference) -> None:
    text = "Labour's share, 37.9% when Tobias Wren stood two years ago, climbed sharply."
    found = by_election(candidates=[Candidate(party=label(text, "Labour"), share=figure(text, "37.9%"))])
    check = one(reference, text, found, "official_share")
    assert (check.status, check.gap) == ("check_extraction", "other_election")
    assert "the Labour share at Kettering general election of 2029-05-03" in check.message


def test_a_turnout_that_is_the_general_elections_is_our_misreading(reference: Reference) -> None:
    text = "Turnout, 61.3% at the general election, fell away sharply on a wet Thursday."
    check = one(reference, text, by_election(turnout=figure(text, "61.3%")), "official_turnout")
    assert (check.status, check.gap) == ("check_extraction", "other_election")
    assert "the turnout at Kettering general election of 2029-05-03" in check.message


# --- readings that explain a disagreement ----------------------------------------------------------


def test_a_figure_out_of_all_proportion_with_no_typo_is_our_misreading(reference: Reference) -> None:
    text = "Alisha Brandt won 300 more postal votes than any rival."
    found = by_election(candidates=[candidate(text, "Alisha Brandt", votes=figure(text, "300"))])
    check = one(reference, text, found, "official_votes")
    assert (check.status, check.gap, check.suggestion) == ("check_extraction", "scale", None)
    assert "out of all proportion" in check.message


@pytest.mark.parametrize(
    "reading, status, gap",
    [
        # read in one phrase with its candidate: the reporter's figure, and wrong
        ("direct", "fail", "mismatch"),
        # tied to the candidate across a sentence: our reading is the likelier culprit
        ("inferred", "check_extraction", "inferred_reading"),
    ],
)
def test_a_wrong_figure_read_across_a_sentence_is_ours_to_check(
    reference: Reference, reading: Reading, status: str, gap: str
) -> None:
    text = "Nell Harrow conceded before dawn. Her agent had forecast 9,870 votes."
    found = by_election(candidates=[candidate(text, "Nell Harrow", votes=figure(text, "9,870", reading=reading))])
    check = one(reference, text, found, "official_votes")
    assert (check.status, check.gap, check.reading) == (status, gap, reading)


def test_a_derived_place_is_not_graded_and_says_how_it_was_derived(reference: Reference) -> None:
    # the list puts Harrow third (a misprint or a misread line): a place from list order is no statement
    text = "Alisha Brandt (Lab) 14,365\nRufus Sprocket (RUK) 4,302\nNell Harrow (Con) 11,141"
    place = listed(text, "Nell Harrow (Con) 11,141", 3)
    found = by_election(candidates=[candidate(text, "Nell Harrow", position=place)])
    check = one(reference, text, found, "official_position")
    assert (check.status, check.gap, check.derived) == ("unverifiable", "derived", LIST_ORDER)
    assert check.expected == 2 and "not checked" in check.message


# --- names -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, party, status, gap",
    [
        # Nell Harrow stood for the Conservatives: a David Harrow did not
        ("Conservative David Harrow came a distant second.", "David Harrow", "Conservative", "fail", "mismatch"),
        # a longer form of the official forename ("Nellie" for Nell) is the same person
        ("Conservative Nellie Harrow conceded at 3am.", "Nellie Harrow", "Conservative", "pass", None),
        # an initial agrees with the forename it begins
        ("Conservative N Harrow conceded at 3am.", "N Harrow", "Conservative", "pass", None),
        # the official candidate is named in the same sentence: we more likely read a relative as the candidate
        (
            "Nell Harrow's husband, the Conservative David Harrow, ran her campaign.",
            "David Harrow",
            "Conservative",
            "check_extraction",
            "other_figure",
        ),
    ],
)
def test_a_forename_is_checked_against_the_official_candidate_of_that_surname_and_party(
    reference: Reference, text: str, name: str, party: str, status: str, gap: str | None
) -> None:
    check = one(reference, text, by_election(candidates=[candidate(text, name, party)]), "official_name")
    assert (check.status, check.gap, check.expected) == (status, gap, "Nell Harrow")
    assert check.suggestion == (None if status == "pass" else "Nell Harrow")


def test_a_known_form_of_the_forename_is_the_same_person(reference: Reference) -> None:
    text = "The Green candidate, Bill Ellery, kept his deposit."  # Bill is a form of William
    check = one(reference, text, by_election(candidates=[candidate(text, "Bill Ellery", "Green")]), "official_name")
    assert (check.status, check.expected) == ("pass", "William Ellery")


def test_a_wrong_forename_says_who_stood(reference: Reference) -> None:
    text = "Conservative David Harrow came a distant second."
    found = by_election(candidates=[candidate(text, "David Harrow", "Conservative")])
    check = one(reference, text, found, "official_name")
    assert check.message == "the Conservative candidate Harrow was Nell Harrow, not David Harrow"


# --- parties ---------------------------------------------------------------------------------------

BESIDE = "party stated beside the candidate's name"


def with_party(text: str, phrase: str) -> Contest:
    """Alisha Brandt, read as a Conservative from ``phrase`` written beside her name."""
    party = Label(value="Conservative", evidence=[span(text, phrase)], derived=BESIDE)
    return by_election(candidates=[Candidate(name=label(text, "Alisha Brandt"), party=party)])


def test_a_wrong_party_beside_a_candidates_name_fails_and_names_the_right_one(reference: Reference) -> None:
    text = "Tory candidate Alisha Brandt thanked her team."
    check = one(reference, text, with_party(text, "Tory"), "official_party")
    assert (check.status, check.gap, check.expected, check.suggestion) == ("fail", "mismatch", "Labour", "Labour")
    assert check.message == "Alisha Brandt stood for Labour, not Conservative"


def test_a_former_party_is_not_a_wrong_party(reference: Reference) -> None:
    text = "The former Conservative councillor Alisha Brandt thanked her team."
    check = one(reference, text, with_party(text, "Conservative"), "official_party")
    assert (check.status, check.gap) == ("check_extraction", "other_time")
    assert "a former one" in check.message


def test_a_wrong_party_in_a_sentence_naming_the_right_one_is_our_misreading(reference: Reference) -> None:
    text = "The beaten Tory candidate Nell Harrow congratulated Alisha Brandt of Labour."
    check = one(reference, text, with_party(text, "Tory"), "official_party")
    assert (check.status, check.gap) == ("check_extraction", "other_figure")
    assert "Labour is named in the same sentence" in check.message


# --- the winner --------------------------------------------------------------------------------------

TALLY = "Alisha Brandt beat Nell Harrow by 3,224 votes. "


def tallied(text: str, **fields: Any) -> Contest:
    """A contest naming both leading candidates (so the match to the by-election is sure) and ``fields``."""
    names = fields.pop("candidates", None) or [
        Candidate(name=label(text, "Alisha Brandt")),
        Candidate(name=label(text, "Nell Harrow")),
    ]
    return by_election(candidates=names, **fields)


def test_the_right_winner_passes(reference: Reference) -> None:
    text = TALLY + "Labour's Alisha Brandt is the town's new MP."
    winner = Person(name=label(text, "Alisha Brandt", after="Labour's"), party=label(text, "Labour"))
    check = one(reference, text, tallied(text, winner=winner), "official_winner")
    assert (check.status, check.expected) == ("pass", "Alisha Brandt (Labour)")


def test_a_winner_who_did_not_stand_is_someone_named_for_another_reason(reference: Reference) -> None:
    text = TALLY + "Labour leader Keir Morrow hailed a famous victory."
    winner = Person(name=label(text, "Keir Morrow"), party=label(text, "Labour"))
    check = one(reference, text, tallied(text, winner=winner), "official_winner")
    assert (check.status, check.gap) == ("check_extraction", "other_figure")
    assert "Keir Morrow did not stand here" in check.message


def test_the_right_winner_with_the_wrong_party_fails(reference: Reference) -> None:
    text = TALLY + "Conservative Alisha Brandt is the town's new MP."
    winner = Person(name=label(text, "Alisha Brandt", after="Conservative"), party=label(text, "Conservative"))
    check = one(reference, text, tallied(text, winner=winner), "official_winner")
    assert (check.status, check.gap, check.suggestion) == ("fail", "mismatch", "Alisha Brandt (Labour)")
    assert check.message == "the winning party was Labour, not Conservative"


def test_a_winner_placed_first_only_by_list_order_is_unverifiable(reference: Reference) -> None:
    # a list printed alphabetically puts Harrow first: list order is no statement that she won
    text = "KETTERING\nHarrow, Nell (Con) 11,141\nBrandt, Alisha (Lab) 14,365"
    name = Label(value="Nell Harrow", evidence=[span(text, "Harrow, Nell")])
    first = Candidate(name=name, position=listed(text, "Harrow, Nell (Con) 11,141", 1))
    check = one(reference, text, tallied(text, winner=Person(name=name), candidates=[first]), "official_winner")
    assert (check.status, check.gap, check.derived) == ("unverifiable", "derived", LIST_ORDER)
    assert check.expected == "Alisha Brandt (Labour)"


# --- turnout ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, printed, status, gap, definition",
    [
        # 32,597 valid votes of 77,500 is 42.06%: the Commons Library's definition
        ("Turnout was 42.1% on a cold March day.", "42.1%", "pass", None, "the Commons Library's definition"),
        # with the 88 rejected ballots, 42.17%: the other published definition, and the message says so
        ("Turnout was 42.2% on a cold March day.", "42.2%", "pass", None, "incl. rejected"),
        # 0.26 points (0.6%) short of 42.06%: printed on another register, a warning and not an alarm
        ("Turnout was 41.8% on a cold March day.", "41.8%", "imprecise", "definition", "other registers"),
        # 35% is no definition of this turnout
        ("Turnout was 35% on a cold March day.", "35%", "fail", "mismatch", "the Commons Library's definition"),
        # 0.24 points (0.6%) over 42.06%, with no ballots stated: another register, a warning
        ("Turnout was 42.3% on a cold March day.", "42.3%", "imprecise", "definition", "other registers"),
        # the same figure beside the article's own ballots: 32,800 of 77,500 is 42.32%
        (
            "Turnout was 42.3%, with 32,800 ballots cast.",
            "42.3%",
            "pass",
            None,
            "the article's 32,800 ballots ÷ electorate",
        ),
    ],
)
def test_a_turnout_is_graded_against_every_published_definition_and_names_it(
    reference: Reference, sentence: str, printed: str, status: str, gap: str | None, definition: str
) -> None:
    check = one(reference, sentence, by_election(turnout=figure(sentence, printed)), "official_turnout")
    assert (check.status, check.gap) == (status, gap)
    assert definition in check.message


# --- hedges, through the check ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "hedged, status",
    [
        # 3,360 is 12% above 3,000: "more than" holds, but looser than the 10% it covers (verdicts.json)
        ("more than 3,000", "imprecise"),
        # 2% above: what "more than" means
        ("more than 3,300", "pass"),
        # 3,360 is 4% short of 3,500: what "nearly" means
        ("nearly 3,500", "pass"),
        # 3,360 is not over 3,500
        ("over 3,500", "fail"),
    ],
)
def test_a_hedged_previous_majority_holds_where_its_hedge_puts_it(
    reference: Reference, hedged: str, status: str
) -> None:
    text = f"Alisha Brandt overturned the Conservative majority of {hedged} won by Harriet Vale in 2029."
    previous = PreviousMajority(**stated(text, hedged), party=label(text, "Conservative"))
    check = one(reference, text, by_election(previous_majority=previous), "official_previous_majority")
    assert (check.status, check.expected, check.against) == (status, 3360, "Kettering general election of 2029-05-03")
