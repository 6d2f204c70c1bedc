"""Whose figure, whose verb: the person or party a figure or a win belongs to (a results-list line's, in
:mod:`electext.extract.linking.box_subjects`).

The nearest name before a figure is usually its owner ("Mark Jenkinson (Con) 20,488"), but a
comma-set aside ("Simon Hart, the former Welsh secretary, …"), a verb's object ("took the seat from
the Conservatives with 23,661"), "12,680 for the Conservatives", "respectively" and a score pair
("21,442 to 20,090") move it elsewhere. The figure readers and the word readers both ask, so the
answers live in one module of their own.
"""

from __future__ import annotations

from dataclasses import replace

from electext.core import rx
from electext.extract.facts import Sentence, clause_start
from electext.extract.figures import Figure
from electext.extract.linking.context import person_after_party
from electext.extract.linking.subject_candidates import possible_subjects
from electext.extract.mentions import Mention
from electext.lexicon import patterns


def subject_before(text: str, sentence: Sentence, position: int, candidates: list[Mention]) -> Mention | None:
    """The nearest person or party before ``position`` in its clause (a person beats their party)."""
    clause = clause_start(text, sentence, position)
    candidates = possible_subjects(text, sentence.start, position, candidates)
    before = [m for m in candidates if clause <= m.start and m.end <= position]
    if not before:
        before = [m for m in candidates if sentence.start <= m.start and m.end <= position]
        if not before:
            return None
    nearest = before[-1]
    if nearest.kind == "party" and len(before) > 1:
        # "Mark Jenkinson (Con) 20,488": the party in brackets is the person's.
        person = before[-2]
        if person.kind == "person" and rx.fullmatch(r"\s*\(\s*", text[person.end : nearest.start]):
            return person
        if (
            person.kind == "person"
            and person.party == nearest.value
            and patterns.PARTY_AFTER_PERSON.match(text[person.end : nearest.start])
        ):
            return person  # "John Wolstenholme of the Brexit Party collected 3,193 votes"
    if nearest.kind == "party":
        # "Labour's Alistair Strathern … 13,872": the party belongs to a person right after it.
        people = [
            m
            for m in candidates
            if m.kind == "person" and nearest.end <= m.start <= position and m.party == nearest.value
        ]
        if people:
            return people[0]
    return nearest


def clause_subject(text: str, sentence: Sentence, position: int, candidates: list[Mention]) -> Mention | None:
    """The grammatical subject of a verb, approximated: the first person or party in its clause.

    "Labour's Sarah Edwards … overturned a Conservative majority … to win": the winner is the first
    name, not the nearest one; a party qualifying a noun ("a Conservative majority") is skipped.
    """
    clause = clause_start(text, sentence, position)
    candidates = possible_subjects(text, sentence.start, position, candidates)
    before = [
        m
        for m in candidates
        if clause <= m.start
        and m.end <= position
        and not patterns.QUALIFYING_PARTY.match(text, m.end, min(len(text), m.end + 20))
    ]
    if not before:
        return subject_before(text, sentence, position, candidates)
    first = before[0]
    if (
        first.kind == "person"
        and len(before) > 1
        and before[1].kind == "party"
        and rx.fullmatch(r"'s?\s+", text[first.end : before[1].start])
    ):
        first = before[1]  # "Keir Starmer's Labour Party won": the party is the subject
    if first.kind == "party":
        people = [m for m in before if m.kind == "person" and m.party == first.value]
        if people:
            return people[0]
        # "Former Conservative councillor Sarah Pochin edged out …": the person the party once described
        return person_after_party(text, first, candidates, 2)
    return first


def party_candidate_subject(text: str, sentence: Sentence, position: int, candidates: list[Mention]) -> Mention | None:
    """ "The Plaid leader hailed the result after the party's candidate took the seat": a verb whose subject
    is a party's candidate is the candidate's (named in an aside: "its candidate, Mo Ellery, won") or else
    the party's named last before it in the sentence, never a person named earlier (the leader)."""
    anaphor = patterns.PARTY_CANDIDATE_SUBJECT.search(text, max(sentence.start, position - 80), position)
    if anaphor is None:
        return None
    aside = next((m for m in candidates if anaphor.start("name") == m.start and m.kind == "person"), None)
    party = next((m for m in reversed(candidates) if m.kind == "party" and m.end <= anaphor.start()), None)
    if aside is not None:
        return aside if aside.party or party is None else replace(aside, party=party.value)
    return party if party is not None and sentence.start <= party.start else None


