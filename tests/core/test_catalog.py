"""core.catalog: transliterated slugs, product facts with and without a catalog, the variant roll-up."""

from __future__ import annotations

import pandas as pd
import pytest

from core.catalog import has_catalog, product_facts, roll_up_lines, rollup_map, slugify
from core.data import load_lines
from core.importers.batch import import_batch
from core.store import open_memory_shop
from tests.core.importers.test_catalog_import import SHOPIFY


@pytest.mark.parametrize("name, slug", [
    ("Żółta lampka", "zolta-lampka"), ("Чай зелёный", "chai-zelenyi"), ("Red Mug 2", "red-mug-2"),
    ("ŁÓDŹ & Świeca", "lodz-swieca"), ("Šķīvis ar ļoti garu nosaukumu", "skivis-ar-loti-garu-nosaukumu"),
    ("Щука, юла, ёж", "shchuka-iula-ezh"), ("Straße", "strasse"), ("  --  ", ""),
    ("Хлеб «Бородинский»", "khleb-borodinskii"),
])
def test_slugs_transliterate(name, slug):
    assert slugify(name) == slug


def test_facts_without_a_catalog_are_guesses(tiny_shop_csv):
    db = open_memory_shop()
    import_batch(db, [tiny_shop_csv])
    assert not has_catalog(db)
    facts = product_facts(db)
    names = pd.read_sql_query("SELECT id, name, last_price_minor FROM products", db.conn).set_index("id")
    assert not facts["handle_known"].any()
    assert facts["handle"].tolist() == [slugify(n) for n in names.loc[facts.index, "name"]]
    assert facts.loc[facts.index[0], "url"] == "/products/" + slugify(names.iloc[0]["name"])
    assert (facts["price"] * 100).round().tolist() == names.loc[facts.index, "last_price_minor"].tolist()
    assert facts["image_url"].isna().all() and facts["parent_id"].isna().all()
    assert product_facts(db, [], "/x/{handle}").empty


def test_facts_and_roll_up_with_a_catalog(tmp_path):
    db = open_memory_shop()
    orders = tmp_path / "orders.csv"
    orders.write_text(
        "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
        "1,TS-RED-M,T-SHIRT RED,1,2024-01-05 10:00:00,19.00,100.0,Poland\n"
        "1,LAMP-1,LAMP,1,2024-01-05 10:00:00,49.90,100.0,Poland\n"
        "2,TS-BLUE-M,T-SHIRT BLUE,2,2024-01-06 10:00:00,19.00,200.0,Poland\n", encoding="utf-8")
    import_batch(db, [orders])
    catalog = tmp_path / "products_export.csv"
    catalog.write_text(SHOPIFY, encoding="utf-8")
    import_batch(db, [catalog])
    assert has_catalog(db)
    keys = pd.read_sql_query("SELECT id, key, sku FROM products", db.conn)
    id_of = dict(zip(keys["key"], keys["id"]))
    parent = id_of["handle:t-shirt"]
    mapping = rollup_map(db)
    assert mapping == {id_of["sku:TS-RED-M"]: parent, id_of["sku:TS-BLUE-M"]: parent,
                       id_of["sku:TS-GREEN-M"]: parent}
    facts = product_facts(db, [id_of["sku:LAMP-1"], id_of["sku:TS-BLUE-M"]], url_pattern="/product/{handle}/")
    lamp = facts.loc[id_of["sku:LAMP-1"]]
    assert lamp["handle_known"] and lamp["url"] == "/product/zolta-lampka/" and lamp["price"] == 49.90
    assert lamp["image_url"] == "https://cdn.example.com/lamp.jpg"
    assert facts.loc[id_of["sku:TS-BLUE-M"], "parent_id"] == parent
    # the blue variant has no picture of its own in the file: it shows its product's (the handle's first image)
    raw = pd.read_csv(__import__("io").StringIO(SHOPIFY), dtype=str)
    first_image = raw.loc[raw["Handle"] == "t-shirt", "Image Src"].dropna().iloc[0]
    assert raw.loc[raw["Variant SKU"] == "TS-BLUE-M", "Image Src"].isna().all()
    assert facts.loc[id_of["sku:TS-BLUE-M"], "image_url"] == first_image
    lines = load_lines(db)
    rolled = roll_up_lines(db, lines)
    # brute force: every T-shirt variant line now sits on the T-shirt, under its name
    for before, after in zip(lines.itertuples(), rolled.itertuples()):
        if before.sku and before.sku.startswith("TS-"):
            assert after.product_id == parent and after.product_name == "T-shirt"
        else:
            assert after.product_id == before.product_id and after.product_name == before.product_name
    assert rolled["line_total"].sum() == lines["line_total"].sum()


