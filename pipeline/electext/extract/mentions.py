"""From a tagged Doc to the article's mentions: people (with their parties), parties and seats.

Works in offsets of the normalised text. Seats come from the gazetteer (the ``electext_seats``
span ruler), from context for seats no gazetteer holds ("the Hilltop ward by-election", "defeated in
Somerset and Frome by…", matched fuzzily to the gazetteer when close), and from descriptions that
point at a seat already named ("the Staffordshire seat" -> Tamworth).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import pairwise
from typing import Literal

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from electext.core import rx
from electext.ingest.article import MAX_RUN
from electext.lexicon import patterns
from electext.lexicon.resources import Resources, fold_seat_name
from electext.nlp.annotate import SEATS_KEY

MentionKind = Literal["person", "party", "seat"]
# difflib ratio above which a contextual seat name is read as a misspelt gazetteer name: "Somerset
# and Frome" vs "Somerton and Frome" scores 0.89; distinct real seats sharing a word score below 0.8.
FUZZY_SEAT_RATIO = 0.86
_MONTHS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
# Entity labels the small model sometimes gives a person's full name.
MISLABELLED_PERSON = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_NOT_SEAT_WORDS = frozenset(
    {"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our"}
    # "the Holyrood seat", "the Westminster constituency": the parliament, not the seat's name
    | {
        "Holyrood",
        "Westminster",
        "Commons",
        "Senedd",
        "Assembly",
        "Parliament",
        "Stormont",
        "Council",
        "COUNCIL",
        "Authority",
    }
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: MentionKind
    value: str  # canonical party, full person name, or canonical seat name
    party: str | None = None  # a person's party, as stated beside the mention
    note: str | None = None  # how a seat name was resolved, when not verbatim
    former: bool = False  # a seat abolished before the article's election: named only as history


@dataclass(frozen=True)
class Mentions:
    """An article's mentions by kind, each kind in text order (readers find a sentence's by bisection)."""

    people: tuple[Mention, ...]
    parties: tuple[Mention, ...]
    seats: tuple[Mention, ...]
    places: tuple[Mention, ...] = ()  # a county or region that is exactly one named seat's

    def __post_init__(self) -> None:
        for kind in (self.people, self.parties, self.seats, self.places):
            if any(later.start < earlier.start for earlier, later in pairwise(kind)):
                raise ValueError(f"mentions out of text order: {kind}")

    def all(self) -> list[Mention]:
        return sorted([*self.people, *self.parties, *self.seats], key=lambda mention: mention.start)

    @cached_property
    def candidates(self) -> tuple[Mention, ...]:
        """People and parties in text order: the readers of every sentence ask, so sorted once."""
        return tuple(sorted([*self.people, *self.parties], key=lambda mention: mention.start))


def _any_title(titles: tuple[str, ...]) -> str:
    """The person titles as one alternation, for the title patterns below (each built once)."""
    return "|".join(rx.escape(title) for title in titles)


@cache
def _leading_titles(titles: tuple[str, ...]) -> rx.TimedPattern:
    """ "Ms ", "Dr. Sir ": built once, not once per name."""
    return rx.compile(rf"(?:(?:{_any_title(titles)})\.?\s+)+")


def _strip_person(text: str, start: int, titles: tuple[str, ...]) -> tuple[int, int]:
    """Trim titles ("Ms "), possessives ("'s") and brackets ("Sue Hayman (Lab") from a PERSON span."""
    for lead in (patterns.LEADING_TIME, patterns.LEADING_ROLE):  # "8.18am Ed Balls", "Sitting MP John Mann"
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
        if rx.match(r"\s+(?:Party|party|candidate|councillor|MP|MSP|MS|group|vote|share)\b", after):
            continue
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


def _parties(
    ents: Sequence[Span], offset: int, text: str, resources: Resources, green_names: list[tuple[int, int]]
) -> list[Mention]:
    name_ends = {end for _, end in green_names}  # "Sarah Green": no party
    found = [
        Mention(ent.start_char + offset, ent.end_char + offset, ent.text, "party", ent.ent_id_)
        for ent in ents
        if ent.label_ == "PARTY" and ent.ent_id_ and ent.end_char + offset not in name_ends
    ]
    # Abbreviations only where results boxes put them: "(Con)", "Con:" or "Con 13,872" on a line, and
    # anywhere on a short box-like line ("CON GAIN FROM LAB", "Swing: 6.7% Lab to Con").
    abbreviations = resources.party_by_abbreviation
    folded = {abbr.lower(): party for abbr, party in abbreviations.items()}
    taken = [(mention.start, mention.end) for mention in found]

    def add(start: int, end: int, value: str) -> None:
        if not any(s < end and start < e for s, e in taken):
            found.append(Mention(start, end, text[start:end], "party", value))
            taken.append((start, end))

    for match in patterns.ABBREVIATION_SLOT.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        group = "a" if match.group("a") else "b"
        add(match.start(group), match.end(group), abbreviations[match.group(group)])
    for line in patterns.BOX_LINE.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
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
    for match in patterns.RESULT_ABBREVIATION.finditer(text, offset, overlapped=True, timeout=patterns.REGEX_TIMEOUT):
        group = "a" if match.group("a") else "b"
        add(match.start(group), match.end(group), folded[match.group(group).lower()])
    for match in patterns.SWING_ABBREVIATION_PAIR.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT):
        for group in ("a", "b"):
            add(match.start(group), match.end(group), folded[match.group(group).lower()])
    return sorted(found, key=lambda mention: mention.start)


# Party names that are also common surnames ("Sarah Green", "Chris Green").
SURNAME_PARTY_WORDS = frozenset({"Green"})
# The canonical name parties.json gives independent candidates.
INDEPENDENT = "Independent"


def _person_party(text: str, start: int, end: int, parties: list[Mention]) -> str | None:
    full_stop = text.rfind(". ", 0, start)
    sentence_start = max(full_stop + 2 if full_stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    standing = patterns.STANDING_FOR.match(text, sentence_start, start)
    if standing:
        party = next((p for p in parties if p.start == standing.start("party")), None)
        if party is not None:
            return party.value
    for party in reversed(parties):
        if (
            party.end <= start
            and start - party.end <= 40
            and patterns.PARTY_BEFORE_PERSON.match(text[party.end : start])
        ):
            return party.value
    for party in reversed(parties):
        if (
            party.end <= start
            and rx.fullmatch(r",\s+", text[party.end : start])
            and rx.search(r"\bthe\s+\Z", text[max(0, party.start - 4) : party.start], rx.I)
            and not party.text.endswith("s")
        ):
            return party.value  # "edged out the Green, Stewart Goshawk": a singular party noun, then the name
    if patterns.INDEPENDENT_BEFORE.search(text, max(sentence_start, start - 80), start):
        return INDEPENDENT  # "and independent Michael Joyce 394"
    referred = _party_referred_to(text, sentence_start, start, parties)
    if referred is not None:
        return referred
    if patterns.INDEPENDENT_AFTER.match(text[end : end + 200]):
        return INDEPENDENT
    for party in parties:
        if (
            party.start >= end
            and party.start - end <= 30
            and patterns.PARTY_AFTER_PERSON.match(text[end : party.start])
        ):
            return party.value
        if (
            party.start >= end
            and party.start - end <= 60
            and patterns.BECOMES_PARTY_MEMBER.match(text[end : party.start])
        ):
            return party.value  # "Dehenna Davison, 26, becomes the first Conservative to represent the town"
        if (
            party.start >= end
            and party.start - end <= 70
            and patterns.DESCRIBED_STANDING_FOR.match(text[end : party.start])
        ):
            return party.value  # "Shivani Raja, a businesswoman standing for the Conservatives"
    joined = [
        party
        for party in parties
        if party.start >= end
        and party.start - end <= 130
        and patterns.DESCRIBED_AFFILIATION.match(text[end : party.start])
    ]
    if joined:
        # "Victoria Ayling, the councillor who crossed the floor to join UKIP"; the last one joined
        # ("a founding member of UKIP who later joined the Conservatives")
        return joined[-1].value
    return None


def _party_referred_to(text: str, sentence_start: int, start: int, parties: list[Mention]) -> str | None:
    """The party a phrase before a name points back to, rather than names.

    "For the Liberal Democrats, the night was grimmer still. Their candidate, Roger Crouch, …" and
    "UKIP's vote has collapsed: Liz Hazell third": the candidate's party is the sentence's topic.
    """
    if patterns.PARTY_ANAPHOR_BEFORE.search(text, max(sentence_start, start - 40), start):
        here = [party for party in parties if sentence_start <= party.start and party.end <= start]
        if here:
            return here[0].value
        full_stop = text.rfind(". ", 0, max(0, sentence_start - 2))
        previous_start = max(
            full_stop + 2 if full_stop >= 0 else 0, text.rfind("\n", 0, max(0, sentence_start - 1)) + 1
        )
        before = [party for party in parties if previous_start <= party.start and party.end <= sentence_start]
        return before[0].value if before else None
    if patterns.PARTY_CLAUSE_BEFORE_COLON.search(text, max(sentence_start, start - 4), start):
        clause_start = max(sentence_start, text.rfind(";", 0, start) + 1)
        for party in parties:
            if clause_start <= party.start < start and rx.fullmatch(
                r"\s*(?:[Tt]he\s+)?", text[clause_start : party.start]
            ):
                return party.value
    return None


def _bracketed_candidates(text: str, parties: list[Mention], resources: Resources) -> list[tuple[int, int]]:
    """ "Byron Davies (Con) 15,862": the capitalised words right before a bracketed party."""
    spans = []
    for party in parties:
        if text[party.start - 1 : party.start] != "(":
            continue
        match = patterns.NAME_BEFORE_BRACKET.search(text, max(0, party.start - 60), party.start)
        if match is None:
            continue
        # "Sitting MP John Mann (Lab)", "Sir Robert Syms (Conservative)": roles and titles are no name
        start, end = _strip_person(match.group("name"), match.start("name"), resources.cues.person_titles)
        name = text[start:end]
        if (
            len(name.split()) < 2
            or name.split()[0].lower() in STOP_WORDS
            or name.lower() in resources.seat_by_lower
            or name in resources.party_by_alias
            or not_a_name(name, resources)
        ):
            continue
        spans.append((start, end))
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
                forename.lower() in STOP_WORDS
                or text[start:end].lower() in resources.seat_by_lower  # "Birmingham Erdington" is a seat
                or forename in resources.party_by_alias
                or forename in resources.places
                or forename in resources.cues.person_titles
                or forename in _MONTHS
                or not_a_name(forename, resources)
                or any(
                    s < end and start < e and (s, e) != (surname_start, end) for s, e in raw + found + other_entities
                )
                or rx.match(r"\s+(?:and|of|&)\s+\p{Lu}", text[end : end + 8])
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
    party_aliases = resources.party_by_alias
    titles = resources.cues.person_titles
    raw: list[tuple[int, int]] = []
    person_ents = [ent for ent in ents if ent.label_ == "PERSON"]
    surnames = {ent.text.split()[-1] for ent in person_ents if ent.text.split()}
    # "Shivani Raja" tagged ORG where "Ms Raja" is a PERSON: a full name the model mislabelled.
    person_ents += [
        ent
        for ent in ents
        if ent.label_ in MISLABELLED_PERSON
        and patterns.NAME_WORDS.match(ent.text)
        and len(ent.text.split()) <= 3
        and ent.text.split()[-1] in surnames
        and ent.text not in party_aliases
        and ent.text not in resources.places
    ]
    person_ents.sort(key=lambda ent: ent.start_char)
    seat_spans = [(span.start_char + offset, span.end_char + offset) for span in doc.spans.get(SEATS_KEY, [])]
    for ent in person_ents:
        start, end = _strip_person(ent.text, ent.start_char + offset, titles)
        end = start + len(text[start:end].rstrip())  # "Thomas Buchanan       DUP": a box's column padding
        verb = patterns.LOWERCASE_IN_NAME.search(text, start, end)
        if verb:
            end = verb.start()  # "Daisy Cooper won St Albans" tagged as one name: the name ends at the verb
        for seat_start, seat_end in seat_spans:
            # a name that starts or ends inside a seat's name ran on from it; "Gordon Brown" merely begins
            # with one ("Gordon")
            if seat_start < start < seat_end < end:
                start = seat_end + len(text[seat_end:end]) - len(text[seat_end:end].lstrip())  # "[Billericay] Holden"
            elif start < seat_start < end < seat_end:
                end = start + len(text[start:seat_start].rstrip())
        following = patterns.NEXT_NAME_WORD.match(text, end)
        if (
            following
            and " " not in text[start:end].strip()
            and (
                following.group("word") in surnames
                or rx.search(r"'s?\s+\Z", text[max(0, start - 3) : start])
                # "the Liberal Democrat Iain McDonald" tagged "Iain": a party right before a forename
                or any(party.end < start and not text[party.end : start].strip() for party in parties)
            )
            and (
                following.group("word") not in party_aliases
                or not any(party.start == following.start("word") for party in parties)  # "Sarah [Green]"
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
            or any(word in _MONTHS for word in name.split())
        ):
            continue
        raw.append((start, end))
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
    found += [
        span
        for span in _bracketed_candidates(text, parties, resources)
        if not any(s < span[1] and span[0] < e and not (span[0] <= s and e <= span[1]) for s, e in raw + found)
        and not any(s < span[1] and span[0] < e for s, e in others)
    ]
    # "Paulette Hamilton" where the model tagged only "Hamilton": the full name replaces the part
    raw = sorted([(s, e) for s, e in raw if not any(fs <= s and e <= fe for fs, fe in found)] + found)
    declared = list(patterns.SURNAME_FIRST.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT))
    declared += [
        match
        for match in patterns.SURNAME_FIRST_BOXED.finditer(text, offset, timeout=patterns.REGEX_TIMEOUT)
        if not any(match.start() < other.end() and other.start() < match.end() for other in declared)
    ]
    declared.sort(key=lambda match: match.start())
    declared_spans = [(match.start("surname"), match.end("forenames")) for match in declared]
    raw = [(s, e) for s, e in raw if not any(ds < e and s < de for ds, de in declared_spans)]
    people: list[Mention] = []
    full_names: list[str] = []
    for match in declared:
        full = f"{match.group('forenames')} {_from_capitals(match.group('surname'))}"
        start, end = match.start("surname"), match.end("forenames")
        people.append(Mention(start, end, text[start:end], "person", full, _person_party(text, start, end, parties)))
        full_names.append(full)
    for start, end in raw:
        name = text[start:end]
        words = name.split()
        full = name
        if len(words) == 1:
            # "Strathern", "Ms Edwards": the latest full name with that surname, else a later one;
            # "Sir Robert": a knight is named by his forename
            part = 0 if rx.search(r"\b(?:Sir|Dame)\s+\Z", text[max(0, start - 6) : start]) else -1
            earlier = [candidate for candidate in full_names if candidate.split()[part] == words[0]]
            later = [
                text[s:e]
                for s, e in raw
                if s > start and len(text[s:e].split()) > 1 and text[s:e].split()[part] == words[0]
            ]
            full = earlier[-1] if earlier else (later[0] if later else name)
        else:
            full = name.title() if name.isupper() else name  # "KEIR MORRISON" in a capitals box
            full_names.append(full)
        people.append(Mention(start, end, name, "person", full, _person_party(text, start, end, parties)))
    people += _surname_mentions(text, raw, people, parties, resources)
    people.sort(key=lambda person: person.start)
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
    """ "Mather won 16,456 votes": a surname the model missed, after the full name has been given.

    Only surnames of one full name in the article, only standing alone (not inside a longer run of
    capitalised words), and only after that person's first full mention."""
    surnames: dict[str, list[Mention]] = {}
    for person in people:
        words = person.value.split()
        if len(words) >= 2:
            surnames.setdefault(words[-1], []).append(person)
    start = min((s for s, _ in raw), default=len(text))
    taken = [(m.start, m.end) for m in (*people, *parties)]
    found = []
    for surname, owners in surnames.items():
        if (
            len({owner.value for owner in owners}) != 1
            or surname in resources.places
            or surname in resources.party_by_alias
        ):
            continue
        owner = min(owners, key=lambda person: person.start)
        for match_start, match_end in standalone_word(text, surname, start):
            if match_start <= owner.start or any(s < match_end and match_start < e for s, e in taken):
                continue
            found.append(Mention(match_start, match_end, surname, "person", owner.value, owner.party))
            taken.append((match_start, match_end))
    return found


