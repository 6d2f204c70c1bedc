"""Domain knowledge as data: party aliases, the constituency gazetteer and phrase lists, one folder per
language and country.

A lexicon is a folder of data files (``pipeline/electext/lexicon/en_gb/`` for UK English, the one
electext ships): parties and their aliases, the seat gazetteer, phrase lists, calendar words,
forenames. Each file states its source (the folder's ``README.md``). The files are loaded once per
process and folder (:func:`load_resources` is cached) and validated on load, so a bad entry fails with
``file:line: what is wrong`` instead of surfacing as a wrong extraction.

Which lexicon the stages read: the one in use (:mod:`electext.lexicon.active`), by default the folder
named by the environment variable ``ELECTEXT_LEXICON`` (a path, or the name of a folder beside
``en_gb``), else ``en_gb``.

One module of about 420 lines, on purpose: every file of a lexicon is read and validated here, so that
a lexicon is one typed record loaded in one place (the contest areas alone have their own loader).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar, get_args

from electext.core import rx
from electext.core.alternation import literal_alternation
from electext.core.errors import DataFileError
from electext.lexicon.short_forms import short_form_index

LEXICONS_DIR = Path(__file__).parent
DEFAULT_LEXICON = "en_gb"
LEXICON_VARIABLE = "ELECTEXT_LEXICON"
# The files a lexicon folder must hold.
LEXICON_FILES = (
    "parties.json",
    "registered_parties.tsv",
    "constituencies.tsv",
    "devolved_constituencies.tsv",
    "local_authorities.tsv",
    "cues.json",
    "dates.json",
    "forenames.json",
    "given_names.json",
    # the bodies and areas of UK contests (read by electext.lexicon.contest_areas)
    "devolved_areas.tsv",
    "mayoralties.tsv",
    "police_areas.tsv",
    "contest_types.json",
)


@cache
def lexicon_folder() -> Path:
    """The folder of the process's default lexicon (see the module's docstring); a folder that is
    missing or lacks a lexicon file is a :class:`DataFileError` naming what is missing."""
    chosen = os.environ.get(LEXICON_VARIABLE, "").strip() or DEFAULT_LEXICON
    folder = Path(chosen) if ("/" in chosen or os.sep in chosen) else LEXICONS_DIR / chosen
    return check_lexicon_folder(folder, f"{LEXICON_VARIABLE}={chosen}: ")


def check_lexicon_folder(folder: Path, context: str = "") -> Path:
    """``folder``, if it holds every file a lexicon needs; else a :class:`DataFileError` naming them."""
    missing = [name for name in LEXICON_FILES if not (folder / name).is_file()]
    if missing:
        raise DataFileError(
            f"{context}{folder} is not a lexicon folder (missing {', '.join(missing)}); "
            f"copy {LEXICONS_DIR / DEFAULT_LEXICON} and edit it"
        )
    return folder


@dataclass(frozen=True)
class Party:
    canonical: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    predecessors: tuple[str, ...] = ()
    # read from the Electoral Commission register, not curated in parties.json: the register lists some
    # regional or older names of a curated party as parties of their own ("Scottish Labour Party")
    registered: bool = False


@dataclass(frozen=True)
class Seat:
    """One constituency in one period of its boundaries."""

    name: str
    ons_code: str
    first_year: int | None
    last_year: int | None
    county: str
    region: str
    country: str


@dataclass(frozen=True)
class DevolvedSeat:
    """A constituency of the Scottish Parliament or the Senedd (no Commons Library data for these)."""

    name: str
    parliament: str
    first_year: int | None
    last_year: int | None


@dataclass(frozen=True)
class Cues:
    """The phrase lists of ``cues.json``. Each list the stages have long read is a typed field; any
    other list of phrases in the file is read by name with :meth:`phrases`, so a new list needs no
    change here (its type is checked on load like every other)."""

    qualifiers: Mapping[str, tuple[str, ...]]
    number_words: Mapping[str, int]
    number_scales: Mapping[str, int]
    ordinals: Mapping[str, int]
    vacancy_reasons: Mapping[str, tuple[str, ...]]
    win_verbs: tuple[str, ...]
    loss_verbs: tuple[str, ...]
    previous_majority_cues: tuple[str, ...]
    passing_mention_cues: tuple[str, ...]
    share_nouns: tuple[str, ...]
    person_titles: tuple[str, ...]
    office_words: frozenset[str]  # words of an office or a body, never of a person's name
    title_place_words: frozenset[str]  # "Bishop" of "Bishop Auckland": a title, not a town, before a ward
    descriptive_roles: tuple[str, ...]
    not_names: frozenset[str]
    not_seat_words: frozenset[str] = frozenset()
    roles_before_name: tuple[str, ...] = ()
    party_roles: tuple[str, ...] = ()
    choose_verbs: frozenset[str] = frozenset()
    defeat_verbs: frozenset[str] = frozenset()
    participle_wins: frozenset[str] = frozenset()
    election_kinds: Mapping[str, str] = field(default_factory=dict)
    party_words_after: tuple[str, ...] = ()
    lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # every list of phrases, by name
    source: str = ""  # the file, for messages

    def phrases(self, name: str) -> tuple[str, ...]:
        """The list of phrases ``name`` (a key of ``cues.json``); a missing one names the file."""
        try:
            return self.lists[name]
        except KeyError:
            raise DataFileError(f"{self.source}: missing list {name!r}") from None


@dataclass(frozen=True)
class Resources:
    parties: tuple[Party, ...]
    seats: tuple[Seat, ...]
    cues: Cues
    devolved: tuple[DevolvedSeat, ...] = ()
    local_authorities: tuple[str, ...] = ()  # Scottish council areas and Welsh principal areas
    months: tuple[str, ...] = ()  # the calendar's month names, January first (dates.json)
    weekdays: tuple[str, ...] = ()  # the weekday names, Monday first (dates.json)
    # every forename of forenames.json's groups and given_names.json's list, as written: a name the model
    # labelled an organisation ("Alistair Pemberton-Hale", "Nadine Coker") is a person's where it opens on one
    # (checks/names.py reads the groups)
    forenames: frozenset[str] = frozenset()

    @cached_property
    def party_by_alias(self) -> dict[str, str]:
        return {alias: party.canonical for party in self.parties for alias in party.names}

    @cached_property
    def party_by_folded_alias(self) -> dict[str, str]:
        """Party names in lower case: "LIBERAL DEMOCRAT" in a capitals box is the Liberal Democrats."""
        return {alias.lower(): canonical for alias, canonical in self.party_by_alias.items()}

    @cached_property
    def party_by_abbreviation(self) -> dict[str, str]:
        return {abbr: party.canonical for party in self.parties for abbr in party.abbreviations}

    @cached_property
    def party_by_short_form(self) -> dict[str, str]:
        """The short forms a results box writes a party's name in ("NIP", "Soc Dem", "Climate"), folded to
        lower case, each for the one party it fits (:mod:`electext.lexicon.short_forms`)."""
        return short_form_index((party.canonical, party.names) for party in self.parties)

    @cached_property
    def predecessors(self) -> dict[str, tuple[str, ...]]:
        """Canonical party -> the canonical names it stood under before (Reform UK -> Brexit Party)."""
        return {party.canonical: party.predecessors for party in self.parties if party.predecessors}

    @cached_property
    def places(self) -> frozenset[str]:
        """Counties and regions: "Bedfordshire's" is never a person, "the Staffordshire seat" not a seat name."""
        counties = {seat.county for seat in self.seats} | {seat.region for seat in self.seats}
        # a council area that is not also a seat's name: "the by-election in North Lanarkshire" names no seat
        names = {seat.name for seat in self.seats} | {seat.name for seat in self.devolved}
        return frozenset(counties | (set(self.local_authorities) - names)) - {""}

    @cached_property
    def longer_places(self) -> dict[str, tuple[str, ...]]:
        """Counties and council areas of several words by their first word: a seat's name that opens one
        ("Rhondda" of "Rhondda Cynon Taf") is the place's there, not the seat."""
        by_first: dict[str, list[str]] = {}
        for place in sorted(self.places | set(self.local_authorities)):
            if " " in place:
                by_first.setdefault(place.split()[0], []).append(place)
        return {first: tuple(names) for first, names in by_first.items()}

    @cached_property
    def place_words(self) -> frozenset[str]:
        """The capitalised words of seats', counties' and council areas' names: the towns a reporter puts
        before a ward ("Sunderland's Hendon ward"), as no title is ("Queen's Park ward")."""
        names = {seat.name for seat in self.seats} | {seat.name for seat in self.devolved} | self.places
        words = {word for name in names for word in name.split() if word[:1].isupper()}
        return frozenset(words - self.cues.title_place_words)

    @cached_property
    def devolved_names(self) -> frozenset[str]:
        """The names of devolved constituencies that are not Westminster names, of any period."""
        return frozenset(seat.name for seat in self.devolved)

    @cached_property
    def periods_by_name(self) -> dict[str, list[tuple[int, int | None]]]:
        """Each name's spells as a seat: (first year, last year or None while current)."""
        periods: dict[str, list[tuple[int, int | None]]] = {}
        for seat in self.seats:
            periods.setdefault(seat.name, []).append((seat.first_year or 0, seat.last_year))
        return periods

    @cached_property
    def seat_by_lower(self) -> dict[str, str]:
        """Lower-cased name (commas dropped) -> canonical name, for headings in capitals."""
        names = [seat.name for seat in self.devolved] + [seat.name for seat in self.seats]
        return {fold_seat_name(name): name for name in names}

    @cached_property
    def city_parts(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """A city's seat by its own part of the name ("Perry Barr" of "Birmingham, Perry Barr", "Hallam"
        of "Sheffield Hallam"): each part -> (city, seat name) pairs. A city is a word that begins
        :data:`CITY_SEATS` or more seats' names, followed in them by two or more different words that
        are no compass point ("Milton" is always "Milton Keynes", "Blaenau" "Blaenau Gwent"). A part is
        a name of its own: not opening on a compass point ("Central", "North West", "East and Rochford")
        or in lower case ("upon Tyne Central"), no other seat's or place's name, and, alone, a word of
        five letters or more that begins no other seat's name ("Park", "Test" are words first; "Sutton"
        is Sutton and Cheam's too)."""
        names = sorted({seat.name for seat in self.seats} | {seat.name for seat in self.devolved})
        split = [
            (words[0], " ".join(words[1:]), name) for name in names if len(words := name.replace(",", "").split()) > 1
        ]
        compass = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "and"}
        compass |= {"inner", "outer", "city", "&"}
        begins = {name.replace(",", "").split()[0] for name in names}
        counts: dict[str, int] = {}
        followers: dict[str, set[str]] = {}
        for city, part, _ in split:
            counts[city] = counts.get(city, 0) + 1
            if part.split()[0].lower() not in compass:
                followers.setdefault(city, set()).add(part.split()[0])
        seat_names = {fold_seat_name(name) for name in names}
        parts: dict[str, list[tuple[str, str]]] = {}
        for city, part, name in split:
            single = " " not in part
            if (
                counts[city] < CITY_SEATS
                or len(followers.get(city, ())) < 2
                or city.lower() in compass
                or city in NOT_CITY_WORDS
                or not part[:1].isupper()
                or part.split()[0].lower() in compass
                or part.split()[0] in NOT_CITY_WORDS
                or (single and part in begins)
                or (single and (len(part) < 5 or part.endswith("ern")))
                or fold_seat_name(part) in seat_names
                or part in self.places
            ):
                continue
            parts.setdefault(part, []).append((city, name))
        return {part: tuple(pairs) for part, pairs in parts.items()}

    @cached_property
    def city_parts_pattern(self) -> rx.Pattern[str]:
        """Any of :attr:`city_parts` as a whole name, compiled once."""
        parts = literal_alternation(sorted(self.city_parts)) or "(?!)"
        return rx.compile(rf"(?<![\p{{L}}'-])(?:{parts})(?![\p{{L}}'-])")

    @cached_property
    def seat_by_name(self) -> dict[str, Seat]:
        """The latest boundaries of each constituency name (its current county and region)."""
        return {seat.name: seat for seat in self.seats}


