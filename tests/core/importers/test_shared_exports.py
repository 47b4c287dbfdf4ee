"""The importers on the real shared files, with counts checked against an independent pandas computation."""

import pandas as pd
import pytest

from core.importers.base import ImportOptions
from core.importers.pipeline import import_file, import_files
from core.importers.values import AmbiguousDatesError


def db_counts(db):
    q = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {"orders": q("SELECT COUNT(*) FROM orders"), "lines": q("SELECT COUNT(*) FROM order_lines"),
            "customers": q("SELECT COUNT(*) FROM customers"),
            "cancelled_orders": q("SELECT COUNT(*) FROM orders WHERE is_cancelled = 1"),
            "line_total": q("SELECT SUM(line_total_minor) FROM order_lines") / 100}


def test_shopify_test_store(fresh_db, shared_data):
    path = shared_data / "shopify" / "orders_export_test_store.csv"
    raw = pd.read_csv(path, dtype=str)
    first = raw.drop_duplicates("Name")  # order-level fields sit on each order's first row
    emails = first["Email"].dropna().str.strip().str.lower()
    cancelled = first["Financial Status"].isin(["refunded", "voided"]) | first["Cancelled at"].notna()
    expected = {"orders": raw["Name"].nunique(), "lines": len(raw), "customers": emails.nunique(),
                "cancelled_orders": int(cancelled.sum()),
                "line_total": round((raw["Lineitem quantity"].astype(float) * raw["Lineitem price"].astype(float)).sum(), 2)}
    result = import_file(fresh_db, path)
    got = db_counts(fresh_db)
    got["line_total"] = round(got["line_total"], 2)
    assert got == expected
    with_email = raw.assign(Email=raw.groupby("Name")["Email"].transform("first"))
    assert result.rows_without_customer == int(with_email["Email"].isna().sum())


def test_woocommerce_mock(fresh_db, shared_data):
    path = shared_data / "woocommerce" / "orders_export_mock.csv"
    raw = pd.read_csv(path, dtype=str, encoding="utf-8-sig")
    first = raw.drop_duplicates("order_number")
    expected = {"orders": raw["order_number"].nunique(), "lines": len(raw),
                "customers": raw["customer_email"].str.strip().str.lower().nunique(),
                "cancelled_orders": int(first["status"].isin(["cancelled", "refunded", "failed"]).sum()),
                "line_total": round(raw["item_total"].astype(float).sum(), 2)}
    import_file(fresh_db, path)
    got = db_counts(fresh_db)
    got["line_total"] = round(got["line_total"], 2)
    assert got == expected
    total = fresh_db.execute("SELECT SUM(total_minor) FROM orders").fetchone()[0] / 100
    assert total == pytest.approx(first["order_total"].astype(float).sum())


def test_cdnow_master(fresh_db, shared_data):
    path = shared_data / "cdnow" / "CDNOW_master.txt"
    raw = pd.read_csv(path, sep=r"\s+", dtype={"customer_id": str, "date": str})
    expected = {"orders": len(raw.drop_duplicates(["customer_id", "date"])), "lines": len(raw),
                "customers": raw["customer_id"].nunique(), "cancelled_orders": 0,
                "line_total": round(raw["dollar_value"].sum(), 2)}
    import_file(fresh_db, path)
    got = db_counts(fresh_db)
    got["line_total"] = round(got["line_total"], 2)
    assert got == expected
    assert expected["customers"] == 23570


def test_olist_excel_mangled_set(fresh_db, shared_data):
    folder = shared_data / "olist"
    read = lambda name: pd.read_csv(folder / name, dtype=str, encoding="utf-8-sig").dropna(how="all")  # noqa: E731
    orders, items = read("olist_orders_dataset.csv"), read("olist_order_items_dataset.csv")
    customers = read("olist_customers_dataset.csv")
    joined = items.merge(orders, on="order_id").merge(customers, on="customer_id", how="left")
    person = joined["customer_unique_id"].fillna(joined["customer_id"])
    first = joined.drop_duplicates("order_id")
    expected = {"orders": joined["order_id"].nunique(), "lines": len(joined), "customers": person.nunique(),
                "cancelled_orders": int(first["order_status"].isin(["canceled", "unavailable"]).sum()),
                "line_total": round(joined["price"].astype(float).sum(), 2)}
    result = import_files(fresh_db, sorted(folder.glob("*.csv")))
    got = db_counts(fresh_db)
    got["line_total"] = round(got["line_total"], 2)
    assert got == expected
    assert result.skip_reasons["item's order is not in the orders file"] == int((~items["order_id"].isin(orders["order_id"])).sum())
    # M/D/YYYY H:MM dates: the first order's purchase time, read independently
    one = first.iloc[0]
    stamp = pd.to_datetime(one["order_purchase_timestamp"], format="%m/%d/%Y %H:%M").strftime("%Y-%m-%dT%H:%M:%SZ")
    assert fresh_db.execute("SELECT ordered_at FROM orders WHERE external_id = ?", [one["order_id"]]).fetchone()[0] == stamp


@pytest.mark.parametrize("name", ["online_retail.csv", "online_retail_dayfirst_sample.csv"])
def test_online_retail_variants(fresh_db, shared_data, name):
    path = shared_data / name
    options = None
    if "dayfirst" in name:
        # every date there is 1/12/2010: ambiguous, so the import asks instead of guessing
        with pytest.raises(AmbiguousDatesError):
            import_file(fresh_db, path)
        options = ImportOptions(day_first=True)
    raw = pd.read_csv(path, dtype=str)
    customer = raw["CustomerID"].str.replace(r"\.0$", "", regex=True)
    expected = {"orders": raw["InvoiceNo"].nunique(), "lines": len(raw), "customers": customer.nunique(),
                # "C" invoices are returns that count (money off), not cancelled orders
                "cancelled_orders": 0,
                "line_total": round((raw["Quantity"].astype(float) * raw["UnitPrice"].astype(float)).sum(), 2)}
    import_file(fresh_db, path, options)
    got = db_counts(fresh_db)
    if options:
        first_day = fresh_db.execute("SELECT MIN(ordered_at) FROM orders").fetchone()[0]
        expected_first = pd.to_datetime(raw["InvoiceDate"], dayfirst=True, format="%d/%m/%Y %H:%M").min()
        assert first_day == expected_first.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert {k: v for k, v in got.items() if k != "line_total"} == {k: v for k, v in expected.items() if k != "line_total"}
    assert got["line_total"] == pytest.approx(expected["line_total"], abs=0.01 * len(raw))
    returns = fresh_db.execute("SELECT COUNT(*) FROM orders WHERE status = 'returned'").fetchone()[0]
    assert returns == raw.loc[raw["InvoiceNo"].str.startswith("C"), "InvoiceNo"].nunique()