_WORD_CHARACTER = rx.compile(r"\w")
_CAPITALISED_WORD_BEFORE = rx.compile(r"\p{Lu}\p{L}*\s\Z")
_CAPITALISED_WORD_AFTER = rx.compile(r"\s+\p{Lu}")
# How far back a capitalised word before a surname is looked for: no run of letters is longer (ingest
# blanks longer runs of non-space characters).
_LOOKBEHIND = MAX_RUN + 2


def _boundary(text: str, index: int) -> bool:
    r"""Whether a regex ``\b`` holds at ``index``: a word character on one side only."""
    return _is(_WORD_CHARACTER, text, index - 1) != _is(_WORD_CHARACTER, text, index)


def standalone_word(text: str, word: str, start: int) -> Iterator[tuple[int, int]]:
    r"""Where ``word`` stands alone from ``start`` on: not after a capitalised word ("Mr Mather") and
    not before one ("Mather Road"). The matches of ``(?<![\p{Lu}][\p{L}]*\s)\b<word>\b(?!\s+\p{Lu})``,
    found with ``str.find``: compiling that pattern anew for every surname of every article cost more
    than the search (with :func:`forename_and`, about a millisecond an article)."""
    index = text.find(word, start)
    while index >= 0:
        end = index + len(word)
        if (
            _boundary(text, index)
            and _boundary(text, end)
            and not _CAPITALISED_WORD_BEFORE.search(text[max(0, index - _LOOKBEHIND) : index])
            and not _CAPITALISED_WORD_AFTER.match(text, end)
        ):
            yield index, end
            index = text.find(word, end)
        else:
            index = text.find(word, index + 1)


