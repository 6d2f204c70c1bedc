"""Which files of an output folder electext wrote, so that it replaces those and never a file of the user's.

A folder electext writes into (``extract`` in the json, jsonl and csv formats; ``report``) holds
``.electext-manifest``: JSON naming each file electext wrote there with the sha256 of what it wrote, and
the version of electext that last wrote it. A file is replaced (or removed, as ``errors.jsonl`` is after
a run without errors) only when the manifest lists it and it is still as electext wrote it. Anything else
at an output's name is refused and left as it is (:class:`~electext.core.errors.OutputTargetError`, exit
2): a file of the user's that happens to have the name, an output the user has edited since, a link, a
folder. A file the manifest does not list, in a folder from before manifests, is replaced only when it is
recognisably electext's output (:func:`recognised`: a result, lines of results or of error records, the
export's CSV header, a report page).

The manifest is renamed into place together with a run's last files (:meth:`OutputFolder.replace`).
Files written one at a time before that, each article's JSON and each report page, are noted first in a
journal, ``.electext-manifest.journal``, a line per file before it is renamed into place. A run killed
part-way leaves its journal, and the next run takes into the manifest each file named there that holds
what the journal says, or what the manifest said (the kill may have come between the line and the
rename): a re-run, with ``--resume`` or without, replaces whatever a killed run wrote.

The manifest's name has no ``.json`` suffix on purpose: ``Path.glob("*.json")`` matches hidden files too,
and a script loading every result in a folder that way must not meet it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TextIO

from electext.core.errors import OutputError, OutputTargetError, OutputWriteError, output_fault
from electext.core.version import __version__
from electext.outputs.files import Content, atomic_write, replace_together

NAME = ".electext-manifest"
JOURNAL = f"{NAME}.journal"
LOCK = ".electext.lock"
RESULTS, ERRORS = "results.jsonl", "errors.jsonl"
FORMAT = 1
ABOUT = (
    "The files electext wrote in this folder, with the sha256 of each as written. electext replaces a file here "
    "only if it is listed and unchanged, or is recognisably the output of an electext from before manifests."
)
# What tells an output of electext's from before manifests: a page's title, the export's first columns, and
# the keys of a result and of an error record.
_PAGE_MARK, _PAGE_HEAD = b"electext report</title>", 1 << 16
_CSV_HEADER = b"article_id,article_"
_RESULT_KEYS = frozenset({"schema_version", "article", "pipeline"})
_ERROR_KEYS = frozenset({"source", "stage", "error", "message"})


def text_digest(text: str) -> str:
    """The sha256 of ``text`` as electext writes it (UTF-8, ``\\n`` line ends)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str | None:
    """The sha256 of the file at ``path``; None when there is none."""
    try:
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except FileNotFoundError:
        return None


def recognised(path: Path) -> bool:
    """Whether ``path``, which no manifest lists, is recognisably an output of electext's (of a version from
    before manifests), by what its name says it should be: a new run may replace it, as runs always did."""
    name = path.name
    try:
        with path.open("rb") as stream:
            if name.endswith(".html"):
                return _PAGE_MARK in stream.read(_PAGE_HEAD)
            if name.endswith(".csv"):
                return stream.readline().startswith(_CSV_HEADER)
            if name.endswith(".jsonl"):  # empty when a run had no articles
                keys = _ERROR_KEYS if name == ERRORS else _RESULT_KEYS
                return all(_holds(line, keys) for line in stream if line.strip())
            if name.endswith(".json"):
                return _holds(stream.read(), _RESULT_KEYS)
    except OSError:
        return False
    return False


def _holds(document: bytes, keys: frozenset[str]) -> bool:
    """Whether ``document`` is a JSON object with every one of ``keys``."""
    try:
        data = json.loads(document)
    except (ValueError, RecursionError):  # not JSON, not UTF-8 (a ValueError too)
        return False
    return isinstance(data, dict) and keys <= data.keys()


