"""What electext knows about a language and country, loaded from data: party aliases, the seat
gazetteer, phrase lists, and the regular expressions compiled from them.

``patterns`` is how the stages reach the compiled regular expressions: ``patterns.VOTES_AFTER`` is
that pattern of the lexicon in use (:func:`electext.lexicon.active.lexicon_in_use`), compiled once per
lexicon by :class:`electext.lexicon.active.Lexicon`. To a type checker it is the module
:mod:`electext.lexicon.compiled` itself, so every name keeps its type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from electext.lexicon import compiled as patterns
else:
    from electext.lexicon.active import PatternsInUse

    patterns = PatternsInUse()

__all__ = ["patterns"]
