"""VIP, win-back (personal interval) and at-risk lists, on a shop written for the test and on the demo shop."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from core.analysis.lists import build_lists, customer_overview
from core.analysis.profile import customer_profile, search_customers
from core.data import load_orders
from core.importers.pipeline import import_file

END = datetime(2024, 6, 30, 12, 0)


def _write_shop(tmp_path, fresh_db):
    """Customers 100 (every 10 days, silent 50), 200 (every 60 days, silent 50), 300 (once, 200 days ago),
    400..409 (two orders 20 days apart, the last on END) — in Online Retail CSV shape."""
    rows = ["Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country"]
    inv = [5000]

    def order(cid, when, qty, price, country="France"):
        inv[0] += 1
        rows.append(f"{inv[0]},A1,RED MUG,{qty},{when:%Y-%m-%d %H:%M:%S},{price:.2f},{cid}.0,{country}")

    for i in range(6):
        order(100, END - timedelta(days=50 + 10 * (5 - i)), 10, 5.0)
    for i in range(4):
        order(200, END - timedelta(days=50 + 60 * (3 - i)), 2, 5.0)
    order(300, END - timedelta(days=200), 1, 3.0)
    for c in range(400, 410):
        order(c, END - timedelta(days=20), 1, 4.0, "Germany")
        order(c, END, 1, 4.0, "Germany")
    path = tmp_path / "shop.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_file(fresh_db, path)
    return fresh_db


def _cid(db, external):
    return db.execute("SELECT customer_id FROM customer_sources WHERE external_id = ?", [str(external)]).fetchone()[0]


def test_winback_uses_each_customers_own_interval(tmp_path, fresh_db):
    db = _write_shop(tmp_path, fresh_db)
    overview = customer_overview(db)
    assert not overview.clv.reliable            # 13 customers: predictions fall back to RFM
    lists = build_lists(overview, vip_top=2)
    wb = lists["winback"].members.set_index("customer_id")
    a, b, once = _cid(db, 100), _cid(db, 200), _cid(db, 300)
    assert a in wb.index and b not in wb.index
    assert wb.loc[a, "reason"] == "usually orders every 10 days, silent for 50"
    # one-time buyer compared with the shop's typical time to a second order (20 days here)
    assert once in wb.index
    assert wb.loc[once, "reason"] == "bought once; customers here usually reorder within 20 days, silent for 200"
    assert overview.shop_interval_days == 20
    # VIP by spend: customer 100 spent 6*50 = 300, customer 200 spent 4*10 = 40 (the next highest)
    assert list(lists["vip"].members["customer_id"]) == [a, b]
    assert len(build_lists(overview, vip_percent=50)["vip"].members) == math.ceil(13 * 0.5)


def test_lists_on_demo_shop_match_an_independent_interval_computation(demo_db):
    overview = customer_overview(demo_db)
    lists = build_lists(overview, vip_percent=10)
    n = len(overview.table)
    assert len(lists["vip"].members) == math.ceil(n * 0.1)
    vip = lists["vip"].members
    assert vip["clv"].is_monotonic_decreasing and overview.clv.reliable
    orders = load_orders(demo_db)
    orders = orders[orders["customer_id"].notna()]
    last = orders["ordered_at"].max().normalize()
    wb = lists["winback"].members
    assert len(wb) > 0
    for row in wb.head(15).itertuples():
        days = sorted(set(orders.loc[orders["customer_id"] == row.customer_id, "ordered_at"].dt.normalize()))
        if len(days) > 1:
            typical = float(np.median([(b - a).days for a, b in zip(days, days[1:])]))
            assert row.typical_interval_days == typical
            assert row.recency_days >= 2 * typical
    risk = lists["at_risk"].members
    assert (risk["monetary"] >= overview.table["monetary"].quantile(0.75)).all()
    assert (risk["frequency"] >= 2).all() and (risk["silence_ratio"] < 2).all()
    assert (risk["lapse_percentile"] >= 0.5).all() and (wb["lapse_percentile"] >= 0.5).all()


def test_lists_keep_a_useful_size_and_count_the_rest(demo_db):
    overview = customer_overview(demo_db)
    t = overview.table
    n = len(t)
    # the lapse percentile: the share of customers with a lower score, ties counted half, written out
    scores = t["lapse_score"].tolist()
    pct = [(sum(v < x for v in scores) + (sum(v == x for v in scores) + 1) / 2) / n for x in scores]
    assert np.allclose(t["lapse_percentile"], pct, atol=1e-4)
    likely = np.array(pct) >= 0.5
    silent = (t["silence_ratio"] >= 2) & (t["recency_days"] >= 30)
    qualifying = t[silent & likely].sort_values(["clv", "monetary"], ascending=False)
    for cap in (None, 5):
        lists = build_lists(overview, max_members=cap)
        wb = lists["winback"]
        size = math.ceil(n * 0.2) if cap is None else cap
        assert len(wb.members) == min(size, len(qualifying))
        assert wb.more == len(qualifying) - len(wb.members)
        assert list(wb.members["customer_id"]) == list(qualifying["customer_id"].head(size))
        assert len(wb.members) <= 0.2 * n + 1
        if wb.more:
            assert str(wb.more_message) == f"Showing the {len(wb.members)} most valuable, and {wb.more} more."
    assert build_lists(overview, max_share=1.0)["winback"].more == 0


def test_profile_and_search_on_demo_shop(demo_db):
    hits = search_customers(demo_db, "example.com", limit=5)
    assert len(hits) == 5
    cid = int(hits.iloc[0]["customer_id"])
    assert int(search_customers(demo_db, str(cid)).iloc[0]["customer_id"]) == cid
    profile = customer_profile(demo_db, cid)
    orders = load_orders(demo_db, include_cancelled=True)
    mine = orders[orders["customer_id"] == cid]
    assert len(profile["orders"]) == len(mine)
    assert profile["identity"]["id"] == cid
    if len(mine[mine["is_cancelled"] == 0]):
        assert profile["summary"]["frequency"] == mine[mine["is_cancelled"] == 0]["order_id"].nunique()
        assert profile["summary"]["segment"]
