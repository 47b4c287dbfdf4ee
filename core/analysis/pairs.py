""""Customers who bought X also bought Y": pair rules computed with sparse matrices.

A basket is an order (or, for shops with one item per order, everything one customer bought within N days).
With X the baskets × products 0/1 matrix, ``XᵀX`` holds every pair's together-count on its off-diagonal and
every product's basket count on its diagonal, so support, confidence (both ways) and lift follow directly:

- support(A,B)      = together / baskets
- confidence(A→B)   = together / baskets with A
- lift(A,B)         = together × baskets / (baskets with A × baskets with B)

Outlier baskets (wholesale orders with very many distinct items) swamp pair counts; by default baskets with
more than ``max_basket_items`` distinct products are left out of the counting.

A pair bought together less often than chance would give (lift < 1: two popular products that rarely meet) is
never an "also bought" rule: ``pair_table``, ``rules_for`` and ``triple_table`` leave such pairs and sets out
(``at_least_chance``), so every screen, verb, snippet and chart that lists pairs gets only real ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp
import sqlite_utils

from core.catalog import product_by_handle, roll_up_lines
from core.data import load_lines
from core.errors import ShopkeeperError
from core.messages import Message, MessageTemplate, Number, count
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress
from core.store import get_setting, set_setting

BUILDING_BASKETS = MessageTemplate("pairs.progress.baskets", "Building baskets")
COUNTING_TOGETHER = MessageTemplate("pairs.progress.counting", "Counting products bought together")
LOOKING_FOR_TRIPLES = MessageTemplate("pairs.progress.triples", "Looking for sets of three")
DONE = MessageTemplate("progress.done", "Done")
NO_ORDERS = MessageTemplate("pairs.error.no_orders",
                            "This shop has no orders yet, so there is nothing bought together to show.")

PAIR_COLUMNS = ["product_a", "product_b", "name_a", "name_b", "together", "orders_a", "orders_b", "support",
                "confidence_ab", "confidence_ba", "lift"]
RULE_COLUMNS = ["product_id", "partner_id", "partner", "together", "orders_with_product", "orders_with_partner",
                "support", "confidence", "reverse_confidence", "lift", "reason"]
TRIPLE_COLUMNS = ["product_a", "product_b", "product_c", "name_a", "name_b", "name_c", "together", "support",
                  "confidence", "lift", "reason"]


class NotEnoughOrders(ShopkeeperError):
    """There are too few orders to find products that are bought together."""

    code = "not_enough_orders"


@dataclass
class PairOptions:
    """The owner's thresholds, in plain terms.

    ``min_together``: a pair is shown only when bought together in at least this many baskets.
    ``min_confidence`` / ``min_lift``: optional extra filters (0 = off; confidence is the larger direction).
    ``max_basket_items``: baskets with more distinct products than this are left out (None = keep all).
    ``customer_window_days``: None = baskets are orders; N = a customer's purchases within N days form a basket.
    """

    min_together: int = 3
    min_confidence: float = 0.0
    min_lift: float = 0.0
    max_basket_items: int | None = 100
    customer_window_days: int | None = None

    def to_dict(self) -> dict:
        """Return the options as a JSON-ready dict (for settings)."""
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict | None) -> "PairOptions":
        """Return options built from a settings dict, ignoring unknown keys."""
        data = data or {}
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Baskets:
    """The 0/1 baskets × products matrix and what its rows and columns are.

    ``matrix`` is CSR (int32 ones), ``product_ids`` maps columns to product ids, ``names`` product id → name,
    ``n_baskets`` counted baskets, ``dropped_outliers`` baskets left out for being too large.
    """

    matrix: sp.csr_matrix
    product_ids: np.ndarray
    names: dict = field(default_factory=dict)
    categories: dict = field(default_factory=dict)
    basket_unit: str = "orders"
    dropped_outliers: int = 0

    @property
    def n_baskets(self) -> int:
        """Return the number of baskets counted."""
        return int(self.matrix.shape[0])


def customer_window_baskets(lines: pd.DataFrame, days: int) -> pd.Series:
    """Return a basket key per line: a customer's orders within ``days`` of the basket's first order share one.

    Lines without a customer keep their own order as the basket. The result is aligned with ``lines.index``.
    """
    orders = (lines[["order_id", "customer_id", "ordered_at"]].drop_duplicates("order_id")
              .sort_values(["customer_id", "ordered_at", "order_id"]))
    basket_of_order: dict = {}
    window = pd.Timedelta(days=days)
    next_key = 0
    last_customer = object()
    start = None
    for order_id, customer, when in zip(orders["order_id"].to_numpy(), orders["customer_id"].to_numpy(),
                                        orders["ordered_at"]):
        if customer is pd.NA or pd.isna(customer):
            next_key += 1
            basket_of_order[order_id] = next_key
            last_customer = object()
            continue
        if customer != last_customer or when - start > window:
            next_key += 1
            start = when
            last_customer = customer
        basket_of_order[order_id] = next_key
    return lines["order_id"].map(basket_of_order)


def build_baskets(lines: pd.DataFrame, options: PairOptions | None = None) -> Baskets:
    """Return the Baskets (0/1 sparse matrix) for order lines from ``core.data.load_lines``.

    Applies the outlier cap and, when set, customer-level baskets within ``customer_window_days``.
    """
    options = options or PairOptions()
    if options.customer_window_days:
        basket_key = customer_window_baskets(lines, int(options.customer_window_days)).to_numpy()
        unit = "baskets"
    else:
        basket_key = lines["order_id"].to_numpy()
        unit = "orders"
    basket_codes, _ = pd.factorize(basket_key, sort=False)
    item_codes, product_ids = pd.factorize(lines["product_id"].to_numpy(), sort=True)
    n_rows = int(basket_codes.max()) + 1 if len(basket_codes) else 0
    # One entry per (basket, product): CSR construction sums repeated lines of a product, then 0/1.
    matrix = sp.csr_matrix((np.ones(len(item_codes), dtype=np.int32), (basket_codes, item_codes)),
                           shape=(n_rows, len(product_ids)))
    matrix.sum_duplicates()
    matrix.data[:] = 1
    dropped = 0
    if options.max_basket_items:
        sizes = np.diff(matrix.indptr)
        keep_basket = sizes <= options.max_basket_items
        dropped = int((~keep_basket).sum())
        if dropped:
            matrix = matrix[keep_basket]
    first = lines.drop_duplicates("product_id")
    names = dict(zip(first["product_id"], first["product_name"]))
    categories = dict(zip(first["product_id"], first["category"])) if "category" in first else {}
    return Baskets(matrix, np.asarray(product_ids), names, categories, unit, dropped)


def cooccurrence(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Return ``XᵀX`` for a 0/1 baskets × products matrix: together-counts off the diagonal, counts on it."""
    return (matrix.T.tocsr() @ matrix).tocsr()


