"""Automatic backups of a shop database: before each import and each schema migration, keep the last N.

Backups are plain SQLite copies made with the sqlite3 backup API (consistent even while the shop is open,
WAL included) in a ``backups/`` folder next to the shop file, named
``<shop file name>.<UTC time>.<reason>.bak.db``. Only this shop's backups are listed, pruned and restored,
so several shops may share one folder.

Where the app calls this: ``core.importers.pipeline.import_file`` (before its write transaction) and
``core.store._migrate`` (before upgrading a database whose version is above 0 and below the current one).
"""

from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from core.errors import ShopBusyError, ShopkeeperError
from core.messages import MessageTemplate

BACKUP_DIR_NAME = "backups"
DEFAULT_KEEP = 5
_REASON_CLEAN = re.compile(r"[^a-z0-9-]+")
_SUFFIX = ".bak.db"

IN_MEMORY = MessageTemplate("backup.in_memory", "An in-memory shop cannot be backed up.")
NO_SHOP = MessageTemplate("backup.no_shop", "There is no shop database at {path} to back up.")
DISK_FULL = MessageTemplate(
    "backup.disk_full",
    "The backup of {file} was not made because the disk is full; free some space on the disk that holds {folder} "
    "and try again.")
FOLDER_NOT_WRITABLE = MessageTemplate(
    "backup.folder_not_writable",
    "The backup of {file} was not made because {folder} cannot be written (read-only or without permission); "
    "choose a shop folder you can write to.")
NOT_READABLE = MessageTemplate(
    "backup.not_readable", "{file} could not be backed up because it is not a readable database.")
WRITE_FAILED = MessageTemplate(
    "backup.write_failed",
    "The backup of {file} could not be written to {folder} ({reason}); check that the folder is writable and the "
    "disk has room.")
CANNOT_READ = MessageTemplate("backup.cannot_read", "{file} cannot be read ({reason}), so it cannot be restored.")
DAMAGED_NOT_A_DATABASE = MessageTemplate(
    "backup.damaged_not_a_database",
    "The backup {file} is damaged (it is no longer a database file) and cannot be restored.")
NOT_A_DATABASE = MessageTemplate(
    "backup.not_a_database",
    "{file} is not a Shopkeeper backup (it is not a database file), so nothing was restored.")
DAMAGED = MessageTemplate("backup.damaged", "The backup {file} is damaged and cannot be restored.")
OTHER_PROGRAM = MessageTemplate(
    "backup.other_program",
    "{file} is a database of another program, not a Shopkeeper backup, so nothing was restored.")
NEWER_SCHEMA = MessageTemplate(
    "backup.newer_schema",
    "The backup {file} was made by a newer Shopkeeper (schema {schema}, this one reads up to {supported}); update "
    "the app to restore it.")
NO_SUCH_BACKUP = MessageTemplate("backup.no_such_backup",
                                 "There is no backup called {name} (latest backups: {latest}).")
NO_SUCH_BACKUP_NONE = MessageTemplate(
    "backup.no_such_backup_none", "There is no backup called {name} (latest backups: none).")
RESTORE_BUSY = MessageTemplate(
    "backup.restore_busy",
    "This shop is being changed by another window or program; close it and try the restore again.")
RESTORE_DISK_FULL = MessageTemplate(
    "backup.restore_disk_full",
    "The backup was not restored because the disk is full; the shop is as it was. Free some space and try again.")
RESTORE_FAILED = MessageTemplate("backup.restore_failed", "The backup {file} could not be restored ({reason}).")
RESTORE_FAILED_OS = MessageTemplate("backup.restore_failed_os", "The backup {file} could not be restored: {reason}.")


class BackupError(ShopkeeperError):
    """A backup could not be made, found or restored."""

    code = "backup_failed"


class BackupDiskFull(BackupError):
    """The disk had no room for the backup."""

    code = "backup_disk_full"


class NotABackup(BackupError):
    """The file chosen for a restore is not a Shopkeeper backup this version can open."""

    code = "not_a_backup"


@dataclass
class BackupInfo:
    """One backup file of a shop."""

    name: str
    path: Path
    created_at: str  # UTC ISO, from the file name
    reason: str
    size_bytes: int

    def to_dict(self) -> dict:
        """Return the backup as a JSON-ready dict."""
        return {"name": self.name, "path": str(self.path), "created_at": self.created_at, "reason": self.reason,
                "size_bytes": self.size_bytes}


def database_file(db_or_path) -> Path | None:
    """Return the main database file of a path, Database or connection; None for in-memory shops."""
    if isinstance(db_or_path, (str, Path)):
        text = str(db_or_path)
        return None if text in ("", ":memory:") else Path(text)
    conn = db_or_path.conn if isinstance(db_or_path, sqlite_utils.Database) else db_or_path
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


