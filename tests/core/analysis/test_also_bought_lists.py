"""Every product's "also bought" list at once (issue 20): ``also_bought_lists`` gives exactly the lists
``also_bought`` gives one by one, and its rules are the ones counted from the baskets by brute force."""

from __future__ import annotations

import random
from itertools import combinations

import pandas as pd
import pytest

from core.analysis import merchandising as merch
from core.analysis.pairs import PairOptions, directed_rules, save_pair_options, shop_pairs
from core.importers.pipeline import import_file
from core.store import open_shop

HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
CATEGORIES = ("mugs", "towels", "candles", None)


def _baskets(seed: int = 20) -> list[tuple[int, list[int]]]:
    """Return (customer, product numbers) per order: a few strong groups, popular products and noise."""
    rng = random.Random(seed)
    groups = [[0, 1, 2], [3, 4], [5, 6, 7, 8], [9, 10]]
    baskets = []
    for k in range(260):
        basket = set(rng.choice(groups)) if rng.random() < 0.6 else set()
        basket |= {rng.randrange(30) for _ in range(rng.randint(0 if basket else 1, 3))}
        if rng.random() < 0.3:
            basket.add(11)  # a bestseller bought with everything
        baskets.append((100 + rng.randrange(40), sorted(basket)))
    return baskets


@pytest.fixture
def rich_shop(tmp_path):
    """A 30-product shop with categories, pins, a banned product and pair, a category filter, a held-back
    product and a product that is not one; returns (db, baskets, ids by product number)."""
    baskets = _baskets()
    rows = [HEADER]
    for number, (customer, products) in enumerate(baskets):
        for product in products:
            rows.append(f"{5000 + number},SKU{product},ITEM {product},1,2024-01-{1 + number % 28:02d} 10:00:00,"
                        f"2.50,{customer},France\n")
    path = tmp_path / "shop.csv"
    path.write_text("".join(rows), encoding="utf-8")
    db = open_shop(tmp_path / "shop.shop.db")
    import_file(db, path)
    ids = {int(sku[3:]): pid for pid, sku in db.execute("SELECT id, sku FROM products").fetchall()}
    for number, pid in ids.items():
        db.execute("UPDATE products SET category = ? WHERE id = ?", [CATEGORIES[number % 4], pid])
    db.execute("UPDATE products SET in_stock = 0 WHERE id = ?", [ids[4]])  # held back from every list
    db.execute("UPDATE products SET is_product = 0 WHERE id = ?", [ids[29]])
    db.conn.commit()
    save_pair_options(db, PairOptions(min_together=2))
    merch.pin(db, ids[0], ids[20])
    merch.pin(db, ids[0], ids[1])  # pinned and a rule: listed once, as pinned
    merch.pin(db, ids[5], ids[4])  # held back: a pin cannot bring it in
    merch.ban_product(db, ids[7])
    merch.ban_pair(db, ids[9], ids[10])
    yield db, baskets, ids
    db.conn.close()


def _every_list_one_by_one(db, ids, n, **kwargs) -> dict:
    return {pid: merch.also_bought(db, pid, n=n, **kwargs) for pid in ids}


def _rows(frame: pd.DataFrame) -> list[tuple]:
    """Return the frame's rows as plain values (a missing number is None whatever the column's dtype)."""
    return [tuple(None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v for v in row)
            for row in frame.itertuples(index=False, name=None)]


def _list_of(lists: pd.DataFrame, pid: int) -> list[tuple]:
    return _rows(lists[lists["for_product"] == pid].drop(columns=["for_product"]))


@pytest.mark.parametrize("n, category_filter, min_rule_together", [
    (4, None, None), (8, None, 3), (3, {"include": ["mugs", "towels"]}, None), (6, {"exclude": ["candles"]}, None),
])
def test_all_at_once_equals_one_by_one(rich_shop, n, category_filter, min_rule_together):
    db, _, ids = rich_shop
    if category_filter:
        merch.set_category_filter(db, **category_filter)
    asked = sorted(ids.values())
    result = shop_pairs(db, with_triples=False)
    at_once = merch.also_bought_lists(db, asked, n=n, result=result, min_rule_together=min_rule_together)
    one_by_one = _every_list_one_by_one(db, asked, n, result=result, min_rule_together=min_rule_together)
    assert list(at_once.columns) == ["for_product"] + list(one_by_one[asked[0]].columns)
    assert list(dict.fromkeys(at_once["for_product"])) == [pid for pid in asked if len(one_by_one[pid])]
    sources = set()
    for pid in asked:
        assert _list_of(at_once, pid) == _rows(one_by_one[pid]), pid
        sources |= set(one_by_one[pid]["source"])
    assert {"pinned", "rules", "shop"} <= sources  # the chain's steps were all taken somewhere


def test_segments_given_as_a_function_are_asked_for_only_when_needed(rich_shop):
    db, _, ids = rich_shop
    calls = []

    def segments():
        calls.append(1)
        from core.analysis.segments import customer_segment_keys
        return customer_segment_keys(db)

    lists = merch.also_bought_lists(db, [ids[0]], n=2, segments=segments)
    assert calls == [] and lists["source"].tolist() == ["pinned", "pinned"]
    many = merch.also_bought_lists(db, sorted(ids.values()), n=12, segments=segments)
    assert calls == [1]
    for pid in ids.values():
        assert _list_of(many, pid) == _rows(merch.also_bought(db, pid, n=12))