def result_noun_party(text: str, sentence: Sentence, match: rx.Match[str], candidates: list[Mention]) -> Mention | None:
    """ "It was a gain for the Greens in Kelvinbrook": a result noun's party (and its candidate, where
    named with it), with the seat right after it; None where the win word is no such noun ("a rare
    gain for the Lib Dems, whose leader lost her own seat" names no seat of the gain)."""
    if match.group(0).lower() not in ("gain", "hold", "win") or not patterns.RESULT_NOUN_BEFORE.search(
        text, max(sentence.start, match.start() - 24), match.start()
    ):
        return None
    after = patterns.FOR_PARTY_AFTER.match(text, match.end(), sentence.end)
    party = next((m for m in candidates if after and m.kind == "party" and m.start == after.end()), None)
    if party is None or not patterns.IN_SEAT_AFTER_PARTY.match(text, party.end, sentence.end):
        return None
    return person_after_party(text, party, candidates, 2)


def figure_subject(text: str, sentence: Sentence, figure: Figure, candidates: list[Mention]) -> Mention | None:
    """Whose figure? Right after a name ("Mr Burns's 11,141", "Jenkinson (Con) 20,488") it is that
    name's; after the object of a verb ("took the seat from the Conservatives with 23,661") it is the
    clause's subject; otherwise the nearest name."""
    nearest = subject_before(text, sentence, figure.start, candidates)
    if nearest is None:
        return None
    if nearest.kind == "party":
        # "Neil Manson of the SDP (151)": the person the party is written after
        owner = next(
            (
                m
                for m in reversed(candidates)
                if m.kind == "person"
                and m.end <= nearest.start
                and patterns.OF_THE_BETWEEN.fullmatch(text[m.end : nearest.start])
            ),
            None,
        )
        if owner is not None:
            nearest = owner if owner.party else replace(owner, party=nearest.value)
    gap = text[nearest.end : figure.start]
    if patterns.PARTY_ANAPHOR.search(gap):
        # "… Mr Keen secured in 2010, and the party's share rose to 54.4%": the party named last
        party = next((m for m in reversed(candidates) if m.kind == "party" and m.end <= nearest.start), None)
        if party is not None and sentence.start <= party.start:
            return party
    if rx.fullmatch(r"(?:'s?\s*|\s*\([^)\n]{1,40}\)\s*[:,\u2013\u2014-]?\s*)", gap):
        return nearest  # "to Mr Burns's 11,141", "Jenkinson (Con) 20,488"
    if patterns.TO_HIS_HER_END.search(gap):
        # "took the seat from Tessa Munt with 26,247 votes to her 18,662": the other person named
        subject = clause_subject(text, sentence, figure.start, candidates)
        other = [
            m
            for m in candidates
            if m.kind == "person" and m.end <= figure.start and subject and m.value != subject.value
        ]
        if other:
            return other[-1]
    if patterns.ON_BETWEEN.fullmatch(gap) or patterns.PARTICIPLE_BETWEEN.fullmatch(gap):
        # "against Labour's Danny Beales on 13,470"; "The Conservatives … finished third with Neil Benny on
        # 9,469" (the party of a person brought in "with" is the mentions' business: mentions/parties.py)
        return nearest
    if nearest.kind == "person" and patterns.TRAILING_PARTICIPLE.search(gap):
        # "Jo Bartley succeeded the late Tom Evans in Cefn, winning 512 votes": the sentence's subject won them
        return clause_subject(text, sentence, figure.start, candidates) or nearest
    if patterns.RELATIVE_PRONOUN.search(gap) or patterns.PLACE_THEN_TALLY.fullmatch(gap):
        return nearest  # "over UKIP's Diane James, who took 11,571 votes", "Will Scobie third with 11,740"
    # "from the Liberal Democrat Tom Morrison": the party written with the person is part of the object
    unit_start = next(
        (
            m.start
            for m in candidates
            if m.kind == "party" and m is not nearest and rx.fullmatch(r"(?:'s)?\s{1,2}", text[m.end : nearest.start])
        ),
        nearest.start,
    )
    object_of = rx.search(
        r"\b(?:from|over|against|than|beat|beating|defeating|defeated|unseating|ousting|to)\s+(?:the\s+)?\Z"
        # "Dan Jarvis held the seat for Labour with 14,724 votes": the party it was held for ("was elected for the
        # Conservatives with 488 votes": the party a winner was elected for)
        r"|\b(?:held|won|took|kept|retained|gained|elected)\s+(?:the\s+seat\s+|it\s+)?for\s+(?:the\s+)?\Z",
        text[max(sentence.start, nearest.start - 30) : nearest.start],
    ) or rx.search(
        r"\b(?:from|over|against|beat|beating|defeating|defeated|unseating|ousting)\s+(?:the\s+)?\Z",
        text[max(sentence.start, unit_start - 16) : unit_start],
    )
    if object_of and patterns.VOTES_VERB_BEFORE.search(text, max(sentence.start, figure.start - 40), figure.start):
        # "Helen Morgan took North Shropshire from the Conservatives …, winning 17,957 votes"
        subject = clause_subject(text, sentence, figure.start, candidates)
        if subject is not None and subject.start == nearest.start:
            # the clause read as opening inside the seat's name ("took Middlebrook and Tarrant from Labour
            # with 14,880"): the one who took it is named before the object's "from"
            subject = subject_before(text, sentence, nearest.start - len(object_of.group(0)), candidates)
        return subject or nearest
    # "Mark Jenkinson (Con) with 20,488", "and Labour's Will Scobie third with 11,740": the name's own
    return nearest


