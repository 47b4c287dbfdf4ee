"""The import wizard walked with qtbot on fixture files: preview, mapping, validation, import, result, cancel."""

import os
from pathlib import Path

import pandas as pd
import pytest

from desktop.shop import Shop
from desktop.wizard.import_wizard import (
    PAGE_IMPORT,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    PAGE_VALIDATE,
    ImportWizard,
)
from desktop.workers import wait_for_tasks

SHOTS = os.environ.get("SHOPKEEPER_WIZARD_SHOTS")


def shot(wizard, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def shop(tmp_path, qtbot):
    shop = Shop(tmp_path / "test.shop.db")
    yield shop
    wait_for_tasks(10_000)
    shop.close()


def write_eu_file(path):
    rows = ["5001;A1;Kubek niebieski;2;03.02.2025 10:15;1 234,50;77;Polska",
            "5001;A2;Talerz;1;03.02.2025 10:15;99,90;77;Polska",
            "5002;A1;Kubek niebieski;3;14.02.2025 08:00;1 234,50;78;Czechy",
            "C5003;A2;Talerz;-1;15.02.2025 09:00;99,90;77;Polska",
            "5004;A2;Talerz;1;16.02.2025 09:00;zł;79;Polska"]
    header = "Invoice;StockCode;Description;Quantity;InvoiceDate;Price;Customer ID;Country\n"
    path.write_bytes((header + "\r\n".join(rows) + "\r\n").encode("cp1250"))
    return path


def walk_to_validation(qtbot, wizard):
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    shot(wizard, "2_preview")
    wizard.next()
    if wizard.currentId() == PAGE_MAPPING:
        shot(wizard, "3_mapping")
        wizard.next()
    assert wizard.currentId() == PAGE_VALIDATE
    qtbot.waitUntil(lambda: wizard.validate_page.validation is not None, timeout=20_000)
    shot(wizard, "4_validation")


def test_wizard_imports_eu_file_end_to_end(qtbot, shop, tmp_path):
    path = write_eu_file(tmp_path / "sprzedaz.csv")
    changed, imported = [], []
    shop.sig_changed.connect(lambda: changed.append(1))
    wizard = ImportWizard(shop, files=[str(path)])
    wizard.sig_imported.connect(imported.append)
    qtbot.addWidget(wizard)
    wizard.show()
    shot(wizard, "1_files")
    assert wizard.files_page.isComplete()
    wizard.next()
    preview = wizard.preview_page
    assert preview.format_box.currentData() == "online_retail"
    assert (preview.encoding_box.currentData(), preview.delimiter_box.currentData(),
            preview.decimal_box.currentData(), preview.dates_box.currentData()) == ("cp1250", ";", ",", True)
    assert preview.model.rowCount() == 5
    parsed = wizard.inspection.parsed
    assert list(parsed["date (UTC)"][:3]) == ["2025-02-03T10:15:00Z", "2025-02-03T10:15:00Z", "2025-02-14T08:00:00Z"]
    assert parsed["line total"].iloc[0] == 2469.0 and parsed["problem"].iloc[4] == "price is not a number"
    preview.decimal_box.setCurrentIndex(preview.decimal_box.findData("."))  # the user tries the other reading
    assert wizard.inspection.parsed["line total"].iloc[0] == 246900.0
    preview.decimal_box.setCurrentIndex(preview.decimal_box.findData(","))
    assert wizard.inspection.parsed["line total"].iloc[0] == 2469.0
    preview.currency_box.setCurrentIndex(preview.currency_box.findData("PLN"))
    wizard.back()
    walk_to_validation(qtbot, wizard)
    validation = wizard.validate_page.validation
    assert validation.currencies == {"PLN": 3}
    assert (validation.rows, validation.orders, validation.customers) == (5, 3, 2)
    assert validation.skip_reasons == {"price is not a number": 1}
    assert shop.is_empty()
    wizard.next()
    assert wizard.currentId() in (PAGE_IMPORT, PAGE_RESULT)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=20_000)
    shot(wizard, "6_result")
    result = wizard.result
    assert (result.orders_added, result.lines_added, result.rows_skipped) == (3, 4, 1)
    assert changed and imported == [result]
    assert shop.db.execute("SELECT DISTINCT currency FROM orders").fetchall() == [("PLN",)]
    assert shop.db.execute("SELECT SUM(line_total_minor) FROM order_lines").fetchone()[0] == 246900 + 9990 + 370350 - 9990
    saved = wizard.result_page.save_rejected(str(tmp_path / "rejected.csv"))
    rejected = pd.read_csv(saved, sep=",", dtype=str)
    assert list(rejected["Invoice"]) == ["5004"] and rejected["skip_reason"].iloc[0] == "price is not a number"


