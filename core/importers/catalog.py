"""Product catalogs: the shop's product export, imported into ``products`` (no orders, no customers).

Layouts (auto-detected by their headers, then imported through the same ``import_batch`` path as orders, as one
transaction, idempotent):

- Shopify ``products_export.csv``: one row per variant (and extra rows per extra image). ``Handle`` is on every
  row; ``Title``, ``Vendor``, ``Type``/``Product Category``, ``Tags``, ``Published`` and ``Status`` only on a
  product's first row and are carried to its other rows. A product with options (``Option1 Value`` other than
  ``Default Title``) gets a product row of its own (key ``handle:<handle>``), and each variant, named like
  Shopify's order lines (``Title - Red / M``), points to it (``parent_key``).
- WooCommerce products CSV (core exporter): ``ID, Type, SKU, Name, Published (1 / 0 private / -1 draft),
  Visibility in catalog (hidden: not recommended), In stock?, Stock, Sale price, Regular price, Categories, Images,
  Parent`` (the parent's SKU, or ``id:42``); a grouped product only lists others and is not a product here.
- Generic product list: SKU, name, price, URL, image, category, stock, status (English, Polish, Latvian or Russian
  column names), told apart from an order file by having no order, date or customer column.

Products are matched to the shop's by SKU, else by name; products only the catalog knows are added.
Each product the catalog names gets ``catalog_import`` (the import's id), its handle, link, image, price,
status, publication and stock (``core.analysis.merchandising.held_back_products`` reads them).
"""

from __future__ import annotations

import pandas as pd

from core.importers import reasons as why
from core.importers.base import ImportFormat, ImportOptions, column, empty_canonical
from core.importers.shopify import carry_forward
from core.importers.values import clean_text, parse_number, to_minor_units
from core.messages import MessageTemplate

# The columns a catalog format adds to the canonical frame (the order columns stay NA).
CATALOG_COLUMNS = ["handle", "url", "image_url", "price_minor", "status", "published", "in_stock", "inventory_qty",
                   "vendor", "tags", "catalog_ref", "parent_ref", "parent_name", "extra_row"]
SHOPIFY_CARRIED = ["Title", "Vendor", "Type", "Product Category", "Tags", "Published", "Published on online store",
                   "Status", "Option1 Name", "Option2 Name", "Option3 Name"]
YES = {"true", "yes", "y", "1", "tak", "jā", "да", "publish", "published", "active", "visible"}
NO = {"false", "no", "n", "0", "nie", "nē", "нет", "hidden", "unpublished"}
IN_STOCK_WORDS = {"instock", "in stock", "in_stock", "available", "yes", "1", "true", "backorder", "onbackorder",
                  "dostępny", "dostępne", "na stanie", "ir noliktavā", "pieejams", "в наличии", "есть"}
OUT_OF_STOCK_WORDS = {"outofstock", "out of stock", "out_of_stock", "sold out", "unavailable", "no", "0", "false",
                      "niedostępny", "brak", "wyprzedany", "nav noliktavā", "nav pieejams", "нет в наличии", "нет"}
STATUS_WORDS = {"active": "active", "publish": "active", "published": "active", "enabled": "active",
                "aktywny": "active", "opublikowany": "active", "aktīvs": "active", "активен": "active",
                "активный": "active", "draft": "draft", "szkic": "draft", "melnraksts": "draft",
                "черновик": "draft", "archived": "archived", "archiwum": "archived", "arhivēts": "archived",
                "архив": "archived", "private": "private", "prywatny": "private", "pending": "pending"}
HIDDEN_STATUS = {"hidden", "inactive", "disabled", "unpublished", "ukryty", "nieaktywny", "paslēpts", "neaktīvs",
                 "скрыт", "скрытый", "неактивен", "неактивный"}

SHOPIFY_LABEL = MessageTemplate("import.format.shopify_products", "Shopify product export (catalog)")
WOO_LABEL = MessageTemplate("import.format.woocommerce_products", "WooCommerce products export (catalog)")
HANDLE_MEANING = MessageTemplate("import.meaning.handle", "the product handle")
GENERIC_LABEL = MessageTemplate("import.format.catalog", "Product list (catalog)")
CATALOG_NOTICE = MessageTemplate(
    "import.note.catalog", "This file is the shop's product catalog: links, pictures, prices and stock now come "
    "from it, and drafts, hidden and sold-out products are never recommended.")


def _text(series: pd.Series) -> pd.Series:
    return clean_text(series).astype("string")


