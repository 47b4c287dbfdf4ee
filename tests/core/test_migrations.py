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


def table_rows(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Return every row of the v1 tables (only ``columns`` per table when given: later migrations add some)."""
    conn = sqlite3.connect(str(path))
    try:
        names = columns or {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in V1_TABLES}
        return {t: conn.execute(f"SELECT {', '.join(names[t])} FROM {t} ORDER BY rowid").fetchall()
                for t in V1_TABLES}
    finally:
        conn.close()


def table_columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(str(path))
    try:
        return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in V1_TABLES}
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_old_shop_opens_upgrades_and_keeps_its_data(tmp_path, version):
    path = tmp_path / f"v{version}.shop.db"
    make_old_shop(path, version)
    before = table_rows(path)
    columns = table_columns(path)

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
    assert table_rows(path, columns) == before  # data intact, not rewritten

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


# Every released migration, as shipped (sha256 of the MIGRATIONS entry). Checked against the git history:
# version 1 released in 80e21cc, version 2 in 7ac4948. A shop made by those versions was built from exactly
# this text, so building old shops from MIGRATIONS[:version] above is only honest while these still match.
RELEASED_MIGRATION_SHA256 = {
    1: "f9d036cd10339a58c982e9ea531444c83801090b2cbadb9caf3b1ab9de9a8050",
    2: "8aca15586696c611dc2291524d03919c30dccbdd77cd349a959c3a478f8f5fe2",
}


@pytest.mark.parametrize("version", sorted(RELEASED_MIGRATION_SHA256))
def test_released_migrations_are_never_edited(version):
    import hashlib

    assert SCHEMA_VERSION >= version
    digest = hashlib.sha256(MIGRATIONS[version - 1].encode()).hexdigest()
    assert digest == RELEASED_MIGRATION_SHA256[version], (
        f"migration {version} was edited after release; add a new migration to MIGRATIONS instead")


def _dump(conn: sqlite3.Connection, tables: dict[str, list[str]]) -> dict[str, list[tuple]]:
    return {t: conn.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY rowid").fetchall()
            for t, cols in tables.items()}


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_real_shop_made_by_an_old_version_upgrades_intact(shared_data, tmp_path, version):
    """The UCI Online Retail II subset imported with today's code, then written into a shop with only
    schema ``version``'s tables and columns (what that version would have held); opening it upgrades it with
    every row and every value unchanged, and the analyses read the same figures."""
    from core.importers.pipeline import import_file

    today = tmp_path / "today.shop.db"
    db = open_shop(today)
    import_file(db, shared_data / "online_retail_II.csv")
    db.conn.close()

    old = tmp_path / f"v{version}.shop.db"
    conn = sqlite3.connect(str(old))
    for script in MIGRATIONS[:version]:
        conn.executescript(script)
    tables = {t: [r[1] for r in conn.execute(f"PRAGMA table_info('{t}')")]
              for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'meta'")}
    conn.execute("ATTACH DATABASE ? AS today", (str(today),))
    for table, columns in tables.items():
        names = ", ".join(columns)
        conn.execute(f"INSERT INTO main.{table}({names}) SELECT {names} FROM today.{table}")
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(version),))
    conn.commit()
    conn.execute("DETACH DATABASE today")
    before = _dump(conn, tables)
    conn.close()
    assert len(before["order_lines"]) > 30_000  # the real file's lines are there before the upgrade

    upgraded = open_shop(old, create=False)
    assert schema_version(upgraded) == SCHEMA_VERSION
    assert upgraded.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert upgraded.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _dump(upgraded.conn, tables) == before
    reference = open_shop(today, create=False)
    old_lines, new_lines = load_lines(upgraded), load_lines(reference)
    assert len(old_lines) == len(new_lines)
    assert float(old_lines["line_total"].sum()) == pytest.approx(float(new_lines["line_total"].sum()))
    upgraded.conn.close()
    reference.conn.close()
    assert [b.reason for b in list_backups(old)] == ["migration"]


def test_failed_migration_leaves_the_old_shop_and_its_backup(tmp_path, monkeypatch):
    """A migration that fails half-way (here: its second statement) is rolled back as a whole: the shop keeps
    its old version and every row, and the backup made just before is there."""
    import core.store as store

    path = tmp_path / "v1.shop.db"
    make_old_shop(path, SCHEMA_VERSION)
    before = table_rows(path)
    columns = table_columns(path)
    broken = "CREATE TABLE half_done (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1)"
    monkeypatch.setattr(store, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(store.MigrationFailed, match="could not be upgraded.*unchanged and a backup was made"):
        open_shop(path, create=False)
    monkeypatch.undo()
    assert table_rows(path) == before
    conn = sqlite3.connect(str(path))
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    conn.close()
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["migration"]
    assert table_rows(backups[0].path) == before