def test_wizard_generic_mapping_and_ambiguous_dates(qtbot, shop, tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("Bestellung,Datum,Kunde,Artikel,Menge,Summe\n"
                    "B1,03/04/2025,k1,Tasse,2,\"5,00\"\nB2,05/06/2025,k2,Teller,1,\"7,50\"\n", encoding="utf-8")
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    preview = wizard.preview_page
    assert preview.format_box.currentData() == "generic"
    assert not preview.isComplete()  # 03/04 vs 05/06: the user must choose the date order
    preview.dates_box.setCurrentIndex(preview.dates_box.findData(True))
    assert not preview.isComplete()  # nothing in the file says its currency: the owner must choose (never EUR)
    preview.currency_box.setCurrentIndex(preview.currency_box.findData("EUR"))
    assert preview.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    mapping = wizard.mapping_page
    assert mapping.mapping()["order_id"] == "Bestellung" and mapping.mapping()["date"] == "Datum"
    box = mapping.boxes["line_total"]
    box.setCurrentIndex(box.findData("Summe"))
    box = mapping.boxes["customer_id"]
    box.setCurrentIndex(box.findData("Kunde"))
    assert mapping.isComplete()
    shot(wizard, "3_mapping")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.validate_page.validation is not None, timeout=20_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=20_000)
    assert wizard.result.orders_added == 2
    assert shop.db.execute("SELECT ordered_at FROM orders WHERE external_id = 'B1'").fetchone()[0] == "2025-04-03T00:00:00Z"
    assert shop.db.execute("SELECT SUM(line_total_minor) FROM order_lines").fetchone()[0] == 1250


def test_wizard_cancel_leaves_shop_unchanged(qtbot, shop, tmp_path):
    path = tmp_path / "big.csv"
    rows = [f"{i},S{i % 50},Thing {i % 50},1,2024-05-{1 + i % 28:02d} 10:00,1.50,{i % 900},UK" for i in range(40_000)]
    path.write_text("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.validate_page.validation is not None, timeout=30_000)
    wizard.options.chunk_rows = 2_000
    original_progress = wizard.import_page._progress

    def progress_then_cancel(fraction, message):
        original_progress(fraction, message)
        if fraction > 0:
            wizard.import_page.cancel()

    wizard.import_page._progress = progress_then_cancel
    wizard.next()
    assert wizard.currentId() == PAGE_IMPORT
    qtbot.waitUntil(lambda: wizard.error is not None or wizard.result is not None, timeout=30_000)
    shot(wizard, "5_cancelled")
    assert wizard.result is None
    assert "nothing was changed" in wizard.import_page.message.text()
    assert wizard.import_page.retry_button.isVisibleTo(wizard)
    assert shop.db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 0
    assert shop.db.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0


def walk_all(qtbot, wizard):
    wizard.show()
    walk_to_validation(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=30_000)
    shot(wizard, "6_result_" + wizard.result.format_key)
    return wizard.result


def test_wizard_olist_set_shows_joins_and_imports(qtbot, shop, tmp_path):
    from tests.core.importers.test_formats import write_olist
    files = [str(f) for f in write_olist(tmp_path / "olist")]
    wizard = ImportWizard(shop, files=files)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.preview_page.format_box.currentData() == "olist"
    note = wizard.preview_page.note.text()
    assert "olist_order_items_dataset.csv → olist_orders_dataset.csv by order_id" in note
    shot(wizard, "2_preview_olist")
    wizard.back()
    result = walk_all(qtbot, wizard)
    assert (result.orders_added, result.lines_added, result.customers_added) == (2, 3, 1)


def test_wizard_two_unrelated_files_add_up(qtbot, shop, tmp_path):
    from tests.core.importers.test_formats import SHOPIFY, WOO
    (tmp_path / "orders_export.csv").write_text(SHOPIFY, encoding="utf-8")
    (tmp_path / "woo.csv").write_text(WOO, encoding="utf-8")
    wizard = ImportWizard(shop, files=[str(tmp_path / "orders_export.csv"), str(tmp_path / "woo.csv")])
    qtbot.addWidget(wizard)
    result = walk_all(qtbot, wizard)
    assert (result.orders_added, result.lines_added) == (4 + 3, 5 + 4)
    assert shop.db.execute("SELECT COUNT(DISTINCT platform) FROM orders").fetchone()[0] == 2


def test_wizard_tells_that_prestashop_list_has_no_baskets(qtbot, shop, tmp_path):
    path = tmp_path / "order_2025-01-10.csv"
    path.write_bytes(("ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date\n"
                      "17;XKBKNABJK;1;Polska;J. Kowalska;1 234,50 zł;Przelew;Dostarczone;23.01.2025 14:05:00\n"
                      "18;OHSATSERP;0;Polska;Ł. Żółć;99,99 zł;Przelew;Anulowane;24.01.2025 09:00:00\n"
                      ).encode("cp1250"))
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    result = walk_all(qtbot, wizard)
    assert result.order_level_only and result.orders_added == 2
    assert "baskets and product pairs need an export with line items" in wizard.result_page.text.text()


def test_selftest_pictures_stop_before_importing(qtbot, shop, tmp_path):
    from desktop.wizard.import_wizard import selftest_pictures
    path = write_eu_file(tmp_path / "sprzedaz.csv")
    saved = selftest_pictures(shop, [str(path)], tmp_path, "w")
    assert [p.name for p in saved] == ["w_1_files.png", "w_2_preview.png", "w_3_validation.png"]
    assert all(p.stat().st_size > 1000 for p in saved)
    assert shop.db.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0


def test_wizard_shows_size_and_estimate_before_reading_a_large_file(qtbot, shop, tmp_path):
    """A 1.6 MB export (more than the 1 MB the estimate samples): the files page shows the size, the preview
    page the size, about how many rows (within 5% of the real count) and how long checking and importing take,
    all before the validation step reads the whole file."""
    import re

    rows = 40_000
    path = tmp_path / "big_export.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n")
        for i in range(rows):
            handle.write(f"{700000 + i // 3},P{i % 700},{'LANTERN ' * (1 + i % 4)}{i % 700},{1 + i % 9},"
                         f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} 12:00:00,{(i % 500) / 10 + 0.5},"
                         f"{20000 + i % 4000}.0,France\n")
    size_mb = path.stat().st_size / 1e6
    small = write_eu_file(tmp_path / "sprzedaz.csv")
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.files_page.size_label.text() == f"1 file, {size_mb:,.1f} MB."
    wizard.files_page.add_files([str(small)])
    total = (path.stat().st_size + small.stat().st_size) / 1e6
    assert wizard.files_page.size_label.text() == f"2 files, {total:,.1f} MB in all."
    wizard.files_page.list.item(1).setSelected(True)
    wizard.files_page.remove_selected()
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    text = wizard.preview_page.size_note.text()
    shot(wizard, "2_preview_large")
    assert text.startswith(f"Size: {size_mb:,.1f} MB, about ")
    guessed = int(re.search(r"about ([\d,]+) rows", text).group(1).replace(",", ""))
    assert abs(guessed - rows) / rows < 0.05, text
    assert "Checking it takes" in text and "importing" in text
    assert wizard.estimate is not None and wizard.estimate.rows == pytest.approx(rows, rel=0.05)
    assert shop.is_empty()


