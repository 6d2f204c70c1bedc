"""The named rules by which a win verb reports no win of this contest: a supposed win ("could win"), an
earlier one ("had held"), a tenure ("held it for twelve years"), a negated one, a passive with no agent, a
win of votes rather than the seat, …. Each rule carries an invented example that
``tests/test_win_rules.py`` checks the rule itself rejects; :mod:`.win_verbs` asks :func:`not_this_win`
of every win verb before reading its subject."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from electext.core import rx
from electext.extract.facts import Sentence
from electext.extract.linking.context import about_earlier_election, modal_before
from electext.extract.linking.word_scope import cues
from electext.lexicon import patterns


@dataclass(frozen=True)
class WinSite:
    """One win verb in its sentence: what every rejection rule reads."""

    text: str
    sentence: Sentence
    match: rx.Match[str]
    year: int | None = None  # this election's: the article's date's (Context.year)

    def after(self, width: int, *, within_sentence: bool = False) -> str:
        end = self.match.end() + width
        return self.text[self.match.end() : min(self.sentence.end, end) if within_sentence else end]

    def before(self, width: int) -> str:
        return self.text[max(self.sentence.start, self.match.start() - width) : self.match.start()]

    def cue_before(self, cue: rx.TimedPattern, width: int) -> bool:
        """Whether ``cue`` is found in the ``width`` characters of the sentence before the verb."""
        return bool(cue.search(self.text, max(self.sentence.start, self.match.start() - width), self.match.start()))

    def opens_after(self, cue: rx.TimedPattern, width: int) -> bool:
        """Whether ``cue`` matches right after the verb, within ``width`` characters of the sentence."""
        return bool(cue.match(self.text, self.match.end(), min(self.sentence.end, self.match.end() + width)))


@dataclass(frozen=True)
class WinRule:
    """One named reason a win verb reports no win of this contest, with an invented example (the
    verb in [brackets]) that ``tests/test_win_rules.py`` checks the rule itself rejects."""

    name: str
    test: Callable[[WinSite], bool]
    says: str
    example: str


def _participle_description(site: WinSite) -> bool:
    return site.match.group(0).lower() in cues().participle_wins and not patterns.PARTICIPLE_WIN_BEFORE.search(
        site.before(8)
    )


def _agentless_passive(site: WinSite) -> bool:
    return bool(patterns.PASSIVE_BEFORE.search(site.before(10))) and not patterns.BY_AGENT_AFTER.match(site.after(12))


# How far after a win verb a span of years makes it a tenure: "held the seat for most of the last 50 years".
TENURE_REACH = 50


def _tenure(site: WinSite) -> bool:
    text, sentence, end = site.text, site.sentence, site.match.end()
    return bool(
        patterns.TENURE_SPAN.search(text, end, min(sentence.end, end + TENURE_REACH))
        or patterns.YEAR_SPAN.search(text, end, min(sentence.end, end + 60))
    )


def _vacancy_cause(site: WinSite) -> bool:
    """A cue of the vacancy's cause before the verb, unless it opened an aside the verb comes after ("The
    by-election, caused by the resignation of Ann Vale, was won by …": the aside closed, the win is this one)."""
    window_start = max(site.sentence.start, site.match.start() - 90)
    causes = list(patterns.VACANCY_TRIGGER_BEFORE.finditer(site.text, window_start, site.match.start()))
    if not causes:
        return False
    cause = causes[-1]
    aside = site.text[window_start : cause.start()].rstrip().endswith(",")
    return not (aside and "," in site.text[cause.end() : site.match.start()])


