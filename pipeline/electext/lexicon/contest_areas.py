"""The bodies a UK contest elects and the areas each is fought in: data, loaded once per lexicon.

A contest's type (a Westminster seat, a council ward, a Holyrood or Senedd constituency, an NI Assembly
constituency, a mayoralty, a police area) and its Democracy Club ballot id depend on knowledge that is
not the extractor's: which names are devolved constituencies or regions, which areas elect a mayor or a
police commissioner, what each body is called, and the words reporters use for each. That knowledge is
four files of the lexicon folder (``devolved_areas.tsv``, ``mayoralties.tsv``, ``police_areas.tsv``,
``contest_types.json``; their sources are in its README), validated here on load so that a bad row
fails as ``file:line: what is wrong``. The cue words are compiled into patterns here, once per folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Literal, cast, get_args

from electext.core import rx
from electext.core.errors import DataFileError
from electext.lexicon.resources import _tsv_rows, _year, load_json_object, tsv_records

ContestType = Literal["westminster", "council", "scottish_parliament", "senedd", "ni_assembly", "mayor", "pcc"]
CONTEST_TYPES: tuple[ContestType, ...] = get_args(ContestType)
Commissioner = Literal["pcc", "pfcc", "mayor"]
AREA_FILES = ("devolved_areas.tsv", "mayoralties.tsv", "police_areas.tsv", "contest_types.json")
# The devolved bodies as devolved_areas.tsv names them, and the contest type of each.
DEVOLVED_TYPES: Mapping[str, ContestType] = {
    "Scottish Parliament": "scottish_parliament",
    "Senedd": "senedd",
    "Northern Ireland Assembly": "ni_assembly",
}


@dataclass(frozen=True)
class DevolvedArea:
    """A constituency or region of a devolved parliament, in one period of its boundaries."""

    body: str  # "Scottish Parliament", "Senedd", "Northern Ireland Assembly"
    division: Literal["constituency", "region"]
    name: str
    slug: str  # Democracy Club's division slug
    first_year: int
    last_year: int | None  # None: still in use

    @property
    def contest_type(self) -> ContestType:
        return DEVOLVED_TYPES[self.body]

    def serves(self, year: int | None) -> bool:
        """Whether an election of ``year`` (None: any) was fought on these boundaries."""
        return year is None or (self.first_year <= year and (self.last_year is None or year <= self.last_year))


@dataclass(frozen=True)
class Mayoralty:
    name: str  # "West Midlands", "Bristol"
    office: str  # "Mayor of the West Midlands"
    body: str  # the authority: "West Midlands Combined Authority"
    kind: Literal["regional", "local"]
    slug: str  # Democracy Club's organisation slug
    first_year: int
    last_year: int | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class PoliceArea:
    """One police area under one kind of commissioner for a run of elections."""

    name: str
    slug: str
    commissioner: Commissioner
    first_year: int
    last_year: int | None
    mayoralty: str  # the mayoralty holding the commissioner's powers, for a ``mayor`` row
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class TypeWords:
    """What contest_types.json says of one contest type."""

    type: ContestType
    body: str | None  # the body every contest of the type elects (None: it depends on the contest)
    office: str  # its member's title
    id_type: str  # Democracy Club's election type
    words: tuple[str, ...]
    seat_words: tuple[str, ...]
    other_offices: tuple[str, ...] = ()  # other titles of its members ("AM" of the Welsh Assembly)


@dataclass(frozen=True)
class ContestAreas:
    devolved: tuple[DevolvedArea, ...]
    mayoralties: tuple[Mayoralty, ...]
    police: tuple[PoliceArea, ...]
    types: Mapping[ContestType, TypeWords]
    offices: Mapping[str, str]  # a title as written -> the office it names
    council_kinds_after: tuple[str, ...]
    council_kinds_before: tuple[str, ...]
    not_place_words: frozenset[str] = frozenset()  # "The", "In": leading words that are not a council's place
    not_place_suffixes: tuple[str, ...] = ()  # "-run": a leading word ending so describes the council
    council_countries: Mapping[str, str] = field(default_factory=dict)  # Scottish and Welsh council areas

    @cached_property
    def devolved_by_name(self) -> dict[str, tuple[DevolvedArea, ...]]:
        found: dict[str, list[DevolvedArea]] = {}
        for area in self.devolved:
            found.setdefault(area.name, []).append(area)
        return {name: tuple(areas) for name, areas in found.items()}

    @cached_property
    def mayoralty_by_name(self) -> dict[str, Mayoralty]:
        """By name and alias ("Greater London" is London's)."""
        return {name: m for m in self.mayoralties for name in (m.name, *m.aliases)}

    @cached_property
    def police_by_name(self) -> dict[str, tuple[PoliceArea, ...]]:
        found: dict[str, list[PoliceArea]] = {}
        for area in self.police:
            for name in (area.name, *area.aliases):
                found.setdefault(name, []).append(area)
        return {name: tuple(areas) for name, areas in found.items()}

    @cached_property
    def word_patterns(self) -> dict[ContestType, rx.Pattern[str]]:
        """Each type's words, as one pattern: capitals matched in capitals, the rest in any case."""
        return {kind: _words_pattern(words.words) for kind, words in self.types.items()}

    @cached_property
    def seat_word_patterns(self) -> dict[ContestType, rx.Pattern[str]]:
        """Each type's seat words anywhere ("the Westminster seat", "ward", "mayoralty"), as one pattern;
        none that opens on a member's title ("mayor", "Mayor of", "PCC"), which a description of a person
        gives as well ("a former deputy mayor of London")."""
        titles = {title.lower() for title in self.offices}
        kept = {
            kind: tuple(w for w in words.seat_words if not any(w.lower().startswith(title) for title in titles))
            for kind, words in self.types.items()
        }
        return {kind: _words_pattern(words) for kind, words in kept.items() if words}

    @cached_property
    def seat_words_after(self) -> dict[ContestType, rx.Pattern[str]]:
        """Per type, its seat words right after a seat's name (``match`` at the name's end)."""
        return {
            kind: rx.compile(rf"[ \t]+(?P<word>{_words_pattern(w.seat_words).pattern})", rx.I)
            for kind, w in self.types.items()
        }

    @cached_property
    def seat_words_before(self) -> dict[ContestType, rx.Pattern[str]]:
        """Per type, its seat words right before a seat's name, with "of", "for" or "in" between
        (``search`` in the text ending at the name's start)."""
        tail = r"[ \t]+(?:(?:of|for|in)[ \t]+)?(?:the[ \t]+)?\Z"
        return {
            kind: rx.compile(f"(?P<word>{_words_pattern(w.seat_words).pattern})" + tail, rx.I)
            for kind, w in self.types.items()
        }

    @cached_property
    def office_pattern(self) -> rx.Pattern[str]:
        return _words_pattern(tuple(self.offices))

    @cached_property
    def council_pattern(self) -> rx.Pattern[str]:
        """A council's name: "Worcester City Council", "East Lothian Council", "London Borough of Hackney".

        The place is one to five capitalised words ("Rhondda Cynon Taf", "Kingston upon Thames");
        group ``place`` is it, the kind dropped."""
        word = r"(?:\p{Lu}[\p{L}'’-]*|upon|on|under|le|and|of|the)"
        name = rf"\p{{Lu}}[\p{{L}}'’-]*(?:[ \t]+{word}){{0,4}}?"
        after = "|".join(rx.escape(kind) for kind in self.council_kinds_after)
        before = "|".join(rx.escape(kind) for kind in self.council_kinds_before)
        return rx.compile(
            rf"\b(?:(?:{before})[ \t]+(?P<place_b>{name})(?:[ \t]+Council)?\b(?![ \t]+\p{{Lu}})"
            rf"|(?P<place>{name})[ \t]+(?:{after})\b)"
        )


def _words_pattern(words: tuple[str, ...]) -> rx.Pattern[str]:
    longest = sorted(words, key=len, reverse=True)
    capitals = [rx.escape(w) for w in longest if w.isupper()]
    others = [rx.escape(w) for w in longest if not w.isupper()]
    parts = [*([f"(?-i:{'|'.join(capitals)})"] if capitals else []), *([f"(?:{'|'.join(others)})"] if others else [])]
    return rx.compile(r"(?<![\p{L}-])(?:" + "|".join(parts) + r")(?![\p{L}-])", rx.I)


def load_contest_areas(folder: Path | None = None) -> ContestAreas:
    """The contest-area data of a lexicon folder (``None``: the lexicon in use), loaded once per folder."""
    if folder is None:
        from electext.lexicon.active import lexicon_in_use  # it imports resources, as this module does

        folder = lexicon_in_use().folder
    return _load(folder)


@cache
def _load(folder: Path) -> ContestAreas:
    types_file = folder / "contest_types.json"
    data = load_json_object(types_file)
    council = _object(types_file, data, "council_name")
    return ContestAreas(
        devolved=load_devolved_areas(folder / "devolved_areas.tsv"),
        mayoralties=load_mayoralties(folder / "mayoralties.tsv"),
        police=load_police_areas(folder / "police_areas.tsv"),
        types=_type_words(types_file, _object(types_file, data, "types")),
        offices={k: str(v) for k, v in _object(types_file, data, "offices").items() if not k.startswith("_")},
        council_kinds_after=_strings(types_file, council, "kinds_after"),
        council_kinds_before=_strings(types_file, council, "kinds_before"),
        not_place_words=frozenset(_strings(types_file, council, "not_place_words")),
        not_place_suffixes=_strings(types_file, council, "not_place_suffixes"),
        council_countries={row["name"]: row["country"] for _, row in _tsv_rows(folder / "local_authorities.tsv")},
    )


def _object(path: Path, data: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise DataFileError(f"{path}: {key}: must be an object")
    return value


def _strings(path: Path, data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(f"{path}: {key}: must be a list of non-empty strings")
    return tuple(value)


def _type_words(path: Path, types: Mapping[str, Any]) -> dict[ContestType, TypeWords]:
    found: dict[ContestType, TypeWords] = {}
    for kind in CONTEST_TYPES:
        entry = types.get(kind)
        if not isinstance(entry, dict):
            raise DataFileError(f"{path}: types: {kind!r} is missing")
        try:
            found[kind] = TypeWords(
                type=kind,
                body=entry.get("body"),
                office=str(entry["office"]),
                id_type=str(entry["id_type"]),
                words=_strings(path, entry, "words"),
                seat_words=_strings(path, entry, "seat_words"),
                other_offices=tuple(entry.get("other_offices", ())),
            )
        except KeyError as error:
            raise DataFileError(f"{path}: types: {kind}: missing {error}") from None
    unknown = set(types) - set(CONTEST_TYPES)
    if unknown:
        raise DataFileError(f"{path}: types: unknown contest types {sorted(unknown)}; known: {list(CONTEST_TYPES)}")
    return found


def _aliases(value: str) -> tuple[str, ...]:
    return tuple(alias.strip() for alias in value.split(";") if alias.strip())


def _required_year(value: str) -> int:
    year = _year(value)
    if year is None:
        raise ValueError("first_year is empty")
    return year


def load_devolved_areas(path: Path) -> tuple[DevolvedArea, ...]:
    return tsv_records(path, _devolved_area)


def _devolved_area(row: dict[str, str]) -> DevolvedArea:
    if row["body"] not in DEVOLVED_TYPES:
        raise ValueError(f"unknown body {row['body']!r}; known: {list(DEVOLVED_TYPES)}")
    division = row["division"]
    if division not in ("constituency", "region"):
        raise ValueError(f"division {division!r} is neither 'constituency' nor 'region'")
    return DevolvedArea(
        row["body"],
        cast(Literal["constituency", "region"], division),
        row["name"],
        row["slug"],
        _required_year(row["first_year"]),
        _year(row["last_year"]),
    )


def load_mayoralties(path: Path) -> tuple[Mayoralty, ...]:
    return tsv_records(path, _mayoralty)


def _mayoralty(row: dict[str, str]) -> Mayoralty:
    kind = row["kind"]
    if kind not in ("regional", "local"):
        raise ValueError(f"kind {kind!r} is neither 'regional' nor 'local'")
    return Mayoralty(
        row["name"],
        row["office"],
        row["body"],
        cast(Literal["regional", "local"], kind),
        row["slug"],
        _required_year(row["first_year"]),
        _year(row["last_year"]),
        _aliases(row["aliases"]),
    )


def load_police_areas(path: Path) -> tuple[PoliceArea, ...]:
    return tsv_records(path, _police_area)


def _police_area(row: dict[str, str]) -> PoliceArea:
    commissioner = row["commissioner"]
    if commissioner not in get_args(Commissioner):
        raise ValueError(f"commissioner {commissioner!r}: one of {list(get_args(Commissioner))}")
    return PoliceArea(
        row["name"],
        row["slug"],
        cast(Commissioner, commissioner),
        _required_year(row["first_year"]),
        _year(row["last_year"]),
        row["mayoralty"],
        _aliases(row["aliases"]),
    )
