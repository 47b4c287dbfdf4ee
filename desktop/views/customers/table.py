"""The one table widget of the Customers screen: a sortable, searchable table over a DataFrame."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from desktop.models.dataframe_model import DataFrameModel, FrameSortProxy


class CustomerTable(QWidget):
    """A sortable customer table over a DataFrame; emits ``sig_open(customer_id)`` on double-click."""

    sig_open = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView()
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.model = DataFrameModel(self)
        self.proxy = FrameSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        self.view.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.view)

    def set_frame(self, frame: pd.DataFrame, headers: dict[str, str], sort_column: str | None = None) -> None:
        """Show ``frame`` with the (translated) ``headers``; returns None."""
        frame = frame.copy()
        for col in frame.columns:                  # nullable pandas dtypes -> plain numpy values for Qt
            dtype = frame[col].dtype
            if isinstance(dtype, pd.api.extensions.ExtensionDtype) and dtype.kind in "iuf":
                frame[col] = frame[col].to_numpy(dtype=float, na_value=np.nan) if frame[col].isna().any() \
                    else frame[col].to_numpy(dtype="int64" if dtype.kind in "iu" else float)
        self.model.set_frame(frame, headers)
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            if self.view.columnWidth(col) > 320:
                self.view.setColumnWidth(col, 320)
        if sort_column and self.model.column_index(sort_column) >= 0:
            self.view.sortByColumn(self.model.column_index(sort_column), Qt.SortOrder.DescendingOrder)

    def rows(self) -> int:
        """Return the number of rows shown (after the search filter)."""
        return self.proxy.rowCount()

    def shown_customer_ids(self) -> list[int]:
        """Return the customer numbers shown, in display order."""
        frame = self.model.frame()
        out = []
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            out.append(int(frame.iloc[source]["customer_id"]))
        return out

    def shown_frame(self) -> pd.DataFrame:
        """Return the rows shown (after the search filter) as a DataFrame."""
        frame = self.model.frame()
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]
        return frame.iloc[rows]

    def _double_clicked(self, index) -> None:
        source = self.proxy.mapToSource(index).row()
        frame = self.model.frame()
        if "customer_id" in frame.columns and 0 <= source < len(frame):
            self.sig_open.emit(int(frame.iloc[source]["customer_id"]))
