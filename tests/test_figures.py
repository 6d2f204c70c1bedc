"""Figures: numbers in every form reporters print them, hedges kept as bounds, exact spans."""

from __future__ import annotations

import pytest
from electext.extract.figures import find_figures
from electext.lexicon import patterns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("won by 1,192 votes", ("1,192", 1192, "count", "exact", 1192, 1192)),
        ("a majority of more than 19,600", ("more than 19,600", 19600, "count", "more_than", 19600, None)),
        ("nearly 25,000 votes", ("nearly 25,000", 25000, "count", "nearly", 23750, 25000)),
        ("just under 4,000", ("just under 4,000", 4000, "count", "nearly", 3800, 4000)),
        ("just over 46%", ("just over 46%", 46, "percent", "just_over", 46, 48.3)),
        ("around 3,000", ("around 3,000", 3000, "count", "about", 2850, 3150)),
        ("fewer than 500 votes", ("fewer than 500", 500, "count", "less_than", None, 500)),
        ("a swing of 20.5%", ("20.5%", 20.5, "percent", "exact", 20.5, 20.5)),
        ("9.5 per cent", ("9.5 per cent", 9.5, "percent", "exact", 9.5, 9.5)),
        ("a 16-point swing", ("16-point", 16, "points", "exact", 16, 16)),
        ("up 3.2 percentage points", ("3.2 percentage points", 3.2, "points", "exact", 3.2, 3.2)),
        ("1.2k votes", ("1.2k", 1200, "count", "exact", 1200, 1200)),
        ("two thousand votes", ("two thousand", 2000, "count", "exact", 2000, 2000)),
        ("twenty-three thousand", ("twenty-three thousand", 23000, "count", "exact", 23000, 23000)),
        ("held since 1931", ("1931", 1931, "year", "exact", 1931, 1931)),
        ("a 17,000-plus majority", ("17,000-plus", 17000, "count", "more_than", 17000, None)),
        ("won 20,000+ votes", ("20,000+", 20000, "count", "more_than", 20000, None)),
    ],
)
def test_figure_forms(text: str, expected: tuple[object, ...]) -> None:
    figures = find_figures(text)
    assert len(figures) == 1
    figure = figures[0]
    lower = None if figure.lower is None else round(figure.lower, 1)
    upper = None if figure.upper is None else round(figure.upper, 1)
    assert (figure.text, figure.value, figure.kind, figure.qualifier, lower, upper) == expected
    assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize("text", ["on 19/10/2023", "at 04:12", "£1.2m", "E14000813", "v2.5", "one of the seats"])
def test_things_that_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_long_run_of_digits_and_separators_is_fast_and_finite() -> None:
    text = "1," * 50_000 + "%" * 10_000
    assert isinstance(find_figures(text), list)


def test_every_qualifier_in_the_cues_is_read_as_a_hedge() -> None:
    # FIGURE starts with \b for speed: a qualifier not starting with a word character would be lost.
    for phrase, qualifier in patterns.QUALIFIER_OF_PHRASE.items():
        figures = find_figures(f"a majority of {phrase} 1,000")
        assert [(figure.text, figure.qualifier) for figure in figures] == [(f"{phrase} 1,000", qualifier)], phrase


def test_every_number_word_in_the_cues_is_read_whatever_its_case() -> None:
    # FIGURE looks a figure's first word up in a set before trying its alternations: none may be missed.
    for word, value in patterns.SMALL_VALUE.items():
        for written in (word, word.capitalize(), word.upper()):
            figures = find_figures(f"they took {written} per cent of the vote")
            assert [(figure.text, figure.value) for figure in figures] == [(f"{written} per cent", value)], written
    assert [figure.text for figure in find_figures("More than 1,000 and NEARLY 5,000")] == [
        "More than 1,000",
        "NEARLY 5,000",
    ]
