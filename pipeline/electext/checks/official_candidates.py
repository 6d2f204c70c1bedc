"""Official-results checks on each reported candidate: votes, share, place, forename and party.

A candidate is tied to an official candidacy by name (surname, or forename and surname where the
record's name carries a ballot description), else by party where one candidate stood for it; a
figure the record cannot tie to one candidacy is ``unverifiable``.
"""

from __future__ import annotations

from functools import partial

from electext.checks.names import forenames_agree, party_mentions_in, party_named_in
from electext.checks.official import (
    Context,
    Other,
    fmt_number,
    grade_figure,
    label_check,
    stated_as,
    stated_label,
    who_of,
)
from electext.core import rx
from electext.core.records import Candidate, Check, Label, Quantity
from electext.lexicon import patterns
from electext.reference.refdb import Candidacy, OfficialContest, name_key


def official_candidate(candidate: Candidate, ctx: Context) -> Candidacy | str:
    """The official candidacy a reported candidate is, or why it cannot be told."""
    if candidate.name is not None:
        key = name_key(candidate.name.value)
        found = [c for c in ctx.official.candidates if c.is_called(candidate.name.value)]
        if len(found) > 1:
            found = [c for c in found if name_key(c.name) == key] or found
        if len(found) > 1 and candidate.party is not None:
            found = [c for c in found if ctx.same_party(candidate.party.value, c)] or found
        if len(found) == 1:
            return found[0]
        if found:
            return f"{len(found)} official candidates share the name {candidate.name.value}"
        if ctx.official.candidates and ctx.official.candidates[0].surname:
            return f"no official candidate is called {candidate.name.value}"
    if candidate.party is not None:
        same = [c for c in ctx.official.candidates if ctx.same_party(candidate.party.value, c)]
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


def _share(candidacy: Candidacy, contest: OfficialContest) -> float | None:
    return None if candidacy.share is None else round(candidacy.share * 100, 4)


def _party_figures(contest: OfficialContest, party: str, ctx: Context) -> list[Candidacy]:
    names = (party, *ctx.predecessors.get(party, ()))
    return [c for c in contest.candidates if ctx.party_of(c) in names]


def _vote_others(official: Candidacy, ctx: Context) -> list[Other]:
    contest = ctx.official
    others = [
        Other(f"the official votes of {c.name or ctx.party_of(c)} ({ctx.party_of(c)})", c.votes)
        for c in contest.candidates
        if c is not official
    ]
    if contest.majority is not None:
        others.append(Other("the official majority", contest.majority))
    if contest.electorate:
        others.append(Other("the electorate", contest.electorate))
    if contest.valid_votes:
        others.append(Other("the number of valid votes", contest.valid_votes))
    for baseline in ctx.baselines:
        for earlier in _party_figures(baseline, ctx.party_of(official), ctx):
            others.append(
                Other(f"the {ctx.party_of(official)} vote at {baseline.label}", earlier.votes, "other_election")
            )
    return others + ctx.neighbour_others("votes")


def _share_others(official: Candidacy, ctx: Context) -> list[Other]:
    contest = ctx.official
    others = [
        Other(f"the official share of {c.name or ctx.party_of(c)} ({ctx.party_of(c)})", share)
        for c in contest.candidates
        if c is not official and (share := _share(c, contest)) is not None
    ]
    if contest.majority is not None and contest.valid_votes:
        others.append(
            Other("the official majority as a share of the vote", 100 * contest.majority / contest.valid_votes)
        )
    if contest.electorate and contest.valid_votes:
        others.append(Other("the official turnout", 100 * contest.valid_votes / contest.electorate))
    for baseline in ctx.baselines:
        for earlier in _party_figures(baseline, ctx.party_of(official), ctx):
            if (share := _share(earlier, baseline)) is not None:
                others.append(Other(f"the {ctx.party_of(official)} share at {baseline.label}", share, "other_election"))
    return others + ctx.neighbour_others("share")


def _share_definitions(official: Candidacy, contest: OfficialContest) -> list[tuple[str, float]]:
    share = _share(official, contest)
    definitions = [] if share is None else [("of valid votes", share)]
    if contest.valid_votes and contest.invalid_votes:
        definitions.append(
            ("of all ballots incl. rejected", 100 * official.votes / (contest.valid_votes + contest.invalid_votes))
        )
    return definitions


