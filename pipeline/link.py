"""Stage 4, link: figures and people assigned to contests and roles, as :class:`Fact` records.

The cascade, per sentence (quoted speech masked out first, since a candidate's "we nearly doubled
our share" is not a result):

1. Which contest? A seat named right after the figure ("1,487 in Mid Bedfordshire"), else the
   nearest seat named earlier in the sentence, else the discourse focus: the last seat named in a
   previous sentence outside a passing mention ("after by-elections in Rutherglen and Selby").
2. Which role? The words around the figure (``patterns``): "votes", "win by", "majority of",
   "overturned a … majority", "swing of … to X from Y", "turnout", "since 1931", "came second".
3. Whose? For votes, shares and places, the nearest person or party before the figure in the same
   clause, or the one the figure is given "for".

Facts are plain frozen records (:mod:`pipeline.facts`); which contest a sentence is about when it
names none is :mod:`pipeline.attribution`'s business; :mod:`pipeline.assemble` turns facts into contests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import NamedTuple

from pipeline import patterns, rx
from pipeline.attribution import (
    anchors,
    election_event,
    explicit_seats,
    main_seat,
    passing,
    resolve_conflicts,
    resolve_pronouns,
)
from pipeline.facts import (
    MAX_SEAT_VOTES,
    MIN_BARE_VOTES,
    Fact,
    Role,
    Sentence,
    Span,
    candidates_of,
    clause_start,
    mask_quotes,
    mentions_in,
)
from pipeline.figures import Figure
from pipeline.keyed_lines import keyed_reading
from pipeline.mentions import Mention, Mentions, not_a_name
from pipeline.resources import load_resources
from pipeline.table_rows import table_header, table_row

# How close before a figure "in 2015" or "previously" must stand to make it an earlier result.
EARLIER_WINDOW = 45

# How far (characters) a seat may follow a figure and still be its seat: "1,487 in Mid Bedfordshire".
SEAT_AFTER_FIGURE = 6
_CHOOSE_VERBS = frozenset({"elected", "elects", "elect", "returned", "returns", "return"})
_DEFEAT_VERBS = frozenset({"defeated", "beaten", "ousted", "unseated", "toppled"})
# "…, holding the seat for the Conservatives" reports a result; "the party holding the seat" describes
_PARTICIPLE_WINS = frozenset({"holding", "keeping", "retaining"})
_ELECTION_LABEL = {
    "council": "council by-election",
    "holyrood": "Scottish Parliament by-election",
    "senedd": "Senedd by-election",
    "by": "by-election",
    "general": "general election",
}


@dataclass
class _Context:
    """Mutable only inside :func:`link`: the discourse focus as we read the article in order."""

    focus: Mention | None = None
    facts: list[Fact] = field(default_factory=list)
    box_rank: int = 0  # place of the next line of a results list
    table: tuple[str, dict[str, int]] | None = None  # the delimited table being read, from its header
    earlier_paragraph: int | None = None  # a paragraph that opened on an earlier election
    keyed_subject: Mention | None = None  # whose figure the last key-numbers line gave
    year: int | None = None  # the article's election year, when known


class _Scope(NamedTuple):
    """What every word-fact reader looks at: one sentence and what is named in it."""

    text: str
    sentence: Sentence
    mentions: Mentions
    seats: list[Mention]
    candidates: list[Mention]
    context: _Context


def _person_after_party(text: str, agent: Mention, candidates: list[Mention], gap: int) -> Mention:
    """ "by the Conservative Mark Fletcher", "to Labour's Ben Coleman", "for the Conservative
    candidate, Nadeem Ahmed": the person the party introduces."""
    if agent.kind != "party":
        return agent
    return next(
        (
            m
            for m in candidates
            if m.kind == "person"
            and m.party == agent.value
            and (0 <= m.start - agent.end <= gap or patterns.ROLE_BEFORE_NAME.fullmatch(text, agent.end, m.start))
        ),
        agent,
    )


def _box_subject(text: str, start: int, end: int, mentions: Mentions) -> Mention | None:
    """Who a results-list line is about: a person (with the party beside them) or a party."""
    parties = [p for p in mentions.parties if start <= p.start and p.end <= end]
    people = [p for p in mentions.people if start <= p.start and p.end <= end]
    party = parties[0].value if parties else None
    leftover = text[start:end]
    for mention in reversed(parties):
        leftover = (
            leftover[: mention.start - start] + " " * (mention.end - mention.start) + leftover[mention.end - start :]
        )
    words = rx.sub(r"[():\[\]*\u2020]|\.{2,}|…", " ", leftover)
    name = " ".join(words.split())
    if name.isupper() and len(name) > 3:
        name = name.title()  # "BRENDAN CLARKE-SMITH (CONSERVATIVE)": capitals are the box's typography
    surname_first = rx.fullmatch(r"(\p{Lu}[\p{Lu}'-]+),\s*(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*)", name)
    if surname_first:
        name = f"{surname_first.group(2)} {surname_first.group(1).title()}"
    if people and not (name and patterns.NAME_WORDS.match(name) and people[0].text in name and name != people[0].text):
        person = people[0]
        return replace(person, party=party or person.party)
    if name and patterns.NAME_WORDS.match(name) and not not_a_name(name, load_resources()):
        offset = leftover.find(name.split()[0]) if not surname_first else 0
        name_start = start + max(offset, 0)
        name_end = name_start + len(" ".join(words.split())) if not surname_first else end
        return Mention(name_start, min(name_end, end), text[name_start : min(name_end, end)], "person", name, party)
    return parties[0] if parties else None


def _new_member(
    text: str, sentence: Sentence, seats: list[Mention], candidates: list[Mention], context: _Context
) -> list[Fact]:
    """ "Sarah Olney is the new MP for Richmond Park": the winner, said as who now holds the seat."""
    facts = []
    for match in patterns.NEW_MEMBER.finditer(text, sentence.start, sentence.end):
        subject = _clause_subject(text, sentence, match.start(), candidates)
        seat = next((s for s in seats if match.end() <= s.start <= match.end() + 3), None) or _seat_for(
            text, sentence, match.start(), match.end(), seats, context
        )
        if subject is not None and seat is not None:
            facts.append(Fact(seat.value, "winner", (Span(match.start(), match.end()),), subject=subject))
    for match in patterns.SENT_TO_PARLIAMENT.finditer(text, sentence.start, sentence.end):
        # "Labour has kept hold of the City of Chester, sending Samantha Dixon to Westminster"
        person = next((m for m in candidates if m.kind == "person" and m.start == match.end("person")), None)
        seat = _seat_for(text, sentence, match.start(), match.end(), seats, context)
        if person is not None and seat is not None and not _modal_before(text, sentence, match.start()):
            facts.append(Fact(seat.value, "winner", (Span(match.start(), match.end()),), subject=person))
    return facts


def _follow_earlier_paragraph(text: str, sentences: list[Sentence], index: int, context: _Context) -> None:
    """ "At the 2019 general election Ms Cooper won 27,458 votes … The Liberal Democrats were a distant
    third with 2,560": a paragraph that opens on an earlier election stays there until a sentence
    brings the reader back ("This time", "on Thursday"). One that only turns to it midway ("Five
    years ago Mr Laws had won here by 13,036. UKIP's Smedley was third") does not."""
    sentence = sentences[index]
    if context.earlier_paragraph is not None and context.earlier_paragraph != sentence.paragraph:
        context.earlier_paragraph = None
    opens_paragraph = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
    if patterns.BACK_TO_NOW.search(text, sentence.start, sentence.end):
        context.earlier_paragraph = None
    elif opens_paragraph and patterns.EARLIER_SENTENCE_OPENING.match(text, sentence.start, sentence.end):
        context.earlier_paragraph = sentence.paragraph


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


def _table_line(
    text: str, sentence: Sentence, mentions: Mentions, figures: list[Figure], context: _Context
) -> list[Fact] | None:
    """A delimited table's header (remembered; no facts) or one of its rows (read by column)."""
    header = table_header(text, sentence)
    if header is not None:
        context.table, context.box_rank = header, 0
        return []
    if context.table is None:
        return None
    if rx.fullmatch(r"[\s|:\-\u2013\u2014+=]+", text[sentence.start : sentence.end]):
        return []  # a Markdown table's rule under its header: "|---|---|---:|"
    seat = _seat_for(text, sentence, sentence.start, sentence.start, mentions_in(sentence, mentions.seats), context)
    row = (
        table_row(text, sentence, context.table, mentions, figures, seat.value, context.box_rank + 1)
        if seat is not None
        else None
    )
    if row is None:
        context.table = None
        return None
    context.box_rank += 1
    return row


