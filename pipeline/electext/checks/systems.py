"""Which consistency checks a contest's voting system leaves meaningful.

The majority, the order of places, the winner's lead and the swing are first-past-the-post ideas: one
winner, the most votes. In an STV count (Northern Ireland's Assembly, Scottish and Northern Irish
councils) the figures reported are first preferences and the winners are those who reach the quota; a
supplementary-vote mayor or commissioner (until 2023) may win on second preferences after trailing on
the first; a list or additional-member ballot elects parties. There such checks would raise false
alarms, so they are skipped with the reason. The system is the contest's ``voting_system``
(:mod:`electext.checks.ballots`); where it is unknown the checks run, as for Westminster.
"""

from __future__ import annotations

from electext.core.records import Check, CheckStatus, Contest

FIRST_PAST_THE_POST = "FPTP"
# The checks that assume one winner elected on the most votes, by the function that runs each.
SINGLE_WINNER_CHECKS = frozenset(
    {
        "majority_arithmetic",
        "place_order",
        "winner_most_votes",
        "majority_le_winner_votes",
        "majority_change",
        "swing_shares",
    }
)
# What each other system does to them, in a message's words.
WHY: dict[str, str] = {
    "STV": "an STV count reports first preferences; winners reach a quota, not the most votes",
    "sv": "a supplementary-vote winner may win on second preferences after trailing on the first",
    "AMS": "a regional list ballot elects parties, not one candidate on the most votes",
    "PR-CL": "a closed-list ballot elects parties, not one candidate on the most votes",
}
SKIPPED: CheckStatus = "unverifiable"


def skipped(check_id: str, contest: Contest) -> Check | None:
    """The check, marked skipped with its reason, when the contest's system makes it meaningless; else None."""
    system = contest.voting_system.value if contest.voting_system else None
    if check_id not in SINGLE_WINNER_CHECKS or system in (None, FIRST_PAST_THE_POST):
        return None
    reason = WHY.get(system, f"a {system} contest is not first past the post")
    return Check(
        id=check_id,
        contest=contest.constituency.value,
        status=SKIPPED,
        message=f"skipped: {reason}",
    )
