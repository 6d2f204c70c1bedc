"""Data files are validated on load and a bad entry says where it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from electext.core.errors import DataFileError
from electext.lexicon.resources import load_parties, load_resources, load_seats


def test_bundled_data_loads() -> None:
    resources = load_resources()
    assert resources.party_by_alias["Tories"] == "Conservative"
    assert resources.party_by_alias["Lib Dems"] == "Liberal Democrats"
    assert resources.seat_by_name["Tamworth"].county == "Staffordshire"
    assert "Rutherglen" in resources.seat_by_name  # 2024 boundaries are in the gazetteer too


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"parties": [{"canonical": "A", "names": ["X"]}, {"canonical": "B", "names": ["X"]}]}',
            r"alias 'X' already belongs to 'A'",
        ),
        ('{"parties": [{"names": ["X"]}]}', r"needs a string 'canonical'"),
        ("{not json", r"parties.json:1: invalid JSON"),
    ],
)
def test_bad_party_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "parties.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        load_parties(path)


def test_bad_gazetteer_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "constituencies.tsv"
    path.write_text(
        "# comment\nname\tons_code\tfirst_year\tlast_year\tcounty\tregion\tcountry\nA\tB\n", encoding="utf-8"
    )
    with pytest.raises(DataFileError, match=r"constituencies.tsv:3: expected 7 tab-separated fields, got 2"):
        load_seats(path)
