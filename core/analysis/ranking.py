"""Top-k lists as arrays and the per-customer measures of how good they were.

A top-k list is an int array (customers × k) of product columns, −1 where a list is shorter than k. The truth
is a 0/1 sparse matrix (customers × products) of what each customer bought in the test window.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def top_from_dense(scores: np.ndarray, k: int, blocked: np.ndarray | sp.spmatrix | None = None,
                   overwrite: bool = False) -> np.ndarray:
    """Return the k best columns per row of ``scores`` (best first; ties by column); ``blocked`` (bool,
    same shape or broadcastable, dense or sparse) are left out, as are columns scoring −inf. float32 scores are
    ranked as float32; ``overwrite`` lets a caller's scratch array be used in place."""
    dtype = scores.dtype if scores.dtype in (np.float32, np.float64) else np.float64
    scores = np.array(scores, dtype=dtype, copy=not (overwrite and isinstance(scores, np.ndarray)
                                                      and scores.dtype == dtype and scores.flags.writeable))
    if blocked is not None:
        if sp.issparse(blocked):
            coo = sp.coo_matrix(blocked)
            scores[coo.row, coo.col] = -np.inf
        else:
            scores[blocked] = -np.inf
    width = scores.shape[1]
    if width == 0:
        return np.full((scores.shape[0], k), -1, dtype=np.int64)
    take = min(k, width)
    np.negative(scores, out=scores)  # k smallest of the negated: introselect is slow for the k largest of many ties
    part = np.argpartition(scores, take - 1, axis=1)[:, :take]
    part_scores = np.take_along_axis(scores, part, axis=1)
    _lowest_columns_on_ties(scores, part, part_scores)
    order = np.lexsort((part, part_scores), axis=1)
    top = np.take_along_axis(part, order, axis=1)
    top = np.where(np.isfinite(np.take_along_axis(scores, top, axis=1)), top, -1)
    if take < k:
        top = np.hstack([top, np.full((top.shape[0], k - take), -1, dtype=top.dtype)])
    return top.astype(np.int64)


def _lowest_columns_on_ties(costs: np.ndarray, part: np.ndarray, part_costs: np.ndarray) -> None:
    """Make the partition ``part`` (the columns of the k lowest ``costs`` per row, any order; ``part_costs`` theirs)
    keep the lowest columns among those tied at its highest cost, in place: argpartition keeps any of them."""
    highest = part_costs.max(axis=1)
    tied_kept = (part_costs == highest[:, None]).sum(axis=1)
    tied_all = (costs == highest[:, None]).sum(axis=1)
    fix = np.flatnonzero((tied_all > tied_kept) & np.isfinite(highest))
    if not len(fix):
        return
    tied = costs[fix] == highest[fix, None]
    first = tied & (np.cumsum(tied, axis=1) <= tied_kept[fix, None])  # the lowest tied columns, as many as kept
    _, columns = np.nonzero(first)
    slot_rows, slots = np.nonzero(part_costs[fix] == highest[fix, None])  # row-major: rows line up with columns
    part[fix[slot_rows], slots] = columns


def top_from_pairs(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, n_rows: int, k: int,
                   blocked_cols: np.ndarray | None = None, cols_ascending: bool = False) -> np.ndarray:
    """Return the k best columns per row from (row, column, score) triples (best first; ties by column);
    columns where ``blocked_cols`` is True are left out. ``cols_ascending``: each row's triples already come in
    column order (a purchase history), so two stable sorts do instead of three."""
    keep = np.ones(len(rows), dtype=bool) if blocked_cols is None else ~blocked_cols[cols]
    r, c, s = rows[keep], cols[keep], scores[keep]
    if cols_ascending:
        order = np.argsort(-s, kind="stable")  # equal scores keep their column order
        small = r.astype(np.uint16) if n_rows <= np.iinfo(np.uint16).max else r
        order = order[np.argsort(small[order], kind="stable")]  # uint16: a radix sort
    else:
        order = np.lexsort((c, -s, r))
    r, c = r[order], c[order]
    first = np.ones(len(r), dtype=bool)
    first[1:] = r[1:] != r[:-1]
    start = np.maximum.accumulate(np.where(first, np.arange(len(r)), 0))
    rank = np.arange(len(r)) - start
    top = np.full((n_rows, k), -1, dtype=np.int64)
    inside = rank < k
    top[r[inside], rank[inside]] = c[inside]
    return top


def hits_of(top: np.ndarray, truth: sp.csr_matrix) -> np.ndarray:
    """Return a 0/1 array like ``top``: 1 where the listed product is in the customer's truth."""
    rows = np.repeat(np.arange(top.shape[0]), top.shape[1]).reshape(top.shape)
    valid = top >= 0
    out = np.zeros(top.shape, dtype=np.float64)
    out[valid] = np.asarray(truth[rows[valid], top[valid]]).ravel()
    return out


def per_customer_metrics(top: np.ndarray, truth: sp.csr_matrix) -> dict[str, np.ndarray]:
    """Return per-customer ndcg, hr and recall of the lists ``top`` against ``truth`` (binary relevance).

    NDCG@k = Σ hit_r / log2(r + 1) over ranks r = 1..k, divided by the best possible (min(|truth|, k) hits at the
    top); HR@k = 1 when any of the k was bought; recall@k = hits / |truth|.
    """
    k = top.shape[1]
    hits = hits_of(top, truth)
    discount = 1.0 / np.log2(np.arange(2, k + 2))
    size = np.asarray(truth.sum(axis=1)).ravel()
    ideal = np.concatenate([[0.0], np.cumsum(discount)])[np.minimum(size, k).astype(int)]
    found = hits.sum(axis=1)
    return {"ndcg": np.divide(hits @ discount, ideal, out=np.zeros(len(size)), where=ideal > 0),
            "hr": (found > 0).astype(np.float64),
            "recall": np.divide(found, size, out=np.zeros(len(size)), where=size > 0)}
