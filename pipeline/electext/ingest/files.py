"""Reading an input file: only a regular file is read, and only up to a bound.

Every kind of input (text, HTML, JSON, JSONL) is opened here, so every kind refuses the same things
with the same error: a FIFO would block its reader until something writes to it, and a device such as
``/dev/zero`` never ends, so a batch given either by mistake or by malice would hang on it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from electext.core.errors import InputError, TooLargeError


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading when it is a regular file, symbolic links followed; anything else
    (a FIFO, a device such as ``/dev/zero``, a socket, a folder) is refused before a byte is read, the
    same way for every kind of input: a FIFO blocks its reader until something writes to it, and
    ``/dev/zero`` never ends. The file is opened without waiting (opening a FIFO otherwise waits for a
    writer) and checked again as opened, so it cannot be swapped for a FIFO between check and read."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise InputError(f"{path}: not a regular file")
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise InputError(f"{path}: not a regular file")
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_bytes(path: Path, limit: int) -> bytes:
    """A regular file's bytes (:func:`open_regular`), refusing (before reading) one over ``limit`` bytes."""
    with open_regular(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise TooLargeError(f"{path}: {size:,} bytes is over the input size limit of {limit:,} bytes")
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if len(data) > limit:  # the file grew after stat
        raise TooLargeError(f"{path}: over the input size limit of {limit:,} bytes")
    return data
