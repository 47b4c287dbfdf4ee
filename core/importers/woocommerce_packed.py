"""WooCommerce order exports with one row per order and the items packed into cells.

- WebToffee "Order Export & Import": ``order_id, order_number, order_date, status, …, order_total,
  order_currency, customer_email, billing_first_name, …, line_item_1, line_item_2, …`` where each
  ``line_item_N`` is ``name:Beanie|product_id:15|sku:woo-beanie|quantity:2|total:36.00|sub_total:36.00|tax:0.00``.
- SkyVerge "Customer/Order/Coupon Export" (default format): ``…, line_items, …`` with the items separated by
  ``;`` and each written ``name:Beanie|sku:woo-beanie|quantity:2|total:36.00|refunded:0.00|meta:…``.

Each order row is unpacked into one row per item (order columns repeated) and read as the one-row-per-item
WooCommerce layout (core.importers.woocommerce): item ``total`` is after coupons, ``sub_total`` before; the order
total is the order's, never a sum of item rows.
"""

from __future__ import annotations

import re

import pandas as pd

from core.importers.base import ImportFormat, ImportOptions, column
from core.importers.values import detect_day_first, guess_decimal_separator
from core.importers.woocommerce import WooCommerceFormat
from core.messages import MessageTemplate

_ITEM_COLUMN = re.compile(r"^line_item_\d+$", re.IGNORECASE)
# packed item key -> the one-row-per-item column it becomes
_FIELDS = {"name": "item_name", "sku": "item_sku", "quantity": "item_quantity", "total": "item_total",
           "sub_total": "item_subtotal", "subtotal": "item_subtotal", "product_id": "product_id"}


def unpack_item(text: str) -> dict[str, str]:
    """Return {field: value} of one packed item (``name:Beanie|sku:B1|quantity:2|total:36.00``)."""
    out: dict[str, str] = {}
    for part in str(text).split("|"):
        key, sep, value = part.partition(":")
        key = key.strip().lower()
        if sep and key in _FIELDS and _FIELDS[key] not in out:
            out[_FIELDS[key]] = value.strip()
    return out


def _item_cells(raw: pd.DataFrame) -> pd.Series:
    """Return, per order row, the list of its packed item texts (``line_item_N`` cells, or ``line_items`` split)."""
    numbered = sorted((c for c in raw.columns if _ITEM_COLUMN.match(str(c).strip())),
                      key=lambda c: int(str(c).strip().rsplit("_", 1)[1]))
    if numbered:
        cells = raw[numbered].astype("string")
        return cells.apply(lambda row: [v for v in row.tolist() if isinstance(v, str) and v.strip()], axis=1)
    packed = column(raw, "line_items").astype("string").fillna("")
    return packed.map(lambda v: [p for p in re.split(r";(?=\s*name:)", v) if p.strip()])


class WooPackedItemsFormat(ImportFormat):
    key = "woocommerce_packed"
    label = MessageTemplate("import.format.woocommerce_packed",
                            "WooCommerce order export (one row per order, items in line_items cells)")()
    platform = "woocommerce"
    signature = (("order_number", "order_id"), ("order_date",), ("status",), ("order_total",),
                 ("line_items", "line_item_1"))

    def _unpack(self, raw: pd.DataFrame) -> pd.DataFrame:
        items = _item_cells(raw)
        rows = raw.drop(columns=[c for c in raw.columns if _ITEM_COLUMN.match(str(c).strip())
                                 or str(c).strip().lower() == "line_items"])
        exploded = rows.assign(_items=items).explode("_items")
        fields = pd.DataFrame([unpack_item(v) if isinstance(v, str) else {} for v in exploded["_items"]],
                              index=exploded.index, columns=list(dict.fromkeys(_FIELDS.values())))
        # the packed cells are the items: a file column of the same name (an export that also has item_total)
        # would make the name ambiguous
        clash = [c for c in exploded.columns if str(c).strip().lower() in fields.columns]
        return pd.concat([exploded.drop(columns=["_items", *clash]), fields], axis=1)

    def prepare(self, sample: pd.DataFrame, options: ImportOptions) -> None:
        unpacked = self._unpack(sample)
        if options.decimal is None:
            options.decimal = guess_decimal_separator(column(unpacked, "item_total", "order_total"))
        if options.day_first is None:
            options.day_first = detect_day_first(column(unpacked, "order_date"))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        unpacked = self._unpack(raw)
        options.state.pop("carry", None)  # every order row is whole: nothing to carry between rows
        return WooCommerceFormat().to_canonical(unpacked, options)
