"""Repurchase intervals and refills due, checked against a hand-built history and a plain-Python computation."""

from __future__ import annotations

import statistics

import pandas as pd
import pytest

from core.analysis.replenish import refills_due, repurchase_intervals, shop_refills_due
from core.data import load_lines

DAY = pd.Timestamp("2024-01-01", tz="UTC")


def history(rows):
    """rows = [(customer, product, day offset)] → lines like core.data.load_lines (one order each)."""
    frame = pd.DataFrame([(k, c, DAY + pd.Timedelta(days=d, hours=9), p, f"P{p}")
                          for k, (c, p, d) in enumerate(rows, start=1)],
                         columns=["order_id", "customer_id", "ordered_at", "product_id", "product_name"])
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    return frame


def test_median_interval_and_minimum_observations():
    rows = []
    for customer, start in ((1, 0), (2, 3), (3, 10)):  # coffee (1): every 30 days, customer 3 every 40
        gap = 40 if customer == 3 else 30
        rows += [(customer, 1, start + k * gap) for k in range(3)]
    rows += [(1, 1, 60)]  # same day twice counts once
    rows += [(4, 2, 0), (4, 2, 100)]  # mug (2): one interval only
    lines = history(rows)
    table = repurchase_intervals(lines, min_observations=3)
    assert table["product_id"].tolist() == [1]
    row = table.iloc[0]
    assert row.observations == 6 and row.customers == 3
    assert row.median_days == statistics.median([30, 30, 30, 30, 40, 40])
    assert repurchase_intervals(lines, min_observations=1)["product_id"].tolist() == [1, 2]


def test_refills_due_window_and_reason():
    rows = [(c, 1, d) for c in (1, 2, 3) for d in (0, 30, 60)]  # everyone rebuys every 30 days
    rows += [(4, 1, 0), (4, 1, 30), (4, 1, 150)]   # customer 4: last bought on day 150
    rows += [(5, 1, 0)]                             # customer 5: bought once, day 0 → lapsed by day 160
    rows += [(6, 1, 140)]                           # customer 6: bought on day 140 → not due yet
    rows += [(7, 9, 160)]                           # someone orders on day 160: the shop's "today"
    lines = history(rows)
    due = refills_due(lines, min_observations=3)
    # day 160: customers 1-3 last bought day 60 → 100 days ≥ 1.5×30 → lapsed; customer 4: 10 days → not yet
    assert due.empty
    due = refills_due(lines, min_observations=3, as_of=DAY + pd.Timedelta(days=185))
    assert due["customer_id"].tolist() == [4]  # 35 days after; customer 6 at 45 = 1.5×30 has lapsed
    wider = refills_due(lines, min_observations=3, as_of=DAY + pd.Timedelta(days=185), lapsed_factor=3)
    assert wider["customer_id"].tolist() == [4, 6]
    assert due.iloc[0].days_since == 35 and due.iloc[0].days_overdue == 5
    assert due.iloc[0].reason == "usually rebuys every 30 days, last bought 35 days ago"
    due = refills_due(lines, min_observations=3, as_of=DAY + pd.Timedelta(days=175), lapsed_factor=10)
    # 175: customers 1-3 at 115 days, 4 at 25 (not yet), 5 at 175 (≥ 30, < 300), 6 at 35
    assert sorted(due["customer_id"].tolist()) == [1, 2, 3, 5, 6]
    ratios = (due["days_since"] / due["median_days"]).tolist()
    assert ratios == sorted(ratios)


def test_demo_shop_refills(demo_db):
    lines = load_lines(demo_db, with_customer_only=True)
    table = repurchase_intervals(lines)
    assert len(table) > 100 and (table["observations"] >= 5).all()
    # independent check of the busiest product's median with plain Python
    top = table.iloc[0]
    gaps = []
    for _, part in lines[lines["product_id"] == top.product_id].groupby("customer_id"):
        days = sorted(set(part["ordered_at"].dt.tz_convert(None).dt.normalize()))
        gaps += [(b - a).days for a, b in zip(days, days[1:])]
    assert top.observations == len(gaps)
    assert top.median_days == pytest.approx(statistics.median(gaps))
    due = shop_refills_due(demo_db)
    assert len(due) > 0 and due["customer"].notna().all()
    assert (due["days_since"] >= due["median_days"]).all()


def test_refills_match_plain_python_on_random_lines():
    """Unsorted lines, several lines of one product on one day, guests: every interval and refill due as a plain
    Python walk over each customer's purchase days gives them."""
    import numpy as np

    rng = np.random.default_rng(7)
    n = 4000
    start = pd.Timestamp("2024-01-01", tz="UTC")
    customers = rng.integers(1, 120, n).astype(float)
    customers[rng.random(n) < 0.05] = np.nan  # guests
    lines = pd.DataFrame({
        "customer_id": pd.array(customers, dtype="Int64"),
        "product_id": rng.integers(1, 9, n),
        "product_name": "",
        "ordered_at": start + pd.to_timedelta(rng.integers(0, 400, n), unit="D")
                      + pd.to_timedelta(rng.integers(0, 86_400, n), unit="s")})
    lines["product_name"] = "P" + lines["product_id"].astype(str)

    days: dict = {}
    for customer, product, when in zip(lines["customer_id"], lines["product_id"], lines["ordered_at"]):
        if customer is pd.NA:
            continue
        days.setdefault((int(customer), int(product)), set()).add((when.normalize() - start).days)
    gaps: dict = {}
    for (customer, product), bought in days.items():
        ordered = sorted(bought)
        for earlier, later in zip(ordered, ordered[1:]):
            gaps.setdefault(product, []).append((later - earlier, customer))
    expected = {product: (statistics.median(g for g, _ in found), len(found), len({c for _, c in found}))
                for product, found in gaps.items() if len(found) >= 5}
    intervals = repurchase_intervals(lines, min_observations=5)
    assert {int(r.product_id): (r.median_days, r.observations, r.customers) for r in intervals.itertuples()} \
        == expected

    today = (lines["ordered_at"].max().normalize() - start).days
    due_expected = set()
    for (customer, product), bought in days.items():
        if product in expected:
            since = today - max(bought)
            if expected[product][0] <= since < 1.5 * expected[product][0]:
                due_expected.add((customer, product, since))
    due = refills_due(lines, min_observations=5)
    assert set(zip(due["customer_id"].astype(int), due["product_id"].astype(int), due["days_since"])) == due_expected
    ratios = (due["days_since"] / due["median_days"]).to_numpy()
    assert (np.diff(ratios) >= 0).all()
    assert all(str(text).startswith("usually rebuys every") for text in due["reason"])
