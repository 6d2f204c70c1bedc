"""Official-results checks: is each reported figure the official one?

For every extracted contest matched to an official election (:mod:`pipeline.refmatch`), each figure
the article reports is compared with the House of Commons Library's: candidates' votes and shares,
the winner and their party, the majority, the previous majority (the previous general election on
the same boundaries, or the 2019 notional result for 2024 seats), turnout, the Butler swing, gain or
hold, and "held since" as far back as the data reach. Hedged figures ("more than 19,600") are
checked as the bounds they state; percentages get the tolerance their printed precision implies.
Every check names its source and, for numbers, reported minus official.

A figure electext cannot tie to one official value (a candidate the data do not list, a party with
two candidates) is ``unverifiable``, never a failure: a false alarm costs a fact-checker more than a
missed one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pipeline.records import Candidate, Check, CheckStatus, Contest, Evidence, Label, OfficialMatch, Quantity
from pipeline.refdb import GENERAL, NOTIONAL, Candidacy, OfficialContest, Reference, name_key
from pipeline.refmatch import Match, match_contest
from pipeline.resources import Resources

# Shares behind a Butler swing are each rounded by reporters; two differences of two shares.
SWING_ROUNDING = 0.1


@dataclass(frozen=True)
class Context:
    """What every check on one contest needs.

    ``baselines`` are the previous general elections a previous majority or a swing may be measured
    against, the primary one first: the last general election on the same boundaries, then — for a
    seat first fought in 2024 — the 2019 result on the old boundaries of the same name, which is what
    many reporters quote.
    """

    contest: Contest
    official: OfficialContest
    baselines: tuple[OfficialContest, ...]
    history: tuple[OfficialContest, ...]
    party_of: Callable[[Candidacy], str]
    abbreviation_of: Callable[[str], str]
    predecessors: Mapping[str, tuple[str, ...]]

    def check(
        self,
        check_id: str,
        status: CheckStatus,
        message: str,
        *,
        reported: float | str | None = None,
        expected: float | str | None = None,
        evidence: list[Evidence] | None = None,
        against: OfficialContest | None = None,
    ) -> Check:
        difference = None
        if isinstance(reported, int | float) and isinstance(expected, int | float):
            difference = round(float(reported) - float(expected), 4)
        return Check(
            id=check_id,
            contest=self.contest.constituency.value,
            status=status,
            message=message,
            reported=reported,
            expected=expected,
            evidence=evidence or [],
            difference=difference,
            source=(against or self.official).election.source,
        )

    def verdict(
        self,
        check_id: str,
        problems: list[str],
        agreed: str,
        expected: str,
        labels: tuple[Label | None, ...],
        join: str,
    ) -> Check:
        """A check on text values: fails listing its problems, or passes saying what agreed."""
        stated = [label for label in labels if label is not None]
        return self.check(
            check_id,
            "fail" if problems else "pass",
            "; ".join(problems) if problems else agreed,
            reported=join.join(label.value for label in stated),
            expected=expected,
            evidence=[e for label in stated for e in label.evidence],
        )


def decimals(value: float) -> int:
    """Decimal places a reporter printed: 34.1 -> 1, 34.0 -> 0 (a whole percentage)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def rounding(quantity: Quantity) -> float:
    return 0.5 * 10.0 ** -decimals(quantity.value) + 1e-9


def holds(quantity: Quantity, actual: float, tolerance: float) -> bool:
    """Whether the official value is one the reported figure allows (its bounds, widened by rounding)."""
    low = quantity.lower if quantity.lower is not None else float("-inf")
    high = quantity.upper if quantity.upper is not None else float("inf")
    return low - tolerance <= actual <= high + tolerance


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _stated_as(quantity: Quantity) -> str:
    hedge = "" if quantity.qualifier == "exact" else quantity.qualifier.replace("_", " ") + " "
    suffix = "%" if quantity.unit in ("percent", "points") else ""
    derived = " (derived)" if quantity.derived else ""
    return f"{hedge}{_fmt(quantity.value)}{suffix}{derived}"


