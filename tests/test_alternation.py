"""A tree of literal phrases matches exactly what their flat alternation matches, in any pattern."""

from __future__ import annotations

import regex
from electext.core.alternation import literal_alternation
from electext.lexicon import patterns
from hypothesis import given, settings
from hypothesis import strategies as st

# Few letters, so that phrases share prefixes and texts contain them; a space, a hyphen, a capital
# and a character outside ASCII (whose case partner is another letter) for the cases that must not
# be factored.
PHRASE = st.text(alphabet="abAB -é", min_size=1, max_size=6)
TEXT = st.text(alphabet="abAB -é\n\tx", max_size=40)
# How the lists are used: alone, between word boundaries, and followed by something that may fail
# and send the engine back into the alternation for another branch.
CONTEXTS = (r"(?:{})", r"\b(?:{})\b", r"(?:{})(?:b|\s+a)", r"(?:{})\Z", r"(?=(?:{})\b)")


def _flat(phrases: list[str], space: str) -> str:
    return "|".join(
        "".join(space if character == " " else regex.escape(character) for character in phrase)
        for phrase in dict.fromkeys(phrases)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=12), TEXT, st.sampled_from([0, regex.IGNORECASE]))
def test_the_tree_matches_as_the_flat_list_does(phrases: list[str], text: str, flags: int) -> None:
    for space, ignore_case in ((r"\s+", False), (r"\ ", False), (r"\s+", bool(flags))):
        tree, flat = literal_alternation(phrases, space=space, ignore_case=ignore_case), _flat(phrases, space)
        for context in CONTEXTS:
            expected = regex.compile(context.format(flat), flags)
            actual = regex.compile(context.format(tree), flags)
            for position in range(len(text) + 1):
                found, wanted = actual.match(text, position), expected.match(text, position)
                assert (found and found.span()) == (wanted and wanted.span()), (context, tree, flat)


def test_longest_first_phrases_share_their_first_letters() -> None:
    assert literal_alternation(["wins", "won", "win"]) == "w(?:in(?:s|)|on)"
    assert literal_alternation(["held off", "held"]) == r"held(?:\s+off|)"


def test_under_ignorecase_phrases_that_differ_only_in_case_share_a_branch() -> None:
    assert literal_alternation(["UKIP", "Ukip", "Lab"], ignore_case=True) == "ukip|lab"


def test_what_could_change_the_winner_stays_a_flat_list() -> None:
    assert literal_alternation(["a", "ab"]) == "a(?:|b)"  # the empty branch first: flat below "a"
    assert literal_alternation(["Sa", "sb"]) == "Sa|sb"  # one group without case only
    assert literal_alternation(["éa", "éb"]) == "éa|éb"  # outside ASCII: its case partners unknown
    assert literal_alternation(["a  b", "a c"]) == r"a(?:\s+\s+b|\s+c)"  # a run of whitespace could end twice


def test_the_cue_patterns_are_built_as_trees() -> None:
    assert "h(?:a(?:s\\s+been" in patterns.WIN_VERB.pattern
