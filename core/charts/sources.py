"""The data charts draw from, loaded once per shop: orders, lines, currency, and the results of other analyses
(segments, predicted value, pairs, recommendation tests) when those parts of the app are present.
"""

from __future__ import annotations

import importlib

import numpy as np
import pandas as pd
import sqlite_utils

from core.charts import data as cd
from core.charts.common import NotEnoughData
from core.data import load_lines, load_orders, shop_currency
from core.errors import ShopkeeperError


class NotAvailable(Exception):
    """An analysis a chart needs is not part of this version of the app (or failed); shown as a message."""


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise NotAvailable("This chart is not available yet in this version of Shopkeeper.") from exc


def _first(module, names: list[str]):
    for name in names:
        fn = getattr(module, name, None)
        if callable(fn):
            return fn
    raise NotAvailable("This chart is not available yet in this version of Shopkeeper.")


def _column(frame: pd.DataFrame, names: list[str]) -> str | None:
    return next((n for n in names if n in frame.columns), None)


class ShopData:
    """Lazily loaded frames of one shop, shared by all charts drawn for it (one per thread)."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self._cache: dict = {}

    def _get(self, key, build):
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    @property
    def orders(self) -> pd.DataFrame:
        """Counted orders (cancelled left out), revenue in major units."""
        return self._get("orders", lambda: load_orders(self.db))

    @property
    def lines(self) -> pd.DataFrame:
        """Counted product lines (cancelled, returns and postage left out)."""
        return self._get("lines", lambda: load_lines(self.db))

    @property
    def currency(self) -> str:
        """The shop's main currency code, '' when empty."""
        return self._get("currency", lambda: shop_currency(self.db))

    # ---- other analyses ---------------------------------------------------------------------------------
    def segments(self) -> pd.DataFrame:
        """Return one row per customer with columns customer_id, segment (stable key), segment_label (English),
        monetary; from ``core.analysis.segments``. Raises NotAvailable when that module is missing."""
        return self._get("segments", self._load_segments)

    def _load_segments(self) -> pd.DataFrame:
        module = _module("core.analysis.segments")
        fn = _first(module, ["segment_customers", "customer_segments", "segment_table", "rfm_segments",
                             "assign_segments", "segments"])
        try:
            table = fn(self.db)
        except TypeError:
            table = fn(self.orders)
        if isinstance(table, tuple):
            table = table[0]
        key = _column(table, ["segment", "segment_key", "segment_id"])
        if key is None:
            raise NotAvailable("The segments could not be read for this chart.")
        label = _column(table, ["segment_label", "segment_name", "label", "segment_title"])
        money = _column(table, ["monetary", "revenue", "spent", "total_spent"])
        out = pd.DataFrame({"customer_id": table["customer_id"] if "customer_id" in table else table.index,
                            "segment": table[key].astype(str)})
        out["segment_label"] = table[label].astype(str).to_numpy() if label else _segment_labels(module, out["segment"])
        if money:
            out["monetary"] = table[money].astype(float).to_numpy()
        else:
            spend = cd.customer_table(self.orders).set_index("customer_id")["monetary"]
            out["monetary"] = out["customer_id"].map(spend).fillna(0.0)
        for extra in ("r_score", "f_score", "recency_days", "frequency"):
            if extra in table:
                out[extra] = table[extra].to_numpy()
        return out

    def lists(self) -> dict:
        """Return the owner's customer lists {"vip", "winback", "at_risk"} → object with ``members`` (DataFrame),
        ``label`` and ``explanation`` from ``core.analysis.lists.customer_lists``; NotAvailable when missing."""
        def build():
            module = _module("core.analysis.lists")
            fn = _first(module, ["customer_lists"])
            try:
                result = fn(self.db)
            except ShopkeeperError as exc:
                raise NotAvailable(str(exc)) from exc
            if not isinstance(result, dict) or not all(hasattr(v, "members") for v in result.values()):
                raise NotAvailable("The customer lists could not be read.")
            return result
        return self._get("lists", build)

    def rf_scores(self) -> pd.DataFrame:
        """Return customer_id, r_score, f_score, monetary: the segments module's scores when it has them,
        otherwise quintile scores computed here."""
        def build():
            try:
                seg = self.segments()
                if {"r_score", "f_score"} <= set(seg.columns):
                    return seg[["customer_id", "r_score", "f_score", "monetary"]].astype(
                        {"r_score": int, "f_score": int})
            except NotAvailable:
                pass
            except Exception:  # another engineer's module failing must not break the grid
                pass
            return cd.rf_scores(self.orders)
        return self._get("rf_scores", build)

    def pairs(self, n: int = 12) -> pd.DataFrame:
        """Return the strongest product pairs (see ``core.charts.data.top_pairs``)."""
        return self._get(("pairs", n), lambda: cd.top_pairs(self.lines, n=n))

    def clv_values(self) -> pd.Series:
        """Return predicted value per customer (major units) from ``core.analysis.clv.clv_analysis``.

        Raises NotAvailable when that module is missing, NotEnoughData (with its plain sentence) when the shop's
        history is too short for a prediction."""
        def build():
            module = _module("core.analysis.clv")
            from_orders = getattr(module, "clv_analysis_from_orders", None)
            try:
                if callable(from_orders):
                    result = from_orders(self.orders)
                else:
                    result = _first(module, ["clv_analysis"])(self.db)
            except ShopkeeperError as exc:
                raise NotEnoughData("clv", str(exc)) from exc
            if not getattr(result, "reliable", True):
                raise NotEnoughData("clv", getattr(result, "message", "") or "Too little history to predict value.")
            table = getattr(result, "table", result)
            if not isinstance(table, pd.DataFrame) or "clv" not in table:
                raise NotAvailable("The predicted values could not be read for this chart.")
            return table["clv"].astype(float).dropna().reset_index(drop=True)
        return self._get("clv", build)

    def backtest(self) -> pd.DataFrame:
        """Return the holdout back-test as rows group, customers, predicted, actual (average repeat orders per
        customer in the test period, by repeat orders before it) from ``core.analysis.clv.holdout_backtest``;
        ``attrs['note']`` holds its one-sentence summary."""
        def build():
            module = _module("core.analysis.clv")
            from_orders = getattr(module, "holdout_backtest_from_orders", None)
            try:
                if callable(from_orders):
                    result = from_orders(self.orders)
                else:
                    result = _first(module, ["holdout_backtest"])(self.db)
            except ShopkeeperError as exc:
                raise NotEnoughData("backtest", str(exc)) from exc
            groups = result.get("groups") if isinstance(result, dict) else None
            if not isinstance(groups, pd.DataFrame) or not {"group", "predicted", "actual"} <= set(groups.columns):
                raise NotAvailable("The back-test could not be read for this chart.")
            table = groups.reset_index(drop=True).copy()
            table.attrs["note"] = result.get("sentence", "")
            table.attrs["summary"] = result.get("summary") or {}
            table.attrs["weeks"] = (result.get("summary") or {}).get("holdout_weeks")
            table.attrs["group_label"] = "Repeat orders before the test period"
            return table
        return self._get("backtest", build)

    def evaluation(self) -> pd.DataFrame:
        """Return method, label, value (hit rate 0..1), customers for app / bestsellers / random from
        ``core.analysis.evaluate.shop_evaluation``; ``attrs['note']`` holds its one-sentence summary."""
        def build():
            module = _module("core.analysis.evaluate")
            fn = getattr(module, "shop_evaluation", None)
            if not callable(fn):
                raise NotAvailable("This chart is not available yet in this version of Shopkeeper.")
            try:
                result = fn(self.db)
            except ShopkeeperError as exc:  # e.g. not enough history: the module's own plain sentence
                raise NotEnoughData("evaluation", str(exc)) from exc
            sentence = ""
            if isinstance(result, tuple):
                result, sentence = result[0], (result[1] if len(result) > 1 else "")
            table = _evaluation_rows(result)
            table.attrs["note"] = sentence
            table.attrs["metric_label"] = "Bought one of the 10 suggestions (%)"
            return table
        return self._get("evaluation", build)


