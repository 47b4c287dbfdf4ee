"""The Predictions tab: predicted value and churn per customer, and the back-test of the predictions.

A mixin of ``CustomersView`` (``desktop.views.customers_view``): the screen keeps one class, whose name
stays the translation context of these texts (``translate("CustomersView", …)``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QSplitter, QVBoxLayout,
                               QWidget)

from core.analysis.lapse_backtest import lapse_backtest
from core.errors import ShopkeeperError
from desktop.errors import plain_message
from desktop.i18n import translate_text
from desktop.views.customers.table import CustomerTable

translate = QCoreApplication.translate


def load_lapse_backtest(db, progress=None, cancelled=None):
    """Worker: the lapse ranking's back-test (``core.analysis.lapse_backtest``), or the ShopkeeperError that says
    why it cannot run (a history too short), returned rather than raised so the tab can show it."""
    kwargs = {k: v for k, v in (("progress", progress), ("cancelled", cancelled)) if v is not None}
    try:
        return lapse_backtest(db, **kwargs)
    except ShopkeeperError as exc:
        return exc


class PredictionsTab:
    """The predictions tab of ``CustomersView``."""

    def _build_predictions_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 60)
        self.horizon.setValue(12)
        self.horizon.setSuffix(translate("CustomersView", " months"))
        self.discount = QDoubleSpinBox()
        self.discount.setRange(0, 10)
        self.discount.setSingleStep(0.5)
        self.discount.setValue(1.0)
        self.discount.setSuffix(translate("CustomersView", " % a month"))
        self.recompute = QPushButton(translate("CustomersView", "Recalculate"))
        self.recompute.clicked.connect(self.reload)
        controls.addWidget(QLabel(translate("CustomersView", "Predict value over")))
        controls.addWidget(self.horizon)
        controls.addWidget(QLabel(translate("CustomersView", "discounting future money by")))
        controls.addWidget(self.discount)
        controls.addWidget(self.recompute)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.prediction_text = QLabel()
        self.prediction_text.setWordWrap(True)
        layout.addWidget(self.prediction_text)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.predictions = CustomerTable(empty=translate("CustomersView", "No customers with orders yet."))
        self.predictions.sig_open.connect(self.open_profile)
        splitter.addWidget(self.predictions)
        self.backtest_box = QWidget()
        self.backtest_layout = QVBoxLayout(self.backtest_box)
        self.backtest_layout.setContentsMargins(0, 0, 0, 0)
        self.backtest_text = QLabel(translate("CustomersView", "Testing how well the predictions work…"))
        self.backtest_text.setWordWrap(True)
        self.backtest_layout.addWidget(self.backtest_text)
        self.lapse_text = QLabel(translate("CustomersView", "Testing who stops ordering on the past…"))
        self.lapse_text.setWordWrap(True)
        self.backtest_layout.addWidget(self.lapse_text)
        self.lapse_backtest = None
        splitter.addWidget(self.backtest_box)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter, 1)
        self.tabs.addTab(page, translate("CustomersView", "Predictions"))
        self.predictions_page = page
        self._predictions_shown_for = None
        self.tabs.currentChanged.connect(
            lambda _index: self._fill_predictions() if self.tabs.currentWidget() is page else None)

    def _fill_predictions(self) -> None:
        """Fill the Predictions tab from the overview, once per overview; returns None. It waits until the
        segments and lists are on screen, or the tab is opened: on 93,000 customers the table took 0.6 s of the GUI
        thread, which held back the segments the screen opens on."""
        if self.overview is None or self._predictions_shown_for is self.overview:
            return
        self._predictions_shown_for = self.overview
        clv = self.overview.clv
        if clv.reliable:  # what the tab shows, then core's sentence on what the predictions rest on
            self.prediction_text.setText(translate("CustomersView",
                "Predicted value over the next {0} months (discounted {1:g} % a month), the chance each customer "
                "has stopped buying, and when they will probably order next.").format(
                clv.horizon_months, clv.monthly_discount * 100) + " " + translate_text(clv.message))
        else:  # core's sentence: why there are no predictions (too little history, or no customers yet)
            self.prediction_text.setText(translate_text(clv.message))
        table = clv.table.copy()
        if "p_alive" in table:  # a chance as a percentage: 83, not 0.83
            table["p_alive"] = (table["p_alive"] * 100).round().astype("Int64")
        self.predictions.set_frame(table, {
            "customer_id": translate("CustomersView", "No."), "name": translate("CustomersView", "Customer"), "email": translate("CustomersView", "E-mail"),
            "repeat_purchases": translate("CustomersView", "Repeat orders"), "total_spend": translate("CustomersView", "Spent"),
            "p_alive": translate("CustomersView", "Chance still a customer (%)"), "expected_purchases": translate("CustomersView", "Expected orders"),
            "expected_order_value": translate("CustomersView", "Expected order value"), "clv": translate("CustomersView", "Predicted value"),
            "expected_next_order": translate("CustomersView", "Next order expected")}, "clv" if clv.reliable else "total_spend")
        self.lapse_text.setText(translate("CustomersView", "Testing who stops ordering on the past…"))

    def _start_lapse_backtest(self) -> None:
        """Start the lapse ranking's back-test in a worker; returns None."""
        self.start("lapse_backtest", load_lapse_backtest, on_done=self._lapse_backtest_ready, on_failed=self._failed)

    def _lapse_backtest_ready(self, result) -> None:
        """Show the lapse ranking's back-test: flagged vs others 90 days ago, and the AUC comparison."""
        self.lapse_backtest = result
        if isinstance(result, ShopkeeperError):
            self.lapse_text.setText(translate(
                "CustomersView", "Who stops ordering could not be tested yet: {0}").format(plain_message(result)))
            return
        parts = [translate_text(result.sentence), translate_text(result.comparison)]
        note = self.overview.lapse.note if self.overview is not None and self.overview.lapse is not None else None
        if note is not None:
            parts.append(translate_text(note))
        self.lapse_text.setText(" ".join(parts))

    def _backtest_ready(self, result) -> None:
        self.backtest = result
        if "error" in result:
            self.backtest_text.setText(translate("CustomersView", "The predictions could not be tested yet: {0}").format(result["error"]))
            return
        self.backtest_text.setText(translate_text(result["sentence"]))  # core's sentence, in the UI language
        figure = result.get("figure")
        if figure is not None:
            from desktop.widgets.chart_canvas import ChartCanvas
            if self._canvas is not None:
                self._canvas.setParent(None)
            self._canvas = ChartCanvas(figure)
            self._canvas.setMinimumHeight(220)
            self.backtest_layout.addWidget(self._canvas, 1)
