"""Customers screen: every customer with recency, frequency and spend; search and open a profile."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout

from core.analysis.rfm import rfm_table
from desktop.errors import show_error
from desktop.models.dataframe_model import DataFrameModel, FrameSortProxy
from desktop.views.base import ShopView
from desktop.workers import start_task


def _load(path):
    from core.store import open_shop
    db = open_shop(path)
    try:
        return rfm_table(db)
    finally:
        db.conn.close()


class CustomersView(ShopView):
    """A searchable, sortable table of customers, best first."""

    view_id = "customers"

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, e-mail or customer number"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.model = DataFrameModel(self)
        self.proxy = FrameSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(self._update_count)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.task = None

    def view_title(self) -> str:
        return self.tr("Customers")

    def set_shop(self, shop) -> None:
        super().set_shop(shop)
        if shop is None:
            self.model.set_frame(pd.DataFrame())
            self._update_count()
            return
        self.count_label.setText(self.tr("Loading…"))
        self.task = start_task(_load, shop.path)
        self.task.sig_done.connect(self._show)
        self.task.sig_failed.connect(lambda e: show_error(self, self.tr("Could not load customers"), e))

    def _show(self, table) -> None:
        self.model.set_frame(table, {
            "name": self.tr("Customer"), "email": self.tr("E-mail"), "country": self.tr("Country"),
            "last_order": self.tr("Last order"), "recency_days": self.tr("Days since last order"),
            "frequency": self.tr("Orders"), "monetary": self.tr("Spent"), "average_order": self.tr("Average order"),
        })
        self.table.resizeColumnsToContents()
        if self.model.column_index("monetary") >= 0:
            self.table.sortByColumn(self.model.column_index("monetary"), Qt.SortOrder.DescendingOrder)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", self.proxy.rowCount()))


VIEW_CLASS = CustomersView
