"""Scores for products new to a customer, learnt from whole histories: EASE, item-kNN and co-purchase rules.

All three work on one ``Interactions``: the customer × product matrix of the training orders (1 = bought at
least once). They return dense score rows for the customers asked for, one column per product of
``Interactions.product_ids``; a column a model knows nothing about scores 0.

- **EASE** (Steck 2019): item weights ``B = I − P / diag(P)`` with ``P = (XᵀX + λI)⁻¹``, a closed form. Only
  the ``MAX_EASE_PRODUCTS`` products bought by most customers (and by at least two) take part, so the
  matrix to invert stays small whatever the catalogue.
- **item-kNN**: cosine similarity between products over customers, shrunk by together / (together + shrink).
- **co-purchase rules**: confidence of "bought A in an order → B in the same order", kept only at or above
  chance (lift ≥ 1) and with at least two orders together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.linalg
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

MAX_EASE_PRODUCTS = 3000
KNN_SHRINK = 5.0
# Each product keeps only its strongest neighbours (item-kNN proper): the weak tail adds almost nothing to a score
# but made the similarity nearly dense (6,000 products: 36M entries) and every scoring a large sparse product.
NEIGHBOURS = 200
SIMILARITY_BLOCK = 250  # products per block when building a similarity or a Gram matrix
MIN_TOGETHER = 2
SINGLE_PRECISION_FROM = 1000  # EASE columns from which the inverse and its weights are float32


@dataclass
class Interactions:
    """The training orders as matrices: rows ``customer_ids``, columns ``product_ids``."""

    customer_ids: np.ndarray
    product_ids: np.ndarray
    owned: sp.csr_matrix  # 1 where the customer bought the product
    baskets: sp.csr_matrix  # orders × products, 1 where the order holds the product

    def row_of(self, customer_ids) -> np.ndarray:
        """Return the row index of each customer id (−1 for a customer without training orders)."""
        return pd.Index(self.customer_ids).get_indexer(pd.Index(customer_ids))


def interactions(lines: pd.DataFrame) -> Interactions:
    """Return the ``Interactions`` of order lines (``core.data.load_lines`` rows with a customer)."""
    known = lines[lines["customer_id"].notna()]
    cust_codes, customers = pd.factorize(known["customer_id"].astype("int64").to_numpy(), sort=True)
    item_codes, products = pd.factorize(known["product_id"].astype("int64").to_numpy(), sort=True)
    order_codes, orders = pd.factorize(known["order_id"].to_numpy())
    ones = np.ones(len(known), dtype=np.float64)
    owned = sp.csr_matrix((ones, (cust_codes, item_codes)), shape=(len(customers), len(products)))
    owned.sum_duplicates()
    owned.data[:] = 1.0
    baskets = sp.csr_matrix((ones, (order_codes, item_codes)), shape=(len(orders), len(products)))
    baskets.sum_duplicates()
    baskets.data[:] = 1.0
    return Interactions(np.asarray(customers), np.asarray(products), owned, baskets)


@dataclass
class EaseModel:
    """EASE over ``columns`` (indexes into ``Interactions.product_ids``), in one of two equal forms.

    Primal (more customers than products): ``weights`` = B. Dual (fewer customers than products, by Woodbury):
    P = (I − Xᵀ K⁻¹ X) / λ with K = λI + XXᵀ, so X_c P = (X_c − (X_c Xᵀ) K⁻¹X) / λ and only the m × m matrix K is
    solved; ``x`` is X over the columns, ``k_inv_x`` = K⁻¹X and ``diagonal`` = diag(P).
    """

    columns: np.ndarray
    ridge: float = 0.0
    weights: np.ndarray | None = None
    x: sp.csr_matrix | None = None
    k_inv_x: np.ndarray | None = None
    diagonal: np.ndarray | None = None


def ease_columns(data: Interactions, max_products: int = MAX_EASE_PRODUCTS) -> np.ndarray:
    """Return the product columns EASE uses: bought by at least two customers, the ``max_products`` most bought."""
    buyers = np.asarray(data.owned.sum(axis=0)).ravel()
    candidates = np.flatnonzero(buyers >= 2)
    order = candidates[np.argsort(-buyers[candidates], kind="stable")]
    return np.sort(order[:max_products])


def ease_gram(data: Interactions, columns: np.ndarray) -> np.ndarray:
    """Return the Gram matrix of the smaller side: XᵀX over ``columns`` (customers ≥ products) or XXᵀ; float32
    (exact: counts) from ``SINGLE_PRECISION_FROM`` wide, where the inverse is float32 too."""
    x = data.owned[:, columns]
    x = x.astype(_gram_dtype(min(x.shape)), copy=False)
    left, right = (x.T.tocsr(), x) if x.shape[0] >= x.shape[1] else (x.tocsr(), x.T)
    gram = np.empty((left.shape[0], left.shape[0]), dtype=x.dtype)
    # a block of rows at a time: the whole sparse product (nearly dense) held three times the dense matrix's memory
    for first in range(0, left.shape[0], SIMILARITY_BLOCK):
        gram[first:first + SIMILARITY_BLOCK] = (left[first:first + SIMILARITY_BLOCK] @ right).toarray()
    return gram


def _gram_dtype(width: int) -> type:
    """Return the Gram matrix's float type for a ``width``-wide inverse: float32 from ``SINGLE_PRECISION_FROM``."""
    return np.float32 if width >= SINGLE_PRECISION_FROM else np.float64


