"""Names read by their place on a seat's line: "Broadland and Fakenham – Jerome Astley, Conservative,
majority 719", "Gwent: Ian Johnston (Ind)". A who-won list or a results-at-a-glance box gives each seat
a line of its own, the seat first and its winner's name after a colon or a dash; the name is there
whether or not the model tagged it, as a table's cell is (issue 21: "the name taken by column position,
not by name recognition").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from electext.core import rx
from electext.core.spans import SpanIndex
from electext.extract.mentions.mention import Mention
from electext.extract.mentions.people import not_a_name
from electext.lexicon import patterns
from electext.lexicon.resources import Resources


def seat_line_names(
    text: str, seats: Sequence[Mention], people: Sequence[Mention], parties: Sequence[Mention], resources: Resources
) -> list[Mention]:
    """``people`` with the name on each seat's line, added where the model missed it, and the party
    written right after it ("(Ind)", ", Conservative,") given to it where no party was."""
    by_start = {person.start: person for person in people}
    named = SpanIndex((person.start, person.end) for person in people)
    party_at = {party.start: party for party in parties}
    for seat in seats:
        line = seat_line(text, seat)
        if line is None:
            continue
        start, end, name = line.start("name"), line.end("name"), line.group("name")
        party = party_at.get(end + len(line.group("gap")))
        person = by_start.get(start)
        if person is not None and person.end == end:
            if person.party is None and party is not None:
                by_start[start] = replace(person, party=party.value, party_at=(party.start, party.end))
            continue
        if named.overlaps(start, end) or _not_a_person(name, resources):
            continue
        by_start[start] = Mention(
            start,
            end,
            name,
            "person",
            name,
            party.value if party else None,
            party_at=(party.start, party.end) if party else None,
        )
    return sorted(by_start.values(), key=lambda person: person.start)


def seat_line(text: str, seat: Mention) -> rx.Match[str] | None:
    """The name column after a seat that opens its line (after a bullet or a number at most) and a
    colon or a dash: "Gwent: Ian Johnston (Ind)"; None where the seat stands elsewhere."""
    if not patterns.LINE_OPENING.fullmatch(text, text.rfind("\n", 0, seat.start) + 1, seat.start):
        return None
    return patterns.SEAT_LINE_NAME.match(text, seat.end)


def _not_a_person(name: str, resources: Resources) -> bool:
    """A party's, a place's or a date's words where a name would be: "Gwent: Labour hold"."""
    words = name.split()
    return (
        not_a_name(name, resources)
        or words[0].lower() in STOP_WORDS  # "Gwent: The Result", "Norwich North: What Happened"
        or name in resources.party_by_alias
        or any(word in resources.party_by_alias for word in words)
        or name in resources.places
        or any(word in resources.months or word in resources.weekdays for word in words)
    )
