"""Generic CSV/XLSX with a column mapping chosen by the user (suggested from the header, saved per header).

Mapping keys are the fields in ``MAPPING_FIELDS``; values are the file's column names. The mapping is saved as the
shop setting ``import_mapping:<header hash>`` and found again when a file with the same header is imported.
``guess_mapping`` is the one guess from header words (English, Polish, Latvian, Russian): the wizard shows it and
the command line imports with it when nothing needed is left unplaced.

Order-level values (date, e-mail, customer, currency, status, order total, discount, refund) written on an order's
first row only are carried to its other rows. An order total is never summed over rows: with products it is kept
as the order's total; without products (``order_totals_only``) each order gets one value line (not a product,
``lines_known`` = 0) worth its total less a partial refund. The currency comes from a mapped column, else the
owner's choice, else the file's language (``ImportOptions.locale_currency``); with none of them the import asks.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

from core.errors import ImportFailed
from core.importers import reasons as why
from core.importers.base import (
    ORDER_TOTAL_NAME,
    ORDER_TOTAL_SKU,
    ImportFormat,
    ImportOptions,
    empty_canonical,
    mark_bad_dates,
    normalise_status,
)
from core.importers.shopify import carry_forward, split_name
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


# field -> (plain label, a keyed Message; required?; header words that suggest it: English, Polish, Latvian,
# Russian and a few German / French ones). Exact names are matched first, then words inside longer names.
MAPPING_FIELDS: dict[str, tuple[Message, bool, tuple[str, ...]]] = {
    "customer_id": (_label("customer_id", "Customer id"), False, (
        "customer id", "customerid", "customer_id", "client id", "klient", "id klienta", "kunde", "kundennummer",
        "client", "customer", "klienta id", "klienta numurs", "id клиента", "код клиента", "клиент id")),
    "email": (_label("email", "Customer e-mail"), False, (
        "email", "e-mail", "mail", "adres e-mail", "e-pasts", "epasts", "почта", "электронная почта", "courriel",
        "customer email", "billing email")),
    "order_id": (_label("order_id", "Order / invoice number"), False, (
        "order id", "order_id", "order", "order number", "order no", "order #", "invoice", "invoiceno",
        "invoice number", "zamówienie", "nr zamówienia", "numer zamówienia", "id zamówienia", "numer", "bestellung",
        "заказ", "номер заказа", "№ заказа", "commande", "faktura", "rechnung", "pasūtījuma numurs",
        "pasūtījuma nr", "pasūtījums", "pasutijuma numurs")),
    "date": (_label("date", "Order date"), True, (
        "date", "order date", "data", "datum", "дата", "created", "created at", "invoicedate", "data zamówienia",
        "bestelldatum", "datums", "pasūtījuma datums", "дата заказа")),
    "product_id": (_label("product_id", "Product code / SKU"), False, (
        "sku", "product id", "stockcode", "product code", "kod", "kod produktu", "artikelnummer", "артикул",
        "код товара", "code", "ean", "indeks", "artikuls", "preces kods", "kods")),
    "product_name": (_label("product_name", "Product name"), False, (
        "product", "product name", "description", "item", "item name", "nazwa", "nazwa produktu", "produkt",
        "товар", "наименование", "название товара", "artikel", "name", "towar", "produkts", "prece",
        "preces nosaukums", "nosaukums")),
    "quantity": (_label("quantity", "Quantity"), False, (
        "quantity", "qty", "ilość", "ilosc", "menge", "количество", "кол-во", "anzahl", "quantité", "units",
        "daudzums", "skaits")),
    "price": (_label("price", "Unit price"), False, (
        "price", "unit price", "unitprice", "cena", "preis", "цена", "prix", "cena jednostkowa", "vienības cena",
        "цена за единицу", "item price", "item cost")),
    "line_total": (_label("line_total", "Line total"), False, (
        "total", "line total", "amount", "wartość", "wartosc", "wartość pozycji", "summe", "сумма", "betrag",
        "kwota", "value", "revenue", "summa", "стоимость", "item total")),
    "order_total": (_label("order_total", "Order total"), False, (
        "order total", "order value", "grand total", "total paid", "wartość zamówienia", "suma zamówienia",
        "kwota zamówienia", "pasūtījuma summa", "pasūtījuma kopsumma", "kopā", "итого", "сумма заказа",
        "итоговая сумма", "bestellsumme")),
    "currency": (_label("currency", "Currency"), False, ("currency", "waluta", "valūta", "valuta", "валюта",
                                                         "währung", "devise")),
    "customer_name": (_label("customer_name", "Customer name"), False, (
        "customer name", "full name", "buyer", "billing name", "nazwa klienta", "imię i nazwisko", "klient nazwa",
        "vārds uzvārds", "klienta vārds", "покупатель", "фио", "имя клиента")),
    "first_name": (_label("first_name", "First name"), False, ("first name", "firstname", "given name", "imię",
                                                               "imie", "vārds", "имя", "vorname", "prénom")),
    "last_name": (_label("last_name", "Last name"), False, ("last name", "lastname", "surname", "family name",
                                                            "nazwisko", "uzvārds", "фамилия", "nachname", "nom")),
    "phone": (_label("phone", "Phone"), False, ("phone", "telephone", "phone number", "telefon", "tel",
                                                "numer telefonu", "tālrunis", "telefons", "телефон")),
    "category": (_label("category", "Category"), False, ("category", "kategoria", "kategorie", "категория",
                                                         "catégorie", "kategorija")),
    "country": (_label("country", "Country"), False, ("country", "kraj", "land", "страна", "pays", "valsts")),
    "status": (_label("status", "Order status"), False, ("status", "state", "статус", "stan", "status zamówienia",
                                                         "statuss", "статус заказа")),
    "refund_amount": (_label("refund_amount", "Refund amount"), False, (
        "refund", "refunded", "refund amount", "amount refunded", "refunded amount", "zwrot", "kwota zwrotu",
        "atmaksa", "atmaksāts", "возврат", "сумма возврата")),
    "discount_amount": (_label("discount_amount", "Discount amount"), False, (
        "discount", "discount amount", "discounts", "rabat", "zniżka", "upust", "atlaide", "скидка",
        "сумма скидки", "rabatt")),
    "discount_code": (_label("discount_code", "Discount code"), False, (
        "discount code", "coupon", "coupon code", "coupons", "kod rabatowy", "kupon", "atlaides kods", "kupons",
        "промокод", "купон", "gutschein")),
    "product_url": (_label("product_url", "Product URL"), False, ("product url", "url", "link", "product link",
                                                                  "link do produktu", "saite", "ссылка")),
}
# Fields whose value belongs to the order: an export may write them on the order's first row only.
ORDER_LEVEL_FIELDS = ("date", "email", "customer_id", "customer_name", "first_name", "last_name", "phone", "country",
                      "currency", "status", "order_total", "refund_amount", "discount_amount", "discount_code")


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
CURRENCY_NEEDED = MessageTemplate(
    "import.error.currency_needed", "{file} does not say which currency its amounts are in; choose the currency "
    "(on the command line: --currency, e.g. --currency PLN).")


def order_totals_only(mapping: dict[str, str]) -> bool:
    """Return True when a mapping has an order total but no product or line money: one value line per order."""
    return bool(mapping.get("order_total")) and not (
        mapping.get("product_id") or mapping.get("product_name") or mapping.get("price") or mapping.get("line_total"))


def unplaced_fields(mapping: dict[str, str]) -> list[str]:
    """Return the fields (MAPPING_FIELDS keys) a mapping still needs: the date, the order number (or a customer),
    the product and the price (or line total); an order total stands in for the last two."""
    missing = [field for field, (_l, required, _w) in MAPPING_FIELDS.items() if required and not mapping.get(field)]
    if not (mapping.get("order_id") or mapping.get("customer_id") or mapping.get("email")):
        missing.append("order_id")
    if not order_totals_only(mapping):
        if not (mapping.get("product_id") or mapping.get("product_name")):
            missing.append("product_name")
        if not (mapping.get("price") or mapping.get("line_total")):
            missing.append("price")
    return missing


def check_mapping(mapping: dict[str, str], columns: list[str]) -> list[Message]:
    """Return plain problems (keyed Messages) with a mapping (missing required fields, unknown columns); empty when usable."""
    problems = []
    missing = unplaced_fields(mapping)
    for field, (label, required, _words) in MAPPING_FIELDS.items():
        if required and field in missing:
            problems.append(CHOOSE_FIELD(field=label))
    if "order_id" in missing:
        problems.append(CHOOSE_ORDER())
    if "product_name" in missing:
        problems.append(CHOOSE_PRODUCT())
    if "price" in missing:
        problems.append(CHOOSE_PRICE())
    for field, col in mapping.items():
        if col and col not in columns:
            problems.append(NO_SUCH_COLUMN(column=col))
    return problems


def guess_mapping(columns: list[str]) -> tuple[dict[str, str], list[str]]:
    """Return (the suggested mapping, the fields it could not place) for a header: the one guess the wizard shows
    and the command line imports with. A file is imported without questions when nothing is left unplaced and it
    has an order number."""
    mapping = suggest_mapping(columns)
    # A bare "Total" beside a unit price is the order's total (Shopify-like exports), not a line's: lines are then
    # worth price × quantity and the order total is read once per order, never summed.
    bare = {_norm(w) for w in ("total", "amount", "sum", "suma", "summa", "сумма", "razem", "kopā", "итого")}
    if mapping.get("price") and mapping.get("line_total") and not mapping.get("order_total") \
            and _norm(mapping["line_total"]) in bare:
        mapping["order_total"] = mapping.pop("line_total")
    missing = unplaced_fields(mapping)
    if not mapping.get("order_id") and "order_id" not in missing:
        missing.insert(0, "order_id")
    return mapping, missing


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
        options.state.pop("carry", None)
        problems = check_mapping(options.mapping, list(sample.columns))
        if problems:
            joined = problems[0]
            for problem in problems[1:]:
                joined = PROBLEMS(first=joined, then=problem)
            raise ImportFailed(MAPPING_INCOMPLETE(problems=joined))
        if options.decimal is None:
            money = self._col(sample, options, "price")
            for field in ("line_total", "order_total"):
                if money.isna().all():
                    money = self._col(sample, options, field)
            options.decimal = guess_decimal_separator(money)
        if options.day_first is None:
            options.day_first = detect_day_first(self._col(sample, options, "date"))
        if not (options.mapping.get("currency") or options.currency or options.locale_currency):
            raise ImportFailed(CURRENCY_NEEDED(file=options.state.get("file_name", "The file")))

    def _carried(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        """Return ``raw`` with the order-level columns of each order's first row carried to its other rows."""
        order_col = options.mapping.get("order_id")
        if not order_col or order_col not in raw.columns:
            return raw
        fields = [options.mapping[f] for f in ORDER_LEVEL_FIELDS if options.mapping.get(f) in raw.columns]
        return carry_forward(raw, order_col, list(dict.fromkeys(fields)), options)

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        raw = self._carried(raw, options)
        col = lambda field: self._col(raw, options, field)  # noqa: E731
        dec = options.decimal
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
        out["currency"] = clean_text(col("currency")).str.upper().fillna(
            options.currency or options.locale_currency or "")
        out["customer_email"] = normalise_email(col("email"))
        out["customer_external_id"] = clean_text(col("customer_id")).str.replace(r"\.0$", "", regex=True)
        first, last = split_name(col("customer_name"))
        out["first_name"] = clean_text(col("first_name")).fillna(first)
        out["last_name"] = clean_text(col("last_name")).fillna(last)
        out["phone"] = clean_text(col("phone"))
        out["country"] = clean_text(col("country"))
        order_total = parse_number(col("order_total"), dec)
        out["order_total_minor"] = to_minor_units(order_total)
        out["discount_code"] = clean_text(col("discount_code"))
        discount = parse_number(col("discount_amount"), dec).abs()
        refund = parse_number(col("refund_amount"), dec).abs()
        out["refunded_minor"] = to_minor_units(refund)
        reason = pd.Series(None, index=raw.index, dtype="object")
        if order_totals_only(options.mapping):
            # one value line per order (not a product): the order's total, of which a refund is taken off
            first_row = ~order.duplicated() | order.isna()
            out["sku"] = ORDER_TOTAL_SKU
            out["product_name"] = ORDER_TOTAL_NAME
            out["quantity"] = 1.0
            out["unit_price_minor"] = out["order_total_minor"]
            out["line_total_minor"] = out["order_total_minor"]
            out["order_discount_minor"] = 0  # a total is after its discounts
            out["discount_minor"] = to_minor_units(discount)
            out["lines_known"] = 0
            reason[order_total.isna()] = why.TOTAL_NOT_A_NUMBER
            reason[~first_row.to_numpy(dtype=bool) & reason.isna().to_numpy(dtype=bool)] = why.ORDER_ALREADY_LISTED
        else:
            out["sku"] = clean_text(col("product_id"))
            out["product_name"] = clean_text(col("product_name")).fillna(out["sku"])
            out["category"] = clean_text(col("category"))
            if options.mapping.get("product_url"):
                out["product_url"] = clean_text(col("product_url"))
            quantity = parse_number(col("quantity"), ".")
            quantity = quantity.where(col("quantity").notna(), 1.0) if options.mapping.get("quantity") is None \
                else quantity
            price = parse_number(col("price"), dec)
            total = parse_number(col("line_total"), dec)
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
            # an order's discount, read from its rows once (the first row that states it), shared over its lines
            out["discount_minor"] = to_minor_units(discount.groupby(order).transform("first")) \
                if options.mapping.get("discount_amount") else pd.NA
            reason[total.isna()] = why.PRICE_OR_TOTAL_NOT_A_NUMBER
            reason[quantity.isna()] = why.QUANTITY_NOT_A_NUMBER
            reason[out["product_name"].isna()] = why.NO_PRODUCT_NAME_OR_CODE
        mark_bad_dates(reason, out["ordered_at"], col("date"), options.day_first)
        reason[order.isna()] = (why.NO_ORDER_NUMBER if options.mapping.get("order_id")
                                else why.NO_CUSTOMER_FOR_ORDER)
        out["skip_reason"] = reason
        return out
