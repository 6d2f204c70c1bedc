"""What ``--resume`` can reuse of a previous run in an output folder, found by each input's identity.

An input's identity is the ``source`` its result records (the path as given; ``FILE:LINE`` for a record
of a JSONL file, ``FILE[INDEX]`` for an item of a JSON list, ``<stdin>``) with the sha256 of its text.
Never the output file's name: inputs in different folders can share a name, and which of them gets
``x.json`` and which ``x-2.json`` depends on the order the writer meets them in, which the reader of a
parallel run is many articles ahead of; keyed by name, the second ``x`` was looked for in ``x.json``.

Where a previous result may be:

* ``--format json``: each ``<name>.json`` in the folder (written atomically, so whole or absent);
* ``--format jsonl``: the lines of ``results.jsonl`` (a finished run) and of the temporary file a
  killed run was streaming it to (written a line at a time, so every line is whole but perhaps the
  last, which does not parse and is passed over).

The folder is indexed once, by identity and place, not by result, so memory does not grow with the
previous batch. A result is read when its input asks for it and used only if it still is that input's
(a file may have been overwritten since by this run).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from electext.core.records import ArticleResult

# An input's identity: its result's article.source and article.sha256.
Identity = tuple[str, str]


@dataclass(frozen=True)
class Place:
    """Where a previous result is: a whole file, or the line at ``offset`` bytes into a JSONL file."""

    path: Path
    offset: int | None = None

    def read(self) -> bytes:
        with self.path.open("rb") as stream:
            if self.offset is None:
                return stream.read()
            stream.seek(self.offset)
            return stream.readline()


def load_result(data: str | bytes) -> ArticleResult | None:
    """An electext result, or None for anything else (half-written, foreign, an older contract)."""
    try:
        return ArticleResult.model_validate_json(data)
    except ValidationError:
        return None


def _identity(data: bytes) -> Identity | None:
    """The identity a serialised result claims, read without validating the rest of it (that waits
    until an input asks for it); None for anything that is not a result."""
    try:
        article = json.loads(data)["article"]
        source, sha256 = article["source"], article["sha256"]
    except (ValueError, TypeError, KeyError, RecursionError):  # a torn line, a foreign file, another shape
        return None
    return (source, sha256) if isinstance(source, str) and isinstance(sha256, str) else None


def _lines(path: Path) -> Iterator[tuple[bytes, int]]:
    """Each line of a JSONL file with its byte offset; a file that cannot be read gives none."""
    try:
        with path.open("rb") as stream:
            offset = 0
            for line in stream:
                yield line, offset
                offset += len(line)
    except OSError:
        return


class PreviousResults:
    """The results a previous run left for ``--resume`` to find by identity (see the module)."""

    def __init__(self, directory: Path, per_article: bool, streams: Iterable[Path] = ()) -> None:
        """Index ``directory``: its ``*.json`` results when ``per_article``, else the lines of
        ``streams`` (``results.jsonl`` and a killed run's partial copies of it). Where two places hold
        one identity, the first indexed is kept."""
        self._places: dict[Identity, Place] = {}
        if per_article:
            for path in sorted(directory.glob("*.json")):
                try:
                    self._add(path.read_bytes(), Place(path))
                except OSError:
                    continue
        else:
            for stream in streams:
                for line, offset in _lines(stream):
                    self._add(line, Place(stream, offset))

    def _add(self, data: bytes, place: Place) -> None:
        identity = _identity(data)
        if identity is not None:
            self._places.setdefault(identity, place)

    def find(self, source: str, sha256: str) -> ArticleResult | None:
        """The previous result for the input ``source`` whose text has ``sha256``, if there is a whole one."""
        place = self._places.get((source, sha256))
        if place is None:
            return None
        try:
            previous = load_result(place.read())
        except OSError:
            return None
        if previous is None or (previous.article.source, previous.article.sha256) != (source, sha256):
            return None
        return previous
