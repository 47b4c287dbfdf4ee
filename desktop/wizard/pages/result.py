"""Step 6: the result (added, updated, skipped; rejected rows; products set aside)."""

from __future__ import annotations

import html
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from core.importers.addons import set_aside_products, set_is_product
from core.importers.registry import FORMATS
from desktop.i18n import format_number, local_format, translate_message
from desktop.workers import start_task

if TYPE_CHECKING:
    from desktop.wizard.import_wizard import ImportWizard


class ResultPage(QWizardPage):
    """Step 6: what was added, updated and skipped (with reasons); save the rejected rows; go to Customers."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import finished"))
        self.setFinalPage(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_button.clicked.connect(self.save_rejected)
        self.customers_button = QPushButton(self.tr("Go to Customers"))
        self.customers_button.clicked.connect(self.go_to_customers)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.customers_button)
        row.addStretch(1)
        # Lines that are not products (postage, fees, tips, gift cards, shipping protection …): ticked ones are left
        # out of every product analysis; untick one that is a real product (core.importers.addons).
        self.aside_label = QLabel(self.tr("Not counted as products (postage, fees, tips, gift cards, shipping "
                                          "protection …). Untick a line that is a real product:"))
        self.aside_label.setWordWrap(True)
        self.aside_list = QListWidget()
        self.aside_list.itemChanged.connect(self._aside_changed)
        self.aside_task = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.aside_label)
        layout.addWidget(self.aside_list, 1)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        r = self.wiz.result
        if r is None:
            return
        fmt = FORMATS[r.format_key].label if r.format_key in FORMATS else r.format_key
        rows = [self.tr("<b>{0}</b> ({1})").format(html.escape(r.file_name), html.escape(translate_message(fmt))),
                local_format(self.tr("{0:,} rows read"), r.rows_read)]
        # a product catalog alone adds no orders or customers: its page says only what it did
        catalog_only = bool(r.products_added or r.products_updated) and not (
            r.orders_added or r.orders_updated or r.customers_added or r.customers_updated)
        if not catalog_only:
            rows.append(local_format(self.tr("<b>{0:,}</b> orders added, <b>{1:,}</b> updated"), r.orders_added,
                                     r.orders_updated))
            if not r.order_level_only:
                rows.append(local_format(self.tr("{0:,} order lines added"), r.lines_added))
            rows.append(local_format(self.tr("<b>{0:,}</b> new customers"), r.customers_added))
        if r.products_added or r.products_updated:  # a product catalog
            rows.append(local_format(self.tr("Product catalog: <b>{0:,}</b> products added, <b>{1:,}</b> already in "
                                             "the shop updated"), r.products_added, r.products_updated))
        if r.customers_updated:
            rows.append(local_format(self.tr("{0:,} existing customers updated"), r.customers_updated))
        if r.rows_without_customer:
            rows.append(local_format(self.tr("{0:,} rows without a customer, kept for product statistics"),
                             r.rows_without_customer))
        rows.append(local_format(self.tr("<b>{0:,}</b> rows skipped"), r.rows_skipped))
        rows += [f"&nbsp;&nbsp;{format_number(n)} × {html.escape(translate_message(message))}"
                 for message, n in zip(r.skip_messages.values(), r.skip_reasons.values())]
        if r.notice:
            rows.append("<i>" + html.escape(translate_message(r.notice)) + "</i>")
        if r.identity_note:
            rows.append("<i>" + html.escape(translate_message(r.identity_note)) + "</i>")
        for note in (r.products_note, r.email_note):  # no products in the file / no e-mails in it
            if note:
                rows.append("<i>" + html.escape(translate_message(note)) + "</i>")
        if r.consent and not catalog_only:
            rows.append(local_format(self.tr(
                "E-mail marketing consent in the shop: <b>{0:,}</b> yes, <b>{1:,}</b> no, <b>{2:,}</b> unknown "
                "(unknown is not consent: offer files leave them out)"),
                r.consent.get("yes", 0), r.consent.get("no", 0), r.consent.get("unknown", 0)))
        self.text.setText("<br>".join(rows))
        self.save_button.setEnabled(bool(r.rejected_file) and Path(r.rejected_file).exists())
        self.show_set_aside()

    def show_set_aside(self) -> None:
        """List the shop's lines that are not counted as products (ticked) and those the owner counts (unticked)."""
        try:
            aside = set_aside_products(self.wiz.shop.db)
        except Exception:  # noqa: BLE001 - the list is a help, never a reason for the result page to fail
            aside = pd.DataFrame(columns=["product_id", "name", "lines", "set_aside"])
        self.aside_list.blockSignals(True)
        self.aside_list.clear()
        for product_id, name, lines, set_aside in zip(aside["product_id"], aside["name"], aside["lines"],
                                                      aside["set_aside"]):
            item = QListWidgetItem(self.tr("{0} — {1} lines").format(name, format_number(int(lines))))
            item.setData(Qt.ItemDataRole.UserRole, int(product_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if set_aside else Qt.CheckState.Unchecked)
            self.aside_list.addItem(item)
        self.aside_list.blockSignals(False)
        self.aside_label.setVisible(len(aside) > 0)
        self.aside_list.setVisible(len(aside) > 0)

    def _aside_changed(self, item: QListWidgetItem) -> None:
        product_id = item.data(Qt.ItemDataRole.UserRole)
        counted = item.checkState() != Qt.CheckState.Checked
        path = self.wiz.shop.path

        def work():
            from core.store import open_shop
            db = open_shop(path)
            try:
                return set_is_product(db, [product_id], counted)
            finally:
                db.conn.close()

        self.aside_task = start_task(work)
        self.aside_task.sig_done.connect(lambda _n: self.wiz.shop.sig_changed.emit())

    def save_rejected(self, target: str | None = None) -> str | None:
        """Copy the rejected rows CSV to ``target`` (asks when None); returns the path written or None."""
        r = self.wiz.result
        if not r or not r.rejected_file:
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"),
                                                    str(Path.home() / "rejected_rows.csv"), "CSV (*.csv)")
        if not target:
            return None
        shutil.copyfile(r.rejected_file, target)
        return target

    def go_to_customers(self) -> None:
        window = self.wiz.parent().window() if self.wiz.parent() is not None else None
        if window is not None and hasattr(window, "show_view"):
            window.show_view("customers")
        self.wiz.accept()
