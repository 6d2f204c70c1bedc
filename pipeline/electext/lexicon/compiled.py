"""Every regular expression electext uses, compiled from one lexicon.

This module's source is run once per lexicon by :class:`electext.lexicon.active.Lexicon`, each time
into a namespace of its own, with that lexicon's data; the stages read the namespace of the lexicon in
use through :data:`electext.lexicon.patterns`. The phrase lists come from the lexicon's ``cues.json``
and ``dates.json`` (``pipeline/electext/lexicon/en_gb/`` for UK English); this module only assembles
them. Patterns avoid nested quantifiers over the same characters, so none can backtrack
catastrophically, and every match runs under a time bound: its own :data:`REGEX_TIMEOUT`, or the
article's CPU-time deadline in a process electext owns (see :mod:`electext.core.rx`).

One module of about a thousand lines, on purpose: it is the compiled lexicon, every regular
expression in one place so that a reviewer of a cue sees its neighbours (the sections follow the
stages that use them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from electext.core import rx
from electext.core.alternation import literal_alternation
from electext.core.errors import DataFileError
from electext.core.records import Qualifier
from electext.lexicon.resources import Resources, load_resources

# Seconds any single match may take. Generous for a 40 MB input, yet a bound on a pathological one.
# Scans of a whole text pass it explicitly, so they keep it even under an article's deadline.
REGEX_TIMEOUT = rx.TIMEOUT

# The lexicon this namespace is compiled from: set by electext.lexicon.Lexicon before it runs this
# source; a plain import (a type checker, a tool) compiles the default lexicon.
_RESOURCES: Resources = globals().get("LEXICON_RESOURCES") or load_resources()
_CUES = _RESOURCES.cues


def _words(name: str) -> str:
    """A list of cues.json as an alternation, in the order written: each phrase plain words (letters,
    apostrophes, hyphens), spaces matching any run of whitespace. The lists are named after the pattern
    that reads them, numbered where one reads several."""
    phrases = _CUES.phrases(name)
    for phrase in phrases:
        if not rx.fullmatch(r"[A-Za-z][A-Za-z' \-]*", phrase):
            raise DataFileError(f"{_CUES.source}: {name}: {phrase!r} is not plain words")
    return literal_alternation(phrases)


# The calendar's month names as one alternation ("January|…|December"), from the lexicon's dates.json.
MONTH_NAMES = "|".join(_RESOURCES.months)


def alternation(phrases: Iterable[str], *, ignore_case: bool = False) -> str:
    """Longest-first alternation of literal phrases, spaces matching any run of whitespace (for a
    pattern compiled with ``IGNORECASE``, ``ignore_case`` shares the branches of "UKIP" and "Ukip")."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return literal_alternation(ordered, ignore_case=ignore_case)


QUALIFIER_OF_PHRASE: dict[str, Qualifier] = {
    # cues.json's qualifier names are validated against Qualifier when the file is loaded
    phrase.lower(): cast(Qualifier, qualifier)
    for qualifier, phrases in _CUES.qualifiers.items()
    for phrase in phrases
}
_QUALIFIER = alternation(QUALIFIER_OF_PHRASE)
_SMALL = alternation(_CUES.number_words)
_SCALE = alternation(_CUES.number_scales)
# "two", "twenty-three", "four thousand", "a thousand", "two hundred and fifty"
_WORD_UNIT = rf"(?:(?:{_SMALL})(?:-(?:{_SMALL}))?|a)"
# "two", "twenty-three", "four thousand", "a thousand", "seven thousand, seven hundred and sixty-six"
_WORD_NUMBER = (
    rf"{_WORD_UNIT}(?:\s+and\s+a\s+half)?(?:\s+(?:{_SCALE}))+"
    rf"(?:,?\s+(?:and\s+)?(?:{_SMALL})(?:-(?:{_SMALL}))?(?:\s+hundred)?(?:\s+and\s+(?:{_SMALL})(?:-(?:{_SMALL}))?)?)?"
    # "four and a half points"
    rf"|(?:{_SMALL})(?:-(?:{_SMALL}))?\s+and\s+a\s+half"
    rf"|(?:{_SMALL})(?:-(?:{_SMALL}))?"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PERCENT_UNIT = r"%|\s?per\s?cent\b|\s?percent\b|\s?pc\b"
_POINTS_UNIT = r"\s?percentage[\s-]points?\b|[\s-]points?\b|\s?pts?\b|\s?pp\b|\s?ppts?\b"

# The first word of every qualifier and number word: "more" of "more than", "twenty" of "twenty-three",
# "a" of "a thousand".
_FIGURE_FIRST_WORDS = frozenset(
    rx.split(r"[\s-]", phrase.lower())[0] for phrase in (*QUALIFIER_OF_PHRASE, *_CUES.number_words, "a")
)
# Every figure starts at a word boundary, at a digit or one of those words: the engine checks that
# before trying the long alternations of qualifiers and number words at every word. The scan, the
# longest in electext, takes half the time it did. The words are a tree of their letters
# (electext.core.alternation), not a named list: regex looks a named list up at every length it holds,
# which made the check itself cost more than the tree's walk (a quarter of the scan's time).
_FIGURE_FIRST = alternation(_FIGURE_FIRST_WORDS)
FIGURE = rx.compile(
    rf"""
    \b(?=\d|(?:{_FIGURE_FIRST})\b)
    (?<![\w.,/:£$€#-]|\d[,.])                 # not inside a word, a date, money or a longer number
    (?:(?P<qualifier>{_QUALIFIER})\s+)?
    (?P<number>
        (?P<digits>{_DIGITS})(?P<magnitude>[kK]\b|m\b|\s?(?:{_SCALE})\b)?
      | (?P<words>{_WORD_NUMBER})\b
    )
    (?P<plus>-plus\b|\+(?![\d.]))?               # "a 17,000-plus majority", "17,000+": more than
    (?P<unit>{_PERCENT_UNIT}|{_POINTS_UNIT})?
    (?![\w/]|[.,:]\d)
    (?!\s+times\b)                            # "three times the margin": a multiplier, not a figure
    """,
    rx.VERBOSE | rx.IGNORECASE,
)
SCALE_VALUE = {word.lower(): value for word, value in _CUES.number_scales.items()}
SMALL_VALUE = {word.lower(): value for word, value in _CUES.number_words.items()}
ORDINAL_VALUE = {word.lower(): value for word, value in _CUES.ordinals.items()}

_ORDINAL = alternation(_CUES.ordinals)

# A number whose thousands separator is misplaced ("1,2680", "126,80"): a typo, never a figure.
MALFORMED_NUMBER = rx.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})*,(?:\d{1,2}|\d{4,})(?!\d|[,.]\d)")

