"""The candidate behind a tally read as a party's: "Ann Lee polled 512 votes for the Greens", "Nia
Pryce held Glanrafon for Plaid Cymru with 641 votes". The figure readers first find a party as the
owner, the party the tally was given or the seat won for; where the sentence's own grammar puts a
person there (a tallying verb right after them, a participle of theirs after a comma, the subject of
the win), the tally is that person's and the party theirs, its words kept as the party's evidence.
The other way round, a person's tally in a "where" clause of a seat a party won ("Labour won
Kelvinbrook, where Ruth Amery secured 1,204 votes") is that party's candidate's. And the rival a winning
margin is over stood too ("a majority of 560 over the Conservatives' Ivo Senna").
"""

from __future__ import annotations

from dataclasses import replace

from electext.core import rx
from electext.extract.facts import Sentence, years_named
from electext.extract.figures import Figure
from electext.extract.linking.subjects import clause_subject, figure_subject
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def candidate_standing_for(
    text: str, sentence: Sentence, figure: Figure, candidates: list[Mention], owner: Mention | None, given: bool
) -> Mention | None:
    """The person whose tally a figure read as a party's is, standing for that party: the party it was
    ``given`` for ("512 votes for the Greens") or the party the seat was won for; None where none is."""
    if owner is None or owner.kind != "party":
        return None
    if given:
        return candidate_given_for(text, sentence, figure, candidates, owner)
    return candidate_won_for(text, sentence, figure, candidates, owner)


def candidate_given_for(
    text: str, sentence: Sentence, figure: Figure, candidates: list[Mention], party: Mention
) -> Mention | None:
    """ "Ann Lee polled 512 votes for the Greens", "Jo Bartley took Cefn, winning 512 votes for Plaid
    Cymru": the person whose tally a figure given "for" a party is, standing for that party. Only a
    person who is the tally's subject (a tallying verb right after them, or the sentence's subject of a
    participle after a comma) and whose figure is the first after them: "Jo won with 900 votes, with 512
    for Plaid Cymru" is a second line."""
    own = figure_subject(text, sentence, figure, candidates)
    if own is None or own.kind != "person" or own.party not in (None, party.value):
        return None
    gap = text[own.end : figure.start]
    if patterns.DIGIT.search(gap) or _margin_after(text, figure):
        return None
    if not (patterns.TALLY_VERB_BETWEEN.match(gap) or patterns.TRAILING_PARTICIPLE.search(gap)):
        return None
    return replace(own, party=party.value, party_at=(party.start, party.end))


def candidate_won_for(
    text: str, sentence: Sentence, figure: Figure, candidates: list[Mention], party: Mention
) -> Mention | None:
    """ "Nia Pryce held the Glanrafon ward of Gwynedd Council for Plaid Cymru with 641 votes": a tally
    after the party a seat was won for is the winner's, the clause's person, standing for that party."""
    if not patterns.WON_FOR_BEFORE.search(text, max(sentence.start, party.start - 70), party.start):
        return None
    if not patterns.VOTES_VERB_BEFORE.search(text, max(sentence.start, figure.start - 40), figure.start):
        return None
    if patterns.DIGIT.search(text, party.end, figure.start) or _margin_after(text, figure):
        return None
    own = clause_subject(text, sentence, party.start, candidates)
    if own is None or own.kind != "person" or own.party not in (None, party.value):
        return None
    return replace(own, party=party.value, party_at=(party.start, party.end))


def _margin_after(text: str, figure: Figure) -> bool:
    """ "taking 2,905 votes over the runner-up": a margin, no one's tally."""
    after = text[figure.end : figure.end + 60]
    return patterns.VOTES_AHEAD.match(after) is not None


def candidate_where_won(
    text: str, sentence: Sentence, figure: Figure, candidates: list[Mention], owner: Mention | None
) -> Mention | None:
    """ "Labour won Kelvinbrook, where Ruth Amery secured 1,204 votes", "a gain for the Greens in
    Kelvinbrook, where Ruth Amery won 1,204": the party that won the seat stood the person whose tally
    the clause gives (only a tallying verb: "…, where Ruth Amery came second with 900" is no winner's)."""
    if owner is None or owner.kind != "person" or owner.party is not None:
        return None
    where = patterns.WHERE_BEFORE_NAME.search(text, max(sentence.start, owner.start - 12), owner.start)
    if where is None or not patterns.TALLY_VERB_BETWEEN.match(text[owner.end : figure.start]):
        return None
    before = [m for m in candidates if sentence.start <= m.start and m.end <= where.start()]
    winner = clause_subject(text, sentence, where.start(), before)
    if winner is None or winner.kind != "party":
        winner = next(
            (
                m
                for m in before
                if m.kind == "party"
                and patterns.RESULT_FOR_PARTY_BEFORE.search(text, max(sentence.start, m.start - 20), m.start)
            ),
            None,
        )
    if winner is None or winner.kind != "party":
        return None
    return replace(owner, party=winner.value, party_at=(winner.start, winner.end))


def margin_over(text: str, sentence: Sentence, person: Mention, year: int | None) -> rx.Match[str] | None:
    """ "a majority of 560 over the Conservatives' Ivo Senna": the margin's rival, in a sentence naming no
    earlier year ("in 2010 he held it by 1,101 votes over the Conservative Antony Calvert" was then; in
    an undated article any year may be an earlier one)."""
    cue = patterns.MARGIN_OVER_BEFORE.search(text, max(sentence.start, person.start - 60), person.start)
    if cue is None:
        return None
    return None if any(year is None or named < year for named in years_named(text, sentence)) else cue
