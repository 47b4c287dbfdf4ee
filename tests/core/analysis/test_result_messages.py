"""The sentences core returns in results are keyed Messages whose English is unchanged: the predictions' message,
the predictions' back-test, the picks' evaluation summary and the reasons of offers' nobody-fits error."""

from __future__ import annotations

import pandas as pd
import pytest

from core.analysis import clv, evaluate
from core.messages import Count, Message, Percent
from core.offers import campaign
from core.offers.targets import REASONS


def _orders(rows):
    return pd.DataFrame({"customer_id": [c for c, _, _ in rows],
                         "ordered_at": pd.to_datetime([d for _, d, _ in rows], utc=True),
                         "revenue": [r for _, _, r in rows]})


def test_clv_message_short_history_and_no_customers():
    result = clv.clv_analysis_from_orders(_orders([(1, "2024-01-01", 10.0), (1, "2024-01-20", 5.0),
                                                   (2, "2024-01-05", 5.0)]))
    assert isinstance(result.message, Message) and result.message.key == "clv.message.rough"
    assert str(result.message) == ("Only 1 customers ordered more than once over 19 days of history, so predictions "
                                   "would be rough; the lists use past spending (RFM) instead.")
    assert isinstance(result.message.args["repeat"], Count)
    empty = clv.clv_analysis_from_orders(_orders([]))
    assert empty.message.key == "clv.message.nothing_to_predict"
    assert empty.message == "No customers with orders yet, so there is nothing to predict."


def test_clv_message_on_demo_shop(demo_db):
    result = clv.clv_analysis(demo_db)
    assert result.reliable and result.message.key == "clv.message.based_on"
    assert str(result.message) == (f"Predictions are based on {result.repeat_customers:,} repeat customers over "
                                   f"{result.history_days:,} days of history.")


def test_backtest_sentence_is_keyed_and_english_unchanged(demo_db):
    result = clv.holdout_backtest(demo_db, holdout_weeks=26)
    s, per, sentence = result["summary"], result["per_customer"], result["sentence"]
    assert isinstance(sentence, Message) and sentence.key in ("clv.backtest.more", "clv.backtest.fewer")
    pred, act = round(float(per["predicted"].sum()), 1), float(per["actual"].sum())
    diff = (pred - act) / act * 100
    mae = float((per["predicted"] - per["actual"]).abs().mean())
    assert str(sentence) == (
        f"Fitted on the history up to {s['calibration_end'][:10]} and tested on the last 26 weeks: the model "
        f"expected {pred:,.0f} repeat orders from {len(per):,} customers and they placed {act:,.0f} "
        f"({abs(diff):.0f} % {'more' if diff >= 0 else 'fewer'} predicted than actual); per customer it was off by "
        f"{mae:.2f} orders on average.")


def test_evaluation_summary_is_keyed_and_english_unchanged():
    table = pd.DataFrame({"method": ["app", "bestsellers", "random"], "hit_rate": [0.183, 0.1, 0.024],
                          "customers": [1234, 1234, 1234]})
    sentence = evaluate.summary_sentence(table, 12)
    assert isinstance(sentence, Message) and sentence.key == "evaluate.summary"
    assert isinstance(sentence.args["app"], Percent)
    assert str(sentence) == ("In the last 12 weeks, our picks would have named something a customer bought for 18 % "
                             "of 1234 returning customers; shop bestsellers: 10 %, random products: 2 % "
                             "(1.83× bestsellers).")


def test_nobody_fits_reasons_are_a_nested_message():
    reasons = pd.Series([REASONS["no_email"]] * 3 + [REASONS["no_consent"]] * 5 + ["something else"])
    counted = campaign._dropped_counts(reasons)
    assert isinstance(counted, Message)
    assert str(counted) == "5 did not accept marketing; 3 no e-mail address; 1 something else"
    assert counted.key == "offers.error.dropped_counts"
    first = counted.args["first"].args["first"]
    assert first.key == "offers.error.dropped_count" and first.args["reason"].key == "offers.dropped.no_consent"
    error = campaign.OfferError(campaign.NOBODY_FITS(audience="VIP", reasons=counted))
    assert str(error) == ("No customer in 'VIP' can go into this file (5 did not accept marketing; 3 no e-mail "
                          "address; 1 something else).")
    assert campaign._dropped_counts(pd.Series([], dtype=object)) == ""


@pytest.mark.parametrize("template", [clv.NOTHING_TO_PREDICT, clv.ROUGH_PREDICTIONS, clv.PREDICTIONS_BASED_ON,
                                      clv.BACKTEST_MORE, clv.BACKTEST_FEWER, evaluate.SUMMARY,
                                      campaign.DROPPED_COUNT, campaign.DROPPED_COUNTS])
def test_templates_are_in_the_catalogue(template):
    from core.messages import catalogue
    assert catalogue()[template.key] == template.template
