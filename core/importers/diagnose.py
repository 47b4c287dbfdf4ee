"""Why an import failed, in one plain sentence: a missing key column, unreadable dates, no prices …

Each format has *key columns*: without one of them no row of the file can be imported (``KEY_COLUMNS``, or a
format's own ``required`` attribute: a tuple of (meaning, alternative column names)). Detection gives a layout
missing a key column no score (``registry.detect_format``), so a Squarespace orders export, which has Shopify's
``Lineitem …`` columns but no ``Name`` (order number), is not taken for a Shopify export.

When an import adds and updates nothing, ``check_import`` tells "every row was skipped" (a failure: ImportFailed
naming the cause) from "every row was already in the shop" (an idempotent re-import: not a failure).

Errors carry ``details`` (``cause`` key, ``file``, ``rows``, ``format``, ``missing`` [(meaning, column)],
``reason``) so the desktop can say the same in the UI language; ``str(error)`` is the English sentence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from core.errors import ImportFailed
from core.importers import reasons as why
from core.importers.base import ImportFormat
from core.messages import Message, MessageTemplate, count

def _meaning(key: str, english: str) -> Message:
    """Return the keyed Message of what a key column holds ("the order number")."""
    return MessageTemplate(f"import.meaning.{key}", english)()


INVOICE_NUMBER = _meaning("invoice_number", "the invoice number")
DATE = _meaning("date", "the date")
PRODUCT = _meaning("product", "the product")
QUANTITY = _meaning("quantity", "the quantity")
PRICE = _meaning("price", "the price")
ORDER_NUMBER = _meaning("order_number", "the order number")
CUSTOMER = _meaning("customer", "the customer")
PRODUCTS = _meaning("products", "the products")
REVENUE = _meaning("revenue", "the revenue")
TOTAL = _meaning("total", "the total")
VALUE = _meaning("value", "the value")

# format key -> ((meaning, (column, alternative, …)), …): one column of each group must be in the header.
KEY_COLUMNS: dict[str, tuple[tuple[Message, tuple[str, ...]], ...]] = {
    "online_retail": ((INVOICE_NUMBER, ("Invoice", "InvoiceNo")), (DATE, ("InvoiceDate",)),
                      (PRODUCT, ("StockCode", "Description")), (QUANTITY, ("Quantity",)),
                      (PRICE, ("Price", "UnitPrice"))),
    "shopify_orders": ((ORDER_NUMBER, ("Name",)), (DATE, ("Created at",)),
                       (PRODUCT, ("Lineitem name", "Lineitem sku")), (QUANTITY, ("Lineitem quantity",)),
                       (PRICE, ("Lineitem price",))),
    "shopify_customers": ((CUSTOMER, ("Customer ID", "Id", "Email")),),
    "woocommerce": ((ORDER_NUMBER, ("order_number", "order_id", "Order ID", "Order Number")),
                    (DATE, ("order_date", "Order Date")),
                    (PRODUCT, ("product_name", "item_name", "Item Name", "sku", "item_sku", "SKU", "Product Name",
                               "Name")),
                    (QUANTITY, ("quantity", "item_quantity", "qty", "Quantity", "Quantity (- Refund)")),
                    (PRICE, ("item_total", "line_total", "item_subtotal", "Item Total", "line_subtotal",
                                   "item_price", "price", "Item Cost", "Order Line (w/o tax)"))),
    "woocommerce_analytics": ((ORDER_NUMBER, ("Order #",)), (DATE, ("Date",)),
                              (PRODUCTS, ("Product(s)",)),
                              (REVENUE, ("N. Revenue", "Net Revenue", "Net Sales", "N. Revenue (formatted)"))),
    "cdnow": ((CUSTOMER, ("customer_id", "id")), (DATE, ("date",)),
              (QUANTITY, ("number_of_cds", "quantity", "cds")),
              (VALUE, ("dollar_value", "value", "amount"))),
}

# skip reason (as the formats write it) -> what it says about the whole file when every row has it
REASON_CAUSES: dict[str, str] = {
    why.LINE_PRICE_NOT_A_NUMBER: "price", why.PRICE_NOT_A_NUMBER: "price", why.PRICE_OR_TOTAL_NOT_A_NUMBER: "price",
    why.LINE_TOTAL_NOT_A_NUMBER: "price", why.TOTAL_NOT_A_NUMBER: "price", why.VALUE_NOT_A_NUMBER: "price",
    why.NET_REVENUE_NOT_A_NUMBER: "price",
    why.LINE_QUANTITY_NOT_A_NUMBER: "quantity", why.QUANTITY_NOT_A_NUMBER: "quantity",
    why.NOT_A_DATE: "date", why.DATE_NOT_YYYYMMDD: "date",
    why.IMPLAUSIBLE_DATE: "date_range",
    why.NO_ORDER_NUMBER: "order", why.NO_ORDER_ID: "order", why.NO_INVOICE_NUMBER: "order",
    why.NO_CUSTOMER_FOR_ORDER: "order", why.ORDER_ALREADY_LISTED: "order",
    why.NO_PRODUCT_NAME_OR_SKU: "product", why.NO_PRODUCT_NAME_OR_CODE: "product",
    why.NO_PRODUCT_CODE_OR_NAME: "product",
    why.NO_PRODUCT_ID: "product", why.NO_PRODUCTS_LISTED: "product",
    why.NO_EMAIL_OR_CUSTOMER_ID: "customer", why.NO_CUSTOMER_ID: "customer",
    why.NO_EMAIL_ID_OR_PHONE: "customer",
    why.MALFORMED_ROW: "malformed",
    why.ITEM_WITHOUT_ORDER: "join", why.ORDER_WITHOUT_ITEMS: "join",
}


def _cause(key: str, english: str) -> Message:
    return MessageTemplate(f"import.cause.{key}", english)()


# cause key -> the end of "Nothing was imported from FILE: all N rows were skipped because …"
CAUSE_TEXTS: dict[str, Message] = {
    "price": _cause("price", "no row has a price that reads as a number (check the price column and the decimal "
                             "separator)"),
    "quantity": _cause("quantity", "no row has a quantity that reads as a number"),
    "date": _cause("date", "no row has a date that could be read (check the date column and the date order)"),
    "date_range": _cause("date_range", "every date is before 1990 or after tomorrow (check the date column and the "
                                       "date order)"),
    "order": _cause("order", "no row has an order number"),
    "product": _cause("product", "no row names a product (no product name or code)"),
    "customer": _cause("customer", "no row has an e-mail, a customer id or a phone number"),
    "malformed": _cause("malformed", "every row has more fields than the header (check the column separator)"),
    "join": _cause("join", "the files do not fit together (no item's order is in the orders file)"),
}


@dataclass
class Diagnosis:
    """The plain cause of an import in which every row was skipped.

    ``cause``: ``missing_columns``, a key of ``CAUSE_TEXTS``, or ``other``; ``missing``: [(meaning, column)] for
    missing key columns (the meaning a keyed Message); ``reason``: the most common skip reason (its English text);
    ``text``: the clause, a keyed Message.
    """

    cause: str
    text: Message
    missing: list[tuple[Message, str]] = field(default_factory=list)
    reason: str | None = None


def key_columns(fmt: ImportFormat) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return the format's key columns: its own ``required`` attribute, else ``KEY_COLUMNS`` (empty when none)."""
    return tuple(getattr(fmt, "required", None) or KEY_COLUMNS.get(fmt.key, ()))


