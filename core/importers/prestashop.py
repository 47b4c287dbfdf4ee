"""PrestaShop back-office order list export (``ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date``).

The list has one row per order and no line items: each order is imported with one placeholder line carrying
the order total, marked as not a product, so revenue and customers work while baskets stay empty.
"""

from __future__ import annotations

import pandas as pd

from core.importers import reasons as why
from core.importers.base import (
    ORDER_TOTAL_NAME,
    ORDER_TOTAL_SKU,
    ImportFormat,
    ImportOptions,
    column,
    empty_canonical,
    mark_bad_dates,
    normalise_status,
)
from core.importers.shopify import split_name
from core.messages import MessageTemplate
from core.importers.values import (
    clean_text,
    detect_day_first,
    guess_decimal_separator,
    normalise_email,
    parse_datetimes,
    parse_number,
    to_minor_units,
)

_SYMBOLS = {"zł": "PLN", "€": "EUR", "₽": "RUB", "$": "USD", "£": "GBP", "kč": "CZK", "ft": "HUF", "lei": "RON"}


def currency_from_symbols(values: pd.Series, default: str) -> pd.Series:
    """Return an ISO currency code per cell from a symbol in it (``12,50 zł`` -> PLN), else ``default``."""
    text = clean_text(values).str.lower()
    out = pd.Series(default, index=values.index, dtype=object)
    for symbol, code in _SYMBOLS.items():
        out[text.str.contains(symbol, regex=False).fillna(False).to_numpy(dtype=bool)] = code
    iso = text.str.extract(r"\b([a-z]{3})\b")[0].str.upper()
    known = iso.isin(["PLN", "EUR", "USD", "GBP", "RUB", "CZK", "HUF", "RON", "SEK", "DKK", "NOK", "CHF", "BRL", "UAH"])
    out[known.fillna(False).to_numpy(dtype=bool)] = iso[known.fillna(False).to_numpy(dtype=bool)]
    return out


class PrestaShopFormat(ImportFormat):
    key = "prestashop"
    label = MessageTemplate("import.format.prestashop", "PrestaShop order list (order totals only)")()
    platform = "prestashop"
    order_level_only = True
    signature = (("ID", "id_order"), ("Reference",), ("New client",), ("Delivery", "Country"), ("Customer",),
                 ("Total",), ("Payment",), ("Status",), ("Date",))
    notice = MessageTemplate(
        "import.notice.order_totals_only", "This PrestaShop export lists orders without their line items: revenue and "
        "customers are imported, but baskets and product pairs need an export with line items.")()

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        if options.decimal is None:
            options.decimal = guess_decimal_separator(column(sample, "Total"))
        if options.day_first is None:
            options.day_first = detect_day_first(column(sample, "Date"))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)
        order = clean_text(column(raw, "ID", "id_order"))
        out["order_id"] = order
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes(column(raw, "Date"), options.day_first)
        out["status"], out["is_cancelled"] = normalise_status(column(raw, "Status"))
        total_text = column(raw, "Total")
        out["currency"] = currency_from_symbols(total_text, options.currency or "EUR")
        total = parse_number(total_text, options.decimal)
        out["order_total_minor"] = to_minor_units(total)
        customer = clean_text(column(raw, "Customer"))
        email = normalise_email(column(raw, "Email", "E-mail"))
        out["customer_email"] = email
        # The list shows "J. Doe" style names only: the name is the best id the export gives.
        out["customer_external_id"] = customer.str.lower()
        out["first_name"], out["last_name"] = split_name(customer)
        out["country"] = clean_text(column(raw, "Delivery", "Country"))
        out["sku"] = ORDER_TOTAL_SKU
        out["product_name"] = ORDER_TOTAL_NAME
        out["quantity"] = 1.0
        out["unit_price_minor"] = out["order_total_minor"]
        out["line_total_minor"] = out["order_total_minor"]
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[total.isna()] = why.TOTAL_NOT_A_NUMBER
        mark_bad_dates(reason, out["ordered_at"], column(raw, "Date"), options.day_first)
        reason[order.isna()] = why.NO_ORDER_ID
        out["skip_reason"] = reason
        return out
