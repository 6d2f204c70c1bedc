"""Short forms of party names: what a results box writes when it has no room ("NIP", "Soc Dem", "Yorkshire").

A minor party's short form is rarely in any list, but it is made the same few ways: the name's
initials (with or without the "P" of "Party"), or its leading words cut to their first letters.
Each form is kept only where it fits one party, or one party of which it names every word, so that a
short form is never a guess.
"""

from __future__ import annotations

from collections.abc import Iterable

# The register's entries for a candidate standing without a party ("No description"): never a party a
# short form such as "ND" should resolve to.
PLACEHOLDERS = frozenset({"no description"})
# Words a party's name carries that its short forms leave out.
_NAME_FILLER = frozenset({"the", "party", "of", "and", "&", "for"})


def short_form_index(parties: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
    """Each short form, folded to lower case, with the one canonical party it stands for; ``parties``
    are (canonical, names) pairs. A form that fits two parties is kept only where it names every word of
    exactly one of them ("Yorkshire": the Yorkshire Party, not Yorkshire First)."""
    found: dict[str, set[str]] = {}
    whole: dict[str, set[str]] = {}
    for canonical, names in parties:
        if canonical.casefold() in PLACEHOLDERS:
            continue
        for name in names:
            for form, complete in short_forms(name).items():
                found.setdefault(form, set()).add(canonical)
                if complete:
                    whole.setdefault(form, set()).add(canonical)
    chosen = {}
    for form, fits in found.items():
        if len(fits) == 1:
            chosen[form] = next(iter(fits))
        elif len(whole.get(form, ())) == 1:
            chosen[form] = next(iter(whole[form]))
    return chosen


def short_forms(name: str) -> dict[str, bool]:
    """A party name's initials and its leading words, each cut to a prefix of three letters or more
    ("Social Democratic Party": "sdp", "sd", "soc dem", "social", …), folded to lower case; each says
    whether it stands for every word of the name."""
    words = [word for word in name.lower().replace("-", " ").split() if word not in _NAME_FILLER]
    if not words:
        return {}
    forms = {"".join(word[0] for word in words): True} if len(words) >= 2 else {}
    # initials that keep "Party" ("NIP" for the Northern Independence Party, "SDP")
    spelled = [word for word in name.lower().replace("-", " ").split() if word not in _NAME_FILLER - {"party"}]
    if len(spelled) >= 2:
        forms.setdefault("".join(word[0] for word in spelled), True)
    for count in range(1, len(words) + 1):
        leading, complete = words[:count], count == len(words)
        forms[" ".join(leading)] = forms.get(" ".join(leading), False) or complete
        if all(len(word) >= 3 for word in leading):
            cut = " ".join(word[:3] for word in leading)
            forms[cut] = forms.get(cut, False) or complete
    return {form: complete for form, complete in forms.items() if len(form) >= 2}
