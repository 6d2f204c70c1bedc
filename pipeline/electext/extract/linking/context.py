"""What every reader in the linker shares: the running context, a spot's seat, and its time.

Every reader of a sentence (figures in prose, facts said in words, results lists, delimited tables)
asks the same questions of a spot in it: which seat is it about (the seat named there, else the
running :class:`Context`'s focus), is it hedged ("would have won"), is it about an earlier election
("Two years ago …"), and which person does a party introduce ("Labour's Ben Coleman"). The answers
live here, below :mod:`electext.extract.linking.subjects`, :mod:`electext.extract.linking.figure_facts` and
:mod:`electext.extract.linking.word_facts`, so that each of them can import them without importing another reader.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, TypeVar

from electext.core import rx
from electext.extract.delimited import TableLayout
from electext.extract.facts import Fact, Sentence, clause_start
from electext.extract.figures import Figure
from electext.extract.linking.attribution import passing
from electext.extract.mentions import Mention, Mentions
from electext.extract.mentions.table_contests import ContestTable
from electext.lexicon import patterns

# How close before a figure "in 2015" or "previously" must stand to make it an earlier result.
EARLIER_WINDOW = 45

# How far (characters) a seat may follow a figure and still be its seat: "1,487 in Mid Bedfordshire".
SEAT_AFTER_FIGURE = 6

Frozen = TypeVar("Frozen")


def changed(value: Frozen, **changes: Any) -> Frozen:
    """``dataclasses.replace(value, **changes)``, or ``value`` itself where each change is what it holds
    already (the same object): a frozen value needs no copy. The linker's context and sentence view were
    copied unchanged about a hundred times an article, at 2.5 µs a copy."""
    if all(getattr(value, name) is new for name, new in changes.items()):
        return value
    return replace(value, **changes)  # type: ignore[type-var]


@dataclass(frozen=True)
class Context:
    """What the reader carries from one sentence to the next: the discourse focus and what kind of text
    it is in. Frozen: a reader that changes it returns the new one (:class:`Reading`), and
    :func:`electext.extract.linking.link.link` passes it on."""

    focus: Mention | None = None
    box_rank: int = 0  # place of the next line of a results list
    table: TableLayout | None = None  # the results table being read, from its header
    contest_table: ContestTable | None = None  # a round-up's table of contests, one per row, from its header
    earlier_paragraph: int | None = None  # a paragraph that opened on an earlier election
    keyed_subject: Mention | None = None  # whose figure the last key-numbers line gave
    earlier_section: bool = False  # under a heading of an earlier year than the article's latest
    earlier_heading: bool = False  # under a heading of the last result ("WHAT HAPPENED LAST TIME"), to the next heading
    question: str | None = None  # the sentence before, when it asked a question ("What was the majority?")
    year: int | None = None  # the article's election year, when known
    latest_heading: int | None = None  # the latest year that heads a section ("2019: …"), read once
    sole: str | None = None  # the one seat the article names, where it names only one
    later_stage: bool = False  # in a list of a later count stage ("after transfers", "Final Round")


@dataclass(frozen=True)
class SentenceView:
    """One sentence as every reader sees it: the (quote-masked) text, the sentence, the article's
    mentions, the sentence's own figures and the context so far."""

    text: str
    sentence: Sentence
    mentions: Mentions
    figures: list[Figure]
    context: Context


@dataclass(frozen=True)
class Reading:
    """What a line reader makes of a sentence: its facts (``None``: not a line of this reader's kind,
    so the next reader is asked) and the context after it."""

    facts: list[Fact] | None
    context: Context


def person_after_party(text: str, agent: Mention, candidates: list[Mention], gap: int) -> Mention:
    """ "by the Conservative Mark Fletcher", "to Labour's Ben Coleman", "for the Conservative
    candidate, Nadeem Ahmed": the person the party introduces."""
    if agent.kind != "party":
        return agent
    # "Former Conservative councillor Sarah Pochin edged out …": the person, whose party that was
    former = patterns.FORMER_END.search(text, max(0, agent.start - 12), agent.start) is not None
    return next(
        (
            m
            for m in candidates
            if m.kind == "person"
            # a former party's person is theirs whatever party they have now ("Former Labour group leader
            # Pauline Hartigan has won Brantwell as an independent")
            and (m.party == agent.value or former)
            and (
                0 <= m.start - agent.end <= gap
                or patterns.ROLE_BEFORE_NAME.fullmatch(text, agent.end, m.start)
                or (former and patterns.PARTY_BEFORE_PERSON.match(text[agent.end : m.start]))
                or (former and patterns.FORMER_ROLE_BETWEEN.fullmatch(text, agent.end, m.start))
            )
        ),
        agent,
    )