def _box_line(
    text: str, sentence: Sentence, mentions: Mentions, figures: list[Figure], context: _Context
) -> list[Fact] | None:
    """A line of a results list: votes, share and place (by order) for one candidate."""
    match = patterns.BOX_CANDIDATE.fullmatch(text, sentence.start, sentence.end)
    if not match or patterns.BOX_LABEL_WORDS.search(match.group("who")):
        return None
    lowercase = [w for w in match.group("who").split() if w[:1].islower() and w not in ("and", "of", "de", "van")]
    if (
        len(lowercase) > 2
        or patterns.WIN_VERB.search(match.group("who"))
        or patterns.LOSS_VERB.search(match.group("who"))
    ):
        return None  # "Independent unseats Labour MP in Blackburn by 132 votes": a headline, not a list line
    subject = _box_subject(text, match.start("who"), match.end("who"), mentions)
    if subject is None:
        return None
    seat = _seat_for(text, sentence, sentence.start, sentence.start, mentions_in(sentence, mentions.seats), context)
    if seat is None:
        return None
    context.box_rank += 1
    by_start = {figure.start: figure for figure in figures}
    facts = []
    votes = next((f for f in figures if f.start <= match.start("votes") < f.end), None)
    if votes is not None:
        facts.append(Fact(seat.value, "votes", (Span(votes.start, votes.end),), votes, subject=subject))
    if match.group("share"):
        share = next((f for f in figures if f.start <= match.start("share") < f.end), None)
        if share is not None:
            facts.append(Fact(seat.value, "share", (Span(share.start, share.end),), share, subject=subject))
    del by_start
    change = match.group("change")
    if change and change.lower() != "new":
        value = float(change)
        facts.append(
            Fact(
                seat.value,
                "share_change",
                (Span(match.start("change"), match.end("change")),),
                Figure(
                    match.start("change"),
                    match.end("change"),
                    change,
                    value,
                    "points",
                    "exact",
                    value,
                    value,
                    match.start("change"),
                    False,
                ),
                subject=subject,
            )
        )
    line = (Span(sentence.start, sentence.end),)
    facts.append(
        Fact(
            seat.value,
            "position",
            line,
            subject=subject,
            label=str(context.box_rank),
            derived="order of the results list",
        )
    )
    sitting = rx.search(r"[*\u2020][ \t]*\Z", match.group("who"))
    if sitting and subject.kind == "person":
        legend = rx.compile(
            rf"^[ \t]*{rx.escape(sitting.group(0).strip())}[ \t]*(?:=[ \t]*|denotes[ \t]+)?"
            r"(?:the[ \t]+)?(?:sitting|outgoing|defending|incumbent)\b",
            rx.M | rx.I,
        )
        if legend.search(text):
            # "Emma Dent Coad*" with "* sitting MP" under the table: the member before this election
            at = match.start("who") + sitting.start()
            facts.append(Fact(seat.value, "previous_mp", (Span(at, at + 1),), subject=subject, label="other"))
    if match.group("elected"):
        marker = (Span(match.start("elected"), match.end("elected")),)
        facts.append(Fact(seat.value, "winner", marker, subject=subject))
    elif context.box_rank == 1:
        facts.append(Fact(seat.value, "winner", line, subject=subject, derived="top of the results list"))
    return facts


def _outside_asides(text: str, start: int, position: int, candidates: list[Mention]) -> list[Mention]:
    """Drop names inside a comma-set description of the name before it ("Simon Hart, the former
    Welsh secretary who served as Rishi Sunak's chief whip, was third with 8,825"). A party the
    description gives the person stays with them: "Farage, who took over the leadership of Reform
    UK, received 21,225", "Goldsmith, standing as an independent after quitting the Conservatives"."""
    kept = list(candidates)
    for aside in patterns.APPOSITIVE.finditer(text, start, min(len(text), position + 40), overlapped=True):
        if aside.end() > position:
            continue
        owner = next((m for m in kept if 0 <= aside.start() - m.end <= 1), None)
        if owner is None:
            continue
        inside = [m for m in kept if aside.start() < m.start and m.end <= aside.end()]
        if (
            owner.kind == "party"
            and len(inside) == 1
            and inside[0].kind == "person"
            and rx.fullmatch(r",\s*,", text[aside.start() : inside[0].start] + text[inside[0].end : aside.end()])
        ):
            # "The Liberal Democrat, Stephen Arrundale, polled 220": the aside is the party's candidate
            person = inside[0] if inside[0].party else replace(inside[0], party=owner.value)
            kept = [person if m is owner else m for m in kept if m is not inside[0]]
            continue
        kept = [m for m in kept if m not in inside]
        parties = [
            m
            for m in inside
            if m.kind == "party"
            and (
                patterns.AFFILIATION_AFTER.match(text[m.end : m.end + 20])
                or patterns.AFFILIATION_BEFORE.search(text, max(aside.start(), m.start - 30), m.start)
            )
        ]
        if (
            owner.kind == "person"
            and owner.party is None
            and parties
            and not patterns.LEFT_PARTY.search(text, aside.start(), aside.end())
            # "Neil Hamilton, the party's leader in the Assembly and a former Conservative MP": the
            # current party is the one named before; the one inside is history
            and not patterns.PARTY_ANAPHOR.search(text, aside.start(), aside.end())
        ):
            standing = [
                m
                for m in parties
                if patterns.STANDING_AS_BEFORE.search(text, max(aside.start(), m.start - 30), m.start)
            ]
            party = (standing or parties[-1:])[0].value
            kept = [replace(m, party=party) if m is owner else m for m in kept]
    return kept


def _subject_before(text: str, sentence: Sentence, position: int, candidates: list[Mention]) -> Mention | None:
    """The nearest person or party before ``position`` in its clause (a person beats their party)."""
    clause = clause_start(text, sentence, position)
    candidates = _outside_asides(text, sentence.start, position, candidates)
    before = [m for m in candidates if clause <= m.start and m.end <= position]
    if not before:
        before = [m for m in candidates if sentence.start <= m.start and m.end <= position]
        if not before:
            return None
    nearest = before[-1]
    if nearest.kind == "party" and len(before) > 1:
        # "Mark Jenkinson (Con) 20,488": the party in brackets is the person's.
        person = before[-2]
        if person.kind == "person" and rx.fullmatch(r"\s*\(\s*", text[person.end : nearest.start]):
            return person
        if (
            person.kind == "person"
            and person.party == nearest.value
            and patterns.PARTY_AFTER_PERSON.match(text[person.end : nearest.start])
        ):
            return person  # "John Wolstenholme of the Brexit Party collected 3,193 votes"
    if nearest.kind == "party":
        # "Labour's Alistair Strathern … 13,872": the party belongs to a person right after it.
        people = [
            m
            for m in candidates
            if m.kind == "person" and nearest.end <= m.start <= position and m.party == nearest.value
        ]
        if people:
            return people[0]
    return nearest


def _clause_subject(text: str, sentence: Sentence, position: int, candidates: list[Mention]) -> Mention | None:
    """The grammatical subject of a verb, approximated: the first person or party in its clause.

    "Labour's Sarah Edwards … overturned a Conservative majority … to win": the winner is the first
    name, not the nearest one; a party qualifying a noun ("a Conservative majority") is skipped.
    """
    clause = clause_start(text, sentence, position)
    candidates = _outside_asides(text, sentence.start, position, candidates)
    before = [
        m
        for m in candidates
        if clause <= m.start
        and m.end <= position
        and not patterns.QUALIFYING_PARTY.match(text, m.end, min(len(text), m.end + 20))
    ]
    if not before:
        return _subject_before(text, sentence, position, candidates)
    first = before[0]
    if (
        first.kind == "person"
        and len(before) > 1
        and before[1].kind == "party"
        and rx.fullmatch(r"'s?\s+", text[first.end : before[1].start])
    ):
        first = before[1]  # "Keir Starmer's Labour Party won": the party is the subject
    if first.kind == "party":
        people = [m for m in before if m.kind == "person" and m.party == first.value]
        if people:
            return people[0]
    return first


