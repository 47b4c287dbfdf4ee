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
from core.importers.diagnose import CUSTOMER, DATE, ORDER_NUMBER, PRICE, PRODUCT, QUANTITY, TOTAL
from core.importers.shopify import ShopifyCustomersFormat, split_name
from core.messages import MessageTemplate
from core.importers.values import (
    clean_text,
    detect_day_first,
    guess_decimal_separator,
    normalise_email,
    parse_bool,
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


# The order list's columns as the back office writes them in English, Polish, Latvian and Russian (the export
# uses the back office's language).
LIST_ID = ("ID", "id_order")
LIST_REFERENCE = ("Reference", "Indeks", "Atsauce", "Артикул", "Ссылка")
LIST_NEW = ("New client", "Nowy klient", "Jauns klients", "Новый клиент")
LIST_DELIVERY = ("Delivery", "Country", "Dostawa", "Kraj", "Piegāde", "Valsts", "Доставка", "Страна")
LIST_CUSTOMER = ("Customer", "Klient", "Klients", "Клиент", "Покупатель")
LIST_TOTAL = ("Total", "Razem", "Suma", "Kopā", "Kopsumma", "Итого", "Всего", "Сумма")
LIST_PAYMENT = ("Payment", "Płatność", "Maksājums", "Оплата")
LIST_STATUS = ("Status", "Statuss", "Статус")
LIST_DATE = ("Date", "Data", "Datums", "Дата")


class PrestaShopFormat(ImportFormat):
    key = "prestashop"
    label = MessageTemplate("import.format.prestashop", "PrestaShop order list (order totals only)")()
    platform = "prestashop"
    order_level_only = True
    signature = (LIST_ID, LIST_REFERENCE, LIST_NEW, LIST_DELIVERY, LIST_CUSTOMER, LIST_TOTAL, LIST_PAYMENT,
                 LIST_STATUS, LIST_DATE)
    required = ((ORDER_NUMBER, LIST_ID), (DATE, LIST_DATE), (TOTAL, LIST_TOTAL))
    notice = MessageTemplate(
        "import.notice.order_totals_only", "This PrestaShop export lists orders without their line items: revenue and "
        "customers are imported, but baskets and product pairs need an export with line items.")()

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        if options.decimal is None:
            options.decimal = guess_decimal_separator(column(sample, *LIST_TOTAL))
        if options.day_first is None:
            options.day_first = detect_day_first(column(sample, *LIST_DATE))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)
        order = clean_text(column(raw, *LIST_ID))
        out["order_id"] = order
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes(column(raw, *LIST_DATE), options.day_first)
        out["status"], out["is_cancelled"] = normalise_status(column(raw, *LIST_STATUS))
        total_text = column(raw, *LIST_TOTAL)
        out["currency"] = currency_from_symbols(total_text, options.currency or options.locale_currency or "EUR")
        total = parse_number(total_text, options.decimal)
        out["order_total_minor"] = to_minor_units(total)
        customer = clean_text(column(raw, *LIST_CUSTOMER))
        email = normalise_email(column(raw, "Email", "E-mail"))
        out["customer_email"] = email
        # The list shows "J. Doe" style names only: the name is the best id the export gives.
        out["customer_external_id"] = customer.str.lower()
        out["first_name"], out["last_name"] = split_name(customer)
        out["country"] = clean_text(column(raw, *LIST_DELIVERY))
        out["sku"] = ORDER_TOTAL_SKU
        out["product_name"] = ORDER_TOTAL_NAME
        out["quantity"] = 1.0
        out["unit_price_minor"] = out["order_total_minor"]
        out["line_total_minor"] = out["order_total_minor"]
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[total.isna()] = why.TOTAL_NOT_A_NUMBER
        mark_bad_dates(reason, out["ordered_at"], column(raw, *LIST_DATE), options.day_first)
        reason[order.isna()] = why.NO_ORDER_ID
        out["skip_reason"] = reason
        return out


ORDER_DETAIL_EXPORT = MessageTemplate(
    "import.prestashop.detail_export", "PrestaShop's order details (Advanced Parameters → SQL Manager: a query over "
    "order_detail with id_order, product_name, product_reference, product_quantity and unit_price_tax_excl, "
    "exported as CSV)")
PrestaShopFormat.products_export = ORDER_DETAIL_EXPORT()

_DETAIL_ORDER = ("id_order", "Order ID", "order_id")
_DETAIL_DATE = ("date_add", "invoice_date", "order_date", "Date")
_DETAIL_UNIT = ("unit_price_tax_excl", "unit_price_tax_incl", "product_price", "original_product_price")
_DETAIL_TOTAL = ("total_price_tax_excl", "total_price_tax_incl")


