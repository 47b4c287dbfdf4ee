"""Who an offer goes to: lists (VIP, win-back, at risk, refill due, new, one-time), segments, clusters and
countries.

Every audience comes from the module that owns it, read from one ``core.shop_data.ShopData``: lists from
``core.analysis.lists``, refills from ``core.analysis.replenish``, segments from ``core.analysis.segments``,
clusters from ``core.analysis.clusters``.

Audience keys are stable strings: ``list:vip``, ``segment:champions``, ``cluster:2``, ``country:France``, ``all``.
A bare key such as ``vip`` is looked up among all audiences.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import sqlite_utils

from core.analysis.clusters import TooFewCustomers
from core.analysis.lists import LIST_TEXTS, RULE_LIST_TEXTS, RULE_LISTS, rule_lists
from core.analysis.segments import RF10, SEGMENT_TEXTS, UNKNOWN_SEGMENT
from core.errors import ShopkeeperError
from core.messages import Message, MessageTemplate, plain
from core.shop_data import ShopData, as_shop_data

MEMBER_COLUMNS = ["customer_id", "segment", "segment_label"]
REFILL_TEXT = MessageTemplate("audiences.refill_due", "Refill due (usually rebuys a product they bought about now)")
REFILL_LABEL = REFILL_TEXT.template
ALL_CUSTOMERS = MessageTemplate("audiences.all", "All customers with an order")
CLUSTER = MessageTemplate("audiences.cluster", "Cluster {number}")
COUNTRY = MessageTemplate("audiences.country", "Customers in {country}")
UNION = MessageTemplate("audiences.union", "{first} + {second}")
NO_AUDIENCE = MessageTemplate("audiences.error.none", "Choose an audience (a segment or a list) for the offer.")
UNKNOWN = MessageTemplate("audiences.error.unknown",
                          "There is no audience called '{name}' in this shop; choose one of: {known}.")

BUILTIN_LISTS = RULE_LISTS
"""Old name of ``core.analysis.lists.RULE_LISTS`` (kept for tests/desktop/test_i18n.py); use RULE_LISTS."""
BUILTIN_SEGMENTS = {segment.key: segment.name for segment in RF10}
"""Old name for the segment labels offers show: ``core.analysis.segments.RF10`` (kept for
tests/desktop/test_i18n.py); use RF10 / SEGMENT_LABELS there."""


class UnknownAudience(ShopkeeperError):
    """The audience asked for does not exist in this shop."""

    code = "unknown_audience"


@dataclass(frozen=True)
class Audience:
    """One audience the owner can pick: stable ``key``, ``label`` (a Message; str() is the English), ``kind`` and
    ``size`` (customers)."""

    key: str
    label: Message
    kind: str
    size: int
    source: str = "built-in"


def segment_members(source: sqlite_utils.Database | ShopData) -> pd.DataFrame:
    """Return one row per customer with orders: customer_id, segment (stable key), segment_label (English), from
    ``core.analysis.segments`` (the 10-segment R×F map)."""
    table = as_shop_data(source).segment_table()
    out = pd.DataFrame({"customer_id": table["customer_id"].astype("int64"),
                        "segment": table["segment"].astype(str),
                        "segment_label": table["segment_label"].astype(str)})
    return out.drop_duplicates("customer_id").reset_index(drop=True)


def _clusters(shop: ShopData) -> pd.DataFrame | None:
    try:
        return shop.clusters()
    except TooFewCustomers:  # a tiny shop has no clusters to offer; lists and segments still work
        return None


AUDIENCE_KINDS = frozenset({"lists", "refills", "segments", "clusters", "countries"})
"""The kinds of audience ``available_audiences`` can be asked for (all of them by default): "refills" is the list of
customers due to buy again (``list:replenishment_due``), worked out apart from the other lists."""
QUICK_KINDS = frozenset({"segments", "countries"})
"""The kinds read straight from the RFM table: no model fit, no clustering."""
REFILLS_KEY = "replenishment_due"
_KIND_OF_PREFIX = {"list": "lists", "segment": "segments", "cluster": "clusters", "country": "countries"}


def _kinds_for(parts: list[str]) -> frozenset:
    """Return the audience kinds that the keys ``parts`` can name (a bare name can name any kind)."""
    kinds = set()
    for part in parts:
        if part == "all":
            continue
        prefix = part.split(":", 1)[0] if ":" in part else ""
        if prefix not in _KIND_OF_PREFIX:
            return AUDIENCE_KINDS
        kinds.add("refills" if part == f"list:{REFILLS_KEY}" else _KIND_OF_PREFIX[prefix])
    return frozenset(kinds)


def _all_audiences(shop: ShopData, kinds=AUDIENCE_KINDS) -> list[tuple[Audience, pd.Series]]:
    rfm = shop.rfm
    found: list[tuple[Audience, pd.Series]] = []
    ids = rfm["customer_id"].astype("int64")
    found.append((Audience("all", ALL_CUSTOMERS(), "filter", len(ids)), ids))
    if "lists" in kinds:
        for key, customer_list in shop.lists().items():
            members = customer_list.members["customer_id"].astype("int64")
            label = LIST_TEXTS[key][0]() if key in LIST_TEXTS else plain(customer_list.label)
            found.append((Audience(f"list:{key}", label, "list", int(members.nunique()), "lists"), members))
    if "refills" in kinds:  # the repurchase model: only when its list is asked for (a second on a big shop)
        refills = pd.Series(shop.refills()["customer_id"].drop_duplicates().astype("int64").to_numpy(),
                            dtype="int64")
        found.append((Audience(f"list:{REFILLS_KEY}", REFILL_TEXT(), "list", int(refills.nunique()), "refills"),
                      refills))
    if "lists" in kinds:
        for key, members in rule_lists(rfm).items():
            found.append((Audience(f"list:{key}", RULE_LIST_TEXTS[key](), "list", len(members)), members))
    segments = segment_members(shop) if "segments" in kinds else segment_members(shop).iloc[:0]
    for key, group in segments.groupby("segment", sort=False):
        template = SEGMENT_TEXTS.get(f"segments.rf10.{key}.name")
        label = template() if template is not None else plain(str(group["segment_label"].iloc[0]))
        found.append((Audience(f"segment:{key}", label, "segment", len(group), "segments"), group["customer_id"]))
    clusters = _clusters(shop) if "clusters" in kinds else None
    if clusters is not None:
        for key, group in clusters.groupby("cluster"):
            found.append((Audience(f"cluster:{key}", CLUSTER(number=str(key)), "cluster", len(group), "clusters"),
                          group["customer_id"].astype("int64")))
    countries = rfm["country"].fillna("").astype(str)
    if "countries" not in kinds:
        countries = countries.iloc[:0]
    for country, count in countries[countries != ""].value_counts().items():
        if count >= 1:
            found.append((Audience(f"country:{country}", COUNTRY(country=country), "filter", int(count)),
                          ids[(countries == country).values]))
    return found


def available_audiences(source: sqlite_utils.Database | ShopData, kinds=AUDIENCE_KINDS) -> list[Audience]:
    """Return every audience the owner can choose (lists, segments, clusters, countries; only ``kinds`` of
    ``AUDIENCE_KINDS`` when given), with their sizes, in the order the owner sees them."""
    return [audience for audience, _ in _all_audiences(as_shop_data(source), frozenset(kinds))]


def resolve_audience(source: sqlite_utils.Database | ShopData, key: str) -> tuple[Audience, pd.DataFrame]:
    """Return the audience named ``key`` and its members (customer_id, segment, segment_label).

    ``key`` is a full key (``list:vip``), a bare name (``vip``), or several joined by ``+`` (union).
    Raises UnknownAudience with the choices when nothing matches.
    """
    shop = as_shop_data(source)
    key = (key or "").strip()
    segments = segment_members(shop)
    parts = [p.strip() for p in key.split("+") if p.strip()]
    if not parts:
        raise UnknownAudience(NO_AUDIENCE())
    # Only the kinds the keys name are worked out: lists need the customer-value model, groups a clustering.
    found = _all_audiences(shop, _kinds_for(parts))
    by_key = {audience.key: (audience, members) for audience, members in found}
    chosen = []
    for part in parts:
        match = by_key.get(part)
        if match is None:
            candidates = [v for k, v in by_key.items() if k.split(":", 1)[-1].lower() == part.lower()]
            match = candidates[0] if candidates else None
        if match is None:
            every = _all_audiences(shop)  # the sentence names every choice
            names = ", ".join(a.key for a, _ in every if a.kind in ("list", "segment"))
            raise UnknownAudience(UNKNOWN(name=part, known=names))
        chosen.append(match)
    ids = pd.concat([members for _, members in chosen]).astype("int64").drop_duplicates()
    members = pd.DataFrame({"customer_id": ids.values}).merge(segments, on="customer_id", how="left")
    members["segment"] = members["segment"].fillna("unknown")
    members["segment_label"] = members["segment_label"].fillna(UNKNOWN_SEGMENT)
    if len(chosen) == 1:
        audience = chosen[0][0]
    else:
        label = chosen[0][0].label
        for other, _ in chosen[1:]:
            label = UNION(first=label, second=other.label)
        audience = Audience("+".join(a.key for a, _ in chosen), label, "union", len(members))
    return audience, members[MEMBER_COLUMNS].sort_values("customer_id").reset_index(drop=True)
