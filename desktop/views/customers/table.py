"""The customer table of the Customers screen: the shared ``FrameTable`` plus opening a customer on double-click."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.widgets.frame_table import FrameTable


class CustomerTable(QWidget):
    """A sortable customer table over a DataFrame; emits ``sig_open(customer_id)`` on double-click. ``empty`` is
    what an empty result means ("Nobody is on this list right now").

    ``view`` is the ``FrameTable``; ``model`` and ``proxy`` are its DataFrame model and sort/filter proxy.
    """

    sig_open = Signal(int)

    def __init__(self, parent=None, empty: str = ""):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = FrameTable(empty=empty)
        self.model = self.view.frame_model
        self.proxy = self.view.proxy
        self.view.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.view)

    def set_frame(self, frame: pd.DataFrame, headers: dict[str, str], sort_column: str | None = None) -> None:
        """Show ``frame`` with the (translated) ``headers``; returns None."""
        self.view.set_frame(frame, headers, sort_column)

    def show_waiting(self, text: str) -> None:
        """Say ``text`` (what is being worked out) while the table has no rows, until the next ``set_frame``;
        returns None."""
        self.view.show_waiting(text)

    def rows(self) -> int:
        """Return the number of rows shown (after the search filter)."""
        return self.view.rows()

    def shown_customer_ids(self) -> list[int]:
        """Return the customer numbers shown, in display order."""
        shown = self.view.shown_frame()
        return [int(value) for value in shown["customer_id"]] if len(shown) else []

    def shown_frame(self) -> pd.DataFrame:
        """Return the rows shown (after the search filter) as a DataFrame."""
        return self.view.shown_frame()

    def _double_clicked(self, index) -> None:
        source = self.view.source_row(index)
        frame = self.model.frame()
        if "customer_id" in frame.columns and 0 <= source < len(frame):
            self.sig_open.emit(int(frame.iloc[source]["customer_id"]))
