"""Figures in prose: each count, percentage or year read for its role, its owner and its contest.

A figure's owner comes from :mod:`electext.extract.linking.subjects`, its role from the table of named
rules in :mod:`electext.extract.linking.figure_roles` ("majority of", "swing of … to X from Y",
"turnout", "since 1931"), and its seat from :func:`electext.extract.linking.context.seat_for`. Around
the table, named steps: a key-numbers line is asked of :mod:`electext.extract.linking.keyed_lines`
first, a score pair names its owners outright, a figure coordinated with the one before takes its
role, and a sentence about an earlier election turns a result into the previous one. One reader per
role builds the typed facts; the parties named around a figure are
:mod:`electext.extract.linking.figure_parties`'. Results lists and delimited tables never come here
(:mod:`electext.extract.linking.link` reads them by line).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from electext.extract.facts import (
    MIN_AGELESS_TALLY,
    MIN_BARE_VOTES,
    Fact,
    HeldSinceFact,
    MajorityFact,
    PlaceFact,
    Role,
    Sentence,
    Span,
    SwingFact,
    clause_start,
    mentions_in,
)
from electext.extract.figures import Figure
from electext.extract.linking.context import (
    Context,
    Reading,
    SentenceView,
    about_earlier_election,
    changed,
    modal_before,
    outside_asides,
    seat_for,
    set_then,
)
from electext.extract.linking.figure_parties import (
    holder_of,
    is_previous_majority,
    party_near_majority,
    swing_parties,
)
from electext.extract.linking.figure_roles import FigureSite, read_role, with_unit_implied
from electext.extract.linking.keyed_lines import keyed_reading
from electext.extract.linking.standing import candidate_standing_for, candidate_where_won
from electext.extract.linking.subjects import (
    clause_subject,
    figure_subject,
    one_sided_score_pair,
    respectively_subject,
    score_pair_subject,
    subject_after,
)
from electext.extract.mentions import Mention, Mentions
from electext.lexicon import patterns


def _answered_role(question: str) -> Role | None:
    """The figure a reader's question asks for, when its answer opens on a bare figure."""
    for role, cue in (
        ("majority", patterns.MAJORITY_WORD),
        ("turnout", patterns.TURNOUT_WORD),
        ("swing", patterns.SWING_WORD),
    ):
        if cue.search(question):
            return role  # type: ignore[return-value]
    return None


def _inferred(text: str, sentence: Sentence, figure: Figure, subject: Mention) -> bool:
    """Whether a figure's owner was found across its clause or through a pronoun rather than in the
    phrase that gives the figure: such a reading is ours to check before it is the reporter's error."""
    if subject.note == "pronoun":
        return True
    if subject.start >= figure.end:
        return False  # "12,680 for the Conservatives"
    return subject.start < clause_start(text, sentence, figure.start)


@dataclass(frozen=True)
class FigureReading:
    """A figure read for its role and owner, and the rule that read it."""

    figure: Figure
    role: Role | None
    rule: str
    subject: Mention | None
    owner_stated: bool = False  # a key-numbers label or a score pair names the owner outright


# The role a figure has when its sentence is about an earlier election; a role missing here has no
# earlier counterpart (a tally of the last election is not this contest's).
EARLIER_ROLE: dict[str, Role] = {
    "majority": "previous_majority",
    "previous_majority": "previous_majority",
    "share": "share_before",
    "swing": "swing",
    "held_since": "held_since",  # a party's hold "since 1950" is the same whenever it is told
    "turnout": "previous_turnout",
    "previous_turnout": "previous_turnout",
    "electorate": "electorate",
    "majority_change": "majority_change",
}


def figure_facts(view: SentenceView) -> Reading:
    """The facts the figures of one sentence of prose state. The context after it has no results list
    running (a prose line ends one) and remembers whose figure the last key-numbers line gave."""
    text, sentence, mentions, figures = view.text, view.sentence, view.mentions, view.figures
    context = changed(view.context, box_rank=0)
    facts, keyed_subject = _prose_facts(text, sentence, mentions, figures, context)
    return Reading(facts, changed(context, keyed_subject=keyed_subject))


