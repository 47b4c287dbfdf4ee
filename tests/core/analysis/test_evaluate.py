"""Time-split evaluation: metrics computed by hand on a toy split, and the real figure on the demo shop."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.analysis.evaluate import NotEnoughHistory, evaluate, shop_evaluation, summary_sentence
from core.data import load_lines


def toy_lines():
    at = pd.Timestamp("2024-01-01", tz="UTC")
    rows, order = [], 0
    rng = np.random.default_rng(0)
    for customer in range(1, 31):
        own = [100 + customer, 200 + customer % 3]  # a personal product and a group product
        for week in range(0, 40, 4):
            order += 1
            for product in own + [1 + int(rng.integers(0, 5))]:
                rows.append((order, customer, at + pd.Timedelta(weeks=week), product, f"P{product}", "France"))
    frame = pd.DataFrame(rows, columns=["order_id", "customer_id", "ordered_at", "product_id", "product_name",
                                        "country"])
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    frame["category"] = None
    return frame


def test_metrics_by_hand():
    lines = toy_lines()
    table = evaluate(lines, holdout_weeks=12).set_index("method")
    cut = lines["ordered_at"].max() - pd.Timedelta(weeks=12)
    train, test = lines[lines["ordered_at"] < cut], lines[lines["ordered_at"] >= cut]
    truth = test.groupby("customer_id")["product_id"].apply(set)
    top = train.groupby("product_id")["order_id"].nunique().sort_values(ascending=False, kind="stable")
    top10 = set(top.index[:10])
    hits = np.mean([len(top10 & t) > 0 for t in truth])
    recall = np.mean([len(top10 & t) / len(t) for t in truth])
    assert table.loc["bestsellers", "hit_rate"] == pytest.approx(hits)
    assert table.loc["bestsellers", "recall"] == pytest.approx(recall)
    assert table.loc["bestsellers", "coverage"] == pytest.approx(10 / train["product_id"].nunique())
    assert table.loc["app", "customers"] == 30
    # every customer rebuys their personal product, which the app names and a shop-wide list cannot
    assert table.loc["app", "hit_rate"] == 1.0
    assert table.loc["app", "recall"] > table.loc["bestsellers", "recall"]
    sentence = summary_sentence(table.reset_index())
    assert "100 %" in sentence and "30 returning customers" in sentence


def test_no_history_is_a_plain_error():
    lines = toy_lines()
    with pytest.raises(NotEnoughHistory):
        evaluate(lines, holdout_weeks=200)


def test_demo_shop_evaluation(demo_db):
    table, sentence = shop_evaluation(demo_db)
    by = table.set_index("method")
    assert by.loc["app", "customers"] > 50
    assert by.loc["app", "hit_rate"] > by.loc["bestsellers", "hit_rate"] > by.loc["random", "hit_rate"]
    assert by.loc["app", "recall"] > 2 * by.loc["bestsellers", "recall"]
    assert by.loc["app", "coverage"] > 10 * by.loc["bestsellers", "coverage"]
    assert str(sentence).startswith("In the last 12 weeks, our picks would have named")
    lines = load_lines(demo_db, with_customer_only=True)
    assert table["customers"].iloc[0] <= lines["customer_id"].nunique()


def test_earlier_validation_split_ignores_the_last_weeks():
    lines = toy_lines()
    end = lines["ordered_at"].max()
    earlier = evaluate(lines, holdout_weeks=12, weeks_before_end=8)
    by_hand = evaluate(lines[lines["ordered_at"] < end - pd.Timedelta(weeks=8)], holdout_weeks=12)
    pd.testing.assert_frame_equal(earlier, by_hand)
    # the toy shop has orders every 4 weeks: dropping 8 weeks leaves fewer holdout products per customer
    final = evaluate(lines, holdout_weeks=12).set_index("method")
    assert earlier.set_index("method").loc["bestsellers", "recall"] != final.loc["bestsellers", "recall"]


def test_many_returning_customers_are_sampled_and_the_sentence_says_so():
    """Above ``max_customers`` the check tests a fixed random sample: the bestsellers' hit rate is recomputed
    over exactly the sampled customers' truth (bestsellers are the same list for all, so any sample of 10 of the
    30 toy customers gives the same hit rate as pandas over everyone here), and the sentence names both counts."""
    lines = toy_lines()
    table = evaluate(lines, holdout_weeks=12, max_customers=10).set_index("method")
    assert table.loc["app", "customers"] == 10 and table.loc["app", "eligible"] == 30
    cut = lines["ordered_at"].max() - pd.Timedelta(weeks=12)
    train, test = lines[lines["ordered_at"] < cut], lines[lines["ordered_at"] >= cut]
    top = train.groupby("product_id")["order_id"].nunique().sort_values(ascending=False, kind="stable")
    truth = test.groupby("customer_id")["product_id"].apply(set)
    assert all(len(set(top.index[:10]) & t) > 0 for t in truth)  # every customer is a hit, sampled or not
    assert table.loc["bestsellers", "hit_rate"] == 1.0
    sentence = summary_sentence(table.reset_index())
    assert sentence.key == "evaluate.summary_sampled"
    assert "random sample of 10 of the 30 returning customers" in str(sentence)
    again = evaluate(lines, holdout_weeks=12, max_customers=10)
    pd.testing.assert_frame_equal(table.reset_index(), again)