def respectively_subject(text: str, sentence: Sentence, figure: Figure, candidates: list[Mention]) -> Mention | None:
    """ "Caroline Shah and John Usher, received 247 and 61 votes respectively": the two people named
    last before the tallies, in order."""
    # only pairs that can hold the figure: none starts more than 30 characters before it or runs 200
    # past it ("247 and 61 votes respectively" is 30), so the scan never goes on to the sentence's end;
    # a pair after "with" ("with 1,204 and 1,101 votes") only after two names joined as one subject
    window_end = min(sentence.end, figure.end + 200)
    window_start = max(sentence.start, figure.start - 30)
    pairs = [
        *((pair, False) for pair in patterns.RESPECTIVELY_PAIR.finditer(text, window_start, window_end)),
        *((pair, True) for pair in patterns.COORDINATED_PAIR.finditer(text, window_start, window_end)),
    ]
    for pair, coordinated in pairs:
        index = {pair.start("first"): 0, pair.start("second"): 1}.get(figure.start)
        if index is None:
            continue
        people = [c for c in candidates if c.kind == "person" and sentence.start <= c.start < pair.start()]
        distinct: list[Mention] = []
        for person in reversed(people):
            if all(person.value != seen.value for seen in distinct):
                distinct.insert(0, person)
        if len(distinct) < 2:
            return None
        first, second = distinct[-2:]
        if coordinated and not patterns.COORDINATED_NAMES.fullmatch(text, first.end, second.start):
            return None  # "Ann Lowe beat Tom Reid, with 1,204 and 1,101 votes": no pair of names
        return (first, second)[index]
    return None


def score_pair_subject(text: str, sentence: Sentence, figure: Figure, candidates: list[Mention]) -> Mention | None:
    """ "Slade beat Tomlinson by 1,352 votes, 21,442 to 20,090": two tallies set against each other
    belong, in order, to the two candidates the sentence names before them (a party written with its
    candidate, "Labour's Neil Duncan-Jordan", is one); where "for <candidate>" follows the pair, the
    second is that candidate's."""
    window_start = max(sentence.start, figure.start - 40)
    for pair in patterns.SCORE_PAIR.finditer(text, window_start, min(sentence.end, figure.end + 40)):
        if figure.start == pair.start("first"):
            index = 0
        elif figure.start == pair.start("second"):
            index = 1
        else:
            continue
        named = _one_per_candidate(text, [c for c in candidates if sentence.start <= c.start < pair.start()])
        second_for = patterns.SCORE_PAIR_SECOND_FOR.match(text, pair.end(), sentence.end)
        given = owner = next((c for c in candidates if second_for and c.start == second_for.end()), None)
        if owner is not None and owner.kind == "party":
            # "for Labour's Mary Wimbury", "for the Conservative Sam Bromiley": the candidate the party
            # introduces; a party introducing no one is left to the readers below
            owner = person_after_party(text, owner, candidates, 3)
            owner = owner if owner.kind == "person" else None
        if owner is not None and index == 1:
            # "X held the seat for Labour, polling 22,134 votes to 11,894 for Graham Smith": the second
            # tally is the candidate's named after it (the first is read as any pair's first)
            return owner
        distinct: list[Mention] = []
        for mention in named:
            if all(mention.value != seen.value for seen in distinct):
                distinct.append(mention)
        if given is not None and index == 0:
            # "Reform edged the contest by 9,210 votes to 8,977 for Labour", "winning it for the Lib Dems by
            # 1,143 to 802 over Robert Ellery": the first tally is the clause's subject's, the second the
            # one it is given for or won over
            subject = _who_antecedent(text, sentence, pair.start(), candidates) or clause_subject(
                text, sentence, pair.start(), candidates
            )
            return subject if subject is not None and subject.value != given.value else None
        return distinct[index] if len(distinct) == 2 else None
    return None