# How many seats' names a word must begin to be a city's ("Birmingham", "Glasgow", "Sheffield"), and
# the words that begin many names without being a place of their own.
CITY_SEATS = 3
NOT_CITY_WORDS = frozenset(
    {"St", "St.", "Mid", "Great", "Upper", "Lower", "Old", "New", "The", "City", "Inner", "Outer"}
)


def fold_seat_name(name: str) -> str:
    """A seat name as :attr:`Resources.seat_by_lower` keys it: lower case, commas dropped, "&" read as
    "and" (no official name has one), spaces collapsed ("NORWICH SOUTH", "Richmond,  Yorks", "Uxbridge &
    South Ruislip" -> "norwich south", "richmond yorks", "uxbridge and south ruislip")."""
    return " ".join(name.lower().replace(",", " ").replace("&", " and ").split())


def load_json_object(path: Path) -> dict[str, Any]:
    """A data file's top-level JSON object; a syntax error names the file and line."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise DataFileError(f"{path}:{error.lineno}: invalid JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise DataFileError(f"{path}:1: expected a JSON object at the top level")
    return data


def load_parties(path: Path) -> tuple[Party, ...]:
    data = load_json_object(path)
    parties: list[Party] = []
    seen: dict[str, str] = {}
    for index, entry in enumerate(data.get("parties", [])):
        where = f"{path}: parties[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("canonical"), str):
            raise DataFileError(f"{where}: each party needs a string 'canonical'")
        names = tuple(entry.get("names", []))
        abbreviations = tuple(entry.get("abbreviations", []))
        predecessors = tuple(entry.get("predecessors", []))
        if not all(isinstance(name, str) and name for name in names + abbreviations + predecessors):
            raise DataFileError(f"{where}: names, abbreviations and predecessors must be non-empty strings")
        for name in names:
            if name in seen and seen[name] != entry["canonical"]:
                raise DataFileError(f"{where}: alias {name!r} already belongs to {seen[name]!r}")
            seen[name] = entry["canonical"]
        parties.append(Party(entry["canonical"], names, abbreviations, predecessors))
    if not parties:
        raise DataFileError(f"{path}:1: no parties defined")
    return tuple(parties)


def load_register(path: Path, parties: tuple[Party, ...]) -> tuple[Party, ...]:
    """Registered party names not curated in parties.json, each its own canonical party."""
    if not path.exists():
        return ()
    known = {name for party in parties for name in party.names}
    curated = {name: party for party in parties for name in party.names}
    found: list[Party] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if not name or name.startswith("#") or name in known:
            continue
        spelled = name.replace(" & ", " and ")  # "Social Democratic & Labour Party" is the curated SDLP
        if spelled in curated:
            party = curated[spelled]
            found.append(Party(party.canonical, (name,), (), registered=True))
        else:
            found.append(Party(name, (name,), (), registered=True))
    return tuple(found)


def _year(value: str) -> int | None:
    return int(value) if value else None


T = TypeVar("T")


def _tsv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data line of a tab-separated file with a header; # lines are notes."""
    header: list[str] | None = None
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        if len(fields) != len(header):
            raise DataFileError(f"{path}:{line_number}: expected {len(header)} tab-separated fields, got {len(fields)}")
        yield line_number, dict(zip(header, fields, strict=True))


