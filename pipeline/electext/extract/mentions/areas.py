"""Mayoralties and police areas: the contests of a mayoral or police commissioner report.

"Labour's Ann Vale became mayor of the Kelvin region", "the Conservative Tom Reid took the West of
England mayoralty", "Avon & Somerset (Con GAIN from Ind)": a mayoralty or a
police area is fought over an area no constituency gazetteer holds, and its towns ("Just 20.5% voted in
Halton") are Westminster seat names. So in a report about mayors or commissioners (a word of
``contest_types.json`` for either, and no word of a Westminster election), the areas of
``mayoralties.tsv`` and ``police_areas.tsv`` are seats wherever named, and the gazetteer's names are
read as their towns. A city's own mayor ("Mayor of Bristol") is named only beside the word "mayor".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from electext.core import rx
from electext.core.spans import SpanIndex
from electext.extract.mentions.mention import Mention
from electext.lexicon import patterns
from electext.lexicon.contest_areas import ContestAreas

# How near the word "mayor" a city's own mayoralty must be named ("Mayor of Bristol", "Bristol's mayor").
LOCAL_MAYOR_WINDOW = 20


def area_report(text: str, start: int, end: int, areas: ContestAreas) -> tuple[bool, bool]:
    """Is ``text[start:end]`` a report of mayoral contests, of police commissioner contests? Each only
    where it says the office's words more often than a parliament's and a Westminster election's
    together (a general election report may mention a candidate's time as "deputy mayor of London"; a
    mayors' round-up may name "the Prime Minister's own constituency" once)."""
    words = areas.word_patterns
    mayor, pcc = _count(words["mayor"], text, start, end), _count(words["pcc"], text, start, end)
    # most articles name neither office: the parliament's words, in every article, need no counting then
    parliament = 0
    if mayor or pcc:
        parliament = _count(patterns.PARLIAMENT_ARTICLE_WORD, text, start, end)
        parliament += _count(patterns.WESTMINSTER_ELECTION_WORD, text, start, end)
    return (
        mayor > parliament or _lead_office_won(text, start, end, words["mayor"]),
        pcc > parliament or _lead_office_won(text, start, end, words["pcc"]),
    )


# How far into a body its lead's win may be said: past a bulletin's or a page's header lines, within a
# wire story's first paragraph (about 400 characters).
LEAD_CHARS = 600


@cache
def _office_won(office: str) -> rx.Pattern[str]:
    """An office's words after a lead's words of a win, compiled once per office."""
    return rx.compile(patterns.OFFICE_WON_BEFORE + f"(?i:{office})")


def _lead_office_won(text: str, start: int, end: int, office: rx.Pattern[str]) -> bool:
    """Does the lead say the office was won ("Labour's X was elected mayor of London", "has been elected
    Humberside's first police and crime commissioner"), in a sentence that names no parliament (a
    by-election lead may say "the former mayor of X won the seat", without a win of the mayoralty)? A
    wire story reports the mayor's win first and Parliament only later, in the winner's career ("the
    member of parliament for Tooting since 2005"), where counting words fails."""
    stop = min(end, start + LEAD_CHARS)
    won = _office_won(office.pattern).search(text, start, stop)
    if won is None:
        return False
    sentence_start = max(text.rfind(". ", start, won.start()) + 1, text.rfind("\n", start, won.start()) + 1, start)
    ends = [i for i in (text.find(". ", won.end(), end), text.find("\n", won.end(), end)) if i >= 0]
    sentence_end = min(ends) if ends else end
    return not (
        patterns.PARLIAMENT_ARTICLE_WORD.search(text, sentence_start, sentence_end)
        or patterns.WESTMINSTER_ELECTION_WORD.search(text, sentence_start, sentence_end)
    )


def _count(pattern: rx.Pattern[str], text: str, start: int, end: int) -> int:
    return sum(1 for _ in pattern.finditer(text, start, end))


def area_seats(
    text: str,
    start: int,
    end: int,
    areas: ContestAreas,
    mayoral: bool,
    policing: bool,
    taken: Sequence[Mention],
    people: Sequence[Mention] = (),
) -> list[Mention]:
    """The mayoralties and police areas a report names, as seats (longest name first, none inside a
    party's or another seat's name, nor at the end of a person's: "Reform UK's Tom Kent came third")."""
    names: dict[str, tuple[str, bool]] = {}  # as written -> (area, named only beside "mayor")
    if mayoral:
        for mayoralty in areas.mayoralties:
            for name in (mayoralty.name, *mayoralty.aliases):
                names.setdefault(name, (mayoralty.name, mayoralty.kind == "local"))
    if policing:
        for police in areas.police:
            for name in (police.name, *police.aliases):
                names.setdefault(name, (police.name, False))
    if not names:
        return []
    by_folded = {_folded(name): found for name, found in names.items()}
    occupied = SpanIndex((m.start, m.end) for m in taken)
    alternatives = "|".join(
        rx.escape(name).replace(r"\ and\ ", r"\s+(?:and|&)\s+") for name in sorted(names, key=len, reverse=True)
    )
    found = []
    # any case, so a heading in capitals is read ("AVON AND SOMERSET: Lab GAIN from Con"), but a capital first
    for match in rx.finditer(rf"\b(?i:{alternatives})\b", text, pos=start, endpos=end):
        area, beside_mayor = by_folded.get(_folded(match.group()), ("", False))
        if not area or not match.group()[:1].isupper() or occupied.overlaps(match.start(), match.end()):
            continue
        if any(person.start < match.start() and match.end() <= person.end for person in people):
            continue  # a surname that is an area's name
        window = text[max(start, match.start() - LOCAL_MAYOR_WINDOW) : match.end() + LOCAL_MAYOR_WINDOW]
        if beside_mayor and not rx.search(r"\b[Mm]ayor", window):
            continue
        if patterns.PERSONS_OFFICE_BEFORE.search(text, max(start, match.start() - 40), match.start()):
            continue  # "Ms Lowe, who is currently Northumbria's police and crime commissioner": her office
        if patterns.FORCE_AFTER.match(text, match.end()):
            continue  # "a former officer with Cleveland Police": the force, not the commissioner's area
        found.append(Mention(match.start(), match.end(), match.group(), "seat", area))
        occupied.add(match.start(), match.end())
    return found


def as_areas(seats: Sequence[Mention], areas: ContestAreas, mayoral: bool, policing: bool) -> list[Mention]:
    """Seats whose name is an area's as the report writes it ("Avon & Somerset" over its results) read
    as that area ("Avon and Somerset")."""
    names: dict[str, str] = {}
    if mayoral:
        names.update({_folded(n): m.name for m in areas.mayoralties for n in (m.name, *m.aliases)})
    if policing:
        names.update({_folded(n): p.name for p in areas.police for n in (p.name, *p.aliases)})
    return [replace(seat, value=names[_folded(seat.text)]) if _folded(seat.text) in names else seat for seat in seats]


def _folded(name: str) -> str:
    return " ".join(name.replace("&", "and").split()).casefold()


# Compass words a Holyrood name writes as adjectives ("Edinburgh Northern and Leith").
_COMPASS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


def holyrood_report(text: str, start: int, end: int, areas: ContestAreas) -> bool:
    """Does ``text[start:end]`` report Scottish Parliament contests: Holyrood's words outnumber Westminster's?"""
    words = areas.word_patterns
    if words["scottish_parliament"].search(text, start, end) is None:
        return False  # most articles: no word of Holyrood's, nothing to count
    return _count(words["scottish_parliament"], text, start, end) > _count(words["westminster"], text, start, end)


def as_holyrood(
    seats: Sequence[Mention], areas: ContestAreas, year: int | None, devolved: frozenset[str]
) -> list[Mention]:
    """In a Holyrood report, a Westminster name read as the Scottish Parliament constituency it names
    ("Dundee East" is Dundee City East, "Edinburgh North and Leith" is Edinburgh Northern and Leith,
    "Fife North East" is North East Fife): the one constituency whose words, compass adjectives read
    as compass points, hold every word of the written name. A name that is a devolved constituency's
    own (``devolved``, of any period) stays as written."""
    names = {
        _words_of(area.name): area.name
        for area in areas.devolved
        if area.body == "Scottish Parliament" and area.division == "constituency" and area.serves(year)
    }
    out = []
    for seat in seats:
        name = None if seat.value in devolved else _holyrood_name(seat.value, names)
        out.append(seat if name is None or name == seat.value else replace(seat, value=name, note=_note(seat, name)))
    return out


def _words_of(name: str) -> frozenset[str]:
    words = name.casefold().replace(",", " ").replace("&", " ").split()
    return frozenset(_COMPASS.get(word, word) for word in words if word != "and")


def _holyrood_name(value: str, names: dict[frozenset[str], str]) -> str | None:
    words = _words_of(value)
    if words in names:
        return names[words]
    holding = [name for held, name in names.items() if words and words <= held]
    return holding[0] if len(holding) == 1 else None


def _note(seat: Mention, name: str) -> str:
    return f"written '{seat.text}' in the article; read as the Scottish Parliament constituency '{name}'"
