"""One exception hierarchy for everything that can go wrong with a user's input or set-up.

Library code raises these; only the CLI turns them into messages and exit codes. Each message names
the bad value and, where we can, says how to fix it.
"""

from __future__ import annotations


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
    """The -o given is something electext must not write into (another program's database): a usage
    error, where a folder that cannot be written or is busy is a failed run."""
