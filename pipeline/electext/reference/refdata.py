"""Reading official results in the House of Commons Library's CSV layouts.

The Library publishes each election as a pair of files — ``constituencies.csv`` (one row per seat:
electorate, valid votes, majority, result) and ``candidacies.csv`` (one row per candidate) — plus
the 2019 general election recast on the 2024 boundaries (``notional-general-election/results.csv``).
The layouts differ in small ways this module absorbs, so the rest of electext sees one shape:

- general-election files before 2024 have **no header row**; their columns are the first columns of
  the 2024 files (the 2010 files stop one column earlier);
- by-election files start with the polling date (and, for seats, the writ date) and their
  candidacy files end with a Democracy Club person id;
- some files start with a UTF-8 byte-order mark; dates are DD/MM/YYYY.

Parsing is strict: a row that does not fit its layout raises :class:`~electext.core.errors.DataFileError`
naming the file and line, so a malformed import never becomes a silently wrong fact-check.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from electext.core.errors import DataFileError

# The 2024 general-election headers: the earlier, header-less files use these columns in this order.
SEAT_COLUMNS = [
    "ONS ID",
    "ONS region ID",
    "Constituency name",
    "County name",
    "Region name",
    "Country name",
    "Constituency type",
]
GENERAL_CONSTITUENCY_COLUMNS = [
    *SEAT_COLUMNS,
    "Declaration time",
    "Member first name",
    "Member surname",
    "Member gender",
    "Result",
    "First party",
    "Second party",
    "Electorate",
    "Valid votes",
    "Invalid votes",
    "Majority",
]
GENERAL_CANDIDACY_COLUMNS = [
    *SEAT_COLUMNS,
    "Party name",
    "Party abbreviation",
    "Electoral Commission party ID",
    "MNIS party ID",
    "Electoral Commission adjunct party ID",
    "Candidate first name",
    "Candidate surname",
    "Candidate gender",
    "Sitting MP",
    "Former MP",
    "Member MNIS ID",
    "Votes",
    "Share",
]
# Notional results (2019 on the 2024 boundaries) are header-less, one row per party per seat.
NOTIONAL_COLUMNS = (
    "Constituency name",
    "Short name",
    "ONS ID",
    "Number",
    "Region code",
    "Country name",
    "Constituency type",
    "Turnout",
    "Electorate",
    "Valid votes",
    "Majority",
    "Party code",
    "Votes",
    "Party abbreviation",
    "Party name",
    "MNIS party ID",
)
# Aggregates in the notional file, not parties: "all other candidates" and "the largest of them".
NOTIONAL_AGGREGATES = frozenset({"TOTOTHV", "MAXOTHV"})
# How the files write "not available".
MISSING = frozenset({"", "na", "n/a", "[x]", "-"})


@dataclass(frozen=True)
class ContestRow:
    """One seat at one election, as the Library states it."""

    ons_id: str
    constituency: str
    country: str
    date: str  # ISO polling date
    electorate: int | None
    valid_votes: int | None
    invalid_votes: int | None
    majority: int | None
    result: str | None  # "Lab gain from Con", "Con hold"
    member: str | None


@dataclass(frozen=True)
class CandidacyRow:
    ons_id: str
    date: str
    first_name: str
    surname: str
    party_name: str
    party_abbreviation: str
    votes: int
    share: float | None  # a fraction of valid votes, as published
    sitting_mp: bool


def iso_date(value: str, where: str) -> str:
    """``06/05/2021`` (or ``06/05/2021 02:30``) -> ``2021-05-06``."""
    day, _, rest = value.strip().partition("/")
    month, _, year = rest.partition("/")
    year = year.split()[0] if year else ""
    if not (day.isdigit() and month.isdigit() and year.isdigit() and len(year) == 4):
        raise DataFileError(f"{where}: expected a DD/MM/YYYY date, found {value!r}")
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _int(value: str, where: str) -> int | None:
    text = value.strip().replace(",", "")
    if text.lower() in MISSING:
        return None
    try:
        return int(float(text)) if "." in text else int(text)
    except ValueError:
        raise DataFileError(f"{where}: expected a whole number, found {value!r}") from None


def _float(value: str, where: str) -> float | None:
    text = value.strip()
    if text.lower() in MISSING:
        return None
    try:
        return float(text)
    except ValueError:
        raise DataFileError(f"{where}: expected a number, found {value!r}") from None


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            yield from ((number, row) for number, row in enumerate(csv.reader(stream), start=1) if any(row))
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise DataFileError(f"{path}: not UTF-8 (byte {error.start})") from None


def _records(path: Path, known_columns: Sequence[str]) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows as ``{column: value}``, whether or not the file has a header row.

    A file has a header when its first row names the first known column; otherwise its columns are
    ``known_columns`` in order, and every row must have at least as many fields as we read.
    """
    rows = _rows(path)
    first = next(rows, None)
    if first is None:
        return
    number, row = first
    has_header = any(cell.strip() in ("ONS ID", "Constituency name") for cell in row)
    header = [cell.strip() for cell in row] if has_header else list(known_columns)
    if not has_header:
        rows = iter([(number, row), *rows])
    for number, row in rows:
        where = f"{path}:{number}"
        if (len(row) != len(header)) if has_header else (len(row) < len(header)):
            raise DataFileError(f"{where}: {len(row)} fields where the layout has {len(header)}")
        yield where, dict(zip(header, row, strict=False))