def _spd_inverse(gram: np.ndarray, ridge: float) -> np.ndarray:
    """Return the inverse of ``gram`` + ``ridge``·I, a symmetric positive definite matrix (Cholesky), in float32
    from ``SINGLE_PRECISION_FROM`` columns (twice as fast and half the memory; the ridge keeps it well conditioned),
    else in float64. ``gram`` is left as it is.

    The factor and the inverse are worked out in one copy of the matrix and the lower triangle is mirrored in place
    a block of rows at a time: a 3,000-product inverse peaks at one matrix more (36 MB), not three.

    BLAS runs on one thread here: on a busy 2-core machine OpenBLAS's threads wait for each other, and a
    200 × 200 inverse took 3 s instead of 1 ms (the matrices here are at most a few thousand wide)."""
    matrix = gram.copy()
    matrix[np.diag_indices_from(matrix)] += ridge
    single = matrix.shape[0] >= SINGLE_PRECISION_FROM
    potrf, potri = ((scipy.linalg.lapack.spotrf, scipy.linalg.lapack.spotri) if single
                    else (scipy.linalg.lapack.dpotrf, scipy.linalg.lapack.dpotri))
    with threadpool_limits(limits=1, user_api="blas"):
        factor, info = potrf(matrix.astype(np.float32 if single else np.float64, copy=False), lower=0,
                             overwrite_a=1)
        if info == 0:
            inverse, info = potri(factor, lower=0, overwrite_c=1)
            if info == 0:
                _mirror_upper(inverse)
                # LAPACK works in column order; the scores multiply by rows (symmetric: the transpose is the same)
                return inverse if inverse.flags.c_contiguous else inverse.T
    matrix = gram.copy()  # not positive definite (cannot happen with a ridge > 0): the factor overwrote the copy
    matrix[np.diag_indices_from(matrix)] += ridge
    return scipy.linalg.inv(matrix)


def _mirror_upper(matrix: np.ndarray, block: int = 256) -> None:
    """Copy the upper triangle of square ``matrix`` onto its lower triangle in place (LAPACK's potri fills only the
    upper one), a block of rows at a time; returns None."""
    size = matrix.shape[0]
    for start in range(0, size, block):
        end = min(start + block, size)
        below = np.arange(end)[None, :] < np.arange(start, end)[:, None]
        np.copyto(matrix[start:end, :end], matrix[:end, start:end].T, where=below)