def _figure_subject(text: str, sentence: Sentence, figure: Figure, candidates: list[Mention]) -> Mention | None:
    """Whose figure? Right after a name ("Mr Burns's 11,141", "Jenkinson (Con) 20,488") it is that
    name's; after the object of a verb ("took the seat from the Conservatives with 23,661") it is the
    clause's subject; otherwise the nearest name."""
    nearest = _subject_before(text, sentence, figure.start, candidates)
    if nearest is None:
        return None
    if nearest.kind == "party":
        # "Neil Manson of the SDP (151)": the person the party is written after
        owner = next(
            (
                m
                for m in reversed(candidates)
                if m.kind == "person"
                and m.end <= nearest.start
                and rx.fullmatch(r"\s+of\s+(?:the\s+)?", text[m.end : nearest.start])
            ),
            None,
        )
        if owner is not None:
            nearest = owner if owner.party else replace(owner, party=nearest.value)
    gap = text[nearest.end : figure.start]
    if patterns.PARTY_ANAPHOR.search(gap):
        # "… Mr Keen secured in 2010, and the party's share rose to 54.4%": the party named last
        party = next((m for m in reversed(candidates) if m.kind == "party" and m.end <= nearest.start), None)
        if party is not None and sentence.start <= party.start:
            return party
    if rx.fullmatch(r"(?:'s?\s*|\s*\([^)\n]{1,40}\)\s*[:,\u2013\u2014-]?\s*)", gap):
        return nearest  # "to Mr Burns's 11,141", "Jenkinson (Con) 20,488"
    if rx.search(r"\bto\s+(?:his|her)\s+\Z", gap):
        # "took the seat from Tessa Munt with 26,247 votes to her 18,662": the other person named
        subject = _clause_subject(text, sentence, figure.start, candidates)
        other = [
            m
            for m in candidates
            if m.kind == "person" and m.end <= figure.start and subject and m.value != subject.value
        ]
        if other:
            return other[-1]
    if rx.fullmatch(r"\s*,?\s*on\s*", gap):
        # "against Labour's Danny Beales on 13,470"; "The Conservatives … finished third with Neil
        # Benny on 9,469": a person brought in "with" stands for the clause's party
        if (
            nearest.kind == "person"
            and nearest.party is None
            and rx.search(r"\bwith\s+\Z", text[max(sentence.start, nearest.start - 6) : nearest.start])
        ):
            subject = _clause_subject(text, sentence, nearest.start, candidates)
            if subject is not None and subject.kind == "party":
                return replace(nearest, party=subject.value)
        return nearest
    if rx.search(r"\b(?:who|which|whose)\b", gap) or patterns.PLACE_THEN_TALLY.fullmatch(gap):
        return nearest  # "over UKIP's Diane James, who took 11,571 votes", "Will Scobie third with 11,740"
    # "from the Liberal Democrat Tom Morrison": the party written with the person is part of the object
    unit_start = next(
        (
            m.start
            for m in candidates
            if m.kind == "party" and m is not nearest and rx.fullmatch(r"(?:'s)?\s{1,2}", text[m.end : nearest.start])
        ),
        nearest.start,
    )
    object_of = rx.search(
        r"\b(?:from|over|against|than|beat|beating|defeating|defeated|unseating|ousting|to)\s+(?:the\s+)?\Z"
        # "Dan Jarvis held the seat for Labour with 14,724 votes": the party it was held for
        r"|\b(?:held|won|took|kept|retained|gained)\s+(?:the\s+seat\s+|it\s+)?for\s+(?:the\s+)?\Z",
        text[max(sentence.start, nearest.start - 30) : nearest.start],
    ) or rx.search(
        r"\b(?:from|over|against|beat|beating|defeating|defeated|unseating|ousting)\s+(?:the\s+)?\Z",
        text[max(sentence.start, unit_start - 16) : unit_start],
    )
    if object_of and patterns.VOTES_VERB_BEFORE.search(text, max(sentence.start, figure.start - 40), figure.start):
        # "Helen Morgan took North Shropshire from the Conservatives …, winning 17,957 votes"
        return _clause_subject(text, sentence, figure.start, candidates) or nearest
    # "Mark Jenkinson (Con) with 20,488", "and Labour's Will Scobie third with 11,740": the name's own
    return nearest


def _respectively_subject(text: str, sentence: Sentence, figure: Figure, candidates: list[Mention]) -> Mention | None:
    """ "Caroline Shah and John Usher, received 247 and 61 votes respectively": the two people named
    last before the tallies, in order."""
    for pair in patterns.RESPECTIVELY_PAIR.finditer(text, max(sentence.start, figure.start - 30), sentence.end):
        index = {pair.start("first"): 0, pair.start("second"): 1}.get(figure.start)
        if index is None:
            continue
        people = [c for c in candidates if c.kind == "person" and sentence.start <= c.start < pair.start()]
        distinct: list[Mention] = []
        for person in reversed(people):
            if all(person.value != seen.value for seen in distinct):
                distinct.insert(0, person)
        return distinct[-2:][index] if len(distinct) >= 2 else None
    return None


def _score_pair_subject(text: str, sentence: Sentence, figure: Figure, candidates: list[Mention]) -> Mention | None:
    """ "Slade beat Tomlinson by 1,352 votes, 21,442 to 20,090": two tallies set against each other
    belong, in order, to the two candidates the sentence names before them (a party written with its
    candidate, "Labour's Neil Duncan-Jordan", is one)."""
    window_start = max(sentence.start, figure.start - 40)
    for pair in patterns.SCORE_PAIR.finditer(text, window_start, min(sentence.end, figure.end + 40)):
        if figure.start == pair.start("first"):
            index = 0
        elif figure.start == pair.start("second"):
            index = 1
        else:
            continue
        named = [c for c in candidates if sentence.start <= c.start < pair.start()]
        named = [
            c
            for c in named
            if not (c.kind == "party" and any(p.kind == "person" and 0 <= p.start - c.end <= 4 for p in named))
        ]
        distinct: list[Mention] = []
        for mention in named:
            if all(mention.value != seen.value for seen in distinct):
                distinct.append(mention)
        return distinct[index] if len(distinct) == 2 else None
    return None


def _subject_after(text: str, position: int, candidates: list[Mention]) -> Mention | None:
    """ "12,680 for the Conservatives": the one the figure is given for — unless a figure of their
    own follows them ("21,283 to Mary Creagh (Lab) 17,925")."""
    for mention in candidates:
        if mention.start >= position and patterns.FOR_AFTER.match(text[position : mention.start]):
            target = _person_after_party(text, mention, candidates, 4)  # "15,096 for Labour's Phil Wilson"
            if rx.match(
                r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:'s?\s+)?(?:[\w-]+(?:'s?)?\s+){0,2}\d",
                text[mention.end : mention.end + 50],
            ) or rx.match(r"\s*(?:\([^)\n]{1,40}\)\s*)?,?\s*(?:on|with)\s+\d", text[target.end : target.end + 50]):
                return None  # "21,773 to Labour's Simon Letts on 21,742": Letts has his own figure
            return target
        if mention.start > position + 30:
            break
    return None


def _seat_for(
    text: str, sentence: Sentence, position: int, end: int, seats: list[Mention], context: _Context
) -> Mention | None:
    for seat in seats:
        if (
            seat.start >= end
            and seat.start - end <= SEAT_AFTER_FIGURE + 4
            and rx.match(r"\A\s*(?:votes?\s+)?in\s+\Z", text[end : seat.start])
        ):
            return seat
    before = [seat for seat in seats if seat.end <= position and not passing(text, sentence, seat)]
    if before:
        return before[-1]
    after = [seat for seat in seats if seat.start >= end and not passing(text, sentence, seat)]
    if after:
        return after[0]
    return context.focus


def _modal_before(text: str, sentence: Sentence, position: int) -> bool:
    clause = clause_start(text, sentence, position)
    return bool(patterns.MODAL.search(text, clause, position))


