"""Saving a chart writes the whole file or nothing: a failure half-way leaves the earlier file as it was."""

import pytest
from matplotlib.figure import Figure

from desktop.widgets.chart_widget import ChartWidget


def _widget(qtbot):
    widget = ChartWidget()
    qtbot.addWidget(widget)
    figure = Figure()
    figure.add_subplot().plot([1, 2, 3], [3, 1, 2])
    widget.set_figure(figure)
    return widget


def test_save_png_and_svg(qtbot, tmp_path):
    widget = _widget(qtbot)
    png, svg = widget.save(tmp_path / "c.png"), widget.save(tmp_path / "c.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:2000]


def test_a_failure_half_way_keeps_the_earlier_file(qtbot, tmp_path, monkeypatch):
    widget = _widget(qtbot)
    path = widget.save(tmp_path / "c.png")
    before = path.read_bytes()

    def broken(handle, **_kwargs):
        handle.write(b"half a picture")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(widget.figure, "savefig", broken)
    with pytest.raises(Exception):
        widget.save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["c.png"]  # no temporary file left behind
