"""Scoring against realdev-format gold: the annotation format of ``../shared/realdev`` (its
``GUIDELINES.md``), where each contest is plain values (``"majority": 1192``) and a contest mentioned
only in passing is marked ``"secondary": true``.

That folder ships its own reference scorer (``score.py``), and a number ``electext evaluate`` prints
for it is only worth quoting if it is the number the reference prints. So this module scores what the
reference scores, with the same leniencies, written from its documented semantics:

- every contest is flattened into fact tuples, ``(field, seat, value…)``: the contest itself, the
  winner's name and party, each candidate's party, each party's votes, the majority, the previous
  majority, the swing and the party it went to, the turnout, the year the seat was held since and the
  previous member; precision and recall are over those tuples, micro-averaged over the fields;
- names are compared folded (accents, case, punctuation, "&"), people without their titles ("Sir",
  "Dr", "Rt Hon"…) or the letters after them ("MP", "MSP", "MS", "MLA"), seats without the word "and",
  and parties through the lexicon's aliases (``parties.json`` and the register), with or without a
  leading "The" or a trailing "Party";
- a contest the gold marks ``secondary`` is neither rewarded nor punished, and neither is a contest the
  output marks ``mention_only`` unless the gold lists it as a primary contest;
- an output contest whose seat name is not one of the gold's but whose words are a subset or superset
  of exactly one gold seat's ("Chester" for "City of Chester") is scored under that seat: its figures
  count, only its ``contest`` fact is wrong;
- the output's hedged majorities, swings and turnouts ("more than 4,000") and any figure it marks as
  derived (computed, not printed) are not scored: the gold holds stated figures.

Where the two can differ: a party alias the lexicon knows and the reference's own table does not
(an output reading "TUV" where the gold has "Traditional Unionist Voice", which electext now writes
under its registered name) is a hit here and a false positive and a false negative there; and a seat
name with "and" and the same name without it ("Ashby and Tarn", "Ashby Tarn") are one seat here,
where the reference keeps a gap for the dropped word and scores the second as a seat named by part of
its name (no such pair on realdev).
``tests/test_realdev_evaluate.py`` compares the two on both realdev folders.

Corpus-format gold (``corpus/gold``, :mod:`electext.quality.gold`) keeps its own fields and floors.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from electext.core.errors import DataFileError
from electext.lexicon.resources import Resources, load_resources
from electext.quality.gold import GOLD_SUFFIX, Fact, Outcome, gold_folder

CORPUS, REALDEV = "corpus", "realdev"
FORMATS = ("auto", CORPUS, REALDEV)

# The reference scorer's fields, in the order of its table (alphabetical).
REALDEV_FIELDS = (
    "candidate_party",
    "contest",
    "held_since",
    "majority",
    "party_votes",
    "previous_majority",
    "previous_mp",
    "swing",
    "swing_to",
    "turnout",
    "winner_name",
    "winner_party",
)


# Forms of address before a name, folded; stripped again and again ("The Rt Hon Sir …").
TITLES = frozenset(
    (
        *("sir", "dame", "lord", "lady", "baron", "baroness", "mr", "mrs", "ms", "miss", "mx", "dr"),
        *("prof", "professor", "rev", "reverend", "cllr", "councillor", "hon", "rt hon", "the rt hon"),
    )
)
# Letters after a member's name, folded: Westminster, Holyrood, the Senedd, Stormont (one is stripped).
POST_NOMINALS = ("mp", "msp", "ms", "mla")


def fold(value: object) -> str | None:
    """A name reduced to what tells it apart: ASCII letters and digits in lower case, any other
    character a space, "&" the word "and"; None for nothing (or for a structure, which is not a name)."""
    if value is None or isinstance(value, dict | list):
        return None
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode().lower()
    text = "".join(ch if ch.isalnum() else " " for ch in text.replace("&", " and "))
    return " ".join(text.split()) or None


def _label(node: Any, keys: tuple[str, ...]) -> Any:
    """A label's text: an output label is an object (``{"value": …}``), gold is the plain text; the
    first of ``keys`` that is set is taken, and objects inside objects are opened in turn."""
    while isinstance(node, dict):
        node = next((node[key] for key in keys if node.get(key)), node.get(keys[-1]))
    return node


def person(node: Any) -> str | None:
    """A person's name without titles before it or one post-nominal after it ("Sir Ed Davey MP")."""
    name = fold(_label(node, ("value", "name")))
    stripped = True
    while name and stripped:
        stripped = False
        for title in TITLES:
            if name.startswith(f"{title} "):
                name, stripped = name[len(title) + 1 :], True
                break
    if name:
        last = name.rsplit(" ", 1)
        if len(last) == 2 and last[1] in POST_NOMINALS:
            name = last[0]
    return name or None


def seat(node: Any) -> str | None:
    """A seat's name without the word "and": "Bexhill & Battle" is "Bexhill and Battle"."""
    name = fold(_label(node, ("value", "name", "canonical")))
    if name is None:
        return None
    return " ".join(word for word in name.split() if word != "and") or None


