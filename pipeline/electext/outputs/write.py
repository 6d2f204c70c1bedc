"""Stage 7, write: serialise results deterministically and write them atomically.

One JSON file per article (``<id>.json``), a ``results.jsonl`` for the batch and an ``errors.jsonl`` for
files that failed. Files are written to a temporary name in the same folder and renamed into place
(:mod:`electext.outputs.files`), so an interrupted run never leaves a half-written JSON file (a killed
run's temporary files are swept up by the next run). Two inputs with the same name in different folders
get distinct output names instead of overwriting each other, and a file electext did not write, or one
changed since it did, is never replaced (:mod:`electext.outputs.manifest`, which also holds the lock that
keeps a second run out of a folder in use): the names a batch will write are checked before it starts.
With ``resume``, an article whose output is already there for the same content, source, version and model
is not extracted again (:meth:`BatchWriter.reusable`), found by the input's identity
(:mod:`electext.outputs.resume`); that includes the lines a killed jsonl run had written, which is why
``results.jsonl`` is streamed a line at a time and a killed run's partial copy is kept until this run's
own is in place.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from electext.core import rx
from electext.core.errors import InputError, OutputError, output_fault
from electext.core.records import ArticleResult, ErrorRecord, PipelineInfo
from electext.ingest.article import Article
from electext.ingest.sources import known_id
from electext.outputs.files import atomic_write, check_writable, replace_together, temporary_beside
from electext.outputs.manifest import ERRORS, LOCK, RESULTS, OutputFolder
from electext.outputs.resume import PreviousResults

__all__ = [
    "ERRORS",
    "LOCK",
    "RESULTS",
    "BatchWriter",
    "Serialised",
    "atomic_write",
    "check_writable",
    "planned_names",
    "replace_together",
    "safe_name",
    "to_json",
    "unique_name",
]
_UNSAFE = rx.compile(r"[^\w.-]+")
# atomic_write's temporary names: ".<name>.<random>.tmp"
_TEMPORARY = rx.compile(r"\A\..+\.(?:json|jsonl)\.[^.]+\.tmp\Z")


@dataclass(frozen=True)
class Serialised:
    """An article's result already turned into the text :class:`BatchWriter` writes: its own JSON
    file and its ``results.jsonl`` line. A worker process makes it, so the parent of a parallel run,
    which writes every article, neither unpickles the record nor serialises it again: those two cost
    most of its time per article, and its time per article is what caps a run on many cores."""

    article_id: str
    source: str
    contests: int
    document: str
    line: str
    verdicts: tuple[str, ...] = ()  # each check's status, for the batch's closing summary

    @classmethod
    def of(cls, record: ArticleResult) -> Serialised:
        return cls(
            article_id=record.article.id,
            source=record.article.source,
            contests=len(record.contests),
            document=to_json(record),
            line=to_json(record, indent=None),
            verdicts=tuple(check.status for check in record.checks),
        )


def to_json(record: ArticleResult | ErrorRecord, indent: int | None = 2) -> str:
    """The one serialisation of a record: stable key order, UTF-8, no timestamps.

    pydantic's serialiser writes what ``json.dumps(..., ensure_ascii=False)`` would (two-space
    indent, ``": "`` and ``","``; compact ``":"`` and ``","``), several times faster: in a parallel
    run the parent writes every article, and the standard library's indenting encoder, pure Python,
    was what capped the run at about 85 articles/s however many workers there were."""
    if indent is None:
        return record.model_dump_json()
    return record.model_dump_json(indent=indent) + "\n"


def safe_name(article_id: str) -> str:
    """A file name that cannot leave the output folder, whatever the article id contains."""
    name = _UNSAFE.sub("_", article_id).strip("._") or "article"
    return name[:150]


def unique_name(article_id: str, used: set[str]) -> str:
    """The article's file name (no suffix) not yet in ``used``, which it joins: ``x``, then ``x-2``, ``x-3``;
    compared without case, as macOS and Windows folders compare them."""
    name = safe_name(article_id)
    candidate, counter = name, 2
    while candidate.casefold() in used:
        candidate = f"{name}-{counter}"
        counter += 1
    used.add(candidate.casefold())
    return candidate


def planned_names(inputs: Iterable[Path], taken: Iterable[str] = ()) -> list[str]:
    """The file names (no suffix) the articles of ``inputs`` will be given, as far as their paths tell
    (a text or HTML file's stem, ``stdin``; a JSON record may name its own id), for a run to refuse a
    file of the user's in the way before it starts rather than part-way."""
    used = {name.casefold() for name in taken}
    return [unique_name(article_id, used) for article_id in map(known_id, inputs) if article_id is not None]


class BatchWriter:
    """Writes a batch's outputs into one folder; never writes outside it, nor over a file not electext's."""

    def __init__(
        self, directory: Path, per_article: bool = True, resume: bool = False, inputs: Iterable[Path] = ()
    ) -> None:
        """Take the folder; raises :class:`OutputTargetError` (before any work) when a file the batch would
        write, as far as ``inputs`` tell its names, is in the way, and :class:`OutputWriteError` when the
        folder cannot be written or another run holds it."""
        self.directory = directory
        self.per_article = per_article
        self.used: set[str] = set()
        self.errors: list[str] = []
        self.reused = 0
        self.folder = OutputFolder(directory)
        self._resolved = directory.resolve()  # once: what every file written must stay inside
        try:
            planned = [directory / f"{name}.json" for name in planned_names(inputs)] if per_article else []
            self.folder.check([directory / RESULTS, directory / ERRORS, *planned])
            self._partial = self._sweep(keep_partial=resume and not per_article)
            self._previous = (
                PreviousResults(directory, per_article, [*self._partial, directory / RESULTS]) if resume else None
            )
            # results.jsonl is streamed to a temporary file and renamed into place at close(): memory does
            # not grow with the batch, and a killed run leaves no partial results.jsonl. Its lines are
            # written one at a time (line buffering), so what a killed run did is there for --resume.
            handle, self._results_path = temporary_beside(directory / RESULTS)
        except OSError as error:
            self.folder.release()
            raise output_fault(directory, error) from None
        except BaseException:
            self.folder.release()
            raise
        self._results = os.fdopen(handle, "w", encoding="utf-8", newline="\n", buffering=1)

    def _sweep(self, keep_partial: bool) -> list[Path]:
        """Remove what a killed run left (the lock says no other run is writing), but, with
        ``keep_partial``, its partial results.jsonl: returned, newest first, for --resume to reuse and
        removed at :meth:`close`, so a resumed run that is killed too loses none of it."""
        stale = [path for path in self.directory.iterdir() if _TEMPORARY.match(path.name) and path.is_file()]
        partial = [path for path in stale if keep_partial and path.name.startswith(f".{RESULTS}.")]
        for path in stale:
            if path not in partial:
                path.unlink(missing_ok=True)
        return sorted(partial, key=lambda path: path.stat().st_mtime, reverse=True)

    def reusable(self, article: Article, pipeline: PipelineInfo) -> ArticleResult | None:
        """The result already written for this article, if it is valid and for the same content.

        "The same" means the same source, text hash, electext version, model and reference database:
        anything else could give a different result, so it is extracted again.
        """
        previous = self._previous.find(article.source, article.sha256) if self._previous is not None else None
        if previous is None or previous.pipeline != pipeline:
            return None
        self.reused += 1
        return previous

    def add(self, record: ArticleResult | ErrorRecord | Serialised) -> Path | None:
        """Record one result or error; write the result's own file (json format).

        Raises :class:`OutputError`, before recording anything, when the file cannot be written safely:
        :class:`OutputTargetError` when a file not electext's is in its place (the batch stops there).
        """
        if isinstance(record, ErrorRecord):
            self.errors.append(to_json(record, indent=None))
            return None
        if isinstance(record, ArticleResult):
            record = Serialised.of(record)
        path = None
        if self.per_article:
            path = self.directory / f"{unique_name(record.article_id, self.used)}.json"
            if self._resolved not in path.resolve().parents:
                raise OutputError(f"{path}: refusing to write outside {self.directory}")
            self.folder.write(path, record.document)
        try:
            self._results.write(record.line + "\n")
        except OSError as error:
            raise output_fault(self.directory / RESULTS, error) from None
        return path

    def close(self) -> None:
        """Put ``results.jsonl`` and ``errors.jsonl`` in place together, with the folder's manifest, and
        leave the folder; a killed run's partial results, kept for --resume, go once the new ones are in place.

        Raises :class:`OutputWriteError` when they cannot be written; the old pair stays then."""
        try:
            try:
                self._results.close()
            except OSError as error:
                raise output_fault(self.directory / RESULTS, error) from None
            errors = "".join(line + "\n" for line in self.errors) if self.errors else None
            self.folder.replace({self.directory / RESULTS: self._results_path, self.directory / ERRORS: errors})
            for partial in self._partial:
                with contextlib.suppress(OSError):
                    partial.unlink(missing_ok=True)
        finally:
            with contextlib.suppress(OSError):
                self._results_path.unlink(missing_ok=True)
            self.folder.release()

    def abort(self) -> str:
        """Stop without finishing (a write failed): no new ``results.jsonl`` or ``errors.jsonl``; says what was kept."""
        with contextlib.suppress(OSError):
            self._results.close()  # the file is closed even when flushing it fails
        with contextlib.suppress(OSError):
            self._results_path.unlink(missing_ok=True)
        self.folder.release()
        written = "the article files written before it are in place; " if self.per_article else ""
        return f"{written}{RESULTS} and {ERRORS} are as they were"


# Earlier results by the sha256 of their article's text: several inputs may have the same text.
Reuse = dict[str, list[ArticleResult]]


def load_results(folder: Path) -> Reuse:
    """Results from an ``electext extract`` output folder, by the sha256 of their article.

    Reads ``results.jsonl`` when present (the json and jsonl formats both write it), else every
    ``*.json`` file. A file that is not a result is an error naming it and the line: silently
    skipping it would extract again without the user knowing their results were not used.
    """
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of results (expected the -o folder of `electext extract`)")
    batch = folder / "results.jsonl"
    documents: list[tuple[str, str]] = []
    if batch.is_file():
        lines = batch.read_text(encoding="utf-8").splitlines()
        documents = [(f"{batch}:{number}", line) for number, line in enumerate(lines, 1) if line.strip()]
    else:
        paths = sorted(
            path for path in folder.glob("*.json") if not path.name.startswith(".")
        )  # glob takes hidden ones
        documents = [(str(path), path.read_text(encoding="utf-8")) for path in paths]
    results: Reuse = {}
    for where, document in documents:
        try:
            result = ArticleResult.model_validate_json(document)
        except ValidationError as error:
            raise InputError(f"{where}: not an electext result ({error.error_count()} problems)") from None
        results.setdefault(result.article.sha256, []).append(result)
    return results


def reused_result(reuse: Reuse, article: Article) -> ArticleResult | None:
    """The earlier result for this article's text: the one of the same source, else the first (the
    report may be run from another folder than extract was, so the source alone cannot be the key)."""
    same = reuse.get(article.sha256, [])
    return next((result for result in same if result.article.source == article.source), same[0] if same else None)
