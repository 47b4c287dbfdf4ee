"""Proof before trust: would our picks have named what customers bought next?

Time split: train on every order before the last ``holdout_weeks`` (default 12); the test is, for each customer
who bought both before and during the holdout, the set of products they bought in the holdout. Each method
names 10 products per customer from the training data only:

- ``app``: our personal picks (the blended list of ``core.analysis.recommend``, without its reasons);
- ``bestsellers``: the shop's 10 bestsellers, the same list for everyone;
- ``random``: 10 products drawn at random from the training catalogue (fixed seed).

Measures: hit rate@10 (share of customers for whom at least one of the 10 was bought), recall@10 (average share
of the customer's holdout products that were named), coverage (share of the catalogue named to anyone).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import sqlite_utils

from core.analysis.picks import model_lines
from core.analysis.recommend import LIST_PICKS, bestsellers, customer_list_columns
from core.data import load_lines
from core.errors import ShopkeeperError
from core.progress import CancelCheck, ProgressCallback, never_cancelled, no_progress, sub_progress
from core.messages import Count, Message, MessageTemplate, Number, Percent, count

NO_KNOWN_ORDERS = MessageTemplate("evaluate.error.no_known_orders",
                                  "There are no orders from known customers to test recommendations on.")
NOTHING_TO_TEST = MessageTemplate(
    "evaluate.error.nothing_to_test",
    "No customer bought both before and during the last {weeks} weeks, so there is nothing to test.")
DONE = MessageTemplate("progress.done", "Done")
SUMMARY = MessageTemplate(
    "evaluate.summary", "In the last {weeks} weeks, our picks would have named something a customer bought for {app} "
                        "of {customers} returning customers; shop bestsellers: {bestsellers}, random products: {random} "
                        "({ratio}× bestsellers).")
SUMMARY_SAMPLED = MessageTemplate(
    "evaluate.summary_sampled",
    "In the last {weeks} weeks, our picks would have named something a customer bought for {app} of a random "
    "sample of {customers} of the {eligible} returning customers; shop bestsellers: {bestsellers}, random products: "
    "{random} ({ratio}× bestsellers).")

METHODS = {"app": "Our picks", "bestsellers": "Shop bestsellers", "random": "Random products"}
EVAL_COLUMNS = ["method", "label", "hit_rate", "recall", "coverage", "customers", "eligible"]
MAX_TEST_CUSTOMERS = 3000  # a fixed random sample of the returning customers beyond this


class NotEnoughHistory(ShopkeeperError):
    """The shop's history is too short to test recommendations on a time split."""

    code = "not_enough_history"


def _score(picks: dict, truth: dict, catalogue_size: int) -> tuple[float, float, float]:
    hits, recalls, named = [], [], set()
    for customer, bought in truth.items():
        chosen = set(picks.get(customer, []))
        named |= chosen
        found = len(chosen & bought)
        hits.append(found > 0)
        recalls.append(found / len(bought))
    return float(np.mean(hits)), float(np.mean(recalls)), len(named) / max(1, catalogue_size)


