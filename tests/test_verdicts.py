"""The last word on an article's checks: which disagreements are alarms, and which one caused which.

Every article here is written for these tests about the invented Kettering elections of
:mod:`tests.invented_reference` (a general election in 2029, a by-election on 6 March 2031), so no
rule can have been tuned on them. The by-election's record: Alisha Brandt (Lab) 14,365, Nell Harrow
(Con) 11,141, Rufus Sprocket (RUK) 4,302, Peter Quarrie (LD) 1,877, William Ellery (Green) 912;
majority 3,224; turnout 42.1% (42.2% with rejected ballots). The general election's majority: 3,360.

Only ``fail`` is an alarm; ``check_extraction`` asks a person to look at our reading first.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import pytest
from electext.api import extract_article, extract_text
from electext.checks import verdicts
from electext.checks.refcheck import arbitrate_with_record, check_against_reference
from electext.core.records import (
    ArticleResult,
    Candidate,
    Check,
    CheckStatus,
    Contest,
    Evidence,
    Label,
    OfficialMatch,
    Quantity,
)
from electext.extract.figures import bounds
from electext.ingest.article import read_article
from electext.lexicon.resources import load_resources
from electext.reference.refdb import BY_ELECTION, GENERAL, Candidacy, OfficialContest, Reference, open_reference
from electext.reference.refmatch import Match, match_contest

from tests.invented_reference import BY_ELECTION_DATE, GENERAL_DATE, PUBLISHED, build_invented_reference

MODEL = pytest.mark.model


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_invented_reference(tmp_path_factory.mktemp("invented"))


@pytest.fixture(scope="module")
def reference(database: Path) -> Reference:
    return open_reference(database)


@cache
def _extract(text: str, database: Path, published: str | None) -> ArticleResult:
    return extract_text(text, metadata={"published": published} if published else None, reference=database)


def extract(text: str, database: Path, published: str | None = PUBLISHED) -> ArticleResult:
    """The article as a reader of the invented by-election's morning-after coverage would get it."""
    return _extract(text, database, published)


def checks_of(result: ArticleResult, check_id: str) -> list[Check]:
    return [check for check in result.checks if check.id == check_id]


def one(result: ArticleResult, check_id: str) -> Check:
    found = checks_of(result, check_id)
    assert len(found) == 1, [(c.id, c.status, c.message) for c in result.checks]
    return found[0]


def on(result: ArticleResult, check_id: str, figure: str) -> Check:
    """The one check of this kind on this printed figure."""
    found = [check for check in checks_of(result, check_id) if quoted(check)[:1] == [figure]]
    assert len(found) == 1, [(c.id, c.status, c.message) for c in result.checks]
    return found[0]


def alarms(result: ArticleResult) -> list[Check]:
    """What a fact-checker is asked to act on: failures that follow no other."""
    return [check for check in result.checks if check.status == "fail" and check.follows is None]


def quoted(check: Check) -> list[str]:
    return [evidence.text for evidence in check.evidence]


# --- 1. context: another time, a caption, another contest ------------------------------------------

LEAD = "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes. Conservative Nell Harrow took 11,141."


@MODEL
@pytest.mark.parametrize(
    ("later", "status", "gap"),
    [
        pytest.param(
            "Turnout was 62.1%, down from the last general election.",
            "check_extraction",
            "other_time",
            id="a digit apart, but its sentence is about another time",
        ),
        pytest.param(
            "Turnout was 61.5%, down from the last general election.",
            "check_extraction",
            "other_figure",
            id="unrelated values are two figures before the words are even read",
        ),
        pytest.param(
            "The returning officer put turnout at 45.1%.",
            "fail",
            "typo",
            id="a digit apart in a plain sentence is the reporter's misprint",
        ),
        pytest.param(
            "The returning officer put turnout at 47.3%.",
            "check_extraction",
            "other_figure",
            id="unrelated values in a plain sentence are more likely two figures read as one",
        ),
    ],
)
def test_a_turnout_stated_twice_alarms_only_when_a_misprint_explains_the_gap_in_a_plain_sentence(
    database: Path, later: str, status: str, gap: str
) -> None:
    result = extract(f"{LEAD} Turnout was 42.1%. {later}", database)
    check = one(result, "repeated_figure")
    assert (check.status, check.gap) == (status, gap), check.message
    assert quoted(check)[0] == "42.1%"
    if status == "fail":
        assert check.suggestion == "42.1%" and alarms(result) == [check]
    else:
        assert alarms(result) == []


