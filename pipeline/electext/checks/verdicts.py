"""The last word on every check of an article: which disagreements are alarms, and which one caused which.

Checks are computed figure by figure (:mod:`electext.checks.consistency`, :mod:`electext.checks.refcheck`); this stage
looks at them together with the article's text, as a fact-checker would before raising an alarm:

1. **Context.** A ``fail`` on a figure whose sentence is about another time ("down from 68.2% at the
   general election", "before the recount", a year other than the contest's) or is a caption or a
   credit becomes ``check_extraction``: our reading, not the reporter, is the likelier culprit. A
   typo that explains the gap keeps the ``fail``, and so does a previous majority quoted with its
   own election's year.
2. **One root cause, one alarm.** Failing checks that share a figure are grouped: the most specific
   (an official-results check on that figure, then a misprinted number, then a repeated figure) is
   the root, the others ``follow`` it and take its verdict when it is ``check_extraction``. A
   consistency check whose figures each agree with the official results is our misreading of how
   they combine.
3. **Evidence a person can verify.** Every check that is not a plain pass names the sentence its first
   figure stands in.

The words each rule looks for are data (``pipeline/electext/data/verdicts.json``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from electext.checks.grading import rules
from electext.core import rx
from electext.core.records import Check, Contest, Evidence, Gap, OfficialMatch

# Checks on a figure read as this election's: another time in their sentence makes them suspect.
CURRENT_FIGURE_CHECKS = frozenset(
    {
        "official_votes",
        "official_share",
        "official_position",
        "official_majority",
        "official_turnout",
        "official_electorate",
        "official_swing",
        "official_winner",
        "majority_arithmetic",
        "place_order",
        "winner_most_votes",
        "repeated_figure",
        "share_sum",
        "turnout_range",
        "majority_le_winner_votes",
        "whole_votes",
    }
)
# Consistency checks that are arithmetic over figures alone: when each figure agrees with the record,
# a failure is our misreading of how they combine (place_order and winner_most_votes also weigh
# stated places and winners, which the figures' own checks do not vouch for).
ARITHMETIC_CHECKS = frozenset(
    {"majority_arithmetic", "repeated_figure", "share_sum", "majority_le_winner_votes", "majority_change"}
)
# Checks on figures of the previous election: only a year other than that election's is suspect.
PREVIOUS_FIGURE_CHECKS = frozenset({"official_previous_majority", "official_held_since", "official_previous_turnout"})
# The order in which a group of failures names its root cause.
ROOT_ORDER = (
    "official_votes",
    "official_share",
    "official_majority",
    "official_previous_majority",
    "official_turnout",
    "official_previous_turnout",
    "official_electorate",
    "official_majority_change",
    "official_swing",
    "official_position",
    "official_name",
    "official_party",
    "official_winner",
    "official_result",
    "official_held_since",
    "official_date",
    "number_format",
    "repeated_figure",
)
# Sentence ends: a full stop, question or exclamation mark before a space, or a line break.
_SENTENCE_END = rx.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s)|\n")
# A year, not part of a longer number, a sum or a date written with strokes or hyphens.
_YEAR = rx.compile(r"(?<![\d,.£$/-])\b(?:19[3-9]\d|20\d\d)\b(?![,./-]?\d)")


def years_named(text: str) -> frozenset[int]:
    """Every year a text names ("the 2019 general election", "in 2024")."""
    return frozenset(int(match.group(0)) for match in _YEAR.finditer(text))


def _alternation(phrases: Sequence[str]) -> str:
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(rx.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered)


@dataclass(frozen=True)
class _Cues:
    other_time: rx.TimedPattern
    general_election: rx.TimedPattern
    caption: rx.TimedPattern
    other_contest: rx.TimedPattern
    same_night: rx.TimedPattern


@cache
def _cues() -> _Cues:
    found = rules()

    def pattern(phrases: Sequence[str]) -> rx.TimedPattern:
        return rx.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)", rx.I)

    return _Cues(
        other_time=pattern(found.other_time),
        general_election=pattern(found.general_election),
        caption=pattern(found.caption),
        other_contest=pattern(found.other_contest),
        same_night=pattern(found.same_night),
    )


# A comma-set or bracketed aside about a person ("Ms Brandt, who moved here ten years ago, won …"): its
# words say nothing about the figure outside it.
_ASIDE = rx.compile(
    r",\s+(?:who|whom|whose|which|a|an|the|now|then|herself|himself|once|formerly|previously)\b[^,;()\n]{1,140},"
    r"|\((?![^()]*\d)[^()\n]{1,140}\)"
)


def without_asides(sentence: str, keep: Sequence[tuple[int, int]]) -> str:
    """The sentence with asides that hold none of the ``keep`` spans (offsets into it) blanked out."""
    kept = list(sentence)
    for aside in _ASIDE.finditer(sentence):
        if not any(aside.start() < end and start < aside.end() for start, end in keep):
            kept[aside.start() + 1 : aside.end() - 1] = " " * (aside.end() - aside.start() - 2)
    return "".join(kept)


@lru_cache(maxsize=8)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where the sentences of a text end (the position after each end), found once per text: a check
    asks for the sentence of its figure a few dozen times an article."""
    return tuple(match.end() for match in _SENTENCE_END.finditer(text))


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``text[start:end]``: from the last sentence end before it to the
    first after it (at most 400 characters either side)."""
    ends = _sentence_ends(text)
    before = bisect_right(ends, start) - 1
    begin = ends[before] if before >= 0 else 0
    after = bisect_left(ends, max(end, start) + 1)
    stop = ends[after] if after < len(ends) else len(text)
    if stop > 0 and text[stop - 1] == "\n":
        stop -= 1  # a line break ends the sentence without belonging to it
    begin = max(begin, start - 400)
    stop = min(max(stop, end), end + 400)
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, max(stop, end)


def sentence_of(text: str, evidence: Evidence) -> Evidence | None:
    """The sentence holding a piece of evidence, as evidence itself (``None`` when the text is not the
    one the evidence points into)."""
    if not text or evidence.end > len(text) or text[evidence.start : evidence.end] != evidence.text:
        return None
    start, end = sentence_span(text, evidence.start, evidence.end)
    return Evidence(start=start, end=end, text=text[start:end])


def context_reason(
    sentence: str,
    check_id: str,
    by_election: bool,
    years: frozenset[int],
    keep: Sequence[tuple[int, int]] = (),
) -> tuple[Gap, str] | None:
    """Why a figure in this sentence may not be what we read it as, or ``None``.

    ``years`` are the years the check's own figures belong to (the contest's, or for a previous
    majority its baseline election's); any other year named in the sentence is another time. Pass
    none for a check over several statements, whose sentences often set this election beside the
    last ("Labour won 7,853 votes, up from 2015"): only the words of another time count there. ``keep``
    are the figures' spans in the sentence: asides holding none of them are not read (see
    :func:`without_asides`), but a caption is a caption wherever its words stand."""
    cues = _cues()
    if cues.caption.search(sentence):
        return "caption", "the figure stands in a caption or credit"
    sentence = without_asides(sentence, keep) if keep else sentence
    if (cue := cues.same_night.search(sentence)) is not None:
        return "other_time", f"its sentence is about an earlier count ({cue.group(0)!r})"
    if check_id.startswith("official_") and (cue := cues.other_contest.search(sentence)) is not None:
        return "other_figure", f"its sentence is about another kind of contest ({cue.group(0)!r})"
    if check_id in CURRENT_FIGURE_CHECKS:
        cue = cues.other_time.search(sentence) or (cues.general_election.search(sentence) if by_election else None)
        if cue is not None:
            return "other_time", f"its sentence is about another time ({cue.group(0)!r})"
    if years and (check_id in CURRENT_FIGURE_CHECKS or check_id in PREVIOUS_FIGURE_CHECKS):
        other = sorted(years_named(sentence) - years)
        if other:
            return "other_time", f"its sentence names another year ({other[0]})"
    return None


def _years_of(
    check: Check, contest: Contest | None, match: OfficialMatch | None, published_year: int | None
) -> frozenset[int]:
    if check.id in PREVIOUS_FIGURE_CHECKS:
        if check.against and (found := rx.search(r"of ((?:19|20)\d\d)-", check.against)):
            return frozenset({int(found.group(1))})
        return frozenset()
    if match is not None and match.date:
        return frozenset({int(match.date[:4])})
    return frozenset({published_year}) if published_year else frozenset()


def _demote(check: Check, gap: Gap, why: str) -> Check:
    return check.model_copy(
        update={
            "status": "check_extraction",
            "gap": gap,
            "message": f"{check.message}; not an alarm: {why}, so our reading is the likelier culprit",
        }
    )


def _spans(check: Check) -> set[tuple[int, int]]:
    return {(e.start, e.end) for e in check.evidence}


def _rank(check: Check) -> int:
    return ROOT_ORDER.index(check.id) if check.id in ROOT_ORDER else len(ROOT_ORDER)


def _group(checks: list[Check]) -> list[Check]:
    """Link failures that share a figure to one root (see the module docstring)."""
    suspects = [i for i, c in enumerate(checks) if c.status in ("fail", "check_extraction")]
    parent = {i: i for i in suspects}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for position, i in enumerate(suspects):
        for j in suspects[position + 1 :]:
            same_contest = checks[i].contest == checks[j].contest or None in (checks[i].contest, checks[j].contest)
            if same_contest and _spans(checks[i]) & _spans(checks[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in suspects:
        groups.setdefault(find(i), []).append(i)
    result = list(checks)
    for members in groups.values():
        if len(members) < 2:
            continue
        root = min(members, key=lambda i: (_rank(checks[i]), i))
        for i in members:
            if i == root:
                continue
            update: dict[str, object] = {"follows": root}
            if checks[root].status == "check_extraction" and checks[i].status == "fail":
                update["status"] = "check_extraction"
                update["message"] = f"{checks[i].message}; follows from check {root} ({checks[root].id})"
            result[i] = checks[i].model_copy(update=update)
    return result


def _official_agreement(checks: list[Check]) -> list[Check]:
    """A failing consistency check whose every figure passes an official-results check combines
    correct figures wrongly: that is our misreading of their roles, not the reporter's error."""
    good = {
        (c.contest, e.start, e.end)
        for c in checks
        if c.id.startswith("official_") and c.status in ("pass", "rounded") and c.reported is not None
        for e in c.evidence[:1]
    }
    result = []
    for check in checks:
        if (
            check.status == "fail"
            and check.id in ARITHMETIC_CHECKS
            and check.contest is not None
            and check.evidence
            and all((check.contest, e.start, e.end) in good for e in check.evidence)
        ):
            check = _demote(check, "other_figure", "each of its figures agrees with the official result")
        result.append(check)
    return result


