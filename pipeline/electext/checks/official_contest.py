"""Official-results checks on a contest as a whole: winner, gain or hold, majorities and "held since".

Turnouts and the electorate are :mod:`.official_turnout`'s; the swing is :mod:`.official_swing`'s.
"""

from __future__ import annotations

from electext.checks.names import party_named_in
from electext.checks.official import (
    Context,
    Excuse,
    Other,
    grade_figure,
    label_check,
    stated_label,
)
from electext.core import rx
from electext.core.records import Candidate, Check, CheckStatus, Gap, Label, Person, Quantity
from electext.reference.refdb import GENERAL, NOTIONAL, Candidacy, OfficialContest, name_key


def _winner_candidate(ctx: Context) -> Candidate | None:
    winner = ctx.contest.winner
    if winner is None or winner.name is None:
        return None
    return next((c for c in ctx.contest.candidates if c.name and c.name.value == winner.name.value), None)


def winner_check(ctx: Context) -> list[Check]:
    winner = ctx.contest.winner
    if winner is None or (winner.name is None and winner.party is None):
        return []
    top = ctx.official.candidates[0]
    expected = f"{top.name} ({ctx.party_of(top)})" if top.surname else ctx.party_of(top)
    stated = [label for label in (winner.name, winner.party) if label is not None]
    evidence = [e for label in stated for e in label.evidence]
    reported = " ".join(label.value for label in stated)
    as_candidate = _winner_candidate(ctx)
    position = as_candidate.position if as_candidate else None
    if (
        position is not None
        and position.derived
        and position.derived != "the article reports this candidate as the winner"
    ):
        return [
            ctx.check(
                "official_winner",
                "unverifiable",
                f"the winner is derived ({position.derived}), not checked; officially {expected} won",
                reported=reported,
                expected=expected,
                evidence=evidence,
                gap="derived",
                derived=position.derived,
            )
        ]
    problems = []
    if winner.name is not None and not winner.name.derived and top.surname and not top.is_called(winner.name.value):
        problems.append(f"the winner was {top.name}, not {winner.name.value}")
    if stated_label(winner.party) and winner.party is not None and not ctx.same_party(winner.party.value, top):
        problems.append(f"the winning party was {ctx.party_of(top)}, not {winner.party.value}")
    if not problems:
        return [
            ctx.check(
                "official_winner", "pass", f"{expected} won", reported=reported, expected=expected, evidence=evidence
            )
        ]
    return [
        label_check(
            ctx,
            "official_winner",
            "; ".join(problems),
            _winner_explanations(ctx, winner, stated),
            reported=reported,
            expected=expected,
            evidence=evidence,
            reading=None,
        )
    ]


def _winner_explanations(ctx: Context, winner: Person, stated: list[Label]) -> list[Excuse]:
    """Why an article may name another winner than the official one without erring: the official winner
    is named in the same sentence, the stated winner won another election it may be reporting, the
    name did not stand here at all, or electext inferred the winner."""
    top = ctx.official.candidates[0]
    sentences = " ".join(ctx.sentence([e]) for label in stated for e in label.evidence).casefold()
    name = winner.name.value if winner.name is not None and not winner.name.derived else None
    party = winner.party.value if winner.party is not None and stated_label(winner.party) else None
    won_elsewhere = [
        o
        for o in (*ctx.elsewhere, *ctx.neighbours)
        if o.candidates
        and (name is None or (o.candidates[0].surname and o.candidates[0].is_called(name)))
        and (party is None or ctx.same_party(party, o.candidates[0]))
        and (name is not None or party is not None)
    ]
    name_wrong = name is not None and bool(top.surname) and not top.is_called(name)
    stood = name is not None and any(c.is_called(name) for c in ctx.official.candidates)
    return [
        (
            name_wrong and top.surname.casefold() in sentences,
            "other_figure",
            f"{top.name}, the official winner, is named in the same sentence",
        ),
        (
            bool(won_elsewhere),
            "other_election",
            f"{name or party} won {won_elsewhere[-1].label if won_elsewhere else ''}, which the article "
            "may be reporting",
        ),
        (
            name is not None and not stood and not _misspelt(name, top),
            "other_figure",
            f"{name} did not stand here, so the article more likely names them for another reason (a party "
            "leader, a minister) than as the winner",
        ),
        (
            any(label.reading == "inferred" for label in stated),
            "inferred_reading",
            "electext inferred the winner across a clause or a sentence",
        ),
    ]


