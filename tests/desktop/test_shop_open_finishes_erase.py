"""Opening a shop in the app finishes an erase that was cut short (the tombstone is read on open)."""

from core.privacy import read_tombstones
from desktop.shop import Shop
from tests.core.privacy.test_erase import (  # noqa: F401 - shop is a fixture
    MARTA,
    OTHER,
    erase_killed_before_the_backups,
    holds,
    shop,
    shop_path,
)


def test_opening_the_shop_cleans_the_backups_an_interrupted_erase_left(shop, monkeypatch, qtbot):  # noqa: F811
    path = shop_path(shop)
    backups = erase_killed_before_the_backups(shop, monkeypatch, MARTA)
    shop.conn.close()
    assert all(holds(b, MARTA) for b in backups)
    opened = Shop(path)
    try:
        assert opened.erase_problems == []
        assert not holds(path, MARTA) and not any(holds(b, MARTA) for b in backups)
        assert holds(path, OTHER)
        assert all(r["finished_at"] for r in read_tombstones(path)["erasures"])
    finally:
        opened.db.conn.close()
