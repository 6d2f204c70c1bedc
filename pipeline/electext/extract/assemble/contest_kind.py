"""What kind of contest a seat's was, and which body it elected: a Westminster seat, a council ward, a
Holyrood, Senedd or NI Assembly constituency, a mayoralty or a police area.

A word in the text decides where there is one, nearest first: a word tied to the seat's name ("Claines
ward", "the Mayor of Bristol", "the Holyrood seat of Ayr"), then the kind of election named for the seat
("a council by-election"), then a word in a sentence naming the seat ("MSP", "Senedd", "councillor").
The gazetteers say which kinds a name can be (Cardiff North is a Westminster and a Senedd constituency,
Lincolnshire a police area): a sentence's word chooses among them, then one in the article; a name that
only one gazetteer holds is that kind without a word, with ``derived`` saying so. The words and areas are
data (``contest_types.json``, ``devolved_areas.tsv``, ``mayoralties.tsv``, ``police_areas.tsv``).

The body is the type's own ("House of Commons", "Scottish Parliament"), the mayoralty's authority, the
police area, or for a council ward the council the text names near the seat ("Worcester City Council",
or the place in brackets after it: "Claines (Worcester)").
"""

from __future__ import annotations

from dataclasses import dataclass

from electext.core import rx
from electext.core.records import Label, PreviousMember
from electext.extract.assemble.statements import SeatFacts, evidence
from electext.extract.facts import ElectionFact, Span, VacancyFact
from electext.extract.mentions.parties import sentence_start_before
from electext.extract.mentions.people import _from_capitals
from electext.lexicon import patterns
from electext.lexicon.contest_areas import CONTEST_TYPES, ContestAreas, ContestType, load_contest_areas
from electext.lexicon.resources import load_resources

# The election kinds the linker names (cues.json's election_kinds) that say the contest's type.
ELECTION_KIND_TYPES: dict[str, ContestType] = {
    "council by-election": "council",
    "Scottish Parliament by-election": "scottish_parliament",
    "Senedd by-election": "senedd",
}
# Where several types fit and no word chooses, the most specific first: a police area or mayoralty named
# as such is rarely anything else; Westminster last, as every other body's reports mention MPs.
SPECIFIC_FIRST: tuple[ContestType, ...] = (
    "pcc",
    "mayor",
    "ni_assembly",
    "scottish_parliament",
    "senedd",
    "council",
    "westminster",
)
# How far after a seat's name a council is looked for in its own sentence, and how far around the
# seat's first mention when that sentence names none ("Claines (Worcester) … a Worcester City Council
# by-election" in the heading): about three lines of a round-up block.
COUNCIL_WINDOW = 300
# The Senedd was the National Assembly for Wales, its members AMs, until May 2020.
SENEDD_RENAMED = 2020
# "Claines (Worcester)": a place in brackets right after a ward's name is its council's.
BRACKETED_PLACE = rx.compile(r"[ \t]*\((?P<place>\p{Lu}[\p{L}'’ -]{1,40})\)")


@dataclass(frozen=True)
class ContestKind:
    contest_type: Label | None
    body: Label | None


def classify(seat: SeatFacts, spans: list[Span], year: int | None) -> ContestKind:
    """The seat's contest type and body; ``spans`` are where the article names the seat, ``year`` the
    article's (for the Welsh body's name)."""
    areas = load_contest_areas()
    found = _type_of(seat, spans, areas)
    if found is None:
        return ContestKind(None, None)
    kind, label = found
    return ContestKind(label, _body(seat, spans, kind, areas, year))


def _type_of(seat: SeatFacts, spans: list[Span], areas: ContestAreas) -> tuple[ContestType, Label] | None:
    text = seat.article.text
    headed = _council_heading(seat)
    if headed is not None:
        return "council", headed
    possible = possible_types(seat.seat, areas)
    tied = _bracketed_word(text, spans, areas, possible) or _tied_word(text, spans, areas)
    if tied is not None and (not possible or tied[0] in possible or tied[0] == "council"):
        return tied[0], _label(seat, tied[0], tied[1])
    named = _election_kind(seat, possible)
    if named is not None:
        return named
    # a name no gazetteer holds is a ward or division when a word says so, else what any word says: in a
    # sentence naming the seat first, then anywhere in the article (a "councillor" in a quote's attribution
    # does not make a by-election a ward's where the seat's own sentence says "Westminster")
    council: list[ContestType] = ["council"]
    for article_wide in (False, True):
        for kinds in (possible,) if possible else (council, list(CONTEST_TYPES)):
            if article_wide and _beyond_a_ward(seat):
                kinds = [kind for kind in kinds if kind != "council"]
            word = _word_near(seat, spans, areas, kinds, article_wide) if kinds else None
            if word is not None:
                return word
    if len(possible) == 1:
        return possible[0], _derived(possible[0], "the only kind of contest the gazetteers hold this name for")
    if possible:
        return possible[-1], _derived(possible[-1], "a name the gazetteers hold for several kinds; no word chooses")
    return None


