"""Did it work? Each recorded campaign judged on the orders imported since it was sent.

For every group (mailed, each variant, control): members, how many ordered in the window (after the send day
began, up to ``window_days`` days later), the order rate, net product revenue per member (``core.data``) and coupon
redemptions (orders whose discount code is a member's code, case-insensitive). Each mailed group is compared with
the control: the rate difference with Newcombe's hybrid score interval, revenue per member with a seeded
bootstrap, and one sentence for the owner.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

import pandas as pd
import sqlite_utils

from core.campaigns.codes import normalise_code
from core.campaigns.split import CONTROL, MAILED
from core.campaigns.statistics import bootstrap_mean_difference, detectable_difference, newcombe_interval
from core.data import counts_cancelled, load_orders
from core.errors import ShopkeeperError
from core.messages import Message, MessageTemplate, count, day, number, percent
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress
from core.store import write_transaction

DEFAULT_WINDOW_DAYS = 30
TOO_FEW_POINTS = 0.10
"""Above this detectable difference (10 points) a result that shows nothing says "too few to tell", not "no
difference": e-mail campaigns rarely move the order rate by more."""
ALL_MAILED = "all mailed"

RATES = MessageTemplate("campaigns.rates",
                        "{mailed} of those mailed ordered within {days} days, {control} of the control")
RATES_GROUP = MessageTemplate("campaigns.rates_group",
                              "{mailed} of group {group} ordered within {days} days, {control} of the control")
WORKED = MessageTemplate("campaigns.verdict.worked",
                         "{rates}: about {points} points more (between {low} and {high}). It worked.")
BACKFIRED = MessageTemplate("campaigns.verdict.fewer",
                            "{rates}: about {points} points fewer (between {low} and {high}). The mailing did not "
                            "help.")
UNCLEAR = MessageTemplate("campaigns.verdict.unclear",
                          "{rates}: no clear difference (between {low} and {high} points).")
TOO_FEW = MessageTemplate("campaigns.verdict.too_few",
                          "Too few customers to tell yet: with groups this size only a difference above {points} "
                          "points would show.")
NO_CONTROL = MessageTemplate("campaigns.verdict.no_control",
                             "This campaign has no control group, so its effect cannot be measured.")
NO_ORDERS_YET = MessageTemplate("campaigns.verdict.no_orders_yet",
                                "No orders from after the send date ({day}) are in the shop yet; import the latest "
                                "orders to see the results.")
NOT_FINAL = MessageTemplate("campaigns.verdict.not_final", "{sentence} Not final yet: the window ends on {day}.")
NO_CAMPAIGN = MessageTemplate("campaigns.error.no_campaign", "There is no campaign number {id} in this shop.")
BAD_WINDOW = MessageTemplate("campaigns.error.window", "The window must be between 1 and 365 days.")
LOADING = MessageTemplate("campaigns.progress.loading", "Reading the orders since each campaign")
JUDGING = MessageTemplate("campaigns.progress.judging", "Comparing the groups")


class CampaignError(ShopkeeperError):
    """Campaign results could not be shown as asked."""

    code = "campaign_error"


@dataclass
class GroupResult:
    """One group of a campaign: ``name`` ('mailed', a variant's name or 'control'), ``members``, ``ordered`` (members
    with an order in the window), ``order_rate`` (0..1), ``revenue_per_member`` (net, major units) and
    ``redeemed`` (members whose coupon code was used in the window)."""

    name: str
    members: int
    ordered: int
    order_rate: float
    revenue_per_member: float
    redeemed: int


@dataclass
class Comparison:
    """A mailed ``group`` against ``vs`` (the control): rate difference (share) with its 95 % interval, revenue
    per member difference with its bootstrap interval, the smallest difference groups this size would show
    (``detectable``, at 80 % power), the ``outcome`` ('worked', 'fewer', 'unclear', 'too_few', 'no_control') and
    the owner's ``sentence``."""

    group: str
    vs: str
    rate_difference: float
    low: float
    high: float
    revenue_difference: float
    revenue_low: float
    revenue_high: float
    detectable: float
    outcome: str
    sentence: Message


