"""The import wizard: choose file(s) → preview with detected settings → column mapping (generic files) →
validation summary → import with progress and Cancel → result (added / updated / skipped, rejected rows).

Open it with ``ImportWizard(shop, parent).open()``; it emits ``shop.sig_changed`` after a successful import
and ``sig_imported(ImportResult)``. Parsing and writing run on the thread pool (``desktop.workers``).
"""

from __future__ import annotations

import html
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from core.errors import Cancelled, ImportFailed
from core.importers.addons import set_aside_products, set_is_product
from core.importers.base import ImportOptions
from core.importers.diagnose import CAUSE_TEXTS, Diagnosis, diagnose
from core.importers.generic import MAPPING_FIELDS, check_mapping
from core.importers.batch import import_batch, validate_batch
from core.importers.pipeline import PARSED_LABELS, ImportResult, group_files, inspect_file
from core.importers.reading import SizeEstimate, estimate_file
from core.importers.reasons import skip_message
from core.importers.registry import FORMATS, nearest_format
from core.importers.values import AmbiguousDatesError
from desktop.errors import plain_message
from desktop.i18n import format_number, local_format, translate_message
from desktop.models.dataframe_model import DataFrameModel
from desktop.workers import start_task

FILE_FILTER = "Shop exports (*.csv *.txt *.tsv *.xlsx *.xls *.gz);;All files (*)"
CURRENCIES = ["EUR", "PLN", "USD", "GBP", "CZK", "HUF", "RON", "SEK", "DKK", "NOK", "CHF", "UAH", "RUB", "BRL"]
ENCODINGS = ["utf-8", "utf-8-sig", "cp1250", "cp1251", "cp1257", "latin-1"]
DELIMITERS = [(",", ","), (";", ";"), ("\t", "Tab"), ("|", "|"), (" ", "Spaces")]
PAGE_FILES, PAGE_PREVIEW, PAGE_MAPPING, PAGE_VALIDATE, PAGE_IMPORT, PAGE_RESULT = range(6)


def _translated_progress(progress):
    """Return a progress callback that hands ``progress`` core's keyed message in the UI language (a worker's
    signal carries text)."""
    def report(fraction: float, message=None) -> None:
        progress(fraction, translate_message(message) if message else message)
    return report


def format_size(size_bytes: int) -> str:
    """Return a file size in words the owner reads at a glance (``850 KB``, ``19.7 MB``, ``2.1 GB``)."""
    if size_bytes < 1000:
        return QCoreApplication.translate("ImportWizard", "{0} bytes").format(format_number(size_bytes))
    if size_bytes < 1_000_000:
        return QCoreApplication.translate("ImportWizard", "{0} KB").format(format_number(size_bytes / 1e3))
    if size_bytes < 1_000_000_000:
        return QCoreApplication.translate("ImportWizard", "{0} MB").format(format_number(size_bytes / 1e6, 1))
    return QCoreApplication.translate("ImportWizard", "{0} GB").format(format_number(size_bytes / 1e9, 1))


def format_duration(seconds: float) -> str:
    """Return a rough duration (``a few seconds``, ``about 40 seconds``, ``about 6 minutes``, ``about 1.5 hours``)."""
    if seconds < 5:
        return QCoreApplication.translate("ImportWizard", "a few seconds")
    if seconds < 90:
        return QCoreApplication.translate("ImportWizard", "about {0} seconds").format(
            int(round(seconds, -1 if seconds >= 15 else 0)))
    if seconds < 90 * 60:
        return QCoreApplication.translate("ImportWizard", "about {0} minutes").format(int(round(seconds / 60)))
    return QCoreApplication.translate("ImportWizard", "about {0} hours").format(format_number(seconds / 3600, 1))


