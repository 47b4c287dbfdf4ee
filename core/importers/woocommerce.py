"""WooCommerce order exports: the common export-plugin layout (one row per line item) and Analytics → Orders.

Plugin layout: ``order_number|order_id, order_date, status, customer_email, billing_first_name, …,
product_name|item_name, sku, quantity, item_total``; order totals are on each order's first row only.
Money: a line's gross is its subtotal (before coupons) when the export has one, its own discount the difference
to its total; without a subtotal the line total already holds the discount, so the order's discount is not
taken off again. A refund row (negative quantity or amount, or a ``refunded`` row with a negative amount) is a
return whose negative line counts on its own date.
Analytics CSV: ``Date, Order #, Status, Customer, Product(s), Items Sold, Coupon(s), N. Revenue`` — one row per
order; products are split from ``Product(s)`` (``2× Beanie, Hoodie``) and the net revenue shared between them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.importers import reasons as why
from core.importers.base import (ImportFormat, ImportOptions, column, empty_canonical, mark_bad_dates,
                                 normalise_status)
from core.importers.shopify import carry_forward
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

ORDER_ID = ("order_number", "order_id", "Order ID", "Order Number")
ORDER_DATE = ("order_date", "Order Date")
STATUS = ("status", "order_status", "Order Status")
EMAIL = ("customer_email", "billing_email", "Email (Billing)", "Customer Email", "Billing Email")
PRODUCT_NAME = ("product_name", "item_name", "Item Name", "Product Name", "Name")
QUANTITY = ("quantity", "item_quantity", "qty", "Quantity", "Quantity (- Refund)")
# After the line's coupon discount, and before it (WooCommerce keeps both: line_total / line_subtotal).
# Advanced Order Export's "Item Cost" and "Order Line (w/o tax)" are after coupons too (WooCommerce's item total).
LINE_TOTAL = ("item_total", "line_total", "Item Total", "Order Line (w/o tax)")
LINE_SUBTOTAL = ("item_subtotal", "line_subtotal", "Item Subtotal")
UNIT_PRICE = ("item_price", "price", "Item Cost")
ORDER_TOTAL = ("order_total", "Order Total Amount")
REFUND = ("refunded_total", "order_refund", "Order Refund Amount")
# Order-level columns an export may fill on an order's first row only (Advanced Order Export without "fill order
# columns for product rows"): carried to the order's other rows, and read once per order, never summed.
ORDER_FIELDS = ["order_total", "shipping_total", "discount_total", "order_currency", "coupon_code", "coupons",
                "Order Total Amount", "Order Shipping Amount", "Cart Discount Amount", "Order Refund Amount",
                "Order Subtotal Amount", "Coupon Code", "Coupons Used", "Order Currency", "refunded_total",
                *ORDER_DATE, *STATUS, *EMAIL, "billing_first_name", "billing_last_name", "billing_phone",
                "billing_country", "billing_city", "First Name (Billing)", "Last Name (Billing)", "Phone (Billing)",
                "Country Code (Billing)", "City (Billing)", "Company (Billing)", "customer_id", "customer_user"]


class WooCommerceFormat(ImportFormat):
    key = "woocommerce"
    label = MessageTemplate("import.format.woocommerce", "WooCommerce order export (one row per item)")()
    platform = "woocommerce"
    signature = (ORDER_ID, ORDER_DATE, STATUS, EMAIL, PRODUCT_NAME, QUANTITY)

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        options.state.pop("carry", None)
        if options.decimal is None:
            options.decimal = guess_decimal_separator(column(sample, *LINE_TOTAL, *UNIT_PRICE, *ORDER_TOTAL))
        if options.day_first is None:
            options.day_first = detect_day_first(column(sample, *ORDER_DATE))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        order_col = next((c for c in raw.columns if c.lower() in {n.lower() for n in ORDER_ID}), None)
        if order_col:
            raw = carry_forward(raw, order_col, [c for c in raw.columns if c in ORDER_FIELDS], options)
        out = empty_canonical(raw.index)
        order = clean_text(column(raw, *ORDER_ID)).str.lstrip("#")
        out["order_id"] = order
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes(column(raw, *ORDER_DATE), options.day_first)
        out["status"], out["is_cancelled"] = normalise_status(column(raw, *STATUS))
        out["currency"] = clean_text(column(raw, "order_currency", "currency", "Order Currency")).fillna(
            options.currency or options.locale_currency or "USD")
        dec = options.decimal
        out["order_total_minor"] = to_minor_units(parse_number(column(raw, *ORDER_TOTAL), dec))
        out["shipping_minor"] = to_minor_units(parse_number(column(raw, "shipping_total", "order_shipping",
                                                                   "Order Shipping Amount"), dec))
        out["discount_minor"] = to_minor_units(parse_number(column(raw, "discount_total", "cart_discount",
                                                                   "Cart Discount Amount"), dec))
        out["discount_code"] = clean_text(column(raw, "coupon_code", "coupons", "coupon_items", "Coupon Code",
                                                 "Coupons Used"))
        # A refund already taken off the quantities ("Quantity (- Refund)") is not taken off again.
        net_quantities = column(raw, *QUANTITY[:-1]).isna().all() and column(raw, QUANTITY[-1]).notna().any()
        if not net_quantities:
            out["refunded_minor"] = to_minor_units(parse_number(column(raw, *REFUND), dec))
        out["customer_email"] = normalise_email(column(raw, *EMAIL))
        out["customer_external_id"] = clean_text(column(raw, "customer_id", "customer_user")).mask(
            lambda s: s == "0", pd.NA)
        out["first_name"] = clean_text(column(raw, "billing_first_name", "First Name (Billing)"))
        out["last_name"] = clean_text(column(raw, "billing_last_name", "Last Name (Billing)"))
        out["company"] = clean_text(column(raw, "billing_company", "Company (Billing)"))
        out["phone"] = clean_text(column(raw, "billing_phone", "Phone (Billing)"))
        out["country"] = clean_text(column(raw, "billing_country", "shipping_country", "Country Code (Billing)"))
        out["city"] = clean_text(column(raw, "billing_city", "shipping_city", "City (Billing)"))
        out["sku"] = clean_text(column(raw, "sku", "item_sku", "SKU"))
        out["product_name"] = clean_text(column(raw, *PRODUCT_NAME))
        out["category"] = clean_text(column(raw, "category", "product_categories", "Category", "Product Categories"))
        quantity = parse_number(column(raw, *QUANTITY), ".")
        total = parse_number(column(raw, *LINE_TOTAL), dec)
        subtotal = parse_number(column(raw, *LINE_SUBTOTAL), dec)
        unit = parse_number(column(raw, *UNIT_PRICE), dec)
        total = total.fillna(subtotal).fillna(unit * quantity)
        gross = subtotal.fillna(total)
        # A refund: quantity and amount both negative, whichever of them the export wrote as negative.
        returned = (quantity < 0).fillna(False) | (total < 0).fillna(False)
        quantity = quantity.abs().where(~returned, -quantity.abs())
        total, gross = total.abs().where(~returned, -total.abs()), gross.abs().where(~returned, -gross.abs())
        unit = unit.abs().fillna(gross.abs() / quantity.abs().replace(0, np.nan))
        out["quantity"] = quantity
        out["unit_price_minor"] = to_minor_units(unit.fillna(0.0))
        out["line_total_minor"] = to_minor_units(gross)
        out["line_discount_minor"] = (to_minor_units(gross) - to_minor_units(total)).fillna(0)
        if not column(raw, *LINE_SUBTOTAL).notna().any():
            out["order_discount_minor"] = 0
        out["status"] = out["status"].mask(returned, "returned")
        out["is_cancelled"] = out["is_cancelled"].mask(returned, 0)
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[total.isna()] = why.LINE_TOTAL_NOT_A_NUMBER
        reason[quantity.isna()] = why.QUANTITY_NOT_A_NUMBER
        reason[out["product_name"].isna() & out["sku"].isna()] = why.NO_PRODUCT_NAME_OR_SKU
        mark_bad_dates(reason, out["ordered_at"], column(raw, *ORDER_DATE), options.day_first)
        reason[order.isna()] = why.NO_ORDER_NUMBER
        out["skip_reason"] = reason
        return out


_ITEM = r"^\s*(?:(\d+)\s*[×x]\s*)?(.+?)\s*$"


class WooAnalyticsFormat(ImportFormat):
    key = "woocommerce_analytics"
    label = MessageTemplate("import.format.woocommerce_analytics", "WooCommerce Analytics → Orders CSV")()
    platform = "woocommerce"
    signature = (("Date",), ("Order #",), ("Status",), ("Customer",), ("Product(s)",), ("Items Sold",),
                 ("N. Revenue", "Net Revenue", "N. Revenue (formatted)", "Net Sales"))

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        if options.decimal is None:
            options.decimal = guess_decimal_separator(column(sample, "N. Revenue", "Net Revenue", "Net Sales"))
        if options.day_first is None:
            options.day_first = detect_day_first(column(sample, "Date"))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        orders = empty_canonical(raw.index)
        order = clean_text(column(raw, "Order #")).str.lstrip("#")
        orders["order_id"] = order
        orders["ordered_at"], orders["utc_offset_min"] = parse_datetimes(column(raw, "Date"), options.day_first)
        orders["status"], orders["is_cancelled"] = normalise_status(column(raw, "Status"))
        orders["currency"] = options.currency or options.locale_currency or "USD"
        revenue = parse_number(column(raw, "N. Revenue", "Net Revenue", "Net Sales", "N. Revenue (formatted)"),
                               options.decimal)
        # Net revenue already has coupons taken off; a refund is its own row with a negative amount on its date.
        orders["order_discount_minor"] = 0
        refund = (revenue < 0).fillna(False)
        orders["status"] = orders["status"].mask(refund, "returned")
        orders["is_cancelled"] = orders["is_cancelled"].mask(refund, 0)
        orders["order_total_minor"] = to_minor_units(revenue)
        orders["discount_code"] = clean_text(column(raw, "Coupon(s)"))
        customer = clean_text(column(raw, "Customer"))
        orders["customer_email"] = normalise_email(customer)
        orders["customer_external_id"] = customer.where(orders["customer_email"].isna(), pd.NA)
        names = customer.where(orders["customer_email"].isna(), pd.NA).str.split(" ", n=1, expand=True)
        orders["first_name"] = names[0] if 0 in names else pd.NA
        orders["last_name"] = names[1] if 1 in names else pd.NA
        items_sold = parse_number(column(raw, "Items Sold"), ".")
        products = clean_text(column(raw, "Product(s)")).fillna("").str.split(r",\s+(?=\d+\s*[×x]\s)|,\s+", regex=True)
        orders["_products"] = products
        orders["_revenue"] = revenue
        orders["_items"] = items_sold
        lines = orders.explode("_products")
        parts = lines["_products"].astype("string").str.extract(_ITEM)
        count = lines.groupby(level=0)["_products"].transform("size")
        qty = pd.to_numeric(parts[0], errors="coerce")
        single = count == 1
        qty = qty.fillna(lines["_items"].abs().where(single)).fillna(1.0)
        qty = qty.where(lines["_revenue"].fillna(0) >= 0, -qty.abs())
        lines["quantity"] = qty
        lines["product_name"] = parts[1]
        share = lines["_revenue"] * qty / qty.groupby(level=0).transform("sum")
        lines["line_total_minor"] = to_minor_units(share)
        lines["unit_price_minor"] = to_minor_units(share / qty.replace(0, np.nan)).fillna(0)
        reason = pd.Series(None, index=lines.index, dtype="object")
        reason[lines["_revenue"].isna()] = why.NET_REVENUE_NOT_A_NUMBER
        reason[lines["product_name"].isna()] = why.NO_PRODUCTS_LISTED
        reason[lines["ordered_at"].isna()] = why.NOT_A_DATE
        reason[lines["order_id"].isna()] = why.NO_ORDER_NUMBER
        lines["skip_reason"] = reason
        return lines.drop(columns=["_products", "_revenue", "_items"])