def _flag(series: pd.Series, yes=YES, no=NO) -> pd.Series:
    """Return 1 / 0 / NA from yes/no-like words."""
    text = _text(series).str.lower()
    out = pd.Series(pd.NA, index=series.index, dtype="Int64")
    out[text.isin(yes).fillna(False)] = 1
    out[text.isin(no).fillna(False)] = 0
    return out


def _money(series: pd.Series, options: ImportOptions) -> pd.Series:
    return to_minor_units(parse_number(series, options.decimal))


def _first_url(series: pd.Series) -> pd.Series:
    """Return the first http(s) address of a cell that may list several (WooCommerce ``Images``)."""
    return _text(series).str.extract(r"(https?://[^\s,;|\"'<>]+)", expand=False).astype("string")


def _catalog_frame(raw: pd.DataFrame) -> pd.DataFrame:
    out = empty_canonical(raw.index)
    out["is_cancelled"] = 0
    for name in CATALOG_COLUMNS:
        out[name] = pd.Series(pd.NA, index=raw.index, dtype="object")
    out["extra_row"] = False
    return out


class CatalogFormat(ImportFormat):
    """A product catalog: rows become products, written by ``core.catalog_writer.write_catalog`` (no orders)."""

    catalog_only = True
    notice = CATALOG_NOTICE()

    def write_catalog(self, conn, usable: pd.DataFrame, result, options: ImportOptions) -> None:
        """Write ``usable`` catalog rows into ``products``; adds to ``result.products_added/updated``."""
        from core.importers.catalog_writer import write_catalog
        added, updated = write_catalog(conn, usable, result.import_id, options.state)
        result.products_added += added
        result.products_updated += updated


class ShopifyProductsFormat(CatalogFormat):
    key = "shopify_products"
    label = SHOPIFY_LABEL()
    platform = "shopify"
    signature = (("Handle", "URL handle"), ("Title",), ("Variant SKU", "SKU"), ("Variant Price", "Price"),
                 ("Variant Inventory Qty", "Image Src", "Option1 Value", "Option1 value", "Status"))
    required = ((HANDLE_MEANING(), ("Handle", "URL handle")),)

    def detect(self, columns: list[str]) -> float:
        present = {c.strip().lower() for c in columns}
        if not ({"handle", "url handle"} & present) or "title" not in present:
            return 0.0
        return super().detect(columns)

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        handle_col = "Handle" if "Handle" in raw.columns else next(
            (c for c in raw.columns if c.strip().lower() in ("handle", "url handle")), "Handle")
        raw = carry_forward(raw, handle_col, [c for c in SHOPIFY_CARRIED if c in raw.columns], options)
        out = _catalog_frame(raw)
        handle = _text(column(raw, handle_col)).str.lower()
        title = _text(column(raw, "Title"))
        sku = _text(column(raw, "Variant SKU", "SKU"))
        price = column(raw, "Variant Price", "Price")
        options_values = [_text(column(raw, f"Option{i} Value", f"Option{i} value")) for i in (1, 2, 3)]
        has_price = _text(price).notna()
        # an extra image row: no variant on it (no price, SKU or option value)
        extra = ~(has_price | sku.notna() | options_values[0].notna())
        default = options_values[0].str.lower().eq("default title").fillna(False) | options_values[0].isna()
        joined = pd.Series([" / ".join(str(v) for v in values if isinstance(v, str) and v)
                            for values in zip(*options_values)], index=raw.index, dtype="string")
        variant = ~default & joined.str.len().gt(0).fillna(False)
        out["product_name"] = title.where(~variant, title + " - " + joined)
        out["sku"] = sku
        out["handle"] = handle
        out["category"] = _text(column(raw, "Product Category", "Product category")).fillna(
            _text(column(raw, "Type")))
        # Shopify's product category is a path ("Home & Garden > Decor > Candles"): the last step names it
        out["category"] = out["category"].astype("string").str.split(">").str[-1].str.strip()
        out["image_url"] = _first_url(column(raw, "Variant Image", "Variant image URL")).fillna(
            _first_url(column(raw, "Image Src", "Product image URL")))
        out["price_minor"] = _money(price, options)
        out["status"] = _text(column(raw, "Status")).str.lower()
        published = column(raw, "Published", "Published on online store")
        out["published"] = _flag(published)
        quantity = parse_number(column(raw, "Variant Inventory Qty", "Inventory quantity"), ".")
        tracker = _find(raw, ("variant inventory tracker", "inventory tracker"))
        tracked = _text(raw[tracker]).notna() if tracker is not None else quantity.notna()
        policy = _text(column(raw, "Variant Inventory Policy", "Continue selling when out of stock")).str.lower()
        keeps_selling = policy.isin(["continue", "true", "yes"]).fillna(False)
        in_stock = pd.Series(1, index=raw.index, dtype="Int64")
        in_stock[(tracked & quantity.le(0).fillna(False) & ~keeps_selling).to_numpy()] = 0
        out["in_stock"] = in_stock
        out["inventory_qty"] = quantity
        out["vendor"] = _text(column(raw, "Vendor"))
        out["tags"] = _text(column(raw, "Tags"))
        out["catalog_ref"] = "handle:" + handle
        out["parent_ref"] = ("handle:" + handle).where(variant, pd.NA)
        out["parent_name"] = title.where(variant, pd.NA)
        out["extra_row"] = extra.to_numpy()
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[handle.isna().to_numpy()] = why.NO_PRODUCT_NAME_OR_SKU
        reason[(~extra & handle.notna() & title.isna() & sku.isna()).to_numpy()] = why.NO_PRODUCT_NAME_OR_SKU
        out["skip_reason"] = reason
        return out


