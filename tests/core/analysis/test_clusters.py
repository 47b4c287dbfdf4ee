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
