"""The contest-area data files: complete, slugged as Democracy Club slugs them, and validated on load."""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

import pytest
from electext.core.errors import DataFileError
from electext.lexicon.contest_areas import load_contest_areas, load_devolved_areas, load_police_areas

with warnings.catch_warnings():
    warnings.simplefilter("ignore", ResourceWarning)  # uk-election-ids leaves its data files open
    from uk_election_ids.slugger import slugify


def test_devolved_areas_are_all_there() -> None:
    counts = Counter((a.body, a.division, a.first_year) for a in load_contest_areas().devolved)
    assert counts == {
        ("Scottish Parliament", "constituency", 2011): 73,
        ("Scottish Parliament", "region", 2011): 8,
        ("Senedd", "constituency", 2007): 40,
        ("Senedd", "region", 2007): 5,
        ("Senedd", "constituency", 2026): 16,
        ("Northern Ireland Assembly", "constituency", 2011): 18,
    }


def test_41_police_areas_and_who_holds_each() -> None:
    police = load_contest_areas().police
    assert len({a.name for a in police}) == 41
    now = {a.name: a.commissioner for a in police if a.last_year is None}
    assert now["Essex"] == "pfcc" and now["Greater Manchester"] == "mayor" and now["Lincolnshire"] == "pcc"
    mayoralties = load_contest_areas().mayoralty_by_name
    assert all(a.mayoralty in mayoralties for a in police if a.commissioner == "mayor")


def test_slugs_are_democracy_clubs() -> None:
    areas = load_contest_areas()
    for row in (*areas.devolved, *areas.police):
        assert row.slug == slugify(row.name), row
    # combined authorities Democracy Club names with "-ca", and the GLA's "london"
    exceptions = {"greater-manchester-ca", "liverpool-city-ca", "sheffield-city-ca"}
    for mayoralty in areas.mayoralties:
        assert mayoralty.slug == slugify(mayoralty.name) or mayoralty.slug in exceptions, mayoralty


@pytest.mark.parametrize(
    ("loader", "row", "message"),
    [
        (load_devolved_areas, "Senate\tconstituency\tX\tx\t2011\t", "unknown body 'Senate'"),
        (load_devolved_areas, "Senedd\tward\tX\tx\t2011\t", "division 'ward'"),
        (load_police_areas, "Kent\tkent\tsheriff\t2012\t\t\t", "commissioner 'sheriff'"),
    ],
)
def test_a_bad_row_names_its_file_and_line(loader, row: str, message: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    header = {
        load_devolved_areas: "body\tdivision\tname\tslug\tfirst_year\tlast_year",
        load_police_areas: "name\tslug\tcommissioner\tfirst_year\tlast_year\tmayoralty\taliases",
    }[loader]
    path = tmp_path / "areas.tsv"
    path.write_text(f"# a note\n{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"areas\.tsv:3: bad row \({message}"):
        loader(path)
