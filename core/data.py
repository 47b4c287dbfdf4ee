"""Loading the shop's orders and lines into pandas for analysis.

Every analysis starts from ``load_lines`` or ``load_orders`` so the rules about what counts (cancelled orders,
non-product lines, returns, money in major units) live in one place.

Revenue means **net product revenue**: what products sold for after line and order discounts and refunds,
without shipping, tax and fees (``NET_REVENUE_SQL``). A return (a negative line, a ``C`` invoice, a refund row)
subtracts from it.
"""

from __future__ import annotations

import pandas as pd
import sqlite_utils

from core.currency import in_main_currency, main_currency
from core.importers.base import ORDER_TOTAL_SKU
from core.store import get_setting

REVENUE_MEANING = "sales after discounts and refunds, without shipping and tax"
"""The one sentence screens show where revenue is shown (translated by the desktop)."""

REVENUE_LINE_SQL = f"(p.is_product = 1 OR p.sku = '{ORDER_TOTAL_SKU}')"
"""SQL condition (products aliased ``p``) for lines that are revenue: products, and the single value line of an
export without line items; not postage, fees, tips or gift cards."""

NET_MINOR_SQL = "COALESCE(l.net_minor, l.line_total_minor)"
"""SQL (lines aliased ``l``) for a line's net in minor units; a row written without a net is worth its total."""

INCLUDE_CANCELLED_SETTING = "include_cancelled"
"""Shop setting: True when analyses count cancelled/refunded orders too (the owner's choice in Settings)."""


def counts_cancelled(db: sqlite_utils.Database, include_cancelled: bool | None = None) -> bool:
    """Return ``include_cancelled`` when given, else the shop's setting (default False)."""
    if include_cancelled is not None:
        return bool(include_cancelled)
    return bool(get_setting(db, INCLUDE_CANCELLED_SETTING, False))


def load_lines(db: sqlite_utils.Database, include_cancelled: bool | None = None, products_only: bool = True,
               with_customer_only: bool = False) -> pd.DataFrame:
    """Return one row per order line with order, customer and product fields; money in major units.

    Columns: order_id, order_ref, customer_id, ordered_at (UTC datetime), product_id, sku, product_name,
    category, quantity, unit_price, line_total (net: after the line's discounts and refunds), gross (price ×
    quantity), is_cancelled, country, currency.
    Negative-quantity lines (returns) are never included, and by default (the shop's setting) neither are
    cancelled / voided / fully refunded orders; ``products_only`` leaves out postage, fees and the like. These are
    the baskets of what was bought.
    """
    where = ["l.quantity > 0"]
    if not counts_cancelled(db, include_cancelled):
        where.append("o.is_cancelled = 0")
    if products_only:
        where.append("p.is_product = 1")
    if with_customer_only:
        where.append("o.customer_id IS NOT NULL")
    sql = f"""
        SELECT o.id AS order_id, o.external_id AS order_ref, o.customer_id, o.ordered_at,
               l.product_id, p.sku, p.name AS product_name, p.category, l.quantity,
               l.unit_price_minor / 100.0 AS unit_price, {NET_MINOR_SQL} / 100.0 AS line_total,
               COALESCE(l.gross_minor, l.line_total_minor) / 100.0 AS gross, o.is_cancelled, o.country, o.currency
        FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id
        WHERE {' AND '.join(where)}
    """
    frame = pd.read_sql_query(sql, db.conn)
    frame["ordered_at"] = pd.to_datetime(frame["ordered_at"], utc=True, format="ISO8601")
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    return in_main_currency(db, frame, ["unit_price", "line_total", "gross"])


