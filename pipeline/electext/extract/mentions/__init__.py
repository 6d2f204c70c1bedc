"""From a tagged Doc to the article's mentions: people (with their parties), parties and seats.

Works in offsets of the normalised text. Seats come from the gazetteer (the ``electext_seats``
span ruler), from context for seats no gazetteer holds ("the Hilltop ward by-election", "defeated in
Somerset and Frome by…", matched fuzzily to the gazetteer when close), and from descriptions that
point at a seat already named ("the Staffordshire seat" -> Tamworth).

The parts: :mod:`.mention` (the records), :mod:`.people`, :mod:`.parties`, :mod:`.seats`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from electext.core import rx
from electext.core.spans import SpanIndex
from electext.extract.mentions.areas import area_report, area_seats, as_areas, as_holyrood, holyrood_report
from electext.extract.mentions.blocks import block_headings, heading_lines
from electext.extract.mentions.council import bracketed_wards, council_report, prose_wards, without_towns
from electext.extract.mentions.mention import SURNAME_FIRST, Mention, Mentions
from electext.extract.mentions.parties import _parties, without_named_anaphors
from electext.extract.mentions.people import (
    _people,
    _surnames_not_parties,
    _untagged_full_names,
    forename_and,
    not_a_name,
    standalone_word,
    wrapped_names,
)
from electext.extract.mentions.repeats import named_again
from electext.extract.mentions.seat_lines import seat_line_names
from electext.extract.mentions.seats import (
    _context_seats,
    _described_seats,
    _existed,
    _expand_short_names,
    _gazetteer_seats,
    _heading_seats,
    _mark_former,
    _place_hints,
    city_part_seats,
    speaker_labels,
)
from electext.extract.mentions.table_contests import table_contests
from electext.lexicon.contest_areas import load_contest_areas
from electext.lexicon.resources import Resources

__all__ = [
    "Mention",
    "Mentions",
    "_untagged_full_names",
    "find_mentions",
    "forename_and",
    "not_a_name",
    "standalone_word",
]


def find_mentions(doc: Doc, text: str, offset: int, resources: Resources, year: int | None = None) -> Mentions:
    """All mentions in the body ``text[offset:]`` that ``doc`` was built from.

    ``year``, when the article's date is known, drops gazetteer names that were not seats then
    ("Medway councillor" in 2014 is not the Medway constituency abolished in 2010)."""
    # doc.text is rebuilt from every token on each access; the body is the text the doc was made of.
    end = offset + (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
    body = text[offset:end]
    ents = doc.ents  # built afresh from the tokens on each access: read once
    green_names = _surnames_not_parties(ents, offset, text, resources)
    parties = _parties(ents, offset, text, resources, green_names)
    people = _people(doc, ents, offset, text, parties, resources, green_names)
    parties = without_named_anaphors(parties, people, text)
    seats = [
        seat
        for seat in _gazetteer_seats(doc, body, offset, people, resources.cues.person_titles, resources.longer_places)
        if _existed(seat.value, year, resources)
    ]
    # a results block's heading names its contest; a gazetteer name elsewhere on its line is the body's
    headings = block_headings(text, offset, end, parties, resources.seat_by_lower, resources.places)
    headings += table_contests(text, offset, end)  # a contest table's rows, each a heading of its own
    # a declaration's forenames wrapped under their SURNAME head no block ("BRIGHTWELL … 418" / "Deborah Anne")
    wrapped = SpanIndex(name.wrapped for name in wrapped_names(text, offset) if name.wrapped)
    headings = [heading for heading in headings if not wrapped.overlaps(heading.start, heading.end)]
    lines = SpanIndex(heading_lines(text, headings))
    seats = [seat for seat in seats if not lines.overlaps(seat.start, seat.end)] + headings
    named = SpanIndex((person.start, person.end) for person in people if person.note == SURNAME_FIRST)
    seats += [
        h
        for h in _heading_seats(text, offset, end, resources)
        # not a seat's name in capitals that is a person's ("STAFFORD Ada Green Party 1,218")
        if not any(s.start < h.end and h.start < s.end for s in seats) and not named.overlaps(h.start, h.end)
    ]
    seats += _described_seats(text, offset, end, seats, resources)
    listed = [seat for seat in seats if seat not in headings]  # the gazetteer's names
    # a heading's contest named again in prose ("an easy hold in Kirkbrae") is that contest
    seats += named_again(text, offset, end, headings, SpanIndex((m.start, m.end) for m in (*seats, *parties, *people)))
    # wards named with their towns in brackets (read once) make a report with no council word a council one
    council = council_report(text, offset, end)
    bracketed = bracketed_wards(text, offset, end, resources.place_words, people, council)
    council = council or bool(bracketed)
    seats += _context_seats(text, offset, end, seats, resources, parties, people, council)
    city_parts = city_part_seats(text, offset, end, [*seats, *parties, *people], year, resources)
    seats += city_parts
    listed += city_parts  # a city's part is a town in a council's or a mayor's report, as a gazetteer name is
    if council:
        seats, listed = _with_council_wards(text, offset, end, seats, listed, parties, resources.place_words, bracketed)
    mayoral, policing = area_report(text, offset, end, load_contest_areas())
    if mayoral or policing:
        found = area_seats(text, offset, end, load_contest_areas(), mayoral, policing, [*headings, *parties], people)
        named_areas = SpanIndex((seat.start, seat.end) for seat in found)
        seats = as_areas(seats, load_contest_areas(), mayoral, policing)
        seats = [seat for seat in seats if not named_areas.overlaps(seat.start, seat.end)] + found
        if found:
            seats = without_towns(seats, listed)
    if holyrood_report(text, offset, end, load_contest_areas()):
        seats = as_holyrood(seats, load_contest_areas(), year, resources.devolved_names)
    seats = _expand_short_names(sorted(seats, key=lambda seat: seat.start), resources)
    seats = [seat for seat in seats if _existed(seat.value, year, resources)]
    speakers = speaker_labels(text, offset, end)
    if speakers:  # "ANGUS: Good morning.": a script's presenter, not the Angus seat, wherever it names him
        seats = [seat for seat in seats if seat.text.casefold() not in speakers]
    people = seat_line_names(text, seats, people, parties, resources)  # "Gwent: Ian Johnston (Ind)"
    seats, people = _tallied_surnames(text, seats, people)
    seat_spans = SpanIndex((s.start, s.end) for s in seats)
    people = [p for p in people if not seat_spans.within(p.start, p.end)]
    # "Kestle Green", "Sarah Green": a party's name inside a longer seat or person name is part of it
    names = SpanIndex((s.start, s.end) for s in (*seats, *people))
    parties = [
        p
        for p in parties
        if not any(
            s <= p.start and p.end <= e and e - s > p.end - p.start for s, e in names.overlapping(p.start, p.end)
        )
    ]
    seats = _mark_former(seats, year, resources)
    places = _place_hints(text, offset, end, seats, resources)
    return Mentions(tuple(people), tuple(parties), tuple(sorted(seats, key=lambda seat: seat.start)), places)


def _tallied_surnames(text: str, seats: list[Mention], people: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """ "against Dudley's 11,601" where Melanie Dudley stood in Dudley North: a surname's tally, not the
    seat; the seats without such names, and the people with them."""
    by_surname = {person.value.split()[-1]: person for person in people if len(person.value.split()) > 1}
    tallied = [
        seat for seat in seats if seat.text in by_surname and rx.match(r"'s?\s+\d", text[seat.end : seat.end + 6])
    ]
    people = people + [
        Mention(seat.start, seat.end, seat.text, "person", by_surname[seat.text].value, by_surname[seat.text].party)
        for seat in tallied
    ]
    people.sort(key=lambda person: person.start)
    return [seat for seat in seats if seat not in tallied], people


def _with_council_wards(
    text: str,
    offset: int,
    end: int,
    seats: list[Mention],
    listed: list[Mention],
    parties: list[Mention],
    place_words: frozenset[str],
    bracketed: list[rx.Match[str]],
) -> tuple[list[Mention], list[Mention]]:
    """A council report's seats with the wards its prose names, and without the gazetteer's names
    (``listed``) once any other seat is found: those are its towns."""
    unlisted = [seat for seat in seats if seat not in listed]
    wards = prose_wards(text, offset, end, unlisted, parties, place_words, bracketed)
    # "in Sunderland's Hendon ward": a ward, though it has a constituency's name
    listed = [seat for seat in listed if seat not in wards]
    seats = [seat for seat in seats if seat not in wards] + wards
    if any(seat not in listed for seat in seats):
        seats = without_towns(seats, listed)
    return seats, listed
