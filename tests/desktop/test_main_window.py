"""The main window: empty state, demo shop with customers, import from the Import screen, worker cancel."""

import time

import pytest

from core.errors import Cancelled
from core.summary import shop_summary
from desktop import errors
from desktop.main_window import MainWindow
from desktop.workers import start_task, wait_for_tasks


@pytest.fixture
def window(qtbot):
    errors.recorded_errors = []
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    errors.recorded_errors = None


def test_empty_state_without_a_shop(window):
    assert window.shop is None
    assert window.stack.currentWidget() is window.no_shop_page
    assert not window.sidebar.isEnabled()
    assert window.shop_label.text() == "No shop open"


def test_demo_shop_fills_customers_table(window):
    assert window.open_demo()
    window.show_view("customers")
    assert wait_for_tasks(60_000)
    view = window.views["customers"]
    rows = view.table.model().rowCount()
    assert rows > 200
    assert "262 customers" in window.shop_label.text()
    view.search.setText("example.com")
    assert view.table.model().rowCount() == rows
    view.search.setText("no-such-person-xyz")
    assert view.table.model().rowCount() == 0
    assert errors.recorded_errors == []


def test_new_shop_shows_import_invitation_and_imports(window, tmp_path, tiny_shop_csv, qtbot):
    assert window.open_shop(tmp_path / "new.shop.db")
    import_view = window.views["import"]
    assert window.stack.currentWidget() is import_view
    assert "Bring in" in import_view.heading.text()
    task = import_view.import_files([str(tiny_shop_csv)])
    with qtbot.waitSignal(task.sig_finished, timeout=30_000):
        pass
    wait_for_tasks()
    assert shop_summary(window.shop.db)["orders"] == 5
    assert "2 customers" in window.shop_label.text()
    assert import_view.model.rowCount() == 1


def test_worker_cancel_and_error_delivery(qtbot):
    def slow(progress, cancelled):
        for i in range(200):
            if cancelled():
                raise Cancelled()
            progress(i / 200, "working")
            time.sleep(0.01)
        return "finished"

    task = start_task(slow)
    failures = []
    task.sig_failed.connect(failures.append)
    task.cancel()
    with qtbot.waitSignal(task.sig_finished, timeout=10_000):
        pass
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)

    results = []
    done = start_task(lambda x: x * 2, 21)
    done.sig_done.connect(results.append)
    with qtbot.waitSignal(done.sig_finished, timeout=10_000):
        pass
    assert results == [42]


def test_status_bar_says_what_its_counts_count(window):
    """The status bar counts every record on file and says how many orders are returns or cancelled (the
    dashboard counts purchases): figures by SQL here. It counts in a worker (seconds on a big shop), saying so
    meanwhile."""
    assert window.open_demo()
    assert "counting the records on file" in window.shop_label.text()
    assert wait_for_tasks(60_000)
    db = window.shop.db
    customers = db.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    orders, cancelled = db.execute("SELECT COUNT(*), SUM(is_cancelled) FROM orders").fetchone()
    returns = db.execute("SELECT COUNT(*) FROM (SELECT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id "
                         "WHERE o.is_cancelled = 0 GROUP BY o.id HAVING MAX(l.quantity) < 0)").fetchone()[0]
    assert returns > 0
    text = window.shop_label.text()
    assert f"on file: {customers} customers, {orders:,} orders ({returns} returns, {cancelled} cancelled)" in text
    assert "dashboard counts purchases" in window.shop_label.toolTip()
