"""Lists the owner acts on: VIP, win-back (silent for long *for them*) and at-risk customers.

``customer_overview`` builds one table per customer (RFM, scores, segment, personal order interval, predicted
value and churn) in one pass; ``build_lists`` turns it into the lists without touching the database again, so
the GUI can change the list sizes live.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import sqlite_utils

from core.analysis.clv import ClvResult, _naive_days, clv_analysis_from_orders
from core.analysis.rfm import rfm_table
from core.analysis.segments import Cutoffs, assign_segments, score_rfm
from core.data import load_customers, load_orders
from core.errors import ShopkeeperError
from core.messages import Message, MessageTemplate, number
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress, sub_progress

LOADING_ORDERS = MessageTemplate("lists.progress.loading_orders", "Loading orders")

# Each list's English label and explanation are fixed message templates (no arguments): the values below are their
# English text, which the desktop translates (``desktop.i18n.translate_text``).
LIST_TEXTS = {
    "vip": (MessageTemplate("lists.vip.label", "VIP"),
            MessageTemplate("lists.vip.explanation", "Your most valuable customers: top by predicted value (or by "
                                                     "past spend when history is short).")),
    "winback": (MessageTemplate("lists.winback.label", "Win-back"),
                MessageTemplate("lists.winback.explanation", "Customers who have been silent much longer than they "
                                                             "usually wait between orders.")),
    "at_risk": (MessageTemplate("lists.at_risk.label", "At risk"),
                MessageTemplate("lists.at_risk.explanation", "High-value customers whose chance of still being a "
                                                             "customer is dropping.")),
}
LIST_INFO = {key: (label.template, explanation.template) for key, (label, explanation) in LIST_TEXTS.items()}

# Simple rule lists the offers screen adds to the three above: key -> English label (members: ``rule_lists``).
RULE_LIST_TEXTS = {
    "new": MessageTemplate("lists.new.label", "New (one order in the last 60 days)"),
    "one_time": MessageTemplate("lists.one_time.label", "One-time buyers"),
}
RULE_LISTS = {key: template.template for key, template in RULE_LIST_TEXTS.items()}

# The ``reason`` of a list member (a Message; its English is what the command line prints).
VIP_PREDICTED = MessageTemplate("lists.reason.vip_predicted", "predicted value {value}")
VIP_SPENT = MessageTemplate("lists.reason.vip_spent", "spent {value}")
WINBACK_REPEAT = MessageTemplate("lists.reason.winback_repeat", "usually orders every {days} days, silent for {silent}")
WINBACK_ONCE = MessageTemplate("lists.reason.winback_once",
                               "bought once; customers here usually reorder within {days} days, silent for {silent}")
AT_RISK_CHURN = MessageTemplate("lists.reason.at_risk_churn",
                                "chance of having stopped: {now} %, up from {before} % a month ago")
AT_RISK_SILENT = MessageTemplate("lists.reason.at_risk_silent", "silent {ratio}× longer than usual")
UNKNOWN_LIST = MessageTemplate("lists.error.unknown", "There is no list called '{key}'; use one of: {known}.")


@dataclass
class CustomerList:
    """One list: stable ``key``, English ``label`` and ``explanation``, and its ``members`` (customer rows)."""

    key: str
    label: str
    explanation: str
    members: pd.DataFrame


@dataclass
class Overview:
    """Everything about every customer with orders (``table``) plus the prediction result it used (``clv``)."""

    table: pd.DataFrame
    clv: ClvResult
    shop_interval_days: float


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


def customer_overview(db: sqlite_utils.Database, scheme: str = "rf10", cutoffs: Cutoffs | None = None,
                      horizon_months: int = 12, monthly_discount: float = 0.01,
                      progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled) -> Overview:
    """Return an Overview: one row per customer with orders and columns customer_id, name, email, country,
    first_order, last_order, recency_days, frequency, monetary, average_order, r/f/m scores, segment,
    segment_label, typical_interval_days, silence_ratio, p_alive, churn_probability, clv, expected_next_order …"""
    progress(0.0, LOADING_ORDERS())
    orders = load_orders(db)
    check_cancelled(cancelled)
    rfm = rfm_table(db)
    check_cancelled(cancelled)
    clv = clv_analysis_from_orders(orders, load_customers(db), horizon_months, monthly_discount,
                                   progress=sub_progress(progress, 0.3, 0.9), cancelled=cancelled)
    return overview_from_parts(rfm, orders, clv, scheme, cutoffs)


def overview_from_parts(rfm: pd.DataFrame, orders: pd.DataFrame, clv: ClvResult, scheme: str = "rf10",
                        cutoffs: Cutoffs | None = None) -> Overview:
    """Return the Overview built from an RFM table, the orders and a ClvResult (see ``customer_overview``)."""
    table = assign_segments(score_rfm(rfm, cutoffs), scheme)
    typical, shop_interval = order_intervals(orders)
    table["typical_interval_days"] = table["customer_id"].map(typical).astype(float).round(1)
    interval = table["typical_interval_days"].fillna(shop_interval)
    table["silence_ratio"] = (table["recency_days"] / interval.where(interval > 0)).round(2)
    pred_cols = ["p_alive", "churn_probability", "p_alive_30d_ago", "expected_purchases", "expected_order_value",
                 "clv", "expected_next_order"]
    table["customer_id"] = table["customer_id"].astype(np.int64)
    preds = clv.table.set_index("customer_id")
    for col in pred_cols:
        if col not in preds:
            table[col] = np.nan
        elif col == "expected_next_order":  # reindex, not map: map cannot build an empty column of dates
            mapped = preds[col].reindex(table["customer_id"].to_numpy())
            mapped.index = table.index
            table[col] = mapped
        else:
            table[col] = table["customer_id"].map(preds[col]).astype(float).to_numpy(dtype=float, na_value=np.nan)
    return Overview(table=table, clv=clv, shop_interval_days=shop_interval)


def _days(value: float) -> str:
    return f"{value:,.0f} day" + ("" if round(value) == 1 else "s")


def _whole(value: float):
    """Return a typed number shown without decimals ("1,234")."""
    return number(value, 0)


def _winback_reason(row, shop_interval: float) -> Message:
    if row.frequency > 1 and not np.isnan(row.typical_interval_days):
        return WINBACK_REPEAT(days=_whole(row.typical_interval_days), silent=_whole(row.recency_days))
    return WINBACK_ONCE(days=_whole(shop_interval), silent=_whole(row.recency_days))


def build_lists(overview: Overview, vip_top: int | None = None, vip_percent: float = 10.0,
                winback_factor: float = 2.0, winback_min_days: int = 30,
                at_risk_value_quantile: float = 0.75) -> dict[str, CustomerList]:
    """Return {"vip", "winback", "at_risk"} → CustomerList from an Overview.

    VIP: the ``vip_top`` customers (or top ``vip_percent`` %) by predicted value, or by spend when predictions
    are not reliable. Win-back: silent for at least ``winback_factor`` × their own typical interval (the shop's
    typical interval for one-time buyers) and at least ``winback_min_days``. At risk: repeat customers with spend in
    the top quarter whose churn probability rose by 1+ point over the last 30 days and is 10 %+ (or who are
    silent 1.25× their usual interval) (without predictions: a repeat customer silent for
    1.5 to 4 times their usual interval).
    """
    t = overview.table
    reliable = overview.clv.reliable
    value_col = "clv" if reliable else "monetary"
    ranked = t.sort_values([value_col, "monetary"], ascending=False, kind="stable")
    if vip_top is not None:
        size = int(max(0, vip_top))
    else:
        size = int(np.ceil(len(t) * max(0.0, min(100.0, vip_percent)) / 100.0))
    vip = ranked.head(size).copy()
    # one text per row (lists, not Series arithmetic: an empty list has no text column to add to)
    vip["reason"] = [VIP_PREDICTED(value=_whole(value)) if reliable else VIP_SPENT(value=_whole(spent))
                     for value, spent in zip(vip["clv"].round(0), vip["monetary"].round(0))]

    ratio = t["silence_ratio"]
    wb = t[(ratio >= winback_factor) & (t["recency_days"] >= winback_min_days)].copy()
    wb["reason"] = [_winback_reason(r, overview.shop_interval_days) for r in wb.itertuples()]
    wb = wb.sort_values([value_col, "monetary"], ascending=False, kind="stable")

    high_value = t["monetary"] >= t["monetary"].quantile(at_risk_value_quantile) if len(t) else t["monetary"] > 0
    if reliable:
        rose = (t["churn_probability"] - (1 - t["p_alive_30d_ago"])) >= 0.01
        rising = (t["frequency"] >= 2) & rose & ((t["churn_probability"] >= 0.1) | (ratio >= 1.25))
        risk = t[high_value & rising].copy()
        risk["reason"] = [AT_RISK_CHURN(now=number(now, 0), before=number(before, 0))
                          for now, before in zip((risk["churn_probability"] * 100).round(0),
                                                 ((1 - risk["p_alive_30d_ago"]) * 100).round(0))]
        risk = risk.sort_values(["clv", "monetary"], ascending=False, kind="stable")
    else:
        slipping = (t["frequency"] >= 2) & (ratio >= 1.5) & (ratio < 4)
        risk = t[high_value & slipping].copy()
        risk["reason"] = [AT_RISK_SILENT(ratio=number(r.silence_ratio, 1)) for r in risk.itertuples()]
        risk = risk.sort_values("monetary", ascending=False, kind="stable")

    out = {}
    for key, frame in (("vip", vip), ("winback", wb), ("at_risk", risk)):
        label, explanation = LIST_INFO[key]
        out[key] = CustomerList(key, label, explanation, frame.reset_index(drop=True))
    return out


def rule_lists(rfm: pd.DataFrame) -> dict[str, pd.Series]:
    """Return RULE_LISTS key -> customer ids from an RFM table (``core.analysis.rfm``): "new" bought once in the
    last 60 days, "one_time" bought once."""
    ids = rfm["customer_id"].astype("int64")
    if rfm.empty:
        return {key: ids for key in RULE_LISTS}
    freq, rec = rfm["frequency"], rfm["recency_days"]
    masks = {"new": (freq == 1) & (rec <= 60), "one_time": freq == 1}
    return {key: ids[masks[key].values] for key in RULE_LISTS}


def customer_lists(db: sqlite_utils.Database, vip_top: int | None = None, vip_percent: float = 10.0,
                   winback_factor: float = 2.0) -> dict[str, CustomerList]:
    """Return the VIP, win-back and at-risk lists of the shop (see ``build_lists``)."""
    return build_lists(customer_overview(db), vip_top=vip_top, vip_percent=vip_percent,
                       winback_factor=winback_factor)


def list_members(db: sqlite_utils.Database, key: str, **options) -> pd.DataFrame:
    """Return the members of one list by key (vip, winback, at_risk); raises ShopkeeperError for another key."""
    lists = customer_lists(db, **options)
    if key not in lists:
        raise ShopkeeperError(UNKNOWN_LIST(key=key, known=", ".join(lists)))
    return lists[key].members
