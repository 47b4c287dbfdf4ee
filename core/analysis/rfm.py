"""Per-customer recency / frequency / monetary table and the top customers by spend."""

from __future__ import annotations

import pandas as pd
import sqlite_utils

from core.data import load_customers, load_orders


def rfm_table(db: sqlite_utils.Database, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return one row per customer with at least one counted order.

    Columns: customer_id, name, email, country, first_order, last_order, recency_days, frequency (distinct
    orders), monetary (net revenue, major units), average_order. ``as_of`` defaults to the last order date.
    Sorted by monetary, highest first.
    """
    orders = load_orders(db)
    orders = orders[orders["customer_id"].notna()]
    columns = ["customer_id", "name", "email", "country", "first_order", "last_order", "recency_days",
               "frequency", "monetary", "average_order"]
    if orders.empty:
        return pd.DataFrame(columns=columns)
    if as_of is None:
        as_of = orders["ordered_at"].max()
    per = orders.groupby("customer_id").agg(
        first_order=("ordered_at", "min"), last_order=("ordered_at", "max"),
        frequency=("order_id", "nunique"), monetary=("revenue", "sum"), order_country=("country", "last"))
    per["recency_days"] = (as_of - per["last_order"]).dt.days.clip(lower=0)
    per["monetary"] = per["monetary"].round(2)
    per["average_order"] = (per["monetary"] / per["frequency"]).round(2)
    people = load_customers(db).set_index("customer_id")
    per = per.join(people[["name", "email", "country"]], how="left")
    per["country"] = per["country"].fillna(per["order_country"])
    per = per.reset_index().sort_values(["monetary", "customer_id"], ascending=[False, True])
    return per[columns].reset_index(drop=True)


def top_customers(db: sqlite_utils.Database, n: int = 20) -> pd.DataFrame:
    """Return the ``n`` customers with the highest net revenue (the RFM table's first rows)."""
    return rfm_table(db).head(n)
