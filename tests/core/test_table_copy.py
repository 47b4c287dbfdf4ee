"""core.table_copy: the shop file keeps columnar copies of its order lines and orders that are never stale — an
import writes them with the tables, any change to a row by anyone empties them, and a load without one stores one
when it can; a load always gives what the table itself gives."""

import os
import sqlite3
import stat

import numpy as np
import pandas as pd
import pytest

from core import load_cache
from core.data import load_lines, load_orders
from core.importers.base import ImportOptions
from core.importers.pipeline import import_file
from core.table_copy import LINE_COLUMNS, LINES, ORDER_COLUMNS, ORDERS, copied_frame, has_copy, line_columns, read_copy
from core.errors import Cancelled
from core.store import _split_sql, open_shop


@pytest.fixture
def shop(tiny_shop_file):
    return tiny_shop_file


def _columns_by_sql(path) -> pd.DataFrame:
    with sqlite3.connect(path) as conn:  # independent: the same columns read row by row by SQLite
        return pd.read_sql_query(
            "SELECT order_id, product_id, quantity, COALESCE(net_minor, line_total_minor) AS net_minor, "
            "unit_price_minor, COALESCE(gross_minor, line_total_minor) AS gross_minor FROM order_lines "
            "ORDER BY rowid", conn)


def _stored_names(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {name for (name,) in conn.execute("SELECT DISTINCT name FROM line_copy")}


def _assert_copy_matches_table(arrays, path):
    if isinstance(arrays, pd.DataFrame):
        arrays = {name: arrays[name].to_numpy() for name in arrays}
    expected = _columns_by_sql(path)
    assert len(expected) > 0
    for name in LINE_COLUMNS:
        np.testing.assert_array_equal(arrays[name], expected[name].to_numpy(), err_msg=name)
        assert arrays[name].dtype == LINE_COLUMNS[name][1]
    return expected


def test_an_import_stores_the_copy_with_the_lines(shop):
    path, db = shop
    assert _stored_names(path) == set(LINE_COLUMNS)
    _assert_copy_matches_table(read_copy(db.conn, LINES), path)


@pytest.mark.parametrize("change", [
    "INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_minor, line_total_minor) "
    "SELECT order_id, 99, product_id, 3, 170, 510 FROM order_lines ORDER BY rowid LIMIT 1",
    "UPDATE order_lines SET net_minor = net_minor - 7 WHERE rowid = (SELECT MIN(rowid) FROM order_lines)",
    "DELETE FROM order_lines WHERE rowid = (SELECT MAX(rowid) FROM order_lines)",
    "DELETE FROM orders WHERE id = (SELECT MIN(id) FROM orders)",  # its lines go by the foreign key's cascade
])
def test_any_change_to_the_lines_by_another_program_empties_the_copy(shop, change):
    path, db = shop
    with sqlite3.connect(path) as other:  # not Shopkeeper: a plain connection, as another tool would use
        other.execute("PRAGMA foreign_keys = ON")
        other.execute(change)
    assert _stored_names(path) == set()
    _assert_copy_matches_table(line_columns(db.conn), path)  # read from the table, and stored again
    assert _stored_names(path) == set(LINE_COLUMNS)
    _assert_copy_matches_table(read_copy(db.conn, LINES), path)


def test_loads_after_a_change_see_the_change(shop):
    path, db = shop
    before = load_orders(db)["revenue"].sum()
    with sqlite3.connect(path) as other:
        other.execute("UPDATE order_lines SET net_minor = COALESCE(net_minor, line_total_minor) + 100")
    with sqlite3.connect(path) as conn:  # independent: net product revenue of counted orders, by SQL
        expected = conn.execute(
            "SELECT SUM(COALESCE(l.net_minor, l.line_total_minor)) / 100.0 FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
            "WHERE o.is_cancelled = 0 AND p.is_product = 1").fetchone()[0]
    after = load_orders(db)["revenue"].sum()
    assert after == pytest.approx(expected) and after != pytest.approx(before)


def test_a_copy_of_an_older_definition_is_not_used(shop):
    path, db = shop
    with sqlite3.connect(path) as other:
        other.execute("UPDATE line_copy SET definition = 'net_minor' WHERE name = 'net_minor'")
    assert read_copy(db.conn, LINES) is None and not has_copy(db.conn, LINES)
    _assert_copy_matches_table(line_columns(db.conn), path)
    assert has_copy(db.conn, LINES)


def test_a_busy_shop_is_read_without_waiting_and_without_storing(shop):
    path, db = shop
    with sqlite3.connect(path) as other:
        other.execute("DELETE FROM line_copy")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # an import in another process holds the write lock
    try:
        _assert_copy_matches_table(line_columns(db.conn), path)
        assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0  # the connection's own wait is restored
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _stored_names(path) == set()
    assert not db.conn.in_transaction


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="file permissions do not bind this user")
def test_a_read_only_shop_is_read_from_the_table(shop):
    path, db = shop
    with sqlite3.connect(path) as other:
        other.execute("DELETE FROM line_copy")
    db.conn.close()
    os.chmod(path, stat.S_IRUSR)
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
        _assert_copy_matches_table(line_columns(conn), path)
        conn.close()
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_a_cancelled_import_leaves_the_copy_as_it_was(shop, tmp_path):
    path, db = shop
    before = read_copy(db.conn, LINES)
    more = tmp_path / "more.csv"
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]
    more.write_text("order_id,date,customer_email,sku,product_name,quantity,price\n"
                    "X-1,2024-05-01,new@example.com,NEW-1,New thing,1,9.99\n", encoding="utf-8")
    def cancel_once_the_new_copy_is_written():  # the last check of the import, after the copy's refresh
        conn = db.conn
        return (conn.in_transaction and has_copy(conn, LINES)
                and conn.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0] > rows)

    with pytest.raises(Cancelled):
        import_file(db, more, ImportOptions(), cancelled=cancel_once_the_new_copy_is_written)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0] == rows
    after = read_copy(db.conn, LINES)
    for name in LINE_COLUMNS:
        np.testing.assert_array_equal(after[name], before[name])