# More votes than a candidate polls in any ward or division: a council word elsewhere in the article (a
# candidate who is "a councillor") does not make such a contest a ward's.
MAX_WARD_TALLY = 6000


def _beyond_a_ward(seat: SeatFacts) -> bool:
    """Whether a candidate's tally is too large for a council ward (:data:`MAX_WARD_TALLY`)."""
    return any(
        fact.role == "votes" and fact.figure is not None and fact.figure.value >= MAX_WARD_TALLY for fact in seat.facts
    )


def _word_near(
    seat: SeatFacts, spans: list[Span], areas: ContestAreas, kinds: list[ContestType], article_wide: bool
) -> tuple[ContestType, Label] | None:
    """The first of ``kinds``' words in a sentence naming the seat, or (``article_wide``) in the article."""
    text = seat.article.text
    if not article_wide:
        for span in spans:
            start, end = sentence_start_before(text, span.start), _sentence_end(text, span.end)
            word = _first_word(text, start, end, areas, kinds)
            if word is not None:
                return word[0], _label(seat, word[0], word[1])
        return None
    word = _first_word(text, seat.article.body_start, len(text), areas, kinds)
    if word is not None:
        return word[0], _label(
            seat, word[0], word[1], derived="a word of the article's, not of a sentence naming the seat"
        )
    return None


def possible_types(name: str, areas: ContestAreas) -> list[ContestType]:
    """The kinds of contest the gazetteers hold ``name`` for, the most specific first."""
    found: set[ContestType] = set()
    if name in load_resources().periods_by_name:
        found.add("westminster")
    found |= {area.contest_type for area in areas.devolved_by_name.get(name, ())}
    if name in areas.mayoralty_by_name:
        found.add("mayor")
    if name in areas.police_by_name:
        found.add("pcc")
    return [kind for kind in SPECIFIC_FIRST if kind in found]


def _tied_word(text: str, spans: list[Span], areas: ContestAreas) -> tuple[ContestType, Span] | None:
    """A type's seat word right after or before a mention of the seat: "Claines ward", "Mayor of Bristol"."""
    for span in spans:
        for kind in SPECIFIC_FIRST:
            tied = areas.seat_words_after[kind].match(text, span.end) or areas.seat_words_before[kind].search(
                text, max(0, span.start - 60), span.start
            )
            if tied is not None:
                return kind, Span(tied.start("word"), tied.end("word"))
    return None


def _bracketed_word(
    text: str, spans: list[Span], areas: ContestAreas, possible: list[ContestType]
) -> tuple[ContestType, Span] | None:
    """A type's word in brackets right after the seat's name: "Peterborough (Westminster)"."""
    for span in spans:
        bracket = BRACKETED_PLACE.match(text, span.end)
        if bracket is None:
            continue
        word = _first_word(text, bracket.start("place"), bracket.end("place"), areas, possible or list(CONTEST_TYPES))
        if word is not None:
            return word
    return None


def _election_kind(seat: SeatFacts, possible: list[ContestType]) -> tuple[ContestType, Label] | None:
    """The type the seat's named election says ("a council by-election", "the Holyrood by-election")."""
    for fact in seat.facts:
        if not isinstance(fact, ElectionFact) or fact.kind not in ELECTION_KIND_TYPES:
            continue
        kind = ELECTION_KIND_TYPES[fact.kind]
        if kind == "senedd" and "ni_assembly" in possible and "senedd" not in possible:
            kind = "ni_assembly"  # "the Assembly by-election" of a Northern Ireland seat
        if possible and kind not in possible and not (kind == "council" and fact.seat_named):
            # a Westminster seat's "council by-election" is another contest's, unless its own sentence
            # names the seat ("the Gloucester council by-election": a town's ward, read as the town)
            continue
        return kind, _label(seat, kind, fact.evidence[0])
    return None


def _first_word(
    text: str, start: int, end: int, areas: ContestAreas, kinds: list[ContestType]
) -> tuple[ContestType, Span] | None:
    """The first word in text[start:end] naming one of ``kinds``; not an office someone moved on to ("Ms
    Penrose takes over from Alan Briggs, who became a mayor"), which is no word about this contest."""
    best: tuple[int, ContestType, Span] | None = None
    for kind in kinds:
        match = next(
            (
                found
                for found in areas.word_patterns[kind].finditer(text, start, end)
                if not patterns.OFFICE_TAKEN_BEFORE.search(text, max(start, found.start() - 30), found.start())
            ),
            None,
        )
        if match is not None and (best is None or match.start() < best[0]):
            best = (match.start(), kind, Span(match.start(), match.end()))
    return (best[1], best[2]) if best else None


