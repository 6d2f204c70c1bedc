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

import fcntl
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from electext.core import rx
from electext.core.errors import OutputError
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
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
        self._lock = self._acquire_lock()
        self._resolved = directory.resolve()  # once: what every file written must stay inside
        self._partial = self._sweep(keep_partial=resume and not per_article)
        self._previous = (
            PreviousResults(directory, per_article, [*self._partial, directory / RESULTS]) if resume else None
        )
        # results.jsonl is streamed to a temporary file and renamed into place at close(): memory does
        # not grow with the batch, and a killed run leaves no partial results.jsonl. Its lines are
        # written one at a time (line buffering), so what a killed run did is there for --resume.
        handle, name = tempfile.mkstemp(dir=directory, prefix=f".{RESULTS}.", suffix=".tmp")
        self._results_path = Path(name)
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
            raise OutputError(f"{self.directory}: cannot write there ({error.strerror or error})") from None
        try:
            fcntl.flock(stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            stream.close()
            raise OutputError(f"{self.directory}: another electext run is writing to this folder") from None
        return stream

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
        self._results.write(record.line + "\n")
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
        self._results.close()
        os.replace(self._results_path, self.directory / RESULTS)
        for partial in self._partial:
            partial.unlink(missing_ok=True)
        errors = self.directory / ERRORS
        if self.errors:
            atomic_write(errors, "".join(line + "\n" for line in self.errors))
        elif errors.exists():
            errors.unlink()
        (self.directory / LOCK).unlink(missing_ok=True)
        self._lock.close()
