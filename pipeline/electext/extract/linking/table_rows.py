"""Rows of a results table: "Party | Candidate | Votes | % | +/-", or a declaration's columns lined up
with spaces ("Name of Candidate   Description (if any)   Number of Votes"), and the lines under it.

Results services and scraped pages print a declaration as a table whose header names its columns.
The header says which cell is the candidate, the party, the votes, the share and the change, so a
row needs no prose cues at all: each cell is read by its column (by position, where columns are lined
up with spaces and a row may leave one empty), and the rows' order is the places unless the votes rise
down the table (ballot-paper order).
"""

from __future__ import annotations

from dataclasses import replace

from electext.core import rx
from electext.extract.delimited import (
    DELIMITERS,
    SPACED,
    TableLayout,
    cells,
    is_rule_line,
    spaced_cells,
    under_columns,
)
from electext.extract.facts import (
    TABLE_ORDER,
    Fact,
    MajorityFact,
    PlaceFact,
    Sentence,
    Span,
    WinnerFact,
    mentions_in,
)
from electext.extract.figures import Figure
from electext.extract.linking.context import SentenceView, changed
from electext.extract.linking.list_order import TOP_OF_TABLE
from electext.extract.mentions import Mention, Mentions
from electext.extract.mentions.mention import SURNAME_FIRST
from electext.extract.mentions.people import _from_capitals
from electext.extract.mentions.table_contests import ContestTable
from electext.lexicon import patterns
from electext.lexicon.resources import load_resources

# Header words for each column a row is read by (lower case, as printed); a returning officer's
# declaration heads its columns "Name of Candidate", "Description (if any)", "Number of Votes".
COLUMN_NAMES: dict[str, frozenset[str]] = {
    "candidate": frozenset({"candidate", "candidates", "name", "member", "name of candidate", "candidate name"}),
    # a declaration that prints the surname and the other names in columns of their own
    "surname": frozenset({"surname", "last name", "family name"}),
    "forenames": frozenset({"other names", "forenames", "forename", "first name", "first names", "given names"}),
    "party": frozenset({"party", "parties", "description", "description (if any)", "party/description"}),
    "votes": frozenset({"votes", "vote", "total", "tally", "number of votes", "votes cast", "no. of votes"}),
    "share": frozenset({"%", "share", "vote share", "% share", "per cent", "pc"}),
    "change": frozenset({"+/-", "+/−", "change", "±", "swing", "% change", "chg"}),
}


# A table printed with semicolons between its cells ("TUDUR, Gwenllian ; Plaid Cymru ; 8,615"): read as a
# table only under a header that names its columns, as a bar's or a tab's.
SEMICOLON = ";"
# The fewest columns a header lined up with spaces names: fewer is as likely a line of prose.
MIN_SPACED_COLUMNS = 3
# The columns whose cells are figures.
FIGURE_COLUMNS = ("votes", "share", "change")
# A row's mark that its candidate was elected, printed in a cell of its own: "Elected", "(Elected)".
_ELECTED_MARK = rx.compile(r"\(?(?i:elected|re-elected)\)?\*?")


def table_header(text: str, sentence: Sentence) -> TableLayout | None:
    """The layout of a table whose header is this line: it names at least a candidate or party column
    and a votes column."""
    line = text[sentence.start : sentence.end]
    for delimiter in (*DELIMITERS, SEMICOLON, SPACED):
        if delimiter not in line:
            continue
        header = (
            cells(text, sentence.start, sentence.end, delimiter)
            if delimiter != SPACED
            else spaced_cells(text, sentence.start, sentence.end)
        )
        if delimiter == SPACED and (len(header) < MIN_SPACED_COLUMNS or "\n" in line.strip()):
            continue
        columns: dict[str, int] = {}
        for index, (start, end) in enumerate(header):
            # ("Number of Votes*": a footnote's mark after the column's name)
            word = " ".join(text[start:end].lower().split()).rstrip("*†‡ ")
            word = patterns.UNIT_IN_HEADER.sub("", word) or word  # "Share (%)", "Change (pts)"
            word = patterns.ELECTION_IN_HEADER.sub("", word) or word  # "By-election votes", "Change on GE"
            if not any(word in names for names in COLUMN_NAMES.values()):
                word = patterns.NOTE_IN_HEADER.sub("", word) or word  # "Name of Candidate (Surname, Other Names)"
            if not any(word in names for names in COLUMN_NAMES.values()) and " / " in word:
                word = word.rpartition(" / ")[2]  # "Ymgeisydd / Candidate": a bilingual header, English last
            for field, names in COLUMN_NAMES.items():
                if word in names and field not in columns:
                    columns[field] = index
        if "votes" in columns and ("candidate" in columns or "party" in columns):
            if delimiter != SPACED:
                return TableLayout(delimiter, columns)
            return TableLayout(delimiter, columns, tuple((a - sentence.start, b - sentence.start) for a, b in header))
    return None


