"""Official-results checks on who voted: the turnout (under each published definition: valid votes,
or ballot papers with the rejected, over the electorate, or the article's own ballot count), the
electorate and the previous turnout; a figure just off every definition is imprecise (published on
another register), not wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from electext.checks.grading import printed_decimals, rules
from electext.checks.official import (
    Context,
    Other,
    fmt_number,
    fmt_percent,
    grade_figure,
    stated_as,
)
from electext.core import rx
from electext.core.records import Check, Quantity

# Counts of ballots an article may give for its own turnout ("37,786 verified ballots").
_BALLOTS = rx.compile(
    r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{4,7})\s+(?:verified\s+|counted\s+)?(?:ballots|ballot\s+papers)\b", rx.I
)


def _stated_ballots(ctx: Context, figure: Quantity) -> int | None:
    """A count of ballots the article gives beside its turnout ("37,786 verified ballots")."""
    if not figure.evidence or not ctx.text:
        return None
    start = figure.evidence[0].start
    found = _BALLOTS.search(ctx.text, start, min(len(ctx.text), start + 300))
    return int(found.group(1).replace(",", "")) if found else None


def turnout_check(ctx: Context) -> list[Check]:
    figure = ctx.contest.turnout
    if figure is None or figure.unit not in ("percent", "points"):
        return []
    electorate, valid, invalid = ctx.official.electorate, ctx.official.valid_votes, ctx.official.invalid_votes
    if not electorate or not valid:
        return [ctx.check("official_turnout", "unverifiable", "no official electorate or valid votes")]
    definitions = [("valid votes ÷ electorate, the Commons Library's definition", 100 * valid / electorate)]
    if invalid:
        definitions.append(("ballot papers incl. rejected ÷ electorate", 100 * (valid + invalid) / electorate))
    ballots = _stated_ballots(ctx, figure)
    if ballots:
        definitions.append((f"the article's {ballots:,} ballots ÷ electorate", 100 * ballots / electorate))
    others = [
        Other(f"the turnout at {b.label}", 100 * b.valid_votes / b.electorate, "other_election")
        for b in ctx.baselines
        if b.electorate and b.valid_votes
    ] + ctx.neighbour_others("turnout")
    # One unit in the last printed digit, not half: turnouts are published on ballot papers issued or
    # on a later register as often as on valid votes, so 44.65% is printed as 44.7% (Corby, 2012).
    decimals = printed_decimals(figure)
    check = grade_figure(
        ctx, "official_turnout", figure, definitions, what="turnout", others=others, tolerance=0.5 * 10.0**-decimals
    )
    return [on_another_register(check, figure, definitions, "turnout", "turnouts")]


def on_another_register(
    check: Check, figure: Quantity, definitions: Sequence[tuple[str, float]], field: str, plural: str
) -> Check:
    """A turnout or electorate that misses every definition, but by less than the register tolerance
    (``verdicts.json``), is imprecise: published on another register, not wrong."""
    if check.status not in ("fail", "check_extraction") or figure.qualifier != "exact" or check.gap == "other_election":
        return check
    limit = rules().registers[field]
    close = [(name, value) for name, value in definitions if value and abs(figure.value - value) <= limit * value]
    if not close:
        return check
    name, value = close[0]
    shown = fmt_percent(value) if figure.unit in ("percent", "points") else fmt_number(value)
    return check.model_copy(
        update={
            "status": "imprecise",
            "gap": "definition",
            "suggestion": None,
            "expected": round(value, 4),
            "difference": round(figure.value - value, 4),
            "message": f"reported {field.replace('_', ' ')} {stated_as(figure)} is within {limit:.1%} of the "
            f"official {shown} ({name}): {plural} are also published on other registers",
        }
    )


def electorate_check(ctx: Context) -> list[Check]:
    """The electorate the article gives ("an electorate of 77,500") against the official one."""
    figure = ctx.contest.electorate
    if figure is None:
        return []
    if not ctx.official.electorate:
        return [ctx.check("official_electorate", "unverifiable", "no official electorate", evidence=figure.evidence)]
    others = [
        Other(f"the electorate at {b.label}", b.electorate, "other_election") for b in ctx.baselines if b.electorate
    ]
    if ctx.official.valid_votes:
        others.append(Other("the number of valid votes", ctx.official.valid_votes))
    definitions = [("electorate", float(ctx.official.electorate))]
    check = grade_figure(ctx, "official_electorate", figure, definitions, what="electorate", others=others)
    return [on_another_register(check, figure, definitions, "electorate", "electorates")]


def previous_turnout_check(ctx: Context) -> list[Check]:
    """A previous election's turnout ("down from 61.5% at the last general election") against the
    baseline's, under either published definition."""
    figure = ctx.contest.previous_turnout
    if figure is None or figure.unit not in ("percent", "points"):
        return []
    definitions = [
        (f"valid votes ÷ electorate at {b.label}", 100 * b.valid_votes / b.electorate)
        for b in ctx.baselines
        if b.electorate and b.valid_votes
    ] + [
        (
            f"ballot papers incl. rejected ÷ electorate at {b.label}",
            100 * (b.valid_votes + b.invalid_votes) / b.electorate,
        )
        for b in ctx.baselines
        if b.electorate and b.valid_votes and b.invalid_votes
    ]
    if not definitions:
        return [
            ctx.check(
                "official_previous_turnout",
                "unverifiable",
                "the reference data hold no earlier general election here with an electorate",
                evidence=figure.evidence,
            )
        ]
    others = []
    if ctx.official.electorate and ctx.official.valid_votes:
        others.append(
            Other("this election's official turnout", 100 * ctx.official.valid_votes / ctx.official.electorate)
        )
    check = grade_figure(
        ctx,
        "official_previous_turnout",
        figure,
        definitions,
        what="previous turnout",
        against=ctx.baselines[0],
        others=others,
        tolerance=0.5 * 10.0 ** -printed_decimals(figure),
    )
    return [on_another_register(check, figure, definitions, "previous_turnout", "past turnouts")]