def _prose_facts(
    text: str, sentence: Sentence, mentions: Mentions, figures: list[Figure], context: Context
) -> tuple[list[Fact], Mention | None]:
    keyed_subject = context.keyed_subject
    if not figures or _reports_no_seat(text, sentence, mentions):
        return [], keyed_subject  # polls, projections and the national picture report no seat's result
    seats = mentions_in(sentence, mentions.seats)
    candidates = mentions_in(sentence, mentions.candidates)
    parties = mentions_in(sentence, mentions.parties)
    facts: list[Fact] = []
    previous: tuple[Figure, Role | None] | None = None
    previous_earlier = False
    for figure in figures:
        if modal_before(text, sentence, figure.start, figure=True):
            continue
        reading = read_figure(text, sentence, figure, candidates, context, keyed_subject)
        if reading.owner_stated and reading.rule == "keyed_line":
            keyed_subject = reading.subject or keyed_subject
        figure = reading.figure  # a key-numbers line may read a figure anew
        reading = _coordinated(text, reading, previous, candidates)
        reading = _coordinated_turnout(text, reading, previous, seats)
        changed_from = _changed_from(text, sentence, reading, previous)
        if changed_from:
            reading = replace(reading, role="turnout", rule="changed_from")  # "Turnout was 42.1%, down from 61.5%"
        coordinated = previous is not None and reading.role in ("share", "votes") and previous[1] == reading.role
        if reading.figure.kind != "year" or previous is None:
            # a year in an aside ("Labour's Jenny Chapman, the town's MP since 2010, 17,607") leaves the
            # tally before it the one a coordinated tally follows
            previous = (reading.figure, reading.role)
        if reading.role is None:
            continue
        earlier = bool(
            changed_from
            or about_earlier_election(text, sentence, figure.start, figure.end, figure=True, year=context.year)
            or (coordinated and previous_earlier)
            or (context.earlier_paragraph == sentence.paragraph and reading.role != "held_since")
        )
        previous_earlier = earlier
        if (
            context.earlier_section
            and reading.role == "majority"
            and figure.kind == "count"
            and is_previous_majority(text, sentence, figure)
        ):
            continue  # under "2017: …", "defending a majority of 4,181" is the election before that one
        if earlier:
            # "Two years ago the Conservatives took 42.9 per cent": the previous result
            role = EARLIER_ROLE.get(reading.role)
            if role is None or (role == "swing" and set_then(text, sentence, figure.start, context.year)):
                continue  # (and "At Ravensmoor in 1982, … on a 10.6% swing" is that old contest's history)
            reading = replace(reading, role=role, rule=f"{reading.rule}+earlier_election")
        seat = seat_for(text, sentence, figure.start, figure.end, seats, context)
        if seat is not None:
            facts += _facts_of(text, sentence, mentions, parties, reading, seat.value)
    return facts, keyed_subject


def _reports_no_seat(text: str, sentence: Sentence, mentions: Mentions) -> bool:
    """Whether a sentence is a poll, a projection or the national picture: its figures are no seat's. A poll
    or the nation in a relative aside describes someone ("Reform UK, which leads the polls, came third with 6,390")."""
    national = next(outside_asides(patterns.NATIONAL_SENTENCE, text, sentence.start, sentence.end), None)
    if national and patterns.NATIONAL_COMPARED.search(text[sentence.start : national.start()]):
        national = None  # "Swing of 9% from Lab to Con, bigger than Cameron needs nationally": a comparison
    if national and patterns.IF_REPEATED.search(text, sentence.start, national.start()):
        national = None  # "the 13.6-point swing, if repeated at a general election, would …": this seat's swing
    # (nor one describing a candidate: "Ann Vale, a businesswoman who had led in the polls, ended on 7,950")
    if (
        next(outside_asides(patterns.POLL_SENTENCE, text, sentence.start, sentence.end, appositives=True), None)
        is not None
    ):
        return True
    return bool(national) and not mentions_in(sentence, mentions.seats)


