"""Recognising customer data by its content: the shop's known e-mails, names, phones and addresses, and text that
looks like an e-mail, a phone number, a street or a postcode.

Used by ``core.privacy`` (pseudonymised files, erasing a customer, searching files the app wrote) and by
``core.snippets`` (no customer data in a public widget). Matching is case-insensitive for every alphabet
(``str.casefold``: ``ZOË.MÜLLER@EXÄMPLE.DE`` matches ``zoë.müller@exämple.de``).
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import sqlite_utils

from core.messages import Message, MessageTemplate

WHY_NAME = MessageTemplate("privacy.why.its_name", "its name")
WHY_EMAILS = MessageTemplate("privacy.why.emails", "its values are e-mail addresses")
WHY_NAMES = MessageTemplate("privacy.why.names", "its values are customers' names")
WHY_PHONES = MessageTemplate("privacy.why.phones", "its values are phone numbers")
WHY_PLACES = MessageTemplate("privacy.why.places", "its values are customers' towns, companies or addresses")
WHY_STREETS = MessageTemplate("privacy.why.streets", "its values are street addresses")
WHY_POSTCODES = MessageTemplate("privacy.why.postcodes", "its values are postcodes")
WHY_NAME_AND_VALUES = MessageTemplate("privacy.why.name_and_values", "its name and values")

EMAIL_IN_TEXT = re.compile(r"[^\s@,;:<>()\[\]\"'/]+@[^\s@,;:<>()\[\]\"'/]+\.[^\W\d_]{2,}", re.UNICODE)
EMAIL_WHOLE = re.compile(r"^\s*[^\s@,;:<>()\[\]\"']+@[^\s@,;:<>()\[\]\"']+\.[^\W\d_]{2,}\s*$", re.UNICODE)
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
_DATE_LIKE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_LETTER = r"[^\W\d_]"
_STREET = re.compile(
    rf"^\s*\d{{1,5}}{_LETTER}?(\s*[-/]\s*\d{{1,5}}{_LETTER}?)?,?\s+{_LETTER}{{2,}}"  # 12 Baker Street
    rf"|^\s*{_LETTER}[\w.'\- ]*{_LETTER}{{2,}}\.?,?\s+\d{{1,5}}{_LETTER}?(\s*[-/]\s*\d{{1,5}}{_LETTER}?)?\s*$",
    re.UNICODE)  # Hauptstraße 5, ul. Marszałkowska 10/4
_POSTCODE = re.compile(
    r"^\s*(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"  # UK
    r"|[A-Z]\d[A-Z]\s?\d[A-Z]\d"  # Canada
    r"|(?:[A-Z]{2}-)?\d{4,5}(?:-\d{4})?"  # US ZIP (+4), DE/FR/IT 5, AT/CH/DK/LV 4, LV-1050
    r"|\d{2}-\d{3}"  # Poland
    r"|\d{3}\s?\d{2}"  # SE/CZ/SK/GR
    r"|\d{4}\s?[A-Z]{2}"  # Netherlands
    r"|\d{7})\s*$",  # Japan
    re.IGNORECASE)

# Column names that announce customer data. Content decides first (see ``classify_column``); the name is a
# second opinion for streets and postcodes (which no pattern recognises reliably) and for empty columns.
_HINTS = {
    "name": re.compile(r"^(?:(?:billing|shipping|customer|contact|recipient|buyer|client)_?)?"
                       r"(?:(?:first|last|given|family|sur|full|middle)_?)?name$|^[fl]name$|^(?:first|last)$"),
    "e-mail": re.compile(r"(?:^|_)e_?mail(?:_|$)|^mail$"),
    "phone": re.compile(r"(?:^|_)(?:phone|tel|telephone|mobile|cell|fax)(?:_|$|\d)"),
    "address": re.compile(r"(?:^|_)(?:address|addr|street|address_?\d|zip|zip_?code|postcode|post_?code|postal"
                          r"|postal_?code|plz|house|apartment|apt|city|town|province|state|region)(?:_|$|\d)"
                          r"|^address\d$"),
}
NOT_PERSONAL_COLUMNS = re.compile(r"(?:^|_)(?:country|country_code|currency)$")


def fold(text) -> str:
    """Return ``text`` case-folded for comparison (every alphabet; '' for missing values)."""
    if text is None or (isinstance(text, float) and pd.isna(text)) or text is pd.NA:
        return ""
    return str(text).strip().casefold()


def digits(text) -> str:
    """Return only the digits of ``text`` (for comparing phone numbers written differently)."""
    return re.sub(r"\D", "", str(text or ""))


def phone_key(text) -> str:
    """Return the last 9 digits of a phone number ('' when it has fewer than 7), so +44 20 … matches 020 …."""
    only = digits(text)
    return only[-9:] if len(only) >= 7 else ""


def looks_like_email(text) -> bool:
    """Return True when the whole value is an e-mail address."""
    return isinstance(text, str) and bool(EMAIL_WHOLE.match(text))


def looks_like_phone(text) -> bool:
    """Return True for values written like phone numbers (+44 20 7946 0958, 0712-345-678, (555) 123-4567).

    A bare run of digits without a leading 0 or + is not enough (order numbers, ids); dates are not phones.
    """
    if not isinstance(text, str) or not _PHONE_CHARS.match(text.strip()) or _DATE_LIKE.match(text.strip()):
        return False
    count = len(digits(text))
    if not 7 <= count <= 15:
        return False
    stripped = text.strip()
    return stripped.startswith(("+", "0", "(")) or bool(re.search(r"\d[\s\-/.()]+\d", stripped)) and \
        not re.fullmatch(r"\d+\.\d+", stripped)


def looks_like_street(text) -> bool:
    """Return True for values written like a street line (12 Baker Street, Hauptstraße 5, ul. Długa 10/4)."""
    return isinstance(text, str) and bool(_STREET.match(text))


def looks_like_postcode(text) -> bool:
    """Return True for values written like a postcode (SW1A 1AA, 10115, 00-950, LV-1050, 1012 AB)."""
    return isinstance(text, str) and bool(_POSTCODE.match(text))


def plain_column_name(column) -> str:
    """Return a column name lower-cased with spaces and dashes as ``_`` (``Billing Phone`` -> ``billing_phone``)."""
    return re.sub(r"[^0-9a-z]+", "_", str(column).strip().lower()).strip("_")


def hinted_kind(column) -> str | None:
    """Return the kind of customer data a column's name announces ("name", "e-mail", "phone", "address")."""
    name = plain_column_name(column)
    if NOT_PERSONAL_COLUMNS.search(name):
        return None
    for kind, pattern in _HINTS.items():
        if pattern.search(name):
            return kind
    return None


