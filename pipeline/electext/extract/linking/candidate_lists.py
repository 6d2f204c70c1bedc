"""A list's line that names a candidate and their party, with no count or before it: "  Alex Maskey
(Sinn Féin)" under "ELECTED", "Rachel Woods (Green)" under "NOT ELECTED", "• Sian Reddy - Gwlad" in a
list of who stood, "Elected: Kirsty Baird (SNP) at stage 3" (the winner). The person stood in the
contest in focus; the list's grammar, not the model, says which words are the name.
"""

from __future__ import annotations

from electext.extract.facts import Fact, Span, WinnerFact, mentions_in
from electext.extract.linking.context import seat_for
from electext.extract.linking.word_scope import WordScope
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def listed_candidates(scope: WordScope) -> list[Fact]:
    """A list's line that names a candidate and their party before the count is in, or with no count
    at all: "  Alex Maskey (Sinn Féin)" under "ELECTED", "Rachel Woods (Green)" under "NOT ELECTED",
    "Gerry Carroll (People Before Profit)   first stage". The person stood in the contest in focus."""
    text, sentence, mentions, seats, _candidates, context = scope
    line = patterns.NAME_PARTY_LINE.fullmatch(text, sentence.start, sentence.end)
    if line is None:
        return []
    people = [p for p in mentions_in(sentence, mentions.people) if p.start == line.start("who") and p.party]
    if not people and line.group("bullet"):
        # "• Sian Reddy - Gwlad": the list's grammar makes the words before the dash a name, whatever the
        # model read them as, where the words after it are a party
        party = next(
            (m for m in mentions.parties if line.start("party") <= m.start and m.end <= line.end("party")), None
        )
        if party is not None and patterns.NAME_WORDS.fullmatch(line.group("who")):
            who = line.group("who")
            people = [Mention(line.start("who"), line.end("who"), who, "person", who, party.value)]
    if len(people) != 1:
        return []
    seat = seat_for(text, sentence, sentence.start, sentence.end, seats, context)
    if seat is None:
        return []
    span = (Span(line.start("who"), line.end("party") + 1),)
    facts = [Fact(seat.value, "candidate", span, subject=people[0])]
    if line.group("label") and patterns.ELECTED_LABEL.fullmatch(line.group("label")):
        facts.append(WinnerFact(seat.value, "winner", span, subject=people[0], rule="elected_label"))
    return facts
