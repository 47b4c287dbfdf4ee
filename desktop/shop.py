"""The open shop as the GUI sees it: its path, a GUI-thread connection, and a 'data changed' signal."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from core.load_cache import forget_shops
from core.privacy import finish_pending_erasures
from core.store import open_shop
from desktop.workers import Task, start_task, with_progress


class Shop(QObject):
    """One open shop database. Views read through ``db``; work runs off the GUI thread with ``run()``.

    ``cache`` holds this shop's analysis results that several windows share (e.g. ``"overview"``, the last
    customer overview, so a profile window need not refit the model); it is emptied on ``sig_changed``.
    """

    sig_changed = Signal()

    def __init__(self, path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.db = open_shop(self.path)
        # An erase cut short (app killed, disk full) is finished before anything reads the shop; a no-op (one
        # file check) when none is pending. Problems it could not solve are kept for the window to show.
        self.erase_problems: list[str] = finish_pending_erasures(self.path, self.db)["problems"]
        self.cache: dict[str, object] = {}
        self.sig_changed.connect(self.cache.clear)  # connected first: views that reload see an empty cache

    def open_db(self) -> sqlite_utils.Database:
        """Return a new connection to this shop (one per thread)."""
        return open_shop(self.path)

    def run(self, fn, *args, background: bool = False, **kwargs) -> Task:
        """Run ``fn(db, *args, **kwargs)`` on the thread pool with a connection of its own; returns the Task.

        ``background`` work waits behind the work of the shown screen (``desktop.workers.start_task``).

        ``db`` is opened in the worker and closed when ``fn`` returns. If ``fn`` accepts ``progress`` /
        ``cancelled`` keyword arguments they come from the Task (``sig_progress``, ``task.cancel()``), as with
        ``desktop.workers.start_task``.
        """
        path = self.path

        def in_shop(progress=None, cancelled=None, deliver=None):
            db = open_shop(path)
            try:
                return fn(db, *args, **with_progress(fn, kwargs, progress, cancelled, deliver))
            finally:
                db.conn.close()

        return start_task(in_shop, background=background)

    def is_empty(self) -> bool:
        """Return True when no orders have been imported yet."""
        return self.db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 0

    def close(self) -> None:
        """Close the GUI-thread connection and drop the loaded tables kept for the workers (their watching
        connection would keep the file open: Windows could not then delete or move it); returns None."""
        self.db.conn.close()
        forget_shops()