# A title's abbreviating full stop ("Mr.", "Dr."): only after a lower-case letter, so "… is no longer an
# MP. South West Norfolk went to Labour" reads the stop as a sentence's end, not "MP South West Norfolk".
_TITLE_STOP = r"(?:(?<=\p{Ll})\.)?"


@cache
def _title_before(titles: tuple[str, ...]) -> rx.Pattern[str]:
    return rx.compile(rf"\b(?:{_any_title(titles)}){_TITLE_STOP}\s+\Z")


@cache
def _titled_pattern(titles: tuple[str, ...]) -> rx.Pattern[str]:
    return rx.compile(rf"\b(?:{_any_title(titles)}){_TITLE_STOP}[ \t]+(\p{{Lu}}[\p{{L}}-]+(?:'\p{{Lu}}[\p{{L}}-]+)?)")


def _titled_surnames(text: str, titles: tuple[str, ...]) -> frozenset[str]:
    """Words the article uses as someone's surname ("Ms Kettering")."""
    return frozenset(match.group(1) for match in _titled_pattern(titles).finditer(text))


def _gazetteer_seats(doc: Doc, text: str, offset: int, people: list[Mention], titles: tuple[str, ...]) -> list[Mention]:
    """The gazetteer's seats that the rulers found in ``doc``, whose text is ``text`` (the body)."""
    seats = []
    title_before = _title_before(titles)
    titled = _titled_surnames(text, titles)
    for span in doc.spans.get(SEATS_KEY, []):
        start, end = span.start_char + offset, span.end_char + offset
        if title_before.search(text[max(0, span.start_char - 12) : span.start_char]):
            continue  # "Sir Dudley the Crazed" is a candidate, not the Dudley seat
        if patterns.COUNCIL_AFTER.match(text, span.end_char):
            continue  # "Newcastle-under-Lyme council" is the local authority, not the constituency
        if patterns.NATIONAL_BEFORE.search(text, max(0, span.start_char - 12), span.start_char):
            continue  # "a job with Scottish Rugby": an organisation's name, not the Rugby seat
        if span.text in titled and rx.search(
            r"\b\p{Lu}\p{Ll}+[ \t]+\Z", text[max(0, span.start_char - 20) : span.start_char]
        ):
            continue  # "Sue Kettering (Independent)" where the article also says "Ms Kettering"
        if any(p.start <= start and end <= p.end and (p.end - p.start) > (end - start) for p in people):
            continue  # "Gordon" inside "Gordon Brown"
        seats.append(Mention(start, end, span.text, "seat", span.id_))
    seats.sort(key=lambda seat: (seat.start, -(seat.end - seat.start)))
    kept: list[Mention] = []
    for seat in seats:  # longest match wins: "Selby and Ainsty" over "Selby"
        if kept and seat.start < kept[-1].end:
            continue
        kept.append(seat)
    return kept