def read_figure(
    text: str,
    sentence: Sentence,
    figure: Figure,
    candidates: list[Mention],
    context: Context,
    keyed_subject: Mention | None,
) -> FigureReading:
    """The figure's role and owner from its own words: a key-numbers label, a score pair, or the owner
    found for it and the rule table (:mod:`electext.extract.linking.figure_roles`)."""
    figure = with_unit_implied(text, sentence, figure)
    keyed = keyed_reading(text, sentence, figure, candidates, keyed_subject)
    if keyed is not None:
        # "17,894 - votes for Labour's Rosena Allin-Khan": the label after the figure says it all
        return FigureReading(keyed.figure, keyed.role, "keyed_line", keyed.subject, owner_stated=True)
    paired = score_pair_subject(text, sentence, figure, candidates)
    if paired is not None:  # "21,442 to 20,090"; a side named by a pronoun ("She polled …") stays ours to check
        return FigureReading(figure, "votes", "score_pair", paired, owner_stated=paired.note != "pronoun")
    side = one_sided_score_pair(text, sentence, figure, candidates)
    if side is not None:  # "won by 812 votes to 163": the named side's tally, then the unnamed loser's (no one's)
        owner = clause_subject(text, sentence, figure.start, candidates) if side == 0 else None
        stated = owner is None or owner.note != "pronoun"
        return FigureReading(figure, "votes" if owner else None, "score_pair_one_side", owner, owner_stated=stated)
    paired = respectively_subject(text, sentence, figure, candidates)
    if paired is not None:
        return FigureReading(figure, "votes", "respectively", paired, owner_stated=True)
    given_for = subject_after(text, figure.end, candidates)
    if given_for is not None and given_for.kind == "person" and given_for.party is None:
        # "The Conservatives, for their part, managed 2,857 votes for Karen Allen": the clause's party
        owner = clause_subject(text, sentence, figure.start, candidates)
        if owner is not None and owner.kind == "party":
            given_for = replace(given_for, party=owner.value)
    subject = given_for or figure_subject(text, sentence, figure, candidates)
    # "Ann Lee polled 512 votes for the Greens", "held Glanrafon for Plaid Cymru with 641": hers, for the party
    standing = candidate_standing_for(text, sentence, figure, candidates, subject, given=given_for is not None)
    subject = standing or candidate_where_won(text, sentence, figure, candidates, subject) or subject
    read = read_role(FigureSite(text, sentence, figure, subject))
    reading = FigureReading(figure, read.role, read.rule, subject)
    if read.role is None and given_for is not None and figure.kind == "count" and figure.is_whole:
        if figure.value >= MIN_BARE_VOTES and patterns.SET_AGAINST.search(
            text, max(sentence.start, figure.start - 20), figure.start
        ):
            reading = replace(reading, role="votes", rule="set_against")  # "19,609 votes, against 15,096 for X"
        elif patterns.POLLED_BY_AFTER.match(text[figure.end : figure.end + 30]):
            reading = replace(reading, role="votes", rule="polled_by")  # "the 6,335 polled by Liz Wardlaw"
    lead = text[sentence.start : figure.start]
    if context.question is not None and (not lead.strip() or patterns.ANSWER_LEAD.fullmatch(lead)):
        # "What was the majority?" "One thousand, seven hundred and fifty-seven votes."; "What was turnout
        # like?" "High by local standards: 68.6%."; "It was 68.6%."
        answered = _answered_role(context.question)
        if answered is not None:
            reading = replace(reading, role=answered, rule="answered_question")
    return reading


# Rules that read a count as no one's tally on purpose, which a tally before it does not overrule.
NOT_COORDINATED_RULES = frozenset({"more_than_before", "sum_of_tallies", "margin_below_second"})


