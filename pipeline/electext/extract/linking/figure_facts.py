"""Figures in prose: each count, percentage or year read for its role, its owner and its contest.

A figure's role comes from the words around it ("majority of", "swing of … to X from Y", "turnout",
"since 1931", "came second"), its owner from :mod:`electext.extract.linking.subjects` and its seat from
:func:`electext.extract.linking.context.seat_for`. A key-numbers line is asked of
:mod:`electext.extract.linking.keyed_lines` first; results lists and delimited tables never come here
(:mod:`electext.extract.linking.link` reads them by line).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from electext.core import rx
from electext.extract.facts import (
    MAX_SEAT_VOTES,
    MIN_AGELESS_TALLY,
    MIN_BARE_VOTES,
    Fact,
    Role,
    Sentence,
    Span,
    clause_start,
    mentions_in,
)
from electext.extract.figures import Figure
from electext.extract.linking.context import Context, about_earlier_election, modal_before, seat_for
from electext.extract.linking.keyed_lines import keyed_reading
from electext.extract.linking.subjects import (
    clause_subject,
    figure_subject,
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


def _role_of(text: str, sentence: Sentence, figure: Figure, subject: Mention | None) -> Role | None:
    # a results box's dot leaders are layout: "CON MAJORITY ........ 14,013" reads as "CON MAJORITY 14,013"
    before = patterns.DOT_LEADER.sub(" ", text[max(sentence.start, figure.start - 80) : figure.start])
    after = patterns.DOT_LEADER.sub(" ", text[figure.end : min(sentence.end, figure.end + 60)])
    if figure.kind == "year":
        if patterns.SINCE_BEFORE.search(before) and patterns.HELD_CONTEXT.search(text, sentence.start, sentence.end):
            return "held_since"
        return None
    if figure.kind in ("percent", "points"):
        wide = patterns.DOT_LEADER.sub(" ", text[max(sentence.start, figure.start - 150) : figure.start])
        if patterns.SWING_BEFORE.search(wide) or patterns.SWING_AFTER.match(after):
            return "swing"
        if patterns.TURNOUT_BEFORE.search(before) or patterns.TURNOUT_AFTER.match(after):
            return "turnout"
        if (
            patterns.MAJORITY_BEFORE.search(before)
            or patterns.MAJORITY_AFTER.match(after)
            or rx.search(r"\b(?:majority|maj)\b[^.\n]{0,25}?\d[\d,]*\s*(?:votes?\s*)?[(,]\s*\Z", before, rx.I)
        ):
            return "majority"  # also "majority: 5,508 (13.81%)", the same majority as a share
        if patterns.SHARE_CHANGE.search(before) and subject is not None:
            return "share_change"
        if patterns.SHARE_CHANGE_BEFORE.search(before) or figure.kind == "points":
            return None
        if (
            patterns.SHARE_AFTER.match(after)
            or patterns.SHARE_LEVEL_BEFORE.search(before)
            or rx.search(r"\d[\d,]*\s*(?:votes?\s*)?[(,]\s*(?:or\s+)?\Z", before)
        ):
            return "share"
        verb = patterns.VOTES_VERB_BEFORE.search(before)
        if verb and verb.group(0).split()[0].lower() in ("to", "on") and not patterns.VOTE_NOUN.search(before):
            verb = None
        if subject is not None and (verb or rx.search(r"[:(]\s*\Z", before)):
            return "share"
        return None
    # counts
    if patterns.ELECTORATE_BEFORE.search(before) or patterns.ELECTORATE_AFTER.match(after):
        return "electorate"
    if figure.value > MAX_SEAT_VOTES:
        return None  # national totals
    if patterns.AGE_BEFORE.search(before):
        return None  # "died aged 88": an age
    if patterns.COMPARED_WITH_LAST.match(after) and patterns.MAJORITY_WORD.search(text, sentence.start, sentence.end):
        return "majority_change"  # "a majority of 3,224, 900 more than last time"
    if patterns.POLL_COUNT_AFTER.match(after) or patterns.SHARE_CHANGE.search(before):
        return None  # poll-wide counts; changes in a party's votes
    if patterns.GROUP_BOUND_BEFORE.search(before):
        return None
    if patterns.MAJORITY_COMPARED_BEFORE.search(text, clause_start(text, sentence, figure.start), figure.start):
        return "majority"  # "Labour's majority of 6,203 was up on the 4,658 Mr Keen secured in 2010"
    if patterns.VOTES_BEHIND.match(after) or patterns.VOTES_AHEAD.match(after) or patterns.MARGIN_AFTER.match(after):
        place = patterns.LOWER_PLACE.search(text, clause_start(text, sentence, figure.start), figure.start)
        if place and (place.group(0).lower() not in ("second", "2nd") or patterns.VOTES_AHEAD.match(after)):
            return None  # "slipped to third on 754, just five votes ahead of UKIP": not the winning margin
        return "majority"
    if patterns.MAJORITY_AFTER.match(after) or patterns.MAJORITY_BEFORE.search(before):
        if patterns.COUNTED_PEOPLE_AFTER.match(after) or patterns.SOMEONE_ELSES_MAJORITY.search(before):
            return None  # "held for decades by two senior Labour figures"; "one Tory MP with a majority of 5,000"
        return "majority"
    total = patterns.SUM_OF_TALLIES.search(text, sentence.start, figure.start)
    if total and ":" not in text[total.end() : figure.start]:
        return None  # several candidates' votes added up: no one's tally (a list after a colon itemises it)
    if patterns.VOTES_AFTER.match(after):
        return "votes"
    if figure.value < MIN_BARE_VOTES or not figure.is_whole:
        return None
    if subject is not None and rx.search(r"'s?\s*\Z", before):
        return "votes"  # "to Mr Skinner's 16,492"
    if (
        subject is not None
        and subject.kind == "person"
        and rx.match(r"\s*\([^)\n]{1,40}\)", text[subject.end : subject.end + 45])
        and rx.match(r"\A\s*(?:[.,;]|$)", after)
    ):
        return "votes"  # live blogs: "Mhairi Black (SNP), 20 years old and still a student, 23,548."
    if (
        subject is not None
        and subject.kind == "person"
        and rx.search(r"\A\s*(?:[;,]\s*[\d.]+\s*(?:%|per\s*cent)?\s*)?\)", after)  # "(4,313; 9.4%)"
        and rx.fullmatch(r"(?:\s+of\s+(?:the\s+)?[^()\d]{1,60}?)?\s*\(\s*", text[subject.end : figure.start])
    ):
        return "votes"  # "over the SDLP's Alex Attwood (3,088)", "Neil Manson of the SDP (151)"
    if (
        subject is not None
        and subject.kind == "person"
        and subject.party is not None
        and rx.search(r",\s*\Z", before)
        and rx.match(r'\A\s*[."\u201d]*\s*\Z', after)
    ):
        return "votes"  # a declaration: "Seema Malhotra, Labour and Co-operative Party, twelve thousand, …"
    if (
        subject is not None
        and subject.kind == "person"
        and subject.party is not None
        and figure.value >= MIN_AGELESS_TALLY
        and rx.fullmatch(r",\s*", text[subject.end : figure.start])
        and rx.match(r"\A\s*(?:,\s*(?:and|then|while)\b|;)", after)
    ):
        return "votes"  # a spoken list: "The Green candidate, Simeon Hart, 249, and then …"
    if (
        subject is not None
        and figure.value >= MIN_AGELESS_TALLY
        and not text[subject.end : figure.start].strip()
        and rx.match(r"\A\s*(?:[,.;]|\Z)", after)
    ):
        return "votes"  # a live blog's tally: "Clegg 22,215, Labour's Oliver Coppard 19,862."
    if subject is not None and (
        patterns.VOTES_VERB_BEFORE.search(before)
        or rx.search(r"(?:^|[:)\t]|\s{2,})\s*(?:[-\u2013\u2014]\s*)?\Z", before)  # "Sophie (Green) - 892"
        or rx.match(r"\A\s*(?:\(|$)", after)
    ):
        return "votes"
    return None


def _inferred(text: str, sentence: Sentence, figure: Figure, subject: Mention) -> bool:
    """Whether a figure's owner was found across its clause or through a pronoun rather than in the
    phrase that gives the figure: such a reading is ours to check before it is the reporter's error."""
    if subject.note == "pronoun":
        return True
    if subject.start >= figure.end:
        return False  # "12,680 for the Conservatives"
    return subject.start < clause_start(text, sentence, figure.start)