def _heading_seats(text: str, start: int, end: int, resources: Resources) -> list[Mention]:
    """Seats in capitals on short lines: "MID DORSET AND NORTH POOLE", "RESULT: COPELAND (Cumbria)"."""
    lower = resources.seat_by_lower
    seats = []
    for line in patterns.BOX_LINE.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT):
        for run in patterns.CAPS_RUN.finditer(text, line.start(), line.end()):
            name = lower.get(fold_seat_name(run.group(0)))
            if name:
                seats.append(Mention(run.start(), run.end(), run.group(0), "seat", name))
                continue
            # "ELECTION 2010: NORWICH SOUTH AT A GLANCE": the longest leading words that are a seat
            words = run.group(0).split()
            for size in range(len(words) - 1, 1, -1):
                name = lower.get(fold_seat_name(" ".join(words[:size])))
                if name:
                    leading = " ".join(words[:size])
                    if text.startswith(leading, run.start()):
                        seats.append(Mention(run.start(), run.start() + len(leading), leading, "seat", name))
                    break
    # "LIB DEM HOLD SHEFFIELD HALLAM", "BREAKING: CONSERVATIVE GAIN TWICKENHAM": a seat after a result word
    for run in patterns.CAPS_RUN.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT):
        result = patterns.CAPS_RESULT_WORD.search(run.group(0))
        if result is None:
            continue
        for word in rx.finditer(r"\S+", run.group(0), pos=result.end()):
            name = lower.get(fold_seat_name(run.group(0)[word.start() :]))
            if name and not any(seat.start < run.end() and run.start() < seat.end for seat in seats):
                seats.append(Mention(run.start() + word.start(), run.end(), run.group(0)[word.start() :], "seat", name))
                break
    # "BARNSLEY CENTRAL, 3 March. Dan Jarvis held the seat…": a run-in heading opening a paragraph
    for run in patterns.RUN_IN_HEADING.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT):
        name = lower.get(fold_seat_name(run.group("run")))
        if name and not any(seat.start == run.start("run") for seat in seats):
            seats.append(Mention(run.start("run"), run.end("run"), run.group("run"), "seat", name))
    return seats


