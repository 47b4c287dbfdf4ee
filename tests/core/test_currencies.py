"""Two currencies are never summed as one: figures are in the main currency, others count once the owner enters
a rate. Shopify orders export columns as in ../shared/data/shopify/orders_export_test_store.csv."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from core.data import load_lines, load_orders
from core.importers.pipeline import import_file
from core.store import open_shop
from core.summary import shop_summary

ROOT = Path(__file__).resolve().parents[2]
SHOPIFY = (
    "Name,Email,Financial Status,Currency,Subtotal,Total,Created at,Lineitem quantity,Lineitem name,"
    "Lineitem price,Lineitem sku,Lineitem requires shipping\n"
    "#1,a@example.pl,paid,PLN,40.00,40.00,2025-01-01 10:00:00 +0100,2,Kubek,20.00,KUBEK,true\n"
    "#2,b@example.pl,paid,PLN,15.50,15.50,2025-01-02 10:00:00 +0100,1,Herbata,15.50,HERBATA,true\n"
    "#3,c@example.pl,paid,PLN,30.00,30.00,2025-01-03 10:00:00 +0100,3,Herbata,10.00,HERBATA,true\n"
    "#4,d@example.de,paid,EUR,12.00,12.00,2025-01-04 10:00:00 +0100,1,Kubek,10.00,KUBEK,true\n"
    "#4,,,,,,2025-01-04 10:00:00 +0100,1,Handling fee,2.00,FEE,false\n"
)


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "orders_export.csv"
    path.write_text(SHOPIFY, encoding="utf-8")
    db_path = tmp_path / "shop.db"
    db = open_shop(db_path)
    result = import_file(db, path)
    return db, db_path, path, result


def _raw(path):
    raw = pd.read_csv(path)
    raw["Currency"] = raw["Currency"].ffill()
    return raw[raw["Lineitem name"] != "Handling fee"]  # a fee that needs no shipping is not a product


def test_orders_in_a_currency_without_a_rate_are_left_out_and_said(shop):
    db, _path, csv, result = shop
    assert "EUR" in result.currency_note and "left out" in result.currency_note
    raw = _raw(csv)
    pln = raw[raw["Currency"] == "PLN"]
    summary = shop_summary(db)
    assert summary["currency"] == "PLN"
    assert summary["currencies_without_rate"] == {"EUR": 1}
    assert summary["revenue"] == pytest.approx((pln["Lineitem quantity"] * pln["Lineitem price"]).sum())
    assert set(load_orders(db)["order_ref"]) == {"#1", "#2", "#3"}
    assert set(load_lines(db)["currency"]) == {"PLN"}


def test_a_rate_converts_them_into_the_main_currency(shop):
    db, db_path, csv, _result = shop
    done = subprocess.run([sys.executable, "-m", "core", "rates", "--db", str(db_path), "--set", "EUR=4,30"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1 EUR = 4.3 PLN" in done.stdout
    raw = _raw(csv)
    rate = raw["Currency"].map({"PLN": 1.0, "EUR": 4.30})
    expected = (raw["Lineitem quantity"] * raw["Lineitem price"] * rate).sum()
    db = open_shop(db_path)
    assert shop_summary(db)["revenue"] == pytest.approx(expected)
    orders = load_orders(db).set_index("order_ref")
    assert orders.loc["#4", "revenue"] == pytest.approx(10.00 * 4.30)
    assert set(orders["currency"]) == {"PLN"}
    bad = subprocess.run([sys.executable, "-m", "core", "rates", "--db", str(db_path), "--set", "EUR=-1"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and bad.stderr.strip().count("\n") == 0 and "positive" in bad.stderr


def test_a_few_columns_leave_out_the_same_lines(shop):
    """``load_lines(columns=…)`` keeps the rows of the whole load (a line in a currency without a rate is out even
    when the currency or money is not asked for); the columns are those of the whole load, in its order."""
    db, *_ = shop
    whole = load_lines(db)
    few = load_lines(db, columns=("product_id", "order_id", "line_total"))
    assert list(few.columns) == ["order_id", "product_id", "line_total"]
    pd.testing.assert_frame_equal(few, whole[["order_id", "product_id", "line_total"]])
    ids_only = load_lines(db, columns=("order_id",))
    pd.testing.assert_frame_equal(ids_only, whole[["order_id"]])
    raw = _raw(shop[2])
    assert len(ids_only) == int((raw["Currency"] == "PLN").sum())
