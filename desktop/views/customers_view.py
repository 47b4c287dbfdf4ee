"""Customers screen: segments with the 5×5 recency × frequency grid, all customers, the VIP / win-back / at-risk
lists, predictions with their back-test, and clusters. Search by name, e-mail or number; double-click a customer
to open the profile window. All heavy work (loading, model fitting, clustering) runs in workers."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from core.analysis.grid import customers_in_cell
from core.analysis.lists import Overview
from core.analysis.segments import Cutoffs, segment_info
from desktop.errors import show_error
from desktop.i18n import chart_number_labels, format_number, local_format, translate_text
from desktop.profile_window import show_customer_profile
from desktop.views.base import ShopView
from desktop.views.customers.jobs import (LIST_EXPORT_COLUMNS, load_backtest, load_clusters, load_overview,
                                          make_lists, score)
from desktop.views.customers.table import CustomerTable

__all__ = ["CustomerTable", "CustomersView", "LIST_EXPORT_COLUMNS", "VIEW_CLASS"]


def _parse_four(text: str) -> list[float] | None:
    try:
        values = [float(v) for v in text.replace(";", ",").split(",") if v.strip()]
    except ValueError:
        return None
    return values if len(values) == 4 else None


class CustomersView(ShopView):
    """Who the customers are, which segment they are in, what they are worth and who needs attention."""

    view_id = "customers"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.overview = None
        self.segmented = pd.DataFrame()
        self.cluster_result = None
        self._segment_names = None
        self.backtest = None
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
        self.search.textChanged.connect(self._search_changed)
        self.scheme.currentIndexChanged.connect(self._rescore)
        self.tabs.currentChanged.connect(self._tab_changed)

    # ------------------------------------------------------------------------------------------ building
    def _build_segments_tab(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        top = QSplitter(Qt.Orientation.Horizontal)
        self.segment_list = QListWidget()
        self.segment_list.setMinimumWidth(220)
        self.segment_list.currentItemChanged.connect(self._segment_chosen)
        top.addWidget(self.segment_list)
        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.addWidget(QLabel(self.tr("Recency (5 = bought most recently) × frequency (5 = most orders). "
                                     "Click a cell to see its customers.")))
        self.grid = QTableWidget(5, 5)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setHorizontalHeaderLabels([self.tr("F{0}").format(f) for f in range(1, 6)])
        self.grid.setVerticalHeaderLabels([self.tr("R{0}").format(r) for r in range(5, 0, -1)])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(230)
        self.grid.cellClicked.connect(self._cell_clicked)
        mid.addWidget(self.grid)
        top.addWidget(middle)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.segment_text = QLabel()
        self.segment_text.setWordWrap(True)
        self.segment_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(self.segment_text, 1)
        cut_box = QGroupBox(self.tr("Score cut-offs (for scores 2, 3, 4, 5)"))
        form = QFormLayout(cut_box)
        self.cut_recency = QLineEdit()
        self.cut_frequency = QLineEdit()
        self.cut_monetary = QLineEdit()
        form.addRow(self.tr("Days since last order at most"), self.cut_recency)
        form.addRow(self.tr("Orders at least"), self.cut_frequency)
        form.addRow(self.tr("Spend at least"), self.cut_monetary)
        buttons = QHBoxLayout()
        self.cut_reset = QPushButton(self.tr("Equal groups (quintiles)"))
        self.cut_reset.clicked.connect(self._reset_cutoffs)
        buttons.addWidget(self.cut_reset)
        form.addRow(buttons)
        for edit in (self.cut_recency, self.cut_frequency, self.cut_monetary):
            edit.textEdited.connect(self._cutoffs_edited)
        side_layout.addWidget(cut_box)
        top.addWidget(side)
        top.setSizes([240, 480, 320])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        self.selection_label = QLabel()
        low.addWidget(self.selection_label)
        self.segment_customers = CustomerTable()
        self.segment_customers.sig_open.connect(self.open_profile)
        low.addWidget(self.segment_customers)
        splitter.addWidget(lower)
        splitter.setSizes([300, 300])
        outer.addWidget(splitter)
        self.tabs.addTab(page, self.tr("Segments"))
        self.segments_page = page

    def _build_all_tab(self) -> None:
        self.all_customers = CustomerTable()
        self.all_customers.sig_open.connect(self.open_profile)
        self.table = self.all_customers.view           # the main customers table (used by the shell's tests)
        self.tabs.addTab(self.all_customers, self.tr("All customers"))

    def _build_lists_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        self.vip_mode = QComboBox()
        self.vip_mode.addItem(self.tr("Top percent"), "percent")
        self.vip_mode.addItem(self.tr("Top number"), "number")
        self.vip_size = QDoubleSpinBox()
        self.vip_size.setRange(1, 100000)
        self.vip_size.setDecimals(0)
        self.vip_size.setValue(10)
        self.winback_factor = QDoubleSpinBox()
        self.winback_factor.setRange(1.1, 20)
        self.winback_factor.setSingleStep(0.5)
        self.winback_factor.setValue(2.0)
        self.export_button = QPushButton(self.tr("Export list…"))
        self.export_button.clicked.connect(self._export_list)
        controls.addWidget(QLabel(self.tr("VIP size:")))
        controls.addWidget(self.vip_mode)
        controls.addWidget(self.vip_size)
        controls.addSpacing(20)
        controls.addWidget(QLabel(self.tr("Win-back when silent at least")))
        controls.addWidget(self.winback_factor)
        controls.addWidget(QLabel(self.tr("× their usual interval")))
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        layout.addLayout(controls)
        self.list_text = QLabel()
        self.list_text.setWordWrap(True)
        layout.addWidget(self.list_text)
        self.list_tabs = QTabWidget()
        self.list_tables: dict[str, CustomerTable] = {}
        for key, label in (("vip", self.tr("VIP")), ("winback", self.tr("Win-back")), ("at_risk", self.tr("At risk"))):
            table = CustomerTable()
            table.sig_open.connect(self.open_profile)
            self.list_tables[key] = table
            self.list_tabs.addTab(table, label)
        self.list_tabs.currentChanged.connect(self._update_list_text)
        layout.addWidget(self.list_tabs, 1)
        self.vip_mode.currentIndexChanged.connect(self._vip_mode_changed)
        self.vip_size.valueChanged.connect(self._refresh_lists)
        self.winback_factor.valueChanged.connect(self._refresh_lists)
        self.tabs.addTab(page, self.tr("Lists"))

    def _build_predictions_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 60)
        self.horizon.setValue(12)
        self.horizon.setSuffix(self.tr(" months"))
        self.discount = QDoubleSpinBox()
        self.discount.setRange(0, 10)
        self.discount.setSingleStep(0.5)
        self.discount.setValue(1.0)
        self.discount.setSuffix(self.tr(" % a month"))
        self.recompute = QPushButton(self.tr("Recalculate"))
        self.recompute.clicked.connect(self.reload)
        controls.addWidget(QLabel(self.tr("Predict value over")))
        controls.addWidget(self.horizon)
        controls.addWidget(QLabel(self.tr("discounting future money by")))
        controls.addWidget(self.discount)
        controls.addWidget(self.recompute)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.prediction_text = QLabel()
        self.prediction_text.setWordWrap(True)
        layout.addWidget(self.prediction_text)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.predictions = CustomerTable()
        self.predictions.sig_open.connect(self.open_profile)
        splitter.addWidget(self.predictions)
        self.backtest_box = QWidget()
        self.backtest_layout = QVBoxLayout(self.backtest_box)
        self.backtest_layout.setContentsMargins(0, 0, 0, 0)
        self.backtest_text = QLabel(self.tr("Testing how well the predictions work…"))
        self.backtest_text.setWordWrap(True)
        self.backtest_layout.addWidget(self.backtest_text)
        splitter.addWidget(self.backtest_box)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter, 1)
        self.tabs.addTab(page, self.tr("Predictions"))
        self.predictions_page = page

    def _build_clusters_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        self.cluster_k = QComboBox()
        self.cluster_k.addItem(self.tr("Choose automatically"), 0)
        for k in range(2, 9):
            self.cluster_k.addItem(self.tr("{0} groups").format(k), k)
        self.cluster_k.currentIndexChanged.connect(self._start_clusters)
        controls.addWidget(QLabel(self.tr("Number of groups:")))
        controls.addWidget(self.cluster_k)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.cluster_text = QLabel()
        self.cluster_text.setWordWrap(True)
        layout.addWidget(self.cluster_text)
        self.cluster_table = CustomerTable()
        self.cluster_table.view.clicked.connect(self._cluster_chosen)
        layout.addWidget(self.cluster_table, 1)
        self.cluster_customers = CustomerTable()
        self.cluster_customers.sig_open.connect(self.open_profile)
        layout.addWidget(self.cluster_customers, 1)
        self.tabs.addTab(page, self.tr("Clusters"))
        self.clusters_page = page

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
            return
        shop.sig_changed.connect(self.reload)
        self.reload()

    def _all_tables(self) -> list[CustomerTable]:
        return [self.all_customers, self.segment_customers, self.predictions, self.cluster_table,
                self.cluster_customers, *self.list_tables.values()]

    def reload(self) -> None:
        """Recompute everything for the open shop in a worker; returns None."""
        if self.shop is None:
            return
        self.count_label.setText(self.tr("Loading…"))
        self.status.setText(self.tr("Working out segments and predictions…"))
        self.start("overview", load_overview, self.scheme.currentData(), self.horizon.value(),
                   self.discount.value() / 100.0, on_done=self._overview_ready, on_failed=self._failed)
        self.start(
            "backtest", load_backtest,
            self.tr("Can you trust the predictions? Predicted vs actual in a test period"),
            {"actual": self.tr("What actually happened"), "predicted": self.tr("What the model predicted"),
             "group": self.tr("Repeat orders before the test period"),
             "orders": self.tr("Average orders per customer in the test period"),
             "note:hidden": "yes", **chart_number_labels()},  # the sentence is shown above the chart
            on_done=self._backtest_ready, on_failed=self._failed)
        if self.cluster_result is not None or self.tabs.currentWidget() is self.clusters_page:
            self._start_clusters()

    def _failed(self, error) -> None:
        self.status.setText("")
        self._update_count()
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
        self._fill_predictions()

    # ------------------------------------------------------------------------------------------ segments
    def _current_cutoffs(self) -> Cutoffs | None:
        r, f, m = (_parse_four(e.text()) for e in (self.cut_recency, self.cut_frequency, self.cut_monetary))
        if not getattr(self, "_cutoffs_custom", False):
            return None
        return Cutoffs(r or [], f or [], m or [])

    def _fill_cutoffs(self, cuts: Cutoffs) -> None:
        for edit, values in ((self.cut_recency, cuts.recency), (self.cut_frequency, cuts.frequency),
                             (self.cut_monetary, cuts.monetary)):
            edit.setText(", ".join(f"{v:g}" for v in values))

    def _cutoffs_edited(self) -> None:
        self._cutoffs_custom = True
        self._rescore()

    def _reset_cutoffs(self) -> None:
        self._cutoffs_custom = False
        self._rescore(with_defaults=True)

    def set_cutoffs(self, cutoffs: Cutoffs) -> None:
        """Score with the owner's ``cutoffs`` (as if typed in the cut-off boxes); returns None."""
        self.cut_recency.setText(", ".join(f"{v:g}" for v in cutoffs.recency))
        self.cut_frequency.setText(", ".join(f"{v:g}" for v in cutoffs.frequency))
        self.cut_monetary.setText(", ".join(f"{v:g}" for v in cutoffs.monetary))
        self._cutoffs_edited()

    def _rescore(self, *_args, with_defaults: bool = False) -> None:
        """Score and segment the customers again (cut-offs, scheme) in a worker; returns None."""
        if self.overview is None or self.shop is None:
            return
        self.start("score", score, self.overview.table, self._current_cutoffs(), self.scheme.currentData(),
                   with_defaults, on_done=self._scored, on_failed=self._failed)

    def _scored(self, scored: dict) -> None:
        if scored["defaults"] is not None:
            self._fill_cutoffs(scored["defaults"])
        self.segmented = scored["segmented"]
        self.segmented["segment_text"] = self.segmented["segment"].map(self.segment_name)
        self._fill_segment_list(scored["summary"])
        self._fill_grid(scored["grid"])
        self.all_customers.set_frame(self.segmented, self._headers({
            "clv": self.tr("Predicted value"), "churn_probability": self.tr("Chance of having stopped")}),
            "monetary")
        self._apply_filter()
        self._refresh_lists()
        self._update_count()

    def _fill_segment_list(self, summary: pd.DataFrame) -> None:
        self._summary = summary.set_index("segment")
        self.segment_list.blockSignals(True)
        self.segment_list.clear()
        item = QListWidgetItem(self.tr("All customers ({0})").format(format_number(len(self.segmented))))
        item.setData(Qt.ItemDataRole.UserRole, None)
        self.segment_list.addItem(item)
        for row in summary.itertuples():
            item = QListWidgetItem(self.tr("{0} ({1}, {2:.0f} % of revenue)").format(
                self.segment_name(row.segment), format_number(row.customers), row.revenue_share * 100))
            item.setData(Qt.ItemDataRole.UserRole, row.segment)
            self.segment_list.addItem(item)
        self.segment_list.blockSignals(False)

    def _fill_grid(self, grid: pd.DataFrame) -> None:
        vmax = max(int(grid["customers"].max()), 1)
        currency_total = grid["revenue"].sum()
        for row in grid.itertuples():
            r_index, f_index = 5 - int(row.r_score), int(row.f_score) - 1
            share = row.revenue / currency_total * 100 if currency_total else 0
            item = QTableWidgetItem(local_format(self.tr("{0}\n{1} customers\n{2:,.0f} ({3:.0f} %)"),
                                                 self.segment_name(row.segment), format_number(row.customers),
                                                 row.revenue, share))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setData(Qt.ItemDataRole.UserRole, (int(row.r_score), int(row.f_score)))
            level = row.customers / vmax
            item.setBackground(QBrush(QColor.fromRgbF(1 - 0.75 * level, 1 - 0.45 * level, 1 - 0.15 * level)))
            item.setForeground(QBrush(QColor("white" if level > 0.6 else "#222222")))
            item.setToolTip(self.tr("R{0} F{1}: {2} customers").format(row.r_score, row.f_score, row.customers))
            self.grid.setItem(r_index, f_index, item)

    def _segment_chosen(self, current, _previous=None) -> None:
        if current is None:
            return
        key = current.data(Qt.ItemDataRole.UserRole)
        self._filter = ("segment", key) if key else None
        self.grid.clearSelection()
        self._apply_filter()

    def _cell_clicked(self, row: int, column: int) -> None:
        self.select_cell(5 - row, column + 1)

    def select_cell(self, r_score: int, f_score: int) -> None:
        """Show the customers of grid cell R``r_score`` F``f_score``; returns None."""
        self._filter = ("cell", int(r_score), int(f_score))
        self.segment_list.blockSignals(True)
        self.segment_list.setCurrentRow(-1)
        self.segment_list.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        frame = self.segmented
        if frame.empty:
            return
        scheme = self.scheme.currentData()
        if self._filter and self._filter[0] == "cell":
            _, r, f = self._filter
            frame = customers_in_cell(frame, r, f)
            self.selection_label.setText(self.tr("Recency {0}, frequency {1}: {2} customers").format(
                r, f, format_number(len(frame))))
            keys = frame["segment"].mode()
            key = keys.iat[0] if len(keys) else None
        elif self._filter and self._filter[0] == "segment":
            key = self._filter[1]
            frame = frame[frame["segment"] == key]
            self.selection_label.setText(self.tr("{0}: {1} customers").format(self.segment_name(key),
                                                                              format_number(len(frame))))
        else:
            key = None
            self.selection_label.setText(self.tr("All customers: {0}").format(format_number(len(frame))))
        if key is not None and key in getattr(self, "_summary", pd.DataFrame()).index:
            info = self._summary.loc[key]
            self.segment_text.setText(local_format(self.tr("<b>{0}</b><br>{1}<br><br><b>What to do:</b> {2}<br><br>"
                                              "{3} customers, {4:,.0f} revenue; on average {5:.1f} orders, "
                                              "last order {6:.0f} days ago."),
                self.segment_name(key), translate_text(info["explanation"]),
                translate_text(info["action"]), format_number(int(info['customers'])),
                info["revenue"], info["avg_orders"] if not pd.isna(info["avg_orders"]) else 0,
                info["avg_recency_days"] if not pd.isna(info["avg_recency_days"]) else 0))
        else:
            self.segment_text.setText(self.tr("Pick a segment on the left or a cell in the grid to see who is in "
                                              "it and what to do for them."))
        self.segment_customers.set_frame(frame, self._headers(), "monetary")
        self._search_changed(self.search.text())
        _ = scheme

    # ------------------------------------------------------------------------------------------ lists
    def _vip_mode_changed(self) -> None:
        self.vip_size.blockSignals(True)
        self.vip_size.setValue(10 if self.vip_mode.currentData() == "percent" else 50)
        self.vip_size.blockSignals(False)
        self._refresh_lists()

    def _refresh_lists(self) -> None:
        if self.overview is None or self.segmented.empty or self.shop is None:
            return
        ov = Overview(self.segmented, self.overview.clv, self.overview.shop_interval_days)
        if self.vip_mode.currentData() == "percent":
            options = {"vip_percent": self.vip_size.value(), "winback_factor": self.winback_factor.value()}
        else:
            options = {"vip_top": int(self.vip_size.value()), "winback_factor": self.winback_factor.value()}
        self.start("lists", make_lists, ov, options, on_done=self._show_lists, on_failed=self._failed)

    def _show_lists(self, lists) -> None:
        self.lists = lists
        headers = {"customer_id": self.tr("No."), "name": self.tr("Customer"), "reason": self.tr("Why"),
                   "email": self.tr("E-mail"), "country": self.tr("Country"), "segment_text": self.tr("Segment"),
                   "recency_days": self.tr("Days since last order"), "frequency": self.tr("Orders"),
                   "typical_interval_days": self.tr("Usual days between orders"), "monetary": self.tr("Spent"),
                   "clv": self.tr("Predicted value"), "churn_probability": self.tr("Chance of having stopped")}
        sort_by = "clv" if self.overview.clv.reliable else "monetary"
        for key, table in self.list_tables.items():
            members = lists[key].members.copy()
            members["segment_text"] = members["segment"].map(self.segment_name)
            members["reason"] = members["reason"].map(translate_text)
            table.set_frame(members, headers, sort_by)
            self.list_tabs.setTabText(list(self.list_tables).index(key), self.tr("{0} ({1})").format(
                {"vip": self.tr("VIP"), "winback": self.tr("Win-back"), "at_risk": self.tr("At risk")}[key],
                format_number(len(members))))
        self._update_list_text()
        self._search_changed(self.search.text())

    def _update_list_text(self) -> None:
        lists = getattr(self, "lists", None)
        if not lists:
            return
        key = list(self.list_tables)[max(self.list_tabs.currentIndex(), 0)]
        self.list_text.setText(translate_text(lists[key].explanation))

    def _export_list(self) -> None:
        lists = getattr(self, "lists", None)
        if not lists:
            return
        key = list(self.list_tables)[max(self.list_tabs.currentIndex(), 0)]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export list"), f"{key}.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        from core.exports import write_safe_csv
        frame = self.list_tables[key].shown_frame()
        try:
            write_safe_csv(frame[[c for c in LIST_EXPORT_COLUMNS if c in frame.columns]], path)
        except Exception as exc:  # shown in plain words
            show_error(self, self.tr("Could not export the list"), exc)

    # ------------------------------------------------------------------------------------------ predictions
    def _fill_predictions(self) -> None:
        clv = self.overview.clv
        if clv.reliable:
            self.prediction_text.setText(self.tr(
                "Predicted value over the next {0} months (discounted {1:g} % a month), the chance each customer "
                "has stopped buying, and when they will probably order next.").format(
                clv.horizon_months, clv.monthly_discount * 100))
        else:
            self.prediction_text.setText(self.tr("Predictions would be rough with this little history, so the "
                                                 "lists use past spending (RFM) instead."))
        table = clv.table.copy()
        self.predictions.set_frame(table, {
            "customer_id": self.tr("No."), "name": self.tr("Customer"), "email": self.tr("E-mail"),
            "repeat_purchases": self.tr("Repeat orders"), "total_spend": self.tr("Spent"),
            "p_alive": self.tr("Chance still a customer"), "expected_purchases": self.tr("Expected orders"),
            "expected_order_value": self.tr("Expected order value"), "clv": self.tr("Predicted value"),
            "expected_next_order": self.tr("Next order expected")}, "clv" if clv.reliable else "total_spend")

    def _backtest_ready(self, result) -> None:
        self.backtest = result
        if "error" in result:
            self.backtest_text.setText(self.tr("The predictions could not be tested yet: {0}").format(result["error"]))
            return
        s = result["summary"]
        diff = s["difference_percent"]
        self.backtest_text.setText(local_format(self.tr(
            "Test: fitted on the history up to {0} and checked on the last {1} weeks. The model expected {2} repeat "
            "orders from {3} customers; they placed {4} ({5:.0f} % {6}). Per customer it was off by {7:.2f} "
            "orders on average."),
            s["calibration_end"][:10], s["holdout_weeks"], format_number(s['predicted_total']),
            format_number(s['customers']),
            format_number(s['actual_total']), abs(diff),
            self.tr("more predicted than actual") if diff >= 0 else self.tr("fewer predicted than actual"),
            s["mean_absolute_error"]))
        figure = result.get("figure")
        if figure is not None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            if self._canvas is not None:
                self._canvas.setParent(None)
            self._canvas = FigureCanvasQTAgg(figure)
            self._canvas.setMinimumHeight(220)
            self.backtest_layout.addWidget(self._canvas, 1)

    # ------------------------------------------------------------------------------------------ clusters
    def _tab_changed(self, _index: int) -> None:
        if (self.tabs.currentWidget() is self.clusters_page and self.cluster_result is None
                and not self.running("clusters")):
            self._start_clusters()

    def _start_clusters(self) -> None:
        if self.shop is None:
            return
        self.cluster_text.setText(self.tr("Finding groups of similar customers…"))
        k = self.cluster_k.currentData() or None
        self.start("clusters", load_clusters, k, on_done=self._clusters_ready, on_failed=self._clusters_failed)

    def _clusters_failed(self, error) -> None:
        from desktop.errors import plain_message
        self.cluster_text.setText(plain_message(error))

    def _clusters_ready(self, result) -> None:
        self.cluster_result = result
        self.cluster_text.setText(self.tr("{0} groups (silhouette {1:.2f}; closer to 1 = more distinct). Click a "
                                          "group to see its customers.").format(result.k, result.silhouette))
        clusters = result.clusters.assign(customer_id=result.clusters["cluster"],
                                          description=result.clusters["description"].map(
                                              translate_text))
        self.cluster_table.set_frame(clusters, {
            "cluster": self.tr("Group"), "description": self.tr("Description"), "customers": self.tr("Customers"),
            "avg_recency_days": self.tr("Days since last order"), "avg_orders": self.tr("Orders"),
            "avg_spend": self.tr("Spent"), "avg_order": self.tr("Average order"),
            "top_country": self.tr("Main country")})

    def _cluster_chosen(self, index) -> None:
        if self.cluster_result is None or self.segmented.empty:
            return
        source = self.cluster_table.proxy.mapToSource(index).row()
        cluster = int(self.cluster_table.model.frame().iloc[source]["cluster"])
        ids = self.cluster_result.assignments.loc[self.cluster_result.assignments["cluster"] == cluster, "customer_id"]
        frame = self.segmented[self.segmented["customer_id"].isin(set(ids))]
        self.cluster_customers.set_frame(frame, self._headers(), "monetary")

    # ------------------------------------------------------------------------------------------ search, profile
    def _search_changed(self, text: str) -> None:
        for table in self._all_tables():
            if table is not self.cluster_table:
                table.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", self.all_customers.rows()))

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