def backup_dir(db_path: str | Path) -> Path:
    """Return the ``backups/`` folder next to the shop file (not created)."""
    return Path(db_path).resolve().parent / BACKUP_DIR_NAME


def _has_data(conn: sqlite3.Connection) -> bool:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in ("orders", "customers", "products"):
        if table in tables and conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            return True
    # A database that is not (yet) a shop but has tables: keep a copy before touching it.
    return bool(tables) and "meta" not in tables


def _copy(source: sqlite3.Connection, target_path: Path) -> None:
    temporary = target_path.with_name(target_path.name + ".part")
    if temporary.exists():
        temporary.unlink()
    try:
        target = sqlite3.connect(str(temporary))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        os.replace(temporary, target_path)
    except BaseException:
        # a half-written copy holds customer data and cannot be restored: never leave it behind
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            try:
                leftover.unlink()
            except OSError:
                pass
        raise


def make_backup(db_or_path, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path:
    """Copy the shop into its ``backups/`` folder now and prune to the newest ``keep``; returns the new file.

    Raises BackupError (plain sentence) when the folder cannot be written (read-only, disk full).
    """
    path = database_file(db_or_path)
    if path is None:
        raise BackupError(IN_MEMORY())
    if not path.exists():
        raise BackupError(NO_SHOP(path=str(path)))
    folder = backup_dir(path)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    clean = _REASON_CLEAN.sub("-", reason.lower()).strip("-") or "manual"
    target = folder / f"{path.name}.{stamp}.{clean}{_SUFFIX}"
    owns = isinstance(db_or_path, (str, Path))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if owns:
            source = sqlite3.connect(str(path), timeout=5)
        else:
            source = db_or_path.conn if isinstance(db_or_path, sqlite_utils.Database) else db_or_path
        try:
            _copy(source, target)
        finally:
            if owns:
                source.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "full" in text:
            raise BackupDiskFull(DISK_FULL(file=path.name, folder=str(folder))) from exc
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            raise BackupError(FOLDER_NOT_WRITABLE(file=path.name, folder=str(folder))) from exc
        raise BackupError(NOT_READABLE(file=path.name)) from exc
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise BackupDiskFull(DISK_FULL(file=path.name, folder=str(folder))) from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise BackupError(FOLDER_NOT_WRITABLE(file=path.name, folder=str(folder))) from exc
        raise BackupError(WRITE_FAILED(file=path.name, folder=str(folder), reason=str(exc.strerror or exc))) \
            from exc
    prune_backups(path, keep)
    return target


def backup_before(db_path, reason: str, keep: int = DEFAULT_KEEP) -> Path | None:
    """Back up the shop before a risky change (``reason``: "import", "migration", "restore", "erase").

    ``db_path`` may be a path, a ``sqlite_utils.Database`` or a sqlite3 connection. Returns the backup file,
    or None when there is nothing worth keeping (in-memory shop, missing file, shop without data yet).
    Call it outside any open write transaction. Raises BackupError when the backup cannot be written,
    so the risky change does not start without its safety copy.
    """
    path = database_file(db_path)
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    if isinstance(db_path, (str, Path)):
        try:
            probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
            try:
                worth = _has_data(probe)
            finally:
                probe.close()
        except sqlite3.DatabaseError:
            return None  # not a database at all: opening it will fail with a plain message anyway
    else:
        conn = db_path.conn if isinstance(db_path, sqlite_utils.Database) else db_path
        worth = _has_data(conn)
    if not worth:
        return None
    return make_backup(db_path, reason, keep)


_NAME = re.compile(r"^(?P<shop>.+)\.(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z0-9-]+)\.bak\.db$")


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """Return this shop's backups, newest first."""
    path = Path(db_path)
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    found = []
    for file in folder.iterdir():
        match = _NAME.match(file.name)
        if not match or match["shop"] != path.name:
            continue
        stamp = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ")
        found.append(BackupInfo(file.name, file, stamp.strftime("%Y-%m-%dT%H:%M:%SZ"), match["reason"],
                                file.stat().st_size))
    found.sort(key=lambda b: b.name, reverse=True)
    return found


def prune_backups(db_path: str | Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of this shop (and copies left half-written by a crash);
    returns the deleted files."""
    deleted = []
    folder = backup_dir(db_path)
    if folder.is_dir():
        for stale in folder.glob(f"{Path(db_path).name}.*{_SUFFIX}.part"):
            try:
                if time.time() - stale.stat().st_mtime < 600:
                    continue  # another window may be writing it right now
                stale.unlink()
                deleted.append(stale)
            except OSError:
                pass
    for old in list_backups(db_path)[max(0, keep):]:
        try:
            old.path.unlink()
            deleted.append(old.path)
        except OSError:
            pass
    return deleted


SQLITE_HEADER = b"SQLite format 3\x00"
SHOP_TABLES = ("meta", "customers", "orders", "order_lines", "products", "settings")


def check_backup(candidate: Path) -> int:
    """Return the schema version of a Shopkeeper backup this version can restore; raises NotABackup (a plain
    sentence) for a file that is not SQLite, another program's database, a damaged copy or a newer schema.
    Reads only."""
    from core.schema import SCHEMA_VERSION  # core.schema is plain data; imported here like core.store below

    try:
        with open(candidate, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotABackup(CANNOT_READ(file=candidate.name, reason=str(exc.strerror or exc))) from exc
    if header != SQLITE_HEADER:
        if _NAME.match(candidate.name):  # named like one of our backups: it was damaged after it was made
            raise NotABackup(DAMAGED_NOT_A_DATABASE(file=candidate.name))
        raise NotABackup(NOT_A_DATABASE(file=candidate.name))
    try:
        source = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise NotABackup(DAMAGED(file=candidate.name))
            tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in SHOP_TABLES if t not in tables]
            if missing:
                raise NotABackup(OTHER_PROGRAM(file=candidate.name))
            row = source.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        raise NotABackup(DAMAGED(file=candidate.name)) from exc
    try:
        version = int(row[0]) if row else 0
    except (TypeError, ValueError):
        version = 0
    if version < 1:
        raise NotABackup(OTHER_PROGRAM(file=candidate.name))
    if version > SCHEMA_VERSION:
        raise NotABackup(NEWER_SCHEMA(file=candidate.name, schema=str(version), supported=str(SCHEMA_VERSION)))
    return version


def restore_backup(db_path: str | Path, name: str, keep: int = DEFAULT_KEEP) -> Path | None:
    """Replace the shop's contents with backup ``name`` (a file name from ``list_backups`` or a path).

    The backup is checked first (``check_backup``: nothing is written for a file that is not a Shopkeeper
    backup of a schema this version opens). The current state is backed up (reason "before-restore"), so a
    restore can itself be undone. The backup is copied aside, every erase recorded for this shop is applied
    to the copy (``core.privacy.apply_erasures``: a restore never brings an erased customer back) and the
    shop's pseudonym salt is kept; only then does the copy replace the shop's contents. Returns the safety
    backup (None when the shop had no data). Raises BackupError for an unknown or unusable backup,
    ShopBusyError when another window is writing to the shop.
    """
    from core.privacy import RESTORE_TEMP_SUFFIX, SALT_SETTING, apply_erasures  # core.privacy imports this module

    path = Path(db_path)
    candidate = Path(name)
    if not candidate.is_absolute() and candidate.parent == Path("."):
        candidate = backup_dir(path) / name
    if not candidate.is_file():
        known = ", ".join(b.name for b in list_backups(path)[:5])
        raise BackupError(NO_SUCH_BACKUP(name=Path(name).name, latest=known) if known
                          else NO_SUCH_BACKUP_NONE(name=Path(name).name))
    check_backup(candidate)
    salt = _current_salt(path, SALT_SETTING)
    temporary = backup_dir(path) / (path.name + RESTORE_TEMP_SUFFIX)
    try:
        safety = backup_before(path, "before-restore", keep=keep + 1) if path.exists() else None
        if temporary.exists():
            temporary.unlink()
        source = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        copy = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            if apply_erasures(copy, path, salt):
                copy.execute("PRAGMA secure_delete = ON")
                copy.execute("VACUUM")
            if salt:
                copy.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                             (SALT_SETTING, json.dumps(salt)))
        finally:
            source.close()
            copy.close()
        copy = sqlite3.connect(f"file:{temporary}?mode=ro", uri=True)
        target = sqlite3.connect(str(path), timeout=5)
        try:
            target.execute("PRAGMA journal_mode = WAL")
            copy.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
            copy.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise ShopBusyError(RESTORE_BUSY()) from exc
        if "full" in str(exc):
            raise BackupDiskFull(RESTORE_DISK_FULL()) from exc
        raise BackupError(RESTORE_FAILED(file=candidate.name, reason=str(exc))) from exc
    except sqlite3.DatabaseError as exc:
        raise BackupError(DAMAGED(file=candidate.name)) from exc
    except OSError as exc:
        raise BackupError(RESTORE_FAILED_OS(file=candidate.name, reason=str(exc.strerror or exc))) from exc
    finally:
        for leftover in (temporary, Path(str(temporary) + "-journal")):
            try:
                leftover.unlink()
            except OSError:
                pass
    return safety


def _current_salt(path: Path, key: str) -> str | None:
    """Return the shop's pseudonym salt (None when the shop has none yet or does not exist)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return json.loads(row[0]) if row else None
