"""Discount tiers: which customers get which discount, what the campaign may cost, and an optional margin cap.

Two optional refinements (issue 19) make a tier cheaper than one flat discount for everyone in it:

- ``skip_full_price``: customers who buy at full price (``core.analysis.discounts``: fewer than half of their
  orders on a deal) get no discount; they would likely have bought anyway.
- ``scale_by_value``: the tier's percent is scaled by the customer's predicted value against the audience's median
  (``value_factor`` between ``MIN_VALUE_FACTOR`` and ``MAX_VALUE_FACTOR``), rounded to a whole percent, and still
  capped by the margin.

``flat_percent`` keeps what a flat discount would have given, so ``estimate_cost`` shows per tier the cost, the
cost of the flat discount and the saving. ``discount_inputs(shop, ids)`` gives the columns both need.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from core.analysis.discounts import deal_shares
from core.errors import ShopkeeperError
from core.messages import MessageTemplate
from core.shop_data import ShopData

MIN_VALUE_FACTOR = 0.5
MAX_VALUE_FACTOR = 1.5

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


def discount_inputs(shop: ShopData, customer_ids, with_value: bool = True) -> pd.DataFrame:
    """Return one row per id in ``customer_ids``: customer_id, deal_seeker (bool; a customer without counted orders
    counts as one, so nobody loses a discount for lack of history), deal_share and predicted_value (major units,
    NaN when the shop's history is too short for predictions, or when ``with_value`` is False: no model is fitted)."""
    out = pd.DataFrame({"customer_id": pd.Series(list(customer_ids)).astype("int64")})
    shares = shop.cached("deal_shares", lambda: deal_shares(shop.db, orders=shop.orders))
    shares = shares.set_index(shares["customer_id"].astype("int64"))
    out["deal_share"] = out["customer_id"].map(shares["deal_share"]).astype(float)
    out["deal_seeker"] = out["customer_id"].map(shares["deal_seeker"]).fillna(True).astype(bool)
    result = shop.clv() if with_value else None
    if result is not None and result.reliable and len(result.table):
        values = result.table.set_index(result.table["customer_id"].astype("int64"))["clv"].astype(float)
        out["predicted_value"] = out["customer_id"].map(values)
    else:
        out["predicted_value"] = float("nan")
    return out


def value_factors(predicted: pd.Series) -> pd.Series:
    """Return each customer's predicted value divided by the median of those known, clipped to
    MIN_VALUE_FACTOR..MAX_VALUE_FACTOR; 1.0 where the value (or any median) is unknown."""
    known = predicted.dropna()
    median = float(known.median()) if len(known) else 0.0
    if median <= 0:
        return pd.Series(1.0, index=predicted.index)
    return (predicted / median).clip(MIN_VALUE_FACTOR, MAX_VALUE_FACTOR).fillna(1.0)


def assign_tiers(members: pd.DataFrame, tiers, default_percent: float = 0.0, margin_percent: float | None = None,
                 max_share_of_margin: float = 0.5, audience_keys: tuple[str, ...] = (),
                 skip_full_price: bool = False, scale_by_value: bool = False) -> pd.DataFrame:
    """Return ``members`` with discount_tier (label), discount_percent, discount_capped, flat_percent (the tier's
    percent within the cap, as a flat discount would give) and value_factor columns added.

    ``members`` needs ``segment`` and ``value`` (past spend). ``audience_keys`` (e.g. ``('vip',)`` for the
    VIP list) count as keys every member has, so a list audience picks its own tier. ``skip_full_price`` uses a
    ``deal_seeker`` column and ``scale_by_value`` a ``predicted_value`` column (``discount_inputs``); without
    them nothing changes.
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
    flat = percent.map(lambda p: cap_percent(p, margin_percent, max_share_of_margin))
    factor = pd.Series(1.0, index=out.index)
    if scale_by_value and "predicted_value" in out:
        factor = value_factors(out["predicted_value"].astype(float))
    wanted = (percent * factor).round(0).where(factor != 1.0, percent)
    if skip_full_price and "deal_seeker" in out:
        wanted = wanted.where(out["deal_seeker"].fillna(True).astype(bool), 0.0)
    capped = wanted.map(lambda p: cap_percent(p, margin_percent, max_share_of_margin))
    out["discount_tier"] = labels
    out["discount_percent"] = capped.round(2)
    out["discount_capped"] = capped < wanted
    out["flat_percent"] = flat.round(2)
    out["value_factor"] = factor.round(3)
    return out


def estimate_cost(members: pd.DataFrame, redemption_rate: float = 0.1) -> dict:
    """Return the campaign's estimated discount cost (major units) from members' average order and percent.

    ``max_cost``: every customer orders once at their average order value; ``expected_cost``: only
    ``redemption_rate`` of them do. ``flat_max_cost`` is the same for a flat discount (``flat_percent``, when the
    members have it; else the percent given) and ``saving`` the difference. Also ``by_tier``: tier label ->
    {customers, percent (the highest given), max_cost, flat_cost, saving, no_discount (customers given 0 %)}.
    """
    if members.empty:
        return {"max_cost": 0.0, "expected_cost": 0.0, "redemption_rate": redemption_rate, "by_tier": {},
                "flat_max_cost": 0.0, "saving": 0.0}
    average = members["average_order"].fillna(0)
    each = average * members["discount_percent"] / 100.0
    flat_percent = members["flat_percent"] if "flat_percent" in members else members["discount_percent"]
    flat_each = average * flat_percent / 100.0
    by_tier = {}
    for label, group in members.groupby("discount_tier"):
        cost, flat_cost = float(each[group.index].sum()), float(flat_each[group.index].sum())
        by_tier[str(label)] = {"customers": int(len(group)), "percent": float(group["discount_percent"].max()),
                               "max_cost": round(cost, 2), "flat_cost": round(flat_cost, 2),
                               "saving": round(flat_cost - cost, 2),
                               "no_discount": int((group["discount_percent"] <= 0).sum())}
    total, flat_total = float(each.sum()), float(flat_each.sum())
    return {"max_cost": round(total, 2), "expected_cost": round(total * redemption_rate, 2),
            "redemption_rate": redemption_rate, "by_tier": by_tier, "flat_max_cost": round(flat_total, 2),
            "saving": round(flat_total - total, 2)}


TIER_PREVIEW_COLUMNS = ["tier", "customers", "percent", "no_discount", "max_cost", "flat_cost", "saving"]


def tier_preview(cost: dict) -> pd.DataFrame:
    """Return ``estimate_cost``'s ``by_tier`` as a table (TIER_PREVIEW_COLUMNS), one row per tier, for screens."""
    rows = [{"tier": label, **{key: values.get(key, 0) for key in TIER_PREVIEW_COLUMNS[1:]}}
            for label, values in cost.get("by_tier", {}).items()]
    return pd.DataFrame(rows, columns=TIER_PREVIEW_COLUMNS)
