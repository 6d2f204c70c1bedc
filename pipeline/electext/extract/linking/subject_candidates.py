"""Which names before a verb or a figure may be its subject at all: not a name inside a comma-set
description of the name before it ("Simon Hart, the former Welsh secretary …, was third"), and not the
party a seat was taken from or a swing's either side ("took Kelby from Labour with 12,964 votes, seeing
off …"), nor a party that only qualifies a majority ("overturned a 21,000 Conservative majority
in Kelby with 13,645 votes"). :mod:`.subjects` then picks among what is left."""

from __future__ import annotations

from dataclasses import replace

from electext.core import rx
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def possible_subjects(text: str, start: int, position: int, candidates: list[Mention]) -> list[Mention]:
    """The ``candidates`` before ``position`` (in a sentence from ``start``) that may be its subject."""
    return _not_sources(text, _stood_as(text, start, _outside_asides(text, start, position, candidates)))


def _stood_as(text: str, start: int, candidates: list[Mention]) -> list[Mention]:
    """ "Marion stood as an Independent and topped the poll with 577 votes": a party the person before it
    stood as is the person's label, not a subject of its own."""
    kept = list(candidates)
    for party in [m for m in candidates if m.kind == "party"]:
        if not patterns.STANDING_AS_BEFORE.search(text, max(start, party.start - 30), party.start):
            continue
        person = next((m for m in reversed(kept) if m.kind == "person" and m.end <= party.start), None)
        if person is not None:
            kept = [replace(m, party=m.party or party.value) if m is person else m for m in kept if m is not party]
    return kept


def _outside_asides(text: str, start: int, position: int, candidates: list[Mention]) -> list[Mention]:
    """Drop names inside a comma-set description of the name before it ("Simon Hart, the former
    Welsh secretary who served as Rishi Sunak's chief whip, was third with 8,825"). A party the
    description gives the person stays with them: "Farage, who took over the leadership of Reform
    UK, received 21,225", "Goldsmith, standing as an independent after quitting the Conservatives"."""
    kept = list(candidates)
    for aside in patterns.APPOSITIVE.finditer(text, start, min(len(text), position + 40), overlapped=True):
        if aside.end() > position:
            continue
        owner = next((m for m in kept if 0 <= aside.start() - m.end <= 1), None)
        if owner is None:
            continue
        inside = [m for m in kept if aside.start() < m.start and m.end <= aside.end()]
        if (
            owner.kind == "party"
            and len(inside) == 1
            and inside[0].kind == "person"
            and rx.fullmatch(r",\s*,", text[aside.start() : inside[0].start] + text[inside[0].end : aside.end()])
        ):
            # "The Liberal Democrat, Stephen Arrundale, polled 220": the aside is the party's candidate
            person = inside[0] if inside[0].party else replace(inside[0], party=owner.value)
            kept = [person if m is owner else m for m in kept if m is not inside[0]]
            continue
        kept = [m for m in kept if m not in inside]
        parties = [
            m
            for m in inside
            if m.kind == "party"
            and (
                patterns.AFFILIATION_AFTER.match(text[m.end : m.end + 20])
                or patterns.AFFILIATION_BEFORE.search(text, max(aside.start(), m.start - 30), m.start)
            )
        ]
        if (
            owner.kind == "person"
            and owner.party is None
            and parties
            and not patterns.LEFT_PARTY.search(text, aside.start(), aside.end())
            # "Neil Hamilton, the party's leader in the Assembly and a former Conservative MP": the
            # current party is the one named before; the one inside is history
            and not patterns.PARTY_ANAPHOR.search(text, aside.start(), aside.end())
            # "Ms Pochin, who was a Conservative and then an Independent councillor, won": a past of
            # several parties tells none of them as hers now
            and not (
                patterns.PAST_AFFILIATION_AFTER.match(text, aside.start(), aside.end())
                and len({m.value for m in parties}) > 1
            )
        ):
            standing = [
                m
                for m in parties
                if patterns.STANDING_AS_BEFORE.search(text, max(aside.start(), m.start - 30), m.start)
            ]
            party = (standing or parties[-1:])[0].value
            kept = [replace(m, party=party) if m is owner else m for m in kept]
    return kept


def _not_sources(text: str, candidates: list[Mention]) -> list[Mention]:
    """The candidates less parties a seat was taken "from" ("took Dunmarnock from Labour with 12,964 votes,
    seeing off …"), the loser, a swing's sides ("a swing from Labour to the SNP") and a person whose seat it is
    ("in Ann Vale's former constituency"): never a verb's subject."""
    return [
        m
        for m in candidates
        if (m.kind != "party" or not _source_or_qualifier(text, m))
        # "overturned a majority in Ann Vale's old seat with 12,874 votes": a person naming a seat
        and (m.kind != "person" or not patterns.FORMER_SEAT_AFTER.match(text, m.end))
    ]


def _source_or_qualifier(text: str, party: Mention) -> bool:
    # a plain substring test first: most parties have no "from" before them (this runs for every figure)
    window = max(0, party.start - 60)
    return bool(
        ("from" in text[window : party.start].lower() and patterns.FROM_JUST_BEFORE.search(text, window, party.start))
        or patterns.OWNED_THING_AFTER.match(text, party.end)
    )