# Tried in order; the first that holds names why the verb is not this contest's win.
WIN_REJECTIONS: tuple[WinRule, ...] = (
    WinRule(
        "supposed_or_other_object",
        lambda s: (
            modal_before(s.text, s.sentence, s.match.start()) or bool(patterns.WIN_OF_SOMETHING_ELSE.match(s.after(20)))
        ),
        'A win supposed ("could win") or of something else ("won back", "won seats", "the next election").',
        "Reform could [win] Ashcombe at the next election.",
    ),
    WinRule(
        "cut_off",
        # (not a list's "1,102   Elected" mark, which ends a declaration as often as not)
        lambda s: (
            patterns.ONLY_SPACE_TO_END.match(s.text, s.match.end()) is not None
            and "elect" not in s.match.group(0).lower()
        ),
        "A verb of taking the text ends on names nothing: a page cut off mid-sentence.",
        "The Green candidate, Maddie Orrell, [took]",
    ),
    WinRule(
        "held_since",
        # (not "held the seat, vacant since the death of Sir Roger Aske, by 412 votes": an aside's "since")
        lambda s: bool(patterns.SINCE_WORD.search(s.after(40, within_sentence=True).split(",")[0])),
        'A hold "since" a year is history, not this result.',
        "Ashcombe has been [held] by the Greens since 2015.",
    ),
    WinRule(
        "tenure",
        _tenure,
        "A hold for a span of years is a member's tenure.",
        "Dev Sharma [held] it for the next twelve years.",
    ),
    WinRule(
        "earlier_win",
        lambda s: bool(patterns.EARLIER_WIN_BEFORE.search(s.before(20))),
        'A win in the past perfect or a first win ("had held", "first won") is an earlier result.',
        "Priya Nair had [held] Ashcombe comfortably.",
    ),
    WinRule(
        "when_after_year",
        lambda s: bool(
            patterns.WHEN_AFTER_YEAR.search(s.text, max(s.sentence.start, s.match.start() - 50), s.match.start())
        ),
        'A win after "since 2015, when" belongs to that year.',
        "The Greens have run Ashcombe since 2015, when they [took] it from Labour.",
    ),
    WinRule(
        "other_race",
        lambda s: bool(
            patterns.OTHER_RACE_BEFORE.search(s.text, max(s.sentence.start, s.match.start() - 50), s.match.start())
        ),
        "A win of another race the sentence names (a mayoralty, a commissioner's post).",
        "She stood for police commissioner, a race she went on to [win] easily.",
    ),
    WinRule(
        "vacancy_cause",
        _vacancy_cause,
        'A win that caused the vacancy ("triggered after its MP was elected mayor") is another race\'s.',
        "The by-election was triggered after Ashcombe's MP Dev Sharma was [elected] as mayor.",
    ),
    WinRule(
        "holder_elected_elsewhere",
        lambda s: s.cue_before(patterns.HOLDER_ELECTED_ELSEWHERE_BEFORE, 130),
        "The seat's member, described as its holder, elected to another office: the race that emptied the seat.",
        "Dev Sharma, who had held the seat since 2010, was [elected] mayor of the Kelby Combined Authority.",
    ),
    WinRule(
        "prospect",
        lambda s: s.cue_before(patterns.PROSPECT_OF_BEFORE, 50),
        'A win in prospect ("to boost the chances of a Green win") is not one reported.',
        "The Greens stood aside to boost the prospects of a Labour [win] in Ashcombe.",
    ),
    WinRule(
        "grip",
        lambda s: bool(patterns.HOLDER_BEFORE.search(s.before(24)) and patterns.GRIP_AFTER.match(s.after(8))),
        "A hold as a grip (\"X's hold on Y\"): the sitting member's, not a result.",
        "Dev Sharma's [hold] on Ashcombe is under threat.",
    ),
    WinRule(
        "free_relative",
        lambda s: bool(patterns.WHAT_SUBJECT_BEFORE.search(s.before(40))),
        'What a subject holds or wins ("what Ashcombe holds in reserves") is a thing, not a seat.',
        "That is £2m more than what Ashcombe [holds] in reserves.",
    ),
    WinRule(
        "negated",
        lambda s: s.cue_before(patterns.NEGATED, 25),
        'A win denied ("never won", "failed to win").',
        "The Liberal Democrats have never [won] Ashcombe.",
    ),
    WinRule(
        "elected_as_label",
        lambda s: bool(patterns.ELECTED_AS_LABEL.match(s.after(8))),
        '"was elected as a Tory": a member\'s label, not this result.',
        "Tom Pike was [elected] as a Conservative councillor in Ashcombe.",
    ),
    WinRule(
        "not_a_seat",
        lambda s: bool(patterns.NOT_A_SEAT_WIN.match(s.after(30))),
        "A verb whose object is no seat (the council's next elections, a vote, a debate).",
        "The council [holds] its next elections in May.",
    ),
    WinRule(
        "in_parts_of_the_area",
        lambda s: s.opens_after(patterns.WIN_IN_PARTS_AFTER, 70),
        "A win in parts of the area (its districts, boroughs or towns), not of the contest.",
        "Ann Vale [won] outright in the three outer boroughs of Ashcombe.",
    ),
    WinRule(
        "lower_place",
        lambda s: bool(patterns.FOR_A_PLACE.search(s.after(60, within_sentence=True))),
        'A lower place won ("edged out the Green for fourth").',
        "Reform [beat] the Greens for third place in Ashcombe.",
    ),
    WinRule(
        "event_held",
        lambda s: s.match.group(0).lower() == "held" and bool(patterns.EVENT_TIME_AFTER.match(s.after(30))),
        'An event "held on" a date (the election, the poll, the count) is no seat held.',
        "The Ashcombe by-election [held] on Thursday 6 November drew a low turnout.",
    ),
    WinRule(
        "participle_description",
        _participle_description,
        'A participle that describes ("the party holding the seat") rather than reports.',
        "Labour, as the party [holding] the seat, will choose the date.",
    ),
    WinRule(
        "takes_in",
        lambda s: bool(patterns.TAKES_IN.fullmatch(s.match.group(0)) and patterns.IN_AFTER.match(s.after(6))),
        'What a seat "takes in" is its towns: no win.',
        "Ashcombe, which [takes] in Brill and Kettlewell, voted on Thursday.",
    ),
    WinRule(
        "agentless_passive",
        _agentless_passive,
        'A passive with no winner named ("was defeated", "has been won").',
        "The motion was [defeated] in Ashcombe.",
    ),
    WinRule(
        "figure_object",
        lambda s: bool(
            patterns.WIN_VERB_OF_FIGURE.match(s.text, s.match.end(), min(s.sentence.end, s.match.end() + 30))
        ),
        'A win of votes or a share ("took 27,628 votes"), not of the seat.',
        "Ruth Ellis [took] 14,009 votes in Ashcombe.",
    ),
    WinRule(
        "compared_result",
        lambda s: bool(
            s.match.group(0).lower() in patterns.RESULT_NOUNS and patterns.OTHER_RESULT_NOUN_BEFORE.search(s.before(50))
        ),
        'Another result this one is compared with ("beats Labour\'s win in Selby") is named in passing.',
        "The result echoes Labour's [win] in Ashcombe last year.",
    ),
    WinRule(
        "noun_sense",
        lambda s: s.match.group(0).lower() in patterns.WIN_WORDS_AS_NOUNS and s.cue_before(patterns.DETERMINER_END, 12),
        'A win word as a noun or an adjective after a determiner ("on the beat", "an elected mayoralty").',
        "He promised more officers on the [beat] across Ashcombe.",
    ),
    WinRule(
        "compound_adjective",
        lambda s: s.cue_before(patterns.HYPHEN_COMPOUND_END, 4),
        'A win word joined to the word before by a hyphen ("the Conservative-held seat") describes a seat.',
        "Labour seized the Conservative-[held] seat of Ashcombe.",
    ),
    WinRule(
        "conditional",
        lambda s: s.cue_before(patterns.CONDITION_BEFORE, 70),
        'A win in a condition ("If Ms Vale holds on to her vote, …") is supposed, not reported.',
        "If Ms Vale [holds] on to most of her party's vote, Reform will struggle.",
    ),
    WinRule(
        "claim_of_a_clause",
        lambda s: (
            bool(patterns.CLAIM_VERB.fullmatch(s.match.group(0))) and s.opens_after(patterns.CLAUSE_AFTER_CLAIM, 60)
        ),
        'A claim whose object is a clause ("claimed the result showed …") is speech, not a seat won.',
        "The Green organiser [claimed] the result showed the party was on the rise.",
    ),
    WinRule(
        "general_election_before_by_election",
        lambda s: (
            bool(patterns.WON_AT_GENERAL_ELECTION_AFTER.match(s.after(60, within_sentence=True)))
            and "by-election" in s.text
        ),
        'In a by-election\'s report, a win "at the general election" is the one before it.',
        "The Ashcombe by-election follows Ann Vale's resignation. She [won] the seat at the general election.",
    ),
    WinRule(
        "earlier_election",
        lambda s: about_earlier_election(s.text, s.sentence, s.match.start(), s.match.end(), year=s.year),
        "A win in a sentence about an earlier election.",
        "Two years ago the Conservatives [won] Ashcombe easily.",
    ),
)


def not_this_win(site: WinSite) -> str | None:
    """Why a win verb reports no win of this contest, as the name of the first rule of
    :data:`WIN_REJECTIONS` that holds; None when it may be this contest's win."""
    return next((rule.name for rule in WIN_REJECTIONS if rule.test(site)), None)
