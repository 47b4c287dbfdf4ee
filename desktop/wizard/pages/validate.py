"""Step 4: the validation summary (a dry run in a worker)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from core.errors import Cancelled
from core.importers.batch import validate_batch
from core.importers.reasons import skip_message
from core.importers.values import AmbiguousDatesError
from desktop.errors import plain_message
from desktop.i18n import format_number, local_format, translate_message
from desktop.wizard.common import _translated_progress, format_duration
from desktop.workers import start_task

if TYPE_CHECKING:
    from desktop.wizard.import_wizard import ImportWizard


class ValidatePage(QWizardPage):
    """Step 4: what the import would do (counts, dates, currencies, problems), computed in the background."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been changed yet."))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary, 1)
        self.task = None
        self.validation = None
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.validation = None
        self.bar.setValue(0)
        self.bar.show()
        estimate = getattr(self.wiz, "estimate", None)
        if estimate is not None and estimate.check_seconds is not None and estimate.check_seconds >= 5:
            self.summary.setText(self.tr("Reading the whole file… ({0})").format(
                format_duration(estimate.check_seconds)))
        else:
            self.summary.setText(self.tr("Reading the whole file…"))
        options = self.wiz.file_options()
        files = self.wiz.files()
        path = self.wiz.shop.path

        def work(progress, cancelled):
            from core.store import open_shop
            db = open_shop(path)
            try:
                return validate_batch(files, options, db, progress=_translated_progress(progress), cancelled=cancelled)
            finally:
                db.conn.close()

        self.task = start_task(work)
        self.task.sig_progress.connect(lambda f, _m: self.bar.setValue(int(f * 1000)))
        self.task.sig_done.connect(self._done)
        self.task.sig_failed.connect(self._failed)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt API)
        if self.task is not None and not self.task.finished:
            self.task.cancel()

    def _done(self, validation) -> None:
        self.validation = validation
        self.bar.hide()
        v = validation
        rows = [
            local_format(self.tr("<b>{0:,}</b> rows read, <b>{1:,}</b> usable"), v.rows, v.usable_rows),
            local_format(self.tr("<b>{0:,}</b> orders, <b>{1:,}</b> customers"), v.orders, v.customers),
        ]
        if v.first_date:
            rows.append(self.tr("Orders from <b>{0}</b> to <b>{1}</b>").format(v.first_date[:10], v.last_date[:10]))
        if v.currencies:
            per_currency = [f"{c} (" + self.tr("{0} orders").format(format_number(n)) + ")"
                            for c, n in v.currencies.items()]
            rows.append(self.tr("Currencies: {0}").format(", ".join(per_currency)))
        if v.cancelled_orders:
            rows.append(local_format(self.tr("Cancelled, refunded or voided orders: {0:,} (kept, but not counted as "
                                     "revenue)"), v.cancelled_orders))
        if v.without_customer:
            rows.append(local_format(self.tr("Rows without a customer: {0:,} (they count for products only)"),
                             v.without_customer))
        if v.rows and not v.usable_rows:
            rows.insert(0, "<b>" + html.escape(self.wiz.nothing_usable_text(v)) + "</b>")
        if v.skip_reasons:
            rows.append(self.tr("<b>Rows that will be skipped:</b>"))
            rows += [f"&nbsp;&nbsp;{format_number(n)} × {html.escape(translate_message(skip_message(reason)))}"
                     for reason, n in v.skip_reasons.items()]
        else:
            rows.append(self.tr("No problems found."))
        self.summary.setText("<br>".join(rows))
        self.completeChanged.emit()

    def _failed(self, error) -> None:
        self.bar.hide()
        if isinstance(error, Cancelled):
            return
        text = plain_message(error)
        if isinstance(error, AmbiguousDatesError):
            text += " " + self.tr("Go back and choose the date order.")
        self.summary.setText(html.escape(text))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.validation is not None and self.validation.usable_rows > 0
