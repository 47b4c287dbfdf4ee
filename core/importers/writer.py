"""Writing canonical line tables into the shop database (inside the caller's transaction).

Ids are assigned here, under the write lock, so a chunk is written with a handful of ``executemany`` calls.
Natural keys make re-imports idempotent: customers by ``key`` (e-mail, else platform:id), products by SKU
(else name), orders by (platform, order id), lines by (order, line number).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.importers.base import non_product_mask

CUSTOMER_FIELDS = ["email", "first_name", "last_name", "company", "phone", "country", "city", "accepts_marketing"]
ORDER_FIELDS = ["ordered_at", "utc_offset_min", "status", "is_cancelled", "currency", "order_total_minor",
                "shipping_minor", "discount_minor", "discount_code", "country"]


@dataclass
class WriteCounts:
    """Running totals of what one import changed."""

    orders_added: int = 0
    orders_updated: int = 0
    lines_added: int = 0
    customers_added: int = 0
    rows_without_customer: int = 0


def _py(value):
    """Convert pandas/numpy scalars (NA, int64, float64) to plain Python for sqlite3."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def _rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    values = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [tuple(_py(v) for v in row) for row in values.itertuples(index=False, name=None)]


def customer_keys(frame: pd.DataFrame, platform: str) -> pd.Series:
    """Return each row's customer key: the normalised e-mail, else ``platform:id``, else NA."""
    external = frame["customer_external_id"].astype("string")
    by_id = (platform + ":" + external).where(external.notna(), pd.NA)
    return frame["customer_email"].astype("string").fillna(by_id)


def product_keys(frame: pd.DataFrame) -> pd.Series:
    """Return each row's product key: ``sku:CODE`` when a code exists, else ``name:lower name``."""
    sku = frame["sku"].astype("string").str.strip().str.upper()
    by_name = "name:" + frame["product_name"].astype("string").str.strip().str.lower()
    return ("sku:" + sku).where(sku.notna(), by_name)