def _sentence_end(text: str, position: int) -> int:
    ends = [i for i in (text.find(". ", position), text.find("\n", position)) if i >= 0]
    return min(ends) if ends else len(text)


def _label(seat: SeatFacts, kind: ContestType, span: Span, derived: str | None = None) -> Label:
    return Label(value=kind, evidence=evidence(seat.article, [span]), derived=derived)


def _derived(kind: ContestType, why: str) -> Label:
    return Label(value=kind, derived=why)


def _body(seat: SeatFacts, spans: list[Span], kind: ContestType, areas: ContestAreas, year: int | None) -> Label | None:
    """The body the contest elected."""
    if kind == "council":
        return heading_body(seat) or council_named(seat, spans, areas)
    if kind == "senedd" and year is not None and year < SENEDD_RENAMED:
        return Label(value="National Assembly for Wales", derived=f"the Senedd's name until {SENEDD_RENAMED}")
    fixed = areas.types[kind].body
    if fixed is not None:
        return Label(value=fixed, derived=f"the body every {kind.replace('_', ' ')} contest elects")
    if kind == "mayor" and seat.seat in areas.mayoralty_by_name:
        return Label(
            value=areas.mayoralty_by_name[seat.seat].body, derived="the mayoralty's authority (mayoralties.tsv)"
        )
    if kind == "pcc" and seat.seat in areas.police_by_name:
        return Label(
            value=f"{areas.police_by_name[seat.seat][0].name} police area", derived="the police area (police_areas.tsv)"
        )
    return None


def _council_heading(seat: SeatFacts) -> Label | None:
    """A results block's heading that names a council beside the contest ("Wakefield MBC, Hemsworth",
    "Tewkesbury BC, Brockworth East"): a council contest, whatever else the gazetteers hold the name for."""
    body = heading_body(seat)
    if body is None or not body.evidence or not patterns.BLOCK_BODY_END.search(body.evidence[0].text):
        return None
    return Label(value="council", evidence=body.evidence, derived="the council its heading names")


def heading_body(seat: SeatFacts) -> Label | None:
    """The council a results block's heading names beside its ward ("Babergh – Copdock & Washbrook",
    "Northgate, Selwood District Council"): read with the heading (extract/mentions/blocks.py)."""
    for fact in seat.facts:
        if fact.role == "seat" and fact.subject is not None and fact.subject.body is not None:
            start, end = fact.subject.body
            name = _from_capitals(seat.article.text[start:end])
            return Label(value=name, evidence=evidence(seat.article, [Span(start, end)]))
    return None


def council_named(seat: SeatFacts, spans: list[Span], areas: ContestAreas) -> Label | None:
    """The council a ward's text names: in the seat's sentence, else near its first mention, else in
    brackets after its name ("Claines (Worcester)", "Haddow ward (East Lothian)")."""
    text = seat.article.text
    windows = [(sentence_start_before(text, s.start), _sentence_end(text, s.end)) for s in spans]
    if spans:
        first = spans[0]
        windows.append((max(seat.article.body_start, first.start - COUNCIL_WINDOW), first.end + COUNCIL_WINDOW))
    for start, end in windows:
        for match in areas.council_pattern.finditer(text, start, min(end, len(text))):
            span = _council_span(match, areas)
            if span is not None:
                return Label(value=text[span.start : span.end], evidence=evidence(seat.article, [span]))
    for span in spans:
        ward = areas.seat_words_after["council"].match(text, span.end)  # "Haddow ward (East Lothian)"
        bracket = BRACKETED_PLACE.match(text, ward.end() if ward else span.end)
        if (
            bracket is not None
            and _first_word(text, bracket.start(), bracket.end(), areas, list(CONTEST_TYPES)) is None
        ):
            place = Span(bracket.start("place"), bracket.end("place"))
            return Label(
                value=text[place.start : place.end].strip(),
                evidence=evidence(seat.article, [place]),
                derived="the place in brackets after the ward's name: its council's",
            )
    return None


def _council_span(match: rx.Match[str], areas: ContestAreas) -> Span | None:
    """The council's name in a match, leading words that are not its place ("The", "Labour-run") dropped."""
    start = match.start()
    text = match.string
    for word in rx.finditer(r"\S+", match.group(0)):
        if word.group(0) in areas.not_place_words or word.group(0).endswith(areas.not_place_suffixes):
            start = match.start() + word.end() + 1
            continue
        break
    place_end = match.end("place") if match.group("place") else match.end("place_b")
    if start >= place_end:
        return None
    return Span(start, match.end()) if text[start:place_end].strip() else None