# --- role cues: each is searched in the text just before or after a figure ----------------------
# Left context ends with these, so they are anchored at the end (\Z) of the window.
# "12,400 votes", "12,400 first-preference votes", "12,400 first preferences" (STV, supplementary vote)
VOTES_AFTER = rx.compile(
    r"\A\s*(?:-\s*)?(?:(?:(?:first|1st)[\s-]+(?:preference|choice)\s+)?votes?\b(?!\s+(?:"
    + _words("votes_after")
    + r"))|(?:first|1st)[\s-]+(?:preferences|choices)\b)",
    rx.I,
)
# "18,375 valid votes were cast", "40 rejected ballots": counts of the poll, not of a candidate.
POLL_COUNT_AFTER = rx.compile(
    r"\A\s*(?:valid|rejected|spoilt|spoiled|postal|registered|eligible|ballot|ballots|voters|people|electors|turned|"
    r"seats|MPs|councillors|wards|candidates|constituencies)\b",
    rx.I,
)
# A clause about an earlier election: its figures are the previous result, not this one.
# An earlier election named: a year named (group "year") is one only where it is before this election's
# (extract/linking/context.py).
# The body an election is of, between "the last" and "election": "at the last Holyrood election".
_ELECTION_BODY = (
    r"(?:general|Holyrood|Senedd|Stormont|Westminster|Assembly|Scottish\s+Parliament|Welsh\s+Parliament|council|"
    # "at the 2024 national election": a wire service's general election
    r"county|district|borough|local|mayoral|devolved|national|parliamentary)\s+"
)
EARLIER_ELECTION_STRONG = rx.compile(
    r"\b(?:(?:\w+|\d+)(?:\s+and\s+a\s+half)?\s+(?:years?|months)\s+ago|an?\s+year\s+and\s+a\s+half\s+ago|last\s+time|at\s+the\s+(?:last|previous)\s+(?:full\s+)?(?:"
    + _ELECTION_BODY
    + r")?elections?|"
    r"(?:at|in)\s+the\s+(?P<year>(?:19|20)\d\d)\s+(?:"
    + _ELECTION_BODY
    + r")?elections?|last\s+(?:"
    + _words("earlier_election_strong")
    # "who won a third term last May with a majority of 18,302"
    + r"|(?-i:"
    + MONTH_NAMES
    + r"))\b|"
    r"the\s+previous\s+(?:" + _ELECTION_BODY + r")?election|at\s+the\s+general\s+election\s+in\s+\w+\s+last\s+year|"
    r"at\s+that\s+(?:" + _ELECTION_BODY + r")?election|"
    # "and by 1966 it had swollen to 21,870": a time reached, then what held by then
    r"\bby\s+(?P<year>(?:19|20)\d\d)\s*,?\s+(?=(?:it|this|that|the|its|his|her|their|they|he|she)\b)|"
    # a results box's line for the last general election: "GE 2019: C maj 18,952"
    r"^[ \t]*(?:(?:GE|General\s+election)\s*)?(?P<year>(?:19|20)\d\d)\s*:)",
    rx.I | rx.M,
)
EARLIER_ELECTION = rx.compile(
    r"\b(?:(?:in|back\s+in)\s+(?:(?:" + MONTH_NAMES + r")\s+)?(?P<year>(?:19|20)\d\d)\b|previously|at\s+the\s+previous|"
    r"before\s+that)",
    rx.I,
)
# The new majority in a before-and-after: "… became a Conservative majority of 1,239", "turning a Tory
# majority of 1,895 at the last general election into a Labour majority of 7,791".
NEW_MAJORITY_BEFORE = rx.compile(
    # not past a word saying the majority is the old one ("went into the election defending a majority of")
    r"\b(?:" + _words("new_majority_before") + r")\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:(?!(?:" + alternation(_CUES.previous_majority_cues) + r")\b)[\p{L}-]+\s+){0,3}"
    r"(?:majority|margin)\s+(?:of\s+)?(?:just\s+|only\s+|some\s+)?\Z",
    rx.I,
)
# "the 2,137 votes by which Mr Williams had held the seat": an earlier margin.
EARLIER_MARGIN_AFTER = rx.compile(r"\A\s*(?:votes?\s+)?by\s+which\b[^.;]{0,60}?\bhad\b", rx.I)
# A place somewhere else than this seat: "came second across much of the country", "third nationally".
PLACE_ELSEWHERE = rx.compile(
    r"(?:\s+place)?\s+(?:across|nationally|elsewhere|overall|in\s+(?:the\s+)?(?:country|polls|national|UK|Britain|"
    r"Scotland|Wales|England|most\s+seats)"
    # "whose party finished first in the European Parliament elections": another election's place
    r"|in\s+(?:the\s+|this\s+year's\s+|last\s+year's\s+)?(?:European|local|council|mayoral|county|"
    r"police\s+and\s+crime|referendum|leadership)\b)\b",
    rx.I,
)
# A total of several candidates' votes, not one tally: "Add together the votes of A, B and C, and they
# come to 19,313", "between them they polled 9,000" (not a mayoralty's "Combined Authority").
SUM_OF_TALLIES = rx.compile(
    r"\b(?:add(?:ed)?\s+(?:together|up)|combined(?!\s+(?:county\s+)?authority)|between\s+them|taken\s+together|put\s+together|in\s+total|"
    r"all\s+told|altogether)\b",
    rx.I,
)
# The same after the figure, in words only several owners take: "polled fewer than 300 votes between them",
# "2,104 votes combined" (not "in total", which one candidate's tally takes as well: "8,201 votes in total").
SUM_OF_TALLIES_AFTER = rx.compile(r"[ \t]*(?:votes?[ \t]+)?(?:between[ \t]+them|combined)\b", rx.I)
# A sentence that opens on an earlier date is set then: "In May 2010 Mr Reckless won the seat …".
# A tally set against the one before it: "against 15,096 for Labour", "versus 9,120 for the SNP".
SET_AGAINST = rx.compile(r"\b(?:against|versus|vs\.?)\s+\Z", rx.I)
# "in December 2019, when the late Jack Dromey held the seat by some 3,600 votes": all about then
# (or "at the general election, when Labour won here with a majority of 7,560")
EARLIER_WHEN = rx.compile(
    r"\b(?:in\s+(?:(?:" + MONTH_NAMES + r")\s+)?(?:19|20)\d\d"
    # "compared with the July 2024 national election, when Labour took it with a majority of 4,102"
    r"|(?:at|with|to|than|since|from|against)\s+the\s+(?:(?:(?:" + MONTH_NAMES + r")\s+)?(?:19|20)\d\d\s+|last\s+"
    r"|previous\s+)?(?:(?:general|national|parliamentary|Westminster|Holyrood|Senedd|local|mayoral"
    r"|(?:(?:county|district|borough|city|town|parish)\s+)?council)\s+)?elections?)\s*,?\s+when\b[^.;]*\Z"
)
# A relative clause set off by commas: ", who had won the seat only in 2017,".
# (up to two lines of print: "Ned Farrow, who runs the garage on Mill Lane and who many of you will know from the
# bowls club and the summer fete, was elected …" keeps its "will" in the aside)
RELATIVE_ASIDE = rx.compile(r",\s+(?:who|which|whose)\b[^,;.]{1,160},")
# "has died aged 88", "a councillor, age 62": a person's age, never a tally.
AGE_BEFORE = rx.compile(r"\b(?:aged|age|ages)\s*\Z", rx.I)
# "from two years ago", "a 45-year-old", "after six weeks": a span of time, not a count of votes.
TIME_SPAN_AFTER = rx.compile(r"\A(?:\s+|-)(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)\b", rx.I)
# "none of them reaching two thousand votes", "neither managed 500": a bound on a group, no one's tally.
GROUP_BOUND_BEFORE = rx.compile(
    r"\b(?:none|neither|no\s+(?:other\s+)?(?:one|candidate|party))\b(?:\s+of\s+(?:them|the\s+others|these))?"
    r"\s+(?:\w+\s+){0,2}?(?:reaching|reached|passing|passed|getting|got|managing|managed|topping|topped|"
    r"polling|polled|securing|secured|winning|won|taking|took|with|above|over)\s+(?:even\s+)?\Z",
    rx.I,
)
# A description set between commas after a name: "Simon Hart, the former Welsh secretary who served
# as Rishi Sunak's chief whip, was pushed into third": names inside it are not the clause's subject.
_MARKED_APPOSITIVE = r",\s+(?:" + _words("marked_appositive") + r")\s[^,;.()]{1,200}?,(?=\s+(?:\p{Ll}|\d))"
# An aside its first word marks as one: clause breaks inside it ("who shares the leadership with
# Carla Denyer") do not end the clause it interrupts.
MARKED_APPOSITIVE = rx.compile(_MARKED_APPOSITIVE)
APPOSITIVE = rx.compile(
    _MARKED_APPOSITIVE
    # after a person, any description does: "Andy Sawford, Labour and Co-operative candidate, took"; their
    # age may come first ("Mrs Stallard, 63, a former councillor for Labour, polled 1,107")
    + r"|,\s+(?:\d{1,3},\s+)?(?!(?:"
    + _words("appositive")
    + r")\b)[^,;.()]{3,120}?,"
    r"(?=\s+(?!(?:" + _words("appositive_2") + r")\b)\p{Ll})"
)
# The aside between a person and what they did: "Louise Mensch, the author and Conservative MP
# elected in 2010, resigned".
# (an auxiliary may follow it: "Sir Ian Vale, the MP here for twenty years, was elevated to the Lords")
ASIDE_BEFORE = rx.compile(r"\A,\s+[^,;.()]{3,120}?,\s*(?:(?:was|were|had|has)\s+(?:been\s+)?)?\Z")
# A place below the winner's: a margin beside it is between lower places.
# A place, not a count's stage ("When that second round was finished, Mr Grove was 7,000 votes ahead").
LOWER_PLACE = rx.compile(
    r"\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\b"
    r"(?![\s-]+(?:round|count|stage|preferences?|choices?|ballot|term|time)\b)",
    rx.I,
)
# "since 2015, when it took it from the Conservatives": a win dated by the year before it
WHEN_AFTER_YEAR = rx.compile(r"\b(?:19|20)\d\d,?\s+when\s+(?:[\w']+\s+){0,4}\Z", rx.I)
# "a race he went on to win": a win of some other contest.
OTHER_RACE_BEFORE = rx.compile(
    r"\b(?:" + _words("other_race_before") + r")\s+(?:that\s+|which\s+)?"
    r"(?:he|she|they|it)\s+(?:\w+\s+){0,3}\Z",
    rx.I,
)
# A party named as the person's own inside a description: "a former Green MEP", "who took over the
# leadership of Reform UK", "who later joined the Conservatives" — not "on Labour's response to Gaza".
AFFILIATION_AFTER = rx.compile(
    r"\A(?:'s)?\s+(?:MP|MPs|MEP|MSP|MS|AM|MLA|candidate|councillor|member|leader|deputy|activist|politician|"
    r"minister|peer|campaigner|co-leader|chair|chairman|spokesman|spokeswoman|spokesperson|organiser|agent)\b"
)
AFFILIATION_BEFORE = rx.compile(r"\b(?:" + _words("affiliation_before") + r")\s+(?:the\s+)?\Z", rx.I)
# A small number after "held by" that counts people, not votes: "held for decades by two senior Labour figures".
COUNTED_PEOPLE_AFTER = rx.compile(
    r"\A(?!\s+(?:[\p{L}-]+\s+){0,2}(?:years?|months?|weeks?)\s+(?:ago|earlier|before)\b)"
    r"\s+(?!(?:votes?|points?|per|percent|percentage)\b)(?:[\p{L}-]+\s+){0,3}?"
    r"(?:figures|people|MPs|members|men|women|politicians|candidates|councillors|parties|seats|decades|years|"
    r"generations|families|ministers)\b"
)
# "Victoria Ayling, the county councillor who crossed the floor to join UKIP": a party joined in a description.
DESCRIBED_AFFILIATION = rx.compile(
    r"\A,\s+(?:the|a|an|who)\b[^,.;()]{0,100}?\b(?:to\s+join|joined|joining|member\s+of|leader\s+of|"
    r"standing\s+for|stood\s+for|candidate\s+for)\s+(?:the\s+)?\Z"
)
# "standing as an independent", "running for the Greens": the party a candidate stood for.
STANDING_AS_BEFORE = rx.compile(
    r"\b(?:" + _words("standing_as_before") + r")\s+(?:as|for)\s+(?:the\s+|an?\s+)?\Z", rx.I
)
# "after quitting the Conservatives", "later expelled from the party": a party the person left.
LEFT_PARTY = rx.compile(
    r"\b(?:quit|quitting|left|leaving|expelled|suspended|defected|defecting|deselected|resigned\s+from|"
    r"(?:lost|losing|resigned|resigning)\s+the\s+whip"
    # "a former district councillor for Labour": a role for the party that is over
    r"|(?:former|ex-)\s*(?:[\w-]+\s+){0,2}(?:councill?or|MP|MSP|MS|MLA|member|mayor|leader|candidate)\s+for)\b",
    rx.I,
)
# A contest still to come: its seats are not the scene of a result yet.
FUTURE_CONTEST = rx.compile(
    r"\b(?:takes?\s+place\s+(?:on|next|later|in\s+(?:"
    + MONTH_NAMES
    + r"))|will\s+(?:be\s+held|take\s+place|go\s+to\s+the\s+polls)|"
    r"(?:is|are)\s+due\s+(?:on|to\s+be\s+held)|to\s+be\s+held\s+on|upcoming|forthcoming)\b",
    rx.I,
)
# "a former Kettering MP": a seat named as some member's label.
MEMBER_LABEL_BEFORE = rx.compile(r"\b(?:former|ex-|late|one-time|outgoing|retiring)\s*\Z", rx.I)
MEMBER_LABEL_AFTER = rx.compile(r"\A\s+(?:" + _words("member_label_after") + r")\b")
# A sentence that opens on an earlier election: "At the 2019 general election Ms Cooper won …".
EARLIER_SENTENCE_OPENING = rx.compile(
    r"\s*(?:At|In)\s+the\s+(?:(?:19|20)\d\d|last|previous)\s+(?:general\s+)?election\b"
    r"|\s*(?:" + _words("earlier_sentence_opening") + r")\s+years\s+ago\b|\s*Last\s+time\b"
    # a results box's line of the election before: "Previous result (2023): Lab 1,204, Con 655 …", "2022 result:"
    r"|\s*(?:(?:Previous|Last)\s+(?:result|election|contest)|(?:19|20)\d\d\s+result)s?(?:\s*\((?:19|20)\d\d\))?\s*:",
)
# A passive's agent that is a candidate of no party: "beaten by an independent", "by the independent".
AN_INDEPENDENT = rx.compile(r"(?:(?:an?|the)\s+)?(?P<word>independent)\b(?!\s+(?:review|inquiry|report|panel))", rx.I)
# A win verb whose "by" names who did it, not a margin: "beaten by", "defeated by", "ousted by".
PASSIVE_AGENT_VERB = rx.compile(r"(?:" + _words("defeat_verbs") + r")", rx.I)
# "which takes in Rhyl, Prestatyn and Denbigh": a seat's towns, no win (win_verbs.py).
TAKES_IN = rx.compile(r"tak(?:e|es|ing|en)|took", rx.I)
IN_AFTER = rx.compile(r"\s+in\b")
# A web page's line that dates it, near the body's start: "Published 8 May 2021", "Updated: 6th
# July 2024", "First published on Friday 7 May 2021" (ingest/article.py: when no front matter dates it).
PUBLISHED_LINE = rx.compile(
    r"^[ \t]*(?:First[ \t]+)?(?:Published|Updated|Posted)(?:[ \t]+on)?[ \t]*:?[ \t]*(?:\p{Lu}\p{Ll}+day,?[ \t]+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<month>" + MONTH_NAMES + r")"
    r"|(?P<month_b>" + MONTH_NAMES + r")[ \t]+(?P<day_b>\d{1,2})(?:st|nd|rd|th)?,?)"
    r"[ \t]+(?P<year>(?:19|20)\d\d)\b",
    rx.M,
)
# A year right before a word: "the [2019] general election" (word_facts._elections).
YEAR_RIGHT_BEFORE = rx.compile(r"\b(?P<year>(?:19|20)\d\d)\s+\Z")
# A list's line of a name and the party in brackets, with no count: "  Alex Maskey (Sinn Féin)",
# "- Rachel Woods (Green)", "Gerry Carroll (People Before Profit)   first stage" (word_facts.py).
NAME_PARTY_LINE = rx.compile(
    # "Not elected: Clare Bailey (Green)": a list's label before its one name
    r"[ \t]*(?:(?P<label>(?-i:\p{Lu})[\p{Ll} -]{2,20}):[ \t]*)?(?P<bullet>[-*\u2022][ \t]*)?"
    r"(?P<who>\p{Lu}[\p{L}'\u2019.-]+(?:[ \t]+\p{Lu}[\p{L}'\u2019.-]+){1,3})[ \t]*"
    # (perhaps with the stage elected at: "Elected: Kirsty Baird (SNP) at stage 3")
    r"(?:\((?P<party>[^()\n\d]{2,50})\)[ \t]*(?:[\p{L} ,\t-]{0,30})?(?:[ \t]\d{1,2})?[ \t]*"
    # "• Sian Reddy - Gwlad": a bulleted list's name and party set apart by a dash
    r"|(?(bullet)[-\u2013\u2014][ \t]+(?P<party>\p{Lu}[\p{L} &'-]{1,50}?)[ \t]*|(?!)))"
)
# What stands between "of"/"for" and the party a name is given for: "the", and a lower-case word or two
# describing the party ("Patsy Vale of the nationalist SDLP", "Eric Kerr of the cross-community
# Alliance Party"). Shared by the readers of a name's party (FOR_OR_OF_PARTY, PARTY_AFTER_PERSON) and of
# a name the model missed (NAME_BEFORE_PARTY_GIVEN), so the three read the same phrase.
# ("Eilidh Forbes of the Scottish Lib Dems": a nation's branch of the party, which the model leaves out of it)
_PARTY_GIVEN_LEAD = r"(?:the[ \t]+)?(?:(?-i:\p{Ll})[\p{L}-]+[ \t]+){0,2}(?:(?:Scottish|Welsh)[ \t]+)?"
# A name given for its party right after it: "James Burn for the Green Party", "Tom Reid of UKIP",
# "Anne-Marie Kerr, for the Liberal Democrats," (an aside).
FOR_OR_OF_PARTY = rx.compile(r",?[ \t]+(?:for|of)[ \t]+" + _PARTY_GIVEN_LEAD)
# A sentence that goes on about the election the one before it named: "On that basis Labour held the
# seat", "At that election", "On those figures" (after "the notional 2019 result").
EARLIER_CONTINUATION = rx.compile(
    r"\s*(?:On\s+(?:that|those)\s+(?:basis|figures|numbers|boundaries)|At\s+that\s+(?:election|poll)"
    r"|Back\s+then|On\s+that\s+occasion)\b"
    # "Compare that with the general election. Then, Ann Vale won the seat with …"
    r"|\s*(?:Then|At\s+th(?:e|at)\s+time)\s*,"
)
# What names an earlier election in the sentence before a continuation: a year, or a notional result; in a
# by-election's report, the general election (link.py).
EARLIER_ELECTION_NAMED = rx.compile(
    r"\b(?P<year>(?:19|20)\d\d)\b|\bnotional\b|\b(?P<general>general\s+election)\b", rx.I
)
# Words that bring a narrative back to this election: "This time", "on Thursday", "tonight".
BACK_TO_NOW = rx.compile(
    r"\b(?:[Tt]his\s+time|tonight|overnight|on\s+(?:Thursday|Friday)|this\s+week|yesterday|today|"
    # (not "Ann Vale, now Baroness Vale,": the title a person holds now)
    r"now(?!\s+(?:Baroness|Lord|Lady|Dame|Sir)\b))\b"
)
EARLIER_CLAUSE_OPENING = rx.compile(
    r"\s*(?:back\s+)?in\s+(?:(?:"
    + MONTH_NAMES
    + r")\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s+(?:by-election|general\s+election))",
    rx.I,
)
SHARE_CHANGE = rx.compile(
    # "picked up 1,331" is a tally, not a change
    r"\b(?P<verb>(?<!\bpick(?:ed|s|ing)?\s)up|down|rose|risen|rising|fell|fallen|falling|dropped|dropping|increased|"
    r"decreased|climbed|grew|jumped|"
    r"slumped|plunged|added|adding|lost|losing|gained|gaining|improved|slipped)\s+(?:by\s+)?(?:some\s+|almost\s+|nearly\s+|"
    r"more\s+than\s+|just\s+(?:over|under)\s+)?\Z",
    rx.I,
)
SHARE_CHANGE_DOWN = rx.compile(
    r"down|fell|fallen|falling|dropped|dropping|decreased|slumped|plunged|lost|losing|slipped", rx.I
)
# "1,316 votes behind his Labour opponent": the winning margin, said of the runner-up. Behind anyone
# else ("79 votes behind Mr Nuttall", who came second) it is not the majority.
VOTES_BEHIND = rx.compile(
    r"\A[\s-]*votes?\s+(?:behind|short\s+of|adrift\s+of)\s+(?:the\s+(?:winner|victor|new\s+MP|winning\s+candidate)|"
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:opponent|rival|challenger))\b",
    rx.I,
)
# "came within 90 votes of", "finished within a hundred votes": a loser's gap to the winner, not a tally
WITHIN_BEFORE = rx.compile(r"\bwithin[ \t]+(?:just[ \t]+|only[ \t]+|a[ \t]+mere[ \t]+|barely[ \t]+)?\Z", rx.I)
# "fell 90 votes short", "40 votes shy of": a gap, whoever it is to
VOTES_SHORT_AFTER = rx.compile(r"\A[\s-]*votes?[ \t]+(?:short|shy)\b", rx.I)
VOTES_AHEAD = rx.compile(
    # "560 ahead of Labour's Ivo Senna": "votes" may be left out after a count
    r"\A[\s-]*(?i:(?:votes?\s+)?(?:ahead\s+of|clear\s+of)\b|votes?\s+more\s+than\b|more\s+votes\s+than\b"
    # "8,559 votes, 602 more than the SNP's Katy Loudon": a margin over a named rival
    r"|more\s+than\s+(?=(?:the\s+)?(?:\p{Lu}|(?:his|her|their)\s))"
    # "finished 2,905 votes over Labour", "1,100 votes over the runner-up"
    r"|votes?\s+over\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?-i:\p{Lu})|[\w-]+\s+(?-i:\p{Lu})|second|runner))"
)
# "a 187-vote win", "the 5,230 by which the SNP won the seat", "the Tories' 37-vote miracle" (a count joined to
# "vote" describing a noun is a margin, not a tally: "the 9,000-vote total" is one)
MARGIN_AFTER = rx.compile(
    r"\A[\s-]*votes?\s+(?:win|victory|margin|lead)\b|\A\s+(?:votes\s+)?by\s+which\b"
    r"|\A-votes?\s+(?!(?:total|tally|haul|share|count|votes?|swing|turnout|increase|rise|fall|drop)\b)\p{Ll}",
    rx.I,
)
MAJORITY_AFTER = rx.compile(
    # "a 24,664 Tory majority", "a new 1000 seat majority" — not "26,247 votes to her 18,662 - a majority of 7,585"
    r"\A[\s-]*(?:votes?\s+|seat\s+)?(?:(?-i:\p{Lu})[\p{L}-]*\s+){0,3}majority\b(?!\s+(?:of\s+)?(?:just\s+|only\s+)?\d)",
    rx.I,
)
# "a majority of 3,224, 900 more than last time": a majority's change on the last election, not a
# majority itself. The direction words that make it a fall are in FEWER_WORDS.
COMPARED_WITH_LAST = rx.compile(
    r"\A\s*(?:votes?\s+)?(?P<direction>more|fewer|less|higher|lower|bigger|smaller|larger|up|down)\s+"
    r"(?:than|on|from)\s+(?:(?:at|in)\s+)?(?:last\s+time|the\s+(?:last|previous)\s+(?:general\s+)?election|"
    r"(?:19|20)\d\d\b|(?:"
    + _words("compared_with_last")
    + r")\s+(?:previous\s+|last\s+)?majority|(?:his|her|their|its)\s+last)",
    rx.I,
)
FEWER_WORDS = frozenset({"fewer", "less", "lower", "smaller", "down"})
# "an electorate of 77,500", "the 88,714 people on the register": the seat's electorate.
ELECTORATE_BEFORE = rx.compile(
    r"\b(?:electorate|registered\s+voters|eligible\s+voters|voters\s+on\s+the\s+register)\s+"
    r"(?:of\s+|was\s+|is\s+|stood\s+at\s+|:\s*)?(?:some\s+|about\s+|around\s+|just\s+)?\Z",
    rx.I,
)
ELECTORATE_AFTER = rx.compile(
    r"\A\s*(?:registered\s+voters|eligible\s+voters|(?:people|voters)\s+(?:were\s+)?(?:on\s+the\s+(?:electoral\s+)?"
    r"register|registered|eligible)|-?strong\s+electorate)\b"
    # not "close to 29,000 people on the register chose not to vote": those who stayed at home
    r"(?![^.;]{0,20}?\b(?:" + _words("electorate_after") + r"))",
    rx.I,
)
# "42.1%, down from 61.5%": the figure a change starts from is the earlier one.
CHANGED_FROM_BEFORE = rx.compile(r"\b(?:" + _words("changed_from_before") + r")\s+from\s+(?:the\s+|a\s+)?\Z", rx.I)
# After a majority's count, its time and a verb of change: "of nearly 6,000 [last July has shrunk] to 1,347".
_MAJORITY_THEN = (
    r"(?:\s+votes)?(?:\s+(?:at|in)\s+[^.;\d]{1,40}?|\s+last\s+\p{L}+|\s+(?:in\s+)?(?:19|20)\d\d)?"
    r"\s+(?:has|had|have)\s+(?:now\s+)?(?:been\s+)?(?:" + _words("majority_changed") + r")"
)
# "a Tory majority of 17,508 was overturned", "a 24,000 majority was wiped out": a majority the sentence
# says fell is the one before this result; so is "Labour's majority of nearly 6,000 last July has shrunk
# to 1,347" (changed to the new one).
OVERTURNED_AFTER = rx.compile(
    r"\A\s*(?:votes?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:toppled|overturned|overcome|overhauled|wiped\s+out|erased|reversed|swept\s+aside|demolished|"
    r"turned\s+(?:round|around)|cut|slashed|reduced|halved|destroyed|obliterated)\b"
    + r"|\A"
    + _MAJORITY_THEN
    + r"\s+to\b",
    rx.I,
)
MAJORITY_BEFORE = rx.compile(
    # ("was second on 81,095, a difference of 7,317 votes": the margin told as a difference)
    r"(?:\bmajority|\bmargin|\blead|\bgap(?=\s+between\s+(?:them|the\s+two))"
    r"|\bdifference(?=\s+(?:of\b|between\s+(?:them|the\s+two))))(?:\s+between\s+(?:them|the\s+two))?"
    # ("Labour's majority at the general election had been 9,871")
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:(?:last|previous|\d{4}|(?:last|that)\s+year's)\s+|general\s+)"
    # ("the SNP's majority at the 2021 Holyrood election was 9,331")
    r"(?:" + _ELECTION_BODY + r")?election"
    # "Farrelly's majority in 2015 was 650", "Mr Winnick's majority last time was only 1,937"
    r"|\s+in\s+(?:19|20)\d\d|\s+last\s+time|\s+(?:\w+\s+)?years?\s+ago"
    r"|\s+(?:on|under|across)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?"
    # "Cooper's majority over Little was 930", "her majority over the SNP is 4,500"
    # ("Brackley's margin over him was 1,354": the runner-up named before)
    r"|\s+over\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'-]+\s*){1,3}?|\s+over\s+(?:him|her|them))?"
    # "Labour's majority, which stood at 15,296 at the general election under Sir Alan Pemberton, was cut to 1,708"
    r"(?:,\s+which(?=\s)|,\s+which\s+[^;.]{1,100}?,)?"
    r"(?:\s*:\s*|\s+(?:(?:of|was|is|has|had|been|stood\s+at|at|to|down\s+to|reduced\s+to|cut\s+to|slashed\s+to|"
    r"increased\s+to|up\s+to|now|just|only|announced\s+as|confirmed\s+as|given\s+as|put\s+at|came\s+to|stands\s+at|"
    r"amounted\s+to|amounts\s+to|equal\s+to|equivalent\s+to|represented|represents|worked\s+out\s+at|"
    r"works\s+out\s+at|"
    r"finally|eventually|officially)\s+){1,3})\Z"
    # ("Majority  | 2,315": a results service's label cell, a bar for the colon)
    r"|\b(?:majority|maj)\.?[ \t]*[:|]?[ \t]*(?:just[ \t]+|only[ \t]+)?\Z"
    # "Ann Vale's margin of victory over her Labour rival, Tom Reid, was 1,027"
    r"|\bmargin\s+of\s+victory(?:\s+over\s+[^.;\d]{1,60}?)?\s+(?:was|is|of)\s+(?:just\s+|only\s+)?\Z"
    # a verb of winning, holding, beating or trailing, then "by" (cues.json margin_verbs)
    r"|\b(?:" + _words("margin_verbs") + r"|went(?!\s+(?:up|down)))"
    # ("by a whopping 6,449 votes", "by a comfortable 2,000")
    # (the verb's object may be long: "held on to the Harnham Cross seat on Avonbridge District Council by 41")
    # ("by a wafer-thin 182 votes": a hyphened word too)
    r"\b[^.;:]{0,75}?\bby\s+(?:a\s+(?:majority|margin)\s+of\s+|a\s+(?!third|half|quarter)\p{Ll}[\p{Ll}-]*\s+)?"
    r"(?:just\s+|only\s+|a\s+mere\s+)?\Z",
    rx.I,
)
# "… as Kelby's new commissioner - by just 683 votes": a margin set off by a dash (asked only of a figure
# whose words before end "by", "just", "only" or "mere")
DASHED_MARGIN_BEFORE = rx.compile(r"\s[\u2013\u2014-]\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?\Z", rx.I)
SWING_BEFORE = rx.compile(
    # a results box's label column: "Swing            0.2% Lab to Con", "Swing     | 14.6% Lab to Ref"
    r"^[ \t]*swing(?:[ \t]*\|[ \t]*|[ \t]+)\Z|"
    # a key-facts line that labels its swing's sides: "- Swing, Conservative to Lib Dem: 10.6%"
    r"^[ \t]*(?:[-*\u2022][ \t]*)?swing\b[^\n\d:]{0,40}:[ \t]*\Z|"
    # "Swing C to Lab 10.2%", "Swing: Con to LD 8.1%"
    r"\bswing\s*:?\s*(?-i:\p{Lu})[\p{L}]*(?:\s+(?-i:\p{Lu})[\p{L}]*)?\s+to\s+(?-i:\p{Lu})[\p{L}]*(?:\s+(?-i:\p{Lu})[\p{L}]*)?\s*:?\s*\Z|"
    r"\bswing(?:\s+(?:from|to|towards|against|away\s+from)\s+(?:the\s+)?[\p{L}]+(?:\s+(?-i:\p{Lu})[\p{L}]*)?){0,2}"
    # "in the seat once held by Paddy Ashdown was 16.1 per cent"
    r"(?:\s+(?:" + _words("swing_before") + r")(?:\s+[\p{L}]+)?(?:\s+[^.;:\d%]{1,50}?)?)?"
    r"(?:\s*:\s*|\s+(?:of|was|is|at|stood\s+at|comes?\s+out\s+at|came\s+out\s+at|works?\s+out\s+at|worked\s+out\s+at|"
    r"amounted\s+to|came\s+to|comes\s+to|reached|hit|topped)\s+"
    r"(?:just\s+|only\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|a\s+mere\s+|"
    # "was an astonishing 24%", "was a record 21.5%": one word of wonder before the figure
    r"an?\s+[\p{Ll}-]+\s+)?)\Z",
    rx.I | rx.M,
)
SWING_AFTER = rx.compile(r"\A[\s-]*(?:per\s*cent\s+|%\s*)?swing\b", rx.I)
# A web page's furniture left in the text, often glued to the next word ("Hide AdLabour's Alistair
# Strathern won …"): blanked one character for one before the stages read the text. Only where a
# capital letter, the line's end or the text's end follows, so prose that merely uses the words stays.
# A photograph's credit, with the photographer's name: "(Image: Ann Vale/PA Wire)", "(Photo by Ann Vale/Getty
# Images)", "Picture: Tom Reid", "Image source, Getty/Tom Reid". In brackets, the whole bracket; bare, the
# capitalised words after the cue, up to five, each word's own letters only (a caption glued to the next
# line, "Picture: Tom ReidFergus Ewing", keeps its next line).
_CREDIT_WORD = r"(?:Ma?c|O')?\p{Lu}(?:\p{Lu}+\b|[\p{Ll}'-]*)"  # "Tom", "PA", "McAlpine"; not "ReidFergus"
PHOTO_CREDIT = rx.compile(
    r"(?-i:\((?:" + _words("photo_credit") + r")(?:\s*:|,|\s+by\b|\s+credit\s*:)[^()\n]{1,80}\)"
    r"|\b(?:"
    + _words("photo_credit")
    + r")(?:[ \t]*:|,|[ \t]+by\b)[ \t]*"
    + _CREDIT_WORD
    + r"(?:(?:[ \t]+|/)"
    + _CREDIT_WORD
    # (not "Image: Green candidate Ann Vale celebrates": where words go on after the capitalised ones,
    # they are a caption's sentence, whose first words are its subject, not a photographer)
    + r"){0,3}(?![\p{Ll}'-]|[ \t]+\p{L}))"
)
# A wire story's dateline at the body's start, before its dash: "LONDON, May 7 (Wire) - ",
# "CARDIFF, 6 May - ", "BELFAST (AP) — ". The place in capitals, then a date, an agency's capitals in
# brackets, or both: not a results heading ("HOLYWELL WARD (Flintshire) – Lab gain from Con"), whose
# bracket is a place in ordinary case and which no date follows.
# ("HARROWBY, Friday (UKNA) - ": a weekday for the date)
_DATE_OF_DATELINE = (
    r"(?:(?:" + MONTH_NAMES + r")\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+(?:" + MONTH_NAMES + r")|(?:" + _words("weekday") + r"))"
)
DATELINE = rx.compile(
    r"[ \t\n]*\p{Lu}[\p{Lu}'.]+(?:[ \t-]\p{Lu}[\p{Lu}'.]+){0,3}"
    r"(?:,[ \t]+" + _DATE_OF_DATELINE + r"(?:[ \t]*\([\p{L} .&-]{1,20}\))?|[ \t]*\(\p{Lu}{2,8}\))"
    r"[ \t]*[-\u2013\u2014][ \t]+(?=\p{Lu})"
)
PAGE_FURNITURE = rx.compile(r"(?-i:" + _words("page_furniture") + r")(?=\p{Lu}|[ \t]*$)", rx.M)
# "turnout" may be glued to page furniture before it ("Hide AdTurnout at the count was 38 per cent")
_TURNOUT_WORD = r"(?:\bturnout|(?-i:(?<=\p{Ll})Turnout))"
TURNOUT_BEFORE = rx.compile(
    _TURNOUT_WORD
    # "the highest turnout seems to be 69.5%" ("expected to be" is a modal's, and not read)
    # ("Turnout - 24.9 per cent": a bulletin's dash for the colon; "Turnout is in: 39.8%": words before it)
    # ("Turnout   | 44.04%": a label cell)
    + r"(?:\s*[:,|]\s*|(?:[ \t]+\p{L}+){1,2}[ \t]*:[ \t]*|\s+[\u2013\u2014-]\s+"
    # ("turnout slumped to 24.1%", "crept to 31%": any verb of rising or falling, then "to")
    r"|[^.;\d%]{0,60}?\b(?:was|is|be|been|of|at|stood\s+at|reached|"
    r"(?:fell|rose|dropped|slumped|plunged|plummeted|slipped|sank|sunk|dipped|tumbled|collapsed|crashed|climbed|"
    r"jumped|soared|recovered|increased|decreased|declined|crept|edged)\s+to|"
    # ("Turnout was a measly 27 per cent": any word after "a")
    r"down\s+to|up\s+to|just|only)\s+(?:(?:"
    + _words("turnout_before")
    + r")\s+|an?\s+\p{Ll}[\p{Ll}-]*\s+){0,2}|\s+)\Z",
    rx.I,
)
# A majority dated by its year before the noun: "the party's 2024 majority of 8,102", "his 2019 majority was".
DATED_MAJORITY_BEFORE = rx.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?:general\s+election\s+)?majority\s+(?:of\s+|was\s+|had\s+been\s+)?\Z", rx.I
)
# A section's heading in capitals over prose about the last election: "WHAT HAPPENED LAST TIME", "PREVIOUS RESULT",
# "LAST TIME" (link.py; the section ends at the next heading).
EARLIER_SECTION_HEADING = rx.compile(
    r"[ \t]*(?:(?:WHAT[ \t]+HAPPENED|HOW[ \t]+IT[ \t]+WENT|HOW[ \t]+THEY[ \t]+VOTED)[ \t]+)?"
    r"(?:LAST[ \t]+TIME|(?:THE[ \t]+)?(?:PREVIOUS|LAST)[ \t]+(?:RESULTS?|ELECTIONS?|CONTESTS?))[ \t]*:?[ \t]*"
)
# A correction of the article's own figures: "CORRECTION: In our 01:15 post we gave Labour's vote as 18,430", "An
# earlier version of this article stated that the majority was 470", and where it turns to the right ones ("The
# correct figures are", "It was", "should have read") (extract/linking/corrections.py).
_WE_SAID = r"(?:we|this[ \t]+(?:article|story|page|post|report))[ \t]+"
_GAVE = r"(?:gave|reported|said|stated|had|put|listed)\b"
EARLIER_VERSION_SAID = rx.compile(
    # a correction's label, then what was given ("CORRECTION: In our 01:15 post we gave …")
    rf"\b(?:correction|clarification)[ \t]*:[^.\n]{{0,80}}?\b{_WE_SAID}(?:originally[ \t]+)?{_GAVE}"
    # or the mistake said so ("we wrongly gave …"), or an earlier version's words
    rf"|\b{_WE_SAID}(?:wrongly|incorrectly|mistakenly)[ \t]+{_GAVE}"
    r"|\b(?:an[ \t]+)?(?:earlier|previous|original)[ \t]+version[ \t]+of[ \t]+this[ \t]+"
    rf"(?:article|story|report|page|post)[ \t]+(?:(?:wrongly|incorrectly|mistakenly)[ \t]+)?(?:stated|{_GAVE})",
    rx.I,
)
CORRECT_FIGURES_TURN = rx.compile(
    r"\b(?:the[ \t]+correct(?:ed)?[ \t]+(?:figures?|numbers?|totals?|tally|majority)|it[ \t]+(?:was|is)|"
    r"should[ \t]+have[ \t]+(?:read|been|said)|in[ \t]+fact|rather[ \t]+than)\b",
    rx.I,
)
# Nothing but space to the text's end: a page cut off right after the word before (win_rules.py).
ONLY_SPACE_TO_END = rx.compile(r"\s*\Z")
# A count a recount replaced: "The first count put Labour ahead by 61", "At the original count the majority was 29"
# (figure_roles.py: a margin at it, where the article tells of a recount).
SUPERSEDED_COUNT = rx.compile(
    r"\b(?:the|a|an|at[ \t]+the)[ \t]+(?:first|original|initial|earlier|provisional)[ \t]+(?:count|tally|result)\b",
    rx.I,
)
RECOUNT_WORD = rx.compile(r"\brecounts?\b", rx.I)
# A box's heading over the previous result's lines: "PREVIOUS RESULT (general election, July 2024)", "Last election:".
EARLIER_RESULT_HEADING = rx.compile(r"[ \t]*(?i:previous|last|prior|earlier)[ \t]+(?i:results?|elections?)\b")
# "a seat the party held with 2,963 at last year's general election", "held it with 9,120 in 2019": a bare
# count a seat was held with, at an election: its majority then.
HELD_WITH_BEFORE = rx.compile(r"\bheld\s+(?:it\s+|the\s+seat\s+|on\s+)?with\s+(?:just\s+|only\s+)?\Z", rx.I)
ELECTION_TIME_AFTER = rx.compile(
    r"\A\s+(?:at|in)\s+(?:the\s+)?(?:(?:last|previous)\s+(?:general\s+)?election"
    r"|(?:last\s+year's|the\s+(?:19|20)\d\d)\s+(?:general\s+)?election|(?:19|20)\d\d\b)",
    rx.I,
)
# A margin's "by" closing the words before a figure ("… SNATCH ARDMILLAN BY 4,300"): no list line's name.
BY_AT_END = rx.compile(r"\b(?i:by)[ \t]*\Z")
# A sentence opening on a place and an earlier time: "At Dunmere in 2003, …", "In Kelby, in 1997, …",
# "Last month in the Dunvegan East by-election …" (linking/context.py: the sentence's figures are that
# place's, then).
_OPENING_PLACE = r"\p{Lu}[\p{L}'-]*(?:[ \t]+(?:and[ \t]+|of[ \t]+)?\p{Lu}[\p{L}'-]*){0,4}"
PLACE_AND_YEAR_OPENING = rx.compile(
    # ("At Dunmere in 2003 the party won …": the comma after the year may be left out)
    rf"[ \t\n]*(?:(?:At|In)[ \t]+(?P<place>{_OPENING_PLACE}),?[ \t]+in[ \t]+(?P<year>(?:19|20)\d\d)"
    r"(?:[ \t]*,|[ \t]+(?=\w))"
    r"|(?:Last|Earlier[ \t]+this|Earlier[ \t]+last)[ \t]+(?:week|month|year|autumn|spring|summer|winter|"
    + MONTH_NAMES
    + rf")[ \t]*,?[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?P<place>{_OPENING_PLACE})"
    # "In the Oakhurst by-election in March, Labour's vote fell to 3,877": another contest, dated by its month
    rf"|(?:At|In)[ \t]+the[ \t]+(?P<place>{_OPENING_PLACE})[ \t]+by-election[ \t]+in[ \t]+(?:{MONTH_NAMES})[ \t]*,)"
)
# A bracket and its content on one line ("(UKIP Abolish the Council)"), read around a party in it.
BRACKET_AROUND = rx.compile(r"\([^()\n]{1,60}\)")
# A list line's label that its one name was elected: "Elected: Kirsty Baird (SNP)".
ELECTED_LABEL = rx.compile(r"(?:re-?)?elected(?:[ \t]+(?:councill?or|member|MSP|MS|MLA|MP))?", rx.I)
# A count's stage closing the words before a figure ("… (SNP) at stage 3"): no list line's tally.
STAGE_AT_END = rx.compile(r"\b(?i:stage|count|round)[ \t]*\Z")
# "140 of his votes transferring to …": part of a candidate's votes, passed on at a count
PART_OF_VOTES_AFTER = rx.compile(
    r"\A[ \t]+of[ \t]+(?:his|her|their|its|the[ \t]+[\p{L}-]+(?:'s)?)[ \t]+(?:votes|preferences|ballots)\b", rx.I
)
# A telephone number's part ("07700", "0161": a zero, then three digits or more, no separator; "01,384"
# is a mistyped count) and its first part before the digits that follow it ("07700 900418").
PHONE_PART = rx.compile(r"0\d{3,}")
PHONE_PART_BEFORE = rx.compile(r"(?<![\d,.])0\d{3,5}[ \t]\Z")
# A fraction's noun after a number written in words: "three quarters", "two-thirds" (extract/figures.py).
FRACTION_NOUN_AFTER = rx.compile(r"[ \t-]+(?:quarters?|thirds?|fifths?|sixths?|eighths?|tenths?|halves)\b", rx.I)
# "8.412 votes": a count written with a full stop for the thousands comma (extract/figures.py).
DOT_THOUSANDS = rx.compile(r"\d{1,3}\.\d{3}")
VOTES_AFTER_FIGURE = rx.compile(r"[ \t]+votes\b")
# "signed by 11.4% of the electorate", "a petition backed by more than 10 per cent of voters": a share that
# signed something, not one that voted.
SIGNED_BY_BEFORE = rx.compile(
    r"\b(?:signed|backed|supported|endorsed)\s+by\s+(?:(?:just|only|some|around|about|over|more\s+than|nearly|almost)\s+)?"
    # ("signed by 8,204 constituents, 11.5 per cent of the electorate": the count that signed, then its share)
    r"(?:\d[\d,]*\s+(?:constituents|voters|electors|people|residents)\s*,\s*)?\Z",
    rx.I,
)
# "Turnout: 49.2", "on a turnout of 22.7 compared with 29.4 last May": a decimal after "turnout" is its per
# cent, unit or not (extract/linking/figure_roles.py).
UNITLESS_TURNOUT_BEFORE = rx.compile(r"\bturnout(?:\s*:\s*|\s+(?:was|of|at|is|stood\s+at)\s+)\Z", rx.I)
# "Fewer than two in five voters turned out (37.4%)": the share in brackets after the turning out.
TURNED_OUT_BEFORE = rx.compile(
    r"\b(?:turned\s+out|went\s+to\s+the\s+polls|cast\s+(?:a\s+)?(?:their\s+)?votes?)\s*\(\s*\Z"
    # "turnout 37,743 (52.3%": the count that voted, then its share
    r"|\bturnout\s*:?\s+\d[\d,]*\s*\(\s*\Z",
    rx.I,
)
# An aside between commas before the verb: "Turnout, which staff had been predicting all evening would be
# high, came in at 73%" (read in the figure's wider window).
TURNOUT_ASIDE_BEFORE = rx.compile(
    _TURNOUT_WORD
    # ("Turnout across the force area, which covers Arfon, Dwyfor and Meirion, was 22.1%": a list in the aside)
    + r"(?:\s+(?:across|in|throughout|for)\s+[^,.;:\d%]{1,40})?,[^.;:\d%]{1,120}?,\s+"
    r"(?:came\s+in\s+at|was|stood\s+at|reached|finished\s+at)\s+" + rf"(?:(?:{_QUALIFIER})\s+)?\Z",
    rx.I,
)
# "turnout was down from 64 per cent to 41 per cent", "Turnout fell from 66.3% at the general election
# to 29.8%": the turnout before, after "from", and this election's, after "to".
_TURNOUT_FROM = _TURNOUT_WORD + r"[^.;:\d%]{0,40}?\bfrom\s+(?:the\s+|a\s+)?"
TURNOUT_FROM_BEFORE = rx.compile(_TURNOUT_FROM + r"\Z", rx.I)
TURNOUT_TO_BEFORE = rx.compile(
    _TURNOUT_FROM + r"\d[\d.,]*\s*(?:per\s*cent|%)[^.;:\d%]{0,50}?\bto\s+(?:just\s+|only\s+|a\s+mere\s+)?\Z", rx.I
)
TURNOUT_AFTER = rx.compile(
    r"\A\s*(?:turnout|of\s+(?:the\s+|an?\s+)?(?:[\d,]+\s+)?(?:electorate|registered\s+voters|voters\s+turned\s+out|"
    r"those\s+eligible)\b"  # "24.81% of 71,305 electorate"
    # "Just over 37 per cent of the 88,714 people on the register turned out"
    r"|of\s+(?:the\s+)?[^.;]{0,50}?\b(?:register|electorate|eligible)\b[^.;]{0,20}?\b(?:turned\s+out|voted)\b"
    # "Just 31 per cent of voters bothered to turn out" (not "of voters who turned out backed Reform": a share;
    # not "of people voted in Halton": a town's turnout within the area)
    r"|of\s+(?:(?:eligible|registered|local)\s+)?(?:voters|electors|residents|people)\s+"
    # ("of voters could be bothered to turn out")
    r"(?:(?!(?:who|that|which)\b)[\w-]+\s+){0,4}?(?:turned\s+out|turn(?:ing)?\s+out|went\s+to\s+the\s+polls"
    r"|voted|cast\s+(?:a|their)\s+(?:votes?|ballots?))\b(?!\s+(?:for|against)\b|\s+in\s+\p{Lu})"
    # "with only 24 per cent voting", "with 31% turning out": the share of the electorate that voted
    r"|(?:voting|turning\s+out)\b(?!\s+(?:for|against|Labour|Conservative|Reform|Green|Lib|SNP|Plaid|Tory)\b))",
    rx.I,
)
# "the party's share rose to 62.1%": a share's new level (a change is "rose by").
SHARE_LEVEL_BEFORE = rx.compile(
    r"\bshare\b[^.;\d]{0,30}?\b(?:rose|risen|rising|fell|fallen|falling|climbed|increased|dropped|slipped|jumped|"
    r"grew|went\s+up|went\s+down|slumped|recovered)\s+to\s+\Z",
    rx.I,
)
SHARE_AFTER = rx.compile(rf"\A\s*(?:{alternation(_CUES.share_nouns)})\b", rx.I)
SHARE_CHANGE_BEFORE = rx.compile(
    r"\b(?:up|down|rose|fell|increased|decreased|dropped|climbed|grew|jumped|slumped|plunged|gain|loss|fall|rise|"
    r"change|by)\s+(?:by\s+)?(?:of\s+)?\Z",
    rx.I,
)
SINCE_BEFORE = rx.compile(
    r"\bsince\s+(?:(?:it\s+was\s+(?:created|formed|established)|its\s+creation|a\s+by-election|"
    r"the\s+(?:seat|constituency)\s+was\s+(?:created|formed|established)|"
    # "has held this seat since Pat Doherty won it in 2001"
    r"(?-i:\p{Lu})[\p{L}'-]+(?:\s+(?-i:\p{Lu})[\p{L}'-]+){0,2}\s+(?:won|took|gained|captured)\s+it|"
    r"the\s+(?:\w+\s+)?(?:general\s+)?election|"
    # "since the first elections to the then National Assembly for Wales in 1999"
    r"the\s+first\s+(?:[\w-]+\s+)?elections?\s+to\s+[^.;\d]{3,60}?)\s+in\s+)?\Z"
    # "Labour's hold on the seat that dates back to the first Assembly election in 1999"
    r"|\bdat(?:es|ed|ing)\s+back\s+to\s+(?:the\s+first\s+(?:[\w-]+\s+){0,2}elections?(?:\s+to\s+[^.;\d]{3,60}?)?\s+in\s+)?\Z",
    rx.I,
)
# "Labour won the seat back from Plaid in 2003 … and had held it ever since": the year of a win held
# since, after it.
HELD_EVER_SINCE_AFTER = rx.compile(
    r"\A[^.;]{0,60}?\b(?:had\s+|has\s+)?(?:held|kept|retained)\s+(?:it|the\s+seat|the\s+constituency)\s+ever\s+since\b",
    rx.I,
)
# A line or clause that opens with an earlier year talks about an earlier election: "2015: LD majority 3,067".
# ("Majority: 230 (2021: Con majority 868)": a bracket opening on the earlier year)
EARLIER_YEAR_LINE = rx.compile(
    r"(?:(?:^|\n)[ \t]*(?:19|20)\d\d\b[^\n]{0,80}|\([ \t]*(?:19|20)\d\d[ \t]*:[^\n()]{0,60})\Z"
)
# Not a party's hold: a record ("the second largest swing at a by-election since 1945", "its first win in
# Tamworth since 2005"). A member's tenure "for the Conservatives since 2005" is the party's hold at least
# since then, and stays one.
RECORD_BEFORE_SINCE = rx.compile(
    r"\b(?:largest|biggest|highest|lowest|smallest|best|worst|first|record|ever)\b[^.;:]{0,60}\bsince\s+\Z", rx.I
)
HELD_CONTEXT = rx.compile(
    r"\b(?:held|hold|represented|in\s+\w+\s+hands|been\s+\w+|had\s+an?\s+\w+\s+MP|\w+\s+MP|\w+\s+seat|"
    r"stronghold|heartland|won\s+(?:it|the\s+seat)|every\s+election)\b",
    rx.I,
)
POSITION = rx.compile(
    r"\b(?:came|finished|was|were|is|placed|ended\s+up|ending\s+up|coming|finishing|pushed\s+into|beaten\s+into|forced\s+into|"
    r"slipped\s+(?:back\s+)?to|fell\s+(?:back\s+)?to|dropped\s+(?:back\s+)?to|relegated\s+to|in|a\s+distant|a\s+close|a\s+poor|a\s+strong|"
    r"distant|close)\s+(?:a\s+)?(?:(?:" + _words("position") + rf")\s+)?"
    rf"(?P<ordinal>{_ORDINAL})(?:\s+place)?\b"
    r"|\b(?P<runner>runner-up|runners-up|runner\s+up)\b"
    rf"|\b(?P<placed>{_ORDINAL})[\s-]placed\b",
    rx.I,
)
# "Ann Vale (Conservative), Tom Reid (Green Party) and Ola Kemp came second, third and fourth respectively":
# places given in order to the names before them
PLACES_RESPECTIVELY = rx.compile(
    rf"\b(?:came|finished|were|placed)\s+(?P<places>(?:{_ORDINAL})(?:\s*,\s*(?:{_ORDINAL}))*\s*,?\s+and\s+(?:{_ORDINAL}))"
    r"(?:\s+places?)?\s*,?\s+respectively\b",
    rx.I,
)
ORDINAL_WORD = rx.compile(rf"\b(?:{_ORDINAL})\b", rx.I)
# "secured a shock victory", "pulled off a stunning win": a victory noun with its verb is a win verb too
_VICTORY_PHRASE = (
    r"(?:secured|secures|claimed|claims|clinched|clinches|sealed|seals|recorded|records|pulled\s+off|pulls\s+off)"
    r"\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:victory|win)"
)
# "It was a gain for the Greens in Kelvinbrook": a result noun, then the party it was for
RESULT_NOUN_BEFORE = rx.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+)?\Z", rx.I)
FOR_PARTY_AFTER = rx.compile(r"\s+for\s+(?:the\s+)?", rx.I)
IN_SEAT_AFTER_PARTY = rx.compile(r"\s+in\s+(?:the\s+)?(?-i:\p{Lu})", rx.I)
# "were elected", "were both returned": a plural win, of several seats at once (linking/fellow_winners.py),
# searched from just before the verb to its end
PLURAL_WIN = rx.compile(r"\b(?:were|have\s+been|both)\b", rx.I)
# Between two names of one coordinated subject: "Ann Lowe (Lab) 1,204 and Tom Reid", "Ann Lowe, Tom Reid and"
COORDINATED_NAMES = rx.compile(
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:\d{1,3}(?:,\d{3})+|\d+)?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]+)"
)
WIN_VERB = rx.compile(rf"\b(?:{_VICTORY_PHRASE}|{alternation(_CUES.win_verbs)})\b", rx.I)
LOSS_VERB = rx.compile(rf"\b(?:{alternation(_CUES.loss_verbs)})\b", rx.I)
# A win named after a win verb's first seat, which takes the seats after it (win_verbs.py): a win verb,
# or a noun of a result ("and a Lib Dem victory for X in Edinburgh Western").
WIN_WORD = rx.compile(
    rf"\b(?:{_VICTORY_PHRASE}|{alternation([*_CUES.win_verbs, *_CUES.phrases('other_result_before'), 'hold'])})\b",
    rx.I,
)
PREVIOUS_MAJORITY_CUE = rx.compile(rf"\b(?:{alternation(_CUES.previous_majority_cues)})\b", rx.I)
# "The result comes just months after the SNP lost a council by-election in Glenrothes": a seat in a
# clause of an event some time before, however far into the clause
# (within its clause: not "Standing only weeks after leaving the Tories, Mr Ellison polled 15,100 in Oakwood")
# (and "the first gain at a by-election since their win in Inverlochan": a win before this one)
EARLIER_EVENT_BEFORE = rx.compile(
    r"\b(?:days|weeks|months|years)\s+after\b[^.;:,]*\Z"
    r"|\bsince\s+(?:their|its|his|her|the\s+party's)\s+(?:[\w-]+\s+)?(?:win|victory|gain|capture|triumph)\s+in\s+\Z",
    rx.I,
)
PASSING_MENTION_CUE = rx.compile(rf"\b(?:{alternation(_CUES.passing_mention_cues)})\b", rx.I)
# A sentence set at another time than the article's result: every seat in it is a passing mention.
# "the party chairman, Richard Holden, whose North West Durham seat had disappeared": a person's other seat
SOMEONE_ELSES_SEAT = rx.compile(
    r"\bwhose\s+(?:own\s+|old\s+|former\s+|previous\s+|current\s+)?\Z"
    # "covering the Prime Minister's own constituency of Richmond": a seat as someone's, in passing
    r"|'s\s+own\s+(?:constituency|seat|patch|backyard)(?:\s+of)?\s+\Z",
    rx.I,
)
# "The result beats Labour's win in Selby and Ainsty", "echoing its victory in Wakefield": another
# result the sentence compares this one with, named in passing.
_OTHER_RESULT_OWNER = (
    r"\b(?:beats?|beating|surpass(?:es|ed|ing)?|eclips(?:es|ed|ing)|echo(?:es|ed|ing)?|mirror(?:s|ed|ing)?|"
    r"follow(?:s|ed|ing)?|after|than|like|repeat(?:s|ed|ing)?)\s+(?:\p{L}+'s?\s+|its\s+|their\s+|the\s+)"
    r"(?:\w+\s+)?"
)
OTHER_RESULT_BEFORE = rx.compile(
    _OTHER_RESULT_OWNER + r"(?:" + _words("other_result_before") + r")\s+in\s+\Z",
    rx.I,
)
# The same before the result noun itself: "It echoes Labour's [win] in Kelverton" names no winner of this contest.
OTHER_RESULT_NOUN_BEFORE = rx.compile(_OTHER_RESULT_OWNER + r"\Z", rx.I)
RESULT_NOUNS = frozenset(word.lower() for word in _CUES.phrases("other_result_before") if " " not in word)
# "a swing that size in the chancellor's Tatton seat would be enough to oust him", "if repeated in Hexham":
# a seat that is the subject of what would, could or might happen, or named under a condition, is not
# the contest being reported. The modal follows the seat's name at once (or "seat", "constituency"); not
# "could have", "would have": "the Tatton seat could have gone either way" is about the result itself.
HYPOTHETICAL_AFTER_SEAT = rx.compile(
    r"\A(?:[ \t]+(?:seat|constituency|division|ward))?[ \t]+(?:"
    + _words("hypothetical_after_seat")
    + r")\s+(?!have\b)\p{L}",
    rx.I,
)
HYPOTHETICAL_BEFORE_SEAT = rx.compile(r"\b(?:" + _words("hypothetical_before_seat") + r")\b", rx.I)
# ", when a Tory majority of 14,120 fell": a relative clause about the seat just named (after its
# time: "in July", "last year", "two years ago").
# (or its own margin: "after it took Ashcombe last spring with a majority of 6,112", "won it in 2019 by")
ABOUT_SEAT_JUST_NAMED = rx.compile(
    r"\A(?:\s+in\s+\p{L}+|\s+(?:last|this)\s+(?:year|month|week|summer|spring|autumn|winter)"
    r"|\s+\w+\s+(?:years?|months?|weeks?)\s+ago)?(?:\s*,?\s+(?:when|where)\b[^.;]{0,80}"
    r"|\s+(?:with\s+an?\s+(?:[\p{L}-]+\s+){0,2}?majority\s+of|by)\s+(?:(?:just|only|a\s+mere|some)\s+)?)\Z",
    rx.I,
)
OTHER_TIME_CUE = rx.compile(
    r"\b(?:(?:" + _words("other_time_cue") + r")\s+(?:" + MONTH_NAMES + r"|"
    r"year|month|summer|spring|autumn|winter)|earlier\s+this\s+year|"
    r"last\s+year|previously|also)\b"
)
# A time phrase right after a seat sets it at another time: "Carswell's victory in Clacton last month".
OTHER_TIME_AFTER = rx.compile(
    # ("at the Dunmore Bridge by-election in England last year": the contest's country or county between)
    r"\A(?:\s+(?:by-elections?|contest|race)\s+in\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\s+|[^.;\d]{0,12}?)"
    r"\b(?:last\s+(?:" + _words("other_time_after") + r")|"
    # ("the surge that transformed Hexley a generation ago")
    r"earlier\s+(?:this|that)\s+(?:month|week|year)|(?:\w+|\d+)\s+(?:weeks?|months?|years?|decades?|generations?)\s+"
    r"(?:ago|earlier))\b"
    # "In the Oakhurst by-election in March, Labour's vote fell to 3,877": another contest, dated by its month
    rf"|\A\s+by-elections?\s+in\s+(?:{MONTH_NAMES})\b(?!\s+\d)(?=\s*,)",
    rx.I,
)
# A victory noun owned by the name before it, then the seat: "Ruth Dale's victory in", "Labour's win in".
VICTORY_OF_BEFORE = rx.compile(r"'s\s+(?:[\w-]+\s+){0,2}?(?:victory|win|triumph)\s+in\s+(?:the\s+)?\Z", rx.I)
# A victory noun given for a name, then the seat: "a Labour gain for Daniel Jones in", "victory for X in",
# "the victory by Green candidate Ned Coyle in", "the win of Ann Vale in".
VICTORY_FOR_BEFORE = rx.compile(
    r"\b(?:victory|win|triumph|gain)\s+(?:for|by|of)\s+(?:[\w'-]+\s+){0,2}?(?P<name>(?-i:\p{Lu})[^\n]{0,40}?)\s+in\s+(?:the\s+)?\Z",
    rx.I,
)
# A sentence about polls or projections: its figures are not results ("the exit poll puts Labour on 255").
POLL_SENTENCE = rx.compile(
    # not "went to the polls", nor "mid-term polls", "by-election polls": elections, not surveys; nor
    # "topped the poll" (won the most votes)
    # nor "a valid poll of 51,240", "the total poll": a returning officer's count of the votes cast
    # ("Top of the poll was Labour's Gemma Stiles", "at the head of the poll": the most votes)
    r"(?<!to\s+the\s)(?<!\b(?:mid-term|midterm|by-election|council|local|valid|total)\s)(?<!\btop(?:ped|s|ping)?\s+the\s)"
    r"(?<!\b(?:top|head|bottom|foot)\s+of\s+the\s)"
    # ("topped Thursday's poll": the same, the poll named by its day; and "1,204 votes at Thursday's poll")
    r"(?<!\btop(?:ped|s|ping)?\s+\p{Lu}\p{Ll}+['\u2019]s\s)"
    r"(?<!\bat\s+(?:" + _words("weekday") + r"|yesterday|today|last\s+week|this\s+week)['\u2019]s\s)"
    # nor "as Ruth Amery polls 1,204 votes": a candidate's tally, the verb
    r"\bpolls?\b(?!\s+(?:" + _words("poll_sentence") + r"))(?!\s+(?:just\s+|only\s+)?\d[\d,]*\s+votes\b)|"
    r"\b(?:exit\s+poll|opinion\s+polls?|polling\s+(?:by|for|suggests?)|"
    r"survey|projection|projected|forecasts?|MRP|model\s+suggests|confidence\s+vote|vote\s+of\s+(?:no\s+)?confidence|"
    r"MPs\s+voted|Commons\s+vote)\b",
    rx.I,
)
# A sentence about the national picture ("the Conservatives were on course for 306 seats"): no seat's
# result, unless the sentence names a seat too.
NATIONAL_SENTENCE = rx.compile(
    r"\b(?:nationally|hung\s+parliament|on\s+course\s+for|seat\s+(?:tally|total)|(?:overall|Commons|working)\s+majority|"
    r"needed\s+for\s+a\s+majority|\d+\s+seats|"
    # "Across Scotland the picture was very different: Labour gains from the SNP … dominated the night"
    r"across\s+(?:Scotland|Wales|England|Britain|Great\s+Britain|the\s+(?:country|UK|nation)))\b",
    rx.I,
)
# A sitting member named as such, or as the one who lost: the previous MP of a seat that changed hands.
# "who was elected": a sitting member's own election, told after their name (INCUMBENT_AFTER reads it;
# linking/member_facts.py checks the place of the office it goes on to name, WHO_WAS_ELECTED)
_WHO_WAS_ELECTED = r"who\s+(?:was|had\s+been)\s+elected\b"
INCUMBENT_AFTER = rx.compile(
    r"\A(?:'s)?,?\s+(?:(?:the|a)\s+)?(?:sitting|outgoing|incumbent|defending)\s+(?:[\w-]+\s+){0,2}(?:MP|member)\b"
    # "a seat where Giles Harrowfield sat on a majority of more than 15,000": the majority the sitting member had
    r"|\A\s+(?:had\s+)?(?:sat|sitting)\s+on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}majority\b"
    r"|\A(?:,[^,.;]{1,60},)?,?\s+(?:who\s+)?had\s+(?:held|represented|been\s+(?:the\s+)?(?:[\w-]+'s\s+)?MP|won\s+the\s+seat)\b"
    r"|\A,?\s+"
    + _WHO_WAS_ELECTED
    # (not "Ann Vale, who was elected as our new councillor": this election's winner)
    + r"(?!\s+(?:as\s+)?(?:(?:the|our|their|its|a)\s+)?new\b)"
    # "Charles Clarke (Labour), MP since 1997", "Khalid Mahmood, Labour's MP for Perry Barr since 2001",
    # "Robert Flello, who has been the Labour MP here since 2005"
    # (not "Ian Levy, Blyth's first Tory MP since the constituency's creation": a new member)
    + r"|\A(?:\s*\([^()\n]{1,30}\))?,?\s+(?:who\s+(?:has|had)\s+been\s+)?(?:the\s+)?(?:[\w-]+'s\s+)?"
    r"(?:(?!first\b|new\b)[\w-]+\s+){0,2}?(?-i:MP|MSP|MS|AM|MLA)\s+(?:(?:for|in)\s+[^,.;]{1,40}?\s+|here\s+|there\s+)?"
    r"since\b"
    r"|\A's\s+(?:[\w-]+\s+){0,3}(?:run|tenure|time|years)\s+as\b"
    r"|\A\s+(?:has|had)\s+lost\s+(?:his|her|their|the)?\b|\A\s+loses\b|\A\s+is\s+out\b"
    # "taking over from Ann Vale, who loses her seat at last"
    r"|\A,?\s+who\s+(?:has\s+|had\s+)?(?:loses|lost)\s+(?:his|her|their)\s+seat\b"
    # "Ana Lind was re-elected", "Joe Kerr and Ana Lind were re-elected": a re-elected member held the seat
    # "Ana Lind (Lab Co-op) was re-elected"
    r"|\A(?:\s+and\s+(?-i:\p{Lu})[\w'-]*(?:\s+(?-i:\p{Lu})[\w'-]*){0,3})?(?:\s*\([^()\n]{1,50}\)\*?)?,?\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?re-?elected\b"
    # "Ann Vale, who succeeded Mr Kerr in 2015, was defending it": the member whose seat was at stake
    # "Ann Vale, who had hoped to defend her seat, came second"
    r"|\A(?:,[^.;]{1,80},)?\s+(?:(?:was|is)\s+defending|(?:had\s+)?(?:hoped|sought|failed|tried)\s+to\s+defend"
    r"|(?:was|were)\s+(?:seeking|hoping|trying)\s+to\s+defend)\s+(?:it|the\s+seat|(?:his|her|their)\s+(?:seat|majority))\b"
    # "Ann Vale, prime minister for 49 days, is no longer an MP"
    r"|\A(?:,[^.;]{1,80},)?\s+is\s+no\s+longer\s+(?:an?\s+|the\s+)?(?:MP|MSP|MS|AM|MLA|member)\b"
    # "Alex Salmond, the former First Minister, lost Gordon": losing a seat is holding it first
    r"|\A(?:,[^,.;]{1,60},)?\s+(?:has\s+)?lost\s+(?:his\s+seat|her\s+seat|their\s+seat|(?-i:(?=\p{Lu})))"
    # "Emma Vale suffered a heavy defeat and lost her place in the Commons"
    r"|\A\s+(?:suffered\s+[^.;,]{0,30}?\s+and\s+)?lost\s+(?:his|her|their)\s+place\s+in\s+"
    r"(?:Westminster|the\s+Commons|Parliament|Holyrood|Stormont|the\s+Senedd|the\s+Assembly)\b",
    rx.I,
)
# "Ann Vale held on to Castle", "Rhun Tudur clung on in Arfon", "Ian Cole kept his seat": at a general
# election, a member who holds a seat had it before; at a by-election the holder is the party (not "held on
# to second place", "hung on to power"; nor "held on to the seat", said of the party's new candidate too).
# The sitting member's own election, told after their name (linking/member_facts.py checks its place).
WHO_WAS_ELECTED = rx.compile(r"\b" + _WHO_WAS_ELECTED)
HELD_ON_AFTER = rx.compile(
    r"\A(?:,[^,.;]{1,60},)?\s+(?:(?:has|had|comfortably|easily|narrowly|just|successfully)\s+){0,2}"
    r"(?:(?:held|hung|clung|holds|hangs|clings)\s+on(?:to|\s+(?:to|in|at))?\b(?!(?:\s+(?:to|in|at))?\s+"
    r"(?:(?:(?:his|her|their|the|a)\s+)?(?:second|third|fourth|fifth|runner-up|\w+\s+place|place|share|deposit|ground"
    r"|power|office|job)|(?:the|a|this)\s+(?:[\w-]+\s+)?seat)\b)"
    r"|(?:held|kept|retained|defended|holds|keeps|retains|defends)\s+(?:his|her|their)\s+seat\b"
    # "Ann Vale held Kelby, increasing his majority from 382 to 5,675": a majority of the winner's own before
    r"|(?:held|kept|retained|won|holds|keeps|retains|wins)\s+[^.;,]{1,40},\s+"
    r"(?:increasing|increased|boosting|doubling|trebling)\s+(?:his|her)\s+majority\b)",
    rx.I,
)
INCUMBENT_BEFORE = rx.compile(
    # ("The outgoing commissioner, Labour's Alan Treharne, did not stand")
    r"\b(?:sitting|outgoing|incumbent|defending)\s+(?:[\w-]+\s+){0,2}(?:MP,?\s+)?\Z"
    # ("the sitting Labour MS, Eirlys Bowan, announced she would not stand")
    r"|\b(?:sitting|outgoing|incumbent)\s+(?:[\p{L}-]+\s+){0,2}?(?:MP|MSP|MS|MLA|AM|councill?or|commissioner|mayor|member),\s+"
    r"(?:[\p{L}-]+['\u2019]s\s+)?\Z"
    # ("the previous Member of the Senedd, Huw Daniels, was elected to the Commons")
    r"|\bthe\s+previous\s+(?:[\w-]+\s+)?(?:MP|MSP|MS|MLA|AM|councill?or|member(?:\s+of\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?),?\s+\Z"
    # "The seat was previously held by Tory Jill Mottram", "after its former MP, Jill Mottram, was"
    r"|\b(?:previously|formerly|last)\s+held\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?\Z"
    # "The seat had been held by Labour's David Lepper, who stood down"
    r"|\b(?:seat|constituency|ward)\s+had\s+been\s+held\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?\Z"
    # "The post has been held since its creation in 2017 by Conservative Keith Marland"
    r"|\b(?:seat|constituency|ward|post|role|office|mayoralty)\s+(?:has|had)\s+been\s+held\s+since\s+[^.;,]{1,40}?"
    r"\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?\Z"
    r"|\b(?:its|the\s+seat's|the\s+constituency's)\s+(?:former|previous|last)\s+(?:[\w-]+\s+)?MP,?\s+\Z"
    r"|\b(?:unseat(?:ed|ing|s)?|oust(?:ed|ing|s)?|topple[ds]?|toppling)\s+(?:the\s+)?(?:sitting\s+)?(?:[\w'-]+\s+){0,4}\Z"
    # "her predecessor, Labour's Philip Grundy": the one the winner succeeds (whenever that one won)
    r"|\b(?:his|her|their)\s+predecessor(?:\s+as\s+[^,.;]{1,40}?)?,?\s+(?:[\w'-]+\s+){0,2}?\Z"
    # "beating veteran Labour MP David Winnick": a sitting member beaten
    r"|\b(?:" + _words("incumbent_before") + r")\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}MP\s+\Z",
    rx.I,
)
# The member who won the seat last time: "Flick Drummond, who won the seat for the Tories in 2015",
# "Carswell had won the seat for the Conservatives at the 2010 general election", "when Tristram Hunt
# won by 5,179", "the majority Owen Paterson had at the 2019 general election". Only read in a clause
# about an earlier election; a fallback when the article names no sitting member otherwise.
EARLIER_WIN_AFTER = rx.compile(
    r"\A(?:'s)?(?:,[^,.;]{1,80},)?,?\s+(?:who\s+)?(?:had\s+)?(?:first\s+)?"
    r"(?:" + _words("earlier_win_after") + r")\s+(?:(?:the|this)\s+seat|it|by\s+\d|with\s+a\s+majority)"
    r"|\A\s+had\b(?=\s+(?:at|in)\s+the\b)"
)
# ... and before the member: "the majority Owen Paterson had at the 2019 general election"
MAJORITY_HOLDER_BEFORE = rx.compile(r"\bmajority\s+(?:that\s+)?\Z", rx.I)
REASON_CUES = {
    reason: rx.compile(rf"\b(?:{alternation(phrases)})\b", rx.I) for reason, phrases in _CUES.vacancy_reasons.items()
}
PREVIOUS_MP_CUE = rx.compile(
    r"\b(?:" + _words("previous_mp_cue") + r")\b|"
    r"\b(?:MP|MSP|MS|AM|MLA)\b|\bcouncill?or\b|\bCommons\b|\bParliament\b|triggered|vacancy|vacated|vacant|"
    # "Its Labour member throughout, Ann Jones, stood down": the seat's member
    r"\b(?:its|the|the\s+seat's)\s+(?:(?-i:\p{Lu})[\p{L}-]*\s+)?member\b|"
    r"gave\s+up|giving\s+up|"
    # "Ann Vale, who resigned the seat in the summer": a member leaving the seat itself
    r"\b(?:resigned|quit|vacated|left)\s+(?:the|her|his|their)\s+seat\b|"
    r"\b(?:caused|called|prompted|forced)\b|\bby-election\b|"
    # "Gareth Lyle won here at the general election …, then resigned", "Seamus Carrick, who sat as an
    # independent, … resigned": the member elected last time, a member's seat
    r"\bgeneral\s+election\b|\bsat\s+(?:as|for)\b",
    rx.I,
)
# A verb whose subject is named further back: coordinated with the one before ("…, then resigned", "and later
# stood down") or after a pronoun in a clause of time ("before he resigned"; not "said she resigned", whose
# pronoun may be anyone's).
SAME_SUBJECT_BEFORE = rx.compile(
    r"(?:,|\band|\bbut)\s+(?:then|later|subsequently|since)\s+\Z"
    r"|\b(?:before|after|when|until|once)\s+(?:he|she)\s+(?:had\s+|has\s+)?\Z"
)
# "to replace Sir David Amess", "takes over from the late Alan Briggs": the member before, named after
# the verb of succession (a title, "the late", "former", a party or "MP" may come between).
SUCCESSION_BEFORE = rx.compile(
    # ("succeeds fellow Conservative Mair Penrose": a colleague of the same party)
    r"\b(?:" + _words("succession_before") + r")\s+(?:the\s+)?(?:(?:late|former|outgoing|retiring|sitting|fellow)\s+)?"
    # ("takes over from Labour's Cllr Sheila Munday": a party's possessive and a title before the name)
    r"(?:(?-i:\p{Lu})[\p{L}'\u2019-]*\s+){0,2}(?:MP\s+)?\Z",
    rx.I,
)
# "seized Nadine Dorries' former seat", "held on to Boris Johnson's old seat": the former seat is what
# this contest's winner won, so it is this contest's seat though the sentence does not name it.
WON_BEFORE = rx.compile(rf"\b(?:{alternation(_CUES.win_verbs)})\s+(?:on\s+to\s+|onto\s+)?\Z", rx.I)
# "the Tory majority was cut from nearly 12,000 to 3,105": the majority before, after "from" ...
# ("Labour's majority in the seat, which the party has held since 1997, fell from nearly 14,000 … to 1,283")
# ("a majority of 907 votes, down from the 14,211 achieved by the party at the general election": "the" before it)
_MAJORITY_CHANGED = (
    r"\bmajority\b[^.;:]{0,90}?\b(?:" + _words("majority_changed") + r")\b[^.;:\d]{0,12}?\bfrom\s+(?:the\s+)?"
)
MAJORITY_FROM_BEFORE = rx.compile(_MAJORITY_CHANGED + r"\Z", rx.I)
# ... and the new one, after "to": "cut from nearly 14,000 to [2,318]", "slashed from almost 14,000 at the
# general election to [2,318]" (the old one's time between)
# "turning a Conservative majority of 380 into a Lib Dem majority of 683": the majority turned into
# another is the one before.
MAJORITY_TURNED_BEFORE = rx.compile(
    r"\b(?:turn(?:ing|ed|s)?|convert(?:ing|ed|s)?|transform(?:ing|ed|s)?)\s+(?:a|an|the|their|its|his|her)\s+"
    r"(?:[\p{L}-]+\s+){0,3}?majority\s+of\s+(?:[\p{L}-]+\s+){0,2}?\Z",
    rx.I,
)
INTO_AFTER = rx.compile(r"\A(?:\s+votes)?\s+into\b")
# ... and with the count before the noun: "turning a 9,000 Tory majority into an 8,500 Labour one"
TURNED_BEFORE = rx.compile(
    r"\b(?:turn(?:ing|ed|s)?|convert(?:ing|ed|s)?|transform(?:ing|ed|s)?)\s+(?:a|an|the|their|its|his|her)\s+\Z", rx.I
)
MAJORITY_INTO_AFTER = rx.compile(r"\A(?:\s+[\p{L}-]+){0,2}?\s+majority\s+into\b", rx.I)
MAJORITY_TO_BEFORE = rx.compile(
    r"(?:"
    + _MAJORITY_CHANGED
    + r"[^.;:]{0,20}?\d[\d,.]*(?:\s+votes)?(?:,?\s+(?:at|in)\s+(?:[^.;:\d]|(?:19|20)\d\d){1,40}?,?)?"
    # ... or "majority of nearly 6,000 last July has shrunk to [1,347]"
    + r"|\bmajority\s+of\s+(?:[^.;:\d]{0,20}?)\d[\d,.]*"
    + _MAJORITY_THEN
    + r")\s+to\s+(?:just\s+|only\s+|a\s+mere\s+)?\Z",
    rx.I,
)
# "Tory candidate Tom Reed", "her Conservative opponent, Tom Reed": a person named as a candidate.
# "A total of 15 candidates stood, including Ann Vale for the Greens and Tom Reid for UKIP": a list of
# the contest's candidates, each with their party
CANDIDATES_LISTED_BEFORE = rx.compile(
    r"(?:\bcandidates\s+(?:stood|were\s+standing|are\s+standing|were\s+on\s+the\s+ballot)\b[^.;:]{0,60}?"
    r"\b(?:including|among\s+them|among\s+whom)\b"
    # "The by-election was a straight fight between Labour's Ann Vale and Conservative Tom Reid"
    r"|\b(?:straight\s+|two-way\s+|close\s+)?(?:fight|contest|race|battle|head-to-head)\s+between\b"
    # "The eliminated candidates were Ann Vale for the Liberal Democrats, Tom Reid of UKIP and …"
    r"|\b(?:other|eliminated|remaining|defeated|unsuccessful|losing)\s+candidates\s+(?:were|included)\b"
    # "The Conservative candidate was Beverley Noakes, the Lib Dem Owen Frayne and …": one party's candidate,
    # then the others', the noun understood
    r"|^\s*The\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}candidate\s+was\b[^.;:]*,)"
    r"[^.;:]{0,160}\Z",
    rx.I,
)
# "a majority of 560 over the Conservatives' Ivo Senna", "15,900 votes, 560 ahead of Labour's Ivo Senna": the
# one a winning margin is over stood in the contest (the party's own words name the person's party)
MARGIN_OVER_BEFORE = rx.compile(
    r"\b\d[\d,]*\s+(?:votes?\s+)?(?:over|ahead\s+of|clear\s+of)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}\Z", rx.I
)
# "Tory hopeful Ravi Sethna", "her rival, Ann Vale", "whose candidate was Fiona Drummond"
# "Labour's Ann Vale, Green Tom Reid and independent Joe Pike also stood", "… trailed behind": a predicate after
# a list of people that makes each a candidate with no figure (word_facts.py); only list material between (names,
# parties, commas, "and"), no figure and no other clause.
CANDIDATES_STOOD_AFTER = rx.compile(
    r"(?:[ \t]*,[ \t]*[^.;:!?\d]{0,120}?|[ \t]+and[ \t]+[^.;:!?\d]{0,120}?|)[ \t]+(?:"
    + _words("candidates_stood_after")
    + r")\b(?![ \t]+(?:down|aside)\b)"
)
CANDIDATE_NOUN_BEFORE = rx.compile(r"\b(?:" + _words("candidate_noun") + r")(?:\s+(?:was|is))?\s*,?\s*\Z", rx.I)
HOLD_WORD = rx.compile(r"\b(?:" + _words("hold_word") + r")\b", rx.I)
# What a party "holds" or "wins" when it is not the seat: a place, a share, a level ("the Tories hold
# on to second place", "Plaid held more or less steady", "held their deposit").
NOT_THE_SEAT = (
    r"\s+(?:on\s+(?:to|in|at)\s+|onto\s+)?(?:(?:their|its|the|a)\s+)?"
    r"(?:second|third|fourth|fifth|sixth|runner-up|\w+\s+place|place|share|deposit|ground)\b"
    r"|\s+(?:(?:" + _words("not_the_seat") + r")\s+)?(?:" + _words("not_the_seat_2") + r")\b"
    # "Plaid Cymru held its four seats": a party's tally of seats, not one seat
    r"|\s+(?:its|their|all|both)\s+(?:[\w-]+\s+){0,2}seats\b"
    # "The Conservatives and Liberal Democrats each held one seat": a count of seats
    r"|\s+(?:(?:just|only)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?seats?\b"
    # "the Conservatives held every other seat in the county"
    r"|\s+(?:every|each|all\s+the|the)\s+other\s+seats?\b|\s+the\s+rest\b"
)
# "PARTY hold" right after a party name is a result ("SNP hold", "Labour held the seat").
PARTY_HOLD = rx.compile(
    r"\A\s+(?:also\s+)?(?:" + _words("party_hold") + rf")\b"
    rf"(?!\s+(?:since|by|the\s+seat\s+since)\b)(?!{NOT_THE_SEAT})",
    rx.I,
)
# "a former Conservative MP for Tatton": a member's old seat, named in passing.
FORMER_MEMBER_FOR = rx.compile(
    r"\b(?:former|ex-|one-time)\s*(?:[\w-]+\s+){0,2}(?:" + _words("former_member_for") + r")\s+for\s+\Z", rx.I
)
GAIN_WORD = rx.compile(
    r"\b(?:gain|gains|gained|took\s+the\s+seat|seized|captured|snatched|flipped|won\s+the\s+seat\s+for\s+the\s+first\s+time|overturn\w*)\b",
    rx.I,
)

