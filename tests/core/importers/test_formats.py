"""Each import format on a small fixture the test writes: detection, counts, money, status, customers."""

import pandas as pd
import pytest

from core.importers.base import ImportOptions
from core.importers.pipeline import import_file, import_files, inspect_file
from core.importers.registry import detect_format


def count(db, table, where="1"):
    return db.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}").fetchone()[0]


SHOPIFY = (
    "Name,Email,Financial Status,Paid at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,"
    "Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name,"
    "Billing City,Billing Country,Cancelled at,Refunded Amount,Id\n"
    "#1001,Ann@Example.com ,paid,2025-05-11 09:55:16 -0400,yes,EUR,30.00,5.00,0,35.00,,0,"
    "2025-05-11 09:55:16 -0400,2,Ski Wax,10.00,'WAX-1,Ann Lee,Oslo,NO,,0,'6634244374859\n"
    "#1001,,,,,,,,,,,,2025-05-11 09:55:16 -0400,1,Gloves,10.00,GLV,,,,,,\n"
    "#1002,bob@example.com,refunded,2025-05-12 10:00:00 -0400,no,EUR,20.00,0,0,20.00,SAVE,2.00,"
    "2025-05-12 10:00:00 -0400,1,Board,20.00,BRD,Bob Stone,Bergen,NO,,20.00,6634244374860\n"
    "#1003,ann@example.com,voided,,no,EUR,10.00,0,0,10.00,,0,2025-05-13 08:00:00 +0200,1,Ski Wax,10.00,WAX-1,"
    "Ann Lee,Oslo,NO,2025-05-13 09:00:00 +0200,,6634244374861\n"
    "#1004,,pending,,no,EUR,12.50,0,0,12.50,,0,2025-05-14 08:00:00 +0000,1,Shipping protection,12.50,,"
    ",,,,,6634244374862\n"
)


def test_shopify_orders_carry_order_fields_and_mark_refunds(fresh_db, tmp_path):
    path = tmp_path / "orders_export.csv"
    path.write_text(SHOPIFY, encoding="utf-8")
    result = import_file(fresh_db, path)
    assert result.format_key == "shopify_orders"
    assert (result.orders_added, result.lines_added, result.customers_added) == (4, 5, 2)
    # the second line of #1001 belongs to Ann although its Email cell is empty
    assert result.rows_without_customer == 1
    ann = fresh_db.execute("SELECT id, accepts_marketing, city FROM customers WHERE key = 'ann@example.com'").fetchone()
    # consent is the latest statement: "yes" on 11 May, "no" on #1003 of 13 May
    assert ann[1:] == (0, "Oslo")
    assert count(fresh_db, "orders", f"customer_id = {ann[0]}") == 2
    statuses = dict(fresh_db.execute("SELECT external_id, status || ':' || is_cancelled FROM orders").fetchall())
    assert statuses == {"#1001": "paid:0", "#1002": "refunded:1", "#1003": "voided:1", "#1004": "pending:0"}
    # -0400 local time becomes UTC, the offset is kept
    assert fresh_db.execute("SELECT ordered_at, utc_offset_min, total_minor, shipping_minor FROM orders "
                            "WHERE external_id = '#1001'").fetchone() == ("2025-05-11T13:55:16Z", -240, 3500, 500)
    assert fresh_db.execute("SELECT sku FROM products WHERE name = 'Ski Wax'").fetchone()[0] == "WAX-1"


def test_shopify_order_split_across_chunks_keeps_its_customer(fresh_db, tmp_path):
    path = tmp_path / "orders_export.csv"
    path.write_text(SHOPIFY, encoding="utf-8")
    result = import_file(fresh_db, path, ImportOptions(chunk_rows=1))
    assert result.rows_without_customer == 1
    assert result.lines_added == 5


