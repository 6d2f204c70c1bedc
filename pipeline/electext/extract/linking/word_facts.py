"""Facts said in words, not figures: places, winners, vacancies, members, gains and holds, elections.

"came second", "Labour's X won", "the resignation of the former MP Y", "Labour gain from SNP", "the
Rutherglen by-election": each reader takes one sentence (a :class:`WordScope`) and returns the facts its
cue states. Every sentence is read by all of them, in the order of ``_WORD_READERS``, whatever kind
of line it is (prose, a results list or a table row), after its figures.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from operator import attrgetter

from electext.extract.facts import (
    ElectionFact,
    Fact,
    PlaceFact,
    ResultFact,
    Span,
    VacancyFact,
    WinnerFact,
    clause_start,
    mentions_in,
)
from electext.extract.linking.candidate_lists import listed_candidates
from electext.extract.linking.context import (
    SentenceView,
    about_earlier_election,
    independent_at,
    modal_before,
    person_after_party,
    seat_for,
)
from electext.extract.linking.member_facts import earlier_members, former_seats, incumbents, successions, vacancies
from electext.extract.linking.seat_lines import seat_line_winners
from electext.extract.linking.standing import margin_over
from electext.extract.linking.subjects import clause_subject, subject_before
from electext.extract.linking.victories import victories
from electext.extract.linking.win_verbs import another_place_won, winners
from electext.extract.linking.word_scope import WordScope, cues, national_line
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def _places(scope: WordScope) -> list[Fact]:
    """Stated places: "came second", "finished third", "runner-up"."""
    text, sentence, _mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    if not candidates:
        return facts  # a place is a candidate's or a party's: with none in the sentence, no scan
    if patterns.PLACES_RESPECTIVELY.search(text, sentence.start, sentence.end):
        # places given in order: each to its name, or to no one when the names do not pair with them
        return _places_respectively(scope)
    for match in patterns.POSITION.finditer(text, sentence.start, sentence.end, timeout=patterns.REGEX_TIMEOUT):
        if modal_before(text, sentence, match.start()) or about_earlier_election(
            text, sentence, match.start(), match.end(), year=context.year
        ):
            continue
        if patterns.PLACE_ELSEWHERE.match(text, match.end(), min(sentence.end, match.end() + 40)):
            continue  # "Labour, which came second across much of the country, was fourth here"
        word = (match.group("ordinal") or match.group("placed") or "").lower()
        place = 2 if match.group("runner") else patterns.ORDINAL_VALUE.get(word)
        subject = subject_before(text, sentence, match.start(), candidates)
        if patterns.PLACED_OBJECT_BEFORE.search(text, max(sentence.start, match.start() - 20), match.start()):
            named = next((m for m in candidates if 0 <= m.start - match.end() <= 2), None)
            subject = person_after_party(text, named, candidates, 2) if named is not None else None
        inverted = patterns.INVERTED_PLACE_AFTER.match(text[match.end() : match.end() + 16])
        if inverted and patterns.IN_OPENING.match(text[clause_start(text, sentence, match.start()) : match.end()]):
            # "In second place was the Conservative Daniel Critchlow"
            after = next((m for m in candidates if m.start == match.end() + inverted.end()), None)
            subject = person_after_party(text, after, candidates, 2) if after is not None else subject
        seat = seat_for(text, sentence, match.start(), match.end(), seats, context)
        if place and subject and seat:
            facts.append(
                PlaceFact(
                    seat.value, "position", (Span(match.start(), match.end()),), subject=subject, place=int(place)
                )
            )
    return facts


def _places_respectively(scope: WordScope) -> list[Fact]:
    """ "Ann Vale (Conservative), Tom Reid (Green Party) and Ola Kemp came second, third and fourth
    respectively": as many people before the verb as places, paired in order."""
    text, sentence, _mentions, seats, candidates, context = scope
    match = patterns.PLACES_RESPECTIVELY.search(text, sentence.start, sentence.end)
    if match is None or modal_before(text, sentence, match.start()):
        return []
    places = [patterns.ORDINAL_VALUE.get(w.group(0).lower()) for w in patterns.ORDINAL_WORD.finditer(match["places"])]
    people = [m for m in candidates if m.kind == "person" and m.end <= match.start()]
    seat = seat_for(text, sentence, match.start(), match.end(), seats, context)
    if seat is None or len(people) != len(places) or None in places:
        return []
    span = (Span(match.start(), match.end()),)
    return [
        PlaceFact(seat.value, "position", span, subject=person, place=int(place))  # type: ignore[arg-type]
        for person, place in zip(people, places, strict=True)
    ]