# --- elections and seats ------------------------------------------------------------------------
ELECTION_KIND = rx.compile(
    r"\b(?P<council>council\s+by-elections?|ward\s+by-elections?|local\s+by-elections?|by-elections?\s+(?:for|in|to)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}\s]{0,40}?\b(?:council|ward))"
    r"|\b(?P<holyrood>(?:Holyrood|Scottish\s+Parliament)\s+(?:by-elections?|seat|constituency|contest))"
    r"|\b(?P<senedd>(?:Senedd|Welsh\s+Parliament|Welsh\s+Assembly|Assembly)\s+(?:by-elections?|seat|constituency|contest)"
    r"|by-elections?\s+(?:for|to)\s+the\s+(?:Welsh\s+parliament|Senedd|Welsh\s+Assembly))"
    # "by election" written open, but not the preposition after a participle ("calculated by election analysts")
    r"|\b(?P<by>by-elections?|(?<!\p{L}ed\s)by\s+elections?|byelections?)\b"
    r"|\b(?P<general>general\s+elections?)\b",
    rx.I,
)
# A word of a place's name; Scottish wards join two places with a slash ("Sighthill/Gorgie").
# The words in lower case a name may hold ("Newcastle upon Tyne", "Ashby Vale"): a word in lower
# case after a name that is none of them ends it.
_NAME_JOINER = r"of|upon|on|the|and|&|le|in|under|next|by|with"
NAME_WORD = r"(?:[\p{Lu}][\p{Ll}'\p{Lu}]*(?:[-/][\p{Lu}][\p{Ll}'\p{Lu}]*)*|St\.?|" + _NAME_JOINER + r")"
# One line, and no full stop inside ("the Senedd.\n\nThe by-election" is not a seat called "Senedd The")
_PARTY_NAMES = alternation(_RESOURCES.party_by_alias)
# The office a new member now holds, from cues.json: "councillor", "MP", "Member of the Senedd", "mayor"
_MEMBER_NOUN = "(?:" + _words("new_member_word") + ")"
# "new MP", "new Liberal Democrat mayor": the office's new holder, the winner's party perhaps between
_NEW_OFFICE = rf"new\s+(?:(?:{_PARTY_NAMES})\s+)?{_MEMBER_NOUN}\b"
_SEAT_NAME = rf"(?P<name>(?:St\.|[\p{{Lu}}][\p{{L}}'-]*(?:/[\p{{Lu}}][\p{{L}}'-]*)*)(?:,?[ \t]+{NAME_WORD}){{0,6}}?)"
# The same name matched backwards in a lookbehind: greedy, so that it reaches the name's first word.
_SEAT_NAME_LONGEST = _SEAT_NAME.replace("{0,6}?", "{0,6}")
# A time before a seat's name, read into it by a headline's "in" ("in Thursday's Eastholme South by-election").
SEAT_NAME_TIME_HEAD = rx.compile(
    r"(?:(?:last|this)[ \t]+)?(?:"
    + _words("weekday")
    + r"|"
    + MONTH_NAMES
    + r"|Yesterday|Today|Tonight)['\u2019]s[ \t]+(?=\p{Lu})"
)
# A time after a seat's name, read into it by the name's "in" ("the seat of Fenton in Thursday's by-election",
# "Ashby in May's"): cut off the name.
SEAT_NAME_TIME_TAIL = rx.compile(
    r"[ \t]+(?:in|on|at)[ \t]+(?:(?:last|this|next)[ \t]+)?(?:" + _words("weekday") + "|" + MONTH_NAMES + r")"
    r"(?:['\u2019]s)?\Z"
)
# The body a seat sits in, read into its name before the seat's noun ("the Mid Carran Westminster seat",
# "the Glenmorven Holyrood constituency"): cut off the name (not "Assembly": "the National Assembly
# by-election" names no seat "National").
# ("mayor of the North Pennine Combined Authority": the mayoralty's area, less its authority's words)
SEAT_NAME_BODY_TAIL = rx.compile(
    r"[ \t]+(?:Westminster|Holyrood|Senedd|Stormont|(?:Mayoral[ \t]+)?Combined[ \t]+(?:County[ \t]+)?Authority)\Z"
    # ("the Drumnaskea Assembly by-election": a constituency's, but not the National, Northern Ireland or London
    # Assembly's own name)
    r"|(?<!\b(?:National|Ireland|London|Welsh))[ \t]+Assembly\Z"
)
# A possessive ending a context's name: "Ambleshire's" in "elected as Ambleshire's police and crime commissioner"
# (not a saint's ward, "St Mary's", "Saint John's").
SEAT_NAME_POSSESSIVE = rx.compile(r"(?<!\b(?:St\.?|Saint|ST\.?|SAINT)[ \t]+[\p{L}-]+)['\u2019]s\Z")
# After "the Kent seat", "the Birmingham ward": the seat's own name follows ("of Faversham", "of Harborne").
# (but "the Glenmorran ward of Ardlaw Council": a council after "of" is the ward's, and the ward the seat)
_SEAT_OF_NAME = (
    r"[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}"
    r"(?![\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*){0,3}[ \t]+(?:(?:City|District|Borough|County|Town)[ \t]+)?Council\b)"
)
# A hold told as holding "on" ("clung on in Ardmuir", "held on to Brindlecombe").
_HOLD_ON = r"(?:clung|clings|cling|hung|hangs|hang|held|holds|hold)[ \t]+on"
_SEAT_WIN_VERB = (
    r"(?:(?:won|win|wins|winning)[ \t]+back|"  # "Labour won back Hythe Marsh ward"
    r"took|taking|takes|taken|take|gained|gaining|gain|gains|GAIN|regained|regain|regains|won|win|wins|winning|"
    r"snatched|snatch|snatches|grabbed|grab|grabs|grabbing|"
    r"seized|seize|captured|capture|held|holds|hold|holding|retained|retain|retains|retaining|kept|keeps|keeping|"
    r"defended|defend|defending|capturing|seizing|" + _words("seat_taking_verbs") + r")"
    # a tabloid's: "Reform ripped Marrowdale from the Tories"
)
# A ward's name as prose gives it: capitalised words joined by "and", "&", "of", "upon", "on", never
# the council's own words ("at Harton Council in the Kelby ward" names Kelby).
# A word of a council's name, not its ward's: "Council", or "Town" in "Town Council" ("Fareham Town" is a division).
_COUNCIL_WORD = (
    r"(?:Council\b|(?:Borough|District|County|City|Town|Parish)\b(?=[ \t]+(?:Council|Borough|District|County)\b))"
)
# (nor a notice's "A", "COUNCILLOR", "FOR" in capitals: "ELECTION OF A BOROUGH COUNCILLOR FOR THE X WARD")
_WARD_WORD = rf"(?!{_COUNCIL_WORD})(?!(?i:an?|councill?ors?|for)\b)" + (
    r"(?:[\p{Lu}][\p{Ll}'\p{Lu}]*(?:[-/][\p{Lu}][\p{Ll}'\p{Lu}]*)*|St\.?)"
)
_WARD_NAME = rf"(?P<name>{_WARD_WORD}(?:[ \t]+(?:(?:and|&|of|upon|on|le)[ \t]+)?{_WARD_WORD}){{0,5}})"
# A noun a ward's name modifies, after its "ward": "a popular Quayside ward councillor", "the Quayside ward library"
# (no contest; a ward's by-election, result or count is one).
_MODIFIED_NOUN = r"[ \t]+(?:" + _words("ward_modified_nouns") + r")\b"
SEAT_CONTEXT = rx.FirstOf(
    [
        # (not "the Kent seat of Faversham", "the Birmingham ward of Harborne": a descriptor before the seat's name)
        # (nor "the Quayside ward library": a noun a ward's name modifies)
        rf"\b[Tt]he\s+{_SEAT_NAME}\s+(?:" + _words("seat_context") + rf")\b(?!{_SEAT_OF_NAME})"
        rf"(?!(?<=[Ww]ard|[Dd]ivision){_MODIFIED_NOUN})",
        rf"\b(?:by-elections?|constituency|ward|division|seat)\s+(?:of|in|for)\s+{_SEAT_NAME}(?=\s*(?:[,.;:()]|\s+(?:"
        + _words("seat_context_2")
        + r")\b|$))",
        r"\b(?:"
        + _words("seat_context_3")
        + rf")\s+in\s+{_SEAT_NAME}(?=\s*(?:[,.;:()]|\s+(?:"
        + _words("seat_context_4")
        + r")\b|$))",
        # "Kelvinbrook ward", "Kelvinbrook by-election", "Kelvinbrook result": a line that is its contest's title
        # (not "… by-election results", a page's furniture as often as a contest's title)
        # (and "Kelvinbrook by-election result in full:", "Kelvinbrook result declared")
        # ("Kelvinbrook by-election live", a live blog's title)
        # ("ISETHOLIAD SENEDD X | X SENEDD BY-ELECTION": a bilingual heading, the body's name before its noun)
        # ("Edgecombe Borough Council - Hollins Cross ward by-election": the council, a dash, then the ward's)
        rf"^\s*(?:[^|\n]{{1,80}}\|[ \t]*|[^\n]{{1,60}}?\b(?:Council|COUNCIL)[ \t]+[-\u2013\u2014:,][ \t]+)?"
        rf"{_SEAT_NAME}(?:\s*\((?:by-election|ward|constituency)\)|"
        r"(?:[ \t]+(?:Senedd|SENEDD|Holyrood|HOLYROOD|Westminster|WESTMINSTER|Assembly|ASSEMBLY))?"
        r"\s+(?:by-election|BY-ELECTION|ward|WARD|Ward|result))"
        r"(?:[ \t]+(?:results?|in[ \t]+full|declared|live|LIVE|by-election|BY-ELECTION)){0,2}\s*:?\s*$",
        # "both seats in Peverell ward", "councillor for Ashby Fen Ward": a ward's own seat, councillor or
        # poll, the ward named with its noun after it (not "knocking on doors in Ashby ward": a place; not
        # "the Ashby ward of Harton": a descriptor; not "Ashby ward councillors")
        # ("ELECTION OF A BOROUGH COUNCILLOR FOR THE QUARRYDENE WARD": a notice's title in capitals)
        r"\b(?i:seats?|by-elections?|councill?or|poll|vacancy|election)[ \t]+(?i:in|for|of)[ \t]+(?:(?i:the)[ \t]+)?"
        rf"{_WARD_NAME}[ \t]+(?:ward|Ward|WARD|division|Division|DIVISION)\b"
        rf"(?!{_SEAT_OF_NAME}|[ \t]+(?:councill?ors?|members?|boundar(?:y|ies))\b)",
        # "Kelvinbrook by-election: Labour's Ruth Amery wins": a line opening on its contest and a colon
        # ("Wexcombe and Hale by-election result: Labour's Amira Dossett holds seat")
        # (not "By-election result: Kelby": the label, its contest after the colon)
        r"^[ \t]*(?!(?i:by-elections?|results?|declaration)\b)"
        # ("SKELBY AND THORNE BY-ELECTION: RESULT": a box's heading in capitals)
        # ("Kelvinbrook by-election live: Labour hold on", a live blog's title)
        rf"{_SEAT_NAME}[ \t]+(?:by-election|ward[ \t]+by-election|ward|result|BY-ELECTION|RESULT)"
        r"(?:[ \t]+(?:results?|RESULTS?|live|LIVE))?[ \t]*:",
        # "Kelmarsh Cross: the Lib Dems remember how to do this": an article's title opening on a name and a colon, the
        # name named again in its text (weak: "Ann Vale: my campaign" is a person's, and the piece's labels,
        # "Analysis:", "Live:", are no names)
        r"\A[ \t]*(?!(?:" + _words("not_seat_words") + "|" + _words("headline_labels") + r")\b)"
        rf"{_SEAT_NAME}[ \t]*:[ \t]+(?=\S)(?=[\s\S]+?\b(?P=name)\b)",
        # "Kelvinbrook went Green for the first time", "Kelvinbrook stayed Labour", "Kelvinbrook has fallen to
        # Labour": a sentence opening on its seat's colour (weak: "Ruth Amery went Green" is a person's change
        # of party; not "Support fell to Labour's lowest")
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?!(?:" + _words("not_seat_words") + r")\b)"
        rf"{_SEAT_NAME}[ \t]+(?:went|turned|stayed|remained|fell|falls|has[ \t]+(?:fallen|gone|turned))[ \t]+"
        rf"(?:to[ \t]+(?:the[ \t]+)?)?(?:{_PARTY_NAMES})\b(?!['\u2019])",
        # "The Conservatives lost Kelvinbrook to an independent"
        rf"\b(?:lost|losing|loses|lose)[ \t]+{_SEAT_NAME}(?=(?:[ \t]+(?:ward|division|seat))?[ \t]+to[ \t]+)",
        # "Ann Vale held Hollowmere.": a place won, the sentence ending on it (weak: "Labour took Ann Vale."
        # is no seat where the model read a person)
        # ("Welsh Labour held Ystrad Merin, but only just": a clause of its own after the comma)
        # ("Labour held Ashby Vale, increasing its majority": a participle's clause after the comma)
        rf"\b{_SEAT_WIN_VERB}[ \t]+{_SEAT_NAME}"
        r"(?=[ \t]*(?:[.;!]|$)|,[ \t]+(?:(?:but|although|though|despite)\b|\p{Ll}+ing\b))",
    ],
    rx.MULTILINE,
)
# Contexts that name a seat whatever the model tagged the words as (wards and divisions are in no
# gazetteer, and the small model reads "Hollins Moor" or "Ardlair" as people): "yesterday's Kestle
# Green ward by-election", "Ward: Fenwick Park", "BROOKMERE (Lowfield Borough Council)", "taking Cwm
# Tawel from Labour", "Thursday's result in Thistleby".
_WEEKDAY = r"(?:" + _words("weekday") + r")"
_CONTEST_OWNER = (
    rf"(?:[Tt]he|yesterday's|today's|tonight's|last\s+night's|(?:this|last)\s+week's|{_WEEKDAY}'s)"
    # "the two-seat Tarrow Bank ward by-election": a multi-member ward's seats before its name
    r"(?:\s+(?:two|three|four|multi|double)-(?:seat|member))?"
)
# A place in brackets after a ward's name: "Claines (Worcester)", "Wolds Weighton (East Riding)".
_BRACKETED_PLACE = r"\p{Lu}[\p{L}'-]*(?:[ \t]+(?:(?:and|of|upon|on)[ \t]+)?\p{Lu}[\p{L}'-]*){0,4}"
# The parliament a heading's seat elects to, as its brackets name it: "(Westminster)", "(Scottish Parliament)".
_BODY_IN_BRACKETS = (
    r"(?i:westminster|holyrood|senedd|stormont|(?:uk|scottish|welsh)[ \t]+parliament"
    r"|(?:northern[ \t]+ireland[ \t]+)?assembly|house[ \t]+of[ \t]+commons)"
)
_COMMISSIONER = r"(?i:police,?[ \t]+(?:fire[ \t]+)?and[ \t]+crime[ \t]+commissioner|PCC)"
STRONG_SEAT_CONTEXT = rx.FirstOf(
    [
        # "Lib Dems overturn 17,000 majority in Kelvinbrook", "a majority of 9,120 in Kelvinbrook": a majority
        # given as a figure, in its seat, whatever the model read the name as (no one holds a majority in a person)
        # (opening on the literal "majority", which regex finds fast; the figure before it in a lookbehind)
        r"(?:(?<=\d[\d,]*[ \t]+(?:[\p{L}'-]+[ \t]+){0,2})majority|\bmajority[ \t]+of[ \t]+(?:\w+[ \t]+)?\d[\d,]*)"
        rf"[ \t]+in[ \t]+{_SEAT_NAME}(?=[ \t]*(?:[,.;:]|$)|[ \t]+(?:" + _words("seat_context_4") + r")\b)",
        # "took 12,611 votes in Kelby and Stanmore - trouncing …": a candidate's votes counted in their seat,
        # whatever the model read the name as (no one's votes are cast in a person)
        r"\bvotes(?<=\d[ \t]+votes)[ \t]+in[ \t]+"
        rf"{_SEAT_NAME}(?=[ \t]*(?:[,.;:]|$)|[ \t]+[\u2013\u2014-][ \t]|[ \t]+(?:" + _words("seat_context_4") + r")\b)",
        # "At Dunmere in 2003, the Liberal Democrats overturned …": a sentence opening on a place and a year,
        # whatever the model read the name as (no one is 'at' a person 'in' a year)
        # ("At Dunmere in 2003 the party won by 22,400 votes": the comma after the year may be left out)
        rf"(?:^|(?<=[.!?][ \t]))[ \t]*(?:At|In)[ \t]+{_SEAT_NAME}[ \t]+in[ \t]+(?:19|20)\d\d(?:[ \t]*,|[ \t]+(?=\w))",
        # (not "the Conservatives in the Ashby Fen by-election": a party opens no seat's name)
        # ("the Severnshire police and crime commissioner by-election": a police area named with its office)
        rf"\b{_CONTEST_OWNER}\s+(?!(?:{_PARTY_NAMES})\b){_SEAT_NAME}[ \t]+"
        # ("the Carrick Moor parliamentary by-election": the parliament's adjective between; a council's, "the
        # Holm Park council by-election", only in a council report: in a report of another contest it is a
        # passing one, which this context would make as firm as the report's own)
        rf"(?:(?:ward|division|parliamentary|(?P<council_body>(?i:council|borough|district|county|town|parish)))[ \t]+"
        rf"|{_COMMISSIONER}[ \t]+)?(?:by-election|by[ \t]+election|byelection)\b",
        # "The SNP clings on in Strathbrae as Labour closes the gap": a hold "on in" a place, whatever the model
        # read the name as
        rf"\b{_HOLD_ON}[ \t]+in[ \t]+{_SEAT_NAME}"
        # ("Labour has held on in Wexcombe - but only just": a dash after the name ends it too)
        r"(?=[ \t]*[,.;:]|[ \t]+[\u2013\u2014-][ \t]|[ \t]+(?:as|after|with|by|for|on|to|despite|while|where|last|at)\b"
        r"|[ \t]*$)",
        # "Ann Vale held the Kelby seat with …": a seat won, named with its noun, whatever the model read the
        # name as (no one holds a person's seat; a party's, "the Labour seat", is no name; nor a descriptor
        # before the seat's own name, "gained the Midlands seat of Pellham Cross", "the Westminster seat of …")
        rf"\b{_SEAT_WIN_VERB}[ \t]+the[ \t]+(?!(?:" + _words("not_seat_words") + rf")\b){_SEAT_NAME}[ \t]+"
        rf"(?:seat|constituency)\b(?!{_SEAT_OF_NAME})",
        # "a by-election was held to fill the Kirby Wiske seat on Ashmere District Council": a ward's seat on its
        # council, whatever the model read the name as
        r"\b[Tt]he[ \t]+(?!(?:"
        + _words("not_seat_words")
        + rf")\b)(?!(?:{_PARTY_NAMES})\b){_SEAT_NAME}[ \t]+seat[ \t]+on[ \t]+"
        r"(?:the[ \t]+)?\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*){0,4}[ \t]+(?i:council)\b",
        # "turned Kelby Sands turquoise", "painted Ashby Vale yellow": a seat won told as its new colour
        rf"\b(?:turned|turning|turns|turn|painted|painting|paints)[ \t]+{_SEAT_NAME}[ \t]+"
        r"(?:blue|red|yellow|orange|green|turquoise|purple|gold|amber)\b",
        # "Labour's hold in Ashby Vale owes more to …", "the Greens' victory in Ashby Vale": a party's
        # or a person's result told as a noun, its seat after "in" whatever the model read the name as, the name
        # ending where a word in lower case that joins no name follows (a result in passing, "beats Labour's win
        # in Kelby", is passing's to tell)
        r"\b(?:hold|win|victory|gain|triumph|defeat|loss)(?<=(?:'s|s'|\u2019s|s\u2019)[ \t]+\w+)[ \t]+in[ \t]+"
        rf"{_SEAT_NAME}(?=[ \t]*[,.;:]|[ \t]+(?!(?:{_NAME_JOINER})\b)\p{{Ll}})",
        # "Hollinsby and St Bride's was won by Labour's Marcus Oyelaran": a sentence opening on the seat a
        # passive win names
        # (a party's name is no seat's: _context_seats checks the name read, not the pattern)
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?!(?:" + _words("not_seat_words") + r")\b)"
        rf"{_SEAT_NAME}[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+"
        r"(?:won|taken|gained|held|captured|seized|retained|snatched|kept)[ \t]+"
        r"(?:comfortably[ \t]+|narrowly[ \t]+)?by\b",
        # "the Lib Dems' capture of Harrowden Vale is …": a win told as a noun, the seat its object
        # (not "the capture of Labour's heartland": a party opens no seat's name)
        rf"\b(?:capture|recapture|seizure|gain|retention)[ \t]+of[ \t]+(?!(?:{_PARTY_NAMES})\b)"
        rf"{_SEAT_NAME}(?!['\u2019])"
        r"(?=[ \t]*[,.;:]|[ \t]+(?:is|was|by|from|in|on|at|with|as|after|has|had|marks|means|will|would|could"
        r"|came|comes|shows|showed|last|this)\b|[ \t]*$)",
        # "Hallowmere East was the kind of seat the whips never thought about", "For decades, Kelby has been a safe
        # Labour seat": a name the sentence calls a seat, whatever the model read it as (no one is a seat; not
        # "Ann Vale was a candidate for the seat", "… was the ward councillor")
        r"(?:^|(?<=[.!?][ \t])|(?<=,[ \t]))[ \t]*(?!(?:" + _words("not_seat_words") + rf")\b)(?!(?:{_PARTY_NAMES})\b)"
        rf"{_SEAT_NAME}[ \t]+(?:is|was|(?:has|had)[ \t]+(?:long[ \t]+)?been)[ \t]+"
        r"(?:the[ \t]+(?:kind|sort|type)[ \t]+of|one[ \t]+of[ \t]+the[ \t]+[\p{L}-]+|an?|the)[ \t]+"
        r"(?:(?!(?:seat|constituency|ward|division|for|of|in|at|to|on|by|with|from|who|which|that)\b)"
        r"[\p{L}-]+[ \t]+){0,3}"
        rf"(?:seat|constituency|ward|division)\b(?![ \t]+(?:of|on)\b|['\u2019]|{_MODIFIED_NOUN})",
        # "Labour hangs on in Wrexley and Dunholme by-election": a headline's contest, its article dropped
        rf"\b(?:in|at)[ \t]+(?!(?:{_PARTY_NAMES})\b){_SEAT_NAME}[ \t]+(?:(?:ward|division)[ \t]+)?"
        r"(?:by-election|by[ \t]+election|byelection)\b",
        # (not "the closure of the Quayside ward library": a noun the ward's name modifies)
        rf"\b{_CONTEST_OWNER}\s+{_SEAT_NAME}[ \t]+(?:[Ww]ard|[Dd]ivision|[Ee]lectoral[ \t]+[Dd]ivision)\b"
        rf"(?!{_SEAT_OF_NAME})(?!{_MODIFIED_NOUN})",
        # "ASHBURN Heath has elected its first ever Green MP": a sentence opening on the seat that elected
        # its member (not "The party has elected …": no seat's name opens so)
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?!(?:" + _words("not_seat_words") + rf")\b)(?!(?:{_PARTY_NAMES})\b)"
        rf"{_SEAT_NAME}[ \t]+(?:(?:has[ \t]+|have[ \t]+)?(?:elected|returned)[ \t]+(?:its|a|an|their)"
        # ("Kestlecombe East has a new MP, and for the first time she is not Labour")
        r"|(?:has|have)[ \t]+(?:got[ \t]+)?a[ \t]+new)[ \t]+"
        rf"(?:[\p{{L}}'-]+[ \t]+){{0,3}}?{_MEMBER_NOUN}\b",
        # "Jo Pym becomes the new MP for Marlow Fen": the seat of a new member
        # ("declared the new MP for Wexcombe and Hale at just after 3.30am": the time of the declaration after it)
        # ("has been elected as the Liberal Democrat Member of Parliament for Brisham Cross, overturning …": the
        # member elected, the party perhaps between)
        rf"\b(?:new|(?:re-)?elected(?:[ \t]+as)?(?:[ \t]+(?:the|a))?(?:[ \t]+(?:{_PARTY_NAMES}))?)[ \t]+{_MEMBER_NOUN}"
        rf"[ \t]+for[ \t]+{_SEAT_NAME}"
        r"(?=[ \t]*[,.;:]|[ \t]+(?:after|with|by|on|at|following)\b)",
        # "is new Severnshire Police and Crime Commissioner", "has been elected Ravensmoor Police and Crime
        # Commissioner", "held on to the role of Ravensmoor Police and Crime Commissioner": a police area named
        # with its new holder or the office won (not "the Severnshire PCC said": no contest)
        r"\b(?:new|(?:re-)?elected(?:[ \t]+as)?|"
        rf"{_SEAT_WIN_VERB}(?:[ \t]+on[ \t]+to)?(?:[ \t]+the[ \t]+(?:role|post|office|job)[ \t]+of)?)[ \t]+"
        rf"(?:the[ \t]+)?{_SEAT_NAME}[ \t]+{_COMMISSIONER}\b",
        # "has been elected police and crime commissioner for Westmarch": the office, then its area
        rf"\b{_COMMISSIONER}[ \t]+for[ \t]+(?:the[ \t]+)?{_SEAT_NAME}"
        r"(?=[ \t]*[,.;:]|[ \t]+(?:despite|after|with|by|on|in|at|and|since|as|following)\b|[ \t]*$)",
        # "has been elected the new Mayor of Wyvernholme", "the first Labour Mayor of Wyvernholme": a mayoralty named
        # with its new holder (not "Mayor of Kelby Cllr Ann Vale opened the count": no one elected)
        r"\b(?:(?:re-)?elected(?:[ \t]+as)?(?:[ \t]+(?:the|a))?(?:[ \t]+(?:new|first))?|new|becomes[ \t]+the"
        r"|became[ \t]+the)"
        rf"(?:[ \t]+(?:{_PARTY_NAMES}))?[ \t]+(?:[Mm]etro[ \t]+)?(?:[Mm]ayor|MAYOR)[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+)?"
        rf"{_SEAT_NAME}(?=[ \t]*[,.;:]|[ \t]+(?:after|with|by|on|at|following|despite|and|as)\b|[ \t]*$)",
        # "the acting returning officer for Caldermoor North": the officer of a contest (a council's, "for Kelby
        # Borough Council", names none)
        rf"\b(?:[Aa]cting[ \t]+)?[Rr]eturning[ \t]+[Oo]fficer[ \t]+(?:for|in|of|at)[ \t]+(?:the[ \t]+)?{_SEAT_NAME}"
        rf"(?=[ \t]*[,.;:]|[ \t]+(?!(?:{_NAME_JOINER})\b)\p{{Ll}}|[ \t]*$)",
        # "Labour has held Caldermoor North since 1935": a seat held since a year (no one holds a person since then)
        # ("Jeremy Oakley, who had sat for St Cadoc since 2010": a member's seat since a year)
        rf"\b(?:held|holds|represented|sat[ \t]+for)[ \t]+(?!(?:{_PARTY_NAMES})\b){_SEAT_NAME}"
        r"[ \t]+(?:(?:continuously|unbroken|without[ \t]+a[ \t]+break)[ \t]+)?since[ \t]+"
        r"(?:(?:19|20)\d\d|its[ \t]+creation)\b",
        # "the Kelsworth mayoralty", "the Kelsworth mayoral election"
        rf"\b{_CONTEST_OWNER}\s+{_SEAT_NAME}[ \t]+(?:mayoralty|mayoral[ \t]+(?:race|contest|election))\b",
        # "Voters in Hollowmere went to the polls on Thursday", "electors in Ashcombe voted"
        rf"\b(?:[Vv]oters|[Ee]lectors|[Rr]esidents)[ \t]+in[ \t]+{_SEAT_NAME}[ \t]+"
        r"(?:went[ \t]+to[ \t]+the[ \t]+polls|voted|cast[ \t]+their[ \t]+(?:votes|ballots)"
        # "as voters in Bramley Moor sent him packing", "voters in Kelby handed Labour the seat"
        r"|sent|handed|gave|delivered|backed|chose|elected|rejected|kicked|booted|punished|returned)\b",
        r"^[ \t]*(?:" + _words("strong_seat_context") + rf")[ \t]*:[ \t]*{_SEAT_NAME}[ \t]*$",
        # "ASSEMBLY ELECTION 2027: Mourne and Slieve Croob": a page's title, its election then its contest
        r"^[ \t]*(?i:(?:assembly|senedd|holyrood|council|local|mayoral)[ \t]+)?(?i:by-)?(?i:elections?)"
        # (not "Council Elections 2026: Live Updates", "… Election 2026: Results": a page's own words after the colon)
        # ("SENEDD BY-ELECTION RESULT: CWM TARIAN": the result's word before the colon)
        r"(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]+(?i:results?))?[ \t]*:[ \t]*"
        r"(?!(?i:results?|live|latest|reactions?|analysis|what|how|who|why)\b)"
        rf"{_SEAT_NAME}[ \t]*$",
        # a heading line holding a seat and, in brackets, its council or the parliament it elects to:
        # "Kelby Green (Harton District Council)", "KELBY AND LOCH TARN (Westminster)"
        # ("BRAXTON MOOR (Westminster) | Declared 03:12 | Lab HOLD": a results service's cells after a bar)
        rf"^[ \t]*{_SEAT_NAME}[ \t]*\((?:[^()\n]{{0,50}}\b(?:Council|COUNCIL)|{_BODY_IN_BRACKETS})\)"
        r"[ \t]*(?:\|[^\n]*)?$",
        # "held Claines (Worcester) with a majority of 603": the ward's council or town may follow it in brackets
        # "Labour held Wyken (Coventry).": a ward's council or town in brackets is enough (not a party's)
        # ("LABOUR held on to Brindlecombe in yesterday's by-election": a hold "on to")
        rf"\b(?:{_SEAT_WIN_VERB}|{_HOLD_ON}[ \t]+to)[ \t]+{_SEAT_NAME}"
        rf"(?:[ \t]*\((?!(?:{_PARTY_NAMES})\)){_BRACKETED_PLACE}\)(?=[ \t]*[.,;:\n])"
        # "gained Dane Valley in Thanet from Labour": its town after "in"
        # ("took Ashcombe last spring with a majority of 6,112": a time between)
        rf"|(?:[ \t]*\({_BRACKETED_PLACE}\)|[ \t]+in[ \t]+{_BRACKETED_PLACE}"
        r"|[ \t]+(?:last|this)[ \t]+(?:year|spring|summer|autumn|winter|month)|[ \t]+in[ \t]+(?:19|20)\d\d)?"
        # "won Ashby by 1,204", "by just under five thousand votes": a margin in digits or in words
        r"(?=[ \t]+(?:from|FROM)[ \t]+|[ \t]+by[ \t]+(?:just[ \t]+|only[ \t]+)?\d"
        # "The Tories held on to Brinsworth last night": the night of the count
        rf"|[ \t]+(?:last[ \t]+night|overnight|yesterday|(?:on|last)[ \t]+{_WEEKDAY})\b"
        rf"|[ \t]+by[ \t]+(?:(?:just|only|{_QUALIFIER})[ \t]+){{0,2}}(?:\d|(?:{_WORD_NUMBER})[ \t]+votes\b)"
        # "Lib Dems hold Springbank in Cheltenham borough by-election": a headline's by-election after it
        # (not "take Mid-Bedfordshire in by-election": the name does not run on into "in")
        r"|(?<!\bin)[ \t]+(?:(?i:borough|district|county|city|town|council|ward)[ \t]+)*"
        r"(?i:by-election|by[ \t]+election)\b"
        r"|[ \t]+with[ \t]+(?:a[ \t]+majority|\d)"
        # "Labour win Dunmorven as SNP lose …": a headline's other party after "as"
        rf"|[ \t]+as[ \t]+(?:the[ \t]+)?(?:{_PARTY_NAMES})[ \t]+\p{{Ll}}"
        # "won Kelby, a seat the party had never held": the seat described
        r"|,[ \t]+(?:a|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:seat|constituency|ward)\b"
        # "Ann Vale held Hollowmere for Labour": the party the seat was won for
        rf"|[ \t]+for[ \t]+(?:the[ \t]+)?(?:{_PARTY_NAMES})\b(?!['\u2019])"
        # "has won Hollowmere as an independent", "has taken Ashcombe in a by-election", "win Kelsworth mayoralty"
        rf"|[ \t]+as[ \t]+an?[ \t]+(?:[Ii]ndependent|{_PARTY_NAMES})\b"
        # ("take Cwm Tawel in historic by-election win": a headline drops the article)
        rf"|[ \t]+in[ \t]+(?:(?:an?|{_CONTEST_OWNER})[ \t]+)?(?:[\p{{L}}-]+[ \t]+){{0,3}}?"
        r"(?i:by-election|by[ \t]+election)\b"
        r"|[ \t]+(?:mayoralty|mayoral[ \t]+(?:race|contest|election))\b"
        # "the Lib Dems held Sorrel Bridge on the same night, Fiona Lattimer polling 9,214 votes"
        r"|[ \t]+on[ \t]+the[ \t]+same[ \t]+(?:night|day)\b|,[ \t]+where\b"
        # "The Greens have taken Kelby Green ward on Harrowden Council": a ward won, in any kind of report
        r"|[ \t]+(?:ward|division)\b(?![ \t]+(?:of[ \t]+)?(?:councill?ors?|members?)\b)"
        r"|,[ \t]+(?:\p{Lu}[\p{L}'-]+[ \t]+){1,3}(?:polling|taking|winning|securing)[ \t]+\d"
        # "gained Kelvinbrook, on Harton District Council, with …": the council set off by commas or not; "gained
        # Kelvinbrook, with Ivo Senna polling 1,204": its candidate brought in with "with"
        r"|,?[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}'-]*[ \t]+){1,4}[Cc]ouncil\b"
        r"|,?[ \t]+with[ \t]+(?:(?:their|its|the[ \t]+party's)[ \t]+candidate[ \t]+|candidate[ \t]+)?"
        r"\p{Lu}[\p{L}'-]+[ \t]+\p{Lu}))",
        # "the party lost Elmscote and Wyke, a seat it had held for almost a century, to …": a seat lost, described
        # as one whatever the model read its words as
        rf"\b(?:lost|losing|loses|lose)[ \t]+{_SEAT_NAME}"
        r",[ \t]+(?:a|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:seat|constituency|ward)\b",
        # "was elected in Hollowmead with 812 votes", "topped the poll in X", "a Lib Dem hold in X, where …"
        # "elected at the fifth stage in X", "returned for X", "elected to represent X on Harton Council",
        # "a gain for the Greens in X"
        r"\b(?:(?:elected|returned)(?:[ \t]+(?:at|on)[ \t]+the[ \t]+[\p{L}-]+[ \t]+(?:stage|count|round))?"
        r"(?:[ \t]+in|[ \t]+for|[ \t]+to[ \t]+represent)"
        r"|(?:topped[ \t]+the[ \t]+poll|romped[ \t]+home|declared[ \t]+(?:the[ \t]+)?winner"
        r"|an?[ \t]+(?:[\p{L}-]+[ \t]+){1,3}?(?:hold|gain)"
        r"|an?[ \t]+(?:hold|gain)[ \t]+for[ \t]+(?:the[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+)[ \t]+in)"
        rf"[ \t]+{_SEAT_NAME}(?=[ \t]*[,.;:]|[ \t]+(?:with|by|after|for|on)\b)",
        # "the Ardmillan Westminster seat", "the Glenmorven Holyrood constituency": a seat named with its body,
        # whatever the model read the name and the body's word as
        # "the Westminster seat of Harrowdene", "the Holyrood constituency of Ardmuir": the body before the noun;
        # "the Derbyshire seat of Amberley Moor", "the Welsh seat of Carrow Vale": its county or nation
        r"\b[Tt]he[ \t]+(?:Westminster|Holyrood|Senedd|Stormont|[Pp]arliamentary|Commons"
        r"|(?!(?:"
        + _words("not_seat_words")
        + r")\b)\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?)[ \t]+(?:seat|constituency)"
        rf"[ \t]+of[ \t]+{_SEAT_NAME}(?=[ \t]*[,.;:()]|[ \t]+(?:at|in|on|for|from|to|by|with|was|as|after)\b"
        # ("the Senedd seat of Ystrad Hafren ended in the early hours": any verb after the name)
        r"|[ \t]+(?!(?:and|of|upon|the|le|under|next)\b)\p{Ll}|[ \t]*$)",
        # "the Ardmuir seat at Holyrood", "the Kelby constituency at Westminster": the body after the seat's noun
        rf"\b[Tt]he[ \t]+{_SEAT_NAME}[ \t]+(?:(?:Westminster|Holyrood|Senedd|Stormont)[ \t]+(?:seat|constituency)\b"
        r"|(?:seat|constituency)[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?:Westminster|Holyrood|Senedd|Stormont"
        r"|Scottish[ \t]+Parliament|Welsh[ \t]+Parliament|(?:House[ \t]+of[ \t]+)?Commons)\b)",
        # "the electorate of Marlow Fen", "voters of Marlow Fen", "Marlow Fen voters chose …": its electors,
        # whatever the model read the name as
        rf"\b(?:electorate|electors|voters|constituents)[ \t]+of[ \t]+{_SEAT_NAME}"
        r"(?=[ \t]*[,.;:]|[ \t]+(?!(?:and|of|upon|on|the|le|in|under|next|by|with)\b)\p{Ll})",
        rf"(?:^|(?<=[.!?][ \t]))[ \t]*{_SEAT_NAME}[ \t]+(?:voters|electors)[ \t]+(?:chose|elected|backed|returned|"
        r"went[ \t]+to[ \t]+the[ \t]+polls|turned[ \t]+(?:out|to))\b",
        # "elected Mayor of the Ashcombe Valley", "re-elected as Police and Crime Commissioner for Marshcombe":
        # an office won for an area no list of areas holds yet
        # (a verb: not "the new post of elected mayor of Leicester")
        r"(?:\b(?:been|was|were|is|are|be)[ \t]+(?:duly[ \t]+)?(?:elected|re-elected|returned)[ \t]+(?:as[ \t]+)?"
        r"|\b(?:duly[ \t]+)?(?:elected|re-elected|returned)[ \t]+as[ \t]+)"
        # ("declared Ann Vale duly elected as Member of Parliament for Kelby")
        r"(?:the[ \t]+)?(?:[Mm]ayor[ \t]+of"
        r"|(?:new[ \t]+)?(?:MP|MSP|MS|MLA|[Cc]ouncill?or|Member[ \t]+of[ \t]+Parliament)[ \t]+for|[Pp]olice,?[ \t]+"
        r"(?:[Ff]ire[ \t]+)?and[ \t]+[Cc]rime[ \t]+[Cc]ommissioner[ \t]+for)[ \t]+(?:the[ \t]+)?"
        rf"{_SEAT_NAME}(?=[ \t]*[,.;:]|[ \t]+(?:after|with|by|on|for|in|at|following)\b)",
        # "has been elected to Little Hensby Parish Council": a parish or town council's one seat, the parish its
        # contest
        r"\b(?:elected|returned|voted)[ \t]+(?:on[ \t]+)?to[ \t]+(?:the[ \t]+)?"
        rf"{_SEAT_NAME}[ \t]+(?:Parish|Town|Community|PARISH|TOWN)[ \t]+(?:Council|COUNCIL)\b",
        # "Tory-held Kelvinbrook seat": a seat named with the party that held it
        rf"\b\p{{Lu}}[\p{{L}}]+-held[ \t]+{_SEAT_NAME}[ \t]+(?:seat|ward|division|constituency)\b",
        # "Ruth Amery is Kelvinbrook's new councillor": found from its "'s new" and read back to the name's
        # start (a name tried at every capital cost ten times as much)
        # ("Harlingbury's new Liberal Democrat mayor": the winner's party before the office)
        rf"(?<=(?:^|(?<![\p{{L}}\p{{N}}_])){_SEAT_NAME_LONGEST})['\u2019]s[ \t]+{_NEW_OFFICE}",
        # "Hollowmead, in Colchester, was a Lib Dem hold": a sentence opening on its ward's outcome
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?!(?:" + _words("not_seat_words") + r")\b)"
        rf"{_SEAT_NAME}(?:,[ \t]+in[ \t]+\p{{Lu}}[\p{{L}}'-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'-]+)?,)?"
        r"[ \t]+was[ \t]+an?[ \t]+(?:[\p{L}-]+[ \t]+){1,3}?(?:hold|gain)\b",
        # "Over in Fenwick Moor, the Lib Dems held the seat": a sentence opening on the place whose seat it reports
        # ("Meanwhile in neighbouring South Wealdshire, the Conservative commissioner held on": a neighbour's result)
        # ("Last Thursday, in Harnford and Tollby, Reform UK's Carla Vost …": the day of the vote before it)
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?:(?:" + _words("strong_seat_context_3") + r")[ \t]+"
        rf"|(?:(?:[Ll]ast|[Oo]n|[Tt]his)[ \t]+{_WEEKDAY}|[Yy]esterday|[Oo]vernight|[Ll]ast[ \t]+(?:night|week))"
        r"[ \t]*,[ \t]+)?(?:[Ii]n|[Aa]t)[ \t]+"
        r"(?:neighbouring[ \t]+)?"
        # ("In Hetton, on the southern edge of Sunderland, Reform gained a seat")
        rf"{_SEAT_NAME},[ \t]+(?:(?:[^.;:\n]{{0,80}}?[ \t])?{_SEAT_WIN_VERB}[ \t]+"
        r"(?:the|their|its|a)[ \t]+(?:seat|ward|division)\b"
        # "In Tarrow Bank, Ann Lowe (Lab) 1,204 and Tom Reid (Lab) 1,101 were elected"
        # (not "were re-elected to the Edinburgh Central and Edinburgh Southern seats": it names its own seats)
        r"|[^.;:\n]{0,80}?[ \t](?:was|were)[ \t]+(?:re-?)?elected\b(?![ \t]+(?:to|for|in|as|MPs?|MSPs?|MSs?)\b)"
        # "In Harrowden Vale, the Tories held on by 737 votes": a party's (or a person's) win with its margin or
        # its tally
        r"|(?:[Tt]he[ \t]+)?\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){0,3}[ \t]+"
        r"(?:(?:commissioner|candidate|mayor|MP|councillor)[ \t]+)?"
        r"(?:(?:have|has|had|narrowly|comfortably|easily|just)[ \t]+){0,2}"
        rf"(?:{_HOLD_ON}\b|{_SEAT_WIN_VERB}[ \t]+(?:by|with)[ \t]+"
        r"(?:(?:just|only|a|more[ \t]+than|over|almost|nearly|some)[ \t]+)?\d)"
        # "In Harnford, Reform UK's Carla Vost overturned a Tory majority of 14,600 to win by 3,012 votes"
        r"|[^.;:\n]{0,100}?[ \t]to[ \t]+(?:win|take|gain|hold|capture|seize)[ \t]+(?:it[ \t]+|the[ \t]+seat[ \t]+)?"
        r"(?:by|with)[ \t]+(?:(?:just|only|a|more[ \t]+than|over|almost|nearly|some)[ \t]+)?\d)",
        # "In Walkley the Greens gained the seat": no comma, the words before the verb in lower case (else the
        # name would stop short: "In Fenwick Moor the Greens …")
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?:(?:" + _words("strong_seat_context_3") + r")[ \t]+)?(?:[Ii]n|[Aa]t)[ \t]+"
        rf"{_SEAT_NAME}[ \t]+(?=\p{{Ll}})(?:[^,.;:\n]{{0,40}}?[ \t])?{_SEAT_WIN_VERB}[ \t]+"
        r"(?:the|their|its|a)[ \t]+(?:seat|ward|division)\b",
        # "Hartcliffe and Withywood voted on Thursday in a Bristol City Council by-election": a sentence opening
        # on the place whose electors voted, in a by-election the sentence names
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?!(?:" + _words("not_seat_words") + rf")\b)(?!(?:{_PARTY_NAMES})\b)"
        rf"{_SEAT_NAME}[ \t]+(?:voted|went[ \t]+to[ \t]+the[ \t]+polls)\b(?=[^.\n]{{0,80}}\bby-election)",
        # "came from Harborne, in Birmingham, a leafy ward of large houses", "Then there is Wollaton West in
        # Nottingham, historically the city's most reliably Conservative ward": a name its description calls a ward
        r"(?:(?<=[.!?][ \t])|^|\b(?:from|in|at|is|was|to)[ \t]+)"
        rf"{_SEAT_NAME}(?:,?[ \t]+in[ \t]+{_BRACKETED_PLACE})?,[ \t]+"
        r"(?:a|an|the|historically|once|long|now|traditionally)[ \t]+"
        r"(?:(?!(?:for|of|in|on|at|to|by|from|with|councill?ors?|members?|candidates?)\b)[\p{L}'\u2019-]+[ \t]+){0,6}?"
        # (not "Rhian Moss, a popular Quayside ward councillor": a person described by another ward's seat)
        rf"(?:ward|division)\b(?!{_MODIFIED_NOUN})",
        rf"\b(?:result|count|contest|by-election|vote|[Tt]urnout)[ \t]+in[ \t]+{_SEAT_NAME}"
        r"(?=\s*(?:[,.;:()]|\s+(?:" + _words("strong_seat_context_2") + r")\b|$))",
    ],
    rx.MULTILINE,
)
# In a council report, "in Worstead ward", "(St Paul's ward)", "gained Buckingham East ward", "the town
# council's Walton ward": a ward by its noun (extract/mentions/council.py).
PROSE_WARD = rx.compile(
    rf"(?:\b(?:(?i:in|at|for)|{_SEAT_WIN_VERB})[ \t]+(?:the[ \t]+)?|\(|'s[ \t]+"
    # "On Colchester council, Hollowmead ward went to the Lib Dems", "Hollowmead ward stayed Lib Dem"
    r"|(?:,[ \t]+|(?<=[.!?][ \t])|(?<=\n)|\A)(?!(?:" + _words("not_seat_words") + r")\b))"
    rf"{_WARD_NAME}[ \t]+(?:ward|division)\b"
    r"(?![ \t]+(?:of[ \t]+)?(?:councillors?|members?)\b)"
)
# "Sunderland's Hendon": a town's possessive opening a ward's name (extract/mentions/council.py).
TOWN_POSSESSIVE = rx.compile(r"(?P<town>\p{Lu}[\p{L}-]*)['\u2019]s[ \t]+(?=\p{Lu})")
# In a council report, "the new district councillor for Elmhurst, Aylesbury": the ward a councillor is elected for.
# (not "Mrs Vale, a parish councillor in Ashby Fen": a person's other office, a parish's or a town's, or a role an
# indefinite noun describes, unless she was elected to it: "was elected a councillor for Ashby Fen")
PROSE_COUNCILLOR_FOR = rx.compile(
    r"(?<!\b(?i:parish|town|community)[ \t]+)"
    r"(?<!(?<!\b(?:elected|became|becomes|becoming|as)[ \t]+)\b(?:an?|former)[ \t]+"
    r"(?:(?i:district|borough|county|city)[ \t]+)?)"
    rf"\bcouncill?or[ \t]+(?:in|for)[ \t]+{_WARD_NAME}(?=[ \t]*[,.;:]|[ \t]+(?:after|following|with|by|on|in)\b)"
)
# In a council report, "residents in Kempshott turned out", "voters in Clackmannanshire North braved the
# snow": the ward whose electors the sentence is about.
PROSE_VOTERS_IN = rx.compile(rf"\b(?i:residents|voters|electors|people)[ \t]+(?:in|of)[ \t]+{_WARD_NAME}\b")
# In a council report, "starting with Kelby Moor in Ashcombe Council itself": a ward in its council.
PROSE_WARD_IN_COUNCIL = rx.compile(
    rf"\b(?:(?i:with|in|at|for)|{_SEAT_WIN_VERB})[ \t]+{_WARD_NAME}(?:[ \t]+(?:in|on|of)[ \t]+|[ \t]*\()(?:the[ \t]+)?"
    r"\p{Lu}[\p{L}'-]+"
    r"(?:[ \t]+\p{Lu}[\p{L}'-]+){0,3}[ \t]+(?:Council|council)\b"
)
# In a council report, "In Wyken (Coventry), Labour held on", "Whitchurch North (Shropshire) was the closest
# contest", "kept Crookes (Sheffield)": a ward with its town or council in brackets, opening a sentence or
# after a preposition or a win verb; the bracket must name a place or a council
# (extract/mentions/council.py).
PROSE_WARD_BRACKETED = rx.compile(
    rf"(?:\b(?:(?i:in|at|for)|{_SEAT_WIN_VERB})[ \t]+(?:the[ \t]+)?"
    r"|(?:(?<=[.!?][ \t])|(?<=\n)|\A)(?!(?:" + _words("not_seat_words") + r")\b))"
    rf"{_WARD_NAME}[ \t]*\((?P<place>{_BRACKETED_PLACE})\)(?=[ \t]*[,.;:]|[ \t]+\p{{Ll}})"
)
PLACE_NAME_ENDINGS = frozenset(_CUES.phrases("place_name_endings"))
SEAT_DESCRIPTOR = rx.compile(
    r"\bthe\s+(?:[\p{L}-]+\s+){0,3}?(?P<county>(?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)?)\s+(?:seat|constituency)\b",
    rx.I,
)
# A results-list line's layout around a name: brackets, dot leaders, a trailing comma, and a dash
# between columns ("Ann Smith - Labour Party - 13,470"), or a spaced slash between a party's names in two
# languages ("Llafur Cymru / Welsh Labour - Rhodri Bevan - 7,725").
BOX_LAYOUT = rx.compile(r"[():\[\]*\u2020]|\.{2,}|…|,(?=[\s,]*\Z)|(?<=\s|\A)[-\u2013\u2014/](?=\s|\Z)")
# A compass point before a county or region: "West London", "North Yorkshire" is a part of it.
COMPASS_BEFORE_PLACE = rx.compile(r"\A(?:(?:North|South)(?:[ -](?:East|West))?|East|West|Central|Mid)[ \t]+(?=\p{Lu})")
# "At the by-election count in Widnes", "his own count in Islington North": the town where votes were
# counted. Not "elected on the first count in Ashcombe Vale": an STV count is a round, and names the seat.
# ("at the Civic Centre count in Wood Green": a venue's name may come between the article and "count")
COUNT_VENUE_BEFORE = rx.compile(
    r"\b(?:the|by-election|election|own)\s+(?:(?-i:\p{Lu})[\p{L}'-]*\s+){0,3}count\s+(?:was\s+(?:held\s+)?)?"
    r"(?:in|at)\s+(?:the\s+)?\Z",
    rx.I,
)
# A bracket after a name and before the tally on a results line: where a party's short form goes
# ("David Herdson (Yorkshire) 1,182").
BRACKET_PARTY_SLOT = rx.compile(
    r"(?<=\p{L}[ \t]?)\((?P<short>\p{L}[\p{L}\d .'&-]{1,30}?)\)(?=[ \t]*[-\u2013\u2014:]?[ \t]*\d)"
)
ORDINAL_FIRST = rx.compile(r"\b1st\b")
# A short line of a results box or heading: at most this many characters.
BOX_LINE_MAX = 90
BOX_LINE = rx.compile(rf"^(?=[^\n]{{1,{BOX_LINE_MAX}}}$)(?=[^\n]*(?:\d|\b\p{{Lu}}{{2,}}\b))[^\n]+$", rx.M)
CAPS_RUN = rx.compile(r"\b\p{Lu}[\p{Lu}'/-]+(?:,?\s+(?:\p{Lu}[\p{Lu}'/-]*|AND|OF|UPON|ON|THE|&))*\b")
# A section heading that is a year: "2017: the longest night", "2019 - the wall gives way".
# (words, not figures: "2023: Con 48.1%, Lab 30.2%" is that year's result on one line, no section's heading)
YEAR_HEADING = rx.compile(r"^[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*[:\u2013\u2014-][ \t]*[^\n\d]{0,60}$", rx.M)
CAPS_RESULT_WORD = rx.compile(r"\b(?:" + _words("caps_result_word") + r")\b")
# A paragraph opening with a seat in capitals: "BARNSLEY CENTRAL, 3 March. Dan Jarvis held the seat…"
RUN_IN_HEADING = rx.compile(
    r"^[ \t]*(?P<run>\p{Lu}[\p{Lu}'/-]+(?:[ \t]+(?:\p{Lu}[\p{Lu}'/-]*|AND|OF|UPON|ON|THE|&))*)"
    r"(?=[ \t]*[,.:;\u2013\u2014-])",
    rx.M,
)
# A results page's title line, an election and its year: "GENERAL ELECTION 2024", "Assembly elections 2022".
ELECTION_TITLE_YEAR = rx.compile(r"\b(?:by-)?elections?[ \t:,-]*(?:19|20)\d\d\Z", rx.I)
# Any digit: a line with none can be no results line (checked before the costlier patterns below).
DIGIT = rx.compile(r"\d")
# "Trudy Harrison (Conservative)   13,748   44.3%   (+8.5)", "Plaid Cymru (Ben Lake): 11,623 (29.2%)",
# "Labour: 13,872 (34.1%)", "MULLIN, Roger (SNP) 27,628", "Lab 13,872 34.1% +5.2"
# A key-facts box labels each line with its place: "Winner: Ann Lee (Labour) – 19,211 votes", "Second: …".
_BOX_PLACE_LABEL = rf"(?i:winner|elected|(?:{_ORDINAL})(?:[ \t]+place)?)"
BOX_CANDIDATE = rx.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:(?P<label>" + _BOX_PLACE_LABEL + r")[ \t]*:[ \t]*)?"
    # (a bilingual ballot's description is long: "ROWLANDS, Siân - Democratiaid Rhyddfrydol Cymru / Welsh Liberal
    # Democrats - 51")
    r"(?P<who>[\p{L}][^\n:\d]{1,90}?)[ \t]*(?::[ \t]*|[ \t]+|(?<=\))[ \t]*(?:[\u2013\u2014-][ \t]*)?)"
    r"(?P<votes>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,%])(?:[ \t]+votes)?"
    r"(?:[ \t.\u2026]*(?:[\u2013\u2014-][ \t]*)?[(,]?[ \t]*"
    r"(?P<share>\d{1,2}(?:\.\d+)?|100)[ \t]*(?:%|per[ \t]*cent)[ \t]*\)?"
    # a table's share column, no sign: "11,189   51.5"
    r"|[ \t]+(?P<share>\d{1,2}\.\d{1,2})(?=[ \t]*(?:[ \t][+-]|$)))?"
    r"(?:[ \t]*,?[ \t]*\(?[ \t]*(?P<change>[+-]\d+(?:\.\d+)?|new)[ \t]*(?:pts?|points)?\)?)?"
    # a round-up's candidate in brackets after the party's tally: "Reform UK 1,012 (Gary Pinkney)"
    r"(?:[ \t]*\([ \t]*(?P<named>\p{Lu}[\p{L}'.-]+(?:[ \t]+\p{Lu}[\p{L}'.-]+){1,3})[ \t]*\))?"
    # a returning officer's marker: "- 892 - ELECTED", "1,103 (elected)", "1,103 *", "10,484 E", a bilingual
    # "612 (ETHOLWYD / ELECTED)", "812 - ETHOLWYD / ELECTED"
    r"(?:[ \t]*[-\u2013\u2014]?[ \t]*(?P<elected>\((?:[^()\n/]{1,20}/[ \t]*)?(?i:elected)\)"
    r"|(?:\p{Lu}{3,20}[ \t]*/[ \t]*)?(?i:elected)\b|\*"
    r"|(?<=[\d \t])E))?[ \t]*$",
    rx.M,
)
# A results list's line that gives a place or the word "elected" where a tally will go, a dot leader or
# a wide gap before it: "SNP  Roderick Campbell* .... 2nd", "LD   Willie Rennie ......... elected".
BOX_PLACE_LINE = rx.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?P<who>[\p{L}][^\n:\d]{1,70}?)(?:[ \t]*[.\u2026]{3,}[ \t]*|[ \t]{2,})"
    r"(?:(?P<place>\d{1,2})(?:st|nd|rd|th)|(?P<elected>(?i:elected)))[ \t]*$",
    rx.M,
)
_ABBREVIATIONS = alternation(_RESOURCES.party_by_abbreviation)
# Abbreviations where results boxes put them: "(Con)", "(Con, 311)", or "Con:" / "Con 13,872" at a line start.
ABBREVIATION_SLOT = rx.compile(
    rf"(?:(?<=\()(?P<a>{_ABBREVIATIONS})(?=\)|,[ \t]*\d))"
    rf"|(?:(?<=^|\n)[ \t]*(?P<b>{_ABBREVIATIONS})(?=[ \t]*(?::|\s\d)))"
)
# Any case, as a whole word, on a short box-like line: "CON GAIN FROM LAB", "Swing: 6.7% Lab to Con".
# A wire report's "Voting was: LD 1,412, C 1,190, Lab 75" or "RESULT: Lab 15,482; Ref 11,907": each abbreviation after
# a colon, a comma or a semicolon, its tally after it.
TALLY_LIST_ABBREVIATION = rx.compile(
    rf"(?:(?<=:)|(?<=,)|(?<=;))[ \t]*(?P<a>{_ABBREVIATIONS})(?=[ \t]+\d)"
    # "Lab (Aisha Kamara) 1,102 (48.3%); Con (Derek Pilling) 520": each party before its bracketed candidate
    rf"|(?:(?<=;)|(?<=^)|(?<=\n))[ \t]*(?P<a>{_ABBREVIATIONS})(?=[ \t]*\([ \t]*\p{{Lu}}[^()\n\d]{{1,40}}\)[ \t]*\d)"
)
_WORD_ABBREVIATIONS = alternation([a for a in _RESOURCES.party_by_abbreviation if len(a) > 1])
_LETTER_ABBREVIATIONS = alternation([a for a in _RESOURCES.party_by_abbreviation if len(a) == 1])
ABBREVIATION_WORD = rx.compile(rf"(?<![\w-])(?:{_WORD_ABBREVIATIONS})(?![\w-])", rx.I)
# A party's possessive before a name: "Alliance's Andrew Muir" (the party is that name's).
POSSESSIVE_BEFORE_NAME = rx.compile(r"['\u2019]s?[ \t]+\p{Lu}")
# A relative clause giving a person's office: "who is currently", "who was also the" (the area named after it
# is where they hold it, not a contest; extract/mentions/areas.py).
PERSONS_OFFICE_BEFORE = rx.compile(
    r"\bwho\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:currently|now|also|still|already)\s+)?(?:the\s+)?\Z", rx.I
)
# A turnout wider than a contest's: "Turnout across the city was", "Overall turnout in Scotland was", "national
# turnout of", "turnout nationally" (not "turnout across the constituency", nor a box's "Overall turnout").
_WIDER_AREA = r"(?:the\s+)?(?:" + _words("wider_turnout_areas") + r"|the\s+(?:whole|entire)\s+\w+)"
# "14% of the national vote", "12% nationally", "9% across the country": a share beyond one contest, over
# the areas a wider turnout is of
NATIONAL_SHARE_AFTER = rx.compile(
    r"\A\s*(?:of\s+the\s+(?:national|nationwide|UK-wide|countrywide|popular)\s+vote|nationally"
    rf"|across\s+{_WIDER_AREA})\b",
    rx.I,
)
WIDER_TURNOUT = rx.compile(
    # (not "Overall turnout 25.3%" on a results box: the contest's own, over its count's stages)
    r"\b(?:(?:" + _words("wider_turnout_words") + r")\s+turnout"
    r"|turnout\s+nationally"
    rf"|turnout\s+(?:across|throughout|in|for)\s+{_WIDER_AREA}"
    rf"|(?:across|throughout)\s+{_WIDER_AREA}(?:\s+as\s+a\s+whole)?,?\s+turnout)\b[^.;\d]{{0,40}}\Z",
    rx.I,
)
# A word of an area-wide contest (a mayoralty, a police area), whose turnout is the area's.
AREA_CONTEST_WORD = rx.compile(r"\b(?:[Mm]ayor(?:al|alty)?|[Cc]ommissioner|PF?CC)\b")
WIDER_TURNOUT_AFTER = rx.compile(rf"\A\s*(?:turnout\s+)?(?:across|throughout)\s+{_WIDER_AREA}\b", rx.I)
# An answer's few words before its figure, after a reader's question: "It was 68.6%", "High by local
# standards: 68.6%" (extract/linking/figure_facts.py).
ANSWER_LEAD = rx.compile(r"\s*(?:it\s+(?:was|stood\s+at|came\s+in\s+at|is)\s+|[^.\d\n:]{1,40}:\s*)", rx.I)
# "Alliance's Naomi Long", "Alliance candidate Rebecca Lusty": a short form that is a word, possessive before a
# person or before their role, is the party in prose too.
POSSESSIVE_ABBREVIATION = rx.compile(
    # not a surname's possessive: "Damian Green's Ashford Office"
    r"(?<![\p{L}'-])(?<!\p{Lu}[\p{Ll}'-]*[ \t])(?P<a>"
    + alternation([a for a in _RESOURCES.party_by_abbreviation if len(a) >= 4 and a[0].isupper() and a[1:].islower()])
    + r")(?:['\u2019]s[ \t]+|[ \t]+(?:"
    + _words("party_role_before_name")
    + r")[ \t]+)"
    # "Alliance candidate Rebecca Lusty took 7,255": before a role and a name, too
    + r"(?=\p{Lu}[\p{Ll}'-]+[ \t]+\p{Lu})"
)
# "Swing Lab to Con 6.7%", "a 4.2% swing, LD to PC": abbreviations in a swing's direction, on any line.
SWING_ABBREVIATION_PAIR = rx.compile(
    rf"\bswing\b(?:[^.\n]|\.(?=\d)){{0,25}}?(?<![\w-])(?P<a>{_WORD_ABBREVIATIONS})\s+to\s+(?P<b>{_WORD_ABBREVIATIONS})(?![\w-])",
    rx.I,
)
# A party's full name in a capitals box: "BRENDAN CLARKE-SMITH (CONSERVATIVE)", "(LIBERAL DEMOCRAT)".
PARTY_NAME_CAPS = rx.compile(
    rf"(?<![\w-])(?:{alternation(_RESOURCES.party_by_alias, ignore_case=True)})(?![\w-])", rx.I
)
# A paragraph opening on a party's name in capitals, a regional paper's intro: "REFORM UK has won …",
# "LABOUR held on to …" (the capitals are typography: its verb after them is in ordinary case; not "REFORM
# firebrand Kerry Bannister toppled …", where the words after the party introduce its candidate).
PARTY_CAPS_OPENING = rx.compile(
    # (the aliases written in capitals, matched as written: a paragraph opening in ordinary case is not tried)
    rf"^[ \t]*(?:THE[ \t]+)?(?P<party>{alternation(sorted({alias.upper() for alias in _RESOURCES.party_by_alias}))})"
    r"(?=[ \t]+(?:has|have|had|is|are|was|were|will|" + alternation([*_CUES.win_verbs, *_CUES.loss_verbs]) + r")\b)",
    rx.M,
)
# A ward's or a division's noun in a seat's context ("the Harrowby East ward", "Kelby Division").
WARD_NOUN = rx.compile(r"\b(?:ward|division)\b", rx.I)
# The main clause after an aside that held a majority's old figure: "…, which stood at 15,296 under Sir Tom
# Reid, was cut to 1,708".
CHANGED_TO_AFTER = rx.compile(
    r"\A[^.;]{0,60}?,\s+(?:was|has\s+been|had\s+been|is\s+now)\s+"
    r"(?:cut|reduced|slashed|halved|trimmed|increased|raised|boosted|more\s+than\s+doubled)\s+to\b",
    rx.I,
)
# A party's name in another language before a spaced slash and its English name, in a bilingual results
# line: "Gwyrdd / Green", "Annibynnol / Independent" (a cell of its own: after the line's start, a dash or
# the bracket a party is given in, "Ieuan Davey (Gwyrdd / Green) 498").
OTHER_LANGUAGE_NAME_BEFORE = rx.compile(
    r"(?:(?<=^|[\u2013\u2014-][ \t]|\()|(?<=\A))[ \t]*\p{Lu}[\p{L}'-]*(?:[ \t]+\p{L}[\p{L}'-]*){0,3}[ \t]+/[ \t]+\Z",
    rx.M,
)
# A party the lexicon does not list, named in full with its noun where a candidate's party is given: "Bryn Tallis of
# the Rural Voice Party took 212 votes", "the Kelby First Party's Ann Vale", "Harbour Residents Party candidate Tom
# Reid", "a candidate from the Wenlow Residents' Association" (parties.py; a listed party is the model's entity there
# already, and is kept).
_UNLISTED_PARTY_NOUN = r"(?:Party|Residents['\u2019]?[ \t]+Association|Independents)"
UNLISTED_PARTY_NOUN = rx.compile(rf"\b{_UNLISTED_PARTY_NOUN}\b")
UNLISTED_PARTY = rx.compile(
    r"(?:(?<=\p{Ll}[ \t]+|\p{Ll},[ \t]+)(?:of|for|from)[ \t]+the[ \t]+"
    rf"|\b[Tt]he[ \t]+(?=[^.\n]{{1,60}}?{_UNLISTED_PARTY_NOUN}['\u2019]s[ \t]+\p{{Lu}})"
    rf"|(?<![\p{{L}}'-][ \t]*)(?=[^.\n]{{1,60}}?{_UNLISTED_PARTY_NOUN}[ \t]+candidate[ \t]+\p{{Lu}}))"
    rf"(?P<party>(?:\p{{Lu}}[\p{{L}}'-]*[ \t]+){{1,4}}?{_UNLISTED_PARTY_NOUN})\b"
)
# A forename and a surname right before a verb of a result, a clause's subject: "Penelope Hartley-Bell held
# Stonebeck for the Conservatives" (people.py: where the forename is a known one and the model tagged nothing).
# The forename is any capitalised word here and looked up after: an alternation of a thousand names, tried at
# every position, cost ten times the scan.
FORENAME_LED_SUBJECT = rx.compile(
    r"(?<![\p{L}'-])(?P<name>(?P<forename>\p{Lu}[\p{Ll}'-]*(?:-\p{Lu}[\p{Ll}'-]+)?)"
    # (a middle name perhaps: "Rhodri Gwynfor Ellis polled 9,611 votes")
    r"(?:[ \t]+\p{Lu}\p{Ll}+(?=[ \t]+\p{Lu}))?"
    # (the surname without a possessive: "the Conservative Christine Emmett's 9,476")
    r"[ \t]+\p{Lu}(?:[\p{Ll}-]|'(?!s\b))*(?:-\p{Lu}(?:[\p{Ll}-]|'(?!s\b))+)?)"
    r"(?=[ \t]+(?:has[ \t]+)?(?:held|won|took|gained|polled|received|secured|kept|retained|captured|snatched|"
    r"topped|finished|came|was[ \t]+elected|been[ \t]+elected)\b"
    # "Liberal Democrat Neil Cowper 988 and independent Trish Beddoes 402": a tally after the name, in a list
    r"|(?:['\u2019]s)?[ \t]+(?:on[ \t]+|with[ \t]+)?\d{1,3}(?:,\d{3})*(?![\d.,]*[ \t]*(?:%|per\b|years?\b|-))"
    r"(?![\d.,]*\w))"
)
# A full name with the person's age set off after it, as papers introduce people: "Shane Pocklington, 39, a former
# Royal Marine, bagged 12,611 votes", "Ffion Carrow, a 29-year-old nurse, took" (people.py: where
# the model tagged nothing or something else there). The whole run of capitalised words is taken ("Lib Dem Fiona
# Cartwright, 38,"; people.py drops the party's words and a title), each word capitalised after its hyphens too
# (not "Ex-roofer Dunn, 52,"); a word's apostrophe is a name's, "O'Brien", not a possessive's ("Labour's").
_AGED_WORD = r"\p{Lu}\p{Ll}*(?:'(?!s\b)\p{Lu}?\p{Ll}+)?(?:-\p{Lu}\p{Ll}*(?:'(?!s\b)\p{Lu}?\p{Ll}+)?)*"
# (found from the age, which regex finds fast on its comma; the name is then read back from it)
AGE_AFTER_NAME = rx.compile(r",[ \t]+(?:(?:1[89]|[2-9]\d),[ \t]|an?[ \t]+(?:1[89]|[2-9]\d)-year-old\b)")
# (a particle in lower case may join its words: "Heledd ap Dafydd, 38,", "Anouk van Dijk, 41,")
_NAME_PARTICLE = r"(?:ap|ab|de|van|von|le|du|da|di|del|der|bin)"
AGED_NAME = rx.compile(
    rf"(?<![\p{{L}}'-]|\p{{Lu}}[\p{{L}}'-]*[ \t]+)"
    rf"(?P<name>{_AGED_WORD}(?:[ \t]+(?:{_NAME_PARTICLE}[ \t]+)?{_AGED_WORD}){{1,4}})\Z"
)
# A forename and a surname right after a party's possessive, and no more capitalised words: "Alliance's Hugh
# Magennis (4,660)" (people.py).
NAME_AFTER_PARTY_POSSESSIVE = rx.compile(
    r"(?:'s|\u2019s)[ \t]+(?P<name>\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}'-]+(?:-\p{Lu}[\p{Ll}'-]+)?)(?![ \t]*\p{Lu})"
)
# A tally right after a name: "Baxendale 10,987", "Baxendale: 10,987", "Baxendale - 10,987".
TALLY_RIGHT_AFTER = rx.compile(
    r"[ \t]*[:\u2013\u2014-]?[ \t]*(?:\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]?\d)(?![ \t]*(?:%|per))"
)
DOT_LEADER = rx.compile(r"[ \t]*(?:\.{2,}|\u2026)+[ \t]*")
# "LD gain Burnley from Lab", "Lab HOLD": abbreviations in a declaration's result phrase, on any line.
RESULT_ABBREVIATION = rx.compile(
    # the \b (every abbreviation starts with a letter) is checked before the alternation: a third faster
    rf"\b(?<![\w-])(?P<a>{_WORD_ABBREVIATIONS})\s+(?:gain|gains|hold|holds)\b"
    rf"|\b(?:gain|gains)\b[^.\n]{{0,40}}?\bfrom\s+(?:the\s+)?(?P<b>{_WORD_ABBREVIATIONS})(?![\w-])",
    rx.I,
)
# A one-letter abbreviation ("C" for Conservative) only beside a results word, as written:
# "C maj 4,478", "Swing C to Lab", "Lab gain from C" — never a middle initial.
ABBREVIATION_LETTER = rx.compile(
    rf"(?<![\w.'-])(?:{_LETTER_ABBREVIATIONS})(?=[ \t]+(?:" + _words("abbreviation_letter") + rf")\b)"
    rf"|(?<=\b(?:to|from)[ \t]+)(?:{_LETTER_ABBREVIATIONS})(?![\w.'-])"
)
CLAUSE_BREAK = rx.compile(
    r";|:\s+(?=\p{Ll})|,\s+and\s+(?=(?:"
    + _words("clause_break")
    + r")\s+\p{Ll})|,?\s+\b(?:"
    + _words("clause_break_2")
    + r")\b\s+(?=(?:the\s+)?[\p{Lu}]|in\s+(?:(?:neighbouring|nearby)\s+)?[\p{Lu}])|,\s+(?=[\p{Lu}][\p{Ll}]+'s\b)"
)


