"""Seats: from the gazetteer, from headings, from context for seats no gazetteer holds ("the Hilltop
ward by-election", matched fuzzily to the gazetteer when close), and from descriptions that point at a
seat already named ("the Staffordshire seat" -> Tamworth).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from electext.core import rx
from electext.core.spans import SpanIndex
from electext.extract.mentions.mention import Mention
from electext.extract.mentions.people import _any_title
from electext.extract.mentions.repeats import named_again
from electext.extract.mentions.seat_names import could_name_a_seat, trimmed_name, written_seat_name
from electext.lexicon import patterns
from electext.lexicon.resources import Resources, fold_seat_name
from electext.nlp.annotate import SEATS_KEY

# difflib ratio above which a contextual seat name is read as a misspelt gazetteer name: "Somerset
# and Frome" vs "Somerton and Frome" scores 0.89; distinct real seats sharing a word score below 0.8.
FUZZY_SEAT_RATIO = 0.86
# How far back in its sentence a context seat's name is read as the office whose election emptied the seat.
VACANCY_CAUSE_WITHIN = 120


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


def speaker_labels(text: str, start: int, end: int) -> frozenset[str]:
    """The names that open two or more lines of ``text[start:end]`` before a colon and speech, as a script
    or a transcript labels its speakers ("ANGUS: Good morning.", "KATIE: A very good night"), case folded; a
    heading's "ANGUS: SNP hold" is one line. Such a name is the speaker's wherever the script uses it
    ("Thank you, Angus")."""
    counts: dict[str, int] = {}
    for match in patterns.SPEAKER_LABEL.finditer(text, start, end):
        counts[match.group("name")] = counts.get(match.group("name"), 0) + 1
    return frozenset(name.casefold() for name, count in counts.items() if count >= 2)


def _gazetteer_seats(
    doc: Doc,
    text: str,
    offset: int,
    people: list[Mention],
    titles: tuple[str, ...],
    longer_places: Mapping[str, tuple[str, ...]],
) -> list[Mention]:
    """The gazetteer's seats that the rulers found in ``doc``, whose text is ``text`` (the body)."""
    seats = []
    title_before = _title_before(titles)
    titled = _titled_surnames(text, titles)
    names = SpanIndex((person.start, person.end) for person in people)
    for span in doc.spans.get(SEATS_KEY, []):
        start, end = span.start_char + offset, span.end_char + offset
        if title_before.search(text[max(0, span.start_char - 12) : span.start_char]):
            continue  # "Sir Dudley the Crazed" is a candidate, not the Dudley seat
        if patterns.COUNCIL_AFTER.match(text, span.end_char):
            continue  # "Newcastle-under-Lyme council" is the local authority, not the constituency
        if patterns.NATIONAL_BEFORE.search(text, max(0, span.start_char - 12), span.start_char):
            continue  # "a job with Scottish Rugby": an organisation's name, not the Rugby seat
        if patterns.COUNT_VENUE_BEFORE.search(text, max(0, span.start_char - 40), span.start_char):
            continue  # "At the by-election count in Widnes": where the votes were counted, not a contest
        if span.text in titled and rx.search(
            r"\b\p{Lu}\p{Ll}+[ \t]+\Z", text[max(0, span.start_char - 20) : span.start_char]
        ):
            continue  # "Sue Kettering (Independent)" where the article also says "Ms Kettering"
        if any(s <= start and end <= e and e - s > end - start for s, e in names.overlapping(start, end)):
            continue  # "Gordon" inside "Gordon Brown"
        if any(
            len(place) > len(span.text) and text.startswith(place, span.start_char)
            for place in longer_places.get(span.text.split()[0], ())
        ):
            continue  # "a Rhondda Cynon Taf councillor": the council area, not the Rhondda seat
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
    council: bool = False,
) -> list[Mention]:
    """Seats named by context rather than the gazetteer; fuzzy-matched to it when close. In a
    ``council`` report, whose wards no gazetteer holds, a weak context does not yield to a lone word
    the model read as a person."""
    found: list[Mention] = []
    # a lone capitalised word the model read as a person, and no longer name has, is no one for a weak
    # context to yield to: "The Kelvinbrook seat was retained" (the small model reads wards as people)
    surnames = {word for person in people if " " in person.text for word in person.text.split()}
    lone = [m for m in people if council and " " not in m.text and m.text not in surnames]
    occupied = SpanIndex((m.start, m.end) for m in (*known, *parties, *people) if m not in lone)
    # A strong context names a seat even where the model saw a person; a party or a known seat still wins.
    firm = SpanIndex((m.start, m.end) for m in known)
    taken = SpanIndex()  # the context seats found so far
    party_spans = SpanIndex((m.start, m.end) for m in parties)
    fuzzy: dict[str, str | None] = {}  # a crafted text repeats one name thousands of times
    # ("a first Reform seat in Harton" beside "ASHBY GREEN (Harton District Council)": in a council
    # report, the name of a council the article gives is its area, not one of its wards; in prose only where a
    # ward is named, "elected to Port Kelby Town Council … in the Quay ward by-election", since a parish
    # council with no wards is its own contest)
    wards_named = council and patterns.WARD_NOUN.search(text, start, end) is not None
    council_names = (
        {
            m.group("name")
            for m in patterns.COUNCIL_NAMED.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT)
            if (m.group("bracket") or wards_named)
            # (not "sits on Moss Heath Parish Council" beside "the Moss Heath ward": a ward's own parish)
            and not rx.search(rf"\b{rx.escape(m.group('name'))}[ \t]+(?i:ward|division)\b", text, pos=start, endpos=end)
        }
        if council
        else set()
    )
    matches = [
        (match, True)
        for match in patterns.STRONG_SEAT_CONTEXT.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT)
    ] + [(match, False) for match in patterns.SEAT_CONTEXT.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT)]
    for match, strong in matches:
        for capture_start, capture_end in zip(match.starts("name"), match.ends("name"), strict=True):
            capture_start, name = trimmed_name(text, capture_start, capture_end, people)
            capture_end = capture_start + len(name)
            if (
                not could_name_a_seat(name, resources)
                or patterns.COUNT_VENUE_BEFORE.search(text, max(start, capture_start - 40), capture_start)
                or (strong and party_spans.covers(capture_start))  # "Labour ward"
                or (firm if strong else occupied).overlaps(capture_start, capture_end)
                or taken.overlaps(capture_start, capture_end)
                or name in council_names
                or (strong and not council and match.groupdict().get("council_body"))  # another report's ward
            ):
                continue
            clause_from = max(start, capture_start - VACANCY_CAUSE_WITHIN, text.rfind(". ", start, capture_start) + 1)
            if patterns.VACANCY_TRIGGER_BEFORE.search(text, clause_from, capture_start):
                continue  # "The seat fell vacant when its MP was elected Mayor of Kelby": the office that caused it
            # ("took the Harrowby East ward": a ward, which no gazetteer of constituencies holds, is not the
            # constituency its name is close to, "Harrow East"; only one of the same name)
            if council or patterns.WARD_NOUN.search(match.group(0)) is not None:
                canonical = name if name in resources.seat_by_name else None
            else:
                if name not in fuzzy:
                    fuzzy[name] = _fuzzy_seat(name, resources)
                canonical = fuzzy[name]
            written = written_seat_name(name)
            note = None if canonical is None else f"written '{name}' in the article; read as '{canonical}'"
            found.append(Mention(capture_start, capture_end, name, "seat", canonical or written, note=note))
            occupied.add(capture_start, capture_end)
            taken.add(capture_start, capture_end)
    # The same unlisted name elsewhere in the article is the same seat.
    # (a person the model read inside the repeated name, "Rawdon Cross" in "Rawdon Cross and Moorside", yields)
    names = frozenset((m.start, m.end) for m in people)
    return found + named_again(text, start, end, found, occupied, names)


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
    the one the article keeps using. Decided once per distinct name, then applied to each mention."""
    counts: dict[str, int] = {}
    first_named: dict[str, int] = {}
    for seat in seats:
        counts[seat.value] = counts.get(seat.value, 0) + 1
        first_named[seat.value] = min(first_named.get(seat.value, seat.start), seat.start)
    longer_names = {name: _longer_name(name, counts, first_named, resources) for name in counts}
    return [
        Mention(seat.start, seat.end, seat.text, "seat", longer, note=f"'{seat.text}' read as short for '{longer}'")
        if (longer := longer_names[seat.value])
        else seat
        for seat in seats
    ]


def _longer_name(name: str, counts: dict[str, int], first_named: dict[str, int], resources: Resources) -> str | None:
    """The longer seat name the article also uses that ``name`` is short for, if exactly one."""
    names = counts.keys()
    periods = resources.periods_by_name
    longer = sorted(other for other in names if other != name and other.startswith(name + " "))
    if not longer and name not in periods and name.lower() not in resources.seat_by_lower:
        # "Turnout in Itchen" beside "Southampton, Itchen": a ward-like context name that ends a seat's
        longer = sorted(other for other in names if other != name and other.endswith(" " + name))
    # "people in Kirkcaldy, Cowdenbeath and the villages" in a report of Kirkcaldy and
    # Cowdenbeath: Holyrood names inside the Westminster seat's name are its towns
    part_of = (
        []
        if name in periods
        else sorted(
            other
            for other in names
            if other != name
            and other in periods
            and name in other  # str's own search first: the pattern only where it can match
            and rx.search(rf"(?<!\w){rx.escape(name)}(?!\w)", other)
        )
    )
    if len(part_of) == 1 and not longer and first_named[part_of[0]] < first_named[name]:
        longer = part_of
    if (
        len(longer) == 1
        and not _coexisted(name, longer[0], resources)
        # "Kensington" x5 beside one "Kensington and Chelsea council"
        and (counts[longer[0]] >= counts[name] or longer == part_of)
    ):
        return longer[0]
    return None


def _described_seats(text: str, start: int, end: int, seats: list[Mention], resources: Resources) -> list[Mention]:
    """ "the Staffordshire seat", "the West London constituency" -> the one seat in the article whose
    county or region that is (or holds that part)."""
    index = resources.seat_by_name
    described = []
    for match in patterns.SEAT_DESCRIPTOR.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT):
        place = match.group("county")
        named = {seat.value for seat in seats}
        if place in named:
            continue
        # "the West London constituency": a part of a county or region, by its compass point
        places = {place, patterns.COMPASS_BEFORE_PLACE.sub("", place)}
        fits = sorted(name for name in named if name in index and places & {index[name].county, index[name].region})
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
    """Was ``name`` a constituency around ``year``? Unknown dates give every name the benefit, and so
    does a devolved parliament's constituency: "Edinburgh Central", a Westminster seat until 2005, is
    Holyrood's still."""
    if year is None or name in resources.devolved_names:
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