def _who(candidate: Candidate) -> str:
    if candidate.name:
        return candidate.name.value
    return candidate.party.value if candidate.party else "a candidate"


def official_candidate(candidate: Candidate, ctx: Context) -> Candidacy | str:
    """The official candidacy a reported candidate is, or why it cannot be told."""
    if candidate.name is not None:
        key = name_key(candidate.name.value)
        found = [c for c in ctx.official.candidates if c.is_called(candidate.name.value)]
        if len(found) > 1:
            found = [c for c in found if name_key(c.name) == key] or found
        if len(found) == 1:
            return found[0]
        if found:
            return f"{len(found)} official candidates share the name {candidate.name.value}"
        if ctx.official.candidates[0].surname:
            return f"no official candidate is called {candidate.name.value}"
    if candidate.party is not None:
        same = [c for c in ctx.official.candidates if ctx.party_of(c) == candidate.party.value]
        if len(same) == 1:
            return same[0]
        return f"{len(same)} official candidates stood for {candidate.party.value}"
    return "the candidate has neither a name nor a party"


def _identity(candidate: Candidate, official: Candidacy, ctx: Context) -> str:
    """How the official record names a reported candidate, where the article did not say as much."""
    party = ctx.party_of(official)
    if official.name and (candidate.name is None or name_key(candidate.name.value) != name_key(official.name)):
        return f"{official.name}, {party}"
    return party


def _official_figure(check_id: str, official: Candidacy, ctx: Context) -> float | None:
    if check_id == "official_votes":
        return official.votes
    if check_id == "official_share":
        return None if official.share is None else round(official.share * 100, 4)
    return float(ctx.official.candidates.index(official) + 1)


CANDIDATE_FIGURES = (("votes", "official_votes"), ("share", "official_share"), ("position", "official_position"))


def candidate_checks(ctx: Context) -> list[Check]:
    """Each candidate's votes, share and place against their official candidacy."""
    checks = []
    for candidate in ctx.contest.candidates:
        figures = [(getattr(candidate, name), check_id) for name, check_id in CANDIDATE_FIGURES]
        figures = [(figure, check_id) for figure, check_id in figures if figure is not None]
        if not figures:
            continue
        official = official_candidate(candidate, ctx)
        for figure, check_id in figures:
            what = check_id.removeprefix("official_")
            if isinstance(official, str):
                checks.append(
                    ctx.check(check_id, "unverifiable", f"{_who(candidate)}: {official}", evidence=figure.evidence)
                )
                continue
            actual = _official_figure(check_id, official, ctx)
            if actual is None:
                checks.append(ctx.check(check_id, "unverifiable", f"{_who(candidate)}: no official {what}"))
                continue
            tolerance = rounding(figure) if check_id == "official_share" else 0.0
            ok = holds(figure, actual, tolerance)
            shown = f"{_fmt(actual)}%" if check_id == "official_share" else _fmt(actual)
            checks.append(
                ctx.check(
                    check_id,
                    "pass" if ok else "fail",
                    f"{_who(candidate)} ({_identity(candidate, official, ctx)}): reported {what} "
                    f"{_stated_as(figure)}, official {shown}",
                    reported=figure.value,
                    expected=actual,
                    evidence=figure.evidence,
                )
            )
    return checks


def winner_check(ctx: Context) -> list[Check]:
    winner = ctx.contest.winner
    if winner is None or (winner.name is None and winner.party is None):
        return []
    top = ctx.official.candidates[0]
    problems = []
    if winner.name is not None and top.surname and not top.is_called(winner.name.value):
        problems.append(f"the winner was {top.name}, not {winner.name.value}")
    if winner.party is not None and winner.party.value != ctx.party_of(top):
        problems.append(f"the winning party was {ctx.party_of(top)}, not {winner.party.value}")
    expected = f"{top.name} ({ctx.party_of(top)})" if top.surname else ctx.party_of(top)
    return [ctx.verdict("official_winner", problems, f"{expected} won", expected, (winner.name, winner.party), " ")]