def missing_key_columns(fmt: ImportFormat, columns: Iterable[str]) -> list[tuple[Message, str]]:
    """Return [(meaning, column name)] for each key column of ``fmt`` that ``columns`` lack (case-insensitive)."""
    present = {str(c).strip().lower() for c in columns}
    return [(meaning, names[0]) for meaning, names in key_columns(fmt)
            if not any(n.lower() in present for n in names)]


COLUMN_OF = MessageTemplate("import.missing.column_of", "{meaning} ('{column}')")
LIST_NEXT = MessageTemplate("import.list.next", "{items}, {item}")
LIST_OR = MessageTemplate("import.list.or", "{items} or {last}")
NO_COLUMN_FOR = MessageTemplate("import.cause.missing_columns", "the file has no column for {missing}, which a {format} "
                                "has")
NO_ROW_USABLE = MessageTemplate("import.cause.other", "no row could be used")
OF_THIS_PROBLEM = MessageTemplate("import.cause.of_problem", "of this problem: {reason}")
NOTHING_IMPORTED = MessageTemplate(
    "import.error.nothing_imported", "Nothing was imported from {file}: all {rows} rows were skipped because {cause}.")
NOTHING_IMPORTED_MAP = MessageTemplate(
    "import.error.nothing_imported_map", "Nothing was imported from {file}: all {rows} rows were skipped because "
    "{cause}; choose the right format or map the columns by hand.")
NOT_RECOGNISED = MessageTemplate(
    "import.error.not_recognised", "Shopkeeper does not recognise the columns of {file} ({columns}); choose the "
    "format or map the columns by hand.")
NOT_RECOGNISED_NEAR = MessageTemplate(
    "import.error.not_recognised_near", "Shopkeeper does not recognise the columns of {file} ({columns}); it looks "
    "most like a {format}, but has no column for {missing}; choose the format or map the columns by hand.")
NOT_RECOGNISED_LACKS = MessageTemplate(
    "import.error.not_recognised_lacks", "Shopkeeper does not recognise the columns of {file} ({columns}); it looks "
    "most like a {format}, but lacks {lacking}; choose the format or map the columns by hand.")


def listed(items: list) -> Message | str:
    """Return "a, b or c" for ``items`` (Messages or text), as a keyed Message ("" when empty)."""
    if not items:
        return ""
    out = items[0]
    for item in items[1:-1]:
        out = LIST_NEXT(items=out, item=item)
    return LIST_OR(items=out, last=items[-1]) if len(items) > 1 else out