def test_wizard_states_exact_rows_for_a_small_file(qtbot, shop, tmp_path):
    path = write_eu_file(tmp_path / "sprzedaz.csv")
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    text = wizard.preview_page.size_note.text()
    assert f"{path.stat().st_size:,} bytes" in text or "KB" in text
    assert ", 5 rows." in text and "a few seconds" in text


def test_second_window_writing_the_shop_is_told_and_retry_works(qtbot, shop, tmp_path):
    """Two windows on one shop: while another window (a second connection) is writing, the import waits the
    busy timeout, then says so in one sentence, keeps the shop as it was and offers Try again, which works
    once the other window has finished."""
    import sqlite3

    path = write_eu_file(tmp_path / "sprzedaz.csv")
    shop.db.execute("INSERT INTO settings(key, value) VALUES ('seed', '1')")  # the shop file exists, has data
    other_window = sqlite3.connect(str(shop.path), isolation_level=None)
    other_window.execute("BEGIN IMMEDIATE")
    other_window.execute("INSERT INTO settings(key, value) VALUES ('other.window', '\"was here\"')")
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    walk_to_validation(qtbot, wizard)  # reading while the other window writes is fine
    wizard.next()
    assert wizard.currentId() == PAGE_IMPORT
    qtbot.waitUntil(lambda: wizard.error is not None, timeout=30_000)
    shot(wizard, "5_busy")
    message = wizard.import_page.message.text()
    assert "another window or program" in message and "the shop is unchanged" in message
    assert "Traceback" not in message and "OperationalError" not in message
    assert wizard.import_page.retry_button.isVisibleTo(wizard)
    assert shop.db.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0
    other_window.execute("COMMIT")
    other_window.close()
    wizard.import_page.retry_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=30_000)
    assert wizard.result.orders_added == 3
    assert shop.db.execute("SELECT value FROM settings WHERE key = 'other.window'").fetchone()[0] == '"was here"'


def test_wizard_result_counts_a_product_catalog(qtbot, shop, tmp_path):
    """A Shopify products export (fixture of tests/core/importers/test_catalog_import.py) imports through the
    wizard and its result page counts the catalog's products: one per distinct Variant SKU (pandas)."""
    import io

    from tests.core.importers.test_catalog_import import SHOPIFY as CATALOG
    path = tmp_path / "products_export.csv"
    path.write_text(CATALOG, encoding="utf-8")
    skus = pd.read_csv(io.StringIO(CATALOG), dtype=str)["Variant SKU"].dropna().nunique()
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    result = walk_all(qtbot, wizard)
    assert result.products_added >= skus
    assert shop.db.execute("SELECT COUNT(DISTINCT sku) FROM products WHERE catalog_import IS NOT NULL").fetchone()[0] \
        == skus
    assert f"Product catalog: <b>{result.products_added:,}</b> products added" in wizard.result_page.text.text()
    assert "orders added" not in wizard.result_page.text.text()  # a catalog alone adds no orders: not listed
