"""Who a results-list line is about: "Ann Lee (Lab) 19,211", "Reform UK 1,012 (Gary Pinkney)", "Whitmoss
Residents' Association – Carol Dibb – 917", "Penhallow (Grn) 918".

A list line's words before its tally hold a name, a party, or both, in brackets, between dashes or side by
side; its layout, not the model, says which is which. The subject readers of prose are in
:mod:`electext.extract.linking.subjects`.
"""

from __future__ import annotations

from dataclasses import replace

from electext.core import rx
from electext.extract.delimited import cells as delimited_cells
from electext.extract.mentions import Mention, Mentions, not_a_name
from electext.extract.mentions.mention import SURNAME_FIRST
from electext.lexicon import patterns
from electext.lexicon.resources import load_resources

# The shortest party name taken as printed in a list line's brackets: shorter is letters no list knows.
MIN_PRINTED_PARTY = 4


def box_subject(text: str, start: int, end: int, mentions: Mentions) -> Mention | None:
    """Who a results-list line is about: a person (with the party beside them) or a party."""
    parties = [p for p in mentions.parties if start <= p.start and p.end <= end]
    people = [p for p in mentions.people if start <= p.start and p.end <= end]
    party = parties[0].value if parties else None
    leftover = text[start:end]
    cells = None if parties else _name_and_description(text, start, end)
    if cells is not None and (not people or (people[0].start, people[0].end) == (cells.start, cells.end)):
        return replace(people[0], party=cells.party) if people else cells
    if people and not parties:
        # "Linda Moss (Wrayburn Residents' Association) 744": a bracket after the name with no party the lexicon
        # knows is the candidate's description on the ballot, as printed, not more of the name
        after = text[people[0].end : end]
        bracket = patterns.BRACKET_AROUND.match(text, people[0].end + len(after) - len(after.lstrip(" \t")), end)
        if bracket is not None:
            # (not "(ND)": a ballot's "no description", nor letters no list knows)
            printed = bracket.group(0)[1:-1].strip()
            named = len(printed) >= MIN_PRINTED_PARTY and printed not in patterns.NO_PARTY_PRINTED
            party = printed if named and patterns.PRINTED_PARTY.fullmatch(printed) else None
            leftover = leftover[: bracket.start() - start]
    for mention in reversed(parties):
        # to the end of the party's bracket: what follows the party in it is its description on the ballot
        # ("Tom Baxter (UKIP Abolish the Council) 622"), not more of the name
        around = patterns.BRACKET_AROUND.finditer(text, max(start, mention.start - 60), min(end, mention.end + 60))
        bracket = next((b for b in around if b.start() <= mention.start and mention.end <= b.end()), None)
        left, right = mention.start, (bracket.end() if bracket is not None else mention.end)
        # "Gwyrdd / Green - Tom Rees - 611": the party's name in the other language, before a spaced slash
        other_language = patterns.OTHER_LANGUAGE_NAME_BEFORE.search(text, max(start, left - 40), left)
        left = other_language.start() if other_language is not None else left
        leftover = leftover[: left - start] + " " * (right - left) + leftover[right - start :]
    # brackets, dot leaders and a dash between columns ("Ann Smith - Labour Party - 13,470") are layout
    # a sitting member's mark after the name ("Alan Dorward*") is the list's, not the name's
    words = patterns.BOX_LAYOUT.sub(" ", patterns.SITTING_MARK_END.sub("", leftover.rstrip()))
    name = " ".join(words.split())
    if name.isupper() and len(name) > 3:
        name = name.title()  # "BRENDAN CLARKE-SMITH (CONSERVATIVE)": capitals are the box's typography
    surname_first = rx.fullmatch(r"(\p{Lu}[\p{Lu}'-]+),\s*(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*)", name)
    if surname_first:
        name = f"{surname_first.group(2)} {surname_first.group(1).title()}"
    # the person, unless the line's words are a longer name that holds theirs ("Sarah" of "Sarah Green");
    # a name written surname first is the whole name: the words after it are the party's description
    longer = name and patterns.NAME_WORDS.match(name) and people and people[0].text in name and name != people[0].text
    if people and (people[0].note == SURNAME_FIRST or not longer):
        person = people[0]
        return replace(person, party=party or person.party)
    # ("Penhallow (Grn) 918" where the model read a place, "the Greens' Morwenna Penhallow" below: a lone word that is
    # the surname of one full name the article gives is that person's)
    full_names = {p.value for p in mentions.people if p.value.split()[1:][-1:] == [name]} if " " not in name else set()
    if name and (patterns.NAME_WORDS.match(name) or len(full_names) == 1) and not not_a_name(name, load_resources()):
        offset = leftover.find(name.split()[0]) if not surname_first else 0
        name_start = start + max(offset, 0)
        name_end = name_start + len(" ".join(words.split())) if not surname_first else end
        value = next(iter(full_names)) if len(full_names) == 1 else name
        return Mention(name_start, min(name_end, end), text[name_start : min(name_end, end)], "person", value, party)
    return parties[0] if parties else None


def _name_and_description(text: str, start: int, end: int) -> Mention | None:
    """ "Whitmoss Residents' Association – Carol Dibb – 917": a line of two cells between dashes, one a local
    party's description no list holds (a word of :data:`PARTY_DESCRIPTION_WORD`), the other a name: the
    candidate, of that party as printed. None for any other line."""
    # (ingest writes every dash as "-"; the line's text before its tally may end on one)
    cells = [
        cell
        for cell in delimited_cells(text, start, start + len(text[start:end].rstrip(" -")), " - ")
        if cell[0] < cell[1]
    ]
    if len(cells) != 2:
        return None
    described = [bool(patterns.PARTY_DESCRIPTION_WORD.search(text, s, e)) for s, e in cells]
    if described.count(True) != 1:
        return None
    (name_start, name_end), (party_start, party_end) = cells if described[1] else cells[::-1]
    name = text[name_start:name_end]
    if not patterns.NAME_WORDS.match(name) or not_a_name(name, load_resources()):
        return None
    party = text[party_start:party_end]
    return Mention(
        name_start, name_end, name, "person", name, party if patterns.PRINTED_PARTY.fullmatch(party) else None
    )