# --- linking cues (pipeline/electext/extract/linking/link.py and its readers) ------------------------------
# Lower case only: capitalised mid-sentence, "Will", "May" and "Chance" are names ("Labour's Will Scobie",
# "Theresa May"), not modals.
# A reader's question names the figure its answer gives: "What was the majority?" "How big was the swing?"
MAJORITY_WORD = rx.compile(r"\b(?:majority|margin)\b", rx.I)
TURNOUT_WORD = rx.compile(r"\bturnout\b|\bhow\s+many\s+(?:people\s+)?voted\b", rx.I)
SWING_WORD = rx.compile(r"\bswing\b", rx.I)
# "the swing, if repeated at a general election, would give Labour a majority": the national part is a
# projection of this seat's figure, not a national figure
IF_REPEATED = rx.compile(
    r"\bif\s+(?:it\s+were\s+|they\s+were\s+|that\s+were\s+)?(?:repeated|replicated|mirrored|reproduced)\b", rx.I
)
# One part of a contest's area on its own: "In Middlesbrough alone Ms Dowey took 14,210 votes".
AREA_ALONE_BEFORE = rx.compile(
    r"\b(?:[Ii]n|[Aa]cross)\s+\p{Lu}[\p{L}'-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}'-]+){0,3}\s+alone\b"
)
# A vacancy still to come: "she must stand down from the council", "he will have to resign his seat".
OBLIGED_BEFORE = rx.compile(r"\b(?:must|will\s+have\s+to|would\s+have\s+to|will\s+need\s+to|is\s+to)\s+\Z")
MODAL = rx.compile(
    r"\b(?:could(?!\s+(?:only\s+)?(?:" + _words("modal") + r")\b)|"
    # (a notional result's "would have" states that result: context.notional_would_have)
    r"would|will|might|may|should|can|must|hop(?:e|es|ed)\s+to|hoping|bid\s+to|aim(?:s|ing)?\s+to|tr(?:y|ying)\s+to|"
    r"need(?:s|ed)?|chance|expected|likely|set\s+to|hoped|favou?rites?\s+to|odds-on\s+to|"
    # "a campaign designed not to lose rather than to win", "determined to hold the seat": a purpose, not an outcome
    r"designed\s+(?:not\s+)?to|rather\s+than|in\s+order\s+to|so\s+as\s+to|determined\s+to|want(?:s|ed)?\s+to|"
    # (not "campaigned against plans to build on the allotments": a noun's "to")
    r"vowed\s+to|promised\s+to|intend(?:s|ed)?\s+to|"
    # "had been tipped by bookies to win": a forecast, whoever made it
    r"(?:tipped|fancied)(?:\s+by\s+(?:the\s+|some\s+|many\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?)?\s+to)\b"
)
# A sentence about a notional result, the last election recast on new boundaries ("On the notional
# figures the Conservatives would have had a majority of 16,389"): its "would have" states that result.
NOTIONAL_RESULT = rx.compile(r"\b(?:" + _words("notional_result") + r")\b", rx.I)
WOULD_HAVE = rx.compile(r"\bwould\s+(?:\w+\s+)?have\b", rx.I)
# A seat followed by a clause about what happened there: "… in Foyle, where Sinn Fein had hoped to hold on".
# A seat placed beside another: "in neighbouring Hazel Grove" (see extract/linking/attribution.py).
NEIGHBOUR_CUE = rx.compile(r"\A(?:" + _words("neighbour_cues") + r")\Z", rx.I)
SCENE_CLAUSE_AFTER = rx.compile(r",\s+where\b", rx.I)
NEGATED = rx.compile(
    r"\b(?:" + _words("negated") + r")\s+(?:(?:" + _words("negated_2") + r")\s+)?\Z",
    rx.I,
)
QUOTE = rx.compile(r'"[^"\n]{0,2000}?(?:"|$)', rx.M)
MONTH = r"(?:" + MONTH_NAMES + r")"
# "died in 1968", "resigned in March 2019": the year a vacancy's cue is dated to
VACANCY_YEAR_AFTER = rx.compile(rf"[^.;,\d]{{0,20}}?\bin\s+(?:{MONTH}\s+)?(?P<year>(?:19|20)\d\d)\b")
# "majority of 6,203 was comfortably up on the 4,658": a second figure set against a majority is one too.
MAJORITY_COMPARED_BEFORE = rx.compile(
    r"\b(?:majority|margin)\b[^.;]{0,50}?\b(?:(?:up|down)\s+(?:on|from)|compared\s+(?:with|to)|compares?\s+with|against|than|"
    r"from)\s+(?:the\s+|a\s+|its\s+|their\s+)?\Z",
    rx.I,
)
# "came almost entirely from the two big urban boroughs": a count of places or things after the figure,
# not of votes
COUNTED_THINGS_AFTER = rx.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:boroughs|wards|seats|councils|constituencies|areas|districts|towns|cities|terms"
    r"|years|days|weeks|months|candidates|parties|rounds|stages|counts)\b",
    rx.I,
)
# "The party had held Bolsover since 1950": a sentence about the party named in the one before.
# ("The seat has been held by the party since its creation in 1983": the party named before, by its noun)
THE_PARTY_HELD = rx.compile(
    r"\s*The\s+party\s+(?:has|had)\s+(?:been\s+)?held\b"
    r"|\s*The\s+(?:seat|constituency|ward|division)\s+(?:has|had)\s+been\s+held\s+by\s+the\s+party\b"
)
# "the party's share": the party named before, not the person nearest the figure.
PARTY_ANAPHOR = rx.compile(r"\b(?:the|its|their)\s+party's\b", rx.I)
# A returning officer's words quoted as they declare a tally: a result, not speech.
# '"Seema Malhotra, Labour and Co-operative Party, twelve thousand, six hundred and thirty-nine."'
# ('"Fenwick, Rupert, Conservative: 3,108."': read in the ballot paper's order, surname first)
# The reading surname first, party, then the tally (SURNAME_FIRST_QUOTED names the person in it).
_SURNAME_FIRST_READING = (
    r"(?P<surname>\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+)?),[ \t]+"
    r"(?P<forenames>\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+){0,2}),[ \t]+[^\",:\n]{2,60}[,:]"
)
DECLARATION_QUOTE = rx.compile(
    rf'"(?:(?-i:\p{{Lu}})[\p{{L}}\'.-]+(?:\s+(?-i:\p{{Lu}})[\p{{L}}\'.-]+){{1,3}},\s+[^",\n]{{2,60}},'
    rf"|(?-i:{_SURNAME_FIRST_READING}))\s+(?:{_DIGITS}|{_WORD_NUMBER})(?:\s+votes)?\.?\"",
    rx.I,
)
# The returning officer's formula quoted: '"I hereby declare that Ann Vale is duly elected as the Member of
# Parliament for the Kelby constituency."' declares the winner; it is the result, not speech.
DECLARED_ELECTED_QUOTE = rx.compile(
    r'"[^"\n]{0,60}?\bdeclare\s+that\b[^"\n]{1,120}?\b(?:is|are|has\s+been|have\s+been)\s+duly\s+elected\b',
    rx.I,
)
# "The Tory vote came in at 12,220", "Labour's vote stood at 9,871": a party's vote told as a noun, the count
# after its copula (the words between the party's name and the count; not "the Tory vote was down 12,000")
PARTY_VOTE_BETWEEN = rx.compile(
    r"(?:['\u2019]s)?\s+vote\s+(?:was|is|stood\s+at|stands\s+at|came\s+in\s+at|totall?ed|totals|reached|"
    r"amounted\s+to|held\s+up\s+at|held\s+at|of)\s+(?:(?:just|only|some|a\s+total\s+of)\s+)?",
    rx.I,
)
# ("The Labour vote was 4,000 down on 2019": a change, not the count)
VOTE_CHANGE_AFTER = rx.compile(r"\A\s*(?:votes?\s+)?(?:more|fewer|less|higher|lower|up|down)\b", rx.I)
VOTES_VERB_BEFORE = rx.compile(
    r"\b(?:with|polled|polling|polls|securing|secured|secures|won|winning|wins|took|taking|takes|received|receiving|"
    r"got|getting|garnered|attracted|picked\s+up|on|gaining|gained|managed|scored|collected|amassed|"
    r"muster|mustered|mustering|manage|scraped|scrape|recorded|recording|registered|registering|"
    # a tabloid's verbs and boasts: "bagged a whopping 16,844 votes", "racked up 9,002"
    r"bagged|bagging|bags|racked\s+up|notched\s+up|"
    r"to|(?<=who\s)had)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    # ("won a fantastic 1,388 votes", "a measly 902": any word of praise or scorn between)
    r"(?:just\s+|only\s+|a\s+total\s+of\s+|a\s+(?!(?:majority|margin|lead|swing|turnout|share|gap|total)\b)[\p{Ll}-]+\s+)?\Z",
    rx.I,
)
# A percentage after a bare "to"/"on" is a vote share only if the clause is about votes ("the SNP's
# share fell to 31%", "on 40% of the vote"), not "the increase in VAT to 20 percent".
VOTE_NOUN = rx.compile(r"\b(?:share|shares|vote|votes|poll|ballots?)\b", rx.I)
# A candidate "on" a percentage with only a few words of where they stood between: "Lucy Burke was close
# behind on 43.0%", "Ms Vale finished on 12%" (not "Ms Vale's approval rating was on 20%").
PERSON_ON_SHARE = rx.compile(
    r"\A(?:'s?)?,?\s+(?:(?!(?:" + _words("person_on_share_not") + r")\b)[\p{L}-]+,?\s+){1,4}on\s+\Z", rx.I
)
# Between a name and its tally, a place: "Will Scobie third with 11,740", "Ms Long, second, on 9,000".
PLACE_THEN_TALLY = rx.compile(
    # ("came in third (7,243)": the tally in brackets after the place)
    r"(?:'s?)?\s*,?\s*(?:(?:" + _words("place_then_tally") + r")\s+(?:in\s+)?)?(?:a\s+(?:distant|close|strong)\s+)?"
    rf"(?:{alternation(ORDINAL_VALUE)}|last)(?:\s+place)?\s*,?\s*(?:on|with|\()\s*",
    rx.I,
)
# Two tallies set against each other: "by 1,352 votes, 21,442 to 20,090" (not "rose from 9,000 to 12,000").
# "Caroline Shah and John Usher, received 247 and 61 votes respectively": tallies in the names' order.
RESPECTIVELY_PAIR = rx.compile(
    r"(?P<first>\d{1,3}(?:,\d{3})+|\d+)\s+(?:votes\s+)?and\s+(?P<second>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:\s+votes)?,?\s+respectively\b",
    rx.I,
)
# "Ann Lowe and Tom Reid were elected with 1,204 and 1,101 votes": a pair of tallies after "with", each
# of the two coordinated names in turn (read only where the names are so joined: subjects.respectively_subject)
COORDINATED_PAIR = rx.compile(
    r"\bwith\s+(?P<first>\d{1,3}(?:,\d{3})+|\d+)\s+(?:votes\s+)?and\s+(?P<second>\d{1,3}(?:,\d{3})+|\d+)\s+votes\b",
    rx.I,
)
SCORE_PAIR = rx.compile(
    # (not "cut from almost 16,000 to 3,912": a change, however the first figure is hedged)
    r"(?<!\b(?:" + _words("score_pair") + r")\s+(?:(?:almost|nearly|about|around|over|under|roughly|some|just|"
    r"more|less|fewer|than)\s+){0,3})(?<![\d,.])"
    r"(?P<first>\d{1,3}(?:,\d{3})+|\d{3,})\s+(?:votes\s+)?to\s+(?P<second>\d{1,3}(?:,\d{3})+|\d{3,})"
    r"(?![\d]|[,.]\d|\s*(?:%|per\s*cent|percent))",
    rx.I,
)
# After a score pair, the second tally's owner: "polling 22,134 votes to 11,894 for Graham Smith".
# ("won by 15,408 votes to 13,117 over Marcus Beale of Labour": the one it was won over)
SCORE_PAIR_SECOND_FOR = rx.compile(r"(?:[ \t]+votes)?[ \t]+(?:for|over)[ \t]+(?:the[ \t]+)?", rx.I)
# A party written with the person before it: "Dean Crossley of Reform UK", "Aisha Rahman, the Labour Party
# candidate", "Tom Reid (Con": the party of that side, not a side of its own.
PARTY_OF_PERSON_BETWEEN = rx.compile(r"\s+(?:of|for)\s+(?:the\s+)?|,\s+(?:the\s+)?|\s*\(\s*")
# A tally's share in brackets after it: "17 (1.7 per cent", "436 (62.0%)".
SHARE_BRACKET_AFTER = rx.compile(r"[ \t]*\([ \t]*\d{1,2}(?:\.\d+)?[ \t]*(?:%|per[ \t]*cent)", rx.I)
# "to their respective seats", "won Ashby and Crane Vale respectively", "were re-elected to the Glasgow
# Kelvin and Glasgow Southside seats": names and seats paired in the order written.
PAIRED_IN_ORDER = rx.compile(r"\brespective(?:ly)?\b|\b(?:were|have\s+been)\s+re-?elected\s+(?:to|in|for)\b", rx.I)
# "previously held by": a cue of the member before that is about the time before by its own words.
# A party a seat was taken from, or a swing's either side: "from Labour", "from the Tories", "from Labour to the SNP".
FROM_JUST_BEFORE = rx.compile(
    r"\b(?i:from)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}'-]*[ \t]+(?:\p{Lu}[\p{L}'-]*[ \t]+){0,3}to[ \t]+(?:the[ \t]+)?)?\Z"
)
HELD_BY_BEFORE = rx.compile(r"\bheld\s+by\b", rx.I)
HELD_SINCE_BY = rx.compile(r"\bheld\s+since\b[^.;,]*\bby\b", rx.I)
PREDECESSOR = rx.compile(r"\bpredecessor\b", rx.I)
SITTING_WORD = rx.compile(r"\b(?:sitting|outgoing|incumbent)\b", rx.I)
# "stand down as party leader", "resigned as chairman", "quit the party", "resigned the whip", "left Labour":
# leaving another office, or a party, not the seat.
OTHER_OFFICE_AFTER = rx.compile(
    r"\s+as\s+(?!(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,2}?(?:MPs?|members?|councill?ors?|MSPs?|MSs?|AMs?|MLAs?)\b)"
    # "the former councillor who quit the party over …", "resigned the whip", "left Labour": a party left, not the seat
    r"|\s+(?:from\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:"
    + _PARTY_NAMES
    + r")\s+)?(?:party|whip|group|cabinet|government|frontbench)\b"
    + r"|\s+(?:the\s+)?(?:"
    + _PARTY_NAMES
    + r")\b(?!['\u2019])",
    rx.I,
)
# An aside after a name that tells the person's past: "Ms Pochin, who was a Conservative councillor".
PAST_AFFILIATION_AFTER = rx.compile(r",?\s+(?:who\s+(?:was|had\s+been|used\s+to\s+be)|formerly)\b", rx.I)
# A later stage of a count introduced: "the last two candidates standing after transfers", "Final Round",
# "at the final stage", "after second preferences were counted".
LATER_COUNT_STAGE = rx.compile(
    r"\bafter\s+transfers\b|\bfinal\s+(?:round|stage|count)\b|\bsecond\s+round\b"
    r"|(?<!\belected\s+(?:at\s+)?(?:the\s+)?)\bstage\s+\d+\b"
    r"|\blast\s+two\s+(?:candidates\s+)?standing\b|\bafter\s+(?:the\s+)?second\s+preferences\b",
    rx.I,
)
# A count's stage named in prose (extract/linking/count_stage.py): the first ("on the first count",
# "first preferences", "first-choice votes", "after the first round") or a later one ("a second round",
# "once second preferences had been added", "When that second count was complete", "after transfers").
COUNT_STAGE_WORDS = rx.compile(
    r"(?P<first>\bfirst(?:\s+|-)(?:count|round|preferences?|choices?|stage)\b)"
    r"|(?P<later>\b(?:second|final|last)(?:\s+|-)(?:count|round|preferences?|choices?|stage)\b"
    r"|\bafter\s+transfers\b|\brun-?off\b)",
    rx.I,
)
# A sentence that introduces the list under it: "The results were as follows.", "The full result:".
LIST_INTRO_END = rx.compile(r"\b(?:as\s+follows|below)[ \t]*[.:]?[ \t]*\Z|:[ \t]*\Z", rx.I)
# A sentence of prose, not a list line: long, and ending as sentences do.
PROSE_LINE = rx.compile(r"(?=[^\n]{80,})[^\n]*[.!?][\"'\u201d\u2019)]?[ \t]*\Z")
# "The swing was 5.3 from …", "a swing of 4.2 to Labour": a swing's figure without its unit.
UNITLESS_SWING_AFTER = rx.compile(r"[ \t]+swing\b", rx.I)
UNITLESS_SWING_BEFORE = rx.compile(r"\bswing\s+(?:was|of|is|stood\s+at)\s+(?:just\s+|only\s+|some\s+)?\Z", rx.I)
# "needed a 14.2 per cent swing to take the seat, but achieved 16.8": the swing achieved.
ACHIEVED_AFTER_NEEDED_SWING = rx.compile(
    # ("The party needed 9 points to win but achieved 21.5": points of swing; "they achieved 17.2" after a
    # semicolon)
    r"\bneed(?:ed|s)\b(?:[^.]|\.(?=\d)){0,80}?(?:\bswing\b|\d\s*(?:points?|pts)\b)(?:[^.]|\.(?=\d)){0,60}?"
    r"\b(?:achieved|managed|got|secured|delivered)\s+"
    r"(?:a\s+|an\s+|one\s+of\s+)?\Z",
    rx.I,
)
# What did happen after what was needed: "needed a 21.4% swing, but achieved 23.9%".
# What did happen after a modal: "needed 21.4% but achieved 23.9%", "will serve another term after winning
# 201,000 votes" (the tally is the result that gave the term).
# A relative clause opened after a comma ("tipped to hold the seat, which the party gained in 2024 with a majority of
# 5,018"): what it tells happened, whatever the clause it hangs on supposes.
# (still open at the end of the stretch searched: no comma or dash closes it before there)
OPEN_RELATIVE = rx.compile(r",\s+(?:which|where|who|whom|whose)\b(?=[^,;:\u2013\u2014]*\Z)(?![^-]*\s-\s)", rx.I)
BUT_DID = rx.compile(
    r"\bbut\s+(?:in\s+the\s+end\s+)?(?:achieved|managed|got|secured|delivered|won|took)\b"
    r"|\bafter\s+(?:" + _words("trailing_participle") + r")\b",
    rx.I,
)