@MODEL
def test_the_last_general_elections_turnout_beside_this_one_is_not_read_as_a_second_turnout(database: Path) -> None:
    result = extract(f"{LEAD} Turnout was 42.2%, down from 61.5% at the last general election.", database)
    assert one(result, "repeated_figure").status == "unverifiable"
    assert one(result, "official_turnout").status == "pass"
    assert alarms(result) == []


MAJORITY_LEAD = (
    "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes, a majority of 3,224 over "
    "Conservative Nell Harrow."
)


@MODEL
@pytest.mark.parametrize(
    "later",
    [
        pytest.param("Before the recount Ms Brandt's majority was 3,424.", id="before the recount"),
        pytest.param("Before the recount, her majority was put at 3,424.", id="before the recount, put at"),
        pytest.param("Earlier in the night Ms Brandt's majority was put at 3,424.", id="earlier in the night"),
        pytest.param(
            "Ms Brandt's majority had been put at 3,424 before the recount.",
            id="had been put at: read as the previous majority",
        ),
        pytest.param(
            "Her majority had been put at 3,424 earlier in the night.",
            id="had been put at ... earlier in the night",
        ),
    ],
)
def test_a_majority_from_before_the_recount_is_no_alarm(database: Path, later: str) -> None:
    result = extract(f"{MAJORITY_LEAD} {later}", database)
    assert alarms(result) == [], [(c.id, c.message) for c in alarms(result)]
    assert one(result, "official_majority").status == "pass"


@MODEL
def test_the_same_second_majority_in_a_plain_sentence_is_an_alarm(database: Path) -> None:
    result = extract(f"{MAJORITY_LEAD} Ms Brandt's majority was 3,424.", database)
    check = one(result, "repeated_figure")
    assert (check.status, check.gap, check.suggestion) == ("fail", "typo", "3,224")
    assert alarms(result) == [check]


WON = "Labour's Alisha Brandt won the Kettering by-election, beating Conservative Nell Harrow."


@MODEL
@pytest.mark.parametrize(
    ("sentence", "status", "gap"),
    [
        pytest.param("Ms Brandt won by 3,900 votes.", "fail", "mismatch", id="a plain sentence: the reporter's"),
        pytest.param(
            "\n(Photo: Jane Doe/PA Wire) Brandt won by 3,900 votes\n",
            "check_extraction",
            "caption",
            id="a caption line with a picture credit",
        ),
        pytest.param(
            "In her home ward Ms Brandt won by 3,900 votes.",
            "check_extraction",
            "other_figure",
            id="a ward's count, not the seat's",
        ),
        pytest.param(
            "Ms Brandt won by 3,900 votes in the ward she represents on the borough council.",
            "check_extraction",
            "other_figure",
            id="a council ward named after the figure",
        ),
    ],
)
def test_a_wrong_majority_alarms_unless_its_sentence_is_a_caption_or_about_another_contest(
    database: Path, sentence: str, status: str, gap: str
) -> None:
    result = extract(f"{WON} {sentence}", database)
    check = one(result, "official_majority")
    assert (check.status, check.gap, check.reported) == (status, gap, 3900), check.message
    assert check.sentence is not None and "3,900" in check.sentence.text
    assert alarms(result) == ([check] if status == "fail" else [])


@MODEL
def test_a_caption_majority_that_rounds_the_last_general_elections_is_put_down_to_that_election(
    database: Path,
) -> None:
    # 3,300 is the 2029 majority of 3,360 rounded; the by-election's was 3,224
    result = extract(f"{WON}\n(Photo: Jane Doe/PA Wire) Brandt won by 3,300 votes\n", database)
    check = one(result, "official_majority")
    assert (check.status, check.gap) == ("check_extraction", "other_election")
    assert alarms(result) == []


