"""A pattern's prefilter never turns away a stretch the pattern matches in, and turns away stretches
holding none of the words every match needs."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from electext.core import rx
from electext.core.prefilter import may_match, prefilter, required_literals
from electext.lexicon.active import lexicon_in_use
from hypothesis import given, settings
from hypothesis import strategies as st

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"
CASELESS = regex.IGNORECASE


def test_every_match_needs_one_of_the_literals_found() -> None:
    assert required_literals(r"\bformer\s+MP\b", CASELESS, {}) == {"former"}  # the longer of the two words
    assert required_literals(r"(?:gave|giving)\s+up\b", CASELESS, {}) == {"gave", "giving"}
    assert required_literals(r"colou?r", CASELESS, {}) == {"color", "colour"}
    assert required_literals(r"\L<parties>\s+gain", CASELESS, {"parties": ["Labour", "Green"]}) == {"labour", "green"}
    # a literal holding another is dropped: a stretch holding "elected" holds "elect"
    assert required_literals(r"elect(?:ed|ion)?\b", CASELESS, {}) == {"elect"}


def test_a_pattern_some_match_of_which_needs_no_literal_gets_none() -> None:
    assert required_literals(r"won|\d+", CASELESS, {}) is None  # one alternative is any number
    assert required_literals(r"\p{Lu}\w+", 0, {}) is None  # a property is no literal
    assert required_literals(r"(?=elected)\w+", CASELESS, {}) is None  # a lookahead's words are not consumed
    assert required_literals(r"a|b", CASELESS, {}) is None  # one letter narrows nothing
    assert required_literals(r"(?:election){e<=1}", CASELESS, {}) is None  # a fuzzy match may miss any letter
    assert required_literals(r"(?f)strasse", CASELESS, {}) is None  # full case folding: "ss" matches "ß"


def test_the_text_is_folded_as_regex_ignores_case() -> None:
    # ſ (long s), the Kelvin sign and dotted İ match ASCII letters when regex ignores case
    for pattern, text in (
        ("business", "a BUſINESS vote"),
        ("kent", "a \u212aent seat"),
        ("independent", "İNDEPENDENT"),
    ):
        assert regex.search(pattern, text, CASELESS)
        test = prefilter(pattern, CASELESS, {})
        assert test is not None and may_match(test, text, None, None)


def test_a_search_with_no_needed_word_in_its_stretch_finds_nothing_without_running() -> None:
    pattern = rx.compile(r"\bby-election\b", CASELESS)
    text = "Labour won the Tamworth by-election. Turnout was 36%."
    assert pattern.search(text, 0, 35) is not None
    assert pattern.search(text, 36) is None
    assert list(pattern.finditer(text, 36)) == []
    assert [m.group() for m in pattern.finditer(text)] == ["by-election"]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="elctionMPSsſıİKK \u212a-:19", max_size=30),
    st.sampled_from(
        [r"\belection\b", r"\b(?:MP|MSP)\b", r"(?:19|20)\d\d\s*:", r"k(?:ent|elso)", r"\L<w>\s+sit", r"elect(?:ion|s)?"]
    ),
    st.sampled_from([0, CASELESS]),
)
def test_the_prefilter_never_turns_away_a_match(text: str, pattern: str, flags: int) -> None:
    lists = {"w": ["MPs", "MSPs"]}
    compiled = regex.compile(pattern, flags, w=lists["w"]) if "\\L" in pattern else regex.compile(pattern, flags)
    test = prefilter(pattern, flags, lists)
    for start in range(len(text) + 1):
        if compiled.search(text, start) is not None:
            assert test is None or may_match(test, text, start, None), (pattern, text, start)


def _corpus_texts() -> list[str]:
    paths = sorted(CORPUS.glob("*.txt"))[:: max(1, len(list(CORPUS.glob("*.txt"))) // 12)]
    return [path.read_text(encoding="utf-8") for path in paths]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus is not here")
def test_the_lexicon_patterns_find_in_corpus_articles_what_they_find_without_prefilters() -> None:
    patterns = lexicon_in_use().patterns
    compiled = {
        name: value for name in dir(patterns) if isinstance(value := getattr(patterns, name, None), rx.TimedPattern)
    }
    filtered = 0
    for text in _corpus_texts():
        sentences = [(m.start(), m.end()) for m in regex.finditer(r"[^.\n]+[.\n]?", text)]
        for pattern in compiled.values():
            raw = pattern._compiled
            found = [m.span() for m in pattern.finditer(text)]
            assert found == [m.span() for m in raw.finditer(text)], raw.pattern
            for start, end in sentences:
                hit = pattern.search(text, start, end)
                wanted = raw.search(text, start, end)
                assert (hit and hit.span()) == (wanted and wanted.span()), raw.pattern
                filtered += hit is None and pattern._prefilter is not None
    assert filtered > 0  # the prefilters did turn stretches away