def _party_in(text: str, start: int, end: int, mentions: Mentions) -> str | None:
    """The party a table's party cell names: a party mention inside it, else the cell read as a name or
    abbreviation, else, the column being the party's, the cell as printed, less a closing "Candidate" (a
    declaration's "The Kelverton First Party", which no list holds)."""
    inside = [m for m in mentions.parties if start <= m.start and m.end <= end]
    if inside:
        return inside[0].value
    resources = load_resources()
    cell = " ".join(text[start:end].split())
    known = resources.party_by_alias.get(cell) or resources.party_by_abbreviation.get(cell)
    if known:
        return known
    printed = patterns.CANDIDATE_WORD_AT_END.sub("", cell)
    return printed if patterns.PRINTED_PARTY.fullmatch(printed) else None


def _person_in(text: str, start: int, end: int, mentions: Mentions) -> Mention | None:
    """The candidate a candidate cell names: the whole cell where it is a name, though the model saw only
    part of it ("Hannah Obi", of which it tagged "Hannah"), else the person it holds."""
    inside = [m for m in mentions.people if start <= m.start and m.end <= end]
    cell = " ".join(text[start:end].split()).rstrip("*").strip()
    reversed_name = patterns.SURNAME_COMMA_FORENAMES.fullmatch(cell)
    if reversed_name is not None:
        # "Birch, Kay" in a notice's table listed by surname: the candidate named forenames first
        full = f"{reversed_name.group('forenames')} {_from_capitals(reversed_name.group('surname'))}"
        return Mention(start, start + len(cell), cell, "person", full, note=SURNAME_FIRST)
    named = bool(cell) and patterns.NAME_WORDS.match(cell) is not None
    if inside and (not named or inside[0].text == cell):
        return inside[0]
    if named:
        return Mention(start, start + len(cell), cell, "person", cell)
    return inside[0] if inside else None


def _surname_and_forenames(
    text: str, surname: tuple[int, int] | None, forenames: tuple[int, int] | None
) -> Mention | None:
    """ "BRIGHOUSE | Leonard Charles": the candidate of a declaration that prints the surname (in capitals)
    and the other names in columns of their own, named forenames first."""
    if surname is None or not text[surname[0] : surname[1]].strip():
        return None
    spans = [span for span in (surname, forenames) if span is not None]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    given = " ".join(text[forenames[0] : forenames[1]].split()) if forenames is not None else ""
    full = f"{given} {_from_capitals(text[surname[0] : surname[1]].strip())}".strip()
    return Mention(start, end, text[start:end], "person", full, note=SURNAME_FIRST)


