"""Faults around the shop file: another window writing, a full disk, a folder that cannot be written.

Each ends in one plain sentence (a ShopkeeperError) and nothing already in the shop is lost.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from core.errors import ShopkeeperError
from core.importers.pipeline import import_file
from core.privacy import erase_customer
from core.store import ShopBusyError, open_shop

MORE_CSV = """Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country
2001,A1,RED MUG,1,2024-05-05 10:00:00,3.50,300.0,Spain
2002,B2,BLUE MUG,2,2024-05-06 10:00:00,4.25,301.0,Spain
"""


@pytest.fixture
def shop_path(tmp_path, tiny_shop_csv) -> Path:
    path = tmp_path / "locked.shop.db"
    db = open_shop(path)
    import_file(db, tiny_shop_csv)
    db.conn.close()
    return path


@pytest.fixture
def more_csv(tmp_path) -> Path:
    path = tmp_path / "more.csv"
    path.write_text(MORE_CSV, encoding="utf-8")
    return path


def orders(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
    finally:
        conn.close()


def test_second_window_is_told_the_shop_is_busy_and_nothing_is_lost(shop_path, more_csv):
    before = orders(shop_path)
    other_window = sqlite3.connect(str(shop_path), isolation_level=None)
    other_window.execute("BEGIN IMMEDIATE")
    other_window.execute("INSERT INTO settings(key, value) VALUES ('written.by', '\"the other window\"')")
    db = open_shop(shop_path)  # reading is fine while the other window writes
    assert db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == before
    started = time.monotonic()
    with pytest.raises(ShopBusyError) as info:
        import_file(db, more_csv)
    waited = time.monotonic() - started
    message = str(info.value)
    assert "another window or program" in message and "\n" not in message
    assert waited < 30
    with pytest.raises(ShopBusyError):
        erase_customer(db, customer_id=1)
    other_window.execute("COMMIT")
    other_window.close()
    # Once the other window has finished, its work is there and the import goes through.
    result = import_file(db, more_csv)
    assert result.orders_added == 2
    assert db.execute("SELECT value FROM settings WHERE key = 'written.by'").fetchone()[0] == '"the other window"'
    db.conn.close()
    assert orders(shop_path) == before + 2


def test_disk_full_during_import_is_a_plain_message_and_keeps_the_shop(shop_path):
    db = open_shop(shop_path)
    before = orders(shop_path)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: what a full disk looks like
    big = shop_path.parent / "big.csv"
    lines = ["Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country"]
    lines += [f"{7000 + i // 4},P{i % 300},PRODUCT {i % 300},1,2024-06-01 10:00:00,2.50,{400 + i % 900}.0,Italy"
              for i in range(20_000)]
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        with pytest.raises(ShopkeeperError) as info:
            import_file(db, big)
        assert "full" in str(info.value).lower() or "space" in str(info.value).lower()
        assert not db.conn.in_transaction
    finally:
        db.conn.close()
    assert orders(shop_path) == before
    check = sqlite3.connect(str(shop_path))
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


def test_shop_in_a_folder_that_cannot_be_written_says_so(tmp_path):
    unwritable = Path("/proc/shopkeeper-test-folder/my.shop.db")  # nobody, not even root, can create files here
    with pytest.raises(ShopkeeperError) as info:
        open_shop(unwritable)
    message = str(info.value)
    assert "not a Shopkeeper shop" not in message
    assert any(word in message for word in ("folder", "written", "permission", "read-only"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder_gives_a_plain_message(shop_path, more_csv):
    folder = shop_path.parent
    mode = folder.stat().st_mode
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ShopkeeperError) as info:
            db = open_shop(shop_path)
            import_file(db, more_csv)
        assert "\n" not in str(info.value)
    finally:
        folder.chmod(mode)
    assert orders(shop_path) == 5
