"""The winner told as the seat's new holder, not by a win verb: "Sarah Olney is the new MP for Richmond
Park", "Kelby's new councillor is Ann Vale", "Kelvin voters picked the SDLP's Ann Vale as their new MP",
"sending Samantha Dixon to Westminster", "congratulations to Ann Vale on her election", a caption's "Ann
Vale, Kelby's new Labour mayor". Read once a sentence, after the word readers (:mod:`.word_facts`).
"""

from __future__ import annotations

from electext.core import rx
from electext.extract.facts import Fact, Span, WinnerFact, clause_start, mentions_in
from electext.extract.linking.context import SentenceView, about_earlier_election, modal_before, seat_for
from electext.extract.linking.subjects import clause_subject
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def new_member(view: SentenceView) -> list[Fact]:
    """ "Sarah Olney is the new MP for Richmond Park": the winner, said as who now holds the seat."""
    text, sentence, context = view.text, view.sentence, view.context
    seats = mentions_in(sentence, view.mentions.seats)
    candidates = mentions_in(sentence, view.mentions.candidates)
    facts: list[Fact] = []
    for match in patterns.NEW_MEMBER.finditer(text, sentence.start, sentence.end):
        # "that Salmond - who only eight months ago had … - was declared the member for Gordon": the name
        # before a dash-set aside
        dashed = [
            m
            for m in candidates
            if m.end <= match.start()
            and rx.fullmatch(
                r"\s+[-\u2013\u2014][^-\u2013\u2014]{1,300}[-\u2013\u2014]\s+", text[m.end : match.start()]
            )
        ]
        subject = dashed[-1] if dashed else clause_subject(text, sentence, match.start(), candidates)
        # the seat after "the new MP for", or inside the match: "is Kelvinbrook's new councillor"
        seat = next((s for s in seats if match.start() < s.start <= match.end() + 3), None) or seat_for(
            text, sentence, match.start(), match.end(), seats, context
        )
        if subject is not None and seat is not None:
            facts.append(WinnerFact(seat.value, "winner", (Span(match.start(), match.end()),), subject=subject))
    before_name = patterns.NEW_MEMBER_BEFORE_NAME, patterns.NEW_MEMBER_IS
    for match in (match for pattern in before_name for match in pattern.finditer(text, sentence.start, sentence.end)):
        # "The constituency's new MP Ann Vale has a majority of 4,210", "Kelby's new MP is Ann Vale"
        person = next((m for m in candidates if m.kind == "person" and m.start == match.end()), None)
        seat = seat_for(text, sentence, match.start(), match.end(), seats, context)
        if person is not None and seat is not None and not modal_before(text, sentence, match.start()):
            facts.append(WinnerFact(seat.value, "winner", (Span(match.start(), person.end),), subject=person))
    for person in candidates:
        # "Kelvin voters picked the SDLP's Ann Vale as their new MP"
        chosen = patterns.NEW_MEMBER_CHOSEN_AFTER_NAME.match(text, person.end, sentence.end)
        if chosen is None or person.kind != "person":
            continue
        verb = patterns.CHOOSING_VERB.search(text, clause_start(text, sentence, person.start), person.start)
        if verb is None or modal_before(text, sentence, verb.start()):
            continue
        if about_earlier_election(text, sentence, verb.start(), chosen.end(), year=context.year):
            continue
        seat = seat_for(text, sentence, verb.start(), chosen.end(), seats, context)
        if seat is not None:
            facts.append(WinnerFact(seat.value, "winner", (Span(verb.start(), chosen.end()),), subject=person))
    for match in patterns.SENT_TO_PARLIAMENT.finditer(text, sentence.start, sentence.end):
        # "Labour has kept hold of the City of Chester, sending Samantha Dixon to Westminster"
        person = next((m for m in candidates if m.kind == "person" and m.start == match.end("person")), None)
        seat = seat_for(text, sentence, match.start(), match.end(), seats, context)
        if person is not None and seat is not None and not modal_before(text, sentence, match.start()):
            facts.append(WinnerFact(seat.value, "winner", (Span(match.start(), match.end()),), subject=person))
    return facts + _congratulated(view, candidates, seats)


def _congratulated(view: SentenceView, candidates: list[Mention], seats: list[Mention]) -> list[Fact]:
    """ "Huge congratulations to Imogen Sallis on her election": the one congratulated on winning; "Peter
    Vassilou, Harlingbury's new Liberal Democrat mayor": the one described as the office's new holder."""
    text, sentence = view.text, view.sentence
    facts: list[Fact] = []
    for person in candidates:
        if person.kind != "person":
            continue
        # (the first character tells which, if either, can follow: most names are followed by neither)
        comma = text.startswith(",", person.end)
        won = patterns.NEW_HOLDER_AFTER_NAME.match(text, person.end, sentence.end) if comma else None
        if won is None:
            on = text.startswith(" on ", person.end)
            won = patterns.ON_THEIR_WIN_AFTER.match(text, person.end, sentence.end) if on else None
            before = text[max(sentence.start, person.start - 30) : person.start]
            if won is None or not patterns.CONGRATULATED_BEFORE.search(before):
                continue
        seat = seat_for(text, sentence, person.start, won.end(), seats, view.context)
        if seat is not None:
            facts.append(WinnerFact(seat.value, "winner", (Span(person.start, won.end()),), subject=person))
    return facts
