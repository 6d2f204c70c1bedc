"""Parties: the party mentions of a text, and the party stated beside a person's name."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from electext.core import rx
from electext.core.spans import MAX_SENTENCE_CHARS, ByStart
from electext.extract.mentions.mention import Mention
from electext.lexicon import patterns
from electext.lexicon.resources import Resources


def _parties(
    ents: Sequence[Span], offset: int, text: str, resources: Resources, green_names: list[tuple[int, int]]
) -> list[Mention]:
    name_ends = {end for _, end in green_names}  # "Sarah Green": no party
    found = [
        Mention(ent.start_char + offset, ent.end_char + offset, ent.text, "party", ent.ent_id_)
        for ent in ents
        if ent.label_ == "PARTY"
        and ent.ent_id_
        and ent.end_char + offset not in name_ends
        and not _ends_a_place(text, ent.start_char + offset, ent.end_char + offset)
    ]
    # Abbreviations only where results boxes put them: "(Con)", "Con:" or "Con 13,872" on a line, a wire
    # report's list ("Voting was: LD 1,412, C 1,190"), and
    # anywhere on a short box-like line ("CON GAIN FROM LAB", "Swing: 6.7% Lab to Con").
    abbreviations = resources.party_by_abbreviation
    folded = {abbr.lower(): party for abbr, party in abbreviations.items()}
    taken = [(mention.start, mention.end) for mention in found]

    def add(start: int, end: int, value: str) -> None:
        if not any(s < end and start < e for s, e in taken) and not _ends_a_place(text, start, end):
            found.append(Mention(start, end, text[start:end], "party", value))
            taken.append((start, end))

    for match in patterns.TALLY_LIST_ABBREVIATION.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        add(match.start("a"), match.end("a"), abbreviations[match.group("a")])
    for match in patterns.POSSESSIVE_ABBREVIATION.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        add(match.start("a"), match.end("a"), abbreviations[match.group("a")])
    for match in patterns.ABBREVIATION_SLOT.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        group = "a" if match.group("a") else "b"
        add(match.start(group), match.end(group), abbreviations[match.group(group)])
    box_lines = [
        *patterns.BOX_LINE.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT),
        # "Con  Oliver Mundell ........ elected": a list's line before its tally is in
        *patterns.BOX_PLACE_LINE.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT),
    ]
    for line in box_lines:
        for match in patterns.ABBREVIATION_WORD.finditer(text, line.start(), line.end()):
            add(match.start(), match.end(), folded[match.group(0).lower()])
        for match in patterns.ABBREVIATION_LETTER.finditer(text, line.start(), line.end()):
            add(match.start(), match.end(), abbreviations[match.group(0)])
        for match in patterns.PARTY_NAME_CAPS.finditer(text, line.start(), line.end()):
            if match.group(0).isupper():
                add(
                    match.start(),
                    match.end(),
                    resources.party_by_folded_alias[" ".join(match.group(0).lower().split())],
                )
    for match in patterns.PARTY_CAPS_OPENING.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        written = match.group("party")
        if written.isupper():
            add(
                match.start("party"),
                match.end("party"),
                resources.party_by_folded_alias[" ".join(written.lower().split())],
            )
    for match in patterns.RESULT_ABBREVIATION.finditer(text, offset, overlapped=True, timeout=patterns.REGEX_TIMEOUT):
        group = "a" if match.group("a") else "b"
        add(match.start(group), match.end(group), folded[match.group(group).lower()])
    for match in patterns.SWING_ABBREVIATION_PAIR.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        for group in ("a", "b"):
            add(match.start(group), match.end(group), folded[match.group(group).lower()])
    # "David Herdson (Yorkshire) 1,182", "Christopher Pell (Soc Dem) 314": a results line's bracket holds a
    # party's short form that the lexicon does not list, resolved when it fits one party only
    short_forms = resources.party_by_short_form
    for match in patterns.BRACKET_PARTY_SLOT.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        written = patterns.ORDINAL_FIRST.sub("first", " ".join(match.group("short").lower().split()))
        if written in short_forms:
            add(match.start("short"), match.end("short"), short_forms[written])
    for start, end, written in _unlisted_parties(text, offset, resources):
        add(start, end, written)
    found.sort(key=lambda mention: mention.start)
    return sorted(found + _candidate_anaphors(text, offset, found), key=lambda mention: mention.start)


# How far either side of a party's noun ("Party", "Residents' Association") its name and context are read.
UNLISTED_PARTY_REACH = 80


def _unlisted_parties(text: str, offset: int, resources: Resources) -> list[tuple[int, int, str]]:
    """ "Bryn Tallis of the Rural Voice Party": parties no list holds, by their names as written, each read back
    from its noun, which regex finds fast (the name's pattern tried at every word cost 0.7 ms an article)."""
    found = []
    for noun in patterns.UNLISTED_PARTY_NOUN.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        window = max(offset, noun.start() - UNLISTED_PARTY_REACH)
        named = patterns.UNLISTED_PARTY.finditer(text, window, min(len(text), noun.end() + UNLISTED_PARTY_REACH))
        match = next((m for m in named if m.end("party") == noun.end()), None)
        if match is None:
            continue
        written = " ".join(match.group("party").split())
        if written.split()[0] not in resources.cues.not_seat_words:  # not "The Party"
            found.append((match.start("party"), match.end("party"), written))
    return found


# How far back the party a "their candidate" stands for is looked for: the sentence before, about.
ANAPHOR_REACH = 250


def _candidate_anaphors(text: str, offset: int, parties: list[Mention]) -> list[Mention]:
    """ "The Tories slumped to third. Their candidate got just 2,480", "The party's candidate, a former
    headteacher, polled 19,406": the candidate of the party that opens the last sentence to name one (news
    paragraphs are a sentence long: the paragraph before counts), as a mention of that party, whose tally
    then joins the party's named candidate."""
    found = []
    for match in patterns.PARTY_CANDIDATE_ANAPHOR.finditer(text, offset):
        reach = max(offset, match.start() - ANAPHOR_REACH)
        before = [party for party in parties if reach <= party.start and party.end <= match.start()]
        if before:
            # the subject of the sentence that named it: its first party ("The Liberal Democrats have won,
            # ending 12 years of Conservative control. The party's candidate …")
            opening = max(text.rfind(". ", reach, before[-1].start), text.rfind("\n", reach, before[-1].start))
            party = next(p for p in before if p.start > opening)
            found.append(Mention(match.start(), match.end(), match.group(0), "party", party.value))
    return found


# Party names that are also common surnames ("Sarah Green", "Chris Green").
SURNAME_PARTY_WORDS = frozenset({"Green"})


def _ends_a_place(text: str, start: int, end: int) -> bool:
    """ "The Greens have taken Kelby Green ward", "ASHBY GREEN (Harton District Council)": a party word
    that ends a capitalised place's name before its seat noun, or before the council it is a ward of, is the
    place's, not a party."""
    if text[start:end].title() not in SURNAME_PARTY_WORDS:
        return False
    if patterns.COUNCIL_BRACKET_AFTER.match(text, end) is not None:
        # (a heading's ward may open its line: the bracket says it is a place)
        return rx.search(r"\b\p{Lu}[\p{L}'-]+[ \t]+\Z", text[max(0, start - 30) : start]) is not None
    return (
        patterns.CAPITALISED_WORD_END.search(text, max(0, start - 30), start) is not None
        and patterns.WARD_NOUN_AFTER.match(text, end) is not None
    )


# How far after a name an aside about the person's past ("who was a Conservative and then …") reaches.
PAST_ASIDE_REACH = 120

# The canonical name parties.json gives independent candidates.
INDEPENDENT = "Independent"


def _aside_end(text: str, position: int) -> int:
    """Where an aside running from ``position`` ends: its closing comma, the sentence's end or a line
    break, at most :data:`PAST_ASIDE_REACH` on."""
    stop = min(len(text), position + PAST_ASIDE_REACH)
    ends = [text.find(mark, position, stop) for mark in (",", ". ", "\n")]
    return min((found for found in ends if found >= 0), default=stop)


def sentence_start_before(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts: after the last full stop or line break, looking
    back no further than :data:`MAX_SENTENCE_CHARS` (a longer run is no sentence)."""
    floor = max(0, position - MAX_SENTENCE_CHARS)
    full_stop = text.rfind(". ", floor, position)
    return max(full_stop + 2 if full_stop >= 0 else floor, text.rfind("\n", floor, position) + 1)


def space_run_start(text: str, position: int) -> int:
    """Where the run of whitespace that ends at ``position`` starts (``position`` if there is none),
    looked for no further back than :data:`MAX_SENTENCE_CHARS`."""
    start = position
    while start > max(0, position - MAX_SENTENCE_CHARS) and text[start - 1].isspace():
        start -= 1
    return start


# How far before a name the party it is the candidate of may end.
PARTY_BEFORE_PERSON_WITHIN = 90


def _person_party(text: str, start: int, end: int, parties: ByStart[Mention]) -> str | None:
    """The party stated beside the name at ``text[start:end]``, if any. ``parties`` is indexed once per
    article: each question looks only at the parties within reach of the name."""
    sentence_start = sentence_start_before(text, start)
    standing = patterns.STANDING_FOR.match(text, sentence_start, start)
    if standing:
        at = standing.start("party")
        party = next(iter(parties.starting(at, at + 1)), None)
        if party is not None:
            return party.value
    if patterns.POSSESSOR_OF_ROLE_AFTER.match(text, end):
        return None  # "The Conservative candidate, Kelshire's police and crime commissioner Tom Reid": Tom Reid's
    # (a description may stand between: "The Conservative candidate and Kelshire Police and Crime Commissioner, ")
    for party in reversed(parties.ending(start - PARTY_BEFORE_PERSON_WITHIN, start)):
        if patterns.PARTY_BEFORE_PERSON.match(text[party.end : start]):
            if patterns.FORMER_END.search(text, max(0, party.start - 12), party.start):
                if patterns.INDEPENDENT_AFTER.match(text[end : end + 200]):
                    return INDEPENDENT  # "Former Conservative minister Ada Rook has won Greyhithe as an independent"
                if not patterns.LEADER_WORD.search(text, party.end, start):
                    # "Former Conservative councillor Sarah Pochin": a party she may have left (a former
                    # leader, "the former Conservative leader Sir Iain Duncan Smith", seldom has)
                    return None
            return party.value
    shared = patterns.SHARED_PARTY_BEFORE.search(text, max(sentence_start, start - 60), start)
    if shared is not None:
        # "The SNP's Ada Strand and Tom Reid were re-elected": the party of both
        for party in parties.ending(shared.start(), shared.start()):
            return party.value
    following = next(iter(parties.starting(end, end + 40)), None)
    if following is not None and patterns.FOR_OR_OF_PARTY.fullmatch(text, end, following.start):
        # "Pete Durnell of the UK Independence Party, James Burn for the Green Party": the party a name
        # is given for, before one that ends the list item before it
        return following.value
    comma = space_run_start(text, start)  # "the Green, Stewart Goshawk": a party just before ", Name"
    if comma < start and text[comma - 1 : comma] == ",":
        for party in reversed(parties.ending(comma - 1, comma - 1)):
            if patterns.THE_BEFORE_END.search(text[max(0, party.start - 4) : party.start]) and not party.text.endswith(
                "s"
            ):
                return party.value  # "edged out the Green, Stewart Goshawk": a singular party noun, then the name
    if patterns.INDEPENDENT_BEFORE.search(text, max(sentence_start, start - 80), start):
        return INDEPENDENT  # "and independent Michael Joyce 394"
    referred = _party_referred_to(text, sentence_start, start, end, parties)
    if referred is not None:
        return referred
    past = patterns.PAST_AFFILIATION_AFTER.match(text, end, min(len(text), end + 40))
    if past is not None and len({party.value for party in parties.starting(end, _aside_end(text, past.end()))}) > 1:
        return None  # "Ms Pell, who was a Conservative and then an Independent councillor": her past, not hers now
    if patterns.INDEPENDENT_AFTER.match(text[end : end + 200]):
        return INDEPENDENT
    for party in parties.starting(end, end + 71):
        if patterns.POSSESSIVE_BEFORE_NAME.match(text, party.end) or patterns.PARTY_THEN_NAME.match(text, party.end):
            # "Mr Easton, Alliance's Andrew Muir", "Beverley Noakes, the Lib Dem Owen Frayne": the next name's
            break
        if party.start - end <= 30 and patterns.PARTY_AFTER_PERSON.match(text[end : party.start]):
            return party.value
        if party.start - end <= 60 and patterns.BECOMES_PARTY_MEMBER.match(text[end : party.start]):
            return party.value  # "Dehenna Davison, 26, becomes the first Conservative to represent the town"
        if patterns.DESCRIBED_STANDING_FOR.match(text[end : party.start]):
            return party.value  # "Shivani Raja, a businesswoman standing for the Conservatives"
    joined = [
        party
        for party in parties.starting(end, end + 131)
        if patterns.DESCRIBED_AFFILIATION.match(text[end : party.start])
    ]
    if joined:
        # "Victoria Ayling, the councillor who crossed the floor to join UKIP"; the last one joined
        # ("a founding member of UKIP who later joined the Conservatives")
        return joined[-1].value
    return None


def _party_referred_to(text: str, sentence_start: int, start: int, end: int, parties: ByStart[Mention]) -> str | None:
    """The party a phrase before a name points back to, rather than names.

    "For the Liberal Democrats, the night was grimmer still. Their candidate, Roger Crouch, …",
    "UKIP's vote has collapsed: Liz Hazell third" and "The Greens finished fourth, with Ilse Marten on
    904": the candidate's party is the sentence's topic.
    """
    if patterns.PARTY_ANAPHOR_BEFORE.search(text, max(sentence_start, start - 40), start):
        here = [party for party in parties.starting(sentence_start, start) if party.end <= start]
        if here:
            return here[0].value
        previous_start = sentence_start_before(text, max(0, sentence_start - 1))
        before = [party for party in parties.starting(previous_start, sentence_start) if party.end <= sentence_start]
        return before[0].value if before else None
    clause_party = _clause_party_before(text, sentence_start, start, end, parties)
    if clause_party is not None:
        return clause_party
    if patterns.PARTY_CLAUSE_BEFORE_COLON.search(text, max(sentence_start, start - 4), start):
        clause_start = max(sentence_start, text.rfind(";", sentence_start, start) + 1)
        for party in parties.starting(clause_start, start):
            if rx.fullmatch(r"\s*(?:[Tt]he\s+)?", text[clause_start : party.start]):
                return party.value
    return None


def _clause_party_before(text: str, sentence_start: int, start: int, end: int, parties: ByStart[Mention]) -> str | None:
    """ "The Greens finished fourth, with Ilse Marten on 904", "Elsewhere, the Lib Dems held Sorrel Bridge,
    Fiona Lattimer polling 9,214": a name brought in after a comma (and "with") and given a figure or a
    win, in a clause that names one party before it, is that party's candidate; not where a party is named for
    the name after it ("with Ann Lowe winning it for Reform"), nor where the clause names two parties
    ("Labour beat the Conservatives, with Ann Lowe on 904": either side's)."""
    if not patterns.PARTY_CLAUSE_WITH_BEFORE.search(text, max(sentence_start, start - 8), start):
        return None
    if not patterns.FIGURE_AFTER_WITH_NAME.match(text, end, end + 40):
        return None
    clause_start = max(
        sentence_start, text.rfind(";", sentence_start, start) + 1, text.rfind(":", sentence_start, start) + 1
    )
    named = [
        party
        for party in parties.starting(clause_start, start)
        # "won the seat from Labour, with Ann Lowe …": the party it was taken from is not the subject
        if party.end <= start and not patterns.AWAY_FROM_END.search(text, max(0, party.start - 12), party.start)
    ]
    clause_end = next((m.start() for m in patterns.CLAUSE_END.finditer(text, end)), len(text))
    if any(
        patterns.FOR_OR_OF_END.search(text, max(end, p.start - 10), p.start) for p in parties.starting(end, clause_end)
    ):
        return None
    return named[0].value if len({party.value for party in named}) == 1 else None


def without_named_anaphors(parties: list[Mention], people: list[Mention], text: str) -> list[Mention]:
    """The party mentions, less a "their candidate" whose name follows it ("Its candidate, retired police
    inspector Gordon Haig, took 4,312"): the person is the figure's owner, and carries the party."""
    starts = {person.start for person in people}
    return [
        party
        for party in parties
        if not (
            patterns.PARTY_CANDIDATE_ANAPHOR.fullmatch(party.text)
            and (described := patterns.DESCRIBED_NAME_AFTER.match(text, party.end)) is not None
            and described.end() in starts
        )
    ]
