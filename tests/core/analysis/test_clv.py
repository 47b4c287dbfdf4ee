"""BG/NBD + Gamma-Gamma: published CDNOW fit, simulated data, summaries, back-test and the short-history fallback."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.analysis.clv import (clv_analysis, clv_analysis_from_orders, clv_from_params, expected_average_value,
                               expected_purchases, fit_bgnbd, fit_gamma_gamma, holdout_backtest,
                               holdout_backtest_from_orders, probability_alive, purchase_summary)

PUBLISHED = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}  # Fader, Hardie & Lee (2005)


def _read_cdnow(path) -> pd.DataFrame:
    raw = pd.read_csv(path, sep=r"\s+", header=None, comment=None, skiprows=1 if "master" in path.name.lower() else 0)
    if raw.shape[1] == 5:
        raw.columns = ["id", "id2", "date", "cds", "dollars"]
        ids = raw["id2"]
    else:
        raw.columns = ["id", "date", "cds", "dollars"]
        ids = raw["id"]
    return pd.DataFrame({"customer_id": ids.astype("int64"),
                         "ordered_at": pd.to_datetime(raw["date"].astype(str), format="%Y%m%d", utc=True),
                         "revenue": raw["dollars"].astype(float)})


def test_cdnow_summary_fit_matches_published_parameters(shared_data):
    path = shared_data / "cdnow" / "cdnow_customers_summary.csv"
    if not path.exists():
        pytest.skip("CDNOW summary not present")
    data = pd.read_csv(path)
    fit = fit_bgnbd(data["frequency"], data["recency"], data["T"])
    for key, value in PUBLISHED.items():
        assert fit[key] == pytest.approx(value, rel=0.01), key


def test_conditional_expectation_matches_published_example():
    # Fader, Hardie & Lee (2005): x=2, t_x=30.43, T=38.86 -> 1.226 expected purchases in the next 39 weeks.
    assert float(expected_purchases(PUBLISHED, 39, 2, 30.43, 38.86)) == pytest.approx(1.226, abs=0.002)
    # one-time buyers are alive by definition; a long-silent frequent buyer almost surely is not
    assert float(probability_alive(PUBLISHED, 0, 0, 38.86)) == 1.0
    assert float(probability_alive(PUBLISHED, 10, 2.0, 38.86)) < 0.05


def test_purchase_summary_reproduces_the_published_cdnow_summary(shared_data):
    sample, summary = shared_data / "cdnow" / "CDNOW_sample.txt", shared_data / "cdnow" / "cdnow_customers_summary.csv"
    if not (sample.exists() and summary.exists()):
        pytest.skip("CDNOW sample not present")
    orders = _read_cdnow(sample)
    ours = purchase_summary(orders[orders["ordered_at"] <= "1997-09-30"], pd.Timestamp("1997-09-30", tz="UTC"))
    ref = pd.read_csv(summary)
    assert list(ours["customer_id"]) == list(ref["ID"])
    assert (ours["frequency"].to_numpy() == ref["frequency"].to_numpy()).all()
    assert np.abs(ours["recency"].to_numpy() - ref["recency"].to_numpy()).max() < 0.01
    assert np.abs(ours["T"].to_numpy() - ref["T"].to_numpy()).max() < 0.01


def _simulate_bgnbd(n, r, alpha, a, b, T, holdout, seed):
    """Simulate BG/NBD customers observed for T weeks; return calibration summary and holdout purchase counts."""
    rng = np.random.default_rng(seed)
    lam = rng.gamma(r, 1.0 / alpha, n)
    p = rng.beta(a, b, n)
    t_now = np.zeros(n)
    alive = np.ones(n, bool)
    x = np.zeros(n, int)
    tx = np.zeros(n)
    future = np.zeros(n, int)
    active = np.ones(n, bool)
    while active.any():
        idx = np.flatnonzero(active)
        t_next = t_now[idx] + rng.exponential(1.0 / lam[idx])
        beyond = t_next > T + holdout
        active[idx[beyond]] = False
        idx, t_next = idx[~beyond], t_next[~beyond]
        in_cal = t_next <= T
        x[idx[in_cal]] += 1
        tx[idx[in_cal]] = t_next[in_cal]
        future[idx[~in_cal]] += 1
        t_now[idx] = t_next
        die = rng.random(len(idx)) < p[idx]          # drop out right after a purchase
        active[idx[die]] = False
        alive[idx[die]] = False
    return x, tx, np.full(n, float(T)), future


def test_fit_recovers_simulated_parameters_and_predicts_the_holdout():
    true = {"r": 0.5, "alpha": 6.0, "a": 0.6, "b": 2.5}
    x, tx, T, future = _simulate_bgnbd(30_000, **true, T=52, holdout=26, seed=7)
    fit = fit_bgnbd(x, tx, T)
    assert fit["r"] == pytest.approx(true["r"], rel=0.1)
    assert fit["alpha"] == pytest.approx(true["alpha"], rel=0.15)
    assert fit["a"] == pytest.approx(true["a"], rel=0.25)
    assert fit["b"] == pytest.approx(true["b"], rel=0.3)
    predicted = expected_purchases(fit, 26, x, tx, T)
    assert predicted.sum() == pytest.approx(future.sum(), rel=0.05)
    # by calibration frequency too: customers with many purchases are predicted to buy more
    for k in (0, 1, 3):
        sel = x == k
        assert predicted[sel].mean() == pytest.approx(future[sel].mean(), rel=0.15, abs=0.03)


def test_gamma_gamma_recovers_simulated_spend():
    rng = np.random.default_rng(3)
    p, q, v = 6.0, 4.0, 15.0
    n = 8_000
    nu = rng.gamma(q, 1.0 / v, n)
    x = rng.integers(1, 8, n)
    m = rng.gamma(p * x, 1.0 / nu) / x        # the mean of x Gamma(p, nu) spends
    fit = fit_gamma_gamma(x, m)
    true_mean = p / nu
    est = expected_average_value(fit, x, m, fallback=0.0)
    # the posterior mean must beat the raw average as an estimate of each customer's true mean spend
    assert np.mean((est - true_mean) ** 2) < np.mean((m - true_mean) ** 2)
    assert fit["p"] * fit["v"] / (fit["q"] - 1) == pytest.approx(p * v / (q - 1), rel=0.1)


def test_one_time_buyers_zero_spend_and_short_history_fall_back_to_rfm():
    orders = pd.DataFrame({
        "customer_id": [1, 1, 2, 3, 3],
        "ordered_at": pd.to_datetime(["2024-01-01", "2024-01-20", "2024-01-05", "2024-01-07", "2024-02-01"], utc=True),
        "revenue": [10.0, 0.0, 5.0, 20.0, 15.0]})
    result = clv_analysis_from_orders(orders)
    assert not result.reliable and result.model == "rfm"
    assert "rough" in result.message
    assert result.table["clv"].isna().all()
    assert set(result.table["customer_id"]) == {1, 2, 3}
    assert result.table.set_index("customer_id").loc[1, "repeat_purchases"] == 1


def test_shop_predictions_on_demo_shop(demo_db):
    result = clv_analysis(demo_db)
    table = result.table
    assert result.reliable, result.message
    assert table["customer_id"].is_unique
    assert (table["p_alive"].between(0, 1)).all()
    assert (table["clv"] >= 0).all()
    # more repeat purchases with the same age and a recent last order -> higher expected purchases
    assert table["clv"].is_monotonic_decreasing
    top = table.iloc[0]
    assert top["expected_purchases"] > table["expected_purchases"].median()
    # one-time buyers are alive by definition
    assert (table.loc[table["repeat_purchases"] == 0, "p_alive"] == 1).all()


def test_holdout_backtest_on_demo_shop(demo_db):
    result = holdout_backtest(demo_db, holdout_weeks=26)
    per = result["per_customer"]
    s = result["summary"]
    assert s["actual_total"] == per["actual"].sum() > 0
    assert s["predicted_total"] == pytest.approx(per["predicted"].sum(), abs=0.1)
    assert abs(s["difference_percent"]) < 30
    assert s["correlation"] > 0.5
    assert list(result["groups"]["group"])[0] == "0"
    assert "26 weeks" in result["sentence"]


def test_holdout_backtest_on_cdnow_master(shared_data):
    path = shared_data / "cdnow" / "CDNOW_master.txt"
    if not path.exists():
        pytest.skip("CDNOW master not present")
    orders = _read_cdnow(path)
    result = holdout_backtest_from_orders(orders, holdout_weeks=39)
    s = result["summary"]
    assert s["customers"] == orders["customer_id"].nunique()      # the whole cohort bought in Q1 1997
    assert s["actual_total"] > 1000
    assert abs(s["difference_percent"]) < 15


def test_clv_from_params_repeated_histories_match_one_customer_at_a_time():
    rng = np.random.default_rng(5)
    n = 300
    x = rng.integers(0, 4, n).astype(float)  # few distinct histories: many customers share one
    T = rng.integers(10, 13, n).astype(float)
    tx = np.where(x > 0, np.minimum(T, rng.integers(1, 4, n)), 0.0)
    summary = pd.DataFrame({"customer_id": np.arange(n), "frequency": x, "recency": tx, "T": T,
                            "monetary_value": np.where(x > 0, 20.0, 0.0), "total_spend": 30.0 + x * 20,
                            "purchase_days": x + 1, "first_purchase": pd.Timestamp("2024-01-01")})
    params = {"r": 0.8, "alpha": 6.0, "a": 0.7, "b": 2.5}
    table = clv_from_params(params, None, summary, horizon_months=6, monthly_discount=0.01)
    month = 30.0 / 7.0
    for i in rng.choice(n, 25, replace=False):  # independent: each customer's own monthly sums
        one = [float(expected_purchases(params, m * month, x[i:i + 1], tx[i:i + 1], T[i:i + 1])[0])
               for m in range(7)]
        value = table.loc[i, "expected_order_value"]
        expected = sum((one[m] - one[m - 1]) * value / 1.01 ** m for m in range(1, 7))
        assert table.loc[i, "clv"] == pytest.approx(expected, rel=1e-12)
        assert table.loc[i, "expected_purchases"] == pytest.approx(one[6], rel=1e-12)


@pytest.mark.parametrize("n", [0, 1, 7, 2000])
def test_distinct_rows_as_numpy_unique_gives_them(n):
    from core.analysis.clv import _distinct_rows
    rng = np.random.default_rng(n)
    cols = [rng.integers(0, 4, n).astype(float), rng.integers(0, 3, n) * 0.5, rng.integers(0, 3, n).astype(float)]
    distinct, inverse, counts = _distinct_rows(*cols)
    unique, unique_inverse, unique_counts = np.unique(np.column_stack(cols).reshape(n, 3), axis=0,
                                                      return_inverse=True, return_counts=True)
    assert all(np.array_equal(distinct[i], unique[:, i]) for i in range(3))
    assert np.array_equal(inverse, unique_inverse.reshape(-1)) and np.array_equal(counts, unique_counts)
