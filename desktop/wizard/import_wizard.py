"""The import wizard: choose file(s) → preview with detected settings → column mapping (generic files) →
validation summary → import with progress and Cancel → result (added / updated / skipped, rejected rows).

Open it with ``ImportWizard(shop, parent).open()``; it emits ``shop.sig_changed`` after a successful import
and ``sig_imported(ImportResult)``. Parsing and writing run on the thread pool (``desktop.workers``).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWizard

from core.errors import ImportFailed
from core.importers.base import ImportOptions
from core.importers.diagnose import CAUSE_TEXTS, Diagnosis, diagnose
from core.importers.pipeline import ImportResult
from core.importers.reading import SizeEstimate
from core.importers.reasons import skip_message
from core.importers.registry import FORMATS
from desktop.errors import plain_message
from desktop.i18n import format_number, translate_message
from desktop.wizard.common import (  # re-exported: tests and callers import these from here
    CURRENCIES,
    DELIMITERS,
    ENCODINGS,
    FILE_FILTER,
    PAGE_FILES,
    PAGE_IMPORT,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    PAGE_VALIDATE,
    combined_estimate,
    describe_estimate,
    format_duration,
    format_size,
)
from desktop.wizard.pages.files import FilesPage
from desktop.wizard.pages.import_page import ImportPage
from desktop.wizard.pages.mapping import MappingPage
from desktop.wizard.pages.preview import PreviewPage
from desktop.wizard.pages.result import ResultPage
from desktop.wizard.pages.validate import ValidatePage

__all__ = [
    "ImportWizard", "selftest_pictures", "FilesPage", "PreviewPage", "MappingPage", "ValidatePage", "ImportPage",
    "ResultPage", "CURRENCIES", "DELIMITERS", "ENCODINGS", "FILE_FILTER", "PAGE_FILES", "PAGE_IMPORT", "PAGE_MAPPING",
    "PAGE_PREVIEW", "PAGE_RESULT", "PAGE_VALIDATE", "combined_estimate", "describe_estimate", "format_duration",
    "format_size",
]


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
