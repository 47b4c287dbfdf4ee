"""One window per customer: identity and sources, every order and line, favourites, segment, scores,
predicted value and churn, expected next order, and what to suggest to them next."""

from __future__ import annotations

from html import escape

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import plain_message
from desktop.i18n import (english_plural, format_date, format_money, format_number, format_percent,
                          translate_text)
from desktop.widgets.explain import explain, explain_link
from desktop.widgets.frame_table import FrameTable

# The open profile windows by (shop path, customer id): a second double-click raises the window already open.
_OPEN: dict[tuple[str, int], "ProfileWindow"] = {}
SOURCE_TEXTS = {
    "rebuy": QT_TRANSLATE_NOOP("recommendation_sources", "bought before, rebought regularly"),
    "similar": QT_TRANSLATE_NOOP("recommendation_sources", "similar to what they bought"),
    "together": QT_TRANSLATE_NOOP("recommendation_sources", "bought together with what they bought"),
    "segment": QT_TRANSLATE_NOOP("recommendation_sources", "bestseller in their segment"),
    "country": QT_TRANSLATE_NOOP("recommendation_sources", "bestseller in their country"),
    "shop": QT_TRANSLATE_NOOP("recommendation_sources", "shop bestseller"),
}
"""core.analysis.recommend.SOURCES keys in words (translated in the "recommendation_sources" context)."""
PLATFORM_NAMES = {
    "shopify": "Shopify", "woocommerce": "WooCommerce", "prestashop": "PrestaShop", "squarespace": "Squarespace",
    "etsy": "Etsy", "olist": "Olist", "cdnow": "CDNOW",
    "online_retail": QT_TRANSLATE_NOOP("platforms", "Online Retail file"),
    "generic": QT_TRANSLATE_NOOP("platforms", "spreadsheet"),
    "catalog": QT_TRANSLATE_NOOP("platforms", "product catalog"),
}
"""Where a customer's records came from, in words (core's platform keys; translated in the "platforms" context)."""


def platform_name(platform: str) -> str:
    """Return the owner's name for an import platform key ("online_retail" -> "Online Retail file")."""
    name = PLATFORM_NAMES.get(platform)
    if name is None:
        return str(platform).replace("_", " ")
    return QCoreApplication.translate("platforms", name)


def _load_profile(db, customer_id, overview=None):
    """Worker: the customer's profile (``overview``: the shop's last customer overview, to skip refitting), with
    the shop's main currency under "currency"."""
    from core.analysis.profile import customer_profile
    from core.currency import main_currency
    profile = customer_profile(db, customer_id, overview=overview)
    profile["currency"] = main_currency(db)
    return profile


def _load_recommendations(db, customer_id, n=10):
    """Worker: the customer's lists {"picks", "buy-again", "discover"} (empty frames without counted orders)."""
    from core.analysis.recommend import LIST_AGAIN, LIST_DISCOVER, PICK_COLUMNS, UnknownCustomer, lists_for_customer
    try:
        return lists_for_customer(db, customer_id, n)
    except UnknownCustomer:
        empty = pd.DataFrame(columns=[c for c in PICK_COLUMNS if c != "customer_id"])
        return {"picks": empty, LIST_AGAIN: empty.copy(), LIST_DISCOVER: empty.copy()}


def _export_customer(db, customer_id, out):
    from core.privacy import export_customer
    return export_customer(db, out, customer_id=customer_id)


def _erase_customer(db, customer_id):
    from core.privacy import erase_customer
    return erase_customer(db, customer_id=customer_id)


def _frame_table(frame: pd.DataFrame, headers: dict, sort_column: str | None = None) -> FrameTable:
    """Return a ``FrameTable`` showing ``frame`` as the profile does (cells selectable one by one, columns as wide
    as their contents)."""
    table = FrameTable(select_rows=False)
    table.set_frame(frame, headers, sort_column, max_width=None)
    return table