def result_check(ctx: Context) -> list[Check]:
    result, lost = ctx.contest.result, ctx.contest.gained_from
    official = ctx.official.result
    if (result is None and lost is None) or not official:
        return []
    official_gain = " gain from " in official
    official_loser = ctx.abbreviation_of(official.split(" gain from ")[1]) if official_gain else None
    problems = []
    if result is not None and (result.value == "gain") != official_gain:
        problems.append(f"officially a {'gain' if official_gain else 'hold'}")
    if lost is not None and official_loser is not None and lost.value != official_loser:
        problems.append(f"the seat was gained from {official_loser}, not {lost.value}")
    if lost is not None and not official_gain and result is None:
        problems.append("officially the seat did not change hands")
    winner = ctx.abbreviation_of(official.split()[0])
    stated = f"{winner} gain from {official_loser}" if official_gain else f"{winner} hold"
    return [ctx.verdict("official_result", problems, f"officially a {stated}", stated, (result, lost), " from ")]


def _majority_check(ctx: Context, check_id: str, figure: Quantity, official: OfficialContest, what: str) -> Check:
    if official.majority is None:
        return ctx.check(check_id, "unverifiable", f"no official {what}", against=official)
    if figure.unit == "votes":
        actual: float = official.majority
        tolerance = 0.0
    elif official.valid_votes:
        actual = round(100 * official.majority / official.valid_votes, 4)
        tolerance = rounding(figure)
    else:
        return ctx.check(check_id, "unverifiable", f"no official valid votes to turn the {what} into a percentage")
    ok = holds(figure, actual, tolerance)
    unit = "" if figure.unit == "votes" else "%"
    return ctx.check(
        check_id,
        "pass" if ok else "fail",
        f"reported {what} {_stated_as(figure)}, official {_fmt(actual)}{unit} ({official.label})",
        reported=figure.value,
        expected=actual,
        evidence=figure.evidence,
        against=official,
    )


def majority_check(ctx: Context) -> list[Check]:
    figure = ctx.contest.majority
    return [] if figure is None else [_majority_check(ctx, "official_majority", figure, ctx.official, "majority")]


def previous_majority_check(ctx: Context) -> list[Check]:
    figure = ctx.contest.previous_majority
    if figure is None:
        return []
    if not ctx.baselines:
        return [
            ctx.check(
                "official_previous_majority",
                "unverifiable",
                f"the reference data hold no earlier general election on {ctx.official.constituency}'s boundaries",
                evidence=figure.evidence,
            )
        ]
    tried = []
    for baseline in ctx.baselines:
        check = _majority_check(ctx, "official_previous_majority", figure, baseline, "previous majority")
        holder = ctx.party_of(baseline.candidates[0]) if baseline.candidates else None
        if check.status == "pass" and figure.party is not None and holder is not None and figure.party.value != holder:
            check = check.model_copy(
                update={
                    "status": "fail",
                    "message": f"{check.message}; the majority was {holder}'s, not {figure.party.value}'s",
                }
            )
        if check.status != "fail":
            return [check]
        tried.append(check)
    return tried[:1]


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
    # One unit in the last printed digit, not half: turnouts are published on ballot papers issued
    # or on a later register as often as on valid votes, so 44.65% is printed as 44.7% (Corby, 2012).
    tolerance = 2 * rounding(figure)
    matched = [(d, actual) for d, actual in definitions if holds(figure, actual, tolerance)]
    definition, actual = (matched or definitions)[0]
    verb = "matches" if matched else "differs from the official"
    return [
        ctx.check(
            "official_turnout",
            "pass" if matched else "fail",
            f"reported turnout {_stated_as(figure)} {verb} {round(actual, 2)}% ({definition})",
            reported=figure.value,
            expected=round(actual, 4),
            evidence=figure.evidence,
        )
    ]


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
    swings = [(baseline, _butler(ctx, baseline, from_party.value, to_party.value)) for baseline in ctx.baselines]
    for baseline, butler in swings:
        if holds(figure, butler, rounding(figure) + SWING_ROUNDING):
            return [
                ctx.check(
                    "official_swing",
                    "pass",
                    f"reported swing {_stated_as(figure)} {direction}; official Butler swing {butler:.2f} points "
                    f"against {baseline.label}",
                    reported=figure.value,
                    expected=butler,
                    evidence=evidence,
                    against=baseline,
                )
            ]
    baseline, butler = swings[0]
    message = f"reported swing {_stated_as(figure)} {direction}; official Butler swing {butler:.2f} points"
    if butler < 0:
        message += f" (the swing was from {to_party.value} to {from_party.value})"
    return [
        ctx.check(
            "official_swing",
            "fail",
            f"{message}, against {baseline.label}",
            reported=figure.value,
            expected=butler,
            evidence=evidence,
            against=baseline,
        )
    ]


