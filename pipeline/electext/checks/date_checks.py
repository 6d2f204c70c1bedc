"""Date checks: a stated weekday agrees with its date, and a stated polling day is the official one.

Reporters write "held on Thursday, 14 March" when 14 March that year was a Friday, or give the
declaration's date as the polling day. :mod:`electext.checks.polling_dates` finds the dates; this stage
grades them:

- ``date_weekday`` (the article against itself): a weekday that is not its date's. A date printed
  without a year is tried in the year before, the year of and the year after the article's election
  and its publication: it fails only when its weekday fits none of them, since a dateless "Thursday
  12 December" in a January article is last year's;
- ``official_date`` (against the record): a date stated as the polling day (``DateClaim.polling``)
  that is not the polling day of any contest the article was matched to.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

from electext.checks.polling_dates import DateClaim, find_date_claims, resolve
from electext.checks.verdicts import sentence_span
from electext.core.records import Check, Evidence, OfficialMatch

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _when(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _weekday_check(
    claim: DateClaim, years: Sequence[int], evidence: list[Evidence], contest: str | None
) -> Check | None:
    if claim.weekday is None or claim.day is None or claim.month is None:
        return None
    tried = [claim.year] if claim.year is not None else list(years)
    dates = [found for year in tried if (found := resolve(claim, year)) is not None]
    if not dates:
        return None
    fitting = [day for day in dates if day.weekday() == claim.weekday]
    stated = WEEKDAYS[claim.weekday]
    if fitting:
        return Check(
            id="date_weekday",
            contest=contest,
            status="pass",
            message=f"{_when(fitting[0])} was a {stated}",
            reported=claim.text,
            evidence=evidence,
        )
    actual = dates[len(dates) // 2]
    correct = WEEKDAYS[actual.weekday()]
    return Check(
        id="date_weekday",
        contest=contest,
        status="fail",
        message=f"{_when(actual)} was a {correct}, not a {stated}"
        + ("" if claim.year is not None else " (nor was it a " + stated + " in the year before or after)"),
        reported=claim.text,
        expected=f"{correct} {_when(actual)}",
        evidence=evidence,
        gap="mismatch",
        suggestion=f"{correct} {actual.day} {actual:%B}",
    )


# A polling day stated this far from the matched election's is more likely another election's (a
# round-up's other contests, the next general election) than a misprint of this one's.
NEAR_DAYS = 14


def _official_date_check(
    claim: DateClaim, matches: Sequence[OfficialMatch], evidence: list[Evidence], sentence: str
) -> Check | None:
    dated = [m for m in matches if m.status == "matched" and m.date and not m.doubt]
    if len(dated) > 1:
        # several contests: a date speaks for the ones its sentence names
        dated = [m for m in dated if m.contest.casefold() in sentence.casefold()]
    if not claim.polling or not dated or claim.day is None or claim.month is None:
        return None
    days = {m.date: datetime.date.fromisoformat(m.date) for m in dated if m.date}
    stated = {resolve(claim, claim.year or day.year) for day in days.values()} - {None}
    if not stated:
        return None
    agreeing = [m for m in dated if m.date and days[m.date] in stated]
    match = agreeing[0] if agreeing else dated[0]
    official = days[match.date or ""]
    weekday = WEEKDAYS[official.weekday()]
    found = {
        "id": "official_date",
        "contest": match.contest,
        "reported": claim.text,
        "expected": official.isoformat(),
        "evidence": evidence,
        "source": match.source,
        "against": f"{match.constituency} {match.election} of {match.date}",
    }
    if agreeing:
        return Check(status="pass", message=f"polling day {_when(official)}, as stated", **found)
    shown = min(day for day in stated if day is not None)
    if abs((shown - official).days) > NEAR_DAYS:
        return None  # another election's date, not a misprint of this one's
    return Check(
        status="fail",
        message=f"polling day was {weekday} {_when(official)}, not {_when(shown)}",
        gap="mismatch",
        suggestion=f"{weekday} {official.day} {official:%B}",
        **found,
    )


def date_checks(
    text: str,
    start: int,
    evidence_of: Callable[[int, int], Evidence],
    matches: Sequence[OfficialMatch],
    year: int | None,
) -> list[Check]:
    """Every dated weekday and polling-day claim in ``text[start:]``, checked. ``year`` is the article's
    election year (or publication year) for dates printed without one."""
    anchors = {int(m.date[:4]) for m in matches if m.status == "matched" and m.date and not m.doubt}
    anchors |= {year} if year else set()
    years = sorted({anchor + shift for anchor in anchors for shift in (-1, 0, 1)})
    contest = matches[0].contest if len(matches) == 1 else None
    checks = []
    for claim in find_date_claims(text, start):
        evidence = [evidence_of(claim.start, claim.end)]
        begin, end = sentence_span(text, claim.start, claim.end)
        found = (
            _weekday_check(claim, years, evidence, contest),
            _official_date_check(claim, matches, evidence, text[begin:end]),
        )
        for check in found:
            if check is not None:
                checks.append(check)
    return checks
