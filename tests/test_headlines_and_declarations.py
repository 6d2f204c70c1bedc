"""Seats named where the model reads the place as a person (a headline's contest with its article
dropped, a member elected "as the MP for" a seat, a seat "at Holyrood"), and a returning officer's
declaration whose forenames wrap under each SURNAME. Each phenomenon in invented sentences about
invented seats and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.api import extract_text
from electext.core.spans import SpanIndex
from electext.extract.mentions.mention import Mention
from electext.extract.mentions.repeats import named_again

from tests.conftest import candidates, contest, reported

# --- seats the model reads as people -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # a headline drops the article before its contest
        (
            "Greens hang on in Tollard and Wickmere by-election\n\nJoel Ambry polled 8,114 votes.",
            "Tollard and Wickmere",
        ),
        ("Reform cruise home at Pellam Cross by-election\n\nNora Vance polled 12,551 votes.", "Pellam Cross"),
        # a member elected for the seat
        (
            "Plaid's Eluned Morris has been elected as the MS for Cwm Aran, winning 9,874 votes.",
            "Cwm Aran",
        ),
        ("Dara Quinlan was elected MP for Ardlow and Fenn with 14,206 votes.", "Ardlow and Fenn"),
        # the seat with its parliament after the seat's noun
        (
            "Labour has taken the Strathbrae and Kinnell seat at Holyrood. Moira Dunlop polled 11,842 votes.",
            "Strathbrae and Kinnell",
        ),
        # the seat's parliament before its noun; a hold "on to"
        (
            "Labour has held the Westminster seat of Harrowdene at a by-election. Helen Marchbank polled 18,447 votes.",
            "Harrowdene",
        ),
        (
            "LABOUR held on to Brindlecombe in yesterday's parliamentary by-election. Sarah Quennell won 14,880.",
            "Brindlecombe",
        ),
        # a hold "clings on in" a seat, the sentence going on with "as"
        (
            "The SNP clings on in Strathbrae and Kinnell as Labour closes the gap. Moira Dunlop polled 11,842 votes.",
            "Strathbrae and Kinnell",
        ),
    ],
)
def test_a_seat_is_named_by_its_contest_its_member_or_its_parliament(text: str, seat: str) -> None:
    assert reported(text).constituency.value == seat


@pytest.mark.parametrize(
    "text",
    [
        "Labour hang on in Thursday's by-election.\n\nJoel Ambry polled 8,114 votes.",
        "Reform did well in May's by-election. Nora Vance polled 12,551 votes.",
        "The Greens did well in Scottish by-election contests. Nora Vance polled 12,551 votes.",
    ],
)
def test_a_day_a_month_or_a_nation_before_by_election_is_no_seat(text: str) -> None:
    assert all(contest.constituency.value is None for contest in extract_text(text).contests)


# --- a declaration's forenames wrapped under the SURNAME --------------------------------------------------

_WRAPPED = """HARTON BOROUGH COUNCIL

DECLARATION OF RESULT OF POLL

Election of a Borough Councillor for the

KELVINMOOR WARD

Name of Candidate            Description (if any)                     Number of Votes

ABERNETHY                    Green Party                                          512
Rosalind Claire

DUNMORE                      The Conservative Party Candidate                     433
Peter Edward

OYELARAN                     Liberal Democrats                                    871  Elected
Tomi Adebayo

Turnout:                        27.4%
"""


def test_forenames_wrapped_under_a_surname_complete_the_candidates_name() -> None:
    """ "Peter Edward" on its own line is neither a results block's heading nor a ward "Peter Ed"."""
    contest = reported(_WRAPPED)
    assert contest.constituency.value == "Kelvinmoor"
    assert {name: (c["party"], c["votes"]) for name, c in candidates(contest).items()} == {
        "Tomi Adebayo Oyelaran": ("Liberal Democrats", 871),
        "Rosalind Claire Abernethy": ("Green", 512),
        "Peter Edward Dunmore": ("Conservative", 433),
    }
    assert contest.winner.name is not None and contest.winner.name.value == "Tomi Adebayo Oyelaran"


def test_a_name_on_the_line_below_a_table_row_in_another_column_is_not_its_forenames() -> None:
    """A line under the row but not under the name's column is no wrapped forename: the row stands alone."""
    text = _WRAPPED.replace("\nRosalind Claire\n", "\n                             Rosalind Claire\n")
    names = candidates(contest(extract_text(text), "Kelvinmoor"))
    assert "Rosalind Claire Abernethy" not in names


# --- a seat's name written again -------------------------------------------------------------------------


def test_a_seats_name_written_again_takes_the_place_of_a_shorter_person_inside_it() -> None:
    """ "Rawdon Cross" read as a person inside "Rawdon Cross and Moorside" written again: the seat; a person
    whose span is the whole name keeps it ("Ann Vale" is the candidate, not the seat)."""
    text = "The Rawdon Cross and Moorside by-election. In Rawdon Cross and Moorside, Ann Vale won."
    first = Mention(4, 29, "Rawdon Cross and Moorside", "seat", "Rawdon Cross and Moorside")
    repeat = text.index("Rawdon", 30)
    person = (repeat, repeat + len("Rawdon Cross"))
    again = named_again(text, 0, len(text), [first], SpanIndex([(4, 29), person]), frozenset({person}))
    assert [(m.start, m.value) for m in again] == [(repeat, "Rawdon Cross and Moorside")]
    whole = (repeat, repeat + len("Rawdon Cross and Moorside"))
    assert named_again(text, 0, len(text), [first], SpanIndex([(4, 29), whole]), frozenset({whole})) == []


# --- a round-up's compact blocks -----------------------------------------------------------------------------

_COMPACT = """COUNCIL BY-ELECTION RESULTS

HARTON DC, Kelvinbrook
Reform UK gain from Conservative
Dale Hutchins (Reform UK) 845
Margaret Ellwood (Con) 611
Majority 234. Turnout 26.3%.
2023: Con 48.1%, Lab 30.2%, Green 21.7%.

ASHSHIRE CC, Fenwick Moor
Liberal Democrat gain from Conservative
Helen Quarry (LD) 1,402
Simon Farrant (Con) 1,187
Majority 215. Turnout 31.9%.
"""


def test_a_blocks_outcome_line_between_its_heading_and_results_and_a_years_result_line_end_nothing() -> None:
    """The outcome line does not stop the heading heading its block; "2023: Con 48.1%, …" is that year's
    result on one line, not a section about 2023 that the next block would fall under."""
    result = extract_text(_COMPACT)
    kelvinbrook, fenwick = contest(result, "Kelvinbrook"), contest(result, "Fenwick Moor")
    assert kelvinbrook.body is not None and kelvinbrook.body.value == "Harton DC"
    assert candidates(kelvinbrook)["Dale Hutchins"]["votes"] == 845
    assert fenwick.majority is not None and fenwick.majority.value == 215
    assert fenwick.previous_majority is None
    assert fenwick.winner.name is not None and fenwick.winner.name.value == "Helen Quarry"
