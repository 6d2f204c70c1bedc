"""Stage 7, write: serialise results deterministically and write them atomically.

One JSON file per article (``<id>.json``), a ``results.jsonl`` for the batch and an
``errors.jsonl`` for files that failed. Files are written to a temporary name in the same folder and
renamed into place, so an interrupted run never leaves a half-written JSON file. Two inputs with
the same name in different folders get distinct output names instead of overwriting each other.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import regex

from pipeline.errors import OutputError
from pipeline.records import ArticleResult, ErrorRecord

_UNSAFE = regex.compile(r"[^\w.-]+")


def to_json(record: ArticleResult | ErrorRecord, indent: int | None = 2) -> str:
    """The one serialisation of a record: stable key order, UTF-8, no timestamps."""
    data = record.model_dump(mode="json")
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


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

    def __init__(self, directory: Path, per_article: bool = True) -> None:
        self.directory = directory
        self.per_article = per_article
        self.used: set[str] = set()
        self.lines: list[str] = []
        self.errors: list[str] = []

    def _unique(self, name: str) -> str:
        candidate, counter = name, 2
        while candidate in self.used:
            candidate = f"{name}-{counter}"
            counter += 1
        self.used.add(candidate)
        return candidate

    def add(self, record: ArticleResult | ErrorRecord) -> Path | None:
        if isinstance(record, ErrorRecord):
            self.errors.append(to_json(record, indent=None))
            return None
        self.lines.append(to_json(record, indent=None))
        if not self.per_article:
            return None
        path = self.directory / f"{self._unique(safe_name(record.article.id))}.json"
        if self.directory.resolve() not in path.resolve().parents:
            raise OutputError(f"{path}: refusing to write outside {self.directory}")
        atomic_write(path, to_json(record))
        return path

    def close(self) -> None:
        atomic_write(self.directory / "results.jsonl", "".join(line + "\n" for line in self.lines))
        errors = self.directory / "errors.jsonl"
        if self.errors:
            atomic_write(errors, "".join(line + "\n" for line in self.errors))
        elif errors.exists():
            errors.unlink()
