"""Official-results checks: is each reported figure and name the official one?

For every extracted contest matched to an official election (:mod:`pipeline.refmatch`), what the
article states is compared with the House of Commons Library's record: candidates' names, parties,
votes, shares and places, the winner, gain or hold, the majority, the previous majority (the
previous general election on the same boundaries, or the 2019 notional result for 2024 seats),
turnout, the Butler swing and "held since" as far back as the data reach.

Each figure is graded by :mod:`pipeline.grading` (``pass``, ``rounded``, ``imprecise``, ``fail``)
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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial

from pipeline import rx, typos
from pipeline.grading import best, grade, printed_decimals, rules
from pipeline.names import forenames_agree, party_mentions_in, party_named_in
from pipeline.records import (
    Candidate,
    Check,
    CheckStatus,
    Contest,
    Evidence,
    Gap,
    Label,
    OfficialMatch,
    Quantity,
    Reading,
)
from pipeline.refdb import BY_ELECTION, GENERAL, NOTIONAL, Candidacy, OfficialContest, Reference, name_key
from pipeline.refmatch import Match, match_contest
from pipeline.resources import Resources
from pipeline.verdicts import sentence_of

# Shares behind a Butler swing are each rounded by reporters; two differences of two shares.
SWING_ROUNDING = 0.1
# Derivations that are readings, not computations: a party written beside the name it belongs to.
STATED_BESIDE = ("party stated beside the candidate's name", "party stated beside the member's name")
# Counts of ballots an article may give for its own turnout ("37,786 verified ballots").
_BALLOTS = rx.compile(
    r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{4,7})\s+(?:verified\s+|counted\s+)?(?:ballots|ballot\s+papers)\b", rx.I
)


@dataclass(frozen=True)
class Other:
    """An official figure a disagreeing one may really be: another candidate's votes, the majority,
    the previous election's share."""

    description: str
    value: float
    gap: Gap = "other_figure"


@dataclass(frozen=True)
class Context:
    """What every check on one contest needs.

    ``baselines`` are the previous general elections a previous majority or a swing may be measured
    against, the primary one first: the last general election on the same boundaries, then — for a
    seat first fought in 2024 — the 2019 result on the old boundaries of the same name, which is what
    many reporters quote. ``text`` is the article, for the sentence around a figure.
    """

    contest: Contest
    official: OfficialContest
    baselines: tuple[OfficialContest, ...]
    history: tuple[OfficialContest, ...]
    party_of: Callable[[Candidacy], str]
    abbreviation_of: Callable[[str], str]
    predecessors: Mapping[str, tuple[str, ...]]
    text: str = ""
    neighbours: tuple[OfficialContest, ...] = ()  # the other contests of the article, as matched
    elsewhere: tuple[OfficialContest, ...] = ()  # this seat's other elections in the data
    _sentences: dict[tuple[int, int], str] = field(default_factory=dict, compare=False, repr=False)

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
        gap: Gap | None = None,
        suggestion: str | None = None,
        reading: Reading | None = None,
        derived: str | None = None,
    ) -> Check:
        difference = None
        if isinstance(reported, int | float) and isinstance(expected, int | float):
            difference = round(float(reported) - float(expected), 4)
        official = against or self.official
        return Check(
            id=check_id,
            contest=self.contest.constituency.value,
            status=status,
            message=message,
            reported=reported,
            expected=expected,
            evidence=evidence or [],
            difference=difference,
            source=official.election.source,
            against=official.label,
            gap=gap,
            suggestion=suggestion,
            reading=reading,
            derived=derived,
        )

    def sentence(self, evidence: Sequence[Evidence]) -> str:
        """The sentence holding the first piece of evidence ("" when the text is not at hand)."""
        if not evidence:
            return ""
        key = (evidence[0].start, evidence[0].end)
        if key not in self._sentences:
            found = sentence_of(self.text, evidence[0])
            self._sentences[key] = found.text if found else ""
        return self._sentences[key]

    def same_party(self, stated: str, official: Candidacy) -> bool:
        """A stated party is the official one, or the party it was renamed from or to ("Reclaim" is
        "The Reclaim Party": names compare without "the" and "party")."""
        party = self.party_of(official)
        return (
            _party_key(stated) == _party_key(party)
            or stated in self.predecessors.get(party, ())
            or party in self.predecessors.get(stated, ())
        )

    def neighbour_others(self, field: str) -> list[Other]:
        """The same field of the article's other contests and of this seat's other elections: a figure
        that is another seat's, or another election's, is our misreading of which contest it belongs to
        (or of which election the article reports)."""
        others = []
        groups: tuple[tuple[tuple[OfficialContest, ...], Gap], ...] = (
            (self.neighbours, "other_figure"),
            (self.elsewhere, "other_election"),
        )
        for contests, gap in groups:
            for contest in contests:
                others += [Other(description, value, gap) for description, value in _figures_of(contest, field)]
        return others