def finalize(
    checks: list[Check],
    text: str,
    contests: Sequence[Contest],
    official: Sequence[OfficialMatch],
    published_year: int | None,
) -> list[Check]:
    """Attach sentences, apply the context rules, and group failures by root cause."""
    by_name = {contest.constituency.value: contest for contest in contests}
    matches = {match.contest: match for match in official}
    settled = []
    known: dict[Evidence, Evidence | None] = {}  # checks share figures: each sentence is found once
    for check in checks:
        against_record = check.id.startswith("official_")
        sentences = []
        for e in check.evidence[: 1 if against_record else None]:
            if e not in known:
                known[e] = sentence_of(text, e)
            if (found := known[e]) is not None:
                sentences.append(found)
        if sentences and check.status not in ("pass", "unverifiable"):
            check = check.model_copy(update={"sentence": sentences[0]})
        # a typo of the official figure is the reporter's; two statements a digit apart may be two figures
        if check.status == "fail" and not (against_record and check.gap == "typo"):
            contest = by_name.get(check.contest or "")
            match = matches.get(check.contest or "")
            by_election = contest is not None and "by-election" in contest.election.value.lower()
            years = _years_of(check, contest, match, published_year) if against_record else frozenset()
            for sentence in dict.fromkeys(sentences):
                keep = [(e.start - sentence.start, e.end - sentence.start) for e in check.evidence]
                reason = context_reason(sentence.text, check.id, by_election, years, keep)
                if reason is not None:
                    check = _demote(check, *reason)
                    break
            if check.status == "fail" and not against_record and check.reading == "inferred" and check.gap != "typo":
                check = _demote(
                    check,
                    "inferred_reading",
                    "electext tied one of its figures to its candidate or contest across a sentence",
                )
        settled.append(check)
    return _group(_official_agreement(settled))