def _spellings(value: Any) -> list[str]:
    """The folded ways a party name may be looked up: as folded, and with apostrophes dropped rather
    than spaced ("Christian People's Alliance"), each without a leading "the"."""
    if not isinstance(value, str):
        folded = fold(value)
        return [folded.removeprefix("the ")] if folded else []
    found: list[str] = []
    for text in (value, value.replace("'", "").replace("\u2019", "")):
        folded = fold(text)
        if folded and folded.removeprefix("the ") not in found:
            found.append(folded.removeprefix("the "))
    return found


class PartyKeys:
    """One key per party, from the lexicon: every canonical name, alias and results-box abbreviation of
    a party folded to its canonical name. The names parties.json curates are asked first, in every
    form, and the Electoral Commission register's only then: the register lists some regional or older
    names of a curated party as parties of their own ("Scottish Labour Party" is Labour). A name the
    lexicon does not know is its own key."""

    def __init__(self, resources: Resources) -> None:
        self.tiers: tuple[dict[str, str], dict[str, str]] = ({}, {})
        names = [(party, (party.canonical, *party.names)) for party in resources.parties]
        boxes = [(party, party.abbreviations) for party in resources.parties]  # never displace a name
        for party, forms in names + boxes:
            index = self.tiers[1 if party.registered else 0]
            for spelling in (spelling for form in forms for spelling in _spellings(form)):
                index.setdefault(spelling, fold(party.canonical) or party.canonical)

    def key(self, node: Any) -> str | None:
        """The party's key; a name "Party" was added to or dropped from is found too ("Reclaim")."""
        spellings = _spellings(_label(node, ("value", "name", "canonical", "party")))
        for index in self.tiers:
            for spelling in spellings:
                for variant in (spelling, spelling.removesuffix(" party"), f"{spelling} party"):
                    if variant in index:
                        return index[variant]
        return spellings[0] if spellings else None


_KEYS: dict[int, tuple[Resources, PartyKeys]] = {}


def party_keys(resources: Resources | None = None) -> PartyKeys:
    """The party keys of a lexicon (default: the one in use), built once per lexicon."""
    resources = resources or load_resources()
    if id(resources) not in _KEYS:
        _KEYS[id(resources)] = (resources, PartyKeys(resources))  # kept alive, so the id stays its own
    return _KEYS[id(resources)][1]


def number(node: Any) -> float | None:
    """A figure from a plain number, a numeric string ("1,192", "44%") or a quantity object (its
    ``value``, else ``percent``, ``votes`` or ``year``)."""
    if node is None or isinstance(node, bool):
        return None
    if isinstance(node, dict):
        key = next((key for key in ("value", "percent", "votes", "year") if node.get(key) is not None), None)
        return None if key is None else number(node[key])
    if isinstance(node, str):
        node = node.replace(",", "").strip().rstrip("%")
    try:
        return float(node)
    except (TypeError, ValueError):
        return None


def derived(node: Any) -> bool:
    """Whether the output computed this figure rather than read it (its ``derived`` says how)."""
    return isinstance(node, dict) and bool(node.get("derived"))


def hedged(node: Any) -> bool:
    """Whether a figure is approximate or a bound ("more than 4,000", "almost 8,000")."""
    return isinstance(node, dict) and str(node.get("qualifier") or "exact").lower() not in ("exact", "none", "")


