"""Pair rules: counts, support, confidence and lift checked against brute force and mlxtend; triples; options."""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pandas as pd
import pytest

from core.analysis.pairs import (PairOptions, build_baskets, compute_pairs, find_product, pair_table,
                                 reason_text, shop_pairs, triple_table)
from core.data import load_lines
from core.importers.pipeline import import_file


def random_lines(seed=1, n_orders=300, n_products=25, n_customers=40) -> pd.DataFrame:
    """Order lines shaped like core.data.load_lines, with popular products and duplicate lines."""
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, n_products + 1)
    weights /= weights.sum()
    rows = []
    start = pd.Timestamp("2024-01-01", tz="UTC")
    for order in range(1, n_orders + 1):
        size = int(rng.integers(1, 9)) if order % 50 else 22  # every 50th order is a big wholesale order
        items = rng.choice(n_products, size=min(size, n_products), replace=False, p=weights)
        customer = int(rng.integers(1, n_customers + 1))
        when = start + pd.Timedelta(days=int(rng.integers(0, 365)))
        for item in items:
            rows.append((order, customer, when, int(item) + 1, f"PRODUCT {int(item) + 1}", None))
        if order % 7 == 0:  # the same product on two lines of one order counts once
            rows.append((order, customer, when, int(items[0]) + 1, f"PRODUCT {int(items[0]) + 1}", None))
    frame = pd.DataFrame(rows, columns=["order_id", "customer_id", "ordered_at", "product_id", "product_name",
                                        "category"])
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    return frame


def brute_force(lines: pd.DataFrame, max_items=None):
    baskets = lines.groupby("order_id")["product_id"].apply(lambda s: frozenset(s))
    if max_items:
        baskets = baskets[baskets.map(len) <= max_items]
    n = len(baskets)
    single = Counter(p for basket in baskets for p in basket)
    pairs = Counter(pair for basket in baskets for pair in itertools.combinations(sorted(basket), 2))
    triples = Counter(t for basket in baskets for t in itertools.combinations(sorted(basket), 3))
    return n, single, pairs, triples


@pytest.mark.parametrize("cap", [None, 10])
def test_pair_statistics_match_brute_force(cap):
    lines = random_lines()
    n, single, pairs, _ = brute_force(lines, cap)
    table = pair_table(build_baskets(lines, PairOptions(max_basket_items=cap)), PairOptions(min_together=2,
                                                                                            max_basket_items=cap),
                       below_chance=True)
    expected = {pair: count for pair, count in pairs.items() if count >= 2}
    got = {(int(a), int(b)): int(t) for a, b, t in zip(table["product_a"], table["product_b"], table["together"])}
    assert got == expected
    assert len(got) > 50
    for row in table.itertuples():
        a, b = row.product_a, row.product_b
        assert row.orders_a == single[a] and row.orders_b == single[b]
        assert row.support == pytest.approx(pairs[(a, b)] / n)
        assert row.confidence_ab == pytest.approx(pairs[(a, b)] / single[a])
        assert row.confidence_ba == pytest.approx(pairs[(a, b)] / single[b])
        assert row.lift == pytest.approx(pairs[(a, b)] * n / (single[a] * single[b]))


def test_outlier_cap_drops_big_baskets():
    lines = random_lines()
    big = lines.groupby("order_id")["product_id"].nunique()
    baskets = build_baskets(lines, PairOptions(max_basket_items=10))
    assert baskets.dropped_outliers == int((big > 10).sum()) > 0
    assert baskets.n_baskets == int((big <= 10).sum())
    assert build_baskets(lines, PairOptions(max_basket_items=None)).n_baskets == len(big)


def test_pair_statistics_match_mlxtend():
    mlxtend = pytest.importorskip("mlxtend.frequent_patterns")
    lines = random_lines(seed=3)
    baskets = lines.groupby("order_id")["product_id"].apply(lambda s: sorted(set(s)))
    onehot = pd.DataFrame([{p: True for p in basket} for basket in baskets]).fillna(False).astype(bool)
    min_together = 4
    itemsets = mlxtend.fpgrowth(onehot, min_support=(min_together - 0.5) / len(onehot), use_colnames=True,
                                max_len=2)
    rules = mlxtend.association_rules(itemsets, num_itemsets=len(onehot), metric="confidence", min_threshold=0.0)
    options = PairOptions(min_together=min_together, max_basket_items=None)
    ours = pair_table(build_baskets(lines, options), options, below_chance=True)
    directed = {}
    for row in ours.itertuples():
        directed[(row.product_a, row.product_b)] = (row.support, row.confidence_ab, row.lift)
        directed[(row.product_b, row.product_a)] = (row.support, row.confidence_ba, row.lift)
    theirs = {(next(iter(r.antecedents)), next(iter(r.consequents))): (r.support, r.confidence, r.lift)
              for r in rules.itertuples()}
    assert set(theirs) == set(directed) and len(theirs) > 40
    for key, values in theirs.items():
        assert directed[key] == pytest.approx(values, rel=1e-12)


