"""Dashboard: the first screen after import. Headline figures that explain themselves and lead to their list,
the most useful charts (save / copy each), and the owner's report as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from desktop.errors import show_error
from desktop.i18n import chart_number_labels, headline_value, segment_names, translate_text
from desktop.views.base import ShopView
from desktop.widgets.chart_canvas import prerender
from desktop.widgets.chart_widget import ChartWidget

# The charts shown on the dashboard, in order (keys of core.charts.CHARTS), two to a row.
DASHBOARD_CHARTS = ["revenue_by_month", "segments", "days_between_orders", "rf_grid", "top_products", "top_pairs"]
CHARTS_PER_ROW = 2
CHART_HEIGHT = 540
"""Pixels of each dashboard chart with its buttons: the ten best-sellers' two-line labels fit."""
FIRST_ROW = DASHBOARD_CHARTS[:CHARTS_PER_ROW]
"""The charts a window shows under the headline cards before the owner scrolls: drawn before the list figures."""


def _load(db, titles: dict, labels: dict, lists_text: str = "", sizes: dict | None = None, progress=None,
          cancelled=None, deliver=None):
    """Worker: headline figures and the dashboard's figures (matplotlib, no Qt) for the shop ``db``; returns
    (headlines, {chart key: figure}, currency). With ``deliver``, the headlines (``("headlines", headlines,
    currency, keys still being worked out)``) and each chart (``("chart", key, figure)``) are delivered as soon as
    they are ready: the sales figures, the first row of charts, the list figures (a model fit: seconds on a large
    shop; progress says ``lists_text`` meanwhile), then the charts below. A chart with a size in ``sizes`` (its
    widget's ``drawing_size``) is drawn here at that size, so the GUI thread only shows it."""
    from core.charts import chart_spec
    from core.charts.sources import ShopData
    from core.dashboard import LIST_HEADLINE_KEYS, list_headlines, sales_headlines
    from core.progress import check_cancelled
    shop = ShopData(db)
    headlines = sales_headlines(shop)
    if deliver:
        deliver(("headlines", headlines, shop.currency, LIST_HEADLINE_KEYS))
    figures = {}

    def draw(keys):
        for key in keys:
            if cancelled:
                check_cancelled(cancelled)
            if progress:
                progress(len(figures) / len(DASHBOARD_CHARTS), titles.get(key, key))
            figures[key] = chart_spec(key).builder(shop, title=titles.get(key), labels=labels.get(key))
            prerender(figures[key], (sizes or {}).get(key))
            if deliver:
                deliver(("chart", key, figures[key]))

    draw(FIRST_ROW)
    if progress:
        progress(len(figures) / len(DASHBOARD_CHARTS), lists_text)
    headlines = headlines + list_headlines(shop)
    if deliver:
        deliver(("headlines", headlines, shop.currency, ()))
    draw(DASHBOARD_CHARTS[len(FIRST_ROW):])
    return headlines, {key: figures[key] for key in DASHBOARD_CHARTS}, shop.currency


def _write_report(db, out, shop_name, titles=None, labels=None, front=None, progress=None, cancelled=None):
    """Worker: write the owner's report for the shop ``db`` in the UI language (charts and front page)."""
    from core.report import write_report
    kwargs = {k: v for k, v in (("progress", progress), ("cancelled", cancelled)) if v is not None}
    return write_report(db, out, shop_name=shop_name, titles=titles, labels=labels, front=front, **kwargs)


def _reveal_list(target, list_key: str) -> bool:
    """Bring the list ``list_key`` forward on a screen without a ``show_list`` hook, through its public tabs
    (the customers screen: ``tabs``, ``list_tabs``/``list_tables`` for vip, winback, at_risk, and
    ``all_customers``); returns True when a list was shown."""
    tabs = getattr(target, "tabs", None)
    if tabs is None:
        return False
    tables = getattr(target, "list_tables", {}) or {}
    list_tabs = getattr(target, "list_tabs", None)
    if list_key in tables and list_tabs is not None:
        page = list_tabs
        while page is not None and tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is None:
            return False
        tabs.setCurrentWidget(page)
        list_tabs.setCurrentWidget(tables[list_key])
        return True
    everyone = getattr(target, "all_customers", None)
    if everyone is not None and tabs.indexOf(everyone) >= 0:
        tabs.setCurrentWidget(everyone)
        return True
    return False


