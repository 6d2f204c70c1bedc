"""Several winners of one verb: a multi-member ward's or an STV count's "Ann Lowe and Tom Reid were
elected", and two seats won by two people at once ("Ann Lowe and Tom Reid were re-elected to the
Edinburgh Central and Edinburgh Southern seats", each their own, in order).

A single win verb names one winner (:mod:`electext.extract.linking.win_verbs`); a plural one with a
coordinated subject names each of them, the first named first, so that the first is the contest's
winner and the assembly marks every one as elected (``candidates._several_elected``).
"""

from __future__ import annotations

from dataclasses import replace

from electext.core import rx
from electext.extract.facts import Fact, Sentence, Span, WinnerFact
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def fellow_winners(
    text: str,
    sentence: Sentence,
    match: rx.Match[str],
    subject: Mention,
    targets: list[Mention],
    candidates: list[Mention],
) -> list[Fact]:
    """ "Ann Lowe (Lab) 1,204 and Tom Reid (Lab) 1,101 were elected": in a multi-member contest, each
    person of a plural verb's coordinated subject won a seat. Each gets a win whose evidence runs from
    their name to the verb, so the assembly sees several marks of election (candidates._several_elected)."""
    if subject.kind != "person" or not patterns.PLURAL_WIN.search(
        text, max(sentence.start, match.start() - 12), match.end()
    ):
        return []
    people = [m for m in candidates if m.kind == "person" and sentence.start <= m.start and m.end <= match.start()]
    if subject not in people:
        return []
    index = people.index(subject)
    group = [subject]
    for before, after in zip(reversed(people[: index + 1]), reversed(people[:index]), strict=False):
        if not patterns.COORDINATED_NAMES.fullmatch(text, after.end, before.start):
            break
        group.insert(0, after)
    for before, after in zip(people[index:], people[index + 1 :], strict=False):
        if not patterns.COORDINATED_NAMES.fullmatch(text, before.end, after.start):
            break
        group.append(after)
    if len(group) < 2 or len(targets) not in (1, len(group)):
        return []
    group = _sharing_the_party(text, group, candidates)
    # one seat: a multi-member ward, all of them won it; as many seats as names ("… were re-elected to
    # the Edinburgh Central and Edinburgh Southern seats"): each their own, in order
    pairs = (
        [(seat, person) for seat in targets for person in group]
        if len(targets) == 1
        else zip(targets, group, strict=True)
    )
    return [
        WinnerFact(seat.value, "winner", (Span(person.start, match.end()),), subject=person) for seat, person in pairs
    ]


def _sharing_the_party(text: str, group: list[Mention], candidates: list[Mention]) -> list[Mention]:
    """ "Sinn Fein's Ann Lowe, Tom Reid and Ivo Senna were elected": a party's possessive before the
    first name is each name's, where no other party is stated for them."""
    first = group[0]
    party = next(
        (
            m
            for m in candidates
            if m.kind == "party" and m.end <= first.start and rx.fullmatch(r"['\u2019]s?\s+", text[m.end : first.start])
        ),
        None,
    )
    if party is None:
        return group
    return [
        person if person.party is not None else replace(person, party=party.value, party_at=(party.start, party.end))
        for person in group
    ]