def at_least_chance(together, n_baskets, count_a, count_b) -> np.ndarray:
    """Return a boolean array: True where a pair is bought together at least as often as chance would give.

    That is lift = together × baskets / (baskets with A × baskets with B) ≥ 1, compared in whole numbers (no
    rounding at exactly 1). Arguments are numbers or arrays of counts.
    """
    together = np.asarray(together, dtype=np.int64)
    count_a = np.asarray(count_a, dtype=np.int64)
    count_b = np.asarray(count_b, dtype=np.int64)
    return together * np.int64(n_baskets) >= count_a * count_b


def pair_table(baskets: Baskets, options: PairOptions | None = None, below_chance: bool = False) -> pd.DataFrame:
    """Return one row per unordered product pair bought together at least ``min_together`` times.

    Columns: product_a, product_b (product ids, a < b), name_a, name_b, together, orders_a, orders_b, support,
    confidence_ab (A→B), confidence_ba (B→A), lift. Sorted by together (most first), then lift. Pairs bought
    together less often than chance (lift < 1) are left out unless ``below_chance`` (the statistics of every pair).
    """
    options = options or PairOptions()
    n = baskets.n_baskets
    if n == 0:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    co = cooccurrence(baskets.matrix)
    counts = co.diagonal().astype(np.int64)
    # Upper triangle (A < B) with together ≥ threshold, read straight from the CSR arrays.
    rows = np.repeat(np.arange(co.shape[0], dtype=np.int32), np.diff(co.indptr))
    keep = (co.indices > rows) & (co.data >= max(1, int(options.min_together)))
    i, j, together = rows[keep], co.indices[keep], co.data[keep].astype(np.int64)
    count_i, count_j = counts[i], counts[j]
    conf_ij = together / count_i
    conf_ji = together / count_j
    lift = together * float(n) / (count_i.astype(np.float64) * count_j)
    keep = np.ones(len(together), dtype=bool) if below_chance else at_least_chance(together, n, count_i, count_j)
    if options.min_confidence:
        keep &= np.maximum(conf_ij, conf_ji) >= options.min_confidence
    if options.min_lift:
        keep &= lift >= options.min_lift
    ids = baskets.product_ids
    frame = pd.DataFrame({
        "product_a": ids[i[keep]], "product_b": ids[j[keep]],
        "together": together[keep], "orders_a": count_i[keep], "orders_b": count_j[keep],
        "support": together[keep] / float(n), "confidence_ab": conf_ij[keep], "confidence_ba": conf_ji[keep],
        "lift": lift[keep],
    })
    frame.insert(2, "name_a", frame["product_a"].map(baskets.names))
    frame.insert(3, "name_b", frame["product_b"].map(baskets.names))
    frame = frame.sort_values(["together", "lift", "product_a", "product_b"],
                              ascending=[False, False, True, True], kind="stable")
    return frame.reset_index(drop=True)