class ShopWriter:
    """Writes canonical chunks of one import; keeps id caches across chunks."""

    def __init__(self, conn: sqlite3.Connection, platform: str, import_id: int, extra_non_product: frozenset = frozenset()):
        self.conn = conn
        self.platform = platform
        self.import_id = import_id
        self.extra_non_product = extra_non_product
        self.counts = WriteCounts()
        self.customer_ids: dict[str, int] = {}
        self.product_ids: dict[str, int] = {}
        self.order_ids: dict[str, int] = {}
        self.preexisting_orders: set[int] = set()
        self.next_line: dict[str, int] = {}

    def _next_id(self, table: str) -> int:
        return (self.conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]) + 1

    def _existing(self, sql: str, keys: list) -> dict:
        return dict(self.conn.execute(sql, (json.dumps(keys),)).fetchall())

    def write(self, frame: pd.DataFrame) -> None:
        """Write one canonical chunk (rows to skip already removed); returns None."""
        if frame.empty:
            return
        frame = frame.copy()
        frame["customer_key"] = customer_keys(frame, self.platform)
        frame["product_key"] = product_keys(frame)
        self.counts.rows_without_customer += int(frame["customer_key"].isna().sum())
        self._write_customers(frame)
        self._write_products(frame)
        self._write_orders(frame)
        self._write_lines(frame)

    def _write_customers(self, frame: pd.DataFrame) -> None:
        with_key = frame[frame["customer_key"].notna()].rename(columns={"customer_email": "email"})
        if with_key.empty:
            return
        people = with_key.groupby("customer_key", sort=False)[CUSTOMER_FIELDS + ["customer_external_id"]].first()
        new_keys = [k for k in people.index if k not in self.customer_ids]
        if new_keys:
            self.customer_ids.update(self._existing(
                "SELECT key, id FROM customers WHERE key IN (SELECT value FROM json_each(?))", new_keys))
            missing = [k for k in new_keys if k not in self.customer_ids]
            start = self._next_id("customers")
            for offset, key in enumerate(missing):
                self.customer_ids[key] = start + offset
            self.counts.customers_added += len(missing)
            self.conn.executemany(
                "INSERT INTO customers(id, key, first_seen_import) VALUES (?, ?, ?)",
                [(self.customer_ids[k], k, self.import_id) for k in missing])
        people = people.reset_index()
        people["id"] = people["customer_key"].map(self.customer_ids)
        sets = ", ".join(f"{f} = COALESCE(?, {f})" for f in CUSTOMER_FIELDS)
        self.conn.executemany(f"UPDATE customers SET {sets} WHERE id = ?", _rows(people, CUSTOMER_FIELDS + ["id"]))
        sources = people[people["customer_external_id"].notna()]
        self.conn.executemany(
            "INSERT OR IGNORE INTO customer_sources(customer_id, platform, external_id, import_id) VALUES (?, ?, ?, ?)",
            [(cid, self.platform, str(ext), self.import_id)
             for cid, ext in zip(sources["id"], sources["customer_external_id"])])

    def _write_products(self, frame: pd.DataFrame) -> None:
        goods = frame.groupby("product_key", sort=False)[["sku", "product_name", "category", "unit_price_minor"]].last()
        new_keys = [k for k in goods.index if k not in self.product_ids]
        if new_keys:
            self.product_ids.update(self._existing(
                "SELECT key, id FROM products WHERE key IN (SELECT value FROM json_each(?))", new_keys))
            missing = [k for k in new_keys if k not in self.product_ids]
            start = self._next_id("products")
            for offset, key in enumerate(missing):
                self.product_ids[key] = start + offset
            self.conn.executemany("INSERT INTO products(id, key, name) VALUES (?, ?, ?)",
                                  [(self.product_ids[k], k, goods.at[k, "product_name"] or k) for k in missing])
        goods = goods.reset_index()
        goods["id"] = goods["product_key"].map(self.product_ids)
        goods["is_product"] = (~non_product_mask(goods["sku"], goods["product_name"], self.extra_non_product)).astype(int)
        self.conn.executemany(
            "UPDATE products SET sku = COALESCE(?, sku), name = COALESCE(?, name), category = COALESCE(?, category), "
            "last_price_minor = COALESCE(?, last_price_minor), is_product = MIN(is_product, ?) WHERE id = ?",
            _rows(goods, ["sku", "product_name", "category", "unit_price_minor", "is_product", "id"]))

    def _write_orders(self, frame: pd.DataFrame) -> None:
        orders = frame.groupby("order_id", sort=False)[ORDER_FIELDS + ["customer_key"]].first()
        orders["customer_id"] = orders["customer_key"].map(self.customer_ids)
        orders = orders.reset_index()
        new_ids = [k for k in orders["order_id"] if k not in self.order_ids]
        if not new_ids:
            return
        existing = dict(self.conn.execute(
            "SELECT external_id, id FROM orders WHERE platform = ? AND external_id IN (SELECT value FROM json_each(?))",
            (self.platform, json.dumps(new_ids))).fetchall())
        self.order_ids.update(existing)
        self.preexisting_orders.update(existing.values())
        missing = [k for k in new_ids if k not in self.order_ids]
        start = self._next_id("orders")
        for offset, key in enumerate(missing):
            self.order_ids[key] = start + offset
        rows = orders[orders["order_id"].isin(set(missing))].copy()
        rows["id"] = rows["order_id"].map(self.order_ids)
        rows["platform"] = self.platform
        rows["import_id"] = self.import_id
        columns = ["id", "platform", "order_id", "customer_id", "import_id"] + ORDER_FIELDS
        names = ["id", "platform", "external_id", "customer_id", "import_id"] + ORDER_FIELDS
        names = [("total_minor" if n == "order_total_minor" else n) for n in names]
        self.conn.executemany(
            f"INSERT INTO orders({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", _rows(rows, columns))
        self.counts.orders_added += len(missing)
        changed = orders[orders["order_id"].isin(set(existing))].copy()
        if changed.empty:
            return
        changed["id"] = changed["order_id"].map(self.order_ids)
        before = self.conn.total_changes
        self.conn.executemany(
            "UPDATE orders SET status = ?1, is_cancelled = ?2, total_minor = COALESCE(?3, total_minor) WHERE id = ?4 "
            "AND (status IS NOT ?1 OR is_cancelled IS NOT ?2 OR (?3 IS NOT NULL AND total_minor IS NOT ?3))",
            _rows(changed, ["status", "is_cancelled", "order_total_minor", "id"]))
        self.counts.orders_updated += self.conn.total_changes - before

    def _write_lines(self, frame: pd.DataFrame) -> None:
        order_key = frame["order_id"]
        within = order_key.groupby(order_key, sort=False).cumcount()
        offsets = order_key.map(lambda k: self.next_line.get(k, 0))
        frame["line_no"] = (within + offsets + 1).astype(int)
        for key, count in order_key.value_counts(sort=False).items():
            self.next_line[key] = self.next_line.get(key, 0) + int(count)
        frame["order_row_id"] = order_key.map(self.order_ids)
        frame["product_id"] = frame["product_key"].map(self.product_ids)
        columns = ["order_row_id", "line_no", "product_id", "quantity", "unit_price_minor", "line_total_minor"]
        rows = _rows(frame, columns)
        before = self.conn.total_changes
        self.conn.executemany(
            "INSERT OR IGNORE INTO order_lines(order_id, line_no, product_id, quantity, unit_price_minor, "
            "line_total_minor) VALUES (?, ?, ?, ?, ?, ?)", rows)
        self.counts.lines_added += self.conn.total_changes - before
        if self.preexisting_orders:
            again = frame[frame["order_row_id"].isin(self.preexisting_orders)]
            self.conn.executemany(
                "UPDATE order_lines SET product_id = ?, quantity = ?, unit_price_minor = ?, line_total_minor = ? "
                "WHERE order_id = ? AND line_no = ?",
                _rows(again, ["product_id", "quantity", "unit_price_minor", "line_total_minor", "order_row_id",
                              "line_no"]))