TALLIES = "Ms Brandt took 14,365 votes to Conservative Nell Harrow's 11,141"


@MODEL
@pytest.mark.parametrize(
    ("text", "check_id", "status", "gap"),
    [
        pytest.param(
            f"Labour's Alisha Brandt won the Kettering by-election. {TALLIES}, a majority of 3,900 in 2025.",
            "official_previous_majority",
            "check_extraction",
            "other_time",
            id="a majority of another year",
        ),
        pytest.param(
            f"Labour's Alisha Brandt won the Kettering by-election. {TALLIES}, a majority of 3,000 in 2025.",
            "official_previous_majority",
            "check_extraction",
            "other_figure",
            id="a round majority of another year: this election's rounded, which is said first",
        ),
        pytest.param(
            f"Labour's Alisha Brandt won the Kettering by-election, overturning a Tory majority of 3,900 at the "
            f"2025 election. {TALLIES}.",
            "official_previous_majority",
            "check_extraction",
            "other_time",
            id="a previous majority of a year with no election in the record",
        ),
        pytest.param(
            "Labour's Alisha Brandt won the Kettering by-election with 14,900 votes, more than Labour won there "
            "in 2024. Conservative Nell Harrow took 11,141.",
            "official_votes",
            "check_extraction",
            "other_time",
            id="a tally in a sentence comparing it with 2024",
        ),
        pytest.param(
            "Labour's Alisha Brandt won the Kettering by-election with 14,900 votes. Conservative Nell Harrow "
            "took 11,141.",
            "official_votes",
            "fail",
            "mismatch",
            id="the same tally with no other year: the reporter's",
        ),
        pytest.param(
            f"Labour's Alisha Brandt won the Kettering by-election, overturning a Tory majority of 3,900 at the "
            f"2029 election. {TALLIES}.",
            "official_previous_majority",
            "fail",
            "mismatch",
            id="a previous majority quoted with its own election's year",
        ),
    ],
)
def test_a_figure_beside_another_year_is_no_alarm_but_one_beside_its_own_elections_year_is(
    database: Path, text: str, check_id: str, status: str, gap: str
) -> None:
    printed = next(figure for figure in ("14,900", "3,900", "3,000") if figure in text)
    check = on(extract(text, database), check_id, printed)
    assert (check.status, check.gap) == (status, gap), check.message


@MODEL
@pytest.mark.parametrize(
    "aside",
    [
        pytest.param(
            "who moved to the town ten years ago",
            id="ago",
        ),
        pytest.param(
            "a former deputy mayor",
            id="mayor",
        ),
        pytest.param(
            "who was born in the town in 1990",
            id="a birth year",
        ),
        pytest.param("a nurse", id="an aside with no cue"),
    ],
)
def test_an_aside_about_the_winner_does_not_excuse_a_wrong_majority(database: Path, aside: str) -> None:
    result = extract(f"{WON} Ms Brandt, {aside}, won by 3,900 votes.", database)
    check = one(result, "official_majority")
    assert (check.status, check.gap) == ("fail", "mismatch"), check.message


# --- 2 and 3. a reporter's error still fails, once ------------------------------------------------

TYPO = (
    "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes. Conservative Nell Harrow took "
    "11,141, giving Ms Brandt a majority of 3,242."
)


@MODEL
def test_a_transposed_majority_is_one_alarm_with_the_official_figure_as_its_correction(database: Path) -> None:
    result = extract(TYPO, database)
    official = one(result, "official_majority")
    assert (official.status, official.gap, official.suggestion) == ("fail", "typo", "3,224")
    assert official.follows is None
    arithmetic = one(result, "majority_arithmetic")
    assert arithmetic.status == "fail" and arithmetic.suggestion == "3,224"
    assert arithmetic.follows == result.checks.index(official)
    assert alarms(result) == [official]