# A rule's reason: "{rule}; {chance}" (the rule in orders or baskets, then how it compares with chance).
RULE_IN_ORDERS = MessageTemplate("pairs.reason.orders", "bought together in {together} of {total} orders that "
                                                        "contain {product}")
RULE_IN_BASKETS = MessageTemplate("pairs.reason.baskets", "bought together in {together} of {total} baskets that "
                                                          "contain {product}")
ABOVE_CHANCE = MessageTemplate("pairs.chance.above", "{lift}× more often than by chance")
BELOW_CHANCE = MessageTemplate("pairs.chance.below", "less often than chance would give ({lift}×)")
ABOUT_CHANCE = MessageTemplate("pairs.chance.about", "about as often as chance would give")
RULE_REASON = MessageTemplate("pairs.reason", "{rule}; {chance}")
TRIPLE_IN_ORDERS = MessageTemplate("pairs.triple.orders", "all three bought together in {together} orders")
TRIPLE_IN_BASKETS = MessageTemplate("pairs.triple.baskets", "all three bought together in {together} baskets")
NO_PRODUCT = MessageTemplate("pairs.error.no_product",
                             "No product matches “{text}”; try its SKU or part of its name.")


def reason_text(together: int, orders_with_product: int, product_name: str, lift: float,
                unit: str = "orders") -> Message:
    """Return the plain-language reason for a rule (a Message).

    Example: "bought together in 23 of 410 orders that contain RED MUG; 5.2× more often than by chance".
    """
    rule = (RULE_IN_BASKETS if unit == "baskets" else RULE_IN_ORDERS)(
        together=count(together), total=count(orders_with_product), product=str(product_name))
    ratio = Number(float(lift), f"{lift:.1f}", 1)
    if lift >= 1.05:
        chance = ABOVE_CHANCE(lift=ratio)
    elif lift <= 0.95:
        chance = BELOW_CHANCE(lift=ratio)
    else:
        chance = ABOUT_CHANCE()
    return RULE_REASON(rule=rule, chance=chance)


