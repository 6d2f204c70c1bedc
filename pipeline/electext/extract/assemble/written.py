"""Names as the article writes them.

Ingest reads a typographic apostrophe as a plain one ("O’Neill", "St John’s" become "O'Neill", "St
John's") so that every rule sees one character for it. A name electext read from the text is given back
in the article's own characters, as its evidence shows them: a user searching the article for the name,
or comparing it with a list that copied the article, finds it. Only whole words of the name that the
evidence holds with a typographic apostrophe change; names the evidence does not show stay as read.
"""

from __future__ import annotations

from electext.core.records import Check, Contest, Label, OfficialMatch

# The characters reporters and their software print for an apostrophe, besides the plain one.
TYPOGRAPHIC_APOSTROPHES = ("\u2019", "\u02bc", "\u2018")


def as_written(label: Label | None) -> Label | None:
    """The label with each word holding a plain apostrophe written as its evidence writes it."""
    if label is None or "'" not in label.value:
        return label
    words = label.value.split(" ")
    for index, word in enumerate(words):
        if "'" not in word:
            continue
        for mark in TYPOGRAPHIC_APOSTROPHES:
            written = word.replace("'", mark)
            if any(written in evidence.text for evidence in label.evidence):
                words[index] = written
                break
    value = " ".join(words)
    return label if value == label.value else label.model_copy(update={"value": value})


def written_contest(contest: Contest) -> Contest:
    """The contest with its seat's and its people's names as the article writes them."""
    update: dict[str, object] = {
        "constituency": as_written(contest.constituency),
        "candidates": [c.model_copy(update={"name": as_written(c.name)}) for c in contest.candidates],
    }
    if contest.winner is not None:
        update["winner"] = contest.winner.model_copy(update={"name": as_written(contest.winner.name)})
    if contest.previous_member is not None:
        update["previous_member"] = contest.previous_member.model_copy(
            update={"name": as_written(contest.previous_member.name)}
        )
    return contest.model_copy(update=update)


def written_names(
    contests: list[Contest], checks: list[Check], official: list[OfficialMatch]
) -> tuple[list[Contest], list[Check], list[OfficialMatch]]:
    """Every contest's names as written, and the checks and official matches that name a contest by its
    seat renamed with it, so they still join (after the checks, which key a contest's statements by the
    names as read)."""
    written = [written_contest(contest) for contest in contests]
    renamed = {
        before.constituency.value: after.constituency.value
        for before, after in zip(contests, written, strict=True)
        if before.constituency.value != after.constituency.value
    }
    if renamed:
        checks = [
            check.model_copy(update={"contest": renamed[check.contest]}) if check.contest in renamed else check
            for check in checks
        ]
        official = [
            match.model_copy(update={"contest": renamed[match.contest]}) if match.contest in renamed else match
            for match in official
        ]
    return written, checks, official
