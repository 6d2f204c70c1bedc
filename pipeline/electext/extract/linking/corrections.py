"""Figures an article takes back: a live blog's or a page's correction of its own earlier figures ("CORRECTION: In
our 01:15 post we gave Labour's vote as 18,430 and the majority as 8,554. The correct figures are …", "An earlier
version of this article stated that the majority was 470"). A figure the correction names as given before is no
fact wherever the article states it; the correction's own sentences give the corrected figures as any sentence
would. Only counts are taken back: a share or a year repeated elsewhere is too often another figure's."""

from __future__ import annotations

from electext.core.spans import ByStart
from electext.extract.facts import Fact, Sentence
from electext.extract.figures import Figure
from electext.lexicon import patterns


def retracted_values(text: str, sentences: list[Sentence], figures: ByStart[Figure]) -> frozenset[float]:
    """The counts the article's corrections say it gave wrongly: the article's figures (``figures``, as the
    figure reader found them) in a sentence that opens on a correction's label or says what an earlier version
    gave, up to where it turns to the right figures."""
    values: set[float] = set()
    for sentence in sentences:
        said = patterns.EARLIER_VERSION_SAID.search(text, sentence.start, sentence.end)
        if said is None:
            continue
        turn = patterns.CORRECT_FIGURES_TURN.search(text, said.end(), sentence.end)
        given = figures.starting(said.end(), turn.start() if turn else sentence.end)
        values.update(figure.value for figure in given if figure.kind == "count")
    return frozenset(values)


def without_retracted(facts: list[Fact], retracted: frozenset[float]) -> list[Fact]:
    """``facts`` less those of a count the article took back."""
    if not retracted:
        return facts
    return [
        fact
        for fact in facts
        if fact.figure is None or fact.figure.kind != "count" or fact.figure.value not in retracted
    ]
