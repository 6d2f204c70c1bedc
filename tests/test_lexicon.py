"""A lexicon is a folder: a copy of ``lexicon/en_gb`` with other knowledge changes what electext reads,
without touching code; a folder that is no lexicon is refused with a message, not a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from electext import extract_paths, extract_text
from electext.core.errors import DataFileError
from electext.core.records import ArticleResult
from electext.lexicon.active import Lexicon, lexicon_in_use
from electext.lexicon.resources import DEFAULT_LEXICON, LEXICON_FILES, LEXICON_VARIABLE, LEXICONS_DIR

ARTICLE = (
    "Jo Marsh of the Fenland Alliance won the Kettering by-election with 12,345 votes, a majority of "
    "1,234 over Labour's Tom Pike, who polled 11,111."
)
READ_PARTIES = (
    "import json, sys; from electext import extract_text; "
    "result = extract_text(sys.stdin.read()); "
    "print(json.dumps(sorted({c.name.value: c.party.value if c.party else None "
    "for contest in result.contests for c in contest.candidates if c.name}.items())))"
)


def _parties_read(lexicon: Path | None) -> list[list[str | None]]:
    environment = {key: value for key, value in os.environ.items() if key != LEXICON_VARIABLE}
    if lexicon is not None:
        environment[LEXICON_VARIABLE] = str(lexicon)
    run = subprocess.run(
        [sys.executable, "-c", READ_PARTIES], input=ARTICLE, capture_output=True, text=True, env=environment
    )
    assert run.returncode == 0, run.stderr
    parties: list[list[str | None]] = json.loads(run.stdout)
    return parties


def test_the_shipped_lexicon_has_every_file_a_lexicon_needs() -> None:
    folder = LEXICONS_DIR / DEFAULT_LEXICON
    assert [name for name in LEXICON_FILES if not (folder / name).is_file()] == []
    assert (folder / "README.md").is_file()  # each file's source


def _fenland(tmp_path: Path) -> Path:
    """A copy of the shipped lexicon that knows one more party."""
    lexicon = tmp_path / "en_gb_fenland"
    shutil.copytree(LEXICONS_DIR / DEFAULT_LEXICON, lexicon)
    parties = json.loads((lexicon / "parties.json").read_text(encoding="utf-8"))
    parties["parties"].append({"canonical": "Fenland Alliance", "names": ["Fenland Alliance"], "abbreviations": []})
    (lexicon / "parties.json").write_text(json.dumps(parties), encoding="utf-8")
    return lexicon


def _marsh_party(result: ArticleResult) -> str | None:
    return next(
        (
            c.party.value if c.party else None
            for contest in result.contests
            for c in contest.candidates
            if c.name and c.name.value == "Jo Marsh"
        ),
        None,
    )


@pytest.mark.model
def test_a_copied_lexicon_with_a_new_party_reads_that_party(tmp_path: Path) -> None:
    lexicon = _fenland(tmp_path)
    assert ["Jo Marsh", "Fenland Alliance"] in _parties_read(lexicon)
    assert ["Jo Marsh", "Fenland Alliance"] not in _parties_read(None)  # the shipped lexicon has no such party


@pytest.mark.model
def test_one_process_holds_two_lexicons_and_each_call_reads_the_one_passed(tmp_path: Path) -> None:
    fenland = Lexicon.load(_fenland(tmp_path))
    assert _marsh_party(extract_text(ARTICLE, lexicon=fenland)) == "Fenland Alliance"
    assert _marsh_party(extract_text(ARTICLE)) != "Fenland Alliance"  # the process's own lexicon, unchanged
    assert _marsh_party(extract_text(ARTICLE, lexicon=fenland)) == "Fenland Alliance"
    assert Lexicon.load(_fenland(tmp_path / "again")) is not fenland  # one Lexicon per folder
    assert Lexicon.load(fenland.folder) is fenland
    # a folder's articles, streamed: the lexicon is in use while each is read, not while the caller holds it
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "marsh.txt").write_text(ARTICLE, encoding="utf-8")
    for record in extract_paths([tmp_path / "in"], lexicon=fenland):
        assert isinstance(record, ArticleResult) and _marsh_party(record) == "Fenland Alliance"
        assert lexicon_in_use() is not fenland


def test_loading_a_folder_that_is_no_lexicon_names_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"is not a lexicon folder \(missing parties.json"):
        Lexicon.load(tmp_path)


def test_a_folder_that_is_no_lexicon_is_a_usage_error_naming_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "parties.json").write_text("{}", encoding="utf-8")
    environment = {**os.environ, LEXICON_VARIABLE: str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "electext", "extract", "-", "-o", str(tmp_path / "out")],
        input="Labour held Kettering.",
        capture_output=True,
        text=True,
        env=environment,
    )
    assert run.returncode == 2
    assert "is not a lexicon folder (missing registered_parties.tsv" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_phrase_that_is_not_plain_words_is_refused_when_the_lexicon_compiles(tmp_path: Path) -> None:
    # a list read into a regular expression takes words, not regex: "won|lost" would widen the pattern
    lexicon = tmp_path / "en_gb_bad"
    shutil.copytree(LEXICONS_DIR / DEFAULT_LEXICON, lexicon)
    cues = json.loads((lexicon / "cues.json").read_text(encoding="utf-8"))
    cues["hold_word"] = [*cues["hold_word"], "won|lost"]
    (lexicon / "cues.json").write_text(json.dumps(cues), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"hold_word: 'won\|lost' is not plain words"):
        Lexicon.load(lexicon).patterns  # noqa: B018 - compiling is the point


def test_each_compiled_pattern_is_defined_once() -> None:
    """A second definition under a name silently replaces the first for every stage that reads it (one
    had crept in: the previous-member reader read a win rule's cue instead of its own)."""
    import ast

    source = Path(__file__).resolve().parents[1] / "pipeline" / "electext" / "lexicon" / "compiled.py"
    names = [
        target.id
        for node in ast.parse(source.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    ]
    assert sorted({name for name in names if names.count(name) > 1}) == []
