"""The groups of similar customers, the refills due and the picks' rolling evaluation are kept in the shop file
per state of its data (``core.result_copy.shared_kept``), as the customer overview is: a kept one equals a fresh
computation made here without any keeping, a later session reads it without working it out, and any change to the
data or to the products held back makes it worked out again."""

import sqlite3

import pandas as pd
import pytest

from core import load_cache
from core.analysis.clusters import cluster_customers_from_rfm
from core.analysis.merchandising import ban_product, excluded_product_ids
from core.analysis.picks_eval import lines_picks_evaluation
from core.analysis.replenish import named_refills_due
from core.analysis.rfm import rfm_from_orders
from core.data import load_customers, load_lines, load_orders


def _kept_keys(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {key for (key,) in conn.execute("SELECT DISTINCT key FROM result_copy")}


def _later_session(monkeypatch, module: str, name: str) -> None:
    """Forget what the process holds and make working ``name`` out in ``module`` fail the test."""
    load_cache.forget_shops()
    monkeypatch.setattr(f"{module}.{name}", lambda *args, **kwargs: pytest.fail(f"{name} was worked out again"))


def test_kept_groups_equal_a_fresh_clustering_and_are_shared_by_both_screens(demo_shop_copy, monkeypatch):
    from core.offers.audiences import available_audiences
    from core.shop_data import ShopData
    from desktop.views.customers.jobs import load_clusters
    path, db = demo_shop_copy
    expected = cluster_customers_from_rfm(rfm_from_orders(load_orders(db), load_customers(db)))
    load_cache.forget_shops()
    first = load_clusters(db, None)  # the Customers screen's groups tab
    assert '["clusters", null]' in _kept_keys(path)
    _later_session(monkeypatch, "core.shop_data", "cluster_customers_from_rfm")
    kept = load_clusters(db, None)
    for got in (first, kept):
        pd.testing.assert_frame_equal(got.assignments, expected.assignments)
        pd.testing.assert_frame_equal(got.clusters, expected.clusters)
        assert (got.k, got.silhouette, got.scores) == (expected.k, expected.silhouette, expected.scores)
        assert [name.key for name in got.clusters["name"]] == [name.key for name in expected.clusters["name"]]
    groups = [a for a in available_audiences(ShopData(db), {"clusters"}) if a.key.startswith("cluster:")]
    sizes = expected.assignments["cluster"].value_counts()
    assert sorted(a.size for a in groups) == sorted(sizes.tolist())  # the offers read the same kept groups


def test_kept_refills_equal_fresh_ones_and_a_change_works_them_out_again(demo_shop_copy, monkeypatch):
    from core.shop_data import ShopData
    path, db = demo_shop_copy
    lines = load_lines(db)
    expected = named_refills_due(lines[lines["customer_id"].notna()].reset_index(drop=True), load_customers(db), 5)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(ShopData(db).refills(), expected)
    assert '["refills", 5]' in _kept_keys(path)
    real = named_refills_due
    _later_session(monkeypatch, "core.shop_data", "named_refills_due")
    pd.testing.assert_frame_equal(ShopData(db).refills(), expected)
    with sqlite3.connect(path) as other:  # another program removes the last order
        other.execute("DELETE FROM orders WHERE id = (SELECT MAX(id) FROM orders)")
    assert _kept_keys(path) == set()
    monkeypatch.setattr("core.shop_data.named_refills_due", real)
    load_cache.forget_shops()
    lines = load_lines(db)
    changed = named_refills_due(lines[lines["customer_id"].notna()].reset_index(drop=True), load_customers(db), 5)
    pd.testing.assert_frame_equal(ShopData(db).refills(), changed)


def test_a_kept_rolling_evaluation_equals_a_fresh_one_and_follows_the_products_held_back(demo_shop_copy, monkeypatch):
    from core import background_evaluation
    _path, db = demo_shop_copy

    def fresh():
        return lines_picks_evaluation(load_lines(db, with_customer_only=True), excluded_product_ids(db))

    def assert_same(got, expected):
        for name in ("table", "differences", "windows"):
            pd.testing.assert_frame_equal(getattr(got, name), getattr(expected, name))
        assert (got.sentence.key, got.sentence.args) == (expected.sentence.key, expected.sentence.args)
        assert [vars(s).keys() for s in got.settings] == [vars(s).keys() for s in expected.settings]
        for mine, theirs in zip(got.settings, expected.settings):
            for field, value in vars(theirs).items():
                assert pd.Series([getattr(mine, field)]).equals(pd.Series([value])), field

    expected = fresh()
    first = background_evaluation.kept_picks_evaluation(db)
    assert_same(first, expected)
    real = background_evaluation.picks_evaluation
    _later_session(monkeypatch, "core.background_evaluation", "picks_evaluation")
    assert_same(background_evaluation.kept_picks_evaluation(db), expected)
    monkeypatch.setattr("core.background_evaluation.picks_evaluation", real)
    best_seller = int(load_lines(db)["product_id"].value_counts().index[0])
    ban_product(db, best_seller)  # never recommended any more: the evaluation leaves it out of every list
    load_cache.forget_shops()
    banned = background_evaluation.kept_picks_evaluation(db)
    assert_same(banned, fresh())
    assert not banned.table.equals(first.table)


def test_kept_strongest_pairs_and_best_sellers_equal_fresh_ones_and_follow_the_thresholds(demo_shop_copy, monkeypatch):
    from core.analysis.bestsellers import top_products
    from core.analysis.pairs import PairOptions, compute_pairs, load_pair_options, save_pair_options, strongest_pairs
    from core.catalog import roll_up_lines
    from core.charts import chart_spec
    from core.dashboard import list_headlines, sales_headlines
    from core.shop_data import ShopData
    _path, db = demo_shop_copy

    def fresh(options):
        lines = load_lines(db)
        result = compute_pairs(roll_up_lines(db, lines), options, with_triples=True)
        return result, strongest_pairs(result, 12), top_products(lines, 10)

    result, strongest, best = fresh(load_pair_options(db))
    shop = ShopData(db)
    kept = shop.pair_result(with_triples=True)
    pd.testing.assert_frame_equal(kept.pairs, result.pairs)
    pd.testing.assert_frame_equal(kept.triples, result.triples)
    pd.testing.assert_frame_equal(shop.pairs(12), strongest)
    pd.testing.assert_frame_equal(shop.top_products(10), best)
    for key in ("top_products", "top_pairs"):
        chart_spec(key).builder(shop)
    _later_session(monkeypatch, "core.data", "_load_lines")  # a later session's dashboard reads no order lines
    later = ShopData(db)
    sales_headlines(later), list_headlines(later)
    for key in ("top_products", "top_pairs"):
        chart_spec(key).builder(later)
    pd.testing.assert_frame_equal(ShopData(db).pairs(12), strongest)
    monkeypatch.undo()
    stricter = PairOptions(min_together=int(strongest["orders"].iloc[len(strongest) // 2]) + 1)
    save_pair_options(db, stricter)  # the owner's new thresholds: other pairs
    load_cache.forget_shops()
    result, strongest, _best = fresh(stricter)
    pd.testing.assert_frame_equal(ShopData(db).pairs(12), strongest)
    assert (ShopData(db).pair_result(with_triples=True).pairs["together"] >= stricter.min_together).all()


def test_an_erased_customer_leaves_the_kept_refills_and_groups(demo_shop_copy):
    from core.privacy import count_bytes, erase_customer
    from core.shop_data import ShopData
    path, db = demo_shop_copy
    shop = ShopData(db)
    refills, groups = shop.refills(), shop.clusters()
    names = db.execute("SELECT id, first_name || ' ' || last_name FROM customers "
                       "WHERE first_name IS NOT NULL AND last_name IS NOT NULL").fetchall()
    unique = {name: cid for cid, name in names if sum(other == name for _id, other in names) == 1}
    chosen = next(name for name in refills["customer"] if name in unique)  # a refill due names them
    assert unique[chosen] in set(groups["customer_id"])
    with sqlite3.connect(path) as conn:
        assert chosen.encode() in b"".join(data for (data,) in conn.execute("SELECT data FROM result_copy"))
    erase_customer(db, customer_id=unique[chosen], include_backups=False)
    assert count_bytes(path, chosen) == 0
    load_cache.forget_shops()
    later = ShopData(db)
    assert chosen not in set(later.refills()["customer"])
    assert unique[chosen] not in set(later.clusters()["customer_id"])