def _fuzzy_seat(name: str, resources: Resources) -> str | None:
    names = resources.seat_by_name
    close = difflib.get_close_matches(name, list(names), n=1, cutoff=FUZZY_SEAT_RATIO)
    return close[0] if close else None


def _context_seats(
    text: str,
    start: int,
    end: int,
    known: list[Mention],
    resources: Resources,
    parties: list[Mention],
    people: list[Mention],
) -> list[Mention]:
    """Seats named by context rather than the gazetteer; fuzzy-matched to it when close."""
    found: list[Mention] = []
    occupied = [(m.start, m.end) for m in (*known, *parties, *people)]
    # A strong context names a seat even where the model saw a person; a party or a known seat still wins.
    firm = [(m.start, m.end) for m in known]
    party_spans = {(m.start, m.end) for m in parties}
    matches = [
        (match, True)
        for match in patterns.STRONG_SEAT_CONTEXT.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT)
    ] + [(match, False) for match in patterns.SEAT_CONTEXT.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT)]
    for match, strong in matches:
        for capture_start, capture_end in zip(match.starts("name"), match.ends("name"), strict=True):
            name = text[capture_start:capture_end].rstrip(",. ")
            capture_end = capture_start + len(name)
            words = name.split()
            if not words or words[0] in _NOT_SEAT_WORDS or words[0] in _MONTHS or words[0] in _WEEKDAYS:
                continue
            blocked = firm if strong else occupied
            if (
                name in resources.party_by_alias
                or name.title() in resources.party_by_alias
                or name in resources.places
                or words[-1] in _NOT_SEAT_WORDS  # "a by-election for Bro Dyfnant County Borough Council"
                or (strong and any(s <= capture_start < e for s, e in party_spans))  # "Labour ward"
                or any(s < capture_end and capture_start < e for s, e in blocked)
                or any(s < capture_end and capture_start < e for s, e in ((m.start, m.end) for m in found))
            ):
                continue
            canonical = _fuzzy_seat(name, resources)
            written = _from_capitals(name)
            note = None if canonical is None else f"written '{name}' in the article; read as '{canonical}'"
            found.append(Mention(capture_start, capture_end, name, "seat", canonical or written, note=note))
            occupied.append((capture_start, capture_end))
    # The same unlisted name elsewhere in the article is the same seat.
    names = {mention.text: mention for mention in found}
    for name, first in names.items():
        for match in rx.finditer(rf"\b{rx.escape(name)}\b", text, pos=start, endpos=end):
            if not any(s < match.end() and match.start() < e for s, e in occupied):
                found.append(Mention(match.start(), match.end(), name, "seat", first.value, note=first.note))
                occupied.append((match.start(), match.end()))
    return found