def _who_antecedent(text: str, sentence: Sentence, position: int, candidates: list[Mention]) -> Mention | None:
    """ "was won by Helen Tarrant, who took 16,390 votes to …": the name a relative "who" right before
    the figures refers to (not the sentence's first person, "the resignation of Sir Rodney Quill")."""
    who = patterns.WHO_CLAUSE_BEFORE.search(text, sentence.start, position)
    if who is None:
        return None
    return next((c for c in candidates if c.kind == "person" and c.end == who.start()), None)


def _one_per_candidate(text: str, named: list[Mention]) -> list[Mention]:
    """The names without a party written with its candidate: before the person ("Labour's Neil
    Duncan-Jordan") or after ("Lisa Townsend (Conservative)", "Dean Crossley of Reform UK", "Aisha Rahman,
    the Labour Party candidate")."""
    people = [p for p in named if p.kind == "person"]
    return [c for c in named if c.kind != "party" or not any(_written_with(text, p, c) for p in people)]


def _written_with(text: str, person: Mention, party: Mention) -> bool:
    """Is ``party`` written with ``person``: "Labour's Ann Vale", "Ann Vale (Lab)", "Ann Vale of Labour"?"""
    if 0 <= person.start - party.end <= 4:
        return True
    return 0 <= party.start - person.end <= 8 and bool(
        patterns.PARTY_OF_PERSON_BETWEEN.fullmatch(text, person.end, party.start)
    )


def one_sided_score_pair(text: str, sentence: Sentence, figure: Figure, candidates: list[Mention]) -> int | None:
    """ "The Conservative candidate won it by 812 votes to 163": a score pair with one side named before it. The
    first tally is that side's, the second the unnamed loser's; which of the two ``figure`` is (0 or 1),
    or None where the figure is in no such pair. Where the loser is named inside the pair ("won by 9,210
    votes to Labour's 8,977"), the first is still the named side's (0); the second is left to the
    readers of a tally after its owner."""
    before_figure = max(sentence.start, figure.start - 12)
    named_second = patterns.SCORE_PAIR_NAMED_SECOND.match(text, figure.start, sentence.end)
    if named_second is not None and patterns.ONE_SIDED_PAIR_BEFORE.search(text, before_figure, figure.start):
        # "Reform won by 9,210 votes to Labour's 8,977": the first tally is the winner's, not a margin
        # (the second is read as any tally after its owner's possessive)
        return 0 if any(c.start == named_second.start("owner") for c in candidates) else None
    window_start = max(sentence.start, figure.start - 40)
    for pair in patterns.SCORE_PAIR.finditer(text, window_start, min(sentence.end, figure.end + 40)):
        if figure.start not in (pair.start("first"), pair.start("second")):
            continue
        if not patterns.ONE_SIDED_PAIR_BEFORE.search(text, max(sentence.start, pair.start() - 12), pair.start()):
            return None  # "collapsed from more than 5,000 to 1,129": a change, not two sides
        named = {
            c.value
            for c in _one_per_candidate(text, [c for c in candidates if sentence.start <= c.start < pair.start()])
        }
        after = [c for c in candidates if pair.start() <= c.start < sentence.end]
        # "takes 16,238 votes to 14,986 for Labour's Nancy Platts": the loser is named after all
        return (0 if figure.start == pair.start("first") else 1) if len(named) == 1 and not after else None
    return None


def subject_after(text: str, position: int, candidates: list[Mention]) -> Mention | None:
    """ "12,680 for the Conservatives": the one the figure is given for — unless a figure of their
    own follows them ("21,283 to Mary Creagh (Lab) 17,925")."""
    for mention in candidates:
        if mention.start >= position and patterns.FOR_AFTER.match(text[position : mention.start]):
            target = person_after_party(text, mention, candidates, 4)  # "15,096 for Labour's Phil Wilson"
            if rx.match(
                r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:'s?\s+)?(?:[\w-]+(?:'s?)?\s+){0,2}\d",
                text[mention.end : mention.end + 50],
            ) or patterns.OWN_FIGURE_AFTER_PERSON.match(text[target.end : target.end + 50]):
                return None  # "21,773 to Labour's Simon Letts on 21,742": Letts has his own figure
            return target
        if mention.start > position + 30:
            break
    return None
