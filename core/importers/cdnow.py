"""CDNOW-style whitespace-separated purchase records: ``customer_id date number_of_cds dollar_value``.

There is no order number: each customer's purchases on one day form one order (``<customer>-<YYYYMMDD>``), each
record one line of the anonymous product "CDs".
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.importers import reasons as why
from core.importers.base import ImportFormat, ImportOptions, column, empty_canonical
from core.importers.values import clean_text, parse_number, to_minor_units
from core.messages import MessageTemplate


class CdnowFormat(ImportFormat):
    key = "cdnow"
    label = MessageTemplate(
        "import.format.cdnow", "CDNOW-style purchase records (customer, date, quantity, value)")()
    platform = "cdnow"
    signature = (("customer_id", "id"), ("date",), ("number_of_cds", "quantity", "cds"),
                 ("dollar_value", "value", "amount"))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)
        customer = clean_text(column(raw, "customer_id", "id"))
        day = clean_text(column(raw, "date"))
        parsed = pd.to_datetime(day, format="%Y%m%d", errors="coerce")
        out["ordered_at"] = parsed.dt.strftime("%Y-%m-%dT%H:%M:%SZ").astype("string").mask(parsed.isna(), pd.NA)
        out["order_id"] = customer + "-" + day
        out["status"], out["is_cancelled"] = "paid", 0
        out["currency"] = options.currency or "USD"
        out["customer_external_id"] = customer
        quantity = parse_number(column(raw, "number_of_cds", "quantity", "cds"), ".")
        value = parse_number(column(raw, "dollar_value", "value", "amount"), ".")
        out["sku"] = "CD"
        out["product_name"] = "CDs"
        out["quantity"] = quantity
        out["line_total_minor"] = to_minor_units(value)
        out["unit_price_minor"] = to_minor_units(value / quantity.replace(0, np.nan)).fillna(0)
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[value.isna()] = why.VALUE_NOT_A_NUMBER
        reason[quantity.isna()] = why.QUANTITY_NOT_A_NUMBER
        reason[parsed.isna()] = why.DATE_NOT_YYYYMMDD
        reason[customer.isna()] = why.NO_CUSTOMER_ID
        out["skip_reason"] = reason
        return out
