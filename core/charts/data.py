"""The numbers behind every chart, as plain DataFrames (tests check these, the figures only draw them).

Every function takes DataFrames from ``core.data`` (``load_orders`` / ``load_lines``), never a database, so it
can be checked against an independent pandas computation.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.analysis.rfm import ACTIVITY_COLUMNS, customer_activity
from core.analysis.segments import rf_grid as segment_rf_grid


def _naive_month(stamps: pd.Series) -> pd.Series:
    """Return the first day of each timestamp's month as a timezone-naive Timestamp."""
    stamps = pd.to_datetime(stamps, utc=True)
    return stamps.dt.tz_convert(None).dt.to_period("M").dt.to_timestamp()


def first_order_flags(orders: pd.DataFrame) -> pd.Series:
    """Return a Series (same index as ``orders``): 'new' for a customer's first order, 'returning' for later
    ones, 'guest' for orders without a customer. Ties on the timestamp are broken by the order id."""
    kind = pd.Series("guest", index=orders.index, dtype=object)
    known = orders[orders["customer_id"].notna()].sort_values(["customer_id", "ordered_at", "order_id"])
    first = ~known["customer_id"].duplicated()
    kind.loc[known.index[first.to_numpy()]] = "new"
    kind.loc[known.index[~first.to_numpy()]] = "returning"
    return kind


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    """Return one row per calendar month (no gaps) with revenue and order counts split by customer kind.

    Columns: month (first day, naive Timestamp), revenue_new, revenue_returning, revenue_guest, orders_new,
    orders_returning, orders_guest, revenue, orders. 'new' is a customer's first order, 'returning' any later
    order, 'guest' an order without a customer.
    """
    columns = ["month", "revenue_new", "revenue_returning", "revenue_guest", "orders_new", "orders_returning",
               "orders_guest", "revenue", "orders"]
    if orders.empty:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame({"month": _naive_month(orders["ordered_at"]), "kind": first_order_flags(orders),
                          "revenue": orders["revenue"].astype(float)})
    revenue = frame.pivot_table(index="month", columns="kind", values="revenue", aggfunc="sum", fill_value=0.0)
    counts = frame.pivot_table(index="month", columns="kind", values="revenue", aggfunc="size", fill_value=0)
    months = pd.date_range(frame["month"].min(), frame["month"].max(), freq="MS")
    out = pd.DataFrame({"month": months})
    for kind in ("new", "returning", "guest"):
        out[f"revenue_{kind}"] = (revenue.get(kind, pd.Series(dtype=float))
                                  .reindex(months, fill_value=0.0).to_numpy(float))
        out[f"orders_{kind}"] = counts.get(kind, pd.Series(dtype=int)).reindex(months, fill_value=0).to_numpy(int)
    out["revenue"] = out[["revenue_new", "revenue_returning", "revenue_guest"]].sum(axis=1)
    out["orders"] = out[["orders_new", "orders_returning", "orders_guest"]].sum(axis=1)
    return out[columns]


