"""Shopify admin exports: ``orders_export.csv`` (one row per line item) and the customers export.

Orders: order-level fields (Email, Financial Status, Currency, Total, Created at, Billing …) are filled only on
each order's first row; they are carried forward to the order's other rows, also across chunk boundaries.
Refunded and voided orders, and orders with ``Cancelled at``, are kept but marked as not counting.
Money: ``Lineitem price`` × quantity is a line's gross, ``Lineitem discount`` its own discount; ``Discount Amount``
is the order's whole discount (line discounts included), the rest of which is shared over the lines; a
``partially_refunded`` order's ``Refunded Amount`` is shared over its lines too (core.importers.allocate), so the
lines' net adds up to ``Subtotal`` less the refund. Shipping and taxes are kept per order, apart.
Customers: merged into the shop's customers (identity, e-mail and SMS consent as of the file's date, tags).
"""

from __future__ import annotations

import pandas as pd

from core.importers import reasons as why
from core.messages import MessageTemplate
from core.importers.base import (ImportFormat, ImportOptions, column, empty_canonical, mark_bad_dates,
                                 normalise_status)
from core.importers.values import (
    clean_text,
    guess_decimal_separator,
    normalise_email,
    parse_bool,
    parse_datetimes,
    parse_number,
    to_minor_units,
)

ORDER_FIELDS = ["Email", "Financial Status", "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total",
                "Discount Code", "Discount Amount", "Created at", "Billing Name", "Billing Company", "Billing City",
                "Billing Country", "Billing Phone", "Cancelled at", "Refunded Amount", "Phone"]


def carry_forward(raw: pd.DataFrame, key: str, fields: list[str], options: ImportOptions) -> pd.DataFrame:
    """Return ``raw`` with ``fields`` filled from the first row of each ``key`` group (and the previous chunk)."""
    present = [f for f in fields if f in raw.columns]
    if key not in raw.columns or not present:
        return raw
    raw = raw.copy()
    carried = options.state.get("carry")
    if carried is not None and len(raw) and raw[key].iloc[0] == carried.get(key):
        for name in present:
            if pd.isna(raw[name].iloc[0]) and name in carried:
                raw.iloc[0, raw.columns.get_loc(name)] = carried[name]
    raw[present] = raw.groupby(raw[key], sort=False)[present].ffill()
    if len(raw):
        last = raw.iloc[-1]
        options.state["carry"] = {key: last[key], **{name: last[name] for name in present}}
    return raw


