"""Stage 1, ingest: bytes on disk -> an :class:`Article` with normalised text and an offset map.

Later stages work on ``Article.text``, a typographically normalised copy (straight quotes, plain
spaces and hyphens, no zero-width characters, ``\\r\\n`` as ``\\n``). ``Article.original_span`` maps any
span of it back to the decoded file, so evidence always quotes what the user gave us.

Decoding never guesses silently (:func:`decode`), and the limits here (:data:`DEFAULT_MAX_CHARS`,
:data:`CHARS_PER_TOKEN`, :data:`MAX_RUN`) keep a stray dump from hanging the batch or exhausting memory:
extraction time grows with the text, spaCy's memory with the token count, and its tokenizer's
time sharply with the length of a run without whitespace.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from electext.core import rx
from electext.core.errors import DecodeError, EmptyArticleError, InputError, TooLargeError
from electext.ingest.files import read_bytes
from electext.ingest.normalise import normalise
from electext.lexicon import patterns

# The largest article we extract by default, in characters (`--max-chars`). News reports run to a few
# thousand characters and a long live blog to about 100,000 (extraction takes 1.5 s for 100,000
# characters and 3.4 s for 200,000; bench/bad_input.py), so a bigger input is more likely a dump than an
# article and is refused with a clear error rather than left to run and take memory with its tokens.
DEFAULT_MAX_CHARS = 200_000
# Memory and time follow spaCy's token count (about 16 KB a token), not characters: prose averages
# about 5 characters a token (200,000 characters: 41,000 tokens, 0.9 GB), while "% % % …" is 2. An
# article may have at most one token per CHARS_PER_TOKEN characters of the limit.
CHARS_PER_TOKEN = 4
DEFAULT_MAX_TOKENS = DEFAULT_MAX_CHARS // CHARS_PER_TOKEN


# UTF-8 spends at most 4 bytes on a character: a file over 4 bytes per allowed character is refused
# before it is read.
MAX_BYTES_PER_CHAR = 4
# A run of more than this many characters without whitespace is not a word (the longest in the corpus
# is 20): it is blanked for the later stages, with a warning, because spaCy's tokenizer takes time
# quadratic in a run's length (8,000 percent signs in a row take 16 s).
MAX_RUN = 300
_LONG_RUN = rx.compile(rf"\S{{{MAX_RUN + 1},}}")
# The characters ``str.split`` takes for whitespace and ``\s`` does not (the ASCII separators): with none
# of them in a text, every run ``_LONG_RUN`` could find lies inside one word of ``text.split()``.
_SPLIT_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")
# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Files that are often renamed or mis-saved as text, by their first bytes.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
# A complete multi-byte UTF-8 character: a file with one of these is UTF-8, damaged where it fails.
_UTF8_MULTIBYTE = rx.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = rx.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Windows-1252 is accepted only for text that reads like Western prose: accented letters inside words
# ("café", "Ynys Môn") and the typography of these symbols, not a fifth of the characters.
LEGACY_ENCODING = "cp1252"
LEGACY_MAX_NON_ASCII = 0.2
LEGACY_SYMBOLS = frozenset("‘’‚“”„–—…£€•°±½¼¾·×§©®™«»¹²³\u00a0")

FRONT_MATTER_KEYS = ("title", "published", "byline", "source", "url")
# Other names metadata files give the same fields (a sidecar's "date", a crawler's "source_url"); the
# field's own name wins where both are given.
FIELD_ALIASES = {"date": "published", "author": "byline", "source_url": "url"}
SIDECAR_SUFFIX = ".meta.json"
_FRONT_MATTER = rx.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n)*?)---[ \t]*(?:\n|\Z)")
_FRONT_LINE = rx.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")


@dataclass(frozen=True)
class Article:
    """A decoded article, its normalised text and everything known about where it came from."""

    id: str
    source: str
    original: str
    text: str
    offsets: tuple[int, ...] = field(repr=False)
    sha256: str
    body_start: int = 0
    title: str | None = None
    byline: str | None = None
    role: str | None = None
    published: str | None = None
    url: str | None = None
    # "text" for a plain-text file; "html" or "json" when ``original`` was extracted from the source, and
    # "stdin" for text read from standard input (kept nowhere else): the output stores those three so
    # evidence offsets can be checked against them.
    format: str = "text"
    # The encoding the file was decoded from, when it was not UTF-8.
    encoding: str | None = None
    # Runs of more than MAX_RUN non-space characters, blanked in ``text`` (offsets into ``text``).
    blanked: tuple[tuple[int, int], ...] = ()

    @property
    def year(self) -> int | None:
        """The publication year, when ``published`` starts with one ("2023-10-20")."""
        match = rx.match(r"\s*((?:19|20)\d\d)\b", self.published or "", timeout=rx.TIMEOUT)
        return int(match.group(1)) if match else None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the matching ``(start, end)`` in ``original``."""
        if start >= end:
            origin = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return origin, origin
        return self.offsets[start], self.offsets[end - 1] + 1


