"""The bundled demo shop: built once from resources/demo into the per-user data folder."""

from __future__ import annotations

from pathlib import Path

from core.importers.pipeline import import_file
from core.locations import demo_shop_path, resources_dir
from core.store import open_shop


def demo_source() -> Path:
    """Return the path of the bundled demo export file."""
    return resources_dir() / "demo" / "demo_shop.csv.gz"


def ensure_demo_shop(progress=None) -> Path:
    """Return the demo shop's database path, importing the bundled file the first time."""
    path = demo_shop_path()
    db = open_shop(path)
    try:
        if db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 0:
            import_file(db, demo_source(), **({"progress": progress} if progress else {}))
    finally:
        db.conn.close()
    return path
