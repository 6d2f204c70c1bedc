"""What a batch command shows on standard error while it runs, and the summary it ends with.

A desk runs electext over hundreds of articles. With nothing on screen until the end, a long batch
looks hung; with no totals at the end, thirty alarms hide among thousands of lines. So a batch shows
a progress bar (articles done of the total, the file being read, the rate, the time left) when
standard error is a terminal, and none when it is not, so that a CI log or a pipe gets no control
codes; ``--progress`` and ``--no-progress`` decide instead. ``--verbose`` adds a line per article,
``--quiet`` leaves only the errors. The closing summary counts articles, contests, verdicts and the
inputs that failed.

The total is known up front where every input is a text or HTML file (one article each); a JSON or
JSONL file may hold any number of articles, and then the bar only shows that work goes on.

Standard output stays the command's own (``check`` prints its report there): the bar never redirects
it, so ``electext check corpus/ > report.txt`` keeps the report whole while the bar runs on the
terminal. Where standard output is that terminal too, its lines are printed above the bar.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Column
from rich.text import Text

from electext.core.records import ALARM, VERDICTS, ArticleResult, ErrorRecord
from electext.ingest.sources import STDIN
from electext.outputs.write import Serialised

QUIET, NORMAL, VERBOSE = 0, 1, 2
# Inputs that may hold any number of articles: with one of them, the total is not known up front.
MANY_ARTICLE_SUFFIXES = (".json", ".jsonl")
# The bar's width; how much of the current file's path it shows at most and at least (the path's end:
# its file name), and the width of the columns between (rate, time left, spaces).
BAR_CHARS = 24
PATH_CHARS, MIN_PATH_CHARS = 60, 12
RATE_AND_TIME_CHARS = 19
Record = ArticleResult | Serialised | ErrorRecord


def error_line(record: ErrorRecord) -> str:
    return f"error: {record.source}: [{record.stage}] {record.message}"


def verdict_counts(counts: Counter[str]) -> str:
    """ "3 fail, 1 check extraction, 40 pass": the statuses present, alarms first."""
    return ", ".join(f"{counts[status]} {status.replace('_', ' ')}" for status in VERDICTS if counts[status])


@dataclass
class Tally:
    """What a batch has done so far: what its closing summary reports."""

    articles: int = 0
    contests: int = 0
    failed: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)  # checks of each status
    articles_with: Counter[str] = field(default_factory=Counter)  # articles with a check of each status

    def count(self, record: Record) -> str | None:
        """Count one finished input; its line for ``--verbose`` (None for an input that failed)."""
        if isinstance(record, ErrorRecord):
            self.failed += 1
            return None
        if isinstance(record, Serialised):
            source, contests, statuses = record.source, record.contests, record.verdicts
        else:
            source, contests = record.article.source, len(record.contests)
            statuses = tuple(check.status for check in record.checks)
        counts = Counter(statuses)
        self.articles += 1
        self.contests += contests
        self.verdicts.update(counts)
        self.articles_with.update(counts.keys())
        checks = f"; {verdict_counts(counts)}" if counts else ""
        return f"{source}: {contests} contest{'s' if contests != 1 else ''}{checks}"

    def verdict_line(self) -> str | None:
        """The summary's line of verdicts, or None when no article had a check."""
        if not self.verdicts:
            return None
        return f"verdicts: {verdict_counts(self.verdicts)}; {self.articles_with[ALARM]} articles with a {ALARM}"

    def table(self) -> list[str]:
        """The verdicts as a table: how many checks had each, and in how many articles."""
        lines = [f"{'verdict':<18}{'checks':>8}{'articles':>10}"]
        lines += [
            f"{status.replace('_', ' '):<18}{self.verdicts[status]:>8}{self.articles_with[status]:>10}"
            for status in VERDICTS
        ]
        return lines


def total_articles(inputs: Collection[Path]) -> int | None:
    """The batch's number of articles when the inputs tell it: one per text or HTML file."""
    if any(path == STDIN or path.suffix.lower() in MANY_ARTICLE_SUFFIXES for path in inputs):
        return None
    return len(inputs)


class _Rate(ProgressColumn):
    """Articles per second ("12.5/s"), over the last half minute."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "…/s", style="progress.data.speed")


class _Reading(Collection[Path]):
    """The inputs, telling the display which one is being read as the batch takes it."""

    def __init__(self, inputs: Collection[Path], display: BatchDisplay) -> None:
        self.inputs, self.display = inputs, display

    def __len__(self) -> int:
        return len(self.inputs)

    def __contains__(self, item: object) -> bool:
        return item in self.inputs

    def __iter__(self) -> Iterator[Path]:
        for path in self.inputs:
            self.display.reading(path)
            yield path


class BatchDisplay:
    """A batch's standard error: the bar (``bar``), a line per article (``VERBOSE``), the errors
    (always), the summary (unless ``QUIET``); and its standard output, kept clear of the bar."""

    def __init__(self, label: str, inputs: Collection[Path], verbosity: int, bar: bool | None) -> None:
        self.label, self.total, self.verbosity = label, total_articles(inputs), verbosity
        self.tally = Tally()
        shown = bar if bar is not None else verbosity != QUIET and sys.stderr.isatty()
        self._progress: Progress | None = None
        if shown:
            # Asked for on a file or pipe, the bar is still drawn, as on a terminal (--progress in a log).
            console = Console(stderr=True, force_terminal=bar or None, highlight=False)
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(bar_width=BAR_CHARS),
                MofNCompleteColumn(),
                _Rate(),
                TimeRemainingColumn(),
                TextColumn("{task.fields[current]}", table_column=Column(no_wrap=True)),
                console=console,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._task = self._progress.add_task(label, total=self.total, current="", start=False)

    def __enter__(self) -> BatchDisplay:
        if self._progress is not None:
            self._progress.start()
            self._progress.start_task(self._task)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def track(self, inputs: Collection[Path]) -> Collection[Path]:
        """The inputs to give the batch, so that the bar names the one being read."""
        return _Reading(inputs, self) if self._progress is not None else inputs

    def reading(self, path: Path) -> None:
        """Name the input being read: the end of its path (its file name first), as much as the line holds."""
        if self._progress is not None:
            counts = 2 * len(str(self.total or 9999)) + 1
            room = self._progress.console.width - len(self.label) - BAR_CHARS - counts - RATE_AND_TIME_CHARS
            room = max(MIN_PATH_CHARS, min(PATH_CHARS, room))
            shown = str(path)
            shown = shown if len(shown) <= room else "…" + shown[-room + 1 :]
            self._progress.update(self._task, current=shown)

    def done(self, record: Record) -> None:
        """One input finished: count it, say its error (always) or its line (``--verbose``), advance."""
        line = self.tally.count(record)
        if isinstance(record, ErrorRecord):
            self.error(error_line(record))
        elif line is not None and self.verbosity == VERBOSE:
            self.error(line)
        if self._progress is not None:
            self._progress.advance(self._task)

    def error(self, line: str) -> None:
        """A line on standard error, whatever the verbosity: above the bar while there is one."""
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, emoji=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def note(self, line: str | None) -> None:
        """A line of the summary on standard error, if any; none with ``--quiet``."""
        if line is not None and self.verbosity != QUIET:
            self.error(line)

    def out(self, text: str) -> None:
        """The command's own output, on standard output: above the bar where both share a terminal."""
        if self._progress is not None and self._progress.live.is_started and sys.stdout.isatty():
            self._progress.console.print(text, markup=False, highlight=False, emoji=False, soft_wrap=True)
        else:
            print(text, file=sys.stdout, flush=True)
