"""What a figure in prose is: a table of named rules, tried in order, each with an invented example.

A figure's role comes from the words around it: "a majority of 3,224", "a swing of 9.1%", "turnout
was 38%", "12,680 votes", "held since 1931". The evidence is gathered once per figure into a
:class:`FigureSite` (the text before and after it, its clause, the name that owns it), and the rules
of :data:`ROLE_RULES` are tried in their order; the first whose test holds decides. A rule's role is
``None`` when it recognises what a figure is *not* (an age, a national total, a change in a party's
votes): it stops the cascade so that no later, looser rule reads the figure as a result.

Every rule has a name (recorded on the fact it produces, so a reader can see why a value was read as
it was), one line saying what it recognises, and an invented example sentence with the figure in
[brackets]; ``tests/test_figure_roles.py`` runs every example through the table and checks that its
own rule decides it, and a negative list of sentences whose figures no rule may read as a result.
Their cues are the lexicon's (:mod:`electext.lexicon.compiled`, read through ``electext.lexicon.patterns``).

One module over 400 lines, on purpose: the rules are one ordered table, and their order is part of
their meaning (a rule that recognises what a figure is not must come before a looser one that would
read it); split across files, the order could no longer be read top to bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Literal

from electext.core import rx
from electext.extract.facts import (
    MAX_AREA_VOTES,
    MAX_SEAT_VOTES,
    MIN_AGELESS_TALLY,
    MIN_BARE_VOTES,
    Role,
    Sentence,
    clause_start,
)
from electext.extract.figures import Figure
from electext.extract.mentions import Mention
from electext.lexicon import patterns

FigureKind = Literal["count", "percent", "points", "year"]


@dataclass(frozen=True)
class FigureSite:
    """One figure in its sentence, with the owner found for it: everything a role rule reads.

    The slices are computed once, on first use, however many rules read them."""

    text: str
    sentence: Sentence
    figure: Figure
    subject: Mention | None

    @cached_property
    def before(self) -> str:
        """Up to 80 characters of the sentence before the figure; a results box's dot leaders are layout
        ("CON MAJORITY ........ 14,013" reads as "CON MAJORITY 14,013")."""
        start = max(self.sentence.start, self.figure.start - 80)
        return str(patterns.DOT_LEADER.sub(" ", self.text[start : self.figure.start]))

    @cached_property
    def wide_before(self) -> str:
        """Up to 150 characters before the figure: a swing's cue may open a long phrase."""
        start = max(self.sentence.start, self.figure.start - 150)
        return str(patterns.DOT_LEADER.sub(" ", self.text[start : self.figure.start]))

    @cached_property
    def after(self) -> str:
        """Up to 60 characters of the sentence after the figure."""
        end = min(self.sentence.end, self.figure.end + 60)
        return str(patterns.DOT_LEADER.sub(" ", self.text[self.figure.end : end]))

    @cached_property
    def clause(self) -> int:
        """Where the figure's clause starts."""
        return clause_start(self.text, self.sentence, self.figure.start)

    @property
    def owned_by_person(self) -> bool:
        return self.subject is not None and self.subject.kind == "person"

    @property
    def owned_by_person_of_a_party(self) -> bool:
        """The owner is a person whose party is stated beside the name."""
        return self.owned_by_person and self.subject is not None and self.subject.party is not None

    @property
    def between_owner_and_figure(self) -> str:
        """The text from the end of the owner's name to the figure (empty without an owner)."""
        return "" if self.subject is None else self.text[self.subject.end : self.figure.start]


@dataclass(frozen=True)
class RoleRule:
    """One named way of recognising what a figure is."""

    name: str
    kinds: frozenset[FigureKind]
    role: Role | None  # None: the rule recognises what the figure is not, and no later rule may read it
    test: Callable[[FigureSite], bool]
    says: str
    example: str  # invented; the figure the rule decides is in [brackets]


