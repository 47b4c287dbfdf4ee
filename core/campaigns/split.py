"""Who goes in which group of a campaign: a control group and one or more mailed groups (variants), drawn at
random but reproducibly (the same seed, the same groups, whatever order the members come in) and stratified by
segment, so every group holds about the same share of each segment."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

CONTROL = "control"
MAILED = "mailed"


def group_sizes(members: int, control_share: float, variants: int) -> list[int]:
    """Return the member counts ``[control, variant 1, …]``: round(control_share × members) held out, the rest shared
    out as evenly as possible among ``variants`` mailed groups (the first groups get the odd ones)."""
    control = int(round(control_share * members))
    mailed = members - control
    base, extra = divmod(mailed, max(1, variants))
    return [control] + [base + (1 if i < extra else 0) for i in range(max(1, variants))]


def _sequence(sizes: list[int]) -> np.ndarray:
    """Return a label sequence (group index per position) in which every prefix holds each group about in
    proportion to ``sizes`` and the whole holds exactly ``sizes`` (largest deficit first)."""
    total = sum(sizes)
    shares = np.asarray(sizes, dtype=float) / max(1, total)
    taken = np.zeros(len(sizes))
    out = np.empty(total, dtype=int)
    for position in range(total):
        deficit = (position + 1) * shares - taken
        deficit[taken >= sizes] = -np.inf
        chosen = int(np.argmax(deficit))
        out[position] = chosen
        taken[chosen] += 1
    return out


def _draw_order(customer_ids: pd.Series, seed: int) -> pd.Series:
    return customer_ids.map(lambda cid: hashlib.sha256(f"{seed}:{int(cid)}".encode()).hexdigest())


def split_groups(members: pd.DataFrame, group_names: list[str], control_share: float, seed: int,
                 stratum: str = "segment") -> pd.Series:
    """Return each member's group name (a Series on ``members``' index): CONTROL or one of ``group_names`` (the
    mailed groups, e.g. ``['mailed']`` or the variants' names).

    Members are laid out segment by segment (``stratum`` column; all one stratum when absent), in a random order
    within each segment fixed by a hash of (seed, customer_id); groups are then dealt along that line so each
    prefix, and so each segment, holds every group in proportion. Group sizes are exactly ``group_sizes``.
    """
    sizes = group_sizes(len(members), control_share, len(group_names))
    labels = [CONTROL] + list(group_names)
    if members.empty:
        return pd.Series([], index=members.index, dtype=object)
    layout = pd.DataFrame({"stratum": members[stratum].astype(str) if stratum in members.columns else "",
                           "draw": _draw_order(members["customer_id"], seed)}, index=members.index)
    # Strata in a seeded order too, so the same segment does not always open the line.
    strata = sorted(layout["stratum"].unique(),
                    key=lambda name: hashlib.sha256(f"{seed}:stratum:{name}".encode()).hexdigest())
    rank = {name: i for i, name in enumerate(strata)}
    layout["stratum_rank"] = layout["stratum"].map(rank)
    ordered = layout.sort_values(["stratum_rank", "draw"], kind="stable").index
    sequence = _sequence(sizes)
    groups = pd.Series([labels[i] for i in sequence], index=ordered, dtype=object)
    return groups.reindex(members.index)