def _field(record: dict[str, str], names: Sequence[str], where: str) -> str:
    for name in names:
        if name in record:
            return record[name].strip()
    raise DataFileError(f"{where}: no column {names[0]!r}")


def _date_of(record: dict[str, str], where: str, default: str | None) -> str:
    for name in ("By-election date", "Election date"):
        if name in record:
            return iso_date(record[name], where)
    if default is None:
        raise DataFileError(f"{where}: no election date column and no date given for the file")
    return default


def read_contests(path: Path, date: str | None = None) -> list[ContestRow]:
    """Seats of one election file; ``date`` is the polling day when the file has no date column."""
    contests = []
    for where, record in _records(path, GENERAL_CONSTITUENCY_COLUMNS):
        first = _field(record, ["Member first name"], where)
        surname = _field(record, ["Member surname"], where)
        contests.append(
            ContestRow(
                ons_id=_field(record, ["ONS ID", "ONS ID2"], where),
                constituency=_field(record, ["Constituency name"], where),
                country=_field(record, ["Country name"], where),
                date=_date_of(record, where, date),
                electorate=_int(_field(record, ["Electorate"], where), where),
                valid_votes=_int(_field(record, ["Valid votes"], where), where),
                invalid_votes=_int(_field(record, ["Invalid votes"], where), where),
                majority=_int(_field(record, ["Majority"], where), where),
                result=_field(record, ["Result"], where) or None,
                member=" ".join(part for part in (first, surname) if part) or None,
            )
        )
    return contests


def read_candidacies(path: Path, date: str | None = None) -> list[CandidacyRow]:
    """Candidates of one election file; ``date`` as for :func:`read_contests`."""
    candidacies = []
    for where, record in _records(path, GENERAL_CANDIDACY_COLUMNS):
        votes = _int(_field(record, ["Votes"], where), where)
        if votes is None:
            raise DataFileError(f"{where}: a candidacy without votes")
        candidacies.append(
            CandidacyRow(
                ons_id=_field(record, ["ONS ID", "ONS ID2"], where),
                date=_date_of(record, where, date),
                first_name=_field(record, ["Candidate first name"], where),
                surname=_field(record, ["Candidate surname"], where),
                party_name=_field(record, ["Party name"], where),
                party_abbreviation=_field(record, ["Party abbreviation"], where),
                votes=votes,
                share=_float(_field(record, ["Share"], where), where),
                sitting_mp=_field(record, ["Sitting MP"], where).lower() == "yes",
            )
        )
    return candidacies


def read_notional(path: Path, date: str) -> tuple[list[ContestRow], list[CandidacyRow]]:
    """The notional results: seats (with the majority as published) and one row per party.

    The file names no candidates: each party's row becomes a candidacy with empty names, so
    majorities, shares and swings can be checked against it but names cannot.
    """
    seats: dict[str, ContestRow] = {}
    parties: list[CandidacyRow] = []
    for where, record in _records(path, NOTIONAL_COLUMNS):
        ons_id = record["ONS ID"].strip()
        valid = _int(record["Valid votes"], where)
        if ons_id not in seats:
            seats[ons_id] = ContestRow(
                ons_id=ons_id,
                constituency=record["Constituency name"].strip(),
                country=record["Country name"].strip(),
                date=date,
                electorate=_int(record["Electorate"], where),
                valid_votes=valid,
                invalid_votes=None,
                majority=_int(record["Majority"], where),
                result=None,
                member=None,
            )
        if record["Party code"].strip() in NOTIONAL_AGGREGATES:
            continue
        votes = _int(record["Votes"], where)
        if votes is None:
            raise DataFileError(f"{where}: a party row without votes")
        parties.append(
            CandidacyRow(
                ons_id=ons_id,
                date=date,
                first_name="",
                surname="",
                party_name=record["Party name"].strip(),
                party_abbreviation=record["Party abbreviation"].strip(),
                votes=votes,
                share=votes / valid if valid else None,
                sitting_mp=False,
            )
        )
    return list(seats.values()), parties
