"""An offer works out picks only for the customers its consent check lets through (the others leave the file)."""

from __future__ import annotations

import sqlite3

import pandas as pd

from core.offers import campaign
from core.offers.campaign import OfferSpec, build_offer


def test_picks_are_worked_out_only_for_customers_who_may_be_mailed(demo_db, demo_db_path, monkeypatch):
    asked = []
    real = campaign.customer_pick_lists

    def recording(shop, ids, *args, **kwargs):
        asked.append(set(pd.Series(ids).astype(int)))
        return real(shop, ids, *args, **kwargs)

    monkeypatch.setattr(campaign, "customer_pick_lists", recording)
    result = build_offer(demo_db, OfferSpec(audience="list:vip", target="csv"))
    with sqlite3.connect(demo_db_path) as conn:
        consented = {row[0] for row in conn.execute("SELECT id FROM customers WHERE accepts_marketing = 1")}
    assert len(asked) == 1 and asked[0] and asked[0] <= consented
    kept = set(result.table["customer_id"].astype(int))
    no_consent = set(result.dropped["customer_id"].astype(int))
    assert kept <= asked[0] and not asked[0] & no_consent and no_consent  # the demo has customers who said no


def test_prepared_picks_are_the_ones_an_offer_then_uses(demo_db, monkeypatch):
    """prepare_picks chooses the settings an offer file would choose, so the offer reuses them."""
    from core.analysis import recommend
    from core.offers.products import prepare_picks
    from core.shop_data import ShopData
    recommend._SETTINGS_CACHE.clear()
    prepare_picks(ShopData(demo_db))
    assert len(recommend._SETTINGS_CACHE) == 1
    chosen = []
    real = recommend.choose_settings
    monkeypatch.setattr(recommend, "choose_settings", lambda *a, **k: chosen.append(1) or real(*a, **k))
    build_offer(ShopData(demo_db), OfferSpec(audience="list:vip", target="csv"))
    assert chosen == [] and len(recommend._SETTINGS_CACHE) == 1  # no second choice was made
