"""The records the linking stages share: spans, facts, sentences, and the text units they live in.

:mod:`electext.extract.linking.link` produces :class:`Fact` records sentence by sentence,
:mod:`electext.extract.linking.attribution` decides which contest a sentence is about, and
:mod:`electext.extract.assemble` turns facts into contests.
All offsets are into the normalised article text.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, get_args

from electext.core import rx
from electext.core.spans import MAX_SENTENCE_CHARS, starting_in
from electext.extract.figures import Figure
from electext.extract.mentions import Mention
from electext.lexicon import patterns

# The roles of a contest's own figures (not a candidate's): each merged into one value of the contest.
ContestFigureRole = Literal[
    "majority",
    "previous_majority",
    "swing",
    "turnout",
    "previous_turnout",
    "electorate",
    "majority_change",
    "held_since",
]
CONTEST_FIGURE_ROLES: tuple[ContestFigureRole, ...] = get_args(ContestFigureRole)
Role = Literal[
    "share_change",
    "share_before",
    "votes",
    "share",
    "position",
    "winner",
    ContestFigureRole,
    "previous_mp",
    "result",
    "election",
    "seat",
    "candidate",  # a person named as a party's candidate, figures or not ("Tory hopeful Ravi Sethna")
]
# Counts below this are not vote tallies unless the word "votes" follows ("two by-elections").
MIN_BARE_VOTES = 50
# Below this, a number set off by commas after a name may be an age ("Jane Brophy, 62, a retired
# teacher"), not the votes of a spoken list or a live blog's tally ("Simeon Hart, 249, and then").
MIN_AGELESS_TALLY = 100
# No UK constituency has had an electorate near this (the largest are about 150,000): a larger count
# ("close to four million votes" nationally) is never one candidate's tally in one seat.
MAX_SEAT_VOTES = 200_000
# A mayoralty or police area is larger: London's mayor polled about 1.1 million first preferences in
# 2024 out of an electorate near 6 million. No such tally reaches this.
MAX_AREA_VOTES = 2_000_000
# How a candidate's place was derived when the article states none; the checks weigh them differently:
# a place from a stated win is the article's word, one from list order or vote order is electext's.
WINNER_STATED = "the article reports this candidate as the winner"
MOST_VOTES = "the most votes reported"
LIST_ORDER = "order of the results list"
TABLE_ORDER = "order of the results table"
# How a party label was read when not beside it: beside the person's name (a reading, which the
# official checks grade as stated), or beside it in another sentence.
PARTY_BESIDE_NAME = "party stated beside the candidate's name"
PARTY_BESIDE_NAME_ELSEWHERE = "party stated beside the candidate's name elsewhere in the article"
PARTY_BESIDE_MEMBER = "party stated beside the member's name"


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One piece of a result: the ``role`` of ``subject`` in ``seat`` is ``figure``.

    A plain ``Fact`` is a figure with its owner, if any: a candidate's votes, share or change in share,
    a turnout, an electorate, a change in the majority. Roles that say more have a class of their own
    below, each with its own fields: a place, a winner, a gain or hold, a vacancy, the kind of
    election, a seat named, a majority and whose it is, a swing and its sides, a party's hold."""

    seat: str
    role: Role
    evidence: tuple[Span, ...]
    figure: Figure | None = None
    subject: Mention | None = None  # the candidate (person or party) the fact is about
    derived: str | None = None
    passing: bool = False
    weak: bool = False  # the contest came only from the running focus, not from the sentence
    # the figure was tied to its subject across a clause, a sentence or a pronoun (records.Reading)
    inferred: bool = False
    seat_named: bool = False  # the fact's own sentence names its seat
    rule: str = ""  # the named rule that read it (figure_roles.ROLE_RULES and the readers' own names)


@dataclass(frozen=True, kw_only=True)
class PlaceFact(Fact):
    """``position``: the subject's place ("came second", the order of a results list)."""

    place: int


@dataclass(frozen=True, kw_only=True)
class WinnerFact(Fact):
    """``winner``: the subject won. ``over``: "X narrowly beat Y" ranks X over a person, and names the
    seat's winner only if nothing else does."""

    over: bool = False


@dataclass(frozen=True, kw_only=True)
class ResultFact(Fact):
    """``result``: a gain or a hold, and the party a gain was from when stated."""

    result: Literal["gain", "hold"]
    loser: Mention | None = None


@dataclass(frozen=True, kw_only=True)
class VacancyFact(Fact):
    """``previous_mp``: the member before this election (the subject), and why the seat fell vacant
    (a reason of ``cues.json``'s ``vacancy_reasons``, or "other"). ``held_on``: read from the winner's
    holding on ("Ann Vale held on to Castle"), the member before only where this is no by-election."""

    reason: str
    held_on: bool = False


@dataclass(frozen=True, kw_only=True)
class ElectionFact(Fact):
    """``election``: the kind of election named ("by-election", "Senedd by-election")."""

    kind: str