def council_place(body: str, areas: ContestAreas) -> str:
    """The place of a council's name, as Democracy Club's organisation slug names it: the kind dropped
    ("Worcester City Council" -> "Worcester"), unless the place with its kind is a council area's own
    name ("Aberdeen City Council" -> "Aberdeen City", "City of Edinburgh Council" -> "City of Edinburgh")."""
    name = body.removesuffix(" Council").strip()
    if name in areas.council_countries:
        return name
    match = areas.council_pattern.fullmatch(body)
    if match is None:
        return name
    place = match.group("place") or match.group("place_b") or name
    return place


def with_office(seat: SeatFacts, previous: PreviousMember | None, contest_type: Label | None) -> PreviousMember | None:
    """The previous holder with the office they held: the title a sentence about them gives ("the former
    MSP"), when it is a title of the contest's body, else the body's usual one ("AM" in Wales before
    2020)."""
    if previous is None or contest_type is None:
        return previous
    areas = load_contest_areas()
    kind = areas.types[contest_type.value]  # type: ignore[index]
    titles = {kind.office, *kind.other_offices}
    text = seat.article.text
    if _left_another_office(seat, previous, contest_type.value, areas):
        return None
    for fact in seat.facts:
        if fact.role != "previous_mp" or fact.subject is None or previous.name is None:
            continue
        if fact.subject.value != previous.name.value:
            continue
        for span in (*fact.evidence, Span(fact.subject.start, fact.subject.end)):
            start, end = sentence_start_before(text, span.start), _sentence_end(text, span.end)
            for match in areas.office_pattern.finditer(text, start, end):
                office = _office_of(match.group(0), areas)
                if office in titles:
                    found = Label(value=office, evidence=evidence(seat.article, [Span(match.start(), match.end())]))
                    return previous.model_copy(update={"office": found})
    office = kind.office
    if contest_type.value == "senedd" and seat.article.year is not None and seat.article.year < SENEDD_RENAMED:
        office = "AM"
    usual = Label(
        value=office, derived=f"the title of a member elected in a {contest_type.value.replace('_', ' ')} contest"
    )
    return previous.model_copy(update={"office": usual})


# The office a vacancy's words say was left, in the few words after them: "resigned as an MP",
# "stood down as a Leeds councillor"; or inside them: "left the Commons".
_AS_OFFICE = rx.compile(r"[ \t]+as[ \t]+[^.,;:\n]{1,30}")


def _left_another_office(seat: SeatFacts, previous: PreviousMember, contest_type: str, areas: ContestAreas) -> bool:
    """Is the previous holder another body's member? So where a vacancy of theirs left another body's
    office ("Mr Lloyd resigned as an MP to stand" in a report of the commissioner he became; "when Mr
    Burnham left the Commons to become the region's first mayor"), or a sentence naming them otherwise
    names only another body's seat ("the Westminster seat of the same name, when James Davies won it
    back" in a Senedd report). A vacancy that names no body, or this contest's, keeps them."""
    if previous.name is None:
        return False
    text = seat.article.text
    other_body = this_body = False
    for fact in seat.facts:
        if fact.role != "previous_mp" or fact.subject is None or fact.subject.value != previous.name.value:
            continue
        start = min(span.start for span in fact.evidence)
        end = max(span.end for span in fact.evidence)
        if isinstance(fact, VacancyFact) and fact.reason != "other":
            named = _AS_OFFICE.match(text, end)
            left = {
                k
                for k, pattern in areas.word_patterns.items()
                if pattern.search(text, start, named.end() if named else end)
            }
            if not left or contest_type in left:
                return False
            other_body = True
            continue
        sentence = (sentence_start_before(text, start), _sentence_end(text, end))
        seats = {k for k, pattern in areas.seat_word_patterns.items() if pattern.search(text, *sentence)}
        other_body = other_body or bool(seats and contest_type not in seats)
        words = {k for k, pattern in areas.word_patterns.items() if pattern.search(text, *sentence)}
        this_body = this_body or contest_type in seats | words
    # "Andy Burnham has been re-elected Mayor of Greater Manchester" beside "when Mr Burnham left the
    # Commons to become the region's first mayor": a sentence naming this body's seat says he held it
    return other_body and not this_body


def _office_of(word: str, areas: ContestAreas) -> str | None:
    """The office a title names, whatever its case in the text ("Councillor", "councillor")."""
    if word in areas.offices:
        return areas.offices[word]
    folded = {title.lower(): office for title, office in areas.offices.items() if not title.isupper()}
    return folded.get(word.lower())
