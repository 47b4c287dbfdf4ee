"""A matplotlib canvas for charts that sit on a scrolling page.

Drawing a chart costs a tenth of a second or more on the GUI thread, and while a screen fills, its layout resizes
each chart several times: redraws after the first are put off until the size has stopped changing for a moment,
so each chart is drawn about once instead of three times.

matplotlib's Qt canvas takes every mouse-wheel event for itself (to send ``scroll_event`` to its figure), so a
page full of charts stops scrolling whenever the pointer is over one. Our charts have no zoom or pan, so the
wheel goes to the scroll area around the chart instead.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QTimer
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


REDRAW_DELAY_MS = 60  # a resize this soon after the previous one waits for the next


def prerender(figure, size: tuple[int, int, float] | None) -> None:
    """Draw ``figure`` now, on this (worker) thread, at ``size`` (width and height in pixels on screen, device pixel
    ratio) as a ChartCanvas of that size would, and keep the drawing with the figure: a canvas of exactly that size
    shows it instead of drawing on the GUI thread. No Qt is used. Returns None; without a size, does nothing."""
    if not size:
        return
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    width, height, ratio = size
    if width <= 0 or height <= 0 or ratio <= 0:
        return
    figure._set_dpi(ratio * figure._original_dpi, forward=False)  # as the Qt canvas sets it
    figure.set_size_inches(width * ratio / figure.dpi, height * ratio / figure.dpi, forward=False)
    agg = FigureCanvasAgg(figure)
    agg.draw()
    figure.prerendered = ((*agg.get_width_height(physical=True), figure.dpi), agg.renderer)


class ChartCanvas(FigureCanvasQTAgg):
    """A FigureCanvasQTAgg whose mouse-wheel events scroll the page the chart sits on and whose redraws wait
    until its size settles (the first draw is never delayed)."""

    def __init__(self, figure=None):
        super().__init__(figure)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(REDRAW_DELAY_MS)
        self._settle_timer.timeout.connect(self._redraw_settled)

    def draw_idle(self) -> None:
        """Ask for a redraw once the size has settled (the first paint draws at once); returns None."""
        if not hasattr(self, "_settle_timer"):  # while matplotlib's own __init__ runs
            super().draw_idle()
            return
        self._stale = True
        self._draw_pending = True
        self._settle_timer.start()

    def draw(self) -> None:
        """Draw the figure now (and note that the drawing is up to date); returns None. A drawing made beforehand at
        this very size (``prerender``) is shown instead, once."""
        made = getattr(self.figure, "prerendered", None)
        if made is not None:
            self.figure.prerendered = None
            key, renderer = made
            if key == (*self.get_width_height(physical=True), self.figure.dpi):
                self.renderer, self._lastKey = renderer, key  # what FigureCanvasAgg.get_renderer would reuse
                self._stale = False
                self.update()
                return
        super().draw()
        self._stale = False

    def _draw_idle(self) -> None:
        # Called by paintEvent: the first paint must draw (a grab() or a newly shown chart); later paints while
        # the size settles show the previous drawing.
        if self._settle_timer.isActive() and hasattr(self, "renderer"):
            return
        super()._draw_idle()

    def _redraw_settled(self) -> None:
        # a hidden chart draws at its first paint, when shown; a chart drawn since the request is up to date
        if self.isVisible() and not self.visibleRegion().isEmpty() and getattr(self, "_stale", False):
            super()._draw_idle()
            self.update()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        delta = event.angleDelta()
        bar = scroll_bar_for_wheel(self, horizontal=abs(delta.x()) > abs(delta.y()))
        if bar is None:
            event.ignore()
            return
        # Qt does not pass a wheel event on to the parent once a widget has seen it, so hand it to the bar
        QApplication.sendEvent(bar, event)