def _coordinated(
    text: str, reading: FigureReading, previous: tuple[Figure, Role | None] | None, candidates: list[Mention]
) -> FigureReading:
    """A figure coordinated with the tally or share before it has that one's role: "securing 1,487 in
    Mid Bedfordshire and 1,373 in Tamworth"; "took 42.9 per cent … and Labour 24.5 per cent"."""
    figure, subject = reading.figure, reading.subject
    if reading.role is not None or previous is None or previous[1] not in ("votes", "share") or subject is None:
        return reading
    if reading.rule in NOT_COORDINATED_RULES:
        return reading  # "14,380 votes, almost 1,500 more than in 2019": read as no tally on purpose
    if (
        figure.value < MIN_AGELESS_TALLY
        and patterns.COMMA_ONLY.fullmatch(text[subject.end : figure.start])
        and patterns.COMMA_NEXT.match(text[figure.end : figure.end + 3])
    ):
        return reading  # "Jane Brophy, 62, a retired teacher": an age
    between = text[previous[0].end : figure.start]
    # "and Harriet Williams of the Women's Equality Party 195": the name's party belongs to it
    name_end = next(
        (
            m.end
            for m in candidates
            if m.kind == "party"
            and subject.end <= m.start
            and m.end <= figure.start
            and patterns.PARTY_OF_NAME.fullmatch(text[subject.end : m.start])
        ),
        subject.end,
    )
    # "and Labour, in third place, 3,957": a place between the name and its tally; "and Labour's Jenny
    # Chapman, the town's MP since 2010, 17,607": a description
    gap = patterns.MARKED_APPOSITIVE.sub(",", text[name_end : figure.end])[: figure.start - figure.end]
    adjacent = not patterns.NAME_TO_TALLY_FILLER.sub("", gap)
    if figure.kind == previous[0].kind and (
        patterns.COORDINATED.match(between)
        or (adjacent and patterns.COORDINATING_BEFORE_NAME.search(text[previous[0].end : subject.start]))
    ):
        return replace(reading, role=previous[1], rule="coordinated_with_previous")
    return reading


def _coordinated_turnout(
    text: str, reading: FigureReading, previous: tuple[Figure, Role | None] | None, seats: list[Mention]
) -> FigureReading:
    """A percentage given for another seat right after a turnout is that seat's turnout: "Kelby North,
    which had a turnout of 58.2%, and Ashcombe Vale with 61.7%"."""
    figure = reading.figure
    if reading.role is not None or previous is None or previous[1] != "turnout" or figure.kind != "percent":
        return reading
    between = [seat for seat in seats if previous[0].end <= seat.start and seat.end <= figure.start]
    if (
        len(between) == 1
        and patterns.AND_ANOTHER_BEFORE.fullmatch(text, previous[0].end, between[0].start)
        and patterns.SEAT_WITH_FIGURE.fullmatch(text, between[0].end, figure.start)
    ):
        return replace(reading, role="turnout", rule="coordinated_turnout")
    return reading


def _changed_from(
    text: str, sentence: Sentence, reading: FigureReading, previous: tuple[Figure, Role | None] | None
) -> bool:
    """ "Turnout was 42.1%, down from 61.5%": the figure a turnout fell from is the earlier turnout."""
    return bool(
        reading.role in (None, "turnout")
        and reading.figure.kind == "percent"
        and previous is not None
        and previous[1] == "turnout"
        and patterns.CHANGED_FROM_BEFORE.search(
            text, max(sentence.start, reading.figure.start - 30), reading.figure.start
        )
    )


