"""The dashboard screen on the demo shop: headline cards, embedded charts, click-through, save/copy, report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from core.charts import CHARTS
from core.dashboard import headline_figures
from core.store import open_shop
from desktop import errors
from desktop.main_window import MainWindow
from desktop.views.dashboard_view import DASHBOARD_CHARTS, DashboardView
from desktop.workers import wait_for_tasks


@pytest.fixture(scope="module")
def window(qapp):
    """One main window on the demo shop for the whole module (opening it runs every screen's analyses)."""
    errors.recorded_errors = []
    win = MainWindow()
    win.resize(1280, 820)
    assert win.open_demo()
    win.show_view("dashboard")
    assert wait_for_tasks(120_000)
    yield win
    win.close()
    win.deleteLater()
    errors.recorded_errors = None


def test_dashboard_shows_core_figures_and_charts(window):
    view = window.views["dashboard"]
    assert isinstance(view, DashboardView)
    assert window.stack.currentWidget() is view  # the first screen after opening a shop with data
    db = open_shop(window.shop.path)
    expected = headline_figures(db)
    db.conn.close()
    shown = [c for c in view.cards if not c.isHidden()]
    assert 4 <= len(shown) <= 7
    assert [c.value.text() for c in shown] == [h.text for h in expected]
    assert all(c.toolTip() for c in shown)
    for key in DASHBOARD_CHARTS:
        widget = view.charts[key]
        assert widget.figure is not None and widget.canvas is not None, key
    assert view.charts["revenue_by_month"].figure.chart_data["revenue"].sum() > 0
    assert errors.recorded_errors == []


def test_card_click_opens_the_list_behind_it(window, qtbot):
    view = window.views["dashboard"]
    card = next(c for c in view.cards if c.key == "vip")
    asked = []
    target = window.views["customers"]
    target.show_list = asked.append  # the hook a list screen may offer
    try:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    finally:
        del target.show_list
    assert window.stack.currentWidget() is target
    assert asked == ["vip"]
    window.show_view("dashboard")


def test_chart_save_png_svg_and_copy(window, tmp_path):
    widget = window.views["dashboard"].charts["top_products"]
    png = widget.save(tmp_path / "top.png")
    svg = widget.save(tmp_path / "top.svg")
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in svg.read_bytes()[:500]
    widget.copy_to_clipboard()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 300


def test_owner_report_in_a_worker(window, tmp_path):
    view = window.views["dashboard"]
    task = view.save_report(tmp_path / "report.pdf", confirm=False)
    assert wait_for_tasks(120_000)
    assert task.error is None
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert "report.pdf" in view.status.text()


def test_selftest_extras_save_every_chart(window, tmp_path):
    paths = window.views["dashboard"].selftest_extras(tmp_path)
    assert len(paths) == len(CHARTS)
    assert all(p.exists() and p.stat().st_size > 5_000 for p in paths)


def test_no_shop_state(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    view.set_shop(None)
    assert not view.report_button.isEnabled()
    assert all(c.isHidden() for c in view.cards)
