"""Who needs a discount: each customer's share of orders bought on a deal, and "deal seeker" vs "full price".

An order is *on a deal* when it carries a discount code, an order-level discount, or a line whose price was
marked down (the line's own ``discount_minor`` or its share of an order discount is above zero). Only counted
purchases are judged (``core.data.load_orders``: cancelled orders and return documents left out).

A customer is a **deal seeker** when at least ``DEAL_SEEKER_SHARE`` (half) of their orders were on a deal: someone
who bought twice, once with a code, is a deal seeker; someone with one discounted order in three is a full-price
buyer. The threshold is a rule of thumb for small shops; ``deal_shares(threshold=...)`` takes another.
"""

from __future__ import annotations

import pandas as pd
import sqlite_utils

from core.data import load_orders
from core.errors import ShopkeeperError
from core.messages import Message, MessageTemplate, count, percent

DEAL_SEEKER_SHARE = 0.5
"""A customer with at least this share of orders on a deal is a deal seeker (documented in the module)."""

DEAL_SEEKER = "deal_seeker"
FULL_PRICE = "full_price"
BUYER_TYPE_TEXTS = {
    DEAL_SEEKER: MessageTemplate("discounts.buyer.deal_seeker", "Deal seeker"),
    FULL_PRICE: MessageTemplate("discounts.buyer.full_price", "Full price"),
}

BAD_THRESHOLD = MessageTemplate("discounts.error.threshold",
                                "The deal-seeker threshold must be a share between 0 and 1 (for example 0.5).")
SUMMARY = MessageTemplate("discounts.summary", "{seekers} deal seekers and {full_price} full-price buyers; on "
                          "average {share} of a customer's orders were on a deal.")

DEAL_COLUMNS = ["customer_id", "orders", "deal_orders", "code_orders", "deal_share", "deal_seeker", "buyer_type"]

_DEAL_SQL = """
    SELECT o.id AS order_id,
           COALESCE(TRIM(o.discount_code), '') <> '' AS has_code,
           (COALESCE(o.discount_minor, 0) > 0 OR COALESCE(o.order_discount_minor, 0) > 0
            OR o.id IN (SELECT order_id FROM order_lines
                        WHERE quantity > 0 AND (discount_minor > 0 OR order_discount_minor > 0))) AS marked_down
    FROM orders o
"""


def order_deals(db: sqlite_utils.Database, orders: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per counted purchase: order_id, customer_id, ordered_at, has_code, on_deal (booleans).

    ``orders`` (from ``core.data.load_orders``) is loaded when not given; guests are kept (customer_id NA)."""
    orders = load_orders(db) if orders is None else orders
    flags = pd.read_sql_query(_DEAL_SQL, db.conn)
    out = orders[["order_id", "customer_id", "ordered_at"]].merge(flags, on="order_id", how="left")
    out["has_code"] = out["has_code"].fillna(0).astype(bool)
    out["on_deal"] = out["has_code"] | out["marked_down"].fillna(0).astype(bool)
    return out.drop(columns=["marked_down"])


def deal_shares(db: sqlite_utils.Database, threshold: float = DEAL_SEEKER_SHARE,
                orders: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per customer with counted orders: customer_id, orders, deal_orders, code_orders, deal_share
    (0..1), deal_seeker (bool: deal_share >= ``threshold``) and buyer_type (``deal_seeker`` / ``full_price``)."""
    if not 0 < threshold <= 1:
        raise ShopkeeperError(BAD_THRESHOLD())
    deals = order_deals(db, orders)
    known = deals[deals["customer_id"].notna()]
    if known.empty:
        return pd.DataFrame(columns=DEAL_COLUMNS)
    per = known.groupby("customer_id").agg(orders=("order_id", "nunique"), deal_orders=("on_deal", "sum"),
                                           code_orders=("has_code", "sum")).reset_index()
    per["deal_orders"] = per["deal_orders"].astype("int64")
    per["code_orders"] = per["code_orders"].astype("int64")
    per["deal_share"] = per["deal_orders"] / per["orders"]
    per["deal_seeker"] = per["deal_share"] >= threshold
    per["buyer_type"] = per["deal_seeker"].map({True: DEAL_SEEKER, False: FULL_PRICE})
    return per[DEAL_COLUMNS]


def deal_summary(shares: pd.DataFrame) -> dict:
    """Return how many customers are deal seekers and full-price buyers and the average deal share (0..1)."""
    seekers = int(shares["deal_seeker"].sum()) if len(shares) else 0
    return {"customers": int(len(shares)), "deal_seekers": seekers, "full_price": int(len(shares)) - seekers,
            "average_deal_share": float(shares["deal_share"].mean()) if len(shares) else 0.0}


def summary_sentence(summary: dict) -> Message:
    """Return the one-sentence summary of ``deal_summary``'s figures."""
    return SUMMARY(seekers=count(summary["deal_seekers"]), full_price=count(summary["full_price"]),
                   share=percent(summary["average_deal_share"]))