def held_since_check(ctx: Context) -> list[Check]:
    held = ctx.contest.held_since
    if held is None or held.party is None:
        return []
    year, party = int(held.year.value), held.party
    evidence = held.year.evidence + party.evidence
    before = [o for o in ctx.history if o.election.date < ctx.official.election.date and o.candidates]
    since = [o for o in before if int(o.election.date[:4]) >= year]
    lost = [o for o in since if ctx.party_of(o.candidates[0]) != party.value]
    if lost:
        first = lost[0]
        return [
            ctx.check(
                "official_held_since",
                "fail",
                f"{ctx.party_of(first.candidates[0])} won {first.label}, so {party.value} has not held it since {year}",
                reported=year,
                evidence=evidence,
                against=first,
            )
        ]
    earlier = [o for o in before if int(o.election.date[:4]) < year]
    if earlier and ctx.party_of(earlier[-1].candidates[0]) == party.value:
        return [
            ctx.check(
                "official_held_since",
                "fail",
                f"{party.value} already held the seat at {earlier[-1].label}, before {year}",
                reported=year,
                evidence=evidence,
                against=earlier[-1],
            )
        ]
    first_year = int(before[0].election.date[:4]) if before else None
    if earlier or (first_year is not None and first_year == year and " gain from " in (before[0].result or "")):
        return [
            ctx.check(
                "official_held_since",
                "pass",
                f"{party.value} won every election here in the data since {year}",
                reported=year,
                evidence=evidence,
            )
        ]
    reach = f"the data reach back to {first_year}" if first_year else "the data hold no earlier election here"
    note = f"; {party.value} won every one since" if since else ""
    return [
        ctx.check(
            "official_held_since",
            "unverifiable",
            f"{reach}, not to {year}{note}",
            reported=year,
            evidence=evidence,
        )
    ]


CHECKS = (
    winner_check,
    result_check,
    candidate_checks,
    majority_check,
    previous_majority_check,
    turnout_check,
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
    return (primary, *same_name)


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
    )


def check_against_reference(
    contests: list[Contest], reference: Reference, published: str | None, resources: Resources
) -> tuple[list[OfficialMatch], list[Check]]:
    """Match every contest and run every official-results check on the matched ones."""

    def party_of(candidacy: Candidacy) -> str:
        return (
            resources.party_by_alias.get(candidacy.party_name)
            or resources.party_by_abbreviation.get(candidacy.party_abbreviation)
            or candidacy.party_name
        )

    def abbreviation_of(abbreviation: str) -> str:
        return resources.party_by_abbreviation.get(abbreviation, abbreviation)

    matches, checks = [], []
    for contest in contests:
        match = match_contest(contest, reference, published)
        matches.append(_as_match(contest, match))
        if match.official is None:
            continue
        history = reference.history(match.official.ons_id)
        ctx = Context(
            contest=contest,
            official=match.official,
            baselines=baselines_of(match.official, history, reference),
            history=tuple(history),
            party_of=party_of,
            abbreviation_of=abbreviation_of,
            predecessors=resources.predecessors,
        )
        for check in CHECKS:
            checks.extend(check(ctx))
    return matches, checks
