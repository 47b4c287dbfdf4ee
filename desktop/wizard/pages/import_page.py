"""Step 5: the import itself, with progress and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from core.importers.batch import import_batch
from core.importers.pipeline import ImportResult
from desktop.wizard.common import _translated_progress
from desktop.workers import start_task

if TYPE_CHECKING:
    from desktop.wizard.import_wizard import ImportWizard


class ImportPage(QWizardPage):
    """Step 5: the import itself, with a progress bar and Cancel (one transaction: cancel changes nothing)."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("You can cancel: the shop then stays exactly as it was."))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.message = QLabel()
        self.message.setTextFormat(Qt.PlainText)  # file names and cells are data, never markup
        self.message.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.initializePage)
        self.retry_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.task = None
        self.done = False

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.done = False
        self.wiz.result = None
        self.wiz.error = None
        self.retry_button.hide()
        self.bar.setValue(0)
        self.message.setText(self.tr("Starting…"))
        self.cancel_button.setEnabled(True)
        options = self.wiz.file_options()
        files = self.wiz.files()
        path = self.wiz.shop.path
        rejected = self.wiz.rejected_path

        def work(progress, cancelled):
            from core.store import open_shop
            db = open_shop(path)
            try:
                return import_batch(db, files, options, _translated_progress(progress), cancelled, rejected_csv=rejected)
            finally:
                db.conn.close()

        self.task = start_task(work)
        self.task.sig_progress.connect(self._progress)
        self.task.sig_done.connect(self._done)
        self.task.sig_failed.connect(self._failed)
        self.completeChanged.emit()

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        if message:
            self.message.setText(message)

    def cancel(self) -> None:
        """Ask the running import to stop; returns None."""
        if self.task is not None and not self.task.finished:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))

    def _done(self, result: ImportResult) -> None:
        self.wiz.result = result
        self.done = True
        self.bar.setValue(1000)
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Finished."))
        self.wiz.shop.sig_changed.emit()
        self.wiz.sig_imported.emit(result)
        self.completeChanged.emit()
        self.wiz.next()

    def _failed(self, error) -> None:
        self.cancel_button.setEnabled(False)
        self.wiz.error = error
        self.message.setText(self.wiz.failure_text(error) + "\n" + self.tr(
            "You can try again, or close this window; the shop is unchanged."))
        self.retry_button.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.done
