"""Product catalogs: Shopify products_export, WooCommerce products CSV and a generic product list are recognised,
imported through import_batch (matched by SKU, else name; catalog-only products added; variants linked to their
product), idempotent and atomic; what they say is held back is what the files say (counted with pandas here).

Fixture sources (column names only; the rows are made up):
- Shopify: the product CSV columns of Shopify's help page "Using CSV files to import and export products"
  (Handle, Title, Body (HTML), Vendor, Product Category, Type, Tags, Published, Option1..3 Name/Value, Variant SKU,
  Variant Grams, Variant Inventory Tracker, Variant Inventory Qty, Variant Inventory Policy, Variant Price,
  Image Src, …, Status), as in the public example type github.com/ryanpwaldon/shopify-bookmarklets
  src/types/Variant.ts. Extra image rows carry only Handle and Image Src.
- WooCommerce: the core product CSV exporter's header as in github.com/woocommerce/woocommerce
  sample-data/sample_products.csv (ID, Type, SKU, Name, Published, Is featured?, Visibility in catalog, …, In
  stock?, Stock, …, Sale price, Regular price, Categories, Tags, Shipping class, Images, …, Parent, Grouped
  products, …); as there, a variation's Parent is the parent's SKU (``id:40`` also occurs) and Type may list
  several words (``simple, downloadable, virtual``).
- Generic: a Polish product list (``;``, decimal comma) with SKU, name, price, link, image, category, stock, status.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest

from core.analysis.merchandising import held_back_products
from core.errors import Cancelled, ShopkeeperError
from core.importers.batch import import_batch
from core.importers.reading import sniff_file
from core.importers.registry import detect_format
from core.store import open_memory_shop

SHOPIFY = """Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,\
Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Inventory Tracker,\
Variant Inventory Qty,Variant Inventory Policy,Variant Fulfillment Service,Variant Price,Variant Compare At Price,\
Variant Requires Shipping,Variant Taxable,Variant Barcode,Image Src,Image Position,Image Alt Text,Gift Card,\
Variant Image,Variant Weight Unit,Status
zolta-lampka,Żółta lampka,<p>Lamp</p>,Lumo,Home & Garden > Lighting,Lamps,"yellow, lamp",TRUE,Title,Default Title,,,,,\
LAMP-1,500,shopify,3,deny,manual,49.90,,TRUE,TRUE,,https://cdn.example.com/lamp.jpg,1,,FALSE,,kg,active
zolta-lampka,,,,,,,,,,,,,,,,,,,,,,,,,https://cdn.example.com/lamp-2.jpg,2,,,,,
t-shirt,T-shirt,<p>Tee</p>,Tees,Apparel,Shirts,,TRUE,Color,Red,Size,M,,,TS-RED-M,200,shopify,0,deny,manual,19.00,,\
TRUE,TRUE,,https://cdn.example.com/tee.jpg,1,,FALSE,,kg,active
t-shirt,,,,,,,,,Blue,,M,,,TS-BLUE-M,200,shopify,5,deny,manual,19.00,,TRUE,TRUE,,,,,,,kg,
t-shirt,,,,,,,,,Green,,M,,,TS-GREEN-M,200,shopify,0,continue,manual,19.00,,TRUE,TRUE,,,,,,,kg,
secret-draft,Secret,<p>x</p>,X,,Misc,,FALSE,Title,Default Title,,,,,SEC-1,1,shopify,10,deny,manual,5.00,,TRUE,TRUE,,,,\
,FALSE,,kg,draft
hidden-mug,Hidden mug,<p>x</p>,X,,Mugs,,FALSE,Title,Default Title,,,,,MUG-H,1,,,deny,manual,7.50,,TRUE,TRUE,,,,,\
FALSE,,kg,active
"""

WOO = """ID,Type,SKU,Name,Published,"Is featured?","Visibility in catalog","Short description",Description,\
"Date sale price starts","Date sale price ends","Tax status","Tax class","In stock?",Stock,"Backorders allowed?",\
"Sold individually?","Weight (lbs)","Length (in)","Width (in)","Height (in)","Allow customer reviews?",\
"Purchase note","Sale price","Regular price",Categories,Tags,"Shipping class",Images,"Download limit",\
"Download expiry days",Parent,"Grouped products",Upsells,Cross-sells,"External URL","Button text",Position
40,variable,shop-hoodie,Hoodie,1,0,visible,,,,,taxable,,1,,0,0,1,,,,1,,,,"Clothing > Hoodies, Clothing",,,\
"https://shop.example/wp-content/uploads/hoodie.jpg, https://shop.example/wp-content/uploads/hoodie-2.jpg",,,,,,,,,0
41,variation,shop-hoodie-blue,"Hoodie - Blue",1,0,visible,,,,,taxable,,1,12,0,0,,,,,0,,39,45,,,,,,,shop-hoodie,,,,,,1
42,variation,shop-hoodie-red,"Hoodie - Red",1,0,visible,,,,,taxable,,0,0,0,0,,,,,0,,,45,,,,,,,id:40,,,,,,2
43,simple,shop-beanie,Beanie,-1,0,visible,,,,,taxable,,1,5,0,0,,,,,1,,,18,"Clothing > Accessories",,,,,,,,,,,,0
44,simple,,Cap,0,0,visible,,,,,taxable,,1,5,0,0,,,,,1,,,15,"Clothing > Accessories",,,,,,,,,,,,0
45,"simple, downloadable, virtual",shop-scarf,Scarf,1,0,visible,,,,,taxable,,1,3,0,0,,,,,1,,,22.50,\
"Clothing > Accessories",,,,,,,,,,,,0
46,simple,shop-pocket,"Hoodie with Pocket",1,1,hidden,,,,,taxable,,1,3,0,0,,,,,1,,35,45,"Clothing > Hoodies",,,,,,,,,,,,0
47,grouped,shop-set,"Logo Collection",1,0,visible,,,,,taxable,,1,,0,0,,,,,1,,,,Clothing,,,,,,,\
"shop-beanie, shop-scarf",,,,,0
"""

GENERIC_PL = """Kod produktu;Nazwa;Cena;Link;Zdjęcie;Kategoria;Stan magazynowy;Status
a1;Czerwony kubek;4,95;https://sklep.example/produkt/czerwony-kubek;https://sklep.example/img/a1.jpg;Kubki;12;aktywny
;BLUE MUG;5,50;https://sklep.example/produkt/niebieski;;Kubki;0;aktywny
G7;Zielony kubek;6,00;;;Kubki;3;szkic
H8;Herbata;9,99;;;Herbata;5;ukryty
"""


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _products(db) -> pd.DataFrame:
    return pd.read_sql_query("SELECT * FROM products ORDER BY id", db.conn)


@pytest.mark.parametrize("name, text, key", [("products_export.csv", SHOPIFY, "shopify_products"),
                                             ("wc-product-export.csv", WOO, "woocommerce_products"),
                                             ("produkty.csv", GENERIC_PL, "catalog")])
def test_catalogs_are_recognised(tmp_path, name, text, key):
    fmt, score = detect_format(sniff_file(_write(tmp_path, name, text)).columns)
    assert fmt is not None and fmt.key == key and score >= 0.75


def test_order_files_are_not_taken_for_catalogs(tiny_shop_csv, shared_data):
    assert detect_format(sniff_file(tiny_shop_csv).columns)[0].key == "online_retail"
    assert detect_format(sniff_file(shared_data / "shopify" / "orders_export_test_store.csv").columns)[0].key \
        == "shopify_orders"


def test_shopify_catalog_products_variants_and_holds(tmp_path):
    path = _write(tmp_path, "products_export.csv", SHOPIFY)
    raw = pd.read_csv(io.StringIO(SHOPIFY), dtype=str)
    db = open_memory_shop()
    result = import_batch(db, [path])
    # independent count: rows with a variant (price present), plus one product row per handle with options
    variants = raw[raw["Variant Price"].notna()]
    handles_with_options = raw.loc[raw["Option1 Value"].notna() & (raw["Option1 Value"] != "Default Title"),
                                   "Handle"].nunique()
    assert result.format_key == "shopify_products"
    assert result.products_added == len(variants) + handles_with_options == 7
    assert result.products_updated == 0 and result.orders_added == 0
    assert not result.email_note  # a catalog holds products, not people: no "needs a customers export" note
    products = _products(db).set_index("sku")
    assert products["catalog_import"].eq(result.import_id).all()
    assert products.at["LAMP-1", "handle"] == "zolta-lampka"
    assert products.at["LAMP-1", "image_url"] == "https://cdn.example.com/lamp.jpg"
    assert products.at["LAMP-1", "last_price_minor"] == 4990
    assert products.at["LAMP-1", "category"] == "Lighting"
    assert products.at["TS-BLUE-M", "name"] == "T-shirt - Blue / M"
    parent_key = products.at["TS-RED-M", "parent_key"]
    assert parent_key == "handle:t-shirt" == products.at["TS-GREEN-M", "parent_key"]
    parent = pd.read_sql_query("SELECT * FROM products WHERE key = ?", db.conn, params=[parent_key]).iloc[0]
    assert parent["name"] == "T-shirt" and parent["in_stock"] == 1  # one variant is in stock
    # what the file says is held back, worked out from the raw rows
    carried = raw.assign(Status=raw.groupby("Handle")["Status"].ffill(),
                         Published=raw.groupby("Handle")["Published"].ffill())
    carried = carried[carried["Variant Price"].notna()]
    qty = pd.to_numeric(carried["Variant Inventory Qty"], errors="coerce")
    expected = {}
    for sku, status, published, tracker, quantity, policy in zip(
            carried["Variant SKU"], carried["Status"], carried["Published"], carried["Variant Inventory Tracker"],
            qty, carried["Variant Inventory Policy"]):
        if status == "draft":
            expected[sku] = "draft"
        elif published == "FALSE":
            expected[sku] = "unpublished"
        elif isinstance(tracker, str) and quantity <= 0 and policy == "deny":
            expected[sku] = "out_of_stock"
    held = held_back_products(db).merge(_products(db)[["id", "sku"]], left_on="product_id", right_on="id")
    assert dict(zip(held["sku"], held["reason"])) == expected == {
        "TS-RED-M": "out_of_stock", "SEC-1": "draft", "MUG-H": "unpublished"}


def test_reimport_is_idempotent_and_cancel_changes_nothing(tmp_path):
    path = _write(tmp_path, "products_export.csv", SHOPIFY)
    db = open_memory_shop()
    first = import_batch(db, [path])
    before = _products(db).drop(columns=["catalog_import"])
    again = import_batch(db, [path])
    assert again.products_added == 0 and again.products_updated == first.products_added
    pd.testing.assert_frame_equal(_products(db).drop(columns=["catalog_import"]), before)
    with pytest.raises(Cancelled):
        import_batch(db, [path], cancelled=lambda: True)
    pd.testing.assert_frame_equal(_products(db).drop(columns=["catalog_import"]), before)


def test_woocommerce_catalog(tmp_path):
    db = open_memory_shop()
    result = import_batch(db, [_write(tmp_path, "wc-product-export.csv", WOO)])
    raw = pd.read_csv(io.StringIO(WOO), dtype=str)
    products_in_file = raw[raw["Type"] != "grouped"]  # a group only lists other products
    assert result.products_added == len(products_in_file) and result.products_updated == 0
    products = _products(db).set_index("name")
    assert products.at["Hoodie - Blue", "parent_key"] == products.at["Hoodie", "key"] == "sku:SHOP-HOODIE"
    assert products.at["Hoodie - Red", "parent_key"] == "sku:SHOP-HOODIE"  # a parent named by its id
    assert products.at["Hoodie - Blue", "last_price_minor"] == 3900  # the sale price
    assert products.at["Scarf", "last_price_minor"] == 2250
    assert products.at["Hoodie", "image_url"] == "https://shop.example/wp-content/uploads/hoodie.jpg"
    assert products.at["Beanie", "category"] == "Accessories"
    held = held_back_products(db).merge(_products(db)[["id", "name"]], left_on="product_id", right_on="id")
    expected = {}
    for name, published, visibility, in_stock in zip(products_in_file["Name"], products_in_file["Published"],
                                                     products_in_file["Visibility in catalog"],
                                                     products_in_file["In stock?"]):
        if published in ("-1", "0"):
            expected[name] = "draft"
        elif visibility == "hidden":
            expected[name] = "unpublished"
        elif in_stock == "0":
            expected[name] = "out_of_stock"
    assert dict(zip(held["name"], held["reason"])) == expected == {
        "Beanie": "draft", "Cap": "draft", "Hoodie - Red": "out_of_stock", "Hoodie with Pocket": "unpublished"}


def test_generic_catalog_matches_the_shops_products(tmp_path, tiny_shop_csv):
    db = open_memory_shop()
    import_batch(db, [tiny_shop_csv])
    before = _products(db)
    path = _write(tmp_path, "produkty.csv", GENERIC_PL, encoding="cp1250")
    result = import_batch(db, [path])
    after = _products(db).set_index("key")
    # a1 is the shop's A1 (by SKU), BLUE MUG the shop's by name; G7 and H8 are new
    assert result.products_updated == 2 and result.products_added == 2
    assert len(after) == len(before) + 2
    assert after.at["sku:A1", "name"] == "RED MUG"  # the shop's own name stays
    assert after.at["sku:A1", "url"] == "https://sklep.example/produkt/czerwony-kubek"
    assert after.at["sku:A1", "last_price_minor"] == 495
    assert after.at["sku:B2", "url"] == "https://sklep.example/produkt/niebieski"
    assert after.at["sku:B2", "in_stock"] == 0
    assert after.at["sku:G7", "status"] == "draft" and after.at["sku:H8", "published"] == 0
    assert after.loc[after["catalog_import"].isna(), "sku"].tolist() == ["POST", "C3"]


def test_a_catalog_of_nothing_usable_says_so(tmp_path):
    text = "Handle,Title,Variant SKU,Variant Price,Image Src\n,,,,https://x.example/a.jpg\n"
    db = open_memory_shop()
    with pytest.raises(ShopkeeperError):
        import_batch(db, [_write(tmp_path, "products_export.csv", text)])
    assert _products(db).empty


def test_import_verb_prints_the_catalog_counts(tmp_path, capsys):
    from core.__main__ import main as cli
    path = _write(tmp_path, "products_export.csv", SHOPIFY)
    assert cli(["import", "--db", str(tmp_path / "shop.db"), str(path)]) == 0
    out = capsys.readouterr().out
    raw = pd.read_csv(io.StringIO(SHOPIFY), dtype=str)
    added = raw["Variant Price"].notna().sum() + 1  # the variants and the T-shirt's own product row
    assert f"Product catalog: {added} products added, 0 found in the shop and updated." in out
    assert "no e-mail addresses" not in out


def test_the_wizard_check_and_preview_of_a_catalog(tmp_path):
    from core.importers.batch import validate_batch
    from core.importers.pipeline import inspect_file
    path = _write(tmp_path, "products_export.csv", SHOPIFY)
    seen = inspect_file(path)
    assert seen.format_key == "shopify_products" and seen.parsed is not None
    check = validate_batch([path])
    raw = pd.read_csv(io.StringIO(SHOPIFY), dtype=str)
    assert check.rows == len(raw) and check.orders == 0 and check.without_customer == 0


def test_orders_imported_after_the_catalog_find_its_products(tmp_path):
    from core.importers.base import ImportOptions
    from tests.core.snippets.test_snippet_catalog import PRODUCTS, _orders_csv
    db = open_memory_shop()
    import_batch(db, [_write(tmp_path, "products_export.csv", SHOPIFY)])
    before = _products(db)
    import_batch(db, [_write(tmp_path, "orders.csv", _orders_csv())], ImportOptions(currency="PLN"))
    after = _products(db)
    sold = {code for code, _name, _price in PRODUCTS}
    assert set(after["sku"].dropna()) - set(before["sku"].dropna()) == sold - set(before["sku"].dropna()) == {"CANDLE"}
    kept = after.set_index("key").loc[before["key"], ["category", "status", "image_url", "catalog_import"]]
    pd.testing.assert_frame_equal(kept, before.set_index("key")[["category", "status", "image_url", "catalog_import"]],
                                  check_dtype=False)  # the new candle has no catalog import: the column is float


def test_an_orders_file_does_not_rename_or_recategorise_catalog_products(tmp_path):
    """The catalog is the owner's description of a product: a later orders file with other names and categories
    only fills what the catalog left empty; products the catalog does not know take the file's."""
    from core.importers.base import ImportOptions
    db = open_memory_shop()
    import_batch(db, [_write(tmp_path, "products_export.csv", SHOPIFY)])
    catalog = _products(db).set_index("sku")
    orders = ("Order,Date,SKU,Product,Category,Quantity,Price,Email\n"
              "A1,2024-03-01,LAMP-1,Old lamp name,Clearance,1,49.90,a@example.com\n"
              "A2,2024-03-02,NEW-9,Brand new thing,Gifts,2,10.00,b@example.com\n")
    import_batch(db, [_write(tmp_path, "orders.csv", orders)], ImportOptions(currency="PLN"))
    after = _products(db).set_index("sku")
    assert catalog.loc["LAMP-1", "category"] and after.loc["LAMP-1", "category"] == catalog.loc["LAMP-1", "category"]
    assert after.loc["LAMP-1", "name"] == catalog.loc["LAMP-1", "name"]
    assert after.loc["NEW-9", "category"] == "Gifts" and after.loc["NEW-9", "name"] == "Brand new thing"
