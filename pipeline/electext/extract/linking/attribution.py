"""Which contest is a sentence about? Seats named in passing, anchors, pronouns and clashes.

A sentence that names its seat is about that seat. One that does not is tied to a seat by what it
shares with sentences that do (a repeated figure, a person, a county), else by the running focus;
a weakly attributed fact that clashes with its contest moves to the one contest it fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from electext.core import rx
from electext.core.spans import ByStart, SpanIndex
from electext.extract.facts import (
    MIN_BARE_VOTES,
    Fact,
    PlaceFact,
    Sentence,
    clause_start,
    mentions_in,
)
from electext.extract.figures import Figure
from electext.extract.linking.pronouns import person_pronouns
from electext.extract.mentions import Mention, Mentions
from electext.lexicon import patterns

# How close before a seat a passing-mention cue must stand ("after by-elections in Rutherglen").
PASSING_WINDOW = 45


# Asked again and again of each seat (the running focus, anchors, the facts): sized for the seats of the
# longest article allowed, so a seat's second question never misses.
@lru_cache(maxsize=16_384)
def passing(text: str, sentence: Sentence, seat: Mention) -> bool:
    """A seat named in passing: "after by-elections in Rutherglen", "In July … also defeated in X",
    "he won Bradford West from Labour in 2012", a seat abolished before the article's election."""
    if seat.former:
        return True
    window = text[max(sentence.start, seat.start - PASSING_WINDOW) : seat.start]
    # "The picture also changed in Foyle, where Ms Kerr had hoped to hold on": "also" moves on to the
    # seat a clause about what happened there follows, not past it
    scene = patterns.SCENE_CLAUSE_AFTER.match(text, seat.end) is not None
    cue = patterns.PASSING_MENTION_CUE.search(window)
    if cue is not None and patterns.NEIGHBOUR_CUE.match(cue.group(0)) and _result_follows(text, sentence, seat):
        cue = None  # "while in neighbouring Hazel Grove the Lib Dems gained the seat": the scene of a result
    if (
        (cue is not None and not (scene and cue.group(0).lower() == "also"))
        or patterns.FORMER_MEMBER_FOR.search(window)
        or patterns.SOMEONE_ELSES_SEAT.search(window)
        or patterns.OTHER_RESULT_BEFORE.search(window)
    ):
        return True
    after = text[seat.end : min(sentence.end, seat.end + 40)]
    if patterns.YEAR_SOON_AFTER_SEAT.match(after):
        return True
    if patterns.EARLIER_EVENT_BEFORE.search(text, sentence.start, seat.start):
        return True
    if patterns.OTHER_TIME_AFTER.match(after):
        return True
    if patterns.NATIONAL_SENTENCE.search(text, sentence.start, sentence.end) and not patterns.WIN_VERB.search(
        text, max(sentence.start, seat.start - 25), seat.start
    ):
        # "Nationally UKIP … came away with a single MP, Douglas Carswell in Clacton" — but not
        # "… taking Brecon and Radnorshire and cutting the government's working majority"
        return True
    if patterns.MEMBER_LABEL_AFTER.match(after) and patterns.MEMBER_LABEL_BEFORE.search(window):
        return True  # "the son of a former Kettering MP"
    asides = [
        (aside.start(), aside.end())
        for aside in patterns.MARKED_APPOSITIVE.finditer(text, sentence.start, seat.start)
        if aside.end() <= seat.start
    ]
    # not "Douglas Carswell, who defected from the Conservatives in August, won Clacton again": the time
    # belongs to the aside
    return any(
        not any(start < cue.start() and cue.end() <= end for start, end in asides)
        for cue in patterns.OTHER_TIME_CUE.finditer(text, sentence.start, seat.start)
        if not (scene and cue.group(0).lower() == "also")
    )


def _result_follows(text: str, sentence: Sentence, seat: Mention) -> bool:
    """Does a win verb follow the seat in its own clause ("in neighbouring Hazel Grove the Liberal
    Democrats' Lisa Smart gained the seat")?"""
    brk = patterns.CLAUSE_BREAK.search(text, seat.end, sentence.end)
    return patterns.WIN_VERB.search(text, seat.end, brk.start() if brk else sentence.end) is not None


