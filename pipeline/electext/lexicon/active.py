"""A lexicon as an object: one folder's data, validated, and its regular expressions, compiled once.

:class:`Lexicon` loads a lexicon folder (``lexicon/en_gb/`` or a copy made for another country) and
compiles :mod:`electext.lexicon.compiled` from it into a namespace of its own, so one process can hold
several. Which one the stages read is the *lexicon in use*: the one passed to the API
(``extract_text(text, lexicon=…)``, which runs the stages inside :func:`using`), else the process's
default (``ELECTEXT_LEXICON``, else ``en_gb``). The stages never hold a lexicon's knowledge in module
globals: they read it through :data:`electext.lexicon.patterns` and
:func:`electext.lexicon.resources.load_resources`, which answer for the lexicon in use.
"""

from __future__ import annotations

import importlib.util
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

from electext.lexicon.resources import Resources, check_lexicon_folder, lexicon_folder, load_resources

_SOURCE = Path(__file__).with_name("compiled.py")
_NAMES = itertools.count()


@dataclass(frozen=True, eq=False)
class Lexicon:
    """One lexicon folder, loaded and validated, with its patterns compiled (on first use)."""

    folder: Path

    @classmethod
    def load(cls, folder: Path | str) -> Lexicon:
        """The lexicon in ``folder`` (a path), checked for every file a lexicon needs; cached per folder."""
        return _lexicon_at(check_lexicon_folder(Path(folder)).resolve())

    @property
    def resources(self) -> Resources:
        return load_resources(self.folder)

    @cached_property
    def patterns(self) -> ModuleType:
        """:mod:`electext.lexicon.compiled` run with this lexicon's data, once."""
        spec = importlib.util.spec_from_file_location(f"electext.lexicon.compiled_{next(_NAMES)}", _SOURCE)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        module.LEXICON_RESOURCES = self.resources  # type: ignore[attr-defined]
        spec.loader.exec_module(module)
        return module


@cache
def _lexicon_at(folder: Path) -> Lexicon:
    return Lexicon(folder)


@cache
def default_lexicon() -> Lexicon:
    """The process's lexicon: ``ELECTEXT_LEXICON``'s folder, else ``en_gb``."""
    return _lexicon_at(lexicon_folder().resolve())


_IN_USE: ContextVar[Lexicon | None] = ContextVar("electext_lexicon", default=None)
# The default lexicon's compiled patterns, once compiled: asked for thousands of times an article.
_DEFAULT_PATTERNS: list[ModuleType] = []


def lexicon_in_use() -> Lexicon:
    """The lexicon the stages read now: the one :func:`using` set, else the process's default."""
    return _IN_USE.get() or default_lexicon()


def patterns_in_use() -> ModuleType:
    """The compiled patterns of the lexicon in use (what :data:`electext.lexicon.patterns` reads)."""
    lexicon = _IN_USE.get()
    if lexicon is not None:
        return lexicon.patterns
    if not _DEFAULT_PATTERNS:
        _DEFAULT_PATTERNS.append(default_lexicon().patterns)
    return _DEFAULT_PATTERNS[0]


@contextmanager
def using(lexicon: Lexicon | None) -> Iterator[Lexicon]:
    """Run the stages with ``lexicon`` (``None``: the one already in use) inside the block."""
    if lexicon is None:
        yield lexicon_in_use()
        return
    token = _IN_USE.set(lexicon)
    try:
        yield lexicon
    finally:
        _IN_USE.reset(token)


class PatternsInUse:
    """Each attribute read from the compiled patterns of the lexicon in use, when it is read.

    ``__getattribute__``, not ``__getattr__``: every read is a forward, and going straight there
    costs about 0.1 µs instead of 0.5 (the stages read about 1,500 patterns an article)."""

    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        lexicon = _IN_USE.get()
        if lexicon is not None:
            return getattr(lexicon.patterns, name)
        if _DEFAULT_PATTERNS:
            return getattr(_DEFAULT_PATTERNS[0], name)
        return getattr(patterns_in_use(), name)
