"""A catalog changes what snippets link to and what they may recommend: real handles, links and pictures;
drafts, unpublished and sold-out products held back (and counted); variants rolled up to their product. Without
a catalog, links are transliterated guesses and the snippet says so."""

from __future__ import annotations

import io
import json
import re

import pandas as pd
import pytest

from core.__main__ import main as cli
from core.analysis.merchandising import also_bought
from core.catalog import slugify
from core.importers.base import ImportOptions
from core.importers.batch import import_batch
from core.snippets import build_snippet
from core.store import open_memory_shop, open_shop
from tests.core.importers.test_catalog_import import SHOPIFY

# (code, name, price): the lamp, the T-shirt's two variants, the draft, the unpublished mug, a candle the
# catalog does not list
PRODUCTS = [("LAMP-1", "Żółta lampka", "49.90"), ("TS-RED-M", "T-shirt - Red / M", "19.00"),
            ("TS-BLUE-M", "T-shirt - Blue / M", "19.00"), ("SEC-1", "Secret", "5.00"),
            ("MUG-H", "Hidden mug", "7.50"), ("CANDLE", "Świeca sojowa", "12.00")]
BASKETS = [["LAMP-1", "SEC-1", "TS-RED-M"], ["LAMP-1", "SEC-1", "CANDLE"], ["LAMP-1", "TS-BLUE-M", "MUG-H"],
           ["SEC-1", "TS-RED-M", "CANDLE"], ["LAMP-1", "SEC-1", "TS-BLUE-M"], ["LAMP-1", "CANDLE", "MUG-H"],
           ["SEC-1", "CANDLE"], ["LAMP-1", "TS-RED-M", "CANDLE"], ["SEC-1", "MUG-H", "TS-BLUE-M"],
           ["LAMP-1", "SEC-1", "MUG-H", "CANDLE"]]


def _orders_csv() -> str:
    rows = ["Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country"]
    info = {code: (name, price) for code, name, price in PRODUCTS}
    for number, basket in enumerate(BASKETS):
        for code in basket:
            name, price = info[code]
            rows.append(f"{1000 + number},{code},{name},1,2024-0{1 + number % 9}-1{number % 9} 10:00:00,{price},"
                        f"{100 + number % 4}.0,Poland")
    return "\n".join(rows) + "\n"


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(_orders_csv(), encoding="utf-8")
    db = open_memory_shop()
    import_batch(db, [path], ImportOptions(currency="PLN"))
    return db


def _with_catalog(db, tmp_path):
    path = tmp_path / "products_export.csv"
    path.write_text(SHOPIFY, encoding="utf-8")
    import_batch(db, [path])
    return db


def _map(snippet) -> dict:
    return json.loads(re.search(r'id="sk-also-bought-data">(.*?)</script>', snippet.text, re.S).group(1))


def _catalog_holds() -> dict[str, str]:
    """SKU -> reason, read from the Shopify file with pandas (fields carried down each handle)."""
    raw = pd.read_csv(io.StringIO(SHOPIFY), dtype=str)
    for name in ("Status", "Published"):
        raw[name] = raw.groupby("Handle")[name].ffill()
    raw = raw[raw["Variant Price"].notna()]
    out = {}
    for sku, status, published, tracker, qty, policy in zip(
            raw["Variant SKU"], raw["Status"], raw["Published"], raw["Variant Inventory Tracker"],
            pd.to_numeric(raw["Variant Inventory Qty"]), raw["Variant Inventory Policy"]):
        if status == "draft":
            out[sku] = "draft"
        elif published == "FALSE":
            out[sku] = "unpublished"
        elif isinstance(tracker, str) and qty <= 0 and policy == "deny":
            out[sku] = "out_of_stock"
    return out


def test_without_a_catalog_links_are_transliterated_guesses(shop):
    snippet = build_snippet(shop, "also-bought", shop_lang="pl")
    data = _map(snippet)
    assert snippet.links_guessed and snippet.held_back == {}
    assert any("import your shop's product export" in str(n).lower() for n in snippet.notes)
    names = {code: name for code, name, _price in PRODUCTS}
    expected_keys = {slugify(name) for name in names.values()}
    assert set(data["recs"]) <= expected_keys and "zolta-lampka" in data["recs"]
    for name, url, _price, image in data["items"]:
        assert url == "/products/" + slugify(name) and image == ""
    assert "swieca-sojowa" in {item[1].rsplit("/", 1)[-1] for item in data["items"]} | set(data["recs"])


