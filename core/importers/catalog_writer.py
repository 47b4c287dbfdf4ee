"""Write a product catalog's rows (``core.importers.catalog``) into ``products``, inside the import's transaction.

Matching: a row is the shop's product with the same SKU (its key ``sku:CODE`` or its ``sku``), else the one with
the same name; a row matching nothing is added with the key an order line would give it (``sku:CODE``, else
``name:lower name``), so later order imports find it. A variant's product (``parent_ref``: a Shopify handle's
``handle:<handle>``, a WooCommerce ``id:<ID>`` or ``sku:<CODE>``) is resolved to that product's key and kept in
``parent_key``; a Shopify handle with options gets a product row of its own, keyed ``handle:<handle>``.

Re-importing the same catalog finds every product again: nothing is added twice.
"""

from __future__ import annotations

import pandas as pd

UPDATE_SQL = (
    "UPDATE products SET sku = COALESCE(sku, ?), category = COALESCE(?, category), handle = COALESCE(?, handle), "
    "url = COALESCE(?, url), image_url = COALESCE(?, image_url), last_price_minor = COALESCE(?, last_price_minor), "
    "status = ?, published = ?, in_stock = ?, inventory_qty = ?, vendor = ?, tags = ?, catalog_import = ? "
    "WHERE id = ?")


def _value(value):
    """Return ``value`` as a plain Python value for SQLite (None for NA)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


class _Products:
    """The shop's products by key, SKU and name, kept current while a chunk is written."""

    def __init__(self, conn):
        self.conn = conn
        self.by_key: dict[str, int] = {}
        self.by_sku: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        self.key_of: dict[int, str] = {}
        for product_id, key, sku, name in conn.execute("SELECT id, key, sku, name FROM products ORDER BY id"):
            self._remember(product_id, key, sku, name)

    def _remember(self, product_id, key, sku, name) -> None:
        self.by_key[key] = product_id
        self.key_of[product_id] = key
        if sku:
            self.by_sku.setdefault(str(sku).strip().upper(), product_id)
        if name:
            self.by_name.setdefault(str(name).strip().lower(), product_id)

    def find(self, sku, name, key=None) -> int | None:
        """Return the id of the product with this key, SKU or else name; None when there is none."""
        if key and key in self.by_key:
            return self.by_key[key]
        if sku:
            code = str(sku).strip().upper()
            found = self.by_key.get(f"sku:{code}") or self.by_sku.get(code)
            if found:
                return found
        if name:
            text = str(name).strip().lower()
            return self.by_key.get(f"name:{text}") or self.by_name.get(text)
        return None

    def add(self, key: str, sku, name: str) -> int:
        """Insert a product; returns its id."""
        cursor = self.conn.execute("INSERT INTO products(key, sku, name) VALUES (?, ?, ?)", (key, sku, name))
        self._remember(cursor.lastrowid, key, sku, name)
        return int(cursor.lastrowid)


def _facts(row, import_id) -> tuple:
    return (_value(row.sku), _value(row.category), _value(row.handle), _value(row.url), _value(row.image_url),
            _value(row.price_minor), _value(row.status), _value(row.published), _value(row.in_stock),
            _value(row.inventory_qty), _value(row.vendor), _value(row.tags), import_id)


def write_catalog(conn, frame: pd.DataFrame, import_id: int, state: dict) -> tuple[int, int]:
    """Write the usable catalog rows of one chunk; returns (products added, products updated).

    ``state`` (the import's ``ImportOptions.state``) carries what later chunks need: which products this import
    already counted and the key of every ``catalog_ref`` written (a variation's parent may sit in an earlier chunk).
    """
    products = _Products(conn)
    seen: set[int] = state.setdefault("catalog_seen", set())
    refs: dict[str, str] = state.setdefault("catalog_refs", {})
    added = updated = 0

    def count(product_id: int, is_new: bool) -> None:
        nonlocal added, updated
        if product_id in seen:
            return
        seen.add(product_id)
        if is_new:
            added += 1
        else:
            updated += 1

    parents: set[int] = set()
    for row in frame[~frame["extra_row"].astype(bool)].itertuples(index=False):
        sku, name = _value(row.sku), _value(row.product_name)
        parent_key = None
        parent_ref = _value(row.parent_ref)
        if parent_ref and parent_ref.startswith("handle:"):  # a Shopify product with options: its own row
            parent_id = products.find(None, _value(row.parent_name), key=parent_ref)
            is_new = parent_id is None
            if is_new:
                parent_id = products.add(parent_ref, None, _value(row.parent_name) or parent_ref[7:])
            conn.execute(UPDATE_SQL, _facts(row._replace(sku=None), import_id) + (parent_id,))
            count(parent_id, is_new)
            parents.add(parent_id)
            parent_key = products.key_of[parent_id]
        elif parent_ref:
            parent_key = refs.get(parent_ref) or (parent_ref if parent_ref in products.by_key else None)
        product_id = products.find(sku, name)
        is_new = product_id is None
        if is_new:
            key = f"sku:{str(sku).strip().upper()}" if sku else f"name:{str(name).strip().lower()}"
            product_id = products.add(key, sku, name or sku)
        conn.execute(UPDATE_SQL, _facts(row, import_id) + (product_id,))
        if parent_key and parent_key != products.key_of[product_id]:
            conn.execute("UPDATE products SET parent_key = ? WHERE id = ?", (parent_key, product_id))
        ref = _value(row.catalog_ref)
        if ref and not (parent_ref and parent_ref.startswith("handle:")):
            refs[ref] = products.key_of[product_id]
        count(product_id, is_new)
    if parents:  # a product is in stock while one of its variants is (one grouped pass, then one update each)
        keys = {products.key_of[parent_id] for parent_id in parents}
        totals = [(in_stock, quantity, key) for key, in_stock, quantity in conn.execute(
            "SELECT parent_key, MAX(in_stock), SUM(inventory_qty) FROM products WHERE parent_key IS NOT NULL "
            "GROUP BY parent_key") if key in keys]
        conn.executemany("UPDATE products SET in_stock = ?, inventory_qty = ? WHERE key = ?", totals)
    return added, updated
