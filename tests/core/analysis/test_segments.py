"""RFM scores, the two segment maps, editable cut-offs and the 5×5 grid."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.analysis.segments import (PUTLER11, RF10, RF10_MAP, Cutoffs, UnknownScheme, assign_segments,
                                    default_cutoffs, frequency_note, rf_grid, score_rfm, segment_info,
                                    segment_summary, segment_table)
from core.data import load_orders

# The issue's definition of the 10-segment map, written out independently of the module's table.
SPEC = {"champions": ([5], [4, 5]), "loyal": ([3, 4], [4, 5]), "potential_loyalists": ([4, 5], [2, 3]),
        "new_customers": ([5], [1]), "promising": ([4], [1]), "need_attention": ([3], [3]),
        "about_to_sleep": ([3], [1, 2]), "at_risk": ([1, 2], [3, 4]), "cant_lose": ([1, 2], [5]),
        "hibernating": ([1, 2], [1, 2])}


def _rfm(n=100, seed=0, one_time=0.4):
    rng = np.random.default_rng(seed)
    freq = np.where(rng.random(n) < one_time, 1, rng.integers(2, 30, n))
    return pd.DataFrame({"customer_id": np.arange(1, n + 1), "recency_days": rng.integers(0, 700, n),
                         "frequency": freq, "monetary": rng.gamma(2, 100, n).round(2)})


def test_rf10_map_matches_the_issue_and_covers_every_cell():
    cells = {}
    for key, (rs, fs) in SPEC.items():
        for r in rs:
            for f in fs:
                assert (r, f) not in cells
                cells[(r, f)] = key
    assert len(cells) == 25
    for (r, f), key in cells.items():
        assert RF10_MAP[r - 1][f - 1] == key
    assert {s.key for s in RF10} == set(SPEC)
    assert all(s.name and s.explanation and s.action for s in RF10 + PUTLER11)
    assert len(PUTLER11) == 11


def test_quintiles_have_equal_sizes_even_with_frequency_ties():
    rfm = _rfm(100)
    scored = score_rfm(rfm)
    for col in ("r_score", "m_score"):
        assert scored[col].value_counts().sort_index().tolist() == [20] * 5
    # more orders never gives a lower F score; more recent never a lower R score; more spend never lower M
    assert scored.sort_values(["frequency", "f_score"])["f_score"].is_monotonic_increasing
    assert scored.sort_values(["recency_days", "r_score"], ascending=[False, True])["r_score"].is_monotonic_increasing
    assert scored.sort_values(["monetary", "m_score"])["m_score"].is_monotonic_increasing
    # ties in frequency are split, so one-order customers (40 %) spread over F1..F2
    assert set(scored.loc[scored["frequency"] == 1, "f_score"]) == {1, 2}
    # F3+ means more orders than the median customer, and everyone above the median is F3+
    median = float(np.median(rfm["frequency"]))
    assert ((scored["f_score"] >= 3) == (scored["frequency"] > median)).all()
    # the top two groups are plain quintiles: ranked by orders, then spend, recency and number
    order = rfm.assign(r=-rfm["recency_days"], c=-rfm["customer_id"]).sort_values(
        ["frequency", "monetary", "r", "c"], ascending=False)["customer_id"].tolist()
    assert set(scored.loc[scored["f_score"] == 5, "customer_id"]) == set(order[:20])
    assert set(scored.loc[scored["f_score"] == 4, "customer_id"]) == set(order[20:40])
    assert frequency_note(scored) is None


def test_mostly_one_time_shop_scores_every_one_time_buyer_f1_and_says_so():
    rfm = _rfm(200, seed=4, one_time=0.8)
    scored = score_rfm(rfm)
    once = rfm["frequency"] == 1
    assert once.mean() > 0.5
    assert (scored.loc[once, "f_score"] == 1).all()
    repeat = scored[~once]
    # repeat customers are split in four near-equal groups F2..F5, more orders never lower
    sizes = repeat["f_score"].value_counts().sort_index()
    assert list(sizes.index) == [2, 3, 4, 5] and sizes.max() - sizes.min() <= 1
    assert repeat.sort_values(["frequency", "f_score"])["f_score"].is_monotonic_increasing
    note = frequency_note(scored)
    share = f"{once.mean() * 100:.0f}%"
    assert note.key == "segments.note.mostly_once"
    assert str(note) == (f"Most customers ({share}) bought only once, so they all have frequency score 1; "
                         f"scores 2 to 5 rank the {int((~once).sum())} repeat customers.")


@pytest.mark.parametrize("one_time", [0.2, 0.45, 0.55, 0.8, 0.95])
def test_segments_that_say_often_buy_more_often_than_the_median_customer(one_time):
    # "Bought recently and often", "Buy often", "Used to buy often", "most frequent buyers of the past"
    often = {"champions", "loyal", "at_risk", "cant_lose"}
    assert all("often" in s.explanation or "frequent" in s.explanation for s in RF10 if s.key in often)
    for seed in range(3):
        rfm = _rfm(300, seed=seed, one_time=one_time)
        median = float(np.median(rfm["frequency"]))
        table = assign_segments(score_rfm(rfm), "rf10")
        members = table[table["segment"].isin(often)]
        assert (members["frequency"] > median).all(), (one_time, seed)


def test_owner_cutoffs_score_by_thresholds():
    rfm = pd.DataFrame({"customer_id": [1, 2, 3, 4, 5, 6], "recency_days": [0, 10, 40, 100, 200, 500],
                        "frequency": [1, 2, 3, 5, 8, 20], "monetary": [5, 50, 99.99, 100, 1000, 5000]})
    scored = score_rfm(rfm, Cutoffs(recency=[365, 180, 60, 14], frequency=[2, 3, 5, 10],
                                    monetary=[50, 100, 500, 2000]))
    assert scored["r_score"].tolist() == [5, 5, 4, 3, 2, 1]
    assert scored["f_score"].tolist() == [1, 2, 3, 4, 4, 5]
    assert scored["m_score"].tolist() == [1, 2, 2, 3, 4, 5]
    with pytest.raises(Exception):
        score_rfm(rfm, Cutoffs(recency=[1, 2]))


def test_putler_map_covers_all_combinations():
    rows = [(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)]
    scored = pd.DataFrame(rows, columns=["r_score", "f_score", "m_score"])
    scored["fm_score"] = (scored["f_score"] + scored["m_score"]) / 2
    out = assign_segments(scored, "putler11")
    assert out["segment"].notna().all()
    assert set(out["segment"]) == {s.key for s in PUTLER11}
    one = out.set_index(["r_score", "f_score", "m_score"])["segment"]
    assert one[(5, 5, 5)] == "champions"
    assert one[(1, 1, 1)] == "lost"
    assert one[(1, 5, 5)] == "cant_lose"
    assert one[(5, 1, 1)] == "recent"
    with pytest.raises(UnknownScheme):
        segment_info("nope")


def test_segments_on_demo_shop_agree_with_an_independent_computation(demo_db):
    table = segment_table(demo_db)
    orders = load_orders(demo_db)
    orders = orders[orders["customer_id"].notna()]
    revenue = orders.groupby("customer_id")["revenue"].sum()
    n_orders = orders.groupby("customer_id")["order_id"].nunique()
    assert len(table) == len(revenue)
    t = table.set_index("customer_id")
    assert np.allclose(t["monetary"], revenue.reindex(t.index).round(2))
    assert (t["frequency"] == n_orders.reindex(t.index)).all()
    for key, (rs, fs) in SPEC.items():
        part = table[table["segment"] == key]
        assert part["r_score"].isin(rs).all() and part["f_score"].isin(fs).all(), key
    summary = segment_summary(table)
    assert summary["customers"].sum() == len(table)
    assert summary["revenue"].sum() == pytest.approx(revenue.sum(), rel=1e-6)
    grid = rf_grid(table)
    assert len(grid) == 25 and grid["customers"].sum() == len(table)
    champions = grid[grid["segment"] == "champions"]["customers"].sum()
    assert champions == int((table["segment"] == "champions").sum())
    # champions buy more often than hibernating customers on average
    s = summary.set_index("segment")
    assert s.loc["champions", "avg_orders"] > s.loc["hibernating", "avg_orders"]


def test_default_cutoffs_are_monotone_and_reproduce_value_scoring(demo_db):
    table = segment_table(demo_db)
    cuts = default_cutoffs(table)
    assert cuts.recency == sorted(cuts.recency, reverse=True)
    assert cuts.monetary == sorted(cuts.monetary)
    rescored = score_rfm(table, Cutoffs(monetary=cuts.monetary))
    # spend has (almost) no ties, so the quintile thresholds reproduce the quintile M scores
    assert (rescored["m_score"] == table["m_score"]).mean() > 0.98


@pytest.mark.parametrize("cutoffs", [None, Cutoffs([300, 200, 100, 30], [2, 4, 8, 16], [100, 200, 300, 400])])
def test_rfm_code_is_the_three_scores_written_side_by_side(cutoffs):
    scored = score_rfm(_rfm(200, seed=3), cutoffs)
    expected = [f"{r}{f}{m}" for r, f, m in zip(scored["r_score"], scored["f_score"], scored["m_score"])]
    assert scored["rfm_code"].tolist() == expected
    assert score_rfm(_rfm(0))["rfm_code"].tolist() == []