def _named_candidates(scope: WordScope) -> list[Fact]:
    """ "Tory hopeful Ravi Sethna left without speaking", "her Conservative opponent, Andrew Cooper",
    "15 candidates stood, including Ann Vale for the Greens", "a majority of 560 over the Conservatives'
    Ivo Senna", "Labour's Jo Pike and Lib Dem Ed Rowe also stood": a person named as a party's candidate
    stood in the contest in focus, though no figure is given."""
    text, sentence, mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    for person in mentions_in(sentence, mentions.people):
        if person.party is None or person.note == "pronoun":
            continue
        cue = (
            patterns.CANDIDATE_NOUN_BEFORE.search(text, max(sentence.start, person.start - 30), person.start)
            or patterns.CANDIDATES_LISTED_BEFORE.search(text, sentence.start, person.start)
            or margin_over(text, sentence, person, context.year)
            or patterns.CANDIDATES_STOOD_AFTER.match(text, person.end, sentence.end)
        )
        if cue is None or about_earlier_election(text, sentence, person.start, person.end, year=context.year):
            continue
        seat = seat_for(text, sentence, cue.start(), person.end, seats, context)
        if seat is not None:
            facts.append(Fact(seat.value, "candidate", (Span(cue.start(), person.end),), subject=person))
    return facts


def _defeated_in(scope: WordScope) -> list[Fact]:
    """ "defeated in Somerset and Frome by the Lib Dems": the winner of a seat named in passing."""
    text, sentence, _mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    if not candidates:
        return facts  # the agent is one of the sentence's candidates
    for seat in seats:
        # "defeated in Somerset and Frome by the Lib Dems and in Selby and Ainsty by Labour"
        agent_after = patterns.BY_OR_TO_AFTER.match(text[seat.end : seat.end + 12])
        if not agent_after or not patterns.DEFEATED_IN.search(text, sentence.start, seat.start):
            continue
        agent = next((m for m in candidates if m.start == seat.end + agent_after.end()), None)
        if agent is not None and not about_earlier_election(text, sentence, seat.start, seat.end, year=context.year):
            facts.append(WinnerFact(seat.value, "winner", (Span(seat.start, agent.end),), subject=agent))
    return facts


def _lost_to(scope: WordScope) -> list[Fact]:
    """ "X lost Chelsea and Fulham to Labour's Y": the winner, and the member who lost."""
    text, sentence, _mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    if not candidates:
        return facts  # the winner is one of the sentence's candidates
    for match in patterns.LOST_TO.finditer(text, sentence.start, sentence.end):
        # "Greg Hands lost Chelsea and Fulham to Labour's Ben Coleman": the winner follows "to", and
        # a person who lost the seat was its member.
        if modal_before(text, sentence, match.start()) or about_earlier_election(
            text, sentence, match.start(), match.end(), year=context.year
        ):
            continue
        agent = next((m for m in candidates if m.start == match.end()), None) or independent_at(
            text, match.end(), candidates
        )
        if agent is None:
            continue
        agent = person_after_party(text, agent, candidates, 3)
        seat = next((s for s in seats if match.start() <= s.start < match.end()), None) or seat_for(
            text, sentence, match.start(), match.end(), seats, context
        )
        if seat is None:
            continue
        facts.append(WinnerFact(seat.value, "winner", (Span(match.start(), match.end()),), subject=agent))
        loser = clause_subject(text, sentence, match.start(), candidates)
        if loser is not None and loser.kind == "person":
            facts.append(
                VacancyFact(
                    seat.value, "previous_mp", (Span(match.start(), match.end()),), subject=loser, reason="other"
                )
            )
    return facts


