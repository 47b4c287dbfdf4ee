"""Who is likely to lapse: a score per customer, higher = more likely to place no order in the next 90 days.

The ranking is the BG/NBD fit's expected purchases over the next ``LAPSE_DAYS`` (fewer expected = more likely to
lapse; it ranks far better than 1 − P(alive), which is 0 for every one-time buyer). Every customer who has
ordered is scored, one-time buyers too. ``core.analysis.lapse_backtest`` measures it against two simple rankings
(days since the last order, and that ÷ the customer's usual interval) at past cut-offs.

A fit that cannot be trusted is replaced by the simple ranking (days since the last order) with a keyed note:
too few repeat customers, a fit that fails, or a degenerate fit (a → 0: the model sees no customer ever
dropping out, as on small early shops) that does not beat the simple ranking on the cut-off 90 days earlier.

Time: ``as_of`` is a day; the history is every order *before* it, and ages are counted to the day before.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.analysis.clv import (DAYS_PER_WEEK, FIT_SAMPLE, ModelFitError, _naive_day, _naive_days,
                               expected_purchases, fit_bgnbd, probability_alive, purchase_summary)
from core.messages import Message, MessageTemplate, count
from core.progress import CancelCheck, check_cancelled, never_cancelled

LAPSE_DAYS = 90            # "lapsed" = no order in this many days after the cut-off
MIN_FIT_REPEATERS = 20     # fewer repeat customers than this: no model, the simple ranking
DEGENERATE_A = 1e-3        # BG/NBD dropout parameter a below this: nobody ever drops out (degenerate)

MODEL = "bgnbd"
DAYS_SINCE = "days_since"
SILENCE_RATIO = "silence_ratio"

FEW_REPEATERS = MessageTemplate(
    "lapse.note.few_repeaters", "Only {repeat} customers ordered more than once, too few to fit the purchase model, "
                                "so customers are ranked by days since their last order.")
FIT_FAILED = MessageTemplate(
    "lapse.note.fit_failed", "The purchase model could not be fitted, so customers are ranked by days since their "
                             "last order.")
DEGENERATE = MessageTemplate(
    "lapse.note.degenerate", "The purchase model sees no customer ever stopping and it did not rank better than "
                             "days since the last order on the past, so customers are ranked by days since their "
                             "last order.")


@dataclass
class LapseRisk:
    """The lapse ranking on one day.

    ``scores``: one row per customer who ordered before ``as_of``: customer_id, score (higher = more likely to
    lapse), expected_purchases (next ``LAPSE_DAYS``, NaN without a model), p_alive, days_since, usual_interval_days,
    silence_ratio. ``method`` is MODEL or DAYS_SINCE (the fallback), ``note`` a Message when the fallback was used,
    ``params`` the BG/NBD fit (empty without one), ``as_of`` the day scored.
    """

    scores: pd.DataFrame
    method: str
    note: Message | None
    params: dict
    as_of: pd.Timestamp


def order_intervals(orders: pd.DataFrame) -> tuple[pd.Series, float]:
    """Return (median days between purchase days per repeat customer, the shop's typical days to a second order).

    The shop figure is the median time from a customer's first to second purchase day, over repeat customers
    (NaN when nobody came back).
    """
    o = orders[orders["customer_id"].notna()]
    if o.empty:  # no orders, or none with a known customer: nobody has an interval yet
        return pd.Series(dtype=float), float("nan")
    daily = pd.DataFrame({"customer_id": o["customer_id"].to_numpy(np.int64),
                          "day": _naive_days(o["ordered_at"]).to_numpy()}).drop_duplicates()
    daily = daily.sort_values(["customer_id", "day"], kind="stable")
    cid = daily["customer_id"].to_numpy()
    days = daily["day"].to_numpy().astype("datetime64[D]").astype(np.int64)
    same = np.r_[False, cid[1:] == cid[:-1]]
    gaps = np.diff(days, prepend=0)[same]
    gap_ids = cid[same]
    if len(gaps) == 0:
        return pd.Series(dtype=float), float("nan")
    frame = pd.DataFrame({"customer_id": gap_ids, "gap": gaps})
    typical = frame.groupby("customer_id")["gap"].median()
    first_gap = frame.groupby("customer_id")["gap"].first()
    return typical.astype(float), float(first_gap.median())


def history_before(orders: pd.DataFrame, as_of) -> pd.DataFrame:
    """Return the orders with a known customer placed before the day ``as_of`` (all of them when None)."""
    known = orders[orders["customer_id"].notna()]
    if as_of is None or known.empty:
        return known
    return known[(_naive_days(known["ordered_at"]) < _naive_day(as_of)).to_numpy()]


def default_as_of(orders: pd.DataFrame) -> pd.Timestamp:
    """Return the day after the last order with a known customer (so every order is history); NaT when none."""
    known = orders[orders["customer_id"].notna()]
    if known.empty:
        return pd.NaT
    return _naive_days(known["ordered_at"]).max() + pd.Timedelta(days=1)


def simple_scores(history: pd.DataFrame, as_of) -> pd.DataFrame:
    """Return per customer of ``history`` (orders before ``as_of``): customer_id, days_since (last purchase day to
    the day before ``as_of``), usual_interval_days (own median gap; the shop's typical time to a second order for
    one-time buyers) and silence_ratio (days_since ÷ usual interval; days_since when nobody came back)."""
    reference = _naive_day(as_of) - pd.Timedelta(days=1)
    if history.empty:
        return pd.DataFrame(columns=["customer_id", "days_since", "usual_interval_days", "silence_ratio"])
    frame = pd.DataFrame({"customer_id": history["customer_id"].to_numpy(np.int64),
                          "day": _naive_days(history["ordered_at"]).to_numpy()})
    last = frame.groupby("customer_id")["day"].max()
    own, shop = order_intervals(history)
    interval = own.reindex(last.index).fillna(shop).to_numpy(float)
    days_since = (reference - last).dt.days.to_numpy(float)
    ratio = np.where(np.isfinite(interval) & (interval > 0), days_since / np.where(interval > 0, interval, 1.0),
                     days_since)
    return pd.DataFrame({"customer_id": last.index.to_numpy(np.int64), "days_since": days_since,
                         "usual_interval_days": interval, "silence_ratio": ratio})


def _model_columns(history: pd.DataFrame, as_of, params: dict | None, cancelled: CancelCheck):
    """Return (summary, params or {}, expected purchases, p_alive, note) for the history before ``as_of``."""
    reference = _naive_day(as_of) - pd.Timedelta(days=1)
    summary = purchase_summary(history, reference)
    repeat = int((summary["frequency"] > 0).sum())
    if params is None:
        if repeat < MIN_FIT_REPEATERS:
            return summary, {}, None, None, FEW_REPEATERS(repeat=count(repeat))
        try:
            params = fit_bgnbd(summary["frequency"], summary["recency"], summary["T"], cancelled, FIT_SAMPLE)
        except ModelFitError:
            return summary, {}, None, None, FIT_FAILED()
    args = (summary["frequency"], summary["recency"], summary["T"])
    expected = expected_purchases(params, LAPSE_DAYS / DAYS_PER_WEEK, *args)
    return summary, params, expected, probability_alive(params, *args), None


def _auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Return the Mann-Whitney AUC of ``scores`` for ``labels`` (1 = positive), ties counted half; NaN if one class."""
    labels = np.asarray(labels, bool)
    n_pos, n_neg = int(labels.sum()), int((~labels).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = pd.Series(np.asarray(scores, float)).rank(method="average").to_numpy()
    return float((ranks[labels].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def lapsed_after(orders: pd.DataFrame, as_of, customers, days: int = LAPSE_DAYS) -> np.ndarray:
    """Return, for each id in ``customers``, True when they placed no order in the ``days`` days from ``as_of``."""
    known = orders[orders["customer_id"].notna()]
    day = _naive_days(known["ordered_at"])
    start = _naive_day(as_of)
    inside = known[((day >= start) & (day < start + pd.Timedelta(days=days))).to_numpy()]
    came_back = inside["customer_id"].to_numpy(np.int64)
    return ~np.isin(np.asarray(customers, dtype=np.int64), came_back)


def _beats_simple_earlier(orders: pd.DataFrame, as_of, cancelled: CancelCheck) -> bool:
    """Return True when the model's ranking at ``as_of`` − LAPSE_DAYS beat days-since on the following LAPSE_DAYS
    (both scored on orders before that earlier day, judged on orders before ``as_of``)."""
    earlier = _naive_day(as_of) - pd.Timedelta(days=LAPSE_DAYS)
    history = history_before(orders, earlier)
    if history.empty:
        return False
    summary, params, expected, _alive, note = _model_columns(history, earlier, None, cancelled)
    if note is not None:
        return False
    simple = simple_scores(history, earlier).set_index("customer_id").reindex(summary["customer_id"])
    lapsed = lapsed_after(history_before(orders, as_of), earlier, summary["customer_id"])
    model_auc = _auc(-expected, lapsed)
    simple_auc = _auc(simple["days_since"].to_numpy(float), lapsed)
    return bool(np.isfinite(model_auc) and np.isfinite(simple_auc) and model_auc > simple_auc)


def lapse_risk_from_orders(orders: pd.DataFrame, as_of=None, params: dict | None = None,
                           cancelled: CancelCheck = never_cancelled) -> LapseRisk:
    """Return the LapseRisk of every customer who ordered before the day ``as_of`` (default: the day after the
    last order). ``params``: a BG/NBD fit of exactly that history to reuse instead of fitting again."""
    as_of = default_as_of(orders) if as_of is None else _naive_day(as_of)
    history = history_before(orders, as_of) if not pd.isna(as_of) else orders.iloc[0:0]
    columns = ["customer_id", "score", "expected_purchases", "p_alive", "days_since", "usual_interval_days",
               "silence_ratio"]
    if history.empty:
        return LapseRisk(pd.DataFrame(columns=columns), DAYS_SINCE, None, {}, as_of)
    check_cancelled(cancelled)
    simple = simple_scores(history, as_of).set_index("customer_id")
    summary, params, expected, alive, note = _model_columns(history, as_of, params, cancelled)
    if note is None and params["a"] < DEGENERATE_A and not _beats_simple_earlier(orders, as_of, cancelled):
        note = DEGENERATE()
    ids = summary["customer_id"].to_numpy(np.int64)
    simple = simple.reindex(ids)
    table = pd.DataFrame({"customer_id": ids})
    table["expected_purchases"] = expected if expected is not None else np.nan
    table["p_alive"] = alive if alive is not None else np.nan
    for col in ("days_since", "usual_interval_days", "silence_ratio"):
        table[col] = simple[col].to_numpy(float)
    if note is None:
        table["score"] = -table["expected_purchases"]
        method = MODEL
    else:
        table["score"] = table["days_since"]
        method = DAYS_SINCE
    return LapseRisk(table[columns], method, note, params or {}, as_of)
