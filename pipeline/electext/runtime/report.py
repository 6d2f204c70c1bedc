"""``electext report``: a static HTML page per article and an index, written into one folder.

The report takes the articles themselves, because the page shows their text and evidence offsets
only mean something against that exact text. Results of an earlier ``electext extract`` can be
reused (``--results DIR``) instead of extracting again: a result is used for an article only when
its ``sha256`` is that of the article's decoded text, so a stale or mismatched result can never be
drawn over the wrong text. Among results with that text, the one of the same input (source) is used,
so inputs that repeat one text keep their own title and date; an article with no matching result is
extracted afresh.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from electext.api import extract_guarded, planned
from electext.core.errors import OutputError
from electext.core.records import ArticleResult, ErrorRecord
from electext.ingest.article import Article
from electext.ingest.sources import DEFAULT_OPTIONS, ReadOptions
from electext.outputs.report_html import render_article
from electext.outputs.report_index import IndexEntry, render_index
from electext.outputs.report_shell import first_line
from electext.outputs.write import Reuse, atomic_write, check_writable, reused_result, safe_name
from electext.reference.refdb import DEFAULT_REFERENCE

INDEX = "index.html"


@dataclass
class ReportWriter:
    """Writes article pages as they come and the index last; never writes outside its folder.

    A page or the index that cannot be written (disk full, read-only) raises :class:`OutputWriteError`:
    each page is whole or absent, and the old index stays until the new one is written."""

    directory: Path
    entries: list[IndexEntry] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    used: set[str] = field(default_factory=lambda: {"index"})  # no article page may replace the index

    def __post_init__(self) -> None:
        check_writable(self.directory)  # a folder that takes no pages fails now, before any article is read

    def add_article(self, result: ArticleResult, text: str) -> Path:
        name, counter = safe_name(result.article.id), 2
        stem = name
        while stem in self.used:
            stem, counter = f"{name}-{counter}", counter + 1
        self.used.add(stem)
        path = self.directory / f"{stem}.html"
        if self.directory.resolve() not in path.resolve().parents:
            raise OutputError(f"{path}: refusing to write outside {self.directory}")
        atomic_write(path, render_article(result, text))
        self.entries.append(IndexEntry(page=path.name, result=result, first_line=first_line(text, result.article)))
        return path

    def add_error(self, error: ErrorRecord) -> None:
        self.errors.append(error)

    def close(self) -> Path:
        path = self.directory / INDEX
        atomic_write(path, render_index(self.entries, self.errors))
        return path


def report_items(
    paths: Iterable[Path],
    model: str | None = None,
    reuse: Reuse | None = None,
    reference: Path | None = DEFAULT_REFERENCE,
    options: ReadOptions = DEFAULT_OPTIONS,
) -> Iterator[tuple[ArticleResult, str] | ErrorRecord]:
    """Each input's result with its original text, or the error that stopped it (the batch goes on).

    Inputs are read as ``electext extract`` reads them (text, HTML, JSON/JSONL records, standard input)."""
    for item in planned(paths, model, options, None, reference):
        if isinstance(item, ErrorRecord):
            yield item
            continue
        if not isinstance(item, Article):  # a reused result: planned() is given no reuse here
            continue
        result = reused_result(reuse or {}, item) or extract_guarded(item, model, reference, options.max_tokens)
        yield result if isinstance(result, ErrorRecord) else (result, item.original)
