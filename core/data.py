"""Loading the shop's orders and lines into pandas for analysis.

Every analysis starts from ``load_lines`` or ``load_orders`` so the rules about what counts (cancelled orders,
non-product lines, returns, money in major units) live in one place.

Revenue means **net product revenue**: what products sold for after line and order discounts and refunds,
without shipping, tax and fees (``NET_REVENUE_SQL``). A return (a negative line, a ``C`` invoice, a refund row)
subtracts from it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import sqlite_utils

from core.currency import in_main_currency, main_currency
from core.importers.base import ORDER_TOTAL_SKU
from core.load_cache import loaded_frames, shared_frame, still_current
from core.store import get_setting
from core.table_copy import ORDERS, copied_frame, line_columns

REVENUE_MEANING = "sales after discounts and refunds, without shipping and tax"
"""The one sentence screens show where revenue is shown (translated by the desktop)."""

REVENUE_LINE_SQL = f"(p.is_product = 1 OR p.sku = '{ORDER_TOTAL_SKU}')"
"""SQL condition (products aliased ``p``) for lines that are revenue: products, and the single value line of an
export without line items; not postage, fees, tips or gift cards."""

NET_MINOR_SQL = "COALESCE(l.net_minor, l.line_total_minor)"
"""SQL (lines aliased ``l``) for a line's net in minor units; a row written without a net is worth its total."""

INCLUDE_CANCELLED_SETTING = "include_cancelled"
"""Shop setting: True when analyses count cancelled/refunded orders too (the owner's choice in Settings)."""


def counts_cancelled(db: sqlite_utils.Database, include_cancelled: bool | None = None) -> bool:
    """Return ``include_cancelled`` when given, else the shop's setting (default False)."""
    if include_cancelled is not None:
        return bool(include_cancelled)
    return bool(get_setting(db, INCLUDE_CANCELLED_SETTING, False))


