"""One person per record, and consent that follows the customer (issue 14 §2-3).

Customers export columns: Shopify's customers export as documented in Shopify Help ("Using CSV files to import
and export customers": Customer ID, First Name, Last Name, Email, Accepts Email Marketing, Default Address …,
Phone, Accepts SMS Marketing, Total Spent, Total Orders, Note, Tax Exempt, Tags). Orders columns: the real Shopify
export in ../shared/data/shopify/orders_export_test_store.csv.
"""

from __future__ import annotations

import os
import time

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.consent import consent_counts
from core.importers.pipeline import import_file
from core.offers.campaign import OfferSpec, build_offer
from core.privacy import customer_data
from core.store import open_memory_shop

CUSTOMER_COLUMNS = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
                    "Default Address Company", "Default Address City", "Default Address Country Code",
                    "Default Address Phone", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders",
                    "Note", "Tax Exempt", "Tags"]
ORDER_COLUMNS = ["Name", "Email", "Financial Status", "Accepts Marketing", "Currency", "Subtotal", "Total",
                 "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku", "Billing Name",
                 "Billing Phone"]


def customers_file(path, people: list[dict]) -> None:
    rows = [{"Customer ID": p["id"], "First Name": p["first"], "Last Name": p["last"], "Email": p["email"] or "",
             "Accepts Email Marketing": p.get("email_ok", ""), "Default Address Company": "",
             "Default Address City": p.get("city", ""), "Default Address Country Code": "PL",
             "Default Address Phone": "", "Phone": p.get("phone", ""), "Accepts SMS Marketing": p.get("sms_ok", ""),
             "Total Spent": "0.00", "Total Orders": "0", "Note": "", "Tax Exempt": "no", "Tags": ""}
            for p in people]
    pd.DataFrame(rows, columns=CUSTOMER_COLUMNS).to_csv(path, index=False)


def orders_file(path, orders: list[dict]) -> None:
    rows = [{"Name": o["name"], "Email": o.get("email", ""), "Financial Status": "paid",
             "Accepts Marketing": o.get("ok", ""), "Currency": "PLN", "Subtotal": "10.00", "Total": "10.00",
             "Created at": o["at"], "Lineitem quantity": "1", "Lineitem name": "Kubek", "Lineitem price": "10.00",
             "Lineitem sku": "KUBEK-1", "Billing Name": o.get("billing", ""), "Billing Phone": o.get("phone", "")}
            for o in orders]
    pd.DataFrame(rows, columns=ORDER_COLUMNS).to_csv(path, index=False)


THREE_ON_ONE_ID = [
    {"id": "7071420000000", "first": "Anna", "last": "Nowak", "email": "anna@example.pl", "email_ok": "yes"},
    {"id": "7071420000000", "first": "Jan", "last": "Kowalski", "email": "jan@example.pl", "email_ok": "no"},
    {"id": "7071420000000", "first": "Ewa", "last": "Lis", "email": "ewa@example.pl", "email_ok": "yes"},
    {"id": "7071428329644", "first": "Olga", "last": "Zima", "email": "olga@example.pl", "email_ok": "yes"},
]


def test_rounded_ids_never_merge_three_people(tmp_path):
    path = tmp_path / "customers_export.csv"
    customers_file(path, THREE_ON_ONE_ID)
    db = open_memory_shop()
    result = import_file(db, path)
    assert "rounded" in result.identity_note or "different e-mails" in result.identity_note
    emails = sorted(r[0] for r in db.execute("SELECT email FROM customers").fetchall())
    assert emails == sorted(p["email"] for p in THREE_ON_ONE_ID)
    for person in THREE_ON_ONE_ID:
        data = customer_data(db, email=person["email"])
        text = repr(data)
        others = [p for p in THREE_ON_ONE_ID if p is not person]
        assert person["email"] in text and person["last"] in text
        assert not any(o["email"] in text or o["last"] in text for o in others), person["email"]


def test_scientific_notation_ids_are_not_trusted(tmp_path):
    people = [dict(p, id="7.07142E+12") for p in THREE_ON_ONE_ID[:3]]
    path = tmp_path / "customers_export.csv"
    customers_file(path, people)
    db = open_memory_shop()
    result = import_file(db, path)
    assert result.identity_note
    assert db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 3
    assert db.execute("SELECT COUNT(*) FROM customer_sources").fetchone()[0] == 0


def test_intact_ids_still_join_a_person_across_files(tmp_path):
    db = open_memory_shop()
    first = tmp_path / "a.csv"
    customers_file(first, [{"id": "7071428329643", "first": "Anna", "last": "Nowak", "email": "", "phone": ""}])
    import_file(db, first)
    second = tmp_path / "b.csv"
    customers_file(second, [{"id": "7071428329643", "first": "Anna", "last": "Nowak", "email": "anna@example.pl"}])
    result = import_file(db, second)
    assert result.identity_note == ""
    assert db.execute("SELECT COUNT(*), MAX(email) FROM customers").fetchone() == (1, "anna@example.pl")


