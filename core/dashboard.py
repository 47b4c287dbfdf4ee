"""Headline figures of a shop for the dashboard and the owner's report, each with a one-line explanation.

Windows such as "last 30 days" are measured back from the last order in the data (not from today), so an
export downloaded a month ago still shows its last month of trading.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import sqlite_utils

from core.charts import data as cd
from core.analysis.lists import LIST_TEXTS
from core.charts.common import format_money
from core.messages import Count, Message, MessageTemplate, Percent, count, day, percent
from core.shop_data import NotAvailable, ShopData, as_shop_data

VIP_SHARE = 0.05  # fallback VIP list: the top 5 % of customers by spend

# The headline explanations (Headline.explanation is one of these Messages).
PEOPLE = MessageTemplate("dashboard.customers.explanation", "People who placed at least one order ({orders} orders "
                                                            "in all).")
PEOPLE_ONE_ORDER = MessageTemplate("dashboard.customers.explanation_one", "People who placed at least one order "
                                                                          "({orders} order in all).")
REPEATERS = MessageTemplate("dashboard.repeat_rate.explanation", "{repeaters} of {customers} customers ordered more "
                                                                 "than once.")
NO_CUSTOMERS = MessageTemplate("dashboard.repeat_rate.none",
                               "No customers yet: import your orders to see how many come back.")
NO_ORDERS = MessageTemplate("dashboard.no_orders", "No orders yet.")
REVENUE = MessageTemplate("dashboard.revenue.explanation", "Orders in the {days} days up to the last order ({last}).")
REVENUE_UP = MessageTemplate("dashboard.revenue.explanation_up", "Orders in the {days} days up to the last order "
                                                                 "({last}); +{change} on the {days} days before.")
REVENUE_DOWN = MessageTemplate("dashboard.revenue.explanation_down", "Orders in the {days} days up to the last order "
                                                                     "({last}); −{change} on the {days} days before.")
AVERAGE_ORDER = MessageTemplate("dashboard.average_order.explanation",
                                "Revenue divided by the number of orders ({orders}).")
AT_RISK_SEGMENTS = MessageTemplate("dashboard.at_risk.segments", "Good customers in the 'At Risk' and 'Can't Lose "
                                                                 "Them' segments: they used to buy often but have "
                                                                 "gone quiet.")
AT_RISK_SILENT = MessageTemplate("dashboard.at_risk.silent",
                                 "Repeat customers silent for more than twice their usual time between orders.")
VIP_WITH_SHARE = MessageTemplate("dashboard.vip.with_share", "{explanation} Together {share} of customer revenue.")
VIP_TOP = MessageTemplate("dashboard.vip.top", "Your top {top} of customers by spend; together {share} of customer "
                                               "revenue.")


@dataclass
class Headline:
    """One headline figure: a stable key, English title, the raw value, its display text and an explanation."""

    key: str
    title: str
    value: float | int | None
    text: str
    explanation: Message
    view_id: str = "customers"  # the screen with the list behind the figure
    list_key: str = "all"  # which list on that screen: all, repeat, vip, winback, at_risk
    details: dict = field(default_factory=dict)


def _pct(value: float) -> str:
    return str(_share(value))


def _share(value: float) -> Percent:
    """Return a share as a typed percentage: "12%", or "0.5%" below one percent."""
    return percent(value, 0 if value >= 0.01 or value == 0 else 1)


def at_risk_customers(orders: pd.DataFrame, factor: float = 2.0) -> pd.DataFrame:
    """Return repeat customers whose silence is long for them: days since their last order is more than
    ``factor`` × their own median gap between buying days and more than the shop's median gap.

    Columns: customer_id, recency_days, typical_gap_days, frequency, monetary; highest spend first.
    """
    columns = ["customer_id", "recency_days", "typical_gap_days", "frequency", "monetary"]
    known = orders[orders["customer_id"].notna()]
    if known.empty:
        return pd.DataFrame(columns=columns)
    table = cd.customer_table(known).set_index("customer_id")
    days = pd.DataFrame({"customer_id": known["customer_id"].to_numpy(),
                         "day": known["ordered_at"].dt.floor("D").to_numpy()}).drop_duplicates()
    days = days.sort_values(["customer_id", "day"])
    gaps = days.groupby("customer_id")["day"].diff().dt.days
    typical = gaps.groupby(days["customer_id"]).median().dropna()
    if typical.empty:
        return pd.DataFrame(columns=columns)
    shop_median = float(gaps.dropna().median())
    table = table.join(typical.rename("typical_gap_days"), how="inner")
    silent = table[(table["recency_days"] > factor * table["typical_gap_days"])
                   & (table["recency_days"] > shop_median)]
    return silent.reset_index().sort_values(["monetary", "customer_id"], ascending=[False, True])[columns] \
        .reset_index(drop=True)


def vip_customers(orders: pd.DataFrame, share: float = VIP_SHARE) -> pd.DataFrame:
    """Return the top ``share`` of customers by spend (at least one when there are customers): customer_id,
    frequency, monetary, recency_days; highest spend first."""
    table = cd.customer_table(orders)
    if table.empty:
        return table
    count = max(1, int(round(len(table) * share)))
    return table.sort_values(["monetary", "customer_id"], ascending=[False, True]).head(count).reset_index(drop=True)


def _segment_counts(shop: ShopData) -> dict[str, int] | None:
    try:
        segments = shop.segments()
    except NotAvailable:  # the segments cannot run on this shop: fall back to the rules here
        return None
    return segments["segment"].str.lower().value_counts().to_dict()


def _lists(shop: ShopData) -> dict | None:
    try:
        return shop.lists()
    except NotAvailable:  # the lists cannot run on this shop (their sentence says why): the simple rules here
        return None


def headline_figures(source: sqlite_utils.Database | ShopData) -> list[Headline]:
    """Return the dashboard's headline figures in display order: customers, repeat rate, revenue in the last
    30 and 90 days, average order value, customers at risk, VIP customers. Empty shops get zeros and a
    plain explanation."""
    shop = as_shop_data(source)
    return sales_headlines(shop) + list_headlines(shop)


LIST_HEADLINE_KEYS = ("at_risk", "vip")
"""The headline figures that need the customer lists (a model fit: seconds on a large shop), in display order."""


def sales_headlines(source: sqlite_utils.Database | ShopData) -> list[Headline]:
    """Return the headline figures read straight from the orders, in display order: customers, repeat rate,
    revenue in the last 30 and 90 days, average order value."""
    shop = as_shop_data(source)
    orders = shop.orders
    currency = shop.currency
    money = lambda v: format_money(v, currency)  # noqa: E731
    known = orders[orders["customer_id"].notna()]
    per_customer = known.groupby("customer_id")["order_id"].nunique()
    customers = int(len(per_customer))
    repeaters = int((per_customer >= 2).sum())
    out = [Headline("customers", "Customers", customers, f"{customers:,}",
                    (PEOPLE_ONE_ORDER if len(orders) == 1 else PEOPLE)(orders=count(len(orders))), "customers")]
    if customers:
        rate = repeaters / customers
        out.append(Headline("repeat_rate", "Repeat customers", rate, _pct(rate),
                            REPEATERS(repeaters=count(repeaters), customers=count(customers)), "customers",
                            "repeat", {"repeaters": repeaters}))
    else:
        out.append(Headline("repeat_rate", "Repeat customers", None, "–",
                            NO_CUSTOMERS(), "customers", "repeat"))
    if orders.empty:
        for days in (30, 90):
            out.append(Headline(f"revenue_{days}d", f"Revenue, last {days} days", 0.0, money(0),
                                NO_ORDERS(), "customers"))
        out.append(Headline("average_order", "Average order", None, "–", NO_ORDERS(), "customers"))
    else:
        last = orders["ordered_at"].max()
        for days in (30, 90):
            start = last - pd.Timedelta(days=days)
            now = float(orders.loc[orders["ordered_at"] > start, "revenue"].sum())
            before = float(orders.loc[(orders["ordered_at"] > start - pd.Timedelta(days=days))
                                      & (orders["ordered_at"] <= start), "revenue"].sum())
            first = orders["ordered_at"].min()
            shown = {"days": Count(days, str(days)), "last": day(last, english=f"{last:%d %b %Y}")}
            if before > 0 and first <= start - pd.Timedelta(days=days):
                change = now / before - 1
                explanation = (REVENUE_UP if change >= 0 else REVENUE_DOWN)(change=percent(abs(change)), **shown)
            else:
                explanation = REVENUE(**shown)
            out.append(Headline(f"revenue_{days}d", f"Revenue, last {days} days", now, money(now), explanation,
                                "customers", details={"previous": before, "since": start.isoformat()}))
        aov = float(orders["revenue"].sum() / len(orders))
        out.append(Headline("average_order", "Average order", aov, money(aov),
                            AVERAGE_ORDER(orders=count(len(orders))), "customers"))
    return out


def list_headlines(source: sqlite_utils.Database | ShopData) -> list[Headline]:
    """Return the headline figures of the customer lists, in display order: customers at risk, VIP customers
    (``LIST_HEADLINE_KEYS``)."""
    shop = as_shop_data(source)
    orders = shop.orders
    known = orders[orders["customer_id"].notna()]
    out = []
    lists = _lists(shop)
    counts = _segment_counts(shop)
    if lists and "at_risk" in lists:
        members = lists["at_risk"].members
        out.append(Headline("at_risk", "Customers at risk", len(members), f"{len(members):,}",
                            LIST_TEXTS["at_risk"][1](), "customers", "at_risk",
                            {"customer_ids": members["customer_id"].tolist()}))
    elif counts is not None and any(k in counts for k in ("at_risk", "cant_lose", "cant_lose_them")):
        risk = int(sum(v for k, v in counts.items() if k in ("at_risk", "cant_lose", "cant_lose_them")))
        out.append(Headline("at_risk", "Customers at risk", risk, f"{risk:,}",
                            AT_RISK_SEGMENTS(), "customers", "at_risk"))
    else:
        risk_table = at_risk_customers(orders)
        risk = int(len(risk_table))
        out.append(Headline("at_risk", "Customers at risk", risk, f"{risk:,}",
                            AT_RISK_SILENT(), "customers", "at_risk",
                            {"customer_ids": risk_table["customer_id"].tolist()}))
    if lists and "vip" in lists:
        members = lists["vip"].members
        spend_share = (float(members["monetary"].sum() / known["revenue"].sum())
                       if len(members) and "monetary" in members and known["revenue"].sum() else None)
        explanation = LIST_TEXTS["vip"][1]()
        if spend_share is not None:
            explanation = VIP_WITH_SHARE(explanation=explanation, share=_share(spend_share))
        out.append(Headline("vip", "VIP customers", len(members), f"{len(members):,}",
                            explanation, "customers", "vip",
                            {"customer_ids": members["customer_id"].tolist()}))
    else:
        vip_table = vip_customers(orders)
        vip = int(len(vip_table))
        total = float(known["revenue"].sum())
        spend_share = float(vip_table["monetary"].sum()) / total if vip and total else 0.0
        out.append(Headline("vip", "VIP customers", vip, f"{vip:,}",
                            VIP_TOP(top=percent(VIP_SHARE), share=_share(spend_share)), "customers", "vip",
                            {"customer_ids": vip_table["customer_id"].tolist()}))
    return out


# The top actions' sentences by key, in English; ``top_actions(texts=...)`` takes translated ones with the
# same {placeholders}.
ACTION_TEXTS = {
    "no_orders": "Import your shop's orders to get suggestions.",
    "winback": "{count} customers due for a win-back offer: silent for at least twice as long as they usually "
               "wait between orders.",
    "winback_spent": "{count} customers due for a win-back offer: silent for at least twice as long as they "
                     "usually wait between orders (they spent {money} with you so far).",
    "at_risk": "{count} valuable customers at risk of leaving: contact them personally before they go quiet.",
    "vip": "Thank your {count} VIP customers with early access or a personal note.",
    "bought_once": "{count} customers bought once in the last 90 days: invite them back to make them regulars.",
    "bought_once_within": "{count} customers bought once in the last 90 days: invite them back within about "
                          "{days} days to make them regulars.",
    "pair": "Offer \"{first}\" with \"{second}\": bought together in {orders} orders, {lift}× more often than "
            "chance.",
    "top_seller": "Keep \"{product}\" in stock: your top seller ({money} from {orders} orders).",
}


def _action_items(shop: ShopData) -> list[tuple[str, dict]]:
    """Return the shop's suggested actions, most urgent first, as (ACTION_TEXTS key, raw values) pairs."""
    orders = shop.orders
    if orders.empty:
        return [("no_orders", {})]
    items = []
    lists = _lists(shop)
    risk = lists["winback"].members if lists and "winback" in lists else at_risk_customers(orders)
    if len(risk):
        if "monetary" in risk:
            items.append(("winback_spent", {"count": len(risk), "money": float(risk["monetary"].sum())}))
        else:
            items.append(("winback", {"count": len(risk)}))
    if lists and "at_risk" in lists and len(lists["at_risk"].members):
        items.append(("at_risk", {"count": len(lists["at_risk"].members)}))
    vip = lists["vip"].members if lists and "vip" in lists else vip_customers(orders)
    if len(vip):
        items.append(("vip", {"count": len(vip)}))
    table = cd.customer_table(orders)
    if not table.empty:
        last = orders["ordered_at"].max()
        recent_once = table[(table["frequency"] == 1) & (table["first_order"] > last - pd.Timedelta(days=90))]
        if len(recent_once):
            gaps = cd.days_between_orders(orders)
            if len(gaps) >= 5:
                items.append(("bought_once_within", {"count": len(recent_once), "days": round(gaps.median())}))
            else:
                items.append(("bought_once", {"count": len(recent_once)}))
    pairs = shop.pairs(12)
    if not pairs.empty:
        top = pairs.iloc[0]
        items.append(("pair", {"first": top["name_a"], "second": top["name_b"], "orders": int(top["orders"]),
                               "lift": round(float(top["lift"]))}))
    products = shop.top_products(10)
    if len(products) > 1:  # a shop of one product has no best-seller to name
        best = products.iloc[0]
        items.append(("top_seller", {"product": best["product_name"], "money": float(best["revenue"]),
                                     "orders": int(best["orders"])}))
    return items


def top_actions(source: sqlite_utils.Database | ShopData, limit: int = 5, texts: dict | None = None,
                number=None, money=None) -> list[str]:
    """Return up to ``limit`` plain sentences of what to do next ("143 customers due for a win-back offer").

    ``texts`` ({ACTION_TEXTS key: sentence with the same placeholders}) translates them; ``number(int)`` and
    ``money(value, currency)`` format the figures (default: English grouping, ``format_money``).
    """
    shop = as_shop_data(source)
    number = number or (lambda value: f"{value:,}")
    money = money or format_money
    sentences = []
    for key, values in _action_items(shop)[:limit]:
        shown = {name: (number(value) if isinstance(value, int) and name != "lift" else value)
                 for name, value in values.items()}
        if "money" in values:
            shown["money"] = money(values["money"], shop.currency)
        template = (texts or {}).get(key) or ACTION_TEXTS[key]
        sentences.append(template.format(**shown))
    return sentences
