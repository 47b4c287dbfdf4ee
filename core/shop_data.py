"""One shop's data, loaded lazily and once: the single input of the dashboard, charts, report, offers, snippets
and also-bought lists.

``ShopData(db)`` loads the counted orders and order lines through ``core.data.load_orders`` / ``load_lines`` the
first time something needs them, and keeps every analysis built on them (RFM table, segments, lists, predicted
value, pairs under the owner's thresholds, refills, clusters …) so a screen that shows several of them reads the
database once. Each analysis is computed by the module that owns it; this class only feeds it the shared frames.

Use one ShopData per thread and per refresh: it does not notice later writes to the shop.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import sqlite_utils

from core.analysis.bestsellers import top_products
from core.analysis.clusters import ClusterResult, cluster_customers_from_rfm
from core.analysis.clv import ClvResult, clv_analysis_from_orders, holdout_backtest_from_orders
from core.analysis.evaluate import evaluate, summary_sentence
from core.analysis.lists import (CustomerList, Overview, build_lists, overview_from_parts, overview_key,
                                 ready_overview, shared_overview)
from core.analysis.merchandising import bans, category_filter, pins
from core.analysis.pairs import PairOptions, PairResult, compute_pairs, load_pair_options, strongest_pairs
from core.analysis.picks import model_lines
from core.analysis.replenish import named_refills_due
from core.analysis.rfm import RFM_COLUMNS, rfm_from_orders
from core.analysis.segments import assign_segments, score_rfm, segment_keys
from core.background_evaluation import start_evaluation
from core.catalog import roll_up_lines
from core.child_process import EVALUATION_WEEKS, EvaluationProcess
from core.data import load_customers, load_lines, load_orders, shop_currency
from core.errors import ShopkeeperError
from core.messages import Message, MessageTemplate, plain
from core.result_copy import shared_kept

BASKET_COLUMNS = ("order_id", "customer_id", "ordered_at", "product_id", "sku", "product_name", "category",
                  "quantity", "line_total", "country")
"""The line columns baskets, best-sellers, refills and picks are made of (``core.analysis.pairs.build_baskets``,
customer windows included; ``core.analysis.bestsellers.top_products``; ``core.analysis.replenish``;
``core.analysis.picks.MODEL_COLUMNS``), in ``core.data.LINE_FIELDS`` order."""
SEGMENT_ROW_COLUMNS = ["customer_id", "segment", "segment_label", "monetary", "r_score", "f_score", "recency_days",
                       "frequency"]
EVALUATION_NAMES = {"app": "This app", "bestsellers": "Best-sellers", "random": "Random products"}
TOO_LITTLE_HISTORY = MessageTemplate("shop_data.too_little_history", "Too little history to predict value.")


class NotAvailable(Exception):
    """An analysis cannot run on this shop (its own plain sentence says why); screens show it as a message.

    ``message`` is the keyed Message; ``str(error)`` its English."""

    def __init__(self, message: str | Message = ""):
        super().__init__(str(message))
        self.message = plain(message)


class NotEnoughHistory(Exception):
    """A prediction or test needs more history than the shop has: ``key`` names the analysis, the message is
    the analysis's own plain sentence (charts show it instead of the chart)."""

    def __init__(self, key: str, sentence: str | Message):
        super().__init__(str(sentence))
        self.key = key
        self.sentence = str(sentence)  # the English, as charts draw it
        self.message = plain(sentence)


