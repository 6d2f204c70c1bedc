"""Key-numbers lines: a figure first, then a dash and what it counts.

Results pages and explainers list a contest as "17,894 - votes for Labour's Rosena Allin-Khan",
"6,537 – Labour's majority", "42.8% - turnout". The label after the dash says what the figure is and
whose it is, so the cues that prose puts before a figure are read after it here. The linker asks
:func:`keyed_reading` first for every figure and falls back to prose reading when it says None.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from electext.core import rx
from electext.extract.facts import Role, Sentence
from electext.extract.figures import Figure, FigureKind
from electext.extract.mentions import Mention
from electext.lexicon import patterns

# Only a bullet may come before the figure on its line; a dash, en dash, em dash or colon after it.
_BEFORE_FIGURE = rx.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?\Z")
_DASH_AFTER = rx.compile(r"\A[ \t]*[-\u2013\u2014:][ \t]+")


def _label_roles() -> tuple[tuple[Role, rx.TimedPattern], ...]:
    """What the label says the figure is, tried in this order (the lexicon in use's words)."""
    return (
        ("swing", patterns.SWING_WORD),
        ("turnout", patterns.KEYED_TURNOUT),
        ("majority", patterns.KEYED_MAJORITY),
        ("share", patterns.KEYED_SHARE),
        ("votes", patterns.KEYED_VOTES),
    )


@dataclass(frozen=True)
class KeyedFigure:
    role: Role
    subject: Mention | None
    figure: Figure  # the figure, its kind set by the label ("7.3 - the swing, in percentage points")


def _label_end(text: str, start: int, sentence: Sentence) -> int:
    newline = text.find("\n", start, sentence.end)
    return newline if newline >= 0 else sentence.end


def keyed_reading(
    text: str, sentence: Sentence, figure: Figure, candidates: list[Mention], previous: Mention | None
) -> KeyedFigure | None:
    """The role and subject a key-numbers label gives ``figure``, or None when it is not on such a line.

    ``previous`` is the subject of the line before, for labels that say only "her share of the vote"."""
    line_start = max(sentence.start, text.rfind("\n", 0, figure.start) + 1)
    if not _BEFORE_FIGURE.match(text[line_start : figure.start]):
        return None
    dash = _DASH_AFTER.match(text[figure.end : figure.end + 6])
    if dash is None:
        return None
    label_start = figure.end + dash.end()
    label_end = _label_end(text, label_start, sentence)
    label = text[label_start:label_end]
    role = next((role for role, cue in _label_roles() if cue.search(label)), None)
    if role is None:
        return None
    named = [m for m in candidates if label_start <= m.start < label_end]
    people = [m for m in named if m.kind == "person"]
    subject = people[0] if people else (named[0] if named else None)
    if role == "majority" and patterns.KEYED_EARLIER.search(label):
        role = "previous_majority"
    if role == "share" and patterns.OWN_PRONOUN.match(label):
        subject = previous  # "55.9% - her share of the vote": the candidate of the line before
    if role in ("swing", "turnout", "share") and figure.kind == "count":
        unit: FigureKind = "points" if role == "swing" and patterns.POINTS_WORD.search(label) else "percent"
        figure = replace(figure, kind=unit)
    if role == "votes" and (figure.kind != "count" or not figure.is_whole):
        return None
    return KeyedFigure(role, subject, figure)
