"""Predicted customer value and churn: BG/NBD (repeat purchases, P(alive)) and Gamma-Gamma (spend per order).

Pure numpy/scipy, vectorised: the log-likelihoods are evaluated over all customers at once (identical
(frequency, recency, T) rows are merged with weights) and minimised over log-parameters with L-BFGS-B (restarts
and a Nelder-Mead polish only when it does not converge). Shops with more than ``FIT_SAMPLE`` customers are fitted
on a fixed random sample of that size; predictions always cover every customer. Time inside the models is in weeks, as in Fader, Hardie & Lee (2005).

Definitions (the usual ones): purchases are counted per calendar day; ``frequency`` = repeat purchase days
(days with an order minus one), ``recency`` = weeks from the first to the last purchase, ``T`` = weeks from the
first purchase to the "as of" date, ``monetary_value`` = mean spend of the repeat purchase days.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import sqlite_utils
from scipy.optimize import minimize
from scipy.special import expit, gammaln, hyp2f1
from threadpoolctl import threadpool_limits  # installed with scikit-learn

from core.data import load_customers, load_orders
from core.errors import ShopkeeperError
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress
from core.messages import Count, Day, Message, MessageTemplate, Number, count, number

FIT_FAILED = MessageTemplate("clv.error.fit_failed",
                             "The prediction model could not be fitted to this shop's order history.")
NO_CUSTOMERS = MessageTemplate("clv.error.no_customers", "There are no customers to fit the prediction model to.")
FEW_SPENDERS = MessageTemplate("clv.error.few_spenders",
                               "Too few repeat customers with a positive spend to model the order value.")
NO_KNOWN_ORDERS = MessageTemplate("clv.error.no_known_orders",
                                  "There are no orders with a known customer to test the predictions on.")
TOO_SHORT = MessageTemplate("clv.error.too_short",
                            "The shop's history ({days} days) is too short to hold back {weeks} weeks for a test.")
FEW_REPEATERS = MessageTemplate("clv.error.few_repeaters",
                                "Too few repeat customers before the test period to test the predictions.")
SUMMARISING = MessageTemplate("clv.progress.summarising", "Summarising purchases")
FITTING_REPEAT = MessageTemplate("clv.progress.fitting_repeat", "Fitting the repeat-purchase model")
FITTING_VALUE = MessageTemplate("clv.progress.fitting_value", "Fitting the order-value model")
PREDICTING = MessageTemplate("clv.progress.predicting", "Predicting")

# ``ClvResult.message``: how far to trust the predictions, in one sentence.
NOTHING_TO_PREDICT = MessageTemplate("clv.message.nothing_to_predict",
                                     "No customers with orders yet, so there is nothing to predict.")
ROUGH_PREDICTIONS = MessageTemplate(
    "clv.message.rough", "Only {repeat} customers ordered more than once over {days} days of history, so "
                         "predictions would be rough; the lists use past spending (RFM) instead.")
PREDICTIONS_BASED_ON = MessageTemplate(
    "clv.message.based_on", "Predictions are based on {repeat} repeat customers over {days} days of history.")
# The back-test's ``sentence``: the model predicted more repeat orders than were placed, or fewer.
BACKTEST_MORE = MessageTemplate(
    "clv.backtest.more", "Fitted on the history up to {day} and tested on the last {weeks} weeks: the model expected "
                         "{predicted} repeat orders from {customers} customers and they placed {actual} ({difference} % "
                         "more predicted than actual); per customer it was off by {error} orders on average.")
BACKTEST_FEWER = MessageTemplate(
    "clv.backtest.fewer", "Fitted on the history up to {day} and tested on the last {weeks} weeks: the model expected "
                          "{predicted} repeat orders from {customers} customers and they placed {actual} ({difference} % "
                          "fewer predicted than actual); per customer it was off by {error} orders on average.")

DAYS_PER_WEEK = 7.0
DAYS_PER_MONTH = 30.0
MIN_REPEAT_CUSTOMERS = 100
MIN_HISTORY_DAYS = 90
FIT_SAMPLE = 25_000      # larger shops: fit on a fixed random sample of customers (predictions cover everyone)


class ModelFitError(ShopkeeperError):
    """The prediction model could not be fitted to this shop's history."""

    code = "model_fit_failed"


