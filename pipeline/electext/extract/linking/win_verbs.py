"""Win verbs and their subjects: "Labour's X won", "was beaten by the Conservative Y", "Labour has
taken Rutherglen from the SNP". A verb reports this contest's win unless a named rule says it does
not (:func:`~electext.extract.linking.win_rules.not_this_win`: a supposed win, an earlier one, a
negated one, a passive with no agent, a win of votes rather than the seat, …)."""

from __future__ import annotations

from collections.abc import Sequence

from electext.core import rx
from electext.extract.facts import Fact, ResultFact, Sentence, Span, WinnerFact
from electext.extract.linking.context import (
    independent_at,
    person_after_party,
    seat_for,
)
from electext.extract.linking.fellow_winners import fellow_winners
from electext.extract.linking.subjects import clause_subject, party_candidate_subject, result_noun_party
from electext.extract.linking.win_rules import WinSite, not_this_win
from electext.extract.linking.word_scope import WordScope, cues, national_line
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def winners(scope: WordScope) -> list[Fact]:
    """Win verbs and their subjects: "Labour's X won", "was beaten by the Conservative Y"."""
    text, sentence, mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    if not candidates:
        return facts  # every winner below is one of the sentence's candidates
    # "beat the outgoing North of Tyne mayor": a seat naming an office describes a person, it is not won
    # — unless the office is the contest: "won the race for Tees Valley mayor"
    seats = [
        seat
        for seat in seats
        if not patterns.OFFICE_AFTER_SEAT.match(text, seat.end, sentence.end)
        or patterns.OFFICE_CONTEST_BEFORE.search(text, max(sentence.start, seat.start - 30), seat.start)
    ]
    for match in patterns.WIN_VERB.finditer(text, sentence.start, sentence.end, timeout=patterns.REGEX_TIMEOUT):
        if not_this_win(WinSite(text, sentence, match, context.year)) is not None:
            continue
        subject = _win_subject(text, sentence, match, candidates)
        if subject is None:
            continue
        clause_end = next(
            (brk.start() for brk in patterns.CLAUSE_BREAK.finditer(text, match.end(), sentence.end)), sentence.end
        )
        # "Ann Vale won the Kelvin Valley race, Tom Reid was victorious in Dunmore": a person after a comma
        # who has a verb of their own opens the next clause
        clause_end = next(
            (
                m.start
                for m in candidates
                if match.end() < m.start < clause_end
                and m.kind == "person"
                and patterns.COMMA_END.search(text, max(match.end(), m.start - 8), m.start)
                and patterns.OWN_VERB_AFTER_NAME.match(text, m.end, clause_end)
            ),
            clause_end,
        )
        # "Labour's win in Kelby South - and a Lib Dem victory for X in Kelby West": another
        # win after this one's first seat takes the seats after it
        first_seat = next((seat for seat in seats if match.end() <= seat.start < clause_end), None)
        if first_seat is not None:
            other_win = patterns.WIN_WORD.search(text, first_seat.end, clause_end)
            clause_end = other_win.start() if other_win is not None else clause_end
        objects = [seat for seat in seats if match.end() <= seat.start < clause_end]
        if objects:
            objects = [*objects[:-1], *_listed_seats_after(text, seats, objects[-1])]
        if not objects and national_line(text, sentence):
            continue  # "Across Scotland …: Labour gains from the SNP in the central belt": no seat of ours
        if not objects and another_place_won(
            text,
            match.end(),
            candidates,
            mentions.seats,
            beats_people=patterns.PERSON_OBJECT_VERB.fullmatch(match.group(0)) is not None,
        ):
            continue  # "The SDP-Liberal Alliance held Kentwater, won in 1982 …": a place none of ours
        targets = objects or (
            [s] if (s := seat_for(text, sentence, match.start(), match.end(), seats, context)) else []
        )
        # several elected at once come first, in the order named: the first of them is the contest's winner
        facts += fellow_winners(text, sentence, match, subject, targets, candidates)
        facts += _win_facts(text, match, subject, targets, objects, candidates)
    return facts