def combined_estimate(files: list[str]) -> SizeEstimate | None:
    """Return one SizeEstimate for all ``files`` (sizes and rows added up); None when a file cannot be read."""
    total = None
    for file in files:
        try:
            each = estimate_file(file)
        except Exception:  # noqa: BLE001 - the preview step reports unreadable files in plain words
            return None
        if total is None:
            total = each
            continue
        rows = None if total.rows is None or each.rows is None else total.rows + each.rows
        total = SizeEstimate(total.size_bytes + each.size_bytes, rows, total.exact and each.exact,
                             None if rows is None else total.check_seconds + each.check_seconds,
                             None if rows is None else total.import_seconds + each.import_seconds)
    return total


def describe_estimate(estimate: SizeEstimate | None) -> str:
    """Return the sentence the wizard shows about a file's size and how long it will take."""
    if estimate is None:
        return ""
    text = QCoreApplication.translate("ImportWizard", "Size: {0}").format(format_size(estimate.size_bytes))
    if estimate.rows is None:
        return text + "."
    if estimate.exact:
        rows = QCoreApplication.translate("ImportWizard", "{0} rows").format(format_number(estimate.rows))
    else:
        rows = QCoreApplication.translate("ImportWizard", "about {0} rows").format(
            format_number(_round_rows(estimate.rows)))
    return text + ", " + rows + ". " + QCoreApplication.translate(
        "ImportWizard", "Checking it takes {0}, importing {1}.").format(
        format_duration(estimate.check_seconds), format_duration(estimate.import_seconds))


def _round_rows(rows: int) -> int:
    digits = len(str(rows))
    return int(round(rows, -(digits - 2))) if digits > 2 else rows


