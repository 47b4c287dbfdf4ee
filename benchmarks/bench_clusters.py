"""Customer groups on a large shop: ours (k chosen on a sample of ``FIT_SAMPLE`` customers, then fitted on everyone)
beside the reference, the whole-shop method it replaced (every candidate k fitted on every customer), in one run:
both times, both chosen k and the adjusted Rand index between their groupings (1 = the same groups)."""

from __future__ import annotations

import time

import numpy as np


def full_fit_labels(rfm, seed: int = 0, k_range: tuple[int, int] = (2, 8)) -> tuple[int, np.ndarray]:
    """Return (k, labels) of the whole-shop method: k-means with 4 starts for each k of ``k_range`` on every
    customer, the k with the best silhouette on a fixed random 4,000 of them."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import pairwise_distances, silhouette_score
    from threadpoolctl import threadpool_limits

    from core.analysis.clusters import SILHOUETTE_SAMPLE, _features
    x, _names = _features(rfm, True)
    sample = np.random.default_rng(seed).choice(len(x), size=min(len(x), SILHOUETTE_SAMPLE), replace=False)
    best = None
    with threadpool_limits(limits=1):
        distances = pairwise_distances(x[sample])
        for k in range(k_range[0], k_range[1] + 1):
            labels = KMeans(n_clusters=k, n_init=4, random_state=seed).fit(x).labels_
            score = silhouette_score(distances, labels[sample], metric="precomputed")
            if best is None or score > best[0]:
                best = (score, k, labels)
    return best[1], best[2]


def clusters_against_full_fit(db_path: str) -> dict:
    """Return seconds (ours), reference_seconds, k, reference_k, adjusted_rand and customers for the shop."""
    from sklearn.metrics import adjusted_rand_score

    from core.analysis.clusters import cluster_customers_from_rfm
    from core.analysis.rfm import rfm_table
    from core.store import open_shop
    rfm = rfm_table(open_shop(db_path, create=False))
    cluster_customers_from_rfm(rfm.head(50))  # scikit-learn's imports, outside both timings
    start = time.perf_counter()
    ours = cluster_customers_from_rfm(rfm)
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    reference_k, reference_labels = full_fit_labels(rfm)
    reference_seconds = time.perf_counter() - start
    mine = ours.assignments.set_index("customer_id")["cluster"].reindex(rfm["customer_id"].astype("int64"))
    return {"seconds": seconds, "reference_seconds": reference_seconds, "k": ours.k, "reference_k": reference_k,
            "adjusted_rand": float(adjusted_rand_score(reference_labels, mine.to_numpy())), "customers": len(rfm)}
