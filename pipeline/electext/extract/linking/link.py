"""Stage 4, link: figures and people assigned to contests and roles, as :class:`Fact` records.

The cascade, per sentence (quoted speech masked out first, since a candidate's "we nearly doubled
our share" is not a result):

1. Which contest? A seat named right after the figure ("1,487 in Mid Bedfordshire"), else the
   nearest seat named earlier in the sentence, else the discourse focus: the last seat named in a
   previous sentence outside a passing mention ("after by-elections in Rutherglen and Selby").
2. Which role? The words around the figure, read by named rules
   (:data:`electext.extract.linking.figure_roles.ROLE_RULES`): "votes", "win by", "majority of",
   "overturned a … majority", "swing of … to X from Y", "turnout", "since 1931", "came second".
3. Whose? For votes, shares and places, the nearest person or party before the figure in the same
   clause, or the one the figure is given "for".

This module reads the article in order and passes the frozen context from sentence to sentence: each
line reader of :data:`LINE_READERS` gets a :class:`~electext.extract.linking.context.SentenceView` and
returns a :class:`~electext.extract.linking.context.Reading` (its facts and the context after them).
Results lists and delimited tables it reads line by line here. The rest is in modules of their own:
:mod:`electext.extract.linking.context` (the context, a spot's seat, earlier-election cues),
:mod:`electext.extract.linking.subjects` (whose figure or verb), :mod:`electext.extract.linking.figure_facts`
(figures in prose) and :mod:`electext.extract.linking.word_facts` (facts said in words).

Facts are plain frozen records (:mod:`electext.extract.facts`); which contest a sentence is about when it
names none is :mod:`electext.extract.linking.attribution`'s business; :mod:`electext.extract.assemble` turns facts
into contests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from electext.core import rx
from electext.core.spans import ByStart
from electext.extract.delimited import is_rule_line
from electext.extract.facts import (
    LIST_ORDER,
    Fact,
    PlaceFact,
    SeatFact,
    Sentence,
    Span,
    VacancyFact,
    WinnerFact,
    mask_quotes,
    mentions_in,
)
from electext.extract.figures import Figure
from electext.extract.linking.attribution import (
    anchors,
    election_event,
    explicit_seats,
    focus_seats,
    main_seat,
    paired_seats,
    passing,
    resolve_conflicts,
    resolve_pronouns,
)
from electext.extract.linking.box_subjects import box_subject
from electext.extract.linking.context import (
    Context,
    Reading,
    SentenceView,
    changed,
    seat_for,
)
from electext.extract.linking.corrections import retracted_values, without_retracted
from electext.extract.linking.count_stage import (
    LATER_STAGE_ROLES,
    RESTATED_ROLES,
    carried_after,
    figure_is_later,
    follow_count_stage,
    prefer_first_count,
    stage_marks,
)
from electext.extract.linking.earlier_sections import follow_earlier_paragraph
from electext.extract.linking.figure_facts import figure_facts
from electext.extract.linking.list_order import TOP_OF_LIST, ballot_order
from electext.extract.linking.new_members import new_member
from electext.extract.linking.table_rows import (
    contest_table_row,
    row_seats,
    table_header,
    table_row,
    without_seats_in_names,
    wrapped_forenames,
)
from electext.extract.linking.word_facts import word_facts
from electext.extract.mentions import Mention, Mentions
from electext.extract.mentions.table_contests import contest_table_header
from electext.lexicon import patterns


def _live_entry_seat(text: str, sentences: list[Sentence], index: int, mentions: Mentions) -> Mention | None:
    """The seat a live blog's time-stamped entry is about: the first it names, wherever in the entry.
    Only for the entry's first sentence; the rest follow the running focus from there."""
    sentence = sentences[index]
    if not patterns.LEADING_TIME.match(text[sentence.start : sentence.end]):
        return None
    if index and sentences[index - 1].paragraph == sentence.paragraph:
        return None
    for other in sentences[index:]:
        if other.paragraph != sentence.paragraph:
            break
        named = explicit_seats(text, other, mentions)
        if named:
            return named[0]
    return None


