"""The profile window's privacy buttons: export one customer's data, erase them (GDPR art. 20 and 17)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.importers.pipeline import import_file
from core.privacy import count_bytes
from desktop import errors
from desktop.profile_window import ProfileWindow
from desktop.shop import Shop
from desktop.workers import wait_for_tasks

CSV = """order_number,order_date,status,order_currency,customer_email,billing_first_name,billing_last_name,item_name,item_sku,item_quantity,item_price
101,2024-01-05 10:00:00,completed,PLN,ola.nowak@example.com,Ola,Nowak,Red mug,M1,2,3.50
102,2024-02-05 10:00:00,completed,PLN,ola.nowak@example.com,Ola,Nowak,Blue mug,M2,1,4.25
103,2024-01-07 10:00:00,completed,PLN,jan.kowal@example.com,Jan,Kowal,Red mug,M1,1,3.50
"""


@pytest.fixture
def shop(tmp_path, qtbot):
    errors.recorded_errors = []
    source = tmp_path / "orders.csv"
    source.write_text(CSV, encoding="utf-8")
    opened = Shop(tmp_path / "privacy.shop.db")
    import_file(opened.db, source)
    yield opened
    wait_for_tasks()
    opened.close()
    assert errors.recorded_errors == []
    errors.recorded_errors = None


def _ola(shop) -> int:
    return shop.db.execute("SELECT id FROM customers WHERE email = 'ola.nowak@example.com'").fetchone()[0]


def test_export_then_erase_from_the_profile(shop, qtbot, tmp_path, monkeypatch):
    customer_id = _ola(shop)
    window = ProfileWindow(None, shop, customer_id)
    qtbot.addWidget(window)
    assert wait_for_tasks(60_000)

    out = tmp_path / "ola.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks(30_000)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["customer"]["email"] == "ola.nowak@example.com"
    assert sorted(o["order"] for o in data["orders"]) == ["101", "102"]
    assert "Saved to" in window.privacy_status.text()

    # the owner cancels first: nothing happens
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    assert window.erase() is None
    assert shop.db.execute("SELECT COUNT(*) FROM customers WHERE id = ?", [customer_id]).fetchone()[0] == 1

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(shop.sig_changed, timeout=30_000):
        qtbot.mouseClick(window.erase_button, Qt.MouseButton.LeftButton)
    assert window.erase_result.db_bytes_found == 0
    assert count_bytes(shop.path, "ola.nowak@example.com") == 0
    assert shop.db.execute("SELECT COUNT(*) FROM customers WHERE email LIKE 'ola%'").fetchone()[0] == 0
    # orders stay (sales figures unchanged), the other customer is untouched
    assert shop.db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 3
    assert shop.db.execute("SELECT COUNT(*) FROM customers WHERE email = 'jan.kowal@example.com'").fetchone()[0] == 1
    assert "erased" in window.heading.text().lower()