def _role_of(text: str, sentence: Sentence, figure: Figure, subject: Mention | None) -> Role | None:
    # a results box's dot leaders are layout: "CON MAJORITY ........ 14,013" reads as "CON MAJORITY 14,013"
    before = patterns.DOT_LEADER.sub(" ", text[max(sentence.start, figure.start - 80) : figure.start])
    after = patterns.DOT_LEADER.sub(" ", text[figure.end : min(sentence.end, figure.end + 60)])
    if figure.kind == "year":
        if patterns.SINCE_BEFORE.search(before) and patterns.HELD_CONTEXT.search(text, sentence.start, sentence.end):
            return "held_since"
        return None
    if figure.kind in ("percent", "points"):
        wide = patterns.DOT_LEADER.sub(" ", text[max(sentence.start, figure.start - 150) : figure.start])
        if patterns.SWING_BEFORE.search(wide) or patterns.SWING_AFTER.match(after):
            return "swing"
        if patterns.TURNOUT_BEFORE.search(before) or patterns.TURNOUT_AFTER.match(after):
            return "turnout"
        if (
            patterns.MAJORITY_BEFORE.search(before)
            or patterns.MAJORITY_AFTER.match(after)
            or rx.search(r"\b(?:majority|maj)\b[^.\n]{0,25}?\d[\d,]*\s*(?:votes?\s*)?[(,]\s*\Z", before, rx.I)
        ):
            return "majority"  # also "majority: 5,508 (13.81%)", the same majority as a share
        if patterns.SHARE_CHANGE.search(before) and subject is not None:
            return "share_change"
        if patterns.SHARE_CHANGE_BEFORE.search(before) or figure.kind == "points":
            return None
        if (
            patterns.SHARE_AFTER.match(after)
            or patterns.SHARE_LEVEL_BEFORE.search(before)
            or rx.search(r"\d[\d,]*\s*(?:votes?\s*)?[(,]\s*(?:or\s+)?\Z", before)
        ):
            return "share"
        verb = patterns.VOTES_VERB_BEFORE.search(before)
        if verb and verb.group(0).split()[0].lower() in ("to", "on") and not patterns.VOTE_NOUN.search(before):
            verb = None
        if subject is not None and (verb or rx.search(r"[:(]\s*\Z", before)):
            return "share"
        return None
    # counts
    if figure.value > MAX_SEAT_VOTES:
        return None  # national totals
    if patterns.POLL_COUNT_AFTER.match(after) or patterns.SHARE_CHANGE.search(before):
        return None  # poll-wide counts; changes in a party's votes
    if patterns.GROUP_BOUND_BEFORE.search(before):
        return None
    if patterns.MAJORITY_COMPARED_BEFORE.search(text, clause_start(text, sentence, figure.start), figure.start):
        return "majority"  # "Labour's majority of 6,203 was up on the 4,658 Mr Keen secured in 2010"
    if patterns.VOTES_BEHIND.match(after) or patterns.VOTES_AHEAD.match(after) or patterns.MARGIN_AFTER.match(after):
        place = patterns.LOWER_PLACE.search(text, clause_start(text, sentence, figure.start), figure.start)
        if place and (place.group(0).lower() not in ("second", "2nd") or patterns.VOTES_AHEAD.match(after)):
            return None  # "slipped to third on 754, just five votes ahead of UKIP": not the winning margin
        return "majority"
    if patterns.MAJORITY_AFTER.match(after) or patterns.MAJORITY_BEFORE.search(before):
        if patterns.COUNTED_PEOPLE_AFTER.match(after) or patterns.SOMEONE_ELSES_MAJORITY.search(before):
            return None  # "held for decades by two senior Labour figures"; "one Tory MP with a majority of 5,000"
        return "majority"
    total = patterns.SUM_OF_TALLIES.search(text, sentence.start, figure.start)
    if total and ":" not in text[total.end() : figure.start]:
        return None  # several candidates' votes added up: no one's tally (a list after a colon itemises it)
    if patterns.VOTES_AFTER.match(after):
        return "votes"
    if figure.value < MIN_BARE_VOTES or not figure.is_whole:
        return None
    if subject is not None and rx.search(r"'s?\s*\Z", before):
        return "votes"  # "to Mr Skinner's 16,492"
    if (
        subject is not None
        and subject.kind == "person"
        and rx.match(r"\s*\([^)\n]{1,40}\)", text[subject.end : subject.end + 45])
        and rx.match(r"\A\s*(?:[.,;]|$)", after)
    ):
        return "votes"  # live blogs: "Mhairi Black (SNP), 20 years old and still a student, 23,548."
    if (
        subject is not None
        and subject.kind == "person"
        and rx.search(r"\A\s*(?:[;,]\s*[\d.]+\s*(?:%|per\s*cent)?\s*)?\)", after)  # "(4,313; 9.4%)"
        and rx.fullmatch(r"(?:\s+of\s+(?:the\s+)?[^()\d]{1,60}?)?\s*\(\s*", text[subject.end : figure.start])
    ):
        return "votes"  # "over the SDLP's Alex Attwood (3,088)", "Neil Manson of the SDP (151)"
    if (
        subject is not None
        and subject.kind == "person"
        and subject.party is not None
        and rx.search(r",\s*\Z", before)
        and rx.match(r'\A\s*[."\u201d]*\s*\Z', after)
    ):
        return "votes"  # a declaration: "Seema Malhotra, Labour and Co-operative Party, twelve thousand, …"
    if subject is not None and (
        patterns.VOTES_VERB_BEFORE.search(before)
        or rx.search(r"(?:^|[:)\t]|\s{2,})\s*(?:[-\u2013\u2014]\s*)?\Z", before)  # "Sophie (Green) - 892"
        or rx.match(r"\A\s*(?:\(|$)", after)
    ):
        return "votes"
    return None


def _about_earlier_election(text: str, sentence: Sentence, position: int, end: int, *, figure: bool = False) -> bool:
    """Is this figure (or word) about the previous election? "Two years ago the Conservatives took…".

    For a figure, a year that follows another figure ("reverses a Tory lead of 19,213 at the 2019
    election") belongs to that other figure."""
    clause = clause_start(text, sentence, position)
    after = text[end : min(sentence.end, end + 60)]
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
        rf"\A{gap}{{0,45}}?\b(?:in|at)\s+(?:the\s+)?(?:{patterns.MONTH}\s+)?(?:19|20)\d\d\b(?!\s+by-election)", after
    )
    if year_after and not patterns.COMPARISON.search(year_after.group(0)):
        return True
    strong = patterns.EARLIER_ELECTION_STRONG.search(text, sentence.start, position)
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
    clause_end = next((m.start() for m in patterns.CLAUSE_BREAK.finditer(text, end, sentence.end)), sentence.end)
    later = patterns.EARLIER_ELECTION_STRONG.search(text, end, min(clause_end, end + 80))
    between = text[end : later.start()] if later else ""
    if later and not patterns.COMPARISON.search(between) and not rx.search(r"\bsince\b|\d", between):
        return True  # "Labour beat Mr Grundy by more than 9,500 votes two years ago"
    if patterns.EARLIER_CLAUSE_OPENING.match(text, sentence.start, position):
        return True  # "In May 2010 Mr Reckless won the seat … with a majority of 9,953"
    if patterns.EARLIER_WHEN.search(text, sentence.start, position):
        return True  # "at the general election in December 2019, when Jack Dromey held the seat by 3,600"
    window = max(clause, position - EARLIER_WINDOW)
    for aside in patterns.RELATIVE_ASIDE.finditer(text, sentence.start, position):
        # "Labour's Laura Pidcock, who had won the seat only in 2017, by 19,990 votes to 18,846":
        # the aside is about her earlier win; the figures after it are not.
        window = max(window, aside.end())
    return bool(patterns.EARLIER_ELECTION.search(text, window, position))


def _is_previous_majority(text: str, sentence: Sentence, figure: Figure) -> bool:
    clause = clause_start(text, sentence, figure.start)
    before = text[max(clause, figure.start - 70) : figure.start]
    after = text[figure.end : min(sentence.end, figure.end + 70)]
    if patterns.NEW_MAJORITY_BEFORE.search(text, max(sentence.start, figure.start - 60), figure.start):
        return False  # "… in 2017 became a Conservative majority of 1,239": the new one
    if patterns.EARLIER_YEAR_LINE.search(before):
        return True
    # the cue must qualify this figure's phrase: look back only to the last conjunction or comma
    phrase = rx.split(r",|;|\bbut\b|\band\b|\bwhile\b", before)[-1]
    if patterns.PREVIOUS_MAJORITY_CUE.search(phrase):
        return True
    # "The 24,664 Tory majority was the biggest the party had overturned": the noun phrase's
    # predicate comes after it.
    if patterns.MAJORITY_AFTER.match(after):
        clause_end = next(
            (m.start() for m in patterns.CLAUSE_BREAK.finditer(text, figure.end, sentence.end)), sentence.end
        )
        if patterns.PREVIOUS_MAJORITY_CUE.search(text, figure.end, clause_end):
            return True
    if rx.match(r"\A[^.;]{0,30}?\b(?:than|from|compared\s+(?:with|to)|against)\b", after):
        return False  # "a majority of 2,260 - lower than at the 2015 general election": a comparison
    return bool(
        rx.match(r"\A[^.;\d]{0,40}?\b(?:at|in)\s+the\s+(?:last|previous|\d{4})\s+(?:general\s+)?election", after)
        or rx.match(r"\A[^.;\d]{0,30}?\bin\s+(?:19|20)\d\d\b", after)
    )


def _party_near_majority(text: str, figure: Figure, parties: list[Mention]) -> Mention | None:
    """ "a 24,664 Tory majority", "a Conservative majority of more than 19,600"."""
    for party in parties:
        if (
            party.start >= figure.end
            and party.start - figure.end <= 4
            and rx.match(r"\A[\s-]*(?:vote\s+)?\Z", text[figure.end : party.start])
            and rx.match(r"\A\s*majority", text[party.end : party.end + 12], rx.I)
        ):
            return party
        if (
            party.end <= figure.start
            and figure.start - party.end <= 30
            and rx.match(r"\A\s*majority\s+(?:of\s+)?\Z", text[party.end : figure.start], rx.I)
        ):
            return party
        if (
            party.end <= figure.start
            and figure.start - party.end <= 30
            and rx.search(r"\b(?:giving|gave|gives|hands?|handed|handing)\s+(?:the\s+)?\Z", text[: party.start])
            and rx.match(r"\A\s+an?\s+(?:\w+\s+)?majority\s+of\s+\Z", text[party.end : figure.start], rx.I)
        ):
            return party  # "giving the Conservatives a majority of 2,607"
    return None