def _misspelt(name: str, official: Candidacy) -> bool:
    """A stated surname one or two letters from the official one ("Strathearn" for Strathern)."""
    stated = name_key(name.split()[-1]) if name.split() else ""
    actual = name_key(official.surname)
    if not stated or not actual or stated == actual:
        return False
    return _edits(stated, actual) <= (1 if len(actual) < 6 else 2)


def _edits(first: str, second: str) -> int:
    """Levenshtein distance (short names only)."""
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]


def result_check(ctx: Context) -> list[Check]:
    result, lost = ctx.contest.result, ctx.contest.gained_from
    official = ctx.official.result
    if (result is None and lost is None) or not official:
        return []
    official_gain = " gain from " in official.lower()
    official_loser = ctx.abbreviation_of(rx.split(r"(?i) gain from ", official)[1]) if official_gain else None
    winner = ctx.abbreviation_of(official.split()[0])
    stated = f"{winner} gain from {official_loser}" if official_gain else f"{winner} hold"
    labels = (result, lost)
    if not any(stated_label(label) for label in labels):
        derived = "; ".join(label.derived for label in labels if label is not None and label.derived)
        return [
            ctx.check(
                "official_result",
                "unverifiable",
                f"gain or hold is derived ({derived}), not checked; officially a {stated}",
                expected=stated,
                gap="derived",
                derived=derived,
            )
        ]
    problems = []
    if stated_label(result) and result is not None and (result.value == "gain") != official_gain:
        problems.append(f"officially a {'gain' if official_gain else 'hold'}")
    if stated_label(lost) and lost is not None and official_loser is not None and lost.value != official_loser:
        problems.append(f"the seat was gained from {official_loser}, not {lost.value}")
    if stated_label(lost) and lost is not None and not official_gain and not stated_label(result):
        problems.append("officially the seat did not change hands")
    shown = [label for label in labels if label is not None and stated_label(label)]
    reported = " from ".join(label.value for label in shown)
    evidence = [e for label in shown for e in label.evidence]
    if not problems:
        return [
            ctx.check(
                "official_result",
                "pass",
                f"officially a {stated}",
                reported=reported,
                expected=stated,
                evidence=evidence,
            )
        ]
    message = "; ".join(problems)
    status: CheckStatus = "fail"
    gap: Gap = "mismatch"
    return [
        ctx.check(
            "official_result",
            status,
            message,
            reported=reported,
            expected=stated,
            evidence=evidence,
            gap=gap,
            suggestion=stated,
        )
    ]


def _majority_definitions(figure: Quantity, official: OfficialContest) -> list[tuple[str, float]] | str:
    if official.majority is None:
        return "no official majority"
    if figure.unit == "votes":
        return [("votes", float(official.majority))]
    if official.valid_votes:
        return [("share of valid votes", 100 * official.majority / official.valid_votes)]
    return "no official valid votes to turn the majority into a percentage"


