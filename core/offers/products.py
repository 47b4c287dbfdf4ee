"""Products for offers and snippets: the catalogue, bestsellers and 'also bought' recommendations.

Uses ``core.analysis.recommend`` / ``core.analysis.pairs`` when they provide a product -> recommendations table;
otherwise a built-in co-occurrence count over orders (products bought in the same order) is used, with the
shop's bestsellers filling any gaps.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd
import sqlite_utils
from scipy import sparse

from core.analysis.pairs import at_least_chance
from core.data import load_lines, shop_currency
from core.errors import ShopkeeperError
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress

# Candidate products are limited to the most popular ones so the co-occurrence matrix stays small.
MAX_CANDIDATES = 3000


def slugify(name: str) -> str:
    """Return a Shopify/WooCommerce-style handle for a product name (``'Red Mug 2'`` -> ``'red-mug-2'``)."""
    text = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def product_catalog(db: sqlite_utils.Database) -> pd.DataFrame:
    """Return one row per sold product: product_id, sku, name, category, url, handle, handle_known, price, currency.

    ``handle`` is the shop's handle when the import had one, else a guess made from the name
    (``handle_known`` says which). ``price`` is the last unit price in major units.
    """
    frame = pd.read_sql_query(
        "SELECT id AS product_id, sku, name, category, url, handle, last_price_minor FROM products "
        "WHERE is_product = 1", db.conn)
    frame["handle_known"] = frame["handle"].notna() & (frame["handle"].astype(str).str.strip() != "")
    guessed = frame["name"].map(slugify)
    frame["handle"] = frame["handle"].where(frame["handle_known"], guessed)
    frame["price"] = frame["last_price_minor"] / 100.0
    frame["currency"] = shop_currency(db)
    return frame.drop(columns=["last_price_minor"])


def bestsellers(db: sqlite_utils.Database, n: int = 10, customer_ids=None, country: str | None = None,
                lines: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the ``n`` products bought by the most customers (orders when anonymous), best first.

    Optionally only among ``customer_ids`` (a segment) or orders shipped to ``country``.
    Columns: product_id, name, handle, url, price, currency, buyers, orders.
    """
    lines = load_lines(db) if lines is None else lines
    if customer_ids is not None:
        lines = lines[lines["customer_id"].isin(pd.Series(list(customer_ids), dtype="int64"))]
    if country:
        lines = lines[lines["country"].fillna("").str.lower() == country.lower()]
    catalog = product_catalog(db)
    if lines.empty:
        return catalog.head(0).assign(buyers=0, orders=0)
    buyer_key = lines["customer_id"].astype("string").fillna("o" + lines["order_id"].astype(str))
    stats = pd.DataFrame({"product_id": lines["product_id"], "buyer": buyer_key, "order_id": lines["order_id"]})
    per = stats.groupby("product_id").agg(buyers=("buyer", "nunique"), orders=("order_id", "nunique")).reset_index()
    per = per.sort_values(["buyers", "orders", "product_id"], ascending=[False, False, True]).head(n)
    return per.merge(catalog, on="product_id", how="left")[
        ["product_id", "name", "handle", "url", "price", "currency", "buyers", "orders"]].reset_index(drop=True)


def _basket_matrix(lines: pd.DataFrame, max_candidates: int = MAX_CANDIDATES):
    """Return (orders x products binary CSR matrix, product ids array) over the most popular products."""
    popular = lines.groupby("product_id")["order_id"].nunique().sort_values(ascending=False)
    products = np.sort(popular.head(max_candidates).index.to_numpy())
    lines = lines[lines["product_id"].isin(products)]
    order_codes, _ = pd.factorize(lines["order_id"])
    product_codes = np.searchsorted(products, lines["product_id"].to_numpy())
    matrix = sparse.csr_matrix((np.ones(len(lines), dtype=np.float32), (order_codes, product_codes)),
                               shape=(int(order_codes.max()) + 1 if len(order_codes) else 0, len(products)))
    matrix.data[:] = 1.0
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    return matrix, products


def _external_pairs(db, product_ids, per_product: int, lines: pd.DataFrame) -> pd.DataFrame | None:
    """Return product_id, rec_product_id, orders_together, score from the also-bought analysis (the owner's pins,
    bans and category filters applied), or None when that analysis is absent or fails."""
    try:
        from core.analysis.merchandising import also_bought
        from core.analysis.pairs import shop_pairs
        result = shop_pairs(db, with_triples=False)
        frames = []
        for product_id in product_ids:
            picks = also_bought(db, int(product_id), n=per_product, result=result, lines=lines)
            frames.append(pd.DataFrame({"product_id": int(product_id), "rec_product_id": picks["product_id"],
                                        "orders_together": picks["together"],
                                        "score": 1.0 / picks["position"].astype(float)}))
    except Exception:  # absent, still being written, or too little data: the built-in counts take over
        return None
    if not frames:
        return None
    return pd.concat(frames, ignore_index=True)


