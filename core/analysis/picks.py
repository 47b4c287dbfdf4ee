"""The picks model: a **Buy again** list, a **Discover** list and their blend, with settings chosen on validation
windows before the date the picks are made for.

- Buy again: ``core.analysis.buy_again`` scores of the customer's own products (half-life, γ, β chosen on
  validation).
- Discover: products new to the customer, a weighted sum of four candidate scores, each scaled to 0..1 per
  customer: EASE (λ chosen on validation, ``RIDGES`` climbed from the middle: ``_climb_ridges``), item-kNN,
  co-purchase rules (``core.analysis.ease``) and the bestsellers of the customer's group (segment, else country;
  the share of the group's customers who bought it, shrunk towards the shop's share). The weights are chosen on
  validation for the discover measure.
- Picks: both lists merged by how often each list's rank r was bought in the validation windows (a per-rank hit
  rate), so when buy-again's first products are bought more often than anything new the picks start with them.

Validation windows end at the date the picks are made for: the last ``holdout_weeks`` before it (and the
``holdout_weeks`` before those when there is history enough and the last holds fewer than
``ONE_SPLIT_CUSTOMERS``), trained on what came before each, at most ``MAX_VALIDATION_CUSTOMERS`` customers each.
Nothing on or after that date is used. Excluded products (``merchandising.excluded_product_ids``) are in no list.

Big shops: scores are made a block of customers at a time (``row_blocks``, float32), never customers × products
at once, and the weights search ranks every weighting from each component's best candidates (``blend_tops``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
import scipy.sparse as sp

from core.analysis.buy_again import buy_again_scores, frequency_recency_scores, purchase_history, restrict_history
from core.analysis.ease import (
    EaseModel,
    ease_columns,
    ease_gram,
    ease_scores,
    fit_ease,
    interactions,
    knn_and_gram,
    knn_similarity,
    neighbour_scores,
    rule_confidence,
)
from core.analysis.ranking import hits_of, per_customer_metrics, top_from_dense, top_from_pairs
from core.messages import MessageTemplate
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress

TUNING = MessageTemplate("picks.progress.tuning", "Choosing the picks' settings on earlier weeks")

K = 10
HALF_LIVES = (90.0, 365.0, np.inf)
GAMMAS = (0.0, 0.5, 1.0)
BETAS = (0.0, 1.0)
RIDGES = (20.0, 100.0, 500.0)
COMPONENTS = ("ease", "knn", "rules", "local")
# (ease, knn, rules, local) weights tried on validation; sparse shops (partial baskets) chose a large group
# bestseller share, dense ones EASE with a little of the rules
WEIGHT_GRID = ((1.0, 0.0, 0.0, 0.0), (1.0, 0.3, 0.0, 0.0), (1.0, 0.0, 0.3, 0.0), (1.0, 0.0, 0.0, 0.2),
               (1.0, 0.3, 0.3, 0.2), (1.0, 0.0, 0.0, 0.5), (0.5, 0.5, 0.3, 0.2), (1.0, 0.3, 0.0, 0.5),
               (1.0, 0.0, 0.0, 1.0), (1.0, 0.0, 0.0, 2.0), (1.0, 0.3, 0.0, 1.0), (1.0, 0.0, 0.3, 1.0),
               (1.0, 0.0, 0.0, 4.0), (1.0, 0.0, 0.3, 2.0))
GROUP_PRIOR = 10.0  # pseudo-customers pulling a group's bestseller shares towards the shop's
VALIDATION_SPLITS = 2
MIN_TRAIN_DAYS = 28
# A validation window with ONE_SPLIT_CUSTOMERS customers is enough alone, and a fixed random sample of that many
# is enough to choose the settings: 1,500 chose what 3,000 chose on the benchmark shops (benchmarks/README.md).
ONE_SPLIT_CUSTOMERS = 1500
MAX_VALIDATION_CUSTOMERS = ONE_SPLIT_CUSTOMERS
CANDIDATES = 50  # per component, for ranking many weightings at once (``blend_tops``)
ROW_BUDGET = 2_000_000  # cells of one dense customers × products block (8 MB of float32 scores)


def row_blocks(n_rows: int, n_products: int, budget: int | None = None) -> list[slice]:
    """Return slices of at most ``budget / n_products`` rows (at least 16; default budget ``ROW_BUDGET``)
    covering ``n_rows``: dense score blocks stay small however many customers and products the shop has."""
    size = max(16, (ROW_BUDGET if budget is None else budget) // max(n_products, 1))
    return [slice(start, min(start + size, n_rows)) for start in range(0, n_rows, size)]


def default_precision() -> np.ndarray:
    """Return the per-rank hit rates used before any validation: buy-again's first products first."""
    return 0.5 / np.arange(1, K + 1)


