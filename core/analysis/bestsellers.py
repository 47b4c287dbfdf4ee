"""Bestsellers: the one place that ranks products by how many orders (or buyers) hold them.

``bestsellers`` ranks by orders (the also-bought fallbacks, personal picks, the evaluation's baseline);
``top_products`` by revenue (the dashboard's and the report's best-sellers);
``buyer_bestsellers`` ranks by distinct buyers (offers and snippets: one customer's ten orders of the same
product count once). Per group: ``group_bestsellers``, ``country_bestsellers``, ``segment_bestsellers``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import sqlite_utils

from core.analysis.segments import customer_segment_keys
from core.data import load_lines
from core.errors import ShopkeeperError
from core.messages import MessageTemplate

BAD_GROUPING = MessageTemplate(
    "bestsellers.error.by", "Bestsellers can be listed for the shop, per country or per segment, not per “{by}”.")

BESTSELLER_COLUMNS = ["rank", "product_id", "product_name", "orders", "customers"]
BUYER_COLUMNS = ["product_id", "buyers", "orders"]


def top_products(lines: pd.DataFrame, n: int = 10, by: str = "revenue") -> pd.DataFrame:
    """Return the ``n`` best products: product_id, product_name, revenue, units, orders; sorted by ``by``
    ('revenue', 'units' or 'orders'), largest first."""
    if lines.empty:
        return pd.DataFrame(columns=["product_id", "product_name", "revenue", "units", "orders"])
    per = lines.groupby("product_id").agg(product_name=("product_name", "first"), revenue=("line_total", "sum"),
                                          units=("quantity", "sum"), orders=("order_id", "nunique"))
    per = per.reset_index().sort_values([by, "product_id"], ascending=[False, True])
    return per.head(n).reset_index(drop=True)


def bestsellers(lines: pd.DataFrame, n: int | None = None) -> pd.DataFrame:
    """Return the products by number of orders that contain them, most first.

    Columns: rank (1 = best), product_id, product_name, orders, customers. Ties go to more customers, then the
    lower product id. ``n`` limits the rows.
    """
    if lines.empty:
        return pd.DataFrame(columns=BESTSELLER_COLUMNS)
    table = lines.groupby("product_id").agg(orders=("order_id", "nunique"), customers=("customer_id", "nunique"),
                                            product_name=("product_name", "first")).reset_index()
    table = table.sort_values(["orders", "customers", "product_id"], ascending=[False, False, True], kind="stable")
    table.insert(0, "rank", np.arange(1, len(table) + 1))
    table = table[BESTSELLER_COLUMNS].reset_index(drop=True)
    return table.head(n) if n else table


def group_bestsellers(lines: pd.DataFrame, groups: pd.Series, n: int = 10, group_name: str = "group") -> pd.DataFrame:
    """Return the top ``n`` bestsellers within each group of customers.

    ``groups`` maps customer_id → group (segment key, country ...). Columns: ``group_name``, then the
    ``bestsellers`` columns.
    """
    known = lines[lines["customer_id"].notna()]
    labels = known["customer_id"].map(groups)
    parts = []
    for label, part in known.groupby(labels.to_numpy(), sort=True):
        table = bestsellers(part, n)
        table.insert(0, group_name, label)
        parts.append(table)
    if not parts:
        return pd.DataFrame(columns=[group_name] + BESTSELLER_COLUMNS)
    return pd.concat(parts, ignore_index=True)


def country_bestsellers(lines: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """Return the top ``n`` bestsellers per country the orders went to (guest orders included).

    Columns: country, then the ``bestsellers`` columns.
    """
    parts = []
    for country, part in lines[lines["country"].notna()].groupby("country", sort=True):
        table = bestsellers(part, n)
        table.insert(0, "country", country)
        parts.append(table)
    if not parts:
        return pd.DataFrame(columns=["country"] + BESTSELLER_COLUMNS)
    return pd.concat(parts, ignore_index=True)


def segment_bestsellers(lines: pd.DataFrame, segments: pd.Series, n: int = 10) -> pd.DataFrame:
    """Return the top ``n`` bestsellers per customer segment (``segments``: customer_id → segment key)."""
    return group_bestsellers(lines, segments, n, "segment")


def buyer_bestsellers(lines: pd.DataFrame, n: int | None = None) -> pd.DataFrame:
    """Return the products bought by the most buyers, best first: product_id, buyers, orders.

    A buyer is a customer, or the order itself for a guest. Ties go to more orders, then the lower product id.
    ``n`` limits the rows.
    """
    if lines.empty:
        return pd.DataFrame(columns=BUYER_COLUMNS)
    # a number per buyer: customers count from 0, a guest's order from -1 down (no text key per line: 1M lines)
    customer_code, _ = pd.factorize(lines["customer_id"], use_na_sentinel=True)
    order_code, _ = pd.factorize(lines["order_id"])
    buyer_key = np.where(customer_code >= 0, customer_code, -1 - order_code)
    stats = pd.DataFrame({"product_id": lines["product_id"].to_numpy(), "buyer": buyer_key,
                          "order_id": lines["order_id"].to_numpy()})
    per = stats.groupby("product_id").agg(buyers=("buyer", "nunique"), orders=("order_id", "nunique")).reset_index()
    per = per.sort_values(["buyers", "orders", "product_id"], ascending=[False, False, True])
    return (per.head(n) if n else per).reset_index(drop=True)


def shop_bestsellers(db: sqlite_utils.Database, by: str = "shop", n: int = 10) -> pd.DataFrame:
    """Return bestsellers for the whole shop (``by="shop"``), per ``"country"`` or per ``"segment"``."""
    if by not in ("shop", "country", "segment"):
        raise ShopkeeperError(BAD_GROUPING(by=str(by)))
    lines = load_lines(db)
    if by == "country":
        return country_bestsellers(lines, n)
    if by == "segment":
        return segment_bestsellers(lines, customer_segment_keys(db), n)
    return bestsellers(lines, n)
