"""People: the model's PERSON entities trimmed and repaired, names it missed, and each mention's full name.

A lone surname ("Ms Edwards") takes the latest full name with that surname; a forename after a party
("Labour's Alistair Strathern") is a name the model missed; words of a results service are not names.

One module of about 890 lines: every repair works on the same list of name spans in order (the
model's, trimmed; then names it missed; then surname-first declarations), each a function of its own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from electext.core import rx
from electext.core.spans import ByStart, SpanIndex
from electext.extract.mentions.mention import SURNAME_FIRST, Mention
from electext.extract.mentions.parties import SURNAME_PARTY_WORDS, _person_party, space_run_start
from electext.ingest.article import MAX_RUN
from electext.lexicon import patterns
from electext.lexicon.resources import Resources, load_resources
from electext.nlp.annotate import SEATS_KEY

# Entity labels the small model sometimes gives a person's full name.
MISLABELLED_PERSON = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})


def _any_title(titles: tuple[str, ...]) -> str:
    """The person titles as one alternation, for the title patterns below (each built once)."""
    return "|".join(rx.escape(title) for title in titles)


@cache
def _leading_titles(titles: tuple[str, ...]) -> rx.TimedPattern:
    """ "Ms ", "Dr. Sir ": built once, not once per name."""
    return rx.compile(rf"(?:(?:{_any_title(titles)})\.?\s+)+")


def _strip_person(text: str, start: int, titles: tuple[str, ...]) -> tuple[int, int]:
    """Trim titles ("Ms "), possessives ("'s") and brackets ("Sue Hayman (Lab") from a PERSON span."""
    # "8.18am Ed Balls", "Sitting MP John Mann", "Barrister Lucy Fanshawe"
    for lead in (patterns.LEADING_TIME, patterns.LEADING_ROLE, patterns.OCCUPATION_BEFORE_NAME):
        glued = lead.match(text)
        if glued:
            start += glued.end()
            text = text[glued.end() :]
    bracket = rx.search(r"\s*[(\[]|\s+\d", text)  # "Sue Hayman (Lab", "Michael Joyce 394"
    if bracket:
        text = text[: bracket.start()]
    end = start + len(text)
    match = _leading_titles(titles).match(text)
    if match:
        start += match.end()
    trailing = rx.search(r"'s?\Z", text)
    if trailing:
        end -= len(trailing.group(0))
    return start, end


def _surnames_not_parties(ents: Sequence[Span], offset: int, text: str, resources: Resources) -> list[tuple[int, int]]:
    """ "Sarah Green won Chesham": a party word that is a surname right after a forename — one the model
    tagged, or any capitalised word that is no determiner, party or place when a verb follows. Returns
    each such name's (start, end); the party mention goes and a person takes its place."""
    person_ends = {ent.end_char + offset for ent in ents if ent.label_ == "PERSON"}
    names: list[tuple[int, int]] = []
    for ent in ents:
        start, end = ent.start_char + offset, ent.end_char + offset
        if ent.label_ != "PARTY" or ent.text not in SURNAME_PARTY_WORDS:
            continue
        forename = patterns.FORENAME_BEFORE.search(text, max(0, start - 30), start)
        if forename is None or patterns.NATIONAL_BEFORE.search(text, max(0, start - 12), start):
            continue
        after = text[end : end + 14]
        if patterns.PARTY_WORD_AFTER.match(after) or patterns.WARD_NOUN_AFTER.match(text, end):
            continue  # "Kelby Green ward": a place's name (parties.py does not read it as the party either)
        word = forename.group("forename")
        if forename.end("forename") in person_ends or (
            word.lower() not in STOP_WORDS
            and word not in resources.party_by_alias
            and word not in resources.places
            and word.lower() not in resources.seat_by_lower
            and rx.match(r"\s+\p{Ll}", after)
        ):
            names.append((forename.start("forename"), end))
    return names


def _bracketed_candidates(text: str, parties: list[Mention], resources: Resources) -> list[tuple[int, int]]:
    """ "Byron Davies (Con) 15,862": the capitalised words right before a bracketed party; "Lab (Aisha
    Kamara) 1,102 (48.3%)": a round-up's name bracketed after its party, before the tally or after it
    ("Reform UK 1,012 (Gary Pinkney)")."""
    spans = []
    for party in parties:
        after = patterns.NAME_BRACKETED_AFTER_PARTY.match(text, party.end) or patterns.NAME_BRACKETED_AFTER_TALLY.match(
            text, party.end
        )
        span = _name_by_grammar(text, after, resources) if after is not None else None
        if (
            span is not None
            and not patterns.PLACE_IN_BRACKETS.fullmatch(text, *span)
            and text[slice(*span)] not in resources.places
        ):
            spans.append(span)
        if text[party.start - 1 : party.start] != "(":
            continue
        match = patterns.NAME_BEFORE_BRACKET.search(text, max(0, party.start - 60), party.start)
        span = _name_by_grammar(text, match, resources) if match is not None else None
        if span is None and patterns.TALLY_AFTER_BRACKET.match(text, party.end):
            # "Wood (Ind) – 454": a results row that opens on a surname alone
            row = patterns.SURNAME_ROW_BEFORE_BRACKET.search(text, max(0, party.start - 40), party.start)
            span = _name_by_grammar(text, row, resources, min_words=1) if row is not None else None
        if span is not None:
            spans.append(span)
    return spans


