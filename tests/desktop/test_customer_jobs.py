"""The Customers screen's score worker: one scoring serves the segments and the suggested cut-offs."""

import numpy as np
import pandas as pd
import pytest

from desktop.views.customers.jobs import score


def _table(n=300, seed=4):
    rng = np.random.default_rng(seed)
    return pd.DataFrame({"customer_id": np.arange(1, n + 1), "recency_days": rng.integers(0, 700, n),
                         "frequency": np.where(rng.random(n) < 0.3, 1, rng.integers(2, 20, n)),
                         "monetary": rng.gamma(2, 150, n).round(2)})


@pytest.mark.parametrize("seed", [4, 5])
def test_suggested_cutoffs_are_the_shown_quintile_scores_edges(seed):
    result = score(None, _table(seed=seed), None, "rf10", True)
    segmented, defaults = result["segmented"], result["defaults"]
    # independent: the edges read off the scores the screen shows, by their definition (pandas groupby)
    recency = segmented.groupby("r_score")["recency_days"].max()
    monetary = segmented.groupby("m_score")["monetary"].min()
    assert defaults.recency == [float(recency[s]) for s in (2, 3, 4, 5)]
    assert defaults.monetary == [round(float(monetary[s]), 2) for s in (2, 3, 4, 5)]
    # and the segments are those of the quintile scores: every customer's R and F give its segment
    assert len(segmented) == len(_table(seed=seed)) and segmented["segment"].notna().all()
    assert result["summary"]["customers"].sum() == len(segmented)


def test_without_suggestions_no_cutoffs_are_made():
    assert score(None, _table(), None, "rf10", False)["defaults"] is None
