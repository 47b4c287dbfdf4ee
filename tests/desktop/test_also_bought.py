"""The "Also bought" screen on the demo shop: rules shown, pin goes first, ban removes, evaluation and refills."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from core.analysis.pairs import shop_pairs
from core.data import load_lines
from core.store import open_shop
from desktop import errors
from desktop.shop import Shop
from desktop.views.also_bought_view import VIEW_CLASS
from desktop.workers import wait_for_tasks


@pytest.fixture
def view(qtbot, demo_db_path, tmp_path):
    copy = tmp_path / "demo-copy.shop.db"  # pins are written: never touch the shared demo shop
    shutil.copy(demo_db_path, copy)
    errors.recorded_errors = []
    widget = VIEW_CLASS()
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    shop = Shop(copy)
    widget.set_shop(shop)
    assert wait_for_tasks(120_000)
    yield widget
    widget.set_shop(None)
    shop.close()
    errors.recorded_errors = None


def shown_ids(view):
    return view.shown_model.frame()["product_id"].tolist()


def test_view_shows_rules_pairs_evaluation_and_refills(view, demo_db_path):
    assert view.view_id == "also_bought" and view.view_title() == "Also bought"
    assert errors.recorded_errors == []
    db = open_shop(demo_db_path)
    expected = shop_pairs(db, with_triples=False)
    db.conn.close()
    assert view.pairs_model.rowCount() == min(len(expected.pairs), 2000)
    assert view.pairs_model.frame()["together"].iloc[0] == expected.pairs["together"].max()
    together = view.pairs_model.column_index("together")
    shown = [int(view.pairs_proxy.index(r, together).data()) for r in range(5)]  # what the owner sees, in order
    assert shown == sorted(expected.pairs["together"], reverse=True)[:5]
    top = expected.pairs.iloc[0]
    assert view.select_product(int(top.product_a))
    assert wait_for_tasks(60_000)  # the product's list is worked out in a worker
    rules = view.rules_model.frame()
    assert rules["partner_id"].iloc[0] == top.product_b and rules["together"].iloc[0] == top.together
    assert shown_ids(view)[0] == top.product_b
    assert view.shown_model.frame()["source"].iloc[0] == "rules"
    assert len(view.figure.axes[0].patches) == min(10, len(rules))  # one bar per strong partner
    assert view.eval_model.rowCount() == 12  # 7 methods on all purchases, 5 on products new to the customer
    assert "returning customers" in view.eval_sentence.text()
    assert view.refills_model.rowCount() > 0
    view.search.setText(str(top.name_a))
    assert 1 <= view.products_proxy.rowCount() < view.products_model.rowCount()


def test_a_product_title_says_what_each_of_its_counts_counts(view, demo_db_path):
    """The product list counts every order with the product; the pairs count the baskets their thresholds keep
    (very large orders left out): where the two differ, the title gives both instead of contradicting the list."""
    db = open_shop(demo_db_path)
    lines = load_lines(db)
    counted = shop_pairs(db, with_triples=False).product_counts
    db.conn.close()
    orders = lines.groupby("product_id")["order_id"].nunique()  # independent: orders holding each product
    differs = [pid for pid in orders.index if counted.get(pid, 0) != orders[pid] and counted.get(pid, 0) > 0]
    same = [pid for pid in orders.index if counted.get(pid, 0) == orders[pid]]
    assert differs and same
    for product_id in (differs[0], same[0]):
        assert view.select_product(int(product_id))
        assert wait_for_tasks(60_000)
        title = view.product_title.text()
        assert f"{orders[product_id]:,} orders" in title
        if product_id in differs:
            assert f"({counted[product_id]:,} of them counted for the pairs" in title
        else:
            assert "counted for the pairs" not in title


def test_confidence_is_shown_as_whole_percentages(view, demo_db_path):
    """Confidence → = orders with both / orders with the first product, as a percentage an owner reads."""
    import sqlite3
    shown = view.pairs_model.frame().head(20)
    with sqlite3.connect(demo_db_path) as conn:
        lines = pd.read_sql("SELECT DISTINCT l.order_id, l.product_id FROM order_lines l JOIN orders o "
                            "ON o.id = l.order_id WHERE o.is_cancelled = 0 AND l.quantity > 0", conn)
    from core.analysis.pairs import load_pair_options
    db = open_shop(demo_db_path)
    cap = load_pair_options(db).max_basket_items  # the owner's cap on very large orders
    db.conn.close()
    if cap:
        sizes = lines.groupby("order_id")["product_id"].nunique()
        lines = lines[lines["order_id"].isin(sizes[sizes <= cap].index)]
    orders_of = lines.groupby("product_id")["order_id"].nunique()
    for row in shown.itertuples():
        expected = 100 * row.together / orders_of[row.product_a]
        assert abs(int(row.confidence_ab) - expected) <= 0.5, (row, expected)  # a whole percentage
    headers = [view.pairs_model.headerData(i, Qt.Orientation.Horizontal) for i in range(view.pairs_model.columnCount())]
    assert "Confidence → (%)" in headers


def test_the_rules_numbers_are_in_sight_on_a_1366_pixel_screen(view, qtbot):
    """The rules table beside the partners chart: at the width the main window gives this screen on a 1366-pixel
    laptop (its sidebar takes ~190 px), long product names must not push the counts and confidences (right-aligned)
    past the table's edge, where the columns looked empty."""
    view.resize(1366 - 190, 720)
    view.show()
    qtbot.waitExposed(view)
    view.products_view.selectRow(0)
    qtbot.waitUntil(lambda: view.rules_model.rowCount() > 0, timeout=30_000)
    table = view.rules_view
    assert table.viewport().width() > 0
    for column in ("together", "confidence"):
        index = view.rules_model.column_index(column)
        right_edge = table.columnViewportPosition(index) + table.columnWidth(index)
        assert right_edge <= table.viewport().width(), (column, right_edge, table.viewport().width())