def evaluate(lines: pd.DataFrame, holdout_weeks: int = 12, k: int = 10, segments: pd.Series | None = None,
             seed: int = 7, progress: ProgressCallback = no_progress,
             cancelled: CancelCheck = never_cancelled, weeks_before_end: int = 0,
             max_customers: int | None = MAX_TEST_CUSTOMERS) -> pd.DataFrame:
    """Return one row per method (app, bestsellers, random) with hit_rate, recall, coverage (0..1) and customers.

    Columns: method, label, hit_rate, recall, coverage, customers (number of test customers), eligible (returning
    customers who could be tested: above ``max_customers`` a fixed random sample of them is tested).
    ``weeks_before_end`` > 0 drops the shop's last weeks first: an earlier validation split on which to tune
    weights without looking at the final holdout.
    Raises NotEnoughHistory when no customer bought both before and during the holdout.
    """
    known = model_lines(lines)
    if weeks_before_end and not known.empty:
        known = known[known["ordered_at"] < known["ordered_at"].max() - pd.Timedelta(weeks=weeks_before_end)]
    if known.empty:
        raise NotEnoughHistory(NO_KNOWN_ORDERS())
    cut = known["ordered_at"].max() - pd.Timedelta(weeks=holdout_weeks)
    train = known[known["ordered_at"] < cut]
    test = known[known["ordered_at"] >= cut]
    train_customers = set(train["customer_id"].astype("int64"))
    truth = {int(c): set(p) for c, p in test.groupby(test["customer_id"].astype("int64"))["product_id"]
             if int(c) in train_customers}
    if not truth:
        raise NotEnoughHistory(NOTHING_TO_TEST(weeks=count(holdout_weeks)))
    catalogue = np.sort(train["product_id"].unique())
    customers = sorted(truth)
    eligible = len(customers)
    if max_customers is not None and eligible > max_customers:
        sample = np.random.default_rng(seed + 1).choice(customers, size=max_customers, replace=False)
        customers = sorted(int(c) for c in sample)
        truth = {c: truth[c] for c in customers}
    app = customer_list_columns(train, customers, k, segments=segments, progress=sub_progress(progress, 0.0, 0.9),
                                cancelled=cancelled)
    app = app[app["list"] == LIST_PICKS]
    app_picks = {c: list(g) for c, g in app.groupby("customer_id")["product_id"]}
    top = bestsellers(train, k)["product_id"].tolist()
    rng = np.random.default_rng(seed)
    random_picks = {c: rng.choice(catalogue, size=min(k, len(catalogue)), replace=False).tolist() for c in customers}
    rows = []
    for method, picks in (("app", app_picks), ("bestsellers", {c: top for c in customers}),
                          ("random", random_picks)):
        hit, recall, coverage = _score(picks, truth, len(catalogue))
        rows.append((method, METHODS[method], hit, recall, coverage, len(truth), eligible))
    progress(1.0, DONE())
    return pd.DataFrame(rows, columns=EVAL_COLUMNS)


def _share(fraction: float) -> Percent:
    """Return a Percent whose English is "18 %" (a space before the sign, as the summary writes it)."""
    return Percent(float(fraction), f"{float(fraction):.0%}".replace("%", " %"))


def summary_sentence(table: pd.DataFrame, holdout_weeks: int = 12) -> Message:
    """Return one sentence (a Message), e.g. "In the last 12 weeks, our picks would have named something a customer
    bought for 18 % of …"."""
    by = table.set_index("method")
    app, best = by.loc["app"], by.loc["bestsellers"]
    ratio = app["hit_rate"] / best["hit_rate"] if best["hit_rate"] else float("inf")
    fields = dict(weeks=Count(int(holdout_weeks), f"{holdout_weeks}"), app=_share(app["hit_rate"]),
                  customers=Count(int(app["customers"]), f"{int(app['customers'])}"),
                  bestsellers=_share(best["hit_rate"]), random=_share(by.loc["random", "hit_rate"]),
                  ratio=Number(float(ratio), f"{ratio:.2f}", 2))
    eligible = int(app["eligible"]) if "eligible" in app and pd.notna(app["eligible"]) else int(app["customers"])
    if eligible > int(app["customers"]):
        return SUMMARY_SAMPLED(**fields, eligible=Count(eligible, f"{eligible}"))
    return SUMMARY(**fields)


def shop_evaluation(db: sqlite_utils.Database, holdout_weeks: int = 12, progress: ProgressCallback = no_progress,
                    cancelled: CancelCheck = never_cancelled) -> tuple[pd.DataFrame, Message]:
    """Return (table, sentence): ``evaluate`` on the whole shop and its one-sentence summary (a Message).

    Segments are not used here: they are computed from all orders, holdout included, which would leak the
    answer; thin histories are topped up with country bestsellers from the training orders instead.
    """
    return lines_evaluation(load_lines(db, with_customer_only=True), holdout_weeks, progress, cancelled)


def lines_evaluation(lines: pd.DataFrame, holdout_weeks: int = 12, progress: ProgressCallback = no_progress,
                     cancelled: CancelCheck = never_cancelled) -> tuple[pd.DataFrame, Message]:
    """Return (table, sentence) as ``shop_evaluation`` does, from order lines a screen already loaded
    (``core.data.load_lines`` rows; lines without a customer are left out here)."""
    table = evaluate(lines[lines["customer_id"].notna()], holdout_weeks, progress=progress, cancelled=cancelled)
    return table, summary_sentence(table, holdout_weeks)