def _swing_pair(text: str, figure: Figure, parties: list[Mention]) -> tuple[Mention, Mention] | None:
    """ "Swing: 6.7% Lab to Con", "a 4.2-point swing, LD to PC": "X to Y" straight after the figure."""
    before = [p for p in parties if figure.start - 60 <= p.start and p.end <= figure.start]
    for first, second in pairwise(before):
        # "Swing C to Lab 10.2%": the pair right before the figure
        if rx.fullmatch(r"\s+to\s+(?:the\s+)?", text[first.end : second.start], rx.I) and rx.fullmatch(
            r"[\s.\u2026]*:?\s*", text[second.end : figure.start]
        ):
            return first, second
    after = [p for p in parties if figure.end <= p.start <= figure.end + 30]
    for first, second in pairwise(after):
        if rx.fullmatch(r"\s*(?:swing\s*)?,?\s*(?:from\s+)?", text[figure.end : first.start], rx.I) and rx.fullmatch(
            r"\s+to\s+(?:the\s+)?", text[first.end : second.start]
        ):
            return first, second
    return None


def _swing_parties(
    text: str, sentence: Sentence, figure: Figure, parties: list[Mention]
) -> tuple[Mention | None, Mention | None]:
    """(from, to) stated around a swing figure: "23.9% to Labour from the Tories"."""
    pair = _swing_pair(text, figure, parties)
    if pair is not None:
        return pair
    from_party = to_party = None
    window_start = max(sentence.start, figure.start - 60)
    window_end = min(sentence.end, figure.end + 80)
    for party in parties:
        if not (window_start <= party.start < window_end):
            continue
        lead = text[max(window_start, party.start - 14) : party.start]
        if rx.search(r"\b(?:to|towards)\s+(?:the\s+)?\Z", lead, rx.I) and to_party is None:
            to_party = party
        elif rx.search(r"\b(?:from|against)\s+(?:the\s+)?\Z", lead, rx.I) and from_party is None:
            from_party = party
    return from_party, to_party


def _figure_facts(
    text: str, sentence: Sentence, mentions: Mentions, figures: list[Figure], context: _Context
) -> list[Fact]:
    facts: list[Fact] = []
    seats = mentions_in(sentence, mentions.seats)
    candidates = [m for m in candidates_of(mentions) if sentence.start <= m.start < sentence.end]
    parties = mentions_in(sentence, mentions.parties)
    previous: tuple[Figure, Role | None] | None = None
    previous_earlier = False
    national = patterns.NATIONAL_SENTENCE.search(text, sentence.start, sentence.end)
    if national and rx.search(
        r"\b(?:than|compared\s+(?:with|to)|against|above|below)\b[^.;]{0,40}\Z", text[sentence.start : national.start()]
    ):
        national = None  # "Swing of 9% from Lab to Con, bigger than Cameron needs nationally": a comparison
    if national and patterns.IF_REPEATED.search(text, sentence.start, national.start()):
        national = None  # "the 13.6-point swing, if repeated at a general election, would …": this seat's swing
    if patterns.POLL_SENTENCE.search(text, sentence.start, sentence.end) or (not seats and national):
        return facts  # polls, projections and the national picture report no seat's result
    for figure in figures:
        if _modal_before(text, sentence, figure.start):
            continue
        paired = _score_pair_subject(text, sentence, figure, candidates) or _respectively_subject(
            text, sentence, figure, candidates
        )
        subject: Mention | None
        role: Role | None
        keyed = keyed_reading(text, sentence, figure, candidates, context.keyed_subject)
        if keyed is not None:
            # "17,894 - votes for Labour's Rosena Allin-Khan": the label after the figure says it all
            figure, role, subject = keyed.figure, keyed.role, keyed.subject
            context.keyed_subject = subject or context.keyed_subject
        elif paired is not None:
            subject, role = paired, "votes"
        else:
            given_for = _subject_after(text, figure.end, candidates)
            subject = given_for or _figure_subject(text, sentence, figure, candidates)
            role = _role_of(text, sentence, figure, subject)
            if (
                role is None
                and given_for is not None
                and figure.kind == "count"
                and figure.is_whole
                and figure.value >= MIN_BARE_VOTES
                and patterns.SET_AGAINST.search(text, max(sentence.start, figure.start - 20), figure.start)
            ):
                role = "votes"  # "19,609 votes, against 15,096 for Labour's Phil Wilson"
            if (
                role is None
                and given_for is not None
                and figure.kind == "count"
                and figure.is_whole
                and patterns.POLLED_BY_AFTER.match(text[figure.end : figure.end + 30])
            ):
                role = "votes"  # "well over twice the 6,335 polled by Conservative Liz Wardlaw"
        if role is None and previous is not None and previous[1] in ("votes", "share") and subject is not None:
            # "securing 1,487 in Mid Bedfordshire and 1,373 in Tamworth"; "took 42.9 per cent … and
            # Labour 24.5 per cent": a figure coordinated with the one before has its role.
            between = text[previous[0].end : figure.start]
            # "and Harriet Williams of the Women's Equality Party 195": the name's party belongs to it
            name_end = next(
                (
                    m.end
                    for m in candidates
                    if m.kind == "party"
                    and subject.end <= m.start
                    and m.end <= figure.start
                    and rx.fullmatch(r"\s+of\s+(?:the\s+)?|\s*\(\s*", text[subject.end : m.start])
                ),
                subject.end,
            )
            # "and Labour, in third place, 3,957": a place between the name and its tally
            adjacent = not rx.sub(
                r"'s?|\b(?:on|with|just|only|in\s+\w+\s+place|second|third|fourth|fifth|sixth)\b|[\s:,()]",
                "",
                text[name_end : figure.start],
            )
            if figure.kind == previous[0].kind and (
                patterns.COORDINATED.match(between)
                or (
                    adjacent
                    and rx.search(
                        r"(?:,|\band\b|\bwhile\b|;)\s+(?:the\s+)?(?:\S+\s+){0,3}\Z",
                        text[previous[0].end : subject.start],
                    )
                )
            ):
                role = previous[1]
        coordinated = previous is not None and role in ("share", "votes") and previous[1] == role
        previous = (figure, role)
        if role is None:
            continue
        earlier = (
            _about_earlier_election(text, sentence, figure.start, figure.end, figure=True)
            or (coordinated and previous_earlier)
            or (context.earlier_paragraph == sentence.paragraph and role != "held_since")
        )
        previous_earlier = earlier
        if earlier:
            # "Two years ago the Conservatives took 42.9 per cent": the previous result.
            # a party's hold "since 1950" is the same whenever it is told
            role = {
                "majority": "previous_majority",
                "previous_majority": "previous_majority",
                "share": "share_before",
                "swing": "swing",
                "held_since": "held_since",
            }.get(  # type: ignore[assignment]
                role
            )
            if role is None:
                continue
        seat = _seat_for(text, sentence, figure.start, figure.end, seats, context)
        if seat is None:
            continue
        span = (Span(figure.start, figure.end),)
        after = text[figure.end : min(sentence.end, figure.end + 40)]
        if role == "previous_majority":
            party = _party_near_majority(text, figure, parties)
            facts.append(Fact(seat.value, "previous_majority", span, figure, parties=(party,) if party else ()))
        elif role == "majority":
            if patterns.VOTES_BEHIND.match(after) and subject is not None:
                facts.append(
                    Fact(
                        seat.value,
                        "position",
                        span,
                        subject=subject,
                        label="2",
                        derived="stated as the winning margin behind the winner: the runner-up",
                    )
                )
            if figure.kind == "count" and _is_previous_majority(text, sentence, figure):
                party = _party_near_majority(text, figure, parties)
                facts.append(Fact(seat.value, "previous_majority", span, figure, parties=(party,) if party else ()))
            else:
                party = _party_near_majority(text, figure, parties)  # "a Conservative majority of 3,294"
                facts.append(Fact(seat.value, "majority", span, figure, parties=(party,) if party else ()))
        elif role == "swing":
            from_party, to_party = _swing_parties(text, sentence, figure, parties)
            derived = None
            if to_party is None and subject is not None and subject.end <= figure.start:
                towards = subject.value if subject.kind == "party" else subject.party
                if towards:
                    to_party = Mention(subject.start, subject.end, subject.text, "party", towards)
                    derived = "direction: towards the party whose candidate achieved the swing"
            facts.append(Fact(seat.value, "swing", span, figure, parties=_pair(from_party, to_party), derived=derived))
        elif role == "held_since":
            clause = clause_start(text, sentence, figure.start)
            holders = [p for p in parties if clause <= p.start < figure.start]
            if not holders:
                holders = [p for p in parties if sentence.start <= p.start < figure.start]
            if not holders and patterns.THE_PARTY_HELD.match(text, sentence.start, figure.start):
                # "…anyone other than a Labour MP. The party had held Bolsover since 1950": the party before
                holders = [p for p in mentions.parties if p.end <= sentence.start][-1:]
            # "held since" is a party's hold of the seat; "Robert Syms, who had represented the town
            # since 1997" is one member's tenure.
            people_between = (
                holders
                and (
                    any(
                        holders[-1].end <= p.start < figure.start
                        # "the Whitehaven seat", "has held Erdington since": a place the model took for a person
                        and not rx.search(r"\b(?:the|held)\s+\Z", text[max(0, p.start - 6) : p.start])
                        and not rx.match(r"\s+(?:seat|constituency|ward|division)\b", text[p.end : p.end + 14])
                        for p in mentions.people
                    )
                    or patterns.TENURE.search(text, holders[-1].end, figure.start)
                )
            )
            if (
                holders
                and rx.match(r"\s+(?:MP|member|councillor|MSP|MS)\b", text[holders[-1].end :])
                and rx.search(r"\bwho\s+(?:had|has)\s+been\s+(?:a|the)\s+\Z", text[: holders[-1].start])
            ):
                people_between = True  # "who had been a Conservative MP in Herefordshire since 2001"
            if holders and not people_between:
                facts.append(Fact(seat.value, "held_since", span, figure, parties=(holders[-1],)))
        elif role in ("votes", "share", "share_before", "share_change"):
            if subject is None:
                continue
            if role == "share_change":
                before_text = text[max(sentence.start, figure.start - 40) : figure.start]
                verb = patterns.SHARE_CHANGE.search(before_text)
                if verb and patterns.SHARE_CHANGE_DOWN.fullmatch(verb.group("verb")):
                    figure = replace(
                        figure,
                        value=-figure.value,
                        lower=None if figure.upper is None else -figure.upper,
                        upper=None if figure.lower is None else -figure.lower,
                    )
            facts.append(Fact(seat.value, role, span, figure, subject=subject))
        else:
            facts.append(Fact(seat.value, role, span, figure))
    return facts


