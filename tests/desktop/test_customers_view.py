"""Customers screen: clicking a grid cell lists its customers, live cut-offs, lists, search and the profile."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from core.analysis.lapse_backtest import NO_CUTOFF
from core.analysis.rfm import rfm_table
from core.analysis.segments import frequency_note, rf_grid, segment_table
from core.data import load_lines
from core.errors import ShopkeeperError
from core.messages import count
from desktop import errors
from desktop import profile_window
from desktop.shop import Shop
from desktop.views.customers_view import CustomersView
from desktop.workers import wait_for_tasks


@pytest.fixture
def view(qtbot, demo_db_path):
    errors.recorded_errors = []
    shop = Shop(demo_db_path)
    widget = CustomersView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_shop(shop)
    assert wait_for_tasks(120_000)
    yield widget
    for window in list(profile_window._OPEN.values()):
        window.close()
    wait_for_tasks(30_000)
    shop.close()
    assert errors.recorded_errors == []
    errors.recorded_errors = None


def test_clicking_a_grid_cell_lists_its_customers(view, qtbot, demo_db):
    expected = segment_table(demo_db)
    cell = expected[(expected["r_score"] == 5) & (expected["f_score"] == 4)]
    assert len(cell) > 0
    item = view.grid.item(0, 3)            # row 0 = R5, column 3 = F4
    assert item.data(Qt.ItemDataRole.UserRole) == (5, 4)
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=view.grid.visualItemRect(item).center())
    assert sorted(view.segment_customers.shown_customer_ids()) == sorted(cell["customer_id"].tolist())
    assert f"{len(cell)} customers" in item.text()
    # a segment in the list shows that segment's customers
    for row in range(view.segment_list.count()):
        if view.segment_list.item(row).data(Qt.ItemDataRole.UserRole) == "hibernating":
            view.segment_list.setCurrentRow(row)
    hib = expected[expected["segment"] == "hibernating"]
    assert sorted(view.segment_customers.shown_customer_ids()) == sorted(hib["customer_id"].tolist())
    assert "What to do" in view.segment_text.text()


def test_editing_cutoffs_changes_counts_live(view, qtbot, demo_db):
    rfm = rfm_table(demo_db)
    view.cut_frequency.selectAll()
    qtbot.keyClicks(view.cut_frequency, "2, 3, 5, 10")
    assert wait_for_tasks(60_000)  # scoring runs in a worker; only the last keystroke's result is shown
    f5 = sum(int(view.grid.item(r, 4).data(Qt.ItemDataRole.UserRole) is not None and
                 view.segmented.query("f_score == 5 and r_score == @rr").shape[0]) for r, rr in
             zip(range(5), range(5, 0, -1)))
    assert f5 == int((rfm["frequency"] >= 10).sum())
    f1 = view.segmented["f_score"] == 1
    assert f1.sum() == int((rfm["frequency"] < 2).sum())
    view.cut_reset.click()
    assert wait_for_tasks(60_000)
    counts = view.segmented["f_score"].value_counts()
    assert counts[5] == counts[4] == len(rfm) // 5        # quintiles at the top ...
    median = rfm["frequency"].median()                   # ... but F3+ only above the median customer's orders
    by_id = rfm.set_index("customer_id")["frequency"]
    above = view.segmented["customer_id"].map(by_id) > median
    assert ((view.segmented["f_score"] >= 3) == above).all()
    view.scheme.setCurrentIndex(1)                 # the 11-segment map, with "Lost"
    assert wait_for_tasks(60_000)
    keys = {view.segment_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.segment_list.count())}
    assert len(keys) == 12 and "lost" in keys
    lost = (view.segmented["r_score"] <= 2) & ((view.segmented["f_score"] + view.segmented["m_score"]) / 2 <= 1)
    assert (view.segmented.loc[lost, "segment"] == "lost").all()


def test_lists_search_and_profile(view, qtbot, demo_db):
    n = len(view.segmented)
    view.tabs.setCurrentIndex(2)
    assert view.list_tables["vip"].rows() == math.ceil(n * 0.10)
    view.vip_mode.setCurrentIndex(1)
    view.vip_size.setValue(7)
    assert wait_for_tasks(60_000)
    assert view.list_tables["vip"].rows() == 7
    assert view.list_tables["winback"].rows() > 0
    email = view.segmented.iloc[0]["email"]
    view.search.setText(email)
    assert view.all_customers.rows() == 1
    view.search.setText("")
    # double-click a customer -> profile window with all their orders
    view.tabs.setCurrentIndex(0)
    table = view.segment_customers.view
    index = table.model().index(0, 1)
    cid = view.segment_customers.shown_customer_ids()[0]
    pos = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert wait_for_tasks(60_000)
    window = next(w for (path, c), w in profile_window._OPEN.items() if c == cid)
    # the whole history: purchases, cancelled orders and returns, one row each
    every_order = demo_db.execute("SELECT COUNT(*) FROM orders WHERE customer_id = ?", [cid]).fetchone()[0]
    assert window.orders_table.model().rowCount() == every_order
    assert window.profile["summary"]["segment"]
    # suggestions: never something the customer already bought, unless it is a regular rebuy
    picks = window.recommendations
    assert picks is not None and 0 < len(picks) <= 10
    assert window.recommendations_table.model().rowCount() == len(picks)
    bought = set(load_lines(demo_db).query("customer_id == @cid")["product_id"])
    assert all(row.source == "rebuy" or row.product_id not in bought for row in picks.itertuples())
    # the Buy again and Discover lists: own products only, new products only
    lists = window.recommendation_lists
    assert set(lists["buy-again"]["product_id"]) <= bought and not set(lists["discover"]["product_id"]) & bought
    assert window.discover_table.model().rowCount() == len(lists["discover"])
    assert window.tabs.tabText(window.tabs.count() - 1) == "Suggestions"


def test_predictions_and_backtest_are_shown(view):
    assert view.overview.clv.reliable
    assert view.predictions.rows() == len(view.segmented)
    assert view.backtest is not None and "summary" in view.backtest
    assert "weeks" in view.backtest_text.text()
    figure = view.backtest.get("figure")
    assert figure is not None and figure.axes[0].get_ylabel()
    notes = [t.get_text() for t in figure.texts if t is not figure._suptitle]
    assert notes == []  # the sentence is above the chart, not repeated under it
    # the lapse ranking's back-test, run in a worker: flagged 90 days ago vs the others, with real figures
    assert wait_for_tasks(60_000)
    result = view.lapse_backtest
    assert result is not None and result.windows["cutoff_days"].min() == 90
    text = view.lapse_text.text()
    assert text.startswith("Of the customers we would have flagged 90 days ago, ")
    latest = result.windows[(result.windows["method"] == "ours") & (result.windows["cutoff_days"] == 90)].iloc[0]
    rows = result.rows[result.rows["cutoff_days"] == 90]
    assert latest["customers"] == len(rows)
    assert f"{latest['flagged_lapsed_share'] * 100:.0f}%" in text
    assert f"{latest['others_lapsed_share'] * 100:.0f}%" in text


def test_lists_say_how_many_more_there_are(view):
    lists = view.lists
    wb = lists["winback"]
    assert len(wb.members) <= -(-len(view.segmented) * 20 // 100)
    view.list_tabs.setCurrentIndex(1)
    if wb.more:
        assert f"and {wb.more} more" in view.list_text.text()
    # the owner's cap: at most 5 % of customers
    view.list_cap.setValue(5)
    assert wait_for_tasks(60_000)
    capped = view.lists["winback"]
    assert len(capped.members) == min(-(-len(view.segmented) * 5 // 100), len(wb.members) + wb.more)
    assert len(capped.members) + capped.more == len(wb.members) + wb.more


def test_frequency_note_shows_only_when_most_customers_bought_once(view, demo_db):
    once = demo_db.execute(
        "SELECT AVG(n = 1) FROM (SELECT COUNT(DISTINCT o.id) AS n FROM orders o JOIN order_lines l "
        "ON l.order_id = o.id WHERE o.is_cancelled = 0 AND l.quantity > 0 AND o.customer_id IS NOT NULL "
        "GROUP BY o.customer_id)").fetchone()[0]
    assert view.frequency_note.isVisibleTo(view) == (once > 0.5)
    mostly_once = pd.DataFrame({"frequency": [1, 1, 1, 2]})
    view._scored({"defaults": None, "segmented": view.segmented, "summary": view._summary.reset_index(),
                  "grid": rf_grid(view.segmented),
                  "frequency_note": frequency_note(mostly_once)})
    assert view.frequency_note.isVisibleTo(view) and "bought only once" in view.frequency_note.text()


def test_a_lapse_backtest_that_cannot_run_says_why(view):
    view._lapse_backtest_ready(ShopkeeperError(NO_CUTOFF(days=count(90))))
    assert view.lapse_text.text() == ("Who stops ordering could not be tested yet: The shop's history is too short to "
                                      "test who stops ordering: it needs customers who ordered at least 90 days "
                                      "before the last order.")