def token_limit(max_chars: int | None) -> int | None:
    """The token bound that goes with a character limit (``None``: no limit)."""
    return max_chars // CHARS_PER_TOKEN if max_chars is not None else None


def _blank_furniture(text: str) -> str:
    """Blank a web page's furniture (:data:`PAGE_FURNITURE`), one space for each character."""
    if not any(word in text for word in ("Ad", "ADVERT", "advert")):
        return text  # str's own search: the usual case costs nothing
    blanked: str = patterns.PAGE_FURNITURE.sub(lambda match: " " * len(match.group()), text, timeout=rx.TIMEOUT)
    return blanked


def _blank_photo_credits(text: str) -> str:
    """Blank photographs' credits (:data:`PHOTO_CREDIT`), one space for each character: a photographer
    named beside a result ("(Image: Ann Vale/PA Wire)") is no candidate, and no "he" after it is them."""
    if not any(word in text for word in ("Image", "Photo", "Pic", "Credit")):
        return text
    blanked: str = patterns.PHOTO_CREDIT.sub(lambda match: " " * len(match.group()), text, timeout=rx.TIMEOUT)
    return blanked


# How far into the body a page's "Published 8 May 2021" line may stand: under a headline and a standfirst.
PUBLISHED_LINE_WITHIN = 800


def _published_in_body(text: str, body_start: int) -> str | None:
    """The date a web page's own line gives near the body's start (:data:`PUBLISHED_LINE`), as ISO
    ("2021-05-08"), for an article whose front matter gives none: it dates the report's year, which
    tells this election's figures from earlier ones'."""
    found = patterns.PUBLISHED_LINE.search(text, body_start, body_start + PUBLISHED_LINE_WITHIN, timeout=rx.TIMEOUT)
    if found is None:
        return None
    months = patterns.MONTH_NAMES.split("|")
    month = months.index(found.group("month") or found.group("month_b")) + 1
    day = int(found.group("day") or found.group("day_b"))
    return f"{found.group('year')}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def _past_dateline(text: str, body_start: int) -> int:
    """Where the body's prose starts: after a wire story's dateline (:data:`DATELINE`), if it opens the
    body ("BIRMINGHAM, May 5 (Wire) - Andy Street, ..."). The place and agency are not the lead's
    subject, the city in capitals is no seat, and the model tags the lead's first name as it would at
    a paragraph's start (blanking the dateline to spaces instead loses that)."""
    found = patterns.DATELINE.match(text, body_start, timeout=rx.TIMEOUT)
    return found.end() if found else body_start


