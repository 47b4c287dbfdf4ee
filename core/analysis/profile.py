"""One customer's profile: identity and sources, orders and lines, favourites, segment, scores and predictions;
plus search by name, e-mail or customer number."""

from __future__ import annotations

import pandas as pd
import sqlite_utils

from core.analysis.lists import customer_overview
from core.analysis.segments import RF10
from core.data import NET_MINOR_SQL, REVENUE_LINE_SQL, load_customers
from core.errors import ShopkeeperError
from core.messages import MessageTemplate

NO_CUSTOMER = MessageTemplate("profile.error.no_customer", "There is no customer number {customer} in this shop.")


class UnknownCustomer(ShopkeeperError):
    """The customer asked for is not in this shop."""

    code = "unknown_customer"


def search_customers(db: sqlite_utils.Database, text: str, limit: int = 50) -> pd.DataFrame:
    """Return customers whose name, e-mail, shop key or number contains ``text`` (case-insensitive):
    customer_id, name, email, country; at most ``limit`` rows, exact number matches first."""
    people = load_customers(db)
    text = (text or "").strip().lower()
    if not text:
        return people[["customer_id", "name", "email", "country"]].head(limit)
    hay = (people["name"].fillna("") + " " + people["email"].fillna("") + " " + people["key"].fillna("") + " "
           + people["customer_id"].astype(str)).str.lower()
    hit = people[hay.str.contains(text, regex=False)].copy()
    hit["_exact"] = (hit["customer_id"].astype(str) == text) | hit["key"].fillna("").str.lower().str.endswith(
        ":" + text)
    hit = hit.sort_values(["_exact", "name"], ascending=[False, True])
    return hit[["customer_id", "name", "email", "country"]].head(limit).reset_index(drop=True)


def customer_profile(db: sqlite_utils.Database, customer_id: int, overview=None) -> dict:
    """Return everything about one customer as a dict.

    Keys: identity (dict of the customers row plus name), sources (DataFrame platform, external_id), orders
    (DataFrame with cancelled ones, newest first: order_id, order_ref, ordered_at, status, is_cancelled, revenue,
    lines), lines (DataFrame of every line), favourite_categories and favourite_products (DataFrames),
    summary (RFM, scores, segment, predictions as a dict; empty when the customer has no orders).
    ``overview`` (a ``core.analysis.lists.Overview``) saves recomputing the shop-wide figures.
    """
    row = db.execute("SELECT * FROM customers WHERE id = ?", [int(customer_id)]).fetchone()
    if row is None:
        raise UnknownCustomer(NO_CUSTOMER(customer=str(customer_id)))
    columns = [d[0] for d in db.execute("SELECT * FROM customers LIMIT 0").description]
    identity = dict(zip(columns, row))
    name = " ".join(p for p in (identity.get("first_name"), identity.get("last_name")) if p).strip()
    identity["name"] = name or identity.get("email") or str(identity.get("key", "")).split(":")[-1]
    sources = pd.read_sql_query("SELECT platform, external_id FROM customer_sources WHERE customer_id = ?",
                                db.conn, params=[int(customer_id)])
    orders = pd.read_sql_query(
        """SELECT o.id AS order_id, o.external_id AS order_ref, o.ordered_at, o.status, o.is_cancelled, o.country,
                  COALESCE(SUM(CASE WHEN {REVENUE_LINE_SQL} THEN {NET_MINOR_SQL} END), 0) / 100.0 AS revenue,
                  COUNT(l.id) AS lines
           FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id LEFT JOIN products p ON p.id = l.product_id
           WHERE o.customer_id = ? GROUP BY o.id ORDER BY o.ordered_at DESC""".format(
        REVENUE_LINE_SQL=REVENUE_LINE_SQL, NET_MINOR_SQL=NET_MINOR_SQL), db.conn, params=[int(customer_id)])
    orders["ordered_at"] = pd.to_datetime(orders["ordered_at"], utc=True, format="ISO8601")
    lines = pd.read_sql_query(
        """SELECT o.external_id AS order_ref, o.ordered_at, p.sku, p.name AS product_name, p.category,
                  l.quantity, l.unit_price_minor / 100.0 AS unit_price, {NET_MINOR_SQL} / 100.0 AS line_total,
                  p.is_product, o.is_cancelled
           FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id
           WHERE o.customer_id = ? ORDER BY o.ordered_at DESC, l.line_no""".format(NET_MINOR_SQL=NET_MINOR_SQL),
        db.conn, params=[int(customer_id)])
    lines["ordered_at"] = pd.to_datetime(lines["ordered_at"], utc=True, format="ISO8601")
    counted = lines[(lines["is_cancelled"] == 0) & (lines["quantity"] > 0) & (lines["is_product"] == 1)]
    fav_products = (counted.groupby(["sku", "product_name"], dropna=False)
                    .agg(orders=("order_ref", "nunique"), quantity=("quantity", "sum"), spent=("line_total", "sum"))
                    .sort_values(["orders", "spent"], ascending=False).head(10).reset_index())
    fav_categories = (counted.assign(category=counted["category"].fillna("(no category)"))
                      .groupby("category").agg(orders=("order_ref", "nunique"), spent=("line_total", "sum"))
                      .sort_values(["spent"], ascending=False).head(10).reset_index())
    summary: dict = {}
    if overview is None:
        overview = customer_overview(db)
    match = overview.table[overview.table["customer_id"] == int(customer_id)]
    if len(match):
        summary = match.iloc[0].to_dict()
        info = {s.key: s for s in RF10}.get(summary.get("segment"))
        if info is not None:
            summary["segment_explanation"] = info.explanation
            summary["segment_action"] = info.action
        summary["predictions_reliable"] = overview.clv.reliable
        summary["predictions_message"] = overview.clv.message
    return {"identity": identity, "sources": sources, "orders": orders, "lines": lines,
            "favourite_products": fav_products, "favourite_categories": fav_categories, "summary": summary}
