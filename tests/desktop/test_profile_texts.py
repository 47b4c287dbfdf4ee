"""The profile speaks the owner's language: local dates and money, plural days, platform names instead of
internal keys, counts that say what they count, and explanations of RFM codes and the chance still a customer."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from desktop import i18n
from desktop.i18n import english_plural
from desktop.workers import wait_for_tasks

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture
def shop(qapp, demo_db_path):
    from desktop.shop import Shop
    i18n.install_translator(qapp, "en")  # as the app starts: English with en_GB numbers and money
    shop = Shop(demo_db_path)
    yield shop
    wait_for_tasks(60_000)
    shop.close()


@pytest.fixture
def polish(qapp):
    i18n.install_translator(qapp, "pl")
    yield
    i18n.install_translator(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def _busiest_customer(db) -> tuple[int, int, int, int]:
    """(customer id, all orders, orders that count, returns) of the customer with most orders, by SQL."""
    customer, orders = db.execute("SELECT customer_id, COUNT(*) FROM orders WHERE customer_id IS NOT NULL "
                                  "GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id LIMIT 1").fetchone()
    counted = db.execute("SELECT COUNT(*) FROM (SELECT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id "
                         "WHERE o.customer_id = ? AND o.is_cancelled = 0 GROUP BY o.id "
                         "HAVING MAX(l.quantity) > 0)", [customer]).fetchone()[0]
    returns = db.execute("SELECT COUNT(*) FROM orders WHERE customer_id = ? AND is_cancelled = 0 "
                         "AND status = 'returned'", [customer]).fetchone()[0]
    return customer, orders, counted, returns


def _open_profile(qtbot, shop, customer):
    from desktop.profile_window import ProfileWindow
    window = ProfileWindow(None, shop, customer)
    with qtbot.waitSignal(window.task.sig_finished, timeout=60_000):
        pass
    wait_for_tasks(60_000)
    return window


def _texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def test_english_plural():
    assert english_plural("%n day(s) ago".replace("%n", "1"), 1) == "1 day ago"
    assert english_plural("2 day(s) ago", 2) == "2 days ago"
    assert english_plural("1 dzień temu", 1) == "1 dzień temu"


def test_profile_counts_say_what_they_count(qtbot, shop):
    customer, orders, counted, returns = _busiest_customer(shop.db)
    assert counted < orders  # the demo's busiest customer has returns: the two counts differ
    window = _open_profile(qtbot, shop, customer)
    try:
        purchases = window.fact_values["Purchases"]
        assert purchases.text() == f"{counted} (of {orders} orders incl. returns/cancelled)"
        assert f"{returns} returns" in purchases.toolTip()
        assert window.tabs.tabText(0) == f"All orders ({orders})"
        assert window.orders_table.model().rowCount() == orders
    finally:
        window.close()


def test_profile_has_no_iso_dates_or_internal_names_and_explains_codes(qtbot, shop):
    customer = _busiest_customer(shop.db)[0]
    platform = shop.db.execute("SELECT platform FROM customer_sources WHERE customer_id = ?", [customer]).fetchone()[0]
    window = _open_profile(qtbot, shop, customer)
    try:
        texts = _texts(window)
        assert not [t for t in texts if ISO_DATE.search(t)]
        assert platform == "online_retail" and not [t for t in texts if platform in t]
        assert "Online Retail file no." in window.heading.text()
        last = window.fact_values["Last order"].text()
        assert re.fullmatch(r"today|1 day ago|\d+ days ago", last) and "(s)" not in last
        assert "R F M scores" in window.fact_values["Segment"].toolTip()
        chance = window.fact_values["Chance still a customer"]
        assert re.fullmatch(r"\d{1,3}%", chance.text()) and "buy from you again" in chance.toolTip()
        assert any("What does this mean?" in t for t in texts)
        spent = window.fact_values["Spent"].text()
        assert spent.startswith("£")  # the demo shop is in pounds
    finally:
        window.close()


def test_profile_dates_and_money_in_polish(qtbot, shop, polish):
    customer = _busiest_customer(shop.db)[0]
    window = _open_profile(qtbot, shop, customer)
    try:
        texts = _texts(window)
        assert not [t for t in texts if ISO_DATE.search(t)]
        dates = [t for t in texts if re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", t)]
        assert dates, texts  # the next expected order, as 18.12.2011
        money = [t for t in texts if t.endswith("\u00a0£") or t.endswith(" £")]
        assert money and all("," in t for t in money)  # "523 202,74 £": Polish decimal comma
    finally:
        window.close()