def tsv_records(path: Path, build: Callable[[dict[str, str]], T]) -> tuple[T, ...]:
    """Each data row of a tab-separated file built into a record by ``build``; a row it cannot build (a
    missing field, a bad value: ``KeyError`` or ``ValueError``) fails as ``file:line: bad row (why)``."""
    records: list[T] = []
    for line_number, row in _tsv_rows(path):
        try:
            records.append(build(row))
        except (KeyError, ValueError) as error:
            raise DataFileError(f"{path}:{line_number}: bad row ({error})") from None
    return tuple(records)


def load_devolved(path: Path) -> tuple[DevolvedSeat, ...]:
    return tsv_records(
        path,
        lambda row: DevolvedSeat(row["name"], row["parliament"], _year(row["first_year"]), _year(row["last_year"])),
    )


def load_local_authorities(path: Path) -> tuple[str, ...]:
    names: list[str] = []
    for line_number, row in _tsv_rows(path):
        if not row.get("name"):
            raise DataFileError(f"{path}:{line_number}: bad row (no name)")
        names.append(row["name"])
    return tuple(names)


def load_seats(path: Path) -> tuple[Seat, ...]:
    return tsv_records(
        path,
        lambda row: Seat(
            name=row["name"],
            ons_code=row["ons_code"],
            first_year=_year(row["first_year"]),
            last_year=_year(row["last_year"]),
            county=row["county"],
            region=row["region"],
            country=row["country"],
        ),
    )