@MODEL
def test_every_check_upset_by_the_wrong_majority_points_at_its_one_root(database: Path) -> None:
    result = extract(TYPO, database)
    upset = [i for i, check in enumerate(result.checks) if "3,242" in quoted(check) and check.status == "fail"]
    roots = [i for i in upset if result.checks[i].follows is None]
    assert len(roots) == 1 and len(upset) >= 2
    assert all(result.checks[i].follows == roots[0] for i in upset if i != roots[0])


@MODEL
def test_a_correct_article_raises_no_alarm_and_groups_nothing(database: Path) -> None:
    result = extract(TYPO.replace("3,242", "3,224"), database)
    assert alarms(result) == []
    assert all(check.follows is None for check in result.checks)
    assert one(result, "official_majority").status == "pass"


@MODEL
def test_a_previous_majority_misprinted_beside_its_own_year_is_an_alarm(database: Path) -> None:
    text = (
        "Labour's Alisha Brandt won the Kettering by-election, overturning a Tory majority of 3,630 at the 2029 "
        f"election. {TALLIES}."
    )
    result = extract(text, database)
    check = one(result, "official_previous_majority")
    assert (check.status, check.gap, check.suggestion) == ("fail", "typo", "3,360")
    assert alarms(result) == [check]


# --- 4. correct figures combined wrongly ----------------------------------------------------------


@MODEL
def test_arithmetic_over_figures_that_each_agree_with_the_record_is_our_misreading(database: Path) -> None:
    # the runner-up (Harrow) goes unmentioned: the majority is not Brandt's lead over the third-placed Sprocket
    text = (
        "In Kettering, Labour's Alisha Brandt polled 14,365 votes and Reform's Rufus Sprocket 4,302. "
        "The Labour majority was 3,224."
    )
    result = extract(text, database)
    arithmetic = one(result, "majority_arithmetic")
    assert (arithmetic.status, arithmetic.gap) == ("check_extraction", "other_figure")
    assert "each of its figures agrees with the official result" in arithmetic.message
    assert {c.status for c in checks_of(result, "official_votes")} == {"pass"}
    assert one(result, "official_majority").status == "pass"
    assert alarms(result) == []


@MODEL
def test_a_wrong_place_beside_correct_figures_is_the_alarm_not_the_arithmetic(database: Path) -> None:
    text = (
        "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes, a majority of 3,224. "
        "Reform's Rufus Sprocket, who came second, took 4,302."
    )
    result = extract(text, database)
    assert one(result, "majority_arithmetic").status == "check_extraction"
    assert [(c.id, c.reported, c.expected) for c in alarms(result)] == [("official_position", 2, 3)]


def _at(text: str, figure: str) -> Evidence:
    start = text.index(figure)
    return Evidence(start=start, end=start + len(figure), text=figure)


ARITHMETIC = "Brandt 14,365. Sprocket 4,302. Majority 3,224."


def _arithmetic_checks(majority_status: CheckStatus) -> list[Check]:
    """A failing majority_arithmetic over three printed figures, then each figure's official check."""
    figures = [_at(ARITHMETIC, f) for f in ("14,365", "4,302", "3,224")]
    arithmetic = Check(
        id="majority_arithmetic",
        contest="Kettering",
        status="fail",
        message="14,365 − 4,302 = 10,063, but the majority is stated as 3,224",
        expected=10063,
        reported=3224,
        evidence=figures,
    )
    official = [
        Check(id=check_id, contest="Kettering", status=status, message="", reported=value, evidence=[evidence])
        for check_id, status, value, evidence in (
            ("official_votes", "pass", 14365, figures[0]),
            ("official_votes", "pass", 4302, figures[1]),
            ("official_majority", majority_status, 3224, figures[2]),
        )
    ]
    return [arithmetic, *official]


