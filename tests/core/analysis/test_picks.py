"""Buy again, Discover and the blended picks on small shops whose right answers are known by construction."""

from __future__ import annotations

import numpy as np
import pytest
import pandas as pd
import scipy.sparse as sp

from core.analysis import ease
from core.analysis.picks import PicksModel, PicksSettings, merge_lists
from core.analysis.ranking import per_customer_metrics, top_from_dense, top_from_pairs
from core.analysis.recommend import LIST_AGAIN, LIST_DISCOVER, customer_lists, recommend


def lines_frame(rows) -> pd.DataFrame:
    """Return load_lines-like rows from (order, customer, date, product, country) tuples."""
    frame = pd.DataFrame(rows, columns=["order_id", "customer_id", "ordered_at", "product_id", "country"])
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    frame["ordered_at"] = pd.to_datetime(frame["ordered_at"], utc=True)
    frame["product_name"] = "P" + frame["product_id"].astype(str)
    frame["category"] = None
    return frame


def rhythm_shop(seed: int = 3) -> pd.DataFrame:
    """Customers 1..30 each rebuy product 100 + c % 3 every 30 days for a year, with 1-2 random products
    (1..40) in each order; customer 99 bought product 7 once long ago and product 8 three times, the last
    long ago."""
    rng = np.random.default_rng(seed)
    rows, order = [], 0
    start = pd.Timestamp("2023-01-01")
    for customer in range(1, 31):
        offset = int(rng.integers(0, 30))
        for k in range(12):
            order += 1
            when = start + pd.Timedelta(days=offset + 30 * k)
            rows.append((order, customer, when, 100 + customer % 3, "France"))
            for product in rng.choice(np.arange(1, 41), size=int(rng.integers(1, 3)), replace=False):
                rows.append((order, customer, when, int(product), "France"))
    return lines_frame(rows)


def test_a_customer_who_rebuys_every_30_days_gets_it_first_in_buy_again():
    lines = rhythm_shop()
    lists = customer_lists(lines, [1, 2, 3], n=5)
    again = lists[LIST_AGAIN]
    for customer in (1, 2, 3):
        mine = again[again["customer_id"] == customer]
        assert mine["product_id"].iloc[0] == 100 + customer % 3
        assert set(mine["list"]) == {LIST_AGAIN} and set(mine["source"]) == {"rebuy"}
        reason = str(mine["reason"].iloc[0])
        assert reason.startswith("bought it in 12 order(s)"), reason
    # the blend starts with it too: a product bought every month is bought again more often than anything new
    picks = lists["picks"]
    assert [picks[picks["customer_id"] == c]["product_id"].iloc[0] for c in (1, 2, 3)] == [101, 102, 100]


def test_discover_never_holds_owned_products_and_exclusions_are_in_no_list():
    lines = rhythm_shop()
    excluded = {101, 5, 6}
    lists = customer_lists(lines, list(range(1, 31)), n=10, exclude_products=excluded)
    owned = lines.groupby(lines["customer_id"].astype(int))["product_id"].agg(set)
    discover = lists[LIST_DISCOVER]
    assert len(discover) == 30 * 10
    assert not any(row.product_id in owned[row.customer_id] for row in discover.itertuples())
    again = lists[LIST_AGAIN]
    assert all(row.product_id in owned[row.customer_id] for row in again.itertuples())
    for frame in lists.values():
        assert not set(frame["product_id"]) & excluded
    picks = lists["picks"]
    assert (picks.groupby("customer_id").size() == 10).all()
    for row in picks.itertuples():
        assert row.list == (LIST_AGAIN if row.product_id in owned[row.customer_id] else LIST_DISCOVER)


def test_recommend_keeps_its_columns_and_adds_the_list():
    lines = rhythm_shop()
    picks = recommend(lines, [1, 4], 10)
    assert list(picks.columns) == ["customer_id", "rank", "product_id", "product_name", "score", "source", "reason",
                                   "list"]
    assert picks.groupby("customer_id")["rank"].apply(list).tolist() == [list(range(1, 11))] * 2


def test_as_of_ignores_later_orders():
    lines = rhythm_shop()
    as_of = pd.Timestamp("2023-07-01", tz="UTC")
    cut = lines[lines["ordered_at"] < as_of]
    ours = customer_lists(lines, [1, 2, 3, 4], n=10, as_of=as_of)
    truncated = customer_lists(cut, [1, 2, 3, 4], n=10, as_of=as_of)
    for key in ours:
        pd.testing.assert_frame_equal(ours[key].drop(columns="reason"), truncated[key].drop(columns="reason"))