def load_cues(path: Path) -> Cues:
    from electext.core.records import Qualifier

    data = load_json_object(path)
    unknown = set(data.get("qualifiers", {})) - set(get_args(Qualifier))
    if unknown:
        raise DataFileError(f"{path}: unknown qualifier(s) {sorted(unknown)}; use one of {list(get_args(Qualifier))}")

    def words(key: str) -> tuple[str, ...]:
        """A list of phrases: a list of non-empty strings, or the lexicon author hears which key is wrong."""
        if key not in data:
            raise DataFileError(f"{path}: missing list {key!r}")
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            raise DataFileError(f"{path}: {key}: must be a list of non-empty strings")
        return tuple(value)

    def table(key: str, kind: type) -> dict[str, Any]:
        """A mapping of phrases to numbers (or to labels, or to lists of phrases)."""
        if key not in data:
            raise DataFileError(f"{path}: missing list {key!r}")
        value = data[key]
        if not isinstance(value, dict) or not all(isinstance(v, kind) for v in value.values()):
            what = {int: "a whole number", str: "a label", list: "a list of phrases"}[kind]
            raise DataFileError(f"{path}: {key}: must map each phrase to {what}")
        if kind is list and not all(all(isinstance(item, str) and item.strip() for item in v) for v in value.values()):
            raise DataFileError(f"{path}: {key}: must map each key to a list of non-empty strings")
        return dict(value)

    return Cues(
        qualifiers={key: tuple(values) for key, values in table("qualifiers", list).items()},
        number_words=table("number_words", int),
        number_scales=table("number_scales", int),
        ordinals=table("ordinals", int),
        vacancy_reasons={key: tuple(values) for key, values in table("vacancy_reasons", list).items()},
        win_verbs=words("win_verbs"),
        loss_verbs=words("loss_verbs"),
        previous_majority_cues=words("previous_majority_cues"),
        passing_mention_cues=words("passing_mention_cues"),
        share_nouns=words("share_nouns"),
        person_titles=words("person_titles"),
        office_words=frozenset(words("office_words")),
        title_place_words=frozenset(words("title_place_words")),
        descriptive_roles=words("descriptive_roles"),
        not_names=frozenset(words("not_names")),
        not_seat_words=frozenset(words("not_seat_words")),
        roles_before_name=words("roles_before_name"),
        party_roles=words("party_roles"),
        choose_verbs=frozenset(words("choose_verbs")),
        defeat_verbs=frozenset(words("defeat_verbs")),
        participle_wins=frozenset(words("participle_wins")),
        election_kinds=table("election_kinds", str),
        party_words_after=words("party_words_after"),
        lists={key: words(key) for key, value in data.items() if not key.startswith("_") and isinstance(value, list)},
        source=str(path),
    )


