"""Gold annotations: reading a corpus's ``*.gold.json`` files and flattening contests into the facts
that are scored — (seat, name, party), (seat, party, votes), the majority, the swing — in the
corpus format's fields (``corpus/gold``, whose floors are stored in them). Gold in the realdev format
is flattened by :mod:`electext.quality.realdev_score`, as its own reference scorer does.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from electext.api import iter_inputs
from electext.core import rx
from electext.core.errors import DataFileError
from electext.lexicon.resources import load_resources

FIELDS = (
    "contest",
    "winner_name",
    "winner_party",
    "candidate_party",
    "party_votes",
    "majority",
    "previous_majority",
    "swing_size",
    "swing_direction",
    "turnout",
    "held_since",
    "previous_mp",
)


GOLD_SUFFIX = ".gold.json"


OFFICIAL_PREFIX = "official_"


Fact = tuple[Any, ...]
Outcome = Literal["hit", "missing", "spurious"]


def norm(text: str | None) -> str:
    """Case, accents, punctuation and '&' vs 'and' do not make two names different."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.replace("&", " and ").lower()
    return " ".join(rx.sub(r"[^\w\s]", " ", text).split())


def norm_party(name: str | None) -> str:
    """A party name as its canonical form: gold written with a registered name ("The Yorkshire
    Party") and output with the curated one ("Yorkshire Party") are the same party."""
    if name is None:
        return ""
    return norm(load_resources().party_by_alias.get(name, name))


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("value")
    return None if value is None else round(float(value), 1)


def _value(node: Any) -> Any:
    """A gold plain value, or an output label's ``value`` (derived labels are inferences: scored)."""
    return node.get("value") if isinstance(node, dict) else node


def _stated_number(node: Any) -> float | None:
    """A gold number, or an output quantity's value unless computed (gold holds printed figures)."""
    if isinstance(node, dict):
        if node.get("derived") and "unit" in node:
            return None
        node = node.get("value")
    return _number(node)


def _facts_from(contests: Iterable[dict[str, Any]]) -> dict[str, set[Fact]]:
    """The same fact sets from gold (plain values) and output (labels, quantities) contests."""
    facts: dict[str, set[Fact]] = {name: set() for name in FIELDS}
    for contest in contests:
        seat = norm(
            _value(contest.get("constituency"))
            if isinstance(contest.get("constituency"), dict)
            else contest.get("constituency")
        )
        mention = bool(contest.get("mention_only"))
        facts["contest"].add((seat, mention))
        winner = contest.get("winner") or {}
        if name := norm(_value(winner.get("name"))):
            facts["winner_name"].add((seat, name))
        if party := norm_party(_value(winner.get("party"))):
            facts["winner_party"].add((seat, party))
        for candidate in contest.get("candidates") or []:
            name, party = norm(_value(candidate.get("name"))), norm_party(_value(candidate.get("party")))
            if name and party:
                facts["candidate_party"].add((seat, name, party))
            votes = _stated_number(candidate.get("votes"))
            if votes is not None and (party or name):
                facts["party_votes"].add((seat, party or name, votes))
        for key, field_name in (
            ("majority", "majority"),
            ("previous_majority", "previous_majority"),
            ("turnout", "turnout"),
            ("swing", "swing_size"),
        ):
            node = contest.get(key)
            if node is not None and (value := _stated_number(node)) is not None:
                facts[field_name].add((seat, value))
        swing = contest.get("swing")
        if swing:
            to = norm_party(_value(swing.get("to_party")))
            origin = norm_party(_value(swing.get("from_party")))
            if to or origin:
                facts["swing_direction"].add((seat, origin, to))
        held = contest.get("held_since")
        if held and (year := _stated_number(held.get("year"))) is not None:
            facts["held_since"].add((seat, year))
        # outputs name the previous holder previous_member (schema 2.0); gold files keep previous_mp
        previous = contest.get("previous_member") or contest.get("previous_mp")
        if previous and (name := norm(_value(previous.get("name")))):
            facts["previous_mp"].add((seat, name))
    return facts


def _match_direction(gold: set[Fact], found: set[Fact]) -> tuple[set[Fact], set[Fact], set[Fact]]:
    """Swing direction: a side the gold leaves blank is not held against the extraction."""
    hits: set[Fact] = set()
    unmatched_found = set(found)
    for fact in gold:
        seat, origin, to = fact
        match = next(
            (f for f in unmatched_found if f[0] == seat and (not origin or f[1] == origin) and (not to or f[2] == to)),
            None,
        )
        if match:
            hits.add(fact)
            unmatched_found.discard(match)
    return hits, gold - hits, unmatched_found


def corpus_outcomes(gold: dict[str, Any], output: list[dict[str, Any]]) -> Iterator[tuple[str, Outcome, Fact]]:
    """Corpus-format gold: each field's facts hit, then missing and spurious (each sorted)."""
    gold_facts, found_facts = _facts_from(gold.get("contests") or []), _facts_from(output)
    for name in FIELDS:
        expected, found = gold_facts[name], found_facts[name]
        if name == "swing_direction":
            hits, missing, spurious = _match_direction(expected, found)
        else:
            hits, missing, spurious = expected & found, expected - found, found - expected
        yield from ((name, "hit", fact) for fact in hits)
        yield from ((name, "missing", fact) for fact in sorted(missing, key=repr))
        yield from ((name, "spurious", fact) for fact in sorted(spurious, key=repr))


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise DataFileError(f"{path}: unreadable gold file ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("contests"), list):
        raise DataFileError(f"{path}: a gold file is an object with a 'contests' list")
    return data


def gold_folder(corpus: Path, gold_dir: Path | None = None) -> Path:
    """The gold folder: as given, else the corpus's ``gold`` folder, else the corpus itself."""
    return gold_dir or (corpus / "gold" if (corpus / "gold").is_dir() else corpus)


def gold_pairs(corpus: Path, gold_dir: Path | None = None) -> Iterator[tuple[Path, Path | None]]:
    """Each article with its gold file (None when it has none)."""
    gold_dir = gold_folder(corpus, gold_dir)
    for article in iter_inputs([corpus]):
        gold = gold_dir / f"{article.stem}{GOLD_SUFFIX}"
        yield article, gold if gold.exists() else None