class PrestaShopDetailFormat(ImportFormat):
    """PrestaShop order details, one row per product sold (the ``order_detail`` table's fields, as the back
    office SQL manager or an export module writes them, ``;`` separated).

    Money: ``total_price_tax_excl`` (else unit price × quantity) is a line's value after its own reductions; the
    order's cart-rule discount (``total_discounts_tax_excl``, repeated on its rows) is read once per order and
    shared over its lines; shipping (``total_shipping_tax_excl``) is kept apart.
    """

    key = "prestashop_details"
    label = MessageTemplate("import.format.prestashop_details", "PrestaShop order details (one row per product)")()
    platform = "prestashop"
    signature = (_DETAIL_ORDER, ("product_name",), ("product_quantity",), _DETAIL_UNIT + _DETAIL_TOTAL,
                 _DETAIL_DATE)
    required = ((ORDER_NUMBER, _DETAIL_ORDER), (DATE, _DETAIL_DATE), (PRODUCT, ("product_name", "product_reference")),
                (QUANTITY, ("product_quantity",)), (PRICE, _DETAIL_UNIT + _DETAIL_TOTAL))

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        if options.decimal is None:
            options.decimal = guess_decimal_separator(column(sample, *_DETAIL_TOTAL, *_DETAIL_UNIT))
        if options.day_first is None:
            options.day_first = detect_day_first(column(sample, *_DETAIL_DATE))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)
        dec = options.decimal
        order = clean_text(column(raw, *_DETAIL_ORDER))
        out["order_id"] = order
        raw_dates = column(raw, *_DETAIL_DATE)
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes(raw_dates, options.day_first)
        out["status"], out["is_cancelled"] = normalise_status(column(raw, "order_state", "status", "Status",
                                                                     "current_state_name"))
        out["currency"] = clean_text(column(raw, "currency", "iso_code")).fillna(
            options.currency or options.locale_currency or "EUR")
        out["order_total_minor"] = to_minor_units(parse_number(column(raw, "total_paid_tax_incl", "total_paid"), dec))
        out["shipping_minor"] = to_minor_units(parse_number(column(raw, "total_shipping_tax_excl",
                                                                   "total_shipping"), dec))
        out["discount_minor"] = to_minor_units(parse_number(column(raw, "total_discounts_tax_excl",
                                                                   "total_discounts"), dec).groupby(order).transform(
                                                                       "first"))
        out["customer_email"] = normalise_email(column(raw, "email", "Email", "customer_email"))
        out["customer_external_id"] = clean_text(column(raw, "id_customer", "customer_id"))
        out["first_name"] = clean_text(column(raw, "firstname", "first_name"))
        out["last_name"] = clean_text(column(raw, "lastname", "last_name"))
        out["phone"] = clean_text(column(raw, "phone", "phone_mobile"))
        out["country"] = clean_text(column(raw, "country", "iso_country"))
        out["city"] = clean_text(column(raw, "city"))
        out["sku"] = clean_text(column(raw, "product_reference", "reference_product"))
        out["product_name"] = clean_text(column(raw, "product_name"))
        out["category"] = clean_text(column(raw, "category", "category_name"))
        quantity = parse_number(column(raw, "product_quantity"), ".")
        unit = parse_number(column(raw, *_DETAIL_UNIT), dec)
        total = parse_number(column(raw, *_DETAIL_TOTAL), dec).fillna(unit * quantity)
        unit = unit.fillna(total / quantity.replace(0, float("nan")))
        out["quantity"] = quantity
        out["unit_price_minor"] = to_minor_units(unit)
        out["line_total_minor"] = to_minor_units(total)
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[total.isna()] = why.LINE_TOTAL_NOT_A_NUMBER
        reason[quantity.isna()] = why.QUANTITY_NOT_A_NUMBER
        reason[out["product_name"].isna() & out["sku"].isna()] = why.NO_PRODUCT_NAME_OR_SKU
        mark_bad_dates(reason, out["ordered_at"], raw_dates, options.day_first)
        reason[order.isna()] = why.NO_ORDER_NUMBER
        out["skip_reason"] = reason
        return out


class PrestaShopCustomersFormat(ImportFormat):
    """PrestaShop back office customer list (Customers → Export): ``ID;Title;Last name;First Name;Email address;
    Age;Enabled;News.;Opt.;Registration;Last visit`` (1.6) or ``ID;Social title;First name;Last name;Email;Sales;
    Enabled;Newsletter;Partner offers;Registration;Last visit`` (1.7, 8). ``News.`` / ``Newsletter`` is the e-mail
    marketing consent (1 / 0; unknown when empty), ``Registration`` the sign-up date."""

    key = "prestashop_customers"
    label = MessageTemplate("import.format.prestashop_customers", "PrestaShop customers export")()
    platform = "prestashop"
    customers_only = True
    signature = (("ID",), ("Last name",), ("First name",), ("Email", "Email address"), ("Newsletter", "News."),
                 ("Registration",))
    required = ((CUSTOMER, ("Email", "Email address", "ID")),)
    notice = ShopifyCustomersFormat.notice

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)
        out["customer_external_id"] = clean_text(column(raw, "ID", "id_customer"))
        out["customer_email"] = normalise_email(column(raw, "Email", "Email address", "E-mail"))
        out["first_name"] = clean_text(column(raw, "First name"))
        out["last_name"] = clean_text(column(raw, "Last name"))
        out["company"] = clean_text(column(raw, "Company"))
        out["accepts_marketing"] = parse_bool(column(raw, "Newsletter", "News."))
        day_first = options.day_first if options.day_first is not None else detect_day_first(
            column(raw, "Registration"))
        out["created_at"] = parse_datetimes(column(raw, "Registration"), day_first)[0]
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[out["customer_email"].isna() & out["customer_external_id"].isna()] = why.NO_EMAIL_OR_CUSTOMER_ID
        out["skip_reason"] = reason
        return out
