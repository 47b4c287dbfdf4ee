"""k-means clusters: silhouette-chosen k and plain-words descriptions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.analysis.clusters import cluster_analysis, cluster_customers_from_rfm


def test_two_obvious_groups_are_found_and_described():
    rng = np.random.default_rng(1)
    n = 60
    big = pd.DataFrame({"customer_id": np.arange(n), "recency_days": rng.integers(1, 15, n),
                        "frequency": rng.integers(15, 30, n), "monetary": rng.uniform(5000, 9000, n),
                        "country": "Germany"})
    small = pd.DataFrame({"customer_id": np.arange(n, 2 * n), "recency_days": rng.integers(300, 600, n),
                          "frequency": 1, "monetary": rng.uniform(10, 30, n), "country": "France"})
    rfm = pd.concat([big, small], ignore_index=True)
    rfm["average_order"] = rfm["monetary"] / rfm["frequency"]
    result = cluster_customers_from_rfm(rfm, k_range=(2, 5))
    assert result.k == 2
    assert result.silhouette > 0.5
    by_customer = result.assignments.set_index("customer_id")["cluster"]
    assert by_customer.loc[: n - 1].nunique() == 1 and by_customer.loc[n:].nunique() == 1
    top = result.clusters.iloc[0]                 # cluster 0 = highest average spend
    assert top["customers"] == n
    assert str(top["description"]).startswith("Frequent") and "mostly Germany" in top["description"]
    assert "not seen for a long time" in result.clusters.iloc[1]["description"]
    assert "mostly France" in result.clusters.iloc[1]["description"]


def test_owner_chosen_k_on_demo_shop(demo_db):
    result = cluster_analysis(demo_db, k=4)
    assert result.k == 4 and result.clusters["customers"].sum() == len(result.assignments)
    assert result.clusters["avg_spend"].is_monotonic_decreasing
    assert result.assignments["cluster_label"].notna().all()


def test_groups_have_descriptive_names_not_numbers():
    rng = np.random.default_rng(1)
    n = 60
    best = pd.DataFrame({"customer_id": np.arange(n), "recency_days": rng.integers(1, 15, n),
                         "frequency": rng.integers(15, 30, n), "monetary": rng.uniform(5000, 9000, n),
                         "country": "Germany"})
    lapsed = pd.DataFrame({"customer_id": np.arange(n, 2 * n), "recency_days": rng.integers(300, 600, n),
                           "frequency": 1, "monetary": rng.uniform(10, 30, n), "country": "France"})
    rfm = pd.concat([best, lapsed], ignore_index=True)
    rfm["average_order"] = rfm["monetary"] / rfm["frequency"]
    result = cluster_customers_from_rfm(rfm, k_range=(2, 5))
    names = [str(name) for name in result.clusters["name"]]
    assert names == ["Best customers", "Lapsed one-off buyers"]
    by_customer = result.assignments.set_index("customer_id")["cluster_name"].map(str)
    assert set(by_customer.loc[: n - 1]) == {"Best customers"}


def test_names_on_the_demo_shop_are_distinct_and_never_cluster_numbers(demo_db):
    for k in (3, 5, 7):
        result = cluster_analysis(demo_db, k=k)
        names = [str(name) for name in result.clusters["name"]]
        assert len(set(names)) == k, names
        assert not any(name.lower().startswith(("cluster", "group")) for name in names)
        assert result.assignments["cluster_name"].notna().all()


def _brute_silhouette(x: np.ndarray, labels: np.ndarray) -> float:
    """The mean silhouette by its definition: (b - a) / max(a, b) per point, a = mean distance within its own
    group (others), b = the smallest mean distance to another group."""
    distances = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=2))
    values = []
    for i, own in enumerate(labels):
        same = labels == own
        if same.sum() == 1:
            values.append(0.0)
            continue
        a = distances[i, same].sum() / (same.sum() - 1)
        b = min(distances[i, labels == other].mean() for other in set(labels) if other != own)
        values.append((b - a) / max(a, b))
    return float(np.mean(values))


def test_every_candidates_silhouette_is_the_definitions():
    from core.analysis.clusters import _features
    rng = np.random.default_rng(7)
    n = 150  # below the silhouette sample: every customer is scored
    rfm = pd.DataFrame({"customer_id": np.arange(n), "recency_days": rng.integers(1, 700, n),
                        "frequency": rng.integers(1, 12, n), "monetary": rng.gamma(2, 200, n),
                        "country": rng.choice(["Germany", "France", "Spain"], n)})
    rfm["average_order"] = rfm["monetary"] / rfm["frequency"]
    result = cluster_customers_from_rfm(rfm, k_range=(2, 5))
    assert sorted(result.scores) == [2, 3, 4, 5]
    x, _names = _features(rfm, True)
    labels = result.assignments.set_index("customer_id")["cluster"].reindex(rfm["customer_id"]).to_numpy()
    assert result.silhouette == result.scores[result.k] == max(result.scores.values())
    assert result.silhouette == pytest.approx(_brute_silhouette(x, labels), abs=1e-9)


def _three_groups(n: int, seed: int) -> pd.DataFrame:
    """Return an RFM table of ``n`` customers in three clear groups (regular big spenders, lapsed one-off buyers,
    recent small buyers), with noise."""
    rng = np.random.default_rng(seed)
    group = rng.integers(0, 3, n)
    recency = np.choose(group, [rng.integers(1, 30, n), rng.integers(300, 700, n), rng.integers(1, 60, n)])
    frequency = np.choose(group, [rng.integers(10, 30, n), np.ones(n, dtype=int), rng.integers(1, 3, n)])
    spend = np.choose(group, [rng.uniform(2000, 6000, n), rng.uniform(10, 40, n), rng.uniform(40, 120, n)])
    rfm = pd.DataFrame({"customer_id": np.arange(n) + 1000, "recency_days": recency, "frequency": frequency,
                        "monetary": spend, "country": rng.choice(["Poland", "Latvia"], n)})
    rfm["average_order"] = rfm["monetary"] / rfm["frequency"]
    return rfm


def test_a_shop_bigger_than_the_fit_sample_gets_the_whole_shop_fits_groups(monkeypatch):
    # beyond FIT_SAMPLE customers k is chosen on a sample, then fitted on everyone: the same k and the same groups
    # as the whole-shop method, worked out here with scikit-learn directly
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_rand_score, silhouette_score

    from core.analysis import clusters
    from core.analysis.clusters import _features
    monkeypatch.setattr(clusters, "FIT_SAMPLE", 400)
    rfm = _three_groups(3000, seed=5)
    result = cluster_customers_from_rfm(rfm, k_range=(2, 5))
    x, _names = _features(rfm, True)
    scored = {k: KMeans(n_clusters=k, n_init=4, random_state=0).fit(x).labels_ for k in range(2, 6)}
    best_k = max(scored, key=lambda k: silhouette_score(x, scored[k]))
    assert result.k == best_k
    ours = result.assignments.set_index("customer_id")["cluster"].reindex(rfm["customer_id"]).to_numpy()
    assert len(result.assignments) == len(rfm) and not np.isnan(ours.astype(float)).any()
    assert adjusted_rand_score(scored[best_k], ours) > 0.98
    assert result.clusters["customers"].sum() == len(rfm)


def test_a_shop_within_the_fit_sample_is_fitted_whole():
    # up to FIT_SAMPLE customers nothing changes: the groups are scikit-learn's fit on every customer
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_rand_score

    from core.analysis.clusters import _features
    rfm = _three_groups(600, seed=9)
    result = cluster_customers_from_rfm(rfm, k=3)
    x, _names = _features(rfm, True)
    whole = KMeans(n_clusters=3, n_init=4, random_state=0).fit(x).labels_
    ours = result.assignments.set_index("customer_id")["cluster"].reindex(rfm["customer_id"]).to_numpy()
    assert adjusted_rand_score(whole, ours) == 1.0