def test_an_old_shop_gains_the_copy_on_its_first_load(tmp_path, tiny_shop_csv):
    path = tmp_path / "old.db"
    db = open_shop(path)
    import_file(db, tiny_shop_csv)
    db.conn.execute("DROP TABLE line_copy")  # as a shop from before migration 5 would be (triggers go with it)
    db.conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    db.conn.close()
    db = open_shop(path)  # migrates
    assert _stored_names(path) == set()
    lines = load_lines(db)
    assert _stored_names(path) == set(LINE_COLUMNS)
    with sqlite3.connect(path) as conn:  # independent: quantity of counted product lines, by SQL
        expected = conn.execute(
            "SELECT SUM(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "JOIN products p ON p.id = l.product_id WHERE o.is_cancelled = 0 AND p.is_product = 1 "
            "AND l.quantity > 0").fetchone()[0]
    assert lines["quantity"].sum() == pytest.approx(expected)
    db.conn.close()
    load_cache.forget_shops()


def test_statements_with_a_trigger_body_are_split_whole():
    script = ("CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM a; INSERT INTO a VALUES (1); "
              "END;\nCREATE TABLE b (y)")
    statements = _split_sql(script)
    assert len(statements) == 3 and statements[1].endswith("END")
    conn = sqlite3.connect(":memory:")
    for statement in statements:
        conn.execute(statement)
    assert {row[0] for row in conn.execute("SELECT name FROM sqlite_master")} == {"a", "b", "t"}


def _orders_by_sql(path) -> pd.DataFrame:
    with sqlite3.connect(path) as conn:  # independent: the orders as SQLite hands them over row by row
        return pd.read_sql_query(f"SELECT {', '.join(ORDER_COLUMNS)} FROM orders ORDER BY id", conn)


def _order_copy_names(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {name for (name,) in conn.execute("SELECT DISTINCT name FROM order_copy")}


def test_the_orders_copy_gives_the_frame_the_table_gives(shop):
    path, db = shop
    assert _order_copy_names(path) == set(ORDER_COLUMNS)
    pd.testing.assert_frame_equal(read_copy(db.conn, ORDERS), _orders_by_sql(path))


@pytest.mark.parametrize("change", [
    "UPDATE orders SET customer_id = NULL WHERE id = (SELECT MIN(id) FROM orders)",  # a guest: NaN among ids
    "UPDATE orders SET country = NULL",  # a column with nothing in it
    "UPDATE orders SET country = 'Côte d''Ivoire, ąę; \"x\"' WHERE id = (SELECT MAX(id) FROM orders)",
    "UPDATE orders SET is_cancelled = 1 - is_cancelled",
    "UPDATE orders SET external_id = external_id || char(31) || 'x' WHERE id = (SELECT MIN(id) FROM orders)",
    "INSERT INTO orders (platform, external_id, customer_id, ordered_at, currency) "
    "VALUES ('other', 'Z-1', NULL, '2024-06-01T10:00:00Z', 'EUR')",
    "DELETE FROM orders WHERE id = (SELECT MAX(id) FROM orders)",
])
def test_any_change_to_the_orders_empties_their_copy_and_loads_follow(shop, change):
    path, db = shop
    with sqlite3.connect(path) as other:
        other.execute(change)
    assert _order_copy_names(path) == set()
    expected = _orders_by_sql(path)
    pd.testing.assert_frame_equal(copied_frame(db.conn, ORDERS), expected)
    stored = read_copy(db.conn, ORDERS)
    if expected["external_id"].str.contains("\x1f").any():
        assert stored is None  # a value holding the separator: never copied, the table is read each time
        pd.testing.assert_frame_equal(copied_frame(db.conn, ORDERS), expected)
    else:
        pd.testing.assert_frame_equal(stored, expected)
    assert len(load_orders(db)) == len(load_orders(db))


def test_changing_an_order_column_that_is_not_copied_keeps_the_copy(shop):
    path, db = shop
    with sqlite3.connect(path) as other:
        other.execute("UPDATE orders SET total_minor = COALESCE(total_minor, 0) + 1")
    assert _order_copy_names(path) == set(ORDER_COLUMNS)
    pd.testing.assert_frame_equal(read_copy(db.conn, ORDERS), _orders_by_sql(path))


def test_a_reimport_counts_orders_and_lines_as_before(shop, tiny_shop_csv):
    path, db = shop
    again = import_file(db, tiny_shop_csv)
    assert again.orders_added == 0 and again.lines_added == 0 and again.orders_updated == 0
    assert _order_copy_names(path) == set(ORDER_COLUMNS) and _stored_names(path) == set(LINE_COLUMNS)
