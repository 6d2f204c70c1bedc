"""Who held the seat before this election, and why it fell vacant: facts said in words about members.

"the resignation of the former MP Nadine Dorries", "Boris Johnson's old seat of Uxbridge", "unseating
Vera Baird", "Ms Penrose takes over from Alan Briggs": each reader takes one sentence (a
:class:`WordScope`) and returns the previous member it names, with the reason where it says one. They
are read with the other word readers (:mod:`electext.extract.linking.word_facts`), in its order.
"""

from __future__ import annotations

from collections.abc import Iterator

from electext.core import rx
from electext.extract.facts import Fact, Sentence, Span, VacancyFact, mentions_in, years_named
from electext.extract.linking.context import about_earlier_election, seat_for
from electext.extract.linking.word_scope import WordScope
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def vacancies(scope: WordScope) -> list[Fact]:
    """Why the seat fell vacant: "the resignation of the former MP Nadine Dorries"."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    if not mentions_in(sentence, mentions.people):
        return facts  # the member who left is a person named in the sentence
    if not patterns.PREVIOUS_MP_CUE.search(text, sentence.start, sentence.end):
        return facts  # no member to have left: no reason cue needs looking for
    for reason, match in _reason_cues(text, sentence):
        if patterns.OTHER_OFFICE_AFTER.match(text, match.end(), sentence.end):
            continue  # "expected to stand down as party leader": another office than the seat
        if patterns.OBLIGED_BEFORE.search(text, max(sentence.start, match.start() - 20), match.start()):
            continue  # "her election means she must stand down from the council": a vacancy still to come
        if _long_before(text, match, context.year):
            continue  # "When Arthur Neave died in 1968, the by-election that followed …": an earlier vacancy
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
        if not people and patterns.SAME_SUBJECT_BEFORE.search(
            text, max(sentence.start, match.start() - 30), match.start()
        ):
            # "Gareth Lyle won here in 2024 …, then resigned", "Seamus Carrick … had not lodged a list before he
            # resigned": the verb's subject is the sentence's person, named further back
            people = [m for m in mentions.people if sentence.start <= m.start and m.end <= match.start()][:1]
        # "Labour also held Cardiff South and Penarth, where X succeeds Alun Michael, who stood down":
        # the seat this sentence names, even in passing, before the running focus
        named = [s for s in seats if s.end <= people[-1].start] if people else []
        seat = named[-1] if named else seat_for(text, sentence, match.start(), match.end(), seats, context)
        if people and seat:
            facts.append(
                VacancyFact(
                    seat.value, "previous_mp", (Span(match.start(), match.end()),), subject=people[-1], reason=reason
                )
            )
            break
    return facts


def _long_before(text: str, cue: rx.Match[str], year: int | None) -> bool:
    """Whether the cue is dated ("died in 1968") to a year at least two before this election's (or, in
    an undated article, before the latest year it names): another, earlier vacancy. A death "in
    December 2025" that caused a by-election early in 2026 is this one's."""
    dated = patterns.VACANCY_YEAR_AFTER.match(text, cue.end(), cue.end() + 40)
    if dated is None:
        return False
    latest = year or max(int(found.group(0)) for found in rx.finditer(r"\b(?:19|20)\d\d\b", text))
    return int(dated.group("year")) < latest - 1


def _reason_cues(text: str, sentence: Sentence) -> Iterator[tuple[str, rx.Match[str]]]:
    """Every cue of a reason in the sentence, reason by reason: "The seat was vacated after former MP
    Ann Vale resigned" has two, and only the second has its person beside it."""
    for reason, cue in patterns.REASON_CUES.items():
        for match in cue.finditer(text, sentence.start, sentence.end):
            yield reason, match


def former_seats(scope: WordScope) -> list[Fact]:
    """ "Ada Strand's old seat of Ashcombe Vale", "Kelby, Tom Rhodes'
    former seat": the person whose seat it was is the member before this election. Where the sentence
    names the seat, or says the former seat was won or held ("Labour seized Tom Rhodes' former
    seat"): then it is the contest in focus. Not otherwise, so that another contest's former member is
    not given to the one in focus."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    for person in mentions_in(sentence, mentions.people):
        match = patterns.FORMER_SEAT_AFTER.match(text, person.end, sentence.end)
        if match is None:
            continue
        after = [s for s in seats if s.start == match.end()]
        seat = after[0] if after else (seats[0] if len(seats) == 1 else None)
        if not seats and patterns.WON_BEFORE.search(text, max(sentence.start, person.start - 40), person.start):
            seat = seat_for(text, sentence, person.start, match.end(), seats, context)
        if seat is not None:
            span = (Span(person.start, match.end()),)
            derived = "named as the person whose former seat it is"  # a stated vacancy, with its reason, comes first
            facts.append(VacancyFact(seat.value, "previous_mp", span, subject=person, reason="other", derived=derived))
    return facts


def successions(scope: WordScope) -> list[Fact]:
    """ "Anna Firth replaces Sir David Amess", "Ms Penrose takes over from Alan Briggs": the person
    succeeded is the member before, in a sentence about a member (an MP, a by-election, a seat)."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    if not patterns.PREVIOUS_MP_CUE.search(text, sentence.start, sentence.end) and not seats:
        return facts  # "Starmer hopes to replace Sunak": no seat, no member, no by-election
    for person in mentions_in(sentence, mentions.people):
        cue = patterns.SUCCESSION_BEFORE.search(text, max(sentence.start, person.start - 50), person.start)
        if cue is None or about_earlier_election(text, sentence, person.start, person.end, year=context.year):
            continue
        seat = seat_for(text, sentence, cue.start(), person.end, seats, context)
        if seat is not None:
            span = (Span(cue.start(), person.end),)
            facts.append(VacancyFact(seat.value, "previous_mp", span, subject=person, reason="other"))
    return facts