def test_a_customer_with_only_a_phone_is_kept(tmp_path):
    path = tmp_path / "orders_export.csv"
    orders_file(path, [{"name": "#1", "at": "2025-01-02 10:00:00 +0100", "phone": "+48 601 234 567",
                        "billing": "Piotr Maj"},
                       {"name": "#2", "at": "2025-02-02 10:00:00 +0100", "phone": "0048601234567",
                        "billing": "Piotr Maj"}])
    db = open_memory_shop()
    result = import_file(db, path)
    assert result.rows_without_customer == 0
    assert db.execute("SELECT key FROM customers").fetchall() == [("phone:+48601234567",)]
    assert db.execute("SELECT COUNT(DISTINCT customer_id) FROM orders").fetchone()[0] == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["ala", "ola", "jan", "ewa", "kim", "lou"]),
                          st.sampled_from(["7071420000000", "7071428329643", "7.07142E+12", "", "5", "6"])),
                min_size=1, max_size=8, unique_by=lambda t: t[0]))
def test_export_customer_holds_only_that_persons_data(tmp_path_factory, people):
    """Property: whatever the ids (rounded, repeated, intact, missing), each person's export is theirs alone."""
    path = tmp_path_factory.mktemp("shop") / "customers_export.csv"
    records = [{"id": pid, "first": name.title(), "last": f"{name.title()}ski", "email": f"{name}@example.pl"}
               for name, pid in people]
    customers_file(path, records)
    db = open_memory_shop()
    import_file(db, path)
    assert db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == len(records)
    for person in records:
        text = repr(customer_data(db, email=person["email"]))
        assert all(o["email"] not in text and o["last"] not in text for o in records if o is not person)


def _consent_of(db, email):
    return db.execute("SELECT accepts_marketing FROM customers WHERE email = ?", (email,)).fetchone()[0]


def _consent_files(tmp_path):
    orders = tmp_path / "orders_export.csv"
    orders_file(orders, [
        {"name": "#1", "email": "anna@example.pl", "ok": "yes", "at": "2025-01-02 10:00:00 +0100"},
        {"name": "#2", "email": "jan@example.pl", "ok": "no", "at": "2025-01-03 10:00:00 +0100"},
        {"name": "#3", "email": "ewa@example.pl", "ok": "", "at": "2025-01-04 10:00:00 +0100"},
        {"name": "#4", "email": "olga@example.pl", "ok": "yes", "at": "2025-01-05 10:00:00 +0100"},
    ])
    customers = tmp_path / "customers_export.csv"
    customers_file(customers, [
        {"id": "1", "first": "Anna", "last": "Nowak", "email": "anna@example.pl", "email_ok": "no"},   # unsubscribed
        {"id": "2", "first": "Jan", "last": "Kowalski", "email": "jan@example.pl", "email_ok": "yes"},  # opted in
        {"id": "3", "first": "Ewa", "last": "Lis", "email": "ewa@example.pl", "email_ok": ""},         # unknown
    ])
    return orders, customers


def test_consent_is_the_same_whatever_the_import_order(tmp_path):
    orders, customers = _consent_files(tmp_path)
    results = []
    for order in ([orders, customers], [customers, orders]):
        db = open_memory_shop()
        for path in order:
            import_file(db, path)
        results.append({e: _consent_of(db, e) for e in ("anna@example.pl", "jan@example.pl", "ewa@example.pl",
                                                        "olga@example.pl")})
        assert consent_counts(db) == {"yes": 2, "no": 1, "unknown": 1}
    assert results[0] == results[1] == {"anna@example.pl": 0, "jan@example.pl": 1, "ewa@example.pl": None,
                                        "olga@example.pl": 1}


def test_a_later_order_statement_beats_an_older_customer_list(tmp_path):
    orders, customers = _consent_files(tmp_path)
    old = time.mktime((2024, 12, 1, 0, 0, 0, 0, 0, -1))
    os.utime(customers, (old, old))  # the customer list was exported before the orders
    db = open_memory_shop()
    import_file(db, orders)
    import_file(db, customers)
    assert _consent_of(db, "anna@example.pl") == 1   # said yes on 2 January, after the December list's "no"
    source = db.execute("SELECT source, stated_at FROM consent k JOIN customers c ON c.id = k.customer_id "
                        "WHERE c.email = 'anna@example.pl'").fetchone()
    assert source == ("order", "2025-01-02T09:00:00Z")


def test_an_unsubscribed_customer_never_reaches_an_offer_file(tmp_path):
    orders, customers = _consent_files(tmp_path)
    db = open_memory_shop()
    import_file(db, orders)
    import_file(db, customers)
    for target in ("mailchimp", "klaviyo", "shopify", "csv"):
        for include_unknown in (False, True):
            result = build_offer(db, OfferSpec("all", target, control_share=0.0,
                                               include_unknown_consent=include_unknown))
            text = result.file.to_csv() + result.control.to_csv()
            assert "anna@example.pl" not in text, target
            assert ("ewa@example.pl" in text) == include_unknown, target
            assert "jan@example.pl" in text and "olga@example.pl" in text
            assert result.counts["left_out_no_consent"] == 1
            assert result.counts["consent_unknown"] == 1
