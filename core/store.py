"""Opening a shop database: the one place that owns connections, WAL mode and migrations.

A shop is one SQLite file. ``open_shop`` returns a ``sqlite_utils.Database``; use one per thread.
Writers take ``BEGIN IMMEDIATE`` through ``write_transaction`` so only one writes at a time.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from core.errors import NotAShopError, ShopkeeperError
from core.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000


class ShopBusyError(ShopkeeperError):
    """Another program (or another Shopkeeper window) is writing to this shop right now."""

    code = "shop_busy"


class MigrationFailed(ShopkeeperError):
    """Upgrading an older shop file failed; it was rolled back and is unchanged."""

    code = "migration_failed"


class DiskFullError(ShopkeeperError):
    """The shop could not grow because the disk (or its size limit) is full."""

    code = "disk_full"


def open_shop(path: str | Path, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create and upgrade) the shop database at ``path``; returns the Database."""
    path = Path(path)
    if not path.exists() and not create:
        raise NotAShopError(f"There is no shop database at {path}.")
    if path.exists() and path.is_dir():
        raise NotAShopError(f"{path} is a folder, not a shop database.")
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlite3.OperationalError as exc:
        if "unable to open" in str(exc) or "readonly" in str(exc) or "read-only" in str(exc):
            raise ShopkeeperError(f"The shop file {path} cannot be opened or written: the folder may be missing, "
                                  "read-only or without permission.") from exc
        raise NotAShopError(f"{path.name} is not a Shopkeeper shop database.") from exc
    except sqlite3.DatabaseError as exc:
        raise NotAShopError(f"{path.name} is not a Shopkeeper shop database.") from exc
    conn.execute("PRAGMA synchronous = NORMAL")
    db = sqlite_utils.Database(conn)
    _migrate(db, path)
    return db


def open_memory_shop() -> sqlite_utils.Database:
    """Return a fresh in-memory shop (for tests and throwaway analysis)."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    _migrate(db, Path(":memory:"))
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    """Return the schema version recorded in the database (0 for an empty file)."""
    if "meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _migrate(db: sqlite_utils.Database, path: Path) -> None:
    tables = set(db.table_names())
    if tables and "meta" not in tables:
        raise NotAShopError(f"{path.name} is a database, but not a Shopkeeper shop.")
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise NotAShopError(
            f"{path.name} was made by a newer Shopkeeper (schema {current}); please update the app.")
    if current == SCHEMA_VERSION:
        return
    if current > 0:
        from core.backup import backup_before  # core.backup imports this module
        backup_before(db, "migration")
    try:
        with write_transaction(db):
            for script in MIGRATIONS[current:]:
                for statement in _split_sql(script):
                    db.conn.execute(statement)
            db.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                            (str(SCHEMA_VERSION),))
    except sqlite3.DatabaseError as exc:  # rolled back whole: the file is as it was
        raise MigrationFailed(
            f"{path.name} could not be upgraded to this version of Shopkeeper; it is unchanged"
            + (" and a backup was made first." if current > 0 else ".")) from exc


def _split_sql(script: str) -> list[str]:
    # executescript() would COMMIT our open transaction; run statements one by one instead.
    return [s.strip() for s in script.split(";") if s.strip()]


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """Run the block as one all-or-nothing write (BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error)."""
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise ShopBusyError(
                "This shop is being changed by another window or program; try again when it has finished.") from exc
        raise
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        # SQLite may already have rolled back by itself (disk full, I/O error).
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
            raise DiskFullError("The disk is full, so the shop could not be saved; nothing was changed. "
                                "Free some space and try again.") from exc
        raise


def get_setting(db: sqlite_utils.Database, key: str, default=None):
    """Return the JSON-decoded shop setting ``key``, or ``default`` when unset."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(db: sqlite_utils.Database, key: str, value) -> None:
    """Store a JSON-encodable shop setting (pins, bans, thresholds ...); returns None."""
    with write_transaction(db) as conn:
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, json.dumps(value)))