def _from_capitals(name: str) -> str:
    """ "ST EBBA'S" -> "St Ebba's", "STOKE-ON-TRENT" -> "Stoke-on-Trent": a heading's capitals are
    typography, not the name."""
    if not name.isupper():
        return name
    small = {"and", "of", "the", "upon", "on", "in", "under", "next", "by", "with", "le"}

    def word(text: str, first: bool) -> str:
        if not first and text.lower() in small:
            return text.lower()
        pieces = text.split("'")  # "O'NEILL" -> "O'Neill", but "EBBA'S" -> "Ebba's"
        return "'".join(p.capitalize() if i == 0 or len(p) > 1 else p.lower() for i, p in enumerate(pieces))

    return " ".join(
        "-".join(word(part, i == 0 and j == 0) for j, part in enumerate(token.split("-")))
        for i, token in enumerate(name.split())
    )


def _coexisted(first: str, second: str, resources: Resources) -> bool:
    """Did two constituency names ever exist at the same time (so they are different seats)?"""
    periods = resources.periods_by_name
    return any(
        a_start < (b_end or 9999) and b_start < (a_end or 9999)
        for a_start, a_end in periods.get(first, [])
        for b_start, b_end in periods.get(second, [])
    )


def _expand_short_names(seats: list[Mention], resources: Resources) -> list[Mention]:
    """ "Selby" beside "Selby and Ainsty" in one article is the same seat — unless both names
    existed as seats at the same time ("Glasgow South" and "Glasgow South West"), or the short name is
    the one the article keeps using."""
    names = {seat.value for seat in seats}
    counts = {name: sum(seat.value == name for seat in seats) for name in names}
    expanded = []
    periods = resources.periods_by_name
    for seat in seats:
        longer = sorted(name for name in names if name != seat.value and name.startswith(seat.value + " "))
        if not longer and seat.value not in periods and seat.value.lower() not in resources.seat_by_lower:
            # "Turnout in Itchen" beside "Southampton, Itchen": a ward-like context name that ends a seat's
            longer = sorted(name for name in names if name != seat.value and name.endswith(" " + seat.value))
        # "people in Kirkcaldy, Cowdenbeath and the villages" in a report of Kirkcaldy and
        # Cowdenbeath: Holyrood names inside the Westminster seat's name are its towns
        part_of = sorted(
            name
            for name in names
            if name != seat.value
            and seat.value not in periods
            and name in periods
            and rx.search(rf"(?<!\w){rx.escape(seat.value)}(?!\w)", name)
        )
        first_named = {name: min(s.start for s in seats if s.value == name) for name in names}
        if len(part_of) == 1 and not longer and first_named[part_of[0]] < first_named[seat.value]:
            longer = part_of
        if (
            len(longer) == 1
            and not _coexisted(seat.value, longer[0], resources)
            # "Kensington" x5 beside one "Kensington and Chelsea council"
            and (counts[longer[0]] >= counts[seat.value] or longer == part_of)
        ):
            seat = Mention(
                seat.start,
                seat.end,
                seat.text,
                "seat",
                longer[0],
                note=f"'{seat.text}' read as short for '{longer[0]}'",
            )
        expanded.append(seat)
    return expanded


