"""The Customers screen's "What changed" tab (issue 19): date pickers, movements table and chart from a worker, one
movement's customers and their export, and the first-product table. Figures come from shops imported from the
export cut at each date and from pandas over the export."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date

import pandas as pd
import pytest
from PySide6.QtCore import QDate

import desktop.views.customers.changes as changes
from desktop import errors
from desktop.shop import Shop
from desktop.views.customers.changes import ChangesTab
from desktop.views.customers_view import CustomersView
from desktop.workers import wait_for_tasks
from tests.core.analysis.history_shop import history_orders, import_history, order_table, segments_by_email


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    folder = tmp_path_factory.mktemp("changes-tab")
    raw = history_orders(seed=5, customers=90)
    db = import_history(raw, folder, db_path=folder / "history.shop.db")
    db.conn.close()
    return raw, folder / "history.shop.db", folder


@pytest.fixture
def view(qtbot, history):
    errors.recorded_errors = []
    shop = Shop(history[1])
    widget = CustomersView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_shop(shop)
    assert wait_for_tasks(120_000)
    yield widget
    wait_for_tasks(30_000)
    shop.close()
    assert errors.recorded_errors == []
    errors.recorded_errors = None


def shown_moves(view) -> dict:
    frame = view.movement_table.frame()
    return {(r.from_segment, r.to_segment): r.customers for r in frame.itertuples()}


def expected_moves(raw, start, end, folder, scheme: str = "rf10") -> Counter:
    before, after = segments_by_email(raw, start, folder, scheme), segments_by_email(raw, end, folder, scheme)
    return Counter((before.get(email, "new"), seg) for email, seg in after.items())


def record_threads(monkeypatch) -> list:
    """Wrap the core calls of the tab's module; returns the list of (name, called on the GUI thread)."""
    calls = []
    for name in ("last_month", "movements", "repeat_by_first_product", "repeat_by_first_code", "product_insight",
                 "movements_chart", "export_movement"):
        original = getattr(changes, name)

        def recorded(*args, _original=original, _name=name, **kwargs):
            calls.append((_name, threading.current_thread() is threading.main_thread()))
            return _original(*args, **kwargs)
        monkeypatch.setattr(changes, name, recorded)
    return calls


def test_tab_loads_the_last_month_in_a_worker(view, history, monkeypatch):
    raw, _path, folder = history
    assert isinstance(view, ChangesTab) and view.changes_result is None  # nothing computed until shown
    calls = record_threads(monkeypatch)
    view.tabs.setCurrentWidget(view.changes_page)
    assert wait_for_tasks(120_000)
    view.movement_table.setCurrentIndex(view.movement_table.proxy.index(0, 0))
    view.movement_table.clicked.emit(view.movement_table.proxy.index(0, 0))
    assert {name for name, _ in calls} >= {"last_month", "movements", "repeat_by_first_product", "movements_chart"}
    assert not [name for name, on_gui in calls if on_gui]
    end = raw["_when"].max().date()
    start = (pd.Timestamp(end) - pd.DateOffset(months=1)).date()
    assert view.changes_from.date().toPython() == start and view.changes_to.date().toPython() == end
    assert shown_moves(view) == dict(expected_moves(raw, start, end, folder))
    assert view.movement_chart.figure is not None
    assert int(view.movement_chart.figure.chart_data.to_numpy().sum()) == sum(shown_moves(view).values())
    # first products: every product in >= 10 first orders, with its first buyers (pandas over the export)
    orders = order_table(raw)
    paid = orders[orders["status"] == "paid"]
    firsts = paid.drop_duplicates("email")
    counts = Counter(sku for skus in firsts["skus"] for sku in skus)
    shown = view.first_products.frame()
    assert {f"Product {sku}": n for sku, n in counts.items() if n >= 10} == \
        dict(zip(shown["product_name"], shown["first_buyers"]))
    assert view.first_text.text()


def test_other_dates_movement_members_and_export(view, history, qtbot, monkeypatch, tmp_path):
    raw, _path, folder = history
    view.tabs.setCurrentWidget(view.changes_page)
    assert wait_for_tasks(120_000)
    start, end = date(2024, 11, 1), date(2025, 5, 1)
    view.changes_from.setDate(QDate(2024, 11, 1))
    view.changes_to.setDate(QDate(2025, 5, 1))
    view.changes_show.click()
    assert wait_for_tasks(120_000)
    expected = expected_moves(raw, start, end, folder)
    assert shown_moves(view) == dict(expected)
    assert view.changes_text.text().startswith("Since 1 November 2024")
    # choose the largest movement between two segments and export its customers
    frame = view.movement_table.frame()
    row = frame[frame["moved"]].index[0]
    from_key, to_key = frame.loc[row, "from_segment"], frame.loc[row, "to_segment"]
    proxy_row = next(r for r in range(view.movement_table.proxy.rowCount())
                     if view.movement_table.source_row(view.movement_table.proxy.index(r, 0)) == row)
    index = view.movement_table.proxy.index(proxy_row, 0)
    view.movement_table.setCurrentIndex(index)
    view.movement_table.clicked.emit(index)
    assert view.movement_customers.rows() == expected[(from_key, to_key)]
    assert view.changes_export.isEnabled()
    out = tmp_path / "moved.csv"
    monkeypatch.setattr("desktop.views.customers.changes.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(out), ""))
    view.changes_export.click()
    assert wait_for_tasks(60_000)
    written = pd.read_csv(out, encoding="utf-8-sig")
    before, after = segments_by_email(raw, start, folder), segments_by_email(raw, end, folder)
    assert set(written["email"]) == {email for email, seg in after.items()
                                     if seg == to_key and before.get(email, "new") == from_key}
    # closing the shop empties the tab
    view.set_shop(None)
    assert view.movement_table.rows() == 0 and view.movement_chart.figure is None


def test_another_segment_map_recomputes_the_movements(view, history):
    raw, _path, folder = history
    view.tabs.setCurrentWidget(view.changes_page)
    assert wait_for_tasks(120_000)
    view.scheme.setCurrentIndex(view.scheme.findData("putler11"))
    assert wait_for_tasks(120_000)
    assert view.changes_result["moves"].scheme == "putler11"
    start, end = view.changes_from.date().toPython(), view.changes_to.date().toPython()
    assert shown_moves(view) == dict(expected_moves(raw, start, end, folder, "putler11"))
