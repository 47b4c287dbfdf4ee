"""UCI Online Retail / Online Retail II layout: one row per invoice line, ``C``-invoices are cancellations.

Columns: ``Invoice|InvoiceNo, StockCode, Description, Quantity, InvoiceDate, Price|UnitPrice,
Customer ID|CustomerID, Country``. Optional ``Email, First Name, Last Name, Accepts Marketing`` columns
(the bundled demo shop has them) fill in the customer's identity.
"""

from __future__ import annotations

import pandas as pd

from core.importers.base import ImportFormat, ImportOptions, column, empty_canonical
from core.importers.values import (
    clean_text,
    detect_day_first,
    guess_decimal_separator,
    normalise_email,
    parse_bool,
    parse_datetimes,
    parse_number,
    per_distinct,
    to_minor_units,
)


class OnlineRetailFormat(ImportFormat):
    key = "online_retail"
    label = "Online Retail (UCI) invoice lines"
    platform = "online_retail"
    signature = (("Invoice", "InvoiceNo"), ("StockCode",), ("InvoiceDate",), ("Price", "UnitPrice"),
                 ("Customer ID", "CustomerID"))

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        if options.decimal is None:
            options.decimal = guess_decimal_separator(column(sample, "Price", "UnitPrice"))
        if options.day_first is None:
            options.day_first = detect_day_first(column(sample, "InvoiceDate"))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)
        invoice = clean_text(column(raw, "Invoice", "InvoiceNo"))
        out["order_id"] = invoice
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes(column(raw, "InvoiceDate"), options.day_first)
        cancelled = per_distinct(invoice, lambda text: text.str.upper().str.startswith("C")).fillna(False)
        out["is_cancelled"] = cancelled.astype(int)
        out["status"] = cancelled.map({True: "cancelled", False: "paid"})
        out["currency"] = options.currency or "GBP"
        customer = per_distinct(clean_text(column(raw, "Customer ID", "CustomerID")),
                                lambda text: text.str.replace(r"\.0$", "", regex=True))
        out["customer_external_id"] = customer
        out["customer_email"] = normalise_email(column(raw, "Email"))
        out["first_name"] = clean_text(column(raw, "First Name"))
        out["last_name"] = clean_text(column(raw, "Last Name"))
        out["accepts_marketing"] = parse_bool(column(raw, "Accepts Marketing"))
        out["country"] = clean_text(column(raw, "Country"))
        sku = clean_text(column(raw, "StockCode"))
        out["sku"] = sku
        out["product_name"] = clean_text(column(raw, "Description")).fillna(sku)
        quantity = parse_number(column(raw, "Quantity"), ".")
        price = parse_number(column(raw, "Price", "UnitPrice"), options.decimal)
        out["quantity"] = quantity
        out["unit_price_minor"] = to_minor_units(price)
        out["line_total_minor"] = to_minor_units(quantity * price)
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[price.isna()] = "price is not a number"
        reason[quantity.isna()] = "quantity is not a number"
        reason[out["ordered_at"].isna()] = "date is missing or not a date"
        reason[sku.isna() & out["product_name"].isna()] = "no product code or name"
        reason[invoice.isna()] = "no invoice number"
        out["skip_reason"] = reason
        return out

