"""A generated Shopify-shaped order history with discount codes and marked-down lines, in date order, for the
issue 19 tests (deal seekers, segments at a past date, repeat rate by first product). The tests compute their
expected figures from this raw frame with pandas, never from the code under test."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from core.analysis.movements import day_end
from core.analysis.segments import segment_table
from core.importers.pipeline import import_file
from core.store import open_memory_shop, open_shop

COLUMNS = ["Name", "Email", "Financial Status", "Paid at", "Accepts Marketing", "Currency", "Subtotal", "Shipping",
           "Taxes", "Total", "Discount Code", "Discount Amount", "Created at", "Lineitem quantity", "Lineitem name",
           "Lineitem price", "Lineitem sku", "Billing Name", "Cancelled at", "Refunded Amount", "Lineitem discount"]
PRODUCTS = [f"SKU-{letter}" for letter in "ABCDEFGHIJ"]
START = datetime(2024, 1, 1, 8, 0)


def _cents(value: int) -> str:
    return f"{value // 100}.{value % 100:02d}"


def history_orders(seed: int = 7, customers: int = 80, days: int = 540) -> pd.DataFrame:
    """Return the export (one row per line; order fields on the first row) sorted by date, plus helper columns
    ``_when`` (UTC datetime), ``_status`` and ``_deal`` (the order had a code or a marked-down line)."""
    rnd = random.Random(seed)
    orders = []
    for person in range(customers):
        habit = rnd.choice([0.0, 0.1, 0.7, 1.0])  # how often this person buys on a deal
        first_day = rnd.randint(0, days - 30)
        count = rnd.choice([1, 1, 1, 2, 2, 3, 4, 6])
        favourite = PRODUCTS[person % 4] if rnd.random() < 0.5 else rnd.choice(PRODUCTS)
        when = START + timedelta(days=first_day, minutes=rnd.randint(0, 600))
        for number in range(count):
            if when > START + timedelta(days=days):
                break
            orders.append((when, person, habit, favourite if number == 0 else rnd.choice(PRODUCTS)))
            when += timedelta(days=rnd.randint(5, 150), minutes=rnd.randint(0, 300))
    orders.sort(key=lambda o: (o[0], o[1]))
    rows = []
    for number, (when, person, habit, first_product) in enumerate(orders, start=1):
        skus = [first_product] + rnd.sample(PRODUCTS, rnd.randint(0, 2))
        lines = [(rnd.randint(1, 3), rnd.randint(500, 4000), sku) for sku in dict.fromkeys(skus)]
        deal = rnd.random() < habit
        kind = rnd.choice(["code", "line"]) if deal else ""
        line_discounts = [(q * p) // 5 if kind == "line" and i == 0 else 0 for i, (q, p, _) in enumerate(lines)]
        gross = sum(q * p for q, p, _ in lines)
        code_discount = gross // 10 if kind == "code" else 0
        discount = sum(line_discounts) + code_discount
        status = "voided" if rnd.random() < 0.04 else "paid"
        stamp = when.strftime("%Y-%m-%d %H:%M:%S +0000")
        for i, ((qty, price, sku), line_discount) in enumerate(zip(lines, line_discounts)):
            first = i == 0
            rows.append({
                "Name": f"#{1000 + number}", "Email": f"p{person}@example.com" if first else "",
                "Financial Status": status if first else "", "Paid at": stamp if first else "",
                "Accepts Marketing": "yes" if first else "", "Currency": "EUR" if first else "",
                "Subtotal": _cents(gross - discount) if first else "", "Shipping": "0.00" if first else "",
                "Taxes": "0.00" if first else "", "Total": _cents(gross - discount) if first else "",
                "Discount Code": f"SAVE{person % 3}" if first and kind == "code" else "",
                "Discount Amount": _cents(discount) if first else "", "Created at": stamp,
                "Lineitem quantity": str(qty), "Lineitem name": f"Product {sku}", "Lineitem price": _cents(price),
                "Lineitem sku": sku, "Billing Name": f"Person {person}" if first else "", "Cancelled at": "",
                "Refunded Amount": "0.00" if first else "", "Lineitem discount": _cents(line_discount),
                "_when": pd.Timestamp(when, tz="UTC"), "_status": status, "_deal": deal, "_email": f"p{person}@example.com"})
    return pd.DataFrame(rows)


def import_history(raw: pd.DataFrame, folder: Path, name: str = "orders_export.csv", db_path: Path | None = None):
    """Return a shop (in memory, or at ``db_path``) with ``raw`` (helper columns dropped) imported as a Shopify
    export."""
    path = Path(folder) / name
    raw[COLUMNS].to_csv(path, index=False)
    db = open_memory_shop() if db_path is None else open_shop(db_path)
    import_file(db, path)
    return db


def segments_by_email(raw: pd.DataFrame, day, folder: Path, scheme: str = "rf10") -> dict:
    """Return {e-mail: segment key} of a shop imported from ``raw`` cut at the end of ``day`` (the oracle of
    segments at a past date)."""
    cut_db = import_history(raw[raw["_when"] < day_end(day)], folder, f"cut-{day}.csv")
    emails = dict(cut_db.execute("SELECT id, email FROM customers").fetchall())
    table = segment_table(cut_db, scheme=scheme, as_of=day_end(day))
    return {emails[int(cid)]: seg for cid, seg in zip(table["customer_id"], table["segment"])}


def order_table(raw: pd.DataFrame) -> pd.DataFrame:
    """Return one row per order of ``raw``: name, email, when, status, deal, first line's sku, skus (set)."""
    return raw.groupby("Name", sort=False).agg(
        email=("_email", "first"), when=("_when", "first"), status=("_status", "first"), deal=("_deal", "first"),
        code=("Discount Code", "first"), skus=("Lineitem sku", lambda s: frozenset(s))).reset_index()