def rules_for(pairs: pd.DataFrame, product_id: int, names: dict | None = None,
              unit: str = "orders", n_baskets: int | None = None, with_reasons: bool = True) -> pd.DataFrame:
    """Return the directed rules "product → partner" for one product, strongest first.

    Columns: product_id, partner_id, partner, together, orders_with_product, orders_with_partner, support,
    confidence (share of the product's baskets that also hold the partner), reverse_confidence, lift, reason.
    Sorted by together, then confidence, then lift. A pair below chance (lift < 1) never gives a rule, whatever
    table ``pairs`` is. Without ``with_reasons`` the reason column is None (a caller that shows a few rules makes
    those reasons with ``reason_text``: a popular product has thousands of rules).
    """
    pairs = pairs[(pairs["product_a"] == product_id) | (pairs["product_b"] == product_id)]
    if n_baskets:
        pairs = pairs[at_least_chance(pairs["together"], n_baskets, pairs["orders_a"], pairs["orders_b"])]
    else:
        pairs = pairs[pairs["lift"].astype(float) >= 1.0 - 1e-12]
    a = pairs[pairs["product_a"] == product_id]
    b = pairs[pairs["product_b"] == product_id]
    forward = pd.DataFrame({
        "product_id": product_id, "partner_id": a["product_b"], "partner": a["name_b"], "together": a["together"],
        "orders_with_product": a["orders_a"], "orders_with_partner": a["orders_b"], "support": a["support"],
        "confidence": a["confidence_ab"], "reverse_confidence": a["confidence_ba"], "lift": a["lift"]})
    backward = pd.DataFrame({
        "product_id": product_id, "partner_id": b["product_a"], "partner": b["name_a"], "together": b["together"],
        "orders_with_product": b["orders_b"], "orders_with_partner": b["orders_a"], "support": b["support"],
        "confidence": b["confidence_ba"], "reverse_confidence": b["confidence_ab"], "lift": b["lift"]})
    parts = [frame for frame in (forward, backward) if not frame.empty]
    if not parts:
        return pd.DataFrame(columns=RULE_COLUMNS)
    rules = pd.concat(parts, ignore_index=True)
    rules = rules.sort_values(["together", "confidence", "lift", "partner_id"],
                              ascending=[False, False, False, True], kind="stable").reset_index(drop=True)
    product_name = (names or {}).get(product_id, f"product {product_id}")
    rules["reason"] = [reason_text(int(t), int(o), product_name, float(li), unit)
                       for t, o, li in zip(rules["together"], rules["orders_with_product"], rules["lift"])] \
        if with_reasons else None
    return rules[RULE_COLUMNS]


def directed_rules(pairs: pd.DataFrame, product_ids, n_baskets: int | None = None) -> pd.DataFrame:
    """Return the directed rules "product → partner" of every product in ``product_ids`` at once: the rows
    ``rules_for`` gives each of them (reason None), the products in ascending id and each product's rules in
    ``rules_for``'s order (together, confidence, lift most first, then the lower partner id). Columns: RULE_COLUMNS.
    """
    wanted = np.asarray(sorted({int(p) for p in product_ids}), dtype=np.int64)
    if pairs.empty or not len(wanted):
        return pd.DataFrame(columns=RULE_COLUMNS)
    column = {name: pairs[name].to_numpy() for name in PAIR_COLUMNS}
    if n_baskets:
        chance = at_least_chance(column["together"], n_baskets, column["orders_a"], column["orders_b"])
    else:
        chance = column["lift"].astype(float) >= 1.0 - 1e-12
    forward = chance & np.isin(column["product_a"], wanted)
    backward = chance & np.isin(column["product_b"], wanted)

    def both(forward_name: str, backward_name: str) -> np.ndarray:
        return np.concatenate([column[forward_name][forward], column[backward_name][backward]])

    rules = pd.DataFrame({
        "product_id": both("product_a", "product_b"), "partner_id": both("product_b", "product_a"),
        "partner": both("name_b", "name_a"), "together": both("together", "together"),
        "orders_with_product": both("orders_a", "orders_b"), "orders_with_partner": both("orders_b", "orders_a"),
        "support": both("support", "support"), "confidence": both("confidence_ab", "confidence_ba"),
        "reverse_confidence": both("confidence_ba", "confidence_ab"), "lift": both("lift", "lift"),
        "reason": None})
    order = np.lexsort((rules["partner_id"].to_numpy(), -rules["lift"].to_numpy(dtype=float),
                        -rules["confidence"].to_numpy(dtype=float), -rules["together"].to_numpy(dtype=np.int64),
                        rules["product_id"].to_numpy()))
    return rules.iloc[order].reset_index(drop=True)


