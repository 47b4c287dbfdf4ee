"""A matplotlib canvas for charts that sit on a scrolling page.

matplotlib's Qt canvas takes every mouse-wheel event for itself (to send ``scroll_event`` to its figure), so a
page full of charts stops scrolling whenever the pointer is over one. Our charts have no zoom or pan, so the
wheel goes to the scroll area around the chart instead.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar, QWidget


def scroll_bar_for_wheel(widget: QWidget, horizontal: bool = False) -> QScrollBar | None:
    """Return the scroll bar that a wheel turned over ``widget`` should move: the nearest scroll area around it
    that can scroll that way (vertical, or horizontal when ``horizontal``); None when no area around it can."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.horizontalScrollBar() if horizontal else parent.verticalScrollBar()
            if bar.maximum() > bar.minimum():
                return bar
        parent = parent.parentWidget()
    return None


class ChartCanvas(FigureCanvasQTAgg):
    """A FigureCanvasQTAgg whose mouse-wheel events scroll the page the chart sits on."""

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        delta = event.angleDelta()
        bar = scroll_bar_for_wheel(self, horizontal=abs(delta.x()) > abs(delta.y()))
        if bar is None:
            event.ignore()
            return
        # Qt does not pass a wheel event on to the parent once a widget has seen it, so hand it to the bar
        QApplication.sendEvent(bar, event)
