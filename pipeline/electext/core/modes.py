"""The permissions of a file electext creates: what the user's umask allows of ``0o666``, as for any file
their own programs create.

Outputs are first written to a temporary file (``tempfile.mkstemp``, which makes it ``0600`` so no one
reads it half-written) and renamed into place, so without a ``chmod`` every output, report page and
database would stay readable by its owner alone, whatever the umask: a report copied to a web server or
shared with a colleague could not be read. Every writer gives its new files :func:`new_file_mode`.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_STATUS = Path("/proc/self/status")


@cache
def umask() -> int:
    """The process's umask, read once: Linux reports it in ``/proc/self/status``; elsewhere it can only be
    read by setting it, briefly, to ``0o077``, so a file another thread creates in that moment is more
    private than asked for, never more open."""
    try:
        for line in _STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o077)
    os.umask(current)
    return current


def new_file_mode() -> int:
    """The mode a new file gets (``0o644`` under the usual umask ``022``, ``0o600`` under ``077``)."""
    return 0o666 & ~umask()
