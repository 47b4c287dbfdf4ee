"""Schema upgrades: a shop made by every released schema version opens with today's code, upgrades with its
data intact, and was backed up before the upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.backup import list_backups
from core.data import load_lines
from core.errors import NotAShopError
from core.schema import MIGRATIONS, SCHEMA_VERSION
from core.store import open_shop, schema_version

OLD_DATA = [
    "INSERT INTO imports(id, file_name, file_hash, format, imported_at, rows_read) "
    "VALUES (1, 'old.csv', 'abc', 'online_retail', '2024-01-01T00:00:00Z', 3)",
    "INSERT INTO customers(id, key, email, first_name, country) VALUES "
    "(1, 'ilze@example.lv', 'ilze@example.lv', 'Ilze', 'Latvia'), (2, 'online_retail:77', NULL, NULL, 'Poland')",
    "INSERT INTO customer_sources(customer_id, platform, external_id, import_id) VALUES (2, 'online_retail', '77', 1)",
    "INSERT INTO products(id, key, sku, name, last_price_minor) VALUES (1, 'sku:A1', 'A1', 'RED MUG', 350), "
    "(2, 'sku:B2', 'B2', 'BLUE MUG', 425)",
    "INSERT INTO orders(id, platform, external_id, customer_id, ordered_at, currency, total_minor, import_id) VALUES "
    "(1, 'online_retail', '1001', 1, '2024-01-05T10:00:00Z', 'GBP', 1125, 1), "
    "(2, 'online_retail', '1002', 2, '2024-02-10T11:30:00Z', 'GBP', 2100, 1)",
    "INSERT INTO order_lines(order_id, line_no, product_id, quantity, unit_price_minor, line_total_minor) VALUES "
    "(1, 1, 1, 2, 350, 700), (1, 2, 2, 1, 425, 425), (2, 1, 1, 6, 350, 2100)",
    "INSERT INTO settings(key, value) VALUES ('pins', '{\"1\": [2]}')",
]
V1_TABLES = ["imports", "customers", "customer_sources", "products", "orders", "order_lines", "settings"]


def make_old_shop(path: Path, version: int) -> None:
    """Write a shop exactly as schema ``version`` left it (its migrations only), with real-shaped rows."""
    conn = sqlite3.connect(str(path))
    for script in MIGRATIONS[:version]:
        conn.executescript(script)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(version),))
    for statement in OLD_DATA:
        conn.execute(statement)
    conn.commit()
    conn.close()


def table_rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(str(path))
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in V1_TABLES}
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_old_shop_opens_upgrades_and_keeps_its_data(tmp_path, version):
    path = tmp_path / f"v{version}.shop.db"
    make_old_shop(path, version)
    before = table_rows(path)

    db = open_shop(path, create=False)
    assert schema_version(db) == SCHEMA_VERSION
    tables = set(db.table_names())
    assert {"campaigns", "campaign_members"} <= tables
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    lines = load_lines(db, products_only=False)
    assert len(lines) == 3
    assert float(lines["line_total"].sum()) == pytest.approx(7.00 + 4.25 + 21.00)
    db.conn.close()
    assert table_rows(path) == before  # data intact, not rewritten

    backups = list_backups(path)
    assert [b.reason for b in backups] == ["migration"]
    conn = sqlite3.connect(str(backups[0].path))
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(version)
    assert conn.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0] == 3
    conn.close()

    reopened = open_shop(path, create=False)  # a second open is a no-op: no new backup
    reopened.conn.close()
    assert len(list_backups(path)) == 1


def test_upgraded_shop_accepts_new_features(tmp_path):
    path = tmp_path / "v1.shop.db"
    make_old_shop(path, 1)
    db = open_shop(path)
    db.execute("INSERT INTO campaigns(name, created_at, audience, target) VALUES ('x', '2024', 'all', 'csv')")
    db.execute("INSERT INTO campaign_members(campaign_id, customer_id) VALUES (1, 1)")
    assert db.execute("SELECT COUNT(*) FROM campaign_members").fetchone()[0] == 1
    db.conn.close()


def test_shop_from_a_newer_version_is_refused_plainly(tmp_path):
    path = tmp_path / "future.shop.db"
    make_old_shop(path, SCHEMA_VERSION)
    conn = sqlite3.connect(str(path))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(NotAShopError, match="newer Shopkeeper"):
        open_shop(path)
