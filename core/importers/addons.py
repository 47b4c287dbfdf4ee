"""Lines that are not products (postage, fees, tips, gift cards, shipping protection, donations …): what an import
set aside, and the owner's say over it.

The import classifies each product once (``core.importers.base.non_product_mask``) and keeps the flag in
``products.is_product``; analyses read only products. The owner's choices live in the shop setting
``non_product_codes`` (read by every import), one entry per product: its code, or ``NAME:`` and its name when it has
no code (upper-cased); a leading ``+`` means "this is a product" and overrides the built-in rules, so a later import
of the same product keeps the owner's choice.
"""

from __future__ import annotations

import json
from typing import Iterable

import pandas as pd
import sqlite_utils

from core.importers.base import KEEP_PREFIX, ORDER_TOTAL_SKU, override_code
from core.store import get_setting, write_transaction

SETTING = "non_product_codes"
COLUMNS = ["product_id", "name", "sku", "lines", "orders", "set_aside"]


def owner_choices(db: sqlite_utils.Database) -> list[str]:
    """Return the owner's entries of the ``non_product_codes`` setting (upper-cased, in order)."""
    return [str(c).strip().upper() for c in (get_setting(db, SETTING, []) or []) if str(c).strip()]


def set_aside_products(db: sqlite_utils.Database, import_id: int | None = None) -> pd.DataFrame:
    """Return the products that are not counted as products, and those the owner chose to keep as products.

    Columns: product_id, name, sku, lines (order lines), orders, set_aside (True: not counted). Sorted by lines,
    most first. With ``import_id``, only products with lines in orders that import added. The placeholder line of
    order-level exports (``ORDER TOTAL``) is left out: it never is a product.
    """
    kept = {c[len(KEEP_PREFIX):] for c in owner_choices(db) if c.startswith(KEEP_PREFIX)}
    where = "o.import_id = ?" if import_id is not None else "1 = 1"
    params = [import_id] if import_id is not None else []
    frame = pd.read_sql_query(
        "SELECT p.id AS product_id, p.name, p.sku, p.is_product, COUNT(l.id) AS lines, "
        "COUNT(DISTINCT l.order_id) AS orders FROM products p "
        f"JOIN order_lines l ON l.product_id = p.id JOIN orders o ON o.id = l.order_id WHERE {where} "
        "GROUP BY p.id", db.conn, params=params)
    frame = frame[frame["sku"].fillna("").str.upper() != ORDER_TOTAL_SKU]
    frame["set_aside"] = frame["is_product"] == 0
    if kept:
        codes = [override_code(s, n) for s, n in zip(frame["sku"], frame["name"])]
        frame = frame[frame["set_aside"] | pd.Series([c in kept for c in codes], index=frame.index, dtype=bool)]
    else:
        frame = frame[frame["set_aside"]]
    frame = frame.sort_values(["lines", "product_id"], ascending=[False, True], kind="stable")
    return frame[COLUMNS].reset_index(drop=True).astype({"lines": int, "orders": int, "set_aside": bool})


def set_is_product(db: sqlite_utils.Database, product_ids: Iterable[int], is_product: bool) -> int:
    """Count (``is_product`` True) or set aside (False) these products, now and in later imports; returns how
    many products changed. The choice is saved in the ``non_product_codes`` setting (see the module text)."""
    ids = sorted({int(p) for p in product_ids})
    if not ids:
        return 0
    marks = ",".join("?" * len(ids))
    with write_transaction(db) as conn:
        rows = conn.execute(f"SELECT id, sku, name FROM products WHERE id IN ({marks})", ids).fetchall()
        rows = [r for r in rows if (r[1] or "").strip().upper() != ORDER_TOTAL_SKU]
        found = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING,)).fetchone()
        entries = [str(c).strip().upper() for c in (json.loads(found[0]) if found else []) or []]
        for _pid, sku, name in rows:
            code = override_code(sku, name)
            entries = [e for e in entries if e not in (code, KEEP_PREFIX + code)]
            entries.append(KEEP_PREFIX + code if is_product else code)
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                     (SETTING, json.dumps(entries)))
        before = conn.total_changes
        conn.executemany("UPDATE products SET is_product = ? WHERE id = ? AND is_product IS NOT ?",
                         [(int(is_product), r[0], int(is_product)) for r in rows])
        return conn.total_changes - before


def mark_codes(db: sqlite_utils.Database, codes: Iterable[str], is_product: bool) -> int:
    """Count (``is_product`` True) or set aside the products with these codes (or ``NAME:name`` entries), now and
    in later imports, also codes no product has yet; returns how many products in the shop changed."""
    wanted = {str(c).strip().upper() for c in codes if str(c).strip()}
    if not wanted:
        return 0
    rows = db.execute("SELECT id, sku, name FROM products").fetchall()
    ids = [pid for pid, sku, name in rows if override_code(sku, name) in wanted]
    changed = set_is_product(db, ids, is_product)
    entries = owner_choices(db)
    for code in sorted(wanted):
        entries = [e for e in entries if e not in (code, KEEP_PREFIX + code)]
        entries.append(KEEP_PREFIX + code if is_product else code)
    with write_transaction(db) as conn:
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (SETTING, json.dumps(entries)))
    return changed
