"""RFM scores 1-5, named segments (the R×F 10-segment map or the Putler-style 11-segment map) and the 5×5 grid.

Scores: R5 = most recent, F5 = most orders, M5 = highest spend. By default each score is a quintile of the
customers ranked on that measure; ties are broken so that the five groups have (nearly) equal size — for
frequency ties are broken by spend, then recency, then customer number, so the split is deterministic. Two
rules keep the frequency texts true ("buy often" must mean more often than the shop's median customer): a
customer who ordered no more than the median never scores F3 or higher, and on a shop where most customers
bought once, every one-time buyer scores F1 and F2..F5 split the repeat customers (``frequency_note`` says so)
instead of ranking identical customers by chance. The owner can instead give value cut-offs (``Cutoffs``): then a
customer's score is the number of thresholds reached, plus one.

Segment names are stable keys plus English name / explanation / action; the desktop translates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import sqlite_utils

from core.analysis.rfm import rfm_table
from core.errors import ShopkeeperError
from core.messages import Message, MessageTemplate, count, percent

UNKNOWN_SCHEME = MessageTemplate("segments.error.unknown_scheme",
                                 "There is no segment map called '{scheme}'; use one of: {known}.")
FOUR_CUTOFFS = MessageTemplate("segments.error.four_cutoffs",
                               "Each score needs exactly four cut-offs (for scores 2, 3, 4 and 5).")

MOSTLY_ONCE = MessageTemplate(
    "segments.note.mostly_once", "Most customers ({share}) bought only once, so they all have frequency score 1; "
                                 "scores 2 to 5 rank the {repeat} repeat customers.")

SCHEMES = ("rf10", "putler11")


class UnknownScheme(ShopkeeperError):
    """The segment map asked for does not exist."""

    code = "unknown_scheme"


@dataclass(frozen=True)
class Segment:
    """One named segment: stable ``key``, English ``name``, one-line ``explanation`` and suggested ``action``."""

    key: str
    name: str
    explanation: str
    action: str


# ------------------------------------------------------------------------------------------ the R×F 10-segment map
RF10 = [
    Segment("champions", "Champions", "Bought recently and often; your best customers.",
            "Reward them: early access to new products, a thank-you gift, ask for reviews."),
    Segment("loyal", "Loyal", "Buy often, but not quite as recently as the champions.",
            "Offer a loyalty programme or members-only products; ask for referrals."),
    Segment("potential_loyalists", "Potential Loyalists", "Recent customers with a few orders.",
            "Invite them to a loyalty programme and recommend related products."),
    Segment("new_customers", "New Customers", "Bought for the first time very recently.",
            "Welcome them: a helpful follow-up e-mail and a small second-order offer."),
    Segment("promising", "Promising", "Bought once, fairly recently.",
            "Build the relationship: show best-sellers and a free-shipping threshold."),
    Segment("need_attention", "Need Attention", "Average recency and frequency; could go either way.",
            "Send a limited-time offer based on what they bought before."),
    Segment("about_to_sleep", "About to Sleep", "Few orders and not seen for a while.",
            "Remind them with popular products and a modest discount."),
    Segment("at_risk", "At Risk", "Used to buy often but have not ordered for a long time.",
            "Win them back with a personal e-mail and a good discount."),
    Segment("cant_lose", "Can't Lose Them", "Your most frequent buyers of the past, now silent.",
            "Contact them personally: find out what went wrong and make a strong offer."),
    Segment("hibernating", "Hibernating", "Few orders, long ago.",
            "Include them in general newsletters only; do not spend much on them."),
]

# RF10_MAP[r - 1][f - 1] -> key (rows R1..R5, columns F1..F5); covers all 25 cells.
_HIB, _RISK, _CL = "hibernating", "at_risk", "cant_lose"
RF10_MAP = [
    [_HIB, _HIB, _RISK, _RISK, _CL],                                                        # R1
    [_HIB, _HIB, _RISK, _RISK, _CL],                                                        # R2
    ["about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"],               # R3
    ["promising", "potential_loyalists", "potential_loyalists", "loyal", "loyal"],          # R4
    ["new_customers", "potential_loyalists", "potential_loyalists", "champions", "champions"],  # R5
]

# ------------------------------------------------------------------------------ the Putler-style 11-segment map
PUTLER11 = [
    Segment("champions", "Champions", "Bought recently, buy often and spend the most.",
            "Reward them: early access, loyalty perks, ask for reviews."),
    Segment("loyal", "Loyal Customers", "Spend good money often and respond to promotions.",
            "Upsell higher-value products; ask for reviews and referrals."),
    Segment("potential_loyalists", "Potential Loyalist", "Recent customers who spent a fair amount.",
            "Offer membership or a loyalty programme; recommend other products."),
    Segment("recent", "Recent Customers", "Bought most recently, but not often.",
            "Welcome them and help them succeed with what they bought."),
    Segment("promising", "Promising", "Recent shoppers who have not spent much yet.",
            "Create brand awareness; offer free trials or samples."),
    Segment("need_attention", "Customers Needing Attention", "Above-average recency, frequency and spend.",
            "Make limited-time offers based on their past purchases."),
    Segment("about_to_sleep", "About To Sleep", "Below-average recency and frequency; will be lost soon.",
            "Share valuable resources, popular products or renewal discounts."),
    Segment("at_risk", "At Risk", "Spent big and bought often, but long ago.",
            "Send personal e-mails to reconnect; offer renewals and useful resources."),
    Segment("cant_lose", "Can't Lose Them", "Made the biggest and most frequent purchases, but long ago.",
            "Win them back with new products; talk to them before a competitor does."),
    Segment("hibernating", "Hibernating", "Last purchase long ago; low spend and few orders.",
            "Offer other relevant products and special discounts; recreate interest."),
    Segment("lost", "Lost", "Lowest recency, frequency and spend.",
            "Revive interest with an outreach campaign; otherwise ignore."),
]

SEGMENT_SCHEMES: dict[str, list[Segment]] = {"rf10": RF10, "putler11": PUTLER11}
SCHEME_NAMES = {"rf10": "Recency × frequency (10 segments)", "putler11": "Recency × frequency+spend (11 segments)"}
UNKNOWN_SEGMENT = "Unknown"  # the label of a customer without a segment

# Every name, explanation and action is a fixed message template (no arguments): core hands out the English text,
# the desktop translates it (desktop.i18n.translate_text).
SEGMENT_TEXTS = {f"segments.{scheme}.{segment.key}.{part}": MessageTemplate(
                     f"segments.{scheme}.{segment.key}.{part}", getattr(segment, part))
                 for scheme, segments in SEGMENT_SCHEMES.items() for segment in segments
                 for part in ("name", "explanation", "action")}
SEGMENT_TEXTS |= {f"segments.scheme.{scheme}": MessageTemplate(f"segments.scheme.{scheme}", name)
                  for scheme, name in SCHEME_NAMES.items()}
SEGMENT_TEXTS["segments.unknown"] = MessageTemplate("segments.unknown", UNKNOWN_SEGMENT)
SEGMENT_LABELS = {s.key: s.name for s in RF10} | {s.key: s.name for s in PUTLER11 if s.key not in {x.key for x in RF10}}


def segment_info(scheme: str = "rf10") -> pd.DataFrame:
    """Return the segments of ``scheme`` in display order: key, name, explanation, action."""
    return pd.DataFrame([vars(s) for s in _scheme(scheme)])


def _scheme(scheme: str) -> list[Segment]:
    try:
        return SEGMENT_SCHEMES[scheme]
    except KeyError:
        raise UnknownScheme(UNKNOWN_SCHEME(scheme=str(scheme), known=', '.join(SCHEMES))) from None


# ---------------------------------------------------------------------------------------------- scoring
@dataclass
class Cutoffs:
    """Owner-editable score thresholds (four per measure, for scores 2, 3, 4 and 5).

    ``recency``: the most days since the last order that still earns score 2, 3, 4, 5 (decreasing);
    ``frequency`` / ``monetary``: the least orders / spend that earns score 2, 3, 4, 5 (increasing).
    """

    recency: list[float] = field(default_factory=list)
    frequency: list[float] = field(default_factory=list)
    monetary: list[float] = field(default_factory=list)

    def as_dict(self) -> dict:
        """Return the thresholds as a JSON-ready dict."""
        return {"recency": list(self.recency), "frequency": list(self.frequency), "monetary": list(self.monetary)}


def _quintile_scores(order_keys: list[np.ndarray]) -> np.ndarray:
    """Return scores 1..5 for equal-size groups along the lexicographic order of ``order_keys`` (last = primary)."""
    n = len(order_keys[0])
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort(order_keys)
    ranks = np.empty(n, dtype=np.int64)
    ranks[order] = np.arange(n)
    return (ranks * 5 // n + 1).astype(np.int64)


def one_time_majority(frequency) -> bool:
    """Return True when more than half of the customers (``frequency`` = orders each) bought only once."""
    freq = np.asarray(frequency, float)
    return bool(len(freq)) and float((freq <= 1).mean()) > 0.5


def _frequency_scores(freq: np.ndarray, rec: np.ndarray, mon: np.ndarray, cid: np.ndarray) -> np.ndarray:
    """Return F scores 1..5: quintiles (ties broken by spend, recency, number), with no customer at or below the
    median frequency above F2; on a one-time-buyer majority shop one-time buyers are F1 and repeat customers are
    split into F2..F5 by quartiles."""
    if one_time_majority(freq):
        f = np.ones(len(freq), dtype=np.int64)
        repeat = freq > 1
        if repeat.any():
            n = int(repeat.sum())
            order = np.lexsort([-cid[repeat], -rec[repeat], mon[repeat], freq[repeat]])
            ranks = np.empty(n, dtype=np.int64)
            ranks[order] = np.arange(n)
            f[repeat] = 2 + ranks * 4 // n
        return f
    f = _quintile_scores([-cid, -rec, mon, freq])
    if len(freq):
        f = np.where(freq <= np.median(freq), np.minimum(f, 2), f)
    return f.astype(np.int64)


def frequency_note(scored: pd.DataFrame) -> Message | None:
    """Return the note that most customers bought once and share frequency score 1 (a Message), or None when
    the frequency scores are plain quintiles."""
    if scored.empty or not one_time_majority(scored["frequency"]):
        return None
    freq = scored["frequency"].to_numpy(float)
    return MOSTLY_ONCE(share=percent(float((freq <= 1).mean())), repeat=count(int((freq > 1).sum())))


def _threshold_scores(values: np.ndarray, thresholds, higher_is_better: bool) -> np.ndarray:
    t = np.asarray(sorted(float(x) for x in thresholds), dtype=float)
    if len(t) != 4:
        raise ShopkeeperError(FOUR_CUTOFFS())
    if higher_is_better:
        return 1 + (values[:, None] >= t[None, :]).sum(axis=1)
    return 1 + (values[:, None] <= t[None, :]).sum(axis=1)


def score_rfm(rfm: pd.DataFrame, cutoffs: Cutoffs | None = None) -> pd.DataFrame:
    """Return ``rfm`` (from ``rfm_table``) with integer columns r_score, f_score, m_score (1..5) and fm_score.

    Without ``cutoffs`` the scores are quintiles (equal-size groups; frequency ties broken by spend, recency and
    customer number, but never above F2 at or below the median frequency, and F1 for every one-time buyer when
    they are the majority: see the module's docstring). With ``cutoffs`` each measure that has four thresholds is
    scored against them instead.
    """
    out = rfm.copy()
    rec = out["recency_days"].to_numpy(float)
    freq = out["frequency"].to_numpy(float)
    mon = out["monetary"].to_numpy(float)
    cid = out["customer_id"].to_numpy(np.int64) if len(out) else np.zeros(0, np.int64)
    # R: fewer days = better; ties broken by frequency, then spend.
    r = _quintile_scores([-cid, mon, freq, -rec])
    f = _frequency_scores(freq, rec, mon, cid)
    m = _quintile_scores([-cid, -rec, freq, mon])
    if cutoffs is not None:
        if cutoffs.recency:
            r = _threshold_scores(rec, cutoffs.recency, higher_is_better=False)
        if cutoffs.frequency:
            f = _threshold_scores(freq, cutoffs.frequency, higher_is_better=True)
        if cutoffs.monetary:
            m = _threshold_scores(mon, cutoffs.monetary, higher_is_better=True)
    out["r_score"], out["f_score"], out["m_score"] = r.astype(np.int64), f.astype(np.int64), m.astype(np.int64)
    out["fm_score"] = (out["f_score"] + out["m_score"]) / 2.0
    out["rfm_code"] = (out["r_score"] * 100 + out["f_score"] * 10 + out["m_score"]).astype(str)  # digits 1..5
    return out


def default_cutoffs(scored: pd.DataFrame) -> Cutoffs:
    """Return the value thresholds the quintile scores correspond to (a starting point for the owner to edit).

    Recency: the largest days-since-last-order among customers with each R score 2..5; frequency and monetary:
    the smallest value among customers with each score 2..5 (frequency made whole and strictly increasing from 2).
    """
    if scored.empty:
        return Cutoffs([365, 180, 90, 30], [2, 3, 5, 10], [50, 100, 250, 500])

    def per(score_col, value_col, how):
        vals = []
        for s in (2, 3, 4, 5):
            sel = scored.loc[scored[score_col] == s, value_col]
            vals.append(float(getattr(sel, how)()) if len(sel) else (vals[-1] if vals else 0.0))
        return vals

    freq = []
    for v in per("f_score", "frequency", "min"):      # whole orders, strictly increasing, score 2 needs 2+
        freq.append(max(int(v), 2, (freq[-1] + 1) if freq else 2))
    return Cutoffs(per("r_score", "recency_days", "max"), [float(v) for v in freq],
                   [round(v, 2) for v in per("m_score", "monetary", "min")])


# ---------------------------------------------------------------------------------------------- segments
def _putler_keys(r: np.ndarray, fm: np.ndarray) -> np.ndarray:
    conditions = [
        (r == 5) & (fm > 4),
        (r >= 3) & (fm > 3),
        (r >= 4) & (fm > 1),
        (r == 5),
        (r == 4),
        (r == 3) & (fm > 2),
        (r == 3),
        (r == 1) & (fm > 4),
        (r <= 2) & (fm > 2),
        (r == 2) & (fm > 1),
    ]
    keys = ["champions", "loyal", "potential_loyalists", "recent", "promising", "need_attention",
            "about_to_sleep", "cant_lose", "at_risk", "hibernating"]
    return np.select(conditions, keys, default="lost").astype(object)


def assign_segments(scored: pd.DataFrame, scheme: str = "rf10") -> pd.DataFrame:
    """Return ``scored`` (from ``score_rfm``) with columns segment (stable key) and segment_label (English name)."""
    segments = _scheme(scheme)
    out = scored.copy()
    r = out["r_score"].to_numpy(np.int64)
    if scheme == "rf10":
        grid = np.array(RF10_MAP, dtype=object)
        keys = grid[r - 1, out["f_score"].to_numpy(np.int64) - 1] if len(out) else np.array([], dtype=object)
    else:
        keys = _putler_keys(r, out["fm_score"].to_numpy(float))
    names = {s.key: s.name for s in segments}
    out["segment"] = pd.Series(keys, index=out.index, dtype=object)
    out["segment_label"] = out["segment"].map(names)
    return out


def segment_table(db: sqlite_utils.Database, scheme: str = "rf10", cutoffs: Cutoffs | None = None,
                  as_of: pd.Timestamp | None = None, rfm: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per customer with orders: the RFM table plus r/f/m scores, segment key and English label."""
    rfm = rfm_table(db, as_of=as_of) if rfm is None else rfm
    return assign_segments(score_rfm(rfm, cutoffs), scheme)


def segment_keys(segmented: pd.DataFrame) -> pd.Series:
    """Return customer_id → segment key (a Series indexed by customer id) from a ``segment_table``."""
    return segmented.set_index("customer_id")["segment"]


def customer_segment_keys(db: sqlite_utils.Database, scheme: str = "rf10") -> pd.Series:
    """Return customer_id → segment key of every customer with orders (empty for a shop without customers)."""
    return segment_keys(segment_table(db, scheme=scheme))


def segment_summary(segmented: pd.DataFrame, scheme: str = "rf10") -> pd.DataFrame:
    """Return one row per segment of ``scheme`` in display order (empty ones included).

    Columns: segment, name, explanation, action, customers, customer_share (0..1), revenue, revenue_share,
    avg_recency_days, avg_orders, avg_spend.
    """
    info = segment_info(scheme).rename(columns={"key": "segment"})
    total_n = max(len(segmented), 1)
    total_rev = float(segmented["monetary"].sum()) if len(segmented) else 0.0
    per = segmented.groupby("segment").agg(customers=("customer_id", "size"), revenue=("monetary", "sum"),
                                           avg_recency_days=("recency_days", "mean"),
                                           avg_orders=("frequency", "mean"), avg_spend=("monetary", "mean"))
    out = info.merge(per, left_on="segment", right_index=True, how="left")
    out["customers"] = out["customers"].fillna(0).astype(np.int64)
    out["revenue"] = out["revenue"].fillna(0.0).round(2)
    out["customer_share"] = out["customers"] / total_n
    out["revenue_share"] = out["revenue"] / total_rev if total_rev else 0.0
    for col in ("avg_recency_days", "avg_orders", "avg_spend"):
        out[col] = out[col].astype(float).round(1 if col != "avg_spend" else 2)
    return out[["segment", "name", "explanation", "action", "customers", "customer_share", "revenue",
                "revenue_share", "avg_recency_days", "avg_orders", "avg_spend"]]


def rf_grid(segmented: pd.DataFrame, scheme: str = "rf10") -> pd.DataFrame:
    """Return the 5×5 recency × frequency grid as 25 rows: r_score, f_score, customers, revenue, segment.

    ``segment`` is the R×F map's key for the cell (for the 10-segment map; the most common key otherwise).
    """
    cells = pd.MultiIndex.from_product([range(5, 0, -1), range(1, 6)], names=["r_score", "f_score"])
    per = segmented.groupby(["r_score", "f_score"]).agg(customers=("customer_id", "size"),
                                                         revenue=("monetary", "sum"))
    out = per.reindex(cells).reset_index()
    out["customers"] = out["customers"].fillna(0).astype(np.int64)
    out["revenue"] = out["revenue"].fillna(0.0).round(2)
    if scheme == "rf10" or "segment" not in segmented:
        out["segment"] = [RF10_MAP[r - 1][f - 1] for r, f in zip(out["r_score"], out["f_score"])]
    else:
        common = segmented.groupby(["r_score", "f_score"])["segment"].agg(lambda s: s.mode().iat[0])
        out["segment"] = [common.get((r, f), "") for r, f in zip(out["r_score"], out["f_score"])]
    return out


def grid_members(segmented: pd.DataFrame, r_score: int, f_score: int) -> pd.DataFrame:
    """Return the customers of one grid cell (rows of ``segmented``), highest spend first."""
    sel = segmented[(segmented["r_score"] == r_score) & (segmented["f_score"] == f_score)]
    return sel.sort_values("monetary", ascending=False)