@pytest.mark.parametrize(
    ("majority_status", "status"),
    [
        pytest.param("pass", "check_extraction", id="every figure agrees with the record: our misreading"),
        pytest.param("rounded", "check_extraction", id="a figure the record rounds agrees too"),
        pytest.param("unverifiable", "fail", id="a figure the record cannot vouch for leaves the alarm"),
        pytest.param("fail", "fail", id="a figure the record contradicts leaves the alarm"),
    ],
)
def test_finalize_demotes_arithmetic_only_when_the_record_vouches_for_every_figure(
    majority_status: CheckStatus, status: CheckStatus
) -> None:
    settled = verdicts.finalize(_arithmetic_checks(majority_status), ARITHMETIC, [], [], 2031)
    assert settled[0].status == status
    if status == "check_extraction":
        assert settled[0].gap == "other_figure"
    # a contradicted figure is the root: the arithmetic it upsets follows it, one alarm
    assert settled[0].follows == (3 if majority_status == "fail" else None)


# --- 5. one candidate's tally stated as two candidates' ------------------------------------------

BY_ELECTION_MATCH = OfficialMatch(
    contest="Kettering",
    status="matched",
    basis="the invented by-election",
    election=BY_ELECTION,
    date=BY_ELECTION_DATE,
    constituency="Kettering",
    ons_id="E14001311",
)


def _repeated(first: float, second: float) -> Check:
    return Check(
        id="repeated_figure",
        contest="Kettering",
        status="fail",
        message=f"votes of Alisha Brandt is stated as {first:,.0f} and as {second:,.0f}",
        expected=first,
        reported=second,
    )


@pytest.mark.parametrize(
    ("second", "match", "status"),
    [
        pytest.param(11141, BY_ELECTION_MATCH, "check_extraction", id="Brandt's and Harrow's official tallies"),
        pytest.param(14635, BY_ELECTION_MATCH, "fail", id="a misprint of Brandt's tally is the reporter's"),
        pytest.param(
            11141,
            BY_ELECTION_MATCH.model_copy(update={"status": "ambiguous", "date": None}),
            "fail",
            id="no matched election: the record cannot speak",
        ),
    ],
)
def test_two_tallies_for_one_candidate_that_are_two_candidates_official_figures_are_our_misreading(
    reference: Reference, second: int, match: OfficialMatch, status: str
) -> None:
    (settled,) = arbitrate_with_record([_repeated(14365, second)], [match], reference)
    assert settled.status == status
    if status == "check_extraction":
        assert settled.gap == "other_figure" and "Nell Harrow" in settled.message


@MODEL
def test_the_runner_ups_tally_given_to_the_winner_is_no_alarm(database: Path) -> None:
    text = (
        "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes. Ms Brandt took 11,141 votes in "
        "the end, beating Conservative Nell Harrow."
    )
    result = extract(text, database)
    check = one(result, "repeated_figure")
    assert (check.status, quoted(check)) == ("check_extraction", ["14,365", "11,141"])
    assert alarms(result) == []


# --- 6. a misprinted number ------------------------------------------------------------------------


@MODEL
def test_a_majority_missing_a_digit_is_an_alarm_that_names_the_official_figure(database: Path) -> None:
    text = (
        "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes. Conservative Nell Harrow took "
        "11,141, giving Ms Brandt a majority of 3,22 on a cold night."
    )
    result = extract(text, database)
    check = one(result, "number_format")
    assert (check.status, check.gap, check.suggestion, check.reported) == ("fail", "typo", "3,224", "3,22")
    assert "official majority" in check.message
    assert alarms(result) == [check]


@MODEL
def test_a_misprint_matching_no_official_figure_gets_no_suggestion(database: Path) -> None:
    text = (
        "Labour's Alisha Brandt won the Kettering by-election with 14,365 votes. Conservative Nell Harrow took "
        "11,141, and 6,55 voters turned out for the rest on a cold night."
    )
    check = one(extract(text, database), "number_format")
    assert (check.status, check.suggestion) == ("fail", None)


# --- 7. matching a contest to its official election ------------------------------------------------


def figure(value: float) -> Quantity:
    lower, upper = bounds(value, "exact")
    return Quantity(value=value, unit="votes", lower=lower, upper=upper)


def seat(election: str = "by-election", **tallies: int | None) -> Contest:
    """A Kettering contest naming these candidates (surname: stated tally, or None for none)."""
    return Contest(
        constituency=Label(value="Kettering"),
        election=Label(value=election),
        candidates=[
            Candidate(name=Label(value=name), votes=figure(votes) if votes is not None else None)
            for name, votes in tallies.items()
        ],
    )


