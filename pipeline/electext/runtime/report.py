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
from pathlib import Path

from electext.api import extract_guarded, planned
from electext.core.errors import OutputError
from electext.core.records import ArticleResult, ErrorRecord
from electext.ingest.article import Article
from electext.ingest.sources import DEFAULT_OPTIONS, ReadOptions
from electext.outputs.manifest import OutputFolder
from electext.outputs.report_html import render_article
from electext.outputs.report_index import IndexEntry, render_index
from electext.outputs.report_shell import first_line
from electext.outputs.write import Reuse, check_writable, planned_names, reused_result, unique_name
from electext.reference.refdb import DEFAULT_REFERENCE

INDEX = "index.html"


class ReportWriter:
    """Writes article pages as they come and the index last; never writes outside its folder, nor over a
    file electext did not write (:mod:`electext.outputs.manifest`, whose lock it holds until :meth:`close`).

    A folder that takes no pages, or a file not electext's where the index or, as far as ``inputs`` tell
    their names, a page would go, fails at the start, before any article is read. A page or the index that
    cannot be written (disk full, read-only) raises :class:`OutputWriteError`, and a file not electext's
    met later :class:`OutputTargetError`: each page is whole or absent, and the old index stays until the
    new one is written."""

    def __init__(self, directory: Path, inputs: Iterable[Path] = ()) -> None:
        self.directory = directory
        self.entries: list[IndexEntry] = []
        self.errors: list[ErrorRecord] = []
        self.used = {"index"}  # no article page may replace the index
        check_writable(directory)
        self.folder = OutputFolder(directory)
        try:
            pages = [directory / f"{name}.html" for name in planned_names(inputs, taken=self.used)]
            self.folder.check([directory / INDEX, *pages])
        except BaseException:
            self.folder.release()
            raise

    def add_article(self, result: ArticleResult, text: str) -> Path:
        path = self.directory / f"{unique_name(result.article.id, self.used)}.html"
        try:
            if self.directory.resolve() not in path.resolve().parents:
                raise OutputError(f"{path}: refusing to write outside {self.directory}")
            self.folder.write(path, render_article(result, text))
        except BaseException:
            self.folder.release()  # the report stops here
            raise
        self.entries.append(IndexEntry(page=path.name, result=result, first_line=first_line(text, result.article)))
        return path

    def add_error(self, error: ErrorRecord) -> None:
        self.errors.append(error)

    def close(self) -> Path:
        path = self.directory / INDEX
        try:
            self.folder.replace({path: render_index(self.entries, self.errors)})
        finally:
            self.folder.release()
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
