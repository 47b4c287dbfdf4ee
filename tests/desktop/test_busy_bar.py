"""The busy bar: a screen's background work shows what it is doing, how far it got, and Cancel stops it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from desktop.shop import Shop
from desktop.views.base import ShopView
from desktop.widgets.busy_bar import BusyBar
from desktop.workers import wait_for_tasks


def slow_work(db, release, progress=None, cancelled=None):
    """Worker: report 40 % with a text, then wait until released or cancelled; returns the number of orders."""
    progress(0.4, "Reading the orders")
    while not release.wait(0.02):
        if cancelled():
            return None
    return db.execute("SELECT COUNT(*) FROM orders").fetchone()[0]


@pytest.fixture
def shop(tmp_path):
    shop = Shop(tmp_path / "busy.shop.db")
    yield shop
    wait_for_tasks(10_000)
    shop.close()


def test_busy_bar_shows_progress_and_cancel_stops_the_work(qtbot, shop):
    view = ShopView()
    qtbot.addWidget(view)
    view.set_shop(shop)
    bar = BusyBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.follow(view)
    release = threading.Event()
    done = []
    task = view.start("work", slow_work, release, on_done=done.append)
    qtbot.waitUntil(lambda: bar.isVisible() and bar.bar.value() == 40, timeout=5_000)
    assert bar.label.text() == "Reading the orders"
    assert view.activity()[0]
    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert task.is_cancelled()
    assert not view.activity()[0]
    # the bar stays, saying the work stopped, with a way to start it again instead of a silent half-filled screen
    assert bar.isVisible() and bar.again_button.isVisible() and not bar.cancel_button.isVisible()
    assert wait_for_tasks(5_000)
    assert done == []  # a cancelled screen's result is dropped
    restarted = []
    view.restart_work = lambda: restarted.append(True)
    qtbot.mouseClick(bar.again_button, Qt.MouseButton.LeftButton)
    assert restarted == [True] and not bar.again_button.isVisible() and not bar.isVisible()


def quiet_work(db, release, cancelled=None):
    """Worker: no progress text; waits until released or cancelled."""
    while not release.wait(0.02):
        if cancelled():
            return None
    return 0


def test_a_quick_task_without_a_text_does_not_hide_what_the_long_one_does(qtbot, shop):
    view = ShopView()
    qtbot.addWidget(view)
    view.show()  # a shown screen's tasks run side by side (a hidden one's wait in turn)
    view.set_shop(shop)
    release = threading.Event()
    try:
        view.start("quiet", quiet_work, release)  # at 0 %, saying nothing
        view.start("work", slow_work, release)  # at 40 %, "Reading the orders"
        qtbot.waitUntil(lambda: view.activity()[2] == "Reading the orders", timeout=5_000)
        assert view.activity()[:2] == (True, 0.4)
    finally:
        release.set()
    assert wait_for_tasks(5_000)


def test_stopping_the_customers_screen_replaces_its_working_texts(qtbot, demo_db_path):
    """Cancel on the busy bar while the Customers screen works: no "Working out…" text is left behind."""
    from desktop.views.customers_view import CustomersView
    shop = Shop(demo_db_path)
    view = CustomersView()
    qtbot.addWidget(view)
    bar = BusyBar()
    qtbot.addWidget(bar)
    bar.follow(view)
    view.set_shop(shop)
    working = view.status.text()
    assert working  # the screen says it is working out the segments
    bar.cancel()
    assert wait_for_tasks(20_000)
    qtbot.wait(50)
    assert view.status.text() != working and view.status.text()
    assert bar.again_button.isVisible()
    bar.start_again()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=20_000)
    assert wait_for_tasks(20_000)
    shop.close()


def test_quick_work_never_shows_the_bar(qtbot, shop):
    view = ShopView()
    qtbot.addWidget(view)
    view.set_shop(shop)
    bar = BusyBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.follow(view)
    release = threading.Event()
    release.set()
    done = []
    view.start("work", slow_work, release, on_done=done.append)
    qtbot.waitUntil(lambda: done == [0], timeout=5_000)
    qtbot.wait(400)
    assert not bar.isVisible()


def test_main_window_bar_follows_the_shown_screen(qtbot, tmp_path):
    from desktop.main_window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_shop(tmp_path / "w.shop.db")
    for view_id in ("import", "customers", "import"):
        win.show_view(view_id)
        assert win.stack.currentWidget() is win.views[view_id]
        assert win.busy_bar.view is win.views[view_id]
    assert wait_for_tasks(20_000)
