"""Shared fixtures. Tests that run the spaCy model are marked ``model``; the model loads once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from electext.api import extract_text
from electext.core.records import ArticleResult, Contest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "articles" / "mid-beds-tamworth.txt"
# Real third-party articles with gold, beside the repository where a developer has them (never copied here).
REALDEV = ROOT.parent / "shared" / "realdev"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def realdev_outputs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """electext's per-article JSON for a realdev folder's articles ("westminster", "other"), as
    ``electext extract -o`` writes it: extracted once a session per folder, for every test that scores it."""
    from electext import extract_paths
    from electext.outputs.write import to_json

    made: dict[str, Path] = {}

    def outputs(folder: str) -> Path:
        if folder not in made:
            output = tmp_path_factory.mktemp(f"realdev-{folder}")
            for record in extract_paths([REALDEV / folder / "articles"]):
                assert isinstance(record, ArticleResult), record
                (output / f"{record.article.id}.json").write_text(to_json(record), encoding="utf-8")
            made[folder] = output
        return made[folder]

    return outputs


def reported(text: str) -> Contest:
    """The one contest an invented text reports (not one it only mentions)."""
    reported = [c for c in extract_text(text).contests if not c.mention_only]
    assert len(reported) == 1, [c.constituency.value for c in reported]
    return reported[0]


def reported_names(text: str) -> list[str | None]:
    """The names of the contests an invented text reports (not those it only mentions), in order."""
    return [c.constituency.value for c in extract_text(text).contests if not c.mention_only]


def contest(result: ArticleResult, name: str) -> Contest:
    matches = [c for c in result.contests if c.constituency.value == name]
    assert matches, f"no contest {name!r} in {[c.constituency.value for c in result.contests]}"
    return matches[0]


def tallies(contest: Contest) -> dict[str, float]:
    """Each named candidate's votes, for those the article gives a tally."""
    return {c.name.value: c.votes.value for c in contest.candidates if c.name and c.votes}


def candidates(contest: Contest) -> dict[str | None, dict[str, Any]]:
    """Candidates keyed by name (party for unnamed ones), values reduced to plain numbers."""
    out: dict[str | None, dict[str, Any]] = {}
    for candidate in contest.candidates:
        key = candidate.name.value if candidate.name else (candidate.party.value if candidate.party else None)
        out[key] = {
            "party": candidate.party.value if candidate.party else None,
            "votes": candidate.votes.value if candidate.votes else None,
            "position": candidate.position.value if candidate.position else None,
        }
    return out


def evidence_round_trips(result: ArticleResult, original: str) -> None:
    """Every evidence span anywhere in the result quotes the original text exactly."""

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys() and len(node) == 3:
                assert original[node["start"] : node["end"]] == node["text"], node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(result.model_dump())
