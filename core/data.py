"""Loading the shop's orders and lines into pandas for analysis.

Every analysis starts from ``load_lines`` or ``load_orders`` so the rules about what counts (cancelled orders,
non-product lines, money in major units) live in one place.
"""

from __future__ import annotations

import pandas as pd
import sqlite_utils

from core.store import get_setting

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
    category, quantity, unit_price, line_total, is_cancelled, country, currency.
    By default (the shop's setting) cancelled/refunded orders, negative-quantity lines and non-product lines are
    left out.
    """
    where = ["1 = 1"]
    if not counts_cancelled(db, include_cancelled):
        where += ["o.is_cancelled = 0", "l.quantity > 0"]
    if products_only:
        where.append("p.is_product = 1")
    if with_customer_only:
        where.append("o.customer_id IS NOT NULL")
    sql = f"""
        SELECT o.id AS order_id, o.external_id AS order_ref, o.customer_id, o.ordered_at,
               l.product_id, p.sku, p.name AS product_name, p.category, l.quantity,
               l.unit_price_minor / 100.0 AS unit_price, l.line_total_minor / 100.0 AS line_total,
               o.is_cancelled, o.country, o.currency
        FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id
        WHERE {' AND '.join(where)}
    """
    frame = pd.read_sql_query(sql, db.conn)
    frame["ordered_at"] = pd.to_datetime(frame["ordered_at"], utc=True, format="ISO8601")
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    return frame


def load_orders(db: sqlite_utils.Database, include_cancelled: bool | None = None) -> pd.DataFrame:
    """Return one row per order: order_id, order_ref, customer_id, ordered_at, revenue (major units), lines.

    Revenue is the sum of the order's lines (postage and fees included, returns excluded); cancelled and
    refunded orders are left out unless ``include_cancelled`` (default: the shop's setting).
    """
    where = "" if counts_cancelled(db, include_cancelled) else "WHERE o.is_cancelled = 0"
    sql = f"""
        SELECT o.id AS order_id, o.external_id AS order_ref, o.customer_id, o.ordered_at, o.country, o.currency,
               o.is_cancelled,
               COALESCE(SUM(CASE WHEN l.quantity > 0 THEN l.line_total_minor END), 0) / 100.0 AS revenue,
               COUNT(l.id) AS lines
        FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id
        {where}
        GROUP BY o.id
    """
    frame = pd.read_sql_query(sql, db.conn)
    frame["ordered_at"] = pd.to_datetime(frame["ordered_at"], utc=True, format="ISO8601")
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    return frame


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
    """Return the currency most orders are in (``GBP`` style code), or an empty string for an empty shop."""
    row = db.execute(
        "SELECT currency FROM orders WHERE currency IS NOT NULL GROUP BY currency ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else ""
