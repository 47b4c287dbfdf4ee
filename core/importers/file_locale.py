"""Which currency a file's amounts are most likely in, judged from its language (never a silent EUR).

A file without a currency column still tells where it comes from: Polish header words or letters, a cp1250
file or decimal commas with Polish words → PLN; Latvian, Lithuanian or Estonian words or a cp1257 file → EUR;
Cyrillic headers or a cp1251 file → RUB. Anything else gives None: the wizard then asks, and the command line
says to pass ``--currency``.
"""

from __future__ import annotations

import re
from collections import Counter

from core.importers.reading import FileSniff, read_preview

_POLISH_ONLY = set("ćłńśźżĆŁŃŚŹŻ")
_BALTIC_ONLY = set("āēģīķļņūėįųĀĒĢĪĶĻŅŪĖĮŲ")  # not õ: Portuguese has it too
_POLISH_WORDS = ("zamowienie", "zamówienie", "ilosc", "ilość", "kwota", "nazwa", "klient", "wartosc", "wartość",
                 "kupujacy", "kupujący", "zamowienia", "zamówienia")
_BALTIC_WORDS = ("pasutijum", "pasūtījum", "daudzums", "klients", "datums", "prece", "summa", "uzsakym", "užsakym",
                 "kiekis", "kaina", "tellimus", "kogus", "hind", "kuupaev", "kuupäev")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

ENCODING_CURRENCY = {"cp1250": "PLN", "cp1257": "EUR", "cp1251": "RUB"}
# country e-mail domains of the languages above and of the euro area
DOMAIN_CURRENCY = {"pl": "PLN", "ru": "RUB", "by": "BYN", "ua": "UAH", "cz": "CZK", "gb": "GBP", "uk": "GBP",
                   **dict.fromkeys(("lv", "lt", "ee", "de", "at", "fr", "it", "es", "nl", "be", "fi", "ie", "pt",
                                    "sk", "si", "gr", "lu", "hr"), "EUR")}


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}", text) for w in words)


def currency_from_locale(columns: list[str], encoding: str | None = None, sample_text: str = "") -> str | None:
    """Return the currency code the file's language points to (PLN, EUR or RUB), or None when it says nothing.

    ``columns`` are the header names, ``encoding`` the sniffed encoding, ``sample_text`` a few cells. A ``zł`` or
    ``₽`` in the cells decides; then the header's letters and words, the encoding, and the cells' letters.
    """
    header = " ".join(str(c).lower() for c in columns)
    cells = str(sample_text).lower()
    if "zł" in cells or re.search(r"(?<![a-z])pln(?![a-z])", cells):
        return "PLN"
    if "₽" in cells or "руб" in cells:
        return "RUB"
    if _CYRILLIC.search(header):
        return "RUB"
    if any(ch in _POLISH_ONLY for ch in header) or _has_word(header, _POLISH_WORDS):
        return "PLN"
    if any(ch in _BALTIC_ONLY for ch in header) or _has_word(header, _BALTIC_WORDS):
        return "EUR"
    if (encoding or "").lower() in ENCODING_CURRENCY:
        return ENCODING_CURRENCY[encoding.lower()]
    # the cells' letters last: names and products in the shop's language
    if _CYRILLIC.search(cells):
        return "RUB"
    if any(ch in _POLISH_ONLY for ch in cells):
        return "PLN"
    if any(ch in _BALTIC_ONLY for ch in cells):
        return "EUR"
    # the customers' e-mail domains: a shop selling in Poland writes to @….pl
    domains = Counter(re.findall(r"@[\w.-]+\.([a-z]{2})(?![\w.])", cells))
    for domain, _n in domains.most_common():
        if domain in DOMAIN_CURRENCY:
            return DOMAIN_CURRENCY[domain]
    return None


def sniffed_currency(sniff: FileSniff) -> str | None:
    """Return ``currency_from_locale`` for a sniffed file (core.importers.reading.FileSniff): its header, encoding
    and first rows."""
    try:
        preview = read_preview(sniff, 50)
    except Exception:  # noqa: BLE001 - a guess only: a file the preview cannot read is reported by the import
        preview = None
    cells = "" if preview is None else " ".join(preview.astype("string").fillna("").to_numpy().ravel().tolist())
    return currency_from_locale(sniff.columns, sniff.encoding, cells)
