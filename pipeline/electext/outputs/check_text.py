"""``electext check``: an article's contests and verdicts, as lines for a person or one JSON line for a script.

A fact-checker reads the text: each contest, the official election it was matched to, and each check
with what is needed to verify a disagreement in seconds (the kind of gap, the suggested correction, the
sentence, the source). On a batch of a hundred articles that is thousands of lines, most of them
passes, so ``only`` keeps just the checks of the statuses asked for (``fail``, say) and drops the
articles without one. A script reads the JSON line instead (``--format json``): the same checks as the
result files hold them, with each one's ``index`` among the article's checks, so that ``follows``
still points at the right check once the others are filtered out.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection

from electext.core.records import VERDICTS, ArticleResult, Check, Contest

# Statuses as the text prints them.
STATUS_LABELS = {
    "fail": "FAIL",
    "check_extraction": "CHECK EXTRACTION",
    "imprecise": "IMPRECISE",
    "rounded": "ROUNDED",
    "pass": "PASS",
    "unverifiable": "UNVERIFIABLE",
}
_WIDTH = max(len(label) for label in STATUS_LABELS.values())
# How much of a check's sentence the text shows.
SENTENCE_CHARS = 300


def shown_checks(result: ArticleResult, only: Collection[str] | None) -> list[int]:
    """The indexes of the checks to show: all of them, or those whose status is in ``only``."""
    return [index for index, check in enumerate(result.checks) if only is None or check.status in only]


def article_text(result: ArticleResult, only: Collection[str] | None = None) -> str | None:
    """The article's contests and checks as ``electext check`` prints them; with ``only``, just the
    checks of those statuses under their contests, or None when the article has none."""
    shown = set(shown_checks(result, only))
    if only is not None and not shown:
        return None
    checks = result.checks
    # A check is printed under the one it follows when that one is shown too, else on its own line.
    roots = [index for index in sorted(shown) if checks[index].follows not in shown]
    lines = [f"{result.article.id} ({result.article.source})"]
    if not result.contests:
        lines.append("  no election result reported")
    for contest in result.contests:
        own = [index for index in roots if checks[index].contest == contest.constituency.value]
        if only is not None and not own:
            continue
        lines += _contest_lines(result, contest)
        if not contest.mention_only:
            lines += [line for index in own for line in _check_lines(checks, index, "    ", shown)]
    for index in roots:
        if checks[index].contest is None:
            lines += _check_lines(checks, index, "  ", shown)
    return "\n".join(lines)


def _contest_lines(result: ArticleResult, contest: Contest) -> list[str]:
    """The contest's head line (who won, the result) and the official election it was matched to."""
    head = f"  {contest.constituency.value} {contest.election.value}"
    if contest.mention_only:
        return [head + " (mentioned only)"]
    if contest.winner and (contest.winner.name or contest.winner.party):
        who = " ".join(x.value for x in (contest.winner.name, contest.winner.party) if x)
        head += f": won by {who}"
    if contest.result:
        head += f" ({contest.result.value}{' from ' + contest.gained_from.value if contest.gained_from else ''})"
    lines = [head]
    for match in (m for m in result.official if m.contest == contest.constituency.value):
        found = f"{match.constituency} {match.election} of {match.date}" if match.status == "matched" else ""
        lines.append(f"    official results: {match.status.replace('_', ' ')} {found} ({match.basis})")
        if match.doubt:
            lines.append(f"    the match is uncertain: {match.doubt}")
    return lines


def _check_lines(checks: list[Check], index: int, indent: str, shown: Collection[int]) -> list[str]:
    """One check, with what a fact-checker needs to verify a disagreement in seconds: the kind of gap,
    the suggested correction, the sentence and the source; then the shown checks that follow from it."""
    check = checks[index]
    lines = [f"{indent}[{STATUS_LABELS[check.status]:^{_WIDTH}}] {check.id}: {check.message}"]
    if check.status in ("fail", "check_extraction"):
        pad = indent + " " * (_WIDTH + 3)
        details = [
            f"gap: {check.gap.replace('_', ' ')}" if check.gap else "",
            f"suggest: {check.suggestion}" if check.suggestion else "",
        ]
        if any(details):
            lines.append(pad + " · ".join(d for d in details if d))
        if check.sentence is not None:
            sentence = " ".join(check.sentence.text.split())
            ellipsis = "…" if len(sentence) > SENTENCE_CHARS else ""
            lines.append(f'{pad}in: "{sentence[:SENTENCE_CHARS]}{ellipsis}"')
        if check.source:
            lines.append(f"{pad}source: {check.source}" + (f" ({check.against})" if check.against else ""))
    for follower, other in enumerate(checks):
        if other.follows == index and follower in shown:
            lines += [
                line.replace(indent, indent + "  ↳ ", 1) if n == 0 else "  " + line
                for n, line in enumerate(_check_lines(checks, follower, indent, shown))
            ]
    return lines


def article_json(result: ArticleResult, only: Collection[str] | None = None) -> str | None:
    """The article as one JSON line: its id, source, contests, the count of each verdict among all its
    checks, and its checks (those of the statuses in ``only``, each with its ``index``); None when
    ``only`` leaves no check."""
    shown = shown_checks(result, only)
    if only is not None and not shown:
        return None
    counts = Counter(check.status for check in result.checks)
    document = {
        "id": result.article.id,
        "source": result.article.source,
        "contests": [f"{c.constituency.value} {c.election.value}" for c in result.contests],
        "verdicts": {status: counts[status] for status in VERDICTS if counts[status]},
        "checks": [{"index": index, **result.checks[index].model_dump(mode="json")} for index in shown],
    }
    return json.dumps(document, ensure_ascii=False)
