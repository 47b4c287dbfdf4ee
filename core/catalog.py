"""Catalog facts about the shop's products: handles, links, images, prices, whether a catalog was imported,
which product a variant belongs to, and the slugs guessed for products the catalog does not know.

A product catalog (``core.importers.catalog``: Shopify ``products_export``, WooCommerce products, a generic
product list) fills ``products.handle, url, image_url, status, published, in_stock, parent_key`` and stamps
``catalog_import``. Without one, links are guesses made from the product name (``slugify``, transliterated).

Variants: a variant's ``parent_key`` is the ``key`` of the product it belongs to (the Shopify handle's product
row ``handle:<handle>``, the WooCommerce parent). ``rollup_map`` / ``roll_up_lines`` put a variant's sales on
its product, so pairs and picks speak of "the T-shirt", not "the T-shirt - Red / M".
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd
import sqlite_utils

from core.currency import main_currency

# Letters NFKD does not take apart into a base letter (Polish ł, Scandinavian ø …) and Cyrillic, as Latin.
LATIN_EXTRA = {"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i"}
CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
            "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
            "э": "e", "ю": "iu", "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u"}
FACT_COLUMNS = ["product_id", "sku", "name", "category", "handle", "handle_known", "url", "url_known", "image_url",
                "price", "currency", "in_catalog", "parent_id"]


def transliterate(text: str) -> str:
    """Return ``text`` in plain ASCII letters: accents dropped, ł→l, ß→ss, Cyrillic in Latin (``Чай`` → ``Chai``)."""
    out = []
    for char in str(text or ""):
        lower = char.lower()
        mapped = CYRILLIC.get(lower, LATIN_EXTRA.get(lower))
        if mapped is None:
            out.append(char)
        else:
            out.append(mapped.capitalize() if char != lower and mapped else mapped)
    return unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode("ascii")


def slugify(name: str) -> str:
    """Return a Shopify/WooCommerce-style handle for a product name: ``'Żółta lampka'`` → ``'zolta-lampka'``,
    ``'Чай зелёный'`` → ``'chai-zelenyi'``, ``'Red Mug 2'`` → ``'red-mug-2'``."""
    return re.sub(r"[^a-z0-9]+", "-", transliterate(name).lower()).strip("-")


def has_catalog(db: sqlite_utils.Database) -> bool:
    """Return True when a product catalog was imported into the shop (some product carries ``catalog_import``)."""
    return db.execute("SELECT 1 FROM products WHERE catalog_import IS NOT NULL LIMIT 1").fetchone() is not None


def catalog_product_count(db: sqlite_utils.Database) -> int:
    """Return how many products came from (or were matched by) an imported catalog."""
    return int(db.execute("SELECT COUNT(*) FROM products WHERE catalog_import IS NOT NULL").fetchone()[0])


def rollup_map(db: sqlite_utils.Database) -> dict[int, int]:
    """Return {variant product id: id of the product it belongs to} for every variant whose product is in the
    shop (``parent_key`` naming another product's ``key``); products that are not variants are not in it."""
    rows = db.execute(
        "SELECT v.id, p.id FROM products v JOIN products p ON p.key = v.parent_key WHERE v.id != p.id").fetchall()
    return {int(variant): int(parent) for variant, parent in rows}


def roll_up_lines(db: sqlite_utils.Database, lines: pd.DataFrame) -> pd.DataFrame:
    """Return ``lines`` (``core.data.load_lines`` columns) with each variant's ``product_id`` (and ``product_name``,
    ``sku``, ``category`` when present) replaced by its product's; the same frame when nothing rolls up."""
    mapping = rollup_map(db)
    if not mapping or lines.empty or not lines["product_id"].isin(list(mapping)).any():
        return lines
    out = lines.copy()
    out["product_id"] = out["product_id"].map(lambda pid: mapping.get(int(pid), pid)).astype(lines["product_id"].dtype)
    parents = sorted(set(mapping.values()))
    marks = ",".join("?" * len(parents))
    facts = {int(pid): (name, sku, category) for pid, name, sku, category in db.execute(
        f"SELECT id, name, sku, category FROM products WHERE id IN ({marks})", parents).fetchall()}
    rolled = out["product_id"].isin(parents)
    for position, column in enumerate(("product_name", "sku", "category")):
        if column in out:
            values = out.loc[rolled, "product_id"].map(lambda pid: facts[int(pid)][position])
            if column == "category":  # a parent without a category keeps the variant's
                values = values.fillna(out.loc[rolled, column])
            out[column] = out[column].astype(object)
            out.loc[rolled, column] = values
    return out


def product_facts(db: sqlite_utils.Database, product_ids=None, url_pattern: str = "/products/{handle}"
                  ) -> pd.DataFrame:
    """Return one row per product (all, or ``product_ids``), indexed by ``product_id``: sku, name, category,
    handle (the catalog's, else a transliterated guess from the name), handle_known, url (the catalog's link,
    else ``url_pattern`` filled with the handle), url_known (False when the link is a guess), image_url (None when unknown), price (major units: the
    catalog's price or the last price sold at), currency (the shop's main currency), in_catalog, parent_id (the
    product a variant belongs to, else None).

    Offer files, picks and snippets call this for the link, picture and price they show.
    """
    sql = ("SELECT id AS product_id, sku, name, category, handle, url, image_url, last_price_minor, "
           "catalog_import IS NOT NULL AS in_catalog FROM products")
    params: list = []
    if product_ids is not None:
        ids = sorted({int(i) for i in product_ids})
        if not ids:
            return pd.DataFrame(columns=FACT_COLUMNS).set_index("product_id")
        sql += f" WHERE id IN ({','.join('?' * len(ids))})"
        params = ids
    frame = pd.read_sql_query(sql, db.conn, params=params)
    known = frame["handle"].notna() & (frame["handle"].astype(str).str.strip() != "")
    frame["handle_known"] = known
    frame["handle"] = frame["handle"].where(known, frame["name"].map(slugify))
    guessed = frame["handle"].map(lambda h: url_pattern.replace("{handle}", h) if h else None)
    has_url = frame["url"].notna() & (frame["url"].astype(str).str.strip() != "")
    frame["url"] = frame["url"].where(has_url, guessed)
    frame["url_known"] = has_url | known
    frame["image_url"] = frame["image_url"].where(frame["image_url"].notna(), None)
    frame["price"] = frame["last_price_minor"] / 100.0
    frame["currency"] = main_currency(db)
    frame["in_catalog"] = frame["in_catalog"].astype(bool)
    parents = rollup_map(db)
    frame["parent_id"] = frame["product_id"].map(lambda pid: parents.get(int(pid))).astype("Int64")
    if parents and frame["image_url"].isna().any():  # a variant without a picture shows its product's
        images = dict(db.execute("SELECT id, image_url FROM products WHERE image_url IS NOT NULL").fetchall())
        frame["image_url"] = frame["image_url"].where(
            frame["image_url"].notna(), frame["parent_id"].map(lambda pid: images.get(int(pid)) if pd.notna(pid)
                                                               else None))
    return frame[FACT_COLUMNS].set_index("product_id")


def product_by_handle(db: sqlite_utils.Database, text: str) -> int | None:
    """Return the id of the product a handle (``zolta-lampka``) or a product link
    (``https://shop.example/products/zolta-lampka?variant=1``, ``/product/zolta-lampka/``) names, its own
    product row before its variants'; None when no product has that handle or link."""
    text = str(text or "").strip()
    if not text:
        return None
    row = db.execute("SELECT id FROM products WHERE url = ? AND is_product = 1 ORDER BY id LIMIT 1",
                     [text]).fetchone()
    if row:
        return int(row[0])
    match = re.search(r"/products?/([^/?#]+)", text)
    handle = (match.group(1) if match else text).lower()
    row = db.execute("SELECT id FROM products WHERE handle = ? COLLATE NOCASE AND is_product = 1 "
                     "ORDER BY parent_key IS NOT NULL, id LIMIT 1", [handle]).fetchone()
    return int(row[0]) if row else None