def triple_table(baskets: Baskets, pairs: pd.DataFrame, min_together: int = 3, max_pairs: int = 300,
                 max_triples: int | None = 1000, below_chance: bool = False) -> pd.DataFrame:
    """Return sets of three products bought together at least ``min_together`` times (bundle ideas).

    Only the ``max_pairs`` most frequent pairs are extended with a third product (a set of three can only be
    frequent when its pairs are); at most ``max_triples`` sets are returned, most frequent first. Columns:
    product_a < product_b < product_c, names, together, support, confidence (share of the A+B baskets that also
    hold C), lift (together × n² / (nA × nB × nC)), reason.
    Sets bought together less often than chance (lift < 1) are left out unless ``below_chance``.
    """
    n = baskets.n_baskets
    if n == 0 or pairs.empty:
        return pd.DataFrame(columns=TRIPLE_COLUMNS)
    top = pairs.head(max_pairs)
    index_of = {pid: k for k, pid in enumerate(baskets.product_ids)}
    csc = baskets.matrix.tocsc()
    counts = np.asarray(csc.sum(axis=0)).ravel().astype(np.int64)
    rows_list, cols_list = [], []
    for k, (a, b) in enumerate(zip(top["product_a"], top["product_b"])):
        ia, ib = index_of[a], index_of[b]
        both = np.intersect1d(csc.indices[csc.indptr[ia]:csc.indptr[ia + 1]],
                              csc.indices[csc.indptr[ib]:csc.indptr[ib + 1]], assume_unique=True)
        rows_list.append(both)
        cols_list.append(np.full(len(both), k))
    rows = np.concatenate(rows_list)
    cols = np.concatenate(cols_list)
    both_matrix = sp.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(n, len(top)))
    third = (baskets.matrix.T.tocsr() @ both_matrix).tocoo()  # products × pairs: baskets with A, B and C
    pair_a = np.array([index_of[a] for a in top["product_a"]])
    pair_b = np.array([index_of[b] for b in top["product_b"]])
    c_idx, pair_idx, together = third.row, third.col, third.data.astype(np.int64)
    ia, ib = pair_a[pair_idx], pair_b[pair_idx]
    keep = (together >= min_together) & (c_idx != ia) & (c_idx != ib)
    c_idx, pair_idx, together, ia, ib = c_idx[keep], pair_idx[keep], together[keep], ia[keep], ib[keep]
    if len(c_idx) == 0:
        return pd.DataFrame(columns=TRIPLE_COLUMNS)
    trio = np.sort(np.stack([ia, ib, c_idx], axis=1), axis=1)
    frame = pd.DataFrame({"ia": trio[:, 0], "ib": trio[:, 1], "ic": trio[:, 2], "together": together})
    frame = frame.drop_duplicates(["ia", "ib", "ic"]).sort_values(["together", "ia", "ib", "ic"],
                                                                  ascending=[False, True, True, True])
    if max_triples:
        frame = frame.head(max_triples)
    ids = baskets.product_ids
    na, nb, nc = counts[frame["ia"]], counts[frame["ib"]], counts[frame["ic"]]
    t = frame["together"].to_numpy()
    # Confidence of the strongest "two → third" direction: the pair of the three bought together least often,
    # counted from the baskets (``pairs`` may leave out pairs below chance, or below the owner's thresholds).
    involved, local = np.unique(frame[["ia", "ib", "ic"]].to_numpy().T.ravel(), return_inverse=True)
    sub = csc[:, involved]
    co_sub = (sub.T.tocsr() @ sub).tocsr()  # together-counts among the products of these sets only
    fa, fb, fc = local.reshape(3, -1)

    def together_of(x, y):
        return np.asarray(co_sub[x, y]).ravel().astype(np.int64)

    weakest = np.minimum(np.minimum(together_of(fa, fb), together_of(fa, fc)), together_of(fb, fc))
    conf = t / weakest
    out = pd.DataFrame({
        "product_a": ids[frame["ia"]], "product_b": ids[frame["ib"]], "product_c": ids[frame["ic"]],
        "together": t, "support": t / float(n), "confidence": conf,
        "lift": t * float(n) * n / (na.astype(np.float64) * nb * nc)})
    for key, col in (("name_a", "product_a"), ("name_b", "product_b"), ("name_c", "product_c")):
        out[key] = out[col].map(baskets.names)
    if not below_chance:
        out = out[t * float(n) * n >= na.astype(np.float64) * nb * nc]
    triple = TRIPLE_IN_BASKETS if baskets.basket_unit == "baskets" else TRIPLE_IN_ORDERS
    out["reason"] = [triple(together=count(tt)) for tt in out["together"]]
    out = out.sort_values(["together", "lift"], ascending=[False, False], kind="stable")
    return out[TRIPLE_COLUMNS].reset_index(drop=True)