def test_rules_come_from_the_baskets(rich_shop):
    """Brute force: count every pair over the baskets in plain Python and rank each product's partners."""
    db, baskets, ids = rich_shop
    number_of = {pid: number for number, pid in ids.items()}
    counted = [set(products) - {29} for _, products in baskets]  # not a product: never in a basket
    counted = [basket for basket in counted if basket]
    orders = {p: sum(p in basket for basket in counted) for p in range(30)}
    together = {}
    for basket in counted:
        for a, b in combinations(sorted(basket), 2):
            together[a, b] = together.get((a, b), 0) + 1
    total = len(counted)
    pairs = shop_pairs(db, with_triples=False).pairs
    rules = directed_rules(pairs, ids.values(), total)
    for number in range(29):
        expected = []
        for other in range(29):
            both = together.get((min(number, other), max(number, other)), 0)
            if other != number and both >= 2 and both * total >= orders[number] * orders[other]:
                lift = both * total / (orders[number] * orders[other])
                expected.append((-both, -both / orders[number], -lift, ids[other]))
        got = rules[rules["product_id"] == ids[number]]
        assert [number_of[p] for p in got["partner_id"]] == [number_of[e[3]] for e in sorted(expected)], number
        assert got["together"].tolist() == [-e[0] for e in sorted(expected)]
    # the lists' rule items are the first allowed partners, after the pins
    listing = merch.also_bought_lists(db, [ids[2]], n=5)
    allowed = [pid for pid in rules.loc[rules["product_id"] == ids[2], "partner_id"]
               if number_of[pid] not in (4, 7)]
    assert listing.loc[listing["source"] == "rules", "product_id"].tolist() == allowed[:len(listing)]


def test_directed_rules_are_rules_for_each_product(rich_shop):
    db, _, ids = rich_shop
    result = shop_pairs(db, with_triples=False)
    every = directed_rules(result.pairs, ids.values(), result.n_baskets)
    for pid in sorted(ids.values()):
        one = result.rules_for(pid, with_reasons=False).drop(columns=["partner", "reason"])
        part = every[every["product_id"] == pid].drop(columns=["partner", "reason"]).reset_index(drop=True)
        pd.testing.assert_frame_equal(part, one.reset_index(drop=True), check_dtype=False)
    assert directed_rules(result.pairs.iloc[:0], ids.values()).empty


def test_variants_get_their_products_list(tmp_path):
    from tests.core.test_catalog import catalog_shop as make_catalog_shop
    db = make_catalog_shop.__wrapped__(tmp_path)
    ids = dict(db.execute("SELECT key, id FROM products").fetchall())
    asked = [ids["sku:TS-RED-M"], ids["handle:t-shirt"], ids["sku:CANDLE"], ids["sku:TS-BLUE-M"]]
    lists = merch.also_bought_lists(db, asked, n=5)
    for pid in asked:
        assert _list_of(lists, pid) == _rows(merch.also_bought(db, pid, n=5))
    assert _list_of(lists, ids["sku:TS-RED-M"]) == _list_of(lists, ids["handle:t-shirt"])


def test_an_unknown_product_is_a_sentence(rich_shop):
    db, _, ids = rich_shop
    with pytest.raises(merch.ShopkeeperError) as info:
        merch.also_bought_lists(db, [ids[0], 99_999], n=3)
    assert "99999" in str(info.value)


@pytest.mark.parametrize("options", [
    PairOptions(min_together=2), PairOptions(min_together=1), PairOptions(min_together=3, min_confidence=0.2),
    PairOptions(min_together=2, min_lift=1.5), PairOptions(min_together=2, max_basket_items=2),
])
def test_product_rules_are_their_part_of_the_whole_shops_pairs(rich_shop, options):
    from core.analysis.pairs import compute_pairs, product_rules
    from core.data import load_lines
    db, _, ids = rich_shop
    lines = load_lines(db)
    whole = compute_pairs(lines, options, with_triples=False)
    wanted = [ids[k] for k in (0, 2, 5, 11, 17, 28)] + [99_999]  # one not sold at all
    part = product_rules(lines, wanted, options)
    expected = directed_rules(whole.pairs, wanted, whole.n_baskets)
    pd.testing.assert_frame_equal(part.rules.drop(columns=["partner"]), expected.drop(columns=["partner"]),
                                  check_dtype=False)
    assert part.rules["partner"].tolist() == expected["partner"].tolist()
    for pid in wanted:
        assert part.below_chance_partners(pid) == whole.below_chance_partners(pid)
    assert (part.n_baskets, part.basket_unit, part.names) == (whole.n_baskets, whole.basket_unit, whole.names)
    rows = merch.also_bought_lists(db, wanted[:-1], n=5, result=part)
    for pid in wanted[:-1]:
        assert _list_of(rows, pid) == _rows(merch.also_bought(db, pid, n=5, result=whole)), pid
    assert product_rules(lines.iloc[:0], wanted, options).rules.empty
    with pytest.raises(ValueError):
        merch.also_bought_lists(db, [ids[1]], n=5, result=part)