# What stands before a score pair with one side named: "won by 812 votes to 163", "took 6,120 to 4,877".
ONE_SIDED_PAIR_BEFORE = rx.compile(r"\b(?:by|won|wins|took|takes|polled|with)\s+\Z", rx.I)
# A score pair whose second side is named inside it: "won by 9,210 votes to Labour's 8,977", "beat them by
# 4,001 votes to the Conservatives' 2,876". The first tally is the clause subject's (after
# ONE_SIDED_PAIR_BEFORE), the second the named side's.
SCORE_PAIR_NAMED_SECOND = rx.compile(
    r"(?P<first>\d{1,3}(?:,\d{3})+|\d{3,})\s+(?:votes\s+)?to\s+(?:the\s+)?"
    r"(?P<owner>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['\u2019]s?\s+"
    r"(?P<second>\d{1,3}(?:,\d{3})+|\d{3,})(?![\d%]|[,.]\d|\s*(?:per\s*cent|percent))"
)
# Between two coordinated tallies: "1,487 in Mid Bedfordshire and 1,373 …"; "against 642 for Ann Lee,
# 418 for Reform UK's Ben Hale and 201 …" (each given "for" its candidate, as in a list).
COORDINATED = rx.compile(
    r"\A(?:\s+votes?)?(?:\s+(?:in|for)\s+[^,;.\d]{1,50}?)?\s*(?:,\s*(?:and\s+)?|\band\s+|\bwhile\s+)\Z", rx.I
)
FUTURE_ELECTION = rx.compile(
    r"\b(?:" + _words("future_election") + r")\s+\Z",
    rx.I,
)
WIN_VERB_OF_FIGURE = rx.compile(
    # "holding on to 19,030 votes", "took 27,628 votes": a tally, not the seat
    r"(?:\s+on\s+to|\s+onto)?"
    r"\s+(?:(?:"
    + _words("win_verb_of_figure")
    # ("won a fantastic 1,388 votes")
    + r")\s+)*(?:(?<=\b(?i:a|an)\s)[\p{Ll}-]+\s+(?=\d))?(?:\d|(?:"
    + alternation(["per cent", "percent", "votes", "share", "seats", "place", "spot", *ORDINAL_VALUE])
    + r")\b)",
    rx.I,
)
# "the Conservative MP who had represented the constituency since 1992": one member's tenure
TENURE = rx.compile(r"\b(?:represent\w*|sat\s+for|MP\s+for|been\s+(?:the\s+)?(?:\w+'s\s+)?MP)\b")
# A party the verb's own subject, right before it: "Labour had represented Cobble End since 1973" is the party's hold,
# not one member's tenure (figure_parties.py).
PARTY_SUBJECT_VERB = rx.compile(r"\s+(?:has|had|have)\s+(?:long\s+|continuously\s+)?(?:represented|held)\b")
# "held Perth and North Perthshire for the SNP": the party the seat was won for
# "held Bath for the Lib Dems", "holding the new Godalming and Ash seat for the Conservatives", "held
# the Cefn ward of Wrexham Council for Plaid Cymru"
FOR_THE_PARTY = rx.compile(
    r"(?:[ \t]*\((?-i:\p{Lu})[^()\n]{1,40}\))?"  # "held Claines (Worcester) for the Greens"
    r"(?:\s+(?:seat|constituency|by-election|contest|ward|division)"
    r"(?:\s+(?:of|on)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'-]*\s+){1,4}(?-i:[Cc]ouncil))?)?\s+(?:for|in)\s+(?:the\s+)?",
    rx.I,
)
# A won seat's object written without its name: "held the seat for Labour", "kept it in Tory hands".
THE_SEAT_OBJECT = rx.compile(r"\s+(?:the\s+seat|it)\b", rx.I)
# "Labour gain from SNP", "Alliance gain Belfast East from the DUP": a party's gain, the seat between.
PARTY_GAIN = rx.compile(
    r"\A\s+(?:gain|gains)\s+(?:(?-i:\p{Lu})[\p{L}'-]*(?:\s+(?:and\s+|upon\s+|on\s+)?(?-i:\p{Lu})[\p{L}'-]*){0,5}\s+)?"
    r"from\s+(?:the\s+)?",
    rx.I,
)
# The town after a won seat, before the party it was won for or from: "gained Dane Valley in Thanet from
# Labour", "held Claines (Worcester) for the Greens".
_OBJECT_PLACE = (
    r"(?:[ \t]*\((?-i:\p{Lu})[^()\n]{1,40}\)"
    r"|[ \t]+in[ \t]+(?-i:\p{Lu})[\p{L}'-]*(?:[ \t]+(?-i:\p{Lu})[\p{L}'-]*){0,3})?"
)
FROM_THE_PARTY = rx.compile(_OBJECT_PLACE + r"\s+from\s+(?:the\s+)?", rx.I)
# "held it for the next eighteen years", "for two decades": a tenure, not this result
# "who held the seat for the UUP between 2015 and 2017": a win dated to a span of years is history.
YEAR_SPAN = rx.compile(
    r"\b(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+(?:to|until)|until\s+(?:19|20)\d\d)\b"
    # "held it through the 1950s", "throughout the eighties": a decade's tenure
    r"|\b(?:through|throughout)\s+(?:the\s+|much\s+of\s+the\s+)?(?:(?:19|20)\d0s|[\w-]+ies)\b"
    # "who held Tarnby for most of the 1980s"
    r"|\bfor\s+(?:most|much|all|part)\s+of\s+the\s+(?:(?:19|20)\d0s|[\w-]+ies)\b",
    rx.I,
)
TENURE_SPAN = rx.compile(
    # ("for most of the last 50 years", "for over a century")
    r"\bfor\s+(?:(?:most|much|all)\s+of\s+)?(?:the\s+)?"
    r"(?:next\s+|following\s+|last\s+|past\s+|best\s+part\s+of\s+|more\s+than\s+|over\s+|almost\s+|nearly\s+)?"
    r"(?:[\w-]+\s+)?(?:years|decades|terms|parliaments|century)\b",
    rx.I,
)
# "won a landslide", "elected to lead the party", "holds its next elections", "held up": not a seat won
NOT_A_SEAT_WIN = rx.compile(
    NOT_THE_SEAT + r"|"
    # "took her seat in the Lords": a member sworn in, not a seat won
    r"\s+(?:his|her|their)\s+seats?\s+(?:in|at|on)\s+(?:the\s+)?(?:House|Commons|Lords|Senedd|Parliament|chamber|"
    r"benches|Holyrood|Stormont|Assembly|council)\b|"
    r"\s+(?:(?:its|their)\s+(?!seat|constituency)|up\b|steady\b|firm\b|(?:a\s+)?landslide\b|power\b|office\b|"
    # "where Labour retains a large majority": a majority in a parliament, not a seat
    # "The count took just over two hours": a time, not a seat
    r"(?:(?:just|well)\s+)?(?:over|under|about|around|nearly|almost|more\s+than|less\s+than)?\s*"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:hours?|minutes?|days?|weeks?)\b|"
    r"(?:a\s+)?(?:(?:Commons|overall|national|large|big|huge|working|comfortable|massive|commanding|thumping)\s+)?"
    r"majority\b|the\s+(?:general\s+)?election\b|to\s+lead\b|"
    r"as\s+(?:party\s+)?leader\b|leader\b|effect\b|place\b|part\b|charge\b|control\b|over\b|time\b|note\b|"
    r"questions?\b|the\s+view\b|margin\b|post\b|line\b|streak\b|run\b|formula\b|"
    # "how democracy keeps everyone in suspense", "took voters by surprise": people, not a seat
    r"(?:everyone|everybody|voters|people|them|us|you)\b|"
    # "taking the party's tally of Welsh seats to 14"
    r"(?:the\s+)?(?:[\w-]+(?:'s?)?\s+)?(?:" + _words("not_a_seat_win") + r")\b|"
    r"(?:a|the)\s+(?:(?:long|whole|big)\s+)?(?:" + _words("not_a_seat_win_2") + r")\s+of\b)",
    rx.I,
)
# "Hebblethwaite won outright in the three outer districts": a win in parts of the area, not of the contest.
WIN_IN_PARTS_AFTER = rx.compile(
    r"\s+(?:(?:outright|comfortably|easily|narrowly|heavily)\s+)?in\s+"
    r"(?:the\s+|all\s+|most\s+|many\s+|several\s+|both\s+|some\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:districts|boroughs|wards|divisions|towns|villages|estates|suburbs|parts|areas)\b",
    rx.I,
)
# "The by-election held on Thursday 6 November", "a poll held in May": an event held at a time, not a seat
# held (the verb's next words are the time; "Labour held on in Ashby" and "held on to it" are holds)
EVENT_TIME_AFTER = rx.compile(
    r"\A[ \t]+(?:on|in|during)[ \t]+(?:(?:last|this|next)[ \t]+)?"
    r"(?:(?:" + _words("weekday") + "|" + MONTH_NAMES + r")\b|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:" + MONTH_NAMES + r")\b)"
    r"|\A[ \t]+(?:yesterday|today|last[ \t]+(?:week|month|night))\b",
)
FOR_A_PLACE = rx.compile(
    r"\A[^.;]*?\bfor\s+(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|2nd|3rd|4th|5th|6th)(?:\s+place)?|"
    r"the\s+runner-up\s+spot|(?:the\s+)?(?:second|third|fourth|fifth|sixth|\w+)\s+place)\b",
    rx.I,
)
DEFEATED_IN = rx.compile(r"\b(?:defeated|beaten|lost|ousted)\s+in\b", rx.I)
LOST_TO = rx.compile(
    r"\b(?:" + _words("lost_to") + r")\s+(?:[^.;,]{1,50}?\s+)?to\s+(?:the\s+|an?\s+)?(?=(?-i:\p{Lu})|independent\b)",
    rx.I,
)
# "She won 24,067", "Her 12,493 votes against UKIP's 5,988": the person the sentence before was about
PRONOUN = rx.compile(r"(?:He|She|His|Her)\b")
# "His party colleague Gemma Rowe held the seat": a possessive opening a phrase that ends on a name is
# that name's description; the name, not the pronoun's person, is the subject ("His win over Ann Lee"
# is no such phrase).
POSSESSIVE_BEFORE_SUBJECT = rx.compile(
    r"(?:His|Her)(?:\s+(?!(?:over|against|of|to|from|with|by|for|in|on|at|than|and)\b)[\p{L}'\u2019-]+){1,4}"
    r"\s*,?\s+\Z"
)
# "The Chancellor polled 23,293 votes", "The former minister, 52, lost", "The 38-year-old took": a
# sentence opening on a description of the person the sentence before was about (not followed by a name:
# "The Chancellor, Jeremy Hunt, …" names its person).
DESCRIPTIVE_SUBJECT = rx.compile(
    r"The\s+(?:(?:" + _words("descriptive_subject") + r")\s+)*"
    # "The former Labour MP took 18,341 votes": a party the person once sat for
    r"(?:(?<=former\s)\p{Lu}[\p{L}-]+\s+)?"
    # "The former BBC local radio presenter finished third": lower-case words describing the role
    r"(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?"
    rf"(?:{alternation(_CUES.descriptive_roles)}|\d{{2}}-year-old)\b"
    r"(?!\s*,?\s+(?:(?:" + _words("descriptive_subject_2") + r")\.?\s+)?\p{Lu}\p{Ll})"
    r"(?:(?!\s+(?:of|for)\b)"
    # "The former leader of Cheshire West and Chester Council won 17,309 votes": a described office, then a tally
    r"|\s+of\s+[^,.;]{2,60}?(?=\s+(?:" + _words("descriptive_subject_3") + r")\b))"
)
# "The party also took Wokingham": a sentence opening on the party meant, named in the sentence before.
PARTY_PRONOUN = rx.compile(r"The\s+party\b(?!'s)")
# "lower than at the 2015 general election": the figure is compared with an earlier one, not from it
COMPARISON = rx.compile(
    r"(?<!more\s)(?<!less\s)(?<!fewer\s)\bthan\b|\b(?:compared\s+(?:with|to)|"
    r"(?:up|down|rise|rose|risen|fell|fall|fallen|increased?|decreased?)\s+(?:from|on)|against|"
    # "almost exactly reversing the picture of two years ago"
    r"revers(?:ing|ed|es|e)|"
    # "roughly three times the margin by which he held the islands five years ago"
    r"(?:twice|times)\s+(?:" + _words("comparison") + r"))\b",
    rx.I,
)
# "is Kelvinbrook's new councillor": the seat inside the match, as its possessive
NEW_MEMBER = rx.compile(
    # "was declared Mayor of Northmarch on Friday": the office declared, "of" or "for" its area
    rf"\b(?:was|is|has\s+been)\s+declared\s+(?:the\s+)?(?:new\s+)?{_MEMBER_NOUN}\s+(?:for|of)\s+(?:the\s+)?(?=(?-i:\p{{Lu}}))|"
    r"\b(?:is|becomes|became|has\s+become|(?:was|is|has\s+been)\s+(?:declared|elected|returned\s+as)"
    # "has squeaked in as Kelby's new police and crime commissioner", "romped home as the new MP for Kelby"
    r"|(?:squeaked|scraped|romped|sailed|swept|crept|edged)\s+(?:in|home|through)\s+as)\s+"
    rf"(?:now\s+)?(?:once\s+again\s+)?(?:the\s+(?:new\s+)?{_MEMBER_NOUN}\s+for\s+"
    # ("Ann Vale is Kelby West's first new MP in a quarter of a century")
    rf"|(?-i:\p{{Lu}})[\p{{L}}'-]*(?:\s+(?:and\s+|upon\s+)?(?-i:\p{{Lu}})[\p{{L}}'-]*){{0,4}}['\u2019]s\s+(?:first\s+)?"
    rf"{_NEW_OFFICE})",
    rx.I,
)
# "The constituency's new MP Ada Strand has a majority of 8,214", "newly elected Cllr Tom Reid":
# the title of the one just elected, right before the name
NEW_MEMBER_BEFORE_NAME = rx.compile(
    r"\b(?:new|newest|newly[\s-]elected)\s+(?:(?-i:MP|MSP|MS|MLA|AM)|councill?or|Cllr\.?|mayor)\s+", rx.I
)
# "Little Haddow's new councillor is Margaret Ellery", "The new MP for Kelby is Ann Vale": the title, then
# the one who now holds it
NEW_MEMBER_IS = rx.compile(
    rf"\bnew\s+{_MEMBER_NOUN}(?:\s+for\s+(?-i:\p{{Lu}})[\p{{L}}'-]*(?:\s+(?:and\s+|upon\s+|of\s+)?"
    r"(?-i:\p{Lu})[\p{L}'-]*){0,4})?\s+is\s+(?:now\s+)?"
    # "Top of the poll was Labour's Gemma Stiles, a pharmacist, on 1,311": the winner named after the place, a
    # party's possessive perhaps between
    r"|\b(?:top|head)\s+of\s+the\s+poll\s+(?:was|came)\s+(?:(?-i:\p{Lu})[\p{L}'-]*(?:\s+(?-i:\p{Lu})[\p{L}'-]*){0,3}"
    r"['\u2019]s?\s+)?",
    rx.I,
)
# "Their candidate got just 2,480", "The party's candidate polled 19,406": a party's candidate, the party
# named before (pipeline/electext/extract/mentions/parties.py)
PARTY_CANDIDATE_ANAPHOR = rx.compile(
    r"\b(?:[Tt]heir|[Ii]ts|[Tt]he[ \t]+party['\u2019]s)[ \t]+(?:own[ \t]+)?candidate\b(?!s)"
)
# ", retired police inspector ", " ": the words between "their candidate" and the name that follows it
DESCRIBED_NAME_AFTER = rx.compile(r",?[ \t]+(?:[\p{Ll}'-]+[ \t]+){0,5}")
# " Owen Frayne" right after a party: "the Lib Dem Owen Frayne" (a list's next item), the name the party's
PARTY_THEN_NAME = rx.compile(r"[ \t]+(?:candidate[ \t]+)?\p{Lu}[\p{Ll}'-]+[ \t]+\p{Lu}[\p{Ll}'-]+")
# ", who took " right before a pair of tallies: the name before it owns the first
WHO_CLAUSE_BEFORE = rx.compile(r",[ \t]+who[ \t]+(?:[\p{Ll}-]+[ \t]+){1,3}\Z")
# "Peter Vassilou, Harlingbury's new Liberal Democrat mayor, with his wife": a name described as the new
# holder of the office (a caption's way)
NEW_HOLDER_AFTER_NAME = rx.compile(
    r",\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}'-]*(?:\s+(?:and\s+|upon\s+|of\s+)?(?-i:\p{Lu})[\p{L}'-]*){0,4}['\u2019]s\s+"
    + _NEW_OFFICE,
)
# "congratulations to Imogen Sallis on her election", "congratulated Ann Vale on his victory": the one who won
CONGRATULATED_BEFORE = rx.compile(r"\bcongratulat(?:ions|ion|ed|es|e|ing)\s+(?:to\s+)?\Z", rx.I)
ON_THEIR_WIN_AFTER = rx.compile(r"\s+on\s+(?:his|her|their)\s+(?:(?:[\w-]+\s+){0,2}?)(?:election|victory|win)\b", rx.I)
# "Kelvin voters picked the SDLP's Ann Vale as their new MP": the one chosen as the member,
# after a verb of choosing ("chose", "picked", "elected", "returned"), named just before "as"
NEW_MEMBER_CHOSEN_AFTER_NAME = rx.compile(
    r"\s+as\s+(?:their|its|the\s+(?:seat|constituency|ward|area)'s)\s+(?:new\s+)?"
    r"(?:(?-i:MP|MSP|MS|MLA|AM)|member|councill?or|representative)\b(?!\s+candidate)",
    rx.I,
)
CHOOSING_VERB = rx.compile(r"\b(?:" + _words("choosing_verb") + r")\b", rx.I)
# "sending Samantha Dixon to Westminster", "sent Alistair Carmichael back to the Commons"
# "with Rhys ap Tomos heading to Cardiff Bay", "with Ann Vale on her way back to Holyrood"
_SENT_NAME = r"(?P<person>)\p{Lu}[\p{L}'-]+(?:\s+(?:\p{Lu}[\p{L}'-]+|ap|ab|de|van|von)){0,3}\s+"
_SENT_TITLE = r"(?:(?:" + _words("sent_to_parliament") + r")\.?\s+)?"
_SENT_PLACE = r"(?:back\s+)?to\s+(?:" + _words("sent_to_parliament_2") + r")\b"
SENT_TO_PARLIAMENT = rx.compile(
    r"\b(?:sending|sends|sent|send)\s+"
    + _SENT_TITLE
    + _SENT_NAME
    + _SENT_PLACE
    + r"|\bwith\s+"
    + _SENT_TITLE
    + _SENT_NAME
    + r"(?:heading|headed|going|returning|on\s+(?:his|her|their)\s+way)\s+"
    + _SENT_PLACE
)
# "The Tamworth seat went to …": the seat as the subject right before a verb of going.
SEAT_NOUN_END = rx.compile(r"\b(?:seat|constituency)\s+\Z", rx.I)
WENT_TO = rx.compile(
    r"\b(?:went|goes|fell\s+to|falls\s+to|falling\s+to|switched\s+to|passed\s+to|(?:to\s+)?go\s+to|went\s+to)"
    r"\s+(?:the\s+)?\Z",
    rx.I,
)
# "Bridgend and Ynys Môn also fell from Labour to the Conservatives": the loser, then the winner.
FELL_FROM = rx.compile(r"\b(?:" + _words("fell_from") + r")\s+from\s+(?:the\s+)?\Z", rx.I)
FROM_TO = rx.compile(r"\A\s+to\s+(?:the\s+)?\Z", rx.I)
# Seats listed as one subject: "Bridgend and Ynys Môn also fell", "Wrexham, Clwyd South and the Vale"
SEAT_LIST_JOIN = rx.compile(r"\A(?:,\s*|\s*,?\s+and\s+)(?:the\s+)?\Z")
# A comma right before a cue word: a participle's clause begins there ("a 1,508 majority, overturning …").
PARTICIPLE_CLAUSE_BEFORE = rx.compile(r",\s*\Z")
# A party that qualifies the majority its winner overturned, never a verb's subject: "a 21,000 Conservative
# majority".
# A line that opens on a speaker's name and a colon, then speech: "ANGUS: Good morning.", "Katie: It was close".
SPEAKER_LABEL = rx.compile(
    r"^[ \t]*(?P<name>\p{Lu}[\p{L}'-]*(?:[ \t]\p{Lu}[\p{L}'-]*)?)[ \t]*(?:\([^()\n]{1,20}\))?:[ \t]+(?=\S)", rx.M
)
OWNED_THING_AFTER = rx.compile(r"\s*(?:majority|majorities|vote\s+share)\b", rx.I)
QUALIFYING_PARTY = rx.compile(
    r"\s*(?:majority|vote|voters|supporters|share|candidate|MPs?|government|leader|chairman|chair)\b", rx.I
)
FOR_AFTER = rx.compile(
    r"\A\)?\s*(?:votes?\s*)?(?:\([^)\n]{1,20}\)\s*)?"
    # "the 6,335 polled by Conservative Liz Wardlaw"
    r"(?:for|to|of|(?:" + _words("for_after") + r")\s+by)\s+(?:the\s+)?"
    r"(?:(?:" + _words("for_after_2") + r")\.?\s+)?\Z"
)
POLLED_BY_AFTER = rx.compile(r"\A\s*(?:votes?\s+)?(?:" + _words("polled_by_after") + r")\s+by\b")
# "the Conservative candidate, Nadeem Ahmed": a role word between a party and its candidate's name.
# "the Conservative candidate, Ann Vale", "Labour's Ann Vale", "Labour's candidate Ann Vale"
ROLE_BEFORE_NAME = rx.compile(
    r"(?:'s)?(?:\s+(?:candidate|hopeful|nominee|challenger|incumbent|mayor|commissioner|PCC|MP|MSP|MS|MLA),?)?[ \t]+"
)
# "one Tory MP with a majority of around 5,000 said": a member's own majority elsewhere, not this result.
SOMEONE_ELSES_MAJORITY = rx.compile(r"\b(?:MP|MPs|member|members)\s+with\s+(?:a\s+)?majorit(?:y|ies)\s+of\s+\Z", rx.I)
BOX_PLACE_LABEL_LINE = rx.compile(rf"[ \t]*(?:[-*\u2022][ \t]*)?{_BOX_PLACE_LABEL}[ \t]*")
BOX_LABEL_WORDS = rx.compile(
    # ("Lab maj 316": a majority's short form)
    r"\b(?:majority|maj|turnout|electorate|swing|valid|rejected|spoil\w*|total|declared|polling|count|result|"
    r"registered|change|share|seats?|votes\s+cast)\b",
    rx.I,
)
# A line that ends on a page's number is a paper's pointer to its pages, not a candidate's tally: "Comment -
# Page 12", "Full story, page 4" (a candidate named Page has a tally of more than three figures, or a party).
PAGE_REFERENCE = rx.compile(r"\b(?i:page)[ \t]+\d{1,3}[ \t]*\Z")
# What may open a line before a seat's name on a list: nothing, a bullet or a number ("3. Gwent").
LINE_OPENING = rx.compile(r"[ \t]*(?:(?:[-*\u2022]|\d{1,2}[.)])[ \t]*)?")
# A seat's line naming its winner by position: "Broadland and Fakenham – Jerome Astley, Conservative",
# "Gwent: Ian Johnston (Ind)" (read after the seat's name; the name ends where the next column starts).
SEAT_LINE_NAME = rx.compile(
    r"[ \t]*[:\u2013\u2014-][ \t]*"
    r"(?P<name>\p{Lu}[\p{L}'\u2019.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'\u2019.-]*|de|van|von|der|le|la|du|ap)){1,3})"
    r"(?![\p{L}'\u2019.-])"
    r"(?P<gap>[ \t]*(?:\([ \t]*|,[ \t]*|[\u2013\u2014-][ \t]*)?)(?=\p{L}|$)",
    rx.M,
)
# A tally after a name on a seat's line: "Gwent: Ian Johnston (Ind) 45,012" is a results line.
TALLY_AFTER_NAME = rx.compile(r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[,:\u2013\u2014-]?[ \t]*\d")
# What introduces a list of seats before the vote: "Seats to watch", "the targets", "defending".
SEAT_LINE_PREVIEW = rx.compile(r"\b(?:" + _words("preview_list") + r")\b", rx.I)
# A dash with space on both sides, between a list's columns: "Norwich North – Ayesha Whitlock".
SPACED_DASH = rx.compile(r"[ \t]+[-\u2013\u2014][ \t]+")
NAME_WORDS = rx.compile(r"\A(?:\p{Lu}[\p{L}'.-]*)(?:\s+(?:\p{Lu}[\p{L}'.-]*|de|van|von|der|le|la|du|the)){1,4}\Z")


# --- mentions (pipeline/electext/extract/mentions/) ----------------------------------------------------------------
# A lower-case word inside a PERSON span that is no name particle ("Rhun ap Iorwerth", "Marsha de
# Cordova"): the model ran the name on into the sentence ("Daisy Cooper won St Albans").
# "Rhun ap Iorwerth", "Ursula von Hahn": a name's particle and the capitalised word after it
NAME_PARTICLE_AFTER = rx.compile(r"[ \t]+(?:" + _words("lowercase_in_name") + r")[ \t]+\p{Lu}[\p{Ll}'-]+\b")
LOWERCASE_IN_NAME = rx.compile(r"\s+(?!(?:" + _words("lowercase_in_name") + r")\s)\p{Ll}[\p{L}'-]*\b.*\Z")
# How far before a person a party may stand and still be theirs ("Labour's", "the Conservative
# candidate"), and what may come between.
# "and independent Michael Joyce": a lowercase "independent" right before a name is the party.
INDEPENDENT_BEFORE = rx.compile(
    r"(?<![\w-])(?:an\s+|the\s+|two\s+|three\s+)?independent,?\s+(?:candidates?,?\s+|councillors?,?\s+)?\Z"
    # "Two independent candidates, Caroline Shah and John Usher": the list's later names too
    r"|(?<![\w-])(?:two|three|four|five|\d)\s+independents?(?:\s+candidates)?,?\s+"
    r"(?:(?-i:\p{Lu})[\p{L}'-]+\s+){1,3}(?:and|&)\s+\Z",
    rx.I,
)
# "X, a local businessman standing as an independent", "X, expelled from Labour, stood as an independent"
INDEPENDENT_AFTER = rx.compile(
    r"\A(?:,\s+(?:(?:a|an|the|who)\b[^,.;()]{0,60}?\s)?|,[^.;()]{1,120}?,\s+|\s+)"
    r"(?:(?:is|was|has|had|have)\s+)?(?:standing|stood|stands|running|ran|runs|"
    # "Jeremy Corbyn, who led the Labour Party into two elections, held his seat as an independent"
    r"(?:"
    + _words("independent_after")
    # "has won Greyhithe as an independent": the seat by its name
    + r")\s+(?:(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}seat"
    r"|(?-i:\p{Lu})[\p{L}'-]+(?:\s+(?-i:\p{Lu})[\p{L}'-]+){0,4}))\s+as\s+an?\s+independent\b",
    rx.I,
)
# "Their candidate, Roger Crouch", "the party's leader, Paul Nuttall": a party named earlier in the
# sentence (its first, the topic) or, failing that, in the sentence before.
PARTY_ANAPHOR_BEFORE = rx.compile(
    r"\b(?:their|its|the\s+party's)\s+(?:own\s+)?(?:candidate|leader|deputy\s+leader|man|woman|nominee|"
    r"standard-bearer|challenger)\s*,?\s+(?:(?:was|is|will\s+be)\s+)?\Z",
    rx.I,
)
# A party's candidate as a verb's subject, named or not: "after the party's candidate took the seat", "its
# candidate, Mo Ellery, won" (the leader named earlier in the sentence is not the one who won).
PARTY_CANDIDATE_SUBJECT = rx.compile(
    r"\b(?:their|its|the\s+party's)\s+(?:own\s+)?(?:candidate|nominee|standard-bearer|man|woman|challenger)"
    r"(?:\s*,\s*(?P<name>\p{Lu}[^,;.]{1,40}),)?\s+(?:(?:has|had|have)\s+)?\Z",
    rx.I,
)
# "UKIP's vote has collapsed: Liz Hazell third with 2,295": a clause about a party, then its candidate.
PARTY_CLAUSE_BEFORE_COLON = rx.compile(r":\s+\Z")
# "The Greens finished fourth, with Ilse Marten on 904", "The Conservatives held the seat, with Ann Lowe
# polling 14,022 votes": a clause about a party, then its candidate brought in by "with" and given a figure.
# ("Labour regained Marlow Fen, where Jo Pym becomes the MP": the seat's new member, in a clause about it)
PARTY_CLAUSE_WITH_BEFORE = rx.compile(r"(?:,[ \t]+(?:with[ \t]+|where[ \t]+)?|[ \t]with[ \t]+)\Z")
# "Kelby Green ward": a capitalised word right before, a seat noun right after (mentions/parties.py).
CAPITALISED_WORD_END = rx.compile(r"(?<![.!?:]\s)(?<!^)\b\p{Lu}[\p{L}'-]+[ \t]+\Z", rx.M)
WARD_NOUN_AFTER = rx.compile(r"[ \t]+(?:ward|division|by-election)\b")
# "ASHBY GREEN (Harton District Council)": the council a ward's name is given with, in brackets after it.
COUNCIL_BRACKET_AFTER = rx.compile(r"[ \t]*\([^()\n]{0,50}\b(?:Council|COUNCIL)\)")
# "for Reform", "of the Greens": a party given for the name before it.
FOR_OR_OF_END = rx.compile(r"\b(?:for|(?<!\b(?:ahead|short|instead)\s)of)\s+(?:the\s+)?\Z", rx.I)
# The end of a clause: a full stop, a semicolon or a line's end.
CLAUSE_END = rx.compile(r"[.;]\s|\n")
FIGURE_AFTER_WITH_NAME = rx.compile(
    r"[ \t]+(?:(?:on|polling|scoring|getting|picking[ \t]+up)[ \t]+"
    r"(?:(?:just|only|some|around|about|almost|nearly)[ \t]+)?\d"
    # "Plaid Cymru won the seat, with Mererid Howells overturning a Labour majority of 4,880", "with Victoria
    # Strand squeaking home by 37 votes"
    r"|(?:taking|winning|securing|holding|overturning|overcoming|turning[ \t]+over|wiping[ \t]+out|edging)\b"
    r"|(?:squeaking|romping|cruising|sweeping|storming)[ \t]+(?:home|to)\b"
    rf"|(?:becomes|became)[ \t]+the[ \t]+(?:new[ \t]+)?{_MEMBER_NOUN}\b)"
)
# "Dehenna Davison, 26, becomes the first Conservative to represent the town", "X is the new Labour MP"
BECOMES_PARTY_MEMBER = rx.compile(
    r"\A(?:,[^,.;]{1,30},)?\s+(?:" + _words("becomes_party_member") + r")\s+the\s+(?:first|new|latest|only)\s+\Z"
)
PARTY_BEFORE_PERSON = rx.compile(
    # "UKIP, whose man Andrew Charalambous", "Labour, whose candidate was Fiona Drummond"
    r"\A,\s+whose\s+(?:man|woman|candidate|standard-bearer)\s+(?:(?:was|is)\s+)?\Z|"
    # "The Conservative candidate was Beverley Noakes", "the Green candidate is Ann Vale"
    r"\A\s+(?:candidate|nominee|hopeful)\s+(?:was|is)\s+\Z|"
    r"\A[ \t]*\([ \t]*\Z|"  # a results line's "Liberal Democrats (Anja Schaefer): 690"
    # "Labour chose Melanie Dudley to defend …", "The Conservatives picked Marco Longhi"
    r"\A\s+(?:" + _words("party_before_person") + r")\s+\Z|"
    # "Labour's no-nonsense Kelly Brannock", "the Greens' popular Ann Vale": a party's possessive, an epithet, the name
    r"\A['\u2019]s?\s+(?:(?:(?-i:\p{Ll}+-[\p{Ll}-]+)|" + _words("epithets_before_name") + r")\s+){1,2}\Z|"
    r"\A(?:'s?)?[ \t]*(?:(?:the\s+)?(?:former\s+|sitting\s+|new\s+)?"
    # "the Official Monster Raving Loony Party's perennial candidate Howling Laud Hope"
    r"(?:(?-i:\p{Ll}[\p{Ll}-]+)\s+)?"
    r"(?:candidate|challenger|MP|MSP|MS|MLA|AM|councillor|mayor|commissioner|PCC|"
    r"hopeful|nominee|leader|deputy\s+leader|co-leader|(?:vice[\s-])?president|chair(?:man|woman)?|member|"
    r"incumbent|winner|victor|rival|opponent)s?"
    # ("The Conservative candidate and Kelshire Police and Crime Commissioner, Tom Reid": a second role)
    r"(?:\s+and\s+(?:[\p{L}'\u2019-]+\s+){0,5}[\p{L}'\u2019-]+(?=,))?,?\s+"
    # "The Tory candidate, Medway councillor Kelly Tolhurst": a short description between role and name
    # ("The Conservative candidate, Kelshire's police and crime commissioner Tom Reid")
    # (not "the Green candidate, a cousin of the late councillor Tom Reid": a relation names another person)
    r"(?:(?<=,\s+)(?:a\s+|the\s+)?(?:(?!of\b)[\p{L}'\u2019-]+\s+){1,6}(?=\Z))?)?"
    # "the former Conservative leader Sir Iain Duncan Smith"
    r"(?:(?:" + _words("party_before_person_2") + r")\.?\s+)?\Z",
    rx.I,
)
# "Kelshire's police and crime commissioner Tom Reid": a possessor of the role before a name, not the name
# (not "Ann Vale's win in Kelby North": a preposition ends a role's words)
POSSESSOR_OF_ROLE_AFTER = rx.compile(
    r"['\u2019]s(?:[ \t]+(?!(?:in|at|on|for|to|of|with|by|from|over|against)\b)\p{Ll}[\p{L}-]*){1,5}"
    r"[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}"
)
# "Standing for UKIP …, Mr Reckless polled": an opening participle names the subject's party.
STANDING_FOR = rx.compile(
    r"\s*(?:Standing|Running|Campaigning|Stood)\s+(?:for|as)\s+(?:the\s+|an?\s+)?(?P<party>[^,.;]{2,40}?)"
    r"(?:\s+candidate)?\b[^.;]{0,120}?,\s+(?:(?:" + _words("standing_for") + r")\.?\s+)?\Z"
)
# Between a candidate and the party named with them as a pair: "Ada Strand and the Labour party".
_AND_THE = r"\s+and\s+(?:the|his|her|their)\s+"
AND_THE_PARTY = rx.compile(_AND_THE)
PARTY_AFTER_PERSON = rx.compile(
    r"\A(?:,\s+\Z|\s*\(\s*\Z|,\s+(?:the|a|who\s+stood\s+for\s+(?:the\s+)?)\s*\Z"
    # "Tobias Wren from the Heritage Party won 211", "Beki Selleck for the Lib Dems", "Patsy Vale of the
    # nationalist SDLP"
    r"|\s+(?:of|from|for)\s+" + _PARTY_GIVEN_LEAD + r"\Z"
    # "Bill Wiggin, who had been a Conservative MP …"
    r"|,\s+who\s+(?:had\s+been|has\s+been|was|is)\s+(?:a|the)\s+(?:sitting\s+|incumbent\s+)?\Z"
    # "Ada Strand and the Green Party have pulled off a surprise victory": the candidate and party
    rf"|{_AND_THE}\Z)"
)
# "X, a businesswoman standing for the Conservatives", "X, the barrister who stood for Labour"
DESCRIBED_STANDING_FOR = rx.compile(
    r"\A,\s+(?:a|an|the)\s+(?:[\p{L}'-]+\s+){1,4}?(?:" + _words("described_standing_for") + r")"
    r"\s+(?:for|as)\s+(?:the\s+|an?\s+)?\Z"
)
# A returning officer's line: "LATHAM, Sophie (Green Party) - 892 - ELECTED", surname first in capitals.
SURNAME_FIRST = rx.compile(
    r"^[ \t]*(?P<surname>\p{Lu}[\p{Lu}'-]+(?:[ \t]+\p{Lu}[\p{Lu}'-]+)?),[ \t]+"
    # not a dateline ("LONDON, May 7 (Wire)", "KELBY, Friday (UKNA) -"): a bracket, a dash before the tally, or
    # the line's end follows
    r"(?!(?:" + MONTH_NAMES + "|" + _words("weekday") + r")\b)"
    r"(?P<forenames>\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+){0,2})"
    # or a column's gap in a table lined up with spaces ("BRIGHTWELL, Simon James      Green Party      203"),
    # or a dash before the party and the line's tally ("HOWELLS, Rhys - Welsh Labour - 548 (ELECTED)")
    r"(?=[ \t]*(?:\([^()\n]*\)|[-\u2013\u2014][ \t]*\d|$)|[ \t]{2}"
    r"|[ \t]+[-\u2013\u2014][ \t]+\p{Lu}[^\n]*\d[^\n\d]{0,30}$)",
    rx.MULTILINE,
)
# A surname in capitals as a declaration or a ballot paper prints it: "HOLLOWAY", "McKEE", "O'NEILL", "DE SOUZA".
_CAPITALS_SURNAME = r"(?:Mc|Mac|O')?\p{Lu}[\p{Lu}'-]+(?:[ \t]+\p{Lu}[\p{Lu}'-]+)?"
# The returning officer's declaration naming the winner surname first, in prose: "I hereby declare that
# HOLLOWAY, Deborah Jane is duly elected".
DECLARED_SURNAME_FIRST = rx.compile(
    rf"\bdeclare\s+that\s+(?P<surname>{_CAPITALS_SURNAME}),?[ \t]+"
    r"(?P<forenames>\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+){0,2})[ \t]+(?:is|was|has[ \t]+been)[ \t]+duly\b"
)
# A table cell holding a name surname first, with or without its comma: "| ASHWORTH, Gemma Louise |",
# "| DELANEY Mark Anthony | Reform UK | 1,027 |" (a returning officer's declaration as a pipe table).
SURNAME_FIRST_CELL = rx.compile(
    r"(?:(?<=\|)|^)[ \t]*(?P<surname>(?:Mc|Mac|O')?\p{Lu}[\p{Lu}'-]+(?:[ \t]+\p{Lu}[\p{Lu}'-]+)?),?[ \t]+"
    r"(?P<forenames>\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+){0,2})[ \t]*(?=\|)",
    rx.MULTILINE,
)
# A results table's line, surname first in ordinary case, the party in brackets and the tally after:
# "French, Louie (C) .......... 11,189   51.5", "O'Connor, Mary (Lab)  6,711".
SURNAME_FIRST_BOXED = rx.compile(
    r"^[ \t]*(?P<surname>\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+)?),[ \t]+"
    r"(?P<forenames>\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+){0,2})"
    r"(?=[ \t]*\([^()\n]{1,40}\)[ \t.\u2026:-]*\d)",
    rx.MULTILINE,
)
# A returning officer's reading quoted, surname first in ordinary case, then the party and the tally:
# '"Kerr, Lee, Reform UK: 9,390."' (as DECLARATION_QUOTE keeps it from the masking of speech).
# ('"Fenwick-Dale, Marcus, the Labour Party, fifteen thousand six hundred and two."': a tally in words too)
SURNAME_FIRST_QUOTED = rx.compile(rf'(?<="){_SURNAME_FIRST_READING}[ \t]+(?:\d|(?i:{_WORD_NUMBER})\b)')
# A ballot paper's row: the surname in capitals, the rest (forenames, the party's registered
# description) and the tally at the line's end, perhaps with a share or "Elected" after it:
# "REID Tom The Conservative Party Candidate 6,815", "McKAY Ada Scottish Labour Party 15,482 38.6%".
BALLOT_ROW = rx.compile(
    rf"^[ \t]*(?P<surname>{_CAPITALS_SURNAME})[ \t]+"
    r"(?P<rest>\p{Lu}\p{Ll}[^\n]*?)[ \t]+(?:\d{1,3}(?:,\d{3})+|\d+)\b[^\n\p{L}]{0,20}"
    # "10,484 E", "1301 (Elected)": the returning officer's mark of the elected
    r"(?:elected|ELECTED|Elected|E)?\)?[ \t]*$",
    rx.MULTILINE,
)
# One to four forenames, each capitalised ("Howling Laud", "Stephen Kenneth Savill").
# A declaration's row whose forenames wrap under the SURNAME, in its column, on the next line:
# "BRIGHTWELL          Green Party          418" over "Deborah Anne" (a returning officer's notice as text).
WRAPPED_NAME_ROW = rx.compile(
    r"^(?P<indent>[ \t]*)(?P<surname>(?:Mc|Mac|O')?\p{Lu}[\p{Lu}'-]+(?:[ \t]\p{Lu}[\p{Lu}'-]+)?)"
    r"[ \t]{2,}\S[^\n]*?\d[^\n]*\n"
    r"(?P=indent)(?P<forenames>\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+){0,3})[ \t]*$",
    rx.MULTILINE,
)
# A table's candidate cell listed by surname: "Birch, Kay", "ANSELL, Rory James".
SURNAME_COMMA_FORENAMES = rx.compile(
    r"(?P<surname>\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+)?),[ \t]*"
    r"(?P<forenames>\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+){0,3})"
)
FORENAMES = rx.compile(r"\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+){0,3}")
# Forenames, then "The" opening a party's name the lexicon may not know: "Tobias Ewan The Kelverton First Party".
ARTICLE_AFTER_NAMES = rx.compile(r"(?P<names>\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+){0,3})[ \t]+The[ \t]+\p{Lu}")
# "The" closing the words before a party's name ("Paul The Conservative Party"): the party's, not a name's.
ARTICLE_AT_END = rx.compile(r"[ \t]+[Tt]he[ \t]*\Z")
# "Cheshire West and Chester Council": a name the model read as a person is part of a council's.
# A council named in full, its place's name captured: "ASHBY GREEN (Harton District Council)", "elected to
# Port Kelby Town Council" (seats.py: in a council report, and in prose only where the report names a ward, so
# that "elected to Little Stanbury Parish Council" still names the parish its by-election is for).
_COUNCIL_KIND = r"(?:Metropolitan|Borough|District|County|City|Town|Parish|Unitary)"
# (the whole name, "Ashby and Kelby Town Council", not its last word: a ward may be called that, "Kelby")
_COUNCIL_JOINER = r"(?:and|&|upon|on|under|le)"
COUNCIL_NAMED = rx.compile(
    rf"(?P<bracket>\()?(?<!\p{{Lu}}[\p{{L}}'-]*[ \t]+(?:{_COUNCIL_JOINER}[ \t]+)?)"
    rf"(?P<name>\p{{Lu}}[\p{{L}}'-]+"
    rf"(?:[ \t]+(?:{_COUNCIL_JOINER}[ \t]+)?(?!{_COUNCIL_KIND}\b)\p{{Lu}}[\p{{L}}'-]+){{0,3}})"
    rf"[ \t]+(?:{_COUNCIL_KIND}[ \t]+){{0,2}}Council\b"
)
PART_OF_COUNCIL_NAME = rx.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}-]+)*[ \t]+(?:Borough[ \t]+|City[ \t]+|County[ \t]+|District[ \t]+)?Council\b"
)
# "Byron Davies (Con) 15,862": capitalised words right before a bracketed party are a candidate's name.
# "Fergal Vale of the Green Party", "Anne-Marie Kerr, for the Liberal Democrats,": a name the party is
# given for, right before the party (a lower-case word or two describing it may come between)
NAME_BEFORE_PARTY_GIVEN = rx.compile(
    # ("declared Tamsin Okafor, of the Green Party, duly elected")
    r"(?P<name>\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){1,2})(?:[ \t]+(?:of|for)|,[ \t]+(?:for|of))[ \t]+"
    + _PARTY_GIVEN_LEAD
    + r"\Z"
)
# "who became a mayor", "after being elected the first mayor of …": an office someone moved on to, which says
# nothing of this contest's kind (extract/assemble/contest_kind.py); not "won … to become the new MP for X".
OFFICE_TAKEN_BEFORE = rx.compile(
    r"\b(?:who\s+(?:has\s+|had\s+)?(?:became|become|been\s+elected|was\s+elected)"
    r"|(?:after|on|since)\s+(?:being\s+elected|becoming))(?:\s+as)?\s+(?:an?\s+|the\s+)?(?:first\s+)?\Z",
    rx.I,
)
# "Ms Hale takes over from Adrian Sowerby", "replaces the late Sir Howard Quill": the person succeeded is
# named right after the verb (the model may miss the name), after any party and role ("replaces Labour MP
# Mike Amesbury", "succeeds Labour's Elaine Murray").
SUCCEEDED_NAME = rx.compile(
    r"\b(?:" + _words("succession_before") + r")\s+(?:the\s+)?(?:(?:late|former|outgoing|retiring|sitting|fellow)\s+)?"
    rf"(?:(?:{_PARTY_NAMES})(?:['\u2019]s)?\s+)?(?:(?:" + _words("roles_before_name") + r")\s+)?"
    r"(?P<name>\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'-]+){1,3})"
)
# "Wood (Ind) – 454 (21.5%)": a results row of its own, opening on a surname alone, its party bracketed,
# then its tally and share to the line's end (not one item of a list run on along a line)
SURNAME_ROW_BEFORE_BRACKET = rx.compile(r"(?m:^)[ \t]*(?P<name>\p{Lu}[\p{L}'-]+)[ \t]*\(\Z")
TALLY_AFTER_BRACKET = rx.compile(r"\)[ \t]*[-\u2013\u2014:]?[ \t]*\d[\d,]*(?:[ \t]*\([^()\n]*\))?[ \t]*(?m:$)")
# The word before a place, not a person: "in Pennock Vale", "the Pennock Vale leisure centre".
PLACE_WORD_BEFORE = rx.compile(r"\b(?:in|at|near|across|around|the|The|In|At)[ \t]+\Z")
# A round-up's line gives the party, the name in brackets, then the tally: "Lab (Aisha Kamara) 1,102 (48.3%, +2.1)".
NAME_BRACKETED_AFTER_PARTY = rx.compile(
    r"[ \t]*\([ \t]*(?P<name>\p{Lu}[\p{L}'.-]+(?:[ \t]+\p{Lu}[\p{L}'.-]+){1,3})[ \t]*\)[ \t]*[:\u2013\u2014-]?[ \t]*\d"
)
# Or the tally, then the name in brackets to the line's end: "Reform UK 1,012 (Gary Pinkney)".
NAME_BRACKETED_AFTER_TALLY = rx.compile(
    r"[ \t]*[:\u2013\u2014-]?[ \t]*\d[\d,]*(?:[ \t]*\([^()\n]*%[^()\n]*\))?[ \t]*"
    r"\([ \t]*(?P<name>\p{Lu}[\p{L}'.-]+(?:[ \t]+\p{Lu}[\p{L}'.-]+){1,3})[ \t]*\)[ \t]*(?m:$)"
)
# A region in brackets after a party, where a round-up would put a name: "Lab (North West) 1,204".
PLACE_IN_BRACKETS = rx.compile(r"(?:(?:North|South|East|West|Central|Mid|Greater|Inner|Outer)\b[ \t]*)+\p{L}*")
NAME_BEFORE_BRACKET = rx.compile(r"(?P<name>\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){1,2})[ \t]*\(\Z")
# A name that ends on a building's word is a venue's, not a seat's: "Castle Leisure Centre", "Kelby Town Hall".
VENUE_NAME_END = rx.compile(r"[ \t](?:" + _words("building_end") + r")\Z")
# A name that ends on a venue's, an institution's or a movement's word is no person's: "Garnock Academy",
# "Kelby Leisure Centre", "the SDP-Liberal Alliance".
INSTITUTION_END = rx.compile(
    r"[ \t](?:" + _words("venue_after") + "|" + _words("building_end") + "|" + _words("body_name_end") + r")\Z"
)
# A live blog's time stamp glued to a name: "8.18am Ed Balls".
LEADING_TIME = rx.compile(r"\A\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s+", rx.I)
# A role glued to a name: "Sitting MP John Mann", "former MSP Jane Roe".
LEADING_ROLE = rx.compile(
    r"\A(?:(?:" + _words("leading_role") + r")\s+)*(?:" + _words("leading_role_2") + r")\s+", rx.I
)
# An occupation opening a sentence before a full name, read into the name by the model: "Barrister Lucy
# Fanshawe, 45, scraped home" (cues.json's descriptive roles of one word in lower case, less any that is
# also a forename and those that name a result, "victor", which a forename may be).
OCCUPATION_BEFORE_NAME = rx.compile(
    r"\A(?i:"
    + alternation(
        [
            role
            for role in _CUES.descriptive_roles
            if role.islower()
            and " " not in role
            and len(role) > 3
            and role.title() not in _RESOURCES.forenames
            and role not in _CUES.phrases("result_roles")
        ]
    )
    + r")\s+(?=\p{Lu}[\p{Ll}'-]+\s+\p{Lu})"
)
# The capitalised word right after a one-word PERSON span: perhaps the rest of the name.
FORENAME_BEFORE = rx.compile(r"(?<![\p{L}'-])(?P<forename>\p{Lu}[\p{Ll}'-]+)[ \t]+\Z")
NEXT_NAME_WORD = rx.compile(r"[ \t]+(?P<word>\p{Lu}[\p{L}-]*(?:'\p{Lu}[\p{L}-]*)?)\b")
NATIONAL_BEFORE = rx.compile(r"\b(?:" + _words("national_before") + r")\s+\Z")
# "a chief superintendent with Harrowshire Police": the force, not the commissioner's area (not "Harrowshire
# Police and Crime Commissioner")
_FORCE_AFTER = r"[ \t]+(?:Police|Constabulary)\b(?![ \t]*,?[ \t]+(?:(?:[Ff]ire[ \t]+)?and|&)[ \t]+)"
FORCE_AFTER = rx.compile(_FORCE_AFTER)
# "Newcastle-under-Lyme council", "Medway councillor Kelly Tolhurst": the local authority, not the seat.
COUNCIL_AFTER = rx.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+(?-i:\p{Lu})[\p{L}-]+)?"  # "Newark and Sherwood district councillor"
    r"[ \t]+(?:(?:" + _words("council_after") + r")[ \t]+)?council(?:lors?)?\b"
    # "Peterborough City Hospital", "Barnsley FC": an institution named after the place
    r"|[ \t]+(?:City[ \t]+|General[ \t]+|Royal[ \t]+|District[ \t]+)?(?:Hospital|Infirmary|University|College|"
    r"Airport|Cathedral|FC|United|Rovers|Town[ \t]+FC|station|Station|Crown[ \t]+Court|Magistrates)\b"
    rf"|{_FORCE_AFTER}"
    # "at Kelverton Leisure Centre", "outside Ashcombe Church Hall": a venue (a count's, a caption's)
    r"|[ \t]+(?:" + _words("venue_after") + r")\b",
    rx.I,
)


