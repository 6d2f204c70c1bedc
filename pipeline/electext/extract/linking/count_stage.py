"""Which count of a contest a figure in prose is from: the first, or a later one.

A supplementary-vote mayor, a commissioner or an STV councillor is elected on a later count, and
reporters give both: "On the first count Khan had 1,148,716 votes"; "the contest went to a second
round between the top two. Khan finished with 1,310,143 votes". A contest's tallies and shares are its
first count's (the figures every candidate has, and the ones official results list first); a later
count's tally of the same candidate yields to it. Where a report gives only the final count, that is
the tally there is, and it stays.

A figure's count is named by the nearest words of a count stage before it in its sentence ("after the
first round with 216,280 votes"), else the nearest after it ("238,628 votes after second preferences"),
else the last named earlier in its paragraph. A results list under "after transfers" is the list
reader's business (:func:`follow_count_stage`, for the list reader); the rest is the prose's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from electext.extract.facts import Fact, Sentence
from electext.extract.linking.context import Context, about_earlier_election, changed
from electext.lexicon import patterns

# The roles whose figure a later count restates for the same candidate.
RESTATED_ROLES = ("votes", "share")


def stage_marks(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Each count stage named in ``text[start:end]``: its position, and whether it is a later count."""
    return [
        (match.start(), match.lastgroup == "later")
        for match in patterns.COUNT_STAGE_WORDS.finditer(text, start, end, timeout=patterns.REGEX_TIMEOUT)
    ]


def figure_is_later(marks: Sequence[tuple[int, bool]], at: int, carried: bool) -> bool:
    """Is the figure at ``at`` a later count's: by the nearest stage before it, else after it, else
    the stage carried from the paragraph's earlier sentences?"""
    before = [later for position, later in marks if position < at]
    if before:
        return before[-1]
    after = [later for position, later in marks if position > at]
    return after[0] if after else carried


def carried_after(marks: Sequence[tuple[int, bool]], carried: bool) -> bool:
    """The stage the paragraph's next sentence is in: the last one this sentence named, else as before."""
    return marks[-1][1] if marks else carried


def _key(fact: Fact) -> tuple[str, str, str] | None:
    if fact.subject is None:
        return None
    return fact.seat, fact.role, fact.subject.value


def prefer_first_count(facts: list[Fact], later: set[int]) -> list[Fact]:
    """``facts`` without the later-count ones (their indexes in ``later``) whose candidate has the same
    role's figure from the first count."""
    if not later:
        return facts
    first = {_key(fact) for index, fact in enumerate(facts) if index not in later}
    first.discard(None)
    return [fact for index, fact in enumerate(facts) if index not in later or _key(fact) not in first]


# What a later count stage's list states that is not this contest's first-count result.
LATER_STAGE_ROLES = ("votes", "share", "share_change", "position", "winner")


def follow_count_stage(text: str, sentence: Sentence, names_seat: bool, context: Context) -> Context:
    """A list after "after transfers", "at the final stage", "Final Round" gives a later count's
    figures (STV transfers, a supplementary vote's second round), not the first preferences the
    contest reports; one after "The result four years ago was as follows." an earlier election's.
    Either lasts until a sentence of prose or a heading naming a contest."""
    if patterns.LATER_COUNT_STAGE.search(text, sentence.start, sentence.end) and _introduces_list(text, sentence):
        return changed(context, later_stage=True)
    intro = patterns.LIST_INTRO_END.search(text, sentence.start, sentence.end)
    if intro is not None and about_earlier_election(text, sentence, intro.start(), intro.end(), year=context.year):
        return changed(context, later_stage=True)  # "The result four years ago was as follows."
    if context.later_stage and (names_seat or patterns.PROSE_LINE.match(text, sentence.start, sentence.end)):
        return replace(context, later_stage=False)
    return context


def _introduces_list(text: str, sentence: Sentence) -> bool:
    """Is the sentence a list's heading or introduction ("Final Round", "After transfers:", "The final
    count was as follows.")? A sentence of prose that names a later count ("so the contest went to a
    second round.") states its own figures, if any (count_stage), and the prose after it goes on."""
    line = text[sentence.start : sentence.end].rstrip()
    return not line.endswith((".", "!", "?")) or patterns.LIST_INTRO_END.search(line) is not None