def _win_subject(text: str, sentence: Sentence, match: rx.Match[str], candidates: list[Mention]) -> Mention | None:
    """Who won: the party a choosing verb names, the agent of a passive, or the verb's subject."""
    subject = None
    if (result_for := result_noun_party(text, sentence, match, candidates)) is not None:
        return result_for  # "It was a gain for the Greens in Kelvinbrook"
    chosen = patterns.ARTICLE_AFTER.match(text[match.end() : match.end() + 8])
    if match.group(0).lower() in cues().choose_verbs and chosen:
        # "constituencies that had long sent Labour MPs … elected Conservatives": the party chosen
        chosen_party = next(
            (m for m in candidates if m.kind == "party" and m.start == match.end() + chosen.end()), None
        )
        subject = person_after_party(text, chosen_party, candidates, 4) if chosen_party is not None else None
    by_after = patterns.BY_AGENT_AFTER.match(text[match.end() : match.end() + 12])
    if subject is None and by_after:
        # "was beaten by the Conservative Mark Fletcher", "was won by Labour"
        agent = next((m for m in candidates if m.start == match.end() + by_after.end()), None)
        independent = independent_at(text, match.end() + by_after.end(), candidates) if agent is None else None
        if independent is not None:
            return independent  # "beaten by an independent": a candidate of no party won
        if agent is None and patterns.PASSIVE_AGENT_VERB.fullmatch(match.group(0)):
            # "was beaten by a newcomer": the agent won, unnamed; never the subject, who lost
            return None
        subject = person_after_party(text, agent, candidates, 2) if agent is not None else None
    # "it was the SNP's Helen Lewis that won the seat"; "the returning officer declared Ann Vale, of the
    # Green Party, duly elected": the name the cleft or the declaration puts first
    cleft = patterns.CLEFT_BEFORE.search(
        text, max(sentence.start, match.start() - 80), match.start()
    ) or patterns.DECLARED_NAME_BEFORE.search(text, max(sentence.start, match.start() - 100), match.start())
    if subject is None and cleft is not None:
        named = [m for m in candidates if cleft.start("who") <= m.start and m.end <= cleft.end("who")]
        people = [m for m in named if m.kind == "person"]
        subject = people[0] if people else (named[0] if named else None)
    if subject is None and (party_candidate := party_candidate_subject(text, sentence, match.start(), candidates)):
        return party_candidate  # "The Plaid leader hailed the result after the party's candidate took the seat"
    if subject is None:
        # "… as Labour held Stoke-on-Trent Central": a name right before the verb is its subject
        adjacent = [m for m in candidates if m.end <= match.start() and not text[m.end : match.start()].strip()]
        subject = adjacent[-1] if adjacent else clause_subject(text, sentence, match.start(), candidates)
        if subject is not None and not adjacent and _leader_on_the_win(text, sentence, match, subject):
            return None
    if subject is not None and subject.kind == "party":
        # "Ada Strand and the Green party have pulled off a surprise victory": the candidate with the party
        paired = next(
            (
                m
                for m in candidates
                if m.kind == "person" and patterns.AND_THE_PARTY.fullmatch(text, m.end, subject.start)
            ),
            None,
        )
        subject = paired or subject
    if (
        subject is not None
        and subject.kind == "party"
        and patterns.FORMER_END.search(text, max(0, subject.start - 12), subject.start)
    ):
        return None  # "Former Tory minister wins Hollowmere as an independent": a party he was in, not the winner
    return subject


def another_place_won(
    text: str, verb_end: int, candidates: list[Mention], seats: Sequence[Mention], *, beats_people: bool = False
) -> bool:
    """Is the verb's object a proper name that is no party, no seat the article names nor a part of one,
    and no one (a lone word the model read as a person is a place after "held", not after a verb that
    ``beats_people``, "beat"): "held Kentwater" in a history of other by-elections? Then the win is that
    place's."""
    named = patterns.PROPER_OBJECT_AFTER.match(text, verb_end)
    if named is None:
        return False
    if any(
        m.start == named.start("name") and (m.kind != "person" or " " in m.text or beats_people) for m in candidates
    ):
        return False
    name = named.group("name")
    return not any(name in seat.text or name in seat.value for seat in seats)


