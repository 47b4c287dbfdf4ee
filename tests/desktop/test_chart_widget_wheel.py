"""The mouse wheel over a chart scrolls the page the chart sits on (matplotlib's canvas would keep it)."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from desktop.widgets.chart_widget import ChartWidget


def _page_with_chart(qtbot, canvas_class=None):
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    body = QWidget()
    column = QVBoxLayout(body)
    chart = ChartWidget()
    figure = Figure()
    figure.add_subplot().plot([1, 2, 3], [3, 1, 2])
    chart.set_figure(figure)
    chart.setMinimumHeight(400)
    column.addWidget(chart)
    spacer = QWidget()
    spacer.setMinimumHeight(1500)  # the page is much taller than its window
    column.addWidget(spacer)
    scroll.setWidget(body)
    scroll.resize(500, 300)
    qtbot.addWidget(scroll)
    scroll.show()
    QApplication.processEvents()
    return scroll, chart


def _wheel_down(widget) -> QWheelEvent:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(QPoint(10, 10))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()
    return event


def test_wheel_over_a_chart_scrolls_the_page(qtbot):
    scroll, chart = _page_with_chart(qtbot)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    _wheel_down(chart.canvas)
    assert bar.value() > 0


def test_matplotlibs_own_canvas_keeps_the_wheel(qtbot):
    """The check above can fail: a plain matplotlib canvas in the same place does not scroll the page."""
    scroll, chart = _page_with_chart(qtbot)
    plain = FigureCanvasQTAgg(chart.figure)
    chart.layout().replaceWidget(chart.canvas, plain)
    chart.canvas.hide()
    plain.show()
    QApplication.processEvents()
    bar = scroll.verticalScrollBar()
    _wheel_down(plain)
    assert bar.value() == 0
