"""Discount tiers: which customers get which discount, what the campaign may cost, and an optional margin cap."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from core.errors import ShopkeeperError
from core.messages import MessageTemplate

NOT_A_DISCOUNT = MessageTemplate("offers.error.not_a_discount", "'{part}' is not a discount; write it like winback=15.")
OUT_OF_RANGE = MessageTemplate("offers.error.discount_range",
                               "The discount for {tier} must be between 0 and 100 percent.")


class BadTiers(ShopkeeperError):
    """The discount settings cannot be used."""

    code = "bad_tiers"


@dataclass(frozen=True)
class DiscountTier:
    """A discount for some customers.

    ``match`` lists segment or list keys (``vip``, ``winback``, ``champions`` ...) the tier applies to;
    ``min_value`` (major units of past spend, optional) also makes a customer qualify. ``percent`` is 0..100.
    The first matching tier wins; customers matching none get the spec's default percent.
    """

    key: str
    label: str
    percent: float
    match: tuple[str, ...] = field(default_factory=tuple)
    min_value: float | None = None


DEFAULT_TIERS: tuple[DiscountTier, ...] = (
    DiscountTier("vip_early_access", "VIP early access", 0.0, ("vip", "champions", "loyal")),
    DiscountTier("winback", "Win-back", 15.0, ("winback", "lost", "hibernating")),
    DiscountTier("at_risk_high_value", "At risk, high value", 10.0, ("at_risk_high_value", "at_risk")),
)


def parse_tiers(text: str) -> list[DiscountTier]:
    """Return tiers parsed from ``'vip=0,winback=15,at_risk=10'`` (key=percent, comma separated)."""
    tiers = []
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, _, value = part.partition("=")
        try:
            percent = float(value.strip().rstrip("%"))
        except ValueError:
            raise BadTiers(NOT_A_DISCOUNT(part=part.strip())) from None
        tiers.append(DiscountTier(key.strip(), key.strip().replace("_", " ").capitalize(), percent, (key.strip(),)))
    return tiers


def check_tiers(tiers, default_percent: float = 0.0) -> None:
    """Raise BadTiers when a percent is outside 0..100; returns None."""
    for tier in list(tiers) + [DiscountTier("default", "Everyone else", default_percent)]:
        if not 0 <= float(tier.percent) <= 100:
            raise BadTiers(OUT_OF_RANGE(tier=tier.label))


def cap_percent(percent: float, margin_percent: float | None, max_share_of_margin: float = 0.5) -> float:
    """Return ``percent`` capped so the discount uses at most ``max_share_of_margin`` of the owner's margin."""
    if margin_percent is None:
        return float(percent)
    return float(min(percent, max(0.0, margin_percent) * max_share_of_margin))


def assign_tiers(members: pd.DataFrame, tiers, default_percent: float = 0.0, margin_percent: float | None = None,
                 max_share_of_margin: float = 0.5, audience_keys: tuple[str, ...] = ()) -> pd.DataFrame:
    """Return ``members`` with discount_tier (label), discount_percent and discount_capped columns added.

    ``members`` needs ``segment`` and ``value`` (past spend). ``audience_keys`` (e.g. ``('vip',)`` for the
    VIP list) count as keys every member has, so a list audience picks its own tier.
    """
    check_tiers(tiers, default_percent)
    out = members.copy()
    labels = pd.Series("Everyone else", index=out.index, dtype=object)
    percent = pd.Series(float(default_percent), index=out.index)
    decided = pd.Series(False, index=out.index)
    own_keys = set(audience_keys)
    for tier in tiers:
        match = set(tier.match)
        hit = out["segment"].astype(str).isin(match)
        if own_keys & match:
            hit = pd.Series(True, index=out.index)
        if tier.min_value is not None:
            hit = hit | (out["value"].fillna(0) >= tier.min_value)
        hit = hit & ~decided
        labels[hit] = tier.label
        percent[hit] = float(tier.percent)
        decided |= hit
    capped = percent.map(lambda p: cap_percent(p, margin_percent, max_share_of_margin))
    out["discount_tier"] = labels
    out["discount_percent"] = capped.round(2)
    out["discount_capped"] = capped < percent
    return out


def estimate_cost(members: pd.DataFrame, redemption_rate: float = 0.1) -> dict:
    """Return the campaign's estimated discount cost (major units) from members' average order and percent.

    ``max_cost``: every customer orders once at their average order value; ``expected_cost``: only
    ``redemption_rate`` of them do. Also ``by_tier``: tier label -> (customers, max_cost).
    """
    if members.empty:
        return {"max_cost": 0.0, "expected_cost": 0.0, "redemption_rate": redemption_rate, "by_tier": {}}
    each = members["average_order"].fillna(0) * members["discount_percent"] / 100.0
    by_tier = {str(label): {"customers": int(len(group)), "percent": float(group["discount_percent"].max()),
                            "max_cost": round(float(each[group.index].sum()), 2)}
               for label, group in members.groupby("discount_tier")}
    total = float(each.sum())
    return {"max_cost": round(total, 2), "expected_cost": round(total * redemption_rate, 2),
            "redemption_rate": redemption_rate, "by_tier": by_tier}
