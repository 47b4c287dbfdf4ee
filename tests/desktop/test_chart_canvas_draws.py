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


def _same_figure(draws: list):
    figure = _counted_figure(draws)
    figure.suptitle("Revenue and orders by month")
    return figure


def test_a_chart_drawn_beforehand_at_its_size_is_shown_without_drawing_again(qtbot):
    """``prerender`` (the dashboard's worker) draws at the widget's size; the canvas then shows that drawing, and
    it is the picture a normal draw gives."""
    import threading

    from desktop.widgets.chart_canvas import prerender
    widgets = []
    for _ in range(2):
        widget = ChartWidget()
        qtbot.addWidget(widget)
        widget.resize(520, 380)
        widget.show()
        widgets.append(widget)
    QApplication.processEvents()
    size = widgets[0].drawing_size()
    assert size is not None and size[0] > 0 and size[1] > 0
    early, normal = [], []
    figure = _same_figure(early)
    worker = threading.Thread(target=prerender, args=(figure, size))  # drawn off the GUI thread, as in the app
    worker.start()
    worker.join()
    assert len(early) == 1
    widgets[0].set_figure(figure)
    widgets[1].set_figure(_same_figure(normal))
    qtbot.wait(200)
    assert len(early) == 1 and len(normal) >= 1  # shown, not drawn again
    assert widgets[0].canvas.grab().toImage() == widgets[1].canvas.grab().toImage()


def test_a_chart_drawn_beforehand_at_another_size_is_drawn_again(qtbot):
    from desktop.widgets.chart_canvas import prerender
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(520, 380)
    widget.show()
    QApplication.processEvents()
    width, height, ratio = widget.drawing_size()
    draws: list = []
    figure = _same_figure(draws)
    prerender(figure, (width - 40, height, ratio))  # the window changed size meanwhile
    widget.set_figure(figure)
    qtbot.wait(200)
    assert len(draws) == 2 and draws[-1] == widget.canvas.get_width_height()
