"""electext: election news articles in, validated, evidence-carrying, fact-checked results out.

>>> from electext import extract_text
>>> result = extract_text(text)  # doctest: +SKIP

See :func:`electext.api.extract_text` and :func:`electext.api.extract_paths`.

The names below are imported on first use, not with the package: a worker process imports
``electext.runtime.worker`` through this package and must get there before anything imports spaCy (see
:mod:`electext.nlp.model_choice`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from electext.core.version import __version__

if TYPE_CHECKING:
    from electext.api import extract_article, extract_paths, extract_text
    from electext.core.records import ArticleResult, ErrorRecord
    from electext.lexicon.active import Lexicon

# Each public name, and the module it comes from.
_EXPORTS = {
    "extract_article": "electext.api",
    "extract_paths": "electext.api",
    "extract_text": "electext.api",
    "ArticleResult": "electext.core.records",
    "ErrorRecord": "electext.core.records",
    "Lexicon": "electext.lexicon.active",
}

__all__ = [
    "ArticleResult",
    "ErrorRecord",
    "Lexicon",
    "__version__",
    "extract_article",
    "extract_paths",
    "extract_text",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module when the name is first asked for (PEP 562)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'electext' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