def _leader_on_the_win(text: str, sentence: Sentence, match: rx.Match[str], subject: Mention) -> bool:
    """ "Plaid leader Ann Vale, who was at the count, said the win showed …": a party leader speaking of
    the win, told as a noun after its article, or glad of it ("said he was pleased to hold the ward"), is
    not the one who won it."""
    before = max(sentence.start, match.start() - 30)
    return (
        subject.kind == "person"
        and (
            patterns.DETERMINER_BEFORE.search(text, before, match.start()) is not None
            or patterns.FEELING_BEFORE_INFINITIVE.search(text, before, match.start()) is not None
        )
        and patterns.LEADER_BEFORE.search(text, max(sentence.start, subject.start - 30), subject.start) is not None
    )


def _win_facts(
    text: str,
    match: rx.Match[str],
    subject: Mention,
    targets: list[Mention],
    objects: list[Mention],
    candidates: list[Mention],
) -> list[Fact]:
    """The winner of each seat the verb is about, the party they won it for, and a gain "from" a party."""
    facts: list[Fact] = []
    # "Reform UK's Chris Walsh narrowly beat the Lib Dem Jamie Needle": a win over a person only
    # ranks the two; it names the winner of the seat only if nothing else does
    the = patterns.OPTIONAL_THE_AFTER.match(text[match.end() : match.end() + 6])
    beaten = next((m for m in candidates if the and m.start == match.end() + the.end()), None)
    beaten = person_after_party(text, beaten, candidates, 2) if beaten is not None else None
    over = beaten is not None and beaten.kind == "person" and not objects
    the_seat = patterns.THE_SEAT_OBJECT.match(text, match.end())
    verb = (Span(match.start(), match.end()),)
    for seat in targets:
        facts.append(WinnerFact(seat.value, "winner", verb, subject=subject, over=over))
        if beaten is not None and beaten.kind == "person" and beaten.party is not None:
            # "defeated Tory Tom Reid by 1,204": the one beaten stood, for the party beside the name
            facts.append(Fact(seat.value, "candidate", (Span(match.start(), beaten.end),), subject=beaten))
        # the verb's object: the seat it names, or "the seat" / "it" right after the verb; with no
        # object, the verb itself ("where Douglas Carswell won for Ukip")
        object_end = seat.end if seat in objects else (the_seat.end() if the_seat else match.end())
        for_party = _party_joined_after(text, object_end, candidates, patterns.FOR_THE_PARTY)
        if subject.kind == "person" and for_party is not None:
            # "Pete Wishart has held Perth and North Perthshire for the SNP", "kept the seat in
            # Conservative hands"
            facts.append(WinnerFact(seat.value, "winner", verb, subject=for_party))
        loser = _party_joined_after(text, object_end, candidates, patterns.FROM_THE_PARTY)
        if (
            loser is not None
            and match.group(0).lower() not in cues().defeat_verbs
            and loser.value != (subject.value if subject.kind == "party" else subject.party)
        ):
            # "Labour has taken Rutherglen and Hamilton West from the SNP": a gain from the SNP
            span = (Span(match.start(), loser.end),)
            facts.append(ResultFact(seat.value, "result", span, subject=subject, result="gain", loser=loser))
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


def _listed_seats_after(text: str, seats: list[Mention], first: Mention) -> list[Mention]:
    """The seats listed after ``first``: "captured Wrexham, Clwyd South and the Vale of Clwyd"."""
    listed = [first]
    for seat in seats:
        if seat.start > listed[-1].end and patterns.SEAT_LIST_JOIN.match(text[listed[-1].end : seat.start]):
            listed.append(seat)
    return listed
