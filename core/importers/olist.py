"""Olist-style multi-file export: orders + order items + customers + products + category translation.

The files are recognised by their columns, read whole (they are small), and joined by keys:
items → orders (``order_id``) → customers (``customer_id``, the person is ``customer_unique_id``),
items → products (``product_id``) → translation (``product_category_name``). Payments and sellers are not needed.
Excel-resaved copies (empty ``,,,,`` rows, ``M/D/YYYY H:MM`` dates) are handled by the reader and date parser.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from core.errors import ImportFailed
from core.importers import reasons as why
from core.importers.base import ImportFormat, ImportOptions, column, empty_canonical, normalise_status
from core.importers.values import clean_text, detect_day_first, parse_datetimes, parse_number, to_minor_units
from core.messages import Message, MessageTemplate

# role -> columns that identify the table (all must be present)
ROLES: dict[str, tuple[str, ...]] = {
    "orders": ("order_id", "customer_id", "order_status", "order_purchase_timestamp"),
    "items": ("order_id", "order_item_id", "product_id", "price"),
    "customers": ("customer_id", "customer_unique_id"),
    "products": ("product_id", "product_category_name"),
    "translation": ("product_category_name", "product_category_name_english"),
    "payments": ("order_id", "payment_type", "payment_value"),
    "sellers": ("seller_id", "seller_city"),
}
REQUIRED_ROLES = ("orders", "items")
JOINS = [("items", "orders", "order_id"), ("orders", "customers", "customer_id"),
         ("items", "products", "product_id"), ("products", "translation", "product_category_name")]


def table_role(columns: list[str]) -> str | None:
    """Return which Olist table a header belongs to ('orders', 'items', …), or None."""
    present = {c.strip().lower() for c in columns}
    for role, needed in ROLES.items():
        if all(n in present for n in needed):
            if role == "products" and "product_category_name_english" in present:
                continue
            if role == "customers" and "order_status" in present:
                continue
            return role
    return None


JOINED_BY = MessageTemplate("import.olist.joined_by", "{left} → {right} by {column}")
MISSING_ROLE = {"orders": MessageTemplate("import.olist.missing_orders", "Missing: the orders file (required)."),
                "items": MessageTemplate("import.olist.missing_items", "Missing: the items file (required).")}
ROLE_NAMES = {"orders": MessageTemplate("import.olist.role.orders", "orders"),
              "items": MessageTemplate("import.olist.role.items", "items")}
BOTH = MessageTemplate("import.olist.both", "{first} and {second}")
NEEDS_FILES = MessageTemplate(
    "import.error.olist_needs_files", "An Olist-style import needs the {files} file too; choose all the files of the "
    "export together.")


def describe_joins(roles: dict[str, str]) -> list[Message]:
    """Return plain sentences saying how the chosen files join (for the wizard), given {role: file name}."""
    out = []
    for left, right, key in JOINS:
        if left in roles and right in roles:
            out.append(JOINED_BY(left=roles[left], right=roles[right], column=key))
    for role in REQUIRED_ROLES:
        if role not in roles:
            out.append(MISSING_ROLE[role]())
    return out


class OlistFormat(ImportFormat):
    key = "olist"
    label = MessageTemplate(
        "import.format.olist", "Olist-style set of files (orders, items, customers, products)")()
    platform = "olist"
    multi_file = True
    unread_roles = ("payments", "sellers")
    signature = (("order_id",), ("customer_id",), ("order_status",), ("order_purchase_timestamp",))

    @classmethod
    def role_of(cls, columns: list[str]) -> str | None:
        return table_role(columns)

    def describe_set(self, roles: dict[str, str]) -> list[Message]:
        return describe_joins(roles)

    def join(self, tables: dict[str, pd.DataFrame], options: ImportOptions
             ) -> tuple[pd.DataFrame, Counter, list[pd.DataFrame]]:
        """Return (joined item rows, skip reasons of rows that could not join, those rows) from {role: table}."""
        missing = [r for r in REQUIRED_ROLES if r not in tables]
        if missing:
            names = [ROLE_NAMES[role]() for role in missing]
            files = names[0] if len(names) == 1 else BOTH(first=names[0], second=names[1])
            raise ImportFailed(NEEDS_FILES(files=files))
        orders = tables["orders"].drop_duplicates("order_id")
        items = tables["items"]
        reasons: Counter = Counter()
        rejected: list[pd.DataFrame] = []
        known = items["order_id"].isin(set(orders["order_id"]))
        if (~known).any():
            reasons[why.ITEM_WITHOUT_ORDER] += int((~known).sum())
            rejected.append(items[~known].assign(skip_reason=why.ITEM_WITHOUT_ORDER))
        lonely = ~orders["order_id"].isin(set(items["order_id"]))
        if lonely.any():
            reasons[why.ORDER_WITHOUT_ITEMS] += int(lonely.sum())
            rejected.append(orders[lonely].assign(skip_reason=why.ORDER_WITHOUT_ITEMS))
        joined = items[known].merge(orders, on="order_id", how="left", suffixes=("", "_order"))
        if "customers" in tables:
            customers = tables["customers"].drop_duplicates("customer_id")
            joined = joined.merge(customers, on="customer_id", how="left", suffixes=("", "_customer"))
        if "products" in tables:
            products = tables["products"].drop_duplicates("product_id")
            if "translation" in tables:
                translation = tables["translation"].drop_duplicates("product_category_name")
                products = products.merge(translation, on="product_category_name", how="left")
            joined = joined.merge(products, on="product_id", how="left", suffixes=("", "_product"))
        item_no = pd.to_numeric(joined["order_item_id"], errors="coerce")
        joined = joined.assign(_item_no=item_no).sort_values(["order_id", "_item_no"], kind="stable")
        joined = joined.drop(columns="_item_no").reset_index(drop=True)
        if options.day_first is None:
            options.day_first = detect_day_first(column(joined, "order_purchase_timestamp"))
        return joined, reasons, rejected

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = empty_canonical(raw.index)
        order = clean_text(column(raw, "order_id"))
        out["order_id"] = order
        out["ordered_at"], out["utc_offset_min"] = parse_datetimes(column(raw, "order_purchase_timestamp"),
                                                                   options.day_first)
        out["status"], out["is_cancelled"] = normalise_status(column(raw, "order_status"))
        out["currency"] = options.currency or "BRL"
        person = clean_text(column(raw, "customer_unique_id")).fillna(clean_text(column(raw, "customer_id")))
        out["customer_external_id"] = person
        out["city"] = clean_text(column(raw, "customer_city"))
        out["country"] = "BR"
        product = clean_text(column(raw, "product_id"))
        category = clean_text(column(raw, "product_category_name_english")).fillna(
            clean_text(column(raw, "product_category_name")))
        out["sku"] = product
        out["product_name"] = category.fillna("product").str.replace("_", " ") + " " + product.str[:8]
        out["category"] = category
        price = parse_number(column(raw, "price"), ".")
        freight = parse_number(column(raw, "freight_value"), ".").fillna(0.0)
        out["quantity"] = 1.0
        out["unit_price_minor"] = to_minor_units(price)
        out["line_total_minor"] = to_minor_units(price)
        shipping = freight.groupby(order).transform("sum")
        out["shipping_minor"] = to_minor_units(shipping)
        out["order_total_minor"] = to_minor_units(price.groupby(order).transform("sum") + shipping)
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[price.isna()] = why.PRICE_NOT_A_NUMBER
        reason[product.isna()] = why.NO_PRODUCT_ID
        reason[out["ordered_at"].isna()] = why.NOT_A_DATE
        out["skip_reason"] = reason
        return out