def test_customers_without_history_get_shop_bestsellers():
    lines = rhythm_shop()
    picks = recommend(lines, [12345], 3)
    buyers = lines.groupby("product_id")["customer_id"].nunique().sort_values(ascending=False, kind="stable")
    expected = buyers[buyers == buyers.iloc[0]].index.tolist()
    assert picks["source"].tolist() == ["shop"] * 3 and picks["product_id"].iloc[0] in expected


def test_ease_matches_the_closed_form_in_both_forms():
    rng = np.random.default_rng(1)
    for customers, products in ((12, 30), (40, 15)):
        owned = sp.csr_matrix((rng.random((customers, products)) < 0.3).astype(float))
        data = ease.Interactions(np.arange(customers), np.arange(products), owned, owned)
        model = ease.fit_ease(data, 5.0, np.arange(products))
        x = owned.toarray()
        inverse = np.linalg.inv(x.T @ x + 5.0 * np.eye(products))
        weights = -inverse / np.diag(inverse)
        np.fill_diagonal(weights, 0.0)
        assert np.allclose(ease.ease_scores(data, model, np.arange(customers)), x @ weights)


def test_top_lists_and_merge():
    scores = np.array([[0.1, 0.9, 0.5, -np.inf], [0.3, 0.3, 0.2, 0.1]])
    assert top_from_dense(scores, 3).tolist() == [[1, 2, 0], [0, 1, 2]]
    assert top_from_dense(scores, 5, np.array([[0, 1, 0, 0], [0, 0, 0, 0]], bool)).tolist() == [
        [2, 0, -1, -1, -1], [0, 1, 2, 3, -1]]
    top = top_from_pairs(np.array([0, 0, 1]), np.array([4, 2, 3]), np.array([1.0, 2.0, 1.0]), 2, 2)
    assert top.tolist() == [[2, 4], [3, -1]]
    again = np.array([[7, 8, -1]])
    discover = np.array([[1, 2, 3]])
    merged, flags = merge_lists(again, discover, np.array([0.5, 0.2, 0.1]), np.array([0.3, 0.1, 0.05]), 3)
    assert merged.tolist() == [[7, 1, 8]] and flags.tolist() == [[True, False, True]]


def test_ndcg_hr_recall_match_brute_force():
    rng = np.random.default_rng(5)
    truth_sets = [set(rng.choice(20, size=int(rng.integers(1, 8)), replace=False).tolist()) for _ in range(30)]
    lists = [rng.choice(20, size=10, replace=False).tolist() for _ in range(30)]
    lists[0][5:] = [-1] * 5
    truth = sp.lil_matrix((30, 20))
    for r, items in enumerate(truth_sets):
        for i in items:
            truth[r, i] = 1
    got = per_customer_metrics(np.array(lists), truth.tocsr())
    for r in range(30):
        dcg = sum(1 / np.log2(rank + 2) for rank, p in enumerate(lists[r]) if p in truth_sets[r])
        idcg = sum(1 / np.log2(rank + 2) for rank in range(min(len(truth_sets[r]), 10)))
        hits = sum(p in truth_sets[r] for p in lists[r])
        assert np.isclose(got["ndcg"][r], dcg / idcg)
        assert got["hr"][r] == (hits > 0)
        assert np.isclose(got["recall"][r], hits / len(truth_sets[r]))


def test_model_learns_only_before_as_of():
    lines = rhythm_shop()
    as_of = pd.Timestamp("2023-03-01", tz="UTC")
    model = PicksModel(lines, as_of)
    assert model.data.owned.sum() == lines[lines["ordered_at"] < as_of].groupby(
        ["customer_id", "product_id"]).ngroups
    top = model.again_top(np.arange(3), PicksSettings())
    assert (top >= -1).all()


