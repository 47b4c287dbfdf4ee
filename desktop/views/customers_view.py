"""Customers screen: segments with the 5×5 recency × frequency grid, all customers, the VIP / win-back / at-risk
lists, predictions with their back-test, and clusters. Search by name, e-mail or number; double-click a customer
to open the profile window. All heavy work (loading, model fitting, clustering) runs in workers.

One module per tab under ``desktop.views.customers`` (``segments``, ``all_customers``, ``lists``, ``predictions``,
``clusters``), plus ``table`` and ``jobs``."""

from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout

from core.analysis.segments import segment_info
from desktop.errors import show_error
from desktop.i18n import chart_number_labels, format_number, translate_text
from desktop.profile_window import show_customer_profile
from desktop.views.base import ShopView
from desktop.views.customers.all_customers import AllCustomersTab
from desktop.views.customers.changes import ChangesTab
from desktop.views.customers.clusters import ClustersTab
from desktop.views.customers.jobs import LIST_EXPORT_COLUMNS, load_backtest, load_overview
from desktop.views.customers.lists import ListsTab
from desktop.views.customers.predictions import PredictionsTab
from desktop.views.customers.segments import SegmentsTab
from desktop.views.customers.table import CustomerTable

__all__ = ["CustomerTable", "CustomersView", "LIST_EXPORT_COLUMNS", "VIEW_CLASS"]


