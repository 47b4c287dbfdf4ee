"""The one table widget for a pandas DataFrame: a read-only QTableView over ``DataFrameModel`` with sorting by the
raw values, a text filter, columns sized to their contents, Ctrl+C copying the selected rows, and a sentence instead
of a blank pane while it has no rows (what is being worked out, or what an empty result means)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.models.dataframe_model import DataFrameModel, FrameSortProxy
from desktop.widgets.empty_text import EmptyText
from desktop.widgets.explain import explanation

MAX_COLUMN_WIDTH = 320
RESIZE_SAMPLE_ROWS = 200
"""Rows Qt reads per column when sizing the columns to their contents (besides the rows in view)."""
GLOSSARY_COLUMNS = {
    "confidence": "confidence", "confidence_ab": "confidence", "confidence_ba": "confidence", "lift": "lift",
    "p_alive": "p_alive", "silhouette": "silhouette", "r_score": "rfm", "f_score": "rfm", "m_score": "rfm",
    "rfm_code": "rfm",
}
"""Frame columns whose header explains its word on hover (keys of ``desktop.widgets.explain.EXPLANATIONS``)."""


class ExplainedHeaderProxy(FrameSortProxy):
    """The sort/filter proxy of a FrameTable; a column holding a word owners may not know (lift, confidence, the
    chance still a customer, R/F/M scores) explains it as the header's tooltip."""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            source = self.sourceModel()
            names = [name for name in GLOSSARY_COLUMNS if source.column_index(name) == section]
            if names:
                return explanation(GLOSSARY_COLUMNS[names[0]]) or None
        return super().headerData(section, orientation, role)


def plain_dtypes(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with nullable pandas number columns (Int64, Float64) as plain numpy ones for Qt."""
    frame = frame.copy()
    for col in frame.columns:
        dtype = frame[col].dtype
        if isinstance(dtype, pd.api.extensions.ExtensionDtype) and dtype.kind in "iuf":
            frame[col] = frame[col].to_numpy(dtype=float, na_value=np.nan) if frame[col].isna().any() \
                else frame[col].to_numpy(dtype="int64" if dtype.kind in "iu" else float)
    return frame


class FrameTable(EmptyText, QTableView):
    """A read-only table over a DataFrame.

    Parameters
    ----------
    parent : QWidget, optional
    sortable : bool
        Clicking a header sorts by the raw values (``FrameSortProxy``); the rows keep the frame's order until then.
    natural_order : bool
        Show no sort indicator at first (core hands the rows strongest first).
    single_selection : bool
        Select one row at a time instead of several.
    empty : str
        The sentence shown when a frame without rows is set (what an empty result means); ``show_waiting`` shows
        what is being worked out meanwhile.

    ``frame_model`` is the ``DataFrameModel``, ``proxy`` the sort/filter proxy the view shows (``model()``).
    """

    def __init__(self, parent=None, sortable: bool = True, natural_order: bool = False,
                 single_selection: bool = False, select_rows: bool = True, alternating: bool = True,
                 empty: str = ""):
        super().__init__(parent)
        self._pending_resize: int | None | bool = False  # False: no sizing waits for the table to be shown
        self.empty_result_text = empty
        self.set_empty_text(empty)
        self.frame_model = DataFrameModel(self)
        self.proxy = ExplainedHeaderProxy(self)
        self.proxy.setSourceModel(self.frame_model)
        self.setModel(self.proxy)
        # any new frame (set here or on the model by a screen) is the result: the "working" sentence ends
        self.frame_model.modelReset.connect(lambda: self.set_empty_text(self.empty_result_text))
        if natural_order:
            # column -1 keeps the frame's order; with a descending order Qt would show it reversed
            self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # Column widths from the rows in view and a sample of RESIZE_SAMPLE_ROWS (Qt's default reads 1,000 rows per
        # column: 3.8 s of the GUI thread for the customers screen's tables on a 93,000-customer shop).
        self.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.setSortingEnabled(sortable)
        if select_rows:
            self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if single_selection:
            self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(alternating)
        self.verticalHeader().setVisible(False)

    def set_frame(self, frame: pd.DataFrame, headers: dict[str, str] | None = None, sort_column: str | None = None,
                  resize: bool = True, max_width: int | None = MAX_COLUMN_WIDTH) -> None:
        """Show ``frame`` with the (translated) ``headers`` (None: every column, named as in the frame); size the
        columns to their contents (at most ``max_width`` pixels) and sort by ``sort_column``, largest first;
        returns None."""
        sorted_now = sort_column in frame.columns and (headers is None or sort_column in headers)
        if sorted_now:
            self.proxy.forget_sort()  # sorted once, below, not first by the previous frame's column as well
        self.frame_model.set_frame(plain_dtypes(frame), headers)
        if resize:
            self.resize_columns(max_width)
        if sort_column and self.frame_model.column_index(sort_column) >= 0:
            self.sortByColumn(self.frame_model.column_index(sort_column), Qt.SortOrder.DescendingOrder)

    def clear(self) -> None:
        """Show no rows; returns None."""
        self.frame_model.set_frame(pd.DataFrame())

    def resize_columns(self, max_width: int | None = MAX_COLUMN_WIDTH) -> None:
        """Size the columns to their contents, none wider than ``max_width``; returns None. A hidden table (on a tab
        not open) is sized when it is shown: Qt reads every sampled cell to size a column, 0.1 s of the GUI thread per
        table of a 93,000-customer shop, and the Customers screen fills six hidden ones as it opens."""
        if not self.isVisible():
            self._pending_resize = max_width
            return
        self._pending_resize = False
        self.resizeColumnsToContents()
        if max_width:
            for col in range(self.frame_model.columnCount()):
                if self.columnWidth(col) > max_width:
                    self.setColumnWidth(col, max_width)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._pending_resize is not False:
            self.resize_columns(self._pending_resize)

    def frame(self) -> pd.DataFrame:
        """Return the DataFrame being shown (all its columns, in the frame's order)."""
        return self.frame_model.frame()

    def rows(self) -> int:
        """Return the number of rows shown (after the filter)."""
        return self.proxy.rowCount()

    def source_row(self, index: QModelIndex) -> int:
        """Return the frame row of a view ``index``."""
        return self.proxy.mapToSource(index).row()

    def record(self, index: QModelIndex) -> dict:
        """Return the full record (every column) of the row at view ``index``."""
        return self.frame_model.row_record(self.source_row(index))

    def shown_frame(self) -> pd.DataFrame:
        """Return the rows shown (after the filter), in display order, as a DataFrame."""
        rows = [self.source_row(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]
        return self.frame().iloc[rows]

    def selected_text(self) -> str:
        """Return the selected rows (or the whole table when nothing is selected) as tab-separated text with the
        column headers, as shown (for pasting into a spreadsheet)."""
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()}) \
            or list(range(self.proxy.rowCount()))
        columns = [c for c in range(self.proxy.columnCount()) if not self.isColumnHidden(c)]
        lines = ["\t".join(str(self.proxy.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        for row in rows:
            lines.append("\t".join(str(self.proxy.index(row, c).data() or "").replace("\t", " ").replace("\n", " ")
                                   for c in columns))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        """Put ``selected_text()`` on the clipboard; returns None."""
        QGuiApplication.clipboard().setText(self.selected_text())

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)