def _plain(name: object) -> bool:
    """A file name inside the folder (a manifest edited by hand could hold anything)."""
    return isinstance(name, str) and name not in ("", ".", "..") and "/" not in name and "\0" not in name


class Manifest:
    """One folder's manifest as a run holding the folder keeps it: ``files`` (name to sha256) as they are
    now, ``saved`` as the file on disk has them, and the journal of files about to be written."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / NAME
        self.journal_path = directory / JOURNAL
        self.files = self._read()
        self.saved = dict(self.files)
        self._journal: TextIO | None = None

    def _read(self) -> dict[str, str]:
        """The files the manifest lists that are still there (a file the user deleted is theirs to make anew)."""
        try:
            data = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise output_fault(self.path, error) from None
        except (ValueError, RecursionError):
            data = None
        files = data.get("files") if isinstance(data, dict) else None
        if not isinstance(files, dict) or not all(_plain(k) and isinstance(v, str) for k, v in files.items()):
            raise OutputTargetError(
                f"{self.path}: not a manifest electext can read, so which files here are its own is unknown; delete "
                "it (then only files recognisably electext's outputs are replaced), or choose another --output"
            )
        return {name: digest for name, digest in files.items() if (self.directory / name).exists()}

    def text(self, files: Mapping[str, str] | None = None) -> str:
        """The manifest's file for ``files`` (default: as they are now), the same for the same files."""
        listed = dict(sorted((self.files if files is None else files).items()))
        document = {"about": ABOUT, "electext": __version__, "files": listed, "format": FORMAT}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    def refusal(self, path: Path) -> str | None:
        """Why ``path`` must not be replaced, or None when it may (absent, or electext's as it wrote it)."""
        if path.is_symlink() or (path.exists() and not path.is_file()):
            return "something electext did not write (not a regular file)"
        recorded = self.files.get(path.name)
        try:
            if recorded is not None:
                actual = file_digest(path)
                return None if actual in (None, recorded) else f"a file changed since electext wrote it (see {NAME})"
            return None if not path.exists() or recognised(path) else "a file electext did not write"
        except OSError as error:
            return f"a file electext cannot read to tell whether it wrote it ({error.strerror or error})"

    def note(self, name: str, digest: str | None) -> None:
        """Journal that the file ``name`` is about to hold ``digest`` (None: to be removed), before it does."""
        try:
            if self._journal is None:
                self._journal = self.journal_path.open("a", encoding="utf-8", newline="\n", buffering=1)
            self._journal.write(json.dumps({"name": name, "sha256": digest}) + "\n")
        except OSError as error:
            raise output_fault(self.journal_path, error) from None

    def recover(self) -> bool:
        """Take in what the journal says was written (by a killed run, or by this one before it stopped): each
        file it names that holds what it says, or what the manifest says, is listed as it now is. Returns
        whether there was a journal."""
        self._close_journal()
        try:
            lines = self.journal_path.read_bytes().splitlines()
        except FileNotFoundError:
            return False
        except OSError as error:
            raise output_fault(self.journal_path, error) from None
        noted: dict[str, set[str | None]] = {}
        for line in lines:
            with contextlib.suppress(ValueError, RecursionError, TypeError, KeyError):  # a torn last line
                entry = json.loads(line)
                if _plain(entry["name"]) and isinstance(entry["sha256"], str | None):
                    noted.setdefault(entry["name"], set()).add(entry["sha256"])
        for name, digests in noted.items():
            try:
                actual = file_digest(self.directory / name)
            except OSError:
                continue  # unreadable now: it stays as the manifest has it
            if actual is None and None in digests:
                self.files.pop(name, None)
            elif actual is not None and (actual in digests or actual == self.files.get(name)):
                self.files[name] = actual
        return True

    def drop_journal(self) -> None:
        """The journal is in the manifest now: remove it."""
        self._close_journal()
        self.journal_path.unlink(missing_ok=True)

    def _close_journal(self) -> None:
        if self._journal is not None:
            with contextlib.suppress(OSError):
                self._journal.close()
            self._journal = None