def _name_by_grammar(
    text: str, match: rx.Match[str], resources: Resources, min_words: int = 2
) -> tuple[int, int] | None:
    """The span of the name a line's or a phrase's grammar points at (``match``'s group ``name``), without
    its title; None where what is left is not a person's name: fewer than ``min_words`` words (a full
    name, unless a results row's grammar says a surname alone is one), a role or a body's words
    ("Sitting MP John Mann", "Deputy Leader"), a seat's or a party's name, a results service's words."""
    return _name_span(text, match.start("name"), match.group("name"), resources, min_words)


def _name_span(text: str, start: int, written: str, resources: Resources, min_words: int = 2) -> tuple[int, int] | None:
    """:func:`_name_by_grammar` for the words ``written`` at ``start``."""
    start, end = _strip_person(written, start, resources.cues.person_titles)
    name = text[start:end]
    words = name.split()
    if (
        len(words) < min_words
        or words[0].lower() in STOP_WORDS
        or any(word.lower() in resources.cues.office_words for word in words)
        or name.lower() in resources.seat_by_lower
        or name in resources.party_by_alias
        or not_a_name(name, resources)
    ):
        return None
    return start, end


def _party_given_candidates(text: str, parties: list[Mention], resources: Resources) -> list[tuple[int, int]]:
    """ "Fergal McEntee of the Green Party was fourth", "Anne-Marie Curry, for the Liberal Democrats, was
    third": capitalised words the party is given for are a candidate's name, which the model may have
    read as an organisation; not a role or a body ("Deputy Leader of the Labour Party")."""
    spans = []
    for party in parties:
        match = patterns.NAME_BEFORE_PARTY_GIVEN.search(text, max(0, party.start - 80), party.start)
        span = _name_by_grammar(text, match, resources) if match is not None else None
        if span is not None:
            spans.append(span)
    return spans


def _succeeded_names(text: str, resources: Resources) -> list[tuple[int, int]]:
    """ "Ms Hale takes over from Adrian Sowerby, who …": the capitalised words a succession verb names are
    the member succeeded, whom the model may miss (and a relative clause after would then be read as
    the successor's)."""
    spans = []
    for match in patterns.SUCCEEDED_NAME.finditer(text, timeout=patterns.REGEX_TIMEOUT):
        span = _name_by_grammar(text, match, resources)
        if span is not None:
            spans.append(span)
    return spans


def _forename_led_subjects(text: str, offset: int, resources: Resources) -> list[tuple[int, int]]:
    """ "Penelope Hartley-Bell held Stonebeck for the Conservatives" where the model tagged nothing: a known
    forename (forenames.json, given_names.json) and a surname right before a verb of a result are
    that person, not a place."""
    spans = []
    for match in patterns.FORENAME_LED_SUBJECT.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        surname = match.group("name").split()[-1]
        if (
            match.group("forename") in resources.forenames
            and surname not in resources.party_by_alias
            and surname not in resources.places
            and surname not in resources.cues.not_seat_words
            and match.group("name").lower() not in resources.seat_by_lower
            and not patterns.INSTITUTION_END.search(match.group("name"))
        ):
            spans.append(match.span("name"))
    return spans


def _party_possessive_names(text: str, parties: list[Mention], resources: Resources) -> list[tuple[int, int]]:
    """ "ahead of Alliance's Hugh Mallan (4,660)" where the model read an organisation: a forename and a
    surname right after a party's possessive are its candidate's name (not a place's, "Labour's North East",
    nor an office's, "the SNP's Deputy Leader")."""
    spans = []
    for party in parties:
        match = patterns.NAME_AFTER_PARTY_POSSESSIVE.match(text, party.end)
        if match is None or any(word in resources.place_words for word in match.group("name").split()):
            continue
        span = _name_by_grammar(text, match, resources)
        if span is not None:
            spans.append(span)
    return spans


# The most words a name set off with an age is read as (a forename, a middle name, a surname), and how far
# before the age its words are looked for (a party's and a title's words may come first).
MAX_AGED_NAME_WORDS = 3
AGED_NAME_REACH = 80


def _aged_names(text: str, offset: int, resources: Resources) -> list[tuple[int, int]]:
    """ "Shona Brackley, 33, a former nurse": capitalised words with an age set off after them are
    a person's full name (an age is no place's or body's), less a title; not a seat's, a party's, a place's."""
    spans = []
    for age in patterns.AGE_AFTER_NAME.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        match = patterns.AGED_NAME.search(text, max(offset, age.start() - AGED_NAME_REACH), age.start())
        if match is None:
            continue
        start, name = match.start("name"), match.group("name")
        words = name.split()
        # ("Lib Dem Fiona Carter, 38,": the party's words before the name are not part of it)
        party_words = next(
            (size for size in (3, 2, 1) if len(words) > size and " ".join(words[:size]) in resources.party_by_alias),
            0,
        )
        if party_words:
            cut = name.index(words[party_words])
            start, name, words = start + cut, name[cut:], words[party_words:]
        span = _name_span(text, start, name, resources)
        if (
            span is not None
            and len(text[span[0] : span[1]].split()) <= MAX_AGED_NAME_WORDS
            and not any(
                word in resources.places or word in resources.months or word in resources.weekdays for word in words
            )
        ):
            spans.append(span)
    return spans


