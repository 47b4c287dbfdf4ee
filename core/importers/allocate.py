"""Sharing an order's own discount and partial refund out over its lines, exactly, in minor units.

Exports give some money per order only: a discount code on the whole basket, a partial refund. Revenue per
product, per customer and per month needs it per line, so each order-level amount is split pro rata to the
lines' value by the largest-remainder method: the shares are whole minor units and add up to the amount.
A line's net = gross − its own discount − its share of the order discount − its share of the refund.
"""

from __future__ import annotations

import json
from itertools import groupby


def share_pro_rata(amount: int, weights: list[int]) -> list[int]:
    """Return whole shares of ``amount`` proportional to ``weights`` (≥ 0) that add up to ``amount``.

    Remainders go to the largest fractional parts, ties to the earlier weight. All-zero weights: all zero.
    """
    total = sum(weights)
    if amount == 0 or total <= 0:
        return [0] * len(weights)
    floors = [amount * w // total for w in weights]
    remainders = [amount * w % total for w in weights]
    left = amount - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:left]:
        floors[i] += 1
    return floors


def _order_shares(lines: list[tuple], order_discount: int | None, discount_total: int | None,
                  refunded: int, counts: bool) -> list[tuple[int, int, int]]:
    """Return ``(line id, discount share, refund share)`` for one order's lines ``(id, gross, own discount,
    is_product)``."""
    own_total = sum(d for _i, _g, d, _p in lines)
    if order_discount is None:
        order_discount = max(0, (discount_total or 0) - own_total)
    # Shared over the products sold (a fee or a return line takes no share); no product: over every sold line.
    eligible = [(i, g - d) for i, g, d, p in lines if p and g > 0] or [(i, g - d) for i, g, d, _p in lines if g > 0]
    after = {i: max(0, v) for i, v in eligible}
    order_discount = min(max(0, order_discount), sum(after.values()))
    discount_share = dict(zip(after, share_pro_rata(order_discount, list(after.values()))))
    remaining = {i: after[i] - discount_share[i] for i in after}
    refund = min(max(0, refunded or 0), sum(remaining.values())) if counts else 0
    refund_share = dict(zip(remaining, share_pro_rata(refund, list(remaining.values()))))
    return [(i, discount_share.get(i, 0), refund_share.get(i, 0)) for i, _g, _d, _p in lines]


def share_order_amounts(conn, order_ids: list[int], reset: bool = True) -> int:
    """Share the order discount and partial refund of ``order_ids`` over their lines and set each line's net.

    ``reset`` first clears earlier shares of these orders (needed when they may have been shared before).
    Returns the number of orders that had something to share.
    """
    if not order_ids:
        return 0
    ids = json.dumps(list(order_ids))
    if reset:
        conn.execute("UPDATE order_lines SET order_discount_minor = 0, refunded_minor = 0, "
                     "net_minor = gross_minor - discount_minor WHERE order_id IN (SELECT value FROM json_each(?)) "
                     "AND (order_discount_minor != 0 OR refunded_minor != 0)", (ids,))
    orders = conn.execute(
        "SELECT id, order_discount_minor, discount_minor, COALESCE(refunded_minor, 0), is_cancelled FROM orders "
        "WHERE id IN (SELECT value FROM json_each(?)) AND (COALESCE(order_discount_minor, 0) > 0 "
        "OR (order_discount_minor IS NULL AND COALESCE(discount_minor, 0) > 0) OR COALESCE(refunded_minor, 0) > 0)",
        (ids,)).fetchall()
    if not orders:
        return 0
    amounts = {row[0]: row[1:] for row in orders}
    lines = conn.execute(
        "SELECT l.order_id, l.id, l.gross_minor, l.discount_minor, p.is_product FROM order_lines l "
        "JOIN products p ON p.id = l.product_id WHERE l.order_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY l.order_id, l.line_no", (json.dumps(list(amounts)),)).fetchall()
    updates = []
    for order_id, rows in groupby(lines, key=lambda r: r[0]):
        order_discount, discount_total, refunded, cancelled = amounts[order_id]
        rows = [(r[1], r[2], r[3], r[4]) for r in rows]
        for line_id, discount_share, refund_share in _order_shares(rows, order_discount, discount_total,
                                                                   refunded, not cancelled):
            if discount_share or refund_share:
                updates.append((discount_share, refund_share, line_id))
    conn.executemany("UPDATE order_lines SET order_discount_minor = ?1, refunded_minor = ?2, "
                     "net_minor = gross_minor - discount_minor - ?1 - ?2 WHERE id = ?3", updates)
    return len(amounts)