def as_shop_data(source) -> ShopData:
    """Return ``source`` as a ShopData (accepts a ShopData or a sqlite_utils Database)."""
    return source if isinstance(source, ShopData) else ShopData(source)


def _segment_labels(module, keys: pd.Series) -> np.ndarray:
    names = getattr(module, "SEGMENT_LABELS", None) or getattr(module, "SEGMENT_NAMES", None) or {}
    out = []
    for key in keys:
        value = names.get(key, key) if isinstance(names, dict) else key
        out.append(value if isinstance(value, str) else getattr(value, "label", getattr(value, "name", str(key))))
    return np.array(out, dtype=object)


def _evaluation_rows(result) -> pd.DataFrame:
    """Normalise a recommendation evaluation into method / label / value rows (app, bestsellers, random)."""
    names = {"app": "This app", "bestsellers": "Best-sellers", "random": "Random products"}
    if isinstance(result, pd.DataFrame):
        method = _column(result, ["method", "strategy", "model", "name"])
        value = _column(result, ["hit_rate", "value", "precision", "recall", "hits"])
        if method is None or value is None:
            raise NotAvailable("The recommendation test could not be read for this chart.")
        rows = [(str(m), float(v)) for m, v in zip(result[method], result[value])]
        customers = int(result["customers"].max()) if "customers" in result else None
    elif isinstance(result, dict):
        customers = None
        rows = []
        for key, value in result.items():
            if isinstance(value, dict):
                value = next((value[k] for k in ("hit_rate", "value", "precision", "recall") if k in value), None)
            if isinstance(value, (int, float)):
                rows.append((str(key), float(value)))
    else:
        raise NotAvailable("The recommendation test could not be read for this chart.")
    canon = []
    for m, v in rows:
        low = m.lower()
        key = "app" if low in ("app", "rules", "ours", "model", "recommender", "shopkeeper") else (
            "bestsellers" if "best" in low or "popular" in low else ("random" if "random" in low else low))
        canon.append((key, names.get(key, m), v))
    table = pd.DataFrame(canon, columns=["method", "label", "value"])
    table.attrs["customers"] = customers
    order = {"app": 0, "bestsellers": 1, "random": 2}
    return table.sort_values("method", key=lambda s: s.map(order).fillna(9)).reset_index(drop=True)
