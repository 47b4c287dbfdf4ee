"""The "Also bought" screen: products bought together, the owner's pins and bans, and proof that picks work.

Tabs: a product's list (search a product, see what shoppers would be shown and why, pin/ban, chart of its
strongest partners), the shop's top pairs and bundles of three, the offline evaluation, and refills due now.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from core.analysis import merchandising as merch
from core.analysis.picks_eval import pooled_frame
from core.background_evaluation import kept_picks_evaluation
from core.analysis.pairs import PairOptions, save_pair_options
from core.analysis.recommend import bestsellers
from core.progress import never_cancelled, no_progress
from core.shop_data import ShopData
from desktop.errors import show_error
from desktop.i18n import format_number, translate_text
from desktop.widgets.chart_canvas import ChartCanvas
from desktop.widgets.explain import explain_link
from desktop.widgets.frame_table import FrameTable
from desktop.views.base import ShopView

RULE_COLUMN_WIDTH = 200  # pixels at most per column of the By product tab's rules table


def _local_reasons(frame: pd.DataFrame) -> pd.Series:
    """Return the frame's English ``reason`` column in the UI language (empty when the frame has none)."""
    if "reason" not in frame.columns:
        return pd.Series("", index=frame.index, dtype=object)
    return frame["reason"].map(translate_text)


def _load(db, steps: dict | None = None, progress=None, deliver=None):
    """Worker: the owner's thresholds, and pair rules, product list and refills due (None without orders).

    Everything comes from one ``core.shop_data.ShopData``, so the order lines are read once. With ``deliver``,
    the thresholds, pairs and products are delivered first (``"refills"`` None): the refills due take a second more
    on a big shop, and only their own tab waits for them. ``progress`` is told each step's text from ``steps``
    ("pairs", "refills": the screen's own, in the UI language), for the busy bar."""
    steps = steps or {}
    if progress:
        progress(0.0, steps.get("pairs"))
    shop = ShopData(db)
    options = shop.pair_options
    lines = shop.basket_lines  # every column the pairs, products, refills and product lists read
    if lines.empty:
        return options, None
    result = shop.pair_result(with_triples=True)
    products = bestsellers(lines)
    skus = lines.drop_duplicates("product_id").set_index("product_id")["sku"]
    products["sku"] = products["product_id"].map(skus)
    data = {"lines": lines, "result": result, "products": products, "refills": None}
    if deliver:
        deliver((options, data))
    if progress:
        progress(0.5, steps.get("refills"))
    return options, {**data, "refills": shop.refills()}


