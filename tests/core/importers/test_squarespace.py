"""Squarespace orders CSV: detected, order fields carried to every line, net revenue as pandas computes it."""

import pandas as pd
import pytest

from core.data import load_lines, load_orders
from core.importers.batch import import_batch
from core.importers.registry import detect_format
from tests.core.importers.export_fixtures import squarespace_orders, write


def expected_revenue(frame: pd.DataFrame) -> pd.Series:
    """Net revenue per counted order from the file: lines − the order's discount − a partial refund."""
    first = frame[frame["Financial Status"] != ""].set_index("Order ID")
    gross = (pd.to_numeric(frame["Lineitem price"]) * pd.to_numeric(frame["Lineitem quantity"])).groupby(
        frame["Order ID"]).sum()
    counted = first["Financial Status"].str.upper() != "REFUNDED"
    partial = first["Financial Status"].str.upper() == "PARTIALLY_REFUNDED"
    refund = pd.to_numeric(first["Amount Refunded"]).where(partial, 0.0)
    net = gross - pd.to_numeric(first["Discount Amount"]) - refund
    return net[counted].sort_index()


def test_squarespace_is_detected_and_keeps_every_line(fresh_db, tmp_path):
    frame = squarespace_orders()
    path = write(frame, tmp_path / "orders.csv")
    fmt, _score = detect_format(list(frame.columns))
    assert fmt.key == "squarespace_orders"
    result = import_batch(fresh_db, [path])
    # the lines after an order's first row have no date, e-mail or status of their own: none is lost
    assert result.rows_skipped == 0
    assert result.lines_added == len(frame)
    assert result.orders_added == frame["Order ID"].nunique()
    want = expected_revenue(frame)
    got = load_orders(fresh_db).set_index("order_ref")["revenue"].sort_index()
    assert list(got.index) == list(want.index)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    # every line of order 1001 belongs to Ann (e-mail carried from the first row); 1003 is Ann's too
    lines = load_lines(fresh_db)
    ann = fresh_db.execute("SELECT id FROM customers WHERE key = 'ann@example.com'").fetchone()[0]
    assert set(lines.loc[lines["order_ref"].isin(["1001", "1003"]), "customer_id"]) == {ann}
    assert not result.email_note


def test_squarespace_carries_order_fields_across_chunks(fresh_db, tmp_path):
    from core.importers.base import ImportOptions
    frame = squarespace_orders()
    path = write(frame, tmp_path / "orders.csv")
    result = import_batch(fresh_db, [path], ImportOptions(chunk_rows=2))
    assert (result.rows_skipped, result.lines_added) == (0, len(frame))


def test_the_generic_guess_reads_it_like_the_format(tmp_path):
    """Mapped by hand (the generic guess) a Squarespace file loses no line to 'date missing' and its order 'Total'
    is read as the order's total, not summed as a line total: the same revenue as the Squarespace format."""
    from core.importers.base import ImportOptions
    from core.importers.generic import guess_mapping
    from core.store import open_memory_shop
    frame = squarespace_orders()
    path = write(frame, tmp_path / "orders.csv")
    mapping, unplaced = guess_mapping(list(frame.columns))
    assert unplaced == [] and mapping["order_total"] == "Total" and "line_total" not in mapping
    shops = []
    for options in (None, ImportOptions(format_key="generic", mapping=mapping)):
        db = open_memory_shop()
        result = import_batch(db, [path], options)
        assert (result.rows_skipped, result.lines_added) == (0, len(frame))
        shops.append(load_orders(db).set_index("order_ref")["revenue"].sort_index())
    assert shops[1].to_numpy() == pytest.approx(shops[0].to_numpy())
    assert shops[0].to_numpy() == pytest.approx(expected_revenue(frame).to_numpy())