def hypothetical(text: str, sentence: Sentence, seat: Mention) -> bool:
    """A seat that is the subject of what would, could or might happen, or named under a condition: "a
    swing that size in the chancellor's Tatton seat would be enough to oust him", "if repeated in
    Hexham". Not in a sentence that reports a win ("The Tatton seat could have gone either way, but Ann
    Smith won it"), nor where the seat's clause reports a loss before it."""
    start = clause_start(text, sentence, seat.start)
    if patterns.WIN_VERB.search(text, sentence.start, sentence.end) or patterns.LOSS_VERB.search(
        text, start, seat.start
    ):
        return False
    if patterns.HYPOTHETICAL_BEFORE_SEAT.search(text, start, seat.start):
        return True
    return bool(patterns.HYPOTHETICAL_AFTER_SEAT.match(text[seat.end : min(sentence.end, seat.end + 40)]))


def explicit_seats(text: str, sentence: Sentence, mentions: Mentions) -> list[Mention]:
    return [seat for seat in mentions_in(sentence, mentions.seats) if not passing(text, sentence, seat)]


def _quoted(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is inside a quotation, masked in ``text``."""
    return not text[mention.start : mention.end].strip()


def anchors(text: str, sentences: list[Sentence], mentions: Mentions, figures: list[Figure]) -> dict[int, Mention]:
    """A seat for sentences that name none, from what ties them to one that does.

    In order: a figure repeated from a sentence that names its seat ("The 24,664 Tory majority…"), a
    person seen beside exactly one seat, a place that is one seat's county ("Bedfordshire's police
    commissioner"). This keeps attribution right when paragraphs are reordered, where the running
    focus alone would follow whatever came before.
    """
    by_start = ByStart(figures)
    figure_seats: dict[str, set[str]] = {}
    person_seats: dict[str, set[str]] = {}
    seat_mention: dict[str, Mention] = {}
    for seat in (*mentions.seats, *mentions.places):
        seat_mention.setdefault(seat.value, seat)
    for sentence in sentences:
        for person_name, seat_name in paired_seats(text, sentence, mentions).items():
            # "Ana Lind and Joe Kerr were re-elected to Ashby and Crane Vale": each to their own
            person_seats.setdefault(person_name, set()).add(seat_name)
        explicit = explicit_seats(text, sentence, mentions)
        if len({seat.value for seat in explicit}) != 1:
            continue
        seat_value = explicit[0].value
        for figure in by_start.starting(sentence.start, sentence.end):
            if figure.value >= MIN_BARE_VOTES and figure.kind == "count":
                figure_seats.setdefault(figure.text, set()).add(seat_value)
        # the sentence's subject only: "Ed Miliband, who campaigned in the town, said Corby …" ties
        # Miliband to Corby, but "Lucy Powell, a former aide to Mr Miliband" is not about Corby; nor does a
        # seat inside a quotation (masked in ``text``) tie a person outside it ("Mr Hebburn said Reform had
        # 'shown it is a force in the North East'"), though one named inside it with the person does
        for person in mentions_in(sentence, mentions.people)[:1]:
            if all(_quoted(text, seat) == _quoted(text, person) for seat in explicit):
                person_seats.setdefault(person.value, set()).add(seat_value)
    found: dict[int, Mention] = {}
    for index, sentence in enumerate(sentences):
        if explicit_seats(text, sentence, mentions):
            continue
        votes: set[str] = set()
        for figure in by_start.starting(sentence.start, sentence.end):
            if len(figure_seats.get(figure.text, ())) == 1:
                votes |= figure_seats[figure.text]
        if not votes:
            for person in mentions_in(sentence, mentions.people)[:1]:
                if len(person_seats.get(person.value, ())) == 1:
                    votes |= person_seats[person.value]
        if not votes:
            votes = {hint.value for hint in mentions_in(sentence, mentions.places)}
        if len(votes) == 1:
            found[index] = seat_mention[next(iter(votes))]
    return found


def paired_seats(text: str, sentence: Sentence, mentions: Mentions) -> dict[str, str]:
    """ "Ana Lind and Joe Kerr were re-elected to their respective seats of Ashby and Crane Vale", "won
    Ashby and Crane Vale respectively": as many people as seats, paired in the order written (each
    person's name to their seat's); none where the sentence pairs nothing."""
    if not patterns.PAIRED_IN_ORDER.search(text, sentence.start, sentence.end):
        return {}
    people = list(dict.fromkeys(person.value for person in mentions_in(sentence, mentions.people)))
    seats = list(dict.fromkeys(seat.value for seat in mentions_in(sentence, mentions.seats)))
    if len(people) < 2 or len(people) != len(seats):
        return {}
    return dict(zip(people, seats, strict=True))


def focus_seats(
    masked: str, sentence: Sentence, seats: list[Mention], focus: Mention | None, sole: str | None
) -> list[Mention]:
    """The seats the sentence names that become the running focus: not one named in passing, in a clause
    about what would happen there, or in someone's quoted words, blank in ``masked`` ("Just last week we
    gained Fernhill ward"); but where no focus is held, the only seat the article names (``sole``) even in
    passing ("The speech came two days after the party lost Kelby")."""
    named = [seat for seat in seats if masked[seat.start : seat.end].strip()]
    return [
        seat for seat in named if not (passing(masked, sentence, seat) or hypothetical(masked, sentence, seat))
    ] or [seat for seat in named if focus is None and seat.value == sole]


def main_seat(text: str, sentences: list[Sentence], mentions: Mentions) -> Mention | None:
    """The seat the article is mostly about (named most often, outside passing mentions), if any
    is named twice: the focus for figures that come before any seat is named."""
    counts: dict[str, list[Mention]] = {}
    for sentence in sentences:
        for seat in explicit_seats(text, sentence, mentions):
            counts.setdefault(seat.value, []).append(seat)
    if not counts:
        # "When his old Normanton constituency was merged into Morley and Outwood in 2010 …": the one
        # seat an article names, even in passing only, is what its unattributed figures are about
        named = {seat.value: seat for seat in mentions.seats if not seat.former}
        return next(iter(named.values())) if len(named) == 1 else None
    best = max(counts.values(), key=len)
    return best[0] if len(best) >= 2 else None


def election_event(
    text: str, sentence: Sentence, seat: Mention, year: int | None, seats: Sequence[Mention] = ()
) -> bool:
    """Is the seat named as the scene of an election result of this article's time? ``seats``: the
    other seats the sentence names.

    "defeated in Selby and Ainsty by Labour" and "after by-elections in Rutherglen" are; "MP for South
    West Surrey from 2005", "he won Bradford West in 2012" and "seats such as Manchester Central" are not.
    """
    if (
        seat.former
        or patterns.MEMBER_LABEL_AFTER.match(text[seat.end : sentence.end])
        or patterns.FORMER_MEMBER_FOR.search(text, max(sentence.start, seat.start - PASSING_WINDOW), seat.start)
    ):
        return False  # "a former Kettering MP": a label; a seat abolished before this election
    if patterns.FUTURE_CONTEST.search(text, sentence.start, sentence.end):
        return False  # "Three more by-elections, in Croydon North and Rotherham, take place on 29 November"
    start = clause_start(text, sentence, seat.start)
    # "Bridgend and Ynys Môn also fell": a break before another seat of a list does not end the clause
    starts = {other.start for other in seats}
    clause_end = next(
        (
            m.start()
            for m in patterns.CLAUSE_BREAK.finditer(text, seat.end, sentence.end)
            if not (m.group(0).strip(", ").lower() == "and" and m.end() in starts)
        ),
        sentence.end,
    )
    if not (
        patterns.WIN_VERB.search(text, start, clause_end)
        or patterns.LOSS_VERB.search(text, start, clause_end)
        or patterns.ELECTION_KIND.search(text, start, clause_end)
        or patterns.GAIN_WORD.search(text, start, clause_end)
        or patterns.HOLD_WORD.search(text, start, clause_end)
    ):
        return False
    stated = rx.search(r"\b(?:19|20)\d\d\b", text[seat.end : min(sentence.end, seat.end + 40)])
    if stated and (year is None or int(stated.group(0)) != year):
        return False
    return not patterns.EARLIER_ELECTION_STRONG.search(text, sentence.start, seat.start)


def resolve_pronouns(text: str, sentences: list[Sentence], mentions: Mentions) -> Mentions:
    """The mentions with pronouns and descriptions resolved to the names they stand for: people by
    :func:`~electext.extract.linking.pronouns.person_pronouns`, parties by :func:`_party_pronouns`. A party
    inside a description that stands for a person ("The former Labour MP") is that person's history, not a
    party mention."""
    people, descriptions = person_pronouns(text, sentences, mentions.people)
    described = SpanIndex(descriptions)
    parties = [*mentions.parties, *_party_pronouns(text, sentences, mentions.parties)]
    return replace(
        mentions,
        people=tuple(sorted([*mentions.people, *people], key=lambda p: p.start)),
        parties=tuple(
            sorted(
                (p for p in parties if not described.within(p.start, p.end)),
                key=lambda p: p.start,
            )
        ),
    )


def _party_pronouns(text: str, sentences: list[Sentence], named: tuple[Mention, ...]) -> list[Mention]:
    """ "The party also took Wokingham": the party the previous sentence names, when it names one."""
    found: list[Mention] = []
    previous_party: Mention | None = None
    for sentence in sentences:
        party_pronoun = patterns.PARTY_PRONOUN.match(text, sentence.start, sentence.end)
        if party_pronoun and previous_party is not None:
            found.append(
                Mention(
                    party_pronoun.start(),
                    party_pronoun.end(),
                    party_pronoun.group(0),
                    "party",
                    previous_party.value,
                    note="pronoun",
                )
            )
        in_sentence = [
            *mentions_in(sentence, named),
            *(p for p in found[-1:] if sentence.start <= p.start < sentence.end),
        ]
        # only an unambiguous antecedent: "The Conservatives lost two seats to Labour. The party …" could
        # mean either
        previous_party = in_sentence[0] if len({p.value for p in in_sentence}) == 1 else None
    return found


# Roles a contest has only one of: a second, different one read from the running focus alone
# belongs to another contest.
_SINGULAR = ("majority", "previous_majority", "swing")


def _slot(fact: Fact) -> str | None:
    if fact.role in _SINGULAR:
        return fact.role
    if isinstance(fact, PlaceFact) and fact.place in (1, 2):
        return f"position:{fact.place}"
    if fact.role == "winner" and fact.subject is not None and fact.subject.kind == "person":
        return "position:1"
    return None


def _identity(fact: Fact) -> object:
    return fact.figure.value if fact.figure is not None else (fact.subject.value if fact.subject else None)


def resolve_conflicts(facts: list[Fact]) -> list[Fact]:
    """Move a weakly attributed fact that clashes with its contest to the one contest it fits.

    "Tom Reid … was 1,204 votes behind his Labour opponent" names no seat; if the running
    focus says Ashcombe Vale, which already has a different runner-up and majority, while
    Kelby has neither, the sentence is about Kelby. Strong facts never move.
    """
    # contests with figures of this election (not a seat named for its earlier margin alone: "Last autumn
    # Reform won Hollinbridge by only 214 votes" takes no clashing majority of the seat reported)
    result_seats = list(
        dict.fromkeys(
            f.seat
            for f in facts
            if f.figure is not None and not f.role.startswith("previous_") and f.role != "held_since"
        )
    )
    strong: dict[tuple[str, str], set[object]] = {}
    for fact in facts:
        slot = _slot(fact)
        if slot and not fact.weak:
            strong.setdefault((fact.seat, slot), set()).add(_identity(fact))
    moved: list[Fact] = []
    for fact in facts:
        slot = _slot(fact)
        taken = strong.get((fact.seat, slot)) if slot else None
        if fact.weak and slot and taken and _identity(fact) not in taken:
            free = [seat for seat in result_seats if seat != fact.seat and (seat, slot) not in strong]
            if len(free) == 1:
                fact = replace(fact, seat=free[0])
        moved.append(fact)
    return _follow_moves(facts, moved)


def _follow_moves(before: list[Fact], after: list[Fact]) -> list[Fact]:
    """Facts about a candidate whose place or margin moved go with it (same subject, same seat)."""
    moves = {
        (old.subject.value, old.seat): new.seat
        for old, new in zip(before, after, strict=True)
        if old.seat != new.seat and old.subject is not None
    }
    return [
        replace(fact, seat=moves[(fact.subject.value, fact.seat)])
        if fact.weak and fact.subject is not None and (fact.subject.value, fact.seat) in moves
        else fact
        for fact in after
    ]