# --- figure roles (pipeline/electext/extract/linking/figure_roles.py) -----------------------------------------
# Layout around a figure that, with an owner, says what the figure is. Each is matched against the text
# just before the figure (…_END) or just after it (…_AFTER), or against what lies between owner and figure.
# "majority: 5,508 (13.81%)": a majority's count, then the same majority as a share
# (and "Stallard's majority of 295 is 8.9 per cent of the valid vote": the majority is the share)
MAJORITY_FIGURE_THEN_SHARE = rx.compile(
    r"\b(?:majority|maj)\b[^.\n]{0,25}?\d[\d,]*\s*(?:votes?\s*)?(?:[(,]|\s(?:is|was|represents|amounts\s+to|equals))\s*"
    r"(?:(?:just|only|a\s+mere|some|about|around|nearly|almost)\s+)?\Z",
    rx.I,
)
# "4,313 (9.4%)", "12,680 votes, or 31%": a tally, then its share
TALLY_THEN_SHARE = rx.compile(r"\d[\d,]*\s*(?:votes?\s*)?[(,]\s*(?:or\s+)?\Z")
COLON_OR_BRACKET_END = rx.compile(r"[:(]\s*\Z")
# "to Mr Skinner's 16,492"
POSSESSIVE_END = rx.compile(r"'s?\s*\Z")
# "Mhairi Black (SNP), 20 years old and still a student, 23,548.": a bracket right after the name …
BRACKETED_AFTER_NAME = rx.compile(r"\s*\([^)\n]{1,40}\)")
# … and the tally closing its sentence or list item
SENTENCE_ENDS_AFTER = rx.compile(r"\A\s*(?:[.,;]|$)")
# "over the SDLP's Alex Attwood (3,088)", "Neil Manson of the SDP (151)", "(4,313; 9.4%)"
BRACKETED_TALLY_AFTER = rx.compile(r"\A\s*(?:[;,]\s*[\d.]+\s*(?:%|per\s*cent)?\s*)?\)")
# "Jane Holt (7,305)", "Neil Manson of the SDP (151)", "Adrian Boulding (Con, 311)": the tally's bracket
# after its name, the party first in it or not
# ("Liberal Democrat Ann Moss came in fourth (2,113)": the place between the name and the bracket)
BRACKET_AFTER_NAME = rx.compile(
    r"(?:\s+of\s+(?:the\s+)?[^()\d]{1,60}?"
    r"|\s+(?:came|finished|was|placed|ended)\s+(?:in\s+)?(?:" + alternation(ORDINAL_VALUE) + r"|last)(?:\s+place)?)?"
    r"\s*\(\s*(?:[^(),\d\n]{1,30},\s*)?"
)
# a declaration: "Seema Malhotra, Labour and Co-operative Party, twelve thousand, …"
COMMA_END = rx.compile(r",\s*\Z")
LINE_ENDS_AFTER = rx.compile(r'\A\s*[."\u201d]*\s*\Z')
# An item of a declaration read out, before the next: "10,098; Leighton Andrews, Welsh Labour, 6,639".
DECLARED_ITEM_AFTER = rx.compile(r"\A\s*;\s*(?-i:\p{Lu})[\p{L}'-]+(?:\s+(?-i:\p{Lu})[\p{L}'-]+){1,3},")
# a spoken list: "The Green candidate, Simeon Hart, 249, and then …"
COMMA_ONLY = rx.compile(r",\s*")
LIST_GOES_ON_AFTER = rx.compile(r"\A\s*(?:,\s*(?:and|then|while)\b|;)")
# a live blog's tally: "Clegg 22,215, Labour's Oliver Coppard 19,862."
# "The Greens' Nigel Woodcock had 748": a candidate's tally after "had" right after the name.
HAD_BEFORE_TALLY = rx.compile(r",?\s+had\s+(?:just\s+|only\s+|a\s+mere\s+)?", rx.I)
# A second seat's figure after a first's: "… a turnout of 64.4%, and [Fermanagh and South Tyrone] with 69.1%".
AND_ANOTHER_BEFORE = rx.compile(r",?\s+(?:and|while|with)\s+(?:the\s+|in\s+)?", rx.I)
SEAT_WITH_FIGURE = rx.compile(
    r"(?:\s+(?:constituency|seat|ward|division))?,?\s+(?:with|on|at|had)\s+(?:just\s+|only\s+)?", rx.I
)
# Between a results line's party and its tally: layout, and a name's capitalised words ("Con Tom Brown 1,021").
# Possessive, so a long run of capitals has one reading, not one per way of cutting it.
NAME_OR_LAYOUT = rx.compile(r"(?:[^\p{L}\d]++|\p{Lu}[\p{L}'.-]*+|(?<=\s)(?:de|van|von|ap|ab)(?=\s))*+")
# Between a member and a year, the party's own hold: "held the seat her party has won at every election since".
PARTY_ITSELF_HELD = rx.compile(
    r"\b(?:her|his|their|the)\s+party\s+(?:has|had)\s+(?:(?:always|continuously)\s+)?(?:won|held)\b", rx.I
)
# "Independent (Total) – 698 (33.0%)": a party's total over several candidates on a results line.
GROUP_TOTAL_BEFORE = rx.compile(
    r"\((?:total|combined|overall)\)[ \t]*[-\u2013\u2014:]?[ \t]*(?:[\d,]+[ \t]*\([ \t]*)?\Z", rx.I
)
# Nothing but whitespace (between an owner and its figure).
BLANK = rx.compile(r"\s*")
TALLY_ENDS_AFTER = rx.compile(r"\A\s*(?:[,.;]|\Z)")
# "Sophie (Green) - 892", "Result:\t892", a column gap before the figure; "(", or the line's end, after it
LIST_SEPARATOR_END = rx.compile(r"(?:^|[:)\t]|\s{2,})\s*(?:[-\u2013\u2014]\s*)?\Z")
BRACKET_OR_LINE_END_AFTER = rx.compile(r"\A\s*(?:\(|$)")
# "Swing of 9% from Lab to Con, bigger than Cameron needs nationally": a national figure set against this one
NATIONAL_COMPARED = rx.compile(r"\b(?:than|compared\s+(?:with|to)|against|above|below)\b[^.;]{0,40}\Z")
# "Jane Brophy, 62, a retired teacher": a small number set off by commas after a name is an age
COMMA_NEXT = rx.compile(r"\s*,")
# "and Harriet Williams of the Women's Equality Party 195": the party that belongs to the name before it
PARTY_OF_NAME = rx.compile(r"\s+of\s+(?:the\s+)?|\s*\(\s*")
# "and Labour, in third place, 3,957": words that may stand between a name and its tally
NAME_TO_TALLY_FILLER = rx.compile(
    r"'s?|\b(?:on|with|just|only|in\s+\w+\s+place|second|third|fourth|fifth|sixth)\b|[\s:,()]"
)
# "…, and the Greens 1,204": a name coordinated with the figure before it
COORDINATING_BEFORE_NAME = rx.compile(r"(?:,|\band\b|\bwhile\b|;)\s+(?:the\s+)?(?:\S+\s+){0,3}\Z")
# "the Whitehaven seat", "has held Erdington since": a place the model took for a person
PLACE_NOT_PERSON_BEFORE = rx.compile(r"\b(?:the|held)\s+\Z")
SEAT_NOUN_AFTER = rx.compile(r"\s+(?:seat|constituency|ward|division)\b")
# "who had been a Conservative MP in Herefordshire since 2001": one member's tenure, not a party's hold
MEMBER_TITLE_AFTER = rx.compile(r"\s+(?:" + _words("member_title_after") + r")\b")
WHO_HAD_BEEN_END = rx.compile(r"\bwho\s+(?:had|has)\s+been\s+(?:a|the)\s+\Z")
# "Emma Dent Coad*": a mark after a list line's name that a legend may explain ("* sitting MP")
SITTING_MARK_END = rx.compile(r"[*\u2020][ \t]*\Z")
# --- win verbs (pipeline/electext/extract/linking/word_facts.py) ---------------------------------------------
# "won back", "won seats", "won the next election": a win verb whose object is no seat of this contest
WIN_OF_SOMETHING_ELSE = rx.compile(r"\A\s*(?:back|seats|the\s+(?:next|general))")
SINCE_WORD = rx.compile(r"\bsince\b")
# "John Mann had held it", "who first won Richmond Park": an earlier result
EARLIER_WIN_BEFORE = rx.compile(r"\b(?:had|'d|first|originally|previously|once)\s+(?:\w+\s+)?\Z")
# "was elected as a Tory": a member's label
ELECTED_AS_LABEL = rx.compile(r"\s+as\s+an?\s+")
# "holding", "winning" report a win only after a comma, "by" or "after" ("…, winning the seat")
PARTICIPLE_WIN_BEFORE = rx.compile(r"(?:,|\bby|\bafter)\s*\Z")
PASSIVE_BEFORE = rx.compile(r"\b(?:" + _words("passive_before") + r")\s+\Z")
BY_AGENT_AFTER = rx.compile(r"\A\s+by\s+(?:the\s+)?")
ARTICLE_AFTER = rx.compile(r"\A\s+(?:an?\s+|the\s+)?")
OPTIONAL_THE_AFTER = rx.compile(r"\s+(?:the\s+)?")
# "Green Party", "Reform candidate": a party word before one of these is the party, not a surname
PARTY_WORD_AFTER = rx.compile(rf"\s+(?:{'|'.join(map(rx.escape, _CUES.party_words_after))})\b")