class ShopData:
    """Lazily loaded frames and analyses of one shop, shared by everything drawn or built for it (one per thread)."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self._cache: dict = {}
        self._background: dict = {}  # key -> work started with evaluation_soon (result(), stop())

    def cached(self, key, build: Callable[[], object]):
        """Return ``build()``, computed once per ShopData under ``key`` (for results derived from this data)."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    _get = cached

    def kept(self, key: tuple, build: Callable[[], object], classes: tuple[type, ...] = ()):
        """Return ``build()``'s result under ``key``, once per ShopData and once per state of the shop's data
        (``core.result_copy.shared_kept``: shared by the process's screens and kept in the shop file);
        ``classes`` are the dataclasses it is made of."""
        return self.cached(key, lambda: shared_kept(self.db, key, build, classes))

    # ---- loaded once ------------------------------------------------------------------------------------------
    @property
    def orders(self) -> pd.DataFrame:
        """Counted orders (``core.data.load_orders``: cancelled left out, returns folded in), revenue in major
        units."""
        return self.cached("orders", lambda: load_orders(self.db))

    @property
    def lines(self) -> pd.DataFrame:
        """Counted product lines (``core.data.load_lines``: cancelled, returns and postage left out)."""
        return self.cached("lines", lambda: load_lines(self.db))

    @property
    def basket_lines(self) -> pd.DataFrame:
        """The counted product lines with only ``BASKET_COLUMNS``: what the pairs and the best-sellers read (a
        fifth of a million lines' text columns fewer to make than ``lines``; its columns when it is loaded)."""
        def build() -> pd.DataFrame:
            if "lines" in self._cache:
                return self.lines[list(BASKET_COLUMNS)]
            return load_lines(self.db, columns=BASKET_COLUMNS)
        return self.cached("basket_lines", build)

    @property
    def customer_lines(self) -> pd.DataFrame:
        """The counted product lines of orders with a customer (guests left out), numbered from 0: the
        ``basket_lines`` columns (what the refills read)."""
        return self.cached("customer_lines", lambda: self.basket_lines[self.basket_lines["customer_id"].notna()]
                           .reset_index(drop=True))

    @property
    def customers(self) -> pd.DataFrame:
        """The customers table (``core.data.load_customers``)."""
        return self.cached("customers", lambda: load_customers(self.db))

    @property
    def currency(self) -> str:
        """The shop's main currency code, '' when empty."""
        return self.cached("currency", lambda: shop_currency(self.db))

    # ---- customers --------------------------------------------------------------------------------------------
    @property
    def rfm(self) -> pd.DataFrame:
        """The RFM table (``core.analysis.rfm``): one row per customer with orders; the overview's columns when
        it is already worked out (``ready_overview``), so neither the orders nor the customers need loading."""
        def build() -> pd.DataFrame:
            overview = self._ready_overview()
            if overview is None:
                return rfm_from_orders(self.orders, self.customers)
            return overview.table[RFM_COLUMNS].astype({"customer_id": "Int64"})  # the overview's ids are int64
        return self.cached("rfm", build)

    def segment_table(self) -> pd.DataFrame:
        """Return the RFM table with scores, segment key and English label (``core.analysis.segments``, the
        10-segment R×F map): the overview's first columns when it is already worked out (it holds the same
        segments), else worked out here."""
        def build() -> pd.DataFrame:
            overview = self._ready_overview()
            if overview is None:
                return assign_segments(score_rfm(self.rfm), "rf10")
            columns = overview.table.columns
            table = overview.table[list(columns[:columns.get_loc("segment_label") + 1])]
            return table.astype({"customer_id": "Int64"})  # as the RFM table has it (the overview: int64)
        return self.cached("segment_table", build)

    def _ready_overview(self) -> Overview | None:
        """Return the overview when this ShopData has it or it is already worked out for the shop's data
        (``core.analysis.lists.ready_overview``; kept here for ``overview``), else None."""
        if "overview" not in self._cache:
            ready = self.cached("ready_overview", lambda: ready_overview(self.db))  # looked up once
            if ready is None:
                return None
            self._cache["overview"] = ready
        return self._cache["overview"]

    def segment_keys(self) -> pd.Series:
        """Return customer_id → segment key (``core.analysis.segments.segment_keys``)."""
        return self.cached("segment_keys", lambda: segment_keys(self.segment_table()))

    def segments(self) -> pd.DataFrame:
        """Return one row per customer with orders: customer_id, segment (stable key), segment_label (English),
        monetary, r_score, f_score, recency_days, frequency (the segment table's columns the charts draw)."""
        def build():
            table = self.segment_table()
            out = pd.DataFrame({"customer_id": table["customer_id"], "segment": table["segment"].astype(str)})
            out["segment_label"] = table["segment_label"].astype(str).to_numpy()
            out["monetary"] = table["monetary"].astype(float).to_numpy()
            for extra in ("r_score", "f_score", "recency_days", "frequency"):
                out[extra] = table[extra].to_numpy()
            return out[SEGMENT_ROW_COLUMNS]
        return self.cached("segments", build)

    def rf_scores(self) -> pd.DataFrame:
        """Return customer_id, r_score, f_score, monetary: the segments module's scores."""
        return self.cached("rf_scores", lambda: self.segments()[["customer_id", "r_score", "f_score", "monetary"]]
                           .astype({"r_score": int, "f_score": int}))

    def clv(self) -> ClvResult:
        """Return the predicted customer value (``core.analysis.clv.clv_analysis_from_orders``, 12 months)."""
        return self.cached("clv", lambda: clv_analysis_from_orders(self.orders, self.customers))

    def overview(self) -> Overview:
        """Return the customer overview the lists are made from (``core.analysis.lists.overview_from_parts``),
        worked out once per state of the shop's data (``core.analysis.lists.shared_overview``)."""
        def build() -> Overview:
            return overview_from_parts(self.rfm, self.orders, self.clv())
        return self.cached("overview", lambda: shared_overview(self.db, overview_key(), build))

    def lists(self) -> dict[str, CustomerList]:
        """Return the owner's customer lists {"vip", "winback", "at_risk"} (``core.analysis.lists.build_lists``
        with its default sizes). Raises NotAvailable with the analysis's sentence when it cannot run here."""
        def build():
            try:
                return build_lists(self.overview())
            except ShopkeeperError as exc:
                raise NotAvailable(exc.message) from exc
        return self.cached("lists", build)

    def refills(self, min_observations: int = 5) -> pd.DataFrame:
        """Return the refills due now (``core.analysis.replenish.named_refills_due``), worked out once per state of
        the shop's data (``core.result_copy.shared_kept``); the names from the RFM table when it holds every buyer
        (no customers to load when the overview is kept), else from the customers."""
        def build() -> pd.DataFrame:
            lines = self.customer_lines
            if self._ready_overview() is not None and lines["customer_id"].isin(self.rfm["customer_id"]).all():
                return named_refills_due(lines, self.rfm[["customer_id", "name"]], min_observations)
            return named_refills_due(lines, self.customers, min_observations)
        return self.kept(("refills", int(min_observations)), build)

    def cluster_result(self, k: int | None = None) -> ClusterResult:
        """Return the groups of similar customers (``core.analysis.clusters.cluster_customers_from_rfm``; ``k``
        None: chosen by silhouette), worked out once per state of the shop's data (``core.result_copy
        .shared_kept``); raises its TooFewCustomers for a shop too small to group."""
        return self.kept(("clusters", None if k is None else int(k)), lambda: cluster_customers_from_rfm(self.rfm, k=k),
                         (ClusterResult,))

    def clusters(self) -> pd.DataFrame:
        """Return customer_id, cluster, cluster_label, cluster_name of ``cluster_result()``; raises its
        TooFewCustomers for a shop too small to group."""
        return self.cluster_result().assignments

    # ---- products ---------------------------------------------------------------------------------------------
    @property
    def pair_options(self) -> PairOptions:
        """The owner's pair thresholds, as saved on the Also-bought screen (``core.analysis.pairs``)."""
        return self.cached("pair_options", lambda: load_pair_options(self.db))

    def pair_result(self, with_triples: bool = False) -> PairResult:
        """Return the shop's pairs under the owner's thresholds (``core.analysis.pairs.compute_pairs``); with
        ``with_triples`` the sets of three too (one result serves both when it has them). A variant's sales count
        for its product (``core.catalog.roll_up_lines``)."""
        if not with_triples and "pairs+triples" in self._cache:
            return self._cache["pairs+triples"]
        # not kept in the file: every pair of a 6,000-product shop is half a million rows (54 MB)
        key = "pairs+triples" if with_triples else "pairs"
        return self.cached(key, lambda: compute_pairs(roll_up_lines(self.db, self.basket_lines), self.pair_options,
                                                       with_triples=with_triples))

    def pairs(self, n: int = 12) -> pd.DataFrame:
        """Return the ``n`` strongest product pairs under the owner's thresholds
        (``core.analysis.pairs.strongest_pairs``), worked out once per state of the shop's data and thresholds
        (``core.result_copy.shared_kept``: the dashboard's pairs read no lines in a later session)."""
        return self.kept(("strongest_pairs", int(n), *sorted(self.pair_options.to_dict().items())),
                         lambda: strongest_pairs(self.pair_result(), n))

    def top_products(self, n: int = 10) -> pd.DataFrame:
        """Return the ``n`` products with the most revenue (``core.analysis.bestsellers.top_products``), worked out
        once per state of the shop's data (``core.result_copy.shared_kept``: a later session loads no lines for
        them)."""
        return self.kept(("top_products", int(n)), lambda: top_products(self.basket_lines, n))

    def curation(self) -> dict:
        """Return the owner's also-bought choices: {"pins", "bans", "categories"} (``core.analysis.merchandising``)."""
        return self.cached("curation", lambda: {"pins": pins(self.db), "bans": bans(self.db),
                                                "categories": category_filter(self.db)})

    # ---- predictions and tests --------------------------------------------------------------------------------
    def clv_values(self) -> pd.Series:
        """Return predicted value per customer (major units). Raises NotEnoughHistory (its plain sentence) when
        the shop's history is too short for a prediction."""
        def build():
            result = self.clv()
            if not result.reliable:
                raise NotEnoughHistory("clv", result.message or TOO_LITTLE_HISTORY())
            return result.table["clv"].astype(float).dropna().reset_index(drop=True)
        return self.cached("clv_values", build)

    def backtest_result(self) -> dict:
        """Return the holdout back-test's dict (``core.analysis.clv.holdout_backtest_from_orders``: groups,
        per_customer, summary, sentence); raises its ShopkeeperError when the history is too short."""
        return self.cached("backtest_result", lambda: holdout_backtest_from_orders(self.orders))

    def backtest(self) -> pd.DataFrame:
        """Return the holdout back-test as rows group, customers, predicted, actual (average repeat orders per
        customer in the test period, by repeat orders before it) from
        ``core.analysis.clv.holdout_backtest_from_orders``; ``attrs['note']`` holds its one-sentence summary."""
        def build():
            try:
                result = self.backtest_result()
            except ShopkeeperError as exc:
                raise NotEnoughHistory("backtest", exc.message) from exc
            table = result["groups"].reset_index(drop=True).copy()
            table.attrs["note"] = result.get("sentence", "")
            table.attrs["summary"] = result.get("summary") or {}
            table.attrs["weeks"] = (result.get("summary") or {}).get("holdout_weeks")
            table.attrs["group_label"] = "Repeat orders before the test period"
            return table
        return self.cached("backtest", build)

    def evaluation(self, holdout_weeks: int = EVALUATION_WEEKS) -> pd.DataFrame:
        """Return method, label, value (hit rate 0..1) for app / bestsellers / random from
        ``core.analysis.evaluate.evaluate`` over the customers' lines; ``attrs['note']`` holds its summary
        sentence, ``attrs['customers']`` the number of customers tested."""
        def build():
            try:
                result = self._evaluation_result(holdout_weeks)
            except ShopkeeperError as exc:  # e.g. not enough history: the module's own plain sentence
                raise NotEnoughHistory("evaluation", exc.message) from exc
            table = pd.DataFrame({"method": result["method"].astype(str),
                                  "label": [EVALUATION_NAMES.get(str(m), str(m)) for m in result["method"]],
                                  "value": result["hit_rate"].astype(float)})
            order = {"app": 0, "bestsellers": 1, "random": 2}
            table = table.sort_values("method", key=lambda s: s.map(order).fillna(9)).reset_index(drop=True)
            table.attrs["customers"] = int(result["customers"].max()) if "customers" in result else None
            table.attrs["note"] = summary_sentence(result, holdout_weeks)
            table.attrs["metric_label"] = "Bought one of the 10 suggestions (%)"
            return table
        return self.cached(("evaluation", holdout_weeks), build)


    def evaluation_soon(self, holdout_weeks: int = EVALUATION_WEEKS, started: EvaluationProcess | None = None) -> None:
        """Start ``evaluation(holdout_weeks)`` in the background (``core.background_evaluation``: a process of its
        own on a big shop, else a thread), so that work done meanwhile (the report's other pages) overlaps with it;
        ``started`` is a child already started for it (``core.child_process.start_early_evaluation``), taken over
        here (stopped when the evaluation is known already). Returns None."""
        key = ("evaluation", started.holdout_weeks if started is not None else holdout_weeks)
        if key in self._cache or key in self._background:
            if started is not None:
                started.stop()
            return
        self._background[key] = start_evaluation(self.db, key[1], self._evaluation_lines, started)

    def stop_background(self) -> None:
        """Stop the background work nobody collected (a cancelled or failed report); returns None."""
        for started in self._background.values():
            started.stop()
        self._background.clear()

    def _evaluation_lines(self) -> pd.DataFrame:
        """Return the lines ``evaluate`` reads: those with a customer, only the picks' columns (a full copy of the
        lines, as ``customer_lines`` is, held 380 MB more on a 1M-line shop while the report was drawn)."""
        return model_lines(self.lines)

    def _evaluation_result(self, holdout_weeks: int):
        started = self._background.pop(("evaluation", holdout_weeks), None)
        if started is None:
            return evaluate(self._evaluation_lines(), holdout_weeks)
        return started.result()


def as_shop_data(source: sqlite_utils.Database | ShopData) -> ShopData:
    """Return ``source`` as a ShopData (accepts a ShopData or a sqlite_utils Database)."""
    return source if isinstance(source, ShopData) else ShopData(source)
