"""Personal picks: what each customer is likely to buy next, and bestsellers per segment and country.

A customer's picks mix two things:

- **rebuys**: products they bought before that customers regularly rebuy (replenishable products, see
  ``core.analysis.replenish``), weighted by how often and how recently they bought them (half-life
  ``HALF_LIFE_DAYS``);
- **similar products**: item-to-item similarity (cosine over orders, ``XᵀX`` scaled by √(nA·nB), shrunk by
  together / (together + ``SIM_SHRINK``) so one chance basket counts for little) summed over their history, for
  products they have not bought yet.

A small share of the shop's popularity (``POPULARITY_WEIGHT``) re-ranks those candidates; it never adds a
product on its own.

Products they bought that are not replenishable are never suggested again. Customers with thin histories are
topped up with their segment's (or country's) bestsellers, then the shop's.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp
import sqlite_utils

from core.analysis.bestsellers import (  # noqa: F401 - bestsellers are owned there; re-exported for old callers
    BESTSELLER_COLUMNS,
    bestsellers,
    country_bestsellers,
    group_bestsellers,
    segment_bestsellers,
    shop_bestsellers,
)
from core.analysis.merchandising import banned_products
from core.analysis.replenish import repurchase_intervals
from core.analysis.segments import customer_segment_keys
from core.data import load_lines
from core.errors import ShopkeeperError
from core.messages import Count, MessageTemplate, Number
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress

FINDING_PICKS = MessageTemplate("picks.progress.finding", "Finding each customer's picks")
DONE = MessageTemplate("progress.done", "Done")
NO_CUSTOMER = MessageTemplate("picks.error.no_customer", "There is no customer {customer} in this shop.")
NO_ORDERS = MessageTemplate("picks.error.no_orders", "Customer {customer} has no orders in this shop.")

PICK_REBUY = MessageTemplate("picks.reason.rebuy",
                             "bought it in {orders} order(s); customers usually rebuy it every {days} days")
PICK_SIMILAR = MessageTemplate("picks.reason.similar", "often bought with {product}, which they bought")

PICK_COLUMNS = ["customer_id", "rank", "product_id", "product_name", "score", "source", "reason"]
SOURCES = {
    "rebuy": "bought before, rebought regularly",
    "similar": "similar to what they bought",
    "segment": "bestseller in their segment",
    "country": "bestseller in their country",
    "shop": "shop bestseller",
}
# Weights chosen on earlier validation splits (test windows ending 12 and 24 weeks before the last order), not on
# the final holdout that ``core.analysis.evaluate`` reports.
SIMILAR_WEIGHT = 0.3
HALF_LIFE_DAYS = 365  # rebuys: an order a year old counts half as much as one today
POPULARITY_WEIGHT = 0.15  # share of the shop's popularity (orders, 0..1) added to every candidate's score
SIM_SHRINK = 3.0  # similarity × together / (together + SIM_SHRINK): one chance co-occurrence counts for little
MAX_REBUYS = None
CHUNK = 2000


class UnknownCustomer(ShopkeeperError):
    """The customer asked for has no counted orders in this shop."""

    code = "unknown_customer"


def item_similarity(lines: pd.DataFrame) -> tuple[sp.csr_matrix, np.ndarray]:
    """Return (S, product_ids): cosine similarity between products over orders, zero diagonal, CSR.

    S[i, j] = orders with both / √(orders with i × orders with j); product_ids maps rows/columns to products.
    """
    item_codes, product_ids = pd.factorize(lines["product_id"].to_numpy(), sort=True)
    order_codes, orders = pd.factorize(lines["order_id"].to_numpy())
    x = sp.csr_matrix((np.ones(len(item_codes), dtype=np.float64), (order_codes, item_codes)),
                      shape=(len(orders), len(product_ids)))
    x.sum_duplicates()
    x.data[:] = 1.0
    sim = (x.T.tocsr() @ x).tocsr()
    scale = 1.0 / np.sqrt(np.maximum(sim.diagonal(), 1.0))
    rows = np.repeat(np.arange(sim.shape[0]), np.diff(sim.indptr))
    if SIM_SHRINK:
        sim.data *= sim.data / (sim.data + SIM_SHRINK)
    sim.data *= scale[rows] * scale[sim.indices]
    sim.data[rows == sim.indices] = 0.0  # a product is not similar to itself
    sim.eliminate_zeros()
    return sim, np.asarray(product_ids)


def _thin_fill(lines, customer_ids, segments, n):
    """Return customer_id → [(product_id, source)] fill-up candidates (segment or country, then shop)."""
    shop = bestsellers(lines, 200)["product_id"].tolist()
    known = lines[lines["customer_id"].notna()]
    if segments is not None and len(segments):
        groups, source = segments, "segment"
    elif "country" not in known:
        groups, source = pd.Series(dtype=object), "country"
    else:
        groups = known.groupby("customer_id")["country"].agg(lambda s: s.mode().iat[0] if s.notna().any() else None)
        source = "country"
    per_group = {}
    table = group_bestsellers(lines, groups, max(50, 3 * n), "group")
    for label, part in table.groupby("group", sort=False):
        per_group[label] = part["product_id"].tolist()
    fill = {}
    for customer in customer_ids:
        label = groups.get(customer) if hasattr(groups, "get") else None
        fill[customer] = [(p, source) for p in per_group.get(label, [])] + [(p, "shop") for p in shop]
    return fill


def recommend(lines: pd.DataFrame, customer_ids=None, n: int = 10, segments: pd.Series | None = None,
              exclude_products=(), min_observations: int = 5, max_rebuys: int | None = MAX_REBUYS,
              progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled) -> pd.DataFrame:
    """Return the top ``n`` picks per customer from their order lines (``core.data.load_lines``).

    At most ``max_rebuys`` of the ``n`` are products the customer bought before, so there is always room for
    something new. ``customer_ids`` defaults to every customer with orders; ``segments`` (customer_id → segment
    key) is used to top up thin histories; ``exclude_products`` are never suggested (banned, out of stock).
    Columns: customer_id, rank (1 = best), product_id, product_name, score, source (rebuy / similar / segment /
    country / shop), reason (plain text).
    """
    known = lines[lines["customer_id"].notna()]
    if known.empty:
        return pd.DataFrame(columns=PICK_COLUMNS)
    if customer_ids is None:
        customer_ids = sorted(known["customer_id"].astype("int64").unique().tolist())
    customer_ids = [int(c) for c in customer_ids]
    first = lines.drop_duplicates("product_id")
    names = dict(zip(first["product_id"], first["product_name"]))
    sim, product_ids = item_similarity(lines)
    index_of = {p: k for k, p in enumerate(product_ids)}
    intervals = repurchase_intervals(known, min_observations)
    replenishable = np.zeros(len(product_ids), dtype=bool)
    median_days = {}
    for pid, days in zip(intervals["product_id"], intervals["median_days"]):
        replenishable[index_of[pid]] = True
        median_days[pid] = days
    excluded = np.zeros(len(product_ids), dtype=bool)
    for pid in exclude_products:
        if pid in index_of:
            excluded[index_of[pid]] = True

    cust_codes = pd.Index(customer_ids)
    rows = cust_codes.get_indexer(known["customer_id"].astype("int64"))
    mask = rows >= 0
    history = pd.DataFrame({"c": rows[mask], "i": known["product_id"].map(index_of).to_numpy()[mask],
                            "o": known["order_id"].to_numpy()[mask],
                            "t": known["ordered_at"].to_numpy()[mask]}).drop_duplicates(["c", "i", "o"])
    if HALF_LIFE_DAYS:
        age = (known["ordered_at"].max() - history["t"]).dt.total_seconds().to_numpy() / 86400.0
        history["w"] = np.exp2(-age / HALF_LIFE_DAYS)
    else:
        history["w"] = 1.0
    counts = history.groupby(["c", "i"]).agg(k=("o", "size"), w=("w", "sum")).reset_index()
    shape = (len(customer_ids), len(product_ids))
    times = sp.csr_matrix((counts["k"].to_numpy(np.float64), (counts["c"], counts["i"])), shape=shape)
    weights = sp.csr_matrix((counts["w"].to_numpy(np.float64), (counts["c"], counts["i"])), shape=shape)
    popularity = np.zeros(len(product_ids))
    if POPULARITY_WEIGHT:
        per_item = lines.drop_duplicates(["order_id", "product_id"])["product_id"].map(index_of).to_numpy()
        popularity = np.bincount(per_item, minlength=len(product_ids)).astype(np.float64)
        popularity /= max(popularity.max(), 1.0)
    fill = _thin_fill(lines, customer_ids, segments, n)
    out = []
    for start in range(0, len(customer_ids), CHUNK):
        check_cancelled(cancelled)
        progress(start / max(1, len(customer_ids)), FINDING_PICKS())
        block = times[start:start + CHUNK]
        bought = block.copy()
        bought.data[:] = 1.0
        similar = np.asarray((bought @ sim).todense())
        own = np.asarray(block.todense())
        recent = np.asarray(weights[start:start + CHUNK].todense())
        for r in range(block.shape[0]):
            customer = customer_ids[start + r]
            cf = similar[r]
            mine = own[r]
            cf_max, own_max = cf.max(initial=0.0), recent[r].max(initial=0.0)
            rebuy = np.where(replenishable, recent[r] / own_max if own_max else 0.0, 0.0)
            score = rebuy + SIMILAR_WEIGHT * (cf / cf_max if cf_max else 0.0) + POPULARITY_WEIGHT * popularity
            blocked = excluded | ((mine > 0) & ~replenishable)
            score = np.where(blocked, -1.0, score)
            order = np.argsort(-score, kind="stable")
            order = order[(score[order] > 0) & ((rebuy[order] > 0) | (cf[order] > 0))]  # popularity only re-ranks
            if max_rebuys is not None and max_rebuys < n:
                again = mine[order] > 0
                keep = ~again | (np.cumsum(again) <= max_rebuys)
                order = order[keep]
            top = order[:n]
            picks = []
            history_items = np.flatnonzero(mine > 0)
            for k in top:
                pid = product_ids[k]
                if mine[k] > 0:  # only replenishable products they bought get this far
                    reason = PICK_REBUY(orders=Count(int(mine[k]), f"{int(mine[k])}"),
                                        days=Number(float(median_days[pid]), f"{median_days[pid]:.0f}"))
                    picks.append((pid, float(score[k]), "rebuy", reason))
                else:
                    sims = sim[k].toarray().ravel()[history_items] if len(history_items) else np.array([])
                    anchor = product_ids[history_items[int(np.argmax(sims))]] if len(sims) else None
                    reason = PICK_SIMILAR(product=str(names.get(anchor, anchor)))
                    picks.append((pid, float(score[k]), "similar", reason))
            if len(picks) < n:
                taken = {p for p, *_ in picks}
                for pid, source in fill[customer]:
                    if len(picks) >= n:
                        break
                    k = index_of.get(pid)
                    if pid in taken or k is None or excluded[k] or (mine[k] > 0 and not replenishable[k]):
                        continue
                    taken.add(pid)
                    picks.append((pid, 0.0, source, SOURCES[source]))
            for rank, (pid, score_value, source, reason) in enumerate(picks, start=1):
                out.append((customer, rank, pid, names.get(pid), round(score_value, 4), source, reason))
    progress(1.0, DONE())
    return pd.DataFrame(out, columns=PICK_COLUMNS)


def resolve_customer(db: sqlite_utils.Database, customer) -> int:
    """Return the shop's customer id for a customer id, the platform's customer number or an e-mail address."""
    text = str(customer).strip()
    row = db.execute("SELECT customer_id FROM customer_sources WHERE external_id = ? ORDER BY customer_id LIMIT 1",
                     [text]).fetchone()
    if row is None and "@" in text:
        row = db.execute("SELECT id FROM customers WHERE email = ? COLLATE NOCASE", [text]).fetchone()
    if row is None and text.isdigit():
        row = db.execute("SELECT id FROM customers WHERE id = ?", [int(text)]).fetchone()
    if row is None:
        raise UnknownCustomer(NO_CUSTOMER(customer=str(text)))
    return int(row[0])


def recommend_for_customer(db: sqlite_utils.Database, customer, n: int = 10) -> pd.DataFrame:
    """Return the ``n`` picks for one customer (id, customer number or e-mail; see ``recommend``).

    Raises UnknownCustomer when the customer does not exist or has no counted orders.
    """
    customer_id = resolve_customer(db, customer)
    lines = load_lines(db)
    if not (lines["customer_id"] == customer_id).any():
        raise UnknownCustomer(NO_ORDERS(customer=str(customer_id)))
    return recommend(lines, [customer_id], n, segments=customer_segment_keys(db),
                     exclude_products=banned_products(db)).drop(columns=["customer_id"])