def city_part_seats(
    text: str, start: int, end: int, taken: Sequence[Mention], year: int | None, resources: Resources
) -> list[Mention]:
    """Seats named by their part of a city ("Perry Barr was the one that surprised Labour most" in a
    report that says "in Birmingham"): a part of :attr:`Resources.city_parts` is its city's seat where
    the article also names that city, outside any other name (a person's the model saw in the part
    alone yields), and the seat existed in its year (of
    two spellings of one seat, "Birmingham, Perry Barr" and "Birmingham Perry Barr", the later one)."""
    parts = resources.city_parts
    if not parts:
        return []
    # the model often tags a part as a person ("Perry Barr"): a person's name that is just the part yields
    occupied = SpanIndex((m.start, m.end) for m in taken if m.kind != "person" or m.text not in parts)
    cities: dict[str, bool] = {}
    found = []
    for match in resources.city_parts_pattern.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT):
        if occupied.overlaps(match.start(), match.end()):
            continue
        named = []
        for city, seat in parts[match.group()]:
            if city not in cities:
                cities[city] = rx.search(rf"(?<![\p{{L}}-]){rx.escape(city)}(?![\p{{L}}-])", text[:end]) is not None
            if cities[city] and _existed(seat, year, resources):
                named.append(seat)
        spellings = {fold_seat_name(seat) for seat in named}
        if len(spellings) != 1:
            continue
        latest = max(
            named, key=lambda seat: max(first for first, _ in resources.periods_by_name.get(seat, [(0, None)]))
        )
        found.append(
            Mention(
                match.start(), match.end(), match.group(), "seat", latest, note=f"'{match.group()}' read as '{latest}'"
            )
        )
        occupied.add(match.start(), match.end())
    return found