def fit_ease(data: Interactions, ridge: float, columns: np.ndarray | None = None,
             gram: np.ndarray | None = None) -> EaseModel:
    """Return the EASE model of ``data`` with ridge ``ridge`` (λ); ``gram`` (``ease_gram``) may be passed to fit
    several λ."""
    columns = ease_columns(data) if columns is None else columns
    if not len(columns):
        return EaseModel(columns, ridge, weights=np.zeros((0, 0)))
    gram = ease_gram(data, columns) if gram is None else gram
    inverse = _spd_inverse(gram, ridge)
    x = data.owned[:, columns].tocsr()
    if x.shape[0] >= x.shape[1]:
        weights = inverse  # B = −P / diag(P), in place: P is a products² matrix
        weights /= -np.diag(inverse).copy()
        weights[np.diag_indices_from(weights)] = 0.0
        return EaseModel(columns, ridge, weights=weights)
    k_inv_x = np.asarray((x.T @ inverse).T)  # K⁻¹X (K is symmetric)
    diagonal = (1.0 - np.asarray(x.multiply(k_inv_x).sum(axis=0)).ravel()) / ridge
    return EaseModel(columns, ridge, x=x, k_inv_x=k_inv_x, diagonal=diagonal)


def ease_scores(data: Interactions, model: EaseModel, rows: np.ndarray) -> np.ndarray:
    """Return EASE scores (customers ``rows`` × every product, float32); products outside the model score 0."""
    out = np.zeros((len(rows), len(data.product_ids)), dtype=np.float32)
    if not len(model.columns) or not len(rows):
        return out
    mine = data.owned[rows][:, model.columns]
    if model.weights is not None:
        mine = sp.csr_matrix((mine.data.astype(model.weights.dtype), mine.indices, mine.indptr), shape=mine.shape)
        out[:, model.columns] = mine @ model.weights  # (astype would sort the indices first)
        return out
    dense = mine.toarray()
    times_p = (dense - np.asarray((mine @ model.x.T) @ model.k_inv_x)) / model.ridge
    out[:, model.columns] = dense - times_p / model.diagonal
    return out


def knn_similarity(data: Interactions, shrink: float = KNN_SHRINK,
                   counts_seen: Callable[[int, sp.csr_matrix], None] | None = None) -> sp.csr_matrix:
    """Return the item-kNN similarity (cosine over customers, shrunk, zero diagonal), each product's ``NEIGHBOURS``
    strongest kept, as a sparse matrix (built a block of products at a time, so the full product × product
    matrix never sits in memory). ``counts_seen(first, counts)`` is shown each block's co-occurrence counts
    (rows ``first``… of XᵀX) before they become similarities."""
    buyers = np.maximum(np.asarray(data.owned.sum(axis=0)).ravel(), 1.0)  # owned is 0/1
    by_product = data.owned.T.tocsr()
    blocks = []
    for first in range(0, by_product.shape[0], SIMILARITY_BLOCK):
        together = (by_product[first:first + SIMILARITY_BLOCK] @ data.owned).tocsr()
        if counts_seen is not None:
            counts_seen(first, together)
        rows = np.repeat(np.arange(together.shape[0]), np.diff(together.indptr)) + first
        together.data = together.data / np.sqrt(buyers[rows] * buyers[together.indices]) * (
            together.data / (together.data + shrink))
        together.data[rows == together.indices] = 0.0
        together.eliminate_zeros()
        blocks.append(strongest_per_row(together, NEIGHBOURS))
    return _stacked(blocks, by_product.shape[0])