def _blank_long_runs(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Replace each run of more than :data:`MAX_RUN` non-space characters with spaces (one for one)."""
    if max(map(len, text.split()), default=0) <= MAX_RUN and not any(c in text for c in _SPLIT_ONLY_SPACES):
        return text, ()  # the usual case, found in C: scanning with the pattern costs 0.3 ms an article
    runs = tuple(match.span() for match in _LONG_RUN.finditer(text, timeout=rx.TIMEOUT))
    if not runs:
        return text, ()
    pieces, previous = [], 0
    for start, end in runs:
        pieces += [text[previous:start], " " * (end - start)]
        previous = end
    pieces.append(text[previous:])
    return "".join(pieces), runs


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes; return the text and the encoding used.

    The policy, so nothing is ever mangled silently: an explicit ``encoding`` is used strictly; else a
    byte-order mark decides (UTF-8, UTF-16, UTF-32); else strict UTF-8; else Windows-1252, but only
    when the bytes hold no valid multi-byte UTF-8 character (that would be damaged UTF-8, not another
    encoding), do not end inside a UTF-8 character (a truncated file) and read like prose. Every
    failure names the file and the byte offset.
    """
    if encoding is not None:
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except UnicodeDecodeError as error:
            raise DecodeError(
                f"{source}: not valid {encoding} at byte {error.start} ({data[error.start : error.start + 1]!r})"
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"{source}: starts with a {codec.removesuffix('-sig').upper()} byte-order mark but is not "
                    f"valid {codec.removesuffix('-sig').upper()} at byte {error.start}"
                ) from None
            return text, codec.removesuffix("-sig")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _decode_legacy(data, source, error), LEGACY_ENCODING
    if "\x00" in text:
        raise DecodeError(
            f"{source}: NUL byte at byte {data.index(0)}: binary data or UTF-16/UTF-32 without a byte-order "
            "mark (pass --encoding utf-16-le, for example, if it is text)"
        )
    return text, "utf-8"


def _decode_legacy(data: bytes, source: str, error: UnicodeDecodeError) -> str:
    """Windows-1252 for bytes that are not UTF-8, when that is the only reasonable reading."""
    where = f"{source}: not valid UTF-8 at byte {error.start} ({data[error.start : error.start + 1]!r})"
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"{where}: binary data, not text ({kind})")
    if b"\x00" in data:
        raise DecodeError(f"{where}: binary data, not text (NUL byte at byte {data.index(0)})")
    if error.end == len(data) and error.reason == "unexpected end of data":
        raise DecodeError(f"{where}: the file ends inside a character (truncated?)")
    if _UTF8_MULTIBYTE.search(data, timeout=rx.TIMEOUT):
        raise DecodeError(
            f"{where}: the rest of the file is UTF-8, so this is a damaged byte, not another encoding "
            "(fix the file, or pass --encoding if you know it)"
        )
    try:
        text = data.decode(LEGACY_ENCODING)
    except UnicodeDecodeError as legacy:
        raise DecodeError(
            f"{where}, nor {LEGACY_ENCODING} (byte {legacy.start} is undefined there); pass --encoding"
        ) from None
    if _CONTROL.search(text, timeout=rx.TIMEOUT) or not _reads_as_prose(text):
        raise DecodeError(f"{where}, and it does not read as {LEGACY_ENCODING} text either; pass --encoding")
    return text


def _reads_as_prose(text: str) -> bool:
    """Few non-ASCII characters, each a letter inside a word or a familiar symbol (:data:`LEGACY_SYMBOLS`)."""
    non_ascii = [index for index, char in enumerate(text) if ord(char) > 127]
    if len(non_ascii) > LEGACY_MAX_NON_ASCII * len(text):
        return False
    for index in non_ascii:
        char = text[index]
        if char in LEGACY_SYMBOLS:
            continue
        neighbours = text[max(index - 1, 0) : index] + text[index + 1 : index + 2]
        if not (char.isalpha() and any(neighbour.isalpha() for neighbour in neighbours)):
            return False
    return True


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """Parse an optional leading ``---`` block of ``key: value`` lines."""
    match = _FRONT_MATTER.match(text, timeout=rx.TIMEOUT)
    if not match:
        return {}, 0
    fields: dict[str, str] = {}
    for line in match.group("body").splitlines():
        line_match = _FRONT_LINE.match(line, timeout=rx.TIMEOUT)
        key = line_match.group("key").lower() if line_match else ""
        if line_match and key in FRONT_MATTER_KEYS:
            fields[key] = line_match.group("value").strip("'\"")
        elif line_match and key in FIELD_ALIASES:
            fields.setdefault(f"alias:{FIELD_ALIASES[key]}", line_match.group("value").strip("'\""))
    return _resolve_aliases(fields), match.end()


def _resolve_aliases(fields: dict[str, str]) -> dict[str, str]:
    """Fold ``alias:FIELD`` entries into FIELD where FIELD itself was not given."""
    resolved = {key: value for key, value in fields.items() if not key.startswith("alias:")}
    for key, value in fields.items():
        if key.startswith("alias:"):
            resolved.setdefault(key.removeprefix("alias:"), value)
    return resolved


