"""A pair bought together less often than chance (lift < 1) is never shown as "also bought": not in the pair
table, the rules, the sets of three, the dashboard chart, the offers' fallback, nor as a bestseller filling a gap.
Expected figures come from brute-force counting over the baskets (itertools / pandas), never from the code."""

from __future__ import annotations

import itertools
from collections import Counter

import pandas as pd

from core.analysis.merchandising import also_bought
from core.analysis.pairs import PairOptions, build_baskets, compute_pairs, pair_table, shop_pairs, strongest_pairs
from core.importers.pipeline import import_file
from core.offers.products import also_bought_pairs

# 100 orders. TEA (id 1) and MUG (2) are each in 60 orders but together in only 30 (chance: 36): lift 0.83,
# yet the most frequent pair. LID (3) is in 10 orders, 9 of them with TEA: lift 1.5. SPOON (4) and HONEY (5):
# 10 orders each, 8 together: lift 8.
BASKETS = ([{1, 2}] * 30 + [{1, 3}] * 9 + [{1}] * 21 + [{2, 4, 5}] * 8 + [{2}] * 22 + [{3}] * 1 + [{4}] * 2
           + [{5}] * 2 + [{6}] * 5)
NAMES = {1: "TEA", 2: "MUG", 3: "LID", 4: "SPOON", 5: "HONEY", 6: "CLOTH"}


def lines_of(baskets) -> pd.DataFrame:
    rows = [(order, 1000 + order, pd.Timestamp("2024-01-01", tz="UTC") + pd.Timedelta(days=order), pid,
             NAMES[pid], None) for order, basket in enumerate(baskets, 1) for pid in sorted(basket)]
    frame = pd.DataFrame(rows, columns=["order_id", "customer_id", "ordered_at", "product_id", "product_name",
                                        "category"])
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    frame["line_total"] = 1.0
    frame["quantity"] = 1.0
    return frame


def brute_force(baskets):
    n = len(baskets)
    single = Counter(p for b in baskets for p in b)
    pairs = Counter(pr for b in baskets for pr in itertools.combinations(sorted(b), 2))
    triples = Counter(t for b in baskets for t in itertools.combinations(sorted(b), 3))
    lift = {pr: c * n / (single[pr[0]] * single[pr[1]]) for pr, c in pairs.items()}
    return n, single, pairs, triples, lift


def test_the_fixture_has_a_frequent_pair_below_chance():
    n, single, pairs, _triples, lift = brute_force(BASKETS)
    assert (n, single[1], single[2], pairs[(1, 2)]) == (100, 60, 60, 30)
    assert pairs.most_common(1)[0][0] == (1, 2) and lift[(1, 2)] < 1
    assert lift[(1, 3)] == 1.5 and lift[(4, 5)] == 8.0


def test_pair_table_and_rules_leave_out_pairs_below_chance():
    n, _single, pairs, _triples, lift = brute_force(BASKETS)
    options = PairOptions(min_together=2, max_basket_items=None)
    result = compute_pairs(lines_of(BASKETS), options)
    shown = {(int(a), int(b)) for a, b in zip(result.pairs["product_a"], result.pairs["product_b"])}
    expected = {pr for pr, c in pairs.items() if c >= 2 and lift[pr] >= 1}
    assert shown == expected and (1, 2) not in shown and (1, 3) in shown
    assert (result.pairs["lift"] >= 1).all()
    # the statistics of every pair are still there for whoever asks for them
    every = pair_table(build_baskets(lines_of(BASKETS), options), options, below_chance=True)
    assert len(every) == sum(1 for c in pairs.values() if c >= 2)
    assert set(result.rules_for(1)["partner_id"]) == {3}
    assert set(result.rules_for(2)["partner_id"]) == {pr[1] for pr in expected if pr[0] == 2}
    assert result.below_chance_partners(1) == {2} and result.below_chance_partners(2) == {1}


def test_rules_from_a_raw_table_still_leave_out_pairs_below_chance():
    from core.analysis.pairs import rules_for
    options = PairOptions(min_together=2, max_basket_items=None)
    every = pair_table(build_baskets(lines_of(BASKETS), options), options, below_chance=True)
    assert 2 in set(every.loc[every["product_a"] == 1, "product_b"])
    assert 2 not in set(rules_for(every, 1)["partner_id"])
    assert 2 not in set(rules_for(every, 1, n_baskets=100)["partner_id"])


def test_sets_of_three_below_chance_are_left_out():
    # A, B, C popular and each pair above chance, but all three together rarer than chance would give.
    baskets = [{1, 2}] * 20 + [{1, 3}] * 20 + [{2, 3}] * 20 + [{1, 2, 3}] * 3 + [{6}] * 37
    n, single, _pairs, triples, _lift = brute_force(baskets)
    triple_lift = triples[(1, 2, 3)] * n * n / (single[1] * single[2] * single[3])
    assert triples[(1, 2, 3)] == 3 and triple_lift < 1
    result = compute_pairs(lines_of(baskets), PairOptions(min_together=3, max_basket_items=None))
    assert len(result.pairs) == 3 and result.triples.empty
    # the same shop with the three bought together often: the set is shown, with the brute-force lift
    baskets = [{1, 2, 3}] * 10 + [{6}] * 90
    n, single, _pairs, triples, _lift = brute_force(baskets)
    result = compute_pairs(lines_of(baskets), PairOptions(min_together=3, max_basket_items=None))
    row = result.triples.iloc[0]
    assert row["together"] == 10 and row["lift"] == triples[(1, 2, 3)] * n * n / (single[1] * single[2] * single[3])
    assert row["confidence"] == 1.0


def test_dashboard_chart_pairs_leave_out_pairs_below_chance():
    _n, _single, pairs, _triples, lift = brute_force(BASKETS)
    top = strongest_pairs(compute_pairs(lines_of(BASKETS), PairOptions(min_together=2, max_basket_items=None)), 10)
    got = [(int(a), int(b)) for a, b in zip(top["product_a"], top["product_b"])]
    expected = sorted((pr for pr, c in pairs.items() if c >= 2 and lift[pr] >= 1), 
                      key=lambda pr: (-pairs[pr], -lift[pr], pr))
    assert got == expected and (1, 2) not in got


def test_offers_fallback_counts_leave_out_pairs_below_chance(fresh_db):
    picks = also_bought_pairs(fresh_db, per_product=5, lines=lines_of(BASKETS), use_shop_analysis=False)
    tea = set(picks.loc[picks["product_id"] == 1, "rec_product_id"])
    assert tea == {3}


def test_also_bought_list_never_fills_a_gap_with_a_pair_below_chance(fresh_db, tmp_path):
    # Online Retail column names (core/importers/online_retail.py, UCI "Online Retail II")
    rows = ["Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country"]
    for order, basket in enumerate(BASKETS, 1):
        for pid in sorted(basket):
            rows.append(f"{order},P{pid},{NAMES[pid]},1,2024-01-{1 + order % 28:02d} 10:00:00,2.50,{order},France")
    path = tmp_path / "shop.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_file(fresh_db, path)
    result = shop_pairs(fresh_db, PairOptions(min_together=2, max_basket_items=None))
    ids = dict(fresh_db.execute("SELECT name, id FROM products").fetchall())
    shown = also_bought(fresh_db, ids["TEA"], n=5, result=result)
    assert ids["MUG"] not in set(shown["product_id"])  # the shop's bestseller, but below chance with TEA
    assert shown["product_id"].iloc[0] == ids["LID"] and shown["source"].iloc[0] == "rules"
    assert ids["CLOTH"] in set(shown["product_id"])  # a bestseller never bought with TEA may still fill a gap
