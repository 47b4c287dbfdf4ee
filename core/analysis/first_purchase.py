"""Repeat rate by first product and by first discount code: do customers who started with X come back?

A customer's first order is their earliest counted purchase (``core.data.load_orders``; ties by order number).
They *came back* when they have a second counted purchase. For each product in first orders: how many customers
had it in their first order (``first_buyers``), how many of them came back, their repeat rate, the shop's
repeat rate over every customer, and the ratio of the two. Only products (or codes) with at least ``min_buyers``
(10) first buyers are listed: below that a rate says little. Rows are sorted by ``low``, the lower end of the 95 %
Wilson interval of the repeat rate, so 10 of 10 does not outrank 150 of 200 by luck; the insight sentence names a
product only when even that lower end beats the shop's average. Customers whose first order is recent have had
less time to come back; that weighs on every row alike, so the comparison with the shop's average still holds.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import sqlite_utils

from core.data import load_lines, load_orders
from core.messages import Message, MessageTemplate, count, number, percent

MIN_FIRST_BUYERS = 10
Z_95 = 1.959964
PRODUCT_COLUMNS = ["product_id", "sku", "product_name", "first_buyers", "came_back", "repeat_rate", "low", "shop_rate",
                   "ratio"]
CODE_COLUMNS = ["discount_code", "first_buyers", "came_back", "repeat_rate", "low", "shop_rate", "ratio"]
NO_CODE = MessageTemplate("first_purchase.no_code", "No code")
PRODUCT_INSIGHT = MessageTemplate(
    "first_purchase.insight.product",
    "Customers whose first order had {product} came back {ratio}× as often as average ({rate} against {shop_rate}, "
    "{customers} first buyers).")


def first_orders(orders: pd.DataFrame) -> pd.DataFrame:
    """Return one row per known customer: customer_id, order_id (their first counted order), came_back (bool)."""
    known = orders[orders["customer_id"].notna()].sort_values(["customer_id", "ordered_at", "order_id"])
    if known.empty:
        return pd.DataFrame({"customer_id": pd.Series(dtype="Int64"), "order_id": pd.Series(dtype="int64"),
                             "came_back": pd.Series(dtype=bool)})
    counts = known.groupby("customer_id")["order_id"].transform("size")
    known = known.assign(came_back=counts >= 2)
    return known.drop_duplicates("customer_id")[["customer_id", "order_id", "came_back"]].reset_index(drop=True)


def wilson_low(successes, trials, z: float = Z_95):
    """Return the lower end of the Wilson score interval of ``successes`` / ``trials`` (arrays or numbers)."""
    n = np.asarray(trials, dtype=float)
    p = np.asarray(successes, dtype=float) / n
    centre = p + z * z / (2 * n)
    spread = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def _rates(groups: pd.DataFrame, key: list[str], shop_rate: float, min_buyers: int) -> pd.DataFrame:
    per = groups.groupby(key, dropna=False).agg(first_buyers=("customer_id", "nunique"),
                                                came_back=("came_back", "sum")).reset_index()
    per = per[per["first_buyers"] >= min_buyers].copy()
    per["came_back"] = per["came_back"].astype("int64")
    per["repeat_rate"] = per["came_back"] / per["first_buyers"]
    per["low"] = wilson_low(per["came_back"], per["first_buyers"]) if len(per) else []
    per["shop_rate"] = shop_rate
    per["ratio"] = per["repeat_rate"] / shop_rate if shop_rate else float("nan")
    return per.sort_values(["low", "first_buyers"], ascending=[False, False]).reset_index(drop=True)


def shop_repeat_rate(firsts: pd.DataFrame) -> float:
    """Return the share (0..1) of customers in ``first_orders`` who came back; 0 when there are none."""
    return float(firsts["came_back"].mean()) if len(firsts) else 0.0


def repeat_by_first_product(db: sqlite_utils.Database, min_buyers: int = MIN_FIRST_BUYERS,
                            orders: pd.DataFrame | None = None, lines: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per product found in at least ``min_buyers`` customers' first orders (PRODUCT_COLUMNS),
    highest repeat rate first. ``orders`` / ``lines`` (``core.data`` frames) are loaded when not given."""
    orders = load_orders(db) if orders is None else orders
    lines = load_lines(db) if lines is None else lines
    firsts = first_orders(orders)
    bought = lines[["order_id", "product_id", "sku", "product_name"]].merge(firsts, on="order_id")
    bought = bought.drop_duplicates(["customer_id", "product_id"])
    if bought.empty:
        return pd.DataFrame(columns=PRODUCT_COLUMNS)
    return _rates(bought, ["product_id", "sku", "product_name"], shop_repeat_rate(firsts), min_buyers)[
        PRODUCT_COLUMNS]


def repeat_by_first_code(db: sqlite_utils.Database, min_buyers: int = MIN_FIRST_BUYERS,
                         orders: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per discount code used on at least ``min_buyers`` customers' first orders (CODE_COLUMNS;
    codes compared in capitals, ``""`` for first orders without a code), highest repeat rate first."""
    orders = load_orders(db) if orders is None else orders
    firsts = first_orders(orders)
    codes = pd.read_sql_query("SELECT id AS order_id, discount_code FROM orders", db.conn)
    codes["discount_code"] = codes["discount_code"].fillna("").astype(str).str.strip().str.upper()
    with_code = firsts.merge(codes, on="order_id", how="left").fillna({"discount_code": ""})
    if with_code.empty:
        return pd.DataFrame(columns=CODE_COLUMNS)
    return _rates(with_code, ["discount_code"], shop_repeat_rate(firsts), min_buyers)[CODE_COLUMNS]


def product_insight(table: pd.DataFrame) -> Message | None:
    """Return the sentence on the product whose first buyers come back most surely above the shop's average (the
    first row, whose Wilson lower end beats the average), or None when no listed product surely does."""
    better = table[table["low"] > table["shop_rate"]]
    if better.empty:
        return None
    best = better.iloc[0]
    return PRODUCT_INSIGHT(product=str(best["product_name"]), ratio=number(best["ratio"], 1),
                           rate=percent(best["repeat_rate"]), shop_rate=percent(best["shop_rate"]),
                           customers=count(best["first_buyers"]))