@dataclass
class KnownPeople:
    """What the shop knows about its customers, folded for matching (no order data)."""

    emails: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)
    last_names: set[str] = field(default_factory=set)
    full_names: set[str] = field(default_factory=set)  # "first last" and "last first"
    phones: set[str] = field(default_factory=set)  # phone_key
    addresses: set[str] = field(default_factory=set)  # city, company and any address column the shop has
    names_by_email: dict[str, tuple[str, str]] = field(default_factory=dict)
    products: set[str] = field(default_factory=set)  # product names, SKUs and handles, folded
    _full_name_re: re.Pattern | None = None

    def full_name_pattern(self) -> re.Pattern | None:
        """Return one regex that finds any known full name as whole words (None when there are none)."""
        if self._full_name_re is None and self.full_names:
            alternatives = sorted(self.full_names, key=len, reverse=True)
            self._full_name_re = re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in alternatives) + r")(?!\w)",
                re.IGNORECASE | re.UNICODE)
        return self._full_name_re

    def text_mentions(self, text) -> list[str]:
        """Return the kinds of customer data inside a free text ("e-mail", "name"): a known e-mail, any
        e-mail-shaped text, or a known full name."""
        folded = fold(text)
        if not folded:
            return []
        kinds = []
        if EMAIL_IN_TEXT.search(folded):
            kinds.append("e-mail")
        pattern = self.full_name_pattern()
        if pattern is not None and pattern.search(folded):
            kinds.append("name")
        return kinds


_PERSON_COLUMNS_SKIPPED = {"id", "key", "country", "accepts_marketing", "tags", "first_seen_import"}


