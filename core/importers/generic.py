"""Generic CSV/XLSX with a column mapping chosen by the user (suggested from the header, saved per header).

Mapping keys are the fields in ``MAPPING_FIELDS``; values are the file's column names. The mapping is saved as the
shop setting ``import_mapping:<header hash>`` and found again when a file with the same header is imported.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

from core.errors import ImportFailed
from core.importers import reasons as why
from core.importers.base import ImportFormat, ImportOptions, empty_canonical, mark_bad_dates, normalise_status
from core.importers.values import (
    clean_text,
    detect_day_first,
    guess_decimal_separator,
    normalise_email,
    parse_datetimes,
    parse_number,
    to_minor_units,
)
from core.messages import Message, MessageTemplate


def _label(field: str, english: str) -> Message:
    return MessageTemplate(f"import.field.{field}", english)()


# field -> (plain label, a keyed Message; required?; header words that suggest it, several languages)
MAPPING_FIELDS: dict[str, tuple[Message, bool, tuple[str, ...]]] = {
    "customer_id": (_label("customer_id", "Customer id"), False, ("customer id", "customerid", "customer_id",
        "client id", "klient", "id klienta", "kunde", "kundennummer", "клиент", "client", "customer")),
    "email": (_label("email", "Customer e-mail"), False, ("email", "e-mail", "mail", "adres e-mail", "почта",
        "courriel")),
    "order_id": (_label("order_id", "Order / invoice number"), False, ("order id", "order_id", "order",
        "order number", "invoice", "invoiceno", "zamówienie", "nr zamówienia", "numer", "bestellung", "заказ",
        "commande", "faktura", "rechnung")),
    "date": (_label("date", "Order date"), True, ("date", "order date", "data", "datum", "дата", "created",
        "invoicedate", "data zamówienia", "bestelldatum")),
    "product_id": (_label("product_id", "Product code / SKU"), False, ("sku", "product id", "stockcode",
        "product code", "kod", "artikelnummer", "артикул", "code", "ean", "indeks")),
    "product_name": (_label("product_name", "Product name"), False, ("product", "product name", "description", "item",
        "nazwa", "produkt", "товар", "artikel", "name", "towar")),
    "quantity": (_label("quantity", "Quantity"), False, ("quantity", "qty", "ilość", "ilosc", "menge", "количество",
        "anzahl", "quantité", "units")),
    "price": (_label("price", "Unit price"), False, ("price", "unit price", "unitprice", "cena", "preis", "цена",
        "prix", "cena jednostkowa")),
    "line_total": (_label("line_total", "Line total"), False, ("total", "line total", "amount", "wartość", "wartosc",
        "summe", "сумма", "betrag", "kwota", "value", "revenue")),
    "category": (_label("category", "Category"), False, ("category", "kategoria", "kategorie", "категория",
        "catégorie")),
    "country": (_label("country", "Country"), False, ("country", "kraj", "land", "страна", "pays")),
    "status": (_label("status", "Order status"), False, ("status", "state", "статус", "stan")),
}


def header_hash(columns: list[str]) -> str:
    """Return a short stable hash of a header (column names, trimmed and lower-cased, in order)."""
    text = "\x1f".join(str(c).strip().lower() for c in columns)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def mapping_setting_key(columns: list[str]) -> str:
    """Return the shop-setting key under which the mapping for this header is saved."""
    return f"import_mapping:{header_hash(columns)}"


def _norm(name: str) -> str:
    return re.sub(r"[\s_\-.#]+", " ", str(name).strip().lower()).strip()


def suggest_mapping(columns: list[str]) -> dict[str, str]:
    """Return a suggested {field: column} mapping from header words (exact words first, then contained)."""
    normalised = {c: _norm(c) for c in columns}
    used: set[str] = set()
    mapping: dict[str, str] = {}
    for exact in (True, False):
        for field, (_label, _req, words) in MAPPING_FIELDS.items():
            if field in mapping:
                continue
            for word in words:
                hit = next((c for c, n in normalised.items() if c not in used and
                            (n == _norm(word) if exact else _norm(word) in n.split() or
                             (len(_norm(word)) > 4 and _norm(word) in n))), None)
                if hit:
                    mapping[field] = hit
                    used.add(hit)
                    break
    return mapping


CHOOSE_FIELD = MessageTemplate("import.mapping.choose_field", "Choose the column for '{field}'.")
CHOOSE_ORDER = MessageTemplate(
    "import.mapping.choose_order", "Choose the column for the order number, or for the customer (each customer's "
    "purchases on one day then form one order).")
CHOOSE_PRODUCT = MessageTemplate("import.mapping.choose_product",
                                 "Choose the column for the product name or the product code.")
CHOOSE_PRICE = MessageTemplate("import.mapping.choose_price", "Choose the column for the unit price or the line total.")
NO_SUCH_COLUMN = MessageTemplate("import.mapping.no_such_column", "The file has no column '{column}'.")
MAPPING_INCOMPLETE = MessageTemplate("import.error.mapping_incomplete", "The column mapping is not complete: {problems}")
PROBLEMS = MessageTemplate("import.mapping.problems", "{first} {then}")


def check_mapping(mapping: dict[str, str], columns: list[str]) -> list[Message]:
    """Return plain problems (keyed Messages) with a mapping (missing required fields, unknown columns); empty when usable."""
    problems = []
    for field, (label, required, _words) in MAPPING_FIELDS.items():
        if required and not mapping.get(field):
            problems.append(CHOOSE_FIELD(field=label))
    if not (mapping.get("order_id") or mapping.get("customer_id") or mapping.get("email")):
        problems.append(CHOOSE_ORDER())
    if not (mapping.get("product_id") or mapping.get("product_name")):
        problems.append(CHOOSE_PRODUCT())
    if not (mapping.get("price") or mapping.get("line_total")):
        problems.append(CHOOSE_PRICE())
    for field, col in mapping.items():
        if col and col not in columns:
            problems.append(NO_SUCH_COLUMN(column=col))
    return problems


class GenericFormat(ImportFormat):
    key = "generic"
    label = MessageTemplate("import.format.generic", "Any table (choose the columns)")()
    platform = "generic"
    signature = ()

    def _col(self, raw: pd.DataFrame, options: ImportOptions, field: str) -> pd.Series:
        name = options.mapping.get(field)
        if name and name in raw.columns:
            return raw[name]
        return pd.Series(pd.NA, index=raw.index, dtype="string")

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        problems = check_mapping(options.mapping, list(sample.columns))
        if problems:
            joined = problems[0]
            for problem in problems[1:]:
                joined = PROBLEMS(first=joined, then=problem)
            raise ImportFailed(MAPPING_INCOMPLETE(problems=joined))
        if options.decimal is None:
            money = self._col(sample, options, "price")
            if money.isna().all():
                money = self._col(sample, options, "line_total")
            options.decimal = guess_decimal_separator(money)
        if options.day_first is None:
            options.day_first = detect_day_first(self._col(sample, options, "date"))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        col = lambda field: self._col(raw, options, field)  # noqa: E731
        out = empty_canonical(raw.index)
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes(col("date"), options.day_first)
        order = clean_text(col("order_id"))
        if not options.mapping.get("order_id"):
            # no order numbers: one order per customer and day
            who = normalise_email(col("email")).fillna(clean_text(col("customer_id")))
            order = (who + "@" + out["ordered_at"].astype("string").str[:10]).astype("string")
        out["order_id"] = order
        status_text = col("status")
        if status_text.isna().all():
            out["status"], out["is_cancelled"] = "paid", 0
        else:
            out["status"], out["is_cancelled"] = normalise_status(status_text)
        out["currency"] = options.currency or "EUR"
        out["customer_email"] = normalise_email(col("email"))
        out["customer_external_id"] = clean_text(col("customer_id")).str.replace(r"\.0$", "", regex=True)
        out["country"] = clean_text(col("country"))
        out["sku"] = clean_text(col("product_id"))
        out["product_name"] = clean_text(col("product_name")).fillna(out["sku"])
        out["category"] = clean_text(col("category"))
        quantity = parse_number(col("quantity"), ".")
        quantity = quantity.where(col("quantity").notna(), 1.0) if options.mapping.get("quantity") is None else quantity
        price = parse_number(col("price"), options.decimal)
        total = parse_number(col("line_total"), options.decimal)
        total = total.fillna(price * quantity)
        price = price.fillna(total / quantity.replace(0, np.nan))
        # A return: a negative quantity or amount makes both negative, so it takes money off instead of adding.
        returned = (quantity < 0).fillna(False) | (total < 0).fillna(False)
        quantity = quantity.where(~returned, -quantity.abs())
        total = total.where(~returned, -total.abs())
        price = price.abs()
        out["quantity"] = quantity
        out["unit_price_minor"] = to_minor_units(price)
        out["line_total_minor"] = to_minor_units(total)
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[total.isna()] = why.PRICE_OR_TOTAL_NOT_A_NUMBER
        reason[quantity.isna()] = why.QUANTITY_NOT_A_NUMBER
        reason[out["product_name"].isna()] = why.NO_PRODUCT_NAME_OR_CODE
        mark_bad_dates(reason, out["ordered_at"], col("date"), options.day_first)
        reason[order.isna()] = (why.NO_ORDER_NUMBER if options.mapping.get("order_id")
                                else why.NO_CUSTOMER_FOR_ORDER)
        out["skip_reason"] = reason
        return out