def missing_text(missing: list[tuple[Message, str]]) -> Message | str:
    """Return "the order number ('Name') or the price ('Lineitem price')" for missing key columns (a Message)."""
    return listed([COLUMN_OF(meaning=meaning, column=column) for meaning, column in missing])


def diagnose(fmt: ImportFormat, columns: Iterable[str], skip_reasons: dict[str, int] | Counter) -> Diagnosis:
    """Return the plain cause of an import of ``columns`` as ``fmt`` in which every row was skipped.

    A missing key column comes first (it explains every skip); else the most common skip reason says what no row
    had (a price, a date, an order number …).
    """
    missing = missing_key_columns(fmt, columns)
    if missing:
        return Diagnosis("missing_columns", NO_COLUMN_FOR(missing=missing_text(missing), format=fmt.label), missing)
    counts = Counter({k: int(v) for k, v in dict(skip_reasons).items() if v})
    if not counts:
        return Diagnosis("other", NO_ROW_USABLE())
    reason = max(counts, key=lambda r: (counts[r], r in REASON_CAUSES))
    cause = REASON_CAUSES.get(reason)
    if cause is None:
        return Diagnosis("other", OF_THIS_PROBLEM(reason=why.skip_message(reason)), reason=reason)
    return Diagnosis(cause, CAUSE_TEXTS[cause], reason=reason)


def nothing_imported(file_name: str, fmt: ImportFormat, columns: Iterable[str],
                     skip_reasons: dict[str, int] | Counter, rows: int) -> ImportFailed:
    """Return the ImportFailed for an import of ``rows`` rows that were all skipped (the caller raises it)."""
    found = diagnose(fmt, columns, skip_reasons)
    sentence = NOTHING_IMPORTED_MAP if found.cause == "missing_columns" else NOTHING_IMPORTED
    return ImportFailed(sentence(file=file_name, rows=count(rows), cause=found.text), cause=found.cause,
                        file=file_name, rows=rows, format=fmt.label, missing=found.missing, reason=found.reason,
                        text=found.text, skip_reasons=dict(skip_reasons))


def rows_used(result, reasons: Counter, writer=None) -> bool:
    """Return True when some rows of the import were usable (so "nothing new" means they were all known)."""
    order_ids = getattr(writer, "order_ids", None)  # every order of every row written, new or already known
    if order_ids is not None:
        return bool(order_ids)
    skipped = sum(v for k, v in reasons.items() if REASON_CAUSES.get(k) not in ("malformed", "join"))
    return result.rows_read > skipped


def check_import(fmt: ImportFormat, columns: Iterable[str], result, reasons: Counter, writer=None) -> None:
    """Raise ImportFailed naming the cause when an import added and updated nothing because every row was skipped.

    Nothing new from usable rows (the same file imported again) is not a failure. ``result`` is the pipeline's
    ImportResult, ``reasons`` its skip-reason counts, ``writer`` its ShopWriter (None for customer lists).
    """
    changed = sum(int(getattr(result, name, 0) or 0) for name in (
        "orders_added", "orders_updated", "lines_added", "customers_added", "customers_updated",
        "products_added", "products_updated"))
    if changed:
        return
    if rows_used(result, reasons, None if fmt.customers_only else writer):
        return
    raise nothing_imported(result.file_name, fmt, columns, reasons, result.rows_read)


def nearest_format(columns: Iterable[str], formats: Iterable[ImportFormat]
                   ) -> tuple[ImportFormat | None, list[tuple[str, str]]]:
    """Return the single-file layout whose signature ``columns`` match best, and what it lacks.

    What it lacks: its missing key columns [(meaning, column)], else its missing signature columns [("", column)].
    (None, []) when no layout shares a signature column with the file.
    """
    columns = list(columns)
    present = {str(c).strip().lower() for c in columns}
    best, best_score = None, 0.0
    for fmt in formats:
        if fmt.multi_file or not fmt.signature:
            continue
        score = fmt.detect(columns)
        if score > best_score:
            best, best_score = fmt, score
    if best is None:
        return None, []
    missing = missing_key_columns(best, columns) or [
        ("", names[0]) for names in best.signature if not any(n.lower() in present for n in names)]
    return best, missing


def not_recognised(file_name: str, columns: list[str], formats: Iterable[ImportFormat]) -> ImportFailed:
    """Return the ImportFailed for a file whose columns fit no format; it names the nearest one and what it lacks."""
    shown = ", ".join(columns[:8])
    fmt, missing = nearest_format(columns, formats)
    near = fmt is not None and fmt.detect(columns) >= 0.5 and bool(missing)
    if near and missing[0][0]:
        message = NOT_RECOGNISED_NEAR(file=file_name, columns=shown, format=fmt.label, missing=missing_text(missing))
    elif near:
        lacking = ", ".join(f"'{c}'" for _m, c in missing)
        message = NOT_RECOGNISED_LACKS(file=file_name, columns=shown, format=fmt.label, lacking=lacking)
    else:
        message = NOT_RECOGNISED(file=file_name, columns=shown)
    return ImportFailed(message, cause="not_recognised", file=file_name, format=fmt.label if near else None,
                        missing=missing if near else [])
