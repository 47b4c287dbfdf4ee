"""Customer and product texts in the profile window are shown as plain text, never as rich text (issue 15)."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from core.importers.pipeline import import_file
from desktop.profile_window import ProfileWindow
from desktop.shop import Shop
from desktop.widgets.explain import ExplainLink
from desktop.workers import wait_for_tasks

NAME = "<h1>ACCOUNT SUSPENDED</h1><a href='http://evil.example/login'>Log in again</a>"
HEADER = ["order_number", "order_date", "status", "order_currency", "customer_email", "billing_first_name",
          "billing_last_name", "billing_country", "item_name", "item_sku", "item_quantity", "item_price"]


def _shown(label: QLabel) -> str:
    """Return the characters ``label`` puts on screen (rich text rendered the way Qt renders it)."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@pytest.fixture
def shop(tmp_path, qtbot):
    source = tmp_path / "orders.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerow([101, "2024-01-05 10:00:00", "completed", "PLN", "mark@example.com", NAME, "<b>Smith</b>",
                         "<i>PL</i>", "<script>alert(1)</script> mug", "M1", 2, "3.50"])
        writer.writerow([102, "2024-02-05 10:00:00", "completed", "PLN", "mark@example.com", NAME, "<b>Smith</b>",
                         "<i>PL</i>", "<script>alert(1)</script> mug", "M1", 1, "3.50"])
    opened = Shop(tmp_path / "plain.shop.db")
    import_file(opened.db, source)
    yield opened
    wait_for_tasks()
    opened.close()


def test_customer_name_with_markup_shows_as_typed(shop, qtbot):
    customer_id = shop.db.execute("SELECT id FROM customers").fetchone()[0]
    window = ProfileWindow(None, shop, customer_id)
    qtbot.addWidget(window)
    assert wait_for_tasks(60_000)
    qtbot.waitUntil(lambda: window.profile is not None, timeout=10_000)
    shown = [_shown(label) for label in window.findChildren(QLabel)]
    heading = _shown(window.heading)
    assert NAME in heading and "<b>Smith</b>" in heading and "<i>PL</i>" in heading
    assert not any("ACCOUNT SUSPENDED" in text and NAME not in text for text in shown)
    links = [label for label in window.findChildren(QLabel) if "<a " in label.text() and _shown(label) != label.text()
             and "href" not in _shown(label) and not isinstance(label, ExplainLink)]  # our "What does this mean?"
    assert links == []  # no label turns the customer's text into a clickable link
