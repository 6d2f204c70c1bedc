"""A victory named as a noun, with its owner and its seat: "Ruth Dale's victory in Ashby", "Labour's win in
Ashby", "the victory by Green candidate Ned Coyle in Ashby" (the verbs' winners are
:mod:`electext.extract.linking.win_verbs`')."""

from __future__ import annotations

from electext.extract.facts import Fact, Span, WinnerFact, mentions_in
from electext.extract.linking.context import about_earlier_election
from electext.extract.linking.word_scope import WordScope
from electext.lexicon import patterns


def victories(scope: WordScope) -> list[Fact]:
    """A victory named as a noun, with its owner and its seat: "Ruth Dale's victory in Ashby", "Labour's win in
    Ashby", "a Labour gain for Daniel Jones in Ashby", "the victory by Green candidate Ned Coyle in Ashby".
    Not one set at another time ("Carswell's victory in Clacton last month") or in a sentence about an
    earlier election."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    people = mentions_in(sentence, mentions.people)
    for seat in seats:
        window = max(sentence.start, seat.start - VICTORY_WINDOW)
        if patterns.OTHER_TIME_AFTER.match(text[seat.end : seat.end + 40]) or patterns.OTHER_RESULT_BEFORE.search(
            text, window, seat.start
        ):
            continue  # "Carswell's victory in Clacton last month", "it beats Labour's win in Selby"
        owner = None
        possessive = patterns.VICTORY_OF_BEFORE.search(text, window, seat.start)
        if possessive is not None:
            # a person's or a party's: "Ruth Dale's victory in Ashby", "Labour's win in the Ashby by-election"
            owners = (*people, *mentions_in(sentence, mentions.parties))
            owner = next((p for p in owners if p.end == possessive.start()), None)
        given = patterns.VICTORY_FOR_BEFORE.search(text, window, seat.start)
        if owner is None and given is not None:
            # the first name in the words after "for" ("victory by Green candidate Martha Quill in")
            owner = next((p for p in people if given.start("name") <= p.start < given.end("name")), None)
        if owner is None or about_earlier_election(text, sentence, owner.start, seat.end, year=context.year):
            continue
        facts.append(WinnerFact(seat.value, "winner", (Span(owner.start, seat.end),), subject=owner))
        if given is not None and given.start("name") <= owner.start < given.end("name"):
            # "a Lib Dem victory for teacher Alex Vale in Ashby": the party whose victory it is
            party = next(
                (
                    p
                    for p in mentions_in(sentence, mentions.parties)
                    if p.end <= given.start() and not text[p.end : given.start()].strip()
                ),
                None,
            )
            if party is not None:
                facts.append(WinnerFact(seat.value, "winner", (Span(party.start, seat.end),), subject=party))
    return facts


# How far before a seat a victory noun's owner may stand ("Ruth Dale's hard-fought victory in").
VICTORY_WINDOW = 80
