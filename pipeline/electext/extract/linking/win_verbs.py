"""Win verbs and their subjects: "Labour's X won", "was beaten by the Conservative Y", "Labour has
taken Rutherglen from the SNP". A verb reports this contest's win unless a named rule says it does
not (:func:`not_this_win`: a supposed win, an earlier one, a negated one, a passive with no agent, a
win of votes rather than the seat, …).
"""

from __future__ import annotations

from electext.core import rx
from electext.extract.facts import (
    Fact,
    ResultFact,
    Sentence,
    Span,
    WinnerFact,
)
from electext.extract.linking.context import about_earlier_election, modal_before, person_after_party, seat_for
from electext.extract.linking.subjects import clause_subject
from electext.extract.linking.word_scope import CUES, WordScope, national_line
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def winners(scope: WordScope) -> list[Fact]:
    """Win verbs and their subjects: "Labour's X won", "was beaten by the Conservative Y"."""
    text, sentence, _mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    if not candidates:
        return facts  # every winner below is one of the sentence's candidates
    for match in patterns.WIN_VERB.finditer(text, sentence.start, sentence.end, timeout=patterns.REGEX_TIMEOUT):
        if _not_this_win(text, sentence, match) is not None:
            continue
        subject = _win_subject(text, sentence, match, candidates)
        if subject is None:
            continue
        clause_end = next(
            (brk.start() for brk in patterns.CLAUSE_BREAK.finditer(text, match.end(), sentence.end)), sentence.end
        )
        objects = [seat for seat in seats if match.end() <= seat.start < clause_end]
        if objects:
            objects = [*objects[:-1], *_listed_seats_after(text, seats, objects[-1])]
        if not objects and national_line(text, sentence):
            continue  # "Across Scotland …: Labour gains from the SNP in the central belt": no seat of ours
        targets = objects or (
            [s] if (s := seat_for(text, sentence, match.start(), match.end(), seats, context)) else []
        )
        facts += _win_facts(text, match, subject, targets, objects, candidates)
    return facts


def _not_this_win(text: str, sentence: Sentence, match: rx.Match[str]) -> str | None:
    """Why a win verb reports no win of this contest, as a rule name; None when it may."""
    after = text[match.end() : match.end() + 30]
    before_start = max(sentence.start, match.start() - 50)
    if modal_before(text, sentence, match.start()) or patterns.WIN_OF_SOMETHING_ELSE.match(
        text[match.end() : match.end() + 20]
    ):
        return "supposed_or_other_object"  # "could win", "won back", "won seats", "the next election"
    if patterns.SINCE_WORD.search(text[match.end() : min(sentence.end, match.end() + 40)]):
        return "held_since"  # "held by the Tories since 2010" is history, not this result
    if patterns.TENURE_SPAN.search(text, match.end(), min(sentence.end, match.end() + 40)) or patterns.YEAR_SPAN.search(
        text, match.end(), min(sentence.end, match.end() + 60)
    ):
        return "tenure"  # "Labour's Albert Owen held it for the next eighteen years"
    if patterns.EARLIER_WIN_BEFORE.search(text[max(sentence.start, match.start() - 20) : match.start()]):
        return "earlier_win"  # "John Mann had held it", "who first won Richmond Park": an earlier result
    if patterns.WHEN_AFTER_YEAR.search(text, before_start, match.start()):
        return "when_after_year"  # "Labour has held the seat since 2015, when it took it from the Conservatives"
    if patterns.OTHER_RACE_BEFORE.search(text, before_start, match.start()):
        return "other_race"  # "to stand for police commissioner, a race he went on to win"
    if patterns.NEGATED.search(text, max(sentence.start, match.start() - 25), match.start()):
        return "negated"  # "The SNP, who have never won Shetland": no win at all
    if patterns.ELECTED_AS_LABEL.match(text[match.end() : match.end() + 8]):
        return "elected_as_label"  # "was elected as a Tory": a member's label, not this result
    if patterns.NOT_A_SEAT_WIN.match(after):
        return "not_a_seat"  # "the council holds its next elections"
    if patterns.FOR_A_PLACE.search(text[match.end() : min(sentence.end, match.end() + 60)]):
        return "lower_place"  # "edged out the Green, Stewart Goshawk (2,123), for fourth": a lower place won
    if match.group(0).lower() in CUES.participle_wins and not patterns.PARTICIPLE_WIN_BEFORE.search(
        text[max(sentence.start, match.start() - 8) : match.start()]
    ):
        return "participle_description"  # "Labour, as the party holding the seat, will decide"
    passive = patterns.PASSIVE_BEFORE.search(text[max(sentence.start, match.start() - 10) : match.start()])
    if passive and not patterns.BY_AGENT_AFTER.match(text[match.end() : match.end() + 12]):
        return "agentless_passive"  # "was defeated", "the referendum has been won": no winner named
    if patterns.WIN_VERB_OF_FIGURE.match(text, match.end(), min(sentence.end, match.end() + 30)):
        return "figure_object"  # "took 27,628 votes", "took 42.9 per cent": a tally, not the seat
    if about_earlier_election(text, sentence, match.start(), match.end()):
        return "earlier_election"
    return None


def _win_subject(text: str, sentence: Sentence, match: rx.Match[str], candidates: list[Mention]) -> Mention | None:
    """Who won: the party a choosing verb names, the agent of a passive, or the verb's subject."""
    subject = None
    chosen = patterns.ARTICLE_AFTER.match(text[match.end() : match.end() + 8])
    if match.group(0).lower() in CUES.choose_verbs and chosen:
        # "constituencies that had long sent Labour MPs … elected Conservatives": the party chosen
        chosen_party = next(
            (m for m in candidates if m.kind == "party" and m.start == match.end() + chosen.end()), None
        )
        subject = person_after_party(text, chosen_party, candidates, 4) if chosen_party is not None else None
    by_after = patterns.BY_AGENT_AFTER.match(text[match.end() : match.end() + 12])
    if subject is None and by_after:
        # "was beaten by the Conservative Mark Fletcher", "was won by Labour"
        agent = next((m for m in candidates if m.start == match.end() + by_after.end()), None)
        subject = person_after_party(text, agent, candidates, 2) if agent is not None else None
    if subject is None:
        # "… as Labour held Stoke-on-Trent Central": a name right before the verb is its subject
        adjacent = [m for m in candidates if m.end <= match.start() and not text[m.end : match.start()].strip()]
        subject = adjacent[-1] if adjacent else clause_subject(text, sentence, match.start(), candidates)
    return subject


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
    over = patterns.OPTIONAL_THE_AFTER.match(text[match.end() : match.end() + 6])
    beaten = next((m for m in candidates if over and m.start == match.end() + over.end() and not objects), None)
    beaten = person_after_party(text, beaten, candidates, 2) if beaten is not None else None
    over = beaten is not None and beaten.kind == "person"
    the_seat = patterns.THE_SEAT_OBJECT.match(text, match.end())
    verb = (Span(match.start(), match.end()),)
    for seat in targets:
        facts.append(WinnerFact(seat.value, "winner", verb, subject=subject, over=over))
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
            and match.group(0).lower() not in CUES.defeat_verbs
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
