"""A modal progress dialog with Cancel around ``start_task``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.workers import Task, start_task


def run_with_progress(parent: QWidget | None, title: str, fn, *args, on_done=None, on_failed=None, shop=None,
                      **kwargs) -> Task:
    """Run ``fn`` in the background behind a progress dialog with a Cancel button; returns the Task.

    With ``shop`` (a desktop.shop.Shop) it runs as ``shop.run(fn, *args, **kwargs)``: ``fn`` receives a
    connection of its own as first argument. ``on_done(result)`` / ``on_failed(error)`` are called on the GUI
    thread.
    """
    dialog = QProgressDialog(title, parent.tr("Cancel") if parent else "Cancel", 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    task = shop.run(fn, *args, **kwargs) if shop is not None else start_task(fn, *args, **kwargs)
    dialog.canceled.connect(task.cancel)

    def progress(fraction: float, message: str) -> None:
        dialog.setValue(int(fraction * 1000))
        if message:
            dialog.setLabelText(message)

    task.sig_progress.connect(progress)
    if on_done:
        task.sig_done.connect(on_done)
    if on_failed:
        task.sig_failed.connect(on_failed)
    task.sig_finished.connect(dialog.close)
    task.sig_finished.connect(dialog.deleteLater)
    return task