def _pair(from_party: Mention | None, to_party: Mention | None) -> tuple[Mention, ...]:
    """Swing parties as a fixed-length (from, to) pair; a missing side is an empty-valued mention."""
    empty = Mention(0, 0, "", "party", "")
    return (from_party or empty, to_party or empty)


def _places(scope: _Scope) -> list[Fact]:
    """Stated places: "came second", "finished third", "runner-up"."""
    text, sentence, _mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    for match in patterns.POSITION.finditer(text, sentence.start, sentence.end, timeout=patterns.REGEX_TIMEOUT):
        if _modal_before(text, sentence, match.start()) or _about_earlier_election(
            text, sentence, match.start(), match.end()
        ):
            continue
        if patterns.PLACE_ELSEWHERE.match(text, match.end(), min(sentence.end, match.end() + 40)):
            continue  # "Labour, which came second across much of the country, was fourth here"
        word = (match.group("ordinal") or match.group("placed") or "").lower()
        place = 2 if match.group("runner") else patterns.ORDINAL_VALUE.get(word)
        subject = _subject_before(text, sentence, match.start(), candidates)
        inverted = rx.match(
            r"\s*,?\s*(?:was|were|is|came|went\s+to)\s+(?:the\s+)?", text[match.end() : match.end() + 16]
        )
        if inverted and rx.match(r"\s*in\b", text[clause_start(text, sentence, match.start()) : match.end()], rx.I):
            # "In second place was the Conservative Daniel Critchlow"
            after = next((m for m in candidates if m.start == match.end() + inverted.end()), None)
            subject = _person_after_party(text, after, candidates, 2) if after is not None else subject
        seat = _seat_for(text, sentence, match.start(), match.end(), seats, context)
        if place and subject and seat:
            facts.append(
                Fact(seat.value, "position", (Span(match.start(), match.end()),), subject=subject, label=str(place))
            )
    return facts


def _winners(scope: _Scope) -> list[Fact]:
    """Win verbs and their subjects: "Labour's X won", "was beaten by the Conservative Y"."""
    text, sentence, _mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    for match in patterns.WIN_VERB.finditer(text, sentence.start, sentence.end, timeout=patterns.REGEX_TIMEOUT):
        if _modal_before(text, sentence, match.start()) or rx.match(
            r"\A\s*(?:back|seats|the\s+(?:next|general))", text[match.end() : match.end() + 20]
        ):
            continue
        if rx.search(r"\bsince\b", text[match.end() : min(sentence.end, match.end() + 40)]):
            continue  # "held by the Tories since 2010" is history, not this result
        if patterns.TENURE_SPAN.search(
            text, match.end(), min(sentence.end, match.end() + 40)
        ) or patterns.YEAR_SPAN.search(text, match.end(), min(sentence.end, match.end() + 60)):
            continue  # "Labour's Albert Owen held it for the next eighteen years"
        if rx.search(
            r"\b(?:had|'d|first|originally|previously|once)\s+(?:\w+\s+)?\Z",
            text[max(sentence.start, match.start() - 20) : match.start()],
        ):
            continue  # "John Mann had held it", "who first won Richmond Park": an earlier result
        if patterns.WHEN_AFTER_YEAR.search(text, max(sentence.start, match.start() - 50), match.start()):
            continue  # "Labour has held the seat since 2015, when it took it from the Conservatives"
        if patterns.OTHER_RACE_BEFORE.search(text, max(sentence.start, match.start() - 50), match.start()):
            continue  # "to stand for police commissioner, a race he went on to win"
        if patterns.NEGATED.search(text, max(sentence.start, match.start() - 25), match.start()):
            continue  # "The SNP, who have never won Shetland": no win at all
        if rx.match(r"\s+as\s+an?\s+", text[match.end() : match.end() + 8]):
            continue  # "was elected as a Tory": a member's label, not this result
        if patterns.NOT_A_SEAT_WIN.match(text[match.end() : match.end() + 30]):
            continue  # "the council holds its next elections"
        if patterns.FOR_A_PLACE.search(text[match.end() : min(sentence.end, match.end() + 60)]):
            continue  # "edged out the Green, Stewart Goshawk (2,123), for fourth": a lower place won
        if match.group(0).lower() in _PARTICIPLE_WINS and not rx.search(
            r"(?:,|\bby|\bafter)\s*\Z", text[max(sentence.start, match.start() - 8) : match.start()]
        ):
            continue  # "Labour, as the party holding the seat, will decide": a description, not a result
        passive = rx.search(
            r"\b(?:was|were|been|be|being)\s+\Z", text[max(sentence.start, match.start() - 10) : match.start()]
        )
        by_agent = rx.match(r"\A\s+by\s+(?:the\s+)?", text[match.end() : match.end() + 12])
        if passive and not by_agent:
            continue  # "was defeated", "the referendum has been won": no winner named
        if patterns.WIN_VERB_OF_FIGURE.match(text, match.end(), min(sentence.end, match.end() + 30)):
            continue  # "took 27,628 votes", "took 42.9 per cent": a tally, not the seat
        if _about_earlier_election(text, sentence, match.start(), match.end()):
            continue
        by_after = rx.match(r"\A\s+by\s+(?:the\s+)?", text[match.end() : match.end() + 12])
        subject = None
        chosen = rx.match(r"\A\s+(?:an?\s+|the\s+)?", text[match.end() : match.end() + 8])
        if match.group(0).lower() in _CHOOSE_VERBS and chosen:
            # "constituencies that had long sent Labour MPs … elected Conservatives": the party chosen
            chosen_party = next(
                (m for m in candidates if m.kind == "party" and m.start == match.end() + chosen.end()), None
            )
            subject = _person_after_party(text, chosen_party, candidates, 4) if chosen_party is not None else None
        if subject is None and by_after:
            # "was beaten by the Conservative Mark Fletcher", "was won by Labour"
            agent = next((m for m in candidates if m.start == match.end() + by_after.end()), None)
            subject = _person_after_party(text, agent, candidates, 2) if agent is not None else None
        if subject is None:
            # "… as Labour held Stoke-on-Trent Central": a name right before the verb is its subject
            adjacent = [m for m in candidates if m.end <= match.start() and not text[m.end : match.start()].strip()]
            subject = adjacent[-1] if adjacent else _clause_subject(text, sentence, match.start(), candidates)
        if subject is None:
            continue
        clause_end = sentence.end
        for brk in patterns.CLAUSE_BREAK.finditer(text, match.end(), sentence.end):
            clause_end = brk.start()
            break
        objects = [seat for seat in seats if match.end() <= seat.start < clause_end]
        if objects:
            objects = [*objects[:-1], *_listed_seats_after(text, seats, objects[-1])]
        if not objects and patterns.NATIONAL_SENTENCE.search(
            text, text.rfind("\n", 0, sentence.start) + 1, sentence.end
        ):
            continue  # "Across Scotland …: Labour gains from the SNP in the central belt": no seat of ours
        targets = objects or (
            [s] if (s := _seat_for(text, sentence, match.start(), match.end(), seats, context)) else []
        )
        # "Reform UK's Chris Walsh narrowly beat the Lib Dem Jamie Needle": a win over a person only
        # ranks the two; it names the winner of the seat only if nothing else does
        over = rx.match(r"\s+(?:the\s+)?", text[match.end() : match.end() + 6])
        beaten = next(
            (m for m in candidates if over and m.start == match.end() + over.end() and not objects),
            None,
        )
        beaten = _person_after_party(text, beaten, candidates, 2) if beaten is not None else None
        relative = "over" if beaten is not None and beaten.kind == "person" else None
        the_seat = patterns.THE_SEAT_OBJECT.match(text, match.end())
        for seat in targets:
            facts.append(
                Fact(seat.value, "winner", (Span(match.start(), match.end()),), subject=subject, label=relative)
            )
            # the verb's object: the seat it names, or "the seat" / "it" right after the verb; with no
            # object, the verb itself ("where Douglas Carswell won for Ukip")
            object_end = seat.end if seat in objects else (the_seat.end() if the_seat else match.end())
            for_party = _party_joined_after(text, object_end, candidates, patterns.FOR_THE_PARTY)
            if subject.kind == "person" and for_party is not None:
                # "Pete Wishart has held Perth and North Perthshire for the SNP", "kept the seat in
                # Conservative hands"
                facts.append(Fact(seat.value, "winner", (Span(match.start(), match.end()),), subject=for_party))
            loser = _party_joined_after(text, object_end, candidates, patterns.FROM_THE_PARTY)
            if (
                loser is not None
                and match.group(0).lower() not in _DEFEAT_VERBS
                and loser.value != (subject.value if subject.kind == "party" else subject.party)
            ):
                # "Labour has taken Rutherglen and Hamilton West from the SNP": a gain from the SNP
                facts.append(
                    Fact(
                        seat.value,
                        "result",
                        (Span(match.start(), loser.end),),
                        subject=subject,
                        label="gain",
                        parties=(loser,),
                    )
                )
    return facts