def _comma_listed_candidates(text: str, parties: list[Mention], resources: Resources) -> list[tuple[int, int]]:
    """ "• Aileen McLeod, SNP - 13,013": a results list's line that opens on the name, then a comma, the
    party and the tally; the line's grammar names the person the model may miss."""
    spans = []
    for party in parties:
        line_start = text.rfind("\n", 0, party.start) + 1
        row = patterns.NAME_COMMA_BEFORE_PARTY.fullmatch(text, line_start, party.start)
        if row is None or not patterns.TALLY_AFTER_PARTY.match(text, party.end):
            continue
        # ("Dr Saira Benham, Independent - 17,250": the name without its title)
        span = _name_by_grammar(text, row, resources, min_words=1)
        if span is not None:
            spans.append(span)
    return spans


def _untagged_full_names(
    text: str,
    offset: int,
    raw: list[tuple[int, int]],
    resources: Resources,
    other_entities: list[tuple[int, int]] = [],  # noqa: B006 - read only
) -> list[tuple[int, int]]:
    """ "Adrian Ramsay, who shares the leadership…" the model missed, with "Mr Ramsay" tagged later:
    a forename and a surname the article uses for a person, when no full name has that surname."""
    names = [text[s:e] for s, e in raw]
    full_surnames = {name.split()[-1] for name in names if len(name.split()) > 1}
    lone = {name for name in names if len(name.split()) == 1 and name not in full_surnames}
    found: list[tuple[int, int]] = []
    for surname in sorted(lone):
        for start, forename_end, surname_start, end in forename_and(text, surname, offset):
            forename = text[start:forename_end]
            if (
                not _may_be_forename(forename, resources)
                or text[start:end].lower() in resources.seat_by_lower  # "Birmingham Erdington" is a seat
                or forename in resources.party_by_alias
                or forename in resources.places
                or not_a_name(forename, resources)
                or any(
                    s < end and start < e and (s, e) != (surname_start, end) for s, e in raw + found + other_entities
                )
                or patterns.NAME_JOINED_AFTER.match(text[end : end + 8])
            ):
                continue
            found.append((start, end))
            break
    return found


_LETTER_OR_JOINER = rx.compile(r"[\p{L}'-]")


_LOWER_OR_JOINER = rx.compile(r"[\p{Ll}'-]")


_UPPER = rx.compile(r"\p{Lu}")


def _is(character: rx.TimedPattern, text: str, index: int) -> bool:
    return 0 <= index < len(text) and character.match(text, index) is not None


def forename_and(text: str, surname: str, start: int) -> Iterator[tuple[int, int, int, int]]:
    r"""Each capitalised word, then spaces, then ``surname`` as a whole word, from ``start`` on, as
    (forename start, forename end, surname start, surname end): the matches of
    ``(?<![\p{L}'-])(\p{Lu}[\p{Ll}'-]+)[ \t]+(<surname>)(?![\p{L}'-])``, found with ``str.find`` and
    read backwards from each surname rather than compiled once per surname of every article."""
    previous_end = start
    index = text.find(surname, start)
    while index >= 0:
        end = index + len(surname)
        gap = index
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        first = gap
        while first > 0 and _is(_LOWER_OR_JOINER, text, first - 1):
            first -= 1
        capital = first - 1
        if (
            not _is(_LETTER_OR_JOINER, text, end)
            and gap < index
            and first < gap
            and _is(_UPPER, text, capital)
            and not _is(_LETTER_OR_JOINER, text, capital - 1)
            and capital >= previous_end
        ):
            yield capital, gap, index, end
            previous_end = end
            index = text.find(surname, end)
        else:
            index = text.find(surname, index + 1)


def _people(
    doc: Doc,
    ents: Sequence[Span],
    offset: int,
    text: str,
    parties: list[Mention],
    resources: Resources,
    green_names: list[tuple[int, int]],
) -> list[Mention]:
    person_ents = _person_entities(ents, resources)
    surnames = {ent.text.split()[-1] for ent in ents if ent.label_ == "PERSON" and ent.text.split()}
    seats = [(span.start_char + offset, span.end_char + offset) for span in doc.spans.get(SEATS_KEY, [])]
    seat_spans = SpanIndex(seats)
    by_start = ByStart(parties)
    raw = [
        span
        for ent in person_ents
        if (span := _tagged_name(ent, offset, text, by_start, resources, surnames, seat_spans)) is not None
    ]
    raw = _with_untagged_names(text, offset, raw, ents, parties, resources, green_names)
    raw += _repeated_full_names(text, offset, raw, [*((p.start, p.end) for p in parties), *seats])
    # "Kelby Green goes Green" in a headline the model read as a person, "Kelby Green ward" below: a name the
    # article puts before a seat noun is a place's, wherever it is written
    places = {text[s:e] for s, e in raw if patterns.WARD_NOUN_AFTER.match(text, e)}
    raw = [(s, e) for s, e in raw if text[s:e] not in places]
    declared = _declared_names(text, offset, by_start, resources)
    declared_spans = SpanIndex(
        [(name.start, name.end) for name in declared] + [name.wrapped for name in declared if name.wrapped]
    )
    raw = [(s, e) for s, e in raw if not declared_spans.overlaps(s, e)]
    return _named_people(text, raw, declared, by_start, resources)