@pytest.fixture
def catalog_shop(tmp_path):
    from core.importers.base import ImportOptions
    from tests.core.snippets.test_snippet_catalog import _orders_csv
    db = open_memory_shop()
    orders = tmp_path / "orders.csv"
    orders.write_text(_orders_csv(), encoding="utf-8")
    import_batch(db, [orders], ImportOptions(currency="PLN"))
    catalog = tmp_path / "products_export.csv"
    catalog.write_text(SHOPIFY, encoding="utf-8")
    import_batch(db, [catalog])
    return db


def test_pairs_and_lists_speak_of_products_not_variants(catalog_shop):
    from core.analysis.merchandising import also_bought
    from core.analysis.pairs import shop_pairs
    from tests.core.snippets.test_snippet_catalog import BASKETS
    db = catalog_shop
    ids = dict(db.execute("SELECT key, id FROM products").fetchall())
    shirt, candle = ids["handle:t-shirt"], ids["sku:CANDLE"]
    variants = {ids["sku:TS-RED-M"], ids["sku:TS-BLUE-M"], ids["sku:TS-GREEN-M"]}
    result = shop_pairs(db, with_triples=False)
    seen = set(result.pairs["product_a"]) | set(result.pairs["product_b"]) | set(result.product_counts)
    assert not variants & seen
    # brute force over the baskets: the T-shirt is in every order holding one of its variants
    assert result.product_counts[shirt] == sum(1 for basket in BASKETS if any(c.startswith("TS-") for c in basket))
    assert result.product_counts[candle] == sum(1 for basket in BASKETS if "CANDLE" in basket)
    for variant in variants:
        assert also_bought(db, variant, n=5)["product_id"].tolist() == \
            also_bought(db, shirt, n=5)["product_id"].tolist()
    assert not variants & set(also_bought(db, candle, n=10)["product_id"])


def test_picks_never_hold_back_products_or_name_variants(catalog_shop):
    from core.offers.products import customer_recommendations
    db = catalog_shop
    ids = dict(db.execute("SELECT key, id FROM products").fetchall())
    customers = [c for (c,) in db.execute("SELECT id FROM customers").fetchall()]
    picks = customer_recommendations(db, customers, n=3)
    assert len(picks)
    never = {ids["sku:SEC-1"], ids["sku:MUG-H"], ids["sku:TS-RED-M"], ids["sku:TS-BLUE-M"], ids["sku:TS-GREEN-M"]}
    assert not never & set(picks["product_id"])
    facts = product_facts(db, picks["product_id"])
    assert facts["in_catalog"].any() and facts["parent_id"].isna().all()


def test_product_look_ups_take_the_catalogs_handle_or_link(catalog_shop):
    from core.analysis.pairs import find_product
    from core.catalog import product_by_handle
    db = catalog_shop
    ids = dict(db.execute("SELECT key, id FROM products").fetchall())
    assert find_product(db, "zolta-lampka") == ids["sku:LAMP-1"]
    assert find_product(db, "https://sklep.example/products/zolta-lampka?variant=3") == ids["sku:LAMP-1"]
    assert find_product(db, "/products/T-SHIRT") == ids["handle:t-shirt"]  # the product, not a variant
    assert product_by_handle(db, "no-such-thing") is None and product_by_handle(db, "") is None


@pytest.mark.parametrize("window_days", [0, 30])
def test_the_dashboards_pairs_and_best_sellers_from_the_basket_columns_equal_the_full_lines(catalog_shop,
                                                                                             window_days):
    from dataclasses import replace

    from core.analysis.pairs import compute_pairs
    from core.analysis.bestsellers import top_products
    from core.shop_data import ShopData
    db = catalog_shop
    shop = ShopData(db)
    shop._cache["pair_options"] = replace(shop.pair_options, customer_window_days=window_days)
    full = roll_up_lines(db, load_lines(db))  # every column, as the pairs were counted before
    expected = compute_pairs(full, shop.pair_options, with_triples=False)
    got = shop.pair_result()
    assert "lines" not in shop._cache  # the full lines were never loaded for it
    pd.testing.assert_frame_equal(got.pairs, expected.pairs)
    assert (got.names, got.categories, got.product_counts, got.n_baskets, got.basket_unit) == \
        (expected.names, expected.categories, expected.product_counts, expected.n_baskets, expected.basket_unit)
    pd.testing.assert_frame_equal(top_products(shop.basket_lines), top_products(load_lines(db)))


def test_the_basket_columns_hold_every_column_the_picks_and_refills_read():
    from core.analysis.picks import MODEL_COLUMNS
    from core.data import LINE_FIELDS
    from core.shop_data import BASKET_COLUMNS
    assert set(MODEL_COLUMNS) <= set(BASKET_COLUMNS)  # the also-bought screen tests its picks on these lines
    assert {"customer_id", "product_id", "ordered_at", "product_name"} <= set(BASKET_COLUMNS)  # refills
    assert list(BASKET_COLUMNS) == [name for name in LINE_FIELDS if name in BASKET_COLUMNS]