def _object(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def _people_facts(contest: dict[str, Any], where: str, gold: bool, parties: PartyKeys) -> set[Fact]:
    """The winner, each candidate's party and each party's votes (a computed count is not scored)."""
    facts: set[Fact] = set()
    winner = _object(contest.get("winner"))
    if name := person(winner.get("name")):
        facts.add(("winner_name", where, name))
    if party := parties.key(winner.get("party")):
        facts.add(("winner_party", where, party))
    candidates = contest.get("candidates")
    for candidate in map(_object, candidates if isinstance(candidates, list) else []):
        name, party, votes = person(candidate.get("name")), parties.key(candidate.get("party")), candidate.get("votes")
        if name and party:
            facts.add(("candidate_party", where, name, party))
        if party and (count := number(votes)) is not None and (gold or not derived(votes)):
            facts.add(("party_votes", where, party, round(count)))
    return facts


def _figure_facts(contest: dict[str, Any], where: str, gold: bool, parties: PartyKeys) -> set[Fact]:
    """Majority, turnout and swing (an output's hedged or computed one is not scored), previous majority
    (not if computed), swing direction, held-since year and previous member."""
    facts: set[Fact] = set()
    for figure in ("majority", "turnout", "swing"):
        node = contest.get(figure)
        if (value := number(node)) is not None and (gold or not (hedged(node) or derived(node))):
            facts.add((figure, where, round(value, 1)))
    previous = contest.get("previous_majority")
    if (value := number(previous)) is not None and (gold or not derived(previous)):
        facts.add(("previous_majority", where, round(value)))
    swing = contest.get("swing")
    if isinstance(swing, dict) and (party := parties.key(swing.get("to_party"))):
        facts.add(("swing_to", where, party))
    if (year := number(contest.get("held_since"))) is not None:
        facts.add(("held_since", where, int(year)))
    member = contest.get("previous_member") or contest.get("previous_mp") or contest.get("previous_holder")
    if name := person(member):
        facts.add(("previous_mp", where, name))
    return facts


def contest_facts(contest: Any, gold: bool, where: str | None = None, parties: PartyKeys | None = None) -> set[Fact]:
    """One contest's fact tuples, under the seat ``where`` (default: its own seat's name)."""
    contest = _object(contest)
    where = where or seat(contest.get("constituency"))
    if not where:
        return set()
    parties = parties or party_keys()
    return _people_facts(contest, where, gold, parties) | _figure_facts(contest, where, gold, parties)


def resolve_seat(name: str | None, gold_seats: Iterable[str]) -> str | None:
    """The gold seat a non-canonical output seat plainly names (its words a subset or superset of
    exactly one gold seat's), else the name as it is."""
    seats = set(gold_seats)
    if not name or name in seats:
        return name
    words = set(name.split())
    hits = [other for other in seats if words <= set(other.split()) or set(other.split()) <= words]
    return hits[0] if len(hits) == 1 else name


def gold_facts(gold: dict[str, Any], parties: PartyKeys | None = None) -> set[Fact]:
    """The facts of the gold's primary contests, each with its ``contest`` fact."""
    facts: set[Fact] = set()
    for contest in gold.get("contests") or []:
        if not contest.get("secondary"):
            facts |= contest_facts(contest, True, parties=parties)
            facts.add(("contest", seat(contest.get("constituency"))))
    return facts


def _gold_seats(gold: dict[str, Any], secondary: bool) -> set[str]:
    """The seats of the gold's secondary contests, or of its primary ones."""
    seats = (seat(c.get("constituency")) for c in gold.get("contests") or [] if bool(c.get("secondary")) is secondary)
    return {name for name in seats if name}


def output_facts(gold: dict[str, Any], contests: Iterable[Any], parties: PartyKeys | None = None) -> set[Fact]:
    """The output's facts that are scored: not those of a contest the gold lists as secondary, nor of
    one the output marks as a mention unless the gold lists it as primary. A contest whose seat name
    is resolved to a gold seat keeps its own name in its ``contest`` fact (which is then wrong)."""
    primary, secondary = _gold_seats(gold, False), _gold_seats(gold, True)
    facts: set[Fact] = set()
    for contest in map(_object, contests):
        named = seat(contest.get("constituency"))
        where = resolve_seat(named, primary | secondary)
        if not where or where in secondary:
            continue
        if (contest.get("mention_only") or contest.get("secondary")) and where not in primary:
            continue
        facts.add(("contest", named))
        facts |= contest_facts(contest, False, where, parties)
    return facts


def outcomes(
    gold: dict[str, Any], contests: Iterable[Any] | None, parties: PartyKeys | None = None
) -> Iterator[tuple[str, Outcome, Fact]]:
    """Each fact of an article with its field and outcome (``contests`` None: the article has no
    output, so every gold fact is missing), in a stable order."""
    parties = parties or party_keys()
    expected = gold_facts(gold, parties)
    found = output_facts(gold, contests or [], parties) if contests is not None else set()
    for fact in sorted(expected | found, key=repr):
        if fact in expected:
            yield fact[0], "hit" if fact in found else "missing", fact
        else:
            yield fact[0], "spurious", fact


def is_realdev(gold: dict[str, Any]) -> bool | None:
    """Whether one gold file is in the realdev format (its contests say ``secondary``), the corpus
    format (they say ``mention_only``) or cannot tell (no contests)."""
    keys = {key for contest in gold.get("contests") or [] if isinstance(contest, dict) for key in contest}
    if "secondary" in keys and "mention_only" not in keys:
        return True
    return False if keys else None


def detect_format(gold_files: Iterable[Path]) -> str:
    """A gold folder's format, from its files: realdev when those that tell are all realdev, corpus
    when they are all corpus (or none tells); a folder mixing the two is refused."""
    seen: dict[bool, Path] = {}
    for path in gold_files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue  # reading it again to score it reports the problem
        if isinstance(data, dict) and (verdict := is_realdev(data)) is not None:
            seen.setdefault(verdict, path)
    if len(seen) == 2:
        raise DataFileError(
            f"{seen[True]} is realdev-format gold and {seen[False]} corpus-format: one folder holds one format"
        )
    return REALDEV if seen.get(True) else CORPUS


def resolve_format(corpus: Path, gold_dir: Path | None, gold_format: str) -> str:
    """The gold format to score: as given, or for "auto" the one the gold files are written in."""
    if gold_format != "auto":
        return gold_format
    return detect_format(sorted(gold_folder(corpus, gold_dir).glob(f"*{GOLD_SUFFIX}")))