def _figures_of(contest: OfficialContest, field: str) -> list[tuple[str, float]]:
    """One field's official figures in a contest, described for a message."""
    if field == "turnout" and contest.electorate and contest.valid_votes:
        ballots = contest.valid_votes + (contest.invalid_votes or 0)
        return [
            (f"the official turnout in {contest.label}", 100 * contest.valid_votes / contest.electorate),
            (f"the turnout in {contest.label} with rejected ballots", 100 * ballots / contest.electorate),
        ]
    if field == "majority" and contest.majority:
        return [(f"the official majority in {contest.label}", float(contest.majority))]
    if field == "votes":
        return [(f"{c.name or c.party_name}'s votes in {contest.label}", float(c.votes)) for c in contest.candidates]
    if field == "share":
        return [
            (f"{c.name or c.party_name}'s share in {contest.label}", 100 * c.share)
            for c in contest.candidates
            if c.share
        ]
    return []


@lru_cache(maxsize=1024)
def _party_key(name: str) -> str:
    words = [
        w for w in rx.sub(r"[^\w\s]", " ", name.casefold().replace("&", " and ")).split() if w not in ("the", "party")
    ]
    return " ".join(words)


def stated_label(label: Label | None) -> bool:
    """A label the article states: read from the text, or a party written beside its person's name."""
    return label is not None and (label.derived is None or label.derived in STATED_BESIDE)


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _pct(value: float) -> str:
    return f"{_fmt(round(value, 2))}%"


def _stated_as(quantity: Quantity) -> str:
    """A figure as the article printed it ("over 3,500", "47.9 per cent"), or as electext reads it."""
    if quantity.evidence and not quantity.derived:
        return " ".join(quantity.evidence[0].text.split())
    hedge = "" if quantity.qualifier == "exact" else quantity.qualifier.replace("_", " ") + " "
    suffix = "%" if quantity.unit in ("percent", "points") else ""
    return f"{hedge}{_fmt(quantity.value)}{suffix}"


def _who(candidate: Candidate) -> str:
    if candidate.name:
        return candidate.name.value
    return candidate.party.value if candidate.party else "a candidate"


def _printed_number(quantity: Quantity) -> str | None:
    """The number as the reporter printed it ("4,921", "47.9%"), for the typo diagnosis."""
    if not quantity.evidence:
        return None
    match = rx.search(r"\d[\d,.]*(?:\s?%)?", quantity.evidence[0].text)
    return match.group(0).rstrip(".,") if match else None


def _same_figure(quantity: Quantity, value: float) -> bool:
    """Whether a stated figure is this value, as printed or as a round figure for it."""
    if quantity.unit in ("percent", "points"):
        return abs(quantity.value - value) <= 0.05 + 1e-9
    return abs(quantity.value - value) < 1e-9 or grade(quantity, value).status == "rounded"


# The official figures a disagreeing figure may really be, built only when a figure disagrees (most pass).
Others = Sequence[Other] | Callable[[], Sequence[Other]]


def _explain(ctx: Context, figure: Quantity, actual: float, others: Others) -> tuple[CheckStatus, Gap, str | None, str]:
    """Why a graded figure disagrees: (status, gap, suggestion, note for the message)."""
    others = others() if callable(others) else others
    printed = _printed_number(figure)
    shown = printed or _fmt(figure.value)
    if figure.qualifier == "exact":
        for other in others:
            if _same_figure(figure, other.value) and not _same_figure(figure, actual):
                return (
                    "check_extraction",
                    other.gap,
                    f"read as {other.description}",
                    f"; not an alarm: {shown} is {other.description}, so our reading is the likelier culprit",
                )
    # a signed figure ("136 fewer" is -136) is printed without its sign: compare sizes of the same sign
    same_sign = (actual >= 0) == (figure.value >= 0)
    typo = typos.diagnose(printed, abs(actual)) if printed and figure.qualifier == "exact" and same_sign else None
    if typo is not None:
        return "fail", "typo", typo.correction, f"; {typo.hint} ({typo.printed} for {typo.correction})"
    if figure.reading == "inferred":
        return (
            "check_extraction",
            "inferred_reading",
            None,
            "; not an alarm: electext tied this figure to its subject across a clause or a sentence, "
            "so our reading is the likelier culprit",
        )
    factor = rules().scale_factor
    if actual > 0 and figure.value > 0 and (figure.value * factor < actual or figure.value > actual * factor):
        return (
            "check_extraction",
            "scale",
            None,
            f"; not an alarm: {shown} is out of all proportion to the official figure, with no typo to explain it "
            "(a margin, a total or another field read as this one?)",
        )
    suggestion = f"{_fmt(actual)}%" if figure.unit in ("percent", "points") else _fmt(actual)
    return "fail", "mismatch" if figure.qualifier == "exact" else "hedge", suggestion, ""