def _party_joined_after(
    text: str, end: int | None, candidates: list[Mention], joiner: rx.Pattern[str]
) -> Mention | None:
    """The party right after a verb's object (ending at ``end``), joined to it by ``joiner``:
    "held Perth for the SNP", "taken Rutherglen from the SNP", "kept the seat in Conservative hands"."""
    if end is None:
        return None
    following = next((m for m in candidates if m.kind == "party" and m.start >= end), None)
    if following is None or not joiner.fullmatch(text, end, following.start):
        return None
    return following


def _vacancies(scope: _Scope) -> list[Fact]:
    """Why the seat fell vacant: "the resignation of the former MP Nadine Dorries"."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    for reason, cue in patterns.REASON_CUES.items():
        match = cue.search(text, sentence.start, sentence.end)
        if not match or not patterns.PREVIOUS_MP_CUE.search(text, sentence.start, sentence.end):
            continue
        # "the resignation of the former MP Nadine Dorries", "the seat vacated by Sir Peter Soulsby",
        # "left vacant by the death of David Cairns": the person the cue names comes first
        people = [
            m
            for m in mentions.people
            if match.end() <= m.start < min(sentence.end, match.end() + 60)
            # "the death in August of Labour member Hefin David"
            and rx.match(
                r"\A\s+(?:(?:in|on|last|earlier\s+this)\s+[\w ]{1,20}?\s+)?(?:of|by)\b", text[match.end() : m.start]
            )
        ][:1]
        if not people:
            people = [
                m
                for m in mentions.people
                if sentence.start <= m.start
                and m.end <= match.start()
                and (match.start() - m.end <= 40 or patterns.ASIDE_BEFORE.match(text[m.end : match.start()]))
            ]
        # "Nigel Adams, a close ally of Mr Johnson, resigned": the person the aside describes
        described = [m for m in people if patterns.ASIDE_BEFORE.match(text[m.end : match.start()])]
        if described:
            people = described[:1]
        # "Labour also held Cardiff South and Penarth, where X succeeds Alun Michael, who stood down":
        # the seat this sentence names, even in passing, before the running focus
        named = [s for s in seats if s.end <= people[-1].start] if people else []
        seat = named[-1] if named else _seat_for(text, sentence, match.start(), match.end(), seats, context)
        if people and seat:
            facts.append(
                Fact(seat.value, "previous_mp", (Span(match.start(), match.end()),), subject=people[-1], label=reason)
            )
            break
    return facts


def _defeated_in(scope: _Scope) -> list[Fact]:
    """ "defeated in Somerset and Frome by the Lib Dems": the winner of a seat named in passing."""
    text, sentence, _mentions, seats, candidates, _context = scope
    facts: list[Fact] = []
    for seat in seats:
        # "defeated in Somerset and Frome by the Lib Dems and in Selby and Ainsty by Labour"
        agent_after = rx.match(r"\s+(?:by|to)\s+(?:the\s+)?", text[seat.end : seat.end + 12])
        if not agent_after or not patterns.DEFEATED_IN.search(text, sentence.start, seat.start):
            continue
        agent = next((m for m in candidates if m.start == seat.end + agent_after.end()), None)
        if agent is not None and not _about_earlier_election(text, sentence, seat.start, seat.end):
            facts.append(Fact(seat.value, "winner", (Span(seat.start, agent.end),), subject=agent))
    return facts


def _lost_to(scope: _Scope) -> list[Fact]:
    """ "X lost Chelsea and Fulham to Labour's Y": the winner, and the member who lost."""
    text, sentence, _mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    for match in patterns.LOST_TO.finditer(text, sentence.start, sentence.end):
        # "Greg Hands lost Chelsea and Fulham to Labour's Ben Coleman": the winner follows "to", and
        # a person who lost the seat was its member.
        if _modal_before(text, sentence, match.start()) or _about_earlier_election(
            text, sentence, match.start(), match.end()
        ):
            continue
        agent = next((m for m in candidates if m.start == match.end()), None)
        if agent is None:
            continue
        agent = _person_after_party(text, agent, candidates, 3)
        seat = next((s for s in seats if match.start() <= s.start < match.end()), None) or _seat_for(
            text, sentence, match.start(), match.end(), seats, context
        )
        if seat is None:
            continue
        facts.append(Fact(seat.value, "winner", (Span(match.start(), match.end()),), subject=agent))
        loser = _clause_subject(text, sentence, match.start(), candidates)
        if loser is not None and loser.kind == "person":
            facts.append(
                Fact(seat.value, "previous_mp", (Span(match.start(), match.end()),), subject=loser, label="other")
            )
    return facts


def _incumbents(scope: _Scope) -> list[Fact]:
    """The sitting member who lost: "unseating Vera Baird", "Ms Hayman, the sitting MP"."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    for person in mentions_in(sentence, mentions.people):
        # The sitting member who lost: "unseating Labour's Vera Baird", "Ms Hayman, the sitting MP",
        # "Dennis Skinner has lost Bolsover", "Conor Burns, who had held Bournemouth West since 2010".
        before = text[max(sentence.start, person.start - 60) : person.start]
        after = text[person.end : min(sentence.end, person.end + 60)]
        after_cue = patterns.INCUMBENT_AFTER.match(after)
        cue = after_cue or patterns.INCUMBENT_BEFORE.search(before)
        if cue is None or _about_earlier_election(text, sentence, person.start, person.end):
            continue
        seat = _seat_for(text, sentence, person.start, person.end, seats, context)
        if seat is not None:
            offset = person.end if after_cue is not None else person.start - len(before)
            start, end = offset + cue.start(), offset + cue.end()
            facts.append(Fact(seat.value, "previous_mp", (Span(start, end),), subject=person, label="other"))
    return facts


def _listed_seats_before(text: str, seats: list[Mention], position: int) -> list[Mention]:
    """The seats listed as the subject right before ``position``: "Bridgend and Ynys Môn also fell"."""
    before = [seat for seat in seats if seat.end <= position]
    if not before or not rx.fullmatch(r"\s+(?:also\s+|both\s+|all\s+)?", text[before[-1].end : position]):
        return []
    listed = [before[-1]]
    for seat in reversed(before[:-1]):
        if not patterns.SEAT_LIST_JOIN.match(text[seat.end : listed[0].start]):
            break
        listed.insert(0, seat)
    return listed