def _byline(text: str, body_start: int) -> tuple[str | None, str | None]:
    """Find "By Becky Morton" and a role line ("Political reporter") at the top of the body."""
    lines = text[body_start:].lstrip("\n").split("\n", 2)
    match = patterns.BYLINE.match(lines[0], timeout=rx.TIMEOUT) if lines else None
    if not match:
        return None, None
    role = None
    if len(lines) > 1 and len(lines[1]) <= 60 and patterns.BYLINE_ROLE_WORDS.search(lines[1], timeout=rx.TIMEOUT):
        role = lines[1].strip()
    return match.group("name").strip(), role


def sidecar_metadata(path: Path) -> dict[str, str]:
    """The metadata of ``NAME.meta.json`` beside the article ``NAME.txt`` or ``NAME.html`` (none when there is
    no such file): title, published, byline, source and url, under their own names or the usual others
    (:data:`FIELD_ALIASES`: a crawler's ``date`` is the publication date the official-results match needs)."""
    sidecar = path.with_name(path.name.removesuffix(path.suffix) + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{sidecar}: unreadable metadata sidecar ({error})") from None
    if not isinstance(data, dict):
        raise InputError(f"{sidecar}: metadata sidecar must be a JSON object")
    fields = {key: str(value) for key, value in data.items() if key in FRONT_MATTER_KEYS and value}
    for key, name in FIELD_ALIASES.items():
        if data.get(key) and not isinstance(data[key], dict | list):
            fields.setdefault(name, str(data[key]))
    return fields


def article_from_text(
    original: str,
    *,
    source: str = "<text>",
    article_id: str | None = None,
    metadata: dict[str, str] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    format: str = "text",
    encoding: str | None = None,
) -> Article:
    """Build an :class:`Article` from already-decoded text (the library entry point).

    ``metadata`` (title, published, byline, source, url) overrides the front matter; ``max_chars``
    refuses longer texts (``None``: no limit).
    """
    if not original.strip():
        raise EmptyArticleError(f"{source}: the article is empty")
    if max_chars is not None and len(original) > max_chars:
        raise TooLargeError(
            f"{source}: {len(original):,} characters is over the article size limit of {max_chars:,} "
            "(raise it with --max-chars)"
        )
    text, offsets = normalise(original)
    fields, body_start = _front_matter(text)
    fields = {**fields, **(metadata or {})}
    byline, role = _byline(text, body_start)
    if not text[body_start:].strip():  # e.g. only zero-width characters, or only front matter
        detail = "has front matter but no text" if body_start else "is empty"
        raise EmptyArticleError(f"{source}: the article {detail}")
    text = _blank_photo_credits(_blank_furniture(text))
    body_start = _past_dateline(text, body_start)
    text, blanked = _blank_long_runs(text)
    digest = hashlib.sha256(original.encode("utf-8")).hexdigest()
    return Article(
        id=article_id or Path(source).stem or digest[:12],
        source=source,
        original=original,
        text=text,
        offsets=offsets,
        sha256=digest,
        body_start=body_start,
        title=fields.get("title"),
        byline=fields.get("byline") or byline,
        role=role,
        published=fields.get("published") or _published_in_body(text, body_start),
        url=fields.get("url"),
        format=format,
        encoding=None if encoding in (None, "utf-8") else encoding,
        blanked=blanked,
    )


def read_article(path: Path, *, encoding: str | None = None, max_chars: int | None = DEFAULT_MAX_CHARS) -> Article:
    """Read one ``.txt`` article (and its optional ``.meta.json`` sidecar) from disk."""
    limit = MAX_BYTES_PER_CHAR * max_chars if max_chars is not None else 2**62
    original, used = decode(read_bytes(path, limit), str(path), encoding)
    # sha256 is of the decoded text so it is stable across BOM / no-BOM saves of the same article.
    return article_from_text(
        original,
        source=str(path),
        article_id=path.stem,
        metadata=sidecar_metadata(path),
        max_chars=max_chars,
        encoding=used,
    )