def test_cli_as_of_equals_a_shop_imported_only_up_to_that_date(tmp_path, capsys):
    """``recommend --as-of D --all --csv`` on the whole shop writes the same file as on a shop that only ever saw
    the orders before D."""
    from core.__main__ import main
    from core.importers.pipeline import import_file
    from core.store import open_shop

    lines = rhythm_shop().sort_values(["ordered_at", "order_id"], kind="stable")  # files in date order: the
    # early file is the start of the full one, so both shops number the early products alike (ties break by id)
    header = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"

    def shop(frame, name):
        rows = [f"{r.order_id},SKU{r.product_id},ITEM {r.product_id},1,{r.ordered_at:%Y-%m-%d %H:%M:%S},2.50,"
                f"{12000 + r.customer_id},{r.country}\n" for r in frame.itertuples()]
        path = tmp_path / f"{name}.csv"
        path.write_text(header + "".join(rows), encoding="utf-8")
        db = open_shop(tmp_path / f"{name}.shop.db")
        import_file(db, path)
        db.conn.close()
        return tmp_path / f"{name}.shop.db"

    as_of = "2023-08-01"
    full = shop(lines, "full")
    early = shop(lines[lines["ordered_at"] < pd.Timestamp(as_of, tz="UTC")], "early")
    for db_path, out in ((full, "full.csv"), (early, "early.csv")):
        assert main(["recommend", "--db", str(db_path), "--as-of", as_of, "--all", "--top", "10",
                     "--csv", str(tmp_path / out)]) == 0
    capsys.readouterr()
    ours, theirs = pd.read_csv(tmp_path / "full.csv"), pd.read_csv(tmp_path / "early.csv")
    assert list(ours.columns) == ["customer", "rank", "sku", "product", "list", "source"]
    assert len(ours) == 30 * 10 and set(ours["customer"]) == {12000 + c for c in range(1, 31)}
    pd.testing.assert_frame_equal(ours, theirs)
    # a later-only product never appears in picks made before it existed
    assert main(["recommend", "--db", str(full), "--as-of", "2023-01-02", "--all", "--json"]) == 0


def test_blocks_of_customers_give_the_same_lists(monkeypatch):
    """Working in small blocks of customers (big shops) changes no list and no evaluation figure."""
    from core.analysis import picks
    from core.analysis.picks_eval import evaluate_picks
    lines = rhythm_shop()
    whole = customer_lists(lines, list(range(1, 31)), n=10)
    evaluation = evaluate_picks(lines, bootstrap=50).table
    monkeypatch.setattr(picks, "ROW_BUDGET", 16 * 45)  # 16 customers per block
    assert len(picks.row_blocks(30, 45)) == 2
    blocked = customer_lists(lines, list(range(1, 31)), n=10)
    for key in whole:
        pd.testing.assert_frame_equal(whole[key].drop(columns="reason"), blocked[key].drop(columns="reason"))
    again = evaluate_picks(lines, bootstrap=50).table
    keep = again["method"] != "random"  # random draws come block by block
    pd.testing.assert_frame_equal(evaluation[keep], again[keep])


def test_similarities_keep_each_products_strongest_neighbours():
    """item-kNN keeps each row's ``keep`` largest entries; checked against a row-by-row sort of the dense matrix."""
    rng = np.random.default_rng(3)
    dense = rng.random((40, 60)) * (rng.random((40, 60)) < 0.6)
    kept = ease.strongest_per_row(sp.csr_matrix(dense), 7).toarray()
    for row, full in zip(kept, dense):
        nonzero = np.sort(full[full > 0])[::-1]
        assert np.count_nonzero(row) == min(7, len(nonzero))
        assert np.allclose(np.sort(row[row > 0])[::-1], nonzero[:7])
        assert np.all((row == 0) | (row == full))


def test_similarities_built_in_blocks_equal_the_whole_matrix(monkeypatch):
    """knn_similarity and rule_confidence built a few products at a time give the same matrix as in one block, and
    rule confidence equals a brute-force count over the baskets."""
    rng = np.random.default_rng(5)
    owned = sp.csr_matrix((rng.random((30, 23)) < 0.3).astype(float))
    baskets = sp.csr_matrix((rng.random((80, 23)) < 0.25).astype(float))
    data = ease.Interactions(np.arange(30), np.arange(23), owned, baskets)
    whole_knn, whole_rules = ease.knn_similarity(data).toarray(), ease.rule_confidence(data).toarray()
    monkeypatch.setattr(ease, "SIMILARITY_BLOCK", 4)
    assert np.allclose(ease.knn_similarity(data).toarray(), whole_knn)
    assert np.allclose(ease.rule_confidence(data).toarray(), whole_rules)
    dense = baskets.toarray()
    for a in range(23):
        for b in range(23):
            both, n_a, n_b = (dense[:, a] * dense[:, b]).sum(), dense[:, a].sum(), dense[:, b].sum()
            chance = both * len(dense) >= n_a * n_b
            expected = both / n_a if a != b and both >= ease.MIN_TOGETHER and chance else 0.0
            assert whole_rules[a, b] == pytest.approx(expected)