@dataclass(frozen=True, kw_only=True)
class SeatFact(Fact):
    """``seat``: a seat named (the subject); ``event`` when named as the scene of a result ("also
    defeated in Selby"), not as a place or an example."""

    event: bool = False


@dataclass(frozen=True, kw_only=True)
class MajorityFact(Fact):
    """``majority`` or ``previous_majority``: the figure, and the party whose majority it is when
    stated ("a 24,664 Tory majority")."""

    party: Mention | None = None


@dataclass(frozen=True, kw_only=True)
class SwingFact(Fact):
    """``swing``: the figure and the parties it went from and to, where stated (or derived: ``derived``
    says how the "to" side was found)."""

    from_party: Mention | None = None
    to_party: Mention | None = None


@dataclass(frozen=True, kw_only=True)
class HeldSinceFact(Fact):
    """``held_since``: the year, and the party that has held the seat since then."""

    holder: Mention


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def split_sentences(text: str, start: int, end: int, spacy_starts: list[int]) -> list[Sentence]:
    """spaCy's sentence starts, further cut at every line break (a paragraph) and, within an
    overlong sentence, at the last space before every :data:`MAX_SENTENCE_CHARS` characters."""
    # A short line of a results box is one sentence whatever the parser thinks ("(SNP) … 13,542").
    boxes = [(m.start(), m.end()) for m in patterns.BOX_LINE.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT)]
    box_starts = [box_start for box_start, _ in boxes]
    cuts = {start}
    for cut in spacy_starts:
        box = bisect_left(box_starts, cut) - 1  # the last box starting before the cut (boxes do not overlap)
        if start < cut < end and not (box >= 0 and cut < boxes[box][1]):
            cuts.add(cut)
    cuts.update(match.end() for match in rx.finditer(r"\n+", text, pos=start, endpos=end))
    ordered = sorted(cuts)
    sentences = []
    paragraph = 0
    for index, cut in enumerate(ordered):
        stop = ordered[index + 1] if index + 1 < len(ordered) else end
        if "\n" in text[max(start, cut - 1) : cut] and index:
            paragraph += 1
        chunk = text[cut:stop]
        if chunk.strip():
            left = len(chunk) - len(chunk.lstrip())
            sentences += _bounded(text, cut + left, cut + len(chunk.rstrip()), paragraph)
    return sentences


def _bounded(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    """``text[start:end]`` as one sentence, or as pieces of at most :data:`MAX_SENTENCE_CHARS` cut at
    spaces (a run without a space is never longer than ingest's ``MAX_RUN``)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        space = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        stop = space if space > start else start + MAX_SENTENCE_CHARS
        pieces.append(Sentence(start, stop, paragraph))
        start = stop + 1 if stop == space else stop
        while start < end and text[start].isspace():
            start += 1
    pieces.append(Sentence(start, end, paragraph))
    return pieces


def mask_quotes(text: str) -> str:
    """Blank out quoted speech, keeping every offset; a returning officer's quoted declaration of a
    tally, or of who "is duly elected", stays, since it is the result itself."""
    masked: str = patterns.QUOTE.sub(
        lambda match: (
            match.group(0)
            if patterns.DECLARATION_QUOTE.fullmatch(match.group(0))
            or patterns.DECLARED_ELECTED_QUOTE.match(match.group(0))
            else " " * len(match.group(0))
        ),
        text,
    )
    return masked


@lru_cache(maxsize=1024)  # asked again of a figure or a verb by each test of its clause (60% repeats)
def clause_start(text: str, sentence: Sentence, position: int) -> int:
    """Where the clause holding ``position`` starts; a break inside a finished aside does not count
    ("Adrian Ramsay, who shares the leadership with Carla Denyer, won" is one clause)."""
    asides = [
        (match.start(), match.end())
        for match in patterns.MARKED_APPOSITIVE.finditer(
            text, sentence.start, min(sentence.end, position + 40), overlapped=True
        )
        if match.end() <= position
    ]
    start = sentence.start
    for match in patterns.CLAUSE_BREAK.finditer(text, sentence.start, position):
        if not any(a_start < match.start() < a_end for a_start, a_end in asides):
            start = match.end()
    return start


def years_named(text: str, sentence: Sentence) -> list[int]:
    """The years a sentence names ("in 2010", "since 1997"), in order."""
    return [
        int(found.group(0))
        for found in rx.finditer(r"\b(?:19|20)\d\d\b", text, pos=sentence.start, endpos=sentence.end)
    ]


def mentions_in(sentence: Sentence, mentions: tuple[Mention, ...]) -> list[Mention]:
    """The mentions that start in ``sentence``, from mentions in text order (as :class:`Mentions` keeps
    each kind): found by bisection, as readers ask about 400 times an article."""
    return starting_in(mentions, sentence.start, sentence.end)
