"""How electext puts a file in place: whole or not at all, several at once, with the user's umask.

Every output is written to a temporary file beside its target and renamed over it (:func:`atomic_write`),
so a reader, or a run killed part-way, never meets half a file; files that belong together are renamed
together, the old ones put back should a rename fail (:func:`replace_together`). The temporary file gets
the mode a new file of the user's would (:func:`temporary_beside`), which the rename carries to the output.
Which files electext may replace at all is :mod:`electext.outputs.manifest`'s to say.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Mapping
from pathlib import Path

from electext.core.errors import output_fault
from electext.core.modes import new_file_mode


def atomic_write(path: Path, content: str) -> None:
    """Write ``path`` whole or not at all (a temporary file renamed into place).

    Raises :class:`OutputWriteError` (disk full, not writable …) with the old file as it was."""
    replace_together({path: content})


# What replace_together puts at a path: a text to write, a temporary file already written beside it
# (renamed into place), or None (the file is removed).
Content = str | Path | None


def replace_together(files: Mapping[Path, Content]) -> None:
    """Write several files as one: each to a temporary file first, then all renamed into place. If any
    cannot be written, none is replaced (a ``contests.csv`` never stands beside the ``candidates.csv``
    of another run); should a rename fail part-way, the files already replaced are put back from hard
    links to the old ones. Raises :class:`OutputWriteError`, naming the file, and leaves no temporaries."""
    temporaries = {path: content for path, content in files.items() if isinstance(content, Path)}
    kept: dict[Path, Path | None] = {}  # the old files, while the new ones go in (None: no link was possible)
    done: list[Path] = []
    current = next(iter(files))
    try:
        for current, content in files.items():
            current.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                temporaries[current] = _temporary_copy(current, content)
        for current in files:
            if len(files) > 1 and current.exists():
                kept[current] = _kept(current)
            if current in temporaries:
                os.replace(temporaries[current], current)
                del temporaries[current]
            else:
                current.unlink(missing_ok=True)
            done.append(current)
    except OSError as error:
        for path in reversed(done):
            with contextlib.suppress(OSError):
                _put_back(path, kept.pop(path) if path in kept else path)
        raise output_fault(current, error) from None
    finally:
        for leftover in (*temporaries.values(), *kept.values()):
            with contextlib.suppress(OSError):
                if leftover is not None:
                    leftover.unlink(missing_ok=True)


def _put_back(path: Path, old: Path | None) -> None:
    """Undo one replacement: the old file back from its link (``old``), or the new one removed when there
    was no old one (``old`` is ``path``); with no link to go back to, the new file stays."""
    if old == path:
        path.unlink(missing_ok=True)
    elif old is not None:
        os.replace(old, path)


def _temporary_copy(path: Path, content: str) -> Path:
    """``content`` in a new temporary file beside ``path`` (``.<name>.<random>.tmp``), written whole or removed."""
    handle, name = temporary_beside(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
    except BaseException:
        name.unlink(missing_ok=True)
        raise
    return name


def temporary_beside(path: Path) -> tuple[int, Path]:
    """A new, open temporary file beside ``path`` (``.<name>.<random>.tmp``) with the mode the user's umask
    gives a new file (:func:`~electext.core.modes.new_file_mode`): ``mkstemp`` makes it ``0600``, which the
    rename would carry to the output."""
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with contextlib.suppress(OSError):  # a file system without Unix modes (FAT) keeps its own
        os.fchmod(handle, new_file_mode())
    return handle, Path(name)


def _kept(path: Path) -> Path | None:
    """A second name for ``path``'s current file (a hard link: no copy, no space), to put it back with;
    None where the file system has no hard links."""
    backup = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        os.link(path, backup)
    except OSError:
        return None
    return backup


def check_writable(directory: Path) -> None:
    """Raise :class:`OutputWriteError` now when ``directory`` cannot take a new file: a format that writes
    at the end (CSV) or page by page (the report) would otherwise find out after the extraction."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=directory, prefix=".electext.", suffix=".tmp")
        os.close(handle)
        os.unlink(name)
    except OSError as error:
        raise output_fault(directory, error) from None
