"""Step 2: the preview with the detected format and settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from core.importers.base import ImportOptions
from core.importers.generic import check_mapping
from core.importers.pipeline import PARSED_LABELS, group_files, inspect_file
from core.importers.reading import SizeEstimate
from core.importers.registry import FORMATS, nearest_format
from desktop.errors import plain_message
from desktop.i18n import translate_message
from desktop.widgets.frame_table import FrameTable
from desktop.wizard.common import (
    CURRENCIES,
    DELIMITERS,
    ENCODINGS,
    PAGE_MAPPING,
    PAGE_VALIDATE,
    combined_estimate,
    describe_estimate,
)

if TYPE_CHECKING:
    from desktop.wizard.import_wizard import ImportWizard


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
        self.table = FrameTable(sortable=False, select_rows=False, alternating=False)
        self.table.verticalHeader().setVisible(True)
        self.model = self.table.frame_model
        self.parsed_table = FrameTable(sortable=False, select_rows=False, alternating=False)
        self.parsed_table.verticalHeader().setVisible(True)
        self.parsed_model = self.parsed_table.frame_model
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
        self.currency_box.currentIndexChanged.connect(self._currency_changed)
        self.currency_box.editTextChanged.connect(self._currency_changed)
        self._loading_currency_chosen = False

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
        self.table.resize_columns(None)
        if info.parsed is not None:
            labels = {c: translate_message(PARSED_LABELS.get(c, c)) for c in info.parsed.columns}
            self.parsed_model.set_frame(info.parsed.head(50), labels)
        else:
            self.parsed_model.set_frame(pd.DataFrame())
        self.parsed_table.resize_columns(None)
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
        generic = (self.format_box.currentData() or "generic") == "generic"
        if not self._loading_currency_chosen:  # until the owner picks one
            # a generic file: the file's language, else the shop's (a platform's layout has its own rule)
            self._select(self.currency_box, info.locale_currency if generic else None)
        if self._needs_currency(info):
            notes.append(self.tr("The file does not say which currency its amounts are in: please choose the "
                                 "currency above."))
        elif generic and info.locale_currency and self.currency_box.currentData() == info.locale_currency:
            notes.append(self.tr("Amounts without a currency column are read as {0}, as the file's language "
                                 "suggests; change it above if that is wrong.").format(info.locale_currency))
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

    def _chosen_currency(self) -> str | None:
        currency = self.currency_box.currentData()
        typed = self.currency_box.currentText().strip().upper()
        return currency or (typed if len(typed) == 3 and typed.isalpha() else None)

    def _needs_currency(self, info) -> bool:
        """True when a generic file has no currency column placed, its language says none, and none is chosen."""
        generic = (self.format_box.currentData() or info.format_key or "generic") == "generic"
        return (generic and not info.suggested_mapping.get("currency") and not info.locale_currency
                and self._chosen_currency() is None)

    def _currency_changed(self) -> None:
        if not self._loading:
            self._loading_currency_chosen = True
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        info = self.wiz.inspection
        if info is None:
            return False
        if self._needs_currency(info):
            return False
        return not (info.dates_ambiguous and self.dates_box.currentData() is None)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        options = self.wiz.options
        options.format_key = self.format_box.currentData()
        options.encoding = self.encoding_box.currentData()
        options.delimiter = self.delimiter_box.currentData()
        options.decimal = self.decimal_box.currentData()
        options.day_first = self.dates_box.currentData()
        options.currency = self._chosen_currency()
        info = self.wiz.inspection
        if options.format_key == "generic" and info is not None and info.mapping_saved:
            options.mapping = dict(info.suggested_mapping)  # the saved mapping (the mapping page is skipped)
        if FORMATS[options.format_key].multi_file:  # each table of the set is sniffed on its own
            options.delimiter = None if self.wiz.inspection.delimiter == options.delimiter else options.delimiter
        return True

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        if self.format_box.currentData() != "generic":
            return PAGE_VALIDATE
        info = self.wiz.inspection
        # the same layout as an earlier file: its saved mapping is used without asking again
        saved = info is not None and info.mapping_saved and not check_mapping(info.suggested_mapping, info.columns)
        return PAGE_VALIDATE if saved else PAGE_MAPPING
