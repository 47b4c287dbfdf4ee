"""Lists the owner acts on: VIP, win-back (silent for long *for them*) and at-risk customers.

``customer_overview`` builds one table per customer (RFM, scores, segment, personal order interval, predicted
value and churn, and the back-tested lapse ranking of ``core.analysis.lapse``) in one pass; ``build_lists`` turns
it into the lists without touching the database again, so the GUI can change the list sizes live.

Win-back and at-risk members are customers the lapse ranking puts in the likelier half to stop ordering; each list
keeps the most valuable (at most ``MAX_SHARE`` of all customers by default) and says how many more there are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import sqlite_utils

from core.analysis.clv import ClvResult, clv_analysis_from_orders
from core.analysis.lapse import LapseRisk, lapse_risk_from_orders, order_intervals  # noqa: F401 - order_intervals
from core.analysis.rfm import rfm_from_orders
from core.analysis.segments import Cutoffs, assign_segments, score_rfm
from core.data import load_customers, load_orders
from core.errors import ShopkeeperError
from core.load_cache import ready_result, shared_result
from core.messages import Message, MessageTemplate, count, number, percent
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress, sub_progress
from core.result_copy import read_kept, shared_kept

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
                MessageTemplate("lists.at_risk.ranked_explanation",
                                "High-value repeat customers, not yet silent for long, whom the back-tested lapse "
                                "ranking puts among the more likely half to stop ordering.")),
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
AT_RISK_RANKED = MessageTemplate("lists.reason.at_risk_ranked",
                                 "more likely to stop ordering than {share} of customers")
MORE_MEMBERS = MessageTemplate("lists.more", "Showing the {shown} most valuable, and {more} more.")
MAX_SHARE = 0.2          # win-back and at-risk lists keep at most this share of all customers (the most valuable)
LIKELY_HALF = 0.5        # members rank at least this high (0..1 percentile) in the lapse ranking
UNKNOWN_LIST = MessageTemplate("lists.error.unknown", "There is no list called '{key}'; use one of: {known}.")


@dataclass
class CustomerList:
    """One list: stable ``key``, English ``label`` and ``explanation``, its ``members`` (customer rows) and
    ``more``: how many more customers qualified but were left out by the size cap (``more_message`` says so)."""

    key: str
    label: str
    explanation: str
    members: pd.DataFrame
    more: int = 0

    @property
    def more_message(self) -> Message | None:
        """Return "Showing the N most valuable, and M more." when the cap left customers out, else None."""
        if not self.more:
            return None
        return MORE_MEMBERS(shown=count(len(self.members)), more=count(self.more))


@dataclass
class Overview:
    """Everything about every customer with orders (``table``) plus the prediction result it used (``clv``) and
    the lapse ranking (``lapse``; its scores are the table's lapse_score / lapse_percentile columns)."""

    table: pd.DataFrame
    clv: ClvResult
    shop_interval_days: float
    lapse: LapseRisk | None = None


def day_start(day) -> pd.Timestamp:
    """Return midnight (UTC) at the start of ``day`` (a date, a string or a time): orders before it are history."""
    stamp = pd.Timestamp(day)
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    return stamp.normalize()


def customer_overview(db: sqlite_utils.Database, scheme: str = "rf10", cutoffs: Cutoffs | None = None,
                      horizon_months: int = 12, monthly_discount: float = 0.01,
                      progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled,
                      as_of=None) -> Overview:
    """Return an Overview: one row per customer with orders and columns customer_id, name, email, country,
    first_order, last_order, recency_days, frequency, monetary, average_order, r/f/m scores, segment,
    segment_label, typical_interval_days, silence_ratio, p_alive, churn_probability, clv, expected_next_order,
    lapse_score, lapse_percentile …

    ``as_of`` (a day): only orders placed before it count, so the overview is the one a shop imported up to that
    day would show."""
    def build() -> Overview:
        progress(0.0, LOADING_ORDERS())
        orders = load_orders(db) if as_of is None else load_orders(db, until=day_start(as_of))
        check_cancelled(cancelled)
        customers = load_customers(db)
        rfm = rfm_from_orders(orders, customers)
        check_cancelled(cancelled)
        clv = clv_analysis_from_orders(orders, customers, horizon_months, monthly_discount,
                                       progress=sub_progress(progress, 0.3, 0.9), cancelled=cancelled)
        return overview_from_parts(rfm, orders, clv, scheme, cutoffs, cancelled=cancelled)
    if as_of is not None or cutoffs is not None:
        return build()
    return shared_overview(db, overview_key(scheme, horizon_months, monthly_discount), build)


def overview_key(scheme: str = "rf10", horizon_months: int = 12, monthly_discount: float = 0.01) -> tuple:
    """Return the key under which a shop's overview with these settings is kept (``shared_overview``): the
    dashboard, the Customers screen and the offers share one fit."""
    return ("overview", scheme, int(horizon_months), float(monthly_discount))


def shared_overview(db: sqlite_utils.Database, key: tuple, build) -> Overview:
    """Return the overview ``build()`` makes for the shop ``db`` under ``key`` (``overview_key``): worked out once
    per state of the shop's data, kept by the process for its screens (``core.load_cache``) and in the shop file
    for the next session (``core.result_copy``)."""
    return shared_kept(db, key, build, OVERVIEW_CLASSES)


OVERVIEW_CLASSES = (Overview, ClvResult, LapseRisk)
"""The dataclasses a kept overview is made of (``core.result_copy``)."""


def ready_overview(db: sqlite_utils.Database) -> Overview | None:
    """Return the overview with the default settings when it is already worked out for the shop's current data
    (kept by the process or in the shop file), else None; works nothing out."""
    key = overview_key()
    ready = ready_result(db, key)
    if ready is not None:
        return ready
    kept = read_kept(db, key, OVERVIEW_CLASSES)
    # handed to the process's cache too, so the next screen does not decode the file's copy again
    return None if kept is None else shared_result(db, key, lambda: kept)


def overview_from_parts(rfm: pd.DataFrame, orders: pd.DataFrame, clv: ClvResult, scheme: str = "rf10",
                        cutoffs: Cutoffs | None = None, lapse: LapseRisk | None = None,
                        cancelled: CancelCheck = never_cancelled) -> Overview:
    """Return the Overview built from an RFM table, the orders and a ClvResult (see ``customer_overview``);
    ``lapse`` is computed from the orders (reusing the ClvResult's fit) when not given."""
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
    if lapse is None:
        lapse = lapse_risk_from_orders(orders, params=clv.params if clv.reliable and clv.params else None,
                                       cancelled=cancelled)
    scores = lapse.scores.set_index("customer_id")
    table["lapse_score"] = table["customer_id"].map(scores["score"]).astype(float)
    table["lapse_percentile"] = table["lapse_score"].rank(method="average", pct=True).round(4)
    table["expected_purchases_90d"] = table["customer_id"].map(scores["expected_purchases"]).astype(float).round(4)
    return Overview(table=table, clv=clv, shop_interval_days=shop_interval, lapse=lapse)


def _days(value: float) -> str:
    return f"{value:,.0f} day" + ("" if round(value) == 1 else "s")


def _whole(value: float):
    """Return a typed number shown without decimals ("1,234")."""
    return number(value, 0)


def _winback_reason(frequency, typical_interval_days: float, recency_days, shop_interval: float) -> Message:
    if frequency > 1 and not np.isnan(typical_interval_days):
        return WINBACK_REPEAT(days=_whole(typical_interval_days), silent=_whole(recency_days))
    return WINBACK_ONCE(days=_whole(shop_interval), silent=_whole(recency_days))


def _winback_reasons(frequencies, typical_intervals, recencies, shop_interval: float) -> list[Message]:
    """Return each row's win-back reason; rows that read the same share one (unchanging) Message."""
    reasons: dict = {}
    out = []
    for frequency, typical, recency in zip(frequencies, typical_intervals, recencies):
        usual = typical if frequency > 1 and not np.isnan(typical) else None  # None: the shop's interval
        reason = reasons.get((usual, recency))
        if reason is None:
            reason = reasons[(usual, recency)] = _winback_reason(frequency, typical, recency, shop_interval)
        out.append(reason)
    return out


def _cap(frame: pd.DataFrame, size: int) -> tuple[pd.DataFrame, int]:
    """Return the first ``size`` rows of ``frame`` (already sorted by value) and how many were left out."""
    return frame.head(size), max(0, len(frame) - size)


def list_cap(customers: int, max_share: float = MAX_SHARE, max_members: int | None = None) -> int:
    """Return the most members a win-back or at-risk list keeps: ``max_members`` when given, else
    ``max_share`` of ``customers`` rounded up (at least 1 when there are customers)."""
    if max_members is not None:
        return int(max(0, max_members))
    return int(np.ceil(customers * max(0.0, min(1.0, max_share)))) if customers else 0


def build_lists(overview: Overview, vip_top: int | None = None, vip_percent: float = 10.0,
                winback_factor: float = 2.0, winback_min_days: int = 30,
                at_risk_value_quantile: float = 0.75, max_share: float = MAX_SHARE,
                max_members: int | None = None) -> dict[str, CustomerList]:
    """Return {"vip", "winback", "at_risk"} → CustomerList from an Overview.

    VIP: the ``vip_top`` customers (or top ``vip_percent`` %) by predicted value, or by spend when predictions
    are not reliable. Win-back: silent for at least ``winback_factor`` × their own typical interval (the shop's
    typical interval for one-time buyers) and at least ``winback_min_days``, and in the likelier half of the lapse
    ranking. At risk: repeat customers with spend in the top quarter, not yet silent ``winback_factor`` × their
    interval, in the likelier half of the lapse ranking. Both keep the most valuable ``list_cap(...)`` members
    (``max_members``, else ``max_share`` of all customers) and count the rest in ``more``.
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
                     for value, spent in zip(vip["clv"].round(0).to_numpy(), vip["monetary"].round(0).to_numpy())]

    cap = list_cap(len(t), max_share, max_members)
    ratio = t["silence_ratio"]
    likely = t["lapse_percentile"] >= LIKELY_HALF if "lapse_percentile" in t else pd.Series(True, index=t.index)
    silent = (ratio >= winback_factor) & (t["recency_days"] >= winback_min_days)
    wb = t[silent & likely].sort_values([value_col, "monetary"], ascending=False, kind="stable")
    wb, wb_more = _cap(wb, cap)
    wb = wb.copy()
    # one row's three fields at a time (itertuples would box every column of every row, dates included)
    wb["reason"] = _winback_reasons(wb["frequency"].to_numpy(), wb["typical_interval_days"].to_numpy(float),
                                    wb["recency_days"].to_numpy(), overview.shop_interval_days)

    high_value = t["monetary"] >= t["monetary"].quantile(at_risk_value_quantile) if len(t) else t["monetary"] > 0
    risk = t[high_value & (t["frequency"] >= 2) & ~silent & likely]
    risk = risk.sort_values([value_col, "monetary"], ascending=False, kind="stable")
    risk, risk_more = _cap(risk, cap)
    risk = risk.copy()
    risk["reason"] = [AT_RISK_RANKED(share=percent(share)) for share in risk["lapse_percentile"].to_numpy(float)]

    out = {}
    for key, frame, more in (("vip", vip, 0), ("winback", wb, wb_more), ("at_risk", risk, risk_more)):
        label, explanation = LIST_INFO[key]
        out[key] = CustomerList(key, label, explanation, frame.reset_index(drop=True), more)
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
                   winback_factor: float = 2.0, as_of=None, max_share: float = MAX_SHARE,
                   max_members: int | None = None) -> dict[str, CustomerList]:
    """Return the VIP, win-back and at-risk lists of the shop (see ``build_lists``), from the orders before the
    day ``as_of`` when given."""
    return build_lists(customer_overview(db, as_of=as_of), vip_top=vip_top, vip_percent=vip_percent,
                       winback_factor=winback_factor, max_share=max_share, max_members=max_members)


def list_members(db: sqlite_utils.Database, key: str, **options) -> pd.DataFrame:
    """Return the members of one list by key (vip, winback, at_risk); raises ShopkeeperError for another key."""
    lists = customer_lists(db, **options)
    if key not in lists:
        raise ShopkeeperError(UNKNOWN_LIST(key=key, known=", ".join(lists)))
    return lists[key].members


def with_shop_ids(members: pd.DataFrame, shop_ids: pd.Series) -> pd.DataFrame:
    """Return ``members`` with a first column ``customer``: the shop's own id of each customer_id (``shop_ids`` as
    from ``core.customer_ids.shop_customer_ids``; Shopkeeper's number as text when a customer is not in it)."""
    out = members.copy()
    ids = out["customer_id"].astype("int64")
    out.insert(0, "customer", ids.map(shop_ids).fillna(ids.astype(str)).astype(str).to_numpy() if len(out) else [])
    return out


def lapse_risk_table(overview: Overview, shop_ids: pd.Series) -> pd.DataFrame:
    """Return every customer of ``overview`` as customer (the shop's own id) and score (higher = more likely to
    lapse in the next 90 days), most likely first."""
    table = overview.table[["customer_id", "lapse_score"]].rename(columns={"lapse_score": "score"})
    table = table.sort_values(["score", "customer_id"], ascending=[False, True], kind="stable")
    return with_shop_ids(table, shop_ids)[["customer", "score"]].reset_index(drop=True)