def _described_seats(text: str, start: int, end: int, seats: list[Mention], resources: Resources) -> list[Mention]:
    """ "the Staffordshire seat" -> the one seat in the article whose county or region that is."""
    index = resources.seat_by_name
    described = []
    for match in patterns.SEAT_DESCRIPTOR.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT):
        place = match.group("county")
        named = {seat.value for seat in seats}
        if place in named:
            continue
        fits = sorted(name for name in named if name in index and place in (index[name].county, index[name].region))
        if len(fits) == 1:
            described.append(
                Mention(
                    match.start(),
                    match.end(),
                    match.group(0),
                    "seat",
                    fits[0],
                    note=f"'{match.group(0)}' read as {fits[0]}, the article's {place} seat",
                )
            )
    return described


# A seat name still reads as that seat this many years after its boundaries were abolished
# (retrospectives, "the old Medway seat" aside): set so a 2024 article can still name 2019 seats.
SEAT_NAME_AFTERLIFE_YEARS = 2


def _existed(name: str, year: int | None, resources: Resources) -> bool:
    """Was ``name`` a constituency around ``year``? Unknown dates give every name the benefit."""
    if year is None:
        return True
    return any(
        first - 1 <= year <= (last or 9999) + SEAT_NAME_AFTERLIFE_YEARS
        for first, last in resources.periods_by_name.get(name, [(0, None)])
    )


