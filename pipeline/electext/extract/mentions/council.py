"""Council reports: their wards named in prose, and constituency names read as towns.

"The new district councillor for Elmhurst, Aylesbury", "Lib Dems held a seat at Cambridge (Newnham
ward)", "residents of Basingstoke": in a report of council contests, names the Westminster gazetteer
holds are the towns and councils the wards belong to, and read as seats they would take the figures
of the ward that is the contest. A report is a council one when it has a council word ("councillor",
"ward", "council by-election") and no word for a parliament, its members or its constituencies. There,
a ward is named by its noun ("in Worstead ward", "gained Buckingham East ward") and, once any ward or
results-block heading names a contest, the gazetteer's names are dropped as seats. In a Westminster
report the same words are a campaign's places ("knocking on doors in Westholme ward"), so they are not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from electext.core import rx
from electext.core.spans import SpanIndex
from electext.extract.mentions.mention import Mention
from electext.extract.mentions.people import _from_capitals
from electext.lexicon import patterns


def council_report(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` report council contests only: a council word and no parliament word? A
    member's title beside their name ("Local Lib Dem MP Ed Trask said") is a person's role in a council
    report as much as in any other, not a parliament's contest."""
    return patterns.COUNCIL_ARTICLE_WORD.search(
        text, start, end, timeout=patterns.REGEX_TIMEOUT
    ) is not None and not any(
        not patterns.TITLE_BEFORE_NAME.match(text, word.end(), end)
        for word in patterns.PARLIAMENT_ARTICLE_WORD.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT)
    )


def prose_wards(
    text: str,
    start: int,
    end: int,
    seats: Sequence[Mention],
    parties: Sequence[Mention],
    place_words: frozenset[str] = frozenset(),
    bracketed: Sequence[rx.Match[str]] = (),
) -> list[Mention]:
    """Wards a council report names by their noun, or as the place a councillor is elected for ("the
    new councillor for Elmhurst, Aylesbury") or whose voters it speaks of ("residents in Kempshott turned
    out"), or that it places in its council ("starting with Kelby Moor in Ashcombe Council"), where
    no other seat or party is named; a person the
    model saw there yields ("Hollins Moor ward" is no one's name), and so does a gazetteer name inside
    the ward's ("Buckingham East ward" is not the Buckingham constituency). A town's possessive before
    the ward's name is not part of it ("Sunderland's Hendon ward"; a town is one of ``place_words``).
    ``bracketed`` are the wards it names with their town or council in brackets (:func:`bracketed_wards`)."""
    taken = SpanIndex((m.start, m.end) for m in (*seats, *parties))
    found = []
    matches = [
        *patterns.PROSE_WARD.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT),
        *patterns.PROSE_COUNCILLOR_FOR.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT),
        *patterns.PROSE_VOTERS_IN.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT),
        *patterns.PROSE_WARD_IN_COUNCIL.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT),
        *bracketed,
    ]
    for match in sorted(matches, key=lambda match: match.start("name")):
        name_start, name_end = match.span("name")
        town = patterns.TOWN_POSSESSIVE.match(text, name_start, name_end)
        if town is not None and town.group("town") in place_words:
            name_start = town.end()
        if taken.overlaps(name_start, name_end):
            continue
        name = text[name_start:name_end]
        found.append(Mention(name_start, name_end, name, "seat", _from_capitals(name)))
        taken.add(name_start, name_end)
    return found


def bracketed_wards(
    text: str, start: int, end: int, place_words: frozenset[str], people: Sequence[Mention], council: bool
) -> list[rx.Match[str]]:
    """Wards named with their town or council in brackets ("In Wyken (Coventry), Labour held on"): the
    bracket names a place, and no person the model saw is named ("Ann Cole (Hartlepool)"), unless the
    name ends as only places' names do ("Whitchurch North (Shropshire)"). Outside a ``council`` report
    (a council word, no parliament word) they are read only where no parliament word is either: then
    they make the report a council one."""
    if not council and patterns.PARLIAMENT_ARTICLE_WORD.search(text, start, end, timeout=patterns.REGEX_TIMEOUT):
        return []
    named = SpanIndex((m.start, m.end) for m in people)
    return [
        match
        for match in patterns.PROSE_WARD_BRACKETED.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT)
        if _names_a_place(match.group("place"), place_words)
        and (not named.overlaps(*match.span("name")) or match.group("name").split()[-1] in patterns.PLACE_NAME_ENDINGS)
    ]


def _names_a_place(bracket: str, place_words: frozenset[str]) -> bool:
    """Does a bracket after a name give a place or a council ("(Coventry)", "(Harton BC)"), not a party
    or a note ("(Lab)", "(two seats)")? Its capitalised words are all places' words, or it ends on a
    council's word."""
    if patterns.BLOCK_BODY_END.search(bracket):
        return True
    words = [word for word in bracket.split() if word[:1].isupper()]
    return bool(words) and all(word in place_words for word in words)


def without_towns(seats: Sequence[Mention], gazetteer: Sequence[Mention]) -> list[Mention]:
    """``seats`` less the gazetteer's names: in a council report they are towns."""
    towns = set(gazetteer)
    return [seat for seat in seats if seat not in towns]