# ------------------------------------------------------------------------------------------------ summary data
def _naive_days(stamps: pd.Series) -> pd.Series:
    """Return timestamps as naive UTC calendar days."""
    stamps = pd.to_datetime(stamps)
    if stamps.dt.tz is not None:
        stamps = stamps.dt.tz_convert("UTC").dt.tz_localize(None)
    return stamps.dt.floor("D")


def _naive_day(stamp) -> pd.Timestamp:
    stamp = pd.Timestamp(stamp)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp.floor("D")


def purchase_summary(orders: pd.DataFrame, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return one row per customer: customer_id, frequency, recency, T (weeks), monetary_value, first/last purchase.

    ``orders`` needs customer_id, ordered_at and revenue (as from ``core.data.load_orders``); orders without a
    customer or after ``as_of`` are ignored. ``as_of`` defaults to the day of the last order. Also returns
    total_spend, orders (purchase days) and first_value (spend on the first purchase day).
    """
    columns = ["customer_id", "frequency", "recency", "T", "monetary_value", "first_purchase", "last_purchase",
               "purchase_days", "total_spend"]
    o = orders[orders["customer_id"].notna()]
    if o.empty:
        return pd.DataFrame(columns=columns)
    day = _naive_days(o["ordered_at"])
    as_of_day = day.max() if as_of is None else _naive_day(as_of)
    keep = (day <= as_of_day).to_numpy()
    daily = pd.DataFrame({"customer_id": o["customer_id"].to_numpy(np.int64)[keep],
                          "day": day.to_numpy()[keep],
                          "revenue": o["revenue"].to_numpy(float)[keep]})
    daily = daily.groupby(["customer_id", "day"], sort=True, as_index=False)["revenue"].sum()
    g = daily.groupby("customer_id", sort=True)
    per = g.agg(first_purchase=("day", "min"), last_purchase=("day", "max"), purchase_days=("day", "size"),
                total_spend=("revenue", "sum"), first_value=("revenue", "first"))
    per["frequency"] = per["purchase_days"] - 1
    per["recency"] = (per["last_purchase"] - per["first_purchase"]).dt.days / DAYS_PER_WEEK
    per["T"] = (as_of_day - per["first_purchase"]).dt.days / DAYS_PER_WEEK
    repeat_spend = per["total_spend"] - per["first_value"]
    per["monetary_value"] = np.where(per["frequency"] > 0, repeat_spend / per["frequency"].clip(lower=1), 0.0)
    return per.reset_index()[columns]


# ------------------------------------------------------------------------------------------------ BG/NBD
def _distinct_rows(*cols: np.ndarray) -> tuple[list[np.ndarray], np.ndarray, np.ndarray]:
    """Return (the distinct rows of the columns ``cols`` in lexicographic order, one array per column; each row's
    position among them; how many rows each one stands for): ``np.unique(axis=0)``'s answer from one lexsort."""
    n = len(cols[0])
    order = np.lexsort(cols[::-1])  # the first column is the primary key
    ordered = [np.asarray(col)[order] for col in cols]
    starts = np.ones(n, dtype=bool)
    for col in ordered:
        starts[1:] &= col[1:] == col[:-1]
    starts = ~starts
    if n:
        starts[0] = True
    group = np.cumsum(starts) - 1
    inverse = np.empty(n, dtype=np.int64)
    inverse[order] = group
    counts = np.bincount(group, minlength=int(starts.sum())) if n else np.zeros(0, dtype=np.int64)
    return [col[starts] for col in ordered], inverse, counts


def _compress(*cols: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    distinct, _inverse, counts = _distinct_rows(*cols)
    return distinct, counts.astype(float)


def _bgnbd_ll(params: np.ndarray, x: np.ndarray, tx: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Return the per-customer BG/NBD log-likelihood for params (r, alpha, a, b)."""
    r, alpha, a, b = params
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    repeat = x > 0
    safe = np.where(repeat, b + x - 1, 1.0)
    a4 = np.where(repeat, np.log(a) - np.log(safe) - (r + x) * np.log(alpha + tx), -np.inf)
    return a1 + a2 + np.logaddexp(a3, a4)


def _minimise(neg_ll, x0: np.ndarray, cancelled: CancelCheck) -> np.ndarray:
    # BLAS on one thread: L-BFGS-B's BLAS calls are on vectors of 4, and on a busy 2-core machine OpenBLAS's
    # threads wait for each other (a fit of the demo shop took 0.1 s of CPU instead of 0.015 s; same result).
    with threadpool_limits(limits=1, user_api="blas"):
        return _minimise_here(neg_ll, x0, cancelled)


def _minimise_here(neg_ll, x0: np.ndarray, cancelled: CancelCheck) -> np.ndarray:
    def fun(logp):
        check_cancelled(cancelled)
        value = neg_ll(np.exp(np.clip(logp, -30, 30)))
        return value if np.isfinite(value) else 1e300

    best = minimize(fun, x0, method="L-BFGS-B", options={"ftol": 1e-12, "gtol": 1e-6})
    if not best.success or not np.isfinite(best.fun):
        for start in (x0 + 1.0, x0 - 1.0):
            res = minimize(fun, start, method="L-BFGS-B")
            if res.fun < best.fun:
                best = res
        polished = minimize(fun, best.x, method="Nelder-Mead",
                            options={"xatol": 1e-8, "fatol": 1e-10, "maxiter": 4000, "maxfev": 8000})
        if polished.fun <= best.fun:
            best = polished
    if not np.isfinite(best.fun) or best.fun >= 1e299:
        raise ModelFitError(FIT_FAILED())
    return np.exp(np.clip(best.x, -30, 30))


def _sample(n: int, max_rows: int | None) -> np.ndarray | slice:
    if max_rows is None or n <= max_rows:
        return slice(None)
    return np.sort(np.random.default_rng(20240601).choice(n, size=max_rows, replace=False))


def fit_bgnbd(frequency, recency, T, cancelled: CancelCheck = never_cancelled,
              max_rows: int | None = None) -> dict:
    """Return the maximum-likelihood BG/NBD parameters {r, alpha, a, b, log_likelihood} (time in the data's unit).

    With ``max_rows`` the fit uses a fixed random sample of that many customers (for speed on large shops).
    """
    x = np.asarray(frequency, float)
    tx = np.asarray(recency, float)
    t_ = np.asarray(T, float)
    pick = _sample(len(x), max_rows)
    x, tx, t_ = x[pick], tx[pick], t_[pick]
    if len(x) == 0:
        raise ModelFitError(NO_CUSTOMERS())
    (xu, txu, tu), w = _compress(x, tx, t_)
    scale = float(max(t_.max(), 1e-9))

    def neg_ll(p):
        return -float((w * _bgnbd_ll(p, xu, txu, tu)).sum())

    params = _minimise(neg_ll, np.log([0.5, scale / 10.0, 1.0, 1.0]), cancelled)
    r, alpha, a, b = (float(v) for v in params)
    return {"r": r, "alpha": alpha, "a": a, "b": b, "log_likelihood": -neg_ll(params)}


def _log_odds_dead(params: dict, x, tx, T) -> np.ndarray:
    r, alpha, a, b = params["r"], params["alpha"], params["a"], params["b"]
    repeat = x > 0
    safe = np.where(repeat, b + x - 1, 1.0)
    return np.where(repeat, np.log(a) - np.log(safe) + (r + x) * (np.log(alpha + T) - np.log(alpha + tx)), -np.inf)


def probability_alive(params: dict, frequency, recency, T) -> np.ndarray:
    """Return P(alive) per customer under the BG/NBD ``params`` (one-time buyers are alive by definition)."""
    x, tx, t_ = (np.asarray(v, float) for v in (frequency, recency, T))
    return expit(-_log_odds_dead(params, x, tx, t_))


def expected_purchases(params: dict, t, frequency, recency, T) -> np.ndarray:
    """Return E[number of purchases in the next ``t`` time units] per customer (BG/NBD conditional expectation)."""
    r, alpha, a, b = params["r"], params["alpha"], params["a"], params["b"]
    x, tx, t_ = (np.asarray(v, float) for v in (frequency, recency, T))
    t = np.asarray(t, float)
    z = t / (alpha + t_ + t)
    log_ratio = (r + x) * (np.log(alpha + t_) - np.log(alpha + t_ + t))
    term = 1.0 - np.exp(log_ratio) * hyp2f1(r + x, b + x, a + b + x - 1, z)
    first = (a + b + x - 1) / (a - 1)
    value = first * term * probability_alive(params, x, tx, t_)
    return np.where(np.isfinite(value), np.maximum(value, 0.0), 0.0)


def expected_purchases_new(params: dict, t) -> np.ndarray:
    """Return E[purchases in ``t`` time units] for a newly acquired customer (the unconditional expectation)."""
    r, alpha, a, b = params["r"], params["alpha"], params["a"], params["b"]
    t = np.asarray(t, float)
    return (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)))


# ------------------------------------------------------------------------------------------------ Gamma-Gamma
def _gg_ll(params, x, m):
    p, q, g = params
    px = p * x
    return (gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(g) + (px - 1) * np.log(m) + px * np.log(x)
            - (px + q) * np.log(g + m * x))


def fit_gamma_gamma(frequency, monetary_value, cancelled: CancelCheck = never_cancelled,
                    max_rows: int | None = None) -> dict:
    """Return Gamma-Gamma parameters {p, q, v, log_likelihood} fitted on customers with repeat purchases and
    positive average spend (others are ignored); ``max_rows`` as in ``fit_bgnbd``."""
    x = np.asarray(frequency, float)
    m = np.asarray(monetary_value, float)
    pick = _sample(len(x), max_rows)
    x, m = x[pick], m[pick]
    ok = (x > 0) & (m > 0) & np.isfinite(m)
    if ok.sum() < 2:
        raise ModelFitError(FEW_SPENDERS())
    (xu, mu), w = _compress(x[ok], m[ok])

    def neg_ll(p):
        return -float((w * _gg_ll(p, xu, mu)).sum())

    params = _minimise(neg_ll, np.log([1.0, 2.0, float(np.mean(m[ok]))]), cancelled)
    p, q, v = (float(t) for t in params)
    return {"p": p, "q": q, "v": v, "log_likelihood": -neg_ll(params)}


def expected_average_value(gg: dict | None, frequency, monetary_value, fallback: float) -> np.ndarray:
    """Return E[spend per order] per customer: the Gamma-Gamma posterior mean (shrinks towards the shop average);
    ``fallback`` when the model is missing or its mean does not exist (q <= 1)."""
    x = np.asarray(frequency, float)
    m = np.asarray(monetary_value, float)
    m = np.where(np.isfinite(m) & (m > 0), m, 0.0)
    if gg is None or gg["q"] <= 1:
        return np.where(x > 0, np.where(m > 0, m, fallback), fallback)
    p, q, v = gg["p"], gg["q"], gg["v"]
    return (v + m * x) * p / (p * x + q - 1)


# ------------------------------------------------------------------------------------------------ CLV
def clv_from_params(params: dict, gg: dict | None, summary: pd.DataFrame, horizon_months: int = 12,
                    monthly_discount: float = 0.01, fallback_value: float | None = None) -> pd.DataFrame:
    """Return per-customer predictions for ``summary`` (from ``purchase_summary``): p_alive, expected_purchases
    (over the horizon), expected_order_value, clv (discounted monthly), expected_next_order, p_alive_30d_ago."""
    x = summary["frequency"].to_numpy(float)
    tx = summary["recency"].to_numpy(float)
    t_ = summary["T"].to_numpy(float)
    m = summary["monetary_value"].to_numpy(float)
    if fallback_value is None:
        spend = summary["total_spend"].to_numpy(float) / np.maximum(summary["purchase_days"].to_numpy(float), 1)
        fallback_value = float(np.mean(spend)) if len(spend) else 0.0
    value = expected_average_value(gg, x, m, fallback_value)
    month = DAYS_PER_MONTH / DAYS_PER_WEEK
    previous = np.zeros(len(x))
    clv = np.zeros(len(x))
    # Customers with the same history get the same expectation: computed once per distinct (x, tx, T).
    distinct, inverse, _counts = _distinct_rows(x, tx, t_)
    for i in range(1, int(horizon_months) + 1):
        cumulative = expected_purchases(params, i * month, *distinct)[inverse]
        clv += (cumulative - previous) * value / (1 + monthly_discount) ** i
        previous = cumulative
    p_alive = probability_alive(params, x, tx, t_)
    t_back = np.maximum(t_ - 30 / DAYS_PER_WEEK, tx)
    p_before = probability_alive(params, x, tx, t_back)
    rate = (params["r"] + x) / (params["alpha"] + t_)          # purchases per week if still active
    gap_days = DAYS_PER_WEEK / rate
    as_of = summary["first_purchase"] + pd.to_timedelta(np.round(t_ * DAYS_PER_WEEK), unit="D")
    next_order = as_of + pd.to_timedelta(np.round(np.minimum(gap_days, 3650)), unit="D")
    next_order = next_order.where((p_alive >= 0.5) & (gap_days <= 730))
    return pd.DataFrame({
        "customer_id": summary["customer_id"].to_numpy(),
        "p_alive": p_alive, "churn_probability": 1 - p_alive, "p_alive_30d_ago": p_before,
        "expected_purchases": previous, "expected_order_value": value, "clv": clv,
        "expected_next_order": next_order.to_numpy(),
    })


@dataclass
class ClvResult:
    """Predicted value for every customer plus how far to trust it.

    ``table``: customer_id, name, email, repeat_purchases (purchase days after the first), active_days (first to
    last purchase), age_days (first purchase to the "as of" date), total_spend,
    p_alive, churn_probability, expected_purchases, expected_order_value, clv, expected_next_order.
    ``reliable`` is False when the shop's history is too short; then ``model`` is "rfm", the prediction columns
    are empty and ``message`` says so in one sentence (a Message; ``str()`` is its English).
    """

    table: pd.DataFrame
    model: str
    reliable: bool
    message: Message
    params: dict = field(default_factory=dict)
    gamma_gamma: dict = field(default_factory=dict)
    horizon_months: int = 12
    monthly_discount: float = 0.01
    repeat_customers: int = 0
    history_days: int = 0


def _history_check(summary: pd.DataFrame) -> tuple[bool, Message, int, int]:
    repeat = int((summary["frequency"] > 0).sum()) if len(summary) else 0
    days = int(round(summary["T"].max() * DAYS_PER_WEEK)) if len(summary) else 0
    if summary.empty:
        return False, NOTHING_TO_PREDICT(), 0, 0
    if repeat < MIN_REPEAT_CUSTOMERS or days < MIN_HISTORY_DAYS:
        return False, ROUGH_PREDICTIONS(repeat=count(repeat), days=count(days)), repeat, days
    return True, PREDICTIONS_BASED_ON(repeat=count(repeat), days=count(days)), repeat, days


def clv_analysis_from_orders(orders: pd.DataFrame, customers: pd.DataFrame | None = None, horizon_months: int = 12,
                             monthly_discount: float = 0.01, as_of: pd.Timestamp | None = None,
                             progress: ProgressCallback = no_progress,
                             cancelled: CancelCheck = never_cancelled) -> ClvResult:
    """Return a ClvResult for an orders frame (customer_id, ordered_at, revenue); see ``clv_analysis``."""
    progress(0.0, SUMMARISING())
    summary = purchase_summary(orders, as_of)
    check_cancelled(cancelled)
    reliable, message, repeat, days = _history_check(summary)
    base = pd.DataFrame({
        "customer_id": summary["customer_id"].to_numpy(np.int64),
        "repeat_purchases": summary["frequency"].to_numpy(np.int64),
        "active_days": np.round(summary["recency"].to_numpy(float) * DAYS_PER_WEEK).astype(np.int64),
        "age_days": np.round(summary["T"].to_numpy(float) * DAYS_PER_WEEK).astype(np.int64),
        "total_spend": summary["total_spend"].to_numpy(float).round(2),
    })
    if customers is not None and len(customers):
        people = customers.set_index("customer_id")
        base["name"] = base["customer_id"].map(people["name"])
        base["email"] = base["customer_id"].map(people["email"])
    params: dict = {}
    gg: dict = {}
    if reliable:
        progress(0.1, FITTING_REPEAT())
        params = fit_bgnbd(summary["frequency"], summary["recency"], summary["T"], cancelled, FIT_SAMPLE)
        progress(0.6, FITTING_VALUE())
        try:
            gg = fit_gamma_gamma(summary["frequency"], summary["monetary_value"], cancelled, FIT_SAMPLE)
        except ModelFitError:
            gg = {}
        progress(0.8, PREDICTING())
        pred = clv_from_params(params, gg or None, summary, horizon_months, monthly_discount)
        table = base.merge(pred, on="customer_id", how="left")
        for col in ("p_alive", "churn_probability", "p_alive_30d_ago", "expected_purchases"):
            table[col] = table[col].round(4)
        table["expected_order_value"] = table["expected_order_value"].round(2)
        table["clv"] = table["clv"].round(2)
        model = "bgnbd"
    else:
        table = base.copy()
        for col in ("p_alive", "churn_probability", "p_alive_30d_ago", "expected_purchases",
                    "expected_order_value", "clv"):
            table[col] = np.nan
        table["expected_next_order"] = pd.NaT
        model = "rfm"
    table = table.sort_values(["clv", "total_spend"] if reliable else ["total_spend"], ascending=False,
                              kind="stable").reset_index(drop=True)
    progress(1.0, None)
    return ClvResult(table=table, model=model, reliable=reliable, message=message, params=params, gamma_gamma=gg,
                     horizon_months=horizon_months, monthly_discount=monthly_discount, repeat_customers=repeat,
                     history_days=days)


def clv_analysis(db: sqlite_utils.Database, horizon_months: int = 12, monthly_discount: float = 0.01,
                 as_of: pd.Timestamp | None = None, progress: ProgressCallback = no_progress,
                 cancelled: CancelCheck = never_cancelled) -> ClvResult:
    """Return a ClvResult: BG/NBD + Gamma-Gamma predictions for every customer of the shop over
    ``horizon_months`` with ``monthly_discount`` (0.01 = 1 % a month), or the RFM fallback for short histories."""
    return clv_analysis_from_orders(load_orders(db), load_customers(db), horizon_months, monthly_discount, as_of,
                                    progress, cancelled)


def clv_table(db: sqlite_utils.Database, horizon_months: int = 12, monthly_discount: float = 0.01) -> pd.DataFrame:
    """Return just the per-customer table of ``clv_analysis`` (column ``clv`` is empty when history is short)."""
    return clv_analysis(db, horizon_months, monthly_discount).table


# ------------------------------------------------------------------------------------------------ back-test
def holdout_backtest_from_orders(orders: pd.DataFrame, holdout_weeks: int | None = None,
                                 cancelled: CancelCheck = never_cancelled) -> dict:
    """Fit on all but the last ``holdout_weeks`` and compare predicted with actual repeat purchases per customer.

    Returns a dict: ``groups`` (DataFrame group, customers, predicted, actual: averages per customer by number of
    repeat purchases in the fitting period, "6+" last), ``per_customer`` (customer_id, frequency_cal, predicted,
    actual), ``summary`` (holdout_weeks, customers, predicted_total, actual_total, mean_absolute_error,
    correlation, params) and ``sentence`` (a one-sentence summary, a Message). Raises ModelFitError when there is too little history.
    """
    o = orders[orders["customer_id"].notna()]
    if o.empty:
        raise ModelFitError(NO_KNOWN_ORDERS())
    day = _naive_days(o["ordered_at"])
    end, start = day.max(), day.min()
    span_weeks = (end - start).days / DAYS_PER_WEEK
    if holdout_weeks is None:
        holdout_weeks = int(min(26, max(4, span_weeks // 3)))
    cal_end = end - pd.Timedelta(days=int(holdout_weeks * DAYS_PER_WEEK))
    if (cal_end - start).days < MIN_HISTORY_DAYS:
        raise ModelFitError(TOO_SHORT(days=count((end - start).days), weeks=count(holdout_weeks)))
    cal = purchase_summary(o[day <= cal_end], cal_end)
    if int((cal["frequency"] > 0).sum()) < 20:
        raise ModelFitError(FEW_REPEATERS())
    params = fit_bgnbd(cal["frequency"], cal["recency"], cal["T"], cancelled, FIT_SAMPLE)
    hold = o[(day > cal_end) & o["customer_id"].isin(cal["customer_id"])]
    actual_days = hold.assign(day=day[hold.index]).groupby("customer_id")["day"].nunique()
    predicted = expected_purchases(params, holdout_weeks, cal["frequency"], cal["recency"], cal["T"])
    per = pd.DataFrame({"customer_id": cal["customer_id"].to_numpy(), "frequency_cal": cal["frequency"].to_numpy(),
                        "predicted": predicted})
    per["actual"] = per["customer_id"].map(actual_days).fillna(0).astype(np.int64).to_numpy()
    per["group"] = np.where(per["frequency_cal"] >= 6, "6+", per["frequency_cal"].astype(str))
    order = [str(i) for i in range(6)] + ["6+"]
    present = set(per["group"].unique())  # once: a set of every customer's group per key cost seconds
    groups = (per.groupby("group").agg(customers=("customer_id", "size"), predicted=("predicted", "mean"),
                                       actual=("actual", "mean"))
              .reindex([g for g in order if g in present]).reset_index())
    pred_total, act_total = round(float(per["predicted"].sum()), 1), float(per["actual"].sum())
    mae = float((per["predicted"] - per["actual"]).abs().mean())
    corr = float(np.corrcoef(per["predicted"], per["actual"])[0, 1]) if per["actual"].std() > 0 else float("nan")
    diff = (pred_total - act_total) / act_total * 100 if act_total else float("nan")
    sentence = (BACKTEST_MORE if diff >= 0 else BACKTEST_FEWER)(
        day=Day(cal_end.date(), f"{cal_end:%Y-%m-%d}"), weeks=Count(int(holdout_weeks), f"{holdout_weeks}"),
        predicted=number(pred_total), customers=count(len(per)), actual=number(act_total),
        difference=Number(abs(diff), f"{abs(diff):.0f}"), error=Number(mae, f"{mae:.2f}", 2))
    summary = {"holdout_weeks": int(holdout_weeks), "calibration_end": cal_end.isoformat(), "customers": len(per),
               "predicted_total": round(pred_total, 1), "actual_total": round(act_total, 1),
               "difference_percent": round(diff, 1), "mean_absolute_error": round(mae, 3),
               "correlation": round(corr, 3), "params": params}
    return {"groups": groups, "per_customer": per, "summary": summary, "sentence": sentence}


def holdout_backtest(db: sqlite_utils.Database, holdout_weeks: int | None = None,
                     cancelled: CancelCheck = never_cancelled) -> dict:
    """Return the holdout back-test of the shop (see ``holdout_backtest_from_orders``)."""
    return holdout_backtest_from_orders(load_orders(db), holdout_weeks, cancelled)