def _listed_seats_after(text: str, seats: list[Mention], first: Mention) -> list[Mention]:
    """The seats listed after ``first``: "captured Wrexham, Clwyd South and the Vale of Clwyd"."""
    listed = [first]
    for seat in seats:
        if seat.start > listed[-1].end and patterns.SEAT_LIST_JOIN.match(text[listed[-1].end : seat.start]):
            listed.append(seat)
    return listed


def _party_results(scope: _Scope) -> list[Fact]:
    """Party-level results: "went Conservative", "Labour gain from SNP", "SNP hold"."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    # the line, not only the sentence: "Across Scotland the picture was very different: Labour gains …"
    national = patterns.NATIONAL_SENTENCE.search(text, text.rfind("\n", 0, sentence.start) + 1, sentence.end)
    for party in mentions_in(sentence, mentions.parties):
        lead = text[max(sentence.start, party.start - 20) : party.start]
        if patterns.WENT_TO.search(lead) and not _modal_before(text, sentence, party.start):
            # "The seat … went Conservative", "the first seat of the night to fall to the Tories"
            seat = _seat_for(text, sentence, party.start, party.end, seats, context)
            if seat is not None and not _about_earlier_election(text, sentence, party.start, party.end):
                facts.append(Fact(seat.value, "winner", (Span(party.start, party.end),), subject=party))
        fell = patterns.FELL_FROM.search(text, max(sentence.start, party.start - 30), party.start)
        winner = next((p for p in mentions.parties if p.start > party.end), None)
        if fell and winner is not None and patterns.FROM_TO.match(text[party.end : winner.start]):
            # "Bridgend and Ynys Môn also fell from Labour to the Conservatives"
            for seat in _listed_seats_before(text, seats, fell.start()):
                span = (Span(fell.start(), winner.end),)
                facts.append(Fact(seat.value, "winner", span, subject=winner))
                facts.append(Fact(seat.value, "result", span, subject=winner, label="gain", parties=(party,)))
        tail = text[party.end : min(sentence.end, party.end + 80)]
        gain = patterns.PARTY_GAIN.match(tail)  # "Labour gain from SNP", "Alliance gain Belfast East from the DUP"
        seat = _seat_for(text, sentence, party.start, party.end, seats, context)
        if gain:
            seat = next((s for s in seats if party.end < s.start and s.end <= party.end + gain.end()), seat)
        if seat is None:
            continue
        hold = patterns.PARTY_HOLD.match(tail)
        if hold:
            # "Plaid also clung on in Arfon": the seat the hold is "in", even one named in passing
            named = next(
                (s for s in seats if rx.fullmatch(r"\s+(?:in\s+)?", text[party.end + hold.end() : s.start])), None
            )
            seat = named or seat
        named_in_result = gain is not None and any(
            party.end < s.start and s.end <= party.end + gain.end() for s in seats
        )
        if (gain or hold) and national and not named_in_result and not seats:
            continue  # "Across Scotland … Labour gains from the SNP in the central belt": the national picture
        if (gain or hold) and not _about_earlier_election(text, sentence, party.start, party.end):
            # "Labour gain from SNP", "SNP hold": the party won the seat
            facts.append(Fact(seat.value, "winner", (Span(party.start, party.end),), subject=party))
        if gain:
            loser = next((p for p in mentions.parties if p.start == party.end + gain.end()), None)
            facts.append(
                Fact(
                    seat.value,
                    "result",
                    (Span(party.start, party.end + gain.end() + (loser.end - loser.start if loser else 0)),),
                    subject=party,
                    label="gain",
                    parties=(loser,) if loser else (),
                )
            )
        elif hold:
            facts.append(
                Fact(seat.value, "result", (Span(party.start, party.end + hold.end()),), subject=party, label="hold")
            )
    return facts


def _elections(scope: _Scope) -> list[Fact]:
    """Which election: "the Rutherglen by-election", "the general election"."""
    text, sentence, _mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    for match in patterns.ELECTION_KIND.finditer(text, sentence.start, sentence.end, timeout=patterns.REGEX_TIMEOUT):
        if patterns.FUTURE_ELECTION.search(text, sentence.start, match.start()) or _modal_before(
            text, sentence, match.start()
        ):
            continue
        kind = next(key for key in _ELECTION_LABEL if match.group(key))
        for seat in seats or ([context.focus] if context.focus else []):
            facts.append(Fact(seat.value, "election", (Span(match.start(), match.end()),), label=_ELECTION_LABEL[kind]))
    return facts


def _earlier_members(scope: _Scope) -> list[Fact]:
    """Who won the seat last time ("Flick Drummond, who won the seat for the Tories in 2015"): the
    sitting member, when the article says nothing more direct. Marked ``derived`` so a stated
    previous member (a vacancy, a defeat) comes first."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    for person in mentions_in(sentence, mentions.people):
        after = patterns.EARLIER_WIN_AFTER.match(text[person.end : min(sentence.end, person.end + 140)])
        before = patterns.EARLIER_WIN_BEFORE.search(text, max(sentence.start, person.start - 20), person.start)
        if not (after or (before and rx.match(r"\s+had\b", text[person.end : person.end + 5]))):
            continue
        cue_end = person.end + (after.end() if after else 4)
        if not _about_earlier_election(text, sentence, person.start, cue_end):
            continue
        years = [int(y.group(0)) for y in rx.finditer(r"\b(?:19|20)\d\d\b", text[sentence.start : sentence.end])]
        if context.year is not None and any(y < context.year - 6 for y in years):
            continue  # "first won it in 1997": long history, not the last election
        seat = _seat_for(text, sentence, person.start, person.end, seats, context)
        if seat is not None:
            facts.append(
                Fact(
                    seat.value,
                    "previous_mp",
                    (Span(person.start, cue_end),),
                    subject=person,
                    label="other",
                    derived="won the seat at the election before",
                )
            )
    return facts


_WORD_READERS = (
    _places,
    _winners,
    _vacancies,
    _defeated_in,
    _lost_to,
    _incumbents,
    _earlier_members,
    _party_results,
    _elections,
)


def _word_facts(text: str, sentence: Sentence, mentions: Mentions, context: _Context) -> list[Fact]:
    """Facts carried by words, not figures: places, winners, vacancies, members, gain/hold, elections."""
    scope = _Scope(
        text,
        sentence,
        mentions,
        mentions_in(sentence, mentions.seats),
        [m for m in candidates_of(mentions) if sentence.start <= m.start < sentence.end],
        context,
    )
    return [fact for reader in _WORD_READERS for fact in reader(scope)]


def link(
    text: str, sentences: list[Sentence], mentions: Mentions, figures: list[Figure], year: int | None = None
) -> list[Fact]:
    """Read the article in order and collect every fact it states, with its contest.

    ``year`` (the article's, when known) tells this election's results from earlier ones."""
    masked = mask_quotes(text)
    mentions = resolve_pronouns(masked, sentences, mentions)
    context = _Context(focus=main_seat(masked, sentences, mentions), year=year)
    anchored = anchors(masked, sentences, mentions, figures)
    for index, sentence in enumerate(sentences):
        seats = mentions_in(sentence, mentions.seats)
        entry = _live_entry_seat(masked, sentences, index, mentions)
        if entry is not None:
            context.focus = entry  # "8.18am Ed Balls is out. Morley and Outwood, Con gain from Lab: …"
        running_focus = context.focus
        if index in anchored:
            context.focus = anchored[index]
        in_sentence = [
            f for f in figures if sentence.start <= f.start < sentence.end and masked[f.start : f.end].strip()
        ]
        _follow_earlier_paragraph(masked, sentences, index, context)
        boxed = _table_line(masked, sentence, mentions, in_sentence, context)
        if boxed is None:
            boxed = _box_line(masked, sentence, mentions, in_sentence, context)
        if boxed is None:
            context.box_rank = 0
            new = _figure_facts(masked, sentence, mentions, in_sentence, context)
        else:
            new = boxed
        new += _word_facts(masked, sentence, mentions, context)
        new += _new_member(
            masked,
            sentence,
            mentions_in(sentence, mentions.seats),
            [m for m in candidates_of(mentions) if sentence.start <= m.start < sentence.end],
            context,
        )
        if index not in anchored and not explicit_seats(masked, sentence, mentions):
            new = [replace(fact, weak=True) for fact in new]
        context.facts.extend(new)
        context.focus = running_focus
        for seat in seats:
            in_passing = passing(masked, sentence, seat)
            event = "event" if election_event(masked, sentence, seat, year, mentions.seats) else None
            context.facts.append(
                Fact(seat.value, "seat", (Span(seat.start, seat.end),), subject=seat, passing=in_passing, label=event)
            )
        focus = [seat for seat in seats if not passing(masked, sentence, seat)]
        if focus:
            context.focus = focus[-1] if len(focus) == 1 else focus[0]
    return resolve_conflicts(context.facts)