def grade_figure(
    ctx: Context,
    check_id: str,
    figure: Quantity,
    definitions: Sequence[tuple[str, float]],
    *,
    what: str,
    who: str = "",
    against: OfficialContest | None = None,
    others: Others = (),
    tolerance: float = 0.0,
    evidence: list[Evidence] | None = None,
) -> Check:
    """Grade one reported figure against its official definitions and explain any disagreement."""
    against = against or ctx.official
    percent = figure.unit in ("percent", "points")
    show = _pct if percent else _fmt
    evidence = evidence if evidence is not None else figure.evidence
    if figure.derived:
        return ctx.check(
            check_id,
            "unverifiable",
            f"{who}{what} {_stated_as(figure)} is derived ({figure.derived}), not checked; "
            f"official {show(definitions[0][1])} ({against.label})",
            reported=figure.value,
            expected=round(definitions[0][1], 4),
            evidence=evidence,
            against=against,
            gap="derived",
            derived=figure.derived,
        )
    name, actual, grade = best(figure, definitions, tolerance)
    if grade.status == "fail":
        name, actual = definitions[0]  # a figure that fits no definition is set against the primary one
    definition = f", {name}" if len(definitions) > 1 else ""
    message = f"{who}reported {what} {_stated_as(figure)}, official {show(actual)} ({against.label}{definition})"
    status: CheckStatus = grade.status
    gap, suggestion = grade.gap, None
    if grade.status in ("rounded", "imprecise") and grade.note:
        message += f": {grade.note}"
    if grade.status == "fail":
        status, gap, suggestion, note = _explain(ctx, figure, actual, others)
        message += note
    return ctx.check(
        check_id,
        status,
        message,
        reported=figure.value,
        expected=round(actual, 4),
        evidence=evidence,
        against=against,
        gap=gap,
        suggestion=suggestion,
        reading=figure.reading,
    )


# --- candidates ------------------------------------------------------------------------------------


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
    who = f"{_who(candidate)} ({_identity(candidate, official, ctx)}): "
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
                        f"{name}: reported votes {_stated_as(figure)}; {name} did not stand in {ctx.official.label} "
                        f"but polled {_fmt(stood.votes)} at {other.label}; not an alarm: the figure is from "
                        "that election",
                        reported=figure.value,
                        expected=float(stood.votes),
                        evidence=figure.evidence,
                        against=other,
                        gap="other_election",
                        suggestion=f"from {other.label}",
                        reading=figure.reading,
                    )
    return ctx.check(check_id, "unverifiable", f"{_who(candidate)}: {why}", evidence=figure.evidence)


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
            who = f"{_who(candidate)} ({_identity(candidate, official, ctx)}): "
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
                    checks.append(ctx.check(check_id, "unverifiable", f"{_who(candidate)}: no official {what}"))
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
        status: CheckStatus = "fail"
        message = f"the {party.value} candidate {official.surname} was {official.name}, not {name.value}"
        gap: Gap = "mismatch"
        sentence = ctx.sentence(name.evidence)
        if official.name and official.name.casefold() in sentence.casefold():
            status, gap = "check_extraction", "other_figure"
            message += f"; not an alarm: {official.name} is named in the same sentence"
        elif name.reading == "inferred":
            status, gap = "check_extraction", "inferred_reading"
            message += "; not an alarm: electext read this name across a clause or a sentence"
        checks.append(
            ctx.check(
                "official_name",
                status,
                message,
                reported=name.value,
                expected=official.name,
                evidence=name.evidence,
                gap=gap,
                suggestion=official.name,
                reading=name.reading,
            )
        )
    return checks


_FORMER = rx.compile(r"\b(?:former|ex|one-time|onetime|erstwhile|previously\s+a|then)\b", rx.I)


def _former(ctx: Context, name: Label, party: Label) -> bool:
    """ "the former Labour and Respect MP George Galloway": the stated party, written just before one
    of the person's mentions, is one they belonged to once."""
    surname = name.value.split()[-1] if name.value.split() else ""
    if not ctx.text or not surname:
        return False
    for mention in rx.finditer(rf"\b{rx.escape(surname)}\b", ctx.text):
        before = ctx.text[max(0, mention.start() - 60) : mention.start()]
        if _FORMER.search(before) and party_named_in(party.value, before):
            return True
    return False


_CAPITALISED_BEFORE = rx.compile(r"(?<![.!?:]\s)(?<!^)\b(?!The\b|A\b|An\b)\p{Lu}[\p{L}'-]+\s+\Z")