@dataclass(frozen=True)
class RoleReading:
    role: Role | None
    rule: str


COUNT: frozenset[FigureKind] = frozenset({"count"})
SHARE: frozenset[FigureKind] = frozenset({"percent", "points"})
YEAR: frozenset[FigureKind] = frozenset({"year"})


def _share_verb(site: FigureSite) -> bool:
    """A vote verb before a percentage ("took 41%"); "to"/"on" count only where a vote noun says it
    is a share of the vote ("fell to 12%" alone may be turnout), or where a candidate named a few
    words before is what it measures ("Lucy Burke was close behind on 43.0%")."""
    verb = patterns.VOTES_VERB_BEFORE.search(site.before)
    if verb and verb.group(0).split()[0].lower() in ("to", "on") and not patterns.VOTE_NOUN.search(site.before):
        # a candidate named just before ("Lucy Burke was close behind on 43.0%") is what the figure measures
        return site.owned_by_person and bool(patterns.PERSON_ON_SHARE.match(site.between_owner_and_figure))
    return verb is not None


def _margin_after(site: FigureSite) -> bool:
    return bool(
        patterns.VOTES_BEHIND.match(site.after)
        or patterns.VOTES_AHEAD.match(site.after)
        or patterns.MARGIN_AFTER.match(site.after)
    )


def _margin_below_second(site: FigureSite) -> bool:
    place = patterns.LOWER_PLACE.search(site.text, site.clause, site.figure.start)
    return bool(
        place is not None
        and (place.group(0).lower() not in ("second", "2nd") or patterns.VOTES_AHEAD.match(site.after))
    )


def _majority_cue(site: FigureSite) -> bool:
    return bool(
        patterns.MAJORITY_AFTER.match(site.after)
        or patterns.MAJORITY_BEFORE.search(site.before)
        or (site.before.rstrip().endswith(_MARGIN_WORDS) and patterns.DASHED_MARGIN_BEFORE.search(site.before))
        # "Labour's majority, which stood at 15,296 at the general election under Sir Alan Pemberton, was cut to
        # 1,708": a long relative aside between the majority and its figure
        or (", which" in site.wide_before and patterns.MAJORITY_BEFORE.search(site.wide_before))
    )


# The words that end the text before a margin set off by a dash ("- by just 683"): asked first, as a string
_MARGIN_WORDS = ("by", "just", "only", "mere")


def _closes_clause_after_owner(site: FigureSite, between: rx.TimedPattern) -> bool:
    """A count right after its owner, with only ``between`` in the way, that ends its clause: "Clegg
    22,215, …" (nothing between), "Nigel Woodcock had 748." ("had")."""
    return (
        site.subject is not None
        and bool(between.fullmatch(site.between_owner_and_figure))
        and bool(patterns.TALLY_ENDS_AFTER.match(site.after))
    )


def _sum_of_tallies(site: FigureSite) -> bool:
    """A figure that counts several candidates' votes together, told before it ("between them they polled
    9,000") or after ("polled fewer than 300 votes between them")."""
    total = patterns.SUM_OF_TALLIES.search(site.text, site.sentence.start, site.figure.start)
    if total is not None and ":" not in site.text[total.end() : site.figure.start]:
        return True
    return patterns.SUM_OF_TALLIES_AFTER.match(site.text, site.figure.end, site.sentence.end) is not None


