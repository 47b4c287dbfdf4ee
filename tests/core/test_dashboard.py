"""Headline figures and top actions checked against independent SQL / pandas computations."""

from __future__ import annotations

import pandas as pd
import pytest

from core.dashboard import at_risk_customers, headline_figures, top_actions, vip_customers
from core.charts.sources import ShopData
from core.importers.pipeline import import_file
from tests.core.net_oracle import net_orders


def _by_key(headlines):
    return {h.key: h for h in headlines}


def test_headlines_on_demo_match_sql(demo_db):
    heads = _by_key(headline_figures(demo_db))
    assert list(heads) == ["customers", "repeat_rate", "revenue_30d", "revenue_90d", "average_order", "at_risk",
                           "vip"]
    # purchases with net product revenue, returns folded in (tests/core/net_oracle.py: SQL + brute force)
    purchases = net_orders(demo_db)
    per_customer = purchases.dropna(subset=["customer_id"]).groupby("customer_id").size()
    assert heads["customers"].value == len(per_customer)
    assert heads["repeat_rate"].value == pytest.approx((per_customer >= 2).mean())
    last = purchases["when"].max()
    for days in (30, 90):
        cents = purchases.loc[purchases["when"] > last - pd.Timedelta(days=days), "cents"].sum()
        assert heads[f"revenue_{days}d"].value == pytest.approx(cents / 100)
        assert heads[f"revenue_{days}d"].text.startswith("£")
    assert heads["average_order"].value == pytest.approx(purchases["cents"].sum() / 100 / len(purchases))
    assert all(h.explanation and "\n" not in h.explanation for h in heads.values())


def test_vip_is_the_top_five_percent_by_spend(demo_db):
    orders = ShopData(demo_db).orders
    vip = vip_customers(orders)
    spend = orders.dropna(subset=["customer_id"]).groupby("customer_id")["revenue"].sum()
    assert len(vip) == round(len(spend) * 0.05)
    assert set(vip["customer_id"]) == set(spend.sort_values(ascending=False).index[: len(vip)])


def test_at_risk_rule_on_hand_made_customers():
    stamps = {
        1: ["2024-01-01", "2024-01-11", "2024-01-21"],  # every 10 days, silent 60 at the end: at risk
        2: ["2024-01-01", "2024-02-20"],                # gap 50, silent 12: fine
        3: ["2024-03-01"],                              # one order: not a repeat customer
        4: ["2024-01-01", "2024-03-01", "2024-03-03"],  # median gap 30.5 (59, 2), silent 19: fine
    }
    rows = [(c, pd.Timestamp(s + " 12:00", tz="UTC")) for c, days in stamps.items() for s in days]
    rows.append((2, pd.Timestamp("2024-03-21 12:00", tz="UTC")))  # the last order: sets "today"
    orders = pd.DataFrame(rows, columns=["customer_id", "ordered_at"])
    orders["order_id"] = range(len(orders))
    orders["revenue"] = 10.0
    orders["customer_id"] = orders["customer_id"].astype("Int64")
    risky = at_risk_customers(orders)
    assert risky["customer_id"].tolist() == [1]
    assert risky["typical_gap_days"].iloc[0] == 10


def test_empty_shop_headlines_and_actions(fresh_db):
    heads = _by_key(headline_figures(fresh_db))
    assert heads["customers"].value == 0
    assert heads["repeat_rate"].value is None
    assert top_actions(fresh_db) == ["Import your shop's orders to get suggestions."]


def test_top_actions_and_headlines_agree_with_the_customer_lists(demo_db):
    lists_module = pytest.importorskip("core.analysis.lists")
    lists = lists_module.customer_lists(demo_db)
    actions = top_actions(demo_db)
    assert actions[0].startswith(f"{len(lists['winback'].members):,} customers due for a win-back offer")
    assert 3 <= len(actions) <= 5
    heads = _by_key(headline_figures(demo_db))
    assert heads["vip"].value == len(lists["vip"].members)
    assert heads["at_risk"].value == len(lists["at_risk"].members)
    assert heads["vip"].list_key == "vip" and heads["at_risk"].list_key == "at_risk"


def test_fallback_rules_without_the_lists_module(demo_db, monkeypatch):
    from core.charts import sources

    def missing(self):
        raise sources.NotAvailable("not here")

    monkeypatch.setattr(sources.ShopData, "lists", missing)
    monkeypatch.setattr(sources.ShopData, "segments", missing)
    shop = ShopData(demo_db)
    heads = _by_key(headline_figures(shop))
    assert heads["at_risk"].value == len(at_risk_customers(shop.orders))
    assert heads["vip"].value == len(vip_customers(shop.orders))
    actions = top_actions(shop)
    assert actions[0].startswith(f"{len(at_risk_customers(shop.orders)):,} customers due for a win-back offer")


def test_tiny_shop(fresh_db, tiny_shop_csv):
    import_file(fresh_db, tiny_shop_csv)
    heads = _by_key(headline_figures(fresh_db))
    assert heads["customers"].value == 2
    assert heads["repeat_rate"].value == pytest.approx(0.5)