def _rule_reason(names: dict, unit: str, rule) -> Message:
    product_name = names.get(rule.product_id, f"product {rule.product_id}")
    return reason_text(int(rule.together), int(rule.orders_with_product), product_name, float(rule.lift), unit)


@dataclass
class PairResult:
    """Everything the "Also bought" screen needs: the pair table, bundles and the basket facts."""

    pairs: pd.DataFrame
    triples: pd.DataFrame
    names: dict
    categories: dict
    product_counts: dict
    n_baskets: int
    basket_unit: str
    dropped_outliers: int
    options: PairOptions
    # Pairs bought together often enough to count (min_together) but less often than chance: product_a, product_b.
    below_chance: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["product_a", "product_b"]))

    def rules_for(self, product_id: int, with_reasons: bool = True) -> pd.DataFrame:
        """Return the product's directed rules (see ``rules_for``)."""
        return rules_for(self.pairs.iloc[self._pair_rows(product_id)], product_id, self.names, self.basket_unit,
                         self.n_baskets, with_reasons)

    def rule_reason(self, rule) -> Message:
        """Return the reason ``rules_for`` gives a rule (a row of it, e.g. from ``itertuples``)."""
        return _rule_reason(self.names, self.basket_unit, rule)

    def _pair_rows(self, product_id: int) -> np.ndarray:
        """Return the positions in ``pairs`` of the product's pairs, in table order (an index built once: a
        snippet asks for hundreds of products, each a scan of up to a million pairs otherwise)."""
        index = self.__dict__.get("_rows_by_product")
        if index is None:
            ends = np.concatenate([self.pairs["product_a"].to_numpy(), self.pairs["product_b"].to_numpy()])
            rows = np.tile(np.arange(len(self.pairs)), 2)
            order = np.lexsort((rows, ends))
            keys, starts = np.unique(ends[order], return_index=True)
            groups = np.split(rows[order], starts[1:]) if len(keys) else []
            index = self.__dict__["_rows_by_product"] = dict(zip(keys.tolist(), groups))
        return index.get(int(product_id), np.empty(0, dtype=np.int64))

    def below_chance_partners(self, product_id: int) -> set[int]:
        """Return the products bought with this one often enough to count, but less often than chance: a
        list of "also bought" products must not offer them (not even as a bestseller filling a gap)."""
        frame = self.below_chance
        return {int(p) for p in frame.loc[frame["product_a"] == product_id, "product_b"]} | \
            {int(p) for p in frame.loc[frame["product_b"] == product_id, "product_a"]}


def compute_pairs(lines: pd.DataFrame, options: PairOptions | None = None, with_triples: bool = True,
                  progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled) -> PairResult:
    """Return a PairResult (pair rules, triples, counts) for order lines from ``core.data.load_lines``."""
    options = options or PairOptions()
    progress(0.0, BUILDING_BASKETS())
    baskets = build_baskets(lines, options)
    check_cancelled(cancelled)
    progress(0.3, COUNTING_TOGETHER())
    every = pair_table(baskets, options, below_chance=True)
    chance = at_least_chance(every["together"], baskets.n_baskets, every["orders_a"], every["orders_b"])
    pairs = every[chance].reset_index(drop=True)
    check_cancelled(cancelled)
    triples = pd.DataFrame(columns=TRIPLE_COLUMNS)
    if with_triples:
        progress(0.7, LOOKING_FOR_TRIPLES())
        triples = triple_table(baskets, pairs, options.min_together)
    counts = np.asarray(baskets.matrix.sum(axis=0)).ravel()
    product_counts = dict(zip(baskets.product_ids.tolist(), counts.tolist()))
    progress(1.0, DONE())
    return PairResult(pairs, triples, baskets.names, baskets.categories, product_counts, baskets.n_baskets,
                      baskets.basket_unit, baskets.dropped_outliers, options,
                      every.loc[~chance, ["product_a", "product_b"]].reset_index(drop=True))


