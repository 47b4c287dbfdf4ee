"""The shop's loaded tables, and the customer overview, shared by every worker of the process until the shop's
data changes (issue 20).

A screen runs several pieces of work at once, each on its own connection, and most start by loading the same
orders and lines (a second each on a 100,000-customer shop). Here the first load of a table is kept and the others
get it: each caller receives its own shallow copy (pandas' copy-on-write keeps one caller's changes from reaching
another), and two callers asking at the same time share one load.

The frames stay valid while nothing is committed to the shop: a connection of its own watches the file with
``PRAGMA data_version`` (which changes whenever any other connection or process commits), and the file itself is
checked to be the same one (a restored or replaced file is another shop). A connection inside a transaction of its
own, or a shop without a file (``:memory:``), loads for itself. Only the most recently used shop is kept.

The customer overview (``shared_result``: a model fit of a second or two on a large shop) is kept the same way, so
the dashboard, the Customers screen and the offers work it out once between them.

A load may use other shared frames (``load_orders`` uses the orders table and the line columns) as long as those
use none themselves: each key's lock is held only while its own frame loads, so the locks never wait in a circle.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import threading
from collections import OrderedDict
from typing import Callable

import pandas as pd

MAX_FRAMES = 12
"""Frames and results kept per shop (the most recently used): orders, lines and customers under their usual
options, and the customer overview."""

_LOCK = threading.Lock()


class _Shop:
    """The frames of one shop file and the connection that tells when they went stale."""

    def __init__(self, path: str, identity: tuple[int, int]):
        self.path, self.identity = path, identity
        self.watch = sqlite3.connect(path, check_same_thread=False)
        self.version = self._data_version()
        self.frames: OrderedDict = OrderedDict()
        self.loading: dict[object, threading.Lock] = {}

    def _data_version(self) -> int:
        return int(self.watch.execute("PRAGMA data_version").fetchone()[0])

    def refresh(self) -> None:
        """Drop every frame when the shop changed since the last look (call under ``_LOCK``)."""
        version = self._data_version()
        if version != self.version:
            self.version = version
            self.frames.clear()

    def close(self) -> None:
        self.frames.clear()
        self.watch.close()


_current: _Shop | None = None


def _file_of(conn: sqlite3.Connection) -> str:
    """Return the path of the connection's main database file ('' for an in-memory or temporary one)."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return file or ""
    return ""