def _facts_of(
    text: str, sentence: Sentence, mentions: Mentions, parties: list[Mention], reading: FigureReading, seat: str
) -> list[Fact]:
    """The facts one read figure states about its seat, built by its role's reader."""
    figure, role, subject = reading.figure, reading.role, reading.subject
    span = (Span(figure.start, figure.end),)
    if role in ("majority", "previous_majority"):
        return _majority_facts(text, sentence, parties, reading, seat)
    if role == "swing":
        return [_swing_fact(text, sentence, parties, reading, seat)]
    if role == "held_since":
        holder = holder_of(text, sentence, mentions, parties, figure)
        return (
            []
            if holder is None
            else [HeldSinceFact(seat, "held_since", span, figure, holder=holder, rule=reading.rule)]
        )
    if role in ("votes", "share", "share_before", "share_change"):
        if subject is None:
            return []
        if role == "share_change" and _stated_as_fall(text, sentence, figure):
            figure = _negated(figure)
        inferred = not reading.owner_stated and _inferred(text, sentence, figure, subject)
        return [Fact(seat, role, span, figure, subject=subject, inferred=inferred, rule=reading.rule)]
    if role == "majority_change":
        direction = patterns.COMPARED_WITH_LAST.match(text[figure.end : min(sentence.end, figure.end + 40)])
        if direction and direction.group("direction").lower() in patterns.FEWER_WORDS:
            figure = _negated(figure)
        return [Fact(seat, role, span, figure, rule=reading.rule)]
    assert role is not None
    return [Fact(seat, role, span, figure, rule=reading.rule)]


def _majority_facts(
    text: str, sentence: Sentence, parties: list[Mention], reading: FigureReading, seat: str
) -> list[Fact]:
    """A majority, the previous majority, and the runner-up a margin "behind the winner" names."""
    figure, subject = reading.figure, reading.subject
    span = (Span(figure.start, figure.end),)
    party = party_near_majority(text, figure, parties)  # "a Conservative majority of 3,294"
    if reading.role == "previous_majority":
        return [MajorityFact(seat, "previous_majority", span, figure, party=party, rule=reading.rule)]
    facts: list[Fact] = []
    if patterns.VOTES_BEHIND.match(text[figure.end : min(sentence.end, figure.end + 40)]) and subject is not None:
        derived = "stated as the winning margin behind the winner: the runner-up"
        facts.append(PlaceFact(seat, "position", span, subject=subject, place=2, derived=derived, rule=reading.rule))
    if figure.kind == "count" and is_previous_majority(text, sentence, figure):
        overturned = f"{reading.rule}+overturned"
        facts.append(MajorityFact(seat, "previous_majority", span, figure, party=party, rule=overturned))
    else:
        facts.append(MajorityFact(seat, "majority", span, figure, party=party, rule=reading.rule))
    return facts


def _swing_fact(text: str, sentence: Sentence, parties: list[Mention], reading: FigureReading, seat: str) -> SwingFact:
    figure, subject = reading.figure, reading.subject
    from_party, to_party = swing_parties(text, sentence, figure, parties)
    derived = None
    if to_party is None and subject is not None and subject.end <= figure.start:
        towards = subject.value if subject.kind == "party" else subject.party
        # not towards the party it went away from ("held Hexham despite a swing away from the Conservatives")
        if towards and (from_party is None or from_party.value != towards):
            to_party = Mention(subject.start, subject.end, subject.text, "party", towards)
            derived = "direction: towards the party whose candidate achieved the swing"
    span = (Span(figure.start, figure.end),)
    return SwingFact(
        seat, "swing", span, figure, from_party=from_party, to_party=to_party, derived=derived, rule=reading.rule
    )


def _stated_as_fall(text: str, sentence: Sentence, figure: Figure) -> bool:
    """ "Labour's vote fell by 9 points": a change in share stated by a verb of falling."""
    verb = patterns.SHARE_CHANGE.search(text[max(sentence.start, figure.start - 40) : figure.start])
    return bool(verb and patterns.SHARE_CHANGE_DOWN.fullmatch(verb.group("verb")))


def _negated(figure: Figure) -> Figure:
    """A figure stated as a fall or a shortfall, as a signed value (its bounds swap)."""
    return replace(
        figure,
        value=-figure.value,
        lower=None if figure.upper is None else -figure.upper,
        upper=None if figure.lower is None else -figure.lower,
    )