def also_bought_pairs(db: sqlite_utils.Database, per_product: int = 6, min_orders: int = 2,
                      lines: pd.DataFrame | None = None, product_ids=None, use_shop_analysis: bool = True,
                      progress: ProgressCallback = no_progress,
                      cancelled: CancelCheck = never_cancelled) -> pd.DataFrame:
    """Return product_id, rec_product_id, orders_together, score: each product's best 'also bought' products.

    For ``product_ids`` the shop's also-bought analysis (``core.analysis.merchandising.also_bought``: pins, rules,
    bans, fallbacks) is used when present; otherwise counts orders containing both products (at least
    ``min_orders``, and at least as often as chance would give), ranking by that count and then by how popular
    the other product is. At most ``per_product`` per product.
    """
    lines = load_lines(db) if lines is None else lines
    if use_shop_analysis and product_ids is not None:
        external = _external_pairs(db, product_ids, per_product, lines)
        if external is not None:
            return external
    columns = ["product_id", "rec_product_id", "orders_together", "score"]
    if lines.empty:
        return pd.DataFrame(columns=columns)
    progress(0.1, "Counting products bought together")
    basket, products = _basket_matrix(lines)
    together = (basket.T @ basket).tocoo()
    check_cancelled(cancelled)
    popularity = np.asarray(basket.sum(axis=0)).ravel()
    frame = pd.DataFrame({"a": together.row, "b": together.col, "n": together.data})
    frame = frame[(frame["a"] != frame["b"]) & (frame["n"] >= min_orders)]
    frame = frame[at_least_chance(frame["n"], basket.shape[0], popularity[frame["a"].to_numpy()],
                                  popularity[frame["b"].to_numpy()])]  # less often than chance: not "also bought"
    frame["pop"] = popularity[frame["b"].to_numpy()]
    frame = frame.sort_values(["a", "n", "pop", "b"], ascending=[True, False, False, True])
    frame = frame.groupby("a").head(per_product)
    progress(1.0, None)
    return pd.DataFrame({"product_id": products[frame["a"].to_numpy()],
                         "rec_product_id": products[frame["b"].to_numpy()],
                         "orders_together": frame["n"].to_numpy().astype(int),
                         "score": (frame["n"] / popularity[frame["a"].to_numpy()]).round(4).to_numpy()},
                        columns=columns).reset_index(drop=True)


def _external_recommendations(db, ids, n: int, lines: pd.DataFrame, cancelled) -> pd.DataFrame | None:
    try:
        from core.analysis.merchandising import banned_products
        from core.analysis.recommend import customer_segments as rec_segments
        from core.analysis.recommend import recommend
        picks = recommend(lines, customer_ids=list(ids), n=n, segments=rec_segments(db),
                          exclude_products=banned_products(db), cancelled=cancelled)
    except ShopkeeperError:
        raise
    except Exception:  # absent or still being written: the built-in co-occurrence takes over
        return None
    return picks[["customer_id", "rank", "product_id"]].astype("int64")


def customer_recommendations(db: sqlite_utils.Database, customer_ids, n: int = 3,
                             lines: pd.DataFrame | None = None, use_shop_analysis: bool = True,
                             cancelled: CancelCheck = never_cancelled) -> pd.DataFrame:
    """Return customer_id, rank (1..n), product_id: products each customer has not bought yet.

    Uses the shop's personal picks (``core.analysis.recommend.recommend``: re-buys, similar products, bans
    respected) when present. Otherwise scores are how often a candidate was bought together with the
    customer's own products, gaps filled with the shop's bestsellers the customer has not bought.
    """
    lines = load_lines(db) if lines is None else lines
    ids = pd.Series(list(customer_ids), dtype="int64").drop_duplicates()
    if ids.empty or lines.empty:
        return pd.DataFrame(columns=["customer_id", "rank", "product_id"])
    if use_shop_analysis:
        external = _external_recommendations(db, ids, n, lines, cancelled)
        if external is not None:
            return external
    basket, products = _basket_matrix(lines)
    cooc = (basket.T @ basket).tocsr()
    cooc.setdiag(0)
    cooc.eliminate_zeros()
    mine = lines[lines["customer_id"].isin(ids)]
    bought = mine.groupby("customer_id")["product_id"].agg(lambda s: set(s.tolist())).to_dict()
    top = bestsellers(db, n=max(50, n * 10), lines=lines)["product_id"].tolist()
    index_of = {int(p): i for i, p in enumerate(products)}
    rows = []
    for step, customer in enumerate(ids.tolist()):
        if step % 200 == 0:
            check_cancelled(cancelled)
        owned = bought.get(customer, set())
        idx = [index_of[p] for p in owned if p in index_of]
        picks: list[int] = []
        if idx:
            scores = np.asarray(cooc[idx].sum(axis=0)).ravel()
            scores[idx] = 0
            order = np.argsort(-scores, kind="stable")[: n + len(idx)]
            picks = [int(products[i]) for i in order if scores[i] > 0 and int(products[i]) not in owned][:n]
        for product in top:
            if len(picks) >= n:
                break
            if product not in owned and product not in picks:
                picks.append(int(product))
        rows.extend((customer, rank + 1, product) for rank, product in enumerate(picks))
    return pd.DataFrame(rows, columns=["customer_id", "rank", "product_id"])