def split_name(full: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Return (first name, last name) from ``Jane van Dyke`` style full names (first word / rest)."""
    parts = clean_text(full).str.split(" ", n=1, expand=True)
    first = parts[0] if 0 in parts else pd.Series(pd.NA, index=full.index)
    last = parts[1] if 1 in parts else pd.Series(pd.NA, index=full.index)
    return first, last


class ShopifyOrdersFormat(ImportFormat):
    key = "shopify_orders"
    label = MessageTemplate("import.format.shopify_orders", "Shopify orders export")()
    platform = "shopify"
    signature = (("Name",), ("Financial Status",), ("Lineitem name",), ("Lineitem quantity",), ("Created at",),
                 ("Lineitem price",))

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        options.state.pop("carry", None)
        if options.decimal is None:
            options.decimal = guess_decimal_separator(column(sample, "Lineitem price"))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        raw = carry_forward(raw, "Name", ORDER_FIELDS, options)
        out = empty_canonical(raw.index)
        order = clean_text(column(raw, "Name"))
        out["order_id"] = order
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes(column(raw, "Created at"), options.day_first)
        status, cancelled = normalise_status(column(raw, "Financial Status"))
        was_cancelled = clean_text(column(raw, "Cancelled at")).notna()
        status = status.mask(was_cancelled & ~status.isin(["refunded", "voided"]), "cancelled")
        out["status"] = status
        out["is_cancelled"] = (cancelled.astype(bool) | was_cancelled).astype(int)
        out["currency"] = clean_text(column(raw, "Currency")).fillna(
            options.currency or options.locale_currency or "USD")
        dec = options.decimal
        out["order_total_minor"] = to_minor_units(parse_number(column(raw, "Total"), dec))
        out["shipping_minor"] = to_minor_units(parse_number(column(raw, "Shipping"), dec))
        out["discount_minor"] = to_minor_units(parse_number(column(raw, "Discount Amount"), dec))
        out["discount_code"] = clean_text(column(raw, "Discount Code"))
        out["subtotal_minor"] = to_minor_units(parse_number(column(raw, "Subtotal"), dec))
        out["tax_minor"] = to_minor_units(parse_number(column(raw, "Taxes"), dec))
        out["refunded_minor"] = to_minor_units(parse_number(column(raw, "Refunded Amount"), dec))
        out["customer_email"] = normalise_email(column(raw, "Email"))
        out["first_name"], out["last_name"] = split_name(column(raw, "Billing Name"))
        out["company"] = clean_text(column(raw, "Billing Company"))
        out["phone"] = clean_text(column(raw, "Billing Phone")).fillna(clean_text(column(raw, "Phone")))
        out["country"] = clean_text(column(raw, "Billing Country"))
        out["city"] = clean_text(column(raw, "Billing City"))
        out["accepts_marketing"] = parse_bool(column(raw, "Accepts Marketing"))
        out["sku"] = clean_text(column(raw, "Lineitem sku"))
        out["product_name"] = clean_text(column(raw, "Lineitem name"))
        quantity = parse_number(column(raw, "Lineitem quantity"), ".")
        price = parse_number(column(raw, "Lineitem price"), dec)
        out["quantity"] = quantity
        out["unit_price_minor"] = to_minor_units(price)
        out["line_total_minor"] = to_minor_units(quantity * price)
        out["line_discount_minor"] = to_minor_units(parse_number(column(raw, "Lineitem discount"), dec)).fillna(0)
        out["requires_shipping"] = clean_text(column(raw, "Lineitem requires shipping"))
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[price.isna()] = why.LINE_PRICE_NOT_A_NUMBER
        reason[quantity.isna()] = why.LINE_QUANTITY_NOT_A_NUMBER
        reason[out["product_name"].isna() & out["sku"].isna()] = why.NO_PRODUCT_NAME_OR_SKU
        mark_bad_dates(reason, out["ordered_at"], column(raw, "Created at"), options.day_first)
        reason[order.isna()] = why.NO_ORDER_NUMBER
        out["skip_reason"] = reason
        return out


class ShopifyCustomersFormat(ImportFormat):
    key = "shopify_customers"
    label = MessageTemplate("import.format.shopify_customers", "Shopify customers export")()
    platform = "shopify"
    customers_only = True
    signature = (("Customer ID", "Id"), ("First Name",), ("Last Name",), ("Email",),
                 ("Accepts Email Marketing", "Accepts Marketing"), ("Total Spent",), ("Total Orders",))
    notice = MessageTemplate("import.notice.customer_list", "A customer list has no orders: customers were added or "
                             "updated, and no orders were imported.")()

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)
        out["customer_external_id"] = clean_text(column(raw, "Customer ID", "Id")).str.replace(r"\.0$", "", regex=True)
        out["customer_email"] = normalise_email(column(raw, "Email"))
        out["first_name"] = clean_text(column(raw, "First Name"))
        out["last_name"] = clean_text(column(raw, "Last Name"))
        out["company"] = clean_text(column(raw, "Default Address Company", "Company"))
        out["phone"] = clean_text(column(raw, "Phone", "Default Address Phone"))
        out["country"] = clean_text(column(raw, "Default Address Country Code", "Country Code", "Country"))
        out["city"] = clean_text(column(raw, "Default Address City", "City"))
        out["accepts_marketing"] = parse_bool(column(raw, "Accepts Email Marketing", "Accepts Marketing",
                                                     "Email Marketing Consent"))
        out["accepts_sms"] = parse_bool(column(raw, "Accepts SMS Marketing", "SMS Marketing Consent"))
        out["tags"] = clean_text(column(raw, "Tags"))
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[out["customer_email"].isna() & out["customer_external_id"].isna() & out["phone"].isna()] = \
            why.NO_EMAIL_ID_OR_PHONE
        out["skip_reason"] = reason
        return out
