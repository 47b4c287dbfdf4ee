"""Automatic backups of a shop database: before each import and each schema migration, keep the last N.

Backups are plain SQLite copies made with the sqlite3 backup API (consistent even while the shop is open,
WAL included) in a ``backups/`` folder next to the shop file, named
``<shop file name>.<UTC time>.<reason>.bak.db``. Only this shop's backups are listed, pruned and restored,
so several shops may share one folder.

Where the app calls this: ``core.importers.pipeline.import_file`` (before its write transaction) and
``core.store._migrate`` (before upgrading a database whose version is above 0 and below the current one).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from core.errors import ShopkeeperError

BACKUP_DIR_NAME = "backups"
DEFAULT_KEEP = 5
_REASON_CLEAN = re.compile(r"[^a-z0-9-]+")
_SUFFIX = ".bak.db"


class BackupError(ShopkeeperError):
    """A backup could not be made, found or restored."""

    code = "backup_failed"


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


def _db_file(db_or_path) -> Path | None:
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
    target = sqlite3.connect(str(temporary))
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    os.replace(temporary, target_path)


def make_backup(db_or_path, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path:
    """Copy the shop into its ``backups/`` folder now and prune to the newest ``keep``; returns the new file.

    Raises BackupError (plain sentence) when the folder cannot be written (read-only, disk full).
    """
    path = _db_file(db_or_path)
    if path is None:
        raise BackupError("An in-memory shop cannot be backed up.")
    if not path.exists():
        raise BackupError(f"There is no shop database at {path} to back up.")
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
        raise BackupError(f"{path.name} could not be backed up because it is not a readable database ({exc}).") \
            from exc
    except OSError as exc:
        raise BackupError(f"The backup of {path.name} could not be written to {folder} "
                          f"({exc.strerror or exc}); check that the folder is writable and the disk has room.") \
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
    path = _db_file(db_path)
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


def restore_backup(db_path: str | Path, name: str, keep: int = DEFAULT_KEEP) -> Path | None:
    """Replace the shop's contents with backup ``name`` (a file name from ``list_backups`` or a path).

    The current state is backed up first (reason "before-restore"), so a restore can itself be undone.
    Returns that safety backup (None when the shop had no data). Raises BackupError for an unknown or
    damaged backup, ShopBusyError when another window is writing to the shop.
    """
    from core.store import ShopBusyError

    path = Path(db_path)
    candidate = Path(name)
    if not candidate.is_absolute() and candidate.parent == Path("."):
        candidate = backup_dir(path) / name
    if not candidate.is_file():
        known = ", ".join(b.name for b in list_backups(path)[:5]) or "none"
        raise BackupError(f"There is no backup called {Path(name).name} (latest backups: {known}).")
    try:
        source = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            ok = source.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                raise BackupError(f"The backup {candidate.name} is damaged and cannot be restored.")
            tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "meta" not in tables:
                raise BackupError(f"{candidate.name} is not a Shopkeeper shop backup.")
            safety = backup_before(path, "before-restore", keep=keep + 1) if path.exists() else None
            target = sqlite3.connect(str(path), timeout=5)
            try:
                target.execute("PRAGMA journal_mode = WAL")
                source.backup(target)
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise ShopBusyError("This shop is being changed by another window or program; "
                                "close it and try the restore again.") from exc
        raise BackupError(f"The backup {candidate.name} could not be restored ({exc}).") from exc
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The backup {candidate.name} is damaged and cannot be restored.") from exc
    return safety
