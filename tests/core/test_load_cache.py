"""core.load_cache: the loaded orders / lines / customers of a shop file are shared until anything is committed,
by this connection, another one or another process, and each caller gets a frame of its own."""

import sqlite3

import pandas as pd
import pytest

from core import data, load_cache
from core.data import INCLUDE_CANCELLED_SETTING, load_customers, load_lines, load_orders
from core.importers.pipeline import import_file
from core.store import open_shop, set_setting


@pytest.fixture
def shop_file(tiny_shop_file):
    return tiny_shop_file


@pytest.fixture
def builds(monkeypatch):
    """Count the real loads (the private loaders behind the shared frames)."""
    counted = {"orders": 0, "lines": 0, "customers": 0}
    for name in counted:
        real = getattr(data, f"_load_{name}")

        def counting(*args, real=real, name=name):
            counted[name] += 1
            return real(*args)
        monkeypatch.setattr(data, f"_load_{name}", counting)
    return counted


def _revenue_by_sql(path) -> float:
    with sqlite3.connect(path) as conn:  # independent: the orders' product lines summed by SQLite
        return conn.execute(
            "SELECT SUM(COALESCE(l.net_minor, l.line_total_minor)) / 100.0 FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
            "WHERE o.is_cancelled = 0 AND p.is_product = 1").fetchone()[0]


def test_second_load_on_any_connection_reuses_the_first(shop_file, builds):
    path, db = shop_file
    first = load_orders(db)
    other = open_shop(path)
    second = load_orders(other)
    pd.testing.assert_frame_equal(first, second)
    load_lines(db), load_lines(other), load_customers(db), load_customers(other)
    assert builds == {"orders": 1, "lines": 1, "customers": 1}
    assert second["revenue"].sum() == pytest.approx(_revenue_by_sql(path))
    other.conn.close()


def test_callers_get_frames_of_their_own(shop_file):
    path, db = shop_file
    first = load_orders(db)
    expected = first.copy(deep=True)
    first["revenue"] = 0.0
    first.loc[first.index[0], "order_ref"] = "changed"
    pd.testing.assert_frame_equal(load_orders(db), expected)


def test_a_commit_elsewhere_is_seen(shop_file, builds):
    path, db = shop_file
    before = load_orders(db)
    with sqlite3.connect(path) as conn:  # another connection (as another process would) doubles a line
        conn.execute("UPDATE order_lines SET net_minor = COALESCE(net_minor, line_total_minor) * 2 "
                     "WHERE id = (SELECT MIN(id) FROM order_lines)")
    after = load_orders(db)
    assert builds["orders"] == 2
    assert after["revenue"].sum() == pytest.approx(_revenue_by_sql(path))
    assert after["revenue"].sum() != pytest.approx(before["revenue"].sum())


def test_a_setting_changed_on_the_same_connection_is_seen(shop_file):
    path, db = shop_file
    with db.conn:
        db.conn.execute("UPDATE orders SET is_cancelled = 1 WHERE external_id = '1001'")
    counted = set(load_orders(db)["order_ref"])
    set_setting(db, INCLUDE_CANCELLED_SETTING, True)
    assert set(load_orders(db)["order_ref"]) == counted | {"1001"} and "1001" not in counted


def test_uncommitted_rows_of_the_callers_own_transaction_are_seen(shop_file, builds):
    path, db = shop_file
    load_customers(db)
    db.conn.execute("BEGIN")
    db.conn.execute("INSERT INTO customers (key, email) VALUES ('email:new@example.com', 'new@example.com')")
    assert "new@example.com" in set(load_customers(db)["email"])
    db.conn.rollback()
    assert "new@example.com" not in set(load_customers(db)["email"])


def test_a_new_file_at_the_same_path_is_another_shop(tmp_path, tiny_shop_csv):
    path = tmp_path / "shop.db"
    db = open_shop(path)
    import_file(db, tiny_shop_csv)
    assert len(load_orders(db)) > 0
    db.conn.close()
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"shop.db{suffix}").unlink(missing_ok=True)
    empty = open_shop(path)
    assert load_orders(empty).empty and load_lines(empty).empty
    empty.conn.close()
    load_cache.forget_shops()


def test_an_in_memory_shop_is_never_kept(fresh_db, tiny_shop_csv, builds):
    import_file(fresh_db, tiny_shop_csv)
    load_orders(fresh_db), load_orders(fresh_db)
    assert builds["orders"] == 2


