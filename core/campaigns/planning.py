"""Before sending: how large a control group must be to see an effect, and whether an audience is too small for
any test (the owner may still send)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import sqlite_utils

from core.campaigns.statistics import control_size_needed, detectable_difference
from core.data import load_orders
from core.messages import Message, MessageTemplate, count, number

DEFAULT_EFFECT = 0.05
"""The difference in order rate (5 points) the planning sentence asks about by default."""
TOO_SMALL_POINTS = 0.25
MIN_AUDIENCE = 20

SHOWS = MessageTemplate("campaigns.plan.shows",
                        "With {control} customers held out and {mailed} mailed, only a difference in the order rate "
                        "above {points} points would show.")
NEEDED = MessageTemplate("campaigns.plan.needed",
                         "To see a difference of {effect} points, hold out about {needed} customers.")
CANNOT = MessageTemplate("campaigns.plan.cannot",
                         "No control group in an audience this size would show a difference of {effect} points.")
TOO_SMALL = MessageTemplate("campaigns.plan.too_small",
                            "This audience is too small for any test: the results will not tell whether the offer "
                            "worked. You can still send it.")
PLAN = MessageTemplate("campaigns.plan.sentences", "{first} {second}")


@dataclass
class ControlPlan:
    """What a control group of ``control`` out of ``audience`` can show: ``detectable`` (the smallest rate
    difference, share, at 80 % power), ``needed`` (control size to see ``effect``, None when none can),
    ``too_small`` (no split of this audience is worth testing) and the owner's ``message``."""

    audience: int
    control: int
    rate: float
    effect: float
    detectable: float
    needed: int | None
    too_small: bool
    message: Message


def typical_order_rate(orders: pd.DataFrame, window_days: int = 30) -> float | None:
    """Return the share of customers who had ordered before the last ``window_days`` days of the shop's orders
    (``core.data.load_orders``) and ordered again within them: the rate a group can be expected to show without an
    offer. None for a shop with no earlier customers."""
    known = orders[orders["customer_id"].notna()]
    if known.empty:
        return None
    cut = known["ordered_at"].max() - pd.Timedelta(days=window_days)
    before = set(known.loc[known["ordered_at"] <= cut, "customer_id"].astype("int64"))
    if not before:
        return None
    after = set(known.loc[known["ordered_at"] > cut, "customer_id"].astype("int64"))
    return len(before & after) / len(before)


def plan_control(audience: int, control_share: float, rate: float | None, effect: float = DEFAULT_EFFECT
                 ) -> ControlPlan:
    """Return the ControlPlan for holding out ``control_share`` of ``audience`` customers, when members order at
    about ``rate`` without the offer (see statistics.planning_rate)."""
    control = int(round(control_share * audience))
    mailed = audience - control
    detectable = detectable_difference(mailed, control, rate)
    best = detectable_difference(audience - audience // 2, audience // 2, rate)
    needed = control_size_needed(audience, effect, rate)
    too_small = audience < MIN_AUDIENCE or best > TOO_SMALL_POINTS
    effect_points = number(effect * 100)
    if too_small:
        message = TOO_SMALL()
    else:
        first = SHOWS(control=count(control), mailed=count(mailed), points=number(min(detectable, 1.0) * 100))
        second = NEEDED(effect=effect_points, needed=count(needed)) if needed else CANNOT(effect=effect_points)
        message = PLAN(first=first, second=second)
    return ControlPlan(audience=audience, control=control, rate=rate if rate is not None else float("nan"),
                       effect=effect, detectable=detectable, needed=needed, too_small=too_small, message=message)


def shop_order_rate(db: sqlite_utils.Database, window_days: int = 30) -> float | None:
    """Return ``typical_order_rate`` of the shop's orders (``core.data.load_orders``); None when it has no earlier
    customers."""
    return typical_order_rate(load_orders(db), window_days)
