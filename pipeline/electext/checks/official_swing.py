"""The official-results swing check: a stated swing against the Butler swing of the official shares,
from the contest's baseline election to this one.
"""

from __future__ import annotations

from electext.checks.grading import best
from electext.checks.official import (
    Context,
    grade_figure,
    stated_label,
)
from electext.core.records import Check
from electext.reference.refdb import OfficialContest

# Shares behind a Butler swing are each rounded by reporters; two differences of two shares.
SWING_ROUNDING = 0.1


def _share_of(contest: OfficialContest, party: str, ctx: Context) -> float:
    """A party's official share in percent; candidates of one party add up. Where the party did not
    stand, its predecessor's share (Reform UK's 2019 baseline is the Brexit Party's vote), else 0."""
    for name in (party, *ctx.predecessors.get(party, ())):
        shares = [100 * (c.share or 0.0) for c in contest.candidates if ctx.party_of(c) == name]
        if shares:
            return sum(shares)
    return 0.0


def _butler(ctx: Context, baseline: OfficialContest, from_party: str, to_party: str) -> float:
    """The Butler swing from one party to another: the mean of one's gain and the other's loss in share."""
    gain_to = _share_of(ctx.official, to_party, ctx) - _share_of(baseline, to_party, ctx)
    gain_from = _share_of(ctx.official, from_party, ctx) - _share_of(baseline, from_party, ctx)
    return round((gain_to - gain_from) / 2, 4)


def swing_check(ctx: Context) -> list[Check]:
    figure = ctx.contest.swing
    if figure is None or figure.unit not in ("percent", "points"):
        return []
    to_party = figure.to_party or (ctx.contest.winner.party if ctx.contest.winner else None)
    from_party = figure.from_party or ctx.contest.gained_from
    if from_party is None and ctx.contest.previous_majority is not None:
        from_party = ctx.contest.previous_majority.party
    if to_party is None or from_party is None or to_party.value == from_party.value:
        return [
            ctx.check(
                "official_swing", "unverifiable", "the swing's two parties are not known", evidence=figure.evidence
            )
        ]
    if not ctx.baselines:
        return [
            ctx.check(
                "official_swing",
                "unverifiable",
                "the reference data hold no earlier general election on these boundaries",
                evidence=figure.evidence,
            )
        ]
    evidence = figure.evidence + from_party.evidence + to_party.evidence
    direction = f"from {from_party.value} to {to_party.value}"
    definitions = [
        (f"Butler swing {direction} against {b.label}", _butler(ctx, b, from_party.value, to_party.value))
        for b in ctx.baselines
    ]
    check = grade_figure(
        ctx,
        "official_swing",
        figure,
        definitions,
        what=f"swing {direction}",
        against=ctx.baselines[0],
        tolerance=SWING_ROUNDING,
        evidence=evidence,
    )
    butler = definitions[0][1]
    if check.status == "fail" and butler < 0:
        reversed_grade = best(figure, [("reversed", -butler)], SWING_ROUNDING)[2]
        note = f" (the swing was from {to_party.value} to {from_party.value})"
        if reversed_grade.status != "fail" and not (stated_label(from_party) and stated_label(to_party)):
            check = check.model_copy(
                update={
                    "status": "check_extraction",
                    "gap": "inferred_reading",
                    "message": f"{check.message}{note}; not an alarm: the size agrees and electext derived the "
                    "direction",
                }
            )
        else:
            check = check.model_copy(update={"message": check.message + note})
    return [check]
