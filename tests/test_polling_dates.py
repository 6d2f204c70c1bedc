"""Dates stated in an article: found with their weekday and polling cue, resolved, and checked.

Every sentence is invented (invented towns and people); the calendars are real: 19 October 2023 was a
Thursday, 20 October 2023 a Friday, 4 July 2024 a Thursday, 14 March 2024 a Thursday.
"""

from __future__ import annotations

import datetime
import json
import time
from pathlib import Path
from typing import Any

import pytest
from electext.checks.polling_dates import (
    DateClaim,
    find_date_claims,
    load_date_words,
    resolve,
    weekday_problems,
)
from electext.core.errors import DataFileError
from electext.lexicon.resources import lexicon_folder

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# (sentence, [(text, weekday, day, month, year, polling), …])
FOUND: list[tuple[str, list[tuple[str, int | None, int | None, int | None, int | None, bool]]]] = [
    (
        "The Lowmere by-election was held on Thursday, 14 March 2024.",
        [("Thursday, 14 March 2024", THU, 14, 3, 2024, True)],
    ),
    ("Voters in Dunby went to the polls on Thu 14 Mar", [("Thu 14 Mar", THU, 14, 3, None, True)]),
    (
        "Ms Quarrell said on Thursday, March 14, 2024 that she would stand.",
        [("Thursday, March 14, 2024", THU, 14, 3, 2024, False)],
    ),
    ("The count ended on the 14th March.", [("14th March", None, 14, 3, None, False)]),
    ("It opened on 1st Sept. 2023 in Harrowfold.", [("1st Sept. 2023", None, 1, 9, 2023, False)]),
    ("Residents of Cobbleton voted on Sep 21 2023.", [("Sep 21 2023", None, 21, 9, 2023, True)]),
    (
        "The Brindle Vale seat changed hands on Thursday the 19th of October",
        [("Thursday the 19th of October", THU, 19, 10, None, False)],
    ),
    ("Polling day is Thursday 4 July.", [("Thursday 4 July", THU, 4, 7, None, True)]),
    ("polling day, Friday 20 October 2023", [("Friday 20 October 2023", FRI, 20, 10, 2023, True)]),
    ("Voters in Kettlemere go to the polls on Thursday.", [("Thursday", THU, None, None, None, True)]),
    (
        "Ahead of Thursday's Kettlemere and Oxby by-election, Mr Penhallow campaigned.",
        [("Thursday", THU, None, None, None, True)],
    ),
    ("Thursday’s poll in Upper Wendle", [("Thursday", THU, None, None, None, True)]),
    ("She spoke in Wendle on Monday.", [("Monday", MON, None, None, None, False)]),
    ("Nominations closed on 14/03/2024 in Ashgrove.", [("14/03/2024", None, 14, 3, 2024, False)]),
    ("The poster was dated 4/7/24.", [("4/7/24", None, 4, 7, 2024, False)]),
    ("published: 2024-07-05", [("2024-07-05", None, 5, 7, 2024, False)]),
    ("The Tarnby election took place on 19 October 2023.", [("19 October 2023", None, 19, 10, 2023, True)]),
    ("The by-election on 4 May drew a low turnout.", [("4 May", None, 4, 5, None, True)]),
    ("Counting began at 10pm on 4 may, in Fallowfield.", [("4 may", None, 4, 5, None, False)]),
    ("Mr Brackley resigned on 2 January.", [("2 January", None, 2, 1, None, False)]),
    ("The by-election, held after the death of Sir Amos Pellow on 3 January", [("3 January", None, 3, 1, None, False)]),
    (
        "Mr Hale died on 3 January and the by-election is on 14 March.",
        [("3 January", None, 3, 1, None, False), ("14 March", None, 14, 3, None, True)],
    ),
    ("The by-election was held in Oxby on 19 October.", [("19 October", None, 19, 10, None, True)]),
    ("The election count on Friday 20 October ran late.", [("Friday 20 October", FRI, 20, 10, None, False)]),
    ("The result was declared on Friday.", [("Friday", FRI, None, None, None, False)]),
    ("The Harbrook election was held. On 5 July the count began.", [("5 July", None, 5, 7, None, False)]),
    ("The Kestrel Sun 14 March edition", [("14 March", None, 14, 3, None, False)]),  # a paper, not a Sunday
    ("Mrs Orrin sat 14 March exams", [("14 March", None, 14, 3, None, False)]),
    ("Count: Sun 14 March", [("Sun 14 March", SUN, 14, 3, None, False)]),
    ("Marchers in Dunby march on Thursday", [("Thursday", THU, None, None, None, False)]),
    ("TUESDAY 4 JULY 2024", [("TUESDAY 4 JULY 2024", TUE, 4, 7, 2024, False)]),
    ("It was held on Thursday\n4 July", [("Thursday\n4 July", THU, 4, 7, None, True)]),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_claims_found(
    sentence: str, expected: list[tuple[str, int | None, int | None, int | None, int | None, bool]]
) -> None:
    claims = find_date_claims(sentence)
    assert [(c.text, c.weekday, c.day, c.month, c.year, c.polling) for c in claims] == expected
    for claim in claims:
        assert sentence[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    "sentence",
    [
        "she won by 14 votes",
        "Labour took 14 seats in Pellworth.",
        "May voters choose a new councillor in Dunby.",
        "Ms Fennick may well win.",
        "the march on Westminster",
        "They march 14 miles to Cobbleton.",
        "Some 14 may vote for Mr Orrin.",
        "On Thu. 14 may vote for Mr Orrin.",
        "in 2019",
        "The result came at 10pm.",
        "a majority of 2,014",
        "The Good Friday Agreement was signed.",
        "Wendle Council meets on Thursdays.",
        "Turnout was 31.03 per cent.",
        "a score of 3-1",
        "In May 2024 the Oxby seat fell vacant.",  # a month and year with no day: no checkable date
        "The 32 March figure is impossible.",
        "Brinley Mayhew and Sundaram Wedgewood stood.",
    ],
)
def test_no_claims(sentence: str) -> None:
    assert find_date_claims(sentence) == []


def test_slice_and_offsets() -> None:
    text = "Mr Pell resigned on 2 January. The by-election was held on Thursday 4 July 2024."
    start = text.index("The")
    claims = find_date_claims(text, start)
    assert [c.text for c in claims] == ["Thursday 4 July 2024"]
    assert claims[0].polling
    assert text[claims[0].start : claims[0].end] == claims[0].text
    assert find_date_claims(text, 0, text.index(".")) == find_date_claims(text[: text.index(".")])
    # a slice that starts inside a longer number does not make a day of its tail
    assert find_date_claims("by 2,014 March", 5) == []


def _claim(**fields: Any) -> DateClaim:
    defaults: dict[str, Any] = {
        "start": 0,
        "end": 0,
        "text": "",
        "weekday": None,
        "day": None,
        "month": None,
        "year": None,
        "polling": False,
    }
    return DateClaim(**(defaults | fields))


@pytest.mark.parametrize(
    ("claim", "hint", "expected"),
    [
        (_claim(day=19, month=10, year=2023), None, datetime.date(2023, 10, 19)),
        (_claim(day=19, month=10, year=2023), 1999, datetime.date(2023, 10, 19)),  # a stated year wins
        (_claim(day=4, month=7), 2024, datetime.date(2024, 7, 4)),  # year from the hint
        (_claim(day=4, month=7), None, None),
        (_claim(weekday=THU), 2024, None),  # a weekday alone names no date
        (_claim(day=29, month=2), 2023, None),  # not a leap year
        (_claim(day=29, month=2), 2024, datetime.date(2024, 2, 29)),
        (_claim(day=31, month=2, year=2024), None, None),
    ],
)
def test_resolve(claim: DateClaim, hint: int | None, expected: datetime.date | None) -> None:
    assert resolve(claim, hint) == expected


def test_wrong_weekday_is_reported() -> None:
    claims = find_date_claims("The Oxby by-election was held on Thursday, 20 October 2023.")
    (problem,) = weekday_problems(claims, None)
    assert problem.claim == claims[0]
    assert problem.actual_weekday == FRI
    assert problem.message == "20 October 2023 was a Friday, not a Thursday"


def test_right_weekdays_pass() -> None:
    text = (
        "Dunby voted on Thursday 19 October 2023; the count ended on Friday 20 October 2023. "
        "Polls open on Thursday 4 July."
    )
    claims = find_date_claims(text)
    assert len(claims) == 3
    assert weekday_problems(claims, 2024) == []
    # 4 July was a Thursday in 2024, a Tuesday in 2023: the hint decides a date stated without a year
    (problem,) = weekday_problems(claims, 2023)
    assert problem.claim.text == "Thursday 4 July"
    assert problem.actual_weekday == TUE
    assert problem.message == "4 July 2023 was a Tuesday, not a Thursday"


def test_year_from_hint_and_unverifiable_claims() -> None:
    claims = find_date_claims("Polling day was Friday 14 March, and the result came on Friday.")
    assert [c.text for c in claims] == ["Friday 14 March", "Friday"]
    assert weekday_problems(claims, None) == []  # no year, no hint: cannot be verified
    (problem,) = weekday_problems(claims, 2024)
    assert problem.message == "14 March 2024 was a Thursday, not a Friday"
    assert weekday_problems(find_date_claims("held on Friday 29 February"), 2023) == []  # no such date


def test_scan_is_linear() -> None:
    sentence = "The Lowmere by-election was held on Thursday, 14 March 2024 after Ms Quill resigned on 2 Jan. "
    started = time.perf_counter()
    small = find_date_claims(sentence * 200)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    large = find_date_claims(sentence * 2000)
    large_time = time.perf_counter() - started
    assert len(large) == 10 * len(small) == 4000
    assert large_time < 30 * small_time + 0.05
    for junk in ("1" * 50_000, " " * 50_000, "14 " * 20_000, "Thursday " * 5_000):
        started = time.perf_counter()
        find_date_claims(junk)
        assert time.perf_counter() - started < 1.0


def test_bundled_data_loads() -> None:
    words = load_date_words()
    assert words.month_of["sept"] == 9
    assert words.weekday_of["thurs"] == THU
    assert words.month_names[0] == "January"
    assert words.weekday_names[6] == "Sunday"


def _write(tmp_path: Path, change: dict[str, Any]) -> Path:
    data = json.loads((lexicon_folder() / "dates.json").read_text(encoding="utf-8"))
    data.update(change)
    path = tmp_path / "dates.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"_source": ""}, r"dates.json: _source"),
        ({"months": []}, r"dates.json: months: expected a list of 12"),
        ({"weekdays": [{"name": "Monday"}] * 7}, r"dates.json: weekdays\[0\]: expected an object"),
        ({"polling_cues": ["held", ""]}, r"dates.json: polling_cues\[1\]: expected a non-empty string"),
        ({"polling_cues": ["held", "Held"]}, r"dates.json: polling_cues\[1\]: 'Held' is listed twice"),
        ({"other_event_cues": "died"}, r"dates.json: other_event_cues: expected a list"),
        ({"ambiguous_words": ["maybe"]}, r"dates.json: ambiguous_words\[0\]: 'maybe' is not a month"),
        ({"polling_noun": ["poll"]}, r"dates.json: polling_noun: unknown key"),
    ],
)
def test_bad_data_file(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        load_date_words(_write(tmp_path, change))


def test_spelling_of_two_months_is_refused(tmp_path: Path) -> None:
    months = json.loads((lexicon_folder() / "dates.json").read_text(encoding="utf-8"))["months"]
    months[4] = {"name": "May", "abbreviations": ["Mar"]}
    with pytest.raises(DataFileError, match=r"months\[4\]: 'Mar' already names entry 2"):
        load_date_words(_write(tmp_path, {"months": months}))


def test_missing_list_is_refused(tmp_path: Path) -> None:
    data = json.loads((lexicon_folder() / "dates.json").read_text(encoding="utf-8"))
    del data["polling_nouns"]
    path = tmp_path / "dates.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"dates.json: polling_nouns: missing"):
        load_date_words(path)