class HeadlineCard(QFrame):
    """One headline figure: small title, big number, a line of explanation; click opens the list behind it."""

    sig_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = ""
        self.view_id = ""
        self.list_key = ""
        self.setObjectName("headlineCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#headlineCard { background: #f2f7fb; border: 1px solid #c6dbef; border-radius: 6px; }"
                           "#headlineCard:hover { border-color: #2171b5; }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # at least 124 px, taller when a long explanation (Russian, Polish) wraps to more lines: never cut off
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(124)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setStyleSheet("color: #444; background: transparent; border: none;")
        self.value = QLabel("–")
        self.value.setStyleSheet("color: #0072B2; font-size: 22pt; font-weight: bold; background: transparent;"
                                 " border: none;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666; font-size: 8pt; background: transparent; border: none;")
        self.note.setMinimumHeight(30)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for widget in (self.title, self.value, self.note):
            layout.addWidget(widget)

    def show_headline(self, key: str, title: str, value: str, explanation: str, tooltip: str, view_id: str,
                      list_key: str = "") -> None:
        """Fill the card; returns None."""
        self.key, self.view_id, self.list_key = key, view_id, list_key
        self.title.setText(title)
        self.value.setText(value)
        self.note.setText(explanation)
        self.setToolTip(tooltip)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit(self.view_id, self.list_key)
        super().mouseReleaseEvent(event)


class DashboardView(ShopView):
    """Headline figures, charts and the owner's report."""

    view_id = "dashboard"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report_task = None
        self.headlines = []
        self.waiting_cards: list[str] = []  # headline keys whose cards still say "working"
        self.chart_sizes: dict = {}  # chart key -> the size the worker draws it at (``_note_chart_sizes``)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.status = QLabel()
        self.status.setStyleSheet("color: #666;")
        self.report_button = QPushButton(self.tr("Save owner's report…"))
        self.report_button.setToolTip(self.tr("A PDF with these figures, every chart and what to do next"))
        self.report_button.clicked.connect(self.choose_report_path)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.report_button)
        outer.addLayout(top)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # the page is always taller than the window once the charts arrive: a scroll bar that appeared then would
        # narrow (and so redraw) every chart just drawn
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        self.cards_layout = QGridLayout()
        self.cards_layout.setSpacing(8)
        self.cards: list[HeadlineCard] = []
        for index in range(7):
            card = HeadlineCard()
            card.sig_clicked.connect(self.open_list)
            self.cards.append(card)
            self.cards_layout.addWidget(card, index // 4, index % 4)
        content.addLayout(self.cards_layout)
        self.charts_layout = QGridLayout()
        self.charts_layout.setSpacing(12)
        self.charts: dict[str, ChartWidget] = {}
        # Every chart keeps one size whatever arrives around it: a chart is drawn again at each new size (a
        # tenth of a second or more), and sizes that followed each figure's own size hint redrew the first row
        # four or five times while the rows below filled in.
        for index, key in enumerate(DASHBOARD_CHARTS):
            widget = ChartWidget(name=key)
            widget.setFixedHeight(CHART_HEIGHT)
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.charts[key] = widget
            self.charts_layout.addWidget(widget, index // CHARTS_PER_ROW, index % CHARTS_PER_ROW)
        for column in range(CHARTS_PER_ROW):
            self.charts_layout.setColumnStretch(column, 1)
        content.addLayout(self.charts_layout, 1)
        self.set_shop(None)

    def view_title(self) -> str:
        return self.tr("Dashboard")

    # ---- translated texts handed to core
    def chart_titles(self) -> dict:
        """Return the translated chart titles by chart key."""
        return {
            "revenue_by_month": self.tr("Revenue and orders by month"),
            "segments": self.tr("Customer segments: how many, and their share of revenue"),
            "rf_grid": self.tr("Recency × frequency: where your customers are"),
            "cohort_retention": self.tr("Do customers come back? Retention by month of first order"),
            "days_between_orders": self.tr("How long between orders? Your shop's buying cycle"),
            "top_products": self.tr("Best-selling products by revenue"),
            "top_pairs": self.tr("Products most often bought together"),
            "pair_network": self.tr("Which products go together"),
            "clv_distribution": self.tr("Predicted customer value over the next 12 months"),
            "clv_backtest": self.tr("Can you trust the predictions? Predicted vs actual in a test period"),
            "recommendation_evaluation": self.tr("Do the recommendations work? App vs best-sellers vs random"),
        }

    def chart_labels(self) -> dict:
        """Return translated axis, legend and message texts by chart key, one per entry of
        ``core.charts.texts.LABELS`` / ``MESSAGES`` (a test keeps the two tables in step)."""
        messages = self.chart_messages()
        # Twelve short month names for the axes, separated by spaces; keep twelve words when translating.
        month_names = self.tr("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
        labels = {
            "revenue_by_month": {"new": self.tr("New customers"), "returning": self.tr("Returning customers"),
                                 "guest": self.tr("Guests (no customer)"), "revenue": self.tr("Revenue ({currency})"),
                                 "orders": self.tr("Orders (right axis)"), "orders_axis": self.tr("Orders"),
                                 "month": self.tr("Month"),
                                 "month_partial": self.tr("Month (the last month runs only to {day})"),
                                 "month_names": month_names},
            "segments": {"customers": self.tr("Customers"), "revenue_share": self.tr("Share of revenue (%)"),
                         **self.segment_labels()},
            "rf_grid": {"recency": self.tr("Recency score (5 = bought most recently)"),
                        "frequency": self.tr("Frequency score (5 = buys most often)"),
                        "customers": self.tr("Customers")},
            "cohort_retention": {"months_since": self.tr("Months after the first order"),
                                 "cohort": self.tr("Month of first order (number of new customers)"),
                                 "percent": self.tr("% of the month's new customers who ordered"),
                                 "month_names": month_names},
            "days_between_orders": {"median": self.tr("Half of repeat orders come within {days:.0f} days"),
                                    "p75": self.tr("Three in four come within {days:.0f} days"),
                                    "days": self.tr("Days to the customer's next order (last bar: {cap:.0f}+)"),
                                    "count": self.tr("Repeat orders")},
            "top_products": {"revenue": self.tr("Revenue ({currency})"), "orders_word": self.tr("orders")},
            "top_pairs": {"orders": self.tr("Orders with both products (× chance: how much more often than at "
                                            "random)"),
                          "lift": self.tr("{orders:,} orders · {lift:.0f}× chance")},
            "pair_network": {"note": self.tr("A thicker line means the two products share more orders.")},
            "clv_distribution": {"median": self.tr("Typical customer: {value}"),
                                 "top10": self.tr("Top 10 % are worth {value} or more"),
                                 "value": self.tr("Predicted value per customer ({currency}); last bar: {cap} or "
                                                  "more"),
                                 "customers": self.tr("Customers")},
            "clv_backtest": {"actual": self.tr("What customers actually did"),
                             "predicted": self.tr("What the model predicted"),
                             "group": self.tr("Repeat orders before the test period (customers in the group)"),
                             "orders": self.tr("Orders per customer in the last {weeks} weeks"),
                             "note": self.tr("Fitted on the history up to {end} and tested on the last {weeks} weeks: "
                                             "the model expected {predicted:,.0f} repeat orders from {customers:,} "
                                             "customers and they placed {actual:,.0f} ({percent:.0f} % {direction}); "
                                             "per customer it was off by {mae:.2f} orders on average."),
                             "more": self.tr("more predicted than actual"),
                             "fewer": self.tr("fewer predicted than actual")},
            "recommendation_evaluation": {
                "method:app": self.tr("This app"), "method:bestsellers": self.tr("Best-sellers"),
                "method:random": self.tr("Random products"), "metric": self.tr("Bought one of the 10 suggestions (%)"),
                "tested": self.tr("Tested on {n:,} customers who bought again in the last 12 weeks; each method "
                                  "names 10 products per customer")},
        }
        formats = chart_number_labels()
        return {key: {**messages, **formats, **texts} for key, texts in labels.items()}

    def chart_messages(self) -> dict:
        """Return the translated sentences shown instead of a chart, as ``message:<reason>`` keys."""
        texts = {
            "no_orders": self.tr("No orders yet: import your shop's orders to see revenue by month."),
            "no_customers": self.tr("No customers with orders yet, so there are no segments to show."),
            "too_few_customers_segments": self.tr("Segments compare customers with each other, so they need at "
                                                  "least 5 customers with orders; this shop has {customers:,} so "
                                                  "far."),
            "too_few_customers_grid": self.tr("At least 5 customers with orders are needed for the recency × "
                                              "frequency grid."),
            "too_short_cohorts": self.tr("At least two months of orders are needed to see whether customers come "
                                         "back."),
            "too_few_repeats": self.tr("Too few repeat orders yet to show how long customers take to come back."),
            "no_products": self.tr("No products sold yet."),
            "one_product": self.tr("All sales are one product, {name}: {revenue} from {orders:,} orders."),
            "no_pairs": self.tr("No two products were bought together in two or more orders yet, so there are no "
                                "pairs to show."),
            "one_product_pairs": self.tr("Your shop sells a single product, so there are no products bought "
                                         "together to show."),
            "too_few_customers_clv": self.tr("Too few customers to predict their value yet."),
            "too_short_backtest": self.tr("Not enough history to test the predictions yet."),
            "one_product_evaluation": self.tr("With only one product, ten suggestions name the whole shop, so there "
                                              "is nothing to compare yet."),
            "few_products_evaluation": self.tr("With only {products} products, ten suggestions name the whole shop, "
                                               "so there is nothing to compare yet."),
            "too_few_orders_evaluation": self.tr("Not enough orders to test the recommendations yet."),
            "not_available": self.tr("This chart is not available yet in this version of Shopkeeper."),
        }
        return {f"message:{reason}": text for reason, text in texts.items()}

    @staticmethod
    def segment_labels() -> dict:
        """Return ``segment:<English name>`` → translated segment name (the customers screen's translations)."""
        return {f"segment:{name}": shown for name, shown in segment_names().items()}

    def report_front_page(self):
        """Return the core.report.FrontPage that writes the report's first page in the UI language."""
        from core.report import FrontPage
        from desktop.i18n import format_date, format_money, format_number
        titles = {key: self.headline_texts(key)[0] for key in
                  ("customers", "repeat_rate", "revenue_30d", "revenue_90d", "average_order", "at_risk", "vip")}
        texts = {
            "heading": self.tr("How %1 is doing").replace("%1", "{shop}"),
            "period": self.tr("Orders from {first} to {last} · currency {currency}"),
            "no_orders": self.tr("No orders imported yet."),
            "next_steps": self.tr("What to do next"),
            "footer": self.tr("Made by Shopkeeper on {today}. Revenue is sales after discounts and refunds, "
                              "without shipping and tax; cancelled orders and returns are left out."),
            "pdf_title": self.tr("Owner's report: {shop}"),
        }
        actions = {
            "no_orders": self.tr("Import your shop's orders to get suggestions."),
            "winback": self.tr("{count} customers due for a win-back offer: silent for at least twice as long as "
                               "they usually wait between orders."),
            "winback_spent": self.tr("{count} customers due for a win-back offer: silent for at least twice as "
                                     "long as they usually wait between orders (they spent {money} with you so "
                                     "far)."),
            "at_risk": self.tr("{count} valuable customers at risk of leaving: contact them personally before "
                               "they go quiet."),
            "vip": self.tr("Thank your {count} VIP customers with early access or a personal note."),
            "bought_once": self.tr("{count} customers bought once in the last 90 days: invite them back to make "
                                   "them regulars."),
            "bought_once_within": self.tr("{count} customers bought once in the last 90 days: invite them back "
                                          "within about {days} days to make them regulars."),
            "pair": self.tr("Offer \"{first}\" with \"{second}\": bought together in {orders} orders, {lift}× more "
                            "often than chance."),
            "top_seller": self.tr("Keep \"{product}\" in stock: your top seller ({money} from {orders} orders)."),
        }
        return FrontPage(texts=texts, action_texts=actions,
                         headline_title=lambda headline: titles.get(headline.key, headline.title),
                         value_text=headline_value,
                         explanation=translate_text, date=format_date, number=format_number,
                         money=format_money)

    def headline_texts(self, key: str) -> tuple[str, str]:
        """Return (translated title, hover text explaining the figure and where a click leads) for ``key``."""
        texts = {
            "customers": (self.tr("Customers"), self.tr("Everyone who placed at least one order. "
                                                        "Click to see the list.")),
            "repeat_rate": (self.tr("Repeat customers"), self.tr("The share of customers who ordered more than "
                                                                 "once: the heart of a healthy shop. Click to see "
                                                                 "them.")),
            "revenue_30d": (self.tr("Revenue, last 30 days"), self.tr("Sales after discounts and refunds, without "
                                                                      "shipping and tax, in the 30 days up to the "
                                                                      "last order in your data, compared with the 30 "
                                                                      "days before.")),
            "revenue_90d": (self.tr("Revenue, last 90 days"), self.tr("Sales after discounts and refunds, without "
                                                                      "shipping and tax, in the 90 days up to the "
                                                                      "last order in your data, compared with the 90 "
                                                                      "days before.")),
            "average_order": (self.tr("Average order"), self.tr("Sales after discounts and refunds (without shipping and tax) divided by "
                                                        "the number of orders.")),
            "at_risk": (self.tr("Customers at risk"), self.tr("Repeat customers who have been silent for much "
                                                              "longer than usual for them. Click to see who.")),
            "vip": (self.tr("VIP customers"), self.tr("Your best customers by spend. Click to see who.")),
        }
        return texts.get(key, (key, ""))

    # ---- loading
    def set_shop(self, shop) -> None:
        super().set_shop(shop)
        self.headlines, self.waiting_cards = [], []
        if shop is None:
            self.heading.setText(self.tr("Dashboard"))
            self.status.setText(self.tr("Open or import a shop to see how it is doing."))
            self.report_button.setEnabled(False)
            for card in self.cards:
                card.setVisible(False)
            for widget in self.charts.values():
                widget.set_message(self.tr("No shop open."))
            return
        self.heading.setText(self.tr("How %1 is doing").replace("%1", shop.path.name.split(".")[0]))
        from core.snippets.preview import exports_folder
        for widget in self.charts.values():
            widget.folder = exports_folder(shop.db)
        self.status.setText(self.tr("Loading…"))
        self.report_button.setEnabled(True)
        for widget in self.charts.values():
            widget.set_message(self.tr("Loading…"))
        # The first row is drawn by the worker at the size its charts will have (the GUI thread then only shows
        # it). A screen opened with the shop is shown after this, so the sizes are noted as soon as they are known
        # (here, when shown, when the first cards arrive); the worker reads them when it reaches those charts.
        self.chart_sizes = {}  # a new dict: a worker of the previous shop keeps reading its own
        self._note_chart_sizes()
        self.task = self.start("load", _load, self.chart_titles(), self.chart_labels(),
                               self.tr("Working out the customer lists…"), self.chart_sizes, on_done=self._show,
                               on_failed=self._failed, on_partial=self._show_part)

    def work_stopped(self) -> None:
        """Say on the cards and charts still loading that the owner stopped the work; returns None."""
        self.status.setText(self.tr("Stopped."))
        for widget in self.charts.values():
            if widget.figure is None:
                widget.set_message(self.tr("Stopped before this chart was drawn."))

    def _failed(self, error) -> None:
        from core.errors import Cancelled
        if isinstance(error, Cancelled):
            return
        self.status.setText("")
        show_error(self, self.tr("Could not load the dashboard"), error)

    def _note_chart_sizes(self) -> None:
        """Note the size the first row's charts will be drawn at, where it is known now; returns None."""
        for key in FIRST_ROW:
            size = self.charts[key].drawing_size()
            if size is not None:
                self.chart_sizes[key] = size

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._note_chart_sizes()

    def _show_part(self, part) -> None:
        """Show the headline cards or one chart as soon as the worker has it."""
        if part[0] == "headlines":
            self._show_headlines(part[1], part[2], part[3])
            self._note_chart_sizes()
        elif part[0] == "chart" and self.charts[part[1]].figure is not part[2]:
            self.charts[part[1]].set_figure(part[2])

    def _show(self, result) -> None:
        headlines, figures, currency = result
        self._show_headlines(headlines, currency)
        for key, figure in figures.items():
            if self.charts[key].figure is not figure:  # not already shown as it arrived
                self.charts[key].set_figure(figure)
        self.status.setText("")

    def first_sight_shown(self) -> bool:
        """Return True when what the window shows before the owner scrolls is filled: every headline card (none
        still working) and the first row of charts."""
        return bool(self.headlines) and not self.waiting_cards \
            and all(self.charts[key].figure is not None for key in FIRST_ROW)

    def _show_headlines(self, headlines, currency, waiting=()) -> None:
        """Show the headline cards; the ``waiting`` keys' cards keep their place with a "working" text."""
        if self.headlines is headlines:
            return
        self.headlines = headlines
        available = set(getattr(self.window(), "views", {}) or {})
        for card, headline in zip(self.cards, headlines):
            title, hover = self.headline_texts(headline.key)
            view_id = headline.view_id if headline.view_id in available else "customers"
            explanation = translate_text(headline.explanation)
            card.show_headline(headline.key, title, headline_value(headline, currency), explanation,
                               f"{hover}\n\n{explanation}", view_id, headline.list_key)
            card.setVisible(True)
        waiting = list(waiting) if headlines else []
        self.waiting_cards = waiting
        for card, key in zip(self.cards[len(headlines):], waiting):
            title, hover = self.headline_texts(key)  # its place kept, so nothing moves when it arrives
            card.show_headline(key, title, "…", self.tr("Working out the customer lists…"), hover, "customers", key)
            card.setVisible(True)
        for card in self.cards[len(headlines) + len(waiting):]:
            card.setVisible(False)

    # ---- actions
    def open_list(self, view_id: str, list_key: str = "") -> None:
        """Go to the screen with the list behind a headline figure; if that screen has ``show_list(key)``
        (keys: all, repeat, vip, winback, at_risk) it is asked to show that list; returns None."""
        window = self.window()
        if hasattr(window, "show_view") and view_id:
            window.show_view(view_id)
            target = getattr(window, "views", {}).get(view_id)
            show_list = getattr(target, "show_list", None)
            if not list_key or target is None:
                return
            try:
                if callable(show_list):
                    show_list(list_key)
                else:
                    _reveal_list(target, list_key)
            except Exception as exc:  # another screen's hook must not break the dashboard
                show_error(self, self.tr("Could not open the list"), exc)

    def choose_report_path(self) -> None:
        """Ask where to save the owner's report and write it in the background; returns None."""
        if self.shop is None:
            return
        from core.snippets.preview import exports_folder
        folder = exports_folder(self.shop.db)  # the shop's exports folder, where its other files go
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = Path.home()
        default = str(folder / f"{self.shop.path.name.split('.')[0]}-report.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save owner's report"), default,
                                              self.tr("PDF document (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_report(path)

    def save_report(self, path: str | Path, confirm: bool = True):
        """Write the owner's report to ``path`` in a worker behind a progress dialog; returns the Task."""
        from desktop.progress_dialog import run_with_progress
        self.report_button.setEnabled(False)
        self.status.setText(self.tr("Writing the report…"))

        def done(out):
            self.status.setText(self.tr("Report saved: %1").replace("%1", str(out)))
            if confirm:
                QMessageBox.information(self, self.tr("Owner's report"),
                                        self.tr("The report was saved to %1.").replace("%1", str(out)))

        def failed(error):
            self.status.setText("")
            from core.errors import Cancelled
            if not isinstance(error, Cancelled):
                show_error(self, self.tr("Could not write the report"), error)

        task = run_with_progress(self, self.tr("Writing the owner's report"), _write_report,
                                 Path(path), self.shop.path.name.split(".")[0], self.chart_titles(),
                                 self.chart_labels(), self.report_front_page(), on_done=done, on_failed=failed,
                                 shop=self.shop)
        task.sig_finished.connect(lambda: self.report_button.setEnabled(self.shop is not None))
        self.report_task = task
        return task

    # ---- self-test
    def selftest_extras(self, outdir) -> list[Path]:
        """Save every chart (not only the dashboard's) as ``dashboard_chart_<key>.png`` in ``outdir``."""
        from core.charts import CHARTS
        from core.charts.sources import ShopData
        if self.shop is None:
            return []
        outdir = Path(outdir)
        outdir.mkdir(parents=True, exist_ok=True)
        shop = ShopData(self.shop.db)
        titles, labels = self.chart_titles(), self.chart_labels()
        paths = []
        for spec in CHARTS:
            figure = spec.builder(shop, title=titles.get(spec.key), labels=labels.get(spec.key))
            path = outdir / f"dashboard_chart_{spec.key}.png"
            figure.savefig(path, dpi=110)
            paths.append(path)
        return paths


VIEW_CLASS = DashboardView