def test_shopify_customers_merge_identity_marketing_and_tags(fresh_db, tmp_path):
    orders = tmp_path / "orders_export.csv"
    orders.write_text(SHOPIFY, encoding="utf-8")
    import_file(fresh_db, orders)
    customers = tmp_path / "customers_export.csv"
    customers.write_text(
        "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
        "Default Address City,Default Address Country Code,Phone,Total Spent,Total Orders,Tags\n"
        "'7001,Ann,Lee,ANN@example.com,yes,Lee AS,Oslo,NO,'+4712345678,35.00,2,\"vip, wholesale\"\n"
        "7002,Cid,Moe,cid@example.com,no,,Tromsø,NO,,0.00,0,\n"
        "7003,No,Mail,,no,,,,,0.00,0,\n", encoding="utf-8")
    result = import_file(fresh_db, customers)
    assert result.format_key == "shopify_customers"
    assert (result.customers_added, result.customers_updated, result.orders_added) == (2, 1, 0)
    assert result.notice
    row = fresh_db.execute("SELECT first_name, last_name, company, phone, tags, accepts_marketing FROM customers "
                           "WHERE key = 'ann@example.com'").fetchone()
    assert row == ("Ann", "Lee", "Lee AS", "+4712345678", "vip, wholesale", 1)
    assert count(fresh_db, "customers", "key = 'shopify:7003'") == 1
    assert count(fresh_db, "orders") == 4
    again = import_file(fresh_db, customers)
    assert (again.customers_added, again.customers_updated) == (0, 0)


WOO = (
    "\ufefforder_number,order_date,status,order_currency,shipping_total,discount_total,order_total,customer_email,"
    "billing_first_name,billing_last_name,billing_city,billing_country,product_name,sku,quantity,item_total\n"
    "10001,2026-04-26 21:32:57,completed,USD,5,0.00,855.25,ryan@example.com,Ryan,Moore,San Diego,US,"
    "Cat Food,woo-1,2,432.32\n"
    "10001,2026-04-26 21:32:57,completed,USD,,,,ryan@example.com,Ryan,Moore,San Diego,US,Painting,woo-2,2,417.93\n"
    "10002,2026-04-27 10:00:00,cancelled,USD,0,0,10.00,sue@example.com,Sue,Park,Austin,US,Cat Food,woo-1,1,10.00\n"
    "10003,2026-04-28 11:00:00,refunded,USD,0,0,20.00,RYAN@example.com,Ryan,Moore,San Diego,US,Painting,woo-2,1,20\n"
)


def test_woocommerce_plugin_layout(fresh_db, tmp_path):
    path = tmp_path / "orders_export_mock.csv"
    path.write_text(WOO, encoding="utf-8")
    result = import_file(fresh_db, path)
    assert result.format_key == "woocommerce"
    assert (result.orders_added, result.lines_added, result.customers_added) == (3, 4, 2)
    assert fresh_db.execute("SELECT total_minor, shipping_minor, status FROM orders WHERE external_id = '10001'"
                            ).fetchone() == (85525, 500, "paid")
    assert count(fresh_db, "orders", "is_cancelled = 1") == 2
    assert fresh_db.execute("SELECT SUM(line_total_minor) FROM order_lines").fetchone()[0] == 43232 + 41793 + 1000 + 2000


def test_woocommerce_analytics_orders(fresh_db, tmp_path):
    path = tmp_path / "wc-orders-report-export.csv"
    path.write_text(
        "Date,Order #,Status,Customer,Customer type,Product(s),Items Sold,Coupon(s),N. Revenue\n"
        "2025-03-01 10:00:00,1201,Completed,Jane Roe,new,\"2× Beanie, Hoodie\",3,SPRING,\"$1,030.00\"\n"
        "2025-03-02 11:00:00,1202,Refunded,Max Mus,returning,Hoodie,1,,$45.00\n"
        "2025-03-03 12:00:00,1203,Processing,Jane Roe,returning,Beanie,4,,$40.00\n", encoding="utf-8")
    assert inspect_file(path).format_key == "woocommerce_analytics"
    result = import_file(fresh_db, path)
    assert (result.orders_added, result.lines_added, result.customers_added) == (3, 4, 2)
    lines = fresh_db.execute("SELECT p.name, l.quantity, l.line_total_minor FROM order_lines l JOIN products p "
                             "ON p.id = l.product_id JOIN orders o ON o.id = l.order_id WHERE o.external_id = '1201' "
                             "ORDER BY l.line_no").fetchall()
    # revenue 1,030.00 shared by units: 2 beanies and 1 hoodie
    assert lines == [("Beanie", 2.0, 68667), ("Hoodie", 1.0, 34333)]
    assert fresh_db.execute("SELECT quantity FROM order_lines l JOIN orders o ON o.id = l.order_id "
                            "WHERE o.external_id = '1203'").fetchone()[0] == 4.0
    assert count(fresh_db, "orders", "is_cancelled = 1 AND status = 'refunded'") == 1


