"""The import wizard speaks the UI language, also for the texts core gives it (format names, field labels, skip
reasons, notices, mapping problems, progress: keyed core.messages.Message objects, translated with
desktop.i18n.translate_message) and for its counts."""

from __future__ import annotations

import pytest

from core.importers import registry
from core.importers.generic import CHOOSE_FIELD, MAPPING_FIELDS, check_mapping
from core.importers.pipeline import PARSED_LABELS, READING, ROWS_READ
from core.importers.reading import SizeEstimate
from core.importers.reasons import SKIP_REASONS
from core.messages import Message, catalogue, count
from desktop import i18n
from desktop.wizard import import_wizard


def core_wizard_messages() -> list[Message]:
    """Every fixed text core hands the wizard, as core gives it."""
    texts = list(SKIP_REASONS.values())
    for fmt in registry.FORMATS.values():
        texts.append(fmt.label)
        if fmt.notice:
            texts.append(fmt.notice)
    texts += [label for label, _required, _words in MAPPING_FIELDS.values()]
    texts += list(PARSED_LABELS.values())
    return texts


def test_every_core_text_is_a_keyed_message_of_the_catalogue():
    texts = core_wizard_messages()
    assert len(texts) > 40 and "no invoice number" in texts and "Shopify orders export" in texts
    known = catalogue()
    assert all(isinstance(t, Message) and known.get(t.key) == t.template for t in texts)


@pytest.fixture
def polish(qapp):
    i18n.install_translator(qapp, "pl")
    yield
    i18n.install_translator(qapp, "en")


def test_core_texts_and_counts_in_polish(polish):
    untranslated = [str(t) for t in core_wizard_messages()
                    if i18n.translate_message(t) == str(t) and t not in ("status", "problem")]
    assert untranslated == []
    choose = CHOOSE_FIELD(field=MAPPING_FIELDS["price"][0])
    assert i18n.translate_message(choose) == "Wybierz kolumnę dla pola „Cena jednostkowa”."
    assert check_mapping({}, [])[0] == CHOOSE_FIELD(field=MAPPING_FIELDS["date"][0])
    assert _plain(i18n.translate_message(ROWS_READ(rows=count(34_766)))) == "odczytane wiersze: 34 766"
    assert i18n.translate_message(READING(file="orders.csv")) == "Czytam orders.csv"
    text = _plain(import_wizard.describe_estimate(SizeEstimate(19_700_000, 200_000, True, 3.2, 4.7)))
    assert text == "Rozmiar: 19,7 MB, wiersze: 200 000. Sprawdzenie potrwa kilka sekund, import kilka sekund."
    assert _plain(i18n.local_format("<b>{0:,}</b> rows skipped", 12_345)) == "<b>12 345</b> rows skipped"


def test_english_stays_as_core_wrote_it(qapp):
    i18n.install_translator(qapp, "en")
    assert i18n.translate_message(SKIP_REASONS["no invoice number"]) == "no invoice number"
    assert i18n.translate_message(ROWS_READ(rows=count(34_766))) == "34,766 rows read"
    assert import_wizard.describe_estimate(SizeEstimate(19_700_000, 200_000, False, 3.2, 95.0)) == (
        "Size: 19.7 MB, about 200,000 rows. Checking it takes a few seconds, importing about 2 minutes.")


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_local_format_gives_local_digits(polish):
    text = i18n.local_format("{0}\n{1} customers\n{2:,.0f} ({3:.0f} %) · {4:,.2f} · {5:.0%} · {6}", "Lojalni", "49",
                             307_912.4, 24.2, 1_234.5, 0.25, "x")
    assert _plain(text) == "Lojalni\n49 customers\n307 912 (24 %) · 1 234,50 · 25% · x"


def test_a_workbook_offers_no_encoding_or_separator(qtbot, tmp_path):
    """A workbook has no text encoding or column separator: the preview page greys both out, empty."""
    import openpyxl

    from desktop.shop import Shop
    from desktop.workers import wait_for_tasks
    book = openpyxl.Workbook()
    book.active.append(["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID",
                        "Country"])
    book.active.append([1, "A", "Mug", 2, "2024-01-02 10:00", 2.5, 7, "United Kingdom"])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    shop = Shop(tmp_path / "w.shop.db")
    wizard = import_wizard.ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wait_for_tasks(60_000)
    qtbot.waitUntil(lambda: wizard.currentPage().format_box.currentData() == "online_retail", timeout=30_000)
    page = wizard.currentPage()
    assert not page.encoding_box.isEnabled() and page.encoding_box.currentText() == ""
    assert not page.delimiter_box.isEnabled() and page.delimiter_box.currentText() == ""
    shop.close()