def matched(found: Match) -> tuple[str, str | None, str | None]:
    official = found.official
    return found.status, official.election.kind if official else None, official.election.date if official else None


GENERAL_2029 = ("matched", GENERAL, GENERAL_DATE)
BY_2031 = ("matched", BY_ELECTION, BY_ELECTION_DATE)


@pytest.mark.parametrize(
    ("contest", "published", "years", "expected"),
    [
        pytest.param(seat(), PUBLISHED, frozenset(), BY_2031, id="dated the morning after, no names"),
        pytest.param(
            seat("general election", Brandt=None, Harrow=None),
            None,
            frozenset(),
            BY_2031,
            id="undated, two by-election candidates outweigh a wrong label",
        ),
        pytest.param(
            seat("election", Brandt=None, Harrow=None),
            None,
            frozenset(),
            BY_2031,
            id="undated, two by-election candidates, no kind",
        ),
        pytest.param(
            seat("general election"), None, frozenset({2029}), GENERAL_2029, id="undated, no names, the year named"
        ),
        pytest.param(
            seat("by-election", Brandt=14635, Harrow=11141, Sprocket=4302, Quarrie=1877),
            None,
            frozenset(),
            BY_2031,
            id="four right names and one misprinted tally",
        ),
        pytest.param(
            seat("by-election", Brandt=21480, Harrow=None, Sprocket=None, Quarrie=None),
            None,
            frozenset(),
            BY_2031,
            id="a wrong tally that is the general election's winner's",
        ),
        pytest.param(
            seat("general election", Vale=None, Wren=None),
            PUBLISHED,
            frozenset(),
            GENERAL_2029,
            id="a general election report published after the by-election",
        ),
    ],
)
def test_a_contest_is_matched_to_the_election_it_reports(
    reference: Reference, contest: Contest, published: str | None, years: frozenset[int], expected: tuple[str, ...]
) -> None:
    found = match_contest(contest, reference, published, years)
    assert matched(found) == expected, found.basis
    # a match on a year alone, naming no candidate who stood, is made but doubted: its failures are no alarms
    weak = published is None and years and not contest.candidates
    assert (found.doubt is not None) == bool(weak), found.doubt


def test_an_undated_general_election_report_with_nothing_to_go_on_is_ambiguous_not_guessed(
    reference: Reference,
) -> None:
    found = match_contest(seat("general election"), reference, None)
    assert (found.status, found.official) == ("ambiguous", None)
    assert GENERAL_DATE in {o.election.date for o in found.alternatives}


# The general election months after the by-election, fought by the same five candidates.
LATER_GENERAL_DATE = "2031-10-02"
LATER_GENERAL_RESULT = (
    ("Alisha", "Brandt", "Lab", 20110),
    ("Nell", "Harrow", "Con", 17020),
    ("Rufus", "Sprocket", "RUK", 6400),
    ("Peter", "Quarrie", "LD", 3050),
    ("William", "Ellery", "Green", 1660),
)


class WithLaterGeneral(Reference):
    """The invented record and a general election in Kettering later in 2031, fought by the by-election's
    candidates: nothing but the figures or the label tells the two elections apart."""

    def contests_named(self, name: str) -> list[OfficialContest]:
        found = super().contests_named(name)
        by_election = next(o for o in found if o.election.date == BY_ELECTION_DATE)
        parties = {c.party_abbreviation: c for c in by_election.candidates}
        later = dataclasses.replace(
            by_election,
            id=-1,
            election=dataclasses.replace(by_election.election, kind=GENERAL, date=LATER_GENERAL_DATE),
            majority=3090,
            result="Lab hold",
            candidates=tuple(
                Candidacy(first, surname, parties[party].party_name, party, votes, None)
                for first, surname, party, votes in LATER_GENERAL_RESULT
            ),
        )
        return [*found, later]


LATER = ("matched", GENERAL, LATER_GENERAL_DATE)