def table_row(
    text: str,
    sentence: Sentence,
    layout: TableLayout,
    mentions: Mentions,
    figures: list[Figure],
    seat: str,
    rank: int,
) -> list[Fact] | None:
    """Votes, share, change and place for the candidate on one row, or None when the line is not a
    row of this table (the table has ended)."""
    row, marks = row_cells(text, sentence, layout)
    columns = layout.columns
    if row is None:
        return None

    def cell(field: str) -> tuple[int, int] | None:
        return row[columns[field]] if field in columns else None

    def figure_in(field: str) -> Figure | None:
        span = cell(field)
        if span is None:
            return None
        return next((f for f in figures if span[0] <= f.start < span[1] + 1), None)

    votes = figure_in("votes")
    if votes is None or votes.kind != "count" or not votes.is_whole:
        return None
    party_cell, candidate_cell = cell("party"), cell("candidate")
    party = _party_in(text, *party_cell, mentions) if party_cell else None
    person = (
        _person_in(text, *candidate_cell, mentions)
        if candidate_cell
        else _surname_and_forenames(text, cell("surname"), cell("forenames"))
    )
    if person is not None:
        subject = replace(person, party=party or person.party)
    elif party is not None and party_cell is not None:
        subject = Mention(party_cell[0], party_cell[1], text[party_cell[0] : party_cell[1]], "party", party)
    else:
        return None
    line = (Span(sentence.start, sentence.end),)
    facts = [Fact(seat, "votes", (Span(votes.start, votes.end),), votes, subject=subject)]
    share = figure_in("share")
    if share is not None:
        facts.append(Fact(seat, "share", (Span(share.start, share.end),), share, subject=subject))
    change_cell = cell("change")
    if change_cell is not None:
        change = rx.fullmatch(r"[+\-\u2212]\d+(?:\.\d+)?", text[change_cell[0] : change_cell[1]])
        if change is not None:
            value = float(change.group(0).replace("\u2212", "-"))
            figure = Figure(
                change_cell[0],
                change_cell[1],
                change.group(0),
                value,
                "points",
                "exact",
                value,
                value,
                change_cell[0],
                False,
            )
            facts.append(Fact(seat, "share_change", (Span(change_cell[0], change_cell[1]),), figure, subject=subject))
    # the rows' order is the places unless the votes rise somewhere down the table (a declaration in
    # ballot-paper order): list_order.ballot_order takes them back then, as it does a results list's
    facts.append(PlaceFact(seat, "position", line, subject=subject, place=rank, derived=TABLE_ORDER))
    elected = next(((start, end) for start, end in marks if _ELECTED_MARK.fullmatch(text, start, end)), None)
    if elected is not None:
        mark = (Span(*elected),)
        facts.append(WinnerFact(seat, "winner", mark, subject=subject, rule="results_table_elected"))
    elif rank == 1:
        facts.append(WinnerFact(seat, "winner", line, subject=subject, derived=TOP_OF_TABLE))
    return facts


def row_cells(
    text: str, sentence: Sentence, layout: TableLayout
) -> tuple[list[tuple[int, int] | None] | None, list[tuple[int, int]]]:
    """The cell of each of the table's columns on this line, and the cells outside them (marks such as
    "Elected"); None where the line is no row of the table."""
    if layout.delimiter != SPACED:
        row = cells(text, sentence.start, sentence.end, layout.delimiter)
        if len(row) <= max(layout.columns.values()):
            return None, []
        named = set(layout.columns.values())
        return list(row), [span for index, span in enumerate(row) if index not in named]
    figure_columns = frozenset(layout.columns[field] for field in FIGURE_COLUMNS if field in layout.columns)
    spaced, extra = under_columns(text, sentence.start, sentence.end, layout.header, figure_columns)
    if spaced[layout.columns["votes"]] is None or "\n" in text[sentence.start : sentence.end].strip():
        return None, []
    return spaced, extra


def wrapped_forenames(text: str, sentence: Sentence, layout: TableLayout) -> bool:
    """Whether this line holds only forenames, under the candidate column of a table lined up with
    spaces: a declaration's name wrapped under its SURNAME ("BRIGHTWELL   Green Party   418" over
    "Deborah Anne"), which the row's name has taken; the table goes on after it."""
    if layout.delimiter != SPACED or "candidate" not in layout.columns:
        return False
    spaced, extra = under_columns(text, sentence.start, sentence.end, layout.header, frozenset())
    cell = spaced[layout.columns["candidate"]]
    return (
        cell is not None
        and not extra
        and sum(span is not None for span in spaced) == 1
        and patterns.FORENAMES.fullmatch(text, *cell) is not None
    )


def name_cell(text: str, sentence: Sentence, layout: TableLayout | None) -> tuple[int, int] | None:
    """The candidate cell of a table's row, where this line is one: the words a person's name fills,
    whatever else (a seat's name, a party's) they hold."""
    if layout is None or "candidate" not in layout.columns:
        return None
    row, _ = row_cells(text, sentence, layout)
    return None if row is None else row[layout.columns["candidate"]]