@dataclass
class ProductRules:
    """The rules of some products only, counted as ``compute_pairs`` counts them: what their "also bought"
    lists need (``core.analysis.merchandising.also_bought_lists``) without every pair of the shop.

    ``rules``: ``directed_rules`` of ``products`` (the rows ``PairResult.rules_for`` gives each, reason None);
    ``below_chance``: product → partners bought with it often enough to count but less often than chance.
    """

    products: set
    rules: pd.DataFrame
    below_chance: dict
    names: dict
    n_baskets: int
    basket_unit: str

    def rule_reason(self, rule) -> Message:
        """Return the reason ``rules_for`` gives a rule (``PairResult.rule_reason``)."""
        return _rule_reason(self.names, self.basket_unit, rule)

    def below_chance_partners(self, product_id: int) -> set[int]:
        """Return the product's partners below chance (``PairResult.below_chance_partners``)."""
        return set(self.below_chance.get(int(product_id), ()))


def product_rules(lines: pd.DataFrame, product_ids, options: PairOptions | None = None) -> ProductRules:
    """Return the ProductRules of ``product_ids`` for order lines from ``core.data.load_lines``: the same rules
    and figures ``compute_pairs(lines, options)`` gives them, counting only their rows of ``XᵀX``."""
    options = options or PairOptions()
    wanted = sorted({int(p) for p in product_ids})
    baskets = build_baskets(lines, options)
    n, ids = baskets.n_baskets, baskets.product_ids
    done = ProductRules(set(wanted), pd.DataFrame(columns=RULE_COLUMNS), {}, baskets.names, n, baskets.basket_unit)
    columns = np.searchsorted(ids, wanted) if len(ids) else np.empty(0, dtype=np.int64)
    found = columns < len(ids)
    columns = columns[found][ids[columns[found]] == np.asarray(wanted, dtype=ids.dtype)[found]]
    if n == 0 or not len(columns):
        return done
    counts = np.asarray(baskets.matrix.sum(axis=0)).ravel().astype(np.int64)  # XᵀX's diagonal
    # the wanted products' rows of XᵀX: products × products, only those rows
    block = (baskets.matrix.tocsc()[:, columns].T.tocsr() @ baskets.matrix).tocsr()
    own = np.repeat(columns, np.diff(block.indptr))
    other = block.indices
    keep = (other != own) & (block.data >= max(1, int(options.min_together)))
    own, other, together = own[keep], other[keep], block.data[keep].astype(np.int64)
    count_own, count_other = counts[own], counts[other]
    low = np.where(own < other, count_own, count_other)  # pair_table's A (the lower column) and B
    high = np.where(own < other, count_other, count_own)
    confidence = together / count_own
    reverse = together / count_other
    lift = together * float(n) / (low.astype(np.float64) * high)
    keep = np.ones(len(together), dtype=bool)
    if options.min_confidence:
        keep &= np.maximum(confidence, reverse) >= options.min_confidence
    if options.min_lift:
        keep &= lift >= options.min_lift
    chance = at_least_chance(together, n, count_own, count_other)
    below = {}
    for product, partner in zip(ids[own[keep & ~chance]].tolist(), ids[other[keep & ~chance]].tolist()):
        below.setdefault(int(product), set()).add(int(partner))
    keep &= chance
    name_of = np.array([baskets.names.get(pid) for pid in ids.tolist()], dtype=object)
    rules = pd.DataFrame({
        "product_id": ids[own[keep]], "partner_id": ids[other[keep]], "partner": name_of[other[keep]],
        "together": together[keep], "orders_with_product": count_own[keep], "orders_with_partner": count_other[keep],
        "support": together[keep] / float(n), "confidence": confidence[keep], "reverse_confidence": reverse[keep],
        "lift": lift[keep], "reason": None})
    order = np.lexsort((rules["partner_id"].to_numpy(), -rules["lift"].to_numpy(), -rules["confidence"].to_numpy(),
                        -rules["together"].to_numpy(), rules["product_id"].to_numpy()))
    done.rules, done.below_chance = rules.iloc[order].reset_index(drop=True), below
    return done