@dataclass
class CampaignResult:
    """A campaign judged: what was sent (id, name, audience, target, sent_at, window_days, window_ends), whether the
    window is over in the imported data (``final``), ``groups``, ``comparisons`` and the ``verdict`` sentence."""

    id: int
    name: str
    audience: str
    target: str
    sent_at: str
    window_days: int
    window_ends: str
    final: bool
    currency: str
    groups: list[GroupResult] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    verdict: Message | None = None

    def as_dict(self) -> dict:
        """Return the result as JSON-ready data (the ``campaigns --json`` fields; sentences in English)."""
        return {"id": self.id, "name": self.name, "audience": self.audience, "target": self.target,
                "sent_at": self.sent_at, "window_days": self.window_days, "window_ends": self.window_ends,
                "final": self.final, "currency": self.currency,
                "groups": [vars(g).copy() for g in self.groups],
                "comparisons": [{**{k: _finite(v) for k, v in vars(c).items() if k != "sentence"},
                                 "sentence": str(c.sentence)} for c in self.comparisons],
                "verdict": str(self.verdict) if self.verdict is not None else None}

    def groups_frame(self) -> pd.DataFrame:
        """Return the groups as a table (one row per group, the GroupResult fields as columns)."""
        return pd.DataFrame([vars(g) for g in self.groups],
                            columns=["name", "members", "ordered", "order_rate", "revenue_per_member", "redeemed"])


def _finite(value):
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _points(share: float) -> str:
    return f"{share * 100:.0f}"


def _campaign_rows(db: sqlite_utils.Database, campaign_id: int | None) -> list[dict]:
    sql = ("SELECT id, name, audience, target, COALESCE(sent_at, substr(created_at, 1, 10)) AS sent_at, window_days, "
           "seed, currency FROM campaigns")
    params: list = []
    if campaign_id is not None:
        sql += " WHERE id = ?"
        params.append(int(campaign_id))
    rows = [dict(zip(("id", "name", "audience", "target", "sent_at", "window_days", "seed", "currency"), r))
            for r in db.execute(sql + " ORDER BY id DESC", params).fetchall()]
    if campaign_id is not None and not rows:
        raise CampaignError(NO_CAMPAIGN(id=str(campaign_id)))
    return rows


def campaign_members(db: sqlite_utils.Database, campaign_id: int) -> pd.DataFrame:
    """Return a campaign's members: customer_id, group (its group name) and coupon_code (normalised, "" for none)."""
    frame = pd.read_sql_query(
        "SELECT customer_id, COALESCE(group_name, CASE WHEN in_control THEN 'control' ELSE 'mailed' END) AS grp, "
        "coupon_code FROM campaign_members WHERE campaign_id = ?", db.conn, params=[int(campaign_id)])
    frame = frame.rename(columns={"grp": "group"})
    frame["coupon_code"] = frame["coupon_code"].map(normalise_code)
    return frame


def redeemed_codes(db: sqlite_utils.Database, start: pd.Timestamp, end: pd.Timestamp) -> set[str]:
    """Return the discount codes (normalised) used by orders placed after ``start`` up to ``end`` (UTC); orders the
    shop does not count (cancelled, by the owner's setting) are left out. A field holding several codes (comma
    separated) gives each."""
    where = "" if counts_cancelled(db) else " AND is_cancelled = 0"
    rows = db.execute("SELECT ordered_at, discount_code FROM orders WHERE discount_code IS NOT NULL "
                      "AND discount_code != ''" + where).fetchall()
    if not rows:
        return set()
    frame = pd.DataFrame(rows, columns=["ordered_at", "discount_code"])
    at = pd.to_datetime(frame["ordered_at"], utc=True, format="ISO8601")
    chosen = frame.loc[(at > start) & (at <= end), "discount_code"]
    return {normalise_code(part) for text in chosen for part in str(text).split(",") if normalise_code(part)}