def majority_check(ctx: Context) -> list[Check]:
    figure = ctx.contest.majority
    if figure is None:
        return []
    definitions = _majority_definitions(figure, ctx.official)
    if isinstance(definitions, str):
        return [ctx.check("official_majority", "unverifiable", definitions, evidence=figure.evidence)]
    others = [Other(f"the official votes of {c.name or ctx.party_of(c)}", c.votes) for c in ctx.official.candidates]
    others += [
        Other(
            f"the majority at {b.label}",
            b.majority if figure.unit == "votes" else 100 * b.majority / b.valid_votes,
            "other_election",
        )
        for b in ctx.baselines
        if b.majority is not None and b.valid_votes
    ]
    others += ctx.neighbour_others("majority")
    return [grade_figure(ctx, "official_majority", figure, definitions, what="majority", others=others)]


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
    earlier = [
        o for o in ctx.history if o.election.kind == GENERAL and o.election.date < ctx.baselines[0].election.date
    ]
    others = []
    if ctx.official.majority is not None:
        new = float(ctx.official.majority)
        if figure.unit != "votes" and ctx.official.valid_votes:
            new = 100 * ctx.official.majority / ctx.official.valid_votes
        others.append(Other("this election's official majority", new))
    others += [
        Other(
            f"the majority at {o.label}",
            o.majority if figure.unit == "votes" else 100 * o.majority / o.valid_votes,
            "other_election",
        )
        for o in earlier
        if o.majority and o.valid_votes
    ]
    tried = []
    for baseline in ctx.baselines:
        definitions = _majority_definitions(figure, baseline)
        if isinstance(definitions, str):
            tried.append(ctx.check("official_previous_majority", "unverifiable", definitions, against=baseline))
            continue
        check = grade_figure(
            ctx,
            "official_previous_majority",
            figure,
            definitions,
            what="previous majority",
            against=baseline,
            others=others,
        )
        holder = ctx.party_of(baseline.candidates[0]) if baseline.candidates else None
        party = figure.party
        if (
            check.status in ("pass", "rounded", "imprecise")
            and stated_label(party)
            and party is not None
            and holder is not None
            and party.value != holder
        ):
            check = check.model_copy(
                update={
                    "status": "fail",
                    "gap": "mismatch",
                    "suggestion": f"{holder}'s majority",
                    "message": f"{check.message}; the majority was {holder}'s, not {party.value}'s",
                }
            )
        if check.status != "fail":
            return [check]
        tried.append(check)
    return tried[:1]


def majority_change_check(ctx: Context) -> list[Check]:
    """A stated change in the majority ("900 more than last time") against the official majorities."""
    figure = ctx.contest.majority_change
    if figure is None or ctx.official.majority is None:
        return []
    definitions = [
        (f"this majority minus the one at {b.label}", float(ctx.official.majority - b.majority))
        for b in ctx.baselines
        if b.majority is not None and b.election.kind != NOTIONAL
    ] + [
        (f"this majority minus the notional one at {b.label}", float(ctx.official.majority - b.majority))
        for b in ctx.baselines
        if b.majority is not None and b.election.kind == NOTIONAL
    ]
    if not definitions:
        return [
            ctx.check(
                "official_majority_change",
                "unverifiable",
                "the reference data hold no earlier majority here",
                evidence=figure.evidence,
            )
        ]
    return [
        grade_figure(
            ctx, "official_majority_change", figure, definitions, what="change in the majority (+ more, − fewer)"
        )
    ]


def held_since_check(ctx: Context) -> list[Check]:
    held = ctx.contest.held_since
    if held is None or held.party is None:
        return []
    year, party = int(held.year.value), held.party
    evidence = held.year.evidence + party.evidence
    if held.year.derived or not stated_label(party):
        return [
            ctx.check(
                "official_held_since",
                "unverifiable",
                f"held since {year} is derived, not checked",
                reported=year,
                evidence=evidence,
                gap="derived",
                derived=held.year.derived or party.derived,
            )
        ]
    before = [o for o in ctx.history if o.election.date < ctx.official.election.date and o.candidates]
    since = [o for o in before if int(o.election.date[:4]) >= year]
    lost = [o for o in since if ctx.party_of(o.candidates[0]) != party.value]
    failure: Check | None = None
    if lost:
        first = lost[0]
        holder = ctx.party_of(first.candidates[0])
        failure = ctx.check(
            "official_held_since",
            "fail",
            f"{holder} won {first.label}, so {party.value} has not held it since {year}",
            reported=year,
            evidence=evidence,
            against=first,
            gap="mismatch",
        )
    else:
        earlier = [o for o in before if int(o.election.date[:4]) < year]
        if earlier and ctx.party_of(earlier[-1].candidates[0]) == party.value:
            holder = party.value
            failure = ctx.check(
                "official_held_since",
                "fail",
                f"{party.value} already held the seat at {earlier[-1].label}, before {year}",
                reported=year,
                evidence=evidence,
                against=earlier[-1],
                gap="mismatch",
            )
        else:
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
    if lost and party_named_in(holder, ctx.sentence(held.year.evidence)):
        failure = failure.model_copy(
            update={
                "status": "check_extraction",
                "gap": "other_figure",
                "message": f"{failure.message}; not an alarm: {holder}, the party that won, is named in the "
                "same sentence, so our reading of whose hold it is is the likelier culprit",
            }
        )
    return [failure]
