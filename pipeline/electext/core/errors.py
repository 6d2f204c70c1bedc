"""One exception hierarchy for everything that can go wrong with a user's input or set-up.

Library code raises these; only the CLI turns them into messages and exit codes. Each message names
the bad value and, where we can, says how to fix it.
"""

from __future__ import annotations

import errno


class ElectextError(Exception):
    """Base class: every failure electext reports on purpose."""

    stage = "pipeline"


class InputError(ElectextError):
    """An input file or text cannot be read as an article."""

    stage = "ingest"


class DecodeError(InputError):
    """The bytes are not valid in the expected encoding."""


class EmptyArticleError(InputError):
    """The article has no text to extract from."""


class TooLargeError(InputError):
    """The input is over a configured size limit (article characters, file bytes)."""


class RecordError(InputError):
    """One record of a JSON or JSONL file is malformed (the message names the line or item)."""


class TimeLimitError(ElectextError):
    """A pattern match, a stage's loop over a pattern's matches, or a whole article ran past its time
    bound: the text is pathological, not prose (the message names what ran long)."""

    stage = "extract"


class ReadTimeLimitError(InputError):
    """Reading an input (decoding, normalising, finding its front matter) ran past its time bound: in the
    parent process, before any stage, so it is the file's error record and the batch goes on."""


class DataFileError(ElectextError):
    """A bundled or user-supplied data file is malformed (reported as ``file:line: problem``)."""

    stage = "resources"


class ModelNotFoundError(ElectextError):
    """The configured spaCy model is not installed."""

    stage = "annotate"


class OutputError(ElectextError):
    """An output could not be written without overwriting or escaping the output folder."""

    stage = "write"


class OutputTargetError(OutputError):
    """The -o given is something electext must not write into (another program's database, a damaged
    one): a usage error (exit 2), where a target that cannot be written now (full, read-only, busy) is an
    :class:`OutputWriteError` (exit 3)."""


class OutputWriteError(OutputError):
    """The machine would not let an output be written: the disk is full, the target is read-only, a
    database is locked by another program for too long, or the disk failed. Every input after it would
    fail alike, so the run stops there, keeping what it finished and every older output whole."""


def output_fault(target: object, error: OSError) -> OutputWriteError:
    """The :class:`OutputWriteError` for an ``OSError`` met writing ``target``: one line that says what
    happened and what to do, as a person at the terminal can act on it (never a traceback)."""
    reason = error.strerror or str(error)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputWriteError(f"{target}: disk full ({reason}): free space or choose another --output")
    if error.errno in (errno.EACCES, errno.EPERM):
        return OutputWriteError(f"{target}: not writable ({reason}): choose another --output or make it writable")
    if error.errno == errno.EROFS:
        return OutputWriteError(f"{target}: not writable ({reason}): choose another --output")
    if error.errno in (errno.EEXIST, errno.ENOTDIR):  # -o names a file where a folder must go
        return OutputWriteError(f"{target}: not a folder ({reason}): choose another --output")
    return OutputWriteError(f"{target}: cannot write ({reason}): check the disk or choose another --output")
