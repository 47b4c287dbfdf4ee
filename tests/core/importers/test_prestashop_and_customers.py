"""PrestaShop's order list (order totals only), order details and customer list, and WooCommerce's customer list:
counts, net revenue and consent as pandas reads them from the fixtures (export_fixtures.py)."""

import pandas as pd
import pytest

from core.consent import consent_counts
from core.data import load_lines, load_orders
from core.importers.batch import import_batch
from core.importers.registry import detect_format
from tests.core.importers.export_fixtures import (
    prestashop_customers,
    prestashop_details,
    prestashop_list,
    woo_customers,
    write,
)


def _revenue(db) -> pd.Series:
    return load_orders(db).set_index("order_ref")["revenue"].sort_index()


def test_order_list_imports_orders_without_products(fresh_db, tmp_path):
    frame = prestashop_list()
    path = write(frame, tmp_path / "order_2024-02.csv", sep=";")
    assert detect_format(list(frame.columns))[0].key == "prestashop"
    result = import_batch(fresh_db, [path])
    totals = pd.to_numeric(frame["Total"].str.replace(" zł", "", regex=False))
    counted = frame["Status"] != "Anulowane"
    want = totals[counted.to_numpy()].set_axis(frame.loc[counted, "ID"]).sort_index()
    got = _revenue(fresh_db)
    assert list(got.index) == list(want.index)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    assert fresh_db.execute("SELECT COUNT(*) FROM orders WHERE lines_known = 0").fetchone()[0] == len(frame)
    assert {r[0] for r in fresh_db.execute("SELECT DISTINCT currency FROM orders")} == {"PLN"}
    assert load_lines(fresh_db).empty
    assert "SQL Manager" in str(result.products_note)
    # customers are known by their names only: segments and lists still have someone to count
    assert fresh_db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == frame["Customer"].nunique()


def test_order_details_share_the_order_discount_once(fresh_db, tmp_path):
    frame = prestashop_details()
    path = write(frame, tmp_path / "order_detail.csv", sep=";")
    assert detect_format(list(frame.columns))[0].key == "prestashop_details"
    result = import_batch(fresh_db, [path])
    assert (result.lines_added, result.rows_skipped) == (len(frame), 0)
    lines = pd.to_numeric(frame["total_price_tax_excl"]).groupby(frame["id_order"]).sum()
    discount = pd.to_numeric(frame["total_discounts_tax_excl"]).groupby(frame["id_order"]).first()
    want = (lines - discount).sort_index()
    got = _revenue(fresh_db)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    # Cyrillic product names in a UTF-8 file: the shop's currency is guessed as RUB, not a silent EUR
    assert {r[0] for r in fresh_db.execute("SELECT DISTINCT currency FROM orders")} == {"RUB"}
    assert not result.products_note


def test_prestashop_customers_consent_and_registration(fresh_db, tmp_path):
    frame = prestashop_customers()
    path = write(frame, tmp_path / "customer_2024.csv", sep=";")
    assert detect_format(list(frame.columns))[0].key == "prestashop_customers"
    result = import_batch(fresh_db, [path])
    assert result.customers_added == len(frame)
    consent = consent_counts(fresh_db)
    want = frame["Newsletter"].replace({"1": "yes", "0": "no", "": "unknown"}).value_counts().to_dict()
    assert {k: v for k, v in consent.items() if v} == want
    created = dict(fresh_db.execute("SELECT email, created_at FROM customers").fetchall())
    assert created["ivan@example.ru"].startswith("2024-01-15")


def test_customer_list_after_orders_fills_created_at_and_keeps_unknown_consent(fresh_db, tmp_path):
    details = write(prestashop_details(), tmp_path / "order_detail.csv", sep=";")
    import_batch(fresh_db, [details])
    frame = woo_customers()
    path = write(frame, tmp_path / "customers.csv")
    assert detect_format(list(frame.columns))[0].key == "woocommerce_customers"
    result = import_batch(fresh_db, [path])
    assert result.customers_added == frame["Email"].nunique()
    rows = dict(fresh_db.execute("SELECT email, created_at FROM customers WHERE email LIKE '%example.com'"))
    assert rows == {"ann@example.com": "2023-12-01T00:00:00Z", "bob@example.com": "2024-01-10T00:00:00Z"}
    consent = dict(fresh_db.execute("SELECT email, accepts_marketing FROM customers WHERE email LIKE '%example.com'"))
    assert set(consent.values()) == {None}  # no consent column: unknown, which is not consent


POLISH_LIST = {"Reference": "Indeks", "New client": "Nowy klient", "Delivery": "Dostawa", "Customer": "Klient",
               "Total": "Razem", "Payment": "Płatność", "Date": "Data"}


def test_order_list_in_the_back_office_language(fresh_db, tmp_path):
    """A Polish back office writes the list's header in Polish (ID;Indeks;Nowy klient;Dostawa;Klient;Razem;…)."""
    frame = prestashop_list().rename(columns=POLISH_LIST)
    path = write(frame, tmp_path / "order_2024-02.csv", sep=";", encoding="cp1250", decimal_comma=True,
                 money=("Razem",), dates=("Data",), date_format="%d.%m.%Y %H:%M:%S")
    assert detect_format(list(frame.columns))[0].key == "prestashop"
    import_batch(fresh_db, [path])
    totals = pd.to_numeric(frame["Razem"].str.replace(" zł", "", regex=False))
    counted = (frame["Status"] != "Anulowane").to_numpy()
    assert load_orders(fresh_db)["revenue"].sum() == pytest.approx(totals[counted].sum())
    assert fresh_db.execute("SELECT COUNT(*) FROM orders WHERE is_cancelled = 1").fetchone()[0] == (~counted).sum()


def test_woocommerce_user_export_with_a_newsletter_column(fresh_db, tmp_path):
    """A WordPress/WebToffee user export (customer_id, user_login, user_email, first_name, last_name,
    user_registered, billing_phone) with a newsletter column: its 1/0/empty are yes/no/unknown."""
    frame = pd.DataFrame({
        "customer_id": ["7", "8", "9"], "user_login": ["ann", "bob", "cid"],
        "user_email": ["ann@example.com", "bob@example.com", "cid@example.com"],
        "first_name": ["Ann", "Bob", "Cid"], "last_name": ["Lee", "Stone", "Moe"],
        "user_registered": ["2023-05-01 10:00:00", "2023-06-11 12:30:00", "2024-01-02 08:00:00"],
        "billing_phone": ["+4712345678", "", ""], "newsletter": ["1", "0", ""]})
    path = write(frame, tmp_path / "users.csv")
    assert detect_format(list(frame.columns))[0].key == "woocommerce_customers"
    result = import_batch(fresh_db, [path])
    assert result.customers_added == len(frame)
    want = frame["newsletter"].replace({"1": "yes", "0": "no", "": "unknown"}).value_counts().to_dict()
    assert {k: v for k, v in consent_counts(fresh_db).items() if v} == want
    rows = dict(fresh_db.execute("SELECT email, created_at FROM customers"))
    assert rows["bob@example.com"] == "2023-06-11T12:30:00Z"
