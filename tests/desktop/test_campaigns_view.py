"""The Campaigns screen on the demo shop: an offer saved with a send date shows up with its groups, the figures
agree with SQL over the shop, and changing the window judges it again."""

from __future__ import annotations

import pandas as pd
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
    assert wait_for_tasks(180_000)
    yield win
    assert errors.recorded_errors == []
    errors.recorded_errors = None


def ordered_by_group(db, campaign_id: int, sent: str, days: int) -> dict:
    """Members with a purchase (not cancelled, at least one line sold) after the send day began, up to ``days``
    days later, per group: counted with SQL and pandas, not with core.campaigns."""
    members = pd.read_sql_query("SELECT customer_id, group_name FROM campaign_members WHERE campaign_id = ?",
                                db.conn, params=[campaign_id])
    orders = pd.read_sql_query(
        "SELECT o.customer_id, o.ordered_at FROM orders o WHERE o.is_cancelled = 0 AND o.customer_id IS NOT NULL "
        "AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.quantity > 0)", db.conn)
    at = pd.to_datetime(orders["ordered_at"], utc=True, format="ISO8601")
    start = pd.Timestamp(sent, tz="UTC")
    buyers = set(orders.loc[(at > start) & (at <= start + pd.Timedelta(days=days)), "customer_id"])
    members["ordered"] = members["customer_id"].isin(buyers)
    return members.groupby("group_name")["ordered"].sum().astype(int).to_dict()


def test_a_saved_offer_is_judged_on_the_campaigns_screen(window, tmp_path):
    from PySide6.QtCore import QDate
    offers = window.views["offers"]
    window.show_view("offers")
    assert wait_for_tasks(180_000)
    offers.audience.setCurrentIndex(offers.audience.findData("all"))
    offers.control.setValue(30)
    offers.variant_count.setCurrentIndex(offers.variant_count.findData(2))
    offers.variant_rows[1][2].setValue(10)
    offers.preview()
    assert wait_for_tasks(180_000)
    assert offers.result is not None and offers.control_plan.text()
    offers.sent_at.setDate(QDate(2011, 9, 1))
    offers.campaign_name.setText("Autumn test")
    offers.save_to(tmp_path / "offer.csv")
    assert wait_for_tasks(180_000)
    assert "Audience > Import contacts > Upload" in offers.next_steps.text()  # Mailchimp is the first target
    assert ".control.csv" in offers.next_steps.text() and "Campaigns screen" in offers.next_steps.text()
    window.show_view("campaigns")
    view = window.views["campaigns"]
    assert wait_for_tasks(180_000)
    assert view.campaigns.count() >= 1  # the demo shop of the test session may hold earlier tests' campaigns
    result = view.current_result()
    assert result.sent_at == "2011-09-01" and result.window_days == 30 and result.name == "Autumn test"
    db = view.shop.db
    campaign_id = db.execute("SELECT max(id) FROM campaigns").fetchone()[0]
    assert result.id == campaign_id  # newest first
    want = ordered_by_group(db, campaign_id, "2011-09-01", 30)
    model = view.groups.frame_model
    shown = {model.index(r, 0).data(): int(model.index(r, 2).data()) for r in range(model.rowCount())}
    assert shown == {"A": want["A"], "B": want["B"], "control": want["control"]}
    assert view.comparisons.frame_model.rowCount() == 2
    assert view.verdict.text() == str(result.verdict)
    view.window_days.setValue(60)
    view.save_window()
    assert wait_for_tasks(180_000)
    assert db.execute("SELECT window_days FROM campaigns WHERE id = ?", [campaign_id]).fetchone()[0] == 60
    want = ordered_by_group(db, campaign_id, "2011-09-01", 60)
    shown = {model.index(r, 0).data(): int(model.index(r, 2).data()) for r in range(model.rowCount())}
    assert shown == {"A": want["A"], "B": want["B"], "control": want["control"]}


def test_no_campaigns_yet_says_where_they_come_from(window, tmp_path):
    from desktop.shop import Shop
    window.set_shop(Shop(tmp_path / "new.shop.db"))
    window.show_view("campaigns")
    view = window.views["campaigns"]
    assert wait_for_tasks(180_000)
    assert view.campaigns.count() == 0
    assert "Offers screen" in view.status.text()