def test_prestashop_cp1250_semicolons_decimal_commas(fresh_db, tmp_path):
    path = tmp_path / "order_2025-01-10.csv"
    text = ("ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date\n"
            "17;XKBKNABJK;1;Polska;J. Kowalska;1 234,50 zł;Przelew;Dostarczone;23.01.2025 14:05:00\n"
            "18;OHSATSERP;0;Polska;Ł. Żółć;99,99 zł;Płatność przy odbiorze;Anulowane;24.01.2025 09:00:00\n"
            "19;FFATNOMMJ;0;Polska;J. Kowalska;10,00 zł;Przelew;Payment accepted;25.01.2025 10:00:00\n")
    path.write_bytes(text.encode("cp1250"))
    info = inspect_file(path)
    assert (info.encoding, info.delimiter, info.format_key, info.decimal, info.day_first) == (
        "cp1250", ";", "prestashop", ",", True)
    result = import_file(fresh_db, path)
    assert result.order_level_only and "line items" in result.notice
    assert (result.orders_added, result.customers_added) == (3, 2)
    rows = fresh_db.execute("SELECT external_id, total_minor, currency, ordered_at FROM orders ORDER BY id").fetchall()
    assert rows[0] == ("17", 123450, "PLN", "2025-01-23T14:05:00Z")
    assert fresh_db.execute("SELECT last_name FROM customers WHERE key = 'prestashop:ł. żółć'").fetchone()[0] == "Żółć"
    assert fresh_db.execute("SELECT DISTINCT is_product FROM products").fetchall() == [(0,)]
    # "Anulowane" (cancelled in Polish) is kept but does not count
    assert fresh_db.execute("SELECT status, is_cancelled FROM orders WHERE external_id = '18'").fetchone() == \
        ("cancelled", 1)


def test_cdnow_whitespace_file(fresh_db, tmp_path):
    path = tmp_path / "CDNOW_master.txt"
    path.write_text(" customer_id  date number_of_cds  dollar_value\n"
                    " 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n 00002 19970112  5   77.00\n"
                    " 00003 19970102  2   20.76\n 00003 19970330  2   20.76\n", encoding="ascii")
    result = import_file(fresh_db, path)
    assert result.format_key == "cdnow"
    assert (result.orders_added, result.lines_added, result.customers_added) == (4, 5, 3)
    assert fresh_db.execute("SELECT SUM(line_total_minor) FROM order_lines").fetchone()[0] == 14229


def write_olist(folder, with_excel_junk=True):
    folder.mkdir()
    def junk(columns):  # Excel keeps empty rows with one comma fewer than columns
        return ("," * (columns - 1) + "\r\n") * 3 if with_excel_junk else ""
    (folder / "olist_orders_dataset.csv").write_text(
        "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at\r\n"
        "o1,c1,delivered,10/2/2017 10:56,10/2/2017 11:07\r\n"
        "o2,c2,canceled,7/24/2018 20:41,\r\n"
        "o3,c3,delivered,8/8/2018 8:38,\r\n" + junk(5), encoding="utf-8")
    (folder / "olist_order_items_dataset.csv").write_text(
        "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value\r\n"
        "o1,1,p1,s1,9/19/2017 9:45,58.9,13.29\r\no1,2,p2,s1,9/19/2017 9:45,10,0\r\n"
        "o2,1,p1,s1,5/3/2017 11:05,58.9,5\r\nzz,1,p2,s1,5/3/2017 11:05,10,1\r\n" + junk(7), encoding="utf-8")
    (folder / "olist_customers_dataset.csv").write_text(
        "customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state\r\n"
        "c1,u1,14409,franca,SP\r\nc2,u1,14409,franca,SP\r\nc3,u3,9790,sao paulo,SP\r\n" + junk(5), encoding="utf-8")
    (folder / "olist_products_dataset.csv").write_text(
        "product_id,product_category_name,product_name_lenght\r\np1,perfumaria,40\r\np2,artes,44\r\n" + junk(3),
        encoding="utf-8")
    (folder / "product_category_name_translation.csv").write_text(
        "\ufeffproduct_category_name,product_category_name_english\r\nperfumaria,perfumery\r\nartes,art\r\n",
        encoding="utf-8")
    return sorted(folder.iterdir())


