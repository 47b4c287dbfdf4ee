"""The Lists tab: the VIP, win-back and at-risk lists and their export.

A mixin of ``CustomersView`` (``desktop.views.customers_view``): the screen keeps one class, whose name
stays the translation context of these texts (``translate("CustomersView", …)``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from core.analysis.lists import Overview
from desktop.errors import show_error
from desktop.i18n import format_number, translate_text
from desktop.views.customers.jobs import LIST_EXPORT_COLUMNS, make_lists
from desktop.views.customers.table import CustomerTable

translate = QCoreApplication.translate


class ListsTab:
    """The lists tab of ``CustomersView``."""

    def _build_lists_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        self.vip_mode = QComboBox()
        self.vip_mode.addItem(translate("CustomersView", "Top percent"), "percent")
        self.vip_mode.addItem(translate("CustomersView", "Top number"), "number")
        self.vip_size = QDoubleSpinBox()
        self.vip_size.setRange(1, 100000)
        self.vip_size.setDecimals(0)
        self.vip_size.setValue(10)
        self.winback_factor = QDoubleSpinBox()
        self.winback_factor.setRange(1.1, 20)
        self.winback_factor.setSingleStep(0.5)
        self.winback_factor.setValue(2.0)
        self.list_cap = QDoubleSpinBox()  # win-back and at-risk keep the most valuable, at most this share
        self.list_cap.setRange(1, 100)
        self.list_cap.setDecimals(0)
        self.list_cap.setValue(20)
        self.list_cap.setSuffix(translate("CustomersView", " % of customers"))
        self.export_button = QPushButton(translate("CustomersView", "Export list…"))
        self.export_button.clicked.connect(self._export_list)
        controls.addWidget(QLabel(translate("CustomersView", "VIP size:")))
        controls.addWidget(self.vip_mode)
        controls.addWidget(self.vip_size)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        layout.addLayout(controls)
        controls = QHBoxLayout()  # a second row: in one row the list settings were wider than a laptop
        controls.addWidget(QLabel(translate("CustomersView", "Win-back when silent at least")))
        controls.addWidget(self.winback_factor)
        controls.addWidget(QLabel(translate("CustomersView", "× their usual interval")))
        controls.addSpacing(20)
        controls.addWidget(QLabel(translate("CustomersView", "Lists keep at most")))
        controls.addWidget(self.list_cap)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.list_text = QLabel()
        self.list_text.setWordWrap(True)
        layout.addWidget(self.list_text)
        self.list_tabs = QTabWidget()
        self.list_tables: dict[str, CustomerTable] = {}
        for key, label in (("vip", translate("CustomersView", "VIP")), ("winback", translate("CustomersView", "Win-back")), ("at_risk", translate("CustomersView", "At risk"))):
            table = CustomerTable(empty=translate("CustomersView", "Nobody is on this list right now."))
            table.sig_open.connect(self.open_profile)
            self.list_tables[key] = table
            self.list_tabs.addTab(table, label)
        self.list_tabs.currentChanged.connect(self._update_list_text)
        layout.addWidget(self.list_tabs, 1)
        self.vip_mode.currentIndexChanged.connect(self._vip_mode_changed)
        self.vip_size.valueChanged.connect(self._refresh_lists)
        self.winback_factor.valueChanged.connect(self._refresh_lists)
        self.list_cap.valueChanged.connect(self._refresh_lists)
        self.tabs.addTab(page, translate("CustomersView", "Lists"))

    def _vip_mode_changed(self) -> None:
        self.vip_size.blockSignals(True)
        self.vip_size.setValue(10 if self.vip_mode.currentData() == "percent" else 50)
        self.vip_size.blockSignals(False)
        self._refresh_lists()

    def _refresh_lists(self) -> None:
        if self.overview is None or self.segmented.empty or self.shop is None:
            return
        ov = Overview(self.segmented, self.overview.clv, self.overview.shop_interval_days, self.overview.lapse)
        if self.vip_mode.currentData() == "percent":
            options = {"vip_percent": self.vip_size.value(), "winback_factor": self.winback_factor.value()}
        else:
            options = {"vip_top": int(self.vip_size.value()), "winback_factor": self.winback_factor.value()}
        options["max_share"] = self.list_cap.value() / 100.0
        for table in self.list_tables.values():
            table.show_waiting(translate("CustomersView", "Working out the lists…"))
        self.start("lists", make_lists, ov, options, on_done=self._show_lists, on_failed=self._failed)

    def _show_lists(self, lists) -> None:
        self.lists = lists
        headers = {"customer_id": translate("CustomersView", "No."), "name": translate("CustomersView", "Customer"), "reason": translate("CustomersView", "Why"),
                   "email": translate("CustomersView", "E-mail"), "country": translate("CustomersView", "Country"), "segment_text": translate("CustomersView", "Segment"),
                   "recency_days": translate("CustomersView", "Days since last order"), "frequency": translate("CustomersView", "Orders"),
                   "typical_interval_days": translate("CustomersView", "Usual days between orders"), "monetary": translate("CustomersView", "Spent"),
                   "clv": translate("CustomersView", "Predicted value"), "churn_probability": translate("CustomersView", "Chance of having stopped")}
        sort_by = "clv" if self.overview.clv.reliable else "monetary"
        for key, table in self.list_tables.items():
            members = lists[key].members.copy()
            members["segment_text"] = self.segment_texts(members["segment"])
            members["reason"] = members["reason"].map(translate_text)
            table.set_frame(members, headers, sort_by)
            self.list_tabs.setTabText(list(self.list_tables).index(key), translate("CustomersView", "{0} ({1})").format(
                {"vip": translate("CustomersView", "VIP"), "winback": translate("CustomersView", "Win-back"), "at_risk": translate("CustomersView", "At risk")}[key],
                format_number(len(members))))
        self._update_list_text()
        self._search_changed(self.search.text())
        self._start_checks()  # the back-tests come after the lists

    def _update_list_text(self) -> None:
        lists = getattr(self, "lists", None)
        if not lists:
            return
        key = list(self.list_tables)[max(self.list_tabs.currentIndex(), 0)]
        more = lists[key].more_message  # the cap left customers out: say how many
        self.list_text.setText(translate_text(lists[key].explanation) + (" " + translate_text(more) if more else ""))

    def _export_list(self) -> None:
        lists = getattr(self, "lists", None)
        if not lists:
            return
        key = list(self.list_tables)[max(self.list_tabs.currentIndex(), 0)]
        path, _ = QFileDialog.getSaveFileName(self, translate("CustomersView", "Export list"), f"{key}.csv", translate("CustomersView", "CSV files (*.csv)"))
        if not path:
            return
        from core.exports import write_safe_csv
        frame = self.list_tables[key].shown_frame()
        try:
            write_safe_csv(frame[[c for c in LIST_EXPORT_COLUMNS if c in frame.columns]], path)
        except Exception as exc:  # shown in plain words
            show_error(self, translate("CustomersView", "Could not export the list"), exc)
