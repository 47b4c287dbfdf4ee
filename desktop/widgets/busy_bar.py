"""A thin bar above the screens: what the shown screen is working on, how far it got, and Cancel.

Every screen runs its work in the background (``ShopView.start``); when that work takes more than a moment the
owner sees this bar instead of a silent, blank pane."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

SHOW_AFTER_MS = 300  # quick work finishes before the bar appears, so it never flickers


class BusyBar(QWidget):
    """Follows one ShopView at a time (``follow(view)``): shown while the view has running tasks."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button = QPushButton(self.tr("Start again"))
        self.again_button.clicked.connect(self.start_again)
        self.again_button.setVisible(False)
        self.stopped = False  # the owner stopped the followed screen's work: the bar says so until started again
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.again_button)
        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.timeout.connect(self.refresh)
        self.setVisible(False)

    def follow(self, view) -> None:
        """Show the activity of ``view`` (a ShopView, or None) from now on; returns None."""
        if self.view is not None and hasattr(self.view, "sig_activity"):
            try:
                self.view.sig_activity.disconnect(self._changed)
            except (RuntimeError, TypeError):
                pass
        self.view = view
        self._show_stopped(False)
        if view is not None and hasattr(view, "sig_activity"):
            view.sig_activity.connect(self._changed)
        self.setVisible(False)
        self._changed()

    def _show_stopped(self, stopped: bool) -> None:
        self.stopped = stopped
        self.bar.setVisible(not stopped)
        self.cancel_button.setVisible(not stopped)
        self.again_button.setVisible(stopped)
        if stopped:
            self.label.setText(self.tr("Stopped. The screen shows only what was ready; press Start again to work "
                                       "it out."))
        self.setVisible(stopped)

    def _changed(self) -> None:
        busy = self.view is not None and hasattr(self.view, "activity") and self.view.activity()[0]
        if busy and self.stopped:
            self._show_stopped(False)
        if self.stopped:
            return
        if not busy:
            self.delay.stop()
            self.setVisible(False)
        elif self.isVisible():
            self.refresh()
        elif not self.delay.isActive():
            self.delay.start(SHOW_AFTER_MS)

    def refresh(self) -> None:
        """Show the followed view's current activity (hide when it is idle); returns None."""
        if self.view is None or not hasattr(self.view, "activity") or self.stopped:
            self.setVisible(self.stopped)
            return
        busy, fraction, text = self.view.activity()
        if not busy:
            self.setVisible(False)
            return
        if fraction > 0:
            self.bar.setRange(0, 100)
            self.bar.setValue(int(round(fraction * 100)))
        else:
            self.bar.setRange(0, 0)  # moving bar until the work says how far it got
        self.label.setText(text or self.tr("Working…"))
        self.setVisible(True)

    def cancel(self) -> None:
        """Stop every task of the followed view and offer to start it again; returns None."""
        if self.view is None:
            return
        self.delay.stop()
        if hasattr(self.view, "stop_work"):
            self._show_stopped(True)
            self.view.stop_work()
        else:
            self.view.cancel_all()
            self.view.sig_activity.emit()

    def start_again(self) -> None:
        """Start the followed view's work again; returns None."""
        self._show_stopped(False)
        if self.view is not None and hasattr(self.view, "restart_work"):
            self.view.restart_work()
