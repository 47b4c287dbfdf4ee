"""The import wizard speaks the UI language, also for the texts core gives it (format names, field labels, skip
reasons, notices, mapping problems, progress) and for its counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.importers import registry
from core.importers.generic import MAPPING_FIELDS
from core.importers.pipeline import BAD_LINE_REASON, PARSED_COLUMNS
from core.importers.reading import SizeEstimate
from desktop import i18n
from desktop.wizard import import_wizard
from desktop.wizard.core_texts import CORE_TEXTS

ROOT = Path(__file__).resolve().parents[2]


def core_wizard_texts() -> list[str]:
    """Every fixed English text core can hand the wizard, read from core itself."""
    texts = []
    for path in sorted((ROOT / "core" / "importers").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        texts += re.findall(r'^\s*reason\[.*\] = "([^"]+)"$', source, re.M)
        texts += re.findall(r'skip_reason="([^"]+)"', source)
        texts += re.findall(r'reasons\["([^"]+)"\]', source)
    texts.append(BAD_LINE_REASON)
    for fmt in registry.FORMATS.values():
        texts.append(fmt.label)
        if getattr(fmt, "notice", None):
            texts.append(fmt.notice)
    texts += [label for label, _required, _words in MAPPING_FIELDS.values()]
    texts += list(PARSED_COLUMNS.values())
    return list(dict.fromkeys(texts))


def test_every_core_text_is_listed_for_translation():
    texts = core_wizard_texts()
    assert len(texts) > 40 and "no invoice number" in texts and "Shopify orders export" in texts
    assert set(texts) <= set(CORE_TEXTS), set(texts) - set(CORE_TEXTS)


@pytest.fixture
def polish(qapp):
    i18n.install_translator(qapp, "pl")
    yield
    i18n.install_translator(qapp, "en")


def test_core_texts_and_counts_in_polish(polish):
    untranslated = [t for t in core_wizard_texts() if import_wizard._tr(t) == t and t not in ("status", "problem")]
    assert untranslated == []
    assert import_wizard._tr("Choose the column for 'Unit price'.") == "Wybierz kolumnę dla pola „Cena jednostkowa”."
    assert _plain(import_wizard._tr("34,766 rows read")) == "odczytane wiersze: 34 766"
    assert import_wizard._tr("Reading orders.csv") == "Czytam orders.csv"
    text = _plain(import_wizard.describe_estimate(SizeEstimate(19_700_000, 200_000, True, 3.2, 4.7)))
    assert text == "Rozmiar: 19,7 MB, wiersze: 200 000. Sprawdzenie potrwa kilka sekund, import kilka sekund."
    assert _plain(i18n.local_format("<b>{0:,}</b> rows skipped", 12_345)) == "<b>12 345</b> rows skipped"


def test_english_stays_as_core_wrote_it(qapp):
    i18n.install_translator(qapp, "en")
    assert import_wizard._tr("no invoice number") == "no invoice number"
    assert import_wizard._tr("34,766 rows read") == "34,766 rows read"
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
