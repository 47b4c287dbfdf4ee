"""Writing user files all-or-nothing: a temporary file in the same folder, renamed into place when complete.

Every file Shopkeeper writes for the owner (reports, offer files, snippets, CSV/XLSX exports, rejected rows)
goes through ``atomic_write``. The new content is written to a hidden temporary file beside the target,
flushed and fsync'ed, and only then renamed over the target with ``os.replace`` (atomic on one file system).
A kill, a crash or a full disk part-way leaves the earlier file exactly as it was; the temporary file is
removed on any error (after a hard kill it may stay behind as ``.<name>.<random>.tmp``).

A write that fails because the disk is full, the folder is read-only or missing raises ``WriteFailed``
with one plain sentence.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from core.errors import ShopkeeperError
from core.messages import MessageTemplate

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}

DISK_FULL = MessageTemplate(
    "write.disk_full",
    "The disk is full, so {file} could not be written; any earlier {file} is unchanged. Free some space and try again.")
READ_ONLY_FOLDER = MessageTemplate(
    "write.read_only_folder",
    "{file} could not be written because the folder {folder} is read-only or you may not write there; choose "
    "another folder.")
NO_FOLDER = MessageTemplate("write.no_folder",
                            "{file} could not be written because the folder {folder} does not exist.")
FAILED = MessageTemplate("write.failed", "{file} could not be written ({reason}); any earlier {file} is unchanged.")


class WriteFailed(ShopkeeperError):
    """A file could not be written (disk full, read-only folder ...); any earlier file is unchanged."""

    code = "write_failed"


def write_failure(path: Path, exc: BaseException) -> WriteFailed:
    """Return the WriteFailed with a plain sentence for an OSError ``exc`` met while writing ``path``."""
    number = getattr(exc, "errno", None)
    if number in _FULL:
        message = DISK_FULL(file=path.name)
    elif number in _NO_PERMISSION:
        message = READ_ONLY_FOLDER(file=path.name, folder=str(path.parent))
    elif number == errno.ENOENT:
        message = NO_FOLDER(file=path.name, folder=str(path.parent))
    else:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        message = FAILED(file=path.name, reason=str(reason))
    return WriteFailed(message, path=str(path), errno=number)


def open_temp(folder: Path, name: str, binary: bool, encoding: str | None, newline: str | None) -> tuple[IO, Path]:
    """Return (an open temporary file in ``folder``, its path). Tests replace this to simulate a full disk."""
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        handle = os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": encoding,
                                                                                "newline": newline}))
    except BaseException:
        os.close(fd)
        os.unlink(temp)
        raise
    return handle, Path(temp)


class _Recording:
    """A thin proxy around the temporary file that remembers the first OSError a write met.

    Libraries that write to it (matplotlib's PDF backend, openpyxl, csv) may turn a failed write into an
    unrelated error while cleaning up (zlib's "Error -2 while flushing"); the recorded OSError lets
    ``atomic_write`` give the real reason.
    """

    def __init__(self, handle: IO):
        self._handle = handle
        self.error: OSError | None = None

    def write(self, data):
        try:
            return self._handle.write(data)
        except OSError as exc:
            self.error = self.error or exc
            raise

    def flush(self):
        try:
            return self._handle.flush()
        except OSError as exc:
            self.error = self.error or exc
            raise

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._handle.seekable()

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __iter__(self):
        return iter(self._handle)


@contextmanager
def atomic_write(path: str | Path, mode: str = "wb", encoding: str | None = "utf-8",
                 newline: str | None = None) -> Iterator[IO]:
    """Yield a file to write ``path``'s new content into; on success it replaces ``path`` in one step.

    ``mode`` is "wb" (bytes) or "w" (text, ``encoding``, ``newline``). The folder is created if missing.
    On any error (or a cancel) the temporary file is removed and an existing ``path`` is left untouched;
    an OSError (disk full, read-only folder) becomes ``WriteFailed`` with a plain sentence.
    """
    if mode not in ("w", "wb"):
        raise ValueError("atomic_write writes whole files: mode must be 'w' or 'wb'")
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = open_temp(path.parent, path.name, mode == "wb", encoding, newline)
    except OSError as exc:
        raise write_failure(path, exc) from exc
    recording = _Recording(handle)
    try:
        yield recording
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        if path.exists():
            try:  # keep the permissions of the file being replaced
                os.chmod(temp, path.stat().st_mode & 0o7777)
            except OSError:
                pass
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
        _sync_folder(path.parent)
    except BaseException as exc:
        try:
            handle.close()
        except OSError:
            pass
        try:
            os.unlink(temp)
        except OSError:
            pass
        cause = recording.error or (exc if isinstance(exc, OSError) else None)
        if cause is not None and not isinstance(exc, ShopkeeperError):
            raise write_failure(path, cause) from exc
        raise


def _sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself survives a power cut (POSIX only; a no-op elsewhere)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` all-or-nothing (see ``atomic_write``); returns the path."""
    with atomic_write(path, "w", encoding=encoding) as handle:
        handle.write(text)
    return Path(path)


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` all-or-nothing (see ``atomic_write``); returns the path."""
    with atomic_write(path, "wb") as handle:
        handle.write(data)
    return Path(path)
