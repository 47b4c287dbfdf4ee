"""The shop's own customer ids: what scripts and exports call a customer (not Shopkeeper's internal number)."""

from __future__ import annotations

import pandas as pd
import sqlite_utils


def shop_customer_ids(db: sqlite_utils.Database) -> pd.Series:
    """Return customer_id → the shop's own id of every customer: the id their import file gave them
    (``customer_sources.external_id``, the smallest by platform then id when there are several), else their
    e-mail, else Shopkeeper's number as text."""
    # One ranked pass over customer_sources: a subquery per customer scanned the whole table each time
    # (customer_sources has no index on customer_id), 31 s for 7,400 customers.
    frame = pd.read_sql_query(
        "SELECT c.id AS customer_id, c.email, s.external_id FROM customers c LEFT JOIN ("
        " SELECT customer_id, external_id, ROW_NUMBER() OVER (PARTITION BY customer_id"
        " ORDER BY platform, external_id) AS rank FROM customer_sources) s ON s.customer_id = c.id AND s.rank = 1 "
        "ORDER BY c.id", db.conn)
    own = frame["external_id"].where(frame["external_id"].notna() & (frame["external_id"] != ""), frame["email"])
    own = own.where(own.notna() & (own != ""), frame["customer_id"].astype(str))
    return pd.Series(own.astype(str).to_numpy(), index=frame["customer_id"].astype("int64").to_numpy(),
                     name="customer")
