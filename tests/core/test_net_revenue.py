"""Net product revenue on real-shaped exports: discounts on lines and orders, shipping, tax, full and partial
refunds, returns as separate rows and negative quantities. Every expected figure is computed here with pandas
from the file itself, never from Shopkeeper's code.

Column names: Shopify ``orders_export.csv`` as in ../shared/data/shopify/orders_export_test_store.csv (a real
export of a Shopify test store) and Shopify's help page "Exporting orders" (Subtotal = line items after
discounts; Discount Amount = the order's discounts; Lineitem discount; Refunded Amount); WooCommerce plugin export
as in ../shared/data/woocommerce/orders_export_mock.csv, with ``line_subtotal``/``line_total`` as WooCommerce stores
them (before / after coupons); a refund row is a negative line on the refund's date.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from core.data import load_lines, load_orders
from core.importers.allocate import share_pro_rata
from core.importers.pipeline import import_file
from core.store import open_memory_shop
from core.summary import shop_summary

SHOPIFY_COLUMNS = ["Name", "Email", "Financial Status", "Paid at", "Accepts Marketing", "Currency", "Subtotal",
                   "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Created at",
                   "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku", "Billing Name",
                   "Cancelled at", "Refunded Amount", "Lineitem discount"]
STATUSES = ["paid"] * 6 + ["partially_refunded"] * 2 + ["refunded", "voided", "pending"]


def cents(value: int) -> str:
    return f"{value // 100}.{value % 100:02d}"


def shopify_orders(seed: int, orders: int = 60) -> pd.DataFrame:
    """Return a Shopify-shaped orders export (one row per line, order fields on the first row only)."""
    rnd = random.Random(seed)
    rows = []
    for number in range(1, orders + 1):
        lines = [(rnd.randint(1, 4), rnd.randint(99, 9999), "SKU-" + rnd.choice("ABCDEFGH")) for _ in range(rnd.randint(1, 4))]
        gross = [q * p for q, p, _ in lines]
        line_discounts = [rnd.choice([0, 0, rnd.randint(1, g // 3)]) for g in gross]
        order_level = rnd.choice([0, 0, rnd.randint(1, max(1, (sum(gross) - sum(line_discounts)) // 4))])
        discount = sum(line_discounts) + order_level  # Shopify's Discount Amount: every discount of the order
        subtotal = sum(gross) - discount
        status = rnd.choice(STATUSES)
        refunded = rnd.randint(1, subtotal) if status == "partially_refunded" else (
            subtotal if status == "refunded" else 0)
        shipping, tax = rnd.choice([0, 495, 990]), subtotal * 23 // 123
        cancelled = "2025-02-01 10:00:00 +0100" if status == "pending" and rnd.random() < 0.3 else ""
        stamp = f"2025-01-{number % 28 + 1:02d} 10:{number % 60:02d}:00 +0100"
        for i, ((qty, price, sku), line_discount) in enumerate(zip(lines, line_discounts)):
            first = i == 0
            rows.append({
                "Name": f"#{1000 + number}", "Email": f"c{number % 17}@example.com" if first else "",
                "Financial Status": status if first else "", "Paid at": stamp if first else "",
                "Accepts Marketing": "yes" if first else "", "Currency": "EUR" if first else "",
                "Subtotal": cents(subtotal) if first else "", "Shipping": cents(shipping) if first else "",
                "Taxes": cents(tax) if first else "", "Total": cents(subtotal + shipping) if first else "",
                "Discount Code": "SAVE" if first and discount else "",
                "Discount Amount": cents(discount) if first else "", "Created at": stamp,
                "Lineitem quantity": str(qty), "Lineitem name": f"Product {sku}", "Lineitem price": cents(price),
                "Lineitem sku": sku, "Billing Name": f"Person {number % 17}" if first else "",
                "Cancelled at": cancelled if first else "", "Refunded Amount": cents(refunded) if first else "",
                "Lineitem discount": cents(line_discount)})
    return pd.DataFrame(rows, columns=SHOPIFY_COLUMNS)


def expected_net_minor(raw: pd.DataFrame) -> int:
    """Σ Subtotal − Σ Refunded Amount of partially refunded orders, over orders that count (pandas, from the file)."""
    orders = raw[raw["Financial Status"] != ""]
    minor = lambda col: (pd.to_numeric(orders[col]) * 100).round().astype(int)  # noqa: E731
    counts = ~orders["Financial Status"].isin(["refunded", "voided"]) & (orders["Cancelled at"] == "")
    partial = orders["Financial Status"] == "partially_refunded"
    return int(minor("Subtotal")[counts].sum() - minor("Refunded Amount")[counts & partial].sum())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shopify_net_revenue_equals_subtotals_less_partial_refunds(tmp_path, seed):
    raw = shopify_orders(seed)
    path = tmp_path / "orders_export.csv"
    raw.to_csv(path, index=False)
    db = open_memory_shop()
    import_file(db, path)
    expected = expected_net_minor(raw)
    assert round(shop_summary(db)["revenue"] * 100) == expected
    assert round(load_orders(db)["revenue"].sum() * 100) == expected
    # per order too: the lines' nets add up to the order's subtotal less its partial refund, in whole cents
    orders = raw[raw["Financial Status"] != ""].set_index("Name")
    nets = dict(db.execute("SELECT o.external_id, SUM(l.net_minor) FROM order_lines l JOIN orders o "
                           "ON o.id = l.order_id WHERE o.is_cancelled = 0 GROUP BY o.id").fetchall())
    for name, net in nets.items():
        refund = orders.loc[name, "Refunded Amount"] if orders.loc[name, "Financial Status"] == "partially_refunded" \
            else "0"
        assert net == round(float(orders.loc[name, "Subtotal"]) * 100) - round(float(refund) * 100), name
    # shipping and tax are kept per order, apart from revenue
    shipping = db.execute("SELECT SUM(shipping_minor), SUM(tax_minor) FROM orders").fetchone()
    assert shipping == (round(pd.to_numeric(orders["Shipping"]).sum() * 100),
                        round(pd.to_numeric(orders["Taxes"]).sum() * 100))


def test_the_same_export_as_a_workbook_gives_the_same_money(tmp_path):
    raw = shopify_orders(7, orders=25)
    path = tmp_path / "orders_export.xlsx"
    raw.to_excel(path, index=False)
    db = open_memory_shop()
    import_file(db, path)
    assert round(shop_summary(db)["revenue"] * 100) == expected_net_minor(raw)


def test_reimporting_a_later_export_with_a_new_refund_updates_the_net(tmp_path):
    raw = shopify_orders(4, orders=20)
    db = open_memory_shop()
    first = tmp_path / "january.csv"
    raw.to_csv(first, index=False)
    import_file(db, first)
    paid = raw.index[(raw["Financial Status"] == "paid") & (raw["Cancelled at"] == "")][0]
    later = raw.copy()
    later.loc[paid, "Financial Status"] = "partially_refunded"
    later.loc[paid, "Refunded Amount"] = "1.00"
    second = tmp_path / "february.csv"
    later.to_csv(second, index=False)
    import_file(db, second)
    assert round(shop_summary(db)["revenue"] * 100) == expected_net_minor(later) == expected_net_minor(raw) - 100


@pytest.mark.parametrize("amount,weights", [(10, [1000, 1000, 1000]), (1, [1, 1]), (999, [3, 7, 0, 11]),
                                            (0, [5, 5]), (7, [0, 0])])
def test_pro_rata_shares_are_whole_and_add_up(amount, weights):
    shares = share_pro_rata(amount, weights)
    assert sum(shares) == (amount if sum(weights) else 0)
    exact = np.array(weights, float) * amount / max(1, sum(weights))
    assert all(abs(s - e) < 1 for s, e in zip(shares, exact))


GENERIC = """Order,Date,Email,Product,Qty,Price
1,05.01.2025,ala@example.pl,Kubek,2,"10,00"
1,05.01.2025,ala@example.pl,Herbata,1,"5,50"
2,07.01.2025,ala@example.pl,Kubek,-1,"10,00"
3,09.01.2025,ola@example.pl,Herbata,3,"5,50"
3,09.01.2025,ola@example.pl,Kubek,1,"-10,00"
"""


def test_negative_quantities_in_a_generic_file_are_returns(tmp_path):
    path = tmp_path / "sprzedaz.csv"
    path.write_text(GENERIC, encoding="utf-8")
    db = open_memory_shop()
    from core.importers.base import ImportOptions
    mapping = {"order_id": "Order", "date": "Date", "email": "Email", "product_name": "Product",
               "quantity": "Qty", "price": "Price"}
    import_file(db, path, ImportOptions(format_key="generic", mapping=mapping))
    raw = pd.read_csv(path, decimal=",", dtype={"Price": str})
    price = raw["Price"].str.replace(",", ".").astype(float)
    # a return is negative whichever of quantity or price the file wrote as negative
    expected = float((-(raw["Qty"] * price).abs()).where((raw["Qty"] < 0) | (price < 0),
                                                          raw["Qty"] * price).sum())
    assert shop_summary(db)["revenue"] == pytest.approx(expected)
    orders = load_orders(db)
    assert sorted(orders["order_ref"]) == ["1", "3"]  # order 2 only returns goods: not a purchase
    assert (load_lines(db)["quantity"] > 0).all()     # returns never enter baskets


WOO = (
    "order_number,order_date,status,order_currency,shipping_total,discount_total,order_total,customer_email,"
    "billing_first_name,product_name,sku,quantity,line_subtotal,line_total\n"
    "10001,2026-04-26 21:32:57,completed,USD,5.00,4.00,61.00,ryan@example.com,Ryan,Mug,M1,2,40.00,36.00\n"
    "10001,2026-04-26 21:32:57,completed,USD,,,,ryan@example.com,Ryan,Tea,T1,1,20.00,20.00\n"
    "10002,2026-04-27 10:00:00,completed,USD,0.00,0.00,30.00,ana@example.com,Ana,Tea,T1,1,30.00,30.00\n"
    "10003,2026-05-02 09:00:00,refunded,USD,0.00,0.00,-18.00,ryan@example.com,Ryan,Mug,M1,-1,-18.00,-18.00\n"
    "10004,2026-05-03 09:00:00,cancelled,USD,0.00,0.00,12.00,ana@example.com,Ana,Tea,T1,1,12.00,12.00\n"
)


def test_woocommerce_coupons_and_refund_rows(tmp_path):
    path = tmp_path / "orders_export.csv"
    path.write_text(WOO, encoding="utf-8")
    db = open_memory_shop()
    import_file(db, path)
    raw = pd.read_csv(path)
    counted = raw[raw["status"] != "cancelled"]
    # net = line totals after coupons, the refund row taken off on its own date; shipping apart
    assert shop_summary(db)["revenue"] == pytest.approx(counted["line_total"].sum())
    orders = load_orders(db).set_index("order_ref")
    assert "10003" not in orders.index  # the refund row is folded into Ryan's purchase before it
    assert orders.loc["10001", "revenue"] == pytest.approx(36 + 20 - 18)
    gross = db.execute("SELECT SUM(l.gross_minor), SUM(l.discount_minor) FROM order_lines l JOIN orders o "
                       "ON o.id = l.order_id WHERE o.external_id = '10001'").fetchone()
    assert gross == (6000, 400)