def known_people(db: sqlite_utils.Database, with_products: bool = True) -> KnownPeople:
    """Return the shop's customers' e-mails, names, phones and addresses (and product texts), folded."""
    known = KnownPeople()
    columns = [c.name for c in db["customers"].columns] if "customers" in db.table_names() else []
    if not columns:
        return known
    address_columns = [c for c in columns if c not in _PERSON_COLUMNS_SKIPPED
                       and c not in ("email", "first_name", "last_name", "phone")]
    select = ", ".join(f'"{c}"' for c in ["email", "key", "first_name", "last_name", "phone"] + address_columns)
    for row in db.execute(f"SELECT {select} FROM customers").fetchall():
        email, key, first, last, phone = (fold(v) for v in row[:5])
        for address in row[5:]:
            if isinstance(address, str) and len(fold(address)) >= 3:
                known.addresses.add(fold(address))
        for value in (email, key):
            if "@" in value:
                known.emails.add(value)
        if len(first) >= 2:
            known.first_names.add(first)
        if len(last) >= 2:
            known.last_names.add(last)
        if first and last:
            known.full_names.update({f"{first} {last}", f"{last} {first}", f"{last}, {first}"})
        if phone_key(phone):
            known.phones.add(phone_key(phone))
        if email:
            known.names_by_email[email] = (first, last)
    if with_products and "products" in db.table_names():
        for name, sku, handle in db.execute("SELECT name, sku, handle FROM products").fetchall():
            for value in (name, sku, handle):
                if fold(value):
                    known.products.add(fold(value))
    return known


# --- columns of a table -------------------------------------------------------------------------------------

@dataclass
class ColumnVerdict:
    """What a column holds: ``kind`` ("e-mail", "name", "phone", "address") or None, ``why`` (plain words: a
    keyed Message, "" when the column holds no customer data), ``cells`` (non-empty cells) and, for free text,
    nothing (see ``scrub_text``)."""

    column: object
    kind: str | None
    why: Message | str
    cells: int


def _values(series: pd.Series) -> pd.Series:
    text = series.astype(object).where(series.notna(), "").astype(str).str.strip()
    return text[(text != "") & (text.str.lower() != "nan") & (text != "<NA>")]


def classify_column(column, series: pd.Series, known: KnownPeople) -> ColumnVerdict:
    """Return what customer data a column holds, judged by its values first and its name second."""
    values = _values(series)
    n = len(values)
    hint = hinted_kind(column)
    if n == 0:
        return ColumnVerdict(column, hint, WHY_NAME() if hint else "", 0)
    distinct = pd.Series(values.unique())
    counts = values.value_counts()
    folded = distinct.map(fold)

    def share(mask: pd.Series) -> float:
        return float(counts[distinct[mask.values].values].sum()) / n if mask.any() else 0.0

    if share(distinct.map(looks_like_email)) >= 0.5 or share(folded.isin(known.emails)) >= 0.3:
        return ColumnVerdict(column, "e-mail", WHY_EMAILS(), n)
    is_name = folded.isin(known.full_names) | folded.isin(known.first_names) | folded.isin(known.last_names)
    product_share = share(folded.isin(known.products))
    if share(is_name) >= 0.3 and product_share < 0.5:
        return ColumnVerdict(column, "name", WHY_NAMES(), n)
    if share(distinct.map(phone_key).isin(known.phones - {""})) >= 0.3 or share(distinct.map(looks_like_phone)) >= 0.5:
        return ColumnVerdict(column, "phone", WHY_PHONES(), n)
    if share(folded.isin(known.addresses)) >= 0.3 and hint != "name" and product_share < 0.5:
        return ColumnVerdict(column, "address", WHY_PLACES(), n)
    if share(distinct.map(looks_like_street)) >= 0.6 and product_share < 0.1:
        return ColumnVerdict(column, "address", WHY_STREETS(), n)
    postcodes = share(distinct.map(looks_like_postcode))
    if postcodes >= 0.8 and (hint == "address" or distinct.str.contains(r"[A-Za-z\-\s]").any()):
        return ColumnVerdict(column, "address", WHY_POSTCODES(), n)
    if hint is not None and product_share < 0.5 and _fits_hint(hint, distinct, share):
        return ColumnVerdict(column, hint, WHY_NAME_AND_VALUES(), n)
    return ColumnVerdict(column, None, "", n)


_NAME_WORDS = re.compile(r"^[^\W\d_]+(?:[ .'\-]+[^\W\d_]+)*\.?$", re.UNICODE)


def _fits_hint(hint: str, distinct: pd.Series, share) -> bool:
    """Return True when the values could be what the column's name announces (a Shopify order's ``Name`` is
    ``#1001``, not a person; ``Accepts Email Marketing`` is yes/no, not an e-mail)."""
    if hint == "name":
        return share(distinct.map(lambda v: bool(_NAME_WORDS.match(v)))) >= 0.5
    if hint == "phone":
        return share(distinct.map(lambda v: len(digits(v)) >= 5)) >= 0.5
    if hint == "address":
        return not _all_flags_or_numbers(distinct)
    return False


