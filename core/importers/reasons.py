"""Why a row was skipped: every skip reason a format writes, as a keyed message (``import.skip.*``).

A canonical frame's ``skip_reason`` column holds the English text (the rejected-rows file and the JSON of an
import keep it, and ``ImportResult.skip_reasons`` counts by it); ``skip_message(text)`` gives the keyed
``core.messages.Message`` registered for that text, which the desktop translates. Formats only ever write the
constants below, so every reason is registered.
"""

from __future__ import annotations

from core.messages import Message, MessageTemplate, plain

SKIP_REASONS: dict[str, Message] = {}
"""English skip reason -> its keyed Message (no arguments)."""


def _reason(key: str, english: str) -> str:
    """Register the skip reason ``english`` under ``import.skip.<key>``; returns the English text."""
    SKIP_REASONS[english] = MessageTemplate(f"import.skip.{key}", english)()
    return english


def skip_message(reason: str) -> Message:
    """Return the keyed Message of a skip reason (a text no format registered stays an untranslated one-off)."""
    return SKIP_REASONS.get(str(reason)) or plain(str(reason))


VALUE_NOT_A_NUMBER = _reason("value_not_a_number", "value is not a number")
QUANTITY_NOT_A_NUMBER = _reason("quantity_not_a_number", "quantity is not a number")
DATE_NOT_YYYYMMDD = _reason("date_not_yyyymmdd", "date is not YYYYMMDD")
NO_CUSTOMER_ID = _reason("no_customer_id", "no customer id")
PRICE_OR_TOTAL_NOT_A_NUMBER = _reason("price_or_total_not_a_number", "price or total is not a number")
NO_PRODUCT_NAME_OR_CODE = _reason("no_product_name_or_code", "no product name or code")
NOT_A_DATE = _reason("not_a_date", "date is missing or not a date")
IMPLAUSIBLE_DATE = _reason("implausible_date", "date is before 1990 or after tomorrow")
PRICE_NOT_A_NUMBER = _reason("price_not_a_number", "price is not a number")
NO_PRODUCT_ID = _reason("no_product_id", "no product id")
ITEM_WITHOUT_ORDER = _reason("item_without_order", "item's order is not in the orders file")
ORDER_WITHOUT_ITEMS = _reason("order_without_items", "order has no items in the items file")
NO_PRODUCT_CODE_OR_NAME = _reason("no_product_code_or_name", "no product code or name")
NO_INVOICE_NUMBER = _reason("no_invoice_number", "no invoice number")
MALFORMED_ROW = _reason("malformed_row", "malformed row (more fields than the header)")
TOTAL_NOT_A_NUMBER = _reason("total_not_a_number", "total is not a number")
NO_ORDER_ID = _reason("no_order_id", "no order id")
LINE_PRICE_NOT_A_NUMBER = _reason("line_price_not_a_number", "line price is not a number")
LINE_QUANTITY_NOT_A_NUMBER = _reason("line_quantity_not_a_number", "line quantity is not a number")
NO_PRODUCT_NAME_OR_SKU = _reason("no_product_name_or_sku", "no product name or SKU")
NO_ORDER_NUMBER = _reason("no_order_number", "no order number")
NO_EMAIL_OR_CUSTOMER_ID = _reason("no_email_or_customer_id", "no e-mail and no customer id")
NO_EMAIL_ID_OR_PHONE = _reason("no_email_id_or_phone", "no e-mail, customer id or phone")
NO_CUSTOMER_FOR_ORDER = _reason("no_customer_for_order", "no customer to group the purchase into an order")
LINE_TOTAL_NOT_A_NUMBER = _reason("line_total_not_a_number", "line total is not a number")
NET_REVENUE_NOT_A_NUMBER = _reason("net_revenue_not_a_number", "net revenue is not a number")
NO_PRODUCTS_LISTED = _reason("no_products_listed", "no products listed")
ORDER_ALREADY_LISTED = _reason("order_already_listed",
                               "order already listed on an earlier row (its total is read once)")
