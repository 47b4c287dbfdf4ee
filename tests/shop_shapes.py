"""Small shops of awkward shapes, built the way an owner builds them: by importing export files.

Issue 14 §5 ("no shop shape crashes anything"): an empty shop, a customers-only shop, one order, one customer,
every order cancelled, no e-mails, one product, every customer alike (one segment), two years with a gap.
Shops are written as CSV files in the Online Retail layout (customers: the Shopify customers export) and imported
with ``core.importers.pipeline.import_file``: never raw SQL, so the tests follow the schema as it changes.

``ShapeSpec`` holds the few numbers a shape varies by (for hypothesis); ``build_shop`` returns the shop's path.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from core.importers.pipeline import import_file
from core.store import open_shop

SHAPES = ("empty", "customers_only", "one_order", "one_customer", "all_cancelled", "no_emails", "one_product",
          "one_segment", "two_years_gap")

RETAIL_HEADER = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID",
                 "Country", "Email"]
SHOPIFY_CUSTOMERS_HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
                            "Default Address Company", "Default Address City", "Default Address Country Code",
                            "Phone", "Total Spent", "Total Orders", "Tags"]
PRODUCTS = [("A1", "RED MUG", "3.50"), ("B2", "BLUE MUG", "4.25"), ("C3", "TEA TOWEL", "1.95"),
            ("D4", "CAKE TIN", "7.80"), ("E5", "LUNCH BOX", "2.10"), ("F6", "SPOON SET", "5.00")]
COUNTRIES = ["France", "Germany", "United Kingdom", "Poland"]


@dataclass(frozen=True)
class ShapeSpec:
    """One shop to build: its shape and the few numbers hypothesis varies."""

    shape: str
    customers: int = 4
    orders_per_customer: int = 2
    lines_per_order: int = 2
    seed: int = 0
    start: datetime = datetime(2023, 3, 6, 10, 0)


def _row(invoice, product, quantity, when, customer, country, email):
    sku, name, price = product
    return [invoice, sku, name, str(quantity), when.strftime("%Y-%m-%d %H:%M:%S"), price, customer, country,
            email]


def retail_rows(spec: ShapeSpec) -> list[list[str]]:
    """Return the Online Retail rows (without header) of an order shape."""
    rng = random.Random(spec.seed)
    rows: list[list[str]] = []
    invoice = 500_000
    shape = spec.shape
    customers = 1 if shape in ("one_order", "one_customer") else max(spec.customers, 1)
    per_customer = 1 if shape == "one_order" else max(spec.orders_per_customer, 1)
    products = PRODUCTS[:1] if shape == "one_product" else PRODUCTS
    lines = 1 if shape in ("one_order", "one_product") else max(spec.lines_per_order, 1)
    for c in range(customers):
        customer = str(12_000 + c)
        country = COUNTRIES[c % len(COUNTRIES)]
        email = "" if shape == "no_emails" else f"buyer{c}@example.com"
        for k in range(per_customer):
            if shape == "one_segment":  # everyone alike: same days, same baskets
                when = spec.start + timedelta(days=30 * k)
            elif shape == "two_years_gap":  # year 1, then nothing for a whole year, then year 3
                year = 0 if k % 2 == 0 else 2
                when = spec.start + timedelta(days=365 * year + rng.randint(0, 300), hours=rng.randint(0, 8))
            else:
                when = spec.start + timedelta(days=rng.randint(0, 400), hours=rng.randint(0, 8))
            invoice += 1
            number = f"C{invoice}" if shape == "all_cancelled" else str(invoice)
            chosen = products[:lines] if shape == "one_segment" else rng.sample(products, min(lines, len(products)))
            for product in chosen:
                quantity = -1 * (1 + rng.randint(0, 3)) if shape == "all_cancelled" else 1 + rng.randint(0, 5)
                if shape == "one_segment":
                    quantity = 2
                rows.append(_row(number, product, quantity, when, customer, country, email))
    return rows


def customer_rows(spec: ShapeSpec) -> list[list[str]]:
    """Return the Shopify customers-export rows (without header) of the customers-only shape."""
    rows = []
    for c in range(max(spec.customers, 1)):
        rows.append([str(7_000_000 + c), f"Ann{c}", f"Lee{c}", f"ann{c}@example.com", "yes" if c % 2 else "no",
                     "", "Riga", "LV", "", "0.00", "0", ""])
    return rows


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """Write ``rows`` under ``header`` to ``path`` as UTF-8 CSV; returns the path."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def shape_file(spec: ShapeSpec, folder: Path) -> Path | None:
    """Write the export file of ``spec`` into ``folder``; returns its path (None for the empty shop)."""
    folder.mkdir(parents=True, exist_ok=True)
    if spec.shape == "empty":
        return None
    if spec.shape == "customers_only":
        return write_csv(folder / "customers_export.csv", SHOPIFY_CUSTOMERS_HEADER, customer_rows(spec))
    rows = retail_rows(spec)
    header = RETAIL_HEADER
    if spec.shape == "no_emails":
        header, rows = header[:-1], [r[:-1] for r in rows]
    return write_csv(folder / f"{spec.shape}.csv", header, rows)


def build_shop(spec: ShapeSpec, folder: Path) -> Path:
    """Create a shop database of shape ``spec`` in ``folder`` (by importing its export file); returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{spec.shape}.shop.db"
    db = open_shop(path)
    source = shape_file(spec, folder)
    if source is not None:
        import_file(db, source)
    db.conn.close()
    return path