class ProfileWindow(QDialog):
    """The profile of one customer; fills itself from a worker."""

    def __init__(self, parent, shop, customer_id: int):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.shop = shop
        self.customer_id = int(customer_id)
        self.profile = None
        self.fact_values: dict[str, QLabel] = {}  # the facts grid's value labels by their (translated) name
        self.setWindowTitle(self.tr("Customer {0}").format(customer_id))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(12)
        for column in (1, 3, 5):  # the values take the room; the names wrap only when they must
            self.facts.setColumnStretch(column, 1)
        layout.addLayout(self.facts)
        self.advice = QLabel()
        self.advice.setTextFormat(Qt.TextFormat.RichText)  # our <b> markup; the texts in it are escaped
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        privacy = QHBoxLayout()
        self.privacy_status = QLabel()
        self.privacy_status.setTextFormat(Qt.TextFormat.PlainText)  # shows file names and error messages
        self.privacy_status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export this customer's data…"))
        self.export_button.setToolTip(self.tr("Everything the shop holds about them, as a JSON or CSV file "
                                              "(when a customer asks for their data)."))
        self.erase_button = QPushButton(self.tr("Erase this customer…"))
        self.erase_button.setToolTip(self.tr("Remove them from this shop and its backups for good "
                                             "(when a customer asks to be forgotten)."))
        self.export_button.clicked.connect(self.export_data)
        self.erase_button.clicked.connect(self.erase)
        privacy.addWidget(self.privacy_status, 1)
        privacy.addWidget(self.export_button)
        privacy.addWidget(self.erase_button)
        layout.addLayout(privacy)
        self.privacy_tasks = []
        self.task = shop.run(_load_profile, self.customer_id, shop.cache.get("overview"))
        self.task.sig_done.connect(self._show)
        self.task.sig_failed.connect(lambda e: self.heading.setText(escape(plain_message(e))))
        self.recommendations = None
        self.recommendations_table = None
        self._pending_recommendations = None
        self.recommend_task = shop.run(_load_recommendations, self.customer_id)
        self.recommend_task.sig_done.connect(self._got_recommendations)
        self.recommend_task.sig_failed.connect(lambda e: self._got_recommendations(None, plain_message(e)))

    def _fact(self, row: int, col: int, label: str, value: str, span: int = 1, explain_key: str = "",
              tooltip: str = "") -> QLabel:
        """Add one labelled figure to the facts grid (with a "What does this mean?" link for ``explain_key``);
        returns the value's label."""
        name = QLabel(label)
        name.setStyleSheet("color: #666666")
        name.setWordWrap(True)
        self.facts.addWidget(name, row, col * 2)
        shown = QLabel(value)
        shown.setTextFormat(Qt.TextFormat.PlainText)  # the shop's data is never markup
        shown.setWordWrap(True)
        for widget in (name, shown):
            if tooltip:
                widget.setToolTip(tooltip)
            if explain_key:
                explain(widget, explain_key)
        if explain_key:
            cell = QWidget()
            line = QVBoxLayout(cell)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(0)
            line.addWidget(shown)
            line.addWidget(explain_link(explain_key, cell))
            self.facts.addWidget(cell, row, col * 2 + 1, 1, span)
        else:
            self.facts.addWidget(shown, row, col * 2 + 1, 1, span)
        self.fact_values[label] = shown
        return shown

    def _days_ago(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        return english_plural(self.tr("%n day(s) ago", "", days), days)

    def _show(self, profile: dict) -> None:
        self.profile = profile
        ident, s = profile["identity"], profile["summary"]
        self.setWindowTitle(self.tr("Customer: {0}").format(ident["name"]))
        sources = ", ".join(self.tr("{platform} no. {number}").format(platform=platform_name(r.platform),
                                                                      number=r.external_id)
                            for r in profile["sources"].itertuples()) or "—"
        # The heading is our markup around the shop's data: every datum is escaped, so a customer named
        # "<h1>ACCOUNT SUSPENDED</h1><a href=…>" shows as those characters, not as a headline and a link.
        self.heading.setText(self.tr("<h2>{0}</h2>{1} · {2} · customer no. {3} · sources: {4}").format(
            escape(str(ident["name"])), escape(str(ident.get("email") or self.tr("no e-mail"))),
            escape(str(ident.get("country") or "—")), escape(str(ident["id"])), escape(sources)))
        currency = profile.get("currency")
        orders = profile["orders"]
        cancelled = int((orders["is_cancelled"] == 1).sum())
        returns = int(((orders["is_cancelled"] == 0) & (orders["status"] == "returned")).sum())
        if s:
            segment = translate_text(s.get("segment_label") or "")
            self._fact(0, 0, self.tr("Segment"), f"{segment} (R{s['r_score']} F{s['f_score']} M{s['m_score']})",
                       explain_key="rfm")
            purchases = int(s["frequency"])
            # the purchases that count vs every order on the Orders tab: each figure says what it counts
            counted = format_number(purchases) if purchases == len(orders) else self.tr(
                "{purchases} (of {orders} orders incl. returns/cancelled)").format(
                purchases=format_number(purchases), orders=format_number(len(orders)))
            self._fact(0, 1, self.tr("Purchases"), counted, tooltip=self.tr(
                "Orders that count: not cancelled and not only returns. The Orders tab lists every order: "
                "{orders}, of them {cancelled} cancelled and {returns} returns.").format(
                orders=format_number(len(orders)), cancelled=format_number(cancelled),
                returns=format_number(returns)))
            self._fact(0, 2, self.tr("Spent"), format_money(s['monetary'], currency))
            self._fact(1, 0, self.tr("Last order"), self._days_ago(int(s["recency_days"])))
            interval = s.get("typical_interval_days")
            self._fact(1, 1, self.tr("Usually orders every"),
                       english_plural(self.tr("%n day(s)", "", round(interval)), round(interval))
                       if interval == interval and interval else "—")
            self._fact(1, 2, self.tr("Average order"), format_money(s['average_order'], currency))
            if s.get("predictions_reliable"):
                nxt = s.get("expected_next_order")
                self._fact(2, 0, self.tr("Predicted value (12 months)"), format_money(s['clv'], currency))
                self._fact(2, 1, self.tr("Chance still a customer"), format_percent(s['p_alive']),
                           explain_key="p_alive")
                self._fact(2, 2, self.tr("Next order expected"),
                           format_date(pd.Timestamp(nxt)) if pd.notna(nxt) else self.tr("not soon"))
            else:
                why = s.get("predictions_message")  # core's sentence: too little history (with its figures)
                self._fact(2, 0, self.tr("Predictions"),
                           translate_text(why) if why else self.tr("too little history for predictions"), span=5)
            self.advice.setText(self.tr("<b>What to do:</b> {0}").format(
                escape(translate_text(s.get("segment_action", "")))))
        else:
            self.advice.setText(escape(self.tr("This customer has no counted orders yet.")))
        orders = orders.copy()
        orders["status_text"] = orders["is_cancelled"].map({0: self.tr("counted"), 1: self.tr("cancelled")})
        # a return (a refund row, a credit note) counts, taking its money off: say so
        orders.loc[orders["status"] == "returned", "status_text"] = self.tr("return")
        self.orders_table = _frame_table(orders, {"order_ref": self.tr("Order"), "ordered_at": self.tr("Date"),
                                                  "status_text": self.tr("Status"), "lines": self.tr("Lines"),
                                                  "revenue": self.tr("Amount"), "country": self.tr("Country")},
                                         "ordered_at")
        self.tabs.addTab(self.orders_table, self.tr("All orders ({0})").format(format_number(len(orders))))
        self.tabs.setTabToolTip(0, self.tr("Every order of this customer, including cancelled ones and returns"))
        self.lines_table = _frame_table(profile["lines"], {
            "order_ref": self.tr("Order"), "ordered_at": self.tr("Date"), "sku": self.tr("Code"),
            "product_name": self.tr("Product"), "category": self.tr("Category"), "quantity": self.tr("Quantity"),
            "unit_price": self.tr("Price"), "line_total": self.tr("Total")})
        self.tabs.addTab(self.lines_table, self.tr("Lines ({0})").format(len(profile["lines"])))
        fav = QWidget()
        fav_layout = QVBoxLayout(fav)
        fav_layout.addWidget(QLabel(self.tr("Favourite products")))
        fav_layout.addWidget(_frame_table(profile["favourite_products"], {
            "sku": self.tr("Code"), "product_name": self.tr("Product"), "orders": self.tr("Orders"),
            "quantity": self.tr("Quantity"), "spent": self.tr("Spent")}), 2)
        fav_layout.addWidget(QLabel(self.tr("Favourite categories")))
        fav_layout.addWidget(_frame_table(profile["favourite_categories"], {
            "category": self.tr("Category"), "orders": self.tr("Orders"), "spent": self.tr("Spent")}), 1)
        self.tabs.addTab(fav, self.tr("Favourites"))
        if self._pending_recommendations is not None:
            self._add_recommendations_tab(*self._pending_recommendations)

    def _got_recommendations(self, picks, failure: str = "") -> None:
        if self.profile is None:  # the profile arrives later: add the tab after its tabs
            self._pending_recommendations = (picks, failure)
        else:
            self._add_recommendations_tab(picks, failure)

    def _add_recommendations_tab(self, lists, failure: str) -> None:
        lists = lists or {}
        picks = lists.get("picks")
        self.recommendations = picks
        self.recommendation_lists = lists
        page = QWidget()
        column = QVBoxLayout(page)
        if picks is None or picks.empty:
            note = QLabel(failure or self.tr("No suggestions yet: this customer has no counted orders."))
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            column.addWidget(note)
            column.addStretch(1)
        else:
            note = QLabel(self.tr("Products this customer is likely to buy next, best first: their own products "
                                  "they are likely to buy again and products new to them. Each says why it was "
                                  "picked."))
            note.setWordWrap(True)
            column.addWidget(note)
            inner = QTabWidget()
            self.recommendations_table = self._picks_table(picks)
            inner.addTab(self.recommendations_table, self.tr("Picks"))
            self.buy_again_table = self._picks_table(lists.get("buy-again", picks.head(0)))
            inner.addTab(self.buy_again_table, self.tr("Buy again"))
            self.discover_table = self._picks_table(lists.get("discover", picks.head(0)))
            inner.addTab(self.discover_table, self.tr("Discover"))
            column.addWidget(inner, 1)
        self.tabs.addTab(page, self.tr("Suggestions"))

    def _picks_table(self, picks: pd.DataFrame) -> FrameTable:
        """Return a table of one list of picks: rank, product, list, why and details, in the UI language."""
        lists = {"buy-again": self.tr("Buy again"), "discover": self.tr("Discover")}
        shown = picks.assign(reason=picks["reason"].map(translate_text))
        shown["source_text"] = shown["source"].map(lambda key: QCoreApplication.translate(
            "recommendation_sources", SOURCE_TEXTS.get(key, key)))
        shown["list_text"] = shown["list"].map(lambda key: lists.get(key, key)) if "list" in shown else ""
        table = _frame_table(shown, {
            "rank": self.tr("Rank"), "product_name": self.tr("Product"), "list_text": self.tr("List"),
            "source_text": self.tr("Why"), "reason": self.tr("Details")})
        table.sortByColumn(table.frame_model.column_index("rank"), Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSectionResizeMode(table.frame_model.column_index("reason"),
                                                      QHeaderView.ResizeMode.Stretch)
        return table

    # ---- the customer's rights (GDPR art. 20 and 17)
    def export_data(self):
        """Ask where to save, then write the customer's data there in a worker; returns the task (or None)."""
        name = (self.profile or {}).get("identity", {}).get("name") or str(self.customer_id)
        safe = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-") or "customer"
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Export this customer's data"), f"{safe}.json",
                                             self.tr("JSON (*.json);;CSV (*.csv)"))
        if not out:
            return None
        task = self.shop.run(_export_customer, self.customer_id, out)
        task.sig_done.connect(lambda path: self.privacy_status.setText(
            self.tr("Saved to {0}. Send it to the customer securely.").format(path)))
        task.sig_failed.connect(lambda e: self.privacy_status.setText(plain_message(e)))
        self.privacy_tasks.append(task)
        return task

    def erase(self):
        """After the owner confirms, erase the customer from the shop and its backups; returns the task (or None)."""
        answer = QMessageBox.question(
            self, self.tr("Erase this customer?"),
            self.tr("Their name, e-mail, address and platform ids are removed from this shop and its backups, "
                    "and cannot be brought back. Their orders stay, without anything that names them, so your "
                    "sales figures do not change.\n\nImporting an old export that lists them would add them "
                    "again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.erase_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.privacy_status.setText(self.tr("Erasing…"))
        task = self.shop.run(_erase_customer, self.customer_id)
        task.sig_done.connect(self._erased)
        task.sig_failed.connect(lambda e: (self.privacy_status.setText(plain_message(e)),
                                           self.erase_button.setEnabled(True)))
        self.privacy_tasks.append(task)
        return task

    def _erased(self, result) -> None:
        self.erase_result = result
        self.heading.setText(self.tr("<h2>Customer erased</h2>"))
        self.privacy_status.setText(self.tr("Erased from the shop and {0} backup(s); the orders stay without "
                                            "their name.").format(result.backups_erased))
        self.shop.sig_changed.emit()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        _OPEN.pop((str(self.shop.path), self.customer_id), None)
        super().closeEvent(event)


def show_customer_profile(parent, shop, customer_id: int) -> ProfileWindow | None:
    """Open (or raise) the profile window of ``customer_id`` in ``shop``; returns the window (None without a shop)."""
    if shop is None:
        return None
    key = (str(shop.path), int(customer_id))
    window = _OPEN.get(key)
    if window is None:
        window = ProfileWindow(parent, shop, customer_id)
        _OPEN[key] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
