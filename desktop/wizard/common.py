"""What the import wizard's pages share: file choices, page ids, and the size and duration texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.importers.reading import SizeEstimate, estimate_file
from desktop.i18n import format_number, translate_message


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
