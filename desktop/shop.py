"""The open shop as the GUI sees it: its path, a GUI-thread connection, and a 'data changed' signal."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from core.store import open_shop
from core.summary import shop_summary


class Shop(QObject):
    """One open shop database. Views read through ``db``; workers open their own with ``open_db()``."""

    sig_changed = Signal()

    def __init__(self, path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.db = open_shop(self.path)

    def open_db(self) -> sqlite_utils.Database:
        """Return a new connection to this shop (one per thread)."""
        return open_shop(self.path)

    def summary(self) -> dict:
        """Return the core headline summary of this shop."""
        return shop_summary(self.db)

    def is_empty(self) -> bool:
        """Return True when no orders have been imported yet."""
        return self.db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 0

    def close(self) -> None:
        """Close the GUI-thread connection; returns None."""
        self.db.conn.close()
