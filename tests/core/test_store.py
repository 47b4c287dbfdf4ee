"""The shop database: creation, schema version, atomic writes, plain errors for wrong files."""

import sqlite3

import pytest

from core.errors import NotAShopError
from core.schema import SCHEMA_VERSION
from core.store import open_shop, schema_version, write_transaction


def test_new_shop_has_current_schema_and_wal(tmp_path):
    db = open_shop(tmp_path / "a.shop.db")
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"customers", "orders", "order_lines", "products", "imports"} <= set(db.table_names())


def test_write_transaction_rolls_back_on_error(tmp_path):
    db = open_shop(tmp_path / "a.shop.db")
    with pytest.raises(RuntimeError):
        with write_transaction(db) as conn:
            conn.execute("INSERT INTO customers(key) VALUES ('x@example.com')")
            raise RuntimeError("boom")
    assert db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 0


def test_foreign_database_is_refused_in_plain_words(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs(title)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAShopError, match="not a Shopkeeper shop"):
        open_shop(path)


def test_text_file_is_not_a_shop(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("hello, this is not sqlite" * 100)
    with pytest.raises(NotAShopError):
        open_shop(path)
