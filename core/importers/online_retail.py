"""UCI Online Retail / Online Retail II layout: one row per invoice line, ``C``-invoices are returns.

Columns: ``Invoice|InvoiceNo, StockCode, Description, Quantity, InvoiceDate, Price|UnitPrice,
Customer ID|CustomerID, Country``. Optional ``Email, First Name, Last Name, Accepts Marketing`` columns
(the bundled demo shop has them) fill in the customer's identity.
"""

from __future__ import annotations

import pandas as pd

from core.importers import reasons as why
from core.importers.base import CANONICAL_COLUMNS, ImportFormat, ImportOptions, column, mark_bad_dates
from core.messages import MessageTemplate
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
    label = MessageTemplate("import.format.online_retail", "Online Retail (UCI) invoice lines")()
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
        # distinct values only; the results equal clean_text / parse_* on the rows (see
        # tests/core/importers/test_values_speed.py, which keeps the row-level version as the reference).
        invoice_distinct = Distinct.of_column(raw, "Invoice", "InvoiceNo").map(_clean_text)
        invoice = invoice_distinct.spread()
        ordered_at, utc_offset_min = parse_datetimes_distinct(Distinct.of_column(raw, "InvoiceDate"),
                                                              options.day_first)
        cancelled = invoice_distinct.map(lambda text: text.str.upper().str.startswith("C")).spread().fillna(False)
        customer = Distinct.of_column(raw, "Customer ID", "CustomerID").map(_clean_text).map(
            lambda text: text.str.replace(r"\.0$", "", regex=True))
        sku = Distinct.of_column(raw, "StockCode").map(_clean_text).spread()
        product_name = Distinct.of_column(raw, "Description").map(_clean_text).spread().fillna(sku)
        quantity = parse_number_distinct(Distinct.of_column(raw, "Quantity"), ".")
        price = parse_number_distinct(Distinct.of_column(raw, "Price", "UnitPrice"), options.decimal)
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[price.isna()] = why.PRICE_NOT_A_NUMBER
        reason[quantity.isna()] = why.QUANTITY_NOT_A_NUMBER
        mark_bad_dates(reason, ordered_at, column(raw, "InvoiceDate"), options.day_first)
        reason[sku.isna() & product_name.isna()] = why.NO_PRODUCT_CODE_OR_NAME
        reason[invoice.isna()] = why.NO_INVOICE_NUMBER
        columns = {
            "order_id": invoice,
            "ordered_at": ordered_at,
            "utc_offset_min": utc_offset_min,
            # A "C" invoice is a return: its negative lines count, taking the money off (core.data.load_orders).
            "status": cancelled.map({True: "returned", False: "paid"}),
            "is_cancelled": 0,
            "customer_email": normalise_email_distinct(Distinct.of_column(raw, "Email")),
            "customer_external_id": customer.spread(),
            "first_name": Distinct.of_column(raw, "First Name").map(_clean_text).spread(),
            "last_name": Distinct.of_column(raw, "Last Name").map(_clean_text).spread(),
            "country": Distinct.of_column(raw, "Country").map(_clean_text).spread(),
            "accepts_marketing": Distinct.of_column(raw, "Accepts Marketing").map(_parse_bool).spread(),
            "sku": sku,
            "product_name": product_name,
            "quantity": quantity,
            "unit_price_minor": to_minor_units(price),
            "line_total_minor": to_minor_units(quantity * price),
            "skip_reason": reason,
        }
        # The same frame as empty_canonical + column assignments, built in one go. copy=False is safe:
        # pandas 3 is copy-on-write, so the columns sharing ``missing`` are copied if one is ever written to.
        missing = pd.Series(pd.NA, index=raw.index, dtype="object")
        out = pd.DataFrame({name: columns.get(name, missing) for name in CANONICAL_COLUMNS}, index=raw.index,
                           copy=False)
        out["currency"] = options.currency or "GBP"
        return out