def contest_table_row(
    text: str, sentence: Sentence, table: ContestTable, mentions: Mentions, figures: list[Figure]
) -> list[Fact] | None:
    """The figures of one row of a round-up's table of contests, by column: the majority, the turnout,
    the winner (named in a winner column, with the party column's party) and the winner's votes. The
    result column ("Lab gain from Con") is prose the word readers read. None where the line is no row."""
    if is_rule_line(text, sentence.start, sentence.end):
        return []  # the rule under its header
    row = cells(text, sentence.start, sentence.end, table.delimiter)
    if len(row) <= max(table.columns.values()):
        return None
    contest_start, contest_end = row[table.columns["contest"]]
    seat = next((s for s in mentions.seats if contest_start <= s.start and s.end <= contest_end), None)
    if seat is None:
        return None

    def in_column(field: str) -> Figure | None:
        if field not in table.columns:
            return None
        start, end = row[table.columns[field]]
        inside = [f for f in figures if start <= f.start and f.end <= end]
        return inside[0] if len(inside) == 1 else None

    facts: list[Fact] = []
    majority = in_column("majority")
    if majority is not None and majority.kind == "count" and majority.is_whole:
        span = (Span(majority.start, majority.end),)
        facts.append(MajorityFact(seat.value, "majority", span, majority, rule="contest_table_majority"))
    turnout = in_column("turnout")
    if turnout is not None and turnout.kind == "percent":
        span = (Span(turnout.start, turnout.end),)
        facts.append(Fact(seat.value, "turnout", span, turnout, rule="contest_table_turnout"))
    winner = _column_winner(text, row, table, mentions)
    if winner is not None:
        line = (Span(sentence.start, sentence.end),)
        facts.append(WinnerFact(seat.value, "winner", line, subject=winner, rule="contest_table_winner"))
        votes = in_column("votes")
        if votes is not None and votes.kind == "count" and votes.is_whole:
            span = (Span(votes.start, votes.end),)
            facts.append(Fact(seat.value, "votes", span, votes, subject=winner, rule="contest_table_votes"))
    return facts


def _column_winner(text: str, row: list[tuple[int, int]], table: ContestTable, mentions: Mentions) -> Mention | None:
    """The winner a contest table's row names: the winner column's person, with the party column's
    party; or, with no one named, the party column's party."""
    party_cell = row[table.columns["party"]] if "party" in table.columns else None
    party = _party_in(text, *party_cell, mentions) if party_cell else None
    winner_cell = row[table.columns["winner"]] if "winner" in table.columns else None
    person = _person_in(text, *winner_cell, mentions) if winner_cell else None
    if person is not None:
        return replace(person, party=party or person.party)
    if party is not None and party_cell is not None:
        return Mention(party_cell[0], party_cell[1], text[party_cell[0] : party_cell[1]], "party", party)
    return None


def row_seats(view: SentenceView) -> list[Mention]:
    """The seats a line names, less any inside a results table's candidate cell: in "Joanne Kettering
    Labour 1,402" the cell is a person's name, whatever seat one of its words also names."""
    seats = mentions_in(view.sentence, view.mentions.seats)
    cell = name_cell(view.text, view.sentence, view.context.table) if seats else None
    return seats if cell is None else [seat for seat in seats if not (cell[0] <= seat.start and seat.end <= cell[1])]


def without_seats_in_names(view: SentenceView, seats: list[Mention]) -> tuple[list[Mention], SentenceView]:
    """The line's seats and its view, less the seats inside a results table's candidate cell (the cell
    names a person, not the seat one of its words names), which then read no facts of the line."""
    if not seats or view.context.table is None:
        return seats, view
    kept = row_seats(view)
    if len(kept) == len(seats):
        return seats, view
    dropped = [seat for seat in seats if seat not in kept]
    mentions = replace(view.mentions, seats=tuple(seat for seat in view.mentions.seats if seat not in dropped))
    return kept, changed(view, mentions=mentions)
