"""Results-block headings: the line that opens one contest's block in a round-up or on a results page.

Round-ups of council by-elections, and results pages for police areas or mayoralties, give each
contest a heading line with its result lines under it::

    Hadleigh – Eastfield Park               a council, then its ward
    Northgate, Selwood District Council     a ward, then its council
    Avonshire (Lab GAIN from Con)           an area, then the outcome
    Kirkbrae results                        a name, then "results"

No gazetteer holds wards, so a heading is known by its shape and by what follows it: a short line of
capitalised words with no figure and no party of its own, followed (past bracketed notes such as
"(two seats)" or a table's header row) by a result line, where a party or a bracketed label has a
tally or share after it. Three shapes carry their own evidence instead: a heading ending on a
shorthand outcome over prose ("HEATH (Cardiff) – Lab gain from Con"), a paragraph opening with its
heading and outcome ("Holywell West (Flintshire) - Ind gain from Lab. The independent …"), and a
heading and its results on one line, split by a colon ("Sutton LBC, Belmont: LD 1,423 (48.0%), …").
The heading names the contest; a part that ends "Council" (or CC, DC, BC), a bracket after the name,
or, in the "A – B" form, the first part, names the body that runs it. The heading's block is every
line up to the next heading, which the linker gets for free: the heading is a sentence naming a seat,
so it takes the discourse focus until the next one does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from electext.core import rx
from electext.core.spans import starting_in
from electext.extract.mentions.mention import Mention
from electext.extract.mentions.people import _from_capitals
from electext.lexicon import patterns
from electext.lexicon.resources import fold_seat_name

# A heading is a short line; a results line after it is found within this many lines (notes between).
MAX_HEADING_CHARS = 90
MAX_NOTE_LINES = 2
# A results line names its party (or bracketed label) near its start, and the tally soon after it.
PARTY_WITHIN = 45
FIGURE_AFTER_PARTY = 45
# Lines between a heading and its results: "(two seats)", "Results are for first-preference votes".
# ("Reason for vacancy: resignation of Cllr Joan Pitt (Labour), 3 May": a notice's cause of the poll)
_NOTE_LINE = rx.compile(
    r"\A[ \t]*\([^()\n]*\)[ \t]*\Z|preference"
    r"|\A[ \t]*(?:reason[ \t]+for[ \t]+(?:the[ \t]+)?)?(?:vacancy|by-election)[ \t]*:",
    rx.I,
)


@dataclass(frozen=True)
class Line:
    start: int
    end: int


def _lines(text: str, start: int, end: int) -> list[Line]:
    return [Line(m.start(), m.end()) for m in rx.finditer(r"[^\n]*\S[^\n]*", text, pos=start, endpos=end)]


def is_result_line(text: str, line: Line, parties: Sequence[Mention]) -> bool:
    """A line that reports a tally or share for a party near its start ("Lab: 709", "Mark Tolley
    (Con) 136,988 (34.7%)", "Reform UK 418 (29.5 per cent, +29.5 on 2023) …")."""
    body = text[line.start : line.end]
    labels = [(p.start - line.start, p.end - line.start) for p in starting_in(parties, line.start, line.end)]
    labels += [(m.start() + 1, m.end()) for m in patterns.BRACKETED_LABEL.finditer(body)]
    for label_start, label_end in labels:
        if label_start > PARTY_WITHIN:
            continue
        figure = patterns.RESULT_FIGURE.search(body, label_end, label_end + FIGURE_AFTER_PARTY)
        # between the label and its figure only layout and names: "Lab: 709", "Reform UK 418",
        # "Liberal Democrats (Ann Holt): 690", "Con Tom Brown 1,021"; not prose ("The Conservative vote
        # fell from 16,838"), nor a headline's margin ("SNP SNATCH ARDMILLAN BY 4,300")
        if (
            figure is not None
            and patterns.NAME_OR_LAYOUT.fullmatch(body, label_end, figure.start())
            and not patterns.BY_AT_END.search(body, label_end, figure.start())
        ):
            return True
    return False


def block_headings(
    text: str,
    start: int,
    end: int,
    parties: Sequence[Mention],
    seat_by_lower: Mapping[str, str],
    places: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The contests that results-block headings name in ``text[start:end]``, as seat mentions whose
    ``body`` is where the heading names the council or area beside them; a name the gazetteer holds
    (``seat_by_lower``, by folded name) is read as its seat ("The Uxbridge & South Ruislip results").
    A county or council area of ``places``, or a gazetteer name, beside the name is its body ("North
    Yorkshire, Knaresborough West", "Castle, Colchester")."""

    def is_place(name: str) -> bool:
        return name in places or fold_seat_name(name) in seat_by_lower

    lines = _lines(text, start, end)
    headings = []
    for index, line in enumerate(lines):
        heading_line: Line | None = line
        if line.end - line.start > MAX_HEADING_CHARS or not _results_follow(text, lines, index, parties):
            heading_line = _outcome_opening(text, line, parties) or _outcome_heading(text, line, parties)
        heading = _read_heading(text, heading_line, parties, is_place) if heading_line is not None else None
        if heading is None:
            # "Sutton LBC, Belmont: LD 1,423 …" over another such line: the heading ends at its colon
            inline = _results_after_colon(text, line, parties)
            heading = _read_heading(text, inline, parties, is_place) if inline is not None else None
        if heading is not None and heading.body is None and index:
            heading = _over_its_council(text, lines[index - 1], heading, parties, is_place) or heading
        if heading is not None:
            canonical = seat_by_lower.get(fold_seat_name(heading.text))
            headings.append(replace(heading, value=canonical) if canonical else heading)
    return headings


def _outcome_opening(text: str, line: Line, parties: Sequence[Mention]) -> Line | None:
    """The heading a paragraph opens with, up to its outcome, where prose follows on the same line:
    "Holywell West (Flintshire) - Ind gain from Lab. The independent, Sara Lloyd, won with 512 votes"
    (the outcome names a party; None where the line opens otherwise)."""
    opening = patterns.OUTCOME_HEADING_OPENING.match(text, line.start, line.end)
    if opening is None or opening.end() == line.end or not starting_in(parties, line.start, opening.end()):
        return None
    return Line(line.start, opening.end())


def _outcome_heading(text: str, line: Line, parties: Sequence[Mention]) -> Line | None:
    """A heading line that ends on its outcome in shorthand, a party then "gain" or "hold", with prose
    under it: "HEATH (Cardiff) – Lab gain from Con" (not "Heath library – council holds talks")."""
    if line.end - line.start > MAX_HEADING_CHARS:
        return None
    outcome = patterns.BLOCK_OUTCOME.search(text, line.start, line.end)
    if outcome is None:
        return None
    party_at = outcome.start() + len(rx.match(r"[ \t(\u2013\u2014:.-]*", text[outcome.start() : line.end]).group())
    party = next((p for p in starting_in(parties, party_at, line.end) if p.start == party_at), None)
    if party is not None and rx.match(r"[ \t]+(?i:gain|hold)\b", text[party.end : line.end]):
        return line
    # "Whitmoss (Dunhallow DC) – Residents gain from Conservative": a group no party list holds, its gain
    # from one that is
    gain = patterns.UNLISTED_GAIN.match(text, party_at, line.end)
    if gain is not None and any(p.start == gain.end() for p in starting_in(parties, gain.end(), line.end)):
        return line
    return None


def _results_after_colon(text: str, line: Line, parties: Sequence[Mention]) -> Line | None:
    """A heading and its results on one line, the heading ended by a colon: "Sutton LBC, Belmont: LD 1,423
    (48.0%), Con 1,101 (37.1%). LD GAIN from Con." (the results a party's tallies, as a results line's)."""
    colon = text.find(":", line.start, line.end)
    if colon < 0 or colon - line.start > MAX_HEADING_CHARS:
        return None
    if patterns.BOX_PLACE_LABEL_LINE.fullmatch(text, line.start, colon) or patterns.BOX_LABEL_WORDS.search(
        text, line.start, colon
    ):
        return None  # a key-facts box's "Winner: Ann Lee (Lab) – 19,211", "Majority: 4,341": a label, no heading
    return Line(line.start, colon) if is_result_line(text, Line(colon + 1, line.end), parties) else None


def _over_its_council(
    text: str, above: Line, heading: Mention, parties: Sequence[Mention], is_place: Callable[[str], bool]
) -> Mention | None:
    """ "DUNHOLT CENTRAL" over "Kettlemere Borough Council" over the results: where the line read as the heading
    names a council, a heading line right above it names the ward, and the council is its body."""
    if not patterns.BLOCK_BODY_END.search(heading.text):
        return None
    ward = _read_heading(text, above, parties, is_place)
    if ward is None or ward.body is not None or patterns.BLOCK_BODY_END.search(ward.text):
        return None
    return replace(ward, body=(heading.start, heading.end))


def _results_follow(text: str, lines: list[Line], index: int, parties: Sequence[Mention]) -> bool:
    for line in lines[index + 1 : index + 2 + MAX_NOTE_LINES]:
        if is_result_line(text, line, parties):
            return True
        body = text[line.start : line.end]
        # an outcome line may come first ("HARWICK DC, Eastgate" / "Reform UK gain from Conservative"); one in
        # capitals under a box's seat ("ASHFIELD" / "REF UK GAIN FROM CON") leaves the box as it was read
        outcome = not body.isupper() and patterns.OUTCOME_LINE.match(body)
        if not _NOTE_LINE.search(body) and not _column_headings(text, line) and not outcome:
            return False
    return False


def _column_headings(text: str, line: Line) -> bool:
    """A table's header row between a heading and its results: "Party   Candidate   Votes"."""
    words = {word.group().lower() for word in rx.finditer(r"\p{L}+", text[line.start : line.end])}
    return bool(words) and words <= patterns.BLOCK_COLUMN_WORDS


def _read_heading(text: str, line: Line, parties: Sequence[Mention], is_place: Callable[[str], bool]) -> Mention | None:
    """The heading's contest (with its body), or None where the line is no heading."""
    stop = line.end
    stamp = patterns.POST_TIME.match(text, line.start, stop)
    if stamp is not None:
        line = Line(stamp.end(), line.end)  # "02:31 RESULT: Hexley and Wold - Conservative hold": a live post's time
    outcome = patterns.BLOCK_OUTCOME.search(text, line.start, stop)
    if outcome is not None:
        stop = outcome.start()  # the outcome may name parties: "(Con GAIN from Ind)"
    seats = patterns.SEATS_FILLED_END.search(text, line.start, stop)
    if seats is not None:
        stop = seats.start()  # "WARD: WILLOWMERE (1 seat)": how many it elects, no figure of its results
    if starting_in(parties, line.start, stop) or rx.search(r"\d", text[line.start : stop]):
        return None  # a party's own line, or a line of figures, is no heading
    body = None
    bracket = patterns.BLOCK_BRACKET.search(text, line.start, stop)
    if bracket is not None:
        inner = bracket.group("inner").strip()
        if patterns.BLOCK_NAME.fullmatch(inner):
            offset = bracket.start("inner") + bracket.group("inner").index(inner)
            body = (offset, offset + len(inner))  # "HOLYWELL WARD (Flintshire)"
        stop = bracket.start()
    suffix = patterns.BLOCK_HEADING_SUFFIX.search(text, line.start, stop)
    if suffix is not None:
        stop = suffix.start()
    first = line.start + len(text[line.start : stop]) - len(text[line.start : stop].lstrip())
    bullet = rx.match(r"[\u2022\u25cf*][ \t]*", text[first:stop])
    if bullet is not None:
        first += bullet.end()  # "• Abbey Fields (Wenlow DC)": a bulleted heading
    label = patterns.BLOCK_HEADING_LABEL.match(text, first, stop)
    if label is not None:
        first = label.end()  # "Result: Castle ward, Colchester"
    titled = first  # where the heading's own words start ("How they voted" is a box's title, no contest)
    how = patterns.HOW_IT_VOTED.match(text, first, stop)
    if how is not None and suffix is not None and patterns.HOW_IT_VOTED_END.search(suffix.group()):
        first = how.end()  # "HOW KELBY AND ASH VOTED"
    article = rx.match(r"The[ \t]+(?=\p{Lu})", text[first:stop])
    if article is not None:
        first += article.end()  # "The Kirkbrae & Eastmoor results:"
    if first >= stop or not patterns.BLOCK_NAME.fullmatch(text, first, stop):
        return None
    # "SUNDERLAND - Hendon ward": the part the ward's noun ends is the ward, whatever the gazetteer holds
    ward_last = suffix is not None and patterns.WARD_NOUN_END.search(suffix.group()) is not None
    contest_start, contest_end, named_body = _contest_part(text, first, stop, is_place, ward_last)
    name = text[contest_start:contest_end]
    whole = text[titled : line.end].rstrip(" \t:").lower()
    # ("THE RESULT (candidates in ballot-paper order)": a title with its note)
    noted = patterns.NOTE_IN_HEADER.sub("", whole)
    if {name.lower(), text[first:stop].lower(), whole, noted} & patterns.BLOCK_NOT_CONTEST:
        return None  # "Final Round", "Full results:": a stage of the count or a table's title
    if {word.group() for word in rx.finditer(r"\p{L}+", whole)} <= patterns.BLOCK_COLUMN_WORDS:
        return None  # "Candidate Party Votes": a table's column headings
    return Mention(contest_start, contest_end, name, "seat", _from_capitals(name), body=named_body or body)


def _contest_part(
    text: str, start: int, end: int, is_place: Callable[[str], bool], ward_last: bool = False
) -> tuple[int, int, tuple[int, int] | None]:
    """Where the contest's name is in a heading's name part, and the body the rest names; where the
    heading ended on a ward's noun (``ward_last``), the last of two parts is the ward."""
    cuts = list(patterns.BLOCK_SEPARATOR.finditer(text, start, end))
    parts = [(a, b) for a, b in zip([start, *(c.end() for c in cuts)], [*(c.start() for c in cuts), end], strict=True)]
    # "CWM ARAN - SENEDD CONSTITUENCY": a part naming the contest's kind names no contest or body
    named = [part for part in parts if not patterns.BLOCK_KIND_PART.fullmatch(text, *part)]
    if named and len(named) < len(parts):
        start, end = named[0][0], named[-1][1]
        cuts = [cut for cut in cuts if start <= cut.start() and cut.end() <= end]
        parts = named
    bodies = [part for part in parts if patterns.BLOCK_BODY_END.search(text[part[0] : part[1]])]
    if not bodies and len(parts) == 2 and ward_last:
        bodies = parts[:1]
    elif not bodies and len(parts) == 2:
        # "North Yorkshire, Knaresborough West", "Castle, Colchester": a county or town beside the ward
        bodies = [part for part in parts if is_place(text[part[0] : part[1]])]
    if len(bodies) == 1 and len(parts) > 1:
        body_start, body_end = bodies[0]
        rest = [part for part in parts if part != bodies[0]]
        # "Northfield division, Kent County Council": the word after the name is no part of it
        suffix = patterns.BLOCK_HEADING_SUFFIX.search(text, rest[-1][0], rest[-1][1])
        return rest[0][0], suffix.start() if suffix else rest[-1][1], (body_start, body_end)
    dashes = [cut for cut in cuts if "," not in cut.group(0)]
    if len(dashes) == 1:  # "Babergh – Copdock & Washbrook": the council, then its ward
        return dashes[0].end(), end, (start, dashes[0].start())
    return start, end, None


def heading_lines(text: str, headings: Sequence[Mention]) -> list[tuple[int, int]]:
    """The whole line of each heading: a gazetteer name elsewhere on it is the body's ("Preston –
    Ashton" is Preston council's Ashton ward, not the Preston constituency)."""
    return [(text.rfind("\n", 0, h.start) + 1, _line_end(text, h.end)) for h in headings]


def _line_end(text: str, position: int) -> int:
    newline = text.find("\n", position)
    return len(text) if newline < 0 else newline
