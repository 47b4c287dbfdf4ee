"""Personal picks: what each customer is likely to buy next, as two lists and their blend.

- **Buy again**: the customer's own products, scored by how often and how recently they bought them and by the
  product's repurchase rhythm (``core.analysis.buy_again``), for every product, not only the regularly rebought.
- **Discover**: products new to them, from EASE, item-kNN, co-purchase rules and their group's (segment or
  country) bestsellers (``core.analysis.ease``, ``core.analysis.picks``).
- **Picks**: both merged by how often each list's ranks were bought in validation windows before the date the
  picks are made for (``core.analysis.picks.choose_settings``); the blended top-10 is the default.

Customers without history get their group's, then the shop's, bestsellers. Excluded products (bans, non-products,
catalog drafts, unpublished, out of stock: ``merchandising.excluded_product_ids``) are in no list.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from core.analysis.buy_again import buy_again_scores
from core.analysis.ease import anchor_products
from core.analysis.ranking import top_from_dense
from core.analysis.merchandising import excluded_product_ids
from core.analysis.picks import (
    COMPONENTS,
    PicksModel,
    PicksSettings,
    choose_settings,
    merge_lists,
    model_lines,
    row_blocks,
    validation_splits,
)
from core.analysis.segments import customer_segment_keys
from core.customer_ids import shop_customer_ids
from core.data import load_lines
from core.errors import ShopkeeperError
from core.messages import Count, MessageTemplate, Number
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress, sub_progress

FINDING_PICKS = MessageTemplate("picks.progress.finding", "Finding each customer's picks")
DONE = MessageTemplate("progress.done", "Done")
NO_CUSTOMER = MessageTemplate("picks.error.no_customer", "There is no customer {customer} in this shop.")
NO_ORDERS = MessageTemplate("picks.error.no_orders", "Customer {customer} has no orders in this shop.")

PICK_REBUY = MessageTemplate("picks.reason.rebuy",
                             "bought it in {orders} order(s); customers usually rebuy it every {days} days")
PICK_AGAIN = MessageTemplate("picks.reason.again", "bought it in {orders} order(s), the last {since} days ago")
PICK_SIMILAR = MessageTemplate("picks.reason.similar", "often bought with {product}, which they bought")
PICK_LIKE = MessageTemplate("picks.reason.like", "customers who bought what they bought also bought it")

PICK_COLUMNS = ["customer_id", "rank", "product_id", "product_name", "score", "source", "reason", "list"]
LIST_PICKS = "picks"  # the blend of the two lists below
LIST_AGAIN = "buy-again"
LIST_DISCOVER = "discover"
# fixed labels the screens translate (``desktop.i18n.translate_text``): registered as argument-less templates
SOURCES = {key: MessageTemplate(f"picks.source.{key}", text).template for key, text in {
    "rebuy": "bought before, rebought regularly",
    "similar": "similar to what they bought",
    "together": "bought together with what they bought",
    "segment": "bestseller in their segment",
    "country": "bestseller in their country",
    "shop": "shop bestseller",
}.items()}
SIM_SHRINK = 3.0  # similarity × together / (together + SIM_SHRINK): one chance co-occurrence counts for little
MAX_REBUYS = None
HOLDOUT_WEEKS = 12
_SETTINGS_CACHE: dict = {}  # the same orders and exclusions give the same settings: choose them once per process


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


def picks_settings(lines: pd.DataFrame, as_of: pd.Timestamp | None = None, segments: pd.Series | None = None,
                   exclude_products=(), progress: ProgressCallback = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> PicksSettings:
    """Return the picks' settings chosen on the validation windows just before ``as_of`` (default: after the last
    order)."""
    as_of = _as_of(lines, as_of)
    known = model_lines(lines, as_of)
    key = (len(known), int(known["order_id"].sum()), int(known["product_id"].sum()), str(as_of),
           tuple(sorted(int(p) for p in exclude_products)),
           None if segments is None else pd.util.hash_pandas_object(segments).sum())
    if key not in _SETTINGS_CACHE:
        splits = validation_splits(known, as_of, HOLDOUT_WEEKS, segments, exclude_products)
        if len(_SETTINGS_CACHE) >= 8:
            _SETTINGS_CACHE.pop(next(iter(_SETTINGS_CACHE)))
        _SETTINGS_CACHE[key] = choose_settings(splits, progress, cancelled)
    return _SETTINGS_CACHE[key]


def _as_of(lines: pd.DataFrame, as_of) -> pd.Timestamp:
    if as_of is None:
        latest = lines["ordered_at"].max() if len(lines) else pd.Timestamp.now(tz="UTC")
        return latest + pd.Timedelta(seconds=1)
    as_of = pd.Timestamp(as_of)
    return as_of.tz_localize("UTC") if as_of.tzinfo is None else as_of


def _list_model(lines, known, customer_ids, as_of, segments, exclude_products, settings, progress, cancelled):
    """Return (the customers to list, as ints: every known customer when None; the settings, chosen when None;
    the one-ridge PicksModel of ``lines`` before ``as_of``)."""
    if customer_ids is None:
        customer_ids = sorted(known["customer_id"].astype("int64").unique().tolist())
    customer_ids = [int(c) for c in customer_ids]
    if settings is None:
        settings = picks_settings(lines, as_of, segments, exclude_products, sub_progress(progress, 0.0, 0.5),
                                  cancelled)
    uses_knn = bool(settings.weights[COMPONENTS.index("knn")])
    model = PicksModel(lines, as_of, segments, exclude_products, knn_soon=uses_knn)
    model.keep_gram = False  # one ridge only
    return customer_ids, settings, model


def customer_lists(lines: pd.DataFrame, customer_ids=None, n: int = 10, segments: pd.Series | None = None,
                   exclude_products=(), as_of=None, settings: PicksSettings | None = None,
                   max_rebuys: int | None = MAX_REBUYS, progress: ProgressCallback = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> dict[str, pd.DataFrame]:
    """Return {"picks", "buy-again", "discover"}: three frames with ``PICK_COLUMNS``, ``n`` rows per customer at
    most, made only from lines before ``as_of`` (default: every line).

    "picks" is the blend (its ``list`` column says which list each pick came from); "buy-again" holds only
    products the customer bought, "discover" only products they did not. ``max_rebuys`` caps the buy-again
    products in the blend. ``settings`` defaults to ``picks_settings``.
    """
    as_of = _as_of(lines, as_of)
    lines = lines[lines["ordered_at"] < as_of]
    known = lines[lines["customer_id"].notna()]
    empty = pd.DataFrame(columns=PICK_COLUMNS)
    if known.empty:
        return {LIST_PICKS: empty, LIST_AGAIN: empty.copy(), LIST_DISCOVER: empty.copy()}
    customer_ids, settings, model = _list_model(lines, known, customer_ids, as_of, segments, exclude_products,
                                                settings, progress, cancelled)
    first = lines.drop_duplicates("product_id")
    names = dict(zip(first["product_id"], first["product_name"]))
    group_source = "segment" if segments is not None and len(segments) else "country"
    again_scores = buy_again_scores(model.history, settings.half_life, settings.gamma, settings.beta)
    out = {LIST_PICKS: [], LIST_AGAIN: [], LIST_DISCOVER: []}
    for made in _list_blocks(model, customer_ids, settings, n, max_rebuys, progress, cancelled):
        for r, customer in enumerate(made.customer_ids):
            explain = _Explainer(model, made.rows[r], r, names, made.parts, made.blend[r], settings.weights,
                                 group_source, known_customer=not made.unknown[r], again_scores=again_scores)
            for key, columns, flags in ((LIST_PICKS, made.top[r], made.from_again[r]),
                                        (LIST_AGAIN, made.again[r], np.ones(n, dtype=bool)),
                                        (LIST_DISCOVER, made.discover[r], np.zeros(n, dtype=bool))):
                rank = 0
                for col, is_again in zip(columns, flags):
                    if col < 0:
                        continue
                    rank += 1
                    out[key].append((customer, rank, *explain(int(col), bool(is_again))))
    progress(1.0, DONE())
    return {key: pd.DataFrame(rows, columns=PICK_COLUMNS) for key, rows in out.items()}


@dataclass
class _Block:
    """One block of customers' lists as product columns (−1 = none), with the scores the reasons need."""

    customer_ids: list
    rows: np.ndarray  # model rows (0 for a customer without history: see ``unknown``)
    unknown: np.ndarray
    top: np.ndarray
    from_again: np.ndarray
    again: np.ndarray
    discover: np.ndarray
    parts: dict
    blend: np.ndarray


