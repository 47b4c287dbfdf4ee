"""Opening a shop database: the one place that owns connections, WAL mode and migrations.

A shop is one SQLite file. ``open_shop`` returns a ``sqlite_utils.Database``; use one per thread.
Writers take ``BEGIN IMMEDIATE`` through ``write_transaction`` so only one writes at a time.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from core.backup import backup_before
from core.errors import NotAShopError, ShopBusyError, ShopkeeperError  # ShopBusyError is re-exported
from core.messages import Message, MessageTemplate
from core.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000

NO_SHOP = MessageTemplate("store.no_shop", "There is no shop database at {path}.")
A_FOLDER = MessageTemplate("store.a_folder", "{path} is a folder, not a shop database.")
READ_ONLY = MessageTemplate(
    "store.read_only",
    "The shop file {file} is read-only or locked against changes, so Shopkeeper cannot save to it; nothing was "
    "changed. Copy it to a folder you can write to, or allow changes to it, and try again.")
CANNOT_OPEN = MessageTemplate(
    "store.cannot_open",
    "The shop file {path} cannot be opened or written: the folder may be missing, read-only or without permission.")
CANNOT_READ = MessageTemplate("store.cannot_read", "The shop file {path} cannot be read: {reason}.")
NOT_A_SHOP = MessageTemplate("store.not_a_shop", "{file} is not a Shopkeeper shop database.")
NOT_A_DATABASE = MessageTemplate(
    "store.not_a_database", "{file} is not a Shopkeeper shop database (it is not a database at all).")
OTHER_PROGRAM = MessageTemplate(
    "store.other_program",
    "{file} is a database, but not a Shopkeeper shop (it belongs to another program); it was not changed.")
DATABASE_NOT_A_SHOP = MessageTemplate("store.database_not_a_shop", "{file} is a database, but not a Shopkeeper shop.")
NEWER_SCHEMA = MessageTemplate(
    "store.newer_schema", "{file} was made by a newer Shopkeeper (schema {schema}); please update the app.")
MIGRATION_FAILED = MessageTemplate(
    "store.migration_failed", "{file} could not be upgraded to this version of Shopkeeper; it is unchanged.")
MIGRATION_FAILED_BACKED_UP = MessageTemplate(
    "store.migration_failed_backed_up",
    "{file} could not be upgraded to this version of Shopkeeper; it is unchanged and a backup was made first.")
BUSY = MessageTemplate(
    "store.busy", "This shop is being changed by another window or program; try again when it has finished.")
DISK_FULL = MessageTemplate(
    "store.disk_full",
    "The disk is full, so the shop could not be saved; nothing was changed. Free some space and try again.")


class MigrationFailed(ShopkeeperError):
    """Upgrading an older shop file failed; it was rolled back and is unchanged."""

    code = "migration_failed"


class ShopReadOnlyError(ShopkeeperError):
    """The shop file (or its folder) is read-only or locked against changes (immutable): it can be read only."""

    code = "shop_read_only"


def read_only_message(path: Path) -> Message:
    """Return the plain sentence (a keyed Message) for a shop that cannot be changed."""
    return READ_ONLY(file=path.name)


class DiskFullError(ShopkeeperError):
    """The shop could not grow because the disk (or its size limit) is full."""

    code = "disk_full"


def open_shop(path: str | Path, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create and upgrade) the shop database at ``path``; returns the Database.

    A missing path or an empty file becomes a new shop. Any other file must already be a Shopkeeper shop: a
    database of another program (a browser's History or Cookies, which also have a ``meta`` table) or any
    other file is refused with NotAShopError before anything is written to it.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise NotAShopError(NO_SHOP(path=str(path)))
    if path.exists() and path.is_dir():
        raise NotAShopError(A_FOLDER(path=str(path)))
    if path.exists():
        _check_is_shop(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlite3.OperationalError as exc:
        if path.exists() and path.stat().st_size and not os.access(path, os.W_OK):
            raise ShopReadOnlyError(read_only_message(path)) from exc
        if "unable to open" in str(exc) or "readonly" in str(exc) or "read-only" in str(exc):
            raise ShopkeeperError(CANNOT_OPEN(path=str(path))) from exc
        raise NotAShopError(NOT_A_SHOP(file=path.name)) from exc
    except sqlite3.DatabaseError as exc:
        raise NotAShopError(NOT_A_SHOP(file=path.name)) from exc
    conn.execute("PRAGMA synchronous = NORMAL")
    db = sqlite_utils.Database(conn)
    _migrate(db, path)
    return db


_SQLITE_HEADER = b"SQLite format 3\x00"


def _check_is_shop(path: Path) -> None:
    """Raise NotAShopError unless ``path`` is empty, an empty SQLite database or a Shopkeeper shop.

    Reads only: the file is opened read-only (``mode=ro``), so a foreign database is never touched.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise ShopkeeperError(CANNOT_READ(path=str(path), reason=str(exc.strerror or exc))) from exc
    if not head:
        return  # a new empty file: it becomes a shop
    if head != _SQLITE_HEADER:
        raise NotAShopError(NOT_A_DATABASE(file=path.name))
    try:
        probe = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise NotAShopError(NOT_A_SHOP(file=path.name)) from exc
    try:
        tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return  # an empty database: it becomes a shop
        version = None
        if "meta" in tables:
            try:
                row = probe.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                version = row[0] if row else None
            except sqlite3.DatabaseError:
                version = None
        if version is None or not str(version).strip().isdigit():
            raise NotAShopError(OTHER_PROGRAM(file=path.name))
    except sqlite3.DatabaseError as exc:
        raise NotAShopError(NOT_A_SHOP(file=path.name)) from exc
    finally:
        probe.close()


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
        raise NotAShopError(DATABASE_NOT_A_SHOP(file=path.name))
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise NotAShopError(NEWER_SCHEMA(file=path.name, schema=str(current)))
    if current == SCHEMA_VERSION:
        return
    if current > 0:
        backup_before(db, "migration")
    try:
        with write_transaction(db):
            for script in MIGRATIONS[current:]:
                for statement in _split_sql(script):
                    db.conn.execute(statement)
            db.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                            (str(SCHEMA_VERSION),))
    except sqlite3.DatabaseError as exc:  # rolled back whole: the file is as it was
        raise MigrationFailed((MIGRATION_FAILED_BACKED_UP if current > 0 else MIGRATION_FAILED)(file=path.name)) \
            from exc


