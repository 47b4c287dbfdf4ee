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
        # "C" invoices are returns that count (their lines take money off), not cancelled orders.
        "cancelled_orders": 0,
        "returns": raw.loc[raw[invoice_col].str.startswith("C"), invoice_col].nunique(),
    }


def net_product_revenue(raw: pd.DataFrame) -> float:
    """Σ quantity × price of every line, returns included, postage and fees (codes without a digit) left out.

    A return ("C" invoice) counts when its customer (or, for a guest, any guest) bought something before it: a
    return of goods bought before the data starts is not counted."""
    products = raw["StockCode"].astype(str).str.contains(r"\d") & ~raw["StockCode"].astype(str).str.upper().isin(
        ["C2", "BANK CHARGES", "AMAZONFEE", "TEST001", "TEST002", "ADJUST2", "SP1002"])
    invoice = raw["Invoice"] if "Invoice" in raw else raw["InvoiceNo"]
    customer = (raw["Customer ID"] if "Customer ID" in raw else raw["CustomerID"]).fillna(-1)
    when = pd.to_datetime(raw["InvoiceDate"])
    is_return = invoice.astype(str).str.startswith("C")
    bought = pd.DataFrame({"customer": customer, "when": when})[~is_return & (raw["Quantity"] > 0)]
    first_purchase = bought.groupby("customer")["when"].min()
    counts = ~is_return | (when >= customer.map(first_purchase))
    price = raw["Price"] if "Price" in raw else raw["UnitPrice"]
    return round(float((raw["Quantity"] * price)[products & counts].sum()), 2)


def test_tiny_file_counts_revenue_and_non_product(fresh_db, tiny_shop_csv):
    result = import_file(fresh_db, tiny_shop_csv)
    summary = shop_summary(fresh_db)
    for key, value in pandas_counts(tiny_shop_csv).items():
        assert summary[key] == value, key
    assert result.rows_without_customer == 1
    # revenue: net product revenue, postage left out, the C1004 return taken off
    assert summary["revenue"] == net_product_revenue(pd.read_csv(tiny_shop_csv)) == round(
        7 + 4.25 + 21 + 5.85 + 17 + 3.9 - 3.5, 2)
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
    # customer 100: purchases 1001 and 1005; the C1004 return is not a purchase but takes its 3.50 off;
    # last order 2024-03-20 is the shop's last order; postage is not revenue
    raw = pd.read_csv(tiny_shop_csv)
    mine = raw[raw["Customer ID"] == 100]
    assert table.loc["100", "frequency"] == mine.loc[mine["Invoice"].str.isdigit(), "Invoice"].nunique()
    assert table.loc["100", "recency_days"] == 0
    assert table.loc["100", "monetary"] == net_product_revenue(raw[raw["Customer ID"] == 100]) == round(
        7 + 4.25 + 17 + 3.9 - 3.5, 2)
    assert table.loc["200", "recency_days"] == (pd.Timestamp("2024-03-20 16:45") - pd.Timestamp("2024-02-10 11:30")).days


def test_real_online_retail_ii_matches_pandas(fresh_db, shared_data):
    path = shared_data / "online_retail_II.csv"
    import_file(fresh_db, path)
    summary = shop_summary(fresh_db)
    expected = pandas_counts(path)
    assert {k: summary[k] for k in expected} == expected
    raw = pd.read_csv(path)
    assert abs(summary["revenue"] - net_product_revenue(raw)) < 1.0
