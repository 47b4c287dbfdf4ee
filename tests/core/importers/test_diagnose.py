"""A failed import says so: a layout missing a key column is not detected, an import in which every row is skipped
fails (exit 1) naming the cause, and importing the same file again is not a failure. Row counts in the expected
messages are counted with pandas from the fixture files, not taken from the code under test."""

from __future__ import annotations

import pandas as pd
import pytest

from core.__main__ import main
from core.errors import ImportFailed
from core.importers.base import ImportOptions
from core.importers.diagnose import diagnose, key_columns
from core.importers.pipeline import import_file
from core.importers.registry import FORMATS, detect_format, nearest_format

# The header of a Squarespace "Download CSV" orders export, as found in a public repository's sample data
# (an order per "Order ID", line items as "Lineitem …"; no "Name" column, unlike Shopify).
SQUARESPACE_HEADER = (
    "Order ID,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,Shipping,Taxes,"
    "Amount Refunded,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
    "Lineitem price,Lineitem sku,Lineitem variant,Lineitem requires shipping,Lineitem taxable,"
    "Lineitem fulfillment status,Billing Name,Billing Address1,Billing Address2,Billing City,Billing Zip,"
    "Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Address1,Shipping Address2,Shipping City,"
    "Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Cancelled at,Private Notes,Payment Method,"
    "Payment Reference")
# Shopify admin "Export orders" columns (the first 24 of the real 79-column header in ../shared/data/shopify).
SHOPIFY_HEADER = ("Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,"
                  "Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,"
                  "Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,"
                  "Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status")


def squarespace_file(path, orders=90, order_column=True):
    """Write a Squarespace orders export; without ``order_column`` its ``Order ID`` column is left out (a
    Shopify-like file with no order number at all, which no layout fits)."""
    rows = [SQUARESPACE_HEADER if order_column else SQUARESPACE_HEADER.split(",", 1)[1]]
    blank = "," * 19
    for number in range(1, orders + 1):
        key = f"{number}," if order_column else ""
        rows.append(f"{key}c{number}@example.com,PAID,7/25/2018 21:06,pending,,USD,20,10,0,0,30,,0,Flat rate,"
                    f"7/25/2018 21:06,1,Washed Colombian Coffee,10,SQ0509144,200g,TRUE,TRUE,pending,Ann Lee{blank}")
        rows.append(f"{key},,,,,,,,,,,,,,,2,Washed Ethiopian Coffee,10,SQ0030016,200g,TRUE,TRUE,pending{blank},")
        rows.append(f"{key},,,,,,,,,,,,,,,1,Route Shipping Protection,2.15,ROUTEINS,,FALSE,FALSE,pending"
                    f"{blank},")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def near_shopify_file(path, orders=90):
    """Write a Shopify-like orders file without any order number column (not a layout Shopkeeper knows)."""
    return squarespace_file(path, orders, order_column=False)


def shopify_file(path, price="12.50", orders=5):
    rows = [SHOPIFY_HEADER]
    for number in range(1, orders + 1):
        rows.append(f"#{1000 + number},c{number}@example.com,paid,2025-05-11 09:55:16 -0400,fulfilled,,no,EUR,25,0,0,"
                    f"25,,0,,2025-05-11 09:55:16 -0400,2,Blue mug,{price},,MUG-1,true,true,fulfilled")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def counts(db):
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("imports", "orders", "order_lines", "customers", "products")}


def test_squarespace_export_is_not_taken_for_shopify(fresh_db, tmp_path):
    columns = SQUARESPACE_HEADER.split(",")
    fmt, _score = detect_format(columns)
    assert fmt.key == "squarespace_orders"
    # without its order number no layout fits: Shopify's is the nearest, and the message names what it lacks
    columns = columns[1:]
    fmt, _score = detect_format(columns)
    assert fmt is None
    near, missing = nearest_format(columns)
    assert near.key == "shopify_orders" and missing == [("the order number", "Name")]
    path = near_shopify_file(tmp_path / "orders.csv")
    with pytest.raises(ImportFailed, match=r"does not recognise the columns of orders\.csv.*Shopify orders export.*"
                                           r"order number \('Name'\)") as caught:
        import_file(fresh_db, path)
    assert caught.value.details["cause"] == "not_recognised"
    assert counts(fresh_db) == dict.fromkeys(counts(fresh_db), 0)


def test_every_row_skipped_fails_naming_the_missing_column(fresh_db, tmp_path):
    path = squarespace_file(tmp_path / "orders.csv")
    rows = len(pd.read_csv(path, dtype=str))
    assert rows == 270
    with pytest.raises(ImportFailed) as caught:
        import_file(fresh_db, path, ImportOptions(format_key="shopify_orders"))
    assert str(caught.value) == (
        "Nothing was imported from orders.csv: all 270 rows were skipped because the file has no column for the "
        "order number ('Name'), which a Shopify orders export has; choose the right format or map the columns by "
        "hand.")
    assert caught.value.details["rows"] == rows and caught.value.details["missing"] == [("the order number", "Name")]
    assert counts(fresh_db) == dict.fromkeys(counts(fresh_db), 0)  # rolled back, no import logged