def _group_result(name: str, people: pd.DataFrame, buyers: set, spend: pd.Series, codes: set) -> GroupResult:
    ids = people["customer_id"]
    members = int(len(people))
    ordered = int(ids.isin(buyers).sum())
    revenue = float(ids.map(spend).fillna(0).sum())
    redeemed = int(people["coupon_code"].isin(codes - {""}).sum())
    return GroupResult(name=name, members=members, ordered=ordered, order_rate=ordered / members if members else 0.0,
                       revenue_per_member=round(revenue / members, 2) if members else 0.0, redeemed=redeemed)


def _compare(name: str, mailed: pd.DataFrame, control: pd.DataFrame, buyers: set, spend: pd.Series, days: int,
             seed: int, single: bool) -> Comparison:
    n1, n2 = len(mailed), len(control)
    if n2 == 0 or n1 == 0:
        nan = math.nan
        return Comparison(name, CONTROL, nan, nan, nan, nan, nan, nan, math.inf, "no_control", NO_CONTROL())
    x1 = int(mailed["customer_id"].isin(buyers).sum())
    x2 = int(control["customer_id"].isin(buyers).sum())
    difference, low, high = newcombe_interval(x1, n1, x2, n2)
    values = lambda people: people["customer_id"].map(spend).fillna(0).to_numpy(float)  # noqa: E731
    revenue, revenue_low, revenue_high = bootstrap_mean_difference(values(mailed), values(control), seed)
    detectable = detectable_difference(n1, n2, (x1 + x2) / (n1 + n2))
    rates_args = {"mailed": percent(x1 / n1), "days": count(days), "control": percent(x2 / n2)}
    rates = RATES(**rates_args) if single else RATES_GROUP(group=name, **rates_args)
    bounds = {"low": number(low * 100), "high": number(high * 100)}
    if low > 0:
        outcome, sentence = "worked", WORKED(rates=rates, points=number(difference * 100), **bounds)
    elif high < 0:
        outcome, sentence = "fewer", BACKFIRED(rates=rates, points=number(-difference * 100), **bounds)
    elif detectable > TOO_FEW_POINTS:
        outcome, sentence = "too_few", TOO_FEW(points=number(detectable * 100))
    else:
        outcome, sentence = "unclear", UNCLEAR(rates=rates, **bounds)
    return Comparison(name, CONTROL, difference, low, high, revenue, revenue_low, revenue_high, detectable, outcome,
                      sentence)


def judge_campaign(row: dict, members: pd.DataFrame, orders: pd.DataFrame, codes: set, latest: pd.Timestamp | None,
                   window_days: int | None = None) -> CampaignResult:
    """Return the CampaignResult of one campaign ``row`` (a campaigns row as a dict) from its ``members``
    (campaign_members), the shop's ``orders`` (core.data.load_orders), the coupon ``codes`` used in its window and
    the ``latest`` order time in the shop."""
    days = int(window_days or row["window_days"] or DEFAULT_WINDOW_DAYS)
    start = pd.Timestamp(row["sent_at"][:10], tz="UTC")
    end = start + pd.Timedelta(days=days)
    inside = orders[(orders["ordered_at"] > start) & (orders["ordered_at"] <= end) & orders["customer_id"].notna()]
    buyers = set(inside["customer_id"].astype("int64"))
    spend = inside.groupby(inside["customer_id"].astype("int64"))["revenue"].sum()
    names = [name for name in dict.fromkeys(members["group"]) if name != CONTROL]
    names.sort(key=lambda name: (name != MAILED, name))
    groups = [_group_result(name, members[members["group"] == name], buyers, spend, codes) for name in names]
    control = members[members["group"] == CONTROL]
    groups.append(_group_result(CONTROL, control, buyers, spend, codes))
    seed = int(row["seed"]) if row.get("seed") is not None else int(row["id"])
    single = len(names) <= 1
    comparisons = [_compare(name, members[members["group"] == name], control, buyers, spend, days, seed, single)
                   for name in names]
    if single:
        verdict = comparisons[0].sentence if comparisons else NO_CONTROL()
    else:
        verdict = _compare(ALL_MAILED, members[members["group"] != CONTROL], control, buyers, spend, days, seed,
                           True).sentence
    final = latest is not None and latest >= end
    if latest is None or latest <= start:
        verdict = NO_ORDERS_YET(day=day(start.date()))
    elif not final:
        verdict = NOT_FINAL(sentence=verdict, day=day(end.date()))
    return CampaignResult(id=int(row["id"]), name=str(row["name"]), audience=str(row["audience"]),
                          target=str(row["target"]), sent_at=str(row["sent_at"])[:10], window_days=days,
                          window_ends=f"{end.date():%Y-%m-%d}", final=final, currency=str(row["currency"] or ""),
                          groups=groups, comparisons=comparisons, verdict=verdict)