def _repeated_full_names(
    text: str, offset: int, raw: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """ "UUP's Heather McIlwaine unseats …" tagged in the headline, "with Heather McIlwaine defeating the
    sitting MP" not in the body: a full name the article has given is that person wherever it is
    written again, whatever the model made of the words there."""
    occupied = SpanIndex([*raw, *taken])
    found: list[tuple[int, int]] = []
    for name in sorted({text[s:e] for s, e in raw if " " in text[s:e].strip()}):
        index = text.find(name, offset)
        while index >= 0:
            end = index + len(name)
            if (
                _boundary(text, index)
                and _boundary(text, end)
                and not occupied.overlaps(index, end)
                # "Ward members in Pennock Vale", "the Pennock Vale leisure centre": a place the model took
                # for a person, where the words before it say so
                and not patterns.PLACE_WORD_BEFORE.search(text, max(0, index - 12), index)
            ):
                found.append((index, end))
                occupied.add(index, end)
            index = text.find(name, end)
    return found


def _person_entities(ents: Sequence[Span], resources: Resources) -> list[Span]:
    """The model's PERSON entities, and full names it mislabelled whose surname it tagged as a person."""
    party_aliases = resources.party_by_alias
    # not "Garnock Academy", "Kelby Leisure Centre": a place's institution the model read as a person
    person_ents = [ent for ent in ents if ent.label_ == "PERSON" and not patterns.INSTITUTION_END.search(ent.text)]
    # "Ms MacLure" tagged ORG: a courtesy title makes the name a person's, whatever the label
    person_ents += [
        ent for ent in ents if ent.label_ in MISLABELLED_PERSON and patterns.TITLED_NAME.fullmatch(ent.text)
    ]
    surnames = {ent.text.split()[-1] for ent in person_ents if ent.text.split()}
    # ("Congratulations to Marion Fairclough" tagged ORG where "Marion" alone is a PERSON: its forename)
    alone = {ent.text for ent in person_ents if len(ent.text.split()) == 1}
    taken = {(ent.start, ent.end) for ent in person_ents}
    # "Shivani Raja" tagged ORG where "Ms Raja" is a PERSON: a full name the model mislabelled (or one that
    # opens on a known forename).
    person_ents += [
        ent
        for ent in ents
        if ent.label_ in MISLABELLED_PERSON
        and (ent.start, ent.end) not in taken  # (not "Ms MacLure" again, a person by its title already)
        and patterns.NAME_WORDS.match(ent.text)
        and len(ent.text.split()) <= 3
        and (
            ent.text.split()[-1] in surnames
            or (len(ent.text.split()) == 2 and ent.text.split()[0] in alone)
            # "Alistair Pemberton-Hale" tagged ORG: a name that opens on a known forename
            or (len(ent.text.split()) in (2, 3) and ent.text.split()[0] in resources.forenames)
        )
        and ent.text not in party_aliases
        and ent.text not in resources.places
        and not patterns.INSTITUTION_END.search(ent.text)
        and not patterns.PARTY_DESCRIPTION_WORD.search(ent.text)
        # (not "Kelby Council", where the model read the ward alone as a person)
        and not any(
            word in party_aliases or word in resources.places or word in resources.cues.not_seat_words
            for word in ent.text.replace("\u2019", "'").replace("'s", "").split()[1:]
        )
    ]
    # "seize Nadine Dorries' former seat" tagged ORG: a forename and surname before a bare possessive
    # apostrophe (an organisation's plural possessive is a common noun's: "the Teachers' union")
    person_ents += [
        ent
        for ent in ents
        if ent.label_ in MISLABELLED_PERSON
        and ent.text.endswith("s'")
        and len(ent.text.split()) in (2, 3)
        and patterns.NAME_WORDS.match(ent.text[:-1])
        and ent.text[:-1] not in party_aliases
        and not any(word in party_aliases or word in resources.places for word in ent.text[:-1].split())
    ]
    person_ents.sort(key=lambda ent: ent.start_char)
    return person_ents


def _tagged_name(
    ent: Span,
    offset: int,
    text: str,
    parties: ByStart[Mention],
    resources: Resources,
    surnames: set[str],
    seat_spans: SpanIndex,
) -> tuple[int, int] | None:
    """A tagged name's span, trimmed of titles, padding, a verb and a seat's name it ran into, or extended
    to a surname the model left off; None when what is left is no person's name."""
    party_aliases = resources.party_by_alias
    start, end = _strip_person(ent.text, ent.start_char + offset, resources.cues.person_titles)
    # "Thomas Buchanan       DUP": a box's column padding; "Ann Smith - Labour": a dash between columns
    # "Alan Dorward*": a list's mark of the sitting member
    end = start + len(text[start:end].rstrip().rstrip("-\u2013\u2014*\u2020").rstrip())
    verb = patterns.LOWERCASE_IN_NAME.search(text, start, end)
    if verb:
        end = verb.start()  # "Daisy Cooper won St Albans" tagged as one name: the name ends at the verb
    dash = patterns.SPACED_DASH.search(text, start, end)
    if dash:
        # "Norwich North – Ayesha Whitlock": a list's columns, the seat's then the name's (no name holds a
        # spaced dash); the name is the part that is no seat, place or party
        left = text[start : dash.start()]
        if seat_spans.overlaps(start, dash.start()) or left in resources.places or left in party_aliases:
            start = dash.end()
        else:
            end = dash.start()
    for seat_start, seat_end in seat_spans.overlapping(start, end):  # only a seat it touches can matter
        # a name that starts or ends inside a seat's name ran on from it; "Gordon Brown" merely begins
        # with one ("Gordon")
        if seat_start < start < seat_end < end:
            start = seat_end + len(text[seat_end:end]) - len(text[seat_end:end].lstrip())  # "[Billericay] Holden"
        elif start < seat_start < end < seat_end:
            end = start + len(text[start:seat_start].rstrip())
    particle = patterns.NAME_PARTICLE_AFTER.match(text, end)
    if particle is not None:
        end = particle.end()  # "Rhun ap Iorwerth" tagged "Rhun": the rest of the name after its particle
    following = patterns.NEXT_NAME_WORD.match(text, end)
    if (
        following
        and " " not in text[start:end].strip()
        and (
            following.group("word") in surnames
            or rx.search(r"'s?\s+\Z", text[max(0, start - 3) : start])
            # "the Liberal Democrat Iain McDonald" tagged "Iain": a party right before a forename
            or bool(parties.ending(space_run_start(text, start), start - 1))
        )
        and (
            following.group("word") not in party_aliases
            or not parties.starting(following.start("word"), following.start("word") + 1)  # "Sarah [Green]"
        )
        and following.group("word") not in resources.places
    ):
        end = following.end()  # "the SNP's Callum McCaig" tagged "Callum", with "Mr McCaig" later
    name = text[start:end].strip()
    if (
        not name
        or all(word.lower() in STOP_WORDS for word in name.split())  # "The" of "The party had held"
        or patterns.PART_OF_COUNCIL_NAME.match(text, end)
        or name in party_aliases
        or name in resources.places
        or not_a_name(name, resources)
        or any(word in resources.months for word in name.split())
        or patterns.FORMER_ROLE_ARTICLE.search(text, max(0, start - 20), start)
    ):
        return None
    return start, end


def _with_untagged_names(
    text: str,
    offset: int,
    raw: list[tuple[int, int]],
    ents: Sequence[Span],
    parties: list[Mention],
    resources: Resources,
    green_names: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The tagged names, with names the model missed or cut short: a party word read as a surname, full
    names of a surname it tagged alone, a bracketed candidate before their party."""
    for span in green_names:
        # "Sarah Green won": the party word read as a surname is a name with the forename before it
        raw = [(s, e) for s, e in raw if not (span[0] <= s and e <= span[1])] + [span]
    others = [
        (ent.start_char + offset, ent.end_char + offset)
        for ent in ents
        if ent.label_ in ("GPE", "LOC", "FAC")  # places; ORG spans often hold names ("Caroline Flint (Lab")
    ]
    # "Liberal Democrat Iain" is no forename and surname: a party's words are not a name's
    found = _untagged_full_names(text, offset, raw, resources, others + [(party.start, party.end) for party in parties])
    # "Chris Green (Con)" where the model tagged "Chris" and read "Green" as the party
    named = SpanIndex(raw + found)
    # a line's grammar outweighs the model's reading of a name as a building ("Les Tapp, Independent - 8,219")
    places = SpanIndex((ent.start_char + offset, ent.end_char + offset) for ent in ents if ent.label_ in ("GPE", "LOC"))
    # ("Tamsin Okafor, of the Green Party," read as a place: the party given for it makes it a person's)
    given = _party_given_candidates(text, parties, resources)
    found += [
        span
        for span in (
            *_bracketed_candidates(text, parties, resources),
            *_comma_listed_candidates(text, parties, resources),
            *given,
            *_succeeded_names(text, resources),
            *_forename_led_subjects(text, offset, resources),
            *_aged_names(text, offset, resources),
            *_party_possessive_names(text, parties, resources),
        )
        if all(span[0] <= s and e <= span[1] for s, e in named.overlapping(*span))
        and (span in given or not places.overlaps(*span))
    ]
    # "Paulette Hamilton" where the model tagged only "Hamilton": the full name replaces the part
    full_names = SpanIndex(found)
    raw = sorted([(s, e) for s, e in raw if not full_names.within(s, e)] + found)
    return raw


# The shortest capitals read as a surname on a ballot row with no party after the name.
MIN_LONE_SURNAME = 4
# The shortest surname in capitals after forenames read as typography ("Mark Anthony DELANEY"), not letters.
MIN_CAPITALS_SURNAME = 4


class DeclaredName(NamedTuple):
    """A name written surname first, as a declaration or a ballot paper lists it: ``text[start:end]``
    holds both parts, in the order written, or the surname alone where the forenames wrap to the next
    line (``wrapped``, their offsets there)."""

    start: int
    end: int
    surname: str
    forenames: str
    wrapped: tuple[int, int] | None = None


def _declared_names(text: str, offset: int, parties: ByStart[Mention], resources: Resources) -> list[DeclaredName]:
    """Names written surname first ("STRATHERN, Alistair", "French, Louie (C) 11,189", "QUARRIE Tobias
    Ewan The Kelverton First Party 1,877", "| DELANEY Mark Anthony |"), in text order; the first reading
    of a line wins."""
    matches = [
        *patterns.SURNAME_FIRST.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT),
        *patterns.SURNAME_FIRST_BOXED.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT),
        *patterns.DECLARED_SURNAME_FIRST.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT),
        *patterns.SURNAME_FIRST_QUOTED.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT),
    ]
    # a table cell's ("| DELANEY Mark Anthony |"), unless its capitals are a party's ("| SNP Ann Reid |")
    if "|" in text:  # a table's cells (most articles have none)
        matches += [
            match
            for match in patterns.SURNAME_FIRST_CELL.finditer(text, offset)
            if not _party_or_no_name(match.group("surname"), resources)
        ]
    found = [
        DeclaredName(match.start("surname"), match.end("forenames"), match.group("surname"), match.group("forenames"))
        for match in matches
    ]
    # a wrapped name's row before a ballot row's reading ("NWOSU   Liberal Democrats   702" has no forenames there)
    found += [name for name in wrapped_names(text, offset) if not _party_or_no_name(name.surname, resources)]
    found += _ballot_names(text, offset, parties, resources)
    taken = SpanIndex()
    declared = []
    for name in found:  # in the order of the readers above: a comma form first
        if not taken.overlaps(name.start, name.end):
            taken.add(name.start, name.end)
            declared.append(name)
    return sorted(declared, key=lambda name: name.start)


def _ballot_names(text: str, offset: int, parties: ByStart[Mention], resources: Resources) -> list[DeclaredName]:
    """A ballot paper's row, surname in capitals, then the forenames, then the party as registered and the
    tally: "REID Tom The Conservative Party Candidate 6,815", "STRAND Beki Liberal Democrats 3,214".
    The forenames end where the row's first party mention begins (after an optional "The"): the row's
    grammar, not a guess at which capitalised words are names."""
    names = []
    for row in patterns.BALLOT_ROW.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        party = next(iter(parties.starting(row.start("rest") + 1, row.end("rest"))), None)
        # a party the lexicon does not know is still introduced by "The": "Ewan The Kelverton First Party"
        unknown = patterns.ARTICLE_AFTER_NAMES.match(row.group("rest"))
        surname = row.group("surname")
        # no party at all: an independent's row is the forenames alone ("MOORE Andrew John 101"), where the
        # capitals are long enough to be no party's letters ("CPA Roger Phillips 70" is a box's party column)
        alone = len(surname) >= MIN_LONE_SURNAME and patterns.FORENAMES.fullmatch(row.group("rest"))
        if party is None and unknown is None and not alone:
            continue
        if _party_or_no_name(surname, resources):
            continue  # "LD Sam Gyimah 9,312": the party's letters, then the name
        if party is not None:
            party_start = party.start
        else:
            party_start = row.start("rest") + (unknown.end("names") if unknown is not None else len(row.group("rest")))
        forenames = text[row.start("rest") : party_start]
        forenames = patterns.ARTICLE_AT_END.sub("", forenames).strip()
        if not patterns.FORENAMES.fullmatch(forenames) or any(
            word in resources.party_by_alias or not_a_name(word, resources) for word in forenames.split()
        ):
            continue
        end = row.start("rest") + len(forenames)
        names.append(DeclaredName(row.start("surname"), end, surname, forenames))
    return names


def _party_or_no_name(surname: str, resources: Resources) -> bool:
    return surname.title() in resources.party_by_alias or not_a_name(surname, resources)


@lru_cache(maxsize=4)
def wrapped_names(text: str, offset: int) -> tuple[DeclaredName, ...]:
    """A declaration's names whose forenames wrap under the SURNAME on the next line, in its column:
    "BRIGHTWELL      Green Party      418" over "Deborah Anne". The forenames line is no name of its own,
    nor a results block's heading (read once an article, by the mentions and the headings both)."""
    return tuple(
        DeclaredName(
            match.start("surname"),
            match.end("surname"),
            match.group("surname"),
            match.group("forenames"),
            match.span("forenames"),
        )
        for match in patterns.WRAPPED_NAME_ROW.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT)
    )


# How far before a full name a word of kinship makes it a relative's ("his father, defence lawyer X").
KIN_WINDOW = 40


def _named_people(
    text: str,
    raw: list[tuple[int, int]],
    declared: list[DeclaredName],
    parties: ByStart[Mention],
    resources: Resources,
) -> list[Mention]:
    """Person mentions with full names (a lone surname takes the latest full name with it), each with the
    party stated beside it, or beside another mention of the same person."""
    people: list[Mention] = []
    # the latest full name so far, by its first word (a knight's "Sir Robert") and by its last
    latest: dict[tuple[int, str], str] = {}
    # the later full names in ``raw``, by the same keys: their starts and names, in text order
    later: dict[tuple[int, str], tuple[list[int], list[str]]] = {}
    for s, e in raw:
        if len(words := text[s:e].split()) > 1:
            for part in (0, -1):
                starts, names = later.setdefault((part, words[part]), ([], []))
                starts.append(s)
                names.append(text[s:e])

    def remember(full: str) -> None:
        words = full.split()
        latest[0, words[0]] = latest[-1, words[-1]] = full

    for written in declared:
        full = f"{written.forenames} {_from_capitals(written.surname)}"
        start, end = written.start, written.end
        party = _person_party(text, start, end, parties)
        people.append(Mention(start, end, text[start:end], "person", full, party, note=SURNAME_FIRST))
        remember(full)
    for start, end in raw:
        name = text[start:end]
        words = name.split()
        full = name
        if len(words) == 1:
            # "Strathern", "Ms Edwards": the latest full name with that surname, else a later one;
            # "Sir Robert": a knight is named by his forename
            key = (0 if patterns.KNIGHTED_END.search(text[max(0, start - 6) : start]) else -1, words[0])
            starts, names = later.get(key, ([], []))
            following = bisect_right(starts, start)
            full = latest.get(key) or (names[following] if following < len(names) else name)
            if full == name and _may_be_forename(name, resources):
                full = _by_forename(text, start, name, later)
        elif (titled := _titled_surname(text, start, name, latest)) is not None:
            full = titled  # "Ms Ní Dhuibhir" after "Caoimhe Ní Dhuibhir"
        else:
            full = name.title() if name.isupper() else _surname_from_capitals(name)  # "KEIR MORRISON" in a box
            if not patterns.KIN_BEFORE.search(text, max(0, start - KIN_WINDOW), start):
                # "to remember his father, the solicitor Tom Reid": a relative shares the surname,
                # but "Mr Reid" goes on meaning the person the article is about
                remember(full)
        people.append(Mention(start, end, name, "person", full, _person_party(text, start, end, parties)))
    people += _surname_mentions(text, raw, people, parties.items, resources)
    people.sort(key=lambda person: person.start)
    # "Tamworth's new MP Sarah Edward's victory speech" where "Sarah Edwards" is named: the apostrophe of
    # "Edwards'" printed before the s
    full_names = {person.value for person in people}
    people = [
        replace(person, value=person.value + "s")
        if person.value + "s" in full_names and text.startswith("'s", person.end)
        else person
        for person in people
    ]
    people = _known_as(text, people)
    # A person's party stated once holds for every mention of them.
    party_of: dict[str, str] = {}
    for person in people:
        if person.party:
            party_of.setdefault(person.value, person.party)
    return [
        person
        if person.party or person.value not in party_of
        else Mention(person.start, person.end, person.text, "person", person.value, party_of[person.value])
        for person in people
    ]


def _by_forename(text: str, start: int, name: str, named: dict[tuple[int, str], tuple[list[int], list[str]]]) -> str:
    """ "Fiona Carmody has been elected … Fiona won 1,207 votes": a lone word that is no one's surname and
    the forename of one full name given before it (a press release's, a tabloid's way) is that person;
    not after a title ("Mr Thomas" is a surname), nor where two people share the forename."""
    starts, names = named.get((0, name), ([], []))
    if len(set(names)) != 1 or starts[0] > start or patterns.COURTESY_TITLE_END.search(text, max(0, start - 6), start):
        return name
    return names[0]


def _known_as(text: str, people: list[Mention]) -> list[Mention]:
    """ "Tony Pullar (commonly known as Tony Capon)": the ballot's name and the one the article goes on
    using are one person, named as on the ballot."""
    by_start = {person.start: person for person in people}
    aliases: dict[str, str] = {}
    for person in people:
        known = patterns.KNOWN_AS_AFTER.match(text, person.end)
        alias = by_start.get(known.end()) if known is not None else None
        if alias is not None and alias.value != person.value:
            aliases[alias.value] = person.value
    if not aliases:
        return people
    return [replace(p, value=aliases[p.value]) if p.value in aliases else p for p in people]


def not_a_name(name: str, resources: Resources) -> bool:
    """ "First Con", "Lab Gain", "Turnout": words of a results service, not a person's name."""
    if name in resources.cues.not_names:
        return True
    words = name.split()
    # short abbreviations only ("Con", "LD", "SNP"): "Green" or "Reform" can be a surname (Sarah Green)
    abbreviations = {abbr for abbr in resources.party_by_abbreviation if len(abbr) <= 3 or abbr.isupper()}
    service_words = {"gain", "gains", "hold", "holds", *patterns.ORDINAL_VALUE}
    return any(word in abbreviations or word.lower() in service_words for word in words)


def _surname_mentions(
    text: str, raw: list[tuple[int, int]], people: list[Mention], parties: list[Mention], resources: Resources
) -> list[Mention]:
    """ "Mather won 16,456 votes", "Ms McIlwaine polled 12,804": a surname the model missed, after the
    full name has been given.

    Only surnames of one full name in the article, only standing alone (not inside a longer run of
    capitalised words) or after a title, and only after that person's first full mention."""
    surnames: dict[str, list[Mention]] = {}
    for person in people:
        words = person.value.split()
        if len(words) >= 2:
            surnames.setdefault(words[-1], []).append(person)
    start = min((s for s, _ in raw), default=len(text))
    taken = SpanIndex((m.start, m.end) for m in (*people, *parties))
    found = []
    # "Jamal won 1,388 votes" after "Jamal Osei": a press release's forename alone, the model missing it,
    # where no one else has that forename and it is no one's surname, nor a word of any other kind
    forenames: dict[str, list[Mention]] = {}
    for person in people:
        if (
            len(words := person.value.split()) >= 2
            and words[0] not in surnames
            and _may_be_forename(words[0], resources)
        ):
            forenames.setdefault(words[0], []).append(person)
    for surname, owners in [*surnames.items(), *forenames.items()]:
        if (
            len({owner.value for owner in owners}) != 1
            or surname in resources.places
            or surname in resources.party_by_alias
        ):
            continue
        owner = min(owners, key=lambda person: person.start)
        for match_start, match_end in standalone_word(text, surname, start, resources.cues.person_titles):
            # ("The numbers: Noor 11,204, Baxendale 10,987 …" before "Labour's candidate was Keith Baxendale": a
            # surname with its tally is that candidate's, wherever the full name comes)
            before_full = match_start <= owner.start and not (
                surname in surnames and patterns.TALLY_RIGHT_AFTER.match(text, match_end)
            )
            if before_full or taken.overlaps(match_start, match_end):
                continue
            found.append(Mention(match_start, match_end, surname, "person", owner.value, owner.party))
            taken.add(match_start, match_end)
    return found


def _may_be_forename(word: str, resources: Resources) -> bool:
    """Whether a word may be a person's forename, alone or before a surname: capitalised, and not a word a
    sentence may open on ("Will"), a title, a month ("May") or a weekday."""
    return not (
        word.lower() in STOP_WORDS
        or word in resources.cues.person_titles
        or word in resources.months
        or word in resources.weekdays
        or not word[:1].isupper()
    )


_WORD_CHARACTER = rx.compile(r"\w")


_CAPITALISED_WORD_BEFORE = rx.compile(r"\p{Lu}\p{L}*\s\Z")


_CAPITALISED_WORD_AFTER = rx.compile(r"\s+\p{Lu}")


# How far back a capitalised word before a surname is looked for: no run of letters is longer (ingest
# blanks longer runs of non-space characters).
_LOOKBEHIND = MAX_RUN + 2


def _boundary(text: str, index: int) -> bool:
    r"""Whether a regex ``\b`` holds at ``index``: a word character on one side only."""
    return _is(_WORD_CHARACTER, text, index - 1) != _is(_WORD_CHARACTER, text, index)


def _no_capital_before(before: str, titles: tuple[str, ...]) -> bool:
    """Whether no capitalised word ends right before, other than a person's title ("Ms")."""
    capital = _CAPITALISED_WORD_BEFORE.search(before)
    return capital is None or capital.group().strip().rstrip(".") in titles


def standalone_word(text: str, word: str, start: int, titles: tuple[str, ...] = ()) -> Iterator[tuple[int, int]]:
    r"""Where ``word`` stands alone from ``start`` on: not after a capitalised word ("Mr Mather") and
    not before one ("Mather Road"). The matches of ``(?<![\p{Lu}][\p{L}]*\s)\b<word>\b(?!\s+\p{Lu})``,
    found with ``str.find``: compiling that pattern anew for every surname of every article cost more
    than the search (with :func:`forename_and`, about a millisecond an article). A capitalised word
    before it that is one of ``titles`` is allowed: "Ms McIlwaine polled 12,804"."""
    index = text.find(word, start)
    while index >= 0:
        end = index + len(word)
        if (
            _boundary(text, index)
            and _boundary(text, end)
            and _no_capital_before(text[max(0, index - _LOOKBEHIND) : index], titles)
            and not _CAPITALISED_WORD_AFTER.match(text, end)
        ):
            yield index, end
            index = text.find(word, end)
        else:
            index = text.find(word, index + 1)


def _titled_surname(text: str, start: int, name: str, latest: dict[tuple[int, str], str]) -> str | None:
    """The full name a titled surname of several words stands for: "Ms Ní Dhuibhir", "Mr Mac Aodha" after
    "Caoimhe Ní Dhuibhir", "Pádraig Mac Aodha" (a surname of one word is looked up as any lone one)."""
    if not patterns.COURTESY_TITLE_END.search(text, max(0, start - 6), start):
        return None
    full = latest.get((-1, name.split()[-1]))
    return full if full is not None and full != name and full.endswith(" " + name) else None


_PREFIXED_CAPITALS = rx.compile(r"(Mc|Mac)(\p{Lu}{2}[\p{Lu}'-]*)")


def _surname_from_capitals(name: str) -> str:
    """ "Mark Anthony DELANEY" -> "Mark Anthony Delaney": a declaration prints the surname in capitals
    after forenames in ordinary case; the capitals are typography, and the name is the one the results
    table gives (not "Ann Reid MSP": a short run of capitals is a title's letters)."""
    *forenames, surname = name.split()
    if len(surname) < MIN_CAPITALS_SURNAME or not surname.isupper() or any(word.isupper() for word in forenames):
        return name
    return " ".join([*forenames, _from_capitals(surname)])


@cache
def _council_letters() -> frozenset[str]:
    """A council's letters after its name in a round-up's heading ("HARWICK DC", "WESTSHIRE CC"): the
    abbreviations of the words that end a body's name in a heading (cues.json's block_heading_body)."""
    return frozenset(word for word in load_resources().cues.phrases("block_heading_body") if len(word) <= 3)


def _from_capitals(name: str) -> str:
    """ "ST EBBA'S" -> "St Ebba's", "STOKE-ON-TRENT" -> "Stoke-on-Trent": a heading's capitals are
    typography, not the name; so are those of "McKENNA" after its prefix."""
    prefixed = _PREFIXED_CAPITALS.fullmatch(name)
    if prefixed:
        return f"{prefixed.group(1)}{_from_capitals(prefixed.group(2))}"
    if not name.isupper():
        return name
    small = {"and", "of", "the", "upon", "on", "in", "under", "next", "by", "with", "le"}

    def word(text: str, first: bool) -> str:
        if not first and text.lower() in small:
            return text.lower()
        if not first and text in _council_letters():
            return text  # "HARWICK DC" -> "Harwick DC": a council's letters stay letters
        pieces = text.split("'")  # "O'NEILL" -> "O'Neill", but "EBBA'S" -> "Ebba's"
        return "'".join(p.capitalize() if i == 0 or len(p) > 1 else p.lower() for i, p in enumerate(pieces))

    def joined(token: str, first: bool, separator: str = "/") -> str:
        # "TORRY/FERRYHILL" -> "Torry/Ferryhill": each place of a slashed name is a name of its own
        if separator == "/":
            return "/".join(joined(place, first and k == 0, "-") for k, place in enumerate(token.split("/")))
        return "-".join(word(part, first and j == 0) for j, part in enumerate(token.split("-")))

    return " ".join(joined(token, i == 0) for i, token in enumerate(name.split()))