ROLE_RULES: tuple[RoleRule, ...] = (
    # --- years ---------------------------------------------------------------------------------------
    RoleRule(
        "record_since",
        YEAR,
        None,
        lambda s: bool(patterns.SINCE_BEFORE.search(s.before) and patterns.RECORD_BEFORE_SINCE.search(s.before)),
        'A year after "since" that dates a record ("the biggest swing since") is no party\'s hold.',
        "It was the party's biggest by-election swing since [1997], and its first win in Ashcombe.",
    ),
    RoleRule(
        "wins_counted_since",
        YEAR,
        None,
        lambda s: bool(patterns.SINCE_BEFORE.search(s.before) and patterns.TIMES_SINCE_BEFORE.search(s.before)),
        'A year after wins counted ("won twice by Plaid since 1999") dates no unbroken hold.',
        "The seat has been won twice by the Greens since [1999], each time narrowly.",
    ),
    RoleRule(
        "held_since_year",
        YEAR,
        "held_since",
        lambda s: bool(
            patterns.SINCE_BEFORE.search(s.before)
            and patterns.HELD_CONTEXT.search(s.text, s.sentence.start, s.sentence.end)
        ),
        'A year after "since" in a sentence about holding the seat: the party\'s hold.',
        "The Liberal Democrats had held Ribblesdale since [1997] until last night.",
    ),
    RoleRule(
        "held_ever_since",
        YEAR,
        "held_since",
        lambda s: bool(patterns.HELD_EVER_SINCE_AFTER.match(s.after)),
        'The year of a win "held ever since" after it: the party\'s hold.',
        "Labour won the seat back from the Greens in [2003], and has held it ever since.",
    ),
    RoleRule(
        "other_year",
        YEAR,
        None,
        lambda s: True,
        "Any other year is a date, not a result.",
        "The seat was first contested in [1983].",
    ),
    # --- percentages and points ----------------------------------------------------------------------
    RoleRule(
        "group_total",
        frozenset({"count", "percent"}),
        None,
        lambda s: bool(patterns.GROUP_TOTAL_BEFORE.search(s.before)),
        "A results line's total for several candidates (\"Independent (Total) – 698\") is no one's tally.",
        "In Ashcombe: Independent (Total) – [1,204] (33.0%), Lib Dem – 658 (31.1%).",
    ),
    RoleRule(
        "swing_achieved",
        SHARE,
        "swing",
        lambda s: bool(patterns.ACHIEVED_AFTER_NEEDED_SWING.search(s.wide_before)),
        'The swing a party "achieved" after the one it "needed": the result\'s swing.',
        "Reform needed a 7.4 per cent swing to take Kelby but achieved [12.8 per cent].",
    ),
    RoleRule(
        "swing_cue",
        SHARE,
        "swing",
        lambda s: bool(patterns.SWING_BEFORE.search(s.wide_before) or patterns.SWING_AFTER.match(s.after)),
        'A percentage after "swing" (within its phrase) or followed by "swing".',
        "Labour took the seat on a swing of [14.2%] from the Conservatives.",
    ),
    RoleRule(
        "wider_turnout",
        SHARE,
        None,
        lambda s: bool(
            (patterns.WIDER_TURNOUT.search(s.before) or patterns.WIDER_TURNOUT_AFTER.match(s.after))
            and not patterns.AREA_CONTEST_WORD.search(s.text)
        ),
        "A turnout across a city, a region or a nation is no one seat's (a mayor's or a commissioner's contest"
        " is the area's, and keeps it).",
        "Turnout across the city was [63.8 per cent], up on 2016.",
    ),
    RoleRule(
        "petition_signatures",
        SHARE,
        None,
        lambda s: bool(patterns.SIGNED_BY_BEFORE.search(s.before)),
        "A share of the electorate that signed a petition (a recall's) is no turnout.",
        "The recall petition was signed by [12.6%] of the electorate.",
    ),
    RoleRule(
        "turnout_from_to",
        SHARE,
        "turnout",
        lambda s: bool(patterns.TURNOUT_TO_BEFORE.search(s.before)),
        'A turnout said to change "from" one level "to" another: the second is this election\'s.',
        "Turnout fell from 61.2% at the general election to [30.9%].",
    ),
    RoleRule(
        "turnout_from",
        SHARE,
        "previous_turnout",
        lambda s: bool(patterns.TURNOUT_FROM_BEFORE.search(s.before)),
        'A turnout said to change "from" a level: that level was the last election\'s.',
        "Turnout fell from [61.2%] at the general election to 30.9%.",
    ),
    RoleRule(
        "turnout_cue",
        SHARE,
        "turnout",
        lambda s: bool(
            patterns.TURNOUT_BEFORE.search(s.before)
            or patterns.TURNOUT_AFTER.match(s.after)
            or patterns.TURNOUT_ASIDE_BEFORE.search(s.wide_before)
            or patterns.TURNED_OUT_BEFORE.search(s.before)
        ),
        'A percentage after "turnout" or followed by "turnout", or in brackets after "turned out".',
        "Turnout in Ashcombe was [38.4%], down on the general election.",
    ),
    RoleRule(
        "majority_as_share",
        SHARE,
        "majority",
        lambda s: bool(
            patterns.MAJORITY_BEFORE.search(s.before)
            or patterns.MAJORITY_AFTER.match(s.after)
            or patterns.MAJORITY_FIGURE_THEN_SHARE.search(s.before)
        ),
        'A majority given as a share, or after its count: "majority: 5,508 (13.8%)".',
        "Dr Okafor's majority was 4,120 ([11.3%]).",
    ),
    RoleRule(
        "share_change_cue",
        SHARE,
        "share_change",
        lambda s: bool(patterns.SHARE_CHANGE.search(s.before)) and s.subject is not None,
        "A change in an owner's share: \"Reform's vote rose by 9 points\".",
        "The Green share of the vote went up by [6.5%] for Hannah Ward.",
    ),
    RoleRule(
        "unowned_change_or_points",
        SHARE,
        None,
        lambda s: bool(patterns.SHARE_CHANGE_BEFORE.search(s.before)) or s.figure.kind == "points",
        "Percentage points, or a change no one owns, are not a level of support.",
        "Support for the party is [4 points] higher than a month ago.",
    ),
    RoleRule(
        "national_share",
        SHARE,
        None,
        lambda s: bool(patterns.NATIONAL_SHARE_AFTER.match(s.after)),
        'A share "of the national vote" or "across the country" is the party\'s everywhere, not in one seat.',
        "The party won [around 14%] of the national vote.",
    ),
    RoleRule(
        "share_cue",
        SHARE,
        "share",
        lambda s: bool(
            patterns.SHARE_AFTER.match(s.after)
            or patterns.SHARE_LEVEL_BEFORE.search(s.before)
            or patterns.TALLY_THEN_SHARE.search(s.before)
        ),
        'A percentage followed by "of the vote", after "a share of", or after its tally: "4,313 (9.4%)".',
        "Tom Ellery of the Greens won [22.7%] of the vote.",
    ),
    RoleRule(
        "owned_share",
        SHARE,
        "share",
        lambda s: s.subject is not None and (_share_verb(s) or bool(patterns.COLON_OR_BRACKET_END.search(s.before))),
        'An owner\'s percentage after a vote verb, a colon or a bracket: "Reform took 27%".',
        "Reform's Liam Hoyle took [27.1%], well clear of the field.",
    ),
    RoleRule(
        "other_percentage",
        SHARE,
        None,
        lambda s: True,
        "Any other percentage is not a result (a poll, a rate, a comparison).",
        "In Ashcombe [60%] of homes are privately rented.",
    ),
    # --- counts --------------------------------------------------------------------------------------
    RoleRule(
        "electorate_cue",
        COUNT,
        "electorate",
        lambda s: bool(patterns.ELECTORATE_BEFORE.search(s.before) or patterns.ELECTORATE_AFTER.match(s.after)),
        'A count after "electorate of" or followed by "registered voters".',
        "Of an electorate of [71,204], fewer than half voted.",
    ),
    RoleRule(
        "beyond_one_seat",
        COUNT,
        None,
        lambda s: (
            s.figure.value > MAX_SEAT_VOTES
            and (s.figure.value > MAX_AREA_VOTES or not patterns.AREA_OFFICE_WORD.search(s.text))
        ),
        "A count larger than any seat's electorate is a national total (a mayor's or commissioner's area is larger).",
        "Across the country the party won [4,100,000] votes.",
    ),
    RoleRule(
        "age",
        COUNT,
        None,
        lambda s: bool(patterns.AGE_BEFORE.search(s.before)),
        'A count after "aged" is an age.',
        "The former member died last month aged [81].",
    ),
    RoleRule(
        "time_span",
        COUNT,
        None,
        lambda s: bool(patterns.TIME_SPAN_AFTER.match(s.after)),
        'A count of years, months or days ("from two years ago") is a span of time.',
        "Labour went into the contest defending a majority of 5,120 from [two] years ago.",
    ),
    RoleRule(
        "held_with_then",
        COUNT,
        "majority",
        lambda s: bool(patterns.HELD_WITH_BEFORE.search(s.before) and patterns.ELECTION_TIME_AFTER.match(s.after)),
        'A seat "held with" a bare count at an election: its majority then (an earlier one is the previous).',
        "Labour lost a seat the party held with [9,120] in 2019.",
    ),
    RoleRule(
        "majority_change_cue",
        COUNT,
        "majority_change",
        lambda s: bool(
            patterns.COMPARED_WITH_LAST.match(s.after)
            and patterns.MAJORITY_WORD.search(s.text, s.sentence.start, s.sentence.end)
        ),
        'In a sentence about the majority, a count followed by "more/fewer than last time".',
        "Her majority of 3,410 was [815] fewer than last time.",
    ),
    RoleRule(
        "gained_votes",
        COUNT,
        "votes",
        lambda s: bool(patterns.GAINED_BEFORE.search(s.before) and patterns.VOTES_NOT_COMPARED_AFTER.match(s.after)),
        'A count "gained" as votes with nothing it is compared with: a tally, not a change.',
        "Independent Ann Vale, who gained [309] votes, won the Ashcombe seat.",
    ),
    RoleRule(
        "poll_wide_count_or_vote_change",
        COUNT,
        None,
        lambda s: bool(patterns.POLL_COUNT_AFTER.match(s.after) or patterns.SHARE_CHANGE.search(s.before)),
        "Counts of ballots or voters in the whole poll, and changes in a party's votes, are no tally.",
        "At the count [412] ballot papers were rejected.",
    ),
    RoleRule(
        "part_of_the_area",
        COUNT,
        None,
        lambda s: bool(patterns.AREA_ALONE_BEFORE.search(s.text, s.clause, s.figure.start)),
        'A count in one part of the area ("In Middlesbrough alone she took 14,210 votes") is no tally of the whole.',
        "In Kelby alone Ann Vale took [14,210] votes.",
    ),
    RoleRule(
        "group_bound",
        COUNT,
        None,
        lambda s: bool(patterns.GROUP_BOUND_BEFORE.search(s.before)),
        'A bound on a group of candidates ("none of them polled more than 500") is no one\'s tally.',
        "None of them polled [more than 500] votes in Ashcombe.",
    ),
    RoleRule(
        "first_round_lead",
        COUNT,
        None,
        lambda s: bool(patterns.FIRST_ROUND_AFTER.match(s.after)),
        'A lead "in the first round" of a count that went on to a second: not the winning margin.',
        "Ms Vale led by [312] votes in the first round and then stretched that lead on transfers.",
    ),
    RoleRule(
        "majority_from_to",
        COUNT,
        "majority",
        lambda s: bool(patterns.MAJORITY_FROM_BEFORE.search(s.before) or patterns.MAJORITY_TO_BEFORE.search(s.before)),
        'A majority said to change "from" one count "to" another: the first was the last, the second is new.',
        "The Labour majority was cut from nearly 12,000 to [2,318].",
    ),
    RoleRule(
        "majority_compared",
        COUNT,
        "majority",
        lambda s: (
            bool(patterns.MAJORITY_COMPARED_BEFORE.search(s.text, s.clause, s.figure.start))
            and not patterns.COUNTED_THINGS_AFTER.match(s.after)  # "margin came from the two big boroughs"
        ),
        'A count compared with a majority earlier in its clause: "a majority of 6,203, up on the 4,658".',
        "The Labour majority of 6,201 was up on the [4,655] of the last contest.",
    ),
    RoleRule(
        "margin_below_second",
        COUNT,
        None,
        lambda s: _margin_after(s) and _margin_below_second(s),
        'A lead or gap of a candidate placed third or lower ("third, 40 votes ahead of UKIP") is no majority.',
        "The Greens slipped to third on 754, just [15] votes ahead of the Liberal Democrats.",
    ),
    RoleRule(
        "superseded_count",
        COUNT,
        None,
        lambda s: bool(
            (_majority_cue(s) or s.before.rstrip().endswith(_MARGIN_WORDS))
            and patterns.SUPERSEDED_COUNT.search(s.text, s.sentence.start, s.figure.start)
            and patterns.RECOUNT_WORD.search(s.text)
        ),
        'A margin at a count a recount replaced ("The first count put Labour ahead by 61") is not the result\'s.',
        "The first count put Labour ahead by [61]; after a recount the majority was 38.",
    ),
    RoleRule(
        "more_than_before",
        COUNT,
        None,
        lambda s: bool(patterns.MORE_THAN_BEFORE_AFTER.match(s.after)),
        'A count "more than in 2011" or "fewer than last time" is a change in votes, not a margin over a rival.',
        "Ms Vale received 14,380 votes, [almost 1,500] more than in 2019.",
    ),
    RoleRule(
        "margin_cue",
        COUNT,
        "majority",
        _margin_after,
        'A count followed by "votes behind/ahead" or "vote margin": the winning margin.',
        "Plaid finished [312] votes behind the winner.",
    ),
    RoleRule(
        "someone_elses_majority",
        COUNT,
        None,
        lambda s: (
            _majority_cue(s)
            and bool(patterns.COUNTED_PEOPLE_AFTER.match(s.after) or patterns.SOMEONE_ELSES_MAJORITY.search(s.before))
        ),
        "A majority held by someone outside this contest, or a count of people, is not this seat's.",
        "The party has only one MP with a majority of [more than 5,000] in the county.",
    ),
    RoleRule(
        "majority_cue",
        COUNT,
        "majority",
        _majority_cue,
        'A count after "majority of" or followed by "majority": the winning margin.',
        "Sam Ortiz held the seat with a majority of [2,918].",
    ),
    RoleRule(
        "sum_of_tallies",
        COUNT,
        None,
        _sum_of_tallies,
        "Several candidates' votes added up (not itemised after a colon) are no one's tally.",
        "Between them the two unionist candidates polled [9,300] votes.",
    ),
    RoleRule(
        "part_of_votes",
        COUNT,
        None,
        lambda s: bool(patterns.PART_OF_VOTES_AFTER.match(s.after)),
        'A count "of his votes" is the part of them passed on at a count, not a tally.',
        "Mr Munro was eliminated, with [140] of his votes transferring to Ms Kerr.",
    ),
    RoleRule(
        "gap_to_the_winner",
        COUNT,
        None,
        lambda s: bool(patterns.WITHIN_BEFORE.search(s.before) or patterns.VOTES_SHORT_AFTER.match(s.after)),
        'A count a loser came "within" of winning, or fell "short" by, is a gap between two candidates, not a tally.',
        "The Greens came within [a hundred] votes of taking the seat.",
    ),
    RoleRule(
        "votes_word",
        COUNT,
        "votes",
        lambda s: bool(patterns.VOTES_AFTER.match(s.after)),
        'A count followed by "votes".',
        "Hannah Ward, for the Greens, polled [3,105] votes.",
    ),
    RoleRule(
        "tally_with_share",
        COUNT,
        "votes",
        lambda s: s.figure.is_whole and s.subject is not None and bool(patterns.SHARE_BRACKET_AFTER.match(s.after)),
        'A whole count with its share in brackets is a tally, however small: "Green 23 (1.4 per cent)".',
        "The Heritage Party took [12] (0.9 per cent), its lowest of the night.",
    ),
    RoleRule(
        "too_small_or_fractional",
        COUNT,
        None,
        lambda s: s.figure.value < MIN_BARE_VOTES or not s.figure.is_whole,
        'Without the word "votes", a small or fractional count is not a tally ("two by-elections").',
        "Ashcombe held [two] recounts that night.",
    ),
    RoleRule(
        "possessive_tally",
        COUNT,
        "votes",
        lambda s: s.subject is not None and bool(patterns.POSSESSIVE_END.search(s.before)),
        "A count straight after an owner's possessive: \"to Ms Crane's 16,482\".",
        "Dev Sharma's 9,870 was well short of Alice Crane's [16,482].",
    ),
    RoleRule(
        "name_aside_tally",
        COUNT,
        "votes",
        lambda s: (
            s.owned_by_person
            and bool(patterns.BRACKETED_AFTER_NAME.match(s.text[s.subject.end : s.subject.end + 45]))  # type: ignore[union-attr]
            and bool(patterns.SENTENCE_ENDS_AFTER.match(s.after))
        ),
        'A live blog\'s "Name (Party), an aside, 23,548." closing its sentence.',
        "Ruth Ellis (Lab), a former nurse and first-time candidate, [18,112].",
    ),
    RoleRule(
        "bracketed_tally",
        COUNT,
        "votes",
        lambda s: (
            s.owned_by_person
            and bool(patterns.BRACKETED_TALLY_AFTER.search(s.after))
            and bool(patterns.BRACKET_AFTER_NAME.fullmatch(s.between_owner_and_figure))
            # "Ann Cole (Con, 311)"; but "(Con, 52)" may be her age
            and ("," not in s.between_owner_and_figure or s.figure.value >= MIN_AGELESS_TALLY)
        ),
        'A tally in brackets after a name, its party first or not: "over the SDLP\'s Alex Attwood (3,088)".',
        "He beat the Conservative Jane Holt ([7,305]) comfortably.",
    ),
    RoleRule(
        "declaration_line",
        COUNT,
        "votes",
        lambda s: (
            s.owned_by_person_of_a_party
            and bool(patterns.COMMA_END.search(s.before))
            and bool(patterns.LINE_ENDS_AFTER.match(s.after) or patterns.DECLARED_ITEM_AFTER.match(s.after))
        ),
        'A declaration read out: "Name, Party, twelve thousand" ending its sentence, or its item of a list'
        ' ("Ann Wood, Plaid Cymru, 10,098; Tom Reid, Labour, 6,639").',
        "Owen Pryce, Plaid Cymru, [8,840].",
    ),
    RoleRule(
        "spoken_list",
        COUNT,
        "votes",
        lambda s: (
            s.owned_by_person_of_a_party
            and s.figure.value >= MIN_AGELESS_TALLY
            and bool(patterns.COMMA_ONLY.fullmatch(s.between_owner_and_figure))
            and bool(patterns.LIST_GOES_ON_AFTER.match(s.after))
        ),
        'A spoken list: "The Green candidate, Simeon Hart, 249, and then …".',
        "The Liberal Democrat candidate, Freya Moss, [1,204], and then the independent.",
    ),
    RoleRule(
        "bare_tally",
        COUNT,
        "votes",
        lambda s: s.figure.value >= MIN_AGELESS_TALLY and _closes_clause_after_owner(s, patterns.BLANK),
        "A live blog's tally straight after a name: \"Clegg 22,215, Labour's Oliver Coppard 19,862.\"",
        "Result: Ellen Morgan [14,009], Reform's Dean Platt 11,870.",
    ),
    RoleRule(
        "had_tally",
        COUNT,
        "votes",
        lambda s: s.owned_by_person and _closes_clause_after_owner(s, patterns.HAD_BEFORE_TALLY),
        'A count a candidate "had", with nothing after it: "The Greens\' Nigel Woodcock had 748."',
        "Labour's Ola Berg had [1,926], and the Greens 604.",
    ),
    RoleRule(
        "party_vote_tally",
        COUNT,
        "votes",
        lambda s: (
            s.subject is not None
            and s.subject.kind == "party"
            and bool(patterns.PARTY_VOTE_BETWEEN.fullmatch(s.between_owner_and_figure))
            and not patterns.VOTE_CHANGE_AFTER.match(s.after)
        ),
        'A party\'s vote told as a noun, its count after the copula: "The Tory vote came in at 12,220."',
        "The Green vote stood at [4,118], its best here.",
    ),
    RoleRule(
        "owned_tally",
        COUNT,
        "votes",
        lambda s: (
            s.subject is not None
            and bool(
                patterns.VOTES_VERB_BEFORE.search(s.before)
                or patterns.LIST_SEPARATOR_END.search(s.before)
                or patterns.BRACKET_OR_LINE_END_AFTER.match(s.after)
            )
        ),
        'An owner\'s count after a vote verb or a list separator: "Sophie (Green) - 892", "Lee took 5,001".',
        "Conservative Mark Tull received [6,622], down on 2019.",
    ),
    RoleRule(
        "other_count",
        COUNT,
        None,
        lambda s: True,
        "Any other count is not a result.",
        "Ashcombe council has [640] staff.",
    ),
)