def independent_at(text: str, position: int, candidates: list[Mention]) -> Mention | None:
    """ "lost Kelvinbrook to an independent, Ruth Amery", "was beaten by an independent": the
    independent named right after the word at ``position``, or, unnamed, an Independent win; None
    where no "an independent" is there."""
    word = patterns.AN_INDEPENDENT.match(text, position)
    if word is None:
        return None
    named = next((m for m in candidates if m.kind == "person" and 0 <= m.start - word.end() <= 3), None)
    if named is not None and named.party in (None, "Independent"):
        return replace(named, party="Independent")
    return Mention(word.start("word"), word.end(), word.group("word"), "party", "Independent")


def seat_for(
    text: str, sentence: Sentence, position: int, end: int, seats: list[Mention], context: Context
) -> Mention | None:
    for seat in seats:
        if (
            seat.start >= end
            and seat.start - end <= SEAT_AFTER_FIGURE + 4
            and patterns.IN_BEFORE_SEAT.match(text[end : seat.start])
        ):
            return seat
    opening = scene_opening(text, sentence)
    if opening is not None and opening[1] <= position:
        # "At Dunmere in 2003, the Lib Dems overturned a majority of 13,800": the sentence is set there and
        # then, a seat named in passing that still owns its figures (never the contest in focus)
        place_start, place_end = opening[0]
        scene = next((seat for seat in seats if place_start <= seat.start < place_end), None)
        if scene is not None:
            return scene
    before = [seat for seat in seats if seat.end <= position and not passing(text, sentence, seat)]
    if before:
        return before[-1]
    just_named = [seat for seat in seats if seat.end <= position]
    if just_named and patterns.ABOUT_SEAT_JUST_NAMED.match(text[just_named[-1].end : position]):
        return just_named[-1]  # "Labour's win in Kelby in July, when a Tory majority of 17,508 was overturned"
    # a seat named after the figure, not past a semicolon ("Reform takes Rawdon on 11.2% swing; Labour clings
    # on in Kelsford North": the next clause's seat)
    after = [
        seat
        for seat in seats
        if seat.start >= end and not passing(text, sentence, seat) and ";" not in text[end : seat.start]
    ]
    if after:
        return after[0]
    return context.focus


def outside_asides(
    pattern: rx.TimedPattern, text: str, start: int, end: int, *, appositives: bool = False
) -> Iterator[rx.Match[str]]:
    """The matches of ``pattern`` in ``text[start:end]`` outside a relative aside set off by commas (and,
    with ``appositives``, any described name's aside): "Reform UK, which leads most opinion polls, came
    third with 6,390" describes the party; the poll is not the clause's. The asides are read only once the
    pattern has matched (most searches find nothing)."""
    asides: list[tuple[int, int]] | None = None
    for match in pattern.finditer(text, start, end):
        if asides is None:
            kinds = (patterns.RELATIVE_ASIDE, patterns.APPOSITIVE) if appositives else (patterns.RELATIVE_ASIDE,)
            asides = [aside.span() for kind in kinds for aside in kind.finditer(text, start, end)]
        if not any(low <= match.start() and match.end() <= high for low, high in asides):
            yield match


def modal_before(text: str, sentence: Sentence, position: int, *, figure: bool = False) -> bool:
    """Is the figure (``figure``) or verb at ``position`` in a clause of what would, could or needed to
    happen, and not in its turn to what did ("had needed a 21.4% swing, but achieved 23.9%")?

    A notional result's "would have" states the last election's figures on new boundaries, so its
    figures are read (as that election's) and its verbs are not ("the Conservatives would have won
    Hexham by 12,186 votes" names no winner of this election)."""
    clause = clause_start(text, sentence, position)
    # not a modal in a relative aside before the figure: "Philip Rudd, who had hoped to succeed Neville
    # Addison, took 44,107"
    modal = next(outside_asides(patterns.MODAL, text, clause, position), None)
    # "tipped to hold the seat, which it gained with a majority of 5,018": a relative clause still open at the
    # position has its own modal or none (not "needed because Ann Vale, who had held it, stood down to …": closed)
    relative = None if modal is None else patterns.OPEN_RELATIVE.search(text, modal.end(), position)
    if relative is not None:
        modal = next(outside_asides(patterns.MODAL, text, relative.end(), position), None)
    if modal is None or patterns.BUT_DID.search(text, modal.end(), position):
        return False
    return not (figure and notional_would_have(text, sentence, modal.start(), position))


def notional_would_have(text: str, sentence: Sentence, position: int, until: int) -> bool:
    """Is "would have" at ``position`` (before a figure at ``until``) the last election recast on new
    boundaries, stated as a fact ("Estimates of how the seat would have voted gave Labour a notional
    majority of 16,696")? Only in a sentence that says it is a notional result: "a swing that size
    would have given Labour the seat" is a supposition."""
    return bool(
        patterns.WOULD_HAVE.match(text, position) and patterns.NOTIONAL_RESULT.search(text, sentence.start, until)
    )


