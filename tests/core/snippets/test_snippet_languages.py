"""Snippets in the shop's language (issue 20): texts per shop language, the owner's own texts, prices written the
way each language writes them, everything escaped, and the browser preview page."""

from __future__ import annotations

import json
import re

import pytest

from core.importers.base import ImportOptions
from core.importers.batch import import_batch
from core.snippets import build_snippet
from core.snippets.preview import PREVIEW_NAME, exports_folder, preview_page, write_preview
from core.snippets.texts import SHOP_LANGUAGES, default_shop_language, format_price, shop_language, shop_texts
from core.store import open_memory_shop, open_shop
from tests.core.snippets.test_snippet_catalog import _orders_csv

HEADINGS = {"en": "Customers also bought", "pl": "Klienci kupili również", "lv": "Klienti pirka arī",
            "ru": "С этим товаром покупают", "de": "Kunden kauften auch"}
BUTTONS = {"en": "View", "pl": "Zobacz", "lv": "Skatīt", "ru": "Посмотреть", "de": "Ansehen"}
HOSTILE = '</h3><script>alert(1)</script>{{ shop.secret }}{% raw %}"\u2028'


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    path = tmp_path_factory.mktemp("lang") / "orders.csv"
    path.write_text(_orders_csv(), encoding="utf-8")
    db = open_memory_shop()
    import_batch(db, [path], ImportOptions(currency="PLN"))
    return db


@pytest.mark.parametrize("value, currency, lang, text", [
    (4.95, "PLN", "pl", "4,95 zł"), (4.95, "EUR", "lv", "4,95 €"), (4.95, "USD", "en", "$4.95"),
    (4.95, "EUR", "de", "4,95 €"), (4.95, "RUB", "ru", "4,95 ₽"), (4.95, "GBP", "en", "£4.95"),
    (4.95, "EUR", "en", "€4.95"), (4.95, "PLN", "en", "4.95 zł"), (1234.5, "PLN", "pl", "1 234,50 zł"),
    (1234.5, "EUR", "de", "1.234,50 €"), (1234567.891, "USD", "en", "$1,234,567.89"), (4.95, "HUF", "pl", "4,95 HUF"),
    (None, "PLN", "pl", ""), (-3, "EUR", "lv", "-3,00 €"),
])
def test_prices_in_the_shop_locale(value, currency, lang, text):
    assert format_price(value, currency, lang) == text


def test_shop_language_names_and_defaults():
    assert SHOP_LANGUAGES == ("en", "pl", "lv", "ru", "de")
    assert shop_language("PL") == "pl" and shop_language("ru_RU") == "ru" and shop_language("xx") == "en"
    assert default_shop_language("PLN") == "pl" and default_shop_language("EUR") == "en"
    assert shop_texts("de", heading="Passt dazu").heading == "Passt dazu"
    assert shop_texts("de", heading="  ").heading == HEADINGS["de"]


def _data(text: str) -> dict:
    return json.loads(re.search(r'id="sk-also-bought-data">(.*?)</script>', text, re.S).group(1))


@pytest.mark.parametrize("lang", SHOP_LANGUAGES)
def test_each_shop_language_has_its_texts_and_prices(shop, lang):
    snippet = build_snippet(shop, "also-bought", shop_lang=lang)
    assert snippet.shop_lang == lang
    assert f"<h3>{HEADINGS[lang]}</h3>" in snippet.text
    data = _data(snippet.text)
    assert data["button"] == BUTTONS[lang]
    # the shop sells in PLN: every card price is written the language's way
    pattern = {"en": r"^\d{1,3}(,\d{3})*\.\d{2} zł$", "de": r"^\d{1,3}(\.\d{3})*,\d{2} zł$"}.get(
        lang, r"^\d{1,3}( \d{3})*,\d{2} zł$")
    assert data["items"] and all(re.match(pattern, item[2]) for item in data["items"])
    best = build_snippet(shop, "bestsellers", shop_lang=lang)
    assert f"<h3>{shop_texts(lang).bestsellers}</h3>" in best.text
    banner = build_snippet(shop, "vip-banner-liquid", shop_lang=lang)
    assert shop_texts(lang).banner in banner.text


def test_the_owners_own_texts_replace_the_defaults(shop):
    snippet = build_snippet(shop, "also-bought-liquid", shop_lang="pl", heading="Pasuje do tego", button="Kup")
    assert "<h3>Pasuje do tego</h3>" in snippet.text and _data(snippet.text)["button"] == "Kup"
    banner = build_snippet(shop, "vip-banner", shop_lang="ru", message="Привет, VIP!")
    assert "Привет, VIP!" in banner.text


@pytest.mark.parametrize("kind", ["also-bought", "also-bought-liquid", "bestsellers", "vip-banner-liquid"])
def test_the_owners_texts_are_escaped_for_html_js_and_liquid(shop, kind):
    snippet = build_snippet(shop, kind, heading=HOSTILE, button=HOSTILE, message=HOSTILE)
    text = snippet.text
    assert "<script>alert(1)" not in text and "</h3><script>" not in text
    stripped = re.sub(r"\{% if customer and customer\.tags contains '[a-z0-9_-]+' %\}", "", text)
    for allowed in ("{{ product.handle | escape }}", "{% endif %}"):
        stripped = stripped.replace(allowed, "")
    assert "{{" not in stripped and "{%" not in stripped
    for script in re.findall(r"<script[^>]*>(.*?)</script>", text, re.S):
        assert "\u2028" not in script and "</" not in script.replace("<\\/", "")
    if kind.startswith("also-bought"):
        assert _data(text)["button"] == HOSTILE  # intact once the browser parses it


def test_preview_page_shows_the_widget_on_a_product_and_is_escaped(shop, tmp_path):
    snippet = build_snippet(shop, "also-bought-liquid", shop_lang="pl", heading=HOSTILE)
    page = preview_page(snippet, note='Sample page <b>"not your shop"</b>')
    assert page.startswith("<!DOCTYPE html>") and '<html lang="pl">' in page
    assert "{{" not in page and "{%" not in page
    assert f'data-product="{snippet.sample_product}"' in page and snippet.sample_product in _data(page)["recs"]
    assert "<b>" not in page and "&lt;b&gt;" in page
    assert "<script>alert(1)" not in page
    banner = build_snippet(shop, "vip-banner", tag="sk-gold")
    assert '<body class="sk-gold">' in preview_page(banner)
    path = write_preview(snippet, tmp_path / "exports")
    assert path == tmp_path / "exports" / PREVIEW_NAME and path.read_text(encoding="utf-8") == preview_page(snippet)


def test_exports_folder_is_beside_the_shop(tmp_path):
    db = open_shop(tmp_path / "my.shop.db")
    assert exports_folder(db) == tmp_path / "exports"
    db.conn.close()


def test_the_shops_snippet_language_is_remembered(tmp_path):
    from core.snippets.texts import chosen_shop_language, save_shop_language
    path = tmp_path / "orders.csv"
    path.write_text(_orders_csv(), encoding="utf-8")
    db = open_memory_shop()
    import_batch(db, [path], ImportOptions(currency="PLN"))
    assert chosen_shop_language(db) == "pl"  # a shop selling in złoty: Polish first
    assert save_shop_language(db, "DE") == "de" and chosen_shop_language(db) == "de"
    assert chosen_shop_language(open_memory_shop()) == "en"