class WooProductsFormat(CatalogFormat):
    key = "woocommerce_products"
    label = WOO_LABEL()
    platform = "woocommerce"
    signature = (("ID",), ("Type",), ("SKU",), ("Name",), ("Regular price",), ("In stock?", "Stock", "Parent"))

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = _catalog_frame(raw)
        name = _text(column(raw, "Name"))
        kind = _text(column(raw, "Type")).str.lower()
        out["product_name"] = name
        out["sku"] = _text(column(raw, "SKU"))
        out["category"] = _text(column(raw, "Categories")).str.split(",").str[0].str.split(">").str[-1].str.strip()
        sale = _money(column(raw, "Sale price"), options)
        out["price_minor"] = sale.fillna(_money(column(raw, "Regular price"), options))
        published = _text(column(raw, "Published")).str.strip()
        out["status"] = published.map({"1": "publish", "0": "private", "-1": "draft"}).astype("object")
        flag = published.map({"1": 1, "0": 0, "-1": 0}).astype("Int64")
        # "hidden" in the catalog: not shown in the shop's lists and searches, so not recommended either
        hidden = _text(column(raw, "Visibility in catalog", "Visibility in catalogue")).str.lower().eq("hidden")
        out["published"] = flag.mask(hidden.fillna(False).to_numpy(), 0)
        stock_flag = _flag(column(raw, "In stock?"), IN_STOCK_WORDS, OUT_OF_STOCK_WORDS)
        out["inventory_qty"] = parse_number(column(raw, "Stock"), ".")
        out["in_stock"] = stock_flag
        out["url"] = _first_url(column(raw, "Permalink", "URL", "Product URL"))
        slug = _text(column(raw, "Slug", "Post name"))
        out["handle"] = slug.str.lower()
        out["image_url"] = _first_url(column(raw, "Images"))
        out["tags"] = _text(column(raw, "Tags"))
        ids = _text(column(raw, "ID"))
        out["catalog_ref"] = ("id:" + ids).where(ids.notna(), pd.NA)
        parent = _text(column(raw, "Parent"))
        out["parent_ref"] = parent.where(parent.str.startswith("id:").fillna(False), "sku:" + parent.str.upper())
        out["parent_ref"] = out["parent_ref"].where(parent.notna(), pd.NA)
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[(name.isna() & out["sku"].isna()).to_numpy()] = why.NO_PRODUCT_NAME_OR_SKU
        out["skip_reason"] = reason
        out["extra_row"] = kind.isin(["grouped"]).fillna(False).to_numpy()  # a group only lists other products
        return out


def _find(raw: pd.DataFrame, names: tuple[str, ...]) -> str | None:
    lookup = {str(c).strip().lower(): c for c in raw.columns}
    return next((lookup[n] for n in names if n in lookup), None)


