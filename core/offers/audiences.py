"""Who an offer goes to: segments, lists (VIP, win-back, replenishment due ...), clusters and simple filters.

This module is the one adapter between offers and the customer analyses. When ``core.analysis.segments`` /
``core.analysis.lists`` (or ``clusters``) provide their tables they are used; otherwise simple built-in audiences
are computed from ``core.analysis.rfm.rfm_table`` so offers always work.

Audience keys are stable strings: ``list:vip``, ``segment:champions``, ``cluster:2``, ``country:France``, ``all``.
A bare key such as ``vip`` is looked up among all audiences.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import numpy as np
import pandas as pd
import sqlite_utils

from core.analysis.rfm import rfm_table
from core.data import load_customers
from core.errors import ShopkeeperError

MEMBER_COLUMNS = ["customer_id", "segment", "segment_label"]


class UnknownAudience(ShopkeeperError):
    """The audience asked for does not exist in this shop."""

    code = "unknown_audience"


@dataclass(frozen=True)
class Audience:
    """One audience the owner can pick: stable ``key``, English ``label``, ``kind`` and ``size`` (customers)."""

    key: str
    label: str
    kind: str
    size: int
    source: str = "built-in"


# Built-in lists (fallback when the customers analyses are absent): key -> English label.
BUILTIN_LISTS = {
    "vip": "VIP (top 10% by spend, 2+ orders)",
    "winback": "Win-back (repeat buyers, no order for 180+ days)",
    "at_risk_high_value": "At risk, high value (above-median spend, 90-180 days quiet)",
    "replenishment_due": "Replenishment due (past their usual gap between orders)",
    "new": "New (one order in the last 60 days)",
    "one_time": "One-time buyers",
}
BUILTIN_SEGMENTS = {
    "champions": "Champions", "loyal": "Loyal", "promising": "Promising", "new": "New",
    "at_risk": "At risk", "hibernating": "Hibernating", "lost": "Lost",
}


# ----------------------------------------------------------------------------------------------- built-in
def _builtin_lists(rfm: pd.DataFrame) -> dict[str, pd.Series]:
    """Return list key -> boolean mask over ``rfm`` rows."""
    if rfm.empty:
        return {key: pd.Series([], dtype=bool) for key in BUILTIN_LISTS}
    monetary, freq, rec = rfm["monetary"], rfm["frequency"], rfm["recency_days"]
    span_days = (rfm["last_order"] - rfm["first_order"]).dt.days
    gap = span_days / (freq - 1).where(freq > 1)
    return {
        "vip": (monetary >= monetary.quantile(0.9)) & (freq >= 2),
        "winback": (freq >= 2) & (rec >= 180),
        "at_risk_high_value": (monetary >= monetary.median()) & (rec >= 90) & (rec < 180),
        "replenishment_due": (freq >= 2) & gap.notna() & (gap > 0) & (rec >= gap) & (rec < 3 * gap),
        "new": (freq == 1) & (rec <= 60),
        "one_time": freq == 1,
    }


def _builtin_segment(rfm: pd.DataFrame) -> pd.Series:
    """Return one simple RFM segment key per customer (champions, loyal, ..., lost)."""
    if rfm.empty:
        return pd.Series([], dtype=object)
    r = rfm["recency_days"]
    f = rfm["frequency"]
    m_rank = rfm["monetary"].rank(pct=True)
    seg = np.select(
        [(r <= 90) & (f >= 4) & (m_rank >= 0.8), (r <= 180) & (f >= 3), (r <= 90) & (f == 1),
         (r <= 120) & (f >= 2), (r > 180) & (r <= 365) & (f >= 2), (r > 120) & (r <= 365), r > 365],
        ["champions", "loyal", "new", "promising", "at_risk", "hibernating", "lost"], default="promising")
    return pd.Series(seg, index=rfm.index)


# ----------------------------------------------------------------------------------------------- adapters
def _module(name: str):
    try:
        return importlib.import_module(name)
    except Exception:  # absent or broken while a colleague is still writing it: fall back
        return None


def _first_column(frame: pd.DataFrame, names) -> str | None:
    for name in names:
        if name in frame.columns:
            return name
    return None


def _call_first(module, names, db):
    for name in names:
        fn = getattr(module, name, None)
        if callable(fn):
            try:
                return fn(db)
            except ShopkeeperError:
                raise
            except Exception:
                continue
    return None


def _external_segments(db) -> pd.DataFrame | None:
    """Return customer_id, segment, segment_label from core.analysis.segments when it offers them, else None."""
    module = _module("core.analysis.segments")
    if module is None:
        return None
    frame = _call_first(module, ["customer_segments", "segment_customers", "assign_segments", "segment_table",
                                 "segments_table", "rfm_segments", "segments"], db)
    if not isinstance(frame, pd.DataFrame) or frame.empty:
        return None
    if "customer_id" not in frame.columns and frame.index.name == "customer_id":
        frame = frame.reset_index()
    key_col = _first_column(frame, ["segment", "segment_key", "key"])
    if "customer_id" not in frame.columns or key_col is None:
        return None
    label_col = _first_column(frame, ["segment_label", "label", "segment_name", "segment_text", "name_en"])
    out = pd.DataFrame({"customer_id": frame["customer_id"].astype("int64"),
                        "segment": frame[key_col].astype(str)})
    out["segment_label"] = frame[label_col].astype(str).values if label_col else out["segment"].str.replace(
        "_", " ").str.capitalize()
    return out


def _external_lists(db) -> dict[str, tuple[str, pd.Series]] | None:
    """Return list key -> (label, customer ids) from core.analysis.lists when it offers them, else None."""
    module = _module("core.analysis.lists")
    if module is None:
        return None
    result = _call_first(module, ["customer_lists", "build_lists", "all_lists", "action_lists", "compute_lists",
                                  "lists"], db)
    out: dict[str, tuple[str, pd.Series]] = {}
    if isinstance(result, dict):
        for key, value in result.items():
            frame = getattr(value, "members", value)
            label = getattr(value, "label", None) or str(key).replace("_", " ").capitalize()
            if isinstance(frame, pd.DataFrame) and "customer_id" in frame.columns:
                out[str(key)] = (str(label), frame["customer_id"].astype("int64"))
            elif isinstance(frame, (list, pd.Series, set, tuple)):
                out[str(key)] = (str(label), pd.Series(list(frame), dtype="int64"))
    elif isinstance(result, pd.DataFrame) and "customer_id" in result.columns:
        key_col = _first_column(result, ["list", "list_key", "key"])
        if key_col is None:
            return None
        label_col = _first_column(result, ["list_label", "label"])
        for key, group in result.groupby(key_col):
            label = str(group[label_col].iloc[0]) if label_col else str(key).replace("_", " ").capitalize()
            out[str(key)] = (label, group["customer_id"].astype("int64"))
    return out or None


def _external_clusters(db) -> pd.DataFrame | None:
    module = _module("core.analysis.clusters")
    if module is None:
        return None
    try:
        frame = _call_first(module, ["customer_clusters", "cluster_customers", "clusters"], db)
    except module.TooFewCustomers:  # a tiny shop has no clusters to offer; lists and segments still work
        return None
    if isinstance(frame, pd.DataFrame) and {"customer_id", "cluster"} <= set(frame.columns):
        return frame[["customer_id", "cluster"]]
    return None


REFILL_LABEL = "Refill due (usually rebuys a product they bought about now)"


def _refill_customers(db) -> pd.Series | None:
    """Return the ids of customers with a refill due (core.analysis.replenish, the Also-bought screen's list),
    or None when that analysis cannot run here (the built-in rule is used then)."""
    module = _module("core.analysis.replenish")
    if module is None:
        return None
    try:
        due = module.shop_refills_due(db)
    except ShopkeeperError:
        raise
    except Exception:  # an analysis that cannot run on this shop must not take the offers screen down
        return None
    return pd.Series(due["customer_id"].drop_duplicates().astype("int64").to_numpy(), dtype="int64")


# ----------------------------------------------------------------------------------------------- public
def customer_segments(db: sqlite_utils.Database, rfm: pd.DataFrame | None = None,
                      use_external: bool = True) -> pd.DataFrame:
    """Return one row per customer with orders: customer_id, segment (stable key), segment_label (English).

    Uses ``core.analysis.segments`` when available (and ``use_external``), else a simple built-in RFM
    segmentation.
    """
    external = _external_segments(db) if use_external else None
    if external is not None:
        return external.drop_duplicates("customer_id").reset_index(drop=True)
    rfm = rfm_table(db) if rfm is None else rfm
    seg = _builtin_segment(rfm)
    return pd.DataFrame({"customer_id": rfm["customer_id"].astype("int64").values, "segment": seg.values,
                         "segment_label": seg.map(BUILTIN_SEGMENTS).values})


def _all_audiences(db, with_lists: bool = True, rfm: pd.DataFrame | None = None,
                   segments: pd.DataFrame | None = None) -> list[tuple[Audience, pd.Series]]:
    rfm = rfm_table(db) if rfm is None else rfm
    external = _external_segments(db) if segments is None else None
    if segments is None:
        segments = external if external is not None else customer_segments(db, rfm, use_external=False)
        seg_source = "segments" if external is not None else "built-in"
    else:
        seg_source = "segments"
    found: list[tuple[Audience, pd.Series]] = []
    ids = rfm["customer_id"].astype("int64")
    found.append((Audience("all", "All customers with an order", "filter", len(ids)), ids))
    external_lists = _external_lists(db) if with_lists else None
    if external_lists:
        for key, (label, members) in external_lists.items():
            found.append((Audience(f"list:{key}", label, "list", int(members.nunique()), "lists"), members))
    builtin_masks = _builtin_lists(rfm)
    refills = _refill_customers(db) if with_lists else None
    for key, label in BUILTIN_LISTS.items():
        if not with_lists or (external_lists and key in external_lists):
            continue
        if key == "at_risk_high_value" and external_lists and "at_risk" in external_lists:
            continue  # the customers screen's "At risk" list is the one the owner knows; two counts would clash
        if key == "replenishment_due" and refills is not None:
            found.append((Audience(f"list:{key}", REFILL_LABEL, "list", int(refills.nunique()), "refills"),
                          refills))
            continue
        members = ids[builtin_masks[key].values] if len(ids) else ids
        found.append((Audience(f"list:{key}", label, "list", len(members)), members))
    for key, group in segments.groupby("segment", sort=False):
        label = str(group["segment_label"].iloc[0])
        found.append((Audience(f"segment:{key}", label, "segment", len(group), seg_source), group["customer_id"]))
    clusters = _external_clusters(db)
    if clusters is not None:
        for key, group in clusters.groupby("cluster"):
            found.append((Audience(f"cluster:{key}", f"Cluster {key}", "cluster", len(group), "clusters"),
                          group["customer_id"].astype("int64")))
    countries = rfm["country"].fillna("").astype(str)
    for country, count in countries[countries != ""].value_counts().items():
        if count >= 1:
            found.append((Audience(f"country:{country}", f"Customers in {country}", "filter", int(count)),
                          ids[(countries == country).values]))
    return found


def available_audiences(db: sqlite_utils.Database) -> list[Audience]:
    """Return every audience the owner can choose (lists, segments, clusters, countries), with their sizes."""
    return [audience for audience, _ in _all_audiences(db)]


def resolve_audience(db: sqlite_utils.Database, key: str) -> tuple[Audience, pd.DataFrame]:
    """Return the audience named ``key`` and its members (customer_id, segment, segment_label).

    ``key`` is a full key (``list:vip``), a bare name (``vip``), or several joined by ``+`` (union).
    Raises UnknownAudience with the choices when nothing matches.
    """
    key = (key or "").strip()
    rfm = rfm_table(db)
    segments = customer_segments(db, rfm)
    # Lists (VIP, win-back ...) need the slower customer-value analysis: only compute them when asked for.
    cheap = all(p.strip() == "all" or p.strip().startswith(("segment:", "country:", "cluster:"))
                for p in key.split("+") if p.strip())
    found = _all_audiences(db, with_lists=not cheap, rfm=rfm, segments=segments)
    by_key = {audience.key: (audience, members) for audience, members in found}
    parts = [p.strip() for p in key.split("+") if p.strip()]
    if not parts:
        raise UnknownAudience("Choose an audience (a segment or a list) for the offer.")
    chosen = []
    for part in parts:
        match = by_key.get(part)
        if match is None:
            candidates = [v for k, v in by_key.items() if k.split(":", 1)[-1].lower() == part.lower()]
            match = candidates[0] if candidates else None
        if match is None:
            names = ", ".join(a.key for a, _ in found if a.kind in ("list", "segment"))
            raise UnknownAudience(f"There is no audience called '{part}' in this shop; choose one of: {names}.")
        chosen.append(match)
    ids = pd.concat([members for _, members in chosen]).astype("int64").drop_duplicates()
    members = pd.DataFrame({"customer_id": ids.values}).merge(segments, on="customer_id", how="left")
    members["segment"] = members["segment"].fillna("unknown")
    members["segment_label"] = members["segment_label"].fillna("Unknown")
    if len(chosen) == 1:
        audience = chosen[0][0]
    else:
        audience = Audience("+".join(a.key for a, _ in chosen), " + ".join(a.label for a, _ in chosen), "union",
                            len(members))
    return audience, members[MEMBER_COLUMNS].sort_values("customer_id").reset_index(drop=True)


def customers_frame(db: sqlite_utils.Database) -> pd.DataFrame:
    """Return the customers table (see core.data.load_customers) indexed by nothing, one row per customer."""
    return load_customers(db)
