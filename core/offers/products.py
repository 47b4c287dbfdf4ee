"""Products for offers and snippets: the catalogue, bestsellers and 'also bought' recommendations.

Everything comes from the modules that own it: bestsellers from ``core.analysis.bestsellers``, the also-bought
lists (pins, rules, bans, fallbacks) from ``core.analysis.merchandising``, personal picks from
``core.analysis.recommend``, pair counts from ``core.analysis.pairs``; the data from one
``core.shop_data.ShopData``. ``use_shop_analysis=False`` asks for plain co-occurrence counts instead (products
bought in the same order, gaps filled with bestsellers), without the owner's choices.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import sqlite_utils

from core.analysis.bestsellers import buyer_bestsellers
from core.analysis.merchandising import also_bought, excluded_product_ids
from core.analysis.pairs import COUNTING_TOGETHER, PairOptions, at_least_chance, build_baskets, cooccurrence
from core.analysis.recommend import LIST_AGAIN, LIST_DISCOVER, LIST_PICKS, customer_list_columns, picks_settings
from core.catalog import roll_up_lines, slugify
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress
from core.shop_data import ShopData, as_shop_data

# Plain co-occurrence counts look only at the most popular products so the matrix stays small.
MAX_CANDIDATES = 3000
BESTSELLER_COLUMNS = ["product_id", "name", "handle", "url", "price", "currency", "buyers", "orders"]
PAIR_COLUMNS = ["product_id", "rec_product_id", "orders_together", "score"]


def product_catalog(source: sqlite_utils.Database | ShopData) -> pd.DataFrame:
    """Return one row per product: product_id, sku, name, category, url, handle, handle_known, image_url, price,
    currency.

    ``handle`` is the shop's handle when the import or the product catalog had one, else a guess made from the
    name (``core.catalog.slugify``, transliterated; ``handle_known`` says which). ``image_url`` is the catalog's
    picture (None without one). ``price`` is the catalog's or last unit price in major units.
    """
    shop = as_shop_data(source)
    return shop.cached("product_catalog", lambda: _catalog(shop)).copy()


def _catalog(shop: ShopData) -> pd.DataFrame:
    frame = pd.read_sql_query(
        "SELECT id AS product_id, sku, name, category, url, handle, image_url, last_price_minor FROM products "
        "WHERE is_product = 1", shop.db.conn)
    frame["handle_known"] = frame["handle"].notna() & (frame["handle"].astype(str).str.strip() != "")
    guessed = frame["name"].map(slugify)
    frame["handle"] = frame["handle"].where(frame["handle_known"], guessed)
    frame["price"] = frame["last_price_minor"] / 100.0
    frame["currency"] = shop.currency
    return frame.drop(columns=["last_price_minor"])


def bestsellers(source: sqlite_utils.Database | ShopData, n: int = 10, customer_ids=None,
                country: str | None = None, lines: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the ``n`` products bought by the most customers (orders when anonymous), best first
    (``core.analysis.bestsellers.buyer_bestsellers``).

    Optionally only among ``customer_ids`` (a segment) or orders shipped to ``country``.
    Columns: product_id, name, handle, url, price, currency, buyers, orders.
    """
    shop = as_shop_data(source)
    lines = shop.lines if lines is None else lines
    if customer_ids is not None:
        lines = lines[lines["customer_id"].isin(pd.Series(list(customer_ids), dtype="int64"))]
    if country:
        lines = lines[lines["country"].fillna("").str.lower() == country.lower()]
    catalog = product_catalog(shop)
    if lines.empty:
        return catalog.head(0).assign(buyers=0, orders=0)
    per = buyer_bestsellers(lines, n)
    return per.merge(catalog, on="product_id", how="left")[BESTSELLER_COLUMNS].reset_index(drop=True)


def _basket_counts(lines: pd.DataFrame, max_candidates: int = MAX_CANDIDATES):
    """Return (baskets × products 0/1 matrix over orders, product ids) for the ``max_candidates`` products in the
    most orders (``core.analysis.pairs.build_baskets``, every basket kept)."""
    popular = lines.groupby("product_id")["order_id"].nunique().sort_values(ascending=False)
    lines = lines[lines["product_id"].isin(popular.head(max_candidates).index)]
    baskets = build_baskets(lines, PairOptions(max_basket_items=None))
    return baskets.matrix, baskets.product_ids


def _shop_also_bought(shop: ShopData, product_ids, per_product: int, lines: pd.DataFrame) -> pd.DataFrame:
    """Return product_id, rec_product_id, orders_together, score from the shop's also-bought lists (the owner's
    pins, bans, category filters and thresholds applied)."""
    if not len(product_ids):
        return pd.DataFrame(columns=PAIR_COLUMNS)
    result = shop.pair_result()
    segments = shop.segment_keys()
    frames = []
    for product_id in product_ids:
        picks = also_bought(shop.db, int(product_id), n=per_product, result=result, lines=lines, segments=segments)
        frames.append(pd.DataFrame({"product_id": int(product_id), "rec_product_id": picks["product_id"],
                                    "orders_together": picks["together"],
                                    "score": 1.0 / picks["position"].astype(float)}))
    return pd.concat(frames, ignore_index=True)


