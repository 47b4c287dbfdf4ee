"""Closing a shop drops the loaded tables kept for its workers and their watching connection to the file."""

from __future__ import annotations

from core import load_cache
from core.data import load_orders
from desktop.shop import Shop


def test_close_forgets_the_kept_tables(demo_db_path):
    shop = Shop(demo_db_path)
    load_orders(shop.open_db())  # a worker's load: kept for the next one
    assert load_cache._current is not None and load_cache._current.frames
    shop.close()
    assert load_cache._current is None