@dataclass
class PicksSettings:
    """What the validation windows chose (or the defaults when there is too little history)."""

    half_life: float = 365.0
    gamma: float = 0.5
    beta: float = 0.0
    ridge: float = 100.0
    weights: tuple = (1.0, 0.0, 0.0, 0.2)
    again_precision: np.ndarray = field(default_factory=default_precision)
    discover_precision: np.ndarray = field(default_factory=lambda: 0.5 * default_precision())
    validated_customers: int = 0


MODEL_COLUMNS = ("order_id", "customer_id", "ordered_at", "product_id", "product_name", "country")


def model_lines(lines: pd.DataFrame, before: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return the lines with a customer (ordered before ``before`` when given) and only the columns the picks read
    (``MODEL_COLUMNS`` present in ``lines``): the many filtered copies a model and its validation windows make
    stay small."""
    keep = lines["customer_id"].notna()
    if before is not None:
        keep &= lines["ordered_at"] < before
    return lines.loc[keep, [c for c in MODEL_COLUMNS if c in lines.columns]]


def customer_groups(lines: pd.DataFrame, segments: pd.Series | None = None) -> pd.Series:
    """Return customer_id → group label for group bestsellers: ``segments`` when given, else each customer's most
    frequent country in ``lines``."""
    if segments is not None and len(segments):
        return segments
    known = lines[lines["customer_id"].notna() & lines["country"].notna()] if "country" in lines else lines.head(0)
    if known.empty:
        return pd.Series(dtype=object)
    counts = known.groupby([known["customer_id"].astype("int64"), "country"]).size().reset_index(name="n")
    counts = counts.sort_values(["customer_id", "n", "country"], ascending=[True, False, True])
    first = counts.drop_duplicates("customer_id")
    return pd.Series(first["country"].to_numpy(), index=first["customer_id"].to_numpy())


class PicksModel:
    """Everything the lists need, learnt from order lines strictly before ``as_of``."""

    def __init__(self, lines: pd.DataFrame, as_of: pd.Timestamp, segments: pd.Series | None = None,
                 exclude_products=(), knn_soon: bool = False):
        known = lines[lines["customer_id"].notna() & (lines["ordered_at"] < as_of)]
        self.as_of = as_of
        self.data = interactions(known)
        self.customers = pd.Index(self.data.customer_ids)
        self.products = pd.Index(self.data.product_ids)
        self.history = purchase_history(known, self.customers, self.products, as_of)
        self.excluded = self.products.isin(list(exclude_products))
        self.ease_cols = ease_columns(self.data)
        self._gram = None
        self.keep_gram = True  # for fitting other ridges; a model that needs one ridge only sets this False
        self._ease: dict[float, EaseModel] = {}
        self._knn = None
        self.knn_soon = knn_soon  # the kNN similarity will be wanted: made with the Gram matrix, in one pass
        self._rules = None
        self._groups = customer_groups(known, segments)
        self._local = None
        self.buyers = np.asarray(self.data.owned.sum(axis=0)).ravel()
        self._history_cache = None

    # ---- candidate scores
    def ease(self, ridge: float) -> EaseModel:
        """Return the EASE model with ridge ``ridge`` (fitted once)."""
        if ridge not in self._ease:
            gram = self._gram
            if gram is None and self.knn_soon and self._knn is None:
                self._knn, gram = knn_and_gram(self.data, self.ease_cols)
            if gram is None:
                gram = ease_gram(self.data, self.ease_cols)
            self._ease[ridge] = fit_ease(self.data, ridge, self.ease_cols, gram)
            self._gram = gram if self.keep_gram else None
        return self._ease[ridge]

    def drop_gram(self) -> None:
        """Free the Gram matrix kept for fitting other ridges (a products² matrix); returns None."""
        self.keep_gram, self._gram = False, None

    def fitted_ridges(self) -> set:
        """Return the ridges whose EASE model is fitted and kept."""
        return set(self._ease)

    def forget_ease(self, keep: float) -> None:
        """Drop the fitted EASE models of every ridge but ``keep`` (each is a products² matrix); returns None."""
        self._ease = {ridge: model for ridge, model in self._ease.items() if ridge == keep}

    @property
    def knn(self) -> sp.csr_matrix:
        """Return the item-kNN similarity."""
        if self._knn is None:
            self._knn = knn_similarity(self.data)
        return self._knn

    @property
    def rules(self) -> sp.csr_matrix:
        """Return the co-purchase rule confidences."""
        if self._rules is None:
            self._rules = rule_confidence(self.data)
        return self._rules

    def local_scores(self, rows: np.ndarray) -> np.ndarray:
        """Return each customer's group bestseller share per product (shrunk towards the shop's share)."""
        if self._local is None:
            shop = self.buyers / max(len(self.customers), 1)
            labels = self._groups.reindex(self.customers).to_numpy()
            codes, uniques = pd.factorize(labels)  # −1: no group
            shares = np.tile(shop, (len(uniques) + 1, 1))
            for g in range(len(uniques)):
                members = np.flatnonzero(codes == g)
                bought = np.asarray(self.data.owned[members].sum(axis=0)).ravel()
                shares[g] = (bought + GROUP_PRIOR * shop) / (len(members) + GROUP_PRIOR)
            self._local = (codes, shares)
        codes, shares = self._local
        return shares[np.where(codes[rows] >= 0, codes[rows], shares.shape[0] - 1)]

    def blocked(self, rows: np.ndarray) -> np.ndarray:
        """Return a dense bool block (customers ``rows`` × products): True where the product may not be discovered
        (the customer owns it, or it is excluded)."""
        return (self.data.owned[rows].toarray() > 0) | self.excluded

    def components(self, rows: np.ndarray, ridge: float, names=COMPONENTS,
                   blocked: np.ndarray | None = None) -> dict[str, np.ndarray]:
        """Return the discover scores ``names`` (customers ``rows`` × products, float32), each scaled so a row's
        best unblocked product is 1 (``blocked`` = ``self.blocked(rows)`` when not given)."""
        makers = {"ease": lambda: ease_scores(self.data, self.ease(ridge), rows),
                  "knn": lambda: neighbour_scores(self.data, self.knn, rows),
                  "rules": lambda: neighbour_scores(self.data, self.rules, rows),
                  "local": lambda: self.local_scores(rows)}
        blocked = self.blocked(rows) if blocked is None else blocked
        out = {}
        for name in names:  # one component's dense block at a time, scaled in place
            scores = np.asarray(makers[name](), dtype=np.float32)
            if not scores.flags.writeable or scores.base is not None:
                scores = scores.copy()
            best = np.max(np.where(blocked, np.float32(-np.inf), scores), axis=1, initial=np.float32(0.0))
            scores /= np.where(best > 0, best, np.float32(1.0))[:, None]
            out[name] = scores
        return out

    def discover_scores(self, components: dict[str, np.ndarray], weights,
                        blocked: np.ndarray | None = None) -> np.ndarray:
        """Return the weighted sum of ``components`` (a new float32 array; −inf where ``blocked`` is True)."""
        total = scratch = None
        for name, w in zip(COMPONENTS, weights):
            if not w:
                continue
            if total is None:
                total = np.multiply(components[name], np.float32(w))
            else:
                scratch = np.multiply(components[name], np.float32(w), out=scratch)
                total += scratch
        if total is None:
            total = np.zeros_like(next(iter(components.values())))
        if blocked is not None:
            np.putmask(total, blocked, np.float32(-np.inf))
        return total

    # ---- lists
    def again_top(self, rows: np.ndarray, settings: PicksSettings, k: int = K, baseline: bool = False) -> np.ndarray:
        """Return the buy-again top-k (product columns) for customers ``rows``; ``baseline`` = plain frequency and
        recency."""
        position, h = self._history_of(rows)
        scores = frequency_recency_scores(h) if baseline else buy_again_scores(h, settings.half_life,
                                                                                 settings.gamma, settings.beta)
        return top_from_pairs(position[h.rows], h.cols, scores, len(rows), k, self.excluded, cols_ascending=True)

    def _history_of(self, rows: np.ndarray):
        """Return (position of each model row in ``rows`` or −1, the purchase history of those rows only); the
        last one is kept, as the settings' search asks for the same rows many times."""
        key = (len(rows), rows.tobytes())
        if self._history_cache is None or self._history_cache[0] != key:
            position = np.full(len(self.customers), -1)
            position[rows] = np.arange(len(rows))
            self._history_cache = (key, position, restrict_history(self.history, position[self.history.rows] >= 0))
        return self._history_cache[1], self._history_cache[2]

    def scored_top(self, scores: np.ndarray, rows: np.ndarray, k: int = K, new_only: bool = True,
                   blocked: np.ndarray | None = None) -> np.ndarray:
        """Return the top-k of dense ``scores`` (excluded products out; owned ones too when ``new_only``;
        ``blocked`` = ``self.blocked(rows)`` may be passed when already made)."""
        if new_only:
            blocked = self.blocked(rows) if blocked is None else blocked
        else:
            blocked = np.broadcast_to(self.excluded, scores.shape)
        return top_from_dense(scores, k, blocked)

    def bestsellers_top(self, rows: np.ndarray, k: int = K, new_only: bool = False) -> np.ndarray:
        """Return the shop's bestsellers (most buyers, ties by column; excluded products out) for every customer;
        ``new_only`` leaves out owned products: each row takes the first ``k`` of the shop's order it does not
        own."""
        order = np.lexsort((np.arange(len(self.buyers)), -self.buyers))
        order = order[~self.excluded[order]]
        top = np.full((len(rows), k), -1, dtype=np.int64)
        if not new_only or not len(rows):
            top[:, :min(k, len(order))] = order[:k]
            return top
        owned = self.data.owned[rows]
        # a row owning m products finds its k within the shop's first k + m
        head = order[:k + int(np.diff(owned.indptr).max(initial=0))]
        free = owned[:, head].toarray() == 0
        rank = np.cumsum(free, axis=1)
        r, c = np.nonzero(free & (rank <= k))
        top[r, rank[r, c] - 1] = head[c]
        return top

    def discover_top(self, rows: np.ndarray, ridge: float, weights, k: int = K) -> np.ndarray:
        """Return the Discover top-k (product columns) for customers ``rows``, worked out a block at a time."""
        tops = []
        for block in row_blocks(len(rows), len(self.products)):
            blocked = self.blocked(rows[block])
            scores = self.discover_scores(self.components(rows[block], ridge, blocked=blocked), weights, blocked)
            tops.append(top_from_dense(scores, k, overwrite=True))
        return np.vstack(tops) if tops else np.zeros((0, k), dtype=np.int64)

    def picks_top(self, rows: np.ndarray, settings: PicksSettings, k: int = K,
                  discover: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Return (top-k product columns, True where the pick comes from buy-again) of the blended picks."""
        again = self.again_top(rows, settings, k)
        if discover is None:
            discover = self.discover_top(rows, settings.ridge, settings.weights, k)
        return merge_lists(again, discover, settings.again_precision, settings.discover_precision, k)


def merge_lists(again: np.ndarray, discover: np.ndarray, again_precision: np.ndarray,
                discover_precision: np.ndarray, k: int = K) -> tuple[np.ndarray, np.ndarray]:
    """Return (top-k, from-again flags): both lists' products sorted by their rank's hit rate (buy-again first on
    ties), each list keeping its own order."""
    both = np.hstack([again, discover])
    value = np.hstack([np.broadcast_to(again_precision[:again.shape[1]], again.shape),
                       np.broadcast_to(discover_precision[:discover.shape[1]], discover.shape)]).astype(np.float64)
    value = np.where(both >= 0, value, -np.inf)
    order = np.argsort(-value, axis=1, kind="stable")[:, :k]
    top = np.take_along_axis(both, order, axis=1)
    return top, (order < again.shape[1]) & (top >= 0)


def _rank_hit_rate(pairs: list[tuple[np.ndarray, sp.csr_matrix]], prior: float) -> np.ndarray:
    """Return the share of listed products at each rank that were bought (pooled over (top, truth) pairs),
    shrunk towards ``prior`` and made non-increasing over ranks."""
    hits, listed = np.zeros(K), np.zeros(K)
    for top, truth in pairs:
        hits += hits_of(top, truth).sum(axis=0)
        listed += (top >= 0).sum(axis=0)
    return np.minimum.accumulate((hits + 2.0 * prior) / (listed + 2.0))


@dataclass
class Split:
    """One validation or test window: a model trained before ``cut`` and the truth in the window after it."""

    model: PicksModel
    rows: np.ndarray  # model rows of the customers tested
    truth_all: sp.csr_matrix
    truth_new: sp.csr_matrix
    new_rows: np.ndarray  # positions in ``rows`` with something new in the window
    eligible: int = 0  # customers who could be tested (``rows`` may be a random sample of them)
    drawn: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # ``rows`` in the seeded
    # random order ``make_split`` drew them in (empty: not drawn by it, so not reused as a validation sample)


def make_split(lines: pd.DataFrame, cut: pd.Timestamp, end: pd.Timestamp, segments: pd.Series | None = None,
               exclude_products=(), max_customers: int | None = None) -> Split | None:
    """Return the ``Split`` trained before ``cut`` and tested on [cut, end) (None when nobody can be tested):
    customers who bought before and during the window (a fixed random ``max_customers`` of them when given: the
    first of every one of them in a seeded random order, so a smaller sample is the start of a larger one);
    products unknown before ``cut`` cannot be named and are left out of the truth."""
    model = PicksModel(lines, cut, segments, exclude_products, knn_soon=True)  # the weights search scores kNN
    known = lines[lines["customer_id"].notna()]
    window = known[(known["ordered_at"] >= cut) & (known["ordered_at"] < end)]
    r = model.customers.get_indexer(window["customer_id"].astype("int64"))
    c = model.products.get_indexer(window["product_id"].astype("int64"))
    keep = (r >= 0) & (c >= 0)
    if not keep.any():
        return None
    rows = np.unique(r[keep])
    eligible = len(rows)
    drawn = np.random.default_rng(0).permutation(rows)
    if max_customers is not None and len(rows) > max_customers:
        drawn = drawn[:max_customers]
        rows = np.sort(drawn)
        keep &= np.isin(r, rows)
    position = np.full(len(model.customers), -1)
    position[rows] = np.arange(len(rows))
    truth = sp.csr_matrix((np.ones(int(keep.sum())), (position[r[keep]], c[keep])),
                          shape=(len(rows), len(model.products)))
    truth.sum_duplicates()
    truth.data[:] = 1.0
    truth_new = truth - truth.multiply(model.data.owned[rows])
    truth_new.eliminate_zeros()
    truth_new = sp.csr_matrix(truth_new)
    new_rows = np.flatnonzero(np.diff(truth_new.indptr) > 0)
    return Split(model, rows, truth, truth_new, new_rows, eligible, drawn)


def validation_splits(lines: pd.DataFrame, as_of: pd.Timestamp, holdout_weeks: int = 12,
                      segments: pd.Series | None = None, exclude_products=(),
                      count: int = VALIDATION_SPLITS, made: dict | None = None) -> list[Split]:
    """Return up to ``count`` validation splits ending at ``as_of``, the latest first (each window
    ``holdout_weeks`` long, with at least ``MIN_TRAIN_DAYS`` of history before it); only the latest when it has
    ``ONE_SPLIT_CUSTOMERS`` customers or more (big enough alone). ``made`` maps (cut, end, max customers) to a
    split already made from the same lines (a rolling evaluation's previous test window), used instead of a new
    one."""
    known = lines[lines["customer_id"].notna() & (lines["ordered_at"] < as_of)]
    if known.empty:
        return []
    start = known["ordered_at"].min()
    splits = []
    for step in range(count):
        end = as_of - pd.Timedelta(weeks=holdout_weeks * step)
        cut = end - pd.Timedelta(weeks=holdout_weeks)
        if cut - start < pd.Timedelta(days=MIN_TRAIN_DAYS):
            break
        split = _made_split(made or {}, cut, end)
        if split is None:
            split = make_split(known, cut, end, segments, exclude_products, MAX_VALIDATION_CUSTOMERS)
        if split is not None:
            splits.append(split)
            if split.eligible >= ONE_SPLIT_CUSTOMERS:
                break  # a big shop: one window holds customers enough, a second would double the work
    return splits


def _made_split(made: dict, cut: pd.Timestamp, end: pd.Timestamp) -> Split | None:
    """Return the validation split of [cut, end) taken from a split ``made`` already for that window (keys: cut,
    end, max customers), or None when there is none. A made split with more customers gives the first
    ``MAX_VALIDATION_CUSTOMERS`` it drew (``make_split`` draws every sample from one seeded order): the split
    ``make_split`` would make, without training its model again."""
    for (made_cut, made_end, _most), whole in made.items():
        if (made_cut, made_end) != (cut, end) or len(whole.drawn) < min(whole.eligible, MAX_VALIDATION_CUSTOMERS):
            continue  # another window, or a smaller sample than validation takes
        drawn = whole.drawn[:MAX_VALIDATION_CUSTOMERS]
        if len(drawn) == len(whole.rows):
            return whole
        chosen = np.sort(drawn)
        at = np.searchsorted(whole.rows, chosen)
        truth_new = whole.truth_new[at]
        return Split(whole.model, chosen, whole.truth_all[at], truth_new,
                     np.flatnonzero(np.diff(truth_new.indptr) > 0), whole.eligible, drawn)
    return None


def _first_best(values: dict[float, float]) -> float:
    """Return the ridge of ``values`` (ridge → NDCG) with the best NDCG, the first in ``RIDGES`` order on a tie."""
    top = max(values.values())
    return next(r for r in RIDGES if r in values and values[r] > top - 1e-12)


def _climb_ridges(ndcg_of, start: int) -> None:
    """Try ``RIDGES`` from index ``start`` with ``ndcg_of`` (ridge → NDCG): towards larger ridges while none does
    worse than the one before, then, unless one of them did better than the start, towards smaller ones the same
    way; returns None.

    The NDCG over λ has one peak, so the ridges beyond one that did worse are not tried, nor the smaller ones once
    a larger did better: when the largest ridge wins, the search fits one EASE model (a products² inverse) fewer.
    Equal neighbours are walked through, so the first best in ``RIDGES`` order is always among those tried."""
    first = ndcg_of(RIDGES[start])
    for step in (1, -1):
        better, at, before = False, start + step, first
        while 0 <= at < len(RIDGES):
            value = ndcg_of(RIDGES[at])
            if value < before - 1e-12:
                break
            better = better or value > first + 1e-12
            at, before = at + step, value
        if better:
            return


def _pooled_ndcg(scores_per_split: list[tuple[np.ndarray, sp.csr_matrix]]) -> float:
    total, n = 0.0, 0
    for top, truth in scores_per_split:
        if len(top):
            total += per_customer_metrics(top, truth)["ndcg"].sum()
            n += len(top)
    return total / n if n else 0.0


def choose_settings(splits: list[Split], progress: ProgressCallback = no_progress,
                    cancelled: CancelCheck = never_cancelled) -> PicksSettings:
    """Return the settings that did best on ``splits`` (the defaults when there are none):
    buy-again's on the all measure, λ and the discover weights on the discover measure, then the per-rank hit
    rates that merge the two lists.

    Scores are made a block of customers at a time (``row_blocks``) and only each setting's top-k lists are kept,
    so memory stays one block of scores whatever the number of customers and products."""
    settings = PicksSettings()
    if not splits:
        return settings
    progress(0.0, TUNING())
    best = None
    for h, g, b in itertools.product(HALF_LIVES, GAMMAS, BETAS):
        check_cancelled(cancelled)
        trial = replace(settings, half_life=h, gamma=g, beta=b)
        value = _pooled_ndcg([(s.model.again_top(s.rows, trial), s.truth_all) for s in splits])
        if best is None or value > best[0] + 1e-12:
            best = (value, trial)
    settings = best[1]
    progress(0.3, TUNING())
    new_splits = [s for s in splits if len(s.new_rows)]
    if new_splits:
        values = {}

        def ridge_ndcg(ridge: float) -> float:
            check_cancelled(cancelled)
            pairs = []
            for s in new_splits:
                rows = s.rows[s.new_rows]
                tops = []
                for block in row_blocks(len(rows), len(s.model.products)):
                    check_cancelled(cancelled)
                    blocked = s.model.blocked(rows[block])
                    ease = s.model.components(rows[block], ridge, ("ease",), blocked)["ease"]
                    tops.append(top_from_dense(ease, K, blocked, overwrite=True))
                pairs.append((np.vstack(tops), s.truth_new[s.new_rows]))
            values[ridge] = _pooled_ndcg(pairs)
            leader = _first_best(values)
            for s in new_splits:  # only the best ridge so far is needed again: memory for one more, not three
                s.model.forget_ease(leader)
            return values[ridge]

        # a ridge some model already fitted (a reused window) is the start, so it is not fitted again
        fitted = [r for r in RIDGES if all(r in s.model.fitted_ridges() for s in new_splits)]
        _climb_ridges(ridge_ndcg, RIDGES.index(fitted[0]) if fitted else len(RIDGES) // 2)
        settings = replace(settings, ridge=_first_best(values))
        for s in new_splits:  # the ridge is chosen: no other is fitted on these models
            s.model.drop_gram()
    progress(0.6, TUNING())
    # every weighting's discover top-k for every customer of every split, from one pass over blocks of scores
    tops = {id(s): _weighted_tops(s, settings.ridge, cancelled) for s in splits}
    if new_splits:
        best = None
        for number, weights in enumerate(WEIGHT_GRID):
            value = _pooled_ndcg([(tops[id(s)][number][s.new_rows], s.truth_new[s.new_rows]) for s in new_splits])
            if best is None or value > best[0] + 1e-12:
                best = (value, number)
        settings = replace(settings, weights=WEIGHT_GRID[best[1]])
    chosen = WEIGHT_GRID.index(settings.weights) if settings.weights in WEIGHT_GRID else None
    again_pairs, discover_pairs = [], []
    bought = listed = 0.0
    for s in splits:
        again_pairs.append((s.model.again_top(s.rows, settings), s.truth_all))
        discover = (tops[id(s)][chosen] if chosen is not None
                    else s.model.discover_top(s.rows, settings.ridge, settings.weights))
        discover_pairs.append((discover, s.truth_all))
        bought += s.truth_all.sum()
        listed += s.truth_all.shape[0] * s.truth_all.shape[1]
    overall = bought / max(listed, 1.0)
    settings = replace(settings, again_precision=_rank_hit_rate(again_pairs, overall),
                       discover_precision=_rank_hit_rate(discover_pairs, overall),
                       validated_customers=int(sum(len(s.rows) for s in splits)))
    progress(1.0, TUNING())
    return settings


def _weighted_tops(split: Split, ridge: float, cancelled: CancelCheck) -> list[np.ndarray]:
    """Return, per ``WEIGHT_GRID`` entry, the discover top-k of every customer of ``split`` (rows as
    ``split.rows``), the components worked out once per block of customers."""
    model = split.model
    per_weight = [[] for _ in WEIGHT_GRID]
    for block in row_blocks(len(split.rows), len(model.products)):
        check_cancelled(cancelled)
        rows = split.rows[block]
        blocked = model.blocked(rows)
        parts = model.components(rows, ridge, blocked=blocked)
        for number, top in enumerate(blend_tops(model, parts, blocked, WEIGHT_GRID)):
            per_weight[number].append(top)
    return [np.vstack(tops) if tops else np.zeros((0, K), dtype=np.int64) for tops in per_weight]


def blend_tops(model: PicksModel, parts: dict[str, np.ndarray], blocked: np.ndarray, grid, k: int = K,
               candidates: int = CANDIDATES) -> list[np.ndarray]:
    """Return, per weights of ``grid``, the top-k of ``model.discover_scores(parts, weights, blocked)`` (the same
    lists, ties by column), without ranking every product for every weighting.

    Each component's ``candidates`` best products per row are the candidates; a product outside them scores at
    most Σ weight × (each component's ``candidates``-th best), so when a row's k-th best candidate beats that bound
    its list is exact. Rows where it does not are ranked in full."""
    width = next(iter(parts.values())).shape[1]
    if width <= candidates:
        return [top_from_dense(model.discover_scores(parts, weights, blocked), k, overwrite=True)
                for weights in grid]
    names = [name for number, name in enumerate(COMPONENTS) if any(weights[number] for weights in grid)]
    columns, bound = [], {}
    for name in names:
        costs = np.negative(parts[name])
        np.putmask(costs, blocked, np.float32(np.inf))
        best = np.argpartition(costs, candidates - 1, axis=1)[:, :candidates]
        columns.append(best)
        bound[name] = -np.take_along_axis(costs, best, axis=1).max(axis=1)  # −inf: fewer unblocked than that
    columns = np.sort(np.hstack(columns), axis=1)  # ascending: ranking positions breaks ties by column
    unusable = np.take_along_axis(blocked, columns, axis=1)
    unusable[:, 1:] |= columns[:, 1:] == columns[:, :-1]  # a product among several components' candidates
    gathered = {name: np.take_along_axis(parts[name], columns, axis=1) for name in names}
    out = []
    for weights in grid:
        scores = model.discover_scores(gathered, weights, unusable)  # the same float32 sums as on every product
        kth = np.partition(scores, -k, axis=1)[:, -k] if scores.shape[1] >= k else np.full(len(scores), -np.inf)
        position = top_from_dense(scores, k, overwrite=True)  # (scores are overwritten)
        top = np.where(position >= 0, np.take_along_axis(columns, np.maximum(position, 0), axis=1), -1)
        outside = sum(np.float32(w) * bound[name] for name, w in zip(COMPONENTS, weights) if w)
        redo = np.flatnonzero(~((kth > outside) | np.isneginf(outside)))
        if len(redo):
            again = {name: part[redo] for name, part in parts.items()}
            top[redo] = top_from_dense(model.discover_scores(again, weights, blocked[redo]), k, overwrite=True)
        out.append(top)
    return out
