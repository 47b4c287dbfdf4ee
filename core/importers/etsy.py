"""Etsy Shop Manager downloads: ``EtsySoldOrders*.csv`` (one row per order) and ``EtsySoldOrderItems*.csv`` (one
row per item), comma or tab separated.

Both files together join by ``Order ID`` into one line per item carrying its order's money; either file alone
imports what it can. The orders file alone gives each order one value line (``ORDER_TOTAL_SKU``, not a product)
worth its ``Order Value`` with its ``Discount Amount`` shared over it, so revenue, customers, segments and lifetime
value work while the order's ``lines_known`` is 0 (product screens say the items file is missing).

Money: ``Order Value`` is the items' subtotal before discounts; ``Discount Amount`` the order's discount;
``Shipping`` and ``Sales Tax`` are kept apart; a lower ``Adjusted Order Total`` than ``Order Total`` is a refund
(the difference, taken off the order's lines; an adjusted total of 0 is a full refund). In the items file
``Price`` is the unit price, and the order-level values repeated on every item row (``Discount Amount``, ``Order
Shipping``, ``Order Sales Tax``) are read once per order, never summed over its rows.
Etsy writes dates month first (``12/31/21``). There are no e-mail addresses: buyers are known by their Etsy user
name (``Buyer``), else ``Buyer User ID``.
"""

from __future__ import annotations

from collections import Counter

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
from core.importers.values import clean_text, guess_decimal_separator, parse_datetimes, parse_number, to_minor_units
from core.messages import Message, MessageTemplate

ORDER_PREFIX = "order::"
ROLES: dict[str, tuple[str, ...]] = {
    "orders": ("sale date", "order id", "number of items", "order value"),
    "items": ("sale date", "item name", "quantity", "price", "order id"),
}
ROLE_NAMES = {"orders": MessageTemplate("import.etsy.role.orders", "sold orders"),
              "items": MessageTemplate("import.etsy.role.items", "sold order items")}
JOINED = MessageTemplate("import.etsy.joined", "{items} → {orders} by Order ID")
ONLY_ORDERS = MessageTemplate(
    "import.etsy.only_orders", "Only the orders file: orders, revenue and buyers are imported without their items "
    "(add the EtsySoldOrderItems file for products).")
ONLY_ITEMS = MessageTemplate(
    "import.etsy.only_items", "Only the items file: items are imported; order discounts, shipping and refunds need "
    "the EtsySoldOrders file too.")
ITEMS_EXPORT = MessageTemplate(
    "import.etsy.items_export", "Etsy's order items file (Shop Manager → Settings → Options → Download Data → "
    "Orders → Order Items: EtsySoldOrderItems…csv)")


def table_role(columns: list[str]) -> str | None:
    """Return 'orders' or 'items' for an Etsy sold-orders / sold-order-items header, else None."""
    present = {str(c).strip().lower() for c in columns}
    if all(c in present for c in ROLES["items"]):
        return "items"
    if all(c in present for c in ROLES["orders"]):
        return "orders"
    return None


def _first_per_order(values: pd.Series, order: pd.Series) -> pd.Series:
    """Return each row's order's first value of ``values`` (an order-level amount repeated on item rows)."""
    return values.groupby(order, sort=False).transform("first")