def _is_previous_majority(text: str, sentence: Sentence, figure: Figure) -> bool:
    clause = clause_start(text, sentence, figure.start)
    before = text[max(clause, figure.start - 70) : figure.start]
    after = text[figure.end : min(sentence.end, figure.end + 70)]
    if patterns.NEW_MAJORITY_BEFORE.search(text, max(sentence.start, figure.start - 60), figure.start):
        return False  # "… in 2017 became a Conservative majority of 1,239": the new one
    if patterns.EARLIER_YEAR_LINE.search(before):
        return True
    if patterns.OVERTURNED_AFTER.match(after):
        return True  # "when the Tory majority of 19,213 was toppled"
    # the cue must qualify this figure's phrase: look back only to the last conjunction or comma
    phrase = rx.split(r",|;|\bbut\b|\band\b|\bwhile\b", before)[-1]
    if patterns.PREVIOUS_MAJORITY_CUE.search(phrase):
        return True
    # "The 24,664 Tory majority was the biggest the party had overturned": the noun phrase's
    # predicate comes after it.
    if patterns.MAJORITY_AFTER.match(after):
        clause_end = next(
            (m.start() for m in patterns.CLAUSE_BREAK.finditer(text, figure.end, sentence.end)), sentence.end
        )
        if patterns.PREVIOUS_MAJORITY_CUE.search(text, figure.end, clause_end):
            return True
    if rx.match(r"\A[^.;]{0,30}?\b(?:than|from|compared\s+(?:with|to)|against)\b", after):
        return False  # "a majority of 2,260 - lower than at the 2015 general election": a comparison
    return bool(
        rx.match(r"\A[^.;\d]{0,40}?\b(?:at|in)\s+the\s+(?:last|previous|\d{4})\s+(?:general\s+)?election", after)
        or rx.match(r"\A[^.;\d]{0,30}?\bin\s+(?:19|20)\d\d\b", after)
    )