def test_list_columns_are_the_explained_lists_without_their_reasons():
    """``customer_list_columns`` (offer files, the evaluation) names the same products in the same order as
    ``customer_lists``, customers in the order asked, every list."""
    from core.analysis.recommend import LIST_PICKS, customer_list_columns
    lines = rhythm_shop()
    asked = [12, 3, 99, 7, 1]
    explained = customer_lists(lines, asked, n=6)
    columns = customer_list_columns(lines, asked, n=6)
    for key in (LIST_PICKS, LIST_AGAIN, LIST_DISCOVER):
        mine = columns[columns["list"] == key]
        theirs = explained[key]
        assert mine["customer_id"].tolist() == theirs["customer_id"].astype(int).tolist()
        assert mine["rank"].tolist() == theirs["rank"].tolist()
        assert mine["product_id"].tolist() == theirs["product_id"].astype(int).tolist()


def test_buy_again_on_a_subset_of_customers_scores_as_on_all():
    """The settings' search scores only a window's customers (``restrict_history``): each kept pair's score equals
    its score in the whole history."""
    from core.analysis.buy_again import buy_again_scores, restrict_history
    lines = rhythm_shop()
    model = PicksModel(lines, pd.Timestamp("2024-01-01", tz="UTC"))
    keep = np.isin(model.history.rows, [0, 4, 5, 17])
    part = restrict_history(model.history, keep)
    for half_life, gamma, beta in ((90.0, 0.5, 1.0), (np.inf, 1.0, 0.0)):
        whole = buy_again_scores(model.history, half_life, gamma, beta)
        assert np.allclose(buy_again_scores(part, half_life, gamma, beta), whole[keep])
    assert part.rows.tolist() == model.history.rows[keep].tolist()


def test_float32_scores_rank_like_float64_and_overwrite_is_allowed():
    """float32 scores give the same top lists as a full sort in float64 (ties by column)."""
    rng = np.random.default_rng(5)
    scores = np.round(rng.random((50, 300)), 2)  # many ties
    blocked = rng.random((50, 300)) < 0.2
    expected = []
    for row, mask in zip(scores, blocked):
        order = sorted((c for c in range(300) if not mask[c]), key=lambda c: (-row[c], c))
        expected.append(order[:7])
    single = scores.astype(np.float32)
    assert top_from_dense(single, 7, blocked).tolist() == expected
    assert top_from_dense(single.copy(), 7, blocked, overwrite=True).tolist() == expected


def test_a_big_validation_window_is_enough_alone(monkeypatch):
    """When the latest validation window has ``ONE_SPLIT_CUSTOMERS`` customers the earlier one is not made."""
    from core.analysis import picks
    lines = rhythm_shop()
    as_of = lines["ordered_at"].max()
    assert len(picks.validation_splits(lines, as_of)) == 2
    monkeypatch.setattr(picks, "ONE_SPLIT_CUSTOMERS", 20)
    splits = picks.validation_splits(lines, as_of)
    assert len(splits) == 1 and splits[0].eligible >= 20


def test_ease_in_single_precision_matches_the_closed_form(monkeypatch):
    """From ``SINGLE_PRECISION_FROM`` columns the Gram, inverse and weights are float32: scores stay within
    1e-5 of the float64 closed form (numpy's inverse), in both forms."""
    monkeypatch.setattr(ease, "SINGLE_PRECISION_FROM", 20)
    rng = np.random.default_rng(2)
    for customers, products in ((60, 40), (30, 50)):
        owned = sp.csr_matrix((rng.random((customers, products)) < 0.3).astype(float))
        data = ease.Interactions(np.arange(customers), np.arange(products), owned, owned)
        model = ease.fit_ease(data, 5.0, np.arange(products))
        if model.weights is not None:  # primal form: the products² weights are float32
            assert model.weights.dtype == np.float32
        x = owned.toarray()
        inverse = np.linalg.inv(x.T @ x + 5.0 * np.eye(products))
        weights = -inverse / np.diag(inverse)
        np.fill_diagonal(weights, 0.0)
        scores = ease.ease_scores(data, model, np.arange(customers))
        assert scores.dtype == np.float32
        assert np.abs(scores - x @ weights).max() < 1e-5


