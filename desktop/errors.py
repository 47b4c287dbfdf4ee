"""Turning exceptions into plain words for the shop owner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import Cancelled, ShopkeeperError
from desktop.i18n import translate_message


def plain_message(error: BaseException) -> str:
    """Return a sentence a shop owner understands for ``error`` (never a traceback)."""
    if isinstance(error, Cancelled):
        return QCoreApplication.translate("errors", "Cancelled; nothing was changed.")
    if isinstance(error, ShopkeeperError):
        return translate_message(error.message)
    if isinstance(error, MemoryError):
        return QCoreApplication.translate("errors", "The computer ran out of memory for this task.")
    if isinstance(error, OSError):
        return QCoreApplication.translate("errors", "The file could not be read or written: {0}").format(
            error.strerror or str(error))
    return QCoreApplication.translate(
        "errors", "Something went wrong ({0}). Your data is unchanged.").format(type(error).__name__)


# When not None (self-test, tests), errors are appended here instead of opening a modal dialog.
recorded_errors: list[str] | None = None


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Show ``error`` in a warning dialog in plain words (or record it in self-test mode); returns None."""
    message = plain_message(error)
    if recorded_errors is not None:
        recorded_errors.append(f"{title}: {message}")
        return
    QMessageBox.warning(parent, title, message)