# The rules for each kind of figure, in table order (asked about 20 times an article).
_RULES_BY_KIND: dict[str, tuple[RoleRule, ...]] = {
    kind: tuple(rule for rule in ROLE_RULES if kind in rule.kinds) for kind in ("count", "percent", "points", "year")
}


# A swing or a turnout written without its unit is a decimal below these ("The swing was 5.3 from
# Labour to Reform", "Turnout: 41.6, against 63.8 at the general election").
MAX_SWING_POINTS = 50
MAX_TURNOUT = 100


def with_unit_implied(text: str, sentence: Sentence, figure: Figure) -> Figure:
    """A decimal count whose words make it a swing's points or a turnout's per cent: "The swing was 5.3
    from Conservative to Labour", "a 5.3 swing to Labour", "needed 8.8 points; got 17.2", "Turnout: 49.2",
    "on a turnout of 22.7 compared with 29.4" (a whole number stays a count: "a turnout of 31,204")."""
    if figure.kind != "count" or figure.is_whole:
        return figure
    if figure.value < MAX_SWING_POINTS and (
        patterns.UNITLESS_SWING_BEFORE.search(text, max(sentence.start, figure.start - 30), figure.start)
        or patterns.UNITLESS_SWING_AFTER.match(text, figure.end, min(sentence.end, figure.end + 12))
        or patterns.ACHIEVED_AFTER_NEEDED_SWING.search(text, max(sentence.start, figure.start - 150), figure.start)
    ):
        return replace(figure, kind="points")
    if figure.value < MAX_TURNOUT and patterns.UNITLESS_TURNOUT_BEFORE.search(
        text, max(sentence.start, figure.start - 30), figure.start
    ):
        return replace(figure, kind="percent")
    return figure


def read_role(site: FigureSite) -> RoleReading:
    """The first rule of :data:`ROLE_RULES` for the figure's kind whose test holds."""
    for rule in _RULES_BY_KIND[site.figure.kind]:
        if rule.test(site):
            return RoleReading(rule.role, rule.name)
    raise AssertionError(f"no catch-all rule for figures of kind {site.figure.kind!r}")  # pragma: no cover
