"""Opening a shop in the app finishes an erase that was cut short (the tombstone is read on open)."""

import pytest

from core import privacy
from core.backup import make_backup
from core.privacy import erase_customer, read_tombstones
from desktop.shop import Shop
from tests.core.privacy.test_erase import MARTA, OTHER, holds, shop, shop_path  # noqa: F401 - fixture


def test_opening_the_shop_cleans_the_backups_an_interrupted_erase_left(shop, monkeypatch, qtbot):  # noqa: F811
    path = shop_path(shop)
    backups = [make_backup(shop, "manual"), make_backup(shop, "import")]

    class Killed(BaseException):
        pass

    def killed(*args, **kwargs):
        raise Killed()

    monkeypatch.setattr(privacy, "_clean_backups", killed)
    with pytest.raises(Killed):
        erase_customer(shop, email=MARTA)
    monkeypatch.undo()
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