class CustomersView(SegmentsTab, AllCustomersTab, ListsTab, PredictionsTab, ClustersTab, ChangesTab, ShopView):
    """Who the customers are, which segment they are in, what they are worth and who needs attention.

    Each tab's widgets and behaviour live in its module under ``desktop.views.customers`` (a mixin per tab).
    """

    view_id = "customers"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.overview = None
        self.segmented = pd.DataFrame()
        self.cluster_result = None
        self._segment_names = None
        self.backtest = None
        self._checks_waiting = False   # the back-tests start once the first content is shown
        self._filter = None            # ("segment", key) or ("cell", r, f) or None
        self._canvas = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, e-mail or customer number"))
        self.search.setClearButtonEnabled(True)
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("10 segments (recency × frequency)"), "rf10")
        self.scheme.addItem(self.tr("11 segments (recency × frequency and spend)"), "putler11")
        self.count_label = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.scheme)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_segments_tab()
        self._build_all_tab()
        self._build_lists_tab()
        self._build_predictions_tab()
        self._build_clusters_tab()
        self._build_changes_tab()
        self.search.textChanged.connect(self._search_changed)
        self.scheme.currentIndexChanged.connect(self._rescore)
        self.tabs.currentChanged.connect(self._tab_changed)

    # ------------------------------------------------------------------------------------------ headers
    def _headers(self, extra: dict | None = None) -> dict[str, str]:
        base = {
            "customer_id": self.tr("No."), "name": self.tr("Customer"), "email": self.tr("E-mail"),
            "country": self.tr("Country"), "segment_text": self.tr("Segment"),
            "recency_days": self.tr("Days since last order"), "frequency": self.tr("Orders"),
            "monetary": self.tr("Spent"), "average_order": self.tr("Average order"),
            "rfm_code": self.tr("RFM"),
        }
        base.update(extra or {})
        return base

    def segment_name(self, key: str) -> str:
        """Return the translated name of segment ``key``."""
        if self._segment_names is None:  # core's fixed label tables, read once
            names = {s["key"]: s["name"] for s in segment_info("rf10").to_dict("records")}
            names.update({s["key"]: s["name"] for s in segment_info("putler11").to_dict("records")
                          if s["key"] not in names})
            self._segment_names = names
        return translate_text(self._segment_names.get(key, key))

    def segment_texts(self, keys: pd.Series) -> pd.Series:
        """Return the translated segment name of each key in ``keys`` (each distinct key translated once)."""
        return keys.map({key: self.segment_name(key) for key in keys.dropna().unique()})

    # ------------------------------------------------------------------------------------------ shop
    def view_title(self) -> str:
        return self.tr("Customers")

    def set_shop(self, shop) -> None:
        if self.shop is not None:
            try:
                self.shop.sig_changed.disconnect(self.reload)
            except (RuntimeError, TypeError):
                pass
        super().set_shop(shop)
        self.overview = None
        self.cluster_result = None
        self.backtest = None
        if shop is None:
            self.segmented = pd.DataFrame()
            for table in self._all_tables():
                table.set_frame(pd.DataFrame(), {})
            self.status.setText("")
            self._update_count()
            self._changes_reset()
            return
        shop.sig_changed.connect(self.reload)
        self.reload()

    def _overview_views(self) -> list:
        """Return the lists and tables that wait for the overview (segments, predictions, lists): ``EmptyText``
        views."""
        return [self.segment_list, *(table.view for table in (self.all_customers, self.predictions,
                                                              *self.list_tables.values()))]

    def _all_tables(self) -> list[CustomerTable]:
        return [self.all_customers, self.segment_customers, self.predictions, self.cluster_table,
                self.cluster_customers, *self.list_tables.values()]

    def reload(self) -> None:
        """Recompute everything for the open shop in a worker; returns None."""
        if self.shop is None:
            return
        self.count_label.setText(self.tr("Loading…"))
        working = self.tr("Working out segments and predictions…")
        self.status.setText(working)
        for view in self._overview_views():
            view.show_waiting(working)
        self.start("overview", load_overview, self.scheme.currentData(), self.horizon.value(),
                   self.discount.value() / 100.0, on_done=self._overview_ready, on_failed=self._failed)
        # The back-tests wait until the segments and the customer table are on screen: on two cores they would
        # otherwise share the interpreter with the first content and delay it.
        self._checks_waiting = True
        if self.cluster_result is not None or self.tabs.currentWidget() is self.clusters_page:
            self._start_clusters()
        self._changes_reset()

    def _start_checks(self) -> None:
        """Start the predictions' back-tests once the first content is shown (after a reload); returns None."""
        if not self._checks_waiting or self.shop is None:
            return
        self._checks_waiting = False
        self._fill_predictions()
        self.start(
            "backtest", load_backtest,
            self.tr("Can you trust the predictions? Predicted vs actual in a test period"),
            {"actual": self.tr("What actually happened"), "predicted": self.tr("What the model predicted"),
             "group": self.tr("Repeat orders before the test period"),
             "orders": self.tr("Average orders per customer in the test period"),
             "note:hidden": "yes", **chart_number_labels()},  # the sentence is shown above the chart
            on_done=self._backtest_ready, on_failed=self._failed)
        self._start_lapse_backtest()
        if self.cluster_result is None and not self.running("clusters"):
            self._start_clusters()  # ready before the Groups tab is opened

    def work_stopped(self) -> None:
        """Replace the screen's "working" texts after the owner stopped its work; returns None."""
        self._update_count()
        if self.overview is None or self.status.text() == self.tr("Working out segments and predictions…"):
            self.status.setText(self.tr("Stopped before the segments and predictions were worked out."))
        if self.backtest is None:
            self.backtest_text.setText(self.tr("Stopped before the predictions were tested."))
        if self.lapse_backtest is None:
            self.lapse_text.setText("")
        self._checks_waiting = False
        self._fill_predictions()  # worked out with the segments: only its table was still to fill

    def _failed(self, error) -> None:
        self.status.setText("")
        for view in self._overview_views():
            view.set_empty_text("")  # the error dialog says why
        self._update_count()
        self._checks_waiting = False
        show_error(self, self.tr("Could not analyse the customers"), error)

    def _overview_ready(self, overview) -> None:
        self.overview = overview
        if self.shop is not None:
            self.shop.cache["overview"] = overview  # the profile window need not refit the model
        clv = overview.clv
        if overview.table.empty:  # a new shop, a customer list without orders, or every order cancelled
            self.status.setText(self.tr("No orders yet: import your shop's orders to see segments, lists and "
                                        "predictions."))
        elif clv.reliable:
            self.status.setText(self.tr("{0} customers with orders. Predictions are based on {1} repeat customers "
                                        "over {2} days of history.").format(
                format_number(len(overview.table)), format_number(clv.repeat_customers),
                format_number(clv.history_days)))
        else:
            self.status.setText(self.tr("{0} customers with orders. Only {1} customers ordered more than once over "
                                        "{2} days of history, so predictions would be rough; the lists use past "
                                        "spending (RFM) instead.").format(
                format_number(len(overview.table)), format_number(clv.repeat_customers),
                format_number(clv.history_days)))
        self._cutoffs_custom = False
        self._rescore(with_defaults=True)
        if self.tabs.currentWidget() is self.predictions_page:
            self._fill_predictions()  # else once the first content is shown (_start_checks)

    # ------------------------------------------------------------------------------------------ search, profile
    def _search_changed(self, text: str) -> None:
        for table in self._all_tables():
            if table is not self.cluster_table:
                table.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln customer(s)", "", self.all_customers.rows()))

    def open_profile(self, customer_id: int) -> None:
        """Open the profile window of ``customer_id``; returns None."""
        window = self.window()
        opener = getattr(window, "open_customer_profile", None)
        if callable(opener) and window is not self:
            opener(customer_id)
            return
        show_customer_profile(self, self.shop, customer_id)

    def selftest_extras(self, outdir) -> list:
        """Save pictures of every tab (for the self-test); returns the paths."""
        from pathlib import Path
        from desktop.workers import wait_for_tasks
        paths = []
        for i in range(self.tabs.count()):
            self.tabs.setCurrentIndex(i)
            wait_for_tasks(60_000)
            path = Path(outdir) / f"customers_tab{i}.png"
            self.grab().save(str(path))
            paths.append(path)
        self.tabs.setCurrentIndex(0)
        return paths


VIEW_CLASS = CustomersView