def _mark_former(seats: list[Mention], year: int | None, resources: Resources) -> list[Mention]:
    """Seats the article can only name as history: abolished before its year, or replaced by the
    new seat its lead names ("Mr Hart had represented Carmarthen West … since 2010" in a report of
    the new Caerfyrddin seat). Such a seat is never the scene of the article's result."""
    periods = resources.periods_by_name
    # The lead names the article's own contest: its boundaries set the era, so a by-election report
    # that looks ahead to next year's new seats keeps its own seat.
    lead = next((seat for seat in seats if seat.value in periods), None)
    if lead is None:
        return seats
    era = min(first for first, _ in periods[lead.value])
    if year is not None and era > year:
        era = 0

    def abolished(name: str) -> bool:
        spells = periods.get(name)
        if name == lead.value or not spells or any(last is None for _, last in spells):
            return False
        last = max(last for _, last in spells if last is not None)
        return last <= era or (year is not None and last < year)

    return [replace(seat, former=True) if abolished(seat.value) else seat for seat in seats]


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
    seats = [
        seat
        for seat in _gazetteer_seats(doc, body, offset, people, resources.cues.person_titles)
        if _existed(seat.value, year, resources)
    ]
    seats += [
        h
        for h in _heading_seats(text, offset, end, resources)
        if not any(s.start < h.end and h.start < s.end for s in seats)
    ]
    seats += _described_seats(text, offset, end, seats, resources)
    seats += _context_seats(text, offset, end, seats, resources, parties, people)
    seats = _expand_short_names(sorted(seats, key=lambda seat: seat.start), resources)
    seats = [seat for seat in seats if _existed(seat.value, year, resources)]
    # "against Dudley's 11,601" where Melanie Dudley stood in Dudley North: a surname's tally, not the seat
    by_surname = {person.value.split()[-1]: person for person in people if len(person.value.split()) > 1}
    tallied = [
        seat for seat in seats if seat.text in by_surname and rx.match(r"'s?\s+\d", text[seat.end : seat.end + 6])
    ]
    people += [
        Mention(seat.start, seat.end, seat.text, "person", by_surname[seat.text].value, by_surname[seat.text].party)
        for seat in tallied
    ]
    people.sort(key=lambda person: person.start)
    seats = [seat for seat in seats if seat not in tallied]
    people = [p for p in people if not any(s.start <= p.start and p.end <= s.end for s in seats)]
    # "Kestle Green", "Sarah Green": a party's name inside a longer seat or person name is part of it
    parties = [
        p
        for p in parties
        if not any(
            s.start <= p.start and p.end <= s.end and s.end - s.start > p.end - p.start for s in (*seats, *people)
        )
    ]
    seats = _mark_former(seats, year, resources)
    places = _place_hints(text, offset, end, seats, resources)
    return Mentions(tuple(people), tuple(parties), tuple(sorted(seats, key=lambda seat: seat.start)), places)


def _place_hints(text: str, start: int, end: int, seats: list[Mention], resources: Resources) -> tuple[Mention, ...]:
    """Counties that belong to exactly one of the article's seats, wherever they stand alone."""
    owners: dict[str, set[str]] = {}
    for seat in {seat.value for seat in seats}:
        known = resources.seat_by_name.get(seat)
        if known and known.county and known.county != known.country:
            owners.setdefault(known.county, set()).add(seat)
    hints = []
    occupied = [(seat.start, seat.end) for seat in seats]
    for place, seat_names in owners.items():
        if len(seat_names) != 1:
            continue
        for match in rx.finditer(rf"\b{rx.escape(place)}\b", text, pos=start, endpos=end):
            if not any(s <= match.start() < e for s, e in occupied):
                hints.append(Mention(match.start(), match.end(), match.group(0), "seat", next(iter(seat_names))))
    return tuple(sorted(hints, key=lambda hint: hint.start))