def _under_earlier_heading(text: str, sentence: Sentence) -> bool:
    """Is the sentence a box's line right under a heading of the previous result ("PREVIOUS RESULT (general
    election, July 2024)", "Last election")? Its figures are that election's."""
    line_end = text.rfind("\n", 0, sentence.start)
    if line_end <= 0 or text[line_end + 1 : sentence.start].strip():
        return False
    line_start = text.rfind("\n", 0, line_end) + 1
    return patterns.EARLIER_RESULT_HEADING.match(text, line_start, line_end) is not None


def _before(match: rx.Match[str], year: int | None) -> bool:
    """Is the year a match names before this election's (``year``; any year, where it is unknown)? A match
    naming no year names an earlier election by its words ("last time")."""
    named = match.group("year")
    return year is None or named is None or int(named) < year


def _earlier(matches: Iterable[rx.Match[str]], year: int | None) -> rx.Match[str] | None:
    """The first of ``matches`` that names an election before this one."""
    return next((match for match in matches if _before(match, year)), None)


@lru_cache(maxsize=256)  # asked by the seat, the figures' times and the wins of one sentence alike
def scene_opening(text: str, sentence: Sentence) -> tuple[tuple[int, int], int, int | None] | None:
    """The place, the end and the year (None for "Last month") of the opening that sets the sentence at
    another place and an earlier time ("At Dunmere in 2003, …", "Last month in the X by-election …")."""
    opening = patterns.PLACE_AND_YEAR_OPENING.match(text, sentence.start, sentence.end)
    if opening is None:
        return None
    year = opening.group("year")
    return opening.span("place"), opening.end(), int(year) if year else None


def set_then(text: str, sentence: Sentence, position: int, year: int | None) -> bool:
    """Is ``position`` in a sentence set at a place and an earlier time (:func:`scene_opening`)?"""
    opening = scene_opening(text, sentence)
    return opening is not None and opening[1] <= position and (year is None or opening[2] is None or opening[2] < year)


@lru_cache(maxsize=4)
def by_election_report(text: str) -> bool:
    """Whether the article reports a by-election (it says so): "the general election" is then an earlier
    one. Read once an article."""
    return patterns.BY_ELECTION_WORD.search(text) is not None


# How far before a time phrase a figure it dates may end ("a 15,006 majority at the general election").
FIGURE_TIME_REACH = 26


def _strong_earlier(
    text: str, sentence: Sentence, position: int, figure: bool, year: int | None
) -> rx.Match[str] | None:
    """The first words before ``position`` that name an earlier election, for a figure not the time of a
    figure right before them ("a majority of nearly 6,000 last July has shrunk to 1,347")."""
    return _earlier(
        (
            match
            for match in patterns.EARLIER_ELECTION_STRONG.finditer(text, sentence.start, position)
            if not (
                figure
                and patterns.FIGURE_AT_END.search(
                    text, max(sentence.start, match.start() - FIGURE_TIME_REACH), match.start()
                )
            )
        ),
        year,
    )


def _at_general_election(text: str, sentence: Sentence, position: int) -> bool:
    """Is the figure or word at ``position`` told of the general election ("At the general election Labour
    took Ashby with a majority of 8,241")? Not where an aside names it ("Ann Hale, who had fought the seat at
    the general election, finished third on 10,559"), nor past a colon, a semicolon or a return to now."""
    return any(
        not patterns.BACK_TO_NOW.search(text, match.end(), position)
        and not rx.search(r"[:;]", text[match.end() : position])
        # not the time of a figure right before it: "slashed from 9,874 at the general election to just 1,231"
        and not patterns.FIGURE_AT_END.search(
            text, max(sentence.start, match.start() - FIGURE_TIME_REACH), match.start()
        )
        for match in outside_asides(patterns.AT_GENERAL_ELECTION, text, sentence.start, position, appositives=True)
    )


def _earlier_time_after(text: str, sentence: Sentence, end: int, *, figure: bool, year: int | None) -> bool:
    """Does an earlier election's time follow in the clause, told of this figure or word: not a comparison's, not a
    described seat's, not a second verb's between ("won for Reform in a seat the party first took last May")?"""
    clause_end = next((m.start() for m in patterns.CLAUSE_BREAK.finditer(text, end, sentence.end)), sentence.end)
    later = _earlier(patterns.EARLIER_ELECTION_STRONG.finditer(text, end, min(clause_end, end + 80)), year)
    if later is None:
        return False
    between = text[end : later.start()]
    return (
        not patterns.COMPARISON.search(between)
        and not (between and patterns.WIN_VERB.search(between))
        and not (figure and patterns.SEAT_DESCRIBED_BETWEEN.search(between))
        and (not patterns.SINCE_OR_DIGIT.search(between) or bool(patterns.WIN_MARGIN_BETWEEN.fullmatch(between)))
    )