def test_thresholds_confidence_and_lift():
    lines = random_lines()
    options = PairOptions(min_together=2, min_confidence=0.3, min_lift=1.2, max_basket_items=None)
    table = pair_table(build_baskets(lines, options), options)
    plain = pair_table(build_baskets(lines, options), PairOptions(min_together=2, max_basket_items=None))
    assert len(table) < len(plain)
    assert (table[["confidence_ab", "confidence_ba"]].max(axis=1) >= 0.3).all()
    assert (table["lift"] >= 1.2).all()
    expected = plain[(plain[["confidence_ab", "confidence_ba"]].max(axis=1) >= 0.3) & (plain["lift"] >= 1.2)]
    assert len(table) == len(expected)


def test_triples_match_brute_force():
    lines = random_lines(seed=5, n_products=12)
    n, single, pairs, triples = brute_force(lines)
    options = PairOptions(min_together=3, max_basket_items=None)
    baskets = build_baskets(lines, options)
    table = triple_table(baskets, pair_table(baskets, options, below_chance=True), min_together=3, max_pairs=10_000,
                         max_triples=None, below_chance=True)
    expected = {t: c for t, c in triples.items() if c >= 3}
    got = {(int(a), int(b), int(c)): int(t) for a, b, c, t in
           zip(table["product_a"], table["product_b"], table["product_c"], table["together"])}
    assert got == expected and got
    for row in table.head(20).itertuples():
        a, b, c = row.product_a, row.product_b, row.product_c
        assert row.lift == pytest.approx(row.together * n * n / (single[a] * single[b] * single[c]))
        assert row.confidence == pytest.approx(max(row.together / pairs[(a, b)], row.together / pairs[(a, c)],
                                                   row.together / pairs[(b, c)]))


def test_customer_window_baskets_join_orders_within_days():
    at = pd.Timestamp("2024-03-01", tz="UTC")
    rows = [  # customer 1: orders on day 0 and day 5 (one basket at 7 days), day 30 (new basket)
        (1, 1, at, 10), (2, 1, at + pd.Timedelta(days=5), 11), (3, 1, at + pd.Timedelta(days=30), 10),
        (4, 2, at, 10), (5, 2, at + pd.Timedelta(days=6), 11),  # customer 2: one basket at 7 days
        (6, None, at, 10), (7, None, at, 11),  # unknown customers are never joined
    ]
    lines = pd.DataFrame(rows, columns=["order_id", "customer_id", "ordered_at", "product_id"])
    lines["customer_id"] = lines["customer_id"].astype("Int64")
    lines["product_name"] = lines["product_id"].map(lambda p: f"P{p}")
    lines["category"] = None
    options = PairOptions(min_together=1, customer_window_days=7, max_basket_items=None)
    result = compute_pairs(lines, options)
    assert result.n_baskets == 5
    assert result.basket_unit == "baskets"
    table = pair_table(build_baskets(lines, options), options, below_chance=True)
    assert table[["product_a", "product_b", "together"]].values.tolist() == [[10, 11, 2]]
    assert result.pairs.empty  # lift 2 × 5 / (4 × 3) < 1: less often than chance, so never shown
    by_order = compute_pairs(lines, PairOptions(min_together=1, max_basket_items=None))
    assert by_order.pairs.empty and by_order.n_baskets == 7


def test_rules_for_product_reads_both_directions_with_reason():
    lines = random_lines()
    result = compute_pairs(lines, PairOptions(min_together=2, max_basket_items=None))
    n, single, pairs, _ = brute_force(lines)
    rules = result.rules_for(2)
    partners = {b if a == 2 else a for (a, b), c in pairs.items() if 2 in (a, b) and c >= 2}
    assert set(rules["partner_id"]) == partners
    top = rules.iloc[0]
    key = tuple(sorted((2, int(top.partner_id))))
    assert top.together == pairs[key] == rules["together"].max()
    assert top.confidence == pytest.approx(pairs[key] / single[2])
    assert str(top.reason).startswith(f"bought together in {pairs[key]} of {single[2]} orders that contain PRODUCT 2")


def test_reason_text_is_plain():
    assert reason_text(23, 410, "RED MUG", 5.23) == (
        "bought together in 23 of 410 orders that contain RED MUG; 5.2× more often than by chance")
    assert "less often" in reason_text(2, 400, "X", 0.4)


