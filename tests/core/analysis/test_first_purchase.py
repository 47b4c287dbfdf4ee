"""Repeat rate by first product and by first discount code (issue 19), against pandas over the raw export."""

from __future__ import annotations

import pandas as pd
import pytest
from scipy.stats import binomtest

from core.analysis.first_purchase import product_insight, repeat_by_first_code, repeat_by_first_product
from tests.core.analysis.history_shop import history_orders, import_history, order_table


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    raw = history_orders(seed=3, customers=150)
    return raw, import_history(raw, tmp_path_factory.mktemp("firsts"))


def expected_firsts(raw: pd.DataFrame) -> pd.DataFrame:
    """Each e-mail's first paid order (file order = date order), whether they ordered again (pandas)."""
    orders = order_table(raw)
    paid = orders[orders["status"] == "paid"]
    first = paid.drop_duplicates("email", keep="first").set_index("email")
    first["came_back"] = paid.groupby("email").size() >= 2
    return first


def wilson_low(buyers: int, came_back: int) -> float:
    """Lower end of the 95 % Wilson interval (scipy)."""
    return binomtest(came_back, buyers).proportion_ci(0.95, method="wilson").low


def test_repeat_rate_by_first_product(history):
    raw, db = history
    firsts = expected_firsts(raw)
    shop_rate = firsts["came_back"].mean()
    expected = {}
    for sku in sorted(set().union(*firsts["skus"])):
        has = firsts[firsts["skus"].map(lambda skus: sku in skus)]
        if len(has) >= 10:
            expected[sku] = (len(has), int(has["came_back"].sum()))
    got = repeat_by_first_product(db)
    assert {r.sku: (r.first_buyers, r.came_back) for r in got.itertuples()} == expected
    assert len(expected) >= 5
    assert got["shop_rate"].iloc[0] == pytest.approx(shop_rate)
    for row in got.itertuples():
        assert row.repeat_rate == pytest.approx(expected[row.sku][1] / expected[row.sku][0])
        assert row.ratio == pytest.approx(row.repeat_rate / shop_rate)
        assert row.low == pytest.approx(wilson_low(*expected[row.sku]))
    assert list(got["low"]) == sorted(got["low"], reverse=True)
    # a higher bar lists only the products with that many first buyers
    assert set(repeat_by_first_product(db, min_buyers=30)["sku"]) == {s for s, (n, _) in expected.items() if n >= 30}


def test_repeat_rate_by_first_code(history):
    raw, db = history
    firsts = expected_firsts(raw)
    got = repeat_by_first_code(db, min_buyers=1).set_index("discount_code")
    for code, group in firsts.groupby("code"):
        assert got.loc[code, "first_buyers"] == len(group)
        assert got.loc[code, "came_back"] == int(group["came_back"].sum())
    assert set(got.index) == set(firsts["code"])


def test_insight_names_the_best_product(history):
    _raw, db = history
    table = repeat_by_first_product(db)
    sentence = product_insight(table)
    lows = {row.product_name: wilson_low(row.first_buyers, row.came_back) for row in table.itertuples()}
    sure = {name: low for name, low in lows.items() if low > table["shop_rate"].iloc[0]}
    if sure:
        assert sentence is not None and max(sure, key=sure.get) in str(sentence)
    else:
        assert sentence is None
    assert product_insight(table.assign(low=0.0)) is None


def test_empty_shop(fresh_db):
    assert repeat_by_first_product(fresh_db).empty
    assert repeat_by_first_code(fresh_db).empty