class FilesPage(QWizardPage):
    """Step 1: the files to import (Add…, Remove, or drop files onto the page)."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file(s) to import"))
        self.setSubTitle(self.tr("An export from Shopify, WooCommerce, PrestaShop, Olist, CDNOW, Online Retail, "
                                 "or any spreadsheet (CSV or XLSX). For a set of files that belong together "
                                 "(orders, items, customers, products), choose them all. You can also drop "
                                 "files here."))
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.size_label = QLabel()
        self.size_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.size_label)
        layout.addLayout(buttons)

    def files(self) -> list[str]:
        """Return the chosen file paths."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _update_size(self) -> None:
        sizes = []
        for file in self.files():
            try:
                sizes.append(Path(file).stat().st_size)
            except OSError:
                continue
        if not self.files():
            self.size_label.setText("")
        elif len(self.files()) == 1:
            self.size_label.setText(self.tr("1 file, {0}.").format(format_size(sum(sizes))))
        else:
            self.size_label.setText(self.tr("{0} files, {1} in all.").format(len(self.files()),
                                                                             format_size(sum(sizes))))

    def add_files(self, paths) -> None:
        """Add ``paths`` (skipping ones already listed); returns None."""
        known = set(self.files())
        for path in paths:
            if str(path) not in known:
                self.list.addItem(str(path))
        self._update_size()
        self.completeChanged.emit()

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose shop exports"), str(Path.home()), FILE_FILTER)
        self.add_files(paths)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._update_size()
        self.completeChanged.emit()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.add_files([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return bool(self.files())


class PreviewPage(QWizardPage):
    """Step 2: the first rows as read, with the detected format, encoding, delimiter, decimal and date order."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check how the file is read"))
        self.setSubTitle(self.tr("Shopkeeper guessed these settings from the file. If the columns below look "
                                 "wrong, change a setting."))
        self._loading = False
        self.format_box = QComboBox()
        for key, fmt in FORMATS.items():
            self.format_box.addItem(translate_message(fmt.label), key)
        self.encoding_box = QComboBox()
        for enc in ENCODINGS:
            self.encoding_box.addItem(enc, enc)
        self.delimiter_box = QComboBox()
        for value, label in DELIMITERS:
            self.delimiter_box.addItem(self.tr(label), value)
        self.decimal_box = QComboBox()
        self.decimal_box.addItem(self.tr("Point (12.50)"), ".")
        self.decimal_box.addItem(self.tr("Comma (12,50)"), ",")
        self.dates_box = QComboBox()
        self.dates_box.addItem(self.tr("Automatic / ISO (2025-03-04)"), None)
        self.dates_box.addItem(self.tr("Day first (04.03.2025, 4/3/2025)"), True)
        self.dates_box.addItem(self.tr("Month first (3/4/2025)"), False)
        self.currency_box = QComboBox()
        self.currency_box.setEditable(True)
        self.currency_box.addItem(self.tr("As in the file (or the format's usual one)"), None)
        for code in CURRENCIES:
            self.currency_box.addItem(code, code)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Encoding:"), self.encoding_box)
        form.addRow(self.tr("Columns separated by:"), self.delimiter_box)
        form.addRow(self.tr("Decimal separator:"), self.decimal_box)
        form.addRow(self.tr("Dates:"), self.dates_box)
        form.addRow(self.tr("Currency when the file has none:"), self.currency_box)
        self.note = QLabel()
        self.note.setTextFormat(Qt.PlainText)  # file names and cells are data, never markup
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00;")
        self.size_note = QLabel()
        self.size_note.setWordWrap(True)
        self.table = QTableView()
        self.model = DataFrameModel(self)
        self.table.setModel(self.model)
        self.parsed_table = QTableView()
        self.parsed_model = DataFrameModel(self)
        self.parsed_table.setModel(self.parsed_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.parsed_table, self.tr("As Shopkeeper reads it"))
        self.tabs.addTab(self.table, self.tr("As in the file"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.size_note)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self.encoding_box.currentIndexChanged.connect(self._reread)
        self.delimiter_box.currentIndexChanged.connect(self._reread)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.dates_box.currentIndexChanged.connect(self._dates_changed)
        self.decimal_box.currentIndexChanged.connect(self._decimal_changed)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.wiz.options = ImportOptions()
        # Size and a time estimate from the first megabyte, before anything reads the whole file.
        self.wiz.estimate = combined_estimate(self.wiz.files())
        self.size_note.setText(self._estimate_text(self.wiz.estimate))
        self._inspect(first=True)

    def _estimate_text(self, estimate: SizeEstimate | None) -> str:
        text = describe_estimate(estimate)
        if estimate is not None and estimate.check_seconds is not None and estimate.check_seconds + \
                estimate.import_seconds >= 60:
            text += " " + self.tr("The file is read piece by piece, so its size is not limited by memory; "
                                  "you can cancel at any time and the shop stays as it was.")
        return text

    def _select(self, box: QComboBox, value) -> None:
        index = box.findData(value)
        if index < 0 and isinstance(value, str):
            box.addItem(value, value)
            index = box.count() - 1
        box.setCurrentIndex(max(0, index))

    def _inspect(self, first: bool = False) -> None:
        options = self.wiz.options
        files = self.wiz.files()
        self._loading = True
        try:
            info = inspect_file(files[0], options, self.wiz.shop.db)
        except Exception as exc:  # noqa: BLE001 - shown to the user in plain words
            self.wiz.inspection = None
            self.note.setText(plain_message(exc))
            self.model.set_frame(pd.DataFrame())
            self._loading = False
            self.completeChanged.emit()
            return
        self.wiz.inspection = info
        if info.set_format:  # one table of a multi-file set (Olist-style): the set's format
            info.format_key = info.set_format
        self._select(self.format_box, info.format_key or "generic")
        text_file = info.kind != "excel"  # a workbook has no text encoding or column separator to choose
        if text_file:
            self._select(self.encoding_box, info.encoding)
            self._select(self.delimiter_box, info.delimiter or ",")
        for box in (self.encoding_box, self.delimiter_box):
            box.setEnabled(text_file)
            if not text_file:
                box.blockSignals(True)
                box.setCurrentIndex(-1)
                box.blockSignals(False)
        self._select(self.decimal_box, info.decimal or ".")
        self._select(self.dates_box, options.day_first if options.day_first is not None else info.day_first)
        self.model.set_frame(info.preview.head(50))
        self.table.resizeColumnsToContents()
        if info.parsed is not None:
            labels = {c: translate_message(PARSED_LABELS.get(c, c)) for c in info.parsed.columns}
            self.parsed_model.set_frame(info.parsed.head(50), labels)
        else:
            self.parsed_model.set_frame(pd.DataFrame())
        self.parsed_table.resizeColumnsToContents()
        self.tabs.setCurrentIndex(0 if info.parsed is not None else 1)
        notes = []
        if info.format_key is None:
            near, missing = nearest_format(info.columns)
            if near is not None and missing and missing[0][0] and near.detect(info.columns) >= 0.5:
                notes.append(self.tr("The columns were not recognised: they look most like a {0}, but the file has "
                                     "no column for {1}. On the next page, say which column holds what.").format(
                    translate_message(near.label), self.wiz.missing_text(missing)))
            else:
                notes.append(self.tr("The columns were not recognised: on the next page, say which column holds "
                                     "what."))
        if info.dates_ambiguous and options.day_first is None:
            notes.append(self.tr("Every date could be read day-first or month-first (like 03/04). "
                                 "Please choose the date order above."))
        chosen = FORMATS.get(self.format_box.currentData())
        if chosen is not None and chosen.multi_file:
            roles = self._set_roles(chosen)
            notes.append(self.tr("These files are joined:") + "".join(
                f"\n  • {translate_message(j)}" for j in chosen.describe_set(roles)))
        self.note.setText("\n".join(notes))
        self._loading = False
        self.completeChanged.emit()

    def _set_roles(self, fmt) -> dict[str, str]:
        try:
            _fmt, roles = group_files(self.wiz.files(), self.wiz.options, fmt)
            return {role: Path(p).name for role, p in roles.items()}
        except Exception as exc:  # noqa: BLE001
            return {"error": plain_message(exc)}

    def _reread(self) -> None:
        if self._loading:
            return
        self.wiz.options.encoding = self.encoding_box.currentData()
        self.wiz.options.delimiter = self.delimiter_box.currentData()
        self._inspect()

    def _format_changed(self) -> None:
        if not self._loading:
            self.wiz.options.format_key = self.format_box.currentData()
            self._inspect()

    def _dates_changed(self) -> None:
        if not self._loading:
            self.wiz.options.day_first = self.dates_box.currentData()
            self._inspect()

    def _decimal_changed(self) -> None:
        if not self._loading:
            self.wiz.options.decimal = self.decimal_box.currentData()
            self._inspect()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        info = self.wiz.inspection
        if info is None:
            return False
        return not (info.dates_ambiguous and self.dates_box.currentData() is None)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        options = self.wiz.options
        options.format_key = self.format_box.currentData()
        options.encoding = self.encoding_box.currentData()
        options.delimiter = self.delimiter_box.currentData()
        options.decimal = self.decimal_box.currentData()
        options.day_first = self.dates_box.currentData()
        currency = self.currency_box.currentData()
        typed = self.currency_box.currentText().strip().upper()
        options.currency = currency or (typed if len(typed) == 3 and typed.isalpha() else None)
        if FORMATS[options.format_key].multi_file:  # each table of the set is sniffed on its own
            options.delimiter = None if self.wiz.inspection.delimiter == options.delimiter else options.delimiter
        return True

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        return PAGE_MAPPING if self.format_box.currentData() == "generic" else PAGE_VALIDATE


class MappingPage(QWizardPage):
    """Step 3 (generic files): which column holds what; required fields are marked with *."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Say which column holds what"))
        self.setSubTitle(self.tr("Fields marked * are required. Shopkeeper remembers this for files with the "
                                 "same columns."))
        self.boxes: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for row, (field, (label, required, _words)) in enumerate(MAPPING_FIELDS.items()):
            text = translate_message(label) + (" *" if required else "")
            grid.addWidget(QLabel(text), row, 0)
            box = QComboBox()
            box.currentIndexChanged.connect(self._changed)
            grid.addWidget(box, row, 1)
            self.boxes[field] = box
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.PlainText)  # file names and cells are data, never markup
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a4b00;")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        info = self.wiz.inspection
        suggested = info.suggested_mapping
        for field, box in self.boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("— not in the file —"), None)
            for col in info.columns:
                box.addItem(self._with_example(info.preview, col), col)
            box.setCurrentIndex(max(0, box.findData(suggested.get(field))))
            box.blockSignals(False)
        self._changed()

    def _with_example(self, preview: pd.DataFrame, col: str) -> str:
        if col in preview.columns:
            values = preview[col].dropna()
            if len(values):
                return self.tr("{0}   (e.g. {1})").format(col, str(values.iloc[0])[:30])
        return col

    def mapping(self) -> dict[str, str]:
        """Return the chosen {field: column} mapping."""
        return {f: b.currentData() for f, b in self.boxes.items() if b.currentData()}

    def _changed(self) -> None:
        info = self.wiz.inspection
        problems = check_mapping(self.mapping(), info.columns if info else [])
        self.problems.setText("\n".join(translate_message(p) for p in problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        info = self.wiz.inspection
        return info is not None and not check_mapping(self.mapping(), info.columns)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.wiz.options.mapping = self.mapping()
        return True


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
                local_format(self.tr("{0:,} rows read"), r.rows_read),
                local_format(self.tr("<b>{0:,}</b> orders added, <b>{1:,}</b> updated"), r.orders_added, r.orders_updated),
                local_format(self.tr("<b>{0:,}</b> new customers"), r.customers_added)]
        if not r.order_level_only:
            rows.insert(3, local_format(self.tr("{0:,} order lines added"), r.lines_added))
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
        if r.consent:
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


class ImportWizard(QWizard):
    """The guided import; ``files`` pre-fills step 1 (drag-and-drop onto the main window)."""

    sig_imported = Signal(object)

    def __init__(self, shop, parent=None, files: list[str] | None = None):
        super().__init__(parent)
        self.shop = shop
        self.setWindowTitle(self.tr("Import shop data"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 640)
        self.options = ImportOptions()
        self.inspection = None
        self.estimate: SizeEstimate | None = None
        self.result: ImportResult | None = None
        self.error = None
        self._tmp = tempfile.TemporaryDirectory(prefix="shopkeeper-import-")
        self.rejected_path = str(Path(self._tmp.name) / "rejected_rows.csv")
        self.files_page = FilesPage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.validate_page = ValidatePage(self)
        self.import_page = ImportPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in ((PAGE_FILES, self.files_page), (PAGE_PREVIEW, self.preview_page),
                              (PAGE_MAPPING, self.mapping_page), (PAGE_VALIDATE, self.validate_page),
                              (PAGE_IMPORT, self.import_page), (PAGE_RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        if files:
            self.files_page.add_files(files)
        self.finished.connect(lambda _code: self.import_page.cancel())

    def files(self) -> list[str]:
        """Return the chosen files."""
        return self.files_page.files()

    def file_options(self) -> list[ImportOptions]:
        """Return the ImportOptions of each chosen file: the settings on the preview page describe the first file;
        the others are detected, with the currency chosen (core.importers.batch plans and runs them)."""
        first = replace(self.options, mapping=dict(self.options.mapping), state={})
        return [first] + [ImportOptions(currency=self.options.currency) for _ in self.files()[1:]]

    def missing_text(self, missing: list[tuple[str, str]]) -> str:
        """Return "the order number ('Name'), the price ('Lineitem price')" for missing key columns, translated."""
        return ", ".join(self.tr("{0} ('{1}')").format(translate_message(meaning), column) for meaning, column in missing)

    def cause_text(self, file_name: str, rows: int, format_label: str, found: Diagnosis) -> str:
        """Return why nothing of a file can be imported (core.importers.diagnose), in the UI language."""
        if found.cause == "missing_columns":
            return self.tr("Nothing can be imported from {0}: all {1} rows are skipped because the file has no "
                           "column for {2}, which a {3} has. Choose the right format, or map the columns by "
                           "hand.").format(file_name, format_number(rows), self.missing_text(found.missing),
                                           translate_message(format_label))
        if found.cause == "other":
            return self.tr("Nothing can be imported from {0}: all {1} rows are skipped ({2}).").format(
                file_name, format_number(rows),
                translate_message(skip_message(found.reason) if found.reason else found.text))
        return self.tr("Nothing can be imported from {0}: all {1} rows are skipped because {2}.").format(
            file_name, format_number(rows), translate_message(found.text))

    def nothing_usable_text(self, validation) -> str:
        """Return the cause for a validation in which no row is usable."""
        info = self.inspection
        fmt = FORMATS.get(self.options.format_key or (info.format_key if info else None) or "generic")
        found = diagnose(fmt, info.columns if info else [], validation.skip_reasons)
        name = ", ".join(Path(f).name for f in self.files())
        return self.cause_text(name, validation.rows, fmt.label, found)

    def failure_text(self, error: BaseException) -> str:
        """Return a failed import's message in the UI language (core's diagnosis when it gave one)."""
        details = getattr(error, "details", {}) if isinstance(error, ImportFailed) else {}
        cause = details.get("cause")
        if cause == "not_recognised":
            if details.get("format") and details.get("missing") and details["missing"][0][0]:
                return self.tr("Shopkeeper does not recognise the columns of {0}: they look most like a {1}, but "
                               "the file has no column for {2}. Choose the format, or map the columns by "
                               "hand.").format(details["file"], translate_message(details["format"]),
                                               self.missing_text(details["missing"]))
            return self.tr("Shopkeeper does not recognise the columns of {0}. Choose the format, or map the "
                           "columns by hand.").format(details["file"])
        if cause:
            found = Diagnosis(cause, details.get("text", ""), list(details.get("missing") or []), details.get("reason"))
            if cause in CAUSE_TEXTS:
                found.text = CAUSE_TEXTS[cause]
            return self.cause_text(details["file"], details.get("rows", 0), details.get("format", ""), found)
        return plain_message(error)

    def reject(self) -> None:
        """Cancel a running import before closing; returns None."""
        self.import_page.cancel()
        self.validate_page.cleanupPage()
        super().reject()


def selftest_pictures(shop, files: list[str], outdir: str | Path, prefix: str = "wizard") -> list[Path]:
    """Walk the wizard on ``files`` up to the validation page (nothing is imported) and save each page as
    ``<outdir>/<prefix>_<n>_<page>.png``; returns the saved paths (for ``selftest_extras`` of the import view)."""
    from desktop.workers import wait_for_tasks

    outdir = Path(outdir)
    wizard = ImportWizard(shop, files=[str(f) for f in files])
    wizard.show()
    saved = []
    names = {PAGE_FILES: "files", PAGE_PREVIEW: "preview", PAGE_MAPPING: "mapping", PAGE_VALIDATE: "validation"}
    try:
        while True:
            wait_for_tasks(120_000)
            QCoreApplication.processEvents()
            page = wizard.currentId()
            target = outdir / f"{prefix}_{len(saved) + 1}_{names.get(page, page)}.png"
            wizard.grab().save(str(target))
            saved.append(target)
            if page == PAGE_VALIDATE or not wizard.currentPage().isComplete():
                break
            wizard.next()
    finally:
        wizard.reject()
        wizard.deleteLater()
    return saved