def _party_near_majority(text: str, figure: Figure, parties: list[Mention]) -> Mention | None:
    """ "a 24,664 Tory majority", "a Conservative majority of more than 19,600"."""
    for party in parties:
        if (
            party.start >= figure.end
            and party.start - figure.end <= 4
            and rx.match(r"\A[\s-]*(?:vote\s+)?\Z", text[figure.end : party.start])
            and rx.match(r"\A\s*majority", text[party.end : party.end + 12], rx.I)
        ):
            return party
        if (
            party.end <= figure.start
            and figure.start - party.end <= 30
            and rx.match(r"\A\s*majority\s+(?:of\s+)?\Z", text[party.end : figure.start], rx.I)
        ):
            return party
        if (
            party.end <= figure.start
            and figure.start - party.end <= 30
            and rx.search(r"\b(?:giving|gave|gives|hands?|handed|handing)\s+(?:the\s+)?\Z", text[: party.start])
            and rx.match(r"\A\s+an?\s+(?:\w+\s+)?majority\s+of\s+\Z", text[party.end : figure.start], rx.I)
        ):
            return party  # "giving the Conservatives a majority of 2,607"
    return None


def _swing_pair(text: str, figure: Figure, parties: list[Mention]) -> tuple[Mention, Mention] | None:
    """ "Swing: 6.7% Lab to Con", "a 4.2-point swing, LD to PC": "X to Y" straight after the figure."""
    before = [p for p in parties if figure.start - 60 <= p.start and p.end <= figure.start]
    for first, second in pairwise(before):
        # "Swing C to Lab 10.2%": the pair right before the figure
        if rx.fullmatch(r"\s+to\s+(?:the\s+)?", text[first.end : second.start], rx.I) and rx.fullmatch(
            r"[\s.\u2026]*:?\s*", text[second.end : figure.start]
        ):
            return first, second
    after = [p for p in parties if figure.end <= p.start <= figure.end + 30]
    for first, second in pairwise(after):
        if rx.fullmatch(r"\s*(?:swing\s*)?,?\s*(?:from\s+)?", text[figure.end : first.start], rx.I) and rx.fullmatch(
            r"\s+to\s+(?:the\s+)?", text[first.end : second.start]
        ):
            return first, second
    return None