def _split_sql(script: str) -> list[str]:
    """Return the statements of ``script`` one by one (a trigger's body keeps its inner semicolons)."""
    # executescript() would COMMIT our open transaction; run statements one by one instead.
    statements, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip().rstrip(";").strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip().rstrip(";").strip())
    return statements


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """Run the block as one all-or-nothing write (BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error)."""
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise ShopBusyError(BUSY()) from exc
        if "readonly" in str(exc):
            raise ShopReadOnlyError(read_only_message(_db_path(db))) from exc
        raise
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        # SQLite may already have rolled back by itself (disk full, I/O error).
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
            raise ShopReadOnlyError(read_only_message(_db_path(db))) from exc
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
            raise DiskFullError(DISK_FULL()) from exc
        raise


def _db_path(db: sqlite_utils.Database) -> Path:
    """Return the file of ``db``'s main database (``:memory:`` for an in-memory shop)."""
    try:
        for _seq, name, file in db.conn.execute("PRAGMA database_list"):
            if name == "main":
                return Path(file or ":memory:")
    except sqlite3.Error:
        pass
    return Path(":memory:")


def get_setting(db: sqlite_utils.Database, key: str, default=None):
    """Return the JSON-decoded shop setting ``key``, or ``default`` when unset."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(db: sqlite_utils.Database, key: str, value) -> None:
    """Store a JSON-encodable shop setting (pins, bans, thresholds ...); returns None."""
    with write_transaction(db) as conn:
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, json.dumps(value)))
