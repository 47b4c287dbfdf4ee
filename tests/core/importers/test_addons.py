"""Add-on lines (tips, gift cards, shipping protection, donations, free-returns fees) are not products by default, in
EN, PL, LV and RU; whole words only, so real products with similar words stay products; the owner can change it and
later imports keep the choice. Pair counts are checked against a plain pandas count."""

from __future__ import annotations

import itertools
from collections import Counter

import pandas as pd
import pytest

from core.analysis.pairs import PairOptions, shop_pairs
from core.data import load_lines
from core.importers.addons import mark_codes, owner_choices, set_aside_products, set_is_product
from core.importers.base import non_product_mask
from core.importers.pipeline import import_file

ADD_ONS = [
    "Tip", "Tips", "Tip 10%", "Tip for the team", "tip $5", "Driver tip", "Gratuity",
    "Gift Card - $10", "Gift-card 50", "eGift Card", "Gift certificate", "Gift voucher £20",
    "Route Shipping Protection", "Navidium Shipping Protection", "Shipping Protection by Extend",
    "Package Protection", "Return insurance", "Free Returns", "Donation", "Charity donation £2",
    # Polish
    "Napiwek", "Karta podarunkowa 100 zł", "E-karta podarunkowa", "Bon podarunkowy", "Bon prezentowy 50 zł",
    "Ubezpieczenie przesyłki", "Darowizna na schronisko",
    # Latvian
    "Dzeramnauda", "Dāvanu karte 20 EUR", "Piegādes apdrošināšana", "Ziedojums",
    # Russian
    "Чаевые", "Подарочная карта 1000 ₽", "Подарочный сертификат", "Страховка доставки", "Пожертвование",
]
PRODUCTS = [
    "Gift box of teas", "Tipi tent", "Tip-top socks", "Felt tip pens", "Tips & tricks cookbook", "Gift cardigan",
    "Cardboard gift box", "Returns bag", "Adjustable lamp", "Manual coffee grinder",
    "Protection spray for leather", "Donut mug", "Podarunkowy zestaw herbat", "Karton prezentowy",
    "Dāvanu kaste", "Подарочный набор чая", "Чайник", "Insurance policy binder", "BOTANICAL ROSE GIFT WRAP",
]


def mask(names, **kwargs):
    return non_product_mask(pd.Series([None] * len(names), dtype="string"), pd.Series(names), **kwargs).tolist()


def test_add_ons_in_four_languages_are_not_products():
    assert dict(zip(ADD_ONS, mask(ADD_ONS))) == dict.fromkeys(ADD_ONS, True)


def test_products_with_similar_words_stay_products():
    assert dict(zip(PRODUCTS, mask(PRODUCTS))) == dict.fromkeys(PRODUCTS, False)


def test_the_old_service_lines_still_are_not_products():
    names = ["POSTAGE", "CARRIAGE", "Manual", "Discount", "Bank Charges", "AMAZON FEE", "Adjust bad debt"]
    assert mask(names) == [True] * len(names)


def test_a_fee_that_needs_no_shipping_is_not_a_product():
    names = ["Priority handling", "Service fee", "Extended warranty", "E-book: Tea basics", "Handmade mug"]
    assert mask(names, requires_shipping=pd.Series(["false"] * 5)) == [True, True, True, False, False]
    assert mask(names, requires_shipping=pd.Series(["true"] * 5)) == [False] * 5
    assert mask(names) == [False] * 5


def test_owner_entries_set_aside_and_keep():
    sku = pd.Series(["A1", None, "POST", None], dtype="string")
    name = pd.Series(["Mug", "Bowl", "Postage", "Tip"])
    assert non_product_mask(sku, name, frozenset({"a1", "NAME:bowl"})).tolist() == [True, True, True, True]
    assert non_product_mask(sku, name, frozenset({"+POST", "+NAME:TIP"})).tolist() == [False, False, False, False]


# Shopify admin "Export orders" columns (a subset of the real header in ../shared/data/shopify)
HEADER = "Name,Email,Financial Status,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku"
GOODS = ["Green tea", "Teapot", "Mug", "Honey", "Spoon", "Cups", "Tray", "Kettle"]