def _position_check(ctx: Context, candidate: Candidate, figure: Quantity, official: Candidacy) -> Check:
    place = ctx.official.candidates.index(official) + 1
    who = f"{who_of(candidate)} ({_identity(candidate, official, ctx)}): "
    check = grade_figure(ctx, "official_position", figure, [("place", float(place))], what="position", who=who)
    stated = int(figure.value)
    if check.status == "fail" and 1 <= stated <= len(ctx.official.candidates):
        holder = ctx.official.candidates[stated - 1]
        if (
            holder.surname
            and holder is not official
            and holder.surname.casefold() in ctx.sentence(figure.evidence).casefold()
        ):
            return check.model_copy(
                update={
                    "status": "check_extraction",
                    "gap": "other_figure",
                    "suggestion": f"place {stated} read for {holder.name}",
                    "message": f"{check.message}; not an alarm: {holder.name}, officially placed {stated}, is named in "
                    "the same sentence, so our reading of whose place it is is the likelier culprit",
                }
            )
    return check


def _elsewhere_check(ctx: Context, candidate: Candidate, check_id: str, figure: Quantity, why: str) -> Check:
    """A candidate who did not stand in the matched election: unverifiable, unless they stood in
    another election of this seat (or of a neighbouring contest) with this very figure, which the
    article then reports."""
    name = candidate.name.value if candidate.name else None
    if name is not None and check_id == "official_votes" and figure.qualifier == "exact" and not figure.derived:
        for other in (*ctx.elsewhere, *ctx.neighbours):
            for stood in other.candidates:
                if stood.is_called(name) and abs(stood.votes - figure.value) < 1e-9:
                    return ctx.check(
                        check_id,
                        "check_extraction",
                        f"{name}: reported votes {stated_as(figure)}; {name} did not stand in {ctx.official.label} "
                        f"but polled {fmt_number(stood.votes)} at {other.label}; not an alarm: the figure is from "
                        "that election",
                        reported=figure.value,
                        expected=float(stood.votes),
                        evidence=figure.evidence,
                        against=other,
                        gap="other_election",
                        suggestion=f"from {other.label}",
                        reading=figure.reading,
                    )
    return ctx.check(check_id, "unverifiable", f"{who_of(candidate)}: {why}", evidence=figure.evidence)


def candidate_checks(ctx: Context) -> list[Check]:
    """Each candidate's votes, share and place against their official candidacy."""
    checks = []
    for candidate in ctx.contest.candidates:
        figures = [
            (figure, check_id)
            for figure, check_id in (
                (candidate.votes, "official_votes"),
                (candidate.share, "official_share"),
                (candidate.position, "official_position"),
            )
            if figure is not None
        ]
        if not figures:
            continue
        official = official_candidate(candidate, ctx)
        for figure, check_id in figures:
            what = check_id.removeprefix("official_")
            if isinstance(official, str):
                checks.append(_elsewhere_check(ctx, candidate, check_id, figure, official))
                continue
            who = f"{who_of(candidate)} ({_identity(candidate, official, ctx)}): "
            if check_id == "official_votes":
                checks.append(
                    grade_figure(
                        ctx,
                        check_id,
                        figure,
                        [("votes", official.votes)],
                        what="votes",
                        who=who,
                        others=partial(_vote_others, official, ctx),
                    )
                )
            elif check_id == "official_share":
                definitions = _share_definitions(official, ctx.official)
                if not definitions:
                    checks.append(ctx.check(check_id, "unverifiable", f"{who_of(candidate)}: no official {what}"))
                    continue
                checks.append(
                    grade_figure(
                        ctx,
                        check_id,
                        figure,
                        definitions,
                        what="share",
                        who=who,
                        others=partial(_share_others, official, ctx),
                    )
                )
            else:
                checks.append(_position_check(ctx, candidate, figure, official))
    return checks


def _forenames(words: list[str], official: Candidacy) -> list[str]:
    """The words of a printed name that are not the official surname, wherever they stand ("ROGERS
    Tom" in a surname-first list)."""
    surname = set(name_key(official.surname).split())
    return [word for word in words if name_key(word) not in surname]


