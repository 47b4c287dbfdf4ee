"""Back-test of the lapse ranking: at past cut-offs, did the customers it ranked first really not come back?

At each cut-off (``CUTOFF_DAYS`` before the day of the last order) every customer who had ordered before it is
scored from the orders before it, and labelled *lapsed* when they placed no order in the ``LAPSE_DAYS`` from it.
Three rankings are scored in the same run on the same customers: ours (``core.analysis.lapse``, with its
fallback), days since the last order, and days since the last order ÷ the customer's usual interval; 1 − P(alive)
is reported too. Per cut-off and pooled: the AUC of each ranking (chance of ranking a lapsed customer above one
who came back, ties half) and, for the flagged top ``FLAG_SHARE`` of customers, the share who lapsed against the
share of the others. Pooled figures use every (cut-off, customer) row, each score replaced by its percentile
within its cut-off so that cut-offs of different shapes compare.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.analysis.clv import _naive_days
from core.analysis.lapse import (DAYS_SINCE, LAPSE_DAYS, MODEL, SILENCE_RATIO, _auc, lapse_risk_from_orders,
                                 lapsed_after)
from core.data import load_orders
from core.errors import ShopkeeperError
from core.messages import Message, MessageTemplate, count, percent
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress

CUTOFF_DAYS = (90, 180, 270, 360)
FLAG_SHARE = 0.2
OURS = "ours"
P_ALIVE = "p_alive"
METHODS = (OURS, DAYS_SINCE, SILENCE_RATIO, P_ALIVE)  # P_ALIVE: 1 − P(alive), for the record

TESTING = MessageTemplate("lapse.progress.testing", "Testing the lapse ranking on the past")
NO_CUTOFF = MessageTemplate("lapse.error.no_cutoff",
                            "The shop's history is too short to test who stops ordering: it needs customers "
                            "who ordered at least {days} days before the last order.")
FLAGGED_SENTENCE = MessageTemplate(
    "lapse.backtest.sentence", "Of the customers we would have flagged {days} days ago, {flagged} did not come back, "
                               "against {others} of the others.")
COMPARISON = MessageTemplate(
    "lapse.backtest.comparison", "Over {cutoffs} past dates, the ranking put a customer who did not come back above "
                                 "one who did {ours} of the time, against {days} for days since the last order and "
                                 "{ratio} for days since the last order divided by the customer's usual interval.")


@dataclass
class LapseBacktest:
    """The back-test's figures.

    ``windows``: one row per (cut-off, method): cutoff_days, cutoff (day), method, customers, lapsed, auc,
    flagged, flagged_lapsed_share, others_lapsed_share. ``pooled``: one row per method with the same figures over
    every cut-off (customers counted once per cut-off). ``rows``: one row per (cut-off, customer): cutoff_days,
    customer_id, lapsed, and the score of each method (higher = more likely to lapse). ``methods_used``:
    cutoff_days → the method ours fell back to or used. ``sentence``: the flagged/others sentence for the most
    recent cut-off, a Message; ``comparison``: the pooled AUC of ours against the two simple rankings, a Message.
    """

    windows: pd.DataFrame
    pooled: pd.DataFrame
    rows: pd.DataFrame
    methods_used: dict
    sentence: Message
    comparison: Message


def flagged_mask(scores: np.ndarray, share: float = FLAG_SHARE) -> np.ndarray:
    """Return True for the top ``share`` of ``scores`` (at least one; ties broken by position, stable)."""
    n = len(scores)
    size = max(1, int(round(n * share))) if n else 0
    order = np.argsort(-np.asarray(scores, float), kind="stable")
    mask = np.zeros(n, dtype=bool)
    mask[order[:size]] = True
    return mask


def _figures(scores: np.ndarray, lapsed: np.ndarray, share: float) -> dict:
    flagged = flagged_mask(scores, share)
    others = ~flagged
    return {"customers": len(scores), "lapsed": int(lapsed.sum()), "auc": _auc(scores, lapsed),
            "flagged": int(flagged.sum()),
            "flagged_lapsed_share": float(lapsed[flagged].mean()) if flagged.any() else float("nan"),
            "others_lapsed_share": float(lapsed[others].mean()) if others.any() else float("nan")}


def _cutoff_rows(orders: pd.DataFrame, cutoff, cancelled: CancelCheck) -> tuple[pd.DataFrame, str]:
    risk = lapse_risk_from_orders(orders, cutoff, cancelled=cancelled)
    scores = risk.scores
    frame = pd.DataFrame({"customer_id": scores["customer_id"].to_numpy(np.int64),
                          OURS: scores["score"].to_numpy(float),
                          DAYS_SINCE: scores["days_since"].to_numpy(float),
                          SILENCE_RATIO: scores["silence_ratio"].to_numpy(float),
                          P_ALIVE: (1 - scores["p_alive"]).to_numpy(float)})
    frame["lapsed"] = lapsed_after(orders, cutoff, frame["customer_id"])
    return frame, risk.method


def lapse_backtest_from_orders(orders: pd.DataFrame, cutoff_days=CUTOFF_DAYS, flag_share: float = FLAG_SHARE,
                               progress: ProgressCallback = no_progress,
                               cancelled: CancelCheck = never_cancelled) -> LapseBacktest:
    """Return the LapseBacktest of an orders frame (customer_id, ordered_at, revenue as from ``load_orders``).

    Cut-offs with nobody to score are left out; raises ShopkeeperError when none is left.
    """
    known = orders[orders["customer_id"].notna()]
    if known.empty:
        raise ShopkeeperError(NO_CUTOFF(days=count(min(cutoff_days))))
    last_day = _naive_days(known["ordered_at"]).max()
    parts, used = [], {}
    for i, back in enumerate(sorted(cutoff_days)):
        progress(i / len(cutoff_days), TESTING())
        check_cancelled(cancelled)
        cutoff = last_day - pd.Timedelta(days=int(back))
        frame, method = _cutoff_rows(known, cutoff, cancelled)
        if frame.empty:
            continue
        frame.insert(0, "cutoff_days", int(back))
        frame.insert(1, "cutoff", cutoff)
        parts.append(frame)
        used[int(back)] = method
    if not parts:
        raise ShopkeeperError(NO_CUTOFF(days=count(min(cutoff_days))))
    rows = pd.concat(parts, ignore_index=True)
    windows = []
    for back, frame in rows.groupby("cutoff_days", sort=True):
        lapsed = frame["lapsed"].to_numpy(bool)
        for method in METHODS:
            windows.append({"cutoff_days": int(back), "cutoff": frame["cutoff"].iloc[0], "method": method,
                            **_figures(frame[method].to_numpy(float), lapsed, flag_share)})
    windows = pd.DataFrame(windows)
    pooled = []
    lapsed = rows["lapsed"].to_numpy(bool)
    for method in METHODS:
        within = rows.groupby("cutoff_days")[method].rank(method="average", pct=True).to_numpy(float)
        flagged = np.zeros(len(rows), dtype=bool)
        for _back, index in rows.groupby("cutoff_days").indices.items():
            flagged[index] = flagged_mask(rows[method].to_numpy(float)[index], flag_share)
        pooled.append({"method": method, "customers": len(rows), "lapsed": int(lapsed.sum()),
                       "auc": _auc(within, lapsed), "flagged": int(flagged.sum()),
                       "flagged_lapsed_share": float(lapsed[flagged].mean()),
                       "others_lapsed_share": float(lapsed[~flagged].mean()) if (~flagged).any() else float("nan")})
    pooled = pd.DataFrame(pooled)
    latest = windows[(windows["method"] == OURS)].sort_values("cutoff_days").iloc[0]
    sentence = FLAGGED_SENTENCE(days=count(int(latest["cutoff_days"])),
                                flagged=percent(latest["flagged_lapsed_share"]),
                                others=percent(latest["others_lapsed_share"]))
    auc = pooled.set_index("method")["auc"]
    comparison = COMPARISON(cutoffs=count(len(used)), ours=percent(auc[OURS]), days=percent(auc[DAYS_SINCE]),
                            ratio=percent(auc[SILENCE_RATIO]))
    progress(1.0, None)
    return LapseBacktest(windows=windows, pooled=pooled, rows=rows, methods_used=used, sentence=sentence,
                         comparison=comparison)


def lapse_backtest(db, cutoff_days=CUTOFF_DAYS, flag_share: float = FLAG_SHARE,
                   progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled) -> LapseBacktest:
    """Return the LapseBacktest of the shop ``db`` (see ``lapse_backtest_from_orders``)."""
    return lapse_backtest_from_orders(load_orders(db), cutoff_days, flag_share, progress, cancelled)