TOP_PAIR_COLUMNS = ["product_a", "product_b", "name_a", "name_b", "orders", "support", "lift", "orders_a",
                    "orders_b"]


def strongest_pairs(result: PairResult, n: int = 10) -> pd.DataFrame:
    """Return the ``n`` pairs of ``result`` bought together in the most baskets (the owner's thresholds apply:
    ``result`` was computed with them), then by lift.

    Columns: product_a, product_b (ids, a < b), name_a, name_b, orders (baskets holding both), support, lift,
    orders_a, orders_b.
    """
    pairs = result.pairs.rename(columns={"together": "orders"})
    if pairs.empty:
        return pd.DataFrame(columns=TOP_PAIR_COLUMNS)
    pairs = pairs.sort_values(["orders", "lift", "product_a", "product_b"], ascending=[False, False, True, True],
                              kind="stable").head(n)
    return pairs[TOP_PAIR_COLUMNS].reset_index(drop=True)


SETTING_OPTIONS = "also_bought.options"


def load_pair_options(db: sqlite_utils.Database) -> PairOptions:
    """Return the owner's saved pair thresholds (defaults when never saved)."""
    return PairOptions.from_dict(get_setting(db, SETTING_OPTIONS, {}))


def save_pair_options(db: sqlite_utils.Database, options: PairOptions) -> None:
    """Save the owner's pair thresholds in the shop; returns None."""
    set_setting(db, SETTING_OPTIONS, options.to_dict())


def shop_pairs(db: sqlite_utils.Database, options: PairOptions | None = None, with_triples: bool = True,
               progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled) -> PairResult:
    """Return the PairResult for the whole shop (saved thresholds unless ``options`` is given); variants count as
    their product (``core.catalog.roll_up_lines``)."""
    options = options or load_pair_options(db)
    lines = roll_up_lines(db, load_lines(db))  # a variant's sales count for its product (core.catalog)
    if lines.empty:
        raise NotEnoughOrders(NO_ORDERS())
    return compute_pairs(lines, options, with_triples, progress, cancelled)


def shop_product_rules(db: sqlite_utils.Database, product_ids, options: PairOptions | None = None) -> ProductRules:
    """Return the ProductRules of ``product_ids`` (products, not variants) for the whole shop: their part of
    ``shop_pairs(db, options)`` (saved thresholds unless ``options`` is given)."""
    options = options or load_pair_options(db)
    lines = roll_up_lines(db, load_lines(db))  # a variant's sales count for its product (core.catalog)
    if lines.empty:
        raise NotEnoughOrders(NO_ORDERS())
    return product_rules(lines, product_ids, options)


def find_product(db: sqlite_utils.Database, text: str) -> int:
    """Return the product id for a product id, SKU, handle, product link or (part of a) name; raises
    ShopkeeperError when not found."""
    text = str(text).strip()
    row = db.execute("SELECT id FROM products WHERE sku = ? COLLATE NOCASE AND is_product = 1 LIMIT 1",
                     [text]).fetchone()
    if row:
        return int(row[0])
    if text.isdigit():
        row = db.execute("SELECT id FROM products WHERE id = ?", [int(text)]).fetchone()
        if row:
            return int(row[0])
    by_handle = product_by_handle(db, text)  # the shop's handle or product link (a catalog's, or an import's)
    if by_handle is not None:
        return by_handle
    rows = db.execute("SELECT id, name FROM products WHERE name LIKE ? AND is_product = 1 ORDER BY id LIMIT 2",
                      [f"%{text}%"]).fetchall()
    if not rows:
        raise ShopkeeperError(NO_PRODUCT(text=text))
    exact = [r for r in rows if r[1].lower() == text.lower()]
    return int((exact or rows)[0][0])
