"""Stage 7, write: serialise results deterministically and write them atomically.

One JSON file per article (``<id>.json``), a ``results.jsonl`` for the batch and an
``errors.jsonl`` for files that failed. Files are written to a temporary name in the same folder and
renamed into place, so an interrupted run never leaves a half-written JSON file (a killed run's
temporary files are swept up by the next run). Two inputs with the same name in different folders get
distinct output names instead of overwriting each other, and a file electext did not write is never
replaced; a lock file keeps a second run out of a folder in use. With ``resume``, an article whose
output is already there for the same content, source, version and model is not extracted again
(:meth:`BatchWriter.reusable`).
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from electext.core import rx
from electext.core.errors import InputError, OutputError
from electext.core.records import ArticleResult, ErrorRecord, PipelineInfo
from electext.ingest.article import Article

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


def _load_result(data: str) -> ArticleResult | None:
    """An electext result, or None for anything else (half-written, foreign, an older contract)."""
    try:
        return ArticleResult.model_validate_json(data)
    except ValidationError:
        return None


class BatchWriter:
    """Writes a batch's outputs into one folder; never writes outside it."""

    def __init__(self, directory: Path, per_article: bool = True, resume: bool = False) -> None:
        self.directory = directory
        self.per_article = per_article
        self.used: set[str] = set()
        self.errors: list[str] = []
        self.reused = 0
        self._previous: dict[tuple[str, str], ArticleResult] = {}
        self._lock = self._acquire_lock()
        self._resolved = directory.resolve()  # once: what every file written must stay inside
        for stale in directory.iterdir():  # what a killed run left; the lock says no other run is writing
            if _TEMPORARY.match(stale.name) and stale.is_file():
                stale.unlink(missing_ok=True)
        if resume and not per_article and (directory / RESULTS).is_file():
            for line in (directory / RESULTS).read_text(encoding="utf-8").splitlines():
                if (result := _load_result(line)) is not None:
                    self._previous[(result.article.source, result.article.sha256)] = result
        # results.jsonl is streamed to a temporary file and renamed into place at close(): memory does
        # not grow with the batch, and a killed run leaves no partial results.jsonl
        handle, name = tempfile.mkstemp(dir=directory, prefix=f".{RESULTS}.", suffix=".tmp")
        self._results_path = Path(name)
        self._results = os.fdopen(handle, "w", encoding="utf-8", newline="\n")

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
        if self.per_article:
            path = self.directory / f"{self._name(article.id, reserve=False)}.json"
            try:
                previous = _load_result(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                return None
        else:
            previous = self._previous.get((article.source, article.sha256))
        if previous is None or (previous.article.source, previous.article.sha256) != (article.source, article.sha256):
            return None
        if previous.pipeline != pipeline:
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
        errors = self.directory / ERRORS
        if self.errors:
            atomic_write(errors, "".join(line + "\n" for line in self.errors))
        elif errors.exists():
            errors.unlink()
        (self.directory / LOCK).unlink(missing_ok=True)
        self._lock.close()


def load_results(folder: Path) -> dict[str, ArticleResult]:
    """Results from an ``electext extract`` output folder, keyed by the sha256 of their article.

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
        documents = [(str(path), path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]
    results: dict[str, ArticleResult] = {}
    for where, document in documents:
        try:
            result = ArticleResult.model_validate_json(document)
        except ValidationError as error:
            raise InputError(f"{where}: not an electext result ({error.error_count()} problems)") from None
        results[result.article.sha256] = result
    return results
