"""What every reader of facts said in words looks at: one sentence and what is named in it, the
lexicon's cues, and whether a line is about the nation rather than a seat.
"""

from __future__ import annotations

from typing import NamedTuple

from electext.extract.facts import Sentence
from electext.extract.linking.context import Context
from electext.extract.mentions import Mention, Mentions
from electext.lexicon import patterns
from electext.lexicon.resources import Cues, load_resources


class WordScope(NamedTuple):
    """What every word-fact reader looks at: one sentence and what is named in it."""

    text: str
    sentence: Sentence
    mentions: Mentions
    seats: list[Mention]
    candidates: list[Mention]
    context: Context


def national_line(text: str, sentence: Sentence) -> bool:
    """Whether the sentence is about the national picture, read on its whole line, not only the
    sentence: "Across Scotland the picture was very different: Labour gains from the SNP …"."""
    return patterns.NATIONAL_SENTENCE.search(text, text.rfind("\n", 0, sentence.start) + 1, sentence.end) is not None


def cues() -> Cues:
    """The phrase lists of the lexicon in use."""
    return load_resources().cues