GENERIC_COLUMNS = {
    "sku": ("sku", "product code", "code", "item code", "product id", "kod", "kod produktu", "symbol", "artikuls",
            "kods", "артикул", "код", "код товара"),
    "name": ("name", "product name", "product", "title", "product title", "nazwa", "nazwa produktu", "produkt",
             "nosaukums", "produkts", "prece", "название", "наименование", "товар"),
    "price": ("price", "unit price", "regular price", "sale price", "cena", "cena brutto", "cena sprzedaży",
              "cena", "цена", "стоимость"),
    "url": ("url", "link", "product url", "product link", "permalink", "adres", "adres url", "saite", "ссылка"),
    "image": ("image", "image url", "image src", "images", "picture", "photo", "zdjęcie", "obraz", "obrazek",
              "attēls", "bilde", "изображение", "картинка", "фото"),
    "category": ("category", "categories", "product type", "type", "kategoria", "kategorija", "категория"),
    "stock": ("stock", "stock qty", "stock quantity", "quantity in stock", "inventory", "inventory qty",
              "in stock", "availability", "stan magazynowy", "dostępność", "ilość w magazynie", "atlikums",
              "krājums", "pieejamība", "остаток", "наличие", "количество на складе"),
    "status": ("status", "state", "visibility", "statuss", "статус", "видимость"),
    "handle": ("handle", "slug"),
    "parent": ("parent", "parent sku", "parent_sku", "variant of", "rodzic", "vecāks", "родитель"),
    "vendor": ("vendor", "brand", "producent", "marka", "ražotājs", "бренд", "производитель"),
}
# A column like these makes a file an order (or customer) export, never a product list.
ORDER_LIKE = {"order", "order id", "order number", "order #", "order_id", "invoice", "invoiceno", "date",
              "order date", "created at", "email", "e-mail", "customer", "customer id", "quantity", "qty",
              "numer zamówienia", "zamówienie", "data", "klient", "ilość", "pasūtījums", "datums", "klients",
              "daudzums", "заказ", "номер заказа", "дата", "клиент", "количество", "lineitem name", "sale date"}


class GenericCatalogFormat(CatalogFormat):
    key = "catalog"
    label = GENERIC_LABEL()
    platform = "catalog"
    signature = ()

    def detect(self, columns: list[str]) -> float:
        present = {c.strip().lower() for c in columns}
        if present & ORDER_LIKE:
            return 0.0
        has = {field for field, names in GENERIC_COLUMNS.items() if set(names) & present}
        if not ({"name", "sku"} & has) or "price" not in has:
            return 0.0
        if not ({"url", "image", "stock", "status", "handle"} & has):
            return 0.0
        return 0.9  # a platform's own catalog layout wins over this one

    def to_canonical(self, raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
        out = _catalog_frame(raw)
        cols = {field: _find(raw, names) for field, names in GENERIC_COLUMNS.items()}

        def get(field: str) -> pd.Series:
            name = cols[field]
            return raw[name] if name is not None else pd.Series(pd.NA, index=raw.index, dtype="string")

        out["sku"] = _text(get("sku"))
        out["product_name"] = _text(get("name"))
        out["category"] = _text(get("category"))
        out["price_minor"] = _money(get("price"), options)
        out["url"] = _text(get("url"))
        out["image_url"] = _first_url(get("image"))
        out["handle"] = _text(get("handle")).str.lower()
        stock = _text(get("stock"))
        quantity = parse_number(stock, options.decimal)
        words = _flag(stock, IN_STOCK_WORDS, OUT_OF_STOCK_WORDS)
        out["inventory_qty"] = quantity
        out["in_stock"] = (quantity > 0).astype("Int64").where(quantity.notna(), words)
        status = _text(get("status")).str.lower()
        out["status"] = status.map(lambda s: STATUS_WORDS.get(s, s) if isinstance(s, str) else None).astype(object)
        published = pd.Series(pd.NA, index=raw.index, dtype="Int64")
        published[status.isin(HIDDEN_STATUS).fillna(False).to_numpy()] = 0
        published[out["status"].eq("active").fillna(False).to_numpy()] = 1
        out["published"] = published
        out["vendor"] = _text(get("vendor"))
        parent = _text(get("parent"))
        out["parent_ref"] = ("sku:" + parent.str.upper()).where(parent.notna(), pd.NA)
        out["catalog_ref"] = ("sku:" + out["sku"].astype("string").str.upper()).where(out["sku"].notna(), pd.NA)
        reason = pd.Series(None, index=raw.index, dtype="object")
        reason[(out["product_name"].isna() & out["sku"].isna()).to_numpy()] = why.NO_PRODUCT_NAME_OR_SKU
        out["skip_reason"] = reason
        return out


CATALOG_FORMATS = (ShopifyProductsFormat(), WooProductsFormat(), GenericCatalogFormat())


def is_catalog_header(columns: list[str]) -> bool:
    """Return True when a header is one of the catalog layouts (so the file is a product list, not orders)."""
    return any(fmt.detect(columns) >= 0.75 for fmt in CATALOG_FORMATS)

