"""A read-only Qt table model over a pandas DataFrame, sortable by the raw values."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from core.python_values import python_values
from desktop.i18n import current_language, format_date, format_number

SortRole = Qt.ItemDataRole.UserRole
RawRole = Qt.ItemDataRole.UserRole + 1
TOOLTIP_FROM_CHARS = 30


def _display(value) -> str:
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    local = current_language() != "en"  # Polish, Latvian, Russian: "1 234,50" and "12.03.2025"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return format_number(value, 2) if local else f"{value:,.2f}"
    if isinstance(value, pd.Timestamp):  # the UI locale's date: "12.03.2025" in Polish, "12/03/2025" in English
        return format_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value) if local else f"{value:,}"
    return str(value)


def _sort_key(value):
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return float("-inf")
    if isinstance(value, pd.Timestamp):
        return value.value
    return value


class DataFrameModel(QAbstractTableModel):
    """Shows ``frame``; ``headers`` maps column names to (translated) labels; unlisted columns are hidden."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._columns: list[str] = []
        self._labels: list[str] = []
        self._values: list[list | None] = []  # per shown column, its plain Python values once read (None: not yet)
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None  # the sort the rows are in (None: the frame's order)

    def set_frame(self, frame: pd.DataFrame, headers: dict[str, str] | None = None) -> None:
        """Replace the data; returns None."""
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._columns = [c for c in (headers or {c: c for c in frame.columns}) if c in frame.columns]
        self._labels = [(headers or {}).get(c, c) for c in self._columns]
        # A column becomes plain Python values the first time it is read (``_column``), so a table on a closed tab
        # or columns out of sight cost nothing yet: 93,000 customers took the GUI thread 0.25 s a table here.
        self._values = [None] * len(self._columns)
        self._sorted_by = None
        self.endResetModel()

    def _column(self, column: int) -> list:
        """Return view column ``column``'s values as plain Python values, None for missing ones (pandas' NA and NaN,
        which Qt's sorting cannot compare), made once per frame and order."""
        values = self._values[column]
        if values is None:
            values = self._values[column] = python_values(self._frame[self._columns[column]])
        return values

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Put the rows in the order of view column ``column``'s raw values (``_sort_key``: missing lowest; mixed
        kinds by their text), keeping the present order among equal values (a stable sort, as Qt's); the frame
        follows. Selections and other persistent indexes move with their rows; returns None.

        Rows already in that order stay as they are: a stable sort would not move them, and a table given a frame
        and a sort column was sorted three times (the proxy's re-sort of new data, then the view's sort and its
        header's), each a copy of the whole frame: 0.35 s of the GUI thread for the 93,000-customer screen."""
        if self._sorted_by == (column, order):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        ordered = self._numeric_order(column, descending)
        if ordered is None:
            keys = [_sort_key(value) for value in self._column(column)]
            try:
                ordered = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
            except TypeError:  # values of different kinds (a text among numbers): by their text, as lessThan does
                texts = [str(key) for key in keys]
                ordered = sorted(range(len(keys)), key=texts.__getitem__, reverse=descending)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        self._values = [None if values is None else [values[i] for i in ordered] for values in self._values]
        self._frame = self._frame.iloc[ordered].reset_index(drop=True)
        new_row = np.empty(len(ordered), dtype=np.int64)
        new_row[ordered] = np.arange(len(ordered))
        self.changePersistentIndexList(persistent, [self.index(int(new_row[index.row()]), index.column())
                                                    for index in persistent])
        self._sorted_by = (column, order)
        self.layoutChanged.emit()

    def _numeric_order(self, column: int, descending: bool) -> list[int] | None:
        """Return the stable order of view column ``column`` when it holds plain numbers or dates (numpy's sort:
        missing lowest, as ``_sort_key``), None for any other column (sorted in Python)."""
        if not self.rowCount() or column < 0 or column >= len(self._columns):
            return None
        values = self._frame[self._columns[column]]
        if values.dtype.kind == "M":  # dates (with or without a time zone): their ticks, NaT lowest
            keys = pd.DatetimeIndex(values).asi8.copy()
            keys[values.isna().to_numpy()] = np.iinfo(np.int64).min + 1  # + 1: its negation still fits
        elif values.dtype.kind in "iuf" and not isinstance(values.dtype, pd.api.extensions.ExtensionDtype):
            keys = values.to_numpy(dtype=np.float64, copy=True)
            if values.dtype.kind in "iu" and len(keys) and np.abs(keys).max() >= 2 ** 53:
                return None  # beyond float's whole numbers: compared exactly in Python
            keys[np.isnan(keys)] = -np.inf
        else:
            return None
        if descending:
            keys = -keys
        return np.argsort(keys, kind="stable").tolist()

    def column_index(self, name: str) -> int:
        """Return the view column of DataFrame column ``name``, or -1 when it is not shown."""
        return self._columns.index(name) if name in self._columns else -1

    def frame(self) -> pd.DataFrame:
        """Return the DataFrame being shown (all columns)."""
        return self._frame

    def row_record(self, row: int) -> dict:
        """Return the full record of source row ``row`` as a dict."""
        return self._frame.iloc[row].to_dict()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() or not self._columns else len(self._frame)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._column(index.column())[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(value)
        if role == SortRole:
            return _sort_key(value)
        if role == RawRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > TOOLTIP_FROM_CHARS:
            return value  # long texts (reasons, product names) are often cut off by the column: hover shows all
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)) and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._labels[section]
        return None


class FrameSortProxy(QSortFilterProxyModel):
    """Sorts by raw values and filters rows by a case-insensitive text over all columns.

    Over a DataFrameModel the source model sorts its own rows (``sort_rows``: one Python sort, not a ``lessThan``
    call per comparison, which took minutes for 90,000 customers) and the proxy keeps their order; the chosen sort
    is applied again when the model gets new data."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._frame_sort: tuple[int, Qt.SortOrder] | None = None

    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt API)
        super().setSourceModel(model)
        if isinstance(model, DataFrameModel):
            model.modelReset.connect(self._sort_again)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, DataFrameModel) and column >= 0:
            self._frame_sort = (column, order)
            if column < source.columnCount():
                source.sort_rows(column, order)
            return
        self._frame_sort = None
        super().sort(column, order)

    def forget_sort(self) -> None:
        """Keep the next new data in its frame's order (a caller about to sort it by another column); returns None."""
        self._frame_sort = None

    def _sort_again(self) -> None:
        source = self.sourceModel()
        if self._frame_sort is not None and self._frame_sort[0] < source.columnCount():
            source.sort_rows(*self._frame_sort)

    def lessThan(self, left, right) -> bool:  # noqa: N802
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
