"""Merchant control (pins, bans, categories, fallback chain) and personal picks."""

from __future__ import annotations

import pytest

from core.analysis import merchandising as merch
from core.analysis.pairs import PairOptions, load_pair_options, save_pair_options, shop_pairs
from core.analysis.bestsellers import bestsellers, country_bestsellers
from core.analysis.recommend import recommend, recommend_for_customer
from core.analysis.segments import customer_segment_keys, segment_table
from core.analysis.replenish import repurchase_intervals
from core.data import load_lines
from core.errors import ShopkeeperError
from core.importers.pipeline import import_file
from core.store import get_setting, open_shop

HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"


def write_shop(tmp_path, orders) -> "object":
    """Import ``orders`` = [(invoice, customer, date, [codes])] into a new shop file; returns the open db."""
    lines = [HEADER]
    for invoice, customer, date, codes in orders:
        for code in codes:
            lines.append(f"{invoice},SKU{code},ITEM {code},1,{date} 10:00:00,2.50,{customer},France\n")
    path = tmp_path / "shop.csv"
    path.write_text("".join(lines), encoding="utf-8")
    db = open_shop(tmp_path / "shop.shop.db")
    import_file(db, path)
    return db


@pytest.fixture
def small_shop(tmp_path):
    orders = []
    invoice = 1000
    # A and B go together 6 times; A with C twice; D is a bestseller everywhere; E only alone.
    for k in range(6):
        invoice += 1
        orders.append((invoice, 100 + k, f"2024-01-{k + 1:02d}", ["A", "B", "D"]))
    for k in range(2):
        invoice += 1
        orders.append((invoice, 110 + k, f"2024-02-{k + 1:02d}", ["A", "C", "D"]))
    for k in range(4):
        invoice += 1
        orders.append((invoice, 120 + k, f"2024-03-{k + 1:02d}", ["D", "F"]))
    invoice += 1
    orders.append((invoice, 130, "2024-04-01", ["E"]))
    db = write_shop(tmp_path, orders)
    save_pair_options(db, PairOptions(min_together=2))  # the owner's threshold, read back by also_bought
    yield db
    db.conn.close()


def pid(db, sku):
    return db.execute("SELECT id FROM products WHERE sku = ?", ["SKU" + sku]).fetchone()[0]


def test_fallback_chain_and_sources(small_shop):
    db = small_shop
    a, b, c, d, f = (pid(db, s) for s in "ABCDF")
    assert load_pair_options(db).min_together == 2
    listing = merch.also_bought(db, a, n=4)
    assert listing["product_id"].tolist()[:3] == [d, b, c]  # D with A 8 times, B 6, C 2
    assert listing["source"].tolist()[:3] == ["rules"] * 3
    assert listing.iloc[3]["source"] == "shop" and listing.iloc[3]["product_id"] == f
    assert listing.iloc[1]["reason"] == "bought together in 6 of 8 orders that contain ITEM A; 1.0× more often " \
        "than by chance" or str(listing.iloc[1]["reason"]).startswith("bought together in 6 of 8 orders")
    # E was never bought with anything: everything comes from bestsellers (its buyers' segment's, then the
    # shop's), never from rules, in the chain's order
    e = pid(db, "E")
    alone = merch.also_bought(db, e, n=3, result=shop_pairs(db, PairOptions(min_together=2)))
    assert set(alone["source"]) <= {"segment", "shop"} and len(alone) == 3
    chain = alone["source"].map({"segment": 0, "shop": 1}).tolist()
    assert chain == sorted(chain)
    shop_part = alone.loc[alone["source"] == "shop", "product_id"].tolist()
    assert not shop_part or d in alone["product_id"].tolist()  # D, the shop's bestseller, is never skipped for a later one
    assert e not in alone["product_id"].tolist()


def test_pins_come_first_in_owner_order_and_persist(small_shop, tmp_path):
    db = small_shop
    a, b, c, e = (pid(db, s) for s in "ABCE")
    merch.pin(db, a, e)
    merch.pin(db, a, c, position=0)
    listing = merch.also_bought(db, a, n=5)
    assert listing["product_id"].tolist()[:2] == [c, e]
    assert listing["source"].tolist()[:2] == ["pinned", "pinned"]
    assert listing["product_id"].tolist().count(c) == 1  # a pinned rule partner is not repeated
    again = open_shop(tmp_path / "shop.shop.db")  # settings live in the shop file
    assert merch.pins(again) == {a: [c, e]}
    assert get_setting(again, merch.PINS) == {str(a): [c, e]}
    again.conn.close()
    merch.unpin(db, a, c)
    assert merch.pins(db) == {a: [e]}
    with pytest.raises(ShopkeeperError):
        merch.pin(db, a, a)
    with pytest.raises(ShopkeeperError):
        merch.pin(db, a, 999_999)


