"""Data files are validated on load and a bad entry says where it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from electext.core.errors import DataFileError
from electext.lexicon.resources import lexicon_folder, load_cues, load_parties, load_resources, load_seats


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


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"win_verbs": "won"}, r"win_verbs: must be a list of non-empty strings"),
        ({"party_roles": ["candidate", ""]}, r"party_roles: must be a list of non-empty strings"),
        ({"ordinals": {"second": "2"}}, r"ordinals: must map each phrase to a whole number"),
        ({"election_kinds": {"by": 1}}, r"election_kinds: must map each phrase to a label"),
        ({"not_seat_words": None}, r"not_seat_words: must be a list"),
    ],
)
def test_a_mistyped_cue_list_names_its_key(tmp_path: Path, change: dict[str, object], message: str) -> None:
    # a lexicon author's slip (a string for a list, a number in quotes) must not load as a list of letters
    cues = json.loads((lexicon_folder() / "cues.json").read_text(encoding="utf-8"))
    path = tmp_path / "cues.json"
    path.write_text(json.dumps({**cues, **change}), encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        load_cues(path)


def test_a_missing_cue_list_is_named(tmp_path: Path) -> None:
    cues = json.loads((lexicon_folder() / "cues.json").read_text(encoding="utf-8"))
    del cues["choose_verbs"]
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(cues), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"missing list 'choose_verbs'"):
        load_cues(path)


def test_a_new_phrase_list_needs_no_code_change(tmp_path: Path) -> None:
    # a lexicon author adds a list; the stage that reads it asks by name, and it is type-checked on load
    cues = json.loads((lexicon_folder() / "cues.json").read_text(encoding="utf-8"))
    path = tmp_path / "cues.json"
    path.write_text(json.dumps({**cues, "loss_words": ["lost to", "fell to"]}), encoding="utf-8")
    loaded = load_cues(path)
    assert loaded.phrases("loss_words") == ("lost to", "fell to")
    assert loaded.phrases("win_verbs") == loaded.win_verbs
    with pytest.raises(DataFileError, match=r"cues.json: missing list 'no_such_list'"):
        loaded.phrases("no_such_list")
    path.write_text(json.dumps({**cues, "loss_words": ["lost to", 3]}), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"loss_words: must be a list of non-empty strings"):
        load_cues(path)