def _table_line(view: SentenceView) -> Reading:
    """A delimited table's header (remembered; no facts) or one of its rows (read by column)."""
    text, sentence, mentions, context = view.text, view.sentence, view.mentions, view.context
    # a table of contests first: its header may also name a party and votes, as a results table's does
    contests = contest_table_header(text, sentence.start, sentence.end)
    if contests is not None:
        return Reading([], replace(context, contest_table=contests, table=None))
    header = table_header(text, sentence)
    if header is not None:
        return Reading([], replace(context, table=header, box_rank=0, contest_table=None))
    if context.contest_table is not None:  # a row (its result is prose, which the word readers read)
        row = contest_table_row(text, sentence, context.contest_table, mentions, view.figures)
        return Reading(row, context if row is not None else replace(context, contest_table=None))
    if context.table is None:
        return Reading(None, context)
    if is_rule_line(text, sentence.start, sentence.end) or wrapped_forenames(text, sentence, context.table):
        return Reading([], context)  # a Markdown table's rule under its header ("|---|---:|"), a name's wrapped part
    seat = seat_for(text, sentence, sentence.start, sentence.start, row_seats(view), context)
    row = (
        table_row(text, sentence, context.table, mentions, view.figures, seat.value, context.box_rank + 1)
        if seat is not None
        else None
    )
    if row is None:
        return Reading(None, replace(context, table=None))
    return Reading(row, replace(context, box_rank=context.box_rank + 1))


def _box_line(view: SentenceView) -> Reading:
    """A line of a results list: votes, share and place (by order) for one candidate."""
    text, sentence, mentions, context = view.text, view.sentence, view.mentions, view.context
    match = _box_match(text, sentence)
    if match is None:
        return _box_place_line(view)
    subject = box_subject(text, match.start("who"), match.end("who"), mentions)
    named = box_subject(text, match.start("named"), match.end("named"), mentions) if match.group("named") else None
    if named is not None and subject is not None and subject.kind == "party":
        subject = replace(named, party=named.party or subject.value)  # "Reform UK 1,012 (Gary Pinkney)"
    if subject is None:
        return Reading(None, context)
    seat = seat_for(text, sentence, sentence.start, sentence.start, mentions_in(sentence, mentions.seats), context)
    if seat is None:
        return Reading(None, context)
    label = (match.group("label") or "").lower().replace("place", "").strip()
    # a key-facts box's label gives the place ("Second: Ann Lee (Con) – 14,870"); a list's order otherwise
    rank = 1 if label in ("winner", "elected") else patterns.ORDINAL_VALUE.get(label, context.box_rank + 1)
    facts = _box_figures(match, view.figures, seat.value, subject)
    line = (Span(sentence.start, sentence.end),)
    facts.append(PlaceFact(seat.value, "position", line, subject=subject, place=rank, derived=LIST_ORDER))
    sitting = _sitting_member_marker(text, match)
    if sitting is not None and subject.kind == "person":
        # "Emma Dent Coad*" with "* sitting MP" under the table: the member before this election
        facts.append(
            VacancyFact(seat.value, "previous_mp", (Span(sitting, sitting + 1),), subject=subject, reason="other")
        )
    if match.group("elected") or label in ("winner", "elected"):
        marker = (Span(match.start("elected"), match.end("elected")),) if match.group("elected") else line
        facts.append(WinnerFact(seat.value, "winner", marker, subject=subject))
    elif rank == 1:
        facts.append(WinnerFact(seat.value, "winner", line, subject=subject, derived=TOP_OF_LIST))
    return Reading(facts, replace(context, box_rank=rank))


def _box_place_line(view: SentenceView) -> Reading:
    """A results list's line with a place or "elected" where the tally goes, before the count is in
    ("Lab  Ken Macintosh* ........ 3rd"): the candidate, their place, and a sitting member's mark."""
    text, sentence, mentions, context = view.text, view.sentence, view.mentions, view.context
    match = patterns.BOX_PLACE_LINE.fullmatch(text, sentence.start, sentence.end)
    if match is None or patterns.BOX_LABEL_WORDS.search(match.group("who")):
        return Reading(None, context)
    subject = box_subject(text, match.start("who"), match.end("who"), mentions)
    seat = seat_for(text, sentence, sentence.start, sentence.start, mentions_in(sentence, mentions.seats), context)
    if subject is None or seat is None:
        return Reading(None, context)
    rank = 1 if match.group("elected") else int(match.group("place"))
    marker = (Span(match.start("place") if match.group("place") else match.start("elected"), match.end()),)
    facts: list[Fact] = [PlaceFact(seat.value, "position", marker, subject=subject, place=rank)]
    if match.group("elected"):
        facts.append(WinnerFact(seat.value, "winner", marker, subject=subject))
    sitting = _sitting_member_marker(text, match)
    if sitting is not None and subject.kind == "person":
        facts.append(
            VacancyFact(seat.value, "previous_mp", (Span(sitting, sitting + 1),), subject=subject, reason="other")
        )
    return Reading(facts, replace(context, box_rank=rank))