# --- words around figures, names and seats, moved from the stages that use them -------------------------
# "edged out the Green, Stewart Goshawk": "the" right before a party used as a singular noun
THE_BEFORE_END = rx.compile(r"\bthe\s+\Z", rx.I)

# "Smith and Jones", "Bank of England": a capitalised word joined on after a name
NAME_JOINED_AFTER = rx.compile(r"\s+(?:and|of|&)\s+\p{Lu}")

# "Sir Robert": a knight or dame is named by the forename
KNIGHTED_END = rx.compile(r"\b(?:Sir|Dame)\s+\Z")
# "Ms Ní Dhuibhir", "Mr Mac Aodha": a courtesy title before a surname of more than one word
# A courtesy title that says a man, or a woman, right before a name ("Mr Gillow", "Mrs Greaves")
MAN_TITLE_END = rx.compile(r"\b(?:" + _words("titles_of_men") + r")\.?[ \t]+\Z")
WOMAN_TITLE_END = rx.compile(r"\b(?:" + _words("titles_of_women") + r")\.?[ \t]+\Z")
WIN_WORDS_AS_NOUNS = frozenset(word.lower() for word in _CUES.phrases("win_words_as_nouns"))
# "Whitmoss (Harton DC) – Residents gain from Conservative": a group no party list holds, its gain from one
UNLISTED_GAIN = rx.compile(
    r"\p{Lu}[\p{L}'\u2019-]*(?:[ \t]+\p{Lu}[\p{L}'\u2019-]*){0,3}[ \t]+(?i:gain)[ \t]+(?i:from)[ \t]+"
)
_COURTESY_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)"
# "Ms MacLure", "Mr Ó Dálaigh": a courtesy title and a surname
TITLED_NAME = rx.compile(_COURTESY_TITLE + r"\.?[ \t]+\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+)?")
COURTESY_TITLE_END = rx.compile(r"\b" + _COURTESY_TITLE + r"\.?\s+\Z")

# A key-numbers label's words ("17,894 - votes for X", "64.1% - turnout"), tried swing, turnout, majority, share, votes
KEYED_TURNOUT = rx.compile(r"\bturnout\b", rx.I)

# see KEYED_TURNOUT
KEYED_MAJORITY = rx.compile(r"\bmajority\b", rx.I)

# see KEYED_TURNOUT
KEYED_SHARE = rx.compile(r"\bshare\b", rx.I)

# see KEYED_TURNOUT
KEYED_VOTES = rx.compile(r"\A(?:the\s+)?votes?\b", rx.I)

# "55.9% - her share of the vote": the candidate of the line before
OWN_PRONOUN = rx.compile(r"\A(?:his|her|their)\b", rx.I)

# "2,842 - Khan's majority at the general election in May 2015": a figure of the election before
KEYED_EARLIER = rx.compile(
    r"\b(?:(?:19|20)\d\d|had|previous|previously|notional|notionally|last\s+time|before)\b", rx.I
)

# "swing (points)": a swing given in percentage points
POINTS_WORD = rx.compile(r"\bpoints?\b", rx.I)

