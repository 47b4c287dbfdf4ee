"""UCI Online Retail / Online Retail II layout: one row per invoice line, ``C``-invoices are cancellations.

Columns: ``Invoice|InvoiceNo, StockCode, Description, Quantity, InvoiceDate, Price|UnitPrice,
Customer ID|CustomerID, Country``. Optional ``Email, First Name, Last Name, Accepts Marketing`` columns
(the bundled demo shop has them) fill in the customer's identity.
"""

from __future__ import annotations

import pandas as pd

from core.importers.base import ImportFormat, ImportOptions, column, empty_canonical
from core.importers.values import (
    Distinct,
    _clean_text,
    _parse_bool,
    detect_day_first,
    guess_decimal_separator,
    normalise_email_distinct,
    parse_datetimes_distinct,
    parse_number_distinct,
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
        # Each raw column is factorised once (Distinct) and every clean-up and parse step runs on its
        # distinct values only; the results equal clean_text / parse_* on the rows.
        out = empty_canonical(raw.index)
        invoice_distinct = Distinct.of(column(raw, "Invoice", "InvoiceNo")).map(_clean_text)
        invoice = invoice_distinct.spread()
        out["order_id"] = invoice
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes_distinct(
            Distinct.of(column(raw, "InvoiceDate")), options.day_first)
        cancelled = invoice_distinct.map(lambda text: text.str.upper().str.startswith("C")).spread().fillna(False)
        out["is_cancelled"] = cancelled.astype(int)
        out["status"] = cancelled.map({True: "cancelled", False: "paid"})
        out["currency"] = options.currency or "GBP"
        customer = Distinct.of(column(raw, "Customer ID", "CustomerID")).map(_clean_text).map(
            lambda text: text.str.replace(r"\.0$", "", regex=True))
        out["customer_external_id"] = customer.spread()
        out["customer_email"] = normalise_email_distinct(Distinct.of(column(raw, "Email")))
        out["first_name"] = Distinct.of(column(raw, "First Name")).map(_clean_text).spread()
        out["last_name"] = Distinct.of(column(raw, "Last Name")).map(_clean_text).spread()
        out["accepts_marketing"] = Distinct.of(column(raw, "Accepts Marketing")).map(_parse_bool).spread()
        out["country"] = Distinct.of(column(raw, "Country")).map(_clean_text).spread()
        sku = Distinct.of(column(raw, "StockCode")).map(_clean_text).spread()
        out["sku"] = sku
        out["product_name"] = Distinct.of(column(raw, "Description")).map(_clean_text).spread().fillna(sku)
        quantity = parse_number_distinct(Distinct.of(column(raw, "Quantity")), ".")
        price = parse_number_distinct(Distinct.of(column(raw, "Price", "UnitPrice")), options.decimal)
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