def load_orders(db: sqlite_utils.Database, include_cancelled: bool | None = None,
                until: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return one row per purchase: order_id, order_ref, customer_id, ordered_at, country, currency,
    is_cancelled, revenue (net product revenue, major units), lines.

    Money is in the shop's main currency (orders in a currency without a rate are left out: core.currency).
    Cancelled, voided and fully refunded orders are left out unless ``include_cancelled`` (default: the shop's
    setting). A return document (an order whose every line is negative: a ``C`` invoice, a refund row) is not a
    purchase: its (negative) revenue is taken off the same customer's latest purchase on or before it (a guest's
    off the latest guest purchase), so order counts stay counts of purchases and every total is net of returns.
    A return with no purchase before it (of goods bought before the shop's data starts) is left out.
    ``until`` (a UTC time) keeps only orders and returns placed before it: the shop as it stood then.
    """
    conditions = [] if counts_cancelled(db, include_cancelled) else ["o.is_cancelled = 0"]
    params = []
    if until is not None:
        conditions.append("o.ordered_at < ?")
        until = pd.Timestamp(until)
        until = until.tz_localize("UTC") if until.tzinfo is None else until.tz_convert("UTC")
        params.append(until.strftime("%Y-%m-%dT%H:%M:%SZ"))
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    sql = f"""
        SELECT o.id AS order_id, o.external_id AS order_ref, o.customer_id, o.ordered_at, o.country, o.currency,
               o.is_cancelled,
               COALESCE(SUM(CASE WHEN {REVENUE_LINE_SQL} THEN {NET_MINOR_SQL} END), 0) AS revenue_minor,
               COUNT(l.id) AS lines, COALESCE(SUM(l.quantity > 0), 0) AS sold_lines
        FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id LEFT JOIN products p ON p.id = l.product_id
        {where}
        GROUP BY o.id
    """
    frame = pd.read_sql_query(sql, db.conn, params=params)
    frame["ordered_at"] = pd.to_datetime(frame["ordered_at"], utc=True, format="ISO8601")
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    frame = _fold_returns(in_main_currency(db, frame, ["revenue_minor"]))
    frame["revenue"] = frame.pop("revenue_minor") / 100.0
    return frame.drop(columns=["sold_lines"])


def _fold_returns(orders: pd.DataFrame) -> pd.DataFrame:
    """Return ``orders`` with each return document's revenue_minor added to its purchase (see load_orders)."""
    is_return = (orders["lines"] > 0) & (orders["sold_lines"] == 0)
    if not is_return.any():
        return orders
    returns, purchases = orders[is_return], orders[~is_return]
    who = lambda frame: frame["customer_id"].astype("float64").fillna(-1.0)  # noqa: E731 - guests as one buyer
    left = pd.DataFrame({"row": returns.index, "who": who(returns), "at": returns["ordered_at"],
                         "amount": returns["revenue_minor"]}).sort_values("at", kind="stable")
    right = pd.DataFrame({"target": purchases.index, "who": who(purchases),
                          "at": purchases["ordered_at"]}).sort_values("at", kind="stable")
    matched = pd.merge_asof(left, right, on="at", by="who", direction="backward")
    found = matched[matched["target"].notna()]
    orders = orders.copy()
    added = found.groupby(found["target"].astype("int64"))["amount"].sum()
    orders.loc[added.index, "revenue_minor"] += added.to_numpy()
    return orders.drop(index=returns.index)


def load_customers(db: sqlite_utils.Database) -> pd.DataFrame:
    """Return the customers table: id, email, first_name, last_name, country, city, accepts_marketing, name."""
    frame = pd.read_sql_query(
        "SELECT id AS customer_id, key, email, first_name, last_name, company, country, city, accepts_marketing, tags "
        "FROM customers", db.conn)
    names = (frame["first_name"].fillna("") + " " + frame["last_name"].fillna("")).str.strip()
    fallback = frame["email"].fillna(frame["key"].str.split(":").str[-1])
    frame["name"] = names.where(names != "", fallback)
    return frame


def shop_currency(db: sqlite_utils.Database) -> str:
    """Return the currency most orders are in (``GBP`` style code), or an empty string for an empty shop.

    Every figure is in this currency: other currencies are converted with the owner's rates (core.currency)."""
    return main_currency(db)