def _list_blocks(model: PicksModel, customer_ids: list, settings: PicksSettings, n: int, max_rebuys: int | None,
                 progress: ProgressCallback, cancelled: CancelCheck):
    """Yield a ``_Block`` per block of ``customer_ids`` (``row_blocks``): the blend, buy-again and discover
    columns; customers without history get the shop's bestsellers in discover."""
    rows_of = model.customers.get_indexer(pd.Index(customer_ids))
    for block in row_blocks(len(customer_ids), len(model.products)):
        check_cancelled(cancelled)
        progress(0.5 + 0.5 * block.start / max(1, len(customer_ids)), FINDING_PICKS())
        rows = rows_of[block]
        safe = np.where(rows >= 0, rows, 0)
        blocked = model.blocked(safe)
        used = [name for name, weight in zip(COMPONENTS, settings.weights) if weight] or ["local"]  # only what counts
        parts = model.components(safe, settings.ridge, used, blocked=blocked)
        blend = model.discover_scores(parts, settings.weights, blocked)
        discover = top_from_dense(blend, n)
        again = model.again_top(safe, settings, n)
        unknown = rows < 0
        if unknown.any():  # no history before as_of: the shop's bestsellers
            again[unknown] = -1
            discover[unknown] = model.bestsellers_top(safe[unknown], n, new_only=False)
        capped = again.copy()
        if max_rebuys is not None and max_rebuys < n:
            capped[:, max_rebuys:] = -1
        top, from_again = merge_lists(capped, discover, settings.again_precision, settings.discover_precision, n)
        yield _Block(customer_ids[block], safe, unknown, top, from_again, again, discover, parts, blend)


