"""WooCommerce exports: Advanced Order Export (',' and ';', totals repeated on item rows or on the first only),
WebToffee and SkyVerge (items packed in cells) and Analytics → Orders: the same orders give the same net revenue,
which pandas computes from the fixture's rows."""

import pandas as pd
import pytest

from core.data import load_orders
from core.importers.batch import import_batch
from core.importers.registry import detect_format
from tests.core.importers.export_fixtures import (
    WOO_ORDERS,
    woo_aoe,
    woo_analytics,
    woo_expected_net,
    woo_skyverge,
    woo_webtoffee,
    write,
)


def _revenue(db) -> pd.Series:
    return load_orders(db).set_index("order_ref")["revenue"].sort_index()


def _lines(db) -> int:
    return db.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]


def _items() -> int:
    return sum(len(order[6]) for order in WOO_ORDERS)


@pytest.mark.parametrize("sep, comma, fill", [(",", False, True), (";", True, True), (";", True, False)])
def test_advanced_order_export_never_sums_the_repeated_order_total(fresh_db, tmp_path, sep, comma, fill):
    frame = woo_aoe(fill_order_columns=fill)
    money = ("Item Cost", "Cart Discount Amount", "Order Subtotal Amount", "Order Shipping Amount",
             "Order Refund Amount", "Order Total Amount", "Order Total Tax Amount")
    path = write(frame, tmp_path / "orders-2024-04.csv", sep=sep, decimal_comma=comma, money=money)
    assert detect_format(list(frame.columns))[0].key == "woocommerce"
    result = import_batch(fresh_db, [path])
    assert (result.rows_skipped, result.lines_added) == (0, _items())
    want = woo_expected_net()
    got = _revenue(fresh_db)
    assert list(got.index) == list(want.index)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    # the order's total is stored once (not the sum over its item rows)
    totals = pd.to_numeric(frame["Order Total Amount"].replace("", None)).groupby(frame["Order Number"]).first()
    stored = dict(fresh_db.execute("SELECT external_id, total_minor FROM orders").fetchall())
    assert {k: v / 100 for k, v in stored.items()} == pytest.approx(totals.to_dict())


@pytest.mark.parametrize("build", [woo_webtoffee, woo_skyverge])
def test_items_packed_in_cells_are_unpacked(fresh_db, tmp_path, build):
    frame = build()
    path = write(frame, tmp_path / "order_export.csv")
    fmt, _ = detect_format(list(frame.columns))
    assert fmt.key == "woocommerce_packed"
    result = import_batch(fresh_db, [path])
    assert result.lines_added == _items()
    want = woo_expected_net()
    got = _revenue(fresh_db)
    assert list(got.index) == list(want.index)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    names = {r[0] for r in fresh_db.execute("SELECT name FROM products")}
    assert names == {n for order in WOO_ORDERS for n, *_rest in order[6]}


def test_analytics_orders_csv(fresh_db, tmp_path):
    frame = woo_analytics()
    path = write(frame, tmp_path / "wc-orders-report-export.csv")
    assert detect_format(list(frame.columns))[0].key == "woocommerce_analytics"
    result = import_batch(fresh_db, [path])
    assert result.orders_added == len(frame)
    want = pd.to_numeric(frame["N. Revenue"]).groupby(frame["Order #"]).sum()
    want = want[frame.set_index("Order #")["Status"].str.lower() != "cancelled"].sort_index()
    got = _revenue(fresh_db)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    assert result.email_note  # the Analytics CSV names customers, no e-mails


def test_packed_items_win_over_a_file_column_of_the_same_name(fresh_db, tmp_path):
    """A packed export that also has an ``item_total`` column (found by the fuzzer on a real file) imports the
    packed items, with the same revenue as without that column."""
    frame = woo_webtoffee()
    frame["item_total"] = "999.99"
    path = write(frame, tmp_path / "order_export.csv")
    assert detect_format(list(frame.columns))[0].key == "woocommerce_packed"
    result = import_batch(fresh_db, [path])
    assert result.lines_added == _items()
    want = woo_expected_net()
    got = _revenue(fresh_db)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
