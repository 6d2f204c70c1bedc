"""Input formats: each input path (or ``-``) becomes articles, or one failure per bad article.

A ``.txt`` file is one article; an ``.html``/``.htm`` page is one article whose main text and metadata
come from trafilatura (its ``NAME.meta.json`` sidecar, like a text file's, overriding the metadata); a
``.json`` file holds one record or a list of records and a ``.jsonl`` file one record per line, each with
its text in :attr:`ReadOptions.text_field`. ``-`` is one article on standard input. For HTML and JSON the
article's ``original`` is the extracted text, which the output stores so evidence offsets stay verifiable;
so it does for standard input, whose text is kept nowhere else.

A bad record never stops its file: :func:`read_source` yields a :class:`SourceFailure` for it (naming
the line or item) and goes on with the next.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from electext.core.errors import EmptyArticleError, InputError, ReadTimeLimitError, RecordError, TooLargeError
from electext.ingest.article import (
    DEFAULT_MAX_CHARS,
    MAX_BYTES_PER_CHAR,
    Article,
    article_from_text,
    decode,
    read_article,
    sidecar_metadata,
    token_limit,
)
from electext.ingest.files import open_regular, read_bytes

STDIN = Path("-")
STDIN_SOURCE = "<stdin>"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json", ".jsonl")
# A web page carries several times its text in markup, scripts and styles.
HTML_BYTES_PER_CHAR = 10 * MAX_BYTES_PER_CHAR
# A .json file is parsed whole, so it gets a bound too; bigger exports belong in JSONL, read by line.
JSON_FILE_ARTICLES = 100
# Optional record fields -> article metadata ("date" and "published" both set the publication date).
RECORD_FIELDS = {"title": "title", "date": "published", "published": "published", "url": "url", "author": "byline"}


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read; the CLI's ``--encoding``, ``--text-field`` and ``--max-chars``."""

    encoding: str | None = None
    text_field: str = "text"
    max_chars: int | None = DEFAULT_MAX_CHARS

    @property
    def max_tokens(self) -> int | None:
        """The token bound that goes with ``max_chars`` (see :data:`~electext.ingest.article.CHARS_PER_TOKEN`)."""
        return token_limit(self.max_chars)

    def byte_limit(self, per_char: int = MAX_BYTES_PER_CHAR) -> int:
        """The most bytes a file may have for ``max_chars`` characters at ``per_char`` bytes each."""
        return per_char * self.max_chars if self.max_chars is not None else 2**62


@dataclass(frozen=True)
class SourceFailure:
    """An input (or one record of it) that could not be read; ``source`` is what the error record names."""

    source: str
    error: InputError


DEFAULT_OPTIONS = ReadOptions()


def read_source(path: Path, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Article | SourceFailure]:
    """The articles in one input, by its suffix; failures are yielded, never raised."""
    suffix = path.suffix.lower()
    try:
        if path == STDIN:
            yield _read_stdin(options)
        elif suffix in HTML_SUFFIXES:
            data = read_bytes(path, options.byte_limit(HTML_BYTES_PER_CHAR))
            yield article_from_html(data, str(path), path.stem, options, sidecar_metadata(path))
        elif suffix == ".jsonl":
            yield from _read_jsonl(path, options)
        elif suffix == ".json":
            yield from _read_json(path, options)
        else:
            yield read_article(path, encoding=options.encoding, max_chars=options.max_chars)
    except InputError as error:
        yield SourceFailure(STDIN_SOURCE if path == STDIN else str(path), error)
    except TimeoutError as exceeded:  # a pattern's bound while reading: this file's error, not the batch's
        source = STDIN_SOURCE if path == STDIN else str(path)
        yield SourceFailure(source, read_time_limit(source, exceeded))


def known_id(path: Path) -> str | None:
    """The id ``path``'s article will have, when the path alone decides it (a text or HTML file's stem,
    ``stdin``); None for JSON and JSONL, whose records may carry their own."""
    if path == STDIN:
        return "stdin"
    return None if path.suffix.lower() in JSON_SUFFIXES else path.stem


def _read_stdin(options: ReadOptions) -> Article:
    """One article from standard input: HTML when it starts like a web page, else text."""
    data = sys.stdin.buffer.read(options.byte_limit(HTML_BYTES_PER_CHAR) + 1)
    is_html = data[:512].lstrip().lower().startswith((b"<!doctype html", b"<html"))
    limit = options.byte_limit(HTML_BYTES_PER_CHAR if is_html else MAX_BYTES_PER_CHAR)
    if len(data) > limit:
        raise TooLargeError(f"{STDIN_SOURCE}: over the input size limit of {limit:,} bytes")
    if is_html:
        return article_from_html(data, STDIN_SOURCE, "stdin", options)
    text, used = decode(data, STDIN_SOURCE, options.encoding)
    return article_from_text(  # format "stdin": the text is kept nowhere else, so the output stores it
        text, source=STDIN_SOURCE, article_id="stdin", max_chars=options.max_chars, encoding=used, format="stdin"
    )


