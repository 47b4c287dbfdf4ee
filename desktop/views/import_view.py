"""Import screen: the invitation to import when the shop is empty, and the history of imports."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from core.importers.batch import import_batch
from core.importers.reasons import skip_message
from desktop.errors import show_error
from desktop.i18n import format_datetime, format_number, translate_text
from desktop.widgets.frame_table import FrameTable
from desktop.progress_dialog import run_with_progress
from desktop.views.base import ShopView

FILE_FILTER = "Shop exports (*.csv *.txt *.tsv *.xlsx *.xls *.gz);;All files (*)"


def format_label(key: str) -> str:
    """Return the owner's name of an import format key in the UI language ("online_retail" -> "Online Retail
    (UCI) invoice lines"); an unknown key as it is."""
    from core.importers.registry import FORMATS
    fmt = FORMATS.get(str(key))
    label = getattr(fmt, "label", "") if fmt is not None else ""
    return translate_text(label) if label else str(key)


class ImportView(ShopView):
    """Lets the owner import files and shows what was imported before."""

    view_id = "import"
    sig_imported = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import orders or customers…"))
        self.import_button.setMinimumHeight(40)
        self.import_button.clicked.connect(self.start_import)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        self.history_label = QLabel(self.tr("Earlier imports"))
        self.history_label.setStyleSheet("font-weight: 600;")
        self.history = FrameTable(sortable=False, alternating=False, empty=self.tr("Nothing imported yet."))
        self.history.verticalHeader().setVisible(True)
        self.model = self.history.frame_model
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)

    def view_title(self) -> str:
        return self.tr("Import")

    def set_shop(self, shop) -> None:
        super().set_shop(shop)
        self.import_button.setEnabled(shop is not None)
        if shop is None:
            self.heading.setText(self.tr("No shop is open"))
            self.explain.setText(self.tr("Use File → New shop or Open shop first."))
            self.model.set_frame(pd.DataFrame())
            return
        if shop.is_empty():
            self.heading.setText(self.tr("Bring in your shop's orders"))
            self.explain.setText(self.tr(
                "Export your orders from Shopify, WooCommerce, PrestaShop or any spreadsheet as CSV or XLSX, "
                "then import the file here. Your data stays on this computer."))
        else:
            self.heading.setText(self.tr("Import more data"))
            self.explain.setText(self.tr(
                "Importing the same file again adds nothing twice; newer exports update changed orders."))
        self._load_history()

    def _load_history(self) -> None:
        frame = pd.read_sql_query(
            "SELECT imported_at, file_name, format, rows_read, orders_added, orders_updated, lines_added, "
            "customers_added, rows_skipped, skip_reasons FROM imports ORDER BY id DESC", self.shop.db.conn)
        # in the owner's words: local time and date format, the format's name, skip reasons in the UI language
        frame["imported_at"] = frame["imported_at"].map(format_datetime)
        frame["format"] = frame["format"].map(format_label)
        frame["skip_reasons"] = frame["skip_reasons"].map(
            lambda s: "; ".join(f"{format_number(n)} × {translate_text(skip_message(r))}"
                                for r, n in json.loads(s or "{}").items()))
        self.model.set_frame(frame, {
            "imported_at": self.tr("When"), "file_name": self.tr("File"), "format": self.tr("Format"),
            "rows_read": self.tr("Rows"), "orders_added": self.tr("Orders added"),
            "orders_updated": self.tr("Orders updated"), "lines_added": self.tr("Lines added"),
            "customers_added": self.tr("New customers"), "rows_skipped": self.tr("Skipped"),
            "skip_reasons": self.tr("Why skipped")})
        self.history.resize_columns(None)

    def start_import(self, files: list[str] | None = None) -> None:
        """Open the import wizard (or, without it, a file dialog and a progress dialog); returns None."""
        if self.shop is None:
            return
        try:
            from desktop.wizard.import_wizard import ImportWizard
        except ImportError:
            ImportWizard = None
        if ImportWizard is not None:
            wizard = ImportWizard(self.shop, self, files=files) if files else ImportWizard(self.shop, self)
            wizard.open()
            return
        if not files:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a shop export"), str(Path.home()),
                                                  FILE_FILTER)
            if not path:
                return
            files = [path]
        self.import_files(files)

    def selftest_extras(self, outdir) -> list[Path]:
        """Save the wizard's pages on the demo file (nothing is imported); returns the PNG paths."""
        from desktop.demo import demo_source
        from desktop.wizard.import_wizard import selftest_pictures
        return selftest_pictures(self.shop, [str(demo_source())], outdir)

    def import_files(self, files: list[str]):
        """Import ``files`` in the background behind a progress dialog; returns the Task."""
        shop = self.shop

        def work(db, progress, cancelled):
            # one core function plans and runs several files (multi-file sets together)
            return import_batch(db, files, progress=progress, cancelled=cancelled).parts

        def done(results):
            shop.sig_changed.emit()
            self.sig_imported.emit(results)

        return run_with_progress(self, self.tr("Importing…"), work, on_done=done,
                                 on_failed=lambda e: show_error(self, self.tr("Import failed"), e), shop=shop)


VIEW_CLASS = ImportView
