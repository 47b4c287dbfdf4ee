"""Squarespace Commerce orders CSV (Orders → Download CSV): Shopify-like, one row per line item.

``Order ID, Email, Financial Status, Paid at, Fulfillment Status, …, Currency, Subtotal, Shipping, Taxes, Amount
Refunded, Total, Discount Code, Discount Amount, Shipping Method, Created at, Lineitem quantity, Lineitem name,
Lineitem price, Lineitem sku, Lineitem variant, …, Billing Name, …``. Like Shopify, the order's fields (date,
e-mail, status, currency, totals) are only on its first row and are carried to its other rows (also across
chunks); ``Amount Refunded`` is a partial refund shared over the order's lines, ``Discount Amount`` the order's
discount shared over them. There is no ``Name`` column, which is how it differs from a Shopify export.
"""

from __future__ import annotations

import pandas as pd

from core.importers.base import ImportOptions
from core.importers.diagnose import DATE, ORDER_NUMBER, PRICE, PRODUCT, QUANTITY
from core.importers.shopify import ShopifyOrdersFormat
from core.messages import MessageTemplate

# Squarespace name -> the Shopify name the shared parser reads
RENAMED = {"order id": "Name", "amount refunded": "Refunded Amount"}


class SquarespaceOrdersFormat(ShopifyOrdersFormat):
    key = "squarespace_orders"
    label = MessageTemplate("import.format.squarespace_orders", "Squarespace orders export")()
    platform = "squarespace"
    signature = (("Order ID",), ("Financial Status",), ("Lineitem name",), ("Lineitem quantity",), ("Created at",),
                 ("Lineitem price",))
    required = ((ORDER_NUMBER, ("Order ID",)), (DATE, ("Created at",)), (PRODUCT, ("Lineitem name", "Lineitem sku")),
                (QUANTITY, ("Lineitem quantity",)), (PRICE, ("Lineitem price",)))

    @staticmethod
    def _as_shopify(raw: pd.DataFrame) -> pd.DataFrame:
        names = {c: RENAMED[c.strip().lower()] for c in raw.columns if c.strip().lower() in RENAMED}
        if any(c.strip() == "Name" for c in raw.columns):  # never two "Name" columns
            raw = raw.drop(columns=[c for c in raw.columns if c.strip() == "Name"])
        return raw.rename(columns=names)

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        super().prepare(self._as_shopify(sample), options)

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        return super().to_canonical(self._as_shopify(raw), options)