def _swing_parties(
    text: str, sentence: Sentence, figure: Figure, parties: list[Mention]
) -> tuple[Mention | None, Mention | None]:
    """(from, to) stated around a swing figure: "23.9% to Labour from the Tories"."""
    pair = _swing_pair(text, figure, parties)
    if pair is not None:
        return pair
    from_party = to_party = None
    window_start = max(sentence.start, figure.start - 60)
    window_end = min(sentence.end, figure.end + 80)
    for party in parties:
        if not (window_start <= party.start < window_end):
            continue
        lead = text[max(window_start, party.start - 14) : party.start]
        if rx.search(r"\b(?:to|towards)\s+(?:the\s+)?\Z", lead, rx.I) and to_party is None:
            to_party = party
        elif rx.search(r"\b(?:from|against)\s+(?:the\s+)?\Z", lead, rx.I) and from_party is None:
            from_party = party
    return from_party, to_party


def figure_facts(
    text: str, sentence: Sentence, mentions: Mentions, figures: list[Figure], context: Context
) -> list[Fact]:
    facts: list[Fact] = []
    if not figures:
        return facts  # the sentence tests below only decide what its figures are
    seats = mentions_in(sentence, mentions.seats)
    candidates = mentions_in(sentence, mentions.candidates)
    parties = mentions_in(sentence, mentions.parties)
    previous: tuple[Figure, Role | None] | None = None
    previous_earlier = False
    national = patterns.NATIONAL_SENTENCE.search(text, sentence.start, sentence.end)
    if national and rx.search(
        r"\b(?:than|compared\s+(?:with|to)|against|above|below)\b[^.;]{0,40}\Z", text[sentence.start : national.start()]
    ):
        national = None  # "Swing of 9% from Lab to Con, bigger than Cameron needs nationally": a comparison
    if national and patterns.IF_REPEATED.search(text, sentence.start, national.start()):
        national = None  # "the 13.6-point swing, if repeated at a general election, would …": this seat's swing
    if patterns.POLL_SENTENCE.search(text, sentence.start, sentence.end) or (not seats and national):
        return facts  # polls, projections and the national picture report no seat's result
    for figure in figures:
        if modal_before(text, sentence, figure.start):
            continue
        paired = score_pair_subject(text, sentence, figure, candidates) or respectively_subject(
            text, sentence, figure, candidates
        )
        subject: Mention | None
        role: Role | None
        keyed = keyed_reading(text, sentence, figure, candidates, context.keyed_subject)
        if keyed is not None:
            # "17,894 - votes for Labour's Rosena Allin-Khan": the label after the figure says it all
            figure, role, subject = keyed.figure, keyed.role, keyed.subject
            context.keyed_subject = subject or context.keyed_subject
        elif paired is not None:
            subject, role = paired, "votes"
        else:
            given_for = subject_after(text, figure.end, candidates)
            if given_for is not None and given_for.kind == "person" and given_for.party is None:
                # "The Conservatives, for their part, managed 2,857 votes for Karen Allen": the clause's party
                owner = clause_subject(text, sentence, figure.start, candidates)
                if owner is not None and owner.kind == "party":
                    given_for = replace(given_for, party=owner.value)
            subject = given_for or figure_subject(text, sentence, figure, candidates)
            role = _role_of(text, sentence, figure, subject)
            if (
                role is None
                and given_for is not None
                and figure.kind == "count"
                and figure.is_whole
                and figure.value >= MIN_BARE_VOTES
                and patterns.SET_AGAINST.search(text, max(sentence.start, figure.start - 20), figure.start)
            ):
                role = "votes"  # "19,609 votes, against 15,096 for Labour's Phil Wilson"
            if (
                role is None
                and given_for is not None
                and figure.kind == "count"
                and figure.is_whole
                and patterns.POLLED_BY_AFTER.match(text[figure.end : figure.end + 30])
            ):
                role = "votes"  # "well over twice the 6,335 polled by Conservative Liz Wardlaw"
            if context.question is not None and not text[sentence.start : figure.start].strip():
                # "What was the majority?" "One thousand, seven hundred and fifty-seven votes."
                role = _answered_role(context.question) or role
        age = (
            subject is not None
            and figure.value < MIN_AGELESS_TALLY
            and rx.fullmatch(r",\s*", text[subject.end : figure.start])
            and rx.match(r"\s*,", text[figure.end : figure.end + 3])
        )  # "Jane Brophy, 62, a retired teacher"
        if (
            role is None
            and previous is not None
            and previous[1] in ("votes", "share")
            and subject is not None
            and not age
        ):
            # "securing 1,487 in Mid Bedfordshire and 1,373 in Tamworth"; "took 42.9 per cent … and
            # Labour 24.5 per cent": a figure coordinated with the one before has its role.
            between = text[previous[0].end : figure.start]
            # "and Harriet Williams of the Women's Equality Party 195": the name's party belongs to it
            name_end = next(
                (
                    m.end
                    for m in candidates
                    if m.kind == "party"
                    and subject.end <= m.start
                    and m.end <= figure.start
                    and rx.fullmatch(r"\s+of\s+(?:the\s+)?|\s*\(\s*", text[subject.end : m.start])
                ),
                subject.end,
            )
            # "and Labour, in third place, 3,957": a place between the name and its tally
            adjacent = not rx.sub(
                r"'s?|\b(?:on|with|just|only|in\s+\w+\s+place|second|third|fourth|fifth|sixth)\b|[\s:,()]",
                "",
                text[name_end : figure.start],
            )
            if figure.kind == previous[0].kind and (
                patterns.COORDINATED.match(between)
                or (
                    adjacent
                    and rx.search(
                        r"(?:,|\band\b|\bwhile\b|;)\s+(?:the\s+)?(?:\S+\s+){0,3}\Z",
                        text[previous[0].end : subject.start],
                    )
                )
            ):
                role = previous[1]
        changed_from = (
            role in (None, "turnout")
            and figure.kind == "percent"
            and previous is not None
            and previous[1] == "turnout"
            and patterns.CHANGED_FROM_BEFORE.search(text, max(sentence.start, figure.start - 30), figure.start)
        )
        if changed_from:
            role = "turnout"  # "Turnout was 42.1%, down from 61.5%": the figure it fell from is the last one
        coordinated = previous is not None and role in ("share", "votes") and previous[1] == role
        previous = (figure, role)
        if role is None:
            continue
        earlier = (
            changed_from
            or about_earlier_election(text, sentence, figure.start, figure.end, figure=True)
            or (coordinated and previous_earlier)
            or (context.earlier_paragraph == sentence.paragraph and role != "held_since")
        )
        previous_earlier = earlier
        if (
            context.earlier_section
            and role == "majority"
            and figure.kind == "count"
            and _is_previous_majority(text, sentence, figure)
        ):
            continue  # under "2017: …", "defending a majority of 4,181" is the election before that one
        if earlier:
            # "Two years ago the Conservatives took 42.9 per cent": the previous result.
            # a party's hold "since 1950" is the same whenever it is told
            role = {
                "majority": "previous_majority",
                "previous_majority": "previous_majority",
                "share": "share_before",
                "swing": "swing",
                "held_since": "held_since",
                "turnout": "previous_turnout",
                "electorate": "electorate",
                "majority_change": "majority_change",
            }.get(  # type: ignore[assignment]
                role
            )
            if role is None:
                continue
        seat = seat_for(text, sentence, figure.start, figure.end, seats, context)
        if seat is None:
            continue
        span = (Span(figure.start, figure.end),)
        after = text[figure.end : min(sentence.end, figure.end + 40)]
        if role == "previous_majority":
            party = _party_near_majority(text, figure, parties)
            facts.append(Fact(seat.value, "previous_majority", span, figure, parties=(party,) if party else ()))
        elif role == "majority":
            if patterns.VOTES_BEHIND.match(after) and subject is not None:
                facts.append(
                    Fact(
                        seat.value,
                        "position",
                        span,
                        subject=subject,
                        label="2",
                        derived="stated as the winning margin behind the winner: the runner-up",
                    )
                )
            if figure.kind == "count" and _is_previous_majority(text, sentence, figure):
                party = _party_near_majority(text, figure, parties)
                facts.append(Fact(seat.value, "previous_majority", span, figure, parties=(party,) if party else ()))
            else:
                party = _party_near_majority(text, figure, parties)  # "a Conservative majority of 3,294"
                facts.append(Fact(seat.value, "majority", span, figure, parties=(party,) if party else ()))
        elif role == "swing":
            from_party, to_party = _swing_parties(text, sentence, figure, parties)
            derived = None
            if to_party is None and subject is not None and subject.end <= figure.start:
                towards = subject.value if subject.kind == "party" else subject.party
                if towards:
                    to_party = Mention(subject.start, subject.end, subject.text, "party", towards)
                    derived = "direction: towards the party whose candidate achieved the swing"
            facts.append(Fact(seat.value, "swing", span, figure, parties=_pair(from_party, to_party), derived=derived))
        elif role == "held_since":
            clause = clause_start(text, sentence, figure.start)
            holders = [p for p in parties if clause <= p.start < figure.start]
            if not holders:
                holders = [p for p in parties if sentence.start <= p.start < figure.start]
            if not holders and patterns.THE_PARTY_HELD.match(text, sentence.start, figure.start):
                # "…anyone other than a Labour MP. The party had held Bolsover since 1950": the party before
                holders = [p for p in mentions.parties if p.end <= sentence.start][-1:]
            # "held since" is a party's hold of the seat; "Robert Syms, who had represented the town
            # since 1997" is one member's tenure.
            people_between = (
                holders
                and (
                    any(
                        holders[-1].end <= p.start < figure.start
                        # "the Whitehaven seat", "has held Erdington since": a place the model took for a person
                        and not rx.search(r"\b(?:the|held)\s+\Z", text[max(0, p.start - 6) : p.start])
                        and not rx.match(r"\s+(?:seat|constituency|ward|division)\b", text[p.end : p.end + 14])
                        for p in mentions.people
                    )
                    or patterns.TENURE.search(text, holders[-1].end, figure.start)
                )
            )
            if (
                holders
                and rx.match(r"\s+(?:MP|member|councillor|MSP|MS)\b", text[holders[-1].end :])
                and rx.search(r"\bwho\s+(?:had|has)\s+been\s+(?:a|the)\s+\Z", text[: holders[-1].start])
            ):
                people_between = True  # "who had been a Conservative MP in Herefordshire since 2001"
            if holders and not people_between:
                facts.append(Fact(seat.value, "held_since", span, figure, parties=(holders[-1],)))
        elif role in ("votes", "share", "share_before", "share_change"):
            if subject is None:
                continue
            if role == "share_change":
                before_text = text[max(sentence.start, figure.start - 40) : figure.start]
                verb = patterns.SHARE_CHANGE.search(before_text)
                if verb and patterns.SHARE_CHANGE_DOWN.fullmatch(verb.group("verb")):
                    figure = replace(
                        figure,
                        value=-figure.value,
                        lower=None if figure.upper is None else -figure.upper,
                        upper=None if figure.lower is None else -figure.lower,
                    )
            inferred = keyed is None and paired is None and _inferred(text, sentence, figure, subject)
            facts.append(Fact(seat.value, role, span, figure, subject=subject, inferred=inferred))
        elif role == "majority_change":
            direction = patterns.COMPARED_WITH_LAST.match(after)
            if direction and direction.group("direction").lower() in patterns.FEWER_WORDS:
                figure = replace(
                    figure,
                    value=-figure.value,
                    lower=None if figure.upper is None else -figure.upper,
                    upper=None if figure.lower is None else -figure.lower,
                )
            facts.append(Fact(seat.value, role, span, figure))
        else:
            facts.append(Fact(seat.value, role, span, figure))
    return facts


def _pair(from_party: Mention | None, to_party: Mention | None) -> tuple[Mention, ...]:
    """Swing parties as a fixed-length (from, to) pair; a missing side is an empty-valued mention."""
    empty = Mention(0, 0, "", "party", "")
    return (from_party or empty, to_party or empty)
