"""The parties a figure names around it, and whether a majority is the one overturned: "a 24,664 Tory
majority" (whose majority), "23.9% to Labour from the Tories" (a swing's two sides), "the party had
held Bolsover since 1950" (the holder), "a Tory majority of 17,508 was overturned" (the previous one).
"""

from __future__ import annotations

from itertools import pairwise

from electext.extract.facts import (
    Sentence,
    clause_start,
)
from electext.extract.figures import Figure
from electext.extract.linking.context import notional_would_have
from electext.extract.mentions import Mention, Mentions
from electext.lexicon import patterns


def is_previous_majority(text: str, sentence: Sentence, figure: Figure) -> bool:
    clause = clause_start(text, sentence, figure.start)
    before = text[max(clause, figure.start - 70) : figure.start]
    after = text[figure.end : min(sentence.end, figure.end + 70)]
    if patterns.NEW_MAJORITY_BEFORE.search(text, max(sentence.start, figure.start - 60), figure.start):
        return False  # "… in 2017 became a Conservative majority of 1,239": the new one
    if patterns.MAJORITY_TO_BEFORE.search(before):
        return False  # "the majority was cut from nearly 14,000 to 2,318": the new one
    if patterns.MAJORITY_FROM_BEFORE.search(before):
        return True  # … and the one before
    if patterns.MAJORITY_TURNED_BEFORE.search(before) and patterns.INTO_AFTER.match(after):
        return True  # "turning a Tory majority of 380 into a Lib Dem one of 683"
    if patterns.TURNED_BEFORE.search(before) and patterns.MAJORITY_INTO_AFTER.match(after):
        return True  # "turning a 9,000 Tory majority into an 8,500 Labour one"
    if patterns.EARLIER_YEAR_LINE.search(before):
        return True
    if patterns.OVERTURNED_AFTER.match(after):
        return True  # "when a Tory majority of 17,508 was overturned"
    if patterns.CHANGED_TO_AFTER.search(after):
        return True  # "Labour's majority, which stood at 15,296 under Sir Tom Reid, was cut to 1,708": the one before
    would = patterns.WOULD_HAVE.search(text, clause, figure.start)
    if would is not None and notional_would_have(text, sentence, would.start(), figure.start):
        return True  # "On the notional figures the Conservatives would have won Hexham by 12,186 votes"
    # the cue must qualify this figure's phrase: look back only to the last conjunction or comma
    phrase = patterns.CONJUNCTION_SPLIT.split(before)[-1]
    if patterns.PREVIOUS_MAJORITY_CUE.search(phrase):
        return True
    # "The 24,664 Tory majority was the biggest the party had overturned": the noun phrase's
    # predicate comes after it.
    if patterns.MAJORITY_AFTER.match(after):
        clause_end = next(
            (m.start() for m in patterns.CLAUSE_BREAK.finditer(text, figure.end, sentence.end)), sentence.end
        )
        cue = patterns.PREVIOUS_MAJORITY_CUE.search(text, figure.end, clause_end)
        if cue is not None and not patterns.PARTICIPLE_CLAUSE_BEFORE.search(text, figure.end, cue.start()):
            return True  # (not "won with a 1,508 majority, overturning Ms Vale's 21,930": the winner's next act)
    if patterns.COMPARED_AFTER_FIGURE.match(after):
        return False  # "a majority of 2,260 - lower than at the 2015 general election": a comparison
    return bool(patterns.AT_LAST_ELECTION_AFTER.match(after) or patterns.IN_YEAR_AFTER.match(after))


