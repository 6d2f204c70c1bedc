"""Win verbs and their subjects: "Labour's X won", "was beaten by the Conservative Y", "Labour has
taken Rutherglen from the SNP". A verb reports this contest's win unless a named rule says it does
not (:func:`not_this_win`: a supposed win, an earlier one, a negated one, a passive with no agent, a
win of votes rather than the seat, …)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from electext.core import rx
from electext.extract.facts import Fact, ResultFact, Sentence, Span, WinnerFact
from electext.extract.linking.context import (
    about_earlier_election,
    independent_at,
    modal_before,
    person_after_party,
    seat_for,
)
from electext.extract.linking.fellow_winners import fellow_winners
from electext.extract.linking.subjects import clause_subject, party_candidate_subject, result_noun_party
from electext.extract.linking.word_scope import WordScope, cues, national_line
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def winners(scope: WordScope) -> list[Fact]:
    """Win verbs and their subjects: "Labour's X won", "was beaten by the Conservative Y"."""
    text, sentence, _mentions, seats, candidates, context = scope
    facts: list[Fact] = []
    if not candidates:
        return facts  # every winner below is one of the sentence's candidates
    # "beat the outgoing North of Tyne mayor": a seat naming an office describes a person, it is not won
    # — unless the office is the contest: "won the race for Tees Valley mayor"
    seats = [
        seat
        for seat in seats
        if not patterns.OFFICE_AFTER_SEAT.match(text, seat.end, sentence.end)
        or patterns.OFFICE_CONTEST_BEFORE.search(text, max(sentence.start, seat.start - 30), seat.start)
    ]
    for match in patterns.WIN_VERB.finditer(text, sentence.start, sentence.end, timeout=patterns.REGEX_TIMEOUT):
        if not_this_win(WinSite(text, sentence, match, context.year)) is not None:
            continue
        subject = _win_subject(text, sentence, match, candidates)
        if subject is None:
            continue
        clause_end = next(
            (brk.start() for brk in patterns.CLAUSE_BREAK.finditer(text, match.end(), sentence.end)), sentence.end
        )
        # "Ann Vale won the Kelvin Valley race, Tom Reid was victorious in Dunmore": a person after a comma
        # who has a verb of their own opens the next clause
        clause_end = next(
            (
                m.start
                for m in candidates
                if match.end() < m.start < clause_end
                and m.kind == "person"
                and patterns.COMMA_END.search(text, max(match.end(), m.start - 8), m.start)
                and patterns.OWN_VERB_AFTER_NAME.match(text, m.end, clause_end)
            ),
            clause_end,
        )
        # "Labour's win in Edinburgh Southern - and a Lib Dem victory for X in Edinburgh Western": another
        # win after this one's first seat takes the seats after it
        first_seat = next((seat for seat in seats if match.end() <= seat.start < clause_end), None)
        if first_seat is not None:
            other_win = patterns.WIN_WORD.search(text, first_seat.end, clause_end)
            clause_end = other_win.start() if other_win is not None else clause_end
        objects = [seat for seat in seats if match.end() <= seat.start < clause_end]
        if objects:
            objects = [*objects[:-1], *_listed_seats_after(text, seats, objects[-1])]
        if not objects and national_line(text, sentence):
            continue  # "Across Scotland …: Labour gains from the SNP in the central belt": no seat of ours
        targets = objects or (
            [s] if (s := seat_for(text, sentence, match.start(), match.end(), seats, context)) else []
        )
        # several elected at once come first, in the order named: the first of them is the contest's winner
        facts += fellow_winners(text, sentence, match, subject, targets, candidates)
        facts += _win_facts(text, match, subject, targets, objects, candidates)
    return facts


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


def _tenure(site: WinSite) -> bool:
    text, sentence, end = site.text, site.sentence, site.match.end()
    return bool(
        patterns.TENURE_SPAN.search(text, end, min(sentence.end, end + 40))
        or patterns.YEAR_SPAN.search(text, end, min(sentence.end, end + 60))
    )


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
        "held_since",
        lambda s: bool(patterns.SINCE_WORD.search(s.after(40, within_sentence=True))),
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
        lambda s: s.cue_before(patterns.VACANCY_TRIGGER_BEFORE, 90),
        'A win that caused the vacancy ("triggered after its MP was elected mayor") is another race\'s.',
        "The by-election was triggered after Ashcombe's MP Dev Sharma was [elected] as mayor.",
    ),
    WinRule(
        "prospect",
        lambda s: s.cue_before(patterns.PROSPECT_OF_BEFORE, 50),
        'A win in prospect ("to boost the prospects of a pro-Remain win") is not one reported.',
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
        "lower_place",
        lambda s: bool(patterns.FOR_A_PLACE.search(s.after(60, within_sentence=True))),
        'A lower place won ("edged out the Green for fourth").',
        "Reform [beat] the Greens for third place in Ashcombe.",
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


def _win_subject(text: str, sentence: Sentence, match: rx.Match[str], candidates: list[Mention]) -> Mention | None:
    """Who won: the party a choosing verb names, the agent of a passive, or the verb's subject."""
    subject = None
    if (result_for := result_noun_party(text, sentence, match, candidates)) is not None:
        return result_for  # "It was a gain for the Greens in Kelvinbrook"
    chosen = patterns.ARTICLE_AFTER.match(text[match.end() : match.end() + 8])
    if match.group(0).lower() in cues().choose_verbs and chosen:
        # "constituencies that had long sent Labour MPs … elected Conservatives": the party chosen
        chosen_party = next(
            (m for m in candidates if m.kind == "party" and m.start == match.end() + chosen.end()), None
        )
        subject = person_after_party(text, chosen_party, candidates, 4) if chosen_party is not None else None
    by_after = patterns.BY_AGENT_AFTER.match(text[match.end() : match.end() + 12])
    if subject is None and by_after:
        # "was beaten by the Conservative Mark Fletcher", "was won by Labour"
        agent = next((m for m in candidates if m.start == match.end() + by_after.end()), None)
        independent = independent_at(text, match.end() + by_after.end(), candidates) if agent is None else None
        if independent is not None:
            return independent  # "beaten by an independent": a candidate of no party won
        if agent is None and patterns.PASSIVE_AGENT_VERB.fullmatch(match.group(0)):
            # "was beaten by a newcomer": the agent won, unnamed; never the subject, who lost
            return None
        subject = person_after_party(text, agent, candidates, 2) if agent is not None else None
    cleft = patterns.CLEFT_BEFORE.search(text, max(sentence.start, match.start() - 80), match.start())
    if subject is None and cleft is not None:
        # "it was the SNP's Helen Lewis that won the seat": the name the cleft puts first
        named = [m for m in candidates if cleft.start("who") <= m.start and m.end <= cleft.end("who")]
        people = [m for m in named if m.kind == "person"]
        subject = people[0] if people else (named[0] if named else None)
    if subject is None and (party_candidate := party_candidate_subject(text, sentence, match.start(), candidates)):
        return party_candidate  # "The Plaid leader hailed the result after the party's candidate took the seat"
    if subject is None:
        # "… as Labour held Stoke-on-Trent Central": a name right before the verb is its subject
        adjacent = [m for m in candidates if m.end <= match.start() and not text[m.end : match.start()].strip()]
        subject = adjacent[-1] if adjacent else clause_subject(text, sentence, match.start(), candidates)
    if subject is not None and subject.kind == "party":
        # "Alistair Stone and the Labour party have secured a shock victory": the candidate with the party
        paired = next(
            (
                m
                for m in candidates
                if m.kind == "person" and patterns.AND_THE_PARTY.fullmatch(text, m.end, subject.start)
            ),
            None,
        )
        subject = paired or subject
    if (
        subject is not None
        and subject.kind == "party"
        and patterns.FORMER_END.search(text, max(0, subject.start - 12), subject.start)
    ):
        return None  # "Former Tory minister wins Hollowmere as an independent": a party he was in, not the winner
    return subject