# "Share (%)", "Change (pts)": a table header's unit in brackets
# A declaration's description of a party no list holds: capitalised words, "The" and "and" between
# ("The Kelverton First Party", "Residents for Uttlesford"), less a closing "Candidate".
PRINTED_PARTY = rx.compile(r"(?:The[ \t]+)?\p{Lu}[\p{L}'&-]*(?:[ \t]+(?:\p{Lu}[\p{L}'&-]*|and|of|for|the|&)){0,7}")
CANDIDATE_WORD_AT_END = rx.compile(r"[ \t]+Candidate\Z")
NO_PARTY_PRINTED = frozenset(_CUES.phrases("no_party_printed"))
# A word of a local party's description as printed in a results line's cell ("Whitmoss Residents' Association")
PARTY_DESCRIPTION_WORD = rx.compile(r"(?<![\p{L}'])(?:" + _words("party_description_words") + r")(?![\p{L}'])")
NOTE_IN_HEADER = rx.compile(r"\s*\([^()]*\)\Z")
# A results table's column named with its election, this one or the one before: "By-election votes", "Change on
# GE", "Change since 2024" (the column is then "votes" or "change"; "GE votes" names no column of this election).
ELECTION_IN_HEADER = rx.compile(
    r"\A(?:by-election|this\s+election)\s+(?=votes\Z)|(?<=\Achange)\s+(?:on|since|from)\s+(?:the\s+)?"
    r"(?:ge|general\s+election|last\s+(?:election|time)|(?:19|20)\d\d)\Z"
)
UNIT_IN_HEADER = rx.compile(r"\s*\((?:%|pts?|points|per\s+cent)\)\Z")

# "1,487 in Mid Bedfordshire", "1,373 votes in Tamworth": a seat named right after its figure
IN_BEFORE_SEAT = rx.compile(r"\A\s*(?:votes?\s+)?in\s+\Z")

# "since" or a figure between a result and a time cue: the cue is not that result's time
SINCE_OR_DIGIT = rx.compile(r"\bsince\b|\d")
# Between a figure and a time phrase, a clause describing the seat: the time is that clause's ("a majority
# of 2,508 in a seat Labour won comfortably eighteen months ago" is this election's majority).
SEAT_DESCRIBED_BETWEEN = rx.compile(r"\bin\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:seat|constituency|ward|division)\b")
# The general election named as when something happened: in a by-election's report, an earlier election.
AT_GENERAL_ELECTION = rx.compile(
    r"\b(?:at|in)\s+the\s+(?:last\s+|previous\s+|(?:19|20)\d\d\s+)?general\s+election\b(?!\s+(?:campaign|result)s?\b)",
    rx.I,
)
# "… with a majority of 14,088 at the general election": the figure's own time, right after it
AT_GENERAL_ELECTION_AFTER = rx.compile(
    r"\A(?:\s+votes)?\s+(?:at|in)\s+the\s+(?:last\s+|previous\s+|(?:19|20)\d\d\s+)?general\s+election\b", rx.I
)
# (not "calculated by election analysts": the hyphen or the closed form only)
# ("had nursed a 15,006 majority at the general election": the figure's noun between it and its time)
FIGURE_AT_END = rx.compile(r"\d[\d,.]*(?:\s*%|\s+per\s+cent)?(?:\s+(?:majority|votes|lead))?\s*\Z")
BY_ELECTION_WORD = rx.compile(r"\bby-?elections?\b", rx.I)
# Between a win verb and a time phrase, the win's own margin: "won it with a majority of 15,088 at the last
# general election", "held the seat by 4,102 votes in 2019" (the time is the win's too).
WIN_MARGIN_BETWEEN = rx.compile(
    r"\s*(?:it|the\s+seat|\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3})?,?\s+(?:with|by)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:majority|margin|lead)\s+of\s+)?"
    r"(?:(?:just|only|some|more\s+than|nearly|almost|over|around)\s+)?\d{1,3}(?:,\d{3})*(?:\s+votes)?"
    r"(?:\s+(?:at|in))?\s*"
)

# "Selby, in 2019", "Tamworth from 2010": a year soon after a seat sets it at another time
# ("In the Hexley by-election of 1994 the Liberal Democrats overturned …": a contest dated by "of")
YEAR_SOON_AFTER_SEAT = rx.compile(
    r"\A[^.;]{0,30}?\b(?:in|from|until|between|by-election\s+of)\s+(?:19|20)\d\d\b(?!\s*[-:])"
)

# "Neil Manson of the SDP (151)": a person, then "of (the)" and their party
# Between a name and its party: "Neil Manson of the SDP", "Adrian Boulding (Con, 311)" (a bracket opening on it).
OF_THE_BETWEEN = rx.compile(r"\s+of\s+(?:the\s+)?|\s*\(\s*")

# "with 26,247 votes to her 18,662": the other person's figure
TO_HIS_HER_END = rx.compile(r"\bto\s+(?:his|her)\s+\Z")

# "Labour's Danny Beales on 13,470": a name, then "on" and its tally
ON_BETWEEN = rx.compile(r"\s*,?\s*on\s*")
# "with Ruth Amery polling 1,204": a participle between a person brought in with "with" and the tally
PARTICIPLE_BETWEEN = rx.compile(
    r"\s+(?:" + _words("trailing_participle") + r")\s+(?:just\s+|only\s+|some\s+|a\s+total\s+of\s+)?", rx.I
)


# "over UKIP's Diane James, who took 11,571 votes": a relative clause about the name before
RELATIVE_PRONOUN = rx.compile(r"\b(?:who|which|whose)\b")
# "Ann Lee polled 512 votes for the Greens": a tallying verb right after the name whose tally follows.
TALLY_VERB_BETWEEN = rx.compile(
    r"\A\s+(?:" + _words("tally_verb_between") + r")\s+(?:just\s+|only\s+|some\s+|a\s+total\s+of\s+)?\Z", rx.I
)
# "held the Glanrafon ward of Gwynedd Council for ", "took the by-election, keeping the seat for the ": a
# win verb and its object, then the party it was won for (checked against the text before that party).
WON_FOR_BEFORE = rx.compile(
    r"\b(?:" + _words("won_for_before") + r")\s+(?:[^\s,.;:\d]+\s+){0,8}?for\s+(?:the\s+)?\Z", rx.I
)
# "Labour won Kelvinbrook, where Ruth Amery secured 1,204 votes": a relative clause of the seat won, opening
# on the name whose tally it gives (linking/standing.py)
WHERE_BEFORE_NAME = rx.compile(r",\s*where\s+\Z", rx.I)
# "a gain for the Greens in …", "a Labour hold": the party a result is for, where no verb names it
RESULT_FOR_PARTY_BEFORE = rx.compile(r"\b(?:gain|hold|win|victory)\s+for\s+(?:the\s+)?\Z", rx.I)
# "Jo Bartley succeeded the late Tom Evans, winning 512 votes", "is the new councillor after polling
# 1,204": a participle after a comma (or "after", "while", "by") opening the words before a tally has
# the sentence's subject for its own, not the name just before it.
TRAILING_PARTICIPLE = rx.compile(
    r"(?:,|\s+(?:after|while|by))\s+(?:"
    + _words("trailing_participle")
    + r")\s+(?:just\s+|only\s+|some\s+|a\s+total\s+of\s+)?\Z",
    rx.I,
)

# "21,773 to Labour's Simon Letts on 21,742": a person followed by a figure of their own
# "… to Labour's Simon Letts on 21,742", "… to the Tory candidate Mark Ebrey's 655": the person's own figure
OWN_FIGURE_AFTER_PERSON = rx.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:,?\s*(?:on|with)\s+|['\u2019]s?\s+)\d")

# Where a cue stops qualifying the figure after it: a comma, a semicolon, "but", "and", "while"
CONJUNCTION_SPLIT = rx.compile(r",|;|\bbut\b|\band\b|\bwhile\b")

# "a majority of 2,260 - lower than at the 2015 general election": a comparison, not the previous majority
COMPARED_AFTER_FIGURE = rx.compile(r"\A[^.;]{0,30}?\b(?:than|from|compared\s+(?:with|to)|against)\b")

# "a majority of 4,181 at the last election": the previous majority
AT_LAST_ELECTION_AFTER = rx.compile(
    r"\A[^.;\d]{0,40}?\b(?:at|in)\s+the\s+(?:last|previous|\d{4})\s+(?:general\s+)?election"
)

# "a majority of 4,181 in 2019": the previous majority
IN_YEAR_AFTER = rx.compile(r"\A[^.;\d]{0,30}?\bin\s+(?:19|20)\d\d\b")

# "a 24,664 Tory majority", "a 5,000-vote Labour majority": between the figure and the party
VOTE_BEFORE_PARTY = rx.compile(r"\A[\s-]*(?:vote\s+)?\Z")

# see VOTE_BEFORE_PARTY: "majority" after the party
MAJORITY_NEXT = rx.compile(r"\A\s*majority", rx.I)

# "a Conservative majority of 3,294": between the party and the figure
MAJORITY_OF_BETWEEN = rx.compile(r"\A\s*majority\s+(?:of\s+)?\Z", rx.I)

# "giving the Conservatives a majority of 2,607": the party given the majority
GIVING_END = rx.compile(r"\b(?:giving|gave|gives|hands?|handed|handing)\s+(?:the\s+)?\Z")

# see GIVING_END: between the party and the figure
A_MAJORITY_OF_BETWEEN = rx.compile(r"\A\s+an?\s+(?:\w+\s+)?majority\s+of\s+\Z", rx.I)

# "Swing C to Lab 10.2%", "6.7% Lab to Con": "to" between a swing's two parties
SWING_PAIR_TO = rx.compile(r"\s+to\s+(?:the\s+)?", rx.I)

# as SWING_PAIR_TO, lower case only: after the figure
SWING_PAIR_TO_LOWER = rx.compile(r"\s+to\s+(?:the\s+)?")

# between the pair and the figure it precedes: "Swing C to Lab: 10.2%"
SWING_PAIR_BEFORE_FIGURE = rx.compile(r"[\s.\u2026]*:?\s*")

# "a 4.2-point swing, LD to PC": between the figure and the pair after it
SWING_PAIR_AFTER_FIGURE = rx.compile(r"\s*(?:swing\s*)?,?\s*(?:from\s+)?", rx.I)

# "23.9% to Labour from the Tories": the party a swing went to
TOWARDS_END = rx.compile(r"\b(?:to|towards)\s+(?:the\s+)?\Z", rx.I)

# see TOWARDS_END: the party a swing came from
AWAY_FROM_END = rx.compile(r"\b(?:from|against)\s+(?:the\s+)?\Z", rx.I)

# "In second place was the Conservative Daniel Critchlow": a place, then the verb and the name
INVERTED_PLACE_AFTER = rx.compile(r"\s*,?\s*(?:" + _words("inverted_place_after") + r")\s+(?:the\s+)?")

# "a majority of 1,508 over the second-placed Conservative, Ann Vale": the place is the beaten one's,
# named after it, not the clause subject's
PLACED_OBJECT_BEFORE = rx.compile(
    r"\b(?:over|ahead\s+of|than|beat|beating|defeated|defeating|overtook|overtaking)\s+(?:the\s+|their\s+)?\Z",
    rx.I,
)

# "Dev Sharma's hold on Ashcombe", "the party's firm grip on it": a grip, not a result
HOLDER_BEFORE = rx.compile(r"'s\s+(?:[\w-]+\s+)?\Z")
GRIP_AFTER = rx.compile(r"\s+(?:on|over)\b", rx.I)
# "The by-election was triggered after its MP was elected mayor": what a vacancy followed from
# A seat's member, described so, then elected to another office: "Ruth Calder, who had held the seat since 2010,
# was elected" (mayor of a combined authority, to the Senedd).
_HOLDER_ASIDE = (
    r"\bwho\s+(?:had\s+)?(?:held|represented|sat\s+for)\s+(?:the\s+seat|the\s+constituency|it)\b[^,.;]{0,60},"
)
_HOLDER_ELECTED_ELSEWHERE = _HOLDER_ASIDE + r"\s+(?:was|had\s+been|has\s+been)\s+(?=elected\b)"
VACANCY_TRIGGER_BEFORE = rx.compile(
    r"\b(?:triggered|caused|called|prompted|sparked|forced)\s+(?:\w+\s+){0,2}?(?:after|when|because|by)\b"
    # "The vacancy arose when Labour councillor Yusuf Harte was elected to Parliament"
    r"|\bvacancy\s+(?:arose|came\s+about|was\s+created|opened\s+up)\s+(?:after|when|because)\b"
    # "The seat fell vacant when its MP was elected Mayor of Kelby", "stood down after he was elected …"
    r"|\b(?:fell|became|was\s+left|falls)\s+vacant\s+(?:after|when|because)\b"
    # ("who resigned from the Commons after winning the Holyrood seat of Tarn": the seat the member left for)
    r"|\b(?:(?:stood|stepped)\s+down|resigned|quit)\s+(?:[\w']+\s+){0,3}?(?:after|when|because)\b"
    # ("Ruth Calder, who had held the seat since 2010, was elected mayor of …": the seat's member, elected elsewhere)
    r"|" + _HOLDER_ELECTED_ELSEWHERE,
    rx.I,
)
# The verb of such a member elected elsewhere, right after the aside: a win of another race.
HOLDER_ELECTED_ELSEWHERE_BEFORE = rx.compile(_HOLDER_ASIDE + r"\s+(?:(?:was|had\s+been|has\s+been)\s+)?\Z", rx.I)
# "the outgoing North of Tyne mayor", "the Ashcombe MP": a seat's name as an office's, describing a person
# (the member labels of MEMBER_LABEL_AFTER, on the same line)
OFFICE_AFTER_SEAT = rx.compile(
    r"[ \t]+(?:" + _words("member_label_after") + r")\b"
    # (not "hold Lincolnshire PCC post", "the Tees Valley mayor race": the office as the contest won)
    r"(?![ \t]+(?:" + _words("office_as_contest") + r")\b)"
)
# "won the race for Tees Valley mayor", "the contest to be Cleveland police and crime commissioner": the
# office named as the contest itself, not as a person's description
OFFICE_CONTEST_BEFORE = rx.compile(
    r"\b(?:race|contest|election|battle|fight|vote|bid)\s+(?:for|to\s+be(?:come)?)\s+(?:the\s+)?\Z", rx.I
)
# "his father, defence lawyer Pat Vale", "her sister Jo Vale": a relative named, who shares the surname
KIN_BEFORE = rx.compile(r"\b(?:" + _words("kin_before") + r")\b(?:'s)?[^.;:\n]{0,30}\Z", rx.I)
# "the prospects of a Green win", "their hopes of victory": a win in prospect
PROSPECT_OF_BEFORE = rx.compile(
    r"\b(?:prospects?|chances?|hopes?|odds|likelihood)\s+(?:of|for)\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}\Z"
    # "predicted further gains at next year's election": wins foreseen
    r"|\b(?:predicted|predicts|predicting|forecast|forecasts|forecasting)\s+(?:(?:further|more|big|major)\s+)?\Z",
    rx.I,
)
# "Former Conservative councillor Ann Vale", "ex-Labour MP": a party someone belonged to
FORMER_END = rx.compile(r"\b(?:" + _words("former_member") + r")[\s-]*\Z", rx.I)
LEADER_WORD = rx.compile(r"\bleader\b", rx.I)
# "Plaid leader Ann Vale", "The Conservative leader, Ann Vale,": a person introduced as a party's leader.
LEADER_BEFORE = rx.compile(
    r"\b(?:leader|Leader|LEADER),?[ \t]+"
    r"(?:(?:Sir|Dame|Dr|Lord|Lady|Baroness|Cllr|Councillor|Mr|Mrs|Ms|Miss)\.?[ \t]+)?\Z"
)
# A win verb's object that is a proper name, ending the clause or before its time: "held Kentwater, won in 1982"
# (not a possessive, "held Tony Vale's old seat"; not a day, a month or a parliament).
PROPER_OBJECT_AFTER = rx.compile(
    r"[ \t]+(?!(?:The|This|That|It|Its|Their|His|Her|Westminster|Holyrood|Parliament|"
    + MONTH_NAMES
    + "|"
    + _words("weekday")
    + r")\b)(?P<name>\p{Lu}[\p{Ll}'-]+(?:[ \t]+(?:and[ \t]+|of[ \t]+|upon[ \t]+)?\p{Lu}[\p{Ll}'-]+){0,4})"
    r"(?![\p{L}'\u2019-])(?=[ \t]*[,.;]|[ \t]+(?:in|at|on|for|from|with|by)\b)"
)
# Win verbs whose object is a person beaten ("beat Smith by 300"), not a seat.
PERSON_OBJECT_VERB = rx.compile(
    r"(?i:beat\w*|defeat\w*|oust\w*|unseat\w*|toppl\w*|pip\w*|edg\w*(?:\s+out)?|(?:saw|seeing|sees|see)\s+off"
    r"|fend\w*\s+off|held\s+off|holding\s+off|overt\w*|outpoll\w*)"
)
# "said the win showed", "hailed this historic victory": a win word as a noun, after its article.
# "Conservative-held", "hard-won": a win word joined by a hyphen to the word before, an adjective (not "re-elected")
HYPHEN_COMPOUND_END = rx.compile(r"(?<!\b[Rr]e)(?<!\bRE)\p{L}-\Z")
# "She won the seat at the general election with a majority of 6,702": in a by-election's report, a win
# at "the general election" is the one before (not "the general election campaign")
WON_AT_GENERAL_ELECTION_AFTER = rx.compile(
    r"\A(?:\s+(?:the|this|that|her|his|their|its)\s+seat)?\s+(?:at|in)\s+the\s+general\s+election\b"
    r"(?!\s+(?:campaign|result)s?\b)",
    rx.I,
)
# "on the", "an", "their": a determiner right before a word, which makes it a noun or an adjective
DETERMINER_END = rx.compile(r"\b(?:the|a|an|his|her|their|its|our|your|this|that)[ \t]+\Z", rx.I)
# A condition opening the clause of a win verb: "If Ms Vale holds on …", "unless Labour wins …" (up to the
# verb, no clause break between; the conditions of cues.json's hypothetical_before_seat, which a seat's are too).
CONDITION_BEFORE = rx.compile(r"\b(?:" + _words("hypothetical_before_seat") + r")\s+[^.;:,]{0,60}\Z", rx.I)
# A claim verb, and after it a clause rather than a seat: "claimed the result showed …", "claims that it was …".
CLAIM_VERB = rx.compile(r"claim(?:s|ed|ing)?", rx.I)
CLAUSE_AFTER_CLAIM = rx.compile(
    r"\s+(?:that\s+)?(?:(?:the|this|its|their|his|her|our)\s+)?(?:[\p{L}'-]+\s+){1,2}?"
    r"(?:showed|shows|was|is|had|has|proved|proves|meant|means|would|will|could|marked|marks|gave|gives)\b",
    rx.I,
)
# A speaker glad of a hold, not its winner: "the council leader said he was pleased to hold the ward".
FEELING_BEFORE_INFINITIVE = rx.compile(
    r"\b(?:pleased|delighted|glad|happy|proud|relieved|thrilled)[ \t]+to[ \t]+\Z", rx.I
)
# "a former Royal Marine turned plumber", "an ex-Army officer": capitalised words after a role's "a former"
# name what someone was, not who (not "a beaming Pocklington told supporters": a person described).
FORMER_ROLE_ARTICLE = rx.compile(r"\b(?i:a|an)[ \t]+(?i:former|retired|serving|one-time|ex-)[ \t]*\Z")
DETERMINER_BEFORE = rx.compile(r"\b(?:the|this|that|a|an)[ \t]+(?:\p{Ll}[\p{L}-]*[ \t]+){0,2}\Z")
# "Former Conservative minister Sir Rupert Calloway": a former party's role in lower case, then the name.
FORMER_ROLE_BETWEEN = rx.compile(r"\s+(?:[\p{Ll}-]+\s+){1,3}(?:(?:Sir|Dame|Dr|Lord|Lady|Baroness)\s+)?")
# "The SNP's Ada Strand and Tom Reid": a party's possessive shared by two names
SHARED_PARTY_BEFORE = rx.compile(r"'s[ \t]+(?:\p{Lu}[\p{L}'-]+[ \t]+){1,3}and[ \t]+\Z")
# "…, Tim Bowles was victorious in …": a name followed by a verb of its own starts a clause
OWN_VERB_AFTER_NAME = rx.compile(
    r"\s+(?:was|were|is|has|had|won|wins|took|takes|held|holds|became|came|finished|polled|gained|secured)\b"
)
# "won by 372 votes in the first round", "a lead of 2,000 on first preferences": a stage's lead
FIRST_ROUND_AFTER = rx.compile(
    r"\A\s+(?:votes?\s+)?(?:in|on|after)\s+(?:the\s+)?(?:first\s+(?:round|count|stage|preferences?))\b", rx.I
)
# "it was the SNP's Helen Lewis that won the seat": a cleft, whose named part is the verb's subject
# "declared Ann Vale, of the Green Party, duly elected": the person a returning officer declares elected
# (and the formula: "I hereby declare that Ann Vale is duly elected").
DECLARED_NAME_BEFORE = rx.compile(
    r"\b(?:declared|declares?)(?:[ \t]+that)?\s+"
    r"(?P<who>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3})(?:\s*,[^,.;]{1,60},)?"
    r"\s+(?:(?:duly|as|to\s+be|is|has\s+been|was)\s+)*\Z"
)
CLEFT_BEFORE = rx.compile(r"\bit\s+was\s+(?P<who>[^,;:]{2,60}?)\s+(?:that|who)\s+(?:\w+\s+){0,1}\Z", rx.I)
# "who gained 309 votes": a tally where nothing is compared with it ("gained 2,000 votes on 2019" is a change)
GAINED_BEFORE = rx.compile(r"\b(?:gained|gaining|gains)\s+(?:just\s+|only\s+)?\Z", rx.I)
VOTES_NOT_COMPARED_AFTER = rx.compile(
    r"\s+votes?\b(?![^.;:]{0,50}\b(?:on|since|compared|than|from|more|fewer|increase|up)\b)", rx.I
)
# "Tony Pullar (commonly known as Tony Capon)", "Ann Vale, known as Annie Vale,": the name used instead
KNOWN_AS_AFTER = rx.compile(r"\s*[(,]\s*(?:commonly\s+|also\s+|better\s+)?known\s+as\s+", rx.I)
# A results list's line "• Aileen McLeod, SNP - 13,013": the name before the comma, the tally after the party
NAME_COMMA_BEFORE_PARTY = rx.compile(
    r"[ \t]*(?:[-*\u2022\u2013][ \t]*)?(?P<name>\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){1,3}),[ \t]*"
)
TALLY_AFTER_PARTY = rx.compile(r"[^\n\d]{0,40}?[ \t][-\u2013\u2014:][ \t]*\d")
# An office elected across a whole area, whose tallies exceed any seat's: a mayor, a commissioner
AREA_OFFICE_WORD = rx.compile(r"\b(?:mayor|mayoral|mayoralty|commissioner|PCC)\b", rx.I)
# "almost 1,500 more than in 2019", "300 fewer than last time": a change since an earlier election
MORE_THAN_BEFORE_AFTER = rx.compile(
    r"\s+(?:votes?\s+)?(?:more|fewer|less)\s+than\s+(?:in\s+(?:19|20)\d\d|last\s+time|"
    r"at\s+the\s+(?:last|previous)\b|(?:the\s+|his\s+|her\s+|their\s+)?(?:last|previous)\s+(?:time|election))",
    rx.I,
)
# "won twice by Plaid since 1999", "three times since 2010": wins counted since a year, no unbroken hold
TIMES_SINCE_BEFORE = rx.compile(
    r"\b(?:once|twice|(?:three|four|five|six|several|many|\d+)\s+times|on\s+\w+\s+occasions)\b[^.;]{0,30}\Z", rx.I
)
# "what Ashcombe holds in reserves": the verb's object is "what", a thing
WHAT_SUBJECT_BEFORE = rx.compile(r"\bwhat\s+(?:the\s+)?(?:\p{Lu}[\w'-]*\s+){1,3}\Z")

# see INVERTED_PLACE_AFTER: the clause opens on "In"
IN_OPENING = rx.compile(r"\s*in\b", rx.I)

# "defeated in Somerset and Frome by the Lib Dems": the agent after the seat
BY_OR_TO_AFTER = rx.compile(r"\s+(?:by|to)\s+(?:the\s+)?")

# "Bridgend and Ynys Môn also fell": seats listed as the subject right before the verb
ALSO_BETWEEN = rx.compile(r"\s+(?:also\s+|both\s+|all\s+)?")

# "Plaid also clung on in Arfon": the seat a hold is "in"
IN_BETWEEN = rx.compile(r"\s+(?:in\s+)?")

# "Ms X had won the seat in 2017": a past perfect after the name
HAD_AFTER = rx.compile(r"\s+had\b")

# "the former Labour and Green MP Ada Strand": a party the person belonged to once
FORMER_MEMBER = rx.compile(r"\b(?:" + _words("former_member") + r")\b", rx.I)

# "Antonio Vitiello (Patriots Alliance)": a capitalised word (not a sentence's first, nor an article) right before
CAPITALISED_WORD_BEFORE = rx.compile(r"(?<![.!?:]\s)(?<!^)\b(?!The\b|A\b|An\b)\p{Lu}[\p{L}'-]+\s+\Z")

# A contest the Westminster reference data do not hold: a council, a devolved parliament, a mayor, a police commissioner
NOT_COVERED_CONTEST = rx.compile(
    r"council|ward|senedd|assembly|scottish parliament|holyrood|mayor|police|local|european", rx.I
)

# "By Jane Smith and Tom Lee": a byline as the first line of an article
BYLINE = rx.compile(r"\A\s*By[ \t]+(?P<name>\p{Lu}[\p{L}.'-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}.'-]*){0,4})[ \t]*$")

# "Political correspondent": the role line under a byline
BYLINE_ROLE_WORDS = rx.compile(r"(?i)\b(reporter|correspondent|editor|staff|writer|journalist|columnist|analyst)\b")
# "Boris Johnson's old seat of Uxbridge", "Nadine Dorries' former safe seat": whose seat it was
FORMER_SEAT_AFTER = rx.compile(r"'s?\s+(?:former|old|vacated)\s+(?:[\w-]+\s+)?(?:seat|constituency)\b(?:\s+of\s+)?")

# --- results-block headings (extract/mentions/blocks.py) -----------------------------------------
# The body's part of a heading ends with one of these: "Charnwood Borough Council", "Elmbridge DC".
BLOCK_BODY_END = rx.compile(r"(?:\A|[ \t])(?:" + _words("block_heading_body") + r")\Z")
# Words after the contest's name that are not part of it: "Inverness West results", "HOLYWELL WARD".
# A heading's part that names the kind of contest, not the contest: "CWM ARAN - SENEDD CONSTITUENCY RESULT".
BLOCK_KIND_PART = rx.compile(
    r"(?i:(?:(?:Senedd|Holyrood|Westminster|Stormont|Scottish[ \t]+Parliament|Welsh[ \t]+Parliament|Assembly"
    r"|Parliamentary|UK[ \t]+Parliament|Commons|council|county[ \t]+council|district[ \t]+council)[ \t]+)?"
    r"(?:constituency|seat|by-election|general[ \t]+election|election|ward|division)(?:[ \t]+results?)?)"
)
# The suffix's last word a ward's or a division's noun: the name before it is the ward's ("LEEDS - Kirkstall ward").
WARD_NOUN_END = rx.compile(r"(?i:ward|division)[ \t]*:?\Z")
BLOCK_HEADING_SUFFIX = rx.compile(r"(?:[ \t]+(?:" + _words("block_heading_suffix") + r"))+[ \t]*:?\Z", rx.I)
# A label before a heading's name: "Result: Castle ward, Colchester", "By-election: Castle".
# A live blog post's time opening its line: "02:31 ", "8.18am ", "03:42 -".
POST_TIME = rx.compile(
    r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm|AM|PM|BST|GMT))?[ \t]*[-\u2013\u2014:|]?[ \t]+(?=\p{Lu})"
)
# "Result: Castle ward", and a live blog's "Result in Fenwick Marsh:", "Results from Kelby:" before its contest
BLOCK_HEADING_LABEL = rx.compile(
    r"(?:(?:" + _words("block_heading_label") + r")[ \t]*:|(?-i:Results?)[ \t]+(?:in|for|from|at))[ \t]*(?=\p{Lu})",
    rx.I,
)
# "HOW KELBY AND ASH VOTED", "How Kelby voted:": a results box's title, its contest between "How" and "voted"
HOW_IT_VOTED = rx.compile(r"(?i:how)[ \t]+(?=\p{Lu})")
HOW_IT_VOTED_END = rx.compile(r"[ \t]+(?i:voted)[ \t]*:?\Z")
BLOCK_NOT_CONTEST = frozenset(phrase.lower() for phrase in _CUES.phrases("block_heading_not_contest"))
# The outcome a heading may end with: "(Con GAIN from Ind)", "– Lab gain from Con", "(Lab hold)", after
# the last dash or colon ("Colchester CC – Castle: LD hold"), a full stop ("Castle ward, Colchester City
# Council. Liberal Democrat hold.") or a bracket ("Castle (Colchester) LD HOLD").
_OUTCOME_WORD = r"\b(?:gain|hold|GAIN|HOLD|Gain|Hold|gains|holds|GAINS|HOLDS)\b"
# A line that is a contest's outcome alone, between its heading and its results: "Reform UK gain from
# Conservative", "Lab hold" (party words only, then the outcome).
OUTCOME_LINE = rx.compile(
    r"\A[ \t]*(?:\p{Lu}[\p{L}'.-]*[ \t]+){1,4}(?i:gain|hold|GAIN|HOLD)(?:[ \t]+(?i:from)[ \t]+"
    r"(?:\p{Lu}[\p{L}'.-]*[ \t]*){1,4})?[ \t]*\.?[ \t]*\Z"
)
BLOCK_OUTCOME = rx.compile(
    rf"[ \t]*(?:\([^()\n]*{_OUTCOME_WORD}[^()\n]*\)|(?:[\u2013\u2014:-]|(?<=\p{{L}}{{3}})\.|(?<=\)))[ \t]+"
    rf"(?:(?![\u2013\u2014:]|[ \t]-[ \t])[^()\n])*{_OUTCOME_WORD}[^\n]*)[ \t]*\Z"
)
# A trailing bracket: the body ("(Flintshire)", "(Worcester City Council)") or a note ("(two seats)").
BLOCK_BRACKET = rx.compile(r"[ \t]*\((?P<inner>[^()\n]{1,60})\)[ \t]*\Z")
# "Northfield division, Kent County Council": a ward's or a division's word may follow its name
_HEADING_WORD = r"(?:\p{Lu}[\p{L}'\u2019./-]*|and|of|the|upon|on|in|under|by|with|le|la|de|y|&|ward|division)"
# A heading's words: capitalised names and their small joining words, parts set off by a comma or dash.
_HEADING_GAP = r"(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+[\u2013\u2014-][ \t]+)"
# A paragraph that opens with its contest's heading and outcome, then goes on in prose: "Holywell West
# (Flintshire) - Ind gain from Lab. The independent, Sara Lloyd, won with 512 votes".
OUTCOME_HEADING_OPENING = rx.compile(
    # the outcome after a dash, a colon or the council's bracket: "Tarrow Bank (Harton BC) Lab gain from Con."
    r"[^\n.;:]{1,80}?(?:[ \t]+[\u2013\u2014-]|[ \t]*:|(?<=\)))[ \t]+[\p{L}&'. -]{1,30}?[ \t]+"
    rf"(?:(?i:gain)[ \t]+(?i:from)[ \t]+[\p{{L}}&'.-]+(?:[ \t]+(?-i:\p{{Lu}})[\p{{L}}&'.-]*){{0,2}}|{_OUTCOME_WORD})"
    r"(?=[ \t]*(?:[.;]|\Z))"
)
# How many seats a heading's contest fills, in brackets at its end: "WILLOWMERE (1 seat)", "Tarnside (two vacancies)".
SEATS_FILLED_END = rx.compile(
    rf"[ \t]*\((?:\d{{1,2}}|{_WORD_NUMBER})[ \t]+(?i:seats?|vacanc(?:y|ies)|members?|councill?ors?)\)[ \t]*\Z"
)
BLOCK_NAME = rx.compile(rf"\p{{Lu}}[\p{{L}}'\u2019./-]*(?:{_HEADING_GAP}{_HEADING_WORD})*")
BLOCK_SEPARATOR = rx.compile(r"[ \t]+[\u2013\u2014-][ \t]+|[ \t]*,[ \t]*")
# A tally or a share on a results line: "1,307", "575", "32.0 per cent", "(62.0%)"; not a clock's time ("Friday,
# 04:10" under a press release's heading).
RESULT_FIGURE = rx.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,:])\d{2,7}(?![\d.,%]|:\d)|\d+(?:\.\d+)?[ \t]*(?:%|per[ \t]+cent)"
)
# A bracketed party after a name on a results line: "Mark Tolley (Con) 136,988".
BRACKETED_LABEL = rx.compile(r"\p{L}[ \t]*\([\p{L} &'.-]{1,40}\)")
# A round-up's table of contests, one per row ("Ward | Council | Result | Majority"): the header words of
# each column it is read by (extract/mentions/table_contests.py, extract/linking/table_rows.py).
CONTEST_TABLE_COLUMNS: dict[str, frozenset[str]] = {
    field: frozenset(phrase.lower() for phrase in _CUES.phrases(f"contest_table_{field}"))
    for field in ("contest", "body", "result", "winner", "party", "majority", "turnout", "votes")
}
BLOCK_COLUMN_WORDS = frozenset(phrase.lower() for phrase in _CUES.phrases("block_heading_column_words"))
# A Westminster election named: a mayoral or commissioner report naming one may mean its seats.
WESTMINSTER_ELECTION_WORD = rx.compile(
    r"\b(?:by-elections?|general\s+elections?|constituency|constituencies|Westminster\s+seats?)\b", rx.I
)
# Words of council reports and of parliamentary ones (extract/mentions/council.py).
# In lower case only: "Ward" is also a surname ("Labour's Chris Ward").
COUNCIL_ARTICLE_WORD = rx.compile(r"\b(?:" + _words("council_article") + r")\b")
PARLIAMENT_ARTICLE_WORD = rx.compile(r"\b(?:" + _words("parliament_article") + r")\b")
# A member's title right before their name: "MP Ed Trask", "MSP Ailsa Rennie" (after the title's word).
TITLE_BEFORE_NAME = rx.compile(r"(?<=\b(?:MP|MSP|MS|AM|MLA))[ \t]+\p{Lu}[\p{Ll}'-]+[ \t]+\p{Lu}")
# A lead's words that say an office was won, before the office's name (extract/mentions/areas.py):
# "was elected mayor of London", "won the West Midlands mayoralty", "became the first commissioner".
OFFICE_WON_BEFORE = (
    r"\b(?:"
    + _words("office_won_lead")
    + r")\s+(?:(?:the|a|an|first|new|next|metro|directly|elected|and|&|\p{Lu}[\p{L}'-]*)\s+){0,5}?"
)
