"""Official-results checks: is each reported figure and name the official one?

For every extracted contest matched to an official election (:mod:`electext.reference.refmatch`), what the
article states is compared with the House of Commons Library's record: candidates' names, parties,
votes, shares and places, the winner, gain or hold, the majority, the previous majority (the
previous general election on the same boundaries, or the 2019 notional result for 2024 seats),
turnout, the Butler swing and "held since" as far back as the data reach.

Each figure is graded by :mod:`electext.checks.grading` (``pass``, ``rounded``, ``imprecise``, ``fail``)
and a disagreement is explained before it is called an error:

- a **derived** value (a place from list order, a winner's votes from runner-up + majority) is
  never graded by itself: the stated figures it came from are, and the check says so;
- a figure equal to **another official figure** of the contest (a majority read as a tally, last
  election's share) is ``check_extraction``: our reading is the likelier culprit, and the check says
  what the figure is;
- a **typo** (a digit changed, two swapped, one dropped, a misplaced separator) is a ``fail`` that
  names the correction;
- a figure electext tied to its subject across a clause or a sentence (``reading: inferred``), or
  one under a fifth or over five times the official value with no typo to explain it, is
  ``check_extraction``.

Every check names its source, the election it was checked against and, for numbers, reported minus
official. A figure electext cannot tie to one official value (a candidate the data do not list, a
party with two candidates) is ``unverifiable``, never a failure: a false alarm costs a
fact-checker more than a missed one.
"""

from __future__ import annotations

from collections.abc import Sequence

from electext.checks import typos
from electext.checks.official import Context, fmt_number
from electext.checks.official_candidates import candidate_checks, name_checks, party_checks
from electext.checks.official_contest import (
    held_since_check,
    majority_change_check,
    majority_check,
    previous_majority_check,
    result_check,
    winner_check,
)
from electext.checks.official_swing import swing_check
from electext.checks.official_turnout import electorate_check, previous_turnout_check, turnout_check
from electext.checks.verdicts import years_named
from electext.core.records import Check, Contest, OfficialMatch
from electext.lexicon.resources import Resources
from electext.reference.refdb import BY_ELECTION, GENERAL, NOTIONAL, Candidacy, OfficialContest, Reference
from electext.reference.refmatch import Match, match_contest

CHECKS = (
    winner_check,
    result_check,
    candidate_checks,
    name_checks,
    party_checks,
    majority_check,
    previous_majority_check,
    turnout_check,
    previous_turnout_check,
    electorate_check,
    majority_change_check,
    swing_check,
    held_since_check,
)


def baselines_of(
    official: OfficialContest, history: list[OfficialContest], reference: Reference
) -> tuple[OfficialContest, ...]:
    """The previous general elections this contest is measured against (see :class:`Context`)."""
    earlier = [
        o for o in history if o.election.kind in (GENERAL, NOTIONAL) and o.election.date < official.election.date
    ]
    if not earlier:
        return ()
    primary = earlier[-1]
    if primary.election.kind != NOTIONAL:
        return (primary,)
    same_name = [
        o
        for o in reference.contests_named(official.constituency)
        if o.election.kind == GENERAL and o.election.date == primary.election.date
    ]
    if not same_name and " and " in official.constituency:
        # "Brighton Kemptown and Peacehaven" (2024) grew out of Brighton, Kemptown (2019): reporters
        # quote the old seat's majority under the first part of the new name
        same_name = [
            o
            for o in reference.contests_named(official.constituency.split(" and ")[0])
            if o.election.kind == GENERAL and o.election.date == primary.election.date
        ]
    return (primary, *same_name)


def _elsewhere(
    official: OfficialContest,
    history: list[OfficialContest],
    baselines: tuple[OfficialContest, ...],
    reference: Reference,
) -> tuple[OfficialContest, ...]:
    """This seat's other elections in the data: on its boundaries, under its name, or the old seat it
    grew out of (its baselines)."""
    seats = (*history, *reference.contests_named(official.constituency), *baselines)
    found = {o.id: o for o in seats if o.id != official.id}
    return tuple(o for o in found.values() if o.election.kind in (GENERAL, BY_ELECTION))


def _as_match(contest: Contest, match: Match) -> OfficialMatch:
    official = match.official
    return OfficialMatch(
        contest=contest.constituency.value,
        status=match.status,
        basis=match.basis,
        election=official.election.kind if official else None,
        date=official.election.date if official else None,
        constituency=official.constituency if official else None,
        ons_id=official.ons_id if official else None,
        source=official.election.source if official else None,
        alternatives=[o.label for o in match.alternatives],
        doubt=match.doubt,
    )


