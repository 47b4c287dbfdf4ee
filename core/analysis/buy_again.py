"""Buy again: a customer's own past products, scored by how often and how recently they bought them and by the
product's repurchase rhythm.

For each (customer, product) the purchase days before ``as_of`` give:

- a **decayed frequency**: Σ over purchase days of 2^(−age / half-life) (half-life ∞ = plain frequency);
- the product's **rebuy rate**: the share of its buyers who bought it on two or more days, shrunk towards the
  shop's rate (``RATE_PRIOR`` pseudo-buyers), so products with one or two repeat intervals count too;
- **due**: how close the days since their last purchase are to the product's typical interval (median of every
  repeat interval, shrunk towards the shop's median by ``INTERVAL_PRIOR`` pseudo-intervals), 1 when exactly
  due, falling off on a log scale either side.

score = decayed frequency × rate^γ × (½ + due)^β; half-life, γ and β are chosen on validation windows
(``core.analysis.picks``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

RATE_PRIOR = 5.0
INTERVAL_PRIOR = 3.0


@dataclass
class PurchaseHistory:
    """One row per (customer row, product column) that was bought before ``as_of``, plus per-purchase ages."""

    rows: np.ndarray
    cols: np.ndarray
    orders: np.ndarray  # purchase days of this product by this customer
    days_since: np.ndarray  # days from the last of them to as_of
    pair_of_day: np.ndarray  # for each purchase day: its pair index
    age_of_day: np.ndarray  # for each purchase day: days before as_of
    rate: np.ndarray  # per product column: shrunk rebuy rate
    interval: np.ndarray  # per product column: shrunk typical days between rebuys
    intervals_seen: np.ndarray  # per product column: how many repeat intervals were seen


def purchase_history(lines: pd.DataFrame, customer_index: pd.Index, product_index: pd.Index,
                     as_of: pd.Timestamp) -> PurchaseHistory:
    """Return the ``PurchaseHistory`` of order lines before ``as_of`` over the given customer and product indexes."""
    known = lines[lines["customer_id"].notna()]
    today = pd.Timestamp(as_of).tz_convert(None).to_datetime64().astype("datetime64[D]").astype(np.int64)
    days = pd.DataFrame({
        "r": customer_index.get_indexer(known["customer_id"].astype("int64")),
        "c": product_index.get_indexer(known["product_id"].astype("int64")),
        "day": known["ordered_at"].dt.tz_convert(None).to_numpy().astype("datetime64[D]").astype(np.int64),
    })
    days = days[(days["r"] >= 0) & (days["c"] >= 0)].drop_duplicates().sort_values(["r", "c", "day"])
    r, c, d = (days[k].to_numpy() for k in ("r", "c", "day"))
    new_pair = np.ones(len(r), dtype=bool)
    new_pair[1:] = (r[1:] != r[:-1]) | (c[1:] != c[:-1])
    pair = np.cumsum(new_pair) - 1
    starts = np.flatnonzero(new_pair)
    ends = np.append(starts[1:], len(r)) - 1
    n_products = len(product_index)
    gaps = (d[1:] - d[:-1])[~new_pair[1:]].astype(np.float64)
    gap_cols = c[1:][~new_pair[1:]]
    seen = np.bincount(gap_cols, minlength=n_products).astype(np.float64)
    shop_median = float(np.median(gaps)) if len(gaps) else 30.0
    medians = np.full(n_products, shop_median)
    if len(gaps):
        frame = pd.DataFrame({"c": gap_cols, "g": gaps}).groupby("c")["g"].median()
        medians[frame.index.to_numpy()] = frame.to_numpy()
    interval = (seen * medians + INTERVAL_PRIOR * shop_median) / (seen + INTERVAL_PRIOR)
    orders = (ends - starts + 1).astype(np.float64)
    buyers = np.bincount(c[starts], minlength=n_products).astype(np.float64)
    rebuyers = np.bincount(c[starts][orders > 1], minlength=n_products).astype(np.float64)
    shop_rate = rebuyers.sum() / max(buyers.sum(), 1.0)
    rate = (rebuyers + RATE_PRIOR * shop_rate) / (buyers + RATE_PRIOR)
    return PurchaseHistory(r[starts], c[starts], orders, (today - d[ends]).astype(np.float64), pair,
                           (today - d).astype(np.float64), rate, interval, seen)


def restrict_history(history: PurchaseHistory, keep: np.ndarray) -> PurchaseHistory:
    """Return ``history`` with only the (customer, product) pairs where ``keep`` (bool per pair) is True; the
    per-product rates and intervals stay those of the whole history."""
    new_index = np.cumsum(keep) - 1
    day_kept = keep[history.pair_of_day]
    return replace(history, rows=history.rows[keep], cols=history.cols[keep], orders=history.orders[keep],
                   days_since=history.days_since[keep], pair_of_day=new_index[history.pair_of_day[day_kept]],
                   age_of_day=history.age_of_day[day_kept])


def buy_again_scores(history: PurchaseHistory, half_life: float, gamma: float, beta: float) -> np.ndarray:
    """Return one score per (customer, product) pair of ``history`` (higher = more likely to be bought again)."""
    if np.isinf(half_life):
        decayed = history.orders.copy()
    else:
        decayed = np.bincount(history.pair_of_day, weights=np.exp2(-history.age_of_day / half_life),
                              minlength=len(history.rows))
    score = decayed * history.rate[history.cols] ** gamma
    if beta:
        ratio = (history.days_since + 1.0) / np.maximum(history.interval[history.cols], 1.0)
        due = np.exp(-0.5 * np.log(ratio) ** 2)
        score = score * (0.5 + due) ** beta
    return score


def frequency_recency_scores(history: PurchaseHistory) -> np.ndarray:
    """Return the plain baseline's scores: purchase days first, the most recent last purchase breaking ties."""
    return history.orders + 1.0 / (2.0 + history.days_since)