def _as_percent(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """Return ``frame`` with the share ``columns`` (0..1) as whole percentages, for tables an owner reads."""
    present = [column for column in columns if column in frame]
    return frame.assign(**{column: (frame[column] * 100).round().astype("Int64") for column in present})


def _evaluate(db, progress=None, cancelled=None):
    """Worker: the rolling evaluation of the picks, worked out once per state of the shop's data
    (``core.background_evaluation.kept_picks_evaluation``: a child process on a big shop, kept in the shop file);
    returns (evaluation, its pooled rows). A shop without orders: core says why it cannot run."""
    result = kept_picks_evaluation(db, progress=progress or no_progress, cancelled=cancelled or never_cancelled)
    return result, pooled_frame(result)


def _product_list(db, product_id, result, lines):
    """Worker: what shoppers of ``product_id`` are shown, its rules, and the pin and ban counts."""
    bans = merch.bans(db)
    return {"shown": merch.also_bought(db, product_id, n=10, result=result, lines=lines),
            "rules": result.rules_for(product_id), "pinned": len(merch.pins(db).get(product_id, [])),
            "banned_products": len(bans["products"]), "banned_pairs": len(bans["pairs"])}


MAX_PAIRS_SHOWN = 2000


class AlsoBoughtView(ShopView):
    """Products bought together, with the owner's control and the proof."""

    view_id = "also_bought"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data = None
        self.product_id = None
        self._fill_thresholds = False
        self.evaluation = None
        self._evaluation_due = False
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(self._build_thresholds())
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_product_tab()
        self._build_pairs_tab()
        self._build_evaluation_tab()
        self._build_refills_tab()
        self._build_picks_tab()

    # ---- building -------------------------------------------------------------------------------------------
    def _build_thresholds(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.min_together = QSpinBox()
        self.min_together.setRange(1, 100_000)
        self.max_items = QSpinBox()
        self.max_items.setRange(0, 100_000)
        self.max_items.setSpecialValueText(self.tr("no limit"))
        self.customer_days = QSpinBox()
        self.customer_days.setRange(0, 365)
        self.customer_days.setSpecialValueText(self.tr("off (one order = one basket)"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply_thresholds)
        # label + field pairs in a grid whose labels wrap: one row was wider than a laptop in Russian and Polish
        grid = QGridLayout()
        pairs = ((self.tr("Show products bought together in at least"), self.min_together),
                 (self.tr("orders; leave out orders with more than"), self.max_items),
                 (self.tr("products; join a customer's orders within (days)"), self.customer_days))
        for column, (text, field) in enumerate(pairs):
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, 0, 2 * column)
            grid.addWidget(field, 0, 2 * column + 1)
            grid.setColumnStretch(2 * column, 1)
        grid.addWidget(self.apply_button, 0, 6)
        row.addLayout(grid, 1)
        return row

    def _build_product_tab(self) -> None:
        page = QWidget()
        outer = QHBoxLayout(page)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a product by name or number"))
        self.search.setClearButtonEnabled(True)
        self.products_view = FrameTable(left, natural_order=True, single_selection=True)
        self.products_model = self.products_view.frame_model
        self.products_proxy = self.products_view.proxy
        self.search.textChanged.connect(self.products_proxy.setFilterFixedString)
        self.products_view.selectionModel().selectionChanged.connect(self._product_selected)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.products_view, 1)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.product_title = QLabel(self.tr("Pick a product on the left."))
        self.product_title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.product_title.setWordWrap(True)
        right_layout.addWidget(self.product_title)
        right_layout.addWidget(QLabel(self.tr("What shoppers of this product are shown, in this order:")))
        self.shown_view = FrameTable(right, natural_order=True, single_selection=True,
                                    empty=self.tr("Pick a product on the left."))
        self.shown_model = self.shown_view.frame_model
        self.shown_proxy = self.shown_view.proxy
        self.shown_view.setSortingEnabled(False)
        right_layout.addWidget(self.shown_view, 2)

        buttons = QGridLayout()  # two rows of two: four buttons in a row were wider than the pane in Russian
        self.pin_button = QPushButton(self.tr("Pin to the top"))
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.ban_pair_button = QPushButton(self.tr("Never show with this product"))
        self.ban_product_button = QPushButton(self.tr("Never show anywhere"))
        self.pin_button.setToolTip(self.tr("Show the selected product first for this product, in the order you pin"))
        self.ban_product_button.setToolTip(self.tr("For products out of stock, discontinued, gift cards or postage"))
        for index, (button, slot) in enumerate(((self.pin_button, self._pin), (self.unpin_button, self._unpin),
                                                (self.ban_pair_button, self._ban_pair),
                                                (self.ban_product_button, self._ban_product))):
            button.clicked.connect(slot)
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        right_layout.addLayout(buttons)
        self.bans_label = QLabel()
        self.bans_label.setWordWrap(True)
        self.hidden_button = QPushButton(self.tr("Hidden products…"))
        self.hidden_button.setToolTip(self.tr("Show hidden products again, or never suggest whole categories"))
        self.hidden_button.clicked.connect(self.edit_hidden)
        bans_row = QHBoxLayout()
        bans_row.addWidget(self.bans_label, 1)
        bans_row.addWidget(self.hidden_button)
        right_layout.addLayout(bans_row)

        lower = QSplitter(Qt.Orientation.Horizontal)
        rules_box = QWidget()
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.setContentsMargins(0, 0, 0, 0)
        rules_title = QHBoxLayout()
        rules_title.addWidget(QLabel(self.tr("Bought together (all rules):")), 1)
        rules_title.addWidget(explain_link("confidence", text=self.tr("What is confidence?")))
        rules_title.addWidget(explain_link("lift", text=self.tr("What is lift?")))
        rules_layout.addLayout(rules_title)
        self.rules_view = FrameTable(rules_box, natural_order=True, single_selection=True)
        self.rules_model = self.rules_view.frame_model
        self.rules_proxy = self.rules_view.proxy
        rules_layout.addWidget(self.rules_view)
        lower.addWidget(rules_box)
        self.figure = Figure(figsize=(4.5, 3.2), layout="constrained")
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setMinimumWidth(320)
        lower.addWidget(self.canvas)
        lower.setSizes([600, 380])
        right_layout.addWidget(lower, 3)
        split.addWidget(right)
        split.setSizes([330, 900])
        self.tabs.addTab(page, self.tr("By product"))
        self._update_buttons()

    def _build_pairs_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pairs_note = QLabel()
        self.pairs_note.setWordWrap(True)
        layout.addWidget(self.pairs_note)
        self.pairs_view = FrameTable(page, natural_order=True, single_selection=True, empty=self.tr(
            "No two products are bought together often enough yet."))
        self.pairs_model = self.pairs_view.frame_model
        self.pairs_proxy = self.pairs_view.proxy
        layout.addWidget(self.pairs_view, 3)
        layout.addWidget(QLabel(self.tr("Sets of three bought together (bundle ideas):")))
        self.triples_view = FrameTable(page, natural_order=True, single_selection=True, empty=self.tr(
            "No three products are bought together often enough yet."))
        self.triples_model = self.triples_view.frame_model
        self.triples_proxy = self.triples_view.proxy
        layout.addWidget(self.triples_view, 2)
        self.tabs.addTab(page, self.tr("Top pairs"))

    def _build_evaluation_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.eval_sentence = QLabel(self.tr("Testing the picks on your last 12 weeks of orders…"))
        self.eval_sentence.setWordWrap(True)
        self.eval_sentence.setStyleSheet("font-size: 14px;")
        layout.addWidget(self.eval_sentence)
        bar = QHBoxLayout()
        self.eval_progress = QProgressBar()
        self.eval_progress.setRange(0, 1000)
        self.eval_cancel = QPushButton(self.tr("Cancel"))
        self.eval_cancel.clicked.connect(self.cancel_evaluation)
        bar.addWidget(self.eval_progress, 1)
        bar.addWidget(self.eval_cancel)
        layout.addLayout(bar)
        self.eval_figure = Figure(figsize=(6, 2.6), layout="constrained")
        self.eval_canvas = ChartCanvas(self.eval_figure)
        layout.addWidget(self.eval_canvas, 2)
        self.eval_view = FrameTable(page, natural_order=True, single_selection=True)
        self.eval_model = self.eval_view.frame_model
        layout.addWidget(self.eval_view, 1)
        explain = QLabel(self.tr(
            "How this is measured: for each of 4 periods of 12 weeks, the picks are made from the orders before it "
            "only, then compared with what each returning customer bought in it; ranges are 95 % intervals. "
            "All purchases: rebuys count. New to the customer: only products they had never bought, and every "
            "method leaves out what they own. Hit rate: share of customers who bought at least one of their 10 "
            "picks. NDCG: the same, giving more credit to hits near the top. Recall: share of what they bought "
            "that was picked. Coverage: share of your products picked for anyone."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.tabs.addTab(page, self.tr("Does it work?"))

    def _build_refills_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.refills_note = QLabel()
        self.refills_note.setWordWrap(True)
        layout.addWidget(self.refills_note)
        self.refills_view = FrameTable(page, natural_order=True, single_selection=True,
                                      empty=self.tr("No refills are due now."))
        self.refills_model = self.refills_view.frame_model
        self.refills_proxy = self.refills_view.proxy
        layout.addWidget(self.refills_view, 1)
        self.tabs.addTab(page, self.tr("Refills due"))

    def _build_picks_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.customer_edit = QLineEdit()
        self.customer_edit.setPlaceholderText(self.tr("Customer number or e-mail"))
        self.customer_edit.returnPressed.connect(self.show_picks)
        self.picks_button = QPushButton(self.tr("Show picks"))
        self.picks_button.clicked.connect(self.show_picks)
        bar.addWidget(self.customer_edit, 1)
        bar.addWidget(self.picks_button)
        layout.addLayout(bar)
        self.picks_note = QLabel(self.tr(
            "Products this customer is likely to buy next: their own products they are likely to buy again, and "
            "products new to them that customers like them bought, then bestsellers."))
        self.picks_note.setWordWrap(True)
        layout.addWidget(self.picks_note)
        self.picks_view = FrameTable(page, natural_order=True, single_selection=True, empty=self.tr(
            "Type a customer's number or e-mail above and press Show picks."))
        self.picks_model = self.picks_view.frame_model
        layout.addWidget(self.picks_view, 1)
        self.tabs.addTab(page, self.tr("Picks for a customer"))

    def show_picks(self):
        """Start computing the picks for the customer typed in; returns the Task (or None)."""
        text = self.customer_edit.text().strip()
        if self.shop is None or not text:
            return None
        from core.analysis.recommend import recommend_for_customer
        self.picks_note.setText(self.tr("Finding picks…"))
        self.picks_view.show_waiting(self.tr("Finding picks…"))
        return self.start("picks", recommend_for_customer, text, 10, on_done=self._show_picks,
                          on_failed=self._picks_failed)

    def _show_picks(self, picks) -> None:
        labels = {"rebuy": self.tr("Rebuys it regularly"), "similar": self.tr("Often bought with their products"),
                  "together": self.tr("Bought together with their products"),
                  "segment": self.tr("Segment bestseller"), "country": self.tr("Country bestseller"),
                  "shop": self.tr("Shop bestseller")}
        lists = {"buy-again": self.tr("Buy again"), "discover": self.tr("Discover")}
        shown = picks.assign(source_label=picks["source"].map(labels), reason=_local_reasons(picks),
                             list_label=picks["list"].map(lists) if "list" in picks else "")
        self.picks_model.set_frame(shown, {"rank": "#", "product_name": self.tr("Product"),
                                           "list_label": self.tr("List"), "source_label": self.tr("Why"),
                                           "reason": self.tr("Reason")})
        self.picks_view.resize_columns(None)
        self.picks_note.setText(self.tr("%n pick(s) for this customer.", "", len(picks)))

    def _picks_failed(self, error) -> None:
        from desktop.errors import plain_message
        self.picks_model.set_frame(pd.DataFrame())
        self.picks_note.setText(plain_message(error))

    # ---- loading --------------------------------------------------------------------------------------------
    def view_title(self) -> str:
        return self.tr("Also bought")

    def set_shop(self, shop) -> None:
        super().set_shop(shop)
        self.data = None
        self.product_id = None
        for model in (self.products_model, self.shown_model, self.rules_model, self.pairs_model,
                      self.triples_model, self.refills_model, self.eval_model):
            model.set_frame(pd.DataFrame())
        self._draw_partners(None)
        self._update_buttons()
        if shop is None:
            self.status.setText("")
            return
        self._fill_thresholds = True  # the shop's saved thresholds arrive with the first load
        self._start_load()
        self.eval_sentence.setText(self.tr("Testing the picks on your last 12 weeks of orders…"))
        self._evaluation_due = True  # started once the first load is shown: it does not compete with that load

    def _start_evaluation(self, fn, *args) -> None:
        self.evaluation = None
        self.eval_view.show_waiting(self.tr("Testing the picks on your last 12 weeks of orders…"))
        self.eval_progress.setValue(0)
        self.eval_progress.setVisible(True)
        self.eval_cancel.setVisible(True)
        task = self.start("evaluation", fn, *args, on_done=self._show_evaluation, on_failed=self._evaluation_failed)
        task.sig_progress.connect(lambda fraction, text: (self.eval_progress.setValue(int(fraction * 1000)),
                                                          self.eval_progress.setFormat(text or "%p%")))
        task.sig_finished.connect(lambda: (self.eval_progress.setVisible(False), self.eval_cancel.setVisible(False)))

    def cancel_evaluation(self) -> None:
        """Stop testing the picks; returns None."""
        self.cancel("evaluation")
        self.eval_progress.setVisible(False)
        self.eval_cancel.setVisible(False)
        self.eval_sentence.setText(self.tr("Testing the picks was cancelled."))
        self.eval_view.set_empty_text("")

    def work_stopped(self) -> None:
        """Replace the screen's "working" texts after the owner stopped its work; returns None."""
        if self.running("load") or self.data is None:
            self.status.setText(self.tr("Stopped before the pairs were counted."))
        self.apply_button.setEnabled(True)
        if self.evaluation is None:
            self.eval_progress.setVisible(False)
            self.eval_cancel.setVisible(False)
            self.eval_sentence.setText(self.tr("Testing the picks was cancelled."))
        self.picks_note.setText("")

    def apply_thresholds(self):
        """Save the owner's thresholds in the shop and count again (in workers); returns the Task (or None)."""
        if self.shop is None:
            return None
        options = PairOptions(min_together=self.min_together.value(), max_basket_items=self.max_items.value() or None,
                              customer_window_days=self.customer_days.value() or None)
        self.apply_button.setEnabled(False)

        def failed(error):
            self.apply_button.setEnabled(True)
            show_error(self, self.tr("Could not save the settings"), error)

        return self.start("thresholds", save_pair_options, options, on_done=lambda _: self._start_load(),
                          on_failed=failed)

    def _start_load(self) -> None:
        counting = self.tr("Counting which products are bought together…")
        self.status.setText(counting)
        self.apply_button.setEnabled(False)
        for view in (self.products_view, self.pairs_view, self.triples_view, self.refills_view):
            view.show_waiting(counting)
        steps = {"pairs": counting, "refills": self.tr("Finding the refills due…")}
        task = self.start("load", _load, steps, on_done=self._loaded, on_partial=self._loaded,
                          on_failed=lambda e: show_error(self, self.tr("Could not count products bought together"),
                                                         e))
        task.sig_finished.connect(lambda: self.apply_button.setEnabled(True))

    def _loaded(self, outcome) -> None:
        options, data = outcome
        if self._evaluation_due:
            self._evaluation_due = False
            self._start_evaluation(_evaluate)
        if self._fill_thresholds:
            self._fill_thresholds = False
            self.min_together.setValue(options.min_together)
            self.max_items.setValue(options.max_basket_items or 0)
            self.customer_days.setValue(options.customer_window_days or 0)
        self._show(data)

    def _show(self, data) -> None:
        """Show the pairs and products, then (a second delivery with the same pairs) the refills due."""
        if data is None:
            self.status.setText(self.tr("No orders yet: import your orders to see what is bought together."))
            for view in (self.products_view, self.pairs_view, self.triples_view, self.refills_view):
                view.clear()  # ends their "counting" sentence
            return
        shown = self.data is not None and self.data["result"] is data["result"]
        self.data = data
        if not shown:
            self._show_pairs(data)
        if data["refills"] is None:
            self.refills_view.show_waiting(self.tr("Finding the refills due…"))
        else:
            self._show_refills(data["refills"])

    def _show_pairs(self, data) -> None:
        result = data["result"]
        unit = self.tr("orders") if result.basket_unit == "orders" else self.tr("baskets")
        self.status.setText(self.tr(
            "%1 pairs bought together in at least %2 %3 (out of %4 %3; %5 very large orders left out).")
            .replace("%1", format_number(len(result.pairs))).replace("%2", str(result.options.min_together))
            .replace("%3", unit).replace("%4", format_number(result.n_baskets))
            .replace("%5", format_number(result.dropped_outliers)))
        self.products_model.set_frame(data["products"], {
            "product_name": self.tr("Product"), "orders": self.tr("Orders"), "sku": self.tr("Number")})
        self.products_view.resize_columns(None)
        # long product names would push the order counts out of the narrow list: names give way (hover shows all)
        self.products_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pairs_model.set_frame(_as_percent(result.pairs.head(MAX_PAIRS_SHOWN), "confidence_ab", "confidence_ba"), {
            "name_a": self.tr("Product"), "name_b": self.tr("Bought with"), "together": self.tr("Together"),
            "confidence_ab": self.tr("Confidence → (%)"), "confidence_ba": self.tr("Confidence ← (%)"),
            "lift": self.tr("Lift")})
        self.pairs_view.resize_columns(None)
        shown_pairs = format_number(min(len(result.pairs), MAX_PAIRS_SHOWN))
        self.pairs_note.setText(self.tr("The %1 pairs bought together most often (all of them: "
                                        "python -m core also-bought --csv). ").replace("%1", shown_pairs)
                                + self.tr(
            "Together: orders with both. Confidence →: share of the first product's orders that also hold the "
            "second (← the other way). Lift: how many times more often than chance."))
        self.triples_model.set_frame(result.triples, {
            "name_a": self.tr("Product"), "name_b": self.tr("Product"), "name_c": self.tr("Product"),
            "together": self.tr("Together"), "lift": self.tr("Lift")})
        self.triples_view.resize_columns(None)
        if self.products_proxy.rowCount():
            self.products_view.selectRow(0)

    def _show_refills(self, due: pd.DataFrame) -> None:
        refills = due.assign(median_days=due["median_days"].round().astype(int), reason=_local_reasons(due))
        self.refills_model.set_frame(refills, {
            "customer": self.tr("Customer"), "product_name": self.tr("Product"),
            "median_days": self.tr("Rebuys every (days)"),
            "days_since": self.tr("Days since"), "reason": self.tr("Why")})
        self.refills_view.resize_columns(None)
        self.refills_note.setText(self.tr("%Ln refill(s) due now: customers who usually rebuy these products about "
                                          "this long after their last purchase.", "", len(refills)))

    def _method_labels(self) -> dict:
        return {"picks": self.tr("Our picks"), "buy_again_list": self.tr("Our buy-again list"),
                "buy_again": self.tr("Their own products (frequency, recency)"),
                "bestsellers": self.tr("Shop bestsellers"), "knn": self.tr("Similar products (item-kNN)"),
                "ease": self.tr("Similar customers (EASE)"), "random": self.tr("Random products")}

    def _show_evaluation(self, outcome) -> None:
        result, pooled = outcome
        self.evaluation = pooled
        labels = self._method_labels()
        protocols = {"all": self.tr("All purchases"), "discover": self.tr("New to the customer")}

        def with_range(metric, scale=100.0, places=1):
            return [f"{row[metric] * scale:.{places}f} ({row[metric + '_low'] * scale:.{places}f}–"
                    f"{row[metric + '_high'] * scale:.{places}f})" for _, row in pooled.iterrows()]

        shown = pd.DataFrame({"protocol": pooled["protocol"].map(protocols), "label": pooled["method"].map(labels),
                              "hr": with_range("hr"), "ndcg": with_range("ndcg", 1.0, 3),
                              "recall": with_range("recall"), "coverage": with_range("coverage"),
                              "customers": pooled["customers"]})
        self.eval_model.set_frame(shown, {"protocol": self.tr("Purchases"), "label": self.tr("Method"),
                                          "hr": self.tr("Hit rate %"), "ndcg": self.tr("NDCG"),
                                          "recall": self.tr("Recall %"), "coverage": self.tr("Coverage %"),
                                          "customers": self.tr("Customers tested")})
        self.eval_view.proxy.sort(-1, Qt.SortOrder.AscendingOrder)  # core's order: all purchases, our picks first
        self.eval_view.resize_columns(None)
        self.eval_sentence.setText(translate_text(result.sentence))
        self.eval_figure.clear()
        ax = self.eval_figure.add_subplot(1, 1, 1)
        methods = [m for m in ("picks", "buy_again", "ease", "knn", "bestsellers")
                   if ((pooled["protocol"] == "all") & (pooled["method"] == m)).any()]
        rows = pooled[pooled["protocol"] == "all"].set_index("method").loc[methods]
        values = rows["hr"].to_numpy() * 100
        errors = [values - rows["hr_low"].to_numpy() * 100, rows["hr_high"].to_numpy() * 100 - values]
        bars = ax.barh([labels[m] for m in methods], values, xerr=errors,
                       color=["#2a7f62"] + ["#8a8f98"] * (len(methods) - 1))
        ax.invert_yaxis()
        ax.set_xlim(0, 100)
        ax.set_xlabel(self.tr("customers who bought one of their 10 picks (%)"))
        for bar, value in zip(bars, values):
            ax.text(min(bar.get_width() + 8, 92), bar.get_y() + bar.get_height() / 2, f"{value:.0f} %", va="center")
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        self.eval_canvas.draw_idle()

    def _evaluation_failed(self, error) -> None:
        from desktop.errors import plain_message
        self.eval_sentence.setText(self.tr("The picks could not be tested: %1").replace("%1", plain_message(error)))
        self.eval_view.set_empty_text("")  # the sentence above says why

    # ---- one product ---------------------------------------------------------------------------------------
    def select_product(self, product_id: int) -> bool:
        """Select ``product_id`` in the product list (clearing the search); returns False when it is not listed."""
        self.search.clear()
        column = self.products_model.column_index("product_name")
        ids = self.products_model.frame()["product_id"].tolist() if not self.products_model.frame().empty else []
        if product_id not in ids:
            return False
        source_row = ids.index(product_id)
        index = self.products_proxy.mapFromSource(self.products_model.index(source_row, max(column, 0)))
        self.products_view.selectRow(index.row())
        self.products_view.scrollTo(index)
        return True

    def _product_selected(self, *args) -> None:
        rows = self.products_view.selectionModel().selectedRows()
        if not rows or self.data is None:
            return
        source = self.products_proxy.mapToSource(rows[0])
        self.product_id = int(self.products_model.row_record(source.row())["product_id"])
        self._refresh_product()

    def _refresh_product(self):
        """Work out the selected product's list in a worker; returns the Task (or None)."""
        if self.data is None or self.product_id is None or self.shop is None:
            return None
        result = self.data["result"]
        products = self.data["products"].set_index("product_id")
        name = result.names.get(self.product_id) or products["product_name"].get(self.product_id, "")
        in_orders = result.product_counts.get(self.product_id, 0)
        listed = products["orders"].get(self.product_id, in_orders)
        if int(listed) == int(in_orders):
            title = self.tr("%1 — in %2 orders")
        else:  # the pairs count baskets by the thresholds above (very large orders left out, orders merged)
            title = self.tr("%1 — in %3 orders (%2 of them counted for the pairs, by the settings above)")
        self.product_title.setText(title.replace("%1", str(name)).replace("%2", format_number(in_orders))
                                   .replace("%3", format_number(int(listed))))
        return self.start("product", _product_list, self.product_id, result, self.data["lines"],
                          on_done=self._show_product,
                          on_failed=lambda e: show_error(self, self.tr("Could not count products bought together"), e))

    def _show_product(self, found: dict) -> None:
        shown = found["shown"]
        sources = {"pinned": self.tr("Pinned by you"), "rules": self.tr("Bought together"),
                   "category": self.tr("Same-category bestseller"), "segment": self.tr("Segment bestseller"),
                   "shop": self.tr("Shop bestseller")}
        shown = shown.assign(source_label=shown["source"].map(sources), reason=_local_reasons(shown))
        self.shown_model.set_frame(shown, {"position": "#", "product_name": self.tr("Product"),
                                           "source_label": self.tr("Why it is shown"),
                                           "together": self.tr("Together"), "reason": self.tr("Reason")})
        self.shown_view.resize_columns(None)
        rules = found["rules"]
        rules = rules.assign(reason=_local_reasons(rules))
        self.rules_model.set_frame(_as_percent(rules, "confidence"), {
            "partner": self.tr("Bought with"), "together": self.tr("Together"),
            "confidence": self.tr("Confidence (%)"),
            "lift": self.tr("Lift"), "reason": self.tr("Reason")})
        # product names at full width pushed the confidence column past the table's edge at 1366 px: its numbers
        # (right-aligned) were out of sight and the column looked empty
        self.rules_view.resize_columns(RULE_COLUMN_WIDTH)
        self._draw_partners(rules.head(10))
        self.bans_label.setText(self.tr("%1 pinned here · %2 products never shown · %3 pairs never shown")
                                .replace("%1", str(found["pinned"])).replace("%2", str(found["banned_products"]))
                                .replace("%3", str(found["banned_pairs"])))
        self._update_buttons()

    def _draw_partners(self, rules: pd.DataFrame | None) -> None:
        """Draw the chosen product's strongest partners (``rules``; None: no product chosen yet)."""
        self.figure.clear()
        ax = self.figure.add_subplot(1, 1, 1)
        if rules is None or rules.empty:
            ax.axis("off")
            text = (self.tr("Pick a product on the left to see what is bought with it.") if rules is None
                    else self.tr("Not bought together with anything often enough yet."))
            ax.text(0.5, 0.5, text, ha="center", va="center", wrap=True, fontsize=9)
        else:
            labels = [str(p)[:28] for p in rules["partner"]]
            values = rules["together"].tolist()
            bars = ax.barh(labels, values, color="#2a7f62")
            ax.invert_yaxis()
            ax.set_title(self.tr("Strongest partners"), fontsize=10)
            ax.tick_params(labelsize=7)
            for bar, conf in zip(bars, rules["confidence"]):
                ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {conf:.0%}", va="center", fontsize=7)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
        self.canvas.draw_idle()

    # ---- pins and bans -------------------------------------------------------------------------------------
    def _selected_partner(self) -> int | None:
        for view, model, proxy, column in ((self.rules_view, self.rules_model, self.rules_proxy, "partner_id"),
                                           (self.shown_view, self.shown_model, self.shown_proxy, "product_id")):
            rows = view.selectionModel().selectedRows()
            if rows and view.hasFocus():
                return int(model.row_record(proxy.mapToSource(rows[0]).row())[column])
        for view, model, proxy, column in ((self.rules_view, self.rules_model, self.rules_proxy, "partner_id"),
                                           (self.shown_view, self.shown_model, self.shown_proxy, "product_id")):
            rows = view.selectionModel().selectedRows()
            if rows:
                return int(model.row_record(proxy.mapToSource(rows[0]).row())[column])
        return None

    def _change(self, action, with_product: bool = True):
        """Write the owner's pin or ban for the selected partner in a worker, then refresh; returns the Task."""
        partner = self._selected_partner()
        if self.product_id is None or partner is None or self.shop is None:
            return None
        args = (self.product_id, partner) if with_product else (partner,)
        return self.start("change", action, *args, on_done=lambda _: self._refresh_product(),
                          on_failed=lambda e: show_error(self, self.tr("Could not change the list"), e))

    def _pin(self) -> None:
        self._change(merch.pin)

    def _unpin(self) -> None:
        self._change(merch.unpin)

    def _ban_pair(self) -> None:
        self._change(merch.ban_pair)

    def _ban_product(self) -> None:
        self._change(merch.ban_product, with_product=False)

    def edit_hidden(self, dialog_factory=None) -> None:
        """Open the "Hidden from suggestions" dialog; on OK refresh the lists (returns None)."""
        if self.shop is None:
            return
        from desktop.widgets.hidden_dialog import HiddenDialog
        dialog = (dialog_factory or HiddenDialog)(self.shop.db, self)
        try:
            dialog.exec()
        except Exception as error:  # shown to the owner in plain words
            show_error(self, self.tr("Could not change the list"), error)
        self._refresh_product()

    def _update_buttons(self) -> None:
        enabled = self.product_id is not None
        for button in (self.pin_button, self.unpin_button, self.ban_pair_button, self.ban_product_button):
            button.setEnabled(enabled)

    def selftest_extras(self, outdir) -> list:
        """Save every tab, the partner chart and the evaluation chart as PNGs; returns their paths."""
        from pathlib import Path
        paths = []
        current = self.tabs.currentIndex()
        for index in range(1, self.tabs.count()):
            self.tabs.setCurrentIndex(index)
            path = Path(outdir) / f"also_bought_tab{index}.png"
            if self.grab().save(str(path)):
                paths.append(path)
        self.tabs.setCurrentIndex(current)
        for name, figure in (("also_bought_partners.png", self.figure), ("also_bought_evaluation.png",
                                                                         self.eval_figure)):
            path = Path(outdir) / name
            figure.savefig(path, dpi=100)
            paths.append(path)
        return paths


VIEW_CLASS = AlsoBoughtView