def _lock(directory: Path) -> TextIO:
    """An exclusive lock on the folder for the run: two runs must not write one folder."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        stream = (directory / LOCK).open("a", encoding="utf-8")
    except OSError as error:
        raise output_fault(directory, error) from None
    try:
        fcntl.flock(stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        stream.close()
        raise OutputWriteError(
            f"{directory}: another electext run is writing to this folder; wait for it, or choose another --output"
        ) from None
    return stream


class OutputFolder:
    """One run's hold on an output folder: the lock that keeps a second run out, and the manifest through
    which every file of the run is refused or written (see the module)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock: TextIO | None = _lock(directory)
        try:
            self.manifest = Manifest(directory)
            for stale in directory.glob(f".{NAME}.*.tmp"):  # a killed run's, being written (the lock says so)
                stale.unlink(missing_ok=True)
            if self.manifest.recover():
                self._save()
        except OSError as error:
            self._unlock()
            raise output_fault(directory, error) from None
        except BaseException:
            self._unlock()
            raise

    def check(self, paths: Iterable[Path]) -> None:
        """Raise :class:`OutputTargetError` when any of ``paths`` is there and not electext's to replace:
        the first such named, and how many more there are. Called with the names a run will write before it
        starts, and with each name again as it is written."""
        refused = [(path, reason) for path in paths if (reason := self.manifest.refusal(path)) is not None]
        if refused:
            (path, reason), more = refused[0], len(refused) - 1
            also = f" (and {more} more of the files this run would write)" if more else ""
            raise OutputTargetError(
                f"{path}: refusing to overwrite {reason}{also}: move it away, or choose another --output"
            )

    def write(self, path: Path, text: str) -> None:
        """One file now (an article's JSON, a report page): checked, noted in the journal, written whole."""
        self.check([path])
        digest = text_digest(text)
        self.manifest.note(path.name, digest)
        atomic_write(path, text)
        self.manifest.files[path.name] = digest

    def replace(self, files: Mapping[Path, Content]) -> None:
        """The run's last files, and the manifest with them, all put in place together or none
        (:func:`replace_together`); a content of None removes the file."""
        self.check(files)
        try:
            digests = {path.name: _digest(content) for path, content in files.items()}
        except OSError as error:
            raise output_fault(self.directory, error) from None
        for name, digest in digests.items():
            self.manifest.note(name, digest)
        listed = {name: digest for name, digest in {**self.manifest.files, **digests}.items() if digest is not None}
        replace_together({**files, self.manifest.path: self.manifest.text(listed)})
        self.manifest.files, self.manifest.saved = listed, dict(listed)
        self.manifest.drop_journal()

    def _save(self) -> None:
        """Bring the manifest on disk up to date, then drop the journal, now in it."""
        if self.manifest.files != self.manifest.saved:
            atomic_write(self.manifest.path, self.manifest.text())
            self.manifest.saved = dict(self.manifest.files)
        self.manifest.drop_journal()

    def release(self) -> None:
        """Leave the folder, at the end of a run or where it stopped: what the journal says was written is
        taken into the manifest first (a manifest that cannot be written now is brought up to date by the
        next run, from the journal), then the lock is given up."""
        if self._lock is None:
            return
        try:
            with contextlib.suppress(OutputError, OSError):
                if self.manifest.recover():
                    self._save()
        finally:
            self._unlock()

    def _unlock(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                (self.directory / LOCK).unlink(missing_ok=True)
            self._lock.close()
            self._lock = None


def _digest(content: Content) -> str | None:
    """The sha256 a file will have with ``content``: a text, a temporary file written beside it, or None (removed)."""
    if isinstance(content, Path):
        return file_digest(content)
    return None if content is None else text_digest(content)