def customer_table(orders: pd.DataFrame, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return one row per customer: customer_id, recency_days, frequency (distinct orders), monetary, first_order,
    last_order (``core.analysis.rfm.customer_activity``). ``as_of`` defaults to the last order date."""
    return customer_activity(orders, as_of)[ACTIVITY_COLUMNS]


def rf_grid(scores: pd.DataFrame, value: str | None = None) -> pd.DataFrame:
    """Return the 5×5 R×F grid of ``core.analysis.segments.rf_grid`` as a table: index F score 5..1 (top row most
    frequent), columns R score 1..5. ``scores`` has customer_id, r_score, f_score, monetary.

    Cells hold customer counts, or the customers' spend when ``value`` is 'monetary'.
    """
    cells = segment_rf_grid(scores)
    column = "customers" if value is None else {"monetary": "revenue"}[value]
    grid = cells.pivot(index="f_score", columns="r_score", values=column)
    return grid.reindex(index=[5, 4, 3, 2, 1], columns=[1, 2, 3, 4, 5], fill_value=0)


def segment_summary(segments: pd.DataFrame, segment_column: str = "segment",
                    revenue_column: str = "monetary") -> pd.DataFrame:
    """Return one row per segment: segment, customers, revenue, customer_share, revenue_share (0..1),
    sorted by revenue, largest first."""
    if segments.empty:
        return pd.DataFrame(columns=["segment", "customers", "revenue", "customer_share", "revenue_share"])
    per = segments.groupby(segment_column, observed=True).agg(customers=(segment_column, "size"),
                                                             revenue=(revenue_column, "sum")).reset_index()
    per = per.rename(columns={segment_column: "segment"})
    per["customer_share"] = per["customers"] / per["customers"].sum()
    total = per["revenue"].sum()
    per["revenue_share"] = per["revenue"] / total if total else 0.0
    return per.sort_values(["revenue", "customers"], ascending=False).reset_index(drop=True)


def cohort_retention(orders: pd.DataFrame, max_months: int = 12) -> tuple[pd.DataFrame, pd.Series]:
    """Return (retention, sizes): retention has one row per cohort (month of first order) and columns
    0..max_months (months since the first order) holding the share (0..1) of the cohort that ordered in that
    month; NaN where that month is after the data ends. ``sizes`` is customers per cohort."""
    known = orders[orders["customer_id"].notna()]
    if known.empty:
        return pd.DataFrame(), pd.Series(dtype=int)
    month = _naive_month(known["ordered_at"])
    frame = pd.DataFrame({"customer_id": known["customer_id"].to_numpy(), "month": month.to_numpy()})
    frame["cohort"] = frame.groupby("customer_id")["month"].transform("min")
    frame["since"] = ((frame["month"].dt.year - frame["cohort"].dt.year) * 12
                      + frame["month"].dt.month - frame["cohort"].dt.month)
    active = frame.drop_duplicates(["customer_id", "since"])
    counts = active.groupby(["cohort", "since"]).size().unstack(fill_value=0)
    sizes = counts[0]
    retention = counts.div(sizes, axis=0)
    retention = retention.reindex(columns=range(0, max_months + 1))
    last = frame["month"].max()
    for cohort in retention.index:
        seen = (last.year - cohort.year) * 12 + last.month - cohort.month
        retention.loc[cohort, [c for c in retention.columns if c > seen]] = np.nan
        retention.loc[cohort, [c for c in retention.columns if c <= seen]] = \
            retention.loc[cohort, [c for c in retention.columns if c <= seen]].fillna(0.0)
    return retention, sizes.astype(int)


def days_between_orders(orders: pd.DataFrame) -> pd.Series:
    """Return the gaps in days between a customer's consecutive buying days (orders on the same day count as
    one visit), one value per gap, for every customer with two or more buying days."""
    known = orders[orders["customer_id"].notna()]
    if known.empty:
        return pd.Series(dtype=float, name="days")
    customer = known["customer_id"].to_numpy(np.int64)
    stamps = pd.to_datetime(known["ordered_at"], utc=True).dt.tz_convert(None).to_numpy()
    day = stamps.astype("datetime64[D]").astype(np.int64)  # whole days since 1970 (floored)
    order = np.lexsort((day, customer))  # by customer, then day
    customer, day = customer[order], day[order]
    visit = np.ones(len(day), dtype=bool)  # the first order of each customer and day
    visit[1:] = (customer[1:] != customer[:-1]) | (day[1:] != day[:-1])
    customer, day = customer[visit], day[visit]
    same_customer = customer[1:] == customer[:-1]
    return pd.Series((day[1:] - day[:-1])[same_customer].astype(float), name="days")


def pair_network(pairs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (nodes, edges) for a small network of pairs: nodes has product_id, name, degree, x, y (a circle,
    most connected first); edges has product_a, product_b, orders, lift."""
    if pairs.empty:
        return pd.DataFrame(columns=["product_id", "name", "degree", "x", "y"]), pairs
    ends = pd.concat([pairs[["product_a", "name_a"]].set_axis(["product_id", "name"], axis=1),
                      pairs[["product_b", "name_b"]].set_axis(["product_id", "name"], axis=1)])
    nodes = ends.groupby("product_id").agg(name=("name", "first"), degree=("name", "size")).reset_index()
    nodes = nodes.sort_values(["degree", "product_id"], ascending=[False, True]).reset_index(drop=True)
    # Walk the pairs strongest first so linked products sit next to each other on the circle.
    neighbours: dict = {}
    for a, b in zip(pairs["product_a"], pairs["product_b"]):
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    order: list = []
    for start in nodes["product_id"]:
        stack = [start]
        while stack:
            node = stack.pop()
            if node in order:
                continue
            order.append(node)
            stack.extend(reversed([n for n in neighbours.get(node, []) if n not in order]))
    nodes = nodes.set_index("product_id").loc[order].reset_index()
    angle = np.pi / 2 - 2 * np.pi * np.arange(len(nodes)) / len(nodes)
    nodes["x"], nodes["y"] = np.cos(angle), np.sin(angle)
    return nodes, pairs[["product_a", "product_b", "orders", "lift"]].reset_index(drop=True)