def _box_match(text: str, sentence: Sentence) -> rx.Match[str] | None:
    """The sentence read as a results-list line (name, party, votes, share, change), or None."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    # an indented list line ("    Thomas Buchanan       DUP            8,390"): its sentence starts at the name
    start = line_start if not text[line_start : sentence.start].strip() else sentence.start
    if not patterns.DIGIT.search(text, start, sentence.end):
        return None  # every list line has its votes (and the full match tries up to 70 lengths of name)
    match = patterns.BOX_CANDIDATE.fullmatch(text, start, sentence.end)
    if not match or patterns.BOX_LABEL_WORDS.search(match.group("who")):
        return None
    if patterns.ELECTION_TITLE_YEAR.search(text, match.start("who"), match.end("votes")):
        return None  # "GENERAL ELECTION 2024", "ASSEMBLY ELECTION 2022": a title and its year, no tally
    if patterns.PAGE_REFERENCE.search(text, match.start("who"), match.end("votes")):
        return None  # "Comment - Page 12": where the paper goes on, no tally
    lowercase = [w for w in match.group("who").split() if w[:1].islower() and w not in ("and", "of", "de", "van")]
    if (
        len(lowercase) > 2
        or patterns.WIN_VERB.search(match.group("who"))
        or patterns.LOSS_VERB.search(match.group("who"))
        or patterns.BY_AT_END.search(match.group("who"))
        or patterns.STAGE_AT_END.search(match.group("who"))
    ):
        # "Independent unseats Labour MP in Blackburn by 132 votes", "SNP SNATCH ARDMILLAN BY 4,300": a
        # headline, not a list line; "Elected: Kirsty Baird (SNP) at stage 3": the count's stage, no tally
        return None
    return match  # type: ignore[no-any-return]


def _box_figures(match: rx.Match[str], figures: list[Figure], seat: str, subject: Mention) -> list[Fact]:
    """A list line's votes, share and change in share ("+7.5"; "new" is no change)."""
    facts = []
    votes = next((f for f in figures if f.start <= match.start("votes") < f.end), None)
    if votes is not None:
        facts.append(Fact(seat, "votes", (Span(votes.start, votes.end),), votes, subject=subject))
    if match.group("share"):
        share = next((f for f in figures if f.start <= match.start("share") < f.end), None)
        if share is not None:
            facts.append(Fact(seat, "share", (Span(share.start, share.end),), share, subject=subject))
    change = match.group("change")
    if change and change.lower() != "new":
        value = float(change)
        start, end = match.start("change"), match.end("change")
        figure = Figure(start, end, change, value, "points", "exact", value, value, start, False)
        facts.append(Fact(seat, "share_change", (Span(start, end),), figure, subject=subject))
    return facts


def _sitting_member_marker(text: str, match: rx.Match[str]) -> int | None:
    """Where a list line's name carries a mark ("*", "\u2020") that a legend under the table explains as
    the sitting member: the mark's offset, or None."""
    sitting = patterns.SITTING_MARK_END.search(match.group("who"))
    if not sitting:
        return None
    legend = rx.compile(
        rf"(?:^|(?<=[.;][ \t]))[ \t]*{rx.escape(sitting.group(0).strip())}[ \t]*(?:=[ \t]*|denotes[ \t]+)?"
        r"(?:the[ \t]+)?(?:sitting|outgoing|defending|incumbent)\b",
        rx.M | rx.I,
    )
    return match.start("who") + sitting.start() if legend.search(text) else None


def _respective_seats(text: str, sentence: Sentence, mentions: Mentions, facts: list[Fact]) -> list[Fact]:
    """Each person's facts of a sentence that pairs people with seats (:func:`paired_seats`: "were
    re-elected to their respective seats of Ashby and Crane Vale") go to their own seat."""
    seat_of = paired_seats(text, sentence, mentions)
    if not seat_of:
        return facts
    first_named = {person.value: person for person in reversed(mentions_in(sentence, mentions.people))}
    people = list(seat_of)
    paired = [
        replace(fact, seat=seat_of[fact.subject.value], seat_named=True)
        if fact.subject is not None and fact.subject.value in seat_of
        else fact
        for fact in facts
    ]
    # the verb's coordinated subjects all won: "Ana Lind and Joe Kerr were re-elected"
    won = {fact.subject.value for fact in paired if isinstance(fact, WinnerFact) and fact.subject is not None}
    wins = [fact for fact in paired if isinstance(fact, WinnerFact) and fact.subject is not None]
    if wins and won <= set(seat_of):
        paired += [
            replace(wins[0], seat=seat_of[person], subject=first_named[person], seat_named=True)
            for person in people
            if person not in won
        ]
    return paired


def _named(facts: list[Fact], reader: str) -> list[Fact]:
    """The facts a reader returned, each naming the reader unless it named a finer rule."""
    return [fact if fact.rule else replace(fact, rule=reader) for fact in facts]


