"""buyer_bestsellers counts distinct buyers (a customer, or a guest's order) and orders per product."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.analysis.bestsellers import buyer_bestsellers
from core.data import load_lines


def _brute_force(lines: pd.DataFrame) -> list[tuple[int, int, int]]:
    buyers, orders = {}, {}
    for product, customer, order in zip(lines["product_id"], lines["customer_id"], lines["order_id"]):
        buyer = ("order", int(order)) if pd.isna(customer) else ("customer", int(customer))
        buyers.setdefault(int(product), set()).add(buyer)
        orders.setdefault(int(product), set()).add(int(order))
    rows = [(p, len(buyers[p]), len(orders[p])) for p in buyers]
    return sorted(rows, key=lambda row: (-row[1], -row[2], row[0]))


def test_buyers_and_orders_on_the_demo_shop(demo_db):
    lines = load_lines(demo_db)
    lines = lines[lines.index % 3 != 0]  # a filtered frame: its index has gaps
    got = buyer_bestsellers(lines)
    assert list(got.columns) == ["product_id", "buyers", "orders"]
    assert list(got.itertuples(index=False, name=None)) == _brute_force(lines)
    assert buyer_bestsellers(lines, 5)["product_id"].tolist() == [row[0] for row in _brute_force(lines)[:5]]


def test_a_guest_order_never_counts_as_a_customer_with_the_same_number():
    lines = pd.DataFrame({"product_id": [1, 1, 1, 2, 2, 2],
                          "customer_id": pd.array([7, None, None, 7, 7, None], dtype="Int64"),
                          "order_id": [7, 7, 8, 1, 2, 7]})
    got = buyer_bestsellers(lines)
    assert list(got.itertuples(index=False, name=None)) == _brute_force(lines) == [(1, 3, 2), (2, 2, 3)]
    assert np.issubdtype(got["buyers"].dtype, np.integer)