def campaign_results(db: sqlite_utils.Database, campaign_id: int | None = None, window_days: int | None = None,
                     progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled
                     ) -> list[CampaignResult]:
    """Return every recorded campaign judged on the shop's orders, newest first (only ``campaign_id`` when given;
    raises CampaignError when it does not exist). ``window_days`` judges on another window than the stored one."""
    if window_days is not None:
        check_window(window_days)
    rows = _campaign_rows(db, campaign_id)
    if not rows:
        return []
    progress(0.0, LOADING())
    orders = load_orders(db)
    latest = orders["ordered_at"].max() if len(orders) else None
    latest = None if latest is None or pd.isna(latest) else latest
    progress(0.4, JUDGING())
    out = []
    for i, row in enumerate(rows):
        check_cancelled(cancelled)
        days = int(window_days or row["window_days"] or DEFAULT_WINDOW_DAYS)
        start = pd.Timestamp(str(row["sent_at"])[:10], tz="UTC")
        codes = redeemed_codes(db, start, start + pd.Timedelta(days=days))
        out.append(judge_campaign(row, campaign_members(db, row["id"]), orders, codes, latest, days))
        progress(0.4 + 0.6 * (i + 1) / len(rows), JUDGING())
    return out


def check_window(window_days: int) -> int:
    """Return ``window_days`` as an int; raises CampaignError unless it is 1..365."""
    if not 1 <= int(window_days) <= 365:
        raise CampaignError(BAD_WINDOW())
    return int(window_days)


def set_window_days(db: sqlite_utils.Database, campaign_id: int, window_days: int) -> None:
    """Store the window a campaign is judged on (days after sending); returns None. Raises CampaignError for an
    unknown campaign or a window outside 1..365 days."""
    days = check_window(window_days)
    with write_transaction(db) as conn:
        changed = conn.execute("UPDATE campaigns SET window_days = ? WHERE id = ?", (days, int(campaign_id))).rowcount
    if not changed:
        raise CampaignError(NO_CAMPAIGN(id=str(campaign_id)))


def campaign_variants(db: sqlite_utils.Database, campaign_id: int) -> list[dict]:
    """Return the variants a campaign was sent with (name, subject, discount_percent, picks), [] for none."""
    row = db.execute("SELECT variants FROM campaigns WHERE id = ?", [int(campaign_id)]).fetchone()
    if row is None:
        raise CampaignError(NO_CAMPAIGN(id=str(campaign_id)))
    try:
        return list(json.loads(row[0] or "[]"))
    except ValueError:
        return []


def order_rate(orders: pd.DataFrame, customer_ids, start: pd.Timestamp, days: int) -> float:
    """Return the share of ``customer_ids`` with an order after ``start`` up to ``days`` days later (0 for none)."""
    ids = pd.Series(list(customer_ids), dtype="int64")
    if ids.empty:
        return 0.0
    end = start + pd.Timedelta(days=days)
    inside = orders[(orders["ordered_at"] > start) & (orders["ordered_at"] <= end) & orders["customer_id"].notna()]
    return float(ids.isin(set(inside["customer_id"].astype("int64"))).mean())

