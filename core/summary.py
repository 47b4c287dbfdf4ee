"""Headline counts of a shop: what ``python -m core summary`` prints and the status bar shows."""

from __future__ import annotations

import sqlite_utils

from core.currency import order_currencies, unconverted_currencies
from core.data import NET_MINOR_SQL, REVENUE_LINE_SQL, REVENUE_MEANING, load_orders, shop_currency


RETURNS_SQL = ("SELECT COUNT(*) FROM (SELECT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id "
               "WHERE o.is_cancelled = 0 GROUP BY o.id HAVING MAX(l.quantity) < 0)")
"""Orders (not cancelled) whose every line returns goods."""


def file_counts(db: sqlite_utils.Database) -> dict:
    """Return the records on file as the status bar counts them: customers, orders, cancelled_orders and returns
    (orders that only return goods). A second or more on a shop of a million lines: call it off the GUI thread."""
    orders, cancelled = db.execute("SELECT COUNT(*), COALESCE(SUM(is_cancelled), 0) FROM orders").fetchone()
    return {"customers": db.execute("SELECT COUNT(*) FROM customers").fetchone()[0], "orders": orders,
            "cancelled_orders": cancelled, "returns": db.execute(RETURNS_SQL).fetchone()[0]}


def shop_summary(db: sqlite_utils.Database) -> dict:
    """Return a dict of headline figures.

    Keys: customers, orders, orders_with_customer, cancelled_orders, returns (orders that only return goods), lines, lines_with_customer, products,
    revenue (net product revenue of the orders that count: after discounts and refunds, returns taken off,
    without shipping and tax; in the main currency, other currencies converted with the owner's rates and left
    out without one), revenue_meaning, currency, currencies ({code: orders}), currencies_without_rate,
    first_order, last_order, imports.
    """
    one = lambda sql: db.execute(sql).fetchone()  # noqa: E731
    counts = file_counts(db)
    with_customer, first, last = one("SELECT COUNT(customer_id), MIN(ordered_at), MAX(ordered_at) FROM orders")
    lines, lines_with_customer = one(
        "SELECT COUNT(*), COUNT(o.customer_id) FROM order_lines l JOIN orders o ON o.id = l.order_id")
    # A return with no purchase of the same customer before it returns goods bought before the data starts: as in
    # core.data.load_orders, it is not counted.
    unmatched_returns_minor = one(
        f"SELECT COALESCE(SUM({NET_MINOR_SQL}), 0) FROM order_lines l JOIN products p ON p.id = l.product_id "
        f"WHERE {REVENUE_LINE_SQL} AND l.order_id IN (SELECT r.id FROM orders r JOIN order_lines rl "
        "ON rl.order_id = r.id WHERE r.is_cancelled = 0 GROUP BY r.id HAVING MAX(rl.quantity) < 0 AND NOT EXISTS ("
        "SELECT 1 FROM orders b JOIN order_lines bl ON bl.order_id = b.id WHERE b.is_cancelled = 0 "
        "AND bl.quantity > 0 AND b.customer_id IS r.customer_id AND b.ordered_at <= r.ordered_at))")[0]
    revenue_minor = -unmatched_returns_minor + one(
        f"SELECT COALESCE(SUM({NET_MINOR_SQL}), 0) FROM order_lines l JOIN orders o ON o.id = l.order_id "
        f"JOIN products p ON p.id = l.product_id WHERE o.is_cancelled = 0 AND {REVENUE_LINE_SQL}")[0]
    return {
        "customers": counts["customers"],
        "orders": counts["orders"],
        "orders_with_customer": with_customer,
        "cancelled_orders": counts["cancelled_orders"],
        "returns": counts["returns"],
        "lines": lines,
        "lines_with_customer": lines_with_customer,
        "products": one("SELECT COUNT(*) FROM products WHERE is_product = 1")[0],
        "revenue": round(revenue_minor / 100, 2) if len(order_currencies(db)) <= 1 else
        round(float(load_orders(db, include_cancelled=False)["revenue"].sum()), 2),
        "currencies": order_currencies(db),
        "currencies_without_rate": unconverted_currencies(db),
        "revenue_meaning": REVENUE_MEANING,
        "currency": shop_currency(db),
        "first_order": first,
        "last_order": last,
        "imports": one("SELECT COUNT(*) FROM imports")[0],
    }
