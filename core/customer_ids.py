"""The shop's own customer ids: what scripts and exports call a customer (not Shopkeeper's internal number)."""

from __future__ import annotations

import pandas as pd
import sqlite_utils


def shop_customer_ids(db: sqlite_utils.Database) -> pd.Series:
    """Return customer_id → the shop's own id of every customer: the id their import file gave them
    (``customer_sources.external_id``, the smallest by platform then id when there are several), else their
    e-mail, else Shopkeeper's number as text."""
    frame = pd.read_sql_query(
        "SELECT c.id AS customer_id, c.email, "
        "(SELECT s.external_id FROM customer_sources s WHERE s.customer_id = c.id "
        " ORDER BY s.platform, s.external_id LIMIT 1) AS external_id FROM customers c", db.conn)
    own = frame["external_id"].where(frame["external_id"].notna() & (frame["external_id"] != ""), frame["email"])
    own = own.where(own.notna() & (own != ""), frame["customer_id"].astype(str))
    return pd.Series(own.astype(str).to_numpy(), index=frame["customer_id"].astype("int64").to_numpy(),
                     name="customer")