def knn_and_gram(data: Interactions, columns: np.ndarray) -> tuple[sp.csr_matrix, np.ndarray | None]:
    """Return (``knn_similarity(data)``, ``ease_gram(data, columns)``) from one pass over the co-occurrence counts:
    the products' Gram matrix XᵀX is a corner of them (the same counts, so the same matrix). The Gram matrix is None
    when ``ease_gram`` would use the customers' side (fewer customers than columns)."""
    if data.owned.shape[0] < len(columns) or not len(columns):
        return knn_similarity(data), None
    gram = np.empty((len(columns), len(columns)), dtype=_gram_dtype(len(columns)))
    position = np.full(data.owned.shape[1], -1)
    position[columns] = np.arange(len(columns))

    def keep(first: int, counts: sp.csr_matrix) -> None:
        mine = np.flatnonzero(position[first:first + counts.shape[0]] >= 0)
        if len(mine):
            gram[position[first + mine]] = counts[mine][:, columns].toarray()

    return knn_similarity(data, counts_seen=keep), gram


def _stacked(blocks: list[sp.csr_matrix], size: int) -> sp.csr_matrix:
    return sp.vstack(blocks).tocsr() if blocks else sp.csr_matrix((size, size))


def strongest_per_row(matrix: sp.csr_matrix, keep: int) -> sp.csr_matrix:
    """Return ``matrix`` with only the ``keep`` largest entries of each row (ties: any of them), CSR."""
    counts = np.diff(matrix.indptr)
    if not len(counts) or counts.max() <= keep:
        return matrix
    mask = np.ones(matrix.nnz, dtype=bool)
    for row in np.flatnonzero(counts > keep):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        weakest = np.argpartition(matrix.data[start:end], end - start - keep)[: end - start - keep]
        mask[start + weakest] = False
    kept = sp.csr_matrix((matrix.data * mask, matrix.indices, matrix.indptr), shape=matrix.shape)
    kept.eliminate_zeros()
    return kept


def rule_confidence(data: Interactions, min_together: int = MIN_TOGETHER) -> sp.csr_matrix:
    """Return conf(A → B) = orders with A and B / orders with A, for pairs at or above chance (lift ≥ 1) seen
    together in at least ``min_together`` orders; zero diagonal; each product's ``NEIGHBOURS`` strongest kept
    (built a block of products at a time)."""
    per_item = np.asarray(data.baskets.sum(axis=0)).ravel()  # baskets are 0/1
    total = max(data.baskets.shape[0], 1)
    by_product = data.baskets.T.tocsr()
    size = by_product.shape[0]
    blocks = []
    for first in range(0, size, SIMILARITY_BLOCK):
        together = (by_product[first:first + SIMILARITY_BLOCK] @ data.baskets).tocoo()
        a, b, n = together.row + first, together.col, together.data
        lift = n * total / np.maximum(per_item[a] * per_item[b], 1.0)
        keep = (a != b) & (n >= min_together) & (lift >= 1.0)
        conf = n[keep] / np.maximum(per_item[a[keep]], 1.0)
        block = sp.csr_matrix((conf, (a[keep] - first, b[keep])), shape=(together.shape[0], size))
        blocks.append(strongest_per_row(block, NEIGHBOURS))
    return _stacked(blocks, size)


def neighbour_scores(data: Interactions, similarity: sp.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """Return Σ similarity(owned product, candidate) for customers ``rows`` (dense float32, every product)."""
    if not len(rows):
        return np.zeros((0, len(data.product_ids)), dtype=np.float32)
    return _dense32(data.owned[rows] @ similarity)


def _dense32(matrix: sp.csr_matrix) -> np.ndarray:
    """Return a CSR matrix without duplicate entries (a product's) as a dense float32 array, without the float64
    dense copy of ``toarray`` or the index sort of ``astype``."""
    out = np.zeros(matrix.shape, dtype=np.float32)
    out[np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr)), matrix.indices] = matrix.data
    return out


def anchor_products(data: Interactions, similarity: sp.csr_matrix, row: int, columns) -> list[int | None]:
    """Return, for each candidate column, the customer's own product most similar to it (product id or None)."""
    mine = data.owned[row].indices
    if not len(mine):
        return [None for _ in columns]
    block = similarity[mine][:, list(columns)].toarray()
    best = block.argmax(axis=0)
    return [int(data.product_ids[mine[k]]) if block[k, j] > 0 else None for j, k in enumerate(best)]