def party_near_majority(text: str, figure: Figure, parties: list[Mention]) -> Mention | None:
    """ "a 24,664 Tory majority", "a Conservative majority of more than 19,600"."""
    for party in parties:
        if (
            party.start >= figure.end
            and party.start - figure.end <= 4
            and patterns.VOTE_BEFORE_PARTY.match(text[figure.end : party.start])
            and patterns.MAJORITY_NEXT.match(text[party.end : party.end + 12])
        ):
            return party
        if (
            party.end <= figure.start
            and figure.start - party.end <= 30
            and patterns.MAJORITY_OF_BETWEEN.match(text[party.end : figure.start])
        ):
            return party
        if (
            party.end <= figure.start
            and figure.start - party.end <= 30
            and patterns.GIVING_END.search(text[: party.start])
            and patterns.A_MAJORITY_OF_BETWEEN.match(text[party.end : figure.start])
        ):
            return party  # "giving the Conservatives a majority of 2,607"
    return None


def _swing_pair(text: str, figure: Figure, parties: list[Mention]) -> tuple[Mention, Mention] | None:
    """ "Swing: 6.7% Lab to Con", "a 4.2-point swing, LD to PC": "X to Y" straight after the figure."""
    before = [p for p in parties if figure.start - 60 <= p.start and p.end <= figure.start]
    for first, second in pairwise(before):
        # "Swing C to Lab 10.2%": the pair right before the figure
        if patterns.SWING_PAIR_TO.fullmatch(text[first.end : second.start]) and (
            patterns.SWING_PAIR_BEFORE_FIGURE.fullmatch(text[second.end : figure.start])
        ):
            return first, second
    after = [p for p in parties if figure.end <= p.start <= figure.end + 30]
    for first, second in pairwise(after):
        if patterns.SWING_PAIR_AFTER_FIGURE.fullmatch(text[figure.end : first.start]) and (
            patterns.SWING_PAIR_TO_LOWER.fullmatch(text[first.end : second.start])
        ):
            return first, second
    return None


def swing_parties(
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
        if patterns.TOWARDS_END.search(lead) and to_party is None:
            to_party = party
        elif patterns.AWAY_FROM_END.search(lead) and from_party is None:
            from_party = party
    return from_party, to_party


def holder_of(
    text: str, sentence: Sentence, mentions: Mentions, parties: list[Mention], figure: Figure
) -> Mention | None:
    """The party that has held the seat "since 1950"; None when the year is one member's tenure."""
    clause = clause_start(text, sentence, figure.start)
    holders = [p for p in parties if clause <= p.start < figure.start]
    if not holders:
        holders = [p for p in parties if sentence.start <= p.start < figure.start]
    if not holders and patterns.THE_PARTY_HELD.match(text, sentence.start, figure.start):
        # "…anyone other than a Labour MP. The party had held Bolsover since 1950": the party before
        holders = [p for p in mentions.parties if p.end <= sentence.start][-1:]
    if not holders:
        return None
    holder = holders[-1]
    if patterns.PARTY_ITSELF_HELD.search(text, holder.end, figure.start):
        return holder  # "Labour's Emma Lewell-Buck held the seat her party has won at every election since 1935"
    # "held since" is a party's hold of the seat; "Robert Syms, who had represented the town since
    # 1997" is one member's tenure.
    # (a holder named in the sentence before: only this sentence's people and words are its member's)
    after_holder = max(holder.end, sentence.start)
    if (
        any(
            after_holder <= p.start < figure.start
            # "the Whitehaven seat", "has held Erdington since": a place the model took for a person
            and not patterns.PLACE_NOT_PERSON_BEFORE.search(text[max(0, p.start - 6) : p.start])
            and not patterns.SEAT_NOUN_AFTER.match(text[p.end : p.end + 14])
            for p in mentions.people
        )
        or (
            patterns.TENURE.search(text, after_holder, figure.start)
            and not patterns.PARTY_SUBJECT_VERB.match(text, holder.end, figure.start)
        )
    ):
        return None
    if patterns.MEMBER_TITLE_AFTER.match(text[holder.end :]) and patterns.WHO_HAD_BEEN_END.search(text[: holder.start]):
        return None  # "who had been a Conservative MP in Herefordshire since 2001"
    return holder
