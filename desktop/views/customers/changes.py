"""The "What changed" tab: how customers moved between segments from one date to another (table and chart), the
customers of one movement with their export, and the repeat rate by first product and by first discount code.

A mixin of ``CustomersView`` (``desktop.views.customers_view``): texts use ``translate("CustomersView", …)``. The
work (segments at two dates, first purchases, the chart) runs in a worker; the tab loads when first shown and
again after the shop changes.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (QDateEdit, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from core.analysis.first_purchase import product_insight, repeat_by_first_code, repeat_by_first_product
from core.analysis.movements import NEW, NEW_TEXT, export_movement, last_month, movements
from core.analysis.segments import segment_info
from core.charts.movements import MOVEMENT_TEXTS, movements_chart
from core.shop_data import ShopData
from desktop.errors import plain_message, show_error
from desktop.i18n import translate_text
from desktop.views.customers.table import CustomerTable
from desktop.widgets.chart_widget import ChartWidget
from desktop.widgets.frame_table import FrameTable

translate = QCoreApplication.translate


def load_changes(db, start, end, scheme: str, labels: dict, names: dict) -> dict:
    """Return what the tab shows for ``start``..``end`` (None: the month before the last order): the dates used,
    the Movements, the first-product and first-code tables and the movements chart (built with ``labels`` and
    segment ``names`` in the UI language)."""
    if start is None or end is None:
        start, end = last_month(db)
    moves = movements(db, start, end, scheme=scheme)
    shop = ShopData(db)
    firsts = repeat_by_first_product(db, orders=shop.orders, lines=shop.lines)
    codes = repeat_by_first_code(db, orders=shop.orders)
    return {"start": start, "end": end, "moves": moves, "firsts": firsts, "codes": codes,
            "insight": product_insight(firsts), "chart": movements_chart(moves, labels=labels, names=names)}


def write_movement(db, moves, from_segment: str, to_segment: str, path: str):
    """Write one movement's customers to ``path`` (core.analysis.movements.export_movement); returns the path."""
    return export_movement(db, moves, from_segment, to_segment, path)


def segment_labels(scheme: str) -> dict[str, str]:
    """Return {segment key: name in the UI language} for ``scheme``, with "No orders yet" for new customers."""
    info = segment_info(scheme)
    return {NEW: translate_text(NEW_TEXT())} | {key: translate_text(name) for key, name in zip(info["key"],
                                                                                             info["name"])}