def test_shop_pairs_on_demo_shop(demo_db):
    result = shop_pairs(demo_db)
    lines = load_lines(demo_db)
    sizes = lines.groupby("order_id")["product_id"].nunique()
    assert result.n_baskets == int((sizes <= 100).sum())
    assert (result.pairs["together"] >= 3).all() and len(result.pairs) > 1000
    # the top pair checked independently with pandas set logic
    top = result.pairs.iloc[0]
    baskets = lines[lines["order_id"].isin(sizes[sizes <= 100].index)].groupby("order_id")["product_id"].apply(set)
    assert top.together == sum(1 for b in baskets if {top.product_a, top.product_b} <= b)
    assert len(result.triples) > 0
    pid = find_product(demo_db, top.name_a)
    assert pid == top.product_a


def test_shop_with_no_orders_says_so(fresh_db):
    from core.errors import ShopkeeperError
    with pytest.raises(ShopkeeperError, match="no orders"):
        shop_pairs(fresh_db)


def test_cli_also_bought_csv_and_json(demo_db_path, tmp_path, capsys):
    import json

    from core.__main__ import main
    out = tmp_path / "pairs.csv"
    assert main(["also-bought", "--db", str(demo_db_path), "--csv", str(out)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert {"name_a", "name_b", "together", "lift"} <= set(frame.columns) and len(frame) > 1000
    capsys.readouterr()
    assert main(["also-bought", "--db", str(demo_db_path), "--product", str(frame.name_a[0]), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items[0]["product_name"] == frame.name_b[0] and items[0]["source"] == "rules"
    assert main(["also-bought", "--db", str(demo_db_path), "--product", "no such thing xyz"]) == 1
    assert "No product matches" in capsys.readouterr().err


def test_imported_csv_with_postage_excluded(fresh_db, tiny_shop_csv):
    import_file(fresh_db, tiny_shop_csv)
    result = shop_pairs(fresh_db, PairOptions(min_together=1))
    names = set(result.pairs["name_a"]) | set(result.pairs["name_b"])
    assert "POSTAGE" not in names
    assert {tuple(sorted((a, b))) for a, b in zip(result.pairs["name_a"], result.pairs["name_b"])} == {
        ("BLUE MUG", "RED MUG"), ("BLUE MUG", "TEA TOWEL")}


def test_benchmark_runs_small_and_checks_rules(capsys):
    import importlib.util

    from tests.conftest import ROOT
    spec = importlib.util.spec_from_file_location("bench_pairs", ROOT / "benchmarks" / "bench_pairs.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--lines", "20000", "--min-together", "5", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "rule-by-rule check vs mlxtend: identical" in out
    assert "ours / floor" in out and "mlxtend / ours" in out


def test_demo_sample_matches_mlxtend(demo_db):
    mlxtend = pytest.importorskip("mlxtend.frequent_patterns")
    lines = load_lines(demo_db)
    sample = lines[lines["order_id"].isin(sorted(lines["order_id"].unique())[:300])]
    options = PairOptions(min_together=5, max_basket_items=None)
    ours = pair_table(build_baskets(sample, options), options, below_chance=True)
    baskets = sample.groupby("order_id")["product_id"].agg(lambda s: sorted(set(s)))
    onehot = pd.DataFrame([{str(p): True for p in basket} for basket in baskets]).fillna(False).astype(bool)
    itemsets = mlxtend.fpgrowth(onehot, min_support=4.5 / len(onehot), use_colnames=True, max_len=2)
    rules = mlxtend.association_rules(itemsets, num_itemsets=len(onehot), metric="confidence", min_threshold=0.0)
    assert len(rules) == 2 * len(ours) > 100
    theirs = {(int(next(iter(r.antecedents))), int(next(iter(r.consequents)))): (r.support, r.confidence, r.lift)
              for r in rules.itertuples()}
    for row in ours.itertuples():
        assert theirs[(row.product_a, row.product_b)] == pytest.approx((row.support, row.confidence_ab, row.lift))
        assert theirs[(row.product_b, row.product_a)] == pytest.approx((row.support, row.confidence_ba, row.lift))


def test_rules_of_every_product_match_brute_force_and_reasons_agree():
    lines = random_lines(seed=4)
    result = compute_pairs(lines, PairOptions(min_together=2, max_basket_items=None), with_triples=False)
    n, single, pairs, _ = brute_force(lines)
    for product in sorted(single):
        rules = result.rules_for(product)
        expected = {(b if a == product else a): c for (a, b), c in pairs.items()
                    if product in (a, b) and c >= 2 and c * n >= single[a] * single[b]}
        assert dict(zip(rules["partner_id"], rules["together"])) == expected
        assert list(rules["together"]) == sorted(rules["together"], reverse=True)
        bare = result.rules_for(product, with_reasons=False)
        assert bare["reason"].isna().all() and bare["partner_id"].tolist() == rules["partner_id"].tolist()
        assert [result.rule_reason(rule) for rule in bare.itertuples(index=False)] == rules["reason"].tolist()
    assert result.rules_for(10_000).empty
