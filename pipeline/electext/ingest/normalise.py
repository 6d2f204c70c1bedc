"""Stage 1, typography: an article's characters normalised one for one, with a map back to the original.

Later stages match straight quotes, plain spaces and hyphens, and numbers grouped by commas; reporters
and their systems write curly quotes, no-break spaces, dashes, zero-width and direction marks, and
thousands separators of other styles. Each character becomes one character or none, never more, so
the map from the normalised text back to the user's own stays a plain list and evidence always quotes
what the user gave us.
"""

from __future__ import annotations

from electext.core import rx

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
    # Direction marks and isolates: invisible, and inside a number ("13\u200e872") they would split it.
    "\u200e": "",
    "\u200f": "",
    "\u061c": "",
    "\u202a": "",
    "\u202b": "",
    "\u202c": "",
    "\u202d": "",
    "\u202e": "",
    "\u2066": "",
    "\u2067": "",
    "\u2068": "",
    "\u2069": "",
}
# Thousands separators other than the comma: the spaces of French and SI style (no-break, thin, narrow
# no-break, figure space) and the Arabic thousands separator. Between digit groups ("13\u202f872") each
# becomes a comma, one for one, so the number reads as one figure instead of "13" and "872" (a false
# FAIL followed); anywhere else a space stays a space. The Arabic decimal separator becomes a point.
NUMBER_SEPARATORS = "\u00a0\u2007\u2009\u202f\u066c"
_GROUPED_NUMBER = rx.compile(rf"(?<![\d.,])\d{{1,3}}(?P<sep>[{NUMBER_SEPARATORS}])\d{{3}}(?:(?P=sep)\d{{3}})*(?![\d])")
_ARABIC_DECIMAL = rx.compile(r"(?<=\d)\u066b(?=\d)")
# Characters that normalising removes or may remove (a carriage return before a line feed).
_DROPPED = ("\r", *(char for char, new in TYPOGRAPHY.items() if not new))
_ONE_FOR_ONE = tuple((char, new) for char, new in TYPOGRAPHY.items() if new)


def normalise(original: str) -> tuple[str, tuple[int, ...]]:
    """Apply :data:`TYPOGRAPHY` and CRLF folding, and part run-together result lines; return the text
    and each character's origin."""
    text, origins = _typography(original)
    return _unglued(text, origins)


# Result lines a page has run together ("… 14,102 votes.Ada Strand (Conservatives) 11,845Tom
# Reid (Workers Party) 7,390"): a tally glued to the next line's name, or a sentence's full stop
# glued to the next one, or a mark in capitals to the next line's name ("1,322 ELECTEDGrant Fellowes"). A line
# break goes between them (it stands for no character of the original).
_GLUED_LINE = rx.compile(
    r"(?<=\d)(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})|(?<=(?<!\p{L})\p{Lu}{3,})(?=\p{Lu}\p{Ll}{2})"
)


def _unglued(text: str, origins: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    cuts = [match.start() for match in _GLUED_LINE.finditer(text, timeout=rx.TIMEOUT)]
    if not cuts:
        return text, origins
    pieces: list[str] = []
    new_origins: list[int] = []
    last = 0
    for cut in cuts:
        pieces += [text[last:cut], "\n"]
        new_origins += [*origins[last:cut], origins[cut]]  # the break maps to the character after it
        last = cut
    pieces.append(text[last:])
    new_origins += origins[last:]
    return "".join(pieces), tuple(new_origins)


def _typography(original: str) -> tuple[str, tuple[int, ...]]:
    """:data:`TYPOGRAPHY` and CRLF folding. Most articles have no character to drop and no carriage
    return: then each character keeps its offset and ``str.replace`` does the rest (the character loop
    below cost the parent of a parallel run about two milliseconds an article)."""
    original = _number_separators_as_commas(original)
    if not any(char in original for char in _DROPPED):  # str's own search: far faster than a regex class
        text = original
        for char, new in _ONE_FOR_ONE:
            if char in text:
                text = text.replace(char, new)
        return text, tuple(range(len(original)))
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


def _number_separators_as_commas(original: str) -> str:
    """Rewrite :data:`NUMBER_SEPARATORS` between digit groups as commas (same length, same offsets)."""
    if not any(char in original for char in NUMBER_SEPARATORS + "\u066b"):
        return original
    text: str = _GROUPED_NUMBER.sub(
        lambda match: match.group().replace(match.group("sep"), ","), original, timeout=rx.TIMEOUT
    )
    grouped: str = _ARABIC_DECIMAL.sub(".", text, timeout=rx.TIMEOUT)
    return grouped