def test_with_a_catalog_links_pictures_and_holds_come_from_it(shop, tmp_path):
    db = _with_catalog(shop, tmp_path)
    snippet = build_snippet(db, "also-bought", shop_lang="pl")
    data = _map(snippet)
    holds = _catalog_holds()
    held_names = {name for code, name, _ in PRODUCTS if code in holds}
    # the red T-shirt is sold out, but it is a variant: its sales count for the T-shirt, which is in stock
    assert snippet.held_back == {reason: list(holds.values()).count(reason) for reason in set(holds.values())}
    assert sum(snippet.held_back.values()) == 3
    assert any("3 product(s) held back" in str(n) for n in snippet.notes)
    # the candle is sold but not in the catalog: its link alone is a guess, and the snippet says so
    candle_shown = "swieca-sojowa" in data["recs"] or "Świeca sojowa" in [item[0] for item in data["items"]]
    assert candle_shown and snippet.links_guessed
    assert any(str(n).startswith("1 product(s) in the snippet have no link") for n in snippet.notes)
    assert not any("no product catalog is imported" in str(n) for n in snippet.notes)
    shown = [item[0] for item in data["items"]]
    assert not set(shown) & (held_names - {"T-shirt - Red / M"}) and "Secret" not in shown
    assert "secret-draft" not in data["recs"] and "hidden-mug" not in data["recs"]
    # variants roll up: one T-shirt, named as the catalog names the product
    assert not any(name.startswith("T-shirt - ") for name in shown)
    assert "t-shirt" in data["recs"] and "T-shirt" in shown
    by_name = {item[0]: item for item in data["items"]}
    assert by_name["T-shirt"][1:] == ["/products/t-shirt", "19,00 zł", "https://cdn.example.com/tee.jpg"]
    assert "swieca-sojowa" in {item[1].rsplit("/", 1)[-1] for item in by_name.values()} | set(data["recs"])


def test_held_back_products_are_never_in_also_bought_or_bestsellers(shop, tmp_path):
    before = build_snippet(shop, "bestsellers", top_n=10)
    assert "Secret" in before.text and "Hidden mug" in before.text
    db = _with_catalog(shop, tmp_path)
    after = build_snippet(db, "bestsellers", top_n=10)
    assert "Secret" not in after.text and "Hidden mug" not in after.text
    assert "T-shirt</a>" in after.text and "T-shirt - " not in after.text
    ids = dict(db.execute("SELECT sku, id FROM products WHERE sku IS NOT NULL").fetchall())
    for code, _name, _price in PRODUCTS:
        picks = also_bought(db, ids[code], n=10)
        assert not {ids["SEC-1"], ids["MUG-H"], ids["TS-RED-M"]} & set(picks["product_id"])


def test_snippet_verb_says_what_was_held_back_and_speaks_the_shop_language(shop, tmp_path, capsys):
    path = tmp_path / "shop.db"
    disk = open_shop(path)
    orders = tmp_path / "orders.csv"
    orders.write_text(_orders_csv(), encoding="utf-8")
    import_batch(disk, [orders], ImportOptions(currency="PLN"))
    out = tmp_path / "best.html"
    assert cli(["snippet", "--db", str(path), "--kind", "bestsellers", "--out", str(out), "--shop-lang", "pl",
                "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["shop_lang"] == "pl" and info["links_guessed"] is True and info["held_back"] == 0
    assert "<h3>Bestsellery</h3>" in out.read_text(encoding="utf-8")
    _with_catalog(disk, tmp_path)
    disk.conn.close()
    assert cli(["snippet", "--db", str(path), "--kind", "also-bought", "--out", str(out), "--shop-lang", "de"]) == 0
    printed = capsys.readouterr().out
    assert "3 product(s) held back" in printed and "Links are guesses" not in printed
    assert "have no link in your catalog" in printed  # the candle
    assert "Kunden kauften auch" in out.read_text(encoding="utf-8")