def name_checks(ctx: Context) -> list[Check]:
    """A candidate's forename against the official candidate of that surname and party ("Conservative
    David Fleet" when Peter Fleet stood). Only a surname that singles out one official candidate of the
    stated party is compared, and known forms of a forename agree (Bill and William, Dan and Daniel)."""
    checks = []
    seen: set[str] = set()
    for candidate in ctx.contest.candidates:
        name, party = candidate.name, candidate.party
        if name is None or not stated_label(name) or not stated_label(party) or name.value in seen:
            continue
        assert party is not None
        seen.add(name.value)
        words = name.value.split()
        found = [c for c in ctx.official.candidates if c.surname and c.is_called(name.value)]
        if len(words) < 2 or len(found) != 1 or not ctx.same_party(party.value, found[0]):
            continue
        official = found[0]
        forenames = _forenames(words, official)
        if not forenames or forenames_agree(forenames, official.first_name):
            checks.append(
                ctx.check(
                    "official_name",
                    "pass",
                    f"{name.value} ({party.value}): the official candidate is {official.name}",
                    reported=name.value,
                    expected=official.name,
                    evidence=name.evidence,
                    reading=name.reading,
                )
            )
            continue
        sentence = ctx.sentence(name.evidence)
        checks.append(
            label_check(
                ctx,
                "official_name",
                f"the {party.value} candidate {official.surname} was {official.name}, not {name.value}",
                [
                    (
                        bool(official.name) and official.name.casefold() in sentence.casefold(),
                        "other_figure",
                        f"{official.name} is named in the same sentence",
                    ),
                    (
                        name.reading == "inferred",
                        "inferred_reading",
                        "electext read this name across a clause or a sentence",
                    ),
                ],
                reported=name.value,
                expected=official.name,
                evidence=name.evidence,
                reading=name.reading,
            )
        )
    return checks


def _former(ctx: Context, name: Label, party: Label) -> bool:
    """ "the former Labour and Green MP Ada Strand": the stated party, written just before one
    of the person's mentions, is one they belonged to once."""
    surname = name.value.split()[-1] if name.value.split() else ""
    if not ctx.text or not surname:
        return False
    for mention in rx.finditer(rf"\b{rx.escape(surname)}\b", ctx.text):
        before = ctx.text[max(0, mention.start() - 60) : mention.start()]
        if patterns.FORMER_MEMBER.search(before) and party_named_in(party.value, before):
            return True
    return False


def _within_longer_name(ctx: Context, party: Label) -> bool:
    """ "Antonio Vitiello (Patriots Alliance)": where every mention of the stated party in its sentence
    ends a longer capitalised name, that name is some other party's."""
    sentence = ctx.sentence(party.evidence)
    spans = party_mentions_in(party.value, sentence)
    return bool(spans) and all(
        sentence[start].isupper() and patterns.CAPITALISED_WORD_BEFORE.search(sentence, max(0, start - 30), start)
        for start, _ in spans
    )


def party_checks(ctx: Context) -> list[Check]:
    """A named candidate's stated party against the party they stood for ("Tory candidate Dana
    Hollis" when she stood for Labour). Only a name that is one official candidate's, forename
    included, is compared; a party electext inferred rather than read beside the name, or one whose
    official party the same sentence names, is our reading to check, not an alarm."""
    checks = []
    seen: set[str] = set()
    for candidate in ctx.contest.candidates:
        name, party = candidate.name, candidate.party
        if name is None or party is None or not stated_label(party) or name.derived or name.value in seen:
            continue
        seen.add(name.value)
        found = [c for c in ctx.official.candidates if c.surname and c.is_called(name.value)]
        words = name.value.split()
        if len(found) != 1 or len(words) < 2:
            continue
        official = found[0]
        forenames = _forenames(words, official)
        if not forenames or not forenames_agree(forenames, official.first_name):
            continue
        actual = ctx.party_of(official)
        evidence = party.evidence or name.evidence
        if ctx.same_party(party.value, official):
            checks.append(
                ctx.check(
                    "official_party",
                    "pass",
                    f"{name.value} stood for {actual}",
                    reported=party.value,
                    expected=actual,
                    evidence=evidence,
                    reading=party.reading,
                )
            )
            continue
        checks.append(
            label_check(
                ctx,
                "official_party",
                f"{official.name} stood for {actual}, not {party.value}",
                [
                    (_former(ctx, name, party), "other_time", "the article gives the party as a former one"),
                    (
                        _within_longer_name(ctx, party),
                        "other_figure",
                        f"{party.value!r} is read out of a longer name, which may be another party's",
                    ),
                    (
                        party_named_in(actual, ctx.sentence(evidence)),
                        "other_figure",
                        f"{actual} is named in the same sentence, so our reading of whose party it is is the "
                        "likelier culprit",
                    ),
                    (
                        party.reading == "inferred",
                        "inferred_reading",
                        "electext inferred this party rather than reading it beside the name",
                    ),
                ],
                reported=party.value,
                expected=actual,
                evidence=evidence,
                reading=party.reading,
            )
        )
    return checks


# --- the contest ----------------------------------------------------------------------------------
