"""The output contract: every record electext emits, as frozen pydantic v2 models.

These models are the single source of truth for the JSON files we write and for the JSON Schema in
``schemas/`` (generated from them by ``electext schema``). Every extracted value carries
:class:`Evidence` — character offsets into the *original* decoded article — so a reader can verify
``text[start:end]`` for themselves. Serialisation lives in :mod:`electext.outputs.write`, not here.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "2.0"

Qualifier = Literal["exact", "more_than", "at_least", "less_than", "at_most", "about", "nearly", "just_over"]
Unit = Literal["votes", "percent", "points", "year", "place"]
# Only ``fail`` is an alarm: a reporter's error a person can confirm in seconds. ``rounded`` is within the
# reporter's rounding, ``imprecise`` a hedge that is loose but not wrong, ``check_extraction`` a
# disagreement our reading of the article more likely explains than the reporter.
CheckStatus = Literal["pass", "rounded", "imprecise", "fail", "check_extraction", "unverifiable"]
ALARM: CheckStatus = "fail"
# The statuses in the order a fact-checker reads them: alarms first.
VERDICTS: tuple[CheckStatus, ...] = ("fail", "check_extraction", "imprecise", "rounded", "pass", "unverifiable")
# How a value was read: ``direct`` where the text ties it to its subject in one phrase (a results-list
# row, "X won N votes"), ``inferred`` where electext tied them across a clause, a pronoun or a sentence.
Reading = Literal["direct", "inferred"]
# The kind of gap between a reported figure and what it was checked against (see pipeline/electext/checks/verdicts.py).
Gap = Literal[
    "typo",
    "rounding",
    "hedge",
    "definition",
    "other_election",
    "other_figure",
    "other_time",
    "caption",
    "inferred_reading",
    "scale",
    "derived",
    "mismatch",
]
MatchStatus = Literal["matched", "ambiguous", "not_found", "not_covered"]
# The kinds of UK contest (schema 2.0): what ``Contest.contest_type`` may say.
ContestType = Literal["westminster", "council", "scottish_parliament", "senedd", "ni_assembly", "mayor", "pcc"]
CONTEST_TYPES: tuple[str, ...] = get_args(ContestType)


def _absent(value: object) -> bool:
    return value is None


def _direct(value: object) -> bool:
    """A reading is written only when it is not the usual one (``direct``)."""
    return value == "direct"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Frozen):
    """A stretch of the original article: ``original_text[start:end] == text`` always."""

    start: int = Field(ge=0, description="Start offset, in code points of the decoded file.")
    end: int = Field(ge=0, description="End offset (exclusive).")
    text: str = Field(description="The original characters between start and end.")

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self


class Quantity(_Frozen):
    """A number as the article states it, with hedges kept as bounds.

    ``value`` is the figure as printed; ``lower``/``upper`` are what the qualifier allows
    ("more than 19,600" has lower 19,600 and no upper). ``derived`` explains a value computed
    from other figures instead of read from the text; its evidence is then the figures it used.
    """

    value: float
    unit: Unit
    qualifier: Qualifier = "exact"
    lower: float | None = None
    upper: float | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    derived: str | None = None
    reading: Reading = Field(default="direct", exclude_if=_direct, description="How it was read; absent: direct.")


class Label(_Frozen):
    """A piece of text-valued information (a name, a party, a reason) and where it came from."""

    value: str
    evidence: list[Evidence] = Field(default_factory=list)
    derived: str | None = None
    reading: Reading = Field(default="direct", exclude_if=_direct, description="How it was read; absent: direct.")


class Person(_Frozen):
    name: Label | None = None
    party: Label | None = None


class Candidate(_Frozen):
    name: Label | None = None
    party: Label | None = None
    votes: Quantity | None = None
    share: Quantity | None = None
    position: Quantity | None = None
    elected: Label | None = Field(
        default=None,
        exclude_if=_absent,
        description="Where the article says several candidates were elected (a multi-member ward, an STV "
        "count): 'elected', with the words that say so. The contest's winner is the first of them.",
    )


class PreviousMajority(Quantity):
    """The majority the winner overturned (or the defender held), and whose it was."""

    party: Label | None = None


class Swing(Quantity):
    """Size of the swing with its direction ("23.9% to Labour from the Tories")."""

    from_party: Label | None = None
    to_party: Label | None = None


class HeldSince(_Frozen):
    year: Quantity
    party: Label | None = None


class PreviousMember(_Frozen):
    """Who held the seat or office before this election: an MP, a councillor, an MSP, a mayor..."""

    name: Label | None = None
    party: Label | None = None
    reason: Label | None = None
    office: Label | None = Field(
        default=None,
        description="What the previous holder was: MP, councillor, MSP, MS, AM, MLA, mayor, PCC or PFCC.",
    )


class Contest(_Frozen):
    """One election in one seat, as far as the article reports it."""

    constituency: Label
    election: Label
    contest_type: Label | None = Field(
        default=None,
        description="The kind of contest: westminster, council, scottish_parliament, senedd, ni_assembly, "
        "mayor or pcc; its evidence is the word that says so, or derived says why.",
    )
    body: Label | None = Field(
        default=None,
        description="The body the contest elects: 'House of Commons', 'Worcester City Council', "
        "'Scottish Parliament', a mayoralty's authority, a police area.",
    )
    ballot_id: Label | None = Field(
        default=None,
        description="Democracy Club's ballot identifier ('parl.mid-bedfordshire.by.2023-10-19'), formed with "
        "uk-election-ids when the polling day is known; derived says where the date came from.",
    )
    voting_system: Label | None = Field(
        default=None,
        description="The voting system (FPTP, STV, sv, AMS, PR-CL, as uk-election-ids names them), where the "
        "contest's type and date say it; checks that assume first past the post skip the others.",
    )
    mention_only: bool = False
    winner: Person | None = None
    result: Label | None = None
    gained_from: Label | None = None
    candidates: list[Candidate] = Field(default_factory=list)
    majority: Quantity | None = None
    previous_majority: PreviousMajority | None = None
    swing: Swing | None = None
    turnout: Quantity | None = None
    previous_turnout: Quantity | None = None
    electorate: Quantity | None = None
    majority_change: Quantity | None = Field(
        default=None,
        description="The majority's change on the previous election, as stated ('900 more than last time': +900).",
    )
    held_since: HeldSince | None = None
    previous_member: PreviousMember | None = None

    @model_validator(mode="after")
    def _known_type(self) -> Contest:
        if self.contest_type is not None and self.contest_type.value not in CONTEST_TYPES:
            raise ValueError(f"contest_type {self.contest_type.value!r} is not one of {list(CONTEST_TYPES)}")
        return self


class Check(_Frozen):
    """The outcome of one check on one contest.

    Consistency checks (``majority_arithmetic``, ``place_order``, …) compare the article with itself;
    official-results checks (ids starting ``official_``) compare it with the reference database and
    name their ``source`` (dataset and Commons Library briefing), the election they were checked
    ``against`` and the ``difference`` (reported minus official) when both are numbers.

    Where the figures disagree, ``gap`` says what kind of gap it is (a typo, rounding, a figure of
    another election…) and ``suggestion`` the likely correction; ``reading`` is how the checked value
    was read, ``derived`` how a computed one was reached (a derived value is never graded by itself),
    ``sentence`` the sentence holding the first evidence (for a check that is not a plain pass), and
    ``follows`` the index, in the article's ``checks``, of the check whose root cause this one shares
    (one misread or one wrong figure is one alarm, however many checks it upsets). These are written
    only when they apply.
    """

    id: str
    contest: str | None
    status: CheckStatus
    message: str
    expected: float | str | None = None
    reported: float | str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    difference: float | None = None
    source: str | None = None
    against: str | None = Field(default=None, exclude_if=_absent)
    gap: Gap | None = Field(default=None, exclude_if=_absent)
    suggestion: str | None = Field(default=None, exclude_if=_absent)
    reading: Reading | None = Field(default=None, exclude_if=_absent)
    derived: str | None = Field(default=None, exclude_if=_absent)
    sentence: Evidence | None = Field(default=None, exclude_if=_absent)
    follows: int | None = Field(default=None, exclude_if=_absent)


class OfficialMatch(_Frozen):
    """Which official election an extracted contest was matched to, and why.

    ``ambiguous`` and ``not_found`` say so instead of guessing; ``not_covered`` is an election the
    reference data do not hold at all (council and devolved by-elections).
    """

    contest: str
    status: MatchStatus
    basis: str
    election: str | None = None
    date: str | None = None
    constituency: str | None = None
    ons_id: str | None = None
    source: str | None = None
    alternatives: list[str] = Field(default_factory=list)
    doubt: str | None = Field(
        default=None,
        description="Why a match may be to the wrong election; its failures are then check_extraction, not alarms.",
    )


class Warning(_Frozen):
    code: str
    message: str
    evidence: list[Evidence] = Field(default_factory=list)


class ArticleInfo(_Frozen):
    """Where the article came from. ``url``, ``encoding`` and ``text`` appear only when they apply."""

    id: str
    source: str
    sha256: str
    title: str | None = None
    byline: str | None = None
    role: str | None = None
    published: str | None = None
    chars: int
    url: str | None = Field(default=None, exclude_if=_absent, description="The page's or record's URL.")
    encoding: str | None = Field(
        default=None, exclude_if=_absent, description="The encoding the file was decoded from, when not UTF-8."
    )
    text: str | None = Field(
        default=None,
        exclude_if=_absent,
        description="The text evidence offsets refer to, when it was extracted from the source (HTML, JSON) "
        "or read from standard input, rather than being the decoded file itself.",
    )


class PipelineInfo(_Frozen):
    version: str
    model: str
    reference: str | None = None


class ArticleResult(_Frozen):
    """Everything electext reports about one article."""

    schema_version: str = SCHEMA_VERSION
    article: ArticleInfo
    contests: list[Contest] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    official: list[OfficialMatch] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    pipeline: PipelineInfo


class ErrorRecord(_Frozen):
    """A file that could not be processed: the batch goes on and this records why."""

    source: str
    stage: str
    error: str
    message: str
