"""Which sentences are about an earlier election because of where they stand: a paragraph that opens on one, a
section under an earlier year's heading ("2017: the longest night") or under a heading of the last result ("WHAT
HAPPENED LAST TIME"), a continuation of the sentence before ("On that basis", "Then,"). The linker asks once a
sentence, before its readers run (:func:`electext.extract.linking.link.link`)."""

from __future__ import annotations

from dataclasses import replace

from electext.extract.facts import Sentence
from electext.extract.linking.context import Context, by_election_report, changed
from electext.lexicon import patterns


def follow_earlier_paragraph(text: str, sentences: list[Sentence], index: int, context: Context) -> Context:
    """ "At the 2019 general election Ms Cooper won 27,458 votes … The Liberal Democrats were a distant
    third with 2,560": a paragraph that opens on an earlier election stays there until a sentence
    brings the reader back ("This time", "on Thursday"). One that only turns to it midway ("Five
    years ago Mr Laws had won here by 13,036. UKIP's Smedley was third") does not."""
    sentence = sentences[index]
    heading = patterns.YEAR_HEADING.match(text, sentence.start, sentence.end)
    if heading is not None and context.latest_heading is not None:
        # "2017: the longest night" … "2019: the wall gives way": a section under an earlier year's
        # heading is about that election, until the heading of the latest year
        context = replace(context, earlier_section=int(heading.group("year")) < context.latest_heading)
    if _heading_line(text, sentence):
        # "WHAT HAPPENED LAST TIME" over prose: the section is about the last election, to the next heading
        earlier = patterns.EARLIER_SECTION_HEADING.fullmatch(text, sentence.start, sentence.end) is not None
        context = changed(context, earlier_heading=earlier)
    if context.earlier_section or context.earlier_heading:
        return replace(context, earlier_paragraph=sentence.paragraph)
    if context.earlier_paragraph is not None and context.earlier_paragraph != sentence.paragraph:
        context = replace(context, earlier_paragraph=None)
    opens_paragraph = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
    if patterns.BACK_TO_NOW.search(text, sentence.start, sentence.end):
        return replace(context, earlier_paragraph=None)
    if opens_paragraph and patterns.EARLIER_SENTENCE_OPENING.match(text, sentence.start, sentence.end):
        return replace(context, earlier_paragraph=sentence.paragraph)
    if index and patterns.EARLIER_CONTINUATION.match(text, sentence.start, sentence.end):
        # "… against the notional 2019 result. On that basis Labour held Perry Barr with 68.0%"
        before = sentences[index - 1]
        for named in patterns.EARLIER_ELECTION_NAMED.finditer(text, before.start, before.end):
            if named.group("general") and not by_election_report(text):
                continue  # in a general election's report, the general election is this one
            if named.group("year") is None or context.year is None or int(named.group("year")) < context.year:
                return replace(context, earlier_paragraph=sentence.paragraph)
    return context


# The longest line read as a section's heading.
MAX_SECTION_HEADING = 60


def _heading_line(text: str, sentence: Sentence) -> bool:
    """Is the sentence a line of its own, short, in capitals, with no full stop: a section's heading ("HOW TO VOTE")?"""
    words = text[sentence.start : sentence.end].strip()
    if not (0 < len(words) <= MAX_SECTION_HEADING and words.isupper() and words[-1] not in ".!?,;"):
        return False
    line_end = text.find("\n", sentence.end)
    return (
        not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()
        and not text[sentence.end : line_end if line_end >= 0 else len(text)].strip()
    )
