"""Where Shopkeeper keeps the owner's data on this computer.

The folder comes from platformdirs (per user, per OS) and can be overridden with the
``SHOPKEEPER_HOME`` environment variable (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Shopkeeper"
APP_AUTHOR = "Shopkeeper"
TOMBSTONE_SUFFIX = ".erasures.json"


def data_dir() -> Path:
    """Return the per-user data folder (created if missing)."""
    override = os.environ.get("SHOPKEEPER_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_shop_path() -> Path:
    """Return the path of the default shop database inside the data folder."""
    return data_dir() / "my-shop.shop.db"


def demo_shop_path() -> Path:
    """Return where the demo shop database is built inside the data folder."""
    return data_dir() / "demo-shop.shop.db"


def resources_dir() -> Path:
    """Return the bundled resources folder (works from source and from a PyInstaller build)."""
    import sys

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources"


def tombstone_path(db_path: str | Path) -> Path:
    """Return the file beside the shop that records erase requests (``<shop file>.erasures.json``,
    ``core.privacy``): where none is, no erase can be pending."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + TOMBSTONE_SUFFIX)
