"""Finding a customer from any screen: the box in the menu bar (or Ctrl+F) leads to the Customers screen."""

from __future__ import annotations

import pytest

from desktop import errors
from desktop.main_window import MainWindow
from desktop.workers import wait_for_tasks


@pytest.fixture
def window(qtbot):
    errors.recorded_errors = []
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_demo()
    assert wait_for_tasks(120_000)
    yield win
    errors.recorded_errors = None


def test_find_box_searches_the_customers_screen_from_anywhere(window, qtbot):
    customers = window.views["customers"]
    window.show_view("also_bought" if "also_bought" in window.views else "dashboard")
    query = "Giulia"  # the demo's best customer is Giulia Dubois
    window.find_box.setText(query)
    qtbot.keyClick(window.find_box, "\r")
    assert window.stack.currentWidget() is customers
    assert customers.tabs.currentWidget() is customers.all_customers
    assert customers.search.text() == query
    shown = customers.all_customers.rows()
    assert 0 < shown < len(customers.segmented)


def test_find_action_focuses_the_search(window):
    window.show_view("dashboard")
    window.action_find.trigger()
    assert window.stack.currentWidget() is window.views["customers"]
    assert window.action_find.shortcut().toString() != ""