def customer_list_columns(lines: pd.DataFrame, customer_ids=None, n: int = 10, segments: pd.Series | None = None,
                          exclude_products=(), as_of=None, settings: PicksSettings | None = None,
                          max_rebuys: int | None = MAX_REBUYS, progress: ProgressCallback = no_progress,
                          cancelled: CancelCheck = never_cancelled) -> pd.DataFrame:
    """Return customer_id, list ("picks", "buy-again", "discover"), rank (1..n), product_id: the same lists as
    ``customer_lists`` without names, scores and reasons (much faster for many customers: offer files, the
    evaluation)."""
    columns = ["customer_id", "list", "rank", "product_id"]
    as_of = _as_of(lines, as_of)
    lines = model_lines(lines, as_of)
    known = lines
    if known.empty:
        return pd.DataFrame(columns=columns)
    customer_ids, settings, model = _list_model(lines, known, customer_ids, as_of, segments, exclude_products,
                                                settings, progress, cancelled)
    frames = []
    for made in _list_blocks(model, customer_ids, settings, n, max_rebuys, progress, cancelled):
        ids = np.asarray(made.customer_ids, dtype=np.int64)
        for key, top in ((LIST_PICKS, made.top), (LIST_AGAIN, made.again), (LIST_DISCOVER, made.discover)):
            valid = top >= 0
            rank = np.cumsum(valid, axis=1)  # lists are −1 only where shorter; ranks count the products kept
            r, c = np.nonzero(valid)
            frames.append(pd.DataFrame({"customer_id": ids[r], "list": key, "rank": rank[r, c],
                                        "product_id": model.products.to_numpy()[top[r, c]].astype(np.int64)}))
    progress(1.0, DONE())
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
    order = {LIST_PICKS: 0, LIST_AGAIN: 1, LIST_DISCOVER: 2}
    out = out.sort_values("list", key=lambda s: s.map(order), kind="stable")  # customers stay in the order asked
    return out[columns].reset_index(drop=True)


class _Explainer:
    """Names a pick's product, score, source, reason and list for one customer."""

    def __init__(self, model, row, block_index, names, parts, blend, weights, group_source, known_customer,
                 again_scores):
        self.model, self.row, self.row_index, self.names = model, row, block_index, names
        self.again_scores = again_scores
        self.parts, self.blend, self.weights = parts, blend, weights
        self.group_source, self.known = group_source, known_customer
        self.position = np.searchsorted(model.history.rows, row)

    def __call__(self, col: int, from_again: bool) -> tuple:
        model = self.model
        pid = int(model.products[col])
        name = self.names.get(pid)
        if from_again:
            h = model.history
            pair = self._pair(col)
            orders = int(h.orders[pair])
            if h.intervals_seen[col] >= 1:
                days = float(h.interval[col])
                reason = PICK_REBUY(orders=Count(orders, f"{orders}"), days=Number(days, f"{days:.0f}"))
            else:
                since = int(h.days_since[pair])
                reason = PICK_AGAIN(orders=Count(orders, f"{orders}"), since=Count(since, f"{since}"))
            return pid, name, round(float(self.again_scores[pair]), 4), "rebuy", reason, LIST_AGAIN
        if not self.known:
            return pid, name, 0.0, "shop", SOURCES["shop"], LIST_DISCOVER
        shares = {key: w * self.parts[key][self.row_index, col] for key, w in zip(COMPONENTS, self.weights) if w}
        best = max(shares, key=shares.get) if shares else "local"
        score = round(float(self.blend[col]), 4)
        if best == "local" or shares.get(best, 0) <= 0:
            return pid, name, score, self.group_source, SOURCES[self.group_source], LIST_DISCOVER
        similarity = model.rules if best == "rules" else model.knn
        anchor = anchor_products(model.data, similarity, self.row, [col])[0]
        source = "together" if best == "rules" else "similar"
        reason = PICK_SIMILAR(product=str(self.names.get(anchor, anchor))) if anchor is not None else PICK_LIKE()
        return pid, name, score, source, reason, LIST_DISCOVER

    def _pair(self, col: int) -> int:
        h = self.model.history
        start = self.position
        end = np.searchsorted(h.rows, self.row, side="right")
        return start + int(np.flatnonzero(h.cols[start:end] == col)[0])


