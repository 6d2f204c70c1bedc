"""Stage 7, write: serialise results deterministically and write them atomically.

One JSON file per article (``<id>.json``), a ``results.jsonl`` for the batch and an
``errors.jsonl`` for files that failed. Files are written to a temporary name in the same folder and
renamed into place, so an interrupted run never leaves a half-written JSON file (a killed run's
temporary files are swept up by the next run). Two inputs with the same name in different folders get
distinct output names instead of overwriting each other, and a file electext did not write is never
replaced; a lock file keeps a second run out of a folder in use. With ``resume``, an article whose
output is already there for the same content, source, version and model is not extracted again
(:meth:`BatchWriter.reusable`), found by the input's identity (:mod:`electext.outputs.resume`); that
includes the lines a killed jsonl run had written, which is why ``results.jsonl`` is streamed a line
at a time and a killed run's partial copy is kept until this run's own is in place.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from electext.core import rx
from electext.core.errors import OutputError, OutputWriteError, output_fault
from electext.core.modes import new_file_mode
from electext.core.records import ArticleResult, ErrorRecord, PipelineInfo
from electext.ingest.article import Article
from electext.outputs.resume import PreviousResults

_UNSAFE = rx.compile(r"[^\w.-]+")
RESULTS, ERRORS, LOCK = "results.jsonl", "errors.jsonl", ".electext.lock"
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

    @classmethod
    def of(cls, record: ArticleResult) -> Serialised:
        return cls(
            article_id=record.article.id,
            source=record.article.source,
            contests=len(record.contests),
            document=to_json(record),
            line=to_json(record, indent=None),
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


def atomic_write(path: Path, content: str) -> None:
    """Write ``path`` whole or not at all (a temporary file renamed into place).

    Raises :class:`OutputWriteError` (disk full, not writable …) with the old file as it was."""
    replace_together({path: content})


# What replace_together puts at a path: a text to write, a temporary file already written beside it
# (renamed into place), or None (the file is removed).
Content = str | Path | None


def replace_together(files: Mapping[Path, Content]) -> None:
    """Write several files as one: each to a temporary file first, then all renamed into place. If any
    cannot be written, none is replaced (a ``contests.csv`` never stands beside the ``candidates.csv``
    of another run); should a rename fail part-way, the files already replaced are put back from hard
    links to the old ones. Raises :class:`OutputWriteError`, naming the file, and leaves no temporaries."""
    temporaries = {path: content for path, content in files.items() if isinstance(content, Path)}
    kept: dict[Path, Path | None] = {}  # the old files, while the new ones go in (None: no link was possible)
    done: list[Path] = []
    current = next(iter(files))
    try:
        for current, content in files.items():
            current.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                temporaries[current] = _temporary_copy(current, content)
        for current in files:
            if len(files) > 1 and current.exists():
                kept[current] = _kept(current)
            if current in temporaries:
                os.replace(temporaries[current], current)
                del temporaries[current]
            else:
                current.unlink(missing_ok=True)
            done.append(current)
    except OSError as error:
        for path in reversed(done):
            with contextlib.suppress(OSError):
                _put_back(path, kept.pop(path) if path in kept else path)
        raise output_fault(current, error) from None
    finally:
        for leftover in (*temporaries.values(), *kept.values()):
            with contextlib.suppress(OSError):
                if leftover is not None:
                    leftover.unlink(missing_ok=True)


def _put_back(path: Path, old: Path | None) -> None:
    """Undo one replacement: the old file back from its link (``old``), or the new one removed when there
    was no old one (``old`` is ``path``); with no link to go back to, the new file stays."""
    if old == path:
        path.unlink(missing_ok=True)
    elif old is not None:
        os.replace(old, path)


def _temporary_copy(path: Path, content: str) -> Path:
    """``content`` in a new temporary file beside ``path`` (``.<name>.<random>.tmp``), written whole or removed."""
    handle, name = temporary_beside(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
    except BaseException:
        name.unlink(missing_ok=True)
        raise
    return name


def temporary_beside(path: Path) -> tuple[int, Path]:
    """A new, open temporary file beside ``path`` (``.<name>.<random>.tmp``) with the mode the user's umask
    gives a new file (:func:`~electext.core.modes.new_file_mode`): ``mkstemp`` makes it ``0600``, which the
    rename would carry to the output."""
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with contextlib.suppress(OSError):  # a file system without Unix modes (FAT) keeps its own
        os.fchmod(handle, new_file_mode())
    return handle, Path(name)


def _kept(path: Path) -> Path | None:
    """A second name for ``path``'s current file (a hard link: no copy, no space), to put it back with;
    None where the file system has no hard links."""
    backup = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        os.link(path, backup)
    except OSError:
        return None
    return backup


def check_writable(directory: Path) -> None:
    """Raise :class:`OutputWriteError` now when ``directory`` cannot take a new file: a format that writes
    at the end (CSV) or page by page (the report) would otherwise find out after the extraction."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=directory, prefix=".electext.", suffix=".tmp")
        os.close(handle)
        os.unlink(name)
    except OSError as error:
        raise output_fault(directory, error) from None