def test_top_from_pairs_in_column_order_equals_the_full_sort():
    """Triples already in column order within each row (a purchase history) give the lists a Python sort gives."""
    rng = np.random.default_rng(6)
    rows = rng.integers(0, 40, 2000)
    cols = rng.integers(0, 300, 2000)
    order = np.lexsort((cols, rows))
    rows, cols = rows[order], cols[order]
    rows = rng.permutation(40)[rows]  # rows in any order, columns ascending within each
    scores = np.round(rng.random(2000), 1)  # many ties
    blocked = rng.random(300) < 0.1
    top = top_from_pairs(rows, cols, scores, 40, 6, blocked, cols_ascending=True)
    for row in range(40):
        mine = sorted((-scores[i], cols[i]) for i in np.flatnonzero(rows == row) if not blocked[cols[i]])
        expected = [c for _, c in mine[:6]] + [-1] * max(0, 6 - len(mine))
        assert top[row].tolist() == expected


def test_bestsellers_lists_equal_a_full_sort():
    """The shop's bestsellers per customer (everyone's, and without what they own) equal a Python sort by
    buyers then product column, excluded products left out."""
    lines = rhythm_shop()
    model = PicksModel(lines, pd.Timestamp("2024-01-01", tz="UTC"), exclude_products=[100, 5])
    rows = np.arange(len(model.customers))
    owned = model.data.owned.toarray() > 0
    ranking = sorted((c for c in range(len(model.products)) if not model.excluded[c]),
                     key=lambda c: (-model.buyers[c], c))
    assert model.bestsellers_top(rows, 7).tolist() == [ranking[:7]] * len(rows)
    mine = model.bestsellers_top(rows, 7, new_only=True)
    for row in rows:
        expected = [c for c in ranking if not owned[row, c]][:7]
        assert mine[row].tolist() == expected + [-1] * (7 - len(expected))


@pytest.mark.parametrize("candidates", [3, 8, 20])
def test_many_weightings_ranked_from_candidates_equal_the_full_ranking(candidates):
    """``blend_tops`` gives for every weighting exactly the lists of ranking the whole blend: 3 candidates per
    component (43 products) send every row to the full ranking, 8 some rows, 20 none (the bound always holds)."""
    from core.analysis.picks import WEIGHT_GRID, blend_tops
    lines = rhythm_shop()
    model = PicksModel(lines, pd.Timestamp("2024-01-01", tz="UTC"))
    rows = np.arange(len(model.customers))
    blocked = model.blocked(rows)
    parts = model.components(rows, 20.0, blocked=blocked)
    tops = blend_tops(model, parts, blocked, WEIGHT_GRID, k=7, candidates=candidates)
    for weights, top in zip(WEIGHT_GRID, tops):
        blend = model.discover_scores(parts, weights, blocked).astype(np.float64)
        expected = []
        for row in rows:
            ranked = sorted((c for c in range(blend.shape[1]) if np.isfinite(blend[row, c])),
                            key=lambda c: (-blend[row, c], c))[:7]
            expected.append(ranked + [-1] * (7 - len(ranked)))
        assert top.tolist() == expected


def test_top_lists_with_many_tied_zeros_equal_a_python_sort():
    """Rows with fewer than k positive scores (ties at zero, as sparse customers give) keep the lowest columns
    among the tied, like a Python sort by score then column."""
    rng = np.random.default_rng(3)
    for _ in range(30):
        n, m, k = 40, int(rng.integers(5, 60)), int(rng.integers(1, 12))
        scores = np.where(rng.random((n, m)) < rng.random(), 0, np.round(rng.random((n, m)), 1)).astype(np.float32)
        blocked = rng.random((n, m)) < 0.2
        top = top_from_dense(scores, k, blocked).tolist()
        for row in range(n):
            expected = sorted((c for c in range(m) if not blocked[row, c]), key=lambda c: (-scores[row, c], c))[:k]
            assert top[row] == expected + [-1] * (k - len(expected))


def test_neighbour_scores_equal_the_dense_product():
    """Σ similarity over owned products, made dense without sorting: numpy's dense product, in float32."""
    rng = np.random.default_rng(9)
    owned = sp.csr_matrix((rng.random((30, 50)) < 0.2).astype(float))
    similarity = sp.csr_matrix(rng.random((50, 50)) * (rng.random((50, 50)) < 0.3))
    data = ease.Interactions(np.arange(30), np.arange(50), owned, owned)
    rows = np.array([3, 0, 17, 29])
    expected = (owned.toarray()[rows] @ similarity.toarray()).astype(np.float32)
    assert np.allclose(ease.neighbour_scores(data, similarity, rows), expected, rtol=1e-6)


