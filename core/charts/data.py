"""The numbers behind every chart, as plain DataFrames (tests check these, the figures only draw them).

Every function takes DataFrames from ``core.data`` (``load_orders`` / ``load_lines``), never a database, so it
can be checked against an independent pandas computation.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from core.analysis.pairs import at_least_chance


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
    last_order. ``as_of`` defaults to the last order date."""
    known = orders[orders["customer_id"].notna()]
    if known.empty:
        return pd.DataFrame(columns=["customer_id", "recency_days", "frequency", "monetary", "first_order",
                                     "last_order"])
    as_of = known["ordered_at"].max() if as_of is None else as_of
    per = known.groupby("customer_id").agg(first_order=("ordered_at", "min"), last_order=("ordered_at", "max"),
                                           frequency=("order_id", "nunique"), monetary=("revenue", "sum"))
    per["recency_days"] = (as_of - per["last_order"]).dt.days.clip(lower=0)
    return per.reset_index()[["customer_id", "recency_days", "frequency", "monetary", "first_order", "last_order"]]


def quintile_scores(values: pd.Series, higher_is_better: bool = True) -> pd.Series:
    """Return scores 1..5 by quintile of ``values``; ties are broken by rank (first come first) so that shops
    where most customers ordered once still fill all five scores."""
    if values.empty:
        return pd.Series(dtype=int, index=values.index)
    ranks = values.rank(method="first", ascending=higher_is_better)
    scores = np.ceil(ranks / len(values) * 5).clip(1, 5).astype(int)
    return pd.Series(scores.to_numpy(), index=values.index)


def rf_scores(orders: pd.DataFrame) -> pd.DataFrame:
    """Return customer_id, r_score, f_score (1..5 quintiles) plus the customer table's columns.

    Uses ``core.analysis.segments`` when it provides scores; otherwise scores here (recent = 5, frequent = 5).
    """
    table = customer_table(orders)
    if table.empty:
        return table.assign(r_score=pd.Series(dtype=int), f_score=pd.Series(dtype=int))
    # Recency: fewer days is better; ties broken by the last order timestamp then id.
    ordered = table.sort_values(["recency_days", "last_order", "customer_id"], ascending=[False, True, True])
    table.loc[ordered.index, "r_score"] = quintile_scores(pd.Series(np.arange(len(ordered)), index=ordered.index))
    ordered = table.sort_values(["frequency", "monetary", "customer_id"])
    table.loc[ordered.index, "f_score"] = quintile_scores(pd.Series(np.arange(len(ordered)), index=ordered.index))
    table["r_score"] = table["r_score"].astype(int)
    table["f_score"] = table["f_score"].astype(int)
    return table


def rf_grid(scores: pd.DataFrame, value: str | None = None) -> pd.DataFrame:
    """Return the 5×5 R×F grid: index F score 5..1 (top row most frequent), columns R score 1..5.

    Cells hold customer counts, or the sum of column ``value`` (e.g. 'monetary') when given.
    """
    if value is None:
        grid = pd.crosstab(scores["f_score"], scores["r_score"])
    else:
        grid = scores.pivot_table(index="f_score", columns="r_score", values=value, aggfunc="sum", fill_value=0)
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
    days = pd.DataFrame({"customer_id": known["customer_id"].to_numpy(),
                         "day": pd.to_datetime(known["ordered_at"], utc=True).dt.floor("D").to_numpy()})
    days = days.drop_duplicates().sort_values(["customer_id", "day"])
    gaps = days.groupby("customer_id")["day"].diff().dropna().dt.days
    return gaps.astype(float).rename("days").reset_index(drop=True)


def top_products(lines: pd.DataFrame, n: int = 10, by: str = "revenue") -> pd.DataFrame:
    """Return the ``n`` best products: product_id, product_name, revenue, units, orders; sorted by ``by``
    ('revenue', 'units' or 'orders'), largest first."""
    if lines.empty:
        return pd.DataFrame(columns=["product_id", "product_name", "revenue", "units", "orders"])
    per = lines.groupby("product_id").agg(product_name=("product_name", "first"), revenue=("line_total", "sum"),
                                          units=("quantity", "sum"), orders=("order_id", "nunique"))
    per = per.reset_index().sort_values([by, "product_id"], ascending=[False, True])
    return per.head(n).reset_index(drop=True)


def top_pairs(lines: pd.DataFrame, n: int = 10, min_orders: int = 2) -> pd.DataFrame:
    """Return the ``n`` product pairs bought together in the most orders.

    Columns: product_a, product_b (ids, a < b), name_a, name_b, orders (orders holding both), support (share of
    all orders), lift (how much more often than chance), orders_a, orders_b. Pairs in fewer than
    ``min_orders`` orders are left out, and so are pairs bought together less often than chance (lift < 1).
    """
    columns = ["product_a", "product_b", "name_a", "name_b", "orders", "support", "lift", "orders_a", "orders_b"]
    if lines.empty:
        return pd.DataFrame(columns=columns)
    baskets = lines[["order_id", "product_id"]].drop_duplicates()
    order_codes, order_index = pd.factorize(baskets["order_id"])
    product_codes, product_index = pd.factorize(baskets["product_id"])
    matrix = sp.csr_matrix((np.ones(len(baskets), dtype=np.int32), (order_codes, product_codes)),
                           shape=(len(order_index), len(product_index)))
    together = sp.triu(matrix.T @ matrix, k=1).tocoo()
    keep = together.data >= min_orders
    if not keep.any():
        return pd.DataFrame(columns=columns)
    rows, cols, counts = together.row[keep], together.col[keep], together.data[keep]
    per_product = np.asarray(matrix.sum(axis=0)).ravel()
    ids_a, ids_b = product_index[rows].to_numpy(), product_index[cols].to_numpy()
    swap = ids_a > ids_b
    a = np.where(swap, ids_b, ids_a)
    b = np.where(swap, ids_a, ids_b)
    count_a = np.where(swap, per_product[cols], per_product[rows])
    count_b = np.where(swap, per_product[rows], per_product[cols])
    total = len(order_index)
    pairs = pd.DataFrame({"product_a": a, "product_b": b, "orders": counts.astype(int),
                          "orders_a": count_a.astype(int), "orders_b": count_b.astype(int)})
    pairs["support"] = pairs["orders"] / total
    pairs["lift"] = pairs["orders"] * total / (pairs["orders_a"] * pairs["orders_b"])
    # bought together less often than chance: never shown as a pair (core.analysis.pairs)
    pairs = pairs[at_least_chance(pairs["orders"], total, pairs["orders_a"], pairs["orders_b"])]
    pairs = pairs.sort_values(["orders", "lift", "product_a", "product_b"],
                              ascending=[False, False, True, True]).head(n)
    names = lines.drop_duplicates("product_id").set_index("product_id")["product_name"]
    pairs["name_a"] = pairs["product_a"].map(names)
    pairs["name_b"] = pairs["product_b"].map(names)
    return pairs[columns].reset_index(drop=True)


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
