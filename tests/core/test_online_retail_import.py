"""The Online Retail importer against independent pandas counts, on a fixture and on the real file."""

import pandas as pd

from core.importers.pipeline import import_file
from core.summary import shop_summary
from core.analysis.rfm import rfm_table


def pandas_counts(path):
    raw = pd.read_csv(path, dtype=str)
    invoice_col = "Invoice" if "Invoice" in raw else "InvoiceNo"
    customer_col = "Customer ID" if "Customer ID" in raw else "CustomerID"
    with_customer = raw[raw[customer_col].notna()]
    return {
        "lines": len(raw),
        "lines_with_customer": len(with_customer),
        "orders": raw[invoice_col].nunique(),
        "orders_with_customer": with_customer[invoice_col].nunique(),
        "customers": with_customer[customer_col].nunique(),
        "cancelled_orders": raw.loc[raw[invoice_col].str.startswith("C"), invoice_col].nunique(),
    }


def test_tiny_file_counts_revenue_and_non_product(fresh_db, tiny_shop_csv):
    result = import_file(fresh_db, tiny_shop_csv)
    summary = shop_summary(fresh_db)
    for key, value in pandas_counts(tiny_shop_csv).items():
        assert summary[key] == value, key
    assert result.rows_without_customer == 1
    # revenue: non-cancelled lines, postage included: 2*3.5 + 4.25 + 15 + 6*3.5 + 3*1.95 + 4*4.25 + 2*1.95
    assert summary["revenue"] == round(7 + 4.25 + 15 + 21 + 5.85 + 17 + 3.9, 2)
    postage = fresh_db.execute("SELECT is_product FROM products WHERE sku = 'POST'").fetchone()[0]
    assert postage == 0
    assert summary["products"] == 3


def test_reimport_adds_nothing(fresh_db, tiny_shop_csv):
    import_file(fresh_db, tiny_shop_csv)
    before = shop_summary(fresh_db)
    again = import_file(fresh_db, tiny_shop_csv)
    after = shop_summary(fresh_db)
    assert (again.orders_added, again.lines_added, again.customers_added) == (0, 0, 0)
    assert {k: v for k, v in after.items() if k != "imports"} == {k: v for k, v in before.items() if k != "imports"}


def test_rfm_of_tiny_shop(fresh_db, tiny_shop_csv):
    import_file(fresh_db, tiny_shop_csv)
    table = rfm_table(fresh_db).set_index("name")
    # customer 100: orders 1001 and 1005 (C1004 is cancelled); last order 2024-03-20 is the shop's last order
    assert table.loc["100", "frequency"] == 2
    assert table.loc["100", "recency_days"] == 0
    assert table.loc["100", "monetary"] == round(7 + 4.25 + 15 + 17 + 3.9, 2)
    assert table.loc["200", "recency_days"] == (pd.Timestamp("2024-03-20 16:45") - pd.Timestamp("2024-02-10 11:30")).days


def test_real_online_retail_ii_matches_pandas(fresh_db, shared_data):
    path = shared_data / "online_retail_II.csv"
    import_file(fresh_db, path)
    summary = shop_summary(fresh_db)
    expected = pandas_counts(path)
    assert {k: summary[k] for k in expected} == expected
    raw = pd.read_csv(path)
    valid = raw[~raw["Invoice"].astype(str).str.startswith("C") & (raw["Quantity"] > 0)]
    assert abs(summary["revenue"] - round((valid["Quantity"] * valid["Price"]).sum(), 2)) < 1.0
