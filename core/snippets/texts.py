"""What a snippet says to the shop's customers, in the shop's language (not the app's), and its prices in the
shop's locale.

The shop's language is chosen per snippet (``SHOP_LANGUAGES``: English, Polish, Latvian, Russian, German),
independently of the language the owner runs Shopkeeper in; every text can be replaced by the owner's own
(``shop_texts(lang, heading=…, button=…)``). Prices: ``format_price(4.95, "PLN", "pl")`` → ``4,95 zł``,
``format_price(4.95, "EUR", "de")`` → ``4,95 €``, ``format_price(4.95, "USD", "en")`` → ``$4.95``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd
import sqlite_utils

from core.currency import main_currency
from core.store import get_setting, set_setting

SHOP_LANGUAGES = ("en", "pl", "lv", "ru", "de")
LANGUAGE_NAMES = {"en": "English", "pl": "Polski", "lv": "Latviešu", "ru": "Русский", "de": "Deutsch"}


@dataclass(frozen=True)
class ShopTexts:
    """The words of the shop's widgets: also-bought heading, bestsellers heading, card button, VIP banner."""

    heading: str
    bestsellers: str
    button: str
    banner: str


TEXTS = {
    "en": ShopTexts("Customers also bought", "Bestsellers", "View",
                    "Welcome back! As a VIP you get early access to our new collection."),
    "pl": ShopTexts("Klienci kupili również", "Bestsellery", "Zobacz",
                    "Witaj ponownie! Jako klient VIP masz wcześniejszy dostęp do naszej nowej kolekcji."),
    "lv": ShopTexts("Klienti pirka arī", "Populārākās preces", "Skatīt",
                    "Laipni lūdzam atpakaļ! Kā VIP klients jūs saņemat agrāku piekļuvi mūsu jaunajai kolekcijai."),
    "ru": ShopTexts("С этим товаром покупают", "Хиты продаж", "Посмотреть",
                    "С возвращением! Как VIP-клиент вы получаете ранний доступ к нашей новой коллекции."),
    "de": ShopTexts("Kunden kauften auch", "Bestseller", "Ansehen",
                    "Willkommen zurück! Als VIP erhalten Sie früher Zugang zu unserer neuen Kollektion."),
}

# How each shop language writes an amount: decimal mark, thousands separator, and whether the symbol comes first.
NUMBER_STYLE = {"en": (".", ","), "pl": (",", " "), "lv": (",", " "), "ru": (",", " "), "de": (",", ".")}
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "PLN": "zł", "RUB": "₽", "CHF": "CHF", "CAD": "CA$", "AUD": "A$",
           "JPY": "¥", "BRL": "R$", "SEK": "kr", "NOK": "kr", "DKK": "kr", "CZK": "Kč", "UAH": "₴"}
# In English the symbol goes first for these ($4.95, £4.95, €4.95); everywhere else it follows (4,95 zł, 4,95 €).
SYMBOL_FIRST_IN_ENGLISH = {"USD", "GBP", "EUR", "CAD", "AUD", "JPY", "BRL"}
# A shop whose orders are in this currency most likely speaks this language (a default the owner can change).
LANGUAGE_OF_CURRENCY = {"PLN": "pl", "RUB": "ru", "BYN": "ru", "KZT": "ru", "CHF": "de"}


def shop_language(value: str | None) -> str:
    """Return ``value`` when it is one of ``SHOP_LANGUAGES`` (``"PL"``, ``"pl_PL"`` count), else ``"en"``."""
    code = str(value or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in SHOP_LANGUAGES else "en"


def default_shop_language(currency: str | None) -> str:
    """Return the shop language to offer first for a shop selling in ``currency`` (``"en"`` when unknown)."""
    return LANGUAGE_OF_CURRENCY.get(str(currency or "").upper(), "en")


SHOP_LANGUAGE_SETTING = "snippets.shop_lang"


def chosen_shop_language(db: sqlite_utils.Database) -> str:
    """Return the shop language the owner last chose for snippets, else the one the shop's currency suggests."""
    saved = get_setting(db, SHOP_LANGUAGE_SETTING)
    return shop_language(saved) if saved else default_shop_language(main_currency(db))


def save_shop_language(db: sqlite_utils.Database, lang: str) -> str:
    """Remember ``lang`` as the shop's snippet language (a shop setting); returns the language saved."""
    lang = shop_language(lang)
    set_setting(db, SHOP_LANGUAGE_SETTING, lang)
    return lang


def shop_texts(lang: str, heading: str | None = None, bestsellers: str | None = None, button: str | None = None,
               banner: str | None = None) -> ShopTexts:
    """Return the widget texts in ``lang``, with each given text (the owner's own words) in place of the default."""
    own = {name: value for name, value in (("heading", heading), ("bestsellers", bestsellers), ("button", button),
                                           ("banner", banner)) if value is not None and str(value).strip()}
    return replace(TEXTS[shop_language(lang)], **own)


def format_price(value, currency: str | None, lang: str = "en") -> str:
    """Return a price as the shop's customers read it in ``lang`` ('' when unknown): ``4,95 zł``, ``1 234,50 €``,
    ``$4.95``; a currency without a symbol is written by its code (``4,95 HUF``)."""
    if value is None or pd.isna(value):
        return ""
    lang = shop_language(lang)
    code = str(currency or "").upper()
    decimal, thousands = NUMBER_STYLE[lang]
    whole, cents = f"{abs(float(value)):,.2f}".split(".")
    amount = ("-" if float(value) < 0 else "") + whole.replace(",", thousands) + decimal + cents
    symbol = SYMBOLS.get(code, code)
    if not symbol:
        return amount
    if lang == "en" and code in SYMBOL_FIRST_IN_ENGLISH:
        return f"{symbol}{amount}"
    return f"{amount} {symbol}"