def load_resources(data_dir: Path | None = None) -> Resources:
    """Load and validate a lexicon's data files (``None``: the lexicon in use), once per folder."""
    if data_dir is None:
        if not _IN_USE:
            from electext.lexicon.active import lexicon_in_use  # it imports this module: bound on first use

            _IN_USE.append(lexicon_in_use)
        data_dir = _IN_USE[0]().folder
    return _load_resources(data_dir)


# electext.lexicon.active.lexicon_in_use, once imported (asked for hundreds of times an article).
_IN_USE: list[Callable[[], Any]] = []


@cache
def _load_resources(data_dir: Path) -> Resources:
    parties = load_parties(data_dir / "parties.json")
    return Resources(
        parties=parties + load_register(data_dir / "registered_parties.tsv", parties),
        seats=load_seats(data_dir / "constituencies.tsv"),
        cues=load_cues(data_dir / "cues.json"),
        devolved=load_devolved(data_dir / "devolved_constituencies.tsv"),
        local_authorities=load_local_authorities(data_dir / "local_authorities.tsv"),
        months=_calendar_names(data_dir / "dates.json", "months", 12),
        weekdays=_calendar_names(data_dir / "dates.json", "weekdays", 7),
        forenames=_forenames(data_dir / "forenames.json") | _given_names(data_dir / "given_names.json"),
    )


def _forenames(path: Path) -> frozenset[str]:
    """Every name of a forenames file's groups (their forms are validated by :mod:`electext.checks.names`)."""
    groups = load_json_object(path).get("groups")
    if not isinstance(groups, list):
        raise DataFileError(f"{path}: groups: must be a list of lists of names")
    return frozenset(name for group in groups if isinstance(group, list) for name in group if isinstance(name, str))


def _given_names(path: Path) -> frozenset[str]:
    """The common given names of a given-names file: one word each, capitalised as written in print."""
    names = load_json_object(path).get("names")
    if not isinstance(names, list):
        raise DataFileError(f"{path}: names: must be a list of names")
    for index, name in enumerate(names):
        if not isinstance(name, str) or not name[:1].isupper() or " " in name:
            raise DataFileError(f"{path}: names[{index}]: {name!r} is not one capitalised word")
    return frozenset(names)


def _calendar_names(path: Path, key: str, count: int) -> tuple[str, ...]:
    """The full names of a dates file's months or weekdays, in calendar order (the abbreviations and
    cues are :mod:`electext.checks.polling_dates`'s, which validates the whole file)."""
    entries = load_json_object(path).get(key)
    if not isinstance(entries, list) or len(entries) != count:
        raise DataFileError(f"{path}: {key}: must list {count} entries")
    names = tuple(entry.get("name") if isinstance(entry, dict) else None for entry in entries)
    if not all(isinstance(name, str) and name for name in names):
        raise DataFileError(f"{path}: {key}: every entry needs a name")
    return names  # type: ignore[return-value]