def load_lines(db: sqlite_utils.Database, include_cancelled: bool | None = None, products_only: bool = True,
               with_customer_only: bool = False, columns: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Return one row per order line with order, customer and product fields; money in major units.

    Columns: order_id, order_ref, customer_id, ordered_at (UTC datetime), product_id, sku, product_name,
    category, quantity, unit_price, line_total (net: after the line's discounts and refunds), gross (price ×
    quantity), is_cancelled, country, currency.
    Negative-quantity lines (returns) are never included, and by default (the shop's setting) neither are
    cancelled / voided / fully refunded orders; ``products_only`` leaves out postage, fees and the like. These are
    the baskets of what was bought. ``columns`` keeps only those (in ``LINE_FIELDS`` order): a caller that reads
    a few of them holds a fraction of the memory. Loaded once per state of the shop (``core.load_cache``).
    """
    columns = None if columns is None else tuple(name for name in LINE_FIELDS if name in columns)
    options = (include_cancelled, bool(products_only), bool(with_customer_only))
    return shared_frame(db, ("lines", *options, columns), lambda: _lines_beside_loaded(db, options, columns))


def _lines_beside_loaded(db: sqlite_utils.Database, options: tuple, columns: tuple[str, ...] | None) -> pd.DataFrame:
    """Return the lines with ``columns`` (None: all) made with what the process already holds of the same lines
    (``core.load_cache``): the columns of a wider frame, or a narrower frame with only its missing columns loaded
    beside it. A screen that read the basket columns and a report that then reads every column hold each column
    once, not twice (about 140 MB on a 1M-line shop)."""
    wanted = list(LINE_FIELDS if columns is None else columns)
    token, loaded = loaded_frames(db, ("lines", *options))
    loaded = [frame for frame in loaded if "order_id" in frame.columns]  # the rows are checked against its ids
    best = max(loaded, key=lambda frame: len(set(wanted) & set(frame.columns)), default=None)
    if best is None:
        return _load_lines(db, *options, columns)
    if set(wanted) <= set(best.columns):
        return best[wanted]
    added = [name for name in wanted if name not in best.columns]
    extra = _load_lines(db, *options, tuple(name for name in LINE_FIELDS if name == "order_id" or name in added))
    # read at the state the loaded frame was made at (nothing committed since): the same rows in the same order
    if not still_current(token) or not extra.index.equals(best.index) \
            or not np.array_equal(extra["order_id"].to_numpy(), best["order_id"].to_numpy()):
        return _load_lines(db, *options, columns)
    return pd.concat([best[[name for name in wanted if name in best.columns]], extra[added]], axis=1)[wanted]


LINE_FIELDS = ("order_id", "order_ref", "customer_id", "ordered_at", "product_id", "sku", "product_name", "category",
               "quantity", "unit_price", "line_total", "gross", "is_cancelled", "country", "currency")
"""The columns of ``load_lines``, in order."""
MONEY_FIELDS = ["unit_price", "line_total", "gross"]


def _load_lines(db: sqlite_utils.Database, include_cancelled: bool | None, products_only: bool,
                with_customer_only: bool, columns: tuple[str, ...] | None) -> pd.DataFrame:
    lines = line_columns(db.conn)  # the shop's columnar copy (core.table_copy): milliseconds
    sold = lines["quantity"] > 0
    lines = {name: values[sold] for name, values in lines.items()}
    orders = _orders_table(db)
    products = pd.read_sql_query("SELECT id, sku, name, category, is_product FROM products ORDER BY id", db.conn)
    order_row, has_order = row_positions(orders["id"].to_numpy(), lines["order_id"])
    product_row, has_product = row_positions(products["id"].to_numpy(), lines["product_id"])
    keep = has_order & has_product  # the inner joins: a line of a missing order or product is not a line
    if not counts_cancelled(db, include_cancelled):
        keep &= orders["is_cancelled"].to_numpy()[order_row] == 0
    if products_only:
        keep &= products["is_product"].to_numpy()[product_row] == 1
    if with_customer_only:
        keep &= orders["customer_id"].notna().to_numpy()[order_row]
    order_row, product_row = order_row[keep], product_row[keep]
    # Order and product fields are read once per order / product and spread over their lines.
    used, spread = np.unique(order_row, return_inverse=True)
    used_orders = orders.iloc[used]
    builders = {
        "order_id": lambda: lines["order_id"][keep],
        "order_ref": lambda: _spread(used_orders["external_id"], spread),
        "customer_id": lambda: pd.array(used_orders["customer_id"], dtype="Int64").take(spread),
        "ordered_at": lambda: pd.to_datetime(used_orders["ordered_at"].reset_index(drop=True), utc=True,
                                             format="ISO8601").take(spread).reset_index(drop=True),
        "product_id": lambda: lines["product_id"][keep], "sku": lambda: _spread(products["sku"], product_row),
        "product_name": lambda: _spread(products["name"], product_row),
        "category": lambda: _spread(products["category"], product_row),
        "quantity": lambda: lines["quantity"][keep], "unit_price": lambda: lines["unit_price_minor"][keep] / 100.0,
        "line_total": lambda: lines["net_minor"][keep] / 100.0, "gross": lambda: lines["gross_minor"][keep] / 100.0,
        "is_cancelled": lambda: used_orders["is_cancelled"].to_numpy()[spread],
        "country": lambda: _spread(used_orders["country"], spread),
        "currency": lambda: _spread(used_orders["currency"], spread),
    }
    wanted = list(LINE_FIELDS if columns is None else columns)
    # the currency is always read: lines in a currency without a rate are left out, whatever the columns asked
    read = [name for name in LINE_FIELDS if name in wanted or name == "currency"]
    frame = in_main_currency(db, pd.DataFrame({name: builders[name]() for name in read}),
                             [name for name in MONEY_FIELDS if name in wanted])
    return frame if list(frame.columns) == wanted else frame[wanted]


ORDER_FIELDS = ["order_id", "order_ref", "customer_id", "ordered_at", "country", "currency", "is_cancelled"]
"""The columns ``load_orders`` takes from the orders table (id and external_id renamed), in order."""


def _orders_table(db: sqlite_utils.Database) -> pd.DataFrame:
    """Return every row of the orders table by id: id, external_id, customer_id, ordered_at (text),
    is_cancelled, country, currency (read once per state of the shop for load_orders and load_lines)."""
    return shared_frame(db, ("orders_table",), lambda: copied_frame(db.conn, ORDERS))


def row_positions(ids: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (row of each wanted id in ``ids`` (sorted rowids), whether it is there at all)."""
    if len(ids) == 0 or len(wanted) == 0 or min(ids.min(), wanted.min()) < 0:
        rows = np.minimum(np.searchsorted(ids, wanted), max(len(ids) - 1, 0))
        found = ids[rows] == wanted if len(ids) else np.zeros(len(wanted), dtype=bool)
        return rows, found
    row_of_id = np.full(int(max(ids.max(), wanted.max())) + 1, -1, dtype=np.int64)  # rowid → row, -1: none
    row_of_id[ids] = np.arange(len(ids))
    rows = row_of_id[wanted]
    return np.maximum(rows, 0), rows >= 0


def _spread(column: pd.Series, rows: np.ndarray) -> pd.Series:
    """Return ``column``'s values at ``rows`` with the dtype SQL reading would give them (str, or object when
    every value is missing)."""
    return pd.Series(column.to_numpy(dtype=object)[rows])


def load_orders(db: sqlite_utils.Database, include_cancelled: bool | None = None,
                until: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return one row per purchase: order_id, order_ref, customer_id, ordered_at, country, currency,
    is_cancelled, revenue (net product revenue, major units), lines.

    Money is in the shop's main currency (orders in a currency without a rate are left out: core.currency).
    Cancelled, voided and fully refunded orders are left out unless ``include_cancelled`` (default: the shop's
    setting). A return document (an order whose every line is negative: a ``C`` invoice, a refund row) is not a
    purchase: its (negative) revenue is taken off the same customer's latest purchase on or before it (a guest's
    off the latest guest purchase), so order counts stay counts of purchases and every total is net of returns.
    A return with no purchase before it (of goods bought before the shop's data starts) is left out.
    ``until`` (a UTC time) keeps only orders and returns placed before it: the shop as it stood then.
    Loaded once per state of the shop (``core.load_cache``).
    """
    if until is not None:
        until = pd.Timestamp(until)
        until = until.tz_localize("UTC") if until.tzinfo is None else until.tz_convert("UTC")
    return shared_frame(db, ("orders", include_cancelled, until), lambda: _load_orders(db, include_cancelled, until))


def _load_orders(db: sqlite_utils.Database, include_cancelled: bool | None, until: pd.Timestamp | None
                 ) -> pd.DataFrame:
    table = _orders_table(db)
    keep = np.ones(len(table), dtype=bool)
    if not counts_cancelled(db, include_cancelled):
        keep &= (table["is_cancelled"] == 0).to_numpy(dtype=bool)
    if until is not None:  # the stored UTC texts compared as SQLite compares them
        keep &= (table["ordered_at"] < until.strftime("%Y-%m-%dT%H:%M:%SZ")).to_numpy(dtype=bool)
    frame = table[keep].rename(columns={"id": "order_id", "external_id": "order_ref"})[ORDER_FIELDS]
    frame = frame.reset_index(drop=True)
    # Per-order sums of the lines, from the lines' columns (a GROUP BY over every line costs SQLite seconds).
    lines = line_columns(db.conn)  # the shop's columnar copy (core.table_copy): milliseconds
    lines["sold"] = (lines["quantity"] > 0).astype(np.int64)
    products = pd.read_sql_query(f"SELECT p.id, {REVENUE_LINE_SQL} AS is_revenue FROM products p ORDER BY p.id",
                                 db.conn)
    product_row, has_product = row_positions(products["id"].to_numpy(), lines["product_id"])
    is_revenue = has_product & (products["is_revenue"].to_numpy()[product_row] == 1)
    order_row, has_order = row_positions(frame["order_id"].to_numpy(), lines["order_id"])
    rows, size = order_row[has_order], len(frame)
    revenue = np.bincount(rows, weights=np.where(is_revenue, lines["net_minor"], 0)[has_order], minlength=size)
    frame["revenue_minor"] = revenue.astype(np.int64)  # whole minor units: exact below 2**53
    frame["lines"] = np.bincount(rows, minlength=size).astype(np.int64)
    frame["sold_lines"] = np.bincount(rows, weights=lines["sold"][has_order], minlength=size).astype(np.int64)
    frame["ordered_at"] = pd.to_datetime(frame["ordered_at"], utc=True, format="ISO8601")
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    frame = _fold_returns(in_main_currency(db, frame, ["revenue_minor"]))
    frame["revenue"] = frame.pop("revenue_minor") / 100.0
    return frame.drop(columns=["sold_lines"])


def _fold_returns(orders: pd.DataFrame) -> pd.DataFrame:
    """Return ``orders`` with each return document's revenue_minor added to its purchase (see load_orders)."""
    is_return = (orders["lines"] > 0) & (orders["sold_lines"] == 0)
    if not is_return.any():
        return orders
    returns, purchases = orders[is_return], orders[~is_return]
    who = lambda frame: frame["customer_id"].astype("float64").fillna(-1.0)  # noqa: E731 - guests as one buyer
    left = pd.DataFrame({"row": returns.index, "who": who(returns), "at": returns["ordered_at"],
                         "amount": returns["revenue_minor"]}).sort_values("at", kind="stable")
    right = pd.DataFrame({"target": purchases.index, "who": who(purchases),
                          "at": purchases["ordered_at"]}).sort_values("at", kind="stable")
    matched = pd.merge_asof(left, right, on="at", by="who", direction="backward")
    found = matched[matched["target"].notna()]
    orders = orders.copy()
    added = found.groupby(found["target"].astype("int64"))["amount"].sum()
    orders.loc[added.index, "revenue_minor"] += added.to_numpy()
    return orders.drop(index=returns.index)


def load_customers(db: sqlite_utils.Database) -> pd.DataFrame:
    """Return the customers table: id, email, first_name, last_name, country, city, accepts_marketing, name
    (loaded once per state of the shop: ``core.load_cache``)."""
    return shared_frame(db, ("customers",), lambda: _load_customers(db))


def _load_customers(db: sqlite_utils.Database) -> pd.DataFrame:
    frame = pd.read_sql_query(
        "SELECT id AS customer_id, key, email, first_name, last_name, company, country, city, accepts_marketing, tags "
        "FROM customers", db.conn)
    names = (frame["first_name"].fillna("") + " " + frame["last_name"].fillna("")).str.strip()
    nameless = (names == "").to_numpy()
    fallback = frame["email"].copy()
    # only a customer without name or e-mail needs the key's last part (splitting every key took a fifth of a
    # second per 100,000 customers)
    keyed = nameless & fallback.isna().to_numpy()
    fallback[keyed] = frame["key"][keyed].str.split(":").str[-1]
    frame["name"] = names.mask(nameless, fallback)
    return frame


def shop_currency(db: sqlite_utils.Database) -> str:
    """Return the currency most orders are in (``GBP`` style code), or an empty string for an empty shop.

    Every figure is in this currency: other currencies are converted with the owner's rates (core.currency)."""
    return main_currency(db)