def _listed_seats_before(text: str, seats: list[Mention], position: int) -> list[Mention]:
    """The seats listed as the subject right before ``position``: "Bridgend and Ynys Môn also fell"."""
    before = [seat for seat in seats if seat.end <= position]
    if not before or not patterns.ALSO_BETWEEN.fullmatch(text[before[-1].end : position]):
        return []
    listed = [before[-1]]
    for seat in reversed(before[:-1]):
        if not patterns.SEAT_LIST_JOIN.match(text[seat.end : listed[0].start]):
            break
        listed.insert(0, seat)
    return listed


def _seat_went_to(scope: WordScope) -> list[Fact]:
    """ "The Tamworth seat went to Ola Grant", "Tamworth fell to Ola Grant": a seat, as the subject,
    going to a person (not "Many Tory votes went to Ola Grant")."""
    text, sentence, _mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    for person in candidates:
        if person.kind != "person":
            continue
        went = patterns.WENT_TO.search(text, max(sentence.start, person.start - 20), person.start)
        if went is None or "to" not in went.group().lower() or modal_before(text, sentence, went.start()):
            continue
        named = next((s for s in seats if s.end <= went.start() and not text[s.end : went.start()].strip()), None)
        if named is None and not patterns.SEAT_NOUN_END.search(text, sentence.start, went.start()):
            continue
        seat = named or seat_for(text, sentence, went.start(), went.end(), seats, context)
        if seat is not None and not about_earlier_election(text, sentence, went.start(), person.end, year=context.year):
            facts.append(WinnerFact(seat.value, "winner", (Span(went.start(), person.end),), subject=person))
    return facts


def _party_results(scope: WordScope) -> list[Fact]:
    """Party-level results: "went Conservative", "Labour gain from SNP", "SNP hold"."""
    text, sentence, mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    for party in mentions_in(sentence, mentions.parties):
        lead = text[max(sentence.start, party.start - 20) : party.start]
        if patterns.WENT_TO.search(lead) and not modal_before(text, sentence, party.start):
            # "The seat … went Conservative", "the first seat of the night to fall to the Tories"; "fell to
            # Labour's Ola Grant": the candidate the party introduces
            seat = seat_for(text, sentence, party.start, party.end, seats, context)
            if seat is not None and not about_earlier_election(
                text, sentence, party.start, party.end, year=context.year
            ):
                taker = person_after_party(text, party, candidates, 3)
                facts.append(WinnerFact(seat.value, "winner", (Span(party.start, taker.end),), subject=taker))
        fell = patterns.FELL_FROM.search(text, max(sentence.start, party.start - 30), party.start)
        following = bisect_right(mentions.parties, party.end, key=_start)
        winner = mentions.parties[following] if following < len(mentions.parties) else None
        if fell and winner is not None and patterns.FROM_TO.match(text[party.end : winner.start]):
            # "Bridgend and Ynys Môn also fell from Labour to the Conservatives"
            for seat in _listed_seats_before(text, seats, fell.start()):
                span = (Span(fell.start(), winner.end),)
                facts.append(WinnerFact(seat.value, "winner", span, subject=winner))
                facts.append(ResultFact(seat.value, "result", span, subject=winner, result="gain", loser=party))
        tail = text[party.end : min(sentence.end, party.end + 80)]
        gain = patterns.PARTY_GAIN.match(tail)  # "Labour gain from SNP", "Alliance gain Belfast East from the DUP"
        seat = seat_for(text, sentence, party.start, party.end, seats, context)
        if gain:
            seat = next((s for s in seats if party.end < s.start and s.end <= party.end + gain.end()), seat)
        if seat is None:
            continue
        hold = patterns.PARTY_HOLD.match(tail)
        if hold:
            # "Plaid also clung on in Arfon": the seat the hold is "in", even one named in passing
            named = next(
                (s for s in seats if patterns.IN_BETWEEN.fullmatch(text[party.end + hold.end() : s.start])), None
            )
            seat = named or seat
            if named is None and another_place_won(text, party.end + hold.end(), candidates, mentions.seats):
                continue  # "The SDP held Kentwater, won in 1982 …": a place none of ours
        named_in_result = gain is not None and any(
            party.end < s.start and s.end <= party.end + gain.end() for s in seats
        )
        if (gain or hold) and not named_in_result and not seats and national_line(text, sentence):
            continue  # "Across Scotland … Labour gains from the SNP in the central belt": the national picture
        if (gain or hold) and not about_earlier_election(text, sentence, party.start, party.end, year=context.year):
            # "Labour gain from SNP", "SNP hold": the party won the seat
            facts.append(WinnerFact(seat.value, "winner", (Span(party.start, party.end),), subject=party))
        if gain:
            loser = next((p for p in mentions.parties if p.start == party.end + gain.end()), None)
            facts.append(
                ResultFact(
                    seat.value,
                    "result",
                    (Span(party.start, party.end + gain.end() + (loser.end - loser.start if loser else 0)),),
                    subject=party,
                    result="gain",
                    loser=loser,
                )
            )
        elif hold:
            facts.append(
                ResultFact(
                    seat.value, "result", (Span(party.start, party.end + hold.end()),), subject=party, result="hold"
                )
            )
    return facts