def _win_facts(
    text: str,
    match: rx.Match[str],
    subject: Mention,
    targets: list[Mention],
    objects: list[Mention],
    candidates: list[Mention],
) -> list[Fact]:
    """The winner of each seat the verb is about, the party they won it for, and a gain "from" a party."""
    facts: list[Fact] = []
    # "Reform UK's Chris Walsh narrowly beat the Lib Dem Jamie Needle": a win over a person only
    # ranks the two; it names the winner of the seat only if nothing else does
    the = patterns.OPTIONAL_THE_AFTER.match(text[match.end() : match.end() + 6])
    beaten = next((m for m in candidates if the and m.start == match.end() + the.end()), None)
    beaten = person_after_party(text, beaten, candidates, 2) if beaten is not None else None
    over = beaten is not None and beaten.kind == "person" and not objects
    the_seat = patterns.THE_SEAT_OBJECT.match(text, match.end())
    verb = (Span(match.start(), match.end()),)
    for seat in targets:
        facts.append(WinnerFact(seat.value, "winner", verb, subject=subject, over=over))
        if beaten is not None and beaten.kind == "person" and beaten.party is not None:
            # "defeated Tory Andrew Cooper by 1,316": the one beaten stood, for the party beside the name
            facts.append(Fact(seat.value, "candidate", (Span(match.start(), beaten.end),), subject=beaten))
        # the verb's object: the seat it names, or "the seat" / "it" right after the verb; with no
        # object, the verb itself ("where Douglas Carswell won for Ukip")
        object_end = seat.end if seat in objects else (the_seat.end() if the_seat else match.end())
        for_party = _party_joined_after(text, object_end, candidates, patterns.FOR_THE_PARTY)
        if subject.kind == "person" and for_party is not None:
            # "Pete Wishart has held Perth and North Perthshire for the SNP", "kept the seat in
            # Conservative hands"
            facts.append(WinnerFact(seat.value, "winner", verb, subject=for_party))
        loser = _party_joined_after(text, object_end, candidates, patterns.FROM_THE_PARTY)
        if (
            loser is not None
            and match.group(0).lower() not in cues().defeat_verbs
            and loser.value != (subject.value if subject.kind == "party" else subject.party)
        ):
            # "Labour has taken Rutherglen and Hamilton West from the SNP": a gain from the SNP
            span = (Span(match.start(), loser.end),)
            facts.append(ResultFact(seat.value, "result", span, subject=subject, result="gain", loser=loser))
    return facts


def _party_joined_after(
    text: str, end: int | None, candidates: list[Mention], joiner: rx.Pattern[str]
) -> Mention | None:
    """The party right after a verb's object (ending at ``end``), joined to it by ``joiner``:
    "held Perth for the SNP", "taken Rutherglen from the SNP", "kept the seat in Conservative hands"."""
    if end is None:
        return None
    following = next((m for m in candidates if m.kind == "party" and m.start >= end), None)
    if following is None or not joiner.fullmatch(text, end, following.start):
        return None
    return following


def _listed_seats_after(text: str, seats: list[Mention], first: Mention) -> list[Mention]:
    """The seats listed after ``first``: "captured Wrexham, Clwyd South and the Vale of Clwyd"."""
    listed = [first]
    for seat in seats:
        if seat.start > listed[-1].end and patterns.SEAT_LIST_JOIN.match(text[listed[-1].end : seat.start]):
            listed.append(seat)
    return listed