def _in_core_order(table: FrameTable) -> None:
    """Show ``table``'s rows in the order core handed them (largest moves / surest products first)."""
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class ChangesTab:
    """The "What changed" tab of ``CustomersView``."""

    def _build_changes_tab(self) -> None:
        self.changes_result = None
        self._changes_dates_set = False  # True once the pickers hold dates the owner sees (then they are used)
        page = QWidget()
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.changes_from, self.changes_to = QDateEdit(), QDateEdit()
        for edit in (self.changes_from, self.changes_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format)
        controls.addWidget(QLabel(translate("CustomersView", "From")))
        controls.addWidget(self.changes_from)
        controls.addWidget(QLabel(translate("CustomersView", "to")))
        controls.addWidget(self.changes_to)
        self.changes_show = QPushButton(translate("CustomersView", "Show changes"))
        self.changes_show.clicked.connect(self._start_changes)
        controls.addWidget(self.changes_show)
        controls.addStretch(1)
        self.changes_export = QPushButton(translate("CustomersView", "Export these customers…"))
        self.changes_export.setToolTip(translate("CustomersView", "Save the customers of the chosen movement as a "
                                                 "CSV file, for example to send them an offer"))
        self.changes_export.setEnabled(False)
        self.changes_export.clicked.connect(self._export_changes)
        controls.addWidget(self.changes_export)
        layout.addLayout(controls)
        self.changes_text = QLabel()
        self.changes_text.setWordWrap(True)
        layout.addWidget(self.changes_text)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.movement_table = FrameTable(natural_order=True, single_selection=True)
        self.movement_table.clicked.connect(self._movement_chosen)
        left_layout.addWidget(self.movement_table, 1)
        self.movement_customers = CustomerTable(empty=translate(
            "CustomersView", "Click a row above to see the customers who moved that way."))
        self.movement_customers.sig_open.connect(self.open_profile)
        left_layout.addWidget(self.movement_customers, 1)
        top.addWidget(left)
        self.movement_chart = ChartWidget(name="movements")
        top.addWidget(self.movement_chart)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)  # the grid chart needs the room
        splitter.addWidget(top)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.first_text = QLabel()
        self.first_text.setWordWrap(True)
        bottom_layout.addWidget(self.first_text)
        tables = QHBoxLayout()
        self.first_products = FrameTable(natural_order=True)
        self.first_codes = FrameTable(natural_order=True)
        tables.addWidget(self.first_products, 3)
        tables.addWidget(self.first_codes, 2)
        bottom_layout.addLayout(tables, 1)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.tabs.addTab(page, translate("CustomersView", "What changed"))
        self.changes_page = page
        self.tabs.currentChanged.connect(self._changes_tab_shown)
        self.scheme.currentIndexChanged.connect(self._changes_scheme_changed)

    # ---- loading
    def _changes_reset(self) -> None:
        """Forget the shown changes (the shop changed); reload them now when the tab is showing."""
        self.changes_result = None
        self._changes_dates_set = False
        if self.shop is None:
            self.cancel("changes")
            for table in (self.movement_table, self.first_products, self.first_codes):
                table.set_frame(pd.DataFrame(), {})
            self.movement_customers.set_frame(pd.DataFrame(), {})
            self.movement_chart.set_figure(None)
            self.changes_text.setText("")
            self.first_text.setText("")
            self.changes_export.setEnabled(False)
        elif self.tabs.currentWidget() is self.changes_page:
            self._start_changes()

    def _changes_scheme_changed(self, _index: int = 0) -> None:
        """Another segment map: the shown movements are out of date (same dates, recomputed when visible)."""
        self.changes_result = None
        if self.shop is not None and self.tabs.currentWidget() is self.changes_page:
            self._start_changes()

    def _changes_tab_shown(self, _index: int = 0) -> None:
        if (self.tabs.currentWidget() is self.changes_page and self.changes_result is None
                and not self.running("changes")):
            self._start_changes()

    def _start_changes(self) -> None:
        if self.shop is None:
            return
        start = end = None
        if self._changes_dates_set:
            start = self.changes_from.date().toPython()
            end = self.changes_to.date().toPython()
        labels = {key: translate_text(template()) for key, template in MOVEMENT_TEXTS.items()}
        scheme = self.scheme.currentData() or "rf10"
        names = segment_labels(scheme)
        self.changes_text.setText(translate("CustomersView", "Rebuilding the segments at both dates…"))
        self.changes_show.setEnabled(False)
        self.start("changes", load_changes, start, end, scheme, labels, names,
                   on_done=self._changes_ready, on_failed=self._changes_failed)

    def _changes_failed(self, error) -> None:
        self.changes_show.setEnabled(True)
        self.changes_text.setText(plain_message(error))

    def _changes_ready(self, result: dict) -> None:
        self.changes_result = result
        self.changes_show.setEnabled(True)
        for edit, day in ((self.changes_from, result["start"]), (self.changes_to, result["end"])):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._changes_dates_set = True
        moves = result["moves"]
        sentences = [translate_text(sentence) for sentence in moves.sentences(3)]
        self.changes_text.setText(" ".join(sentences) if sentences else
                                  translate("CustomersView", "No customer changed segment between these dates."))
        names = segment_labels(moves.scheme)
        table = moves.table.assign(from_text=moves.table["from_segment"].map(names),
                                   to_text=moves.table["to_segment"].map(names))
        self.movement_table.set_frame(table, {
            "from_text": translate("CustomersView", "Segment then"), "to_text": translate("CustomersView", "Segment now"),
            "customers": translate("CustomersView", "Customers")})
        _in_core_order(self.movement_table)
        self.movement_customers.set_frame(pd.DataFrame(), {})
        self.changes_export.setEnabled(False)
        self.movement_chart.set_figure(result["chart"])
        self._show_first_purchases(result["firsts"], result["codes"], result["insight"])

    def _show_first_purchases(self, firsts: pd.DataFrame, codes: pd.DataFrame, insight) -> None:
        self.first_text.setText(translate_text(insight) if insight is not None else translate(
            "CustomersView", "Repeat rate by first product: products need at least 10 customers whose first order "
            "had them before they are compared."))
        percent = {"repeat_percent": (firsts["repeat_rate"] * 100).round(1) if len(firsts) else [],
                   "shop_percent": (firsts["shop_rate"] * 100).round(1) if len(firsts) else []}
        self.first_products.set_frame(firsts.assign(**percent, ratio=firsts["ratio"].round(2)), {
            "product_name": translate("CustomersView", "First product"),
            "first_buyers": translate("CustomersView", "First buyers"),
            "came_back": translate("CustomersView", "Came back"),
            "repeat_percent": translate("CustomersView", "Came back (%)"),
            "shop_percent": translate("CustomersView", "Shop average (%)"),
            "ratio": translate("CustomersView", "× average")})
        _in_core_order(self.first_products)
        shown_codes = codes.assign(
            code_text=[code or translate("CustomersView", "(no code)") for code in codes["discount_code"]],
            repeat_percent=(codes["repeat_rate"] * 100).round(1) if len(codes) else [])
        self.first_codes.set_frame(shown_codes, {
            "code_text": translate("CustomersView", "First discount code"),
            "first_buyers": translate("CustomersView", "First buyers"),
            "repeat_percent": translate("CustomersView", "Came back (%)")})
        _in_core_order(self.first_codes)

    # ---- one movement
    def _chosen_movement(self) -> tuple[str, str] | None:
        index = self.movement_table.currentIndex()
        if self.changes_result is None or not index.isValid():
            return None
        record = self.movement_table.record(index)
        return str(record["from_segment"]), str(record["to_segment"])

    def _movement_chosen(self, _index=None) -> None:
        chosen = self._chosen_movement()
        if chosen is None:
            return
        members = self.changes_result["moves"].members_of(*chosen)
        self.movement_customers.set_frame(members, {
            "customer_id": translate("CustomersView", "No."), "name": translate("CustomersView", "Customer"),
            "email": translate("CustomersView", "E-mail"), "orders_before": translate("CustomersView", "Orders then"),
            "orders_after": translate("CustomersView", "Orders now"),
            "spend_after": translate("CustomersView", "Spent")}, "spend_after")
        self.changes_export.setEnabled(len(members) > 0)

    def _export_changes(self) -> None:
        chosen = self._chosen_movement()
        if chosen is None:
            return
        name = f"{chosen[0]}-to-{chosen[1]}.csv"
        path, _ = QFileDialog.getSaveFileName(self, translate("CustomersView", "Export these customers"), name,
                                              translate("CustomersView", "CSV files (*.csv)"))
        if not path:
            return
        self.start("changes_export", write_movement, self.changes_result["moves"], chosen[0], chosen[1], path,
                   on_failed=lambda error: show_error(
                       self, translate("CustomersView", "Could not export the customers"), error))
