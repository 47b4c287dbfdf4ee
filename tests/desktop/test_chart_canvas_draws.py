"""A chart is drawn about once while its screen's layout settles, and at the size it ends up with."""

from __future__ import annotations

from matplotlib.figure import Figure
from PySide6.QtWidgets import QApplication

from desktop.widgets.chart_widget import ChartWidget


def _counted_figure(draws: list):
    figure = Figure(layout="constrained")
    figure.add_subplot().plot([1, 2, 3], [3, 1, 2])
    figure.canvas.mpl_connect("draw_event", lambda event: draws.append(tuple(event.canvas.get_width_height())))
    return figure


def test_resizes_while_the_layout_settles_cost_one_redraw_at_the_final_size(qtbot):
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    draws: list = []
    figure = _counted_figure(draws)
    widget.set_figure(figure)
    QApplication.processEvents()
    first = len(draws)
    assert first >= 1  # the first paint draws at once
    for width in (420, 460, 500, 560, 600):  # a layout settling: several sizes in quick succession
        widget.resize(width, 320)
        QApplication.processEvents()
    qtbot.wait(300)
    later = draws[first:]
    assert len(later) <= 1, draws  # matplotlib's canvas alone draws once per resize: five times here
    assert draws[-1] == widget.canvas.get_width_height()


def test_a_changed_figure_is_redrawn(qtbot):
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    draws: list = []
    widget.set_figure(_counted_figure(draws))
    QApplication.processEvents()
    before = len(draws)
    widget.figure.axes[0].plot([1, 2, 3], [1, 2, 3])
    widget.canvas.draw_idle()
    qtbot.waitUntil(lambda: len(draws) > before, timeout=2_000)