def test_cli_exits_1_with_one_sentence(tmp_path, capsys):
    path = near_shopify_file(tmp_path / "orders.csv")
    db = tmp_path / "shop.db"
    assert main(["import", str(path), "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: Shopkeeper does not recognise the columns of orders.csv") and "'Name'" in err
    assert err.count("\n") == 0
    assert main(["import", str(path), "--db", str(db), "--format", "shopify_orders"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: Nothing was imported from orders.csv: all 270 rows were skipped because")


def test_all_prices_unreadable_names_the_price(fresh_db, tmp_path):
    path = shopify_file(tmp_path / "orders.csv", price="n/a", orders=7)
    rows = len(pd.read_csv(path, dtype=str))
    with pytest.raises(ImportFailed) as caught:
        import_file(fresh_db, path)
    assert caught.value.details["cause"] == "price"
    assert f"all {rows} rows were skipped because no row has a price that reads as a number" in str(caught.value)


def test_all_dates_unreadable_names_the_dates(fresh_db, tmp_path):
    # Online Retail II column names (UCI; core/importers/online_retail.py)
    path = tmp_path / "retail.csv"
    path.write_text("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
                    + "".join(f"{n},A{n},Mug,1,someday,2.5,{n},France\n" for n in range(1, 13)), encoding="utf-8")
    with pytest.raises(ImportFailed, match="all 12 rows were skipped because no row has a date that could be read"):
        import_file(fresh_db, path)


def test_a_second_import_of_the_same_file_is_not_a_failure(fresh_db, tmp_path, capsys):
    path = shopify_file(tmp_path / "orders.csv")
    first = import_file(fresh_db, path)
    assert (first.orders_added, first.lines_added) == (5, 5)
    again = import_file(fresh_db, path)
    assert (again.orders_added, again.orders_updated, again.lines_added, again.customers_added) == (0, 0, 0, 0)
    assert again.rows_skipped == 0
    db = tmp_path / "shop.db"
    assert main(["import", str(path), "--db", str(db)]) == 0
    assert main(["import", str(path), "--db", str(db)]) == 0


def test_nothing_new_with_some_skipped_rows_is_not_a_failure(fresh_db, tmp_path):
    path = shopify_file(tmp_path / "orders.csv")
    import_file(fresh_db, path)
    # the same orders again, plus a row whose price cannot be read: nothing new, one skip, no failure
    text = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    text.append(text[1].replace("#1001", "#1099").replace(",12.50,", ",abc,"))
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    again = import_file(fresh_db, path)
    assert (again.orders_added, again.lines_added, again.rows_skipped) == (0, 0, 1)


def test_a_customer_list_with_nobody_in_it_fails_and_again_does_not(fresh_db, tmp_path):
    # Shopify customers export column names (core/importers/shopify.py ShopifyCustomersFormat.signature)
    header = "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Total Spent,Total Orders\n"
    empty = tmp_path / "customers_empty.csv"
    empty.write_text(header + "".join(f",Ann{n},Lee,,yes,10,1\n" for n in range(4)), encoding="utf-8")
    with pytest.raises(ImportFailed, match="all 4 rows were skipped because no row has an e-mail, a customer id or "
                                           "a phone number"):
        import_file(fresh_db, empty)
    full = tmp_path / "customers.csv"
    full.write_text(header + "".join(f"{n},Ann{n},Lee,a{n}@x.com,yes,10,1\n" for n in range(4)), encoding="utf-8")
    assert import_file(fresh_db, full).customers_added == 4
    again = import_file(fresh_db, full)
    assert (again.customers_added, again.customers_updated) == (0, 0)


@pytest.mark.parametrize("key", sorted(k for k, f in FORMATS.items() if key_columns(f)))
def test_a_layout_without_a_key_column_is_not_detected(key):
    fmt = FORMATS[key]
    full = [names[0] for names in fmt.signature] + [names[0] for _meaning, names in key_columns(fmt)]
    full = list(dict.fromkeys(full))
    found, _score = detect_format(full)
    assert found is not None and found.key == key
    for meaning, names in key_columns(fmt):
        lacking = [c for c in full if c.lower() not in {n.lower() for n in names}]
        found, _score = detect_format(lacking)
        assert found is None or found.key != key, (key, meaning)
        assert (meaning, names[0]) in diagnose(fmt, lacking, {"anything": 3}).missing


def test_diagnose_picks_the_most_common_reason():
    fmt = FORMATS["online_retail"]
    columns = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price".split(",")
    found = diagnose(fmt, columns, {"date is missing or not a date": 2, "price is not a number": 9})
    assert (found.cause, found.reason) == ("price", "price is not a number")
    found = diagnose(fmt, columns, {"malformed row (more fields than the header)": 5})
    assert found.cause == "malformed" and "column separator" in found.text


def test_every_skip_reason_a_format_writes_has_a_cause():
    """Formats write only the reasons registered in core.importers.reasons (each a keyed message), and each has a
    cause."""
    import re
    from pathlib import Path

    from core.importers.diagnose import REASON_CAUSES
    from core.importers.reasons import SKIP_REASONS, skip_message
    root = Path(__file__).resolve().parents[3] / "core" / "importers"
    literal = []
    for path in root.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        literal += re.findall(r'reason\[.*\] = "([^"]+)"', source)
        literal += re.findall(r'skip_reason="([^"]+)"', source)
        literal += re.findall(r'reasons\["([^"]+)"\]', source)
        literal += re.findall(r'_REASON = "([^"]+)"', source)
    assert literal == []  # every reason is a constant of core.importers.reasons
    assert len(SKIP_REASONS) > 20
    assert set(SKIP_REASONS) - set(REASON_CAUSES) == set()
    assert all(skip_message(text).key.startswith("import.skip.") and skip_message(text) == text
               for text in SKIP_REASONS)