def also_bought_pairs(source: sqlite_utils.Database | ShopData, per_product: int = 6, min_orders: int = 2,
                      lines: pd.DataFrame | None = None, product_ids=None, use_shop_analysis: bool = True,
                      progress: ProgressCallback = no_progress,
                      cancelled: CancelCheck = never_cancelled) -> pd.DataFrame:
    """Return product_id, rec_product_id, orders_together, score: each product's best 'also bought' products.

    For ``product_ids`` the shop's also-bought lists (``core.analysis.merchandising.also_bought``: pins, rules,
    bans, fallbacks) are used. Otherwise (no ``product_ids``, or ``use_shop_analysis=False``) counts orders
    containing both products (at least ``min_orders``, and at least as often as chance would give), ranking by
    that count and then by how popular the other product is. At most ``per_product`` per product.
    """
    shop = as_shop_data(source)
    lines = shop.lines if lines is None else lines
    if use_shop_analysis and product_ids is not None:
        return _shop_also_bought(shop, product_ids, per_product, lines)
    if lines.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    progress(0.1, COUNTING_TOGETHER())
    basket, products = _basket_counts(lines)
    together = cooccurrence(basket).tocoo()
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
                        columns=PAIR_COLUMNS).reset_index(drop=True)


def prepare_picks(source: sqlite_utils.Database | ShopData, cancelled: CancelCheck = never_cancelled) -> None:
    """Choose the picks' settings that offer files of the shop as it is now will use, and keep them for this
    process (``recommend.picks_settings``), so that a later offer is made without the wait; returns None."""
    shop = as_shop_data(source)
    lines = roll_up_lines(shop.db, shop.lines)
    if not lines.empty:
        picks_settings(lines, None, shop.segment_keys(), excluded_product_ids(shop.db), cancelled=cancelled)


def customer_pick_lists(source: sqlite_utils.Database | ShopData, customer_ids, n: int = 3,
                        lines: pd.DataFrame | None = None, cancelled: CancelCheck = never_cancelled,
                        lists: tuple[str, ...] = (LIST_AGAIN, LIST_DISCOVER)) -> pd.DataFrame:
    """Return customer_id, list, rank (1..n within the list), product_id: each customer's ``lists`` for offer
    files, by default Buy again and Discover ("picks" is the blend ``customer_recommendations`` gives), from one
    ``core.analysis.recommend.customer_list_columns`` run (held-back products never picked, variants counted as
    their product; no reasons, as offer files need none)."""
    shop = as_shop_data(source)
    lines = roll_up_lines(shop.db, shop.lines if lines is None else lines)
    ids = pd.Series(list(customer_ids), dtype="int64").drop_duplicates()
    columns = ["customer_id", "list", "rank", "product_id"]
    if ids.empty or lines.empty:
        return pd.DataFrame(columns=columns)
    made = customer_list_columns(lines, list(ids), n, segments=shop.segment_keys(),
                                 exclude_products=excluded_product_ids(shop.db), cancelled=cancelled)
    out = pd.concat([made[made["list"] == key] for key in lists], ignore_index=True)[columns]
    return out.astype({"customer_id": "int64", "rank": "int64", "product_id": "int64"})


def customer_recommendations(source: sqlite_utils.Database | ShopData, customer_ids, n: int = 3,
                             lines: pd.DataFrame | None = None, use_shop_analysis: bool = True,
                             cancelled: CancelCheck = never_cancelled) -> pd.DataFrame:
    """Return customer_id, rank (1..n), product_id: products each customer has not bought yet.

    Uses the shop's personal picks (``core.analysis.recommend``'s blended list: re-buys, similar products; the owner's
    bans, non-products and the catalog's drafts, unpublished and sold-out products never picked). A variant
    counts as its product (``core.catalog.roll_up_lines``). With ``use_shop_analysis=False`` scores are how often
    a candidate was bought together with the customer's own products, gaps filled with the shop's bestsellers the
    customer has not bought.
    """
    shop = as_shop_data(source)
    lines = roll_up_lines(shop.db, shop.lines if lines is None else lines)  # variants count as their product
    ids = pd.Series(list(customer_ids), dtype="int64").drop_duplicates()
    if ids.empty or lines.empty:
        return pd.DataFrame(columns=["customer_id", "rank", "product_id"])
    if use_shop_analysis:
        made = customer_list_columns(lines, list(ids), n, segments=shop.segment_keys(),
                                     exclude_products=excluded_product_ids(shop.db), cancelled=cancelled)
        picks = made[made["list"] == LIST_PICKS].reset_index(drop=True)
        return picks[["customer_id", "rank", "product_id"]].astype("int64")
    basket, products = _basket_counts(lines)
    cooc = cooccurrence(basket).astype(np.float64)
    cooc.setdiag(0)
    cooc.eliminate_zeros()
    mine = lines[lines["customer_id"].isin(ids)]
    bought = mine.groupby("customer_id")["product_id"].agg(lambda s: set(s.tolist())).to_dict()
    top = bestsellers(shop, n=max(50, n * 10), lines=lines)["product_id"].tolist()
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