@pytest.mark.parametrize("seed", range(40))
def test_the_ridge_climb_finds_the_best_ridge_of_a_one_peak_curve_with_fewer_fits(seed):
    from core.analysis import picks
    rng = np.random.default_rng(seed)
    ridges = tuple(float(r) for r in np.sort(rng.choice(np.arange(1, 2000), size=int(rng.integers(2, 6)),
                                                         replace=False)))
    peak = int(rng.integers(0, len(ridges)))
    # one peak: rising to it, falling after it (equal neighbours allowed: ties go to the smaller ridge)
    rise = np.cumsum(rng.choice([0.0, 0.5, 1.0], size=peak + 1))
    fall = rise[-1] - np.cumsum(rng.choice([0.0, 0.5, 1.0], size=len(ridges) - peak - 1))
    curve = dict(zip(ridges, [*rise, *fall]))
    brute = next(r for r in ridges if curve[r] == max(curve.values()))  # the first best, as RIDGES order says
    tried = []

    def ndcg_of(ridge):
        tried.append(ridge)
        return curve[ridge]

    start = int(rng.integers(0, len(ridges)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(picks, "RIDGES", ridges)
        picks._climb_ridges(ndcg_of, start)
        assert len(tried) == len(set(tried)) <= len(ridges)
        assert picks._first_best({r: curve[r] for r in tried}) == brute


def test_when_the_largest_ridge_wins_the_smallest_is_never_fitted():
    from core.analysis import picks
    tried = []
    rising = {ridge: number for number, ridge in enumerate(picks.RIDGES)}
    picks._climb_ridges(lambda ridge: tried.append(ridge) or rising[ridge], len(picks.RIDGES) // 2)
    assert tried == list(picks.RIDGES[len(picks.RIDGES) // 2:])


@pytest.mark.parametrize("single_from", [1000, 3])
def test_knn_and_the_gram_matrix_from_one_pass_equal_each_made_alone(monkeypatch, single_from):
    """The validation models make the EASE Gram matrix from the kNN pass's co-occurrence counts: the same counts
    as X^T X worked out densely here, in the precision ``ease_gram`` uses, and the same similarity."""
    monkeypatch.setattr(ease, "SINGLE_PRECISION_FROM", single_from)
    monkeypatch.setattr(ease, "SIMILARITY_BLOCK", 4)
    rng = np.random.default_rng(8)
    owned = sp.csr_matrix((rng.random((40, 23)) < 0.3).astype(float))
    data = ease.Interactions(np.arange(40), np.arange(23), owned, owned)
    columns = np.array([0, 2, 3, 7, 8, 9, 15, 22])
    knn, gram = ease.knn_and_gram(data, columns)
    dense = owned.toarray()[:, columns]
    assert gram.dtype == (np.float32 if len(columns) >= single_from else np.float64)
    assert np.array_equal(gram, (dense.T @ dense).astype(gram.dtype))
    assert np.array_equal(gram, ease.ease_gram(data, columns))
    assert np.array_equal(knn.toarray(), ease.knn_similarity(data).toarray())
    few_customers = ease.Interactions(np.arange(5), np.arange(23), owned[:5], owned[:5])
    assert ease.knn_and_gram(few_customers, columns)[1] is None  # the Gram matrix of the customers' side instead


def test_a_validation_model_makes_knn_with_its_gram_matrix_and_the_same_picks(monkeypatch):
    from core.analysis import picks
    rng = np.random.default_rng(4)
    rows = [(order, 1 + order % 60, pd.Timestamp("2023-01-01") + pd.Timedelta(days=order % 200),
             int(product), "France")
            for order in range(600) for product in rng.choice(15, size=int(rng.integers(1, 4)), replace=False)]
    lines = lines_frame(rows)
    as_of = pd.Timestamp("2023-06-01", tz="UTC")
    calls = []
    original = picks.knn_and_gram
    monkeypatch.setattr(picks, "knn_and_gram", lambda *a: calls.append(original(*a)) or calls[-1])
    shared = picks.PicksModel(lines, as_of, knn_soon=True)
    alone = picks.PicksModel(lines, as_of)
    everyone = np.arange(len(alone.customers))
    for name in ("ease", "knn"):
        assert np.array_equal(shared.components(everyone, 100.0, (name,))[name],
                              alone.components(everyone, 100.0, (name,))[name])
    assert len(calls) == 1 and calls[0][1] is not None  # the Gram matrix came from the kNN pass
    dense = alone.data.owned.toarray()[:, alone.ease_cols]
    assert np.array_equal(calls[0][1], dense.T @ dense)