def about_earlier_election(
    text: str, sentence: Sentence, position: int, end: int, *, figure: bool = False, year: int | None = None
) -> bool:
    """Is this figure (or word) about the previous election? "Two years ago the Conservatives took…".

    For a figure, a year that follows another figure ("reverses a Tory lead of 17,508 at the 2019
    election") belongs to that other figure. A year named after it or opening the clause is an earlier
    election's only where it is before ``year`` (this election's; "won Hexham with 15,900 votes in 2024"
    in a report of 2024 is this one)."""
    clause = clause_start(text, sentence, position)
    after = text[end : min(sentence.end, end + 60)]
    if set_then(text, sentence, position, year):
        return True  # "At Ravensmoor in 1982, the Conservatives gained a seat on a 10.6% swing"
    if figure and _under_earlier_heading(text, sentence):
        return True  # "PREVIOUS RESULT (general election, July 2024)" over "Lab maj 10,552 | Lab 51.5 / Con 21.8"
    if figure and by_election_report(text):
        dated = patterns.DATED_MAJORITY_BEFORE.search(text, max(sentence.start, position - 40), position)
        if dated is not None and _before(dated, year):
            return True  # "the party's 2024 majority of 8,102 was all but wiped out": the general election's
    if figure and patterns.NEW_MAJORITY_BEFORE.search(text, max(sentence.start, position - 60), position):
        return False  # "… in 2017 became a Conservative majority of 1,239": the new one
    if figure and patterns.EARLIER_MARGIN_AFTER.match(after):
        return True  # "the 2,137 votes by which Mr Williams had held the seat"
    gap = r"[^.;,\d]" if figure else r"(?:[^.;,]|,\d)"
    if rx.match(
        r"\A\s*,?\s*when\s+[^.;]{0,60}?\b(?:was|were|had\s+been)\s+(?:last\s+|first\s+)?(?:re-?)?elected\b", after
    ):
        return True  # "compared with 6,164 when Christian Matheson was last re-elected"
    year_after = rx.match(
        rf"\A{gap}{{0,45}}?\b(?:in|at)\s+(?:the\s+)?(?:{patterns.MONTH}\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s+by-election)",
        after,
    )
    if year_after and not patterns.COMPARISON.search(year_after.group(0)) and _before(year_after, year):
        return True
    strong = _strong_earlier(text, sentence, position, figure, year)
    if (
        strong
        and not any(
            aside.start() < strong.start() and aside.end() <= position
            for aside in patterns.APPOSITIVE.finditer(text, sentence.start, min(sentence.end, position + 40))
            if aside.end() > strong.end()
            # a marked aside, or any described name: "Dan Kerr, suspended by the party last year, won 2,412"
            and (
                patterns.MARKED_APPOSITIVE.match(aside.group(0))
                or rx.search(r"\p{Lu}[\p{Ll}'-]+\Z", text[max(0, aside.start() - 40) : aside.start()])
            )
        )
    ):
        return True  # not "Mark Bowen, who had also fought the seat at last year's election, finished second"
    if _earlier_time_after(text, sentence, end, figure=figure, year=year):
        # "Labour beat Mr Grundy two years ago"; "Mr Pike won it with a majority of 15,088 at the last
        # general election": the margin between is the earlier win's own
        return True
    if by_election_report(text) and _at_general_election(text, sentence, position):
        return True  # a by-election's report: "At the general election Labour took the seat with 8,241"
    if figure and by_election_report(text) and patterns.AT_GENERAL_ELECTION_AFTER.match(after):
        return True  # "held it for the Tories with a majority of 14,088 at the general election"
    opening = patterns.EARLIER_CLAUSE_OPENING.match(text, sentence.start, position)
    if opening and _before(opening, year):
        return True  # "In May 2010 Mr Reckless won the seat … with a majority of 9,953"
    if patterns.EARLIER_WHEN.search(text, sentence.start, position):
        return True  # "at the general election in December 2019, when Jack Dromey held the seat by 3,600"
    window = max(clause, position - EARLIER_WINDOW)
    for aside in patterns.RELATIVE_ASIDE.finditer(text, sentence.start, position):
        # "Labour's Laura Pidcock, who had won the seat only in 2017, by 19,990 votes to 18,846":
        # the aside is about her earlier win; the figures after it are not.
        window = max(window, aside.end())
    for aside in patterns.MARKED_APPOSITIVE.finditer(text, sentence.start, position):
        # "Labour's Duncan Enright, the runner-up in 2015, fell back to third on 5,765": the aside
        # describes the person; the figure after it is this election's
        window = max(window, aside.end())
    return _earlier(patterns.EARLIER_ELECTION.finditer(text, window, position), year) is not None
