"""Offer tiers that skip full-price buyers and scale by predicted value (issue 19): the percents and the tier
preview's costs against a flat discount, checked by brute force over the rows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.offers.campaign import OfferSpec, build_offer
from core.offers.tiers import (MAX_VALUE_FACTOR, MIN_VALUE_FACTOR, DiscountTier, assign_tiers, discount_inputs,
                               estimate_cost, tier_preview)
from core.shop_data import ShopData
from tests.core.analysis.history_shop import history_orders, import_history

TIERS = (DiscountTier("winback", "Win-back", 20.0, ("hibernating", "at_risk")),
         DiscountTier("vip", "VIP", 10.0, ("champions",)))


def members(seed: int = 1, n: int = 60) -> pd.DataFrame:
    rnd = np.random.default_rng(seed)
    return pd.DataFrame({
        "customer_id": np.arange(1, n + 1),
        "segment": rnd.choice(["hibernating", "at_risk", "champions", "promising"], n),
        "value": rnd.uniform(10, 500, n), "average_order": rnd.uniform(20, 120, n).round(2),
        "deal_seeker": rnd.random(n) < 0.4,
        "predicted_value": np.where(rnd.random(n) < 0.9, rnd.uniform(0, 400, n), np.nan)})


def brute_percent(row, margin: float | None) -> tuple[float, float]:
    """(percent given, flat percent) for one row, written out by hand."""
    base = {"hibernating": 20.0, "at_risk": 20.0, "champions": 10.0}.get(row["segment"], 5.0)
    cap = lambda p: p if margin is None else min(p, margin * 0.5)  # noqa: E731
    return base, cap(base)


@pytest.mark.parametrize("margin", [None, 30.0])
def test_skip_full_price_and_scale_by_value(margin):
    frame = members()
    out = assign_tiers(frame, TIERS, default_percent=5.0, margin_percent=margin, skip_full_price=True,
                       scale_by_value=True)
    median = frame["predicted_value"].dropna().median()
    for row, got in zip(frame.to_dict("records"), out.to_dict("records")):
        base, flat = brute_percent(row, margin)
        assert got["flat_percent"] == pytest.approx(flat)
        if not row["deal_seeker"]:
            assert got["discount_percent"] == 0.0
            continue
        if np.isnan(row["predicted_value"]):
            wanted = base
        else:
            wanted = round(base * min(max(row["predicted_value"] / median, MIN_VALUE_FACTOR), MAX_VALUE_FACTOR))
        expected = wanted if margin is None else min(wanted, margin * 0.5)
        assert got["discount_percent"] == pytest.approx(expected)
        assert got["discount_capped"] == (expected < wanted)


def test_without_options_nothing_changes():
    frame = members(2)
    plain = assign_tiers(frame.drop(columns=["deal_seeker", "predicted_value"]), TIERS, default_percent=5.0)
    both = assign_tiers(frame, TIERS, default_percent=5.0)
    assert plain["discount_percent"].tolist() == both["discount_percent"].tolist()
    assert (both["discount_percent"] == both["flat_percent"]).all()
    cost = estimate_cost(both)
    assert cost["saving"] == 0.0


def test_tier_costs_and_saving_against_a_flat_discount():
    frame = assign_tiers(members(3), TIERS, default_percent=5.0, skip_full_price=True, scale_by_value=True)
    cost = estimate_cost(frame, redemption_rate=0.2)
    preview = tier_preview(cost).set_index("tier")
    for label in frame["discount_tier"].unique():
        rows = frame[frame["discount_tier"] == label]
        given = sum(r.average_order * r.discount_percent / 100 for r in rows.itertuples())
        flat = sum(r.average_order * r.flat_percent / 100 for r in rows.itertuples())
        assert preview.loc[label, "max_cost"] == pytest.approx(given, abs=0.01)
        assert preview.loc[label, "flat_cost"] == pytest.approx(flat, abs=0.01)
        assert preview.loc[label, "saving"] == pytest.approx(flat - given, abs=0.02)
        assert preview.loc[label, "no_discount"] == int((rows["discount_percent"] == 0).sum())
    total = sum(r.average_order * r.discount_percent / 100 for r in frame.itertuples())
    assert cost["max_cost"] == pytest.approx(total, abs=0.01)
    assert cost["expected_cost"] == pytest.approx(total * 0.2, abs=0.01)
    assert cost["saving"] > 0  # full-price buyers skipped: cheaper than the flat discount


def test_discount_inputs_from_the_shop(tmp_path):
    raw = history_orders(seed=4, customers=50)
    db = import_history(raw, tmp_path)
    shop = ShopData(db)
    ids = [row[0] for row in db.execute("SELECT id FROM customers ORDER BY id")] + [999999]
    inputs = discount_inputs(shop, ids).set_index("customer_id")
    emails = dict(db.execute("SELECT id, email FROM customers").fetchall())
    orders = raw[(raw["Financial Status"] != "") & (raw["_status"] == "paid")]
    share = orders.groupby("_email")["_deal"].mean()
    for cid, email in emails.items():
        if email in share.index:
            assert inputs.loc[cid, "deal_share"] == pytest.approx(share[email])
            assert inputs.loc[cid, "deal_seeker"] == (share[email] >= 0.5)
    assert bool(inputs.loc[999999, "deal_seeker"])  # no history: keeps the discount
    assert "predicted_value" in inputs


@pytest.mark.slow  # builds two offers (picks and all): about 7 s
def test_offer_skips_full_price_buyers(tmp_path):
    raw = history_orders(seed=4, customers=60)
    db = import_history(raw, tmp_path)
    orders = raw[(raw["Financial Status"] != "") & (raw["_status"] == "paid")]
    share = orders.groupby("_email")["_deal"].mean()
    spec = OfferSpec(audience="all", target="csv", tiers=(), default_percent=10.0, control_share=0.0,
                     skip_full_price=True)
    result = build_offer(db, spec)
    table = result.table.set_index("email")
    for email, row in table.iterrows():
        assert row["discount_percent"] == (10.0 if share[email] >= 0.5 else 0.0), email
    flat = build_offer(db, OfferSpec(audience="all", target="csv", tiers=(), default_percent=10.0, control_share=0.0))
    assert result.cost["flat_max_cost"] == pytest.approx(flat.cost["max_cost"], abs=0.01)
    assert result.cost["saving"] == pytest.approx(flat.cost["max_cost"] - result.cost["max_cost"], abs=0.02)
    assert result.cost["saving"] > 0
