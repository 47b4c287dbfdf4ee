"""The Segments tab: the segment list, the 5×5 recency × frequency grid, score cut-offs and the customers of
the chosen segment or cell.

A mixin of ``CustomersView`` (``desktop.views.customers_view``): the screen keeps one class, whose name
stays the translation context of these texts (``translate("CustomersView", …)``)."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidgetItem, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from core.analysis.grid import customers_in_cell
from core.analysis.segments import Cutoffs
from desktop.i18n import format_number, format_number_list, local_format, parse_number_list, translate_text
from desktop.widgets.empty_text import SentenceList
from desktop.widgets.explain import explain, explain_link
from desktop.views.customers.jobs import score
from desktop.views.customers.table import CustomerTable

translate = QCoreApplication.translate


def _parse_four(text: str) -> list[float] | None:
    try:
        values = [float(v) for v in text.replace(";", ",").split(",") if v.strip()]
    except ValueError:
        return None
    return values if len(values) == 4 else None


class SegmentsTab:
    """The segments tab of ``CustomersView``."""

    def _build_segments_tab(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        top = QSplitter(Qt.Orientation.Horizontal)
        self.segment_list = SentenceList()
        self.segment_list.setMinimumWidth(220)
        self.segment_list.currentItemChanged.connect(self._segment_chosen)
        top.addWidget(self.segment_list)
        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        grid_note = QLabel(translate("CustomersView", "Recency (5 = bought most recently) × frequency (5 = most orders). "
                                     "Click a cell to see its customers."))
        grid_note.setWordWrap(True)  # one line was 842 px wide in Russian
        grid_title = QHBoxLayout()
        grid_title.addWidget(grid_note, 1)
        grid_title.addWidget(explain_link("rfm"))
        mid.addLayout(grid_title)
        self.grid = QTableWidget(5, 5)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setHorizontalHeaderLabels([translate("CustomersView", "F{0}").format(f) for f in range(1, 6)])
        self.grid.setVerticalHeaderLabels([translate("CustomersView", "R{0}").format(r) for r in range(5, 0, -1)])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(230)
        self.grid.cellClicked.connect(self._cell_clicked)
        mid.addWidget(self.grid)
        self.frequency_note = QLabel()  # "most customers bought once, so they all have F1" (core's keyed note)
        self.frequency_note.setWordWrap(True)
        self.frequency_note.setVisible(False)
        mid.addWidget(self.frequency_note)
        top.addWidget(middle)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.segment_text = QLabel()
        self.segment_text.setWordWrap(True)
        self.segment_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(self.segment_text, 1)
        cut_box = QGroupBox(translate("CustomersView", "Score cut-offs (for scores 2, 3, 4, 5)"))
        form = QFormLayout(cut_box)
        self.cut_recency = QLineEdit()
        self.cut_frequency = QLineEdit()
        self.cut_monetary = QLineEdit()
        form.addRow(translate("CustomersView", "Days since last order at most"), self.cut_recency)
        form.addRow(translate("CustomersView", "Orders at least"), self.cut_frequency)
        form.addRow(translate("CustomersView", "Spend at least"), self.cut_monetary)
        buttons = QHBoxLayout()
        self.cut_reset = QPushButton(translate("CustomersView", "Equal groups (quintiles)"))
        self.cut_reset.clicked.connect(self._reset_cutoffs)
        buttons.addWidget(self.cut_reset)
        explain(self.cut_reset, "quintiles")
        buttons.addWidget(explain_link("quintiles"))
        form.addRow(buttons)
        for edit in (self.cut_recency, self.cut_frequency, self.cut_monetary):
            edit.textEdited.connect(self._cutoffs_edited)
        side_layout.addWidget(cut_box)
        top.addWidget(side)
        top.setSizes([240, 640, 300])  # the grid gets the room: its cells name a segment in two or three words
        top.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        self.selection_label = QLabel()
        low.addWidget(self.selection_label)
        self.segment_customers = CustomerTable(empty=translate(
            "CustomersView", "Click a segment on the left or a cell of the grid to see its customers."))
        self.segment_customers.sig_open.connect(self.open_profile)
        low.addWidget(self.segment_customers)
        splitter.addWidget(lower)
        splitter.setSizes([300, 300])
        outer.addWidget(splitter)
        self.tabs.addTab(page, translate("CustomersView", "Segments"))
        self.segments_page = page

    def _current_cutoffs(self) -> Cutoffs | None:
        r, f, m = (parse_number_list(e.text(), 4) for e in (self.cut_recency, self.cut_frequency, self.cut_monetary))
        if not getattr(self, "_cutoffs_custom", False):
            return None
        return Cutoffs(r or [], f or [], m or [])

    def _fill_cutoffs(self, cuts: Cutoffs) -> None:
        for edit, values in ((self.cut_recency, cuts.recency), (self.cut_frequency, cuts.frequency),
                             (self.cut_monetary, cuts.monetary)):
            edit.setText(format_number_list(values))  # the local decimal mark: "7; 30,5; 90; 180" in Polish

    def _cutoffs_edited(self) -> None:
        self._cutoffs_custom = True
        self._rescore()

    def _reset_cutoffs(self) -> None:
        self._cutoffs_custom = False
        self._rescore(with_defaults=True)

    def set_cutoffs(self, cutoffs: Cutoffs) -> None:
        """Score with the owner's ``cutoffs`` (as if typed in the cut-off boxes); returns None."""
        self.cut_recency.setText(format_number_list(cutoffs.recency))
        self.cut_frequency.setText(format_number_list(cutoffs.frequency))
        self.cut_monetary.setText(format_number_list(cutoffs.monetary))
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
        self.segmented["segment_text"] = self.segment_texts(self.segmented["segment"])
        self._fill_segment_list(scored["summary"])
        self._fill_grid(scored["grid"])
        note = scored.get("frequency_note")
        self.frequency_note.setText(translate_text(note) if note is not None else "")
        self.frequency_note.setVisible(note is not None)
        self.all_customers.set_frame(self.segmented, self._headers({
            "clv": translate("CustomersView", "Predicted value"), "churn_probability": translate("CustomersView", "Chance of having stopped")}),
            "monetary")
        self._apply_filter()
        self._refresh_lists()
        self._update_count()
        if not self.running("lists"):
            self._start_checks()

    def _fill_segment_list(self, summary: pd.DataFrame) -> None:
        self._summary = summary.set_index("segment")
        self.segment_list.blockSignals(True)
        self.segment_list.clear()
        item = QListWidgetItem(translate("CustomersView", "All customers ({0})").format(format_number(len(self.segmented))))
        item.setData(Qt.ItemDataRole.UserRole, None)
        self.segment_list.addItem(item)
        for row in summary.itertuples():
            item = QListWidgetItem(translate("CustomersView", "{0} ({1}, {2:.0f} % of revenue)").format(
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
            # figures first: where a long segment name wraps, the cell cuts the name (listed beside the grid too)
            item = QTableWidgetItem(local_format(translate("CustomersView", "{1} customers\n{2:,.0f} ({3:.0f} %)\n{0}"),
                                                 self.segment_name(row.segment), format_number(row.customers),
                                                 row.revenue, share))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setData(Qt.ItemDataRole.UserRole, (int(row.r_score), int(row.f_score)))
            level = row.customers / vmax
            item.setBackground(QBrush(QColor.fromRgbF(1 - 0.75 * level, 1 - 0.45 * level, 1 - 0.15 * level)))
            item.setForeground(QBrush(QColor("white" if level > 0.6 else "#222222")))
            item.setToolTip(translate("CustomersView", "R{0} F{1}: {2} customers").format(row.r_score, row.f_score, row.customers))
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
            self.selection_label.setText(translate("CustomersView", "Recency {0}, frequency {1}: {2} customers").format(
                r, f, format_number(len(frame))))
            keys = frame["segment"].mode()
            key = keys.iat[0] if len(keys) else None
        elif self._filter and self._filter[0] == "segment":
            key = self._filter[1]
            frame = frame[frame["segment"] == key]
            self.selection_label.setText(translate("CustomersView", "{0}: {1} customers").format(self.segment_name(key),
                                                                              format_number(len(frame))))
        else:
            key = None
            self.selection_label.setText(translate("CustomersView", "All customers: {0}").format(format_number(len(frame))))
        if key is not None and key in getattr(self, "_summary", pd.DataFrame()).index:
            info = self._summary.loc[key]
            self.segment_text.setText(local_format(translate("CustomersView", "<b>{0}</b><br>{1}<br><br><b>What to do:</b> {2}<br><br>"
                                              "{3} customers, {4:,.0f} revenue; on average {5:.1f} orders, "
                                              "last order {6:.0f} days ago."),
                self.segment_name(key), translate_text(info["explanation"]),
                translate_text(info["action"]), format_number(int(info['customers'])),
                info["revenue"], info["avg_orders"] if not pd.isna(info["avg_orders"]) else 0,
                info["avg_recency_days"] if not pd.isna(info["avg_recency_days"]) else 0))
        else:
            self.segment_text.setText(translate("CustomersView", "Pick a segment on the left or a cell in the grid to see who is in "
                                              "it and what to do for them."))
        self.segment_customers.set_frame(frame, self._headers(), "monetary")
        self._search_changed(self.search.text())
        _ = scheme
