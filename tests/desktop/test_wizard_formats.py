"""The wizard on issue 18's files: a Polish generic file is mapped and priced in PLN with no questions, and an Etsy
pair is shown joined and imported with the notes on the missing items and e-mails."""

import pytest

from core.importers.generic import mapping_setting_key
from core.store import get_setting
from desktop.shop import Shop
from desktop.wizard.import_wizard import PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT, PAGE_VALIDATE, ImportWizard
from desktop.workers import wait_for_tasks
from tests.core.importers.export_fixtures import etsy_items, etsy_orders, write
from tests.core.importers.test_generic_languages import LANGUAGES, language_file


@pytest.fixture
def shop(tmp_path, qtbot):
    shop = Shop(tmp_path / "test.shop.db")
    yield shop
    wait_for_tasks(10_000)
    shop.close()


def finish(qtbot, wizard):
    if wizard.currentId() == PAGE_MAPPING:
        assert wizard.mapping_page.isComplete()  # every field guessed from the header
        wizard.next()
    assert wizard.currentId() == PAGE_VALIDATE
    qtbot.waitUntil(lambda: wizard.validate_page.validation is not None, timeout=20_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=30_000)


def test_polish_file_needs_no_questions(qtbot, shop, tmp_path):
    language, encoding, header, currency = LANGUAGES[0]
    path = tmp_path / "sprzedaz.csv"
    frame = language_file(path, language, encoding, header)
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    preview = wizard.preview_page
    assert wizard.currentId() == PAGE_PREVIEW
    assert preview.format_box.currentData() == "generic"
    assert preview.currency_box.currentData() == currency == "PLN"  # from the file's language, shown
    assert "PLN" in preview.note.text()
    assert preview.isComplete()
    wizard.next()
    finish(qtbot, wizard)
    assert wizard.result.lines_added == len(frame) and wizard.result.rows_skipped == 0
    assert shop.db.execute("SELECT DISTINCT currency FROM orders").fetchall() == [("PLN",)]
    assert get_setting(shop.db, mapping_setting_key(list(frame.columns)))["order_id"] == header[0]


def test_etsy_pair_is_joined_and_its_notes_shown(qtbot, shop, tmp_path):
    orders = write(etsy_orders(), tmp_path / "EtsySoldOrders2024.csv")
    items = write(etsy_items(), tmp_path / "EtsySoldOrderItems2024.csv", sep="\t")
    wizard = ImportWizard(shop, files=[str(orders), str(items)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    preview = wizard.preview_page
    assert preview.format_box.currentData() == "etsy"
    assert "EtsySoldOrderItems2024.csv → EtsySoldOrders2024.csv by Order ID" in preview.note.text()
    wizard.next()
    finish(qtbot, wizard)
    text = wizard.result_page.text.text()
    assert "has no products, only order totals" in text and "EtsySoldOrderItems" in text
    assert "has no e-mail addresses" in text
    assert wizard.result.lines_added == len(etsy_items()) + 1  # the items, and one value line for the lonely order


def test_next_months_file_of_the_same_layout_asks_nothing(qtbot, shop, tmp_path):
    language, encoding, header, _currency = LANGUAGES[2]
    first = tmp_path / "январь.csv"
    language_file(first, language, encoding, header)
    for path in (first, tmp_path / "февраль.csv"):
        if not path.exists():
            frame = language_file(path, language, encoding, header)
            frame[header[0]] = frame[header[0]].str.replace("Z-", "F-")
            frame.to_csv(path, sep=";", index=False, encoding=encoding)
        wizard = ImportWizard(shop, files=[str(path)])
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        wizard.next()
        if path == first:
            assert wizard.currentId() == PAGE_MAPPING  # the first time the owner sees the guess
        else:
            assert wizard.currentId() == PAGE_VALIDATE  # then the saved mapping is used without a question
        finish(qtbot, wizard)
        assert wizard.result.rows_skipped == 0
    assert shop.db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 6