def _lines_by_sql(path) -> pd.DataFrame:
    with sqlite3.connect(path) as conn:  # independent: the counted product lines joined by SQLite
        return pd.read_sql_query(
            "SELECT l.order_id, l.product_id, l.quantity, l.unit_price_minor / 100.0 AS unit_price, "
            "COALESCE(l.net_minor, l.line_total_minor) / 100.0 AS line_total, "
            "COALESCE(l.gross_minor, l.line_total_minor) / 100.0 AS gross FROM order_lines l "
            "JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
            "WHERE o.is_cancelled = 0 AND p.is_product = 1 AND l.quantity > 0 ORDER BY l.rowid", conn)


def test_lines_match_sql_after_another_process_adds_a_line(shop_file):
    path, db = shop_file
    load_orders(db), load_lines(db)
    with sqlite3.connect(path) as other:  # another process adds a line: every loaded frame is stale
        other.execute("INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_minor, "
                      "line_total_minor) SELECT order_id, 99, product_id, 2, 150, 300 FROM order_lines "
                      "WHERE quantity > 0 ORDER BY rowid LIMIT 1")
    lines = load_lines(db)
    expected = _lines_by_sql(path)
    assert len(expected) == len(lines) and (expected["unit_price"] == 1.5).sum() >= 1
    pd.testing.assert_frame_equal(lines[list(expected.columns)], expected, check_dtype=False)


