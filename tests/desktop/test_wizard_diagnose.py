"""The wizard says why a file cannot be imported (a missing key column, every row skipped) and lists the lines it
did not count as products, letting the owner count one."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from core.errors import ImportFailed
from core.importers.base import ImportOptions
from core.importers.pipeline import import_file
from desktop.shop import Shop
from desktop.wizard.import_wizard import PAGE_PREVIEW, PAGE_RESULT, PAGE_VALIDATE, ImportWizard
from desktop.workers import wait_for_tasks
from tests.core.importers.test_addons import shop_file
from tests.core.importers.test_diagnose import near_shopify_file


@pytest.fixture
def shop(tmp_path, qtbot):
    shop = Shop(tmp_path / "test.shop.db")
    yield shop
    wait_for_tasks(10_000)
    shop.close()


def test_preview_names_the_nearest_layout_and_its_missing_column(qtbot, shop, tmp_path):
    path = near_shopify_file(tmp_path / "orders.csv")
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    page = wizard.preview_page
    assert page.format_box.currentData() == "generic"
    assert "look most like a Shopify orders export, but the file has no column for the order number ('Name')" \
        in page.note.text()


def test_validation_says_why_nothing_can_be_imported(qtbot, shop, tmp_path):
    path = near_shopify_file(tmp_path / "orders.csv")
    rows = len(pd.read_csv(path, dtype=str))
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.preview_page
    page.format_box.setCurrentIndex(page.format_box.findData("shopify_orders"))  # the owner insists
    wizard.next()
    assert wizard.currentId() == PAGE_VALIDATE
    qtbot.waitUntil(lambda: wizard.validate_page.validation is not None, timeout=20_000)
    text = wizard.validate_page.summary.text()
    assert f"Nothing can be imported from orders.csv: all {rows} rows are skipped because the file has no column " \
           "for the order number (&#x27;Name&#x27;), which a Shopify orders export has." in text
    assert not wizard.validate_page.isComplete()


def test_a_failed_import_is_explained_from_cores_diagnosis(qtbot, shop, tmp_path, fresh_db):
    path = near_shopify_file(tmp_path / "orders.csv")
    wizard = ImportWizard(shop)
    qtbot.addWidget(wizard)
    with pytest.raises(ImportFailed) as caught:
        import_file(fresh_db, path, ImportOptions(format_key="shopify_orders"))
    assert wizard.failure_text(caught.value) == (
        "Nothing can be imported from orders.csv: all 270 rows are skipped because the file has no column for the "
        "order number ('Name'), which a Shopify orders export has. Choose the right format, or map the columns by "
        "hand.")
    with pytest.raises(ImportFailed) as caught:
        import_file(fresh_db, path)
    assert wizard.failure_text(caught.value).startswith(
        "Shopkeeper does not recognise the columns of orders.csv: they look most like a Shopify orders export")


def test_result_lists_lines_set_aside_and_the_owner_counts_one(qtbot, shop, tmp_path):
    path, baskets = shop_file(tmp_path / "orders.csv")
    fee_lines = sum(1 for b in baskets for p in b if p.startswith("Route"))
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.validate_page.validation is not None, timeout=20_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=30_000)
    items = wizard.result_page.aside_list
    assert items.count() == 1
    item = items.item(0)
    assert item.text() == f"Route Shipping Protection — {fee_lines} lines"
    assert item.checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(shop.sig_changed, timeout=10_000):
        item.setCheckState(Qt.CheckState.Unchecked)
    assert wait_for_tasks(10_000)
    assert shop.db.execute("SELECT is_product FROM products WHERE sku = 'ROUTEINS'").fetchone()[0] == 1


def test_the_cause_reads_in_polish(qtbot, qapp, shop, tmp_path, fresh_db):
    from desktop import i18n
    path = near_shopify_file(tmp_path / "orders.csv", orders=4)
    wizard = ImportWizard(shop)
    qtbot.addWidget(wizard)
    with pytest.raises(ImportFailed) as caught:
        import_file(fresh_db, path, ImportOptions(format_key="shopify_orders"))
    i18n.install_translator(qapp, "pl")
    try:
        text = wizard.failure_text(caught.value)
    finally:
        i18n.install_translator(qapp, "en")
    assert text == ("Z pliku orders.csv nie można niczego zaimportować: wszystkie wiersze (12) są pomijane, bo plik "
                    "nie ma kolumny dla: numer zamówienia („Name”), którą ma Eksport zamówień Shopify. Wybierz "
                    "właściwy format albo przypisz kolumny ręcznie.")
