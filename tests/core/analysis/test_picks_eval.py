"""Rolling evaluation of the picks: windows, measures recomputed by brute force, intervals, the owner's sentence."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.analysis.picks_eval import (
    NotEnoughHistory,
    evaluate_picks,
    legacy_methods,
    pooled_frame,
    rolling_windows,
)
from tests.core.analysis.test_picks import lines_frame, rhythm_shop


@pytest.fixture(scope="module")
def result():
    return evaluate_picks(rhythm_shop(), bootstrap=200)


def test_four_windows_of_12_weeks_earliest_first():
    lines = rhythm_shop()
    spans = rolling_windows(lines)
    assert len(spans) == 4
    assert [cut for cut, _ in spans] == sorted(cut for cut, _ in spans)
    assert all(end - cut == pd.Timedelta(weeks=12) for cut, end in spans[:-1])
    assert spans[-1][1] > lines["ordered_at"].max()
    first_order = lines["ordered_at"].min()
    assert spans[0][0] - first_order >= pd.Timedelta(weeks=16)


def _brute_buy_again_ndcg(lines, cut, end):
    """NDCG@10 per tested customer of 'their products by purchase days, then the latest', by brute force."""
    before = lines[lines["ordered_at"] < cut]
    during = lines[(lines["ordered_at"] >= cut) & (lines["ordered_at"] < end)]
    catalogue = set(before["product_id"])
    values = []
    for customer in sorted(set(before["customer_id"]) & set(during["customer_id"])):
        truth = set(during.loc[during["customer_id"] == customer, "product_id"]) & catalogue
        if not truth:
            continue
        mine = before[before["customer_id"] == customer]
        days = mine.assign(day=mine["ordered_at"].dt.floor("D")).drop_duplicates(["product_id", "day"])
        stats = days.groupby("product_id")["day"].agg(["count", "max"]).reset_index()
        stats = stats.sort_values(["count", "max", "product_id"], ascending=[False, False, True])
        ranked = stats["product_id"].tolist()[:10]
        dcg = sum(1 / np.log2(r + 2) for r, p in enumerate(ranked) if p in truth)
        idcg = sum(1 / np.log2(r + 2) for r in range(min(len(truth), 10)))
        values.append(dcg / idcg)
    return values


def test_buy_again_baseline_ndcg_matches_brute_force(result):
    lines = rhythm_shop()
    table = result.table
    pooled = []
    for window in result.windows.itertuples():
        expected = _brute_buy_again_ndcg(lines, window.start, window.end)
        pooled += expected
        row = table[(table["window"] == window.window) & (table["protocol"] == "all")
                    & (table["method"] == "buy_again") & (table["metric"] == "ndcg")]
        assert row["customers"].iloc[0] == len(expected)
        assert row["value"].iloc[0] == pytest.approx(np.mean(expected))
    row = table[(table["window"] == "all") & (table["protocol"] == "all") & (table["method"] == "buy_again")
                & (table["metric"] == "ndcg")]
    assert row["value"].iloc[0] == pytest.approx(np.mean(pooled))


def test_every_measure_has_an_interval_around_it(result):
    table = result.table
    assert set(table["metric"]) == {"ndcg", "hr", "recall", "coverage"}
    assert set(table["protocol"]) == {"all", "discover"}
    assert {"picks", "bestsellers", "buy_again", "knn", "ease"} <= set(table["method"])
    assert (table["low"] <= table["value"] + 1e-12).all() and (table["value"] <= table["high"] + 1e-12).all()
    diffs = result.differences
    assert (diffs["low"] <= diffs["difference"] + 1e-12).all() and (diffs["difference"] <= diffs["high"] + 1e-12).all()
    # a paired difference is the difference of the two means over the same customers
    for row in diffs[diffs["window"] == "all"].itertuples():
        values = table[(table["window"] == "all") & (table["protocol"] == row.protocol)
                       & (table["metric"] == row.metric)].set_index("method")["value"]
        assert row.difference == pytest.approx(values["picks"] - values[row.baseline])


def test_rebuys_every_30_days_make_picks_beat_bestsellers(result):
    pooled = pooled_frame(result).set_index(["protocol", "method"])
    assert pooled.loc[("all", "picks"), "ndcg"] > pooled.loc[("all", "bestsellers"), "ndcg"]
    assert pooled.loc[("all", "picks"), "hr"] == pytest.approx(1.0)
    legacy = legacy_methods(result)
    assert {"method", "label", "hit_rate", "recall", "coverage", "customers"} <= set(legacy.columns)
    assert "app" in set(legacy["method"])


def test_sentence_is_keyed(result):
    assert result.sentence.key == "picks_eval.summary"
    assert str(result.sentence).startswith("Over 4 periods of 12 weeks, our picks named something")


def test_too_short_history_says_so():
    lines = lines_frame([(1, 1, "2024-01-01", 1, "France"), (2, 1, "2024-02-01", 2, "France")])
    with pytest.raises(NotEnoughHistory, match="too short"):
        evaluate_picks(lines)


def test_big_periods_test_a_fixed_random_sample_and_say_so():
    """Above ``max_customers`` a period tests a seeded sample of exactly that many; the eligible count is every
    customer who bought before and during the period (counted here with pandas), and the sentence names both."""
    lines = rhythm_shop()
    sampled = evaluate_picks(lines, bootstrap=50, max_customers=12)
    again = evaluate_picks(lines, bootstrap=50, max_customers=12)
    eligible = []
    for cut, end in rolling_windows(lines):
        before = set(lines.loc[lines["ordered_at"] < cut, "customer_id"])
        during = set(lines.loc[(lines["ordered_at"] >= cut) & (lines["ordered_at"] < end), "customer_id"])
        eligible.append(len(before & during))
    assert sampled.windows["eligible_customers"].tolist() == eligible
    assert sampled.windows["customers"].tolist() == [min(12, e) for e in eligible]
    assert sampled.sentence.key == "picks_eval.summary_sampled"
    assert f"random sample of {sum(min(12, e) for e in eligible)} of the {sum(eligible)}" in str(sampled.sentence)
    pd.testing.assert_frame_equal(sampled.table, again.table)
    whole = evaluate_picks(lines, bootstrap=50)
    assert whole.windows["customers"].tolist() == eligible
    assert whole.sentence.key == "picks_eval.summary"


@pytest.mark.parametrize("validation_sample", [None, 12])
def test_the_previous_test_period_serves_as_the_next_validation_window(monkeypatch, validation_sample):
    """Periods 12 weeks apart reuse the previous period's test split as the next one's latest validation window;
    the figures equal those made with every validation window built afresh, also when validation samples fewer
    customers than a test period holds (12 of the 40 here)."""
    from core.analysis import picks, picks_eval
    if validation_sample is not None:
        monkeypatch.setattr(picks, "MAX_VALIDATION_CUSTOMERS", validation_sample)
    rng = np.random.default_rng(4)
    rows, order = [], 0
    for customer in range(1, 41):
        offset = int(rng.integers(0, 21))
        for k in range(36):  # two years of orders every 3 weeks
            order += 1
            when = pd.Timestamp("2022-01-01") + pd.Timedelta(days=offset + 21 * k)
            rows.append((order, customer, when, 100 + customer % 4, "France"))
            for product in rng.choice(np.arange(1, 31), size=2, replace=False):
                rows.append((order, customer, when, int(product), "France"))
    lines = lines_frame(rows)
    spans = rolling_windows(lines)
    assert all(b[0] - a[0] == pd.Timedelta(weeks=12) for a, b in zip(spans, spans[1:]))
    reused = []
    original = picks.make_split

    def counting(*args, **kwargs):
        reused.append(args[1])
        return original(*args, **kwargs)

    monkeypatch.setattr(picks, "make_split", counting)
    monkeypatch.setattr(picks_eval, "make_split", counting)
    shared = evaluate_picks(lines, bootstrap=50)
    made_shared = len(reused)
    real = picks.validation_splits
    monkeypatch.setattr(picks_eval, "validation_splits",
                        lambda *args, made=None, **kwargs: real(*args, **kwargs))
    fresh = evaluate_picks(lines, bootstrap=50)
    assert made_shared < len(reused) - made_shared  # fewer splits made when shared
    pd.testing.assert_frame_equal(shared.table, fresh.table)
    pd.testing.assert_frame_equal(shared.differences, fresh.differences)


def test_bootstrap_coverage_and_means_match_sets_and_means_of_the_drawn():
    """Each resample's coverage is the share of the catalogue named to at least one drawn customer (Python sets),
    and its mean is the mean over the drawn customers, repeats counted."""
    from core.analysis.picks_eval import _coverage_draws, _drawn, _means, _named
    rng = np.random.default_rng(8)
    top = rng.integers(-1, 40, size=(25, 5))
    resamples = rng.integers(0, 25, size=(30, 25))
    draws = _coverage_draws(_named(top, 40), 50, _drawn(resamples, 25))
    expected = [len({int(p) for c in idx for p in top[c] if p >= 0}) / 50 for idx in resamples]
    assert np.allclose(draws, expected)
    values = rng.random(25)
    assert np.allclose(_means(_drawn(resamples, 25), values), [values[idx].mean() for idx in resamples])


def test_a_validation_split_cut_from_a_whole_window_equals_one_made_afresh(monkeypatch):
    """The validation sample taken from a split made for the same window (every customer of it, or a larger
    sample) is the split ``make_split`` makes with that sample size: the same customers, truth and customers with
    something new."""
    from core.analysis import picks
    lines = rhythm_shop()
    cut, end = pd.Timestamp("2023-07-01", tz="UTC"), pd.Timestamp("2023-09-23", tz="UTC")
    whole = picks.make_split(lines, cut, end)
    assert whole.eligible == len(whole.rows) > 12
    monkeypatch.setattr(picks, "MAX_VALIDATION_CUSTOMERS", 12)
    taken = picks._made_split({(cut, end, None): whole}, cut, end)
    fresh = picks.make_split(lines, cut, end, max_customers=12)
    assert np.array_equal(taken.rows, fresh.rows) and taken.eligible == fresh.eligible
    assert np.array_equal(taken.truth_all.toarray(), fresh.truth_all.toarray())
    assert np.array_equal(taken.truth_new.toarray(), fresh.truth_new.toarray())
    assert np.array_equal(taken.new_rows, fresh.new_rows)
    sampled = picks.make_split(lines, cut, end, max_customers=20)  # a sampled test period: its first 12 drawn
    from_sample = picks._made_split({(cut, end, 20): sampled}, cut, end)
    assert np.array_equal(from_sample.rows, fresh.rows)
    assert np.array_equal(from_sample.truth_new.toarray(), fresh.truth_new.toarray())
    smaller = picks.make_split(lines, cut, end, max_customers=8)  # fewer than validation takes: not used
    assert picks._made_split({(cut, end, 8): smaller}, cut, end) is None