def _within_longer_name(ctx: Context, party: Label) -> bool:
    """ "Antonio Vitiello (Patriots Alliance)": where every mention of the stated party in its sentence
    ends a longer capitalised name, that name is some other party's."""
    sentence = ctx.sentence(party.evidence)
    spans = party_mentions_in(party.value, sentence)
    return bool(spans) and all(
        sentence[start].isupper() and _CAPITALISED_BEFORE.search(sentence, max(0, start - 30), start)
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
        status: CheckStatus = "fail"
        gap: Gap = "mismatch"
        message = f"{official.name} stood for {actual}, not {party.value}"
        if _former(ctx, name, party):
            status, gap = "check_extraction", "other_time"
            message += "; not an alarm: the article gives the party as a former one"
        elif _within_longer_name(ctx, party):
            status, gap = "check_extraction", "other_figure"
            message += f"; not an alarm: {party.value!r} is read out of a longer name, which may be another party's"
        elif party_named_in(actual, ctx.sentence(evidence)):
            status, gap = "check_extraction", "other_figure"
            message += (
                f"; not an alarm: {actual} is named in the same sentence, so our reading of whose party it is "
                "is the likelier culprit"
            )
        elif party.reading == "inferred":
            status, gap = "check_extraction", "inferred_reading"
            message += "; not an alarm: electext inferred this party rather than reading it beside the name"
        checks.append(
            ctx.check(
                "official_party",
                status,
                message,
                reported=party.value,
                expected=actual,
                evidence=evidence,
                gap=gap,
                suggestion=actual,
                reading=party.reading,
            )
        )
    return checks


# --- the contest ----------------------------------------------------------------------------------


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
    status: CheckStatus = "fail"
    gap: Gap = "mismatch"
    message = "; ".join(problems)
    sentences = " ".join(ctx.sentence([e]) for e in evidence).casefold()
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
    name_wrong = name is not None and top.surname and not top.is_called(name)
    if name_wrong and top.surname.casefold() in sentences:
        status, gap = "check_extraction", "other_figure"
        message += f"; not an alarm: {top.name}, the official winner, is named in the same sentence"
    elif won_elsewhere:
        status, gap = "check_extraction", "other_election"
        message += f"; not an alarm: {name or party} won {won_elsewhere[-1].label}, which the article may be reporting"
    elif name is not None and not any(c.is_called(name) for c in ctx.official.candidates) and not _misspelt(name, top):
        status, gap = "check_extraction", "other_figure"
        message += (
            f"; not an alarm: {name} did not stand here, so the article more likely names them for another reason "
            "(a party leader, a minister) than as the winner"
        )
    elif any(label.reading == "inferred" for label in stated):
        status, gap = "check_extraction", "inferred_reading"
        message += "; not an alarm: electext inferred the winner across a clause or a sentence"
    return [
        ctx.check(
            "official_winner",
            status,
            message,
            reported=reported,
            expected=expected,
            evidence=evidence,
            gap=gap,
            suggestion=expected,
        )
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
    shown = _pct(value) if figure.unit in ("percent", "points") else _fmt(value)
    return check.model_copy(
        update={
            "status": "imprecise",
            "gap": "definition",
            "suggestion": None,
            "expected": round(value, 4),
            "difference": round(figure.value - value, 4),
            "message": f"reported {field.replace('_', ' ')} {_stated_as(figure)} is within {limit:.1%} of the "
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
    official: OfficialContest, history: list[OfficialContest], reference: Reference
) -> tuple[OfficialContest, ...]:
    """This seat's other elections in the data: on its boundaries, under its name, or the old seat it
    grew out of (its baselines)."""
    seats = (*history, *reference.contests_named(official.constituency), *baselines_of(official, history, reference))
    found = {o.id: o for o in seats if o.id != official.id}
    return tuple(o for o in found.values() if o.election.kind in (GENERAL, BY_ELECTION))


_YEAR = rx.compile(r"(?<![\d,.£$/-])\b(?:19[5-9]\d|20\d\d)\b(?![,./-]?\d)")


def years_named(text: str) -> frozenset[int]:
    """Every year an article names ("the 2019 general election", "in 2024"): an undated article's
    election is found among them (a year alone, never the figures under test)."""
    return frozenset(int(match.group(0)) for match in _YEAR.finditer(text))


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
        ctx = Context(
            contest=contest,
            official=match.official,
            baselines=baselines_of(match.official, history, reference),
            history=tuple(history),
            party_of=party_of,
            abbreviation_of=abbreviation_of,
            predecessors=resources.predecessors,
            text=text,
            neighbours=tuple(o for o in matched if o.id != match.official.id),
            elsewhere=_elsewhere(match.official, history, reference),
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
                        "message": f"{check.message}; not an alarm: {_fmt(first)} is {numbers[first]} and "
                        f"{_fmt(second)} {numbers[second]}, so our reading of whose figures they are is the "
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