def safe_name(article_id: str) -> str:
    """A file name that cannot leave the output folder, whatever the article id contains."""
    name = _UNSAFE.sub("_", article_id).strip("._") or "article"
    return name[:150]


class BatchWriter:
    """Writes a batch's outputs into one folder; never writes outside it."""

    def __init__(self, directory: Path, per_article: bool = True, resume: bool = False) -> None:
        self.directory = directory
        self.per_article = per_article
        self.used: set[str] = set()
        self.errors: list[str] = []
        self.reused = 0
        self._lock: TextIO | None = self._acquire_lock()
        self._resolved = directory.resolve()  # once: what every file written must stay inside
        try:
            self._partial = self._sweep(keep_partial=resume and not per_article)
            self._previous = (
                PreviousResults(directory, per_article, [*self._partial, directory / RESULTS]) if resume else None
            )
            # results.jsonl is streamed to a temporary file and renamed into place at close(): memory does
            # not grow with the batch, and a killed run leaves no partial results.jsonl. Its lines are
            # written one at a time (line buffering), so what a killed run did is there for --resume.
            handle, self._results_path = temporary_beside(directory / RESULTS)
        except OSError as error:
            self._release()
            raise output_fault(directory, error) from None
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

    def _acquire_lock(self) -> TextIO:
        """Hold an exclusive lock on the folder for the batch: two runs must not write one folder."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            stream = (self.directory / LOCK).open("a", encoding="utf-8")
        except OSError as error:
            raise output_fault(self.directory, error) from None
        try:
            fcntl.flock(stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            stream.close()
            raise OutputWriteError(
                f"{self.directory}: another electext run is writing to this folder; wait for it, or choose another "
                "--output"
            ) from None
        return stream

    def _release(self) -> None:
        """Give up the folder's lock (and its file): at the end of a batch, or when it stops."""
        if self._lock is not None:
            with contextlib.suppress(OSError):
                (self.directory / LOCK).unlink(missing_ok=True)
            self._lock.close()
            self._lock = None

    def _name(self, article_id: str, reserve: bool) -> str:
        """The next free output name; compared without case, as macOS and Windows folders compare them."""
        name = safe_name(article_id)
        candidate, counter = name, 2
        while candidate.casefold() in self.used:
            candidate = f"{name}-{counter}"
            counter += 1
        if reserve:
            self.used.add(candidate.casefold())
        return candidate

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

        Raises :class:`OutputError`, before recording anything, when the file cannot be written safely.
        """
        if isinstance(record, ErrorRecord):
            self.errors.append(to_json(record, indent=None))
            return None
        if isinstance(record, ArticleResult):
            record = Serialised.of(record)
        path = None
        if self.per_article:
            path = self.directory / f"{self._name(record.article_id, reserve=True)}.json"
            if self._resolved not in path.resolve().parents:
                raise OutputError(f"{path}: refusing to write outside {self.directory}")
            if path.exists() and not self._ours(path):
                raise OutputError(f"{path}: refusing to overwrite a file electext did not write")
            atomic_write(path, record.document)
        try:
            self._results.write(record.line + "\n")
        except OSError as error:
            raise output_fault(self.directory / RESULTS, error) from None
        return path

    @staticmethod
    def _ours(path: Path) -> bool:
        """Whether ``path`` holds an electext result (of any version), which a new run may replace."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            return False
        return isinstance(data, dict) and {"schema_version", "article", "pipeline"} <= data.keys()

    def close(self) -> None:
        """Put ``results.jsonl`` and ``errors.jsonl`` in place together, and leave the folder; a killed
        run's partial results, kept for --resume, go once the new ones are in place.

        Raises :class:`OutputWriteError` when they cannot be written; the old pair stays then."""
        try:
            try:
                self._results.close()
            except OSError as error:
                raise output_fault(self.directory / RESULTS, error) from None
            errors = "".join(line + "\n" for line in self.errors) if self.errors else None
            replace_together({self.directory / RESULTS: self._results_path, self.directory / ERRORS: errors})
            for partial in self._partial:
                with contextlib.suppress(OSError):
                    partial.unlink(missing_ok=True)
        finally:
            with contextlib.suppress(OSError):
                self._results_path.unlink(missing_ok=True)
            self._release()

    def abort(self) -> str:
        """Stop without finishing (a write failed): no new ``results.jsonl`` or ``errors.jsonl``; says what was kept."""
        with contextlib.suppress(OSError):
            self._results.close()  # the file is closed even when flushing it fails
        with contextlib.suppress(OSError):
            self._results_path.unlink(missing_ok=True)
        self._release()
        written = "the article files written before it are in place; " if self.per_article else ""
        return f"{written}{RESULTS} and {ERRORS} are as they were"