def link(
    text: str, sentences: list[Sentence], mentions: Mentions, figures: list[Figure], year: int | None = None
) -> list[Fact]:
    """Read the article in order and collect every fact it states, with its contest.

    ``year`` (the article's, when known) tells this election's results from earlier ones."""
    masked = mask_quotes(text)
    mentions = resolve_pronouns(masked, sentences, mentions)
    headings = [int(match.group("year")) for match in patterns.YEAR_HEADING.finditer(masked)]
    named = {seat.value for seat in mentions.seats if not seat.former}
    context = Context(
        focus=main_seat(masked, sentences, mentions),
        year=year,
        latest_heading=max(headings, default=None),
        sole=next(iter(named)) if len(named) == 1 else None,
    )
    facts: list[Fact] = []
    anchored = anchors(masked, sentences, mentions, figures)
    by_start = ByStart(figures)
    later_count, later_facts, stage_paragraph = False, set[int](), -1  # count_stage: the prose's count
    for index, sentence in enumerate(sentences):
        seats = mentions_in(sentence, mentions.seats)
        entry = _live_entry_seat(masked, sentences, index, mentions)
        if entry is not None:
            context = replace(context, focus=entry)  # "8.18am Ed Balls is out. Morley and Outwood, Con gain …"
        running_focus = context.focus
        if index in anchored:
            context = replace(context, focus=anchored[index])
        in_sentence = [f for f in by_start.starting(sentence.start, sentence.end) if masked[f.start : f.end].strip()]
        context = follow_earlier_paragraph(masked, sentences, index, context)
        later_stage = context.later_stage  # a stage's own introduction ("Final Round") is not in it
        context = follow_count_stage(masked, sentence, bool(seats), context)
        new, context = _read_line(SentenceView(masked, sentence, mentions, in_sentence, context))
        view = SentenceView(masked, sentence, mentions, in_sentence, context)
        seats, view = without_seats_in_names(view, seats)
        said = word_facts(view)
        if context.earlier_section or context.earlier_paragraph == sentence.paragraph:
            # under "2017: the longest night", "Austin was re-elected" is that election's result; so is
            # "Labour held the seat" in a paragraph about an earlier election
            said = [fact for fact in said if fact.role not in ("winner", "result", "position", "previous_mp")]
        new += said
        new += _named(new_member(view), "new_member")
        if later_stage and context.later_stage:
            # "the last two candidates after transfers: SNP 980, Con 784": not the first count's figures
            new = [fact for fact in new if fact.role not in LATER_STAGE_ROLES]
        new = _respective_seats(masked, sentence, mentions, new)
        named = {seat.value for seat in seats}
        new = [replace(fact, seat_named=True) if fact.seat in named else fact for fact in new]
        if index not in anchored and not explicit_seats(masked, sentence, mentions):
            # the contest came from the running focus, unless the sentence names the fact's seat itself
            new = [fact if fact.seat_named else replace(fact, weak=True) for fact in new]
        if sentence.paragraph != stage_paragraph:
            later_count, stage_paragraph = False, sentence.paragraph
        marks = stage_marks(masked, sentence.start, sentence.end)
        later_facts.update(
            len(facts) + i
            for i, fact in enumerate(new)
            if fact.role in RESTATED_ROLES
            and fact.figure is not None
            and figure_is_later(marks, fact.figure.start, later_count)
        )
        later_count = carried_after(marks, later_count)
        facts.extend(new)
        question = masked[sentence.start : sentence.end].strip()
        context = changed(context, focus=running_focus, question=question if question.endswith("?") else None)
        for seat in seats:
            in_passing = passing(masked, sentence, seat)
            event = election_event(masked, sentence, seat, year, seats)
            facts.append(
                SeatFact(
                    seat.value, "seat", (Span(seat.start, seat.end),), subject=seat, passing=in_passing, event=event
                )
            )
        focus = focus_seats(masked, sentence, seats, context.focus, context.sole)
        if focus:
            context = replace(context, focus=focus[-1] if len(focus) == 1 else focus[0])
    facts = without_retracted(facts, retracted_values(masked, sentences, by_start))
    return resolve_conflicts(ballot_order(prefer_first_count(facts, later_facts)))


# The readers of a line, in order, each with the name its facts carry: the first whose kind of line
# the sentence is reads it (a delimited table's row, a results list's line, else prose).
LINE_READERS: tuple[tuple[str, Callable[[SentenceView], Reading]], ...] = (
    ("results_table_row", _table_line),
    ("results_list_line", _box_line),
    ("", figure_facts),
)


def _read_line(view: SentenceView) -> tuple[list[Fact], Context]:
    """The facts of the first line reader that reads the sentence, and the context after them; each
    reader that passes may still have changed the context (a table ends), which the next one sees."""
    for name, reader in LINE_READERS:
        reading = reader(view)
        if reading.facts is not None:
            return _named(reading.facts, name) if name else reading.facts, reading.context
        view = changed(view, context=reading.context)
    raise AssertionError("the prose reader reads every line")  # pragma: no cover
