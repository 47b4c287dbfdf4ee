"""An independent reference for "revenue" in tests: net product revenue per purchase, returns folded in.

Written by brute force (SQL sums, then a plain Python loop), not with core.data's pandas merge: a return
document (an order whose every line is negative) takes its money off the same customer's latest purchase at or
before it (a guest's off the latest guest purchase); with no such purchase it is left out.
"""

from __future__ import annotations

import pandas as pd


def net_orders(db, include_cancelled: bool = False) -> pd.DataFrame:
    """Return one row per purchase: id, customer_id, ordered_at (text), cents (net product revenue)."""
    where = "" if include_cancelled else "WHERE o.is_cancelled = 0"
    rows = db.execute(
        "SELECT o.id, o.customer_id, o.ordered_at, "
        "COALESCE(SUM(CASE WHEN p.is_product = 1 OR p.sku = 'ORDER TOTAL' "
        "THEN COALESCE(l.net_minor, l.line_total_minor) END), 0), "
        "COALESCE(SUM(l.quantity > 0), 0), COUNT(l.id) "
        f"FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id LEFT JOIN products p ON p.id = l.product_id "
        f"{where} GROUP BY o.id ORDER BY o.id").fetchall()
    purchases = {r[0]: [r[0], r[1], r[2], r[3]] for r in rows if not (r[5] > 0 and r[4] == 0)}
    for oid, customer, at, cents, sold, lines in rows:
        if not (lines > 0 and sold == 0):
            continue
        earlier = [p for p in purchases.values() if p[1] == customer and p[2] <= at]
        if earlier:
            max(earlier, key=lambda p: (p[2], p[0]))[3] += cents
    frame = pd.DataFrame(list(purchases.values()), columns=["id", "customer_id", "ordered_at", "cents"])
    frame["when"] = pd.to_datetime(frame["ordered_at"], utc=True)
    return frame
