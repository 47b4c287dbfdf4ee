"""The Customers screen's work, run in workers through ``ShopView.start`` (each takes the shop's ``db`` first)."""

from __future__ import annotations

import pandas as pd

from core.analysis.lists import Overview, build_lists
from core.analysis.segments import (Cutoffs, assign_segments, default_cutoffs, frequency_note, rf_grid, score_rfm,
                                    segment_summary)
from desktop.errors import plain_message

# The columns of an exported list, in order (the same as ``python -m core lists --csv``; a test keeps them equal).
LIST_EXPORT_COLUMNS = ["customer_id", "name", "email", "country", "recency_days", "frequency", "monetary",
                       "typical_interval_days", "clv", "churn_probability", "segment", "reason"]
SCORE_COLUMNS = ["r_score", "f_score", "m_score", "fm_score", "rfm_code", "segment", "segment_label"]


def load_overview(db, scheme="rf10", horizon_months=12, monthly_discount=0.01, progress=None, cancelled=None):
    """Worker: the customer overview (RFM, segments, predictions) of the shop ``db``."""
    from core.analysis.lists import customer_overview
    kwargs = {k: v for k, v in (("progress", progress), ("cancelled", cancelled)) if v is not None}
    return customer_overview(db, scheme=scheme, horizon_months=horizon_months,
                             monthly_discount=monthly_discount, **kwargs)


def load_backtest(db, title, labels):
    """Worker: the predictions' back-test and its chart (or ``{"error": sentence}``), the test run once for both."""
    from core.shop_data import ShopData
    shop = ShopData(db)
    try:
        result = dict(shop.backtest_result())
    except Exception as exc:  # too little history: show the plain sentence instead
        return {"error": plain_message(exc)}  # core's keyed sentence, in the UI language
    figure = None
    try:
        from core.charts.figures import clv_backtest
        figure = clv_backtest(shop, title=title, labels=labels)
    except Exception:  # the charts module is optional here
        figure = None
    result["figure"] = figure
    return result


def load_clusters(db, k):
    """Worker: groups of similar customers (a ``core.analysis.clusters.ClusterResult``), worked out once per state
    of the shop's data and shared with the offers' audiences."""
    from core.shop_data import ShopData
    return ShopData(db).cluster_result(k)


def score(_db, table: pd.DataFrame, cutoffs: Cutoffs | None, scheme: str, with_defaults: bool) -> dict:
    """Worker: score and segment the overview's ``table`` with ``cutoffs`` (quintiles when None); returns the
    segmented table, the segment summary, the R×F grid, the note that most customers bought once (or None) and,
    ``with_defaults``, the quintile cut-offs."""
    base = table.drop(columns=SCORE_COLUMNS, errors="ignore")
    scored = score_rfm(base, cutoffs)
    # the quintile scores are the ones just made when there are no cut-offs (scores read only the RFM columns)
    defaults = default_cutoffs(scored if cutoffs is None else score_rfm(base)) if with_defaults else None
    segmented = assign_segments(scored, scheme)
    quintile_frequency = cutoffs is None or not cutoffs.frequency
    return {"defaults": defaults, "segmented": segmented, "summary": segment_summary(segmented, scheme),
            "grid": rf_grid(segmented, scheme),
            "frequency_note": frequency_note(segmented) if quintile_frequency else None}


def make_lists(_db, overview: Overview, options: dict):
    """Worker: the VIP, win-back and at-risk lists of ``overview`` with the owner's ``options``."""
    return build_lists(overview, **options)