def test_olist_multi_file_join(fresh_db, tmp_path):
    files = write_olist(tmp_path / "olist")
    # chunks of one row: order o1's two items must still give one whole order total
    result = import_files(fresh_db, files, ImportOptions(chunk_rows=1))
    assert (result.orders_added, result.lines_added, result.customers_added) == (2, 3, 1)
    assert result.skip_reasons == {"item's order is not in the orders file": 1, "order has no items in the items file": 1}
    assert fresh_db.execute("SELECT ordered_at, total_minor, shipping_minor FROM orders WHERE external_id = 'o1'"
                            ).fetchone() == ("2017-10-02T10:56:00Z", 8219, 1329)
    assert count(fresh_db, "orders", "is_cancelled = 1") == 1
    assert sorted(r[0] for r in fresh_db.execute("SELECT DISTINCT category FROM products")) == ["art", "perfumery"]
    # one Olist file alone points the user to the set
    with pytest.raises(Exception, match="items"):
        import_file(fresh_db, files[2])


def test_generic_mapping_is_saved_and_reused(fresh_db, tmp_path):
    path = tmp_path / "sprzedaz.csv"
    text = ("Nr zamówienia;Data;Klient;Towar;Ilość;Cena;Kraj\n"
            "A-1;03.02.2025;k1;Kubek;2;12,50;PL\nA-1;03.02.2025;k1;Talerz;1;30,00;PL\n"
            "A-2;15.02.2025;k2;Kubek;1;12,50;DE\nA-3;zły dzień;k2;Kubek;1;12,50;DE\n")
    path.write_bytes(text.encode("cp1250"))
    info = inspect_file(path, db=fresh_db)
    # every column the import needs is placed by its Polish name: a generic import with no questions (issue 18)
    assert (info.format_key, info.unplaced, info.locale_currency) == ("generic", [], "PLN")
    mapping = info.suggested_mapping
    assert mapping["order_id"] == "Nr zamówienia" and mapping["date"] == "Data" and mapping["price"] == "Cena"
    assert mapping["quantity"] == "Ilość" and mapping["product_name"] == "Towar"
    mapping["customer_id"] = "Klient"
    result = import_file(fresh_db, path, ImportOptions(format_key="generic", mapping=mapping))
    assert (result.orders_added, result.lines_added, result.customers_added) == (2, 3, 2)
    assert result.skip_reasons == {"date is missing or not a date": 1}
    assert fresh_db.execute("SELECT SUM(line_total_minor) FROM order_lines").fetchone()[0] == 2500 + 3000 + 1250
    # next time the same header is recognised without asking
    again = tmp_path / "sprzedaz_marzec.csv"
    again.write_bytes(("Nr zamówienia;Data;Klient;Towar;Ilość;Cena;Kraj\n"
                       "A-9;03.03.2025;k3;Kubek;1;12,50;PL\n").encode("cp1250"))
    assert inspect_file(again, db=fresh_db).format_key == "generic"
    second = import_file(fresh_db, again)
    assert (second.format_key, second.orders_added, second.customers_added) == ("generic", 1, 1)


@pytest.mark.parametrize("header, expected", [
    ("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country", "online_retail"),
    ("Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,Lineitem price", "shopify_orders"),
    ("Customer ID,First Name,Last Name,Email,Accepts Marketing,Company,Address1,Total Spent,Total Orders,Tags",
     "shopify_customers"),
    ("order_id,order_date,status,billing_email,item_name,item_quantity,line_total", "woocommerce"),
    ("Date,Order #,Status,Customer,Product(s),Items Sold,Coupon(s),N. Revenue", "woocommerce_analytics"),
    ("ID,Reference,New client,Delivery,Customer,Total,Payment,Status,Date", "prestashop"),
    ("customer_id,date,number_of_cds,dollar_value", "cdnow"),
    ("order_id,order_item_id,product_id,seller_id,price,freight_value", "olist"),
    ("Foo,Bar,Baz", None),
])
def test_detection_by_column_names_not_position(header, expected):
    columns = header.split(",")
    for order in (columns, list(reversed(columns))):
        fmt, _score = detect_format(order)
        assert (fmt.key if fmt else None) == expected


