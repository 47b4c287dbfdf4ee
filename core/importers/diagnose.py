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
from core.importers.base import ImportFormat

# format key -> ((meaning, (column, alternative, …)), …): one column of each group must be in the header.
KEY_COLUMNS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "online_retail": (("the invoice number", ("Invoice", "InvoiceNo")), ("the date", ("InvoiceDate",)),
                      ("the product", ("StockCode", "Description")), ("the quantity", ("Quantity",)),
                      ("the price", ("Price", "UnitPrice"))),
    "shopify_orders": (("the order number", ("Name",)), ("the date", ("Created at",)),
                       ("the product", ("Lineitem name", "Lineitem sku")), ("the quantity", ("Lineitem quantity",)),
                       ("the price", ("Lineitem price",))),
    "shopify_customers": (("the customer", ("Customer ID", "Id", "Email")),),
    "woocommerce": (("the order number", ("order_number", "order_id", "Order ID", "Order Number")),
                    ("the date", ("order_date", "Order Date")),
                    ("the product", ("product_name", "item_name", "Item Name", "sku", "item_sku", "SKU")),
                    ("the quantity", ("quantity", "item_quantity", "qty", "Quantity")),
                    ("the price", ("item_total", "line_total", "item_subtotal", "Item Total", "line_subtotal",
                                   "item_price", "price", "Item Cost"))),
    "woocommerce_analytics": (("the order number", ("Order #",)), ("the date", ("Date",)),
                              ("the products", ("Product(s)",)),
                              ("the revenue", ("N. Revenue", "Net Revenue", "Net Sales", "N. Revenue (formatted)"))),
    "prestashop": (("the order number", ("ID", "id_order")), ("the date", ("Date",)), ("the total", ("Total",))),
    "cdnow": (("the customer", ("customer_id", "id")), ("the date", ("date",)),
              ("the quantity", ("number_of_cds", "quantity", "cds")),
              ("the value", ("dollar_value", "value", "amount"))),
}

# skip reason (as the formats write it) -> what it says about the whole file when every row has it
REASON_CAUSES: dict[str, str] = {
    "line price is not a number": "price", "price is not a number": "price", "price or total is not a number": "price",
    "line total is not a number": "price", "total is not a number": "price", "value is not a number": "price",
    "net revenue is not a number": "price",
    "line quantity is not a number": "quantity", "quantity is not a number": "quantity",
    "date is missing or not a date": "date", "date is not YYYYMMDD": "date",
    "date is before 1990 or after tomorrow": "date_range",
    "no order number": "order", "no order id": "order", "no invoice number": "order",
    "no customer to group the purchase into an order": "order",
    "no product name or SKU": "product", "no product name or code": "product", "no product code or name": "product",
    "no product id": "product", "no products listed": "product",
    "no e-mail and no customer id": "customer", "no customer id": "customer",
    "no e-mail, customer id or phone": "customer",
    "malformed row (more fields than the header)": "malformed",
    "item's order is not in the orders file": "join", "order has no items in the items file": "join",
}
# cause key -> the English end of "Nothing was imported from FILE: all N rows were skipped because …"
CAUSE_TEXTS: dict[str, str] = {
    "price": "no row has a price that reads as a number (check the price column and the decimal separator)",
    "quantity": "no row has a quantity that reads as a number",
    "date": "no row has a date that could be read (check the date column and the date order)",
    "date_range": "every date is before 1990 or after tomorrow (check the date column and the date order)",
    "order": "no row has an order number",
    "product": "no row names a product (no product name or code)",
    "customer": "no row has an e-mail, a customer id or a phone number",
    "malformed": "every row has more fields than the header (check the column separator)",
    "join": "the files do not fit together (no item's order is in the orders file)",
}


@dataclass
class Diagnosis:
    """The plain cause of an import in which every row was skipped.

    ``cause``: ``missing_columns``, a key of ``CAUSE_TEXTS``, or ``other``; ``missing``: [(meaning, column)] for
    missing key columns; ``reason``: the most common skip reason; ``text``: the English clause.
    """

    cause: str
    text: str
    missing: list[tuple[str, str]] = field(default_factory=list)
    reason: str | None = None


def key_columns(fmt: ImportFormat) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return the format's key columns: its own ``required`` attribute, else ``KEY_COLUMNS`` (empty when none)."""
    return tuple(getattr(fmt, "required", None) or KEY_COLUMNS.get(fmt.key, ()))


def missing_key_columns(fmt: ImportFormat, columns: Iterable[str]) -> list[tuple[str, str]]:
    """Return [(meaning, column name)] for each key column of ``fmt`` that ``columns`` lack (case-insensitive)."""
    present = {str(c).strip().lower() for c in columns}
    return [(meaning, names[0]) for meaning, names in key_columns(fmt)
            if not any(n.lower() in present for n in names)]


def missing_text(missing: list[tuple[str, str]]) -> str:
    """Return "the order number ('Name') or the price ('Lineitem price')" for missing key columns."""
    parts = [f"{meaning} ('{column}')" for meaning, column in missing]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]


def diagnose(fmt: ImportFormat, columns: Iterable[str], skip_reasons: dict[str, int] | Counter) -> Diagnosis:
    """Return the plain cause of an import of ``columns`` as ``fmt`` in which every row was skipped.

    A missing key column comes first (it explains every skip); else the most common skip reason says what no row
    had (a price, a date, an order number …).
    """
    missing = missing_key_columns(fmt, columns)
    if missing:
        return Diagnosis("missing_columns", f"the file has no column for {missing_text(missing)}, which a "
                         f"{fmt.label} has", missing)
    counts = Counter({k: int(v) for k, v in dict(skip_reasons).items() if v})
    if not counts:
        return Diagnosis("other", "no row could be used")
    reason = max(counts, key=lambda r: (counts[r], r in REASON_CAUSES))
    cause = REASON_CAUSES.get(reason)
    if cause is None:
        return Diagnosis("other", f"of this problem: {reason}", reason=reason)
    return Diagnosis(cause, CAUSE_TEXTS[cause], reason=reason)


def nothing_imported(file_name: str, fmt: ImportFormat, columns: Iterable[str],
                     skip_reasons: dict[str, int] | Counter, rows: int) -> ImportFailed:
    """Return the ImportFailed for an import of ``rows`` rows that were all skipped (the caller raises it)."""
    found = diagnose(fmt, columns, skip_reasons)
    advice = "; choose the right format or map the columns by hand" if found.cause == "missing_columns" else ""
    return ImportFailed(f"Nothing was imported from {file_name}: all {rows:,} rows were skipped because "
                        f"{found.text}{advice}.", cause=found.cause, file=file_name, rows=rows, format=fmt.label,
                        missing=found.missing, reason=found.reason, skip_reasons=dict(skip_reasons))


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
        "orders_added", "orders_updated", "lines_added", "customers_added", "customers_updated"))
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
    near = ""
    if fmt is not None and fmt.detect(columns) >= 0.5 and missing:
        if missing[0][0]:
            near = f"; it looks most like a {fmt.label}, but has no column for {missing_text(missing)}"
        else:
            near = f"; it looks most like a {fmt.label}, but lacks " + ", ".join(f"'{c}'" for _m, c in missing)
    return ImportFailed(f"Shopkeeper does not recognise the columns of {file_name} ({shown}){near}; choose the "
                        "format or map the columns by hand.", cause="not_recognised", file=file_name,
                        format=fmt.label if near else None, missing=missing if near else [])