def test_bans_and_category_filters(small_shop):
    db = small_shop
    a, b, c, d = (pid(db, s) for s in "ABCD")
    merch.ban_product(db, d)
    merch.ban_pair(db, b, a)  # either direction
    listing = merch.also_bought(db, a, n=5)
    assert d not in listing["product_id"].tolist()
    assert b not in listing["product_id"].tolist()
    assert listing["product_id"].iloc[0] == c
    assert b in merch.also_bought(db, c, n=5)["product_id"].tolist()  # the pair ban only concerns A+B
    merch.ban_pair(db, a, b, banned=False)
    merch.ban_product(db, d, banned=False)
    assert merch.also_bought(db, a, n=2)["product_id"].tolist() == [d, b]
    db.execute("UPDATE products SET category = 'Mugs' WHERE sku IN ('SKUA', 'SKUB')")
    db.execute("UPDATE products SET category = 'Food' WHERE sku IN ('SKUC', 'SKUD')")
    merch.set_category_filter(db, exclude=["Food"])
    listing = merch.also_bought(db, a, n=3)
    assert c not in listing["product_id"].tolist() and d not in listing["product_id"].tolist()
    merch.set_category_filter(db, include=["Food"])
    assert set(merch.also_bought(db, a, n=2)["product_id"]) == {c, d}


def test_same_category_bestsellers_before_shop_bestsellers(small_shop):
    db = small_shop
    e, f = pid(db, "E"), pid(db, "F")
    db.execute("UPDATE products SET category = 'Toys' WHERE sku IN ('SKUE', 'SKUF')")
    listing = merch.also_bought(db, e, n=2)
    assert listing["product_id"].tolist()[0] == f and listing["source"].iloc[0] == "category"
    assert listing["source"].iloc[1] in ("segment", "shop")


def test_segment_keys_are_the_segment_tables(demo_db):
    segments = customer_segment_keys(demo_db)
    table = segment_table(demo_db)
    assert segments.to_dict() == dict(zip(table["customer_id"], table["segment"]))


def test_old_bestseller_names_still_import():
    from core.analysis import bestsellers as owner
    from core.analysis import recommend as old
    assert old.bestsellers is owner.bestsellers and old.shop_bestsellers is owner.shop_bestsellers


def test_bestsellers_counts_orders(demo_db):
    lines = load_lines(demo_db)
    table = bestsellers(lines, 5)
    counts = lines.groupby("product_id")["order_id"].nunique().sort_values(ascending=False)
    assert table["orders"].tolist() == counts.head(5).tolist()
    by_country = country_bestsellers(lines, 3)
    assert set(by_country.groupby("country").size()) <= {1, 2, 3}
    france = lines[lines["country"] == "France"]
    top_fr = france.groupby("product_id")["order_id"].nunique().max()
    assert by_country[by_country["country"] == "France"]["orders"].iloc[0] <= top_fr


def test_owned_products_come_from_buy_again_and_new_ones_from_discover(demo_db):
    lines = load_lines(demo_db)
    customers = sorted(lines["customer_id"].dropna().unique().tolist())[:40]
    picks = recommend(lines, customers, 10)
    assert (picks.groupby("customer_id").size() == 10).all()
    bought = lines.groupby("customer_id")["product_id"].apply(set)
    for row in picks.itertuples():
        if row.product_id in bought[row.customer_id]:
            assert (row.source, row.list) == ("rebuy", "buy-again"), row
        else:
            assert row.source != "rebuy" and row.list == "discover", row
    assert {"rebuy", "similar"} <= set(picks["source"])
    similar = picks[picks["source"] == "similar"].iloc[0]
    assert str(similar.reason).startswith(("often bought with ", "customers who bought"))


def test_thin_history_is_topped_up_with_bestsellers(small_shop):
    db = small_shop
    lines = load_lines(db)
    e_buyer = int(lines.loc[lines["product_id"] == pid(db, "E"), "customer_id"].iloc[0])
    picks = recommend(lines, [e_buyer], 3)
    assert len(picks) == 3
    new = picks[picks["list"] == "discover"]
    # E was bought alone, by nobody else: the new products are their country's (or shop's) bestsellers, D first
    assert len(new) >= 2 and set(new["source"]) <= {"country", "segment", "shop"}
    assert new["product_id"].iloc[0] == pid(db, "D")
    assert set(picks.loc[picks["list"] == "buy-again", "product_id"]) <= {pid(db, "E")}


def test_banned_products_never_recommended(demo_db_path, tmp_path):
    import shutil
    copy = tmp_path / "copy.shop.db"
    shutil.copy(demo_db_path, copy)
    db = open_shop(copy)
    customer = db.execute("SELECT external_id FROM customer_sources ORDER BY customer_id LIMIT 1").fetchone()[0]
    first = recommend_for_customer(db, customer, 5)
    merch.ban_product(db, int(first["product_id"].iloc[0]))
    again = recommend_for_customer(db, customer, 5)
    assert int(first["product_id"].iloc[0]) not in again["product_id"].tolist()
    assert len(again) == 5
    with pytest.raises(ShopkeeperError, match="no customer"):
        recommend_for_customer(db, "no-such-customer")
    db.conn.close()


