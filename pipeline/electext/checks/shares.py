"""Checks on percentages: candidates' shares sum to at most 100 (allowing each its rounding), a stated
swing agrees with the Butler swing the parties' share changes imply, and a turnout is a possible one.
"""

from __future__ import annotations

from electext.checks.contest_checks import _check, _stated
from electext.core.records import Check, CheckStatus, Evidence
from electext.extract.assemble import Draft, StatementKey

# Shares and swings are printed to one decimal place, so a sum of n rounded shares can exceed the
# true total by up to n × 0.05; 0.1 per share leaves room for reporters rounding to whole numbers.
SHARE_ROUNDING_PER_CANDIDATE = 0.1


# A Butler swing from shares rounded to 0.1 can be off by up to 0.1; reporters round swings too.
SWING_TOLERANCE = 0.15


def share_sum(draft: Draft) -> Check:
    contest = draft.contest
    shares = [c.share for c in contest.candidates if _stated(c.share)]
    if len(shares) < 2:
        return _check("share_sum", contest, "unverifiable", "fewer than two shares stated")
    total = sum(share.value for share in shares if share is not None)
    limit = 100 + SHARE_ROUNDING_PER_CANDIDATE * len(shares)
    status: CheckStatus = "pass" if total <= limit else "fail"
    return _check(
        "share_sum",
        contest,
        status,
        f"stated shares sum to {total:.1f}% (limit {limit:.1f}%)",
        expected=100.0,
        reported=round(total, 2),
        evidence=[e for share in shares if share is not None for e in share.evidence[:1]],
    )


def _share_change(draft: Draft, party: str) -> tuple[float, list[Evidence]] | None:
    """A party's change in share between the two elections: stated, or from both shares stated."""
    stated = draft.statements.get(StatementKey("share_change", party))
    if stated:
        return stated[0].value, stated[0].evidence[:1]
    before = draft.statements.get(StatementKey("share_before", party))
    now = [c.share for c in draft.contest.candidates if c.party and c.party.value == party and _stated(c.share)]
    if before and now and now[0] is not None:
        return now[0].value - before[0].value, [*now[0].evidence[:1], *before[0].evidence[:1]]
    return None


def swing_shares(draft: Draft) -> Check:
    """A stated swing agrees with the Butler swing implied by both parties' share changes."""
    contest = draft.contest
    swing = contest.swing
    if swing is None:
        return _check("swing_shares", contest, "unverifiable", "no swing stated")
    gainer = swing.to_party.value if swing.to_party else None
    loser = swing.from_party.value if swing.from_party else None
    gained = _share_change(draft, gainer) if gainer else None
    lost = _share_change(draft, loser) if loser else None
    if gained is None or lost is None:
        return _check(
            "swing_shares",
            contest,
            "unverifiable",
            "the article does not give both parties' shares (or share changes) at both elections",
        )
    implied = (gained[0] - lost[0]) / 2
    hedge = 0 if swing.qualifier == "exact" else abs(swing.value) * 0.05
    ok = abs(implied - swing.value) <= SWING_TOLERANCE + hedge
    return _check(
        "swing_shares",
        contest,
        "pass" if ok else "fail",
        f"shares imply a Butler swing of {implied:.1f} to {gainer}; stated {swing.value:g}",
        expected=round(implied, 2),
        reported=swing.value,
        evidence=[*swing.evidence[:1], *gained[1], *lost[1]],
    )


def turnout_range(draft: Draft) -> Check:
    contest = draft.contest
    turnout = contest.turnout
    if turnout is None:
        return _check("turnout_range", contest, "unverifiable", "no turnout stated")
    if turnout.unit != "percent":
        return _check("turnout_range", contest, "unverifiable", "turnout not stated as a percentage")
    status: CheckStatus = "pass" if 0 <= turnout.value <= 100 else "fail"
    return _check(
        "turnout_range",
        contest,
        status,
        f"turnout {turnout.value:g}% is {'within' if status == 'pass' else 'outside'} 0–100%",
        reported=turnout.value,
        evidence=turnout.evidence[:1],
    )