@pytest.mark.parametrize(
    ("contest", "expected"),
    [
        pytest.param(seat("election", Brandt=14365, Harrow=11141), BY_2031, id="the by-election's tallies"),
        pytest.param(seat("election", Brandt=20110, Harrow=17020), LATER, id="the general election's tallies"),
        pytest.param(
            seat("general election", Brandt=14365, Harrow=None),
            BY_2031,
            id="a tally outweighs the label",
        ),
        pytest.param(seat("by-election", Brandt=None, Harrow=None), BY_2031, id="no tallies: the labelled kind"),
        pytest.param(seat("general election", Brandt=None, Harrow=None), LATER, id="no tallies: the other label"),
        pytest.param(
            seat("general election", Brandt=14635, Harrow=None),
            LATER,
            id="a misprint of the by-election's tally counts for neither",
        ),
    ],
)
def test_candidates_who_stood_twice_are_told_apart_by_tallies_then_by_the_label(
    database: Path, contest: Contest, expected: tuple[str, ...]
) -> None:
    found = match_contest(contest, WithLaterGeneral(database), None)
    assert matched(found) == expected, found.basis


def test_a_contest_of_no_stated_kind_naming_mostly_strangers_is_matched_in_doubt_and_raises_no_alarm(
    reference: Reference,
) -> None:
    # a council count: two of the three names never stood for Parliament in Kettering
    contest = seat("election", Brandt=9800, Tarrant=980, Pilbeam=410)
    found = match_contest(contest, reference, PUBLISHED)
    assert matched(found) == BY_2031
    assert found.doubt is not None and "2 of the article's 3 candidates did not stand in it" in found.doubt
    matches, checks = check_against_reference([contest], reference, PUBLISHED, load_resources())
    assert matches[0].doubt == found.doubt
    brandt = next(c for c in checks if c.id == "official_votes" and c.reported == 9800)
    assert (brandt.status, brandt.gap) == ("check_extraction", "other_election")
    assert not [c for c in checks if c.status == "fail"]


def test_the_same_wrong_tally_beside_the_elections_own_candidates_is_an_alarm(reference: Reference) -> None:
    contest = seat("election", Brandt=9800, Harrow=11141, Sprocket=4302)
    matches, checks = check_against_reference([contest], reference, PUBLISHED, load_resources())
    assert matches[0].doubt is None
    brandt = next(c for c in checks if c.id == "official_votes" and c.reported == 9800)
    assert brandt.status == "fail"


# --- 8. a sidecar's date finds the election ---------------------------------------------------------


def _story(folder: Path, text: str, meta: str | None) -> Path:
    path = folder / "kettering.txt"
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        (folder / "kettering.meta.json").write_text(meta, encoding="utf-8")
    return path


@MODEL
def test_a_sidecars_date_is_the_publication_date_that_matches_the_by_election(tmp_path: Path, database: Path) -> None:
    text = "Labour gained Kettering from the Conservatives in the by-election with a majority of 3,224."
    article = read_article(_story(tmp_path, text, '{"date": "2031-03-07"}'))
    assert article.published == "2031-03-07"
    result = extract_article(article, reference=database)
    (match,) = result.official
    assert (match.status, match.election, match.date) == ("matched", BY_ELECTION, BY_ELECTION_DATE)
    assert "2031-03-07" in match.basis
    assert one(result, "official_majority").status == "pass"


@MODEL
@pytest.mark.parametrize(
    ("meta", "status", "date"),
    [
        pytest.param('{"date": "2029-05-04"}', "matched", GENERAL_DATE, id="dated: the latest general election"),
        pytest.param(None, "ambiguous", None, id="undated, no names: six general elections to choose from"),
    ],
)
def test_a_general_election_report_without_names_needs_its_sidecars_date(
    tmp_path: Path, database: Path, meta: str | None, status: str, date: str | None
) -> None:
    text = "In the general election the Conservatives gained Kettering from Labour with a majority of 3,360."
    result = extract_article(read_article(_story(tmp_path, text, meta)), reference=database)
    (match,) = result.official
    assert (match.status, match.date) == (status, date), match.basis