def shop_file(path, orders=60):
    """Each order has 1-3 goods (a fixed cycle) and, in 9 of 10 orders, a shipping-protection fee."""
    rows, baskets = [HEADER], []
    for number in range(orders):
        goods = [GOODS[(number + k * 3) % len(GOODS)] for k in range(1 + number % 3)]
        basket = list(dict.fromkeys(goods)) + (["Route Shipping Protection"] if number % 10 else [])
        baskets.append(basket)
        for product in basket:
            sku = "ROUTEINS" if product.startswith("Route") else product.upper().replace(" ", "-")
            price = "0.98" if sku == "ROUTEINS" else "9.50"
            rows.append(f"#{1000 + number},c{number % 17}@example.com,paid,EUR,2025-03-{1 + number % 28:02d} "
                        f"10:00:00 +0100,1,{product},{price},{sku}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path, baskets


def test_an_add_on_in_most_orders_is_set_aside_and_out_of_the_pairs(fresh_db, tmp_path):
    path, baskets = shop_file(tmp_path / "orders.csv")
    import_file(fresh_db, path)
    fee_lines = sum(1 for b in baskets for p in b if p.startswith("Route"))
    assert fee_lines == 54
    aside = set_aside_products(fresh_db)
    assert aside[["name", "lines", "orders", "set_aside"]].values.tolist() == [
        ["Route Shipping Protection", fee_lines, fee_lines, True]]
    assert "Route Shipping Protection" not in set(load_lines(fresh_db)["product_name"])
    # the pairs are those of the goods alone, counted by hand (min 2 orders together, lift >= 1)
    goods = [sorted(set(b) - {"Route Shipping Protection"}) for b in baskets]
    n = len(goods)
    single = Counter(p for b in goods for p in b)
    together = Counter(pr for b in goods for pr in itertools.combinations(b, 2))
    expected = {pr for pr, c in together.items() if c >= 2 and c * n >= single[pr[0]] * single[pr[1]]}
    result = shop_pairs(fresh_db, PairOptions(min_together=2, max_basket_items=None))
    got = {tuple(sorted(p)) for p in zip(result.pairs["name_a"], result.pairs["name_b"])}
    assert got == expected and expected


def test_the_owner_counts_an_add_on_and_a_later_import_keeps_it(fresh_db, tmp_path):
    path, baskets = shop_file(tmp_path / "orders.csv")
    import_file(fresh_db, path)
    fee = int(set_aside_products(fresh_db)["product_id"].iloc[0])
    assert set_is_product(fresh_db, [fee], True) == 1
    assert owner_choices(fresh_db) == ["+ROUTEINS"]
    assert "Route Shipping Protection" in set(load_lines(fresh_db)["product_name"])
    more, _ = shop_file(tmp_path / "more.csv", orders=80)  # 20 new orders, the same fee
    import_file(fresh_db, more)
    assert fresh_db.execute("SELECT is_product FROM products WHERE id = ?", [fee]).fetchone()[0] == 1
    listed = set_aside_products(fresh_db)
    assert listed[["product_id", "set_aside"]].values.tolist() == [[fee, False]]
    # and back: set aside again, also for later imports
    assert set_is_product(fresh_db, [fee], False) == 1
    assert owner_choices(fresh_db) == ["ROUTEINS"]
    import_file(fresh_db, shop_file(tmp_path / "even_more.csv", orders=90)[0])
    assert fresh_db.execute("SELECT is_product FROM products WHERE id = ?", [fee]).fetchone()[0] == 0


def test_codes_from_the_command_line(fresh_db, tmp_path):
    path, _ = shop_file(tmp_path / "orders.csv")
    import_file(fresh_db, path)
    assert mark_codes(fresh_db, ["kettle"], is_product=False) == 1
    ids = dict(fresh_db.execute("SELECT sku, id FROM products").fetchall())
    assert fresh_db.execute("SELECT is_product FROM products WHERE id = ?", [ids["KETTLE"]]).fetchone()[0] == 0
    assert mark_codes(fresh_db, ["ROUTEINS", "KETTLE"], is_product=True) == 2
    assert owner_choices(fresh_db) == ["+KETTLE", "+ROUTEINS"]


@pytest.mark.parametrize("lines_per_order", [1, 3])
def test_cli_lists_what_it_set_aside(tmp_path, capsys, lines_per_order):
    import json

    from core.__main__ import main
    path, baskets = shop_file(tmp_path / "orders.csv", orders=20 * lines_per_order)
    fee_lines = sum(1 for b in baskets for p in b if p.startswith("Route"))
    db = tmp_path / "shop.db"
    assert main(["import", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"Not counted as products (postage, fees, add-ons): Route Shipping Protection ({fee_lines} lines)" in out
    assert main(["import", str(path), "--db", str(db), "--json", "--product", "ROUTEINS"]) == 0
    assert json.loads(capsys.readouterr().out)["set_aside"] == []
