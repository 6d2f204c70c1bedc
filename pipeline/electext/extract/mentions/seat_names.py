"""The name a seat context captured: trimmed of what the context read into it (a person set off before it,
a time, a parliament's word after it), and tested for words no seat's name is made of (a determiner, a
date, a venue, a party, a county).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from electext.extract.mentions.mention import Mention
from electext.extract.mentions.people import _from_capitals
from electext.lexicon import patterns
from electext.lexicon.resources import Resources


def trimmed_name(text: str, start: int, end: int, people: list[Mention]) -> tuple[int, str]:
    """A context's captured name less what a context reads into it: a person set off by a comma before it,
    a time before or after it, a parliament's word after it. Returns the name's start and the name."""
    name = text[start:end].rstrip(",. ")
    comma = name.rfind(", ")
    if comma > 0 and any(start <= p.start < start + comma for p in people):
        # "Peter Vassilou, Harlingbury's new mayor": a person set off by a comma before the seat's name
        start, name = start + comma + 2, name[comma + 2 :]
    time_tail = patterns.SEAT_NAME_TIME_TAIL.search(name)
    name = name[: time_tail.start()] if time_tail else name  # "Fenton in Thursday's"
    if time_head := patterns.SEAT_NAME_TIME_HEAD.match(name):
        # "In Thursday's Eastholme South by-election": the time the contest is dated by, not its name
        start, name = start + time_head.end(), name[time_head.end() :]
    body_tail = patterns.SEAT_NAME_BODY_TAIL.search(name)
    name = name[: body_tail.start()] if body_tail else name  # "Mid Carran Westminster"
    # "elected as Ambleshire's police and crime commissioner": the area's possessive, not its name (a saint's ward
    # keeps it: "St Mary's")
    possessive = patterns.SEAT_NAME_POSSESSIVE.search(name)
    return start, name[: possessive.start()] if possessive else name


# Words no seat's name opens with, in any case: a win's source or margin read on from its verb.
_OPENING_PREPOSITIONS = frozenset({"from", "by", "over", "against", "for", "to"})


def could_name_a_seat(name: str, resources: Resources) -> bool:
    """Whether a context's captured words could be a seat's name: not a determiner's, a parliament's, a date's,
    a venue's, a party's or a place's (a county, a country), and ending on a capitalised word."""
    words = name.split()
    if not words:
        return False
    first = words[0].removesuffix("'s").removesuffix("\u2019s")  # "in Thursday's by-election"
    return not (
        words[0] in resources.cues.not_seat_words
        or (words[0].isupper() and words[0].title() in resources.cues.not_seat_words)  # "THE WEEK IN WARDS"
        or first.lower() in _OPENING_PREPOSITIONS  # "LIB DEM GAIN FROM CONSERVATIVE": the party gained from
        or first in resources.months
        or first in resources.weekdays
        or not words[-1][:1].isupper()  # "at the Castle Leisure Centre, the seat now belongs to"
        or patterns.VENUE_NAME_END.search(name)  # "the Castle Leisure Centre ward count"
        or name in resources.party_by_alias
        or name.title() in resources.party_by_alias
        # "Lee Chadderton, Reform UK's new MP for …": a person and a party set off by a comma
        or name.rpartition(",")[2].strip() in resources.party_by_alias
        or name in resources.places
        or words[-1] in resources.cues.not_seat_words  # "a by-election for Bro Dyfnant County Borough Council"
        or (len(words) == 1 and first.lower() in STOP_WORDS)  # "Everything was a safe seat then": no name
    )


def written_seat_name(name: str) -> str:
    """The name as the seat's own, not its typography: a heading's capitals ("ST EBBA'S" -> "St Ebba's")
    and a paragraph's opening word set in capitals ("ASHBURN Heath has elected …" -> "Ashburn
    Heath"), a style of newspapers; no seat's name holds a word in capitals beside words that are not."""
    first, _, rest = name.partition(" ")
    if rest and len(first) > 2 and first.isupper() and not rest.isupper():
        name = f"{_from_capitals(first)} {rest}"
    return _from_capitals(name)