def test_pin_goes_first_and_ban_removes(view, qtbot):
    pid = int(view.products_model.frame()["product_id"].iloc[0])
    assert view.select_product(pid)
    assert wait_for_tasks(60_000)
    rules = view.rules_model.frame()
    last = len(rules) - 1  # the weakest partner
    partner = int(rules["partner_id"].iloc[last])
    assert partner not in shown_ids(view)[:1]
    source_index = view.rules_model.index(last, 0)
    view.rules_view.selectRow(view.rules_proxy.mapFromSource(source_index).row())
    qtbot.mouseClick(view.pin_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks(60_000)  # the pin is written, then the list worked out again, in workers
    assert shown_ids(view)[0] == partner
    assert view.shown_model.frame()["source"].iloc[0] == "pinned"
    assert "1 pinned here" in view.bans_label.text()
    # the pin is saved in the shop: a fresh view of the same file still shows it first
    again = VIEW_CLASS()
    qtbot.addWidget(again)
    shop2 = Shop(view.shop.path)
    again.set_shop(shop2)
    assert wait_for_tasks(120_000)
    assert again.select_product(pid)
    assert wait_for_tasks(60_000)
    assert shown_ids(again)[0] == partner
    again.set_shop(None)
    shop2.close()
    # ban the strongest rule partner everywhere: it disappears from the list
    strongest = int(rules["partner_id"].iloc[0])
    view.rules_view.selectRow(view.rules_proxy.mapFromSource(view.rules_model.index(0, 0)).row())
    qtbot.mouseClick(view.ban_product_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks(60_000)
    assert strongest not in shown_ids(view)
    assert shown_ids(view)[0] == partner
    assert errors.recorded_errors == []


def test_png_render(view, tmp_path):
    view.select_product(int(view.products_model.frame()["product_id"].iloc[0]))
    assert wait_for_tasks(60_000)
    view.show()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        assert view.grab().save(str(tmp_path / f"tab{index}.png"))
    paths = view.selftest_extras(tmp_path)
    assert len(paths) == view.tabs.count() + 1
    assert all(p.exists() and p.stat().st_size > 5000 for p in paths)


def test_owner_threshold_is_applied_and_saved(view, demo_db_path):
    db = open_shop(demo_db_path)
    everything = shop_pairs(db, with_triples=False)
    db.conn.close()
    assert view.min_together.value() == 3
    view.min_together.setValue(40)
    view.apply_thresholds()
    assert wait_for_tasks(120_000)
    assert view.pairs_model.rowCount() == int((everything.pairs["together"] >= 40).sum()) > 0
    assert "at least 40 orders" in view.status.text()
    from core.analysis.pairs import load_pair_options
    assert load_pair_options(view.shop.db).min_together == 40


def test_empty_shop_says_so_without_error_dialogs(qtbot, tmp_path):
    errors.recorded_errors = []
    widget = VIEW_CLASS()
    qtbot.addWidget(widget)
    shop = Shop(tmp_path / "empty.shop.db")
    widget.set_shop(shop)
    assert wait_for_tasks(60_000)
    assert "No orders yet" in widget.status.text()
    assert "could not be tested" in widget.eval_sentence.text()
    assert widget.pairs_model.rowCount() == 0 and not widget.pin_button.isEnabled()
    assert errors.recorded_errors == []
    widget.set_shop(None)
    shop.close()
    errors.recorded_errors = None


def test_picks_for_a_customer(view, demo_db_path):
    db = open_shop(demo_db_path)
    customer = db.execute("SELECT external_id FROM customer_sources ORDER BY customer_id LIMIT 1").fetchone()[0]
    from core.analysis.recommend import recommend_for_customer
    expected = recommend_for_customer(db, customer, 10)
    db.conn.close()
    view.customer_edit.setText(customer)
    view.show_picks()
    assert wait_for_tasks(60_000)
    assert view.picks_model.frame()["product_id"].tolist() == expected["product_id"].tolist()
    view.customer_edit.setText("nobody@nowhere.invalid")
    view.show_picks()
    assert wait_for_tasks(60_000)
    assert "no customer" in view.picks_note.text() and view.picks_model.rowCount() == 0
    assert errors.recorded_errors == []


def test_search_by_product_number(view):
    products = view.products_model.frame()
    sku = str(products["sku"].iloc[5])
    view.search.setText(sku)
    names = {view.products_proxy.index(r, 0).data() for r in range(view.products_proxy.rowCount())}
    assert products["product_name"].iloc[5] in names


def test_hidden_products_button_opens_the_dialog_on_this_shop(view, qtbot):
    from core.analysis import merchandising as merch
    from desktop.widgets.hidden_dialog import HiddenDialog
    opened = []

    class Quick(HiddenDialog):
        def exec(self):  # not modal in a test: tick everything hidden and show it again
            opened.append(self)
            for row in range(self.hidden.count()):
                self.hidden.item(row).setCheckState(Qt.CheckState.Checked)
            self.show_again.click()
            return 1
    partner = shown_ids(view)[0]
    merch.ban_product(view.shop.db, partner)
    view._refresh_product()
    assert wait_for_tasks(60_000)
    assert partner not in shown_ids(view)
    view.edit_hidden(dialog_factory=Quick)
    assert wait_for_tasks(60_000)
    assert len(opened) == 1 and merch.bans(view.shop.db)["products"] == set()
    assert partner in shown_ids(view)  # the view refreshed after the dialog
    assert view.hidden_button.isEnabled()


def test_worker_reads_the_lines_once_and_keeps_the_figures(demo_db, monkeypatch):
    """The screen's worker takes lines, pairs (with triples) and refills from one ShopData: the order lines are
    read once, and the figures are those of shop_pairs / shop_refills_due."""
    import pandas as pd

    import core.shop_data as shop_data
    from core.analysis.pairs import load_pair_options
    from core.analysis.replenish import shop_refills_due
    from desktop.views.also_bought_view import _load

    expected = shop_pairs(demo_db, with_triples=True)
    refills = shop_refills_due(demo_db)
    calls = []
    real = shop_data.load_lines
    monkeypatch.setattr(shop_data, "load_lines", lambda db, *a, **k: calls.append(1) or real(db, *a, **k))
    options, data = _load(demo_db)
    assert len(calls) == 1
    assert options == load_pair_options(demo_db)
    pd.testing.assert_frame_equal(data["result"].pairs, expected.pairs)
    pd.testing.assert_frame_equal(data["result"].triples, expected.triples)
    assert (data["result"].n_baskets, data["result"].product_counts) == (expected.n_baskets, expected.product_counts)
    pd.testing.assert_frame_equal(data["refills"].reset_index(drop=True), refills.reset_index(drop=True))


def test_the_evaluation_uses_the_lines_the_screen_loaded(qtbot, demo_db_path, tmp_path, monkeypatch):
    """Opening the screen reads the order lines once, for pairs, refills and the evaluation tab alike; the
    evaluation equals core's shop_picks_evaluation on the same shop."""
    import core.data
    import core.shop_data as shop_data
    from core.analysis.picks_eval import pooled_frame, shop_picks_evaluation
    from core.store import open_shop

    copy = tmp_path / "demo-copy.shop.db"
    shutil.copy(demo_db_path, copy)
    db = open_shop(copy)
    expected_table = pooled_frame(shop_picks_evaluation(db))
    db.conn.close()
    from core.load_cache import forget_shops
    forget_shops()  # the screen finds nothing loaded by the expectation above
    calls = []
    for module in (shop_data, core.data):
        real = module.load_lines
        monkeypatch.setattr(module, "load_lines", lambda d, *a, _real=real, **k: calls.append(1) or _real(d, *a, **k))
    monkeypatch.setattr("core.analysis.picks_eval.load_lines",
                        lambda *a, **k: pytest.fail("the evaluation read the lines again"))
    loads = []  # the lines really read from the shop (not handed out by the process's cache)
    real_load = core.data._load_lines
    monkeypatch.setattr(core.data, "_load_lines", lambda *a: loads.append(a[-1]) or real_load(*a))
    widget = VIEW_CLASS()
    qtbot.addWidget(widget)
    shop = Shop(copy)
    widget.set_shop(shop)
    qtbot.waitUntil(lambda: widget.evaluation is not None, timeout=60_000)
    assert wait_for_tasks(60_000)
    assert len(calls) == 1
    assert len(loads) == 1  # the evaluation's columns come from the screen's lines
    pd.testing.assert_frame_equal(widget.evaluation.reset_index(drop=True), expected_table.reset_index(drop=True))
    widget.set_shop(None)
    shop.close()


def test_the_evaluation_can_be_cancelled(qtbot, demo_db_path, tmp_path):
    """Cancel stops testing the picks: no table, no error dialog, and the tab says it was cancelled."""
    errors.recorded_errors = []
    copy = tmp_path / "demo-cancel.shop.db"
    shutil.copy(demo_db_path, copy)
    widget = VIEW_CLASS()
    qtbot.addWidget(widget)
    shop = Shop(copy)
    widget.set_shop(shop)
    qtbot.waitUntil(lambda: widget.running("evaluation"), timeout=60_000)
    assert not widget.eval_cancel.isHidden()
    widget.cancel_evaluation()
    assert wait_for_tasks(60_000)
    assert widget.evaluation is None and widget.eval_model.rowCount() == 0
    assert "cancelled" in widget.eval_sentence.text()
    assert errors.recorded_errors == []
    widget.set_shop(None)
    shop.close()
    errors.recorded_errors = None


def test_the_pairs_come_before_the_refills_and_the_refills_tab_waits_for_its_own(qtbot, demo_db, demo_db_path):
    """The worker delivers the thresholds, pairs and products first and the refills due after (a second more on a
    big shop): the screen shows the products at once and says the refills are being found until they come."""
    from core.analysis.replenish import shop_refills_due
    from desktop.views.also_bought_view import _load

    parts = []
    options, data = _load(demo_db, deliver=parts.append)
    assert len(parts) == 1
    first_options, first = parts[0]
    assert first_options == options and first["refills"] is None and first["result"] is data["result"]
    pd.testing.assert_frame_equal(first["products"], data["products"])
    refills = shop_refills_due(demo_db)
    assert len(data["refills"]) == len(refills) > 0

    widget = VIEW_CLASS()
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget._evaluation_due = False  # only the two deliveries are looked at here
    widget._loaded(parts[0])
    assert widget.products_view.rows() == len(data["products"])
    assert widget.refills_view.is_waiting() and widget.refills_model.rowCount() == 0
    products_model_frame = widget.products_model.frame()
    widget._loaded((options, data))
    assert widget.products_model.frame() is products_model_frame  # the pairs are not shown twice
    assert widget.refills_model.rowCount() == len(refills) and not widget.refills_view.is_waiting()


def test_the_busy_bar_is_told_what_the_screen_is_working_out(demo_db):
    """The worker reports each step's text (the screen's own, in the UI language) so the busy bar says what runs,
    not only "Working…": the pairs first, the refills due after the pairs were delivered."""
    from desktop.views.also_bought_view import _load

    events = []
    steps = {"pairs": "Counting which products are bought together…", "refills": "Finding the refills due…"}
    _load(demo_db, steps, progress=lambda fraction, text: events.append(("progress", fraction, text)),
          deliver=lambda part: events.append(("delivered",)))
    assert events == [("progress", 0.0, steps["pairs"]), ("delivered",), ("progress", 0.5, steps["refills"])]