def test_cli_recommend(demo_db_path, capsys):
    import json

    from core.__main__ import main
    db = open_shop(demo_db_path)
    customer = db.execute("SELECT external_id FROM customer_sources ORDER BY customer_id LIMIT 1").fetchone()[0]
    db.conn.close()
    assert main(["recommend", "--db", str(demo_db_path), "--customer", customer, "--json"]) == 0
    picks = json.loads(capsys.readouterr().out)
    assert len(picks) == 10 and [p["rank"] for p in picks] == list(range(1, 11))
    assert main(["recommend", "--db", str(demo_db_path)]) == 1
    assert "--customer" in capsys.readouterr().err


def test_cli_bestsellers_refills_and_bundles(demo_db_path, capsys):
    import json

    from core.__main__ import main
    assert main(["recommend", "--db", str(demo_db_path), "--bestsellers", "country", "--top", "3", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    db = open_shop(demo_db_path)
    lines = load_lines(db)
    db.conn.close()
    france = lines[lines["country"] == "France"].groupby("product_id")["order_id"].nunique()
    french = [r for r in rows if r["country"] == "France"]
    assert [r["orders"] for r in french] == france.sort_values(ascending=False).head(3).tolist()
    assert main(["recommend", "--db", str(demo_db_path), "--bestsellers", "segment", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all("segment" in r for r in rows)
    assert main(["recommend", "--db", str(demo_db_path), "--refills", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["days_since"] >= r["median_days"] for r in rows)
    assert main(["also-bought", "--db", str(demo_db_path), "--bundles", "--json", "--top", "5"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5 and rows[0]["reason"].startswith("all three bought together in")


def test_max_rebuys_leaves_room_for_new_products(demo_db):
    lines = load_lines(demo_db)
    customers = sorted(lines["customer_id"].dropna().unique().tolist())[:15]
    picks = recommend(lines, customers, 10, max_rebuys=4)
    bought = lines.groupby("customer_id")["product_id"].apply(set)
    again = picks.groupby("customer_id").apply(lambda g: sum(p in bought[g.name] for p in g["product_id"]))
    assert (again <= 4).all() and (picks.groupby("customer_id").size() == 10).all()


def _frame(rows):
    import pandas as pd
    frame = pd.DataFrame(rows, columns=["order_id", "customer_id", "ordered_at", "product_id", "product_name",
                                        "country"])
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    frame["ordered_at"] = pd.to_datetime(frame["ordered_at"], utc=True)
    frame["category"] = None
    return frame


def test_recent_rebuys_rank_before_old_ones():
    # products 1 and 2 are rebought by many customers (replenishable); customer 99 bought each three times,
    # product 1 two years ago and product 2 in the last months: product 2 comes first
    rows, order = [], 0
    for customer in range(1, 8):
        for month in (1, 3, 5):
            for product in (1, 2):
                order += 1
                rows.append((order, customer, f"2023-{month:02d}-10", product, f"P{product}", "France"))
    for when, product in [("2022-01-05", 1), ("2022-02-05", 1), ("2022-03-05", 1),
                          ("2023-09-05", 2), ("2023-10-05", 2), ("2023-11-05", 2)]:
        order += 1
        rows.append((order, 99, when, product, f"P{product}", "France"))
    picks = recommend(_frame(rows), [99], 2)
    assert picks["product_id"].tolist() == [2, 1]
    assert set(picks["source"]) == {"rebuy"}
    assert picks["score"].iloc[0] > picks["score"].iloc[1]


def test_similarity_trusts_repeated_co_occurrence_over_one_chance_basket():
    from core.analysis.recommend import item_similarity
    rows, order = [], 0
    # A with B in 6 of A's 8 orders and B's 8 orders; C and D appear once, together, with A
    for k in range(8):
        order += 1
        basket = ["A", "B"] if k < 6 else ["A"]
        rows += [(order, 1, "2024-01-01", p, p, "France") for p in basket]
    for k in range(2):
        order += 1
        rows.append((order, 1, "2024-01-01", "B", "B", "France"))
    order += 1
    rows += [(order, 2, "2024-01-02", p, p, "France") for p in ("C", "D")]
    sim, ids = item_similarity(_frame(rows))
    at = {p: k for k, p in enumerate(ids)}
    ab, cd = sim[at["A"], at["B"]], sim[at["C"], at["D"]]
    # plain cosine would give C–D 1.0 and A–B 0.75; one shared basket must not outweigh six
    assert ab > cd > 0
    assert sim[at["A"], at["A"]] == 0


def test_similar_picks_always_share_a_customer_with_the_history(demo_db):
    lines = load_lines(demo_db)
    customers = sorted(lines["customer_id"].dropna().unique().tolist())[:30]
    picks = recommend(lines, customers, 10)
    baskets = lines.groupby("order_id")["product_id"].apply(set)
    partners = {}
    for basket in baskets:
        for p in basket:
            partners.setdefault(p, set()).update(basket)
    bought = lines.groupby("customer_id")["product_id"].apply(set)
    buyers_of = lines.groupby("product_id")["customer_id"].apply(set)
    similar = picks[picks["source"] == "similar"]
    assert len(similar) > 0
    for row in similar.itertuples():
        # a "similar" pick was bought by a customer who also bought something they bought
        assert buyers_of[row.product_id] & set().union(*(buyers_of[p] for p in bought[row.customer_id])), row
