"""Derive the constituency gazetteer shipped in ``pipeline/electext/lexicon/en_gb/constituencies.tsv``.

A user's install has no access to the House of Commons Library files, so the names we need at run
time are derived from them once, by this script, and committed. Run it again when the source data
change::

    python -m electext.reference.build_gazetteer ../shared/reference/psephology

Source: House of Commons Library, UK Parliament "psephology" data (constituencies 1997-2024 and the
2024 boundaries, with county and region from the 2010-2019 general-election results), published under
the Open Parliament Licence v3.0. The output is deterministic: rows sorted by name and start date.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from electext.lexicon.resources import DEFAULT_LEXICON, LEXICONS_DIR, load_parties

# The UK lexicon, whose gazetteer and register this script derives.
DATA_DIR = LEXICONS_DIR / DEFAULT_LEXICON

GAZETTEER_FILE = DATA_DIR / "constituencies.tsv"
HEADER = (
    "# Westminster constituencies 1997-2024 and on the 2024 boundaries.\n"
    "# Derived by `python -m electext.reference.build_gazetteer` from the House of Commons Library's\n"
    "# psephology data (constituencies/1997-2024.csv, new-constituencies.csv and the 2010-2019\n"
    "# general-election results for county and region). Contains Parliamentary information licensed\n"
    "# under the Open Parliament Licence v3.0. Do not edit by hand.\n"
)
COLUMNS = ("name", "ons_code", "first_year", "last_year", "county", "region", "country")
# The general-election result files for these parliaments have no header row; column positions
# are those of parliament 59's header (see the reference README).
HEADERLESS_PARLIAMENTS = ("55", "56", "57", "58")
_ONS, _NAME, _COUNTY, _REGION, _COUNTRY = 0, 2, 3, 4, 5


@dataclass(frozen=True)
class GazetteerRow:
    name: str
    ons_code: str
    first_year: str
    last_year: str
    county: str
    region: str
    country: str


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row for row in csv.reader(handle) if row]


def _year(date_text: str) -> str:
    """'09/04/1997 00:00' -> '1997'; empty stays empty (a seat still in use)."""
    date_part = date_text.strip().split(" ")[0]
    return date_part.split("/")[-1] if date_part else ""


def _places(source: Path) -> dict[str, tuple[str, str, str]]:
    """County, region and country for each ONS code, from the general-election result files."""
    places: dict[str, tuple[str, str, str]] = {}
    for parliament in HEADERLESS_PARLIAMENTS:
        path = source / "results-by-parliament" / parliament / "general-election" / "candidacies.csv"
        for row in _read_csv(path):
            places.setdefault(row[_ONS], (row[_COUNTY].strip(), row[_REGION].strip(), row[_COUNTRY].strip()))
    new_path = source / "results-by-parliament" / "59" / "general-election" / "candidacies.csv"
    for row in _read_csv(new_path)[1:]:
        places.setdefault(row[_ONS], (row[_COUNTY].strip(), row[_REGION].strip(), row[_COUNTRY].strip()))
    return places


def build_rows(source: Path) -> list[GazetteerRow]:
    places = _places(source)
    county_by_name: dict[str, str] = {}
    rows: list[GazetteerRow] = []
    for record in _read_csv(source / "constituencies" / "1997-2024.csv")[1:]:
        name, ons_code, _id, start, end = (record + [""] * 5)[:5]
        county, region, country = places.get(ons_code, ("", "", ""))
        if county:
            county_by_name.setdefault(name, county)
        rows.append(GazetteerRow(name.strip(), ons_code.strip(), _year(start), _year(end), county, region, country))
    # Seats on the 2024 boundaries have no county in the source: reuse the county of an earlier
    # seat of the same name, which is where reporters' "the Staffordshire seat" points anyway.
    rows = [
        row if row.county else GazetteerRow(**{**row.__dict__, "county": county_by_name.get(row.name, "")})
        for row in rows
    ]
    return sorted(rows, key=lambda row: (row.name, row.first_year, row.ons_code))


def write_gazetteer(rows: list[GazetteerRow], path: Path = GAZETTEER_FILE) -> None:
    lines = [HEADER, "\t".join(COLUMNS) + "\n"]
    lines += ["\t".join(getattr(row, column) for column in COLUMNS) + "\n" for row in rows]
    path.write_text("".join(lines), encoding="utf-8")


REGISTER_FILE = DATA_DIR / "registered_parties.tsv"
REGISTER_HEADER = (
    "# Party names from the Electoral Commission register, as listed in the House of Commons Library's\n"
    "# psephology data (political-party-registrations.csv). Derived by\n"
    "# `python -m electext.reference.build_gazetteer`; names of two or more words that parties.json does not\n"
    "# already alias. Contains Parliamentary information licensed under the Open Parliament Licence v3.0.\n"
    "# Do not edit by hand.\n"
)


def build_register(source: Path, known_aliases: set[str]) -> list[str]:
    """Registered party names a reporter may print in full ("Ashfield Independents")."""
    names = set()
    for row in _read_csv(source / "political-party-registrations.csv")[1:]:
        name = " ".join(row[1].split()) if len(row) > 1 else ""
        if len(name.split()) >= 2 and name not in known_aliases:
            names.add(name)
    return sorted(names)


def write_register(names: list[str], path: Path = REGISTER_FILE) -> None:
    path.write_text(REGISTER_HEADER + "".join(f"{name}\n" for name in names), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m electext.reference.build_gazetteer PSEPHOLOGY_DIR", file=sys.stderr)
        return 2
    rows = build_rows(Path(args[0]))
    write_gazetteer(rows)
    print(f"wrote {len(rows)} constituencies to {GAZETTEER_FILE}")
    aliases = {name for party in load_parties(DATA_DIR / "parties.json") for name in party.names}
    register = build_register(Path(args[0]), aliases)
    write_register(register)
    print(f"wrote {len(register)} registered party names to {REGISTER_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