def _earlier_year_before(text: str, position: int, year: int | None) -> bool:
    """Is the election named right after an earlier year ("the Westminster seat of the same name at the
    2019 general election" in a report of 2021)? Another election than this one."""
    before = patterns.YEAR_RIGHT_BEFORE.search(text, max(0, position - 8), position)
    return before is not None and year is not None and int(before.group("year")) < year


def _elections(scope: WordScope) -> list[Fact]:
    """Which election: "the Rutherglen by-election", "the general election"."""
    text, sentence, _mentions, seats, _candidates, context = scope
    facts: list[Fact] = []
    for match in patterns.ELECTION_KIND.finditer(text, sentence.start, sentence.end, timeout=patterns.REGEX_TIMEOUT):
        if (
            patterns.FUTURE_ELECTION.search(text, sentence.start, match.start())
            or modal_before(text, sentence, match.start())
            or _earlier_year_before(text, match.start(), context.year)
        ):
            continue
        kind = next(key for key in cues().election_kinds if match.group(key))
        for seat in seats or ([context.focus] if context.focus else []):
            facts.append(
                ElectionFact(
                    seat.value, "election", (Span(match.start(), match.end()),), kind=cues().election_kinds[kind]
                )
            )
    return facts


_WORD_READERS = (
    _places,
    winners,
    seat_line_winners,
    victories,
    vacancies,
    former_seats,
    successions,
    _named_candidates,
    listed_candidates,
    _defeated_in,
    _lost_to,
    incumbents,
    earlier_members,
    _party_results,
    _seat_went_to,
    _elections,
)


def word_facts(view: SentenceView) -> list[Fact]:
    """Facts carried by words, not figures: places, winners, vacancies, members, gain/hold, elections."""
    scope = WordScope(
        view.text,
        view.sentence,
        view.mentions,
        mentions_in(view.sentence, view.mentions.seats),
        mentions_in(view.sentence, view.mentions.candidates),
        view.context,
    )
    # each fact names the reader that read it, unless the reader named a finer rule
    return [
        fact if fact.rule else replace(fact, rule=reader.__name__.lstrip("_"))
        for reader in _WORD_READERS
        for fact in reader(scope)
    ]


_start = attrgetter("start")