def test_generic_xlsx_with_cli_mapping(tmp_path):
    import json
    import subprocess
    import sys

    path = tmp_path / "verkauf.xlsx"
    frame = pd.DataFrame({"Rechnung": ["R1", "R1", "R2"], "Datum": ["2025-03-01", "2025-03-01", "2025-03-05"],
                          "E-Mail": ["A@x.de", "A@x.de", "b@x.de"], "Artikel": ["Tasse", "Teller", "Tasse"],
                          "Menge": [2, 1, 3], "Preis": [4.5, 9.0, 4.5]})
    frame.to_excel(path, index=False)
    db = tmp_path / "shop.db"
    args = [sys.executable, "-m", "core", "import", str(path), "--db", str(db), "--json",
            "--map", "order_id=Rechnung", "--map", "date=Datum", "--map", "email=E-Mail",
            "--map", "product_name=Artikel", "--map", "quantity=Menge", "--map", "price=Preis"]
    done = subprocess.run(args, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    expected_orders = frame["Rechnung"].nunique()
    assert (out["format_key"], out["orders_added"], out["lines_added"], out["customers_added"]) == (
        "generic", expected_orders, len(frame), frame["E-Mail"].str.lower().nunique())
    # the saved mapping is reused: a second run without --map adds nothing twice
    again = subprocess.run([sys.executable, "-m", "core", "import", str(path), "--db", str(db), "--json"],
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["lines_added"] == 0
    bad = subprocess.run([sys.executable, "-m", "core", "import", str(path), "--db", str(db), "--map", "colour=x"],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and "FIELD=COLUMN" in bad.stderr + bad.stdout


def test_shopify_customers_older_variant(fresh_db, tmp_path):
    path = tmp_path / "customers_export.csv"
    path.write_text("First Name,Last Name,Email,Company,Address1,City,Province,Country,Zip,Phone,Accepts Marketing,"
                    "Total Spent,Total Orders,Tags,Note,Tax Exempt\n"
                    "Eva,Novak,eva@example.cz,Novak s.r.o.,Hlavní 1,Praha,,CZ,'11000,'+420123,TRUE,10.00,1,vip,,no\n"
                    "Jan,Dvořák,jan@example.cz,,Dlouhá 2,Brno,,CZ,'60200,,FALSE,0.00,0,,,no\n", encoding="utf-8")
    result = import_file(fresh_db, path)
    assert (result.format_key, result.customers_added) == ("shopify_customers", 2)
    rows = fresh_db.execute("SELECT key, company, city, accepts_marketing, tags FROM customers ORDER BY key").fetchall()
    assert rows == [("eva@example.cz", "Novak s.r.o.", "Praha", 1, "vip"), ("jan@example.cz", None, "Brno", 0, None)]


def test_generic_without_order_numbers_groups_customer_days(fresh_db, tmp_path):
    path = tmp_path / "purchases.csv"
    frame = pd.DataFrame({"email": ["a@x.com", "a@x.com", "A@x.com", "b@x.com", ""],
                          "day": ["2025-01-01", "2025-01-01", "2025-01-02", "2025-01-01", "2025-01-03"],
                          "item": ["Mug", "Plate", "Mug", "Mug", "Mug"], "amount": ["5", "7", "5", "5", "5"]})
    frame.to_csv(path, index=False)
    mapping = {"email": "email", "date": "day", "product_name": "item", "line_total": "amount"}
    # nothing in this file says its currency (English, .com addresses): the owner says it
    result = import_file(fresh_db, path, ImportOptions(format_key="generic", mapping=mapping, currency="EUR"))
    who_day = frame.assign(who=frame["email"].str.lower().replace("", pd.NA)).dropna(subset=["who"])
    assert result.orders_added == len(who_day.drop_duplicates(["who", "day"]))
    assert result.skip_reasons == {"no customer to group the purchase into an order": 1}