def article_from_html(
    data: bytes, source: str, article_id: str, options: ReadOptions, sidecar: dict[str, str] | None = None
) -> Article:
    """Main text and metadata of a web page through trafilatura (tables kept: results boxes live there).

    A ``sidecar`` (the page's ``NAME.meta.json``) overrides what trafilatura found, as it overrides a text
    file's front matter: it is what the user says of the page, where the page's own date is a guess."""
    import trafilatura  # imported here: it is only needed for HTML and takes a while to load
    from trafilatura.settings import Document

    html, _ = decode(data, source, options.encoding)
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
    )
    text = document.text if isinstance(document, Document) else None
    if not isinstance(document, Document) or not text or not text.strip():
        raise EmptyArticleError(f"{source}: no article text found in the HTML (trafilatura found no main content)")
    metadata = {
        key: str(value)
        for key, value in (
            ("title", document.title),
            ("byline", document.author),
            ("published", document.date),
            ("url", document.url),
        )
        if value
    }
    return article_from_text(
        text,
        source=source,
        article_id=article_id,
        metadata={**metadata, **(sidecar or {})},
        max_chars=options.max_chars,
        format="html",
    )


def article_from_record(record: Any, source: str, default_id: str, options: ReadOptions) -> Article:
    """One JSON record: its text field plus optional id, title, date/published, url and author."""
    if not isinstance(record, dict):
        raise RecordError(f"{source}: a record must be a JSON object, not {type(record).__name__}")
    text = record.get(options.text_field)
    if text is None:
        raise RecordError(f"{source}: no {options.text_field!r} field (choose the text field with --text-field)")
    if not isinstance(text, str):
        raise RecordError(f"{source}: the {options.text_field!r} field is {type(text).__name__}, not a string")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise RecordError(
            f"{source}: the {options.text_field!r} field has an unpaired surrogate at character {error.start}"
        ) from None
    metadata = {
        target: str(record[name])
        for name, target in RECORD_FIELDS.items()
        if isinstance(record.get(name), (str, int, float)) and str(record[name]).strip()
    }
    record_id = record.get("id")
    article_id = str(record_id) if isinstance(record_id, (str, int)) and str(record_id).strip() else default_id
    return article_from_text(
        text, source=source, article_id=article_id, metadata=metadata, max_chars=options.max_chars, format="json"
    )


def _read_json(path: Path, options: ReadOptions) -> Iterator[Article | SourceFailure]:
    data = read_bytes(path, options.byte_limit() * JSON_FILE_ARTICLES)
    try:
        records = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise RecordError(f"{path}: not valid UTF-8 at byte {error.start}; JSON must be UTF-8") from None
    except json.JSONDecodeError as error:
        raise RecordError(f"{path}: not valid JSON ({error.msg}: line {error.lineno} column {error.colno})") from None
    except RecursionError:
        raise RecordError(f"{path}: JSON nested too deeply to read") from None
    if not isinstance(records, list):
        yield _record_or_failure(records, str(path), path.stem, options)
        return
    for index, record in enumerate(records):
        yield _record_or_failure(record, f"{path}[{index}]", f"{path.stem}-{index}", options)


def _read_jsonl(path: Path, options: ReadOptions) -> Iterator[Article | SourceFailure]:
    limit = options.byte_limit() + 1024  # room for the other fields and JSON escapes
    with open_regular(path) as stream:
        for number, line in _lines(stream, limit):
            source = f"{path}:{number}"
            if line is None:
                yield SourceFailure(
                    source, TooLargeError(f"{source}: line over the input size limit of {limit:,} bytes")
                )
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as error:
                yield SourceFailure(source, RecordError(f"{source}: not valid UTF-8 at byte {error.start} of the line"))
                continue
            except (json.JSONDecodeError, RecursionError) as error:
                reason = (
                    f"{error.msg}: column {error.colno}"
                    if isinstance(error, json.JSONDecodeError)
                    else "nested too deeply"
                )
                yield SourceFailure(source, RecordError(f"{source}: not valid JSON ({reason})"))
                continue
            yield _record_or_failure(record, source, f"{path.stem}-{number}", options)


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of at most ``limit`` bytes; a longer line is skipped and yields ``None``."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the over-long line
                line = stream.readline(1 << 20)
            yield number, None
            continue
        yield number, line


def _record_or_failure(record: Any, source: str, default_id: str, options: ReadOptions) -> Article | SourceFailure:
    try:
        return article_from_record(record, source, default_id, options)
    except InputError as error:
        return SourceFailure(source, error)
    except TimeoutError as exceeded:
        return SourceFailure(source, read_time_limit(source, exceeded))


def read_time_limit(source: str, exceeded: TimeoutError) -> ReadTimeLimitError:
    """The error for an input whose reading ran past a time bound, naming what ran long."""
    return ReadTimeLimitError(
        f"{source}: reading it ran past its time bound ({exceeded}); it is probably not an article"
    )
