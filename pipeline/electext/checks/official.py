"""What every official-results check shares: the contest's context, and grading one figure with its
explanation.

:class:`Context` holds a matched contest with its official record, the baselines it is measured
against, the seat's other elections and the article's other contests; :func:`grade_figure` grades a
stated figure (:mod:`electext.checks.grading`) and explains a disagreement before it calls it an error (see
:mod:`electext.checks.refcheck`). The checks themselves are in :mod:`electext.checks.official_candidates` (each
candidate's figures, name and party) and :mod:`electext.checks.official_contest` (the contest's result and
figures).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from electext.checks import typos
from electext.checks.grading import best, grade, printed_number, rules
from electext.checks.verdicts import sentence_of
from electext.core import rx
from electext.core.records import Candidate, Check, CheckStatus, Contest, Evidence, Gap, Label, Quantity, Reading
from electext.extract.facts import PARTY_BESIDE_MEMBER, PARTY_BESIDE_NAME
from electext.reference.refdb import Candidacy, OfficialContest

# Derivations that are readings, not computations: a party written beside the name it belongs to.
STATED_BESIDE = (PARTY_BESIDE_NAME, PARTY_BESIDE_MEMBER)


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
            party_key(stated) == party_key(party)
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
                others += [Other(description, value, gap) for description, value in figures_of(contest, field)]
        return others


def figures_of(contest: OfficialContest, field: str) -> list[tuple[str, float]]:
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
def party_key(name: str) -> str:
    words = [
        w for w in rx.sub(r"[^\w\s]", " ", name.casefold().replace("&", " and ")).split() if w not in ("the", "party")
    ]
    return " ".join(words)


def stated_label(label: Label | None) -> bool:
    """A label the article states: read from the text, or a party written beside its person's name."""
    return label is not None and (label.derived is None or label.derived in STATED_BESIDE)


def fmt_number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def fmt_percent(value: float) -> str:
    return f"{fmt_number(round(value, 2))}%"


def stated_as(quantity: Quantity) -> str:
    """A figure as the article printed it ("over 3,500", "47.9 per cent"), or as electext reads it."""
    if quantity.evidence and not quantity.derived:
        return " ".join(quantity.evidence[0].text.split())
    hedge = "" if quantity.qualifier == "exact" else quantity.qualifier.replace("_", " ") + " "
    suffix = "%" if quantity.unit in ("percent", "points") else ""
    return f"{hedge}{fmt_number(quantity.value)}{suffix}"


def who_of(candidate: Candidate) -> str:
    if candidate.name:
        return candidate.name.value
    return candidate.party.value if candidate.party else "a candidate"


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
    printed = printed_number(figure) if figure.evidence else None
    shown = printed or fmt_number(figure.value)
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
    suggestion = f"{fmt_number(actual)}%" if figure.unit in ("percent", "points") else fmt_number(actual)
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
    show = fmt_percent if percent else fmt_number
    evidence = evidence if evidence is not None else figure.evidence
    if figure.derived:
        return ctx.check(
            check_id,
            "unverifiable",
            f"{who}{what} {stated_as(figure)} is derived ({figure.derived}), not checked; "
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
    message = f"{who}reported {what} {stated_as(figure)}, official {show(actual)} ({against.label}{definition})"
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


# A reason a disagreement on a text value is our misreading: (does it apply?, the gap, why, for the message).
Excuse = tuple[bool, Gap, str]


def label_check(
    ctx: Context,
    check_id: str,
    problem: str,
    excuses: Sequence[Excuse],
    *,
    reported: str,
    expected: str,
    evidence: list[Evidence],
    reading: Reading | None,
) -> Check:
    """A name, party or winner that disagrees with the record: a ``fail`` suggesting the official value, unless
    the first excuse that applies makes it ``check_extraction``."""
    status: CheckStatus = "fail"
    gap: Gap = "mismatch"
    message = problem
    for applies, why_gap, why in excuses:
        if applies:
            status, gap, message = "check_extraction", why_gap, f"{problem}; not an alarm: {why}"
            break
    return ctx.check(
        check_id,
        status,
        message,
        reported=reported,
        expected=expected,
        evidence=evidence,
        gap=gap,
        suggestion=expected,
        reading=reading,
    )
