"""Replenishment: how often customers rebuy a product, and who is due for a refill now.

For every customer who bought a product on two or more different days, the gaps between those days are
repurchase intervals. A product's typical interval is the median of all its intervals, trusted only when there
are at least ``min_observations`` of them.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd
import sqlite_utils

from core.data import load_customers, load_lines
from core.messages import Message, MessageTemplate, Number, count

REFILL_DUE = MessageTemplate("refill.reason.due", "usually rebuys every {days} days, last bought {since} days ago")

INTERVAL_COLUMNS = ["product_id", "product_name", "median_days", "observations", "customers"]
DUE_COLUMNS = ["customer_id", "product_id", "product_name", "median_days", "last_bought", "days_since",
               "days_overdue", "reason"]


def day_number(when) -> int:
    """Return whole days since 1970-01-01 for a timestamp (UTC when it has a time zone)."""
    when = pd.Timestamp(when)
    if when.tzinfo is not None:
        when = when.tz_convert(None)
    return int(when.to_datetime64().astype("datetime64[D]").astype(np.int64))


def _purchase_days(lines: pd.DataFrame) -> pd.DataFrame:
    """Return each (customer, product, day) a customer bought the product on, once, sorted by customer, product
    and day: customer_id, product_id, day (whole days since 1970-01-01, UTC)."""
    known = lines[lines["customer_id"].notna()]
    customers = known["customer_id"].astype("int64").to_numpy()
    products = known["product_id"].to_numpy().astype(np.int64)
    days = known["ordered_at"].dt.tz_convert(None).to_numpy().astype("datetime64[D]").astype(np.int64)
    # numpy's lexsort straight on the three number columns (pandas factorizes each first: twice the time)
    order = np.lexsort((days, products, customers))
    customers, products, days = customers[order], products[order], days[order]
    repeated = np.zeros(len(order), dtype=bool)
    repeated[1:] = (customers[1:] == customers[:-1]) & (products[1:] == products[:-1]) & (days[1:] == days[:-1])
    return pd.DataFrame({"customer_id": customers[~repeated], "product_id": products[~repeated],
                         "day": days[~repeated]})


def repurchase_intervals(lines: pd.DataFrame, min_observations: int = 5, min_days: int = 1,
                         days: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per replenishable product: its median days between a customer's repeat purchases.

    Columns: product_id, product_name, median_days, observations (number of intervals), customers (how many
    customers rebought it). Products with fewer than ``min_observations`` intervals are left out; intervals
    shorter than ``min_days`` are ignored. Sorted by observations, most first. ``days`` is ``_purchase_days(lines)``
    when the caller has it already.
    """
    days = _purchase_days(lines) if days is None else days
    if days.empty:
        return pd.DataFrame(columns=INTERVAL_COLUMNS)
    same = (days["customer_id"].to_numpy()[1:] == days["customer_id"].to_numpy()[:-1]) & (
        days["product_id"].to_numpy()[1:] == days["product_id"].to_numpy()[:-1])
    gaps = (days["day"].to_numpy()[1:] - days["day"].to_numpy()[:-1]).astype(np.float64)
    intervals = pd.DataFrame({"product_id": days["product_id"].to_numpy()[1:][same],
                              "customer_id": days["customer_id"].to_numpy()[1:][same],
                              "gap": gaps[same]})
    intervals = intervals[intervals["gap"] >= min_days]
    if intervals.empty:
        return pd.DataFrame(columns=INTERVAL_COLUMNS)
    table = intervals.groupby("product_id").agg(median_days=("gap", "median"), observations=("gap", "size"),
                                                customers=("customer_id", "nunique")).reset_index()
    table = table[table["observations"] >= min_observations]
    names = lines.drop_duplicates("product_id").set_index("product_id")["product_name"]
    table.insert(1, "product_name", table["product_id"].map(names))
    table = table.sort_values(["observations", "product_id"], ascending=[False, True], kind="stable")
    return table[INTERVAL_COLUMNS].reset_index(drop=True)


def due_text(median_days: float, days_since: int) -> Message:
    """Return the Message "usually rebuys every 30 days, last bought 34 days ago"."""
    return REFILL_DUE(days=Number(float(median_days), f"{median_days:.0f}"), since=count(days_since))


def refills_due(lines: pd.DataFrame, intervals: pd.DataFrame | None = None, as_of: pd.Timestamp | None = None,
                min_observations: int = 5, lapsed_factor: float = 1.5) -> pd.DataFrame:
    """Return the customers whose refill of a replenishable product is due now.

    A refill is due when the days since the customer last bought the product reach the product's median
    repurchase interval, but not yet ``lapsed_factor`` times it (after that the customer has probably moved on).
    The customer must have bought the product before. ``as_of`` defaults to the shop's last order date.
    Columns: customer_id, product_id, product_name, median_days, last_bought, days_since, days_overdue, reason.
    Sorted by how far into the refill window (days since / interval), the ones that just became due first.
    """
    days = _purchase_days(lines) if not lines.empty else None
    if intervals is None:
        intervals = repurchase_intervals(lines, min_observations, days=days)
    if intervals.empty or lines.empty:
        return pd.DataFrame(columns=DUE_COLUMNS)
    if as_of is None:
        as_of = lines["ordered_at"].max()
    # the days are sorted by customer, product and day: each pair's last row holds its last purchase
    customers, products = days["customer_id"].to_numpy(), days["product_id"].to_numpy()
    pair_ends = np.ones(len(days), dtype=bool)
    pair_ends[:-1] = (customers[1:] != customers[:-1]) | (products[1:] != products[:-1])
    last = pd.DataFrame({"customer_id": customers[pair_ends], "product_id": products[pair_ends],
                         "last_bought": days["day"].to_numpy()[pair_ends]})
    last = last.merge(intervals[["product_id", "product_name", "median_days"]], on="product_id")
    today = day_number(as_of)
    last["days_since"] = (today - last["last_bought"]).astype(int)
    last["last_bought"] = pd.to_datetime(last["last_bought"], unit="D", utc=True)
    due = last[(last["days_since"] >= last["median_days"])
               & (last["days_since"] < lapsed_factor * last["median_days"])].copy()
    due["days_overdue"] = (due["days_since"] - due["median_days"]).round().astype(int)
    text = functools.cache(due_text)  # rows that read the same share one (unchanging) message
    due["reason"] = [text(m, d) for m, d in zip(due["median_days"].to_numpy(), due["days_since"].to_numpy())]
    due["_ratio"] = due["days_since"] / due["median_days"]
    due = due.sort_values(["_ratio", "customer_id", "product_id"], ascending=[True, True, True], kind="stable")
    return due[DUE_COLUMNS].reset_index(drop=True)


def named_refills_due(lines: pd.DataFrame, customers: pd.DataFrame, min_observations: int = 5) -> pd.DataFrame:
    """Return ``refills_due`` over customers' order lines with the customer's name (from ``customers``, see
    ``core.data.load_customers``) added as ``customer``."""
    due = refills_due(lines, min_observations=min_observations)
    if due.empty:
        return due.assign(customer=pd.Series(dtype=object))
    names = customers.set_index("customer_id")["name"]
    due.insert(1, "customer", due["customer_id"].map(names))
    return due


def shop_refills_due(db: sqlite_utils.Database, min_observations: int = 5) -> pd.DataFrame:
    """Return ``refills_due`` for the whole shop, with the customer's name added as ``customer``."""
    return named_refills_due(load_lines(db, with_customer_only=True), load_customers(db), min_observations)