def test_workers_of_two_shops_at_once_each_get_their_own_data(tmp_path, tiny_shop_csv):
    import threading
    paths = [tmp_path / "a.db", tmp_path / "b.db"]
    for path, keep in zip(paths, (True, False)):
        db = open_shop(path)
        import_file(db, tiny_shop_csv)
        if not keep:
            with db.conn:
                db.conn.execute("UPDATE orders SET is_cancelled = 1 WHERE external_id = '1001'")
        db.conn.close()
    expected = {str(path): set(_orders_by_sql(path)) for path in paths}
    seen, errors = [], []

    def work(path):
        try:
            db = open_shop(path)
            for _ in range(15):
                seen.append((str(path), set(load_orders(db)["order_ref"])))
            db.conn.close()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    threads = [threading.Thread(target=work, args=(path,)) for path in paths * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    load_cache.forget_shops()
    assert not errors and len(seen) == 60
    assert all(refs == expected[path] for path, refs in seen)


def _orders_by_sql(path) -> list[str]:
    with sqlite3.connect(path) as conn:  # counted purchases: not cancelled, with a sold product line
        return [ref for (ref,) in conn.execute(
            "SELECT o.external_id FROM orders o WHERE o.is_cancelled = 0 AND EXISTS (SELECT 1 FROM order_lines l "
            "WHERE l.order_id = o.id AND l.quantity > 0)")]


@pytest.fixture
def overview_builds(monkeypatch):
    """Count the overviews actually worked out (both ways in: ``customer_overview`` and ``ShopData.overview``)."""
    from core import shop_data
    from core.analysis import lists
    counted = []
    real = lists.overview_from_parts

    def counting(*args, **kwargs):
        counted.append(1)
        return real(*args, **kwargs)
    monkeypatch.setattr(lists, "overview_from_parts", counting)
    monkeypatch.setattr(shop_data, "overview_from_parts", counting)
    return counted


def test_the_customer_overview_is_fitted_once_per_shop_state(demo_db_path, tmp_path, overview_builds):
    import shutil

    from core.analysis.lists import customer_overview
    from core.shop_data import ShopData
    path = tmp_path / "shop.db"
    shutil.copy(demo_db_path, path)
    db, other = open_shop(path), open_shop(path)
    db.conn.execute("DELETE FROM result_copy")  # nothing kept in the file from earlier tests (core.result_copy)
    try:
        first = customer_overview(db)
        second = ShopData(other).overview()  # another screen's worker, its own connection
        assert len(overview_builds) == 1
        pd.testing.assert_frame_equal(first.table, second.table)
        other.conn.execute("BEGIN")  # inside a transaction of its own a caller does not use the process's copy,
        own = customer_overview(other)  # but the one kept in the file (a change in the transaction empties it)
        other.conn.rollback()
        assert len(overview_builds) == 1
        pd.testing.assert_frame_equal(own.table, first.table)
        assert own.clv.params == first.clv.params
        other.conn.execute("BEGIN")
        other.conn.execute("UPDATE customers SET city = city")
        changed = customer_overview(other)  # its own change: worked out in its transaction
        other.conn.rollback()
        assert len(overview_builds) == 2
        pd.testing.assert_frame_equal(changed.table, first.table)
        customer_overview(db, horizon_months=6)  # other settings: another fit
        customer_overview(db, as_of=first.table["last_order"].max())  # a day in the past: never kept
        assert len(overview_builds) == 4
        set_setting(other, INCLUDE_CANCELLED_SETTING, True)  # anything committed: worked out again
        customer_overview(db)
        assert len(overview_builds) == 5
    finally:
        db.conn.close()
        other.conn.close()
        load_cache.forget_shops()


def test_each_caller_gets_an_overview_of_its_own(demo_db_path, tmp_path):
    import shutil

    from core.analysis.lists import customer_overview
    path = tmp_path / "shop.db"
    shutil.copy(demo_db_path, path)
    db = open_shop(path)
    try:
        first = customer_overview(db)
        expected_table, expected_clv = first.table.copy(deep=True), first.clv.table.copy(deep=True)
        expected_params = dict(first.clv.params)
        first.table["clv"] = 0.0
        first.clv.table.loc[first.clv.table.index[0], "p_alive"] = -1.0
        first.clv.params["changed"] = True
        del first.lapse.scores["score"]
        second = customer_overview(db)
        pd.testing.assert_frame_equal(second.table, expected_table)
        pd.testing.assert_frame_equal(second.clv.table, expected_clv)
        assert second.clv.params == expected_params
        assert "score" in second.lapse.scores
    finally:
        db.conn.close()
        load_cache.forget_shops()


@pytest.fixture
def line_loads(monkeypatch):
    """The columns asked of each real load of the lines (None: all of them)."""
    asked = []
    real = data._load_lines

    def recording(db, include_cancelled, products_only, with_customer_only, columns):
        asked.append(columns)
        return real(db, include_cancelled, products_only, with_customer_only, columns)
    monkeypatch.setattr(data, "_load_lines", recording)
    return asked


def _fresh_lines(path, columns=None) -> pd.DataFrame:
    load_cache.forget_shops()  # nothing loaded before: the lines as a first load makes them
    other = open_shop(path)
    try:
        return load_lines(other, columns=columns)
    finally:
        other.conn.close()
        load_cache.forget_shops()


NUMBER_COLUMNS = ("order_id", "product_id", "quantity", "line_total")


@pytest.mark.parametrize("shop", ["tiny", "demo"])
def test_every_column_after_the_basket_columns_loads_only_the_rest(shop, shop_file, demo_db_path, tmp_path,
                                                                   line_loads):
    import shutil

    import numpy as np

    from core.shop_data import BASKET_COLUMNS
    path = shop_file[0] if shop == "tiny" else shutil.copy(demo_db_path, tmp_path / "demo.db")
    expected = _fresh_lines(path)
    line_loads.clear()
    db = open_shop(path)
    try:
        basket = load_lines(db, columns=BASKET_COLUMNS)
        every = load_lines(db)
    finally:
        db.conn.close()
    pd.testing.assert_frame_equal(every, expected)
    assert len(every) == len(expected) > 0
    rest = [name for name in data.LINE_FIELDS if name not in BASKET_COLUMNS]
    assert line_loads == [tuple(BASKET_COLUMNS), ("order_id", *rest)]  # the basket columns are not read twice
    for name in NUMBER_COLUMNS:
        assert np.shares_memory(every[name].to_numpy(), basket[name].to_numpy())


def test_the_basket_columns_after_every_column_load_nothing(shop_file, line_loads):
    from core.shop_data import BASKET_COLUMNS
    path, db = shop_file
    expected = _fresh_lines(path, BASKET_COLUMNS)
    line_loads.clear()
    load_lines(db)
    basket = load_lines(db, columns=BASKET_COLUMNS)
    assert line_loads == [None]
    pd.testing.assert_frame_equal(basket, expected)


CHANGES = {  # another program's commit while the rest of the columns load
    "a line added": (("INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_minor, "
                      "line_total_minor, net_minor, gross_minor) SELECT order_id, 999, product_id, 1, 500, 500, "
                      "500, 500 FROM order_lines LIMIT 1"), 1),
    "a product renamed": (("UPDATE products SET name = name || ' (new)' WHERE id = (SELECT product_id FROM "
                           "order_lines LIMIT 1)"), 0),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_commit_while_the_rest_loads_gives_the_lines_of_the_new_state(change, shop_file, monkeypatch):
    from core.shop_data import BASKET_COLUMNS
    path, db = shop_file
    before = load_lines(db, columns=BASKET_COLUMNS)
    real = data._load_lines
    statement, added = CHANGES[change]

    def committing_first(*args):
        with sqlite3.connect(path) as conn:
            conn.execute(statement)
        monkeypatch.setattr(data, "_load_lines", real)
        return real(*args)
    monkeypatch.setattr(data, "_load_lines", committing_first)
    every = load_lines(db)
    assert len(every) == len(before) + added
    pd.testing.assert_frame_equal(every, _fresh_lines(path))