def _identity(path: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _shop_for(path: str) -> _Shop | None:
    """Return the up-to-date cache entry of the shop file ``path`` (call under ``_LOCK``), None when unusable."""
    global _current
    identity = _identity(path)
    if identity is None:
        return None
    if _current is not None and (_current.path != path or _current.identity != identity):
        _current.close()
        _current = None
    if _current is None:
        try:
            _current = _Shop(path, identity)
        except sqlite3.Error:
            return None
    _current.refresh()
    return _current


def _watched(db) -> _Shop | None:
    """Return the up-to-date cache entry of the shop ``db`` (call under ``_LOCK``); None for a connection inside
    its own transaction, a shop without a file (``:memory:``) or one that cannot be watched."""
    conn = db.conn
    path = "" if conn.in_transaction else _file_of(conn)
    return _shop_for(path) if path else None


def shared_frame(db, key, build: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """Return ``build()`` for the shop ``db`` (a sqlite_utils Database), loaded once per shop state under
    ``key`` (hashable: the loader's name and options) and handed out as a shallow copy."""
    return _shared(db, key, build, lambda frame: frame.copy(deep=False))


def shared_result(db, key, build: Callable[[], object]):
    """Return ``build()`` for the shop ``db``, worked out once per shop state under ``key`` and handed out as
    ``handed_out`` copies it: for an analysis several screens show (the customer overview), so the second screen
    does not fit the same models again."""
    return _shared(db, ("result", key), build, handed_out)


def ready_result(db, key):
    """Return what ``shared_result`` keeps for the shop ``db`` under ``key`` for its current state (a
    ``handed_out`` copy), or None when nothing is kept yet; works nothing out."""
    with _LOCK:
        shop = _watched(db)
        value = None if shop is None else shop.frames.get(("result", key))
    return None if value is None else handed_out(value)


def loaded_frames(db, prefix: tuple) -> tuple[tuple | None, list[pd.DataFrame]]:
    """Return (a token for the shop's current state as ``state_of``'s, shallow copies of the frames kept for that
    state under a key beginning with ``prefix``); loads nothing. With ``still_current(token)`` a caller can build
    on them and check afterwards that its own reads saw the same state."""
    with _LOCK:
        shop = _watched(db)
        if shop is None:
            return None, []
        frames = [frame for key, frame in shop.frames.items()
                  if isinstance(key, tuple) and key[:len(prefix)] == prefix and isinstance(frame, pd.DataFrame)]
        return (shop, shop.version), [frame.copy(deep=False) for frame in frames]


def still_current(token: tuple | None) -> bool:
    """Return True when nothing was committed to the shop of ``token`` (from ``state_of`` or ``loaded_frames``)
    since the token was taken."""
    if token is None:
        return False
    shop, version = token
    with _LOCK:
        return _current is shop and shop._data_version() == version == shop.version


def handed_out(value):
    """Return a copy of a kept result that its receiver may change freely: frames and series copied shallowly
    (pandas' copy-on-write keeps changes apart), dicts and lists copied, dataclasses rebuilt around copies of
    their fields; anything else (numbers, texts, Messages, timestamps) as it is."""
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value.copy(deep=False)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{field.name: handed_out(getattr(value, field.name))
                                             for field in dataclasses.fields(value) if field.init})
    if isinstance(value, dict):
        return {name: handed_out(item) for name, item in value.items()}
    if isinstance(value, list):
        return [handed_out(item) for item in value]
    return value


def _shared(db, key, build: Callable[[], object], hand_out: Callable[[object], object]):
    with _LOCK:
        shop = _watched(db)
        loading = None if shop is None else shop.loading.setdefault(key, threading.Lock())
    if loading is None:
        return build()
    with loading:  # a second caller waits for the first one's load instead of loading again
        with _LOCK:
            if _current is not shop:  # another shop was opened meanwhile: this one is no longer kept
                version = None
            else:
                shop.refresh()
                frame = shop.frames.get(key)
                if frame is not None:
                    shop.frames.move_to_end(key)
                    return hand_out(frame)
                version = shop.version
        frame = build()  # loaded after the version was read: at least as new as that version
        with _LOCK:
            if version is not None and _current is shop and shop.version == version:
                shop.frames[key] = frame
                while len(shop.frames) > MAX_FRAMES:
                    shop.frames.popitem(last=False)
    return hand_out(frame)


def state_of(db) -> tuple | None:
    """Return a token for the shop's current state (None for a shop whose frames are not kept): reads made after
    it see that state as long as nothing is committed (``write_unchanged`` checks that under the write lock)."""
    with _LOCK:
        shop = _watched(db)
        return None if shop is None else (shop, shop.version)


def write_unchanged(token: tuple | None, write: Callable[[sqlite3.Connection], bool]) -> bool:
    """Run ``write(connection)`` in a write transaction of the connection that watches the shop of ``token``
    (from ``state_of``), when nothing was committed to it since the token was taken and it can be written without
    waiting; commit when ``write`` returns True. Returns whether it was committed. For writes that change nothing
    a kept frame is made of (a kept result, ``core.result_copy``): the watching connection's own commit leaves
    them current."""
    if token is None:
        return False
    shop, version = token
    with _LOCK:
        if _current is not shop:
            return False
        conn = shop.watch
        timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        try:
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:  # another connection is writing, or the file is read-only
            return False
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        try:
            # read while this connection holds the write lock: nobody can commit between the check and the write
            if shop._data_version() == version == shop.version and write(conn):
                conn.execute("COMMIT")
                return True
            conn.execute("ROLLBACK")
        except sqlite3.Error:  # the disk is full …: nothing written
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        return False


def forget_shops() -> None:
    """Drop every kept frame and close the watching connection (e.g. before a shop file is deleted)."""
    global _current
    with _LOCK:
        if _current is not None:
            _current.close()
            _current = None