def check_against_reference(
    contests: list[Contest],
    reference: Reference,
    published: str | None,
    resources: Resources,
    text: str = "",
) -> tuple[list[OfficialMatch], list[Check]]:
    """Match every contest and run every official-results check on the matched ones. ``text`` is the
    article the evidence points into (for the sentence around a figure)."""

    def party_of(candidacy: Candidacy) -> str:
        # the Library writes "Social Democratic & Labour Party" where the register says "and"
        spelled = candidacy.party_name.replace(" & ", " and ")
        return (
            resources.party_by_alias.get(candidacy.party_name)
            or resources.party_by_alias.get(spelled)
            or resources.party_by_abbreviation.get(candidacy.party_abbreviation)
            or candidacy.party_name
        )

    def abbreviation_of(abbreviation: str) -> str:
        return resources.party_by_abbreviation.get(abbreviation, abbreviation)

    matches, checks = [], []
    years = years_named(text)
    found = [match_contest(contest, reference, published, years) for contest in contests]
    matched = [match.official for match in found if match.official is not None]
    for contest, match in zip(contests, found, strict=True):
        matches.append(_as_match(contest, match))
        if match.official is None:
            continue
        history = reference.history(match.official.ons_id)
        baselines = baselines_of(match.official, history, reference)
        ctx = Context(
            contest=contest,
            official=match.official,
            baselines=baselines,
            history=tuple(history),
            party_of=party_of,
            abbreviation_of=abbreviation_of,
            predecessors=resources.predecessors,
            text=text,
            neighbours=tuple(o for o in matched if o.id != match.official.id),
            elsewhere=_elsewhere(match.official, history, baselines, reference),
        )
        found_checks = [found for check in CHECKS for found in check(ctx)]
        if match.doubt is not None:
            found_checks = [_doubted(check, match) for check in found_checks]
        checks += found_checks
    return matches, checks


def _doubted(check: Check, match: Match) -> Check:
    """A failure against a match that may be to the wrong election is ours to check, not an alarm."""
    if check.status != "fail" or match.official is None:
        return check
    return check.model_copy(
        update={
            "status": "check_extraction",
            "gap": "other_election",
            "message": f"{check.message}; not an alarm: the match to {match.official.label} is uncertain "
            f"({match.doubt}), so the article may report another contest of this name",
        }
    )


def _matched_officials(matches: Sequence[OfficialMatch], reference: Reference) -> dict[str, OfficialContest]:
    """Each matched contest's official record, by the contest's name in the article."""
    found = {}
    for match in matches:
        if match.status != "matched" or not match.ons_id:
            continue
        official = next((o for o in reference.history(match.ons_id) if o.election.date == match.date), None)
        if official is not None:
            found[match.contest] = official
    return found


def _official_numbers(official: OfficialContest) -> dict[float, str]:
    numbers = {float(c.votes): f"the official votes of {c.name}" for c in official.candidates}
    if official.majority is not None:
        numbers.setdefault(float(official.majority), "the official majority")
    return numbers


def arbitrate_with_record(checks: list[Check], matches: Sequence[OfficialMatch], reference: Reference) -> list[Check]:
    """Settle the article's self-contradictions with the record where it can speak:

    - two statements of one candidate's tally that are each an official figure of this contest (one
      candidate's and another's) are our misreading of whose figure each is: ``check_extraction``;
    - a misprinted number ("4,47") whose digits are a typo of one official figure of a matched contest
      names that figure as the likely correction."""
    officials = _matched_officials(matches, reference)
    certain = _matched_officials([m for m in matches if not m.doubt], reference)
    settled = []
    for check in checks:
        official = officials.get(check.contest or "")
        if (
            check.id == "repeated_figure"
            and check.status == "fail"
            and official is not None
            and isinstance(check.expected, float | int)
            and isinstance(check.reported, float | int)
        ):
            numbers = _official_numbers(official)
            first, second = float(check.expected), float(check.reported)
            if first in numbers and second in numbers and numbers[first] != numbers[second]:
                check = check.model_copy(
                    update={
                        "status": "check_extraction",
                        "gap": "other_figure",
                        "message": f"{check.message}; not an alarm: {fmt_number(first)} is {numbers[first]} and "
                        f"{fmt_number(second)} {numbers[second]}, so our reading of whose figures they are is the "
                        "likelier culprit",
                    }
                )
        elif check.id == "number_format" and check.status == "fail" and isinstance(check.reported, str):
            hits = [
                (typo, f"{description} in {contest.label}")
                for contest in dict.fromkeys(certain.values())
                for value, description in _official_numbers(contest).items()
                if (typo := typos.diagnose(check.reported, value)) is not None
                # the misplaced separator is one slip already: only a slip that explains it (a digit
                # dropped or added, or the separator alone) is likely, not a second one besides
                and typo.kind not in ("digit_changed", "digits_swapped")
            ]
            if len(hits) == 1:
                typo, description = hits[0]
                check = check.model_copy(
                    update={
                        "gap": "typo",
                        "suggestion": typo.correction,
                        "message": f"{check.message}; {description} is {typo.correction}: {typo.hint}",
                    }
                )
            elif hits:
                options = "; ".join(f"{description} is {typo.correction}" for typo, description in hits[:3])
                check = check.model_copy(update={"gap": "typo", "message": f"{check.message}; perhaps: {options}"})
        settled.append(check)
    return settled
