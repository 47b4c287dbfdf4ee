"""Per-customer recency / frequency / monetary table and the top customers by spend."""

from __future__ import annotations

import pandas as pd
import sqlite_utils

from core.data import load_customers, load_orders


RFM_COLUMNS = ["customer_id", "name", "email", "country", "first_order", "last_order", "recency_days",
               "frequency", "monetary", "average_order"]
ACTIVITY_COLUMNS = ["customer_id", "recency_days", "frequency", "monetary", "first_order", "last_order"]


def customer_activity(orders: pd.DataFrame, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return one row per customer in ``orders`` (from ``core.data.load_orders``): customer_id, recency_days,
    frequency (distinct orders), monetary (net revenue, not rounded), first_order, last_order, and the country of
    their last order as ``order_country`` (when ``orders`` has a country column). ``as_of`` defaults to the last
    order date. Guests are left out."""
    known = orders[orders["customer_id"].notna()]
    extra = ["order_country"] if "country" in orders else []
    if known.empty:
        return pd.DataFrame(columns=ACTIVITY_COLUMNS + extra)
    as_of = known["ordered_at"].max() if as_of is None else as_of
    country = {"order_country": ("country", "last")} if extra else {}
    per = known.groupby("customer_id").agg(
        first_order=("ordered_at", "min"), last_order=("ordered_at", "max"),
        frequency=("order_id", "nunique"), monetary=("revenue", "sum"), **country)
    per["recency_days"] = (as_of - per["last_order"]).dt.days.clip(lower=0)
    return per.reset_index()[ACTIVITY_COLUMNS + extra]


def rfm_from_orders(orders: pd.DataFrame, customers: pd.DataFrame,
                    as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return the RFM table (see ``rfm_table``) from ``core.data.load_orders`` and ``load_customers`` frames."""
    per = customer_activity(orders, as_of)
    if per.empty:
        return pd.DataFrame(columns=RFM_COLUMNS)
    per = per.set_index("customer_id")
    per["monetary"] = per["monetary"].round(2)
    per["average_order"] = (per["monetary"] / per["frequency"]).round(2)
    people = customers.set_index("customer_id")
    per = per.join(people[["name", "email", "country"]], how="left")
    per["country"] = per["country"].fillna(per["order_country"])
    per = per.reset_index().sort_values(["monetary", "customer_id"], ascending=[False, True])
    return per[RFM_COLUMNS].reset_index(drop=True)


def rfm_table(db: sqlite_utils.Database, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return one row per customer with at least one counted order.

    Columns: customer_id, name, email, country, first_order, last_order, recency_days, frequency (distinct
    orders), monetary (net revenue, major units), average_order. ``as_of`` defaults to the last order date.
    Sorted by monetary, highest first.
    """
    return rfm_from_orders(load_orders(db), load_customers(db), as_of)


def top_customers(db: sqlite_utils.Database, n: int = 20) -> pd.DataFrame:
    """Return the ``n`` customers with the highest net revenue (the RFM table's first rows)."""
    return rfm_table(db).head(n)
