"""Pseudonymised files hold no customer data, judged by content: every export shape Shopkeeper reads (Shopify
orders and customers, WooCommerce with billing_* and shipping_*, Online Retail, a generic file whose column names
say nothing) and every offer file it writes (Mailchimp, Klaviyo, Shopify tags, CSV, XLSX).

The expected figures come from the test's own list of people: a column is personal when one of its cells is one
of their e-mails, names, phones or address parts, and it must be removed (or become customer_ref) with exactly
its non-empty cells counted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from core.__main__ import main as cli
from core.importers.pipeline import import_file
from core.offers.campaign import OfferSpec, make_offer
from core.privacy import match_pseudonyms, pseudonymise_file, shop_salt, pseudonym
from core.store import open_shop

PEOPLE = [
    dict(email="ryan.moore@example.com", first="Ryan", last="Moore", phone="+1 619 555 0142",
         street="742 Evergreen Terrace", zip="92101", city="San Diego", country="US"),
    dict(email="zoë.müller@exämple.de", first="Zoë", last="Müller", phone="+49 30 1234 5678",
         street="Hauptstraße 5", zip="10115", city="Berlin", country="DE"),
    dict(email="marta.ozola@example.lv", first="Marta", last="Ozola", phone="+371 2612 3456",
         street="Brīvības iela 12", zip="LV-1050", city="Rīga", country="LV"),
    dict(email="piotr.nowak@example.pl", first="Piotr", last="Nowak", phone="+48 601 234 567",
         street="ul. Marszałkowska 10/4", zip="00-950", city="Warszawa", country="PL"),
    dict(email="sue.park@example.com", first="Sue", last="Park", phone="(512) 555-0199",
         street="12 Baker Street", zip="SW1A 1AA", city="London", country="GB"),
]
PRODUCTS = [("woo-1", "Cat Food", 12.5), ("woo-2", "Painting", 40.0), ("woo-3", "Tea Towel", 4.25)]


def secrets_of(person: dict) -> list[str]:
    return [person[k] for k in ("email", "first", "last", "phone", "street", "zip", "city")] + [
        f"{person['first']} {person['last']}"]


ALL_SECRETS = {s.casefold() for p in PEOPLE for s in secrets_of(p)}


def found_secrets(text: str) -> list[str]:
    """Every secret of every person found in ``text`` as a whole word, case-insensitively (independent of core)."""
    folded = text.casefold()
    return sorted(s for s in ALL_SECRETS if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", folded))


def read_back(path: Path) -> tuple[pd.DataFrame, str]:
    if path.suffix == ".xlsx":
        book = load_workbook(path, read_only=True)
        rows = [["" if v is None else str(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
        frame = pd.DataFrame(rows[1:], columns=rows[0])
        return frame, "\n".join(",".join(r) for r in rows)
    text = path.read_text(encoding="utf-8-sig")
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig"), text


def personal_columns(frame: pd.DataFrame) -> dict[str, int]:
    """Columns holding at least one whole-cell secret -> their non-empty cells (the test's own verdict)."""
    out = {}
    for column in frame.columns:
        values = frame[column].astype(str).str.strip()
        if values.str.casefold().isin(ALL_SECRETS).any():
            out[column] = int((values != "").sum())
    return out


def woo_export() -> pd.DataFrame:
    rows = []
    for n, person in enumerate(PEOPLE):
        for k in range(2):
            order = 10001 + 2 * n + k
            for sku, name, price in PRODUCTS[k:k + 2]:
                rows.append({
                    "order_number": str(order), "order_date": f"2025-0{k + 3}-1{n} 10:00:00", "status": "completed",
                    "order_currency": "EUR", "order_total": "52.50", "customer_email": person["email"],
                    "billing_email": person["email"].upper(), "billing_first_name": person["first"],
                    "billing_last_name": person["last"], "billing_company": "", "billing_address_1": person["street"],
                    "billing_address_2": "", "billing_city": person["city"], "billing_postcode": person["zip"],
                    "billing_country": person["country"], "billing_phone": person["phone"],
                    "shipping_first_name": person["first"], "shipping_last_name": person["last"],
                    "shipping_address_1": person["street"], "shipping_city": person["city"],
                    "shipping_postcode": person["zip"], "shipping_country": person["country"],
                    "product_name": name, "sku": sku, "quantity": "1", "item_total": f"{price:.2f}"})
    return pd.DataFrame(rows)


def shopify_customers() -> pd.DataFrame:
    return pd.DataFrame([{
        "Customer ID": str(7001 + i), "First Name": p["first"], "Last Name": p["last"], "Email": p["email"],
        "Accepts Email Marketing": "yes", "Default Address Company": "", "Default Address Address1": p["street"],
        "Default Address City": p["city"], "Default Address Zip": p["zip"], "Default Address Country Code": p["country"],
        "Phone": p["phone"], "Total Spent": "52.50", "Total Orders": "2", "Tags": "vip" if i % 2 else ""}
        for i, p in enumerate(PEOPLE)])


def shopify_orders() -> pd.DataFrame:
    rows = []
    for n, p in enumerate(PEOPLE):
        for sku, name, price in PRODUCTS[:2]:
            rows.append({
                "Name": f"#{2001 + n}", "Email": p["email"], "Financial Status": "paid",
                "Created at": f"2025-05-1{n} 09:55:16 -0400", "Lineitem quantity": "1", "Lineitem name": name,
                "Lineitem price": f"{price:.2f}", "Lineitem sku": sku, "Billing Name": f"{p['first']} {p['last']}",
                "Billing Street": p["street"], "Billing City": p["city"], "Billing Zip": p["zip"],
                "Billing Country": p["country"], "Billing Phone": p["phone"],
                "Shipping Name": f"{p['first']} {p['last']}", "Shipping Street": p["street"],
                "Shipping Zip": p["zip"], "Shipping Phone": p["phone"],
                "Notes": f"Gift-wrap it for {p['first']} {p['last']} please"})
    return pd.DataFrame(rows)


def online_retail() -> pd.DataFrame:
    return pd.DataFrame([{
        "Invoice": str(5001 + n), "StockCode": "A1", "Description": "RED MUG", "Quantity": "2",
        "InvoiceDate": "2024-01-05 10:00:00", "Price": "3.50", "Customer ID": f"{100 + n}.0", "Country": p["country"],
        "Email": p["email"], "First Name": p["first"], "Last Name": p["last"]} for n, p in enumerate(PEOPLE)])


def generic_export() -> pd.DataFrame:
    """Column names that announce nothing: only the values say what they are."""
    return pd.DataFrame([{
        "Beleg": f"B-{n}", "Kontakt": p["email"], "Wer": f"{p['first']} {p['last']}", "Nummer": p["phone"],
        "Anschrift": p["street"], "Ort": p["city"], "Artikel": "Painting", "Betrag": "40.00"}
        for n, p in enumerate(PEOPLE)])


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.shop.db"
    db = open_shop(path)
    customers = tmp_path / "customers_export.csv"
    shopify_customers().to_csv(customers, index=False)
    import_file(db, customers)
    orders = tmp_path / "orders_export.csv"
    woo_export().to_csv(orders, index=False)
    import_file(db, orders)
    assert db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == len(PEOPLE)
    yield db
    db.conn.close()


def check_shared(db, source: Path, out: Path, email_column: str | None) -> tuple[dict, pd.DataFrame]:
    frame, text = read_back(source)
    assert found_secrets(text), "the test file must hold customer data to begin with"
    expected = personal_columns(frame)
    summary = pseudonymise_file(db, source, out)
    shared, shared_text = read_back(out)
    assert found_secrets(shared_text) == []
    removed = {k: v for k, v in summary["removed"].items() if v or k in expected}
    # every personal column is removed (or became customer_ref) with its cells counted; text columns edited
    # in place (subject line, notes) are counted separately below
    personal = {c: n for c, n in removed.items() if c not in shared.columns}
    assert {c: n for c, n in personal.items() if n} == expected
    kept = [c for c in frame.columns if c not in summary["removed"] or c in shared.columns]
    for column in kept:
        if column in expected:
            continue
        edited = [c for c in summary["changes"] if c["column"] == column and c["action"] == "replaced"]
        changed = int((frame[column].astype(str) != shared[column].astype(str)).sum())
        assert changed == (edited[0]["cells"] if edited else 0), column
    assert summary["email_column"] == email_column
    if email_column:
        salt = shop_salt(db)
        assert shared["customer_ref"].tolist() == [pseudonym(e, salt) for e in frame[email_column]]
    return summary, shared


def test_woocommerce_export_keeps_no_email_name_street_zip_or_phone(shop, tmp_path):
    source = tmp_path / "woo.csv"
    woo_export().to_csv(source, index=False)
    summary, shared = check_shared(shop, source, tmp_path / "woo.shared.csv", "customer_email")
    assert "billing_email" in summary["removed"] and "billing_postcode" in summary["removed"]
    # what a helper needs stays as it was
    assert shared["product_name"].tolist() == woo_export()["product_name"].tolist()
    assert shared["billing_country"].tolist() == woo_export()["billing_country"].tolist()
    ids = dict(shop.execute("SELECT email, id FROM customers").fetchall())
    assert match_pseudonyms(shop, shared["customer_ref"]).tolist() == [ids[e] for e in woo_export()["customer_email"]]


def test_shopify_orders_and_customers_exports(shop, tmp_path):
    source = tmp_path / "orders_export.csv"
    shopify_orders().to_csv(source, index=False)
    summary, shared = check_shared(shop, source, tmp_path / "orders.shared.csv", "Email")
    assert shared["Name"].tolist() == shopify_orders()["Name"].tolist()  # the order number is not a person
    notes = [c for c in summary["changes"] if c["column"] == "Notes"]
    assert notes and notes[0]["cells"] == len(shopify_orders())
    assert set(shared["Notes"]) == {"Gift-wrap it for [name] please"}
    source = tmp_path / "customers_export.csv"
    shopify_customers().to_csv(source, index=False)
    _summary, shared = check_shared(shop, source, tmp_path / "customers.shared.csv", "Email")
    assert shared["Accepts Email Marketing"].tolist() == ["yes"] * len(PEOPLE)


def test_online_retail_and_a_generic_file_decided_by_content(shop, tmp_path):
    source = tmp_path / "online_retail.csv"
    online_retail().to_csv(source, index=False)
    check_shared(shop, source, tmp_path / "retail.shared.csv", "Email")
    source = tmp_path / "generic.csv"
    generic_export().to_csv(source, index=False)
    summary, shared = check_shared(shop, source, tmp_path / "generic.shared.csv", "Kontakt")
    assert set(summary["removed"]) == {"Kontakt", "Wer", "Nummer", "Anschrift", "Ort"}
    assert list(shared.columns) == ["customer_ref", "Beleg", "Artikel", "Betrag"]


@pytest.mark.parametrize("target", ["mailchimp", "klaviyo", "shopify", "csv", "xlsx"])
def test_offer_files_the_app_writes(shop, tmp_path, target):
    spec = OfferSpec("all", target, control_share=0.0, subject_template="{first_name}, a gift for you")
    result = make_offer(shop, spec, tmp_path / f"offer_{target}", record=False)
    main = result.written[0]
    frame, _text = read_back(main)
    assert len(frame) == len(PEOPLE)
    email = {"mailchimp": "Email Address", "klaviyo": "Email", "shopify": "Email", "csv": "E-mail",
             "xlsx": "E-mail"}[target]
    out = tmp_path / f"shared_{target}{main.suffix}"
    summary, shared = check_shared(shop, main, out, email)
    subject = {"mailchimp": "SUBJECT", "klaviyo": "Subject Line", "csv": "Subject line", "xlsx": "Subject line"}
    if target in subject:
        with_name = int(frame[subject[target]].str.contains("a gift for you").sum())
        assert with_name == len(PEOPLE)
        assert set(shared[subject[target]]) == {"[name], a gift for you"}
        assert summary["removed"][subject[target]] == with_name


def test_cli_prints_what_it_removed_per_column(shop, tmp_path, capsys):
    path = tmp_path / "shop.shop.db"
    source = tmp_path / "woo.csv"
    woo_export().to_csv(source, index=False)
    assert cli(["pseudonymise", str(source), "--db", str(path), "--out", str(tmp_path / "o.csv")]) == 0
    out = capsys.readouterr().out
    expected = personal_columns(woo_export())
    for column, cells in expected.items():
        assert re.search(rf"{re.escape(column)}: .*\b{cells}\b", out), column
    assert cli(["pseudonymise", str(source), "--db", str(path), "--out", str(tmp_path / "o.csv"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k: v for k, v in data["removed"].items() if k in expected} == expected
