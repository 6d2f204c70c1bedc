"""Stage 1, ingest: bytes on disk -> an :class:`Article` with normalised text and an offset map.

Later stages work on ``Article.text``, a typographically normalised copy (straight quotes, plain
spaces and hyphens, no zero-width characters, ``\\r\\n`` as ``\\n``). ``Article.original_span`` maps any
span of it back to the decoded file, so evidence always quotes what the user gave us.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import regex

from pipeline.errors import DecodeError, EmptyArticleError, InputError

# One character in, one (or zero) out: keeping substitutions single-character keeps the offset map
# a plain list. Characters mapped to "" are dropped (soft hyphen, zero-width marks, BOM, CR of CRLF).
TYPOGRAPHY = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00ad": "",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
}
FRONT_MATTER_KEYS = ("title", "published", "byline", "source")
SIDECAR_SUFFIX = ".meta.json"
_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n)*?)---[ \t]*(?:\n|\Z)")
_FRONT_LINE = regex.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_BYLINE = regex.compile(
    r"\A\s*By[ \t]+(?P<name>\p{Lu}[\p{L}.'-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}.'-]*){0,4})[ \t]*$"
)
_ROLE_WORDS = regex.compile(r"(?i)\b(reporter|correspondent|editor|staff|writer|journalist|columnist|analyst)\b")


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

    @property
    def year(self) -> int | None:
        """The publication year, when ``published`` starts with one ("2023-10-20")."""
        match = regex.match(r"\s*((?:19|20)\d\d)\b", self.published or "")
        return int(match.group(1)) if match else None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the matching ``(start, end)`` in ``original``."""
        if start >= end:
            origin = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return origin, origin
        return self.offsets[start], self.offsets[end - 1] + 1


def normalise(original: str) -> tuple[str, tuple[int, ...]]:
    """Apply :data:`TYPOGRAPHY` and CRLF folding; return the text and each character's origin."""
    chars: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(original):
        if char == "\r":
            replacement = "" if original[index + 1 : index + 2] == "\n" else "\n"
        else:
            replacement = TYPOGRAPHY.get(char, char)
        if replacement:
            chars.append(replacement)
            origins.append(index)
    return "".join(chars), tuple(origins)


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or fail naming the file and the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"{source}: not valid UTF-8 at byte {error.start} ({data[error.start : error.start + 1]!r}); "
            "re-save the file as UTF-8"
        ) from None


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """Parse an optional leading ``---`` block of ``key: value`` lines."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    fields: dict[str, str] = {}
    for line in match.group("body").splitlines():
        line_match = _FRONT_LINE.match(line)
        if line_match and line_match.group("key").lower() in FRONT_MATTER_KEYS:
            fields[line_match.group("key").lower()] = line_match.group("value").strip("'\"")
    return fields, match.end()


def _byline(text: str, body_start: int) -> tuple[str | None, str | None]:
    """Find "By Becky Morton" and a role line ("Political reporter") at the top of the body."""
    lines = text[body_start:].lstrip("\n").split("\n", 2)
    match = _BYLINE.match(lines[0]) if lines else None
    if not match:
        return None, None
    role = None
    if len(lines) > 1 and len(lines[1]) <= 60 and _ROLE_WORDS.search(lines[1]):
        role = lines[1].strip()
    return match.group("name").strip(), role


def _sidecar(path: Path) -> dict[str, str]:
    sidecar = path.with_name(path.name.removesuffix(path.suffix) + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{sidecar}: unreadable metadata sidecar ({error})") from None
    if not isinstance(data, dict):
        raise InputError(f"{sidecar}: metadata sidecar must be a JSON object")
    return {key: str(value) for key, value in data.items() if key in FRONT_MATTER_KEYS and value}


def article_from_text(
    original: str,
    *,
    source: str = "<text>",
    article_id: str | None = None,
    metadata: dict[str, str] | None = None,
) -> Article:
    """Build an :class:`Article` from already-decoded text (the library entry point)."""
    if not original.strip():
        raise EmptyArticleError(f"{source}: the article is empty")
    text, offsets = normalise(original)
    fields, body_start = _front_matter(text)
    fields = {**fields, **(metadata or {})}
    byline, role = _byline(text, body_start)
    if not text[body_start:].strip():
        raise EmptyArticleError(f"{source}: the article has front matter but no text")
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
        published=fields.get("published"),
    )


def read_article(path: Path) -> Article:
    """Read one ``.txt`` article (and its optional ``.meta.json`` sidecar) from disk."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    original = decode(data, str(path))
    # sha256 is of the decoded text so it is stable across BOM / no-BOM saves of the same article.
    return article_from_text(original, source=str(path), article_id=path.stem, metadata=_sidecar(path))
