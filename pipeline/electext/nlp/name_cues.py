"""Where the people fixer (``electext_people``, :mod:`electext.nlp.annotate`) looks for a name the model
missed: the capitalised word right after a party ("Labour's Alistair Strathern", "Lib Dem candidate
Emma Holland-Lindsay", "The Conservative, Piers Ashdown, had"),
a role ("MP Jo Bloggs") or a title ("Ms Edwards", "Dr. Patel"), and the first
of two capitalised words before a verb or a party in brackets ("Nadine Dorries stood down", "Jo Bloggs
(Labour)").

The first four were rules of a spaCy ``Matcher``, which makes a ``Token`` object for every token for every
rule and called the rules' word sets from Python: 1.1 ms an article, more than the other rule
components together. The same rules read from the document's attribute array find the same places
(``tests/test_annotate.py`` compares them with the matcher's) in a fraction of that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import ENT_TYPE, IS_TITLE, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

POSSESSIVES = ("'s", "'")


def _ids(words: Iterable[str]) -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words)


@dataclass(frozen=True)
class NameCues:
    """The rules' words, as the hashes spaCy stores for a token's text (``ORTH``) or lower case (``LOWER``)."""

    titles: frozenset[int]  # ORTH: "Ms", "Dr", "Sir"
    verbs: frozenset[int]  # LOWER: "stood", "won", "will"
    roles: frozenset[int]  # ORTH: written right before a name, "MP Jo Bloggs" (the lexicon's roles_before_name)
    party_roles: frozenset[int]  # LOWER: after a party, "Labour candidate X" (the lexicon's party_roles)
    possessives: frozenset[int] = _ids(POSSESSIVES)  # ORTH
    party: int = get_string_id("PARTY")  # the entity label
    full_stop: int = get_string_id(".")
    bracket: int = get_string_id("(")
    comma: int = get_string_id(",")

    @classmethod
    def of(
        cls, titles: Iterable[str], verbs: Iterable[str], roles: Iterable[str], party_roles: Iterable[str]
    ) -> NameCues:
        return cls(titles=_ids(titles), verbs=_ids(verbs), roles=_ids(roles), party_roles=_ids(party_roles))


def name_starts(doc: Doc, cues: NameCues) -> list[tuple[int, bool]]:
    """Where each rule puts a name's start, as (token, whether it is the first of two capitalised words
    before a verb or a bracketed party); otherwise the name follows a party, a role or a title. A token
    after a party, its ``'s`` and a role is found whichever of the optional words are there, as the
    matcher's optional tokens were."""
    rows = doc.to_array([ORTH, LOWER, IS_TITLE, ENT_TYPE]).tolist()
    count = len(rows)
    found: list[tuple[int, bool]] = []
    party = cues.party

    def party_at(index: int) -> bool:
        return index >= 0 and rows[index][3] == party

    for index, (_orth, _lower, title, _entity) in enumerate(rows):
        if not title:
            continue
        if index > 0:
            previous_orth, previous_lower = rows[index - 1][0], rows[index - 1][1]
            possessive_party = previous_orth in cues.possessives and party_at(index - 2)
            role_after_party = previous_lower in cues.party_roles and (
                party_at(index - 2) or (index >= 2 and rows[index - 2][0] in cues.possessives and party_at(index - 3))
            )
            titled = previous_orth in cues.titles or (
                previous_orth == cues.full_stop and index >= 2 and rows[index - 2][0] in cues.titles
            )
            # "The Conservative, Piers Ashdown, had 15,840": a name of two or three words set off by commas
            # after a party
            set_off = (
                previous_orth == cues.comma
                and party_at(index - 2)
                and not party_at(index)
                and any(
                    index + size < count
                    and rows[index + size][0] == cues.comma
                    and all(rows[index + k][2] and not party_at(index + k) for k in range(1, size))
                    for size in (2, 3)
                )
            )
            if (
                party_at(index - 1)
                or possessive_party
                or role_after_party
                or previous_orth in cues.roles
                or titled
                or set_off
            ):
                found.append((index, False))
        if index + 2 < count and rows[index + 1][2]:
            third = rows[index + 2]
            if third[1] in cues.verbs or (third[0] == cues.bracket and index + 3 < count and party_at(index + 3)):
                found.append((index, True))
    return found
