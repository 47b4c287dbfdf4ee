"""The lapse ranking and its back-test: labels, AUC and flagged shares against brute-force counts, the fallback."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.analysis import lapse
from core.analysis.lapse import DAYS_SINCE, MODEL, lapse_risk_from_orders
from core.analysis.lapse_backtest import FLAG_SHARE, METHODS, OURS, lapse_backtest_from_orders
from core.errors import ShopkeeperError

START = pd.Timestamp("2022-01-01", tz="UTC")


def _orders(n_customers=400, days=720, seed=3) -> pd.DataFrame:
    """A generated shop: customers arrive over time, buy at their own rate and stop after a random time;
    about half buy once only."""
    rng = np.random.default_rng(seed)
    rows = []
    for cid in range(1, n_customers + 1):
        first = rng.integers(0, days - 30)
        rate = rng.gamma(0.6, 1 / 25)                       # purchases per day
        life = rng.exponential(200)
        t = float(first)
        rows.append((cid, t))
        while True:
            t += rng.exponential(1 / max(rate, 1e-4))
            if t > min(days, first + life):
                break
            rows.append((cid, t))
    frame = pd.DataFrame(rows, columns=["customer_id", "day"])
    frame["ordered_at"] = START + pd.to_timedelta(frame["day"], unit="D")
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    frame["revenue"] = 10.0
    frame["order_id"] = np.arange(len(frame))
    return frame.drop(columns="day")


def _brute_auc(scores, labels) -> float:
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    wins = sum(1.0 if p > q else 0.5 if p == q else 0.0 for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


@pytest.fixture(scope="module")
def shop():
    return _orders()


@pytest.fixture(scope="module")
def backtest(shop):
    return lapse_backtest_from_orders(shop)


def test_labels_and_customers_match_an_independent_count(shop, backtest):
    day = shop["ordered_at"].dt.tz_convert(None).dt.floor("D")
    last = day.max()
    for back in (90, 180, 270, 360):
        cutoff = last - pd.Timedelta(days=back)
        before = set(shop.loc[day < cutoff, "customer_id"].astype(int))
        inside = set(shop.loc[(day >= cutoff) & (day < cutoff + pd.Timedelta(days=90)), "customer_id"].astype(int))
        rows = backtest.rows[backtest.rows["cutoff_days"] == back]
        assert set(rows["customer_id"]) == before                    # one-time buyers are scored too
        expected = {c: c not in inside for c in before}
        assert dict(zip(rows["customer_id"], rows["lapsed"])) == expected
        assert rows[list(METHODS[:3])].notna().all().all()


def test_auc_and_flagged_shares_match_brute_force(backtest):
    for (back, method), got in backtest.windows.set_index(["cutoff_days", "method"]).iterrows():
        rows = backtest.rows[backtest.rows["cutoff_days"] == back]
        scores, labels = rows[method].tolist(), rows["lapsed"].tolist()
        assert got["auc"] == pytest.approx(_brute_auc(scores, labels), abs=1e-12)
        size = max(1, round(len(scores) * FLAG_SHARE))
        order = sorted(range(len(scores)), key=lambda i: -scores[i])     # stable: ties keep their order
        flagged = set(order[:size])
        share_flagged = sum(labels[i] for i in flagged) / len(flagged)
        share_others = sum(labels[i] for i in range(len(scores)) if i not in flagged) / (len(scores) - len(flagged))
        assert got["flagged_lapsed_share"] == pytest.approx(share_flagged)
        assert got["others_lapsed_share"] == pytest.approx(share_others)


def test_pooled_auc_counts_pairs_over_every_cutoff_by_percentile(backtest):
    rows = backtest.rows
    for method in (OURS, DAYS_SINCE):
        pct = []
        for _back, part in rows.groupby("cutoff_days"):
            values = part[method].tolist()
            # percentile = (number below + (number equal + 1) / 2) / n, written out
            pct += [(sum(v < x for v in values) + (sum(v == x for v in values) + 1) / 2) / len(values) for x in values]
        got = backtest.pooled.set_index("method").loc[method, "auc"]
        assert got == pytest.approx(_brute_auc(pct, rows["lapsed"].tolist()), abs=1e-12)


def test_ours_ranks_better_than_chance_and_than_one_minus_p_alive(backtest):
    pooled = backtest.pooled.set_index("method")["auc"]
    assert pooled["ours"] > 0.6
    assert pooled["ours"] > pooled["p_alive"]
    assert "did not come back" in str(backtest.sentence) and backtest.sentence.key == "lapse.backtest.sentence"


def test_score_is_higher_for_fewer_expected_purchases(shop):
    risk = lapse_risk_from_orders(shop)
    assert risk.method == MODEL and risk.note is None
    table = risk.scores
    assert len(table) == shop["customer_id"].nunique()
    assert np.array_equal(table["score"].to_numpy(), -table["expected_purchases"].to_numpy())


def test_as_of_uses_only_orders_before_the_day(shop):
    as_of = pd.Timestamp("2023-03-01")
    before = shop[shop["ordered_at"].dt.tz_convert(None) < as_of]
    a = lapse_risk_from_orders(shop, as_of).scores.reset_index(drop=True)
    b = lapse_risk_from_orders(before, as_of).scores.reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)
    last = before.groupby("customer_id")["ordered_at"].max().dt.tz_convert(None).dt.floor("D")
    days = (as_of - pd.Timedelta(days=1) - last).dt.days
    assert a.set_index("customer_id")["days_since"].astype(int).to_dict() == days.astype(int).to_dict()


def test_tiny_shop_falls_back_to_days_since_with_a_note():
    orders = _orders(n_customers=12, seed=1)
    risk = lapse_risk_from_orders(orders)
    assert risk.method == DAYS_SINCE and risk.note.key == "lapse.note.few_repeaters"
    assert np.array_equal(risk.scores["score"].to_numpy(), risk.scores["days_since"].to_numpy())


def test_degenerate_fit_is_replaced_by_the_simple_ranking(shop, monkeypatch):
    real_fit = lapse.fit_bgnbd

    def degenerate(*args, **kwargs):
        params = real_fit(*args, **kwargs)
        return params | {"a": 1e-9}                    # nobody ever drops out

    monkeypatch.setattr(lapse, "fit_bgnbd", degenerate)
    monkeypatch.setattr(lapse, "_beats_simple_earlier", lambda *a, **k: False)
    risk = lapse_risk_from_orders(shop)
    assert risk.method == DAYS_SINCE and risk.note.key == "lapse.note.degenerate"
    assert np.array_equal(risk.scores["score"].to_numpy(), risk.scores["days_since"].to_numpy())
    monkeypatch.setattr(lapse, "_beats_simple_earlier", lambda *a, **k: True)
    assert lapse_risk_from_orders(shop).method == MODEL      # a degenerate fit that proved itself on the past


def test_no_history_is_a_sentence():
    empty = _orders(n_customers=3).iloc[0:0]
    with pytest.raises(ShopkeeperError):
        lapse_backtest_from_orders(empty)


def test_lapsed_after_against_each_customers_orders():
    orders = _orders(120, seed=11)
    as_of = pd.Timestamp("2023-03-01")
    customers = pd.Series(sorted(set(orders["customer_id"].dropna().astype(int))) + [99_999])  # one never ordered
    got = lapse.lapsed_after(orders, as_of, customers, days=60)
    start, end = pd.Timestamp("2023-03-01", tz="UTC"), pd.Timestamp("2023-04-30", tz="UTC")
    expected = []
    for who in customers:
        mine = orders[orders["customer_id"] == who]["ordered_at"]
        expected.append(not ((mine >= start) & (mine < end)).any())
    assert got.dtype == bool and got.tolist() == expected and 0 < sum(expected) < len(expected)