def incumbents(scope: WordScope) -> list[Fact]:
    """The sitting member who lost or held on: "unseating Vera Baird", "Ms Hayman, the sitting MP", "Ian
    Cole kept his seat"."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    for person in mentions_in(sentence, mentions.people):
        # The sitting member who lost: "unseating Labour's Vera Baird", "Ms Hayman, the sitting MP",
        # "Dennis Skinner has lost Bolsover", "Conor Burns, who had held Bournemouth West since 2010".
        before = text[max(sentence.start, person.start - INCUMBENT_CUE_WITHIN) : person.start]
        after = text[person.end : min(sentence.end, person.end + 100)]
        held_on = patterns.HELD_ON_AFTER.match(after)
        after_cue = patterns.INCUMBENT_AFTER.match(after) or held_on
        cue = after_cue or patterns.INCUMBENT_BEFORE.search(before)
        if cue is None:
            continue
        # "The seat was previously held by Jill Mottram" is about the time before, and says so; but not
        # "previously held by her brother Tom Reid, who stood down in 2015": a member of years before
        if patterns.HELD_BY_BEFORE.search(cue.group(0)):
            if _years_before(text, sentence, context.year):
                continue
        elif (
            not patterns.HELD_SINCE_BY.search(cue.group(0))
            and not patterns.PREDECESSOR.search(cue.group(0))
            # ("the sitting Labour MS, Eirlys Bowan, announced last year she would stand down": the holder until now,
            # whenever the sentence's other words are set)
            and not patterns.SITTING_WORD.search(cue.group(0))
            and about_earlier_election(text, sentence, person.start, person.end, year=context.year)
        ):
            continue  # (not "held since its creation in 2017 by Keith Marland": his tenure's start, not an election)
        seat = seat_for(text, sentence, person.start, person.end, seats, context)
        if seat is not None and after_cue is not None and _elected_elsewhere(person, after_cue, seats, seat):
            continue  # "Tom Pryce, who was elected Mayor of Kelby in 2017, won Ashby Fen": another office
        if seat is not None:
            offset = person.end if after_cue is not None else person.start - len(before)
            start, end = offset + cue.start(), offset + cue.end()
            vacancy = VacancyFact(
                seat.value, "previous_mp", (Span(start, end),), subject=person, reason="other", held_on=cue is held_on
            )
            facts.append(vacancy)
    return facts


# How far before a person a cue that they held the seat is looked for ("The post has been held since its
# creation in 2017 by Conservative Keith Marland").
INCUMBENT_CUE_WITHIN = 100
# How far past "who was elected" the place of the office named is looked for.
ELECTED_PLACE_WITHIN = 40


def _elected_elsewhere(person: Mention, cue: rx.Match[str], seats: list[Mention], seat: Mention) -> bool:
    """Does "who was elected" go on to name a place other than the contest's ("who was elected Mayor of
    Kelby", "elected to Harton council for Kelby")? Then it is another office's election."""
    if patterns.WHO_WAS_ELECTED.search(cue.group(0)) is None:
        return False  # (not "were re-elected to the Ashby and Kelby seats": the same office, each its own)
    until = person.end + cue.end() + ELECTED_PLACE_WITHIN
    return any(person.end + cue.end() <= s.start < until and s.value != seat.value for s in seats)


def _years_before(text: str, sentence: Sentence, year: int | None) -> bool:
    """Does the sentence name a year before the one ending with the article's (its member then may not
    be the last)?"""
    if year is None:
        return False
    return any(named < year - 1 for named in years_named(text, sentence))


def earlier_members(scope: WordScope) -> list[Fact]:
    """Who won the seat last time ("Flick Drummond, who won the seat for the Tories in 2015"): the
    sitting member, when the article says nothing more direct. Marked ``derived`` so a stated
    previous member (a vacancy, a defeat) comes first."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    for person in mentions_in(sentence, mentions.people):
        after = patterns.EARLIER_WIN_AFTER.match(text[person.end : min(sentence.end, person.end + 140)])
        before = patterns.MAJORITY_HOLDER_BEFORE.search(text, max(sentence.start, person.start - 20), person.start)
        if not (after or (before and patterns.HAD_AFTER.match(text[person.end : person.end + 5]))):
            continue
        cue_end = person.end + (after.end() if after else 4)
        if not about_earlier_election(text, sentence, person.start, cue_end, year=context.year):
            continue
        years = years_named(text, sentence)
        if context.year is not None and any(y < context.year - 6 for y in years):
            continue  # "first won it in 1997": long history, not the last election
        seat = seat_for(text, sentence, person.start, person.end, seats, context)
        if seat is not None:
            facts.append(
                VacancyFact(
                    seat.value,
                    "previous_mp",
                    (Span(person.start, cue_end),),
                    subject=person,
                    reason="other",
                    derived="won the seat at the election before",
                )
            )
    return facts