class EtsyFormat(ImportFormat):
    key = "etsy"
    label = MessageTemplate("import.format.etsy", "Etsy sold orders / sold order items")()
    platform = "etsy"
    multi_file = True
    signature = (("Sale Date",), ("Order ID",), ("Number of Items", "Item Name"), ("Order Value", "Price"))
    products_export = ITEMS_EXPORT()

    @classmethod
    def role_of(cls, columns: list[str]) -> str | None:
        return table_role(columns)

    def describe_set(self, roles: dict[str, str]) -> list[Message]:
        if "orders" in roles and "items" in roles:
            return [JOINED(items=roles["items"], orders=roles["orders"])]
        return [ONLY_ORDERS() if "orders" in roles else ONLY_ITEMS()]

    def join(self, tables: dict[str, pd.DataFrame], options: ImportOptions
             ) -> tuple[pd.DataFrame, Counter, list[pd.DataFrame]]:
        """Return (one row per item with its order's columns prefixed ``order::``, plus one row per order without
        items; no skip reasons, no rejected rows) sorted by order."""
        if options.day_first is None:
            options.day_first = False  # Etsy writes 12/31/21
        if options.decimal is None:
            money = [t[c] for t in tables.values() for c in t.columns if str(c).strip() in ("Price", "Order Value")]
            options.decimal = guess_decimal_separator(pd.concat(money)) if money else "."
        orders = tables.get("orders")
        items = tables.get("items")
        parts = []
        if orders is not None:
            orders = orders.copy()
            orders.columns = [ORDER_PREFIX + str(c).strip() for c in orders.columns]
            key_column = ORDER_PREFIX + _name(orders.columns, "Order ID", ORDER_PREFIX)
            order_key = orders[key_column].astype("string").str.strip()
            orders = orders.assign(_order_key=order_key).drop_duplicates("_order_key")
        if items is not None:
            items = items.copy()
            item_key = items[_name(items.columns, "Order ID")].astype("string").str.strip()
            items = items.assign(_order_key=item_key)
            if orders is not None:
                items = items.merge(orders, on="_order_key", how="left")
            parts.append(items.assign(_kind="items"))
        if orders is not None:
            lonely = orders if items is None else orders[~orders["_order_key"].isin(set(items["_order_key"]))]
            parts.append(lonely.assign(_kind="orders"))
        joined = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
        if len(joined):
            joined = joined.sort_values("_order_key", kind="stable").reset_index(drop=True)
            joined = joined.rename(columns={"_order_key": "order_id"})
        return joined, Counter(), []

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)

        def either(item_name: str, order_name: str | None = None) -> pd.Series:
            """The order file's column, else the item file's."""
            order_value = column(raw, ORDER_PREFIX + (order_name or item_name))
            return order_value.where(order_value.notna(), column(raw, item_name)) if item_name else order_value

        order = clean_text(column(raw, "order_id"))
        is_item = column(raw, "_kind").astype("string").eq("items").fillna(False).to_numpy(dtype=bool)
        dec = options.decimal or "."
        out["order_id"] = order
        # Etsy writes two-digit years (12/31/21): every sale on Etsy is from this century
        raw_dates = clean_text(either("Sale Date")).str.replace(r"^(\d{1,2})/(\d{1,2})/(\d{2})(?!\d)", r"\1/\2/20\3",
                                                                regex=True)
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes(raw_dates, options.day_first)
        status, cancelled = normalise_status(column(raw, ORDER_PREFIX + "Status"))
        out["currency"] = clean_text(either("Currency")).fillna(options.currency or options.locale_currency or "USD")
        order_value = parse_number(column(raw, ORDER_PREFIX + "Order Value"), dec)
        discount = parse_number(column(raw, ORDER_PREFIX + "Discount Amount"), dec)
        item_discount = _first_per_order(parse_number(column(raw, "Discount Amount"), dec), order)
        discount = discount.fillna(item_discount).fillna(0.0)
        shipping = parse_number(column(raw, ORDER_PREFIX + "Shipping"), dec).fillna(
            _first_per_order(parse_number(column(raw, "Order Shipping"), dec), order))
        tax = parse_number(column(raw, ORDER_PREFIX + "Sales Tax"), dec).fillna(
            _first_per_order(parse_number(column(raw, "Order Sales Tax"), dec), order))
        total = parse_number(column(raw, ORDER_PREFIX + "Order Total"), dec)
        adjusted = parse_number(column(raw, ORDER_PREFIX + "Adjusted Order Total"), dec)
        refund = (total - adjusted).where(adjusted.notna() & total.notna(), 0.0).clip(lower=0.0)
        full_refund = (adjusted.notna() & (adjusted <= 0) & (total > 0)).to_numpy(dtype=bool)
        partial = ((refund > 0).to_numpy(dtype=bool)) & ~full_refund
        status = status.mask(full_refund, "refunded").mask(partial, "partially_refunded")
        out["status"] = status
        out["is_cancelled"] = (cancelled.astype(bool) | full_refund).astype(int)
        out["order_total_minor"] = to_minor_units(total)
        out["item_count"] = parse_number(column(raw, ORDER_PREFIX + "Number of Items"), ".")
        out["shipping_minor"] = to_minor_units(shipping)
        out["tax_minor"] = to_minor_units(tax)
        out["discount_minor"] = to_minor_units(discount)
        out["refunded_minor"] = to_minor_units(refund.where(partial, 0.0))
        out["subtotal_minor"] = to_minor_units(order_value - discount)
        out["discount_code"] = clean_text(either("Coupon Code"))
        buyer = clean_text(either("Buyer")).str.lower()
        user_id = clean_text(column(raw, ORDER_PREFIX + "Buyer User ID")).str.replace(r"\.0$", "", regex=True)
        # a guest has no user name: the buyer's full name is the best id the files give
        name_id = clean_text(column(raw, ORDER_PREFIX + "Full Name")).fillna(clean_text(column(raw, "Ship Name")))
        out["customer_external_id"] = buyer.fillna(user_id).fillna(name_id.str.lower())
        first = clean_text(column(raw, ORDER_PREFIX + "First Name"))
        last = clean_text(column(raw, ORDER_PREFIX + "Last Name"))
        full = clean_text(column(raw, ORDER_PREFIX + "Full Name")).fillna(clean_text(column(raw, "Ship Name")))
        split = full.str.split(" ", n=1, expand=True)
        out["first_name"] = first.fillna(split[0] if 0 in split else pd.NA)
        out["last_name"] = last.fillna(split[1] if 1 in split else pd.NA)
        out["country"] = clean_text(either("Ship Country"))
        out["city"] = clean_text(either("Ship City"))
        # Items: a real product line. Orders without their items: one value line worth the order's subtotal.
        quantity = parse_number(column(raw, "Quantity"), ".")
        price = parse_number(column(raw, "Price"), dec)
        listing = clean_text(column(raw, "Listing ID")).str.replace(r"\.0$", "", regex=True)
        out["sku"] = clean_text(column(raw, "SKU")).fillna(("etsy-" + listing).astype("string"))
        out["product_name"] = clean_text(column(raw, "Item Name"))
        out["product_url"] = ("https://www.etsy.com/listing/" + listing).astype("string").where(
            pd.Series(is_item, index=raw.index), pd.NA)
        out["quantity"] = quantity
        out["unit_price_minor"] = to_minor_units(price)
        out["line_total_minor"] = to_minor_units(price * quantity)
        out["lines_known"] = 1
        whole = ~is_item
        out.loc[whole, "sku"] = ORDER_TOTAL_SKU
        out.loc[whole, "product_name"] = ORDER_TOTAL_NAME
        out.loc[whole, "quantity"] = 1.0
        value_minor = to_minor_units(order_value)
        out.loc[whole, "unit_price_minor"] = value_minor[whole]
        out.loc[whole, "line_total_minor"] = value_minor[whole]
        out.loc[whole, "lines_known"] = 0
        reason = pd.Series(None, index=raw.index, dtype="object")
        item_rows = pd.Series(is_item, index=raw.index)
        reason[item_rows & price.isna()] = why.LINE_PRICE_NOT_A_NUMBER
        reason[item_rows & quantity.isna()] = why.LINE_QUANTITY_NOT_A_NUMBER
        reason[item_rows & out["product_name"].isna()] = why.NO_PRODUCT_NAME_OR_SKU
        reason[~item_rows & order_value.isna()] = why.TOTAL_NOT_A_NUMBER
        mark_bad_dates(reason, out["ordered_at"], raw_dates, options.day_first)
        reason[order.isna()] = why.NO_ORDER_NUMBER
        out["skip_reason"] = reason
        return out


def _name(columns, wanted: str, prefix: str = "") -> str:
    """Return the column of ``columns`` that is ``prefix + wanted`` case-insensitively (without the prefix)."""
    for col in columns:
        if str(col).strip().lower() == (prefix + wanted).lower():
            return str(col)[len(prefix):]
    return wanted