def _all_flags_or_numbers(distinct: pd.Series) -> bool:
    flags = {"yes", "no", "true", "false", "y", "n", "0", "1", "subscribed", "unsubscribed", "not_subscribed"}
    folded = distinct.map(fold)
    return bool(folded.isin(flags).all() or pd.to_numeric(distinct, errors="coerce").notna().all())


def is_product_column(series: pd.Series, known: KnownPeople) -> bool:
    """Return True when most values are the shop's own product names, SKUs or handles."""
    values = _values(series)
    if values.empty or not known.products:
        return False
    return float(values.map(fold).isin(known.products).mean()) >= 0.5


# --- free text ----------------------------------------------------------------------------------------------

def word_pattern(words) -> re.Pattern | None:
    """Return a regex finding any of ``words`` as whole words, case-insensitively (None for no words)."""
    words = sorted({w for w in words if w and len(w) >= 2}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)",
                      re.IGNORECASE | re.UNICODE)


def replace_folded(text: str, needle: str, replacement: str) -> tuple[str, int]:
    """Return ``text`` with every case-insensitive occurrence of ``needle`` replaced (the rest of the text
    keeps its case), and how many were replaced."""
    if not needle or not isinstance(text, str):
        return text, 0
    pattern = re.compile(re.escape(needle), re.IGNORECASE | re.UNICODE)
    new, count = pattern.subn(replacement, text)
    if count == 0 and needle.casefold() in text.casefold():
        return replacement, 1  # only full case folding finds it (ß/ss): the match cannot be located, blank the cell
    return new, count


# --- files --------------------------------------------------------------------------------------------------

TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".json", ".html", ".htm", ".liquid", ".xml")
SEARCHED_SUFFIXES = TEXT_SUFFIXES + (".xlsx",)
_MAX_FILE_BYTES = 512 * 1024 * 1024


def file_text(path: Path) -> str:
    """Return the text of a CSV/JSON/HTML file, or of every sheet and shared string of an ``.xlsx`` workbook
    (the XML inside the zip, entities decoded); '' when it cannot be read."""
    path = Path(path)
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            return ""
        if path.suffix.lower() == ".xlsx" or zipfile.is_zipfile(path):
            return _workbook_text(path)
        return path.read_bytes().decode("utf-8", "replace").lstrip("\ufeff")
    except (OSError, zipfile.BadZipFile, RuntimeError):
        return ""


def _workbook_text(path: Path) -> str:
    """Return every sheet of a workbook as comma-separated lines (cells of a row side by side, as in a CSV)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - not a workbook after all: search the XML inside the zip instead
        parts = []
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                if member.endswith(".xml"):
                    parts.append(html.unescape(re.sub(r"<[^>]+>", " ", archive.read(member).decode("utf-8", "replace"))))
        return "\n".join(parts)
    try:
        lines = []
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                lines.append(",".join("" if v is None else str(v) for v in row))
        return "\n".join(lines)
    finally:
        book.close()


def person_pattern(email: str | None, first: str | None, last: str | None) -> re.Pattern | None:
    """Return a regex that finds one person in a file's text: their e-mail, or their first and last name side by
    side in either order (``Marta Ozola``, ``Marta,Ozola`` as in a CSV row, ``Ozola, Marta``); case-insensitive."""
    parts = []
    if fold(email):
        parts.append(re.escape(fold(email)))
    first, last = fold(first), fold(last)
    if len(first) >= 2 and len(last) >= 2:
        gap = r"[\s,;\t\"'|]{1,4}"
        parts.append(rf"(?<!\w){re.escape(first)}{gap}{re.escape(last)}(?!\w)")
        parts.append(rf"(?<!\w){re.escape(last)}{gap}{re.escape(first)}(?!\w)")
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE | re.UNICODE)


def count_in_file(path: Path, needle: str, chunk_bytes: int = 16 * 1024 * 1024) -> int:
    """Return how many times ``needle`` occurs in a binary file (a shop, a backup), case-insensitively in every
    alphabet; the file is read in chunks so a large shop does not fill the memory."""
    target = fold(needle)
    if not target or not Path(path).exists():
        return 0
    overlap = len(target.encode("utf-8")) * 4
    total = 0
    tail = b""
    with open(path, "rb") as handle:
        while True:
            block = handle.read(chunk_bytes)
            if not block:
                break
            data = tail + block
            # matches wholly inside the carried-over tail were counted with the previous block
            total += data.decode("utf-8", "replace").casefold().count(target)
            total -= tail.decode("utf-8", "replace").casefold().count(target) if tail else 0
            tail = data[-overlap:]
    return total