def recommend(lines: pd.DataFrame, customer_ids=None, n: int = 10, segments: pd.Series | None = None,
              exclude_products=(), min_observations: int = 5, max_rebuys: int | None = MAX_REBUYS,
              progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled,
              as_of=None, settings: PicksSettings | None = None) -> pd.DataFrame:
    """Return the top ``n`` blended picks per customer from their order lines (``core.data.load_lines``).

    ``customer_ids`` defaults to every customer with orders; ``segments`` (customer_id → segment key) picks the
    group bestsellers (else the customer's country); ``exclude_products`` are never suggested; at most
    ``max_rebuys`` of the ``n`` are products the customer bought before; only lines before ``as_of`` count.
    ``min_observations`` is kept for old callers: every product's rhythm counts now, shrunk when seen rarely.
    Columns: customer_id, rank (1 = best), product_id, product_name, score, source (rebuy / similar / together /
    segment / country / shop), reason (a Message or plain text), list (buy-again / discover).
    """
    del min_observations
    return customer_lists(lines, customer_ids, n, segments, exclude_products, as_of, settings, max_rebuys,
                          progress, cancelled)[LIST_PICKS]


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


def lists_for_customer(db: sqlite_utils.Database, customer, n: int = 10, as_of=None) -> dict[str, pd.DataFrame]:
    """Return one customer's {"picks", "buy-again", "discover"} lists (``customer_lists``), without the
    customer_id column. ``customer`` is an id, the shop's customer number or an e-mail; only orders before
    ``as_of`` count (default: all; with a date the groups are countries, as segments see later orders).

    Raises UnknownCustomer when the customer does not exist or has no counted orders.
    """
    customer_id = resolve_customer(db, customer)
    lines = load_lines(db)
    if as_of is not None:
        lines = lines[lines["ordered_at"] < _as_of(lines, as_of)]
    if not (lines["customer_id"] == customer_id).any():
        raise UnknownCustomer(NO_ORDERS(customer=str(customer_id)))
    lists = customer_lists(lines, [customer_id], n, segments=customer_segment_keys(db) if as_of is None else None,
                           exclude_products=excluded_product_ids(db), as_of=as_of)
    return {key: frame.drop(columns=["customer_id"]) for key, frame in lists.items()}


def recommend_for_customer(db: sqlite_utils.Database, customer, n: int = 10, as_of=None) -> pd.DataFrame:
    """Return the ``n`` blended picks for one customer (id, customer number or e-mail; see ``recommend``).

    Raises UnknownCustomer when the customer does not exist or has no counted orders.
    """
    return lists_for_customer(db, customer, n, as_of)[LIST_PICKS]


EXPORT_COLUMNS = ["customer", "rank", "sku", "product", "list", "source"]


def shop_picks(db: sqlite_utils.Database, as_of=None, n: int = 10, progress: ProgressCallback = no_progress,
               cancelled: CancelCheck = never_cancelled) -> pd.DataFrame:
    """Return the blended picks of every customer who ordered before ``as_of`` (default: every order), made only
    from those orders. Columns: customer (the shop's own id, else e-mail), rank, sku, product, list, source.

    With ``as_of`` the groups are countries (segments would be computed from later orders too).
    """
    lines = load_lines(db, with_customer_only=True)
    segments = customer_segment_keys(db) if as_of is None else None
    picks = recommend(lines, None, n, segments=segments, exclude_products=excluded_product_ids(db),
                      progress=progress, cancelled=cancelled, as_of=as_of)
    if picks.empty:
        return pd.DataFrame(columns=EXPORT_COLUMNS)
    skus = dict(db.execute("SELECT id, sku FROM products").fetchall())
    own_ids = shop_customer_ids(db)
    return pd.DataFrame({"customer": picks["customer_id"].map(own_ids).to_numpy(), "rank": picks["rank"].to_numpy(),
                         "sku": picks["product_id"].map(skus).to_numpy(),
                         "product": picks["product_name"].to_numpy(), "list": picks["list"].to_numpy(),
                         "source": picks["source"].to_numpy()}, columns=EXPORT_COLUMNS)
