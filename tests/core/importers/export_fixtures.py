"""Small real-shaped shop exports written by the tests, with the sources of their column names.

Each builder returns a DataFrame of strings laid out as the platform writes it; ``write`` saves it with a
delimiter, encoding and decimal separator, so the same rows can be written as a UTF-8 file and as a legacy
cp1250 / cp1257 / cp1251 file with ``;``, decimal commas and dd.mm.yyyy dates.

Sources of the column names:
- Etsy ``EtsySoldOrders``: the orders CSV model of github.com/YitongM/Etsy2ParcelMonkeyCSV
  (``Models/EtsyImportModel.cs``: Sale Date, Order ID, Buyer User ID, Full Name, First Name, Last Name, Number of
  Items, … Currency, Order Value, Coupon Code, Coupon Details, Discount Amount, … Sales Tax, Order Total, Status,
  Card Processing Fees, Order Net, Adjusted Order Total, …, Buyer, Order Type, Payment Type, …, SKU), with the US
  export's ``Ship City`` / ``Ship Country`` / ``Shipping`` names.
- Etsy ``EtsySoldOrderItems``: the data-structure table of a public analysis repository reading
  ``data/EtsySoldOrderItems2021.csv`` (Sale Date, Item Name, Buyer, Quantity, Price, Discount Amount, Order
  Shipping, Order Sales Tax, Item Total, Currency, Transaction ID, Listing ID, Date Paid, Date Shipped, Ship …,
  Order ID, Variations) and a public TypeScript parser of the same file (``Coupon Code``, ``Ship Name``, ``SKU``).
- Squarespace orders CSV: the sample header of a public React "Orders" page
  (``Order ID,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,Shipping,Taxes,Amount
  Refunded,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem
  price,Lineitem sku,Lineitem variant,…,Billing Name,…,Payment Method,Payment Reference``); order fields only on
  each order's first row (support.squarespace.com "Exporting orders").
- WooCommerce Analytics → Orders CSV: Date, Order #, Status, Customer, Customer type, Product(s), Items sold,
  Coupon(s), N. Revenue (WooCommerce Analytics report download).
- Advanced Order Export For WooCommerce (algolplus): the header documented in a public Perl script reading its
  CSV ("Order Number","Order Status","Order Date",…,"Email (Billing)",…,"Item #",SKU,Name,…,Quantity,"Quantity
  (- Refund)","Item Cost",…,"Coupon Code","Discount Amount",…,"Cart Discount Amount","Order Subtotal Amount",
  …,"Order Shipping Amount","Order Refund Amount","Order Total Amount",…) and public importers using
  ``Item Name`` / ``Order Total Amount``.
- WebToffee "Order Export & Import" (order_id, order_number, order_date, status, …, order_total, order_currency,
  customer_email, billing_first_name, …, line_item_1, line_item_2 with ``name:…|product_id:…|sku:…|quantity:…|
  total:…|sub_total:…``) and SkyVerge "Customer/Order CSV Export" (…, line_items with items separated by ``;``).
- PrestaShop back office order list (ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date) and
  customers list (``ID;Title;Last name;First Name;Email address;Age;Enabled;News.;Opt.;Registration;Last visit``,
  PrestaShop user documentation "Customers"); order details with the ``order_detail`` table's fields
  (id_order, product_name, product_reference, product_quantity, unit_price_tax_excl, total_price_tax_excl) as
  the back office SQL manager exports them.
- WooCommerce Analytics → Customers CSV (Name, Username, Last active, Date registered, Email, Orders, Total spend,
  AOV, Country / Region, City, Region, Postal code).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

ETSY_ORDERS_COLUMNS = [
    "Sale Date", "Order ID", "Buyer User ID", "Full Name", "First Name", "Last Name", "Number of Items",
    "Payment Method", "Date Shipped", "Street 1", "Street 2", "Ship City", "Ship State", "Ship Zipcode",
    "Ship Country", "Currency", "Order Value", "Coupon Code", "Coupon Details", "Discount Amount",
    "Shipping Discount", "Shipping", "Sales Tax", "Order Total", "Status", "Card Processing Fees", "Order Net",
    "Adjusted Order Total", "Adjusted Card Processing Fees", "Adjusted Net Order Amount", "Buyer", "Order Type",
    "Payment Type", "InPerson Discount", "InPerson Location", "SKU"]
ETSY_ITEMS_COLUMNS = [
    "Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Coupon Code", "Coupon Details", "Discount Amount",
    "Shipping Discount", "Order Shipping", "Order Sales Tax", "Item Total", "Currency", "Transaction ID",
    "Listing ID", "Date Paid", "Date Shipped", "Ship Name", "Ship Address1", "Ship Address2", "Ship City",
    "Ship State", "Ship Zipcode", "Ship Country", "Order ID", "Variations", "Order Type", "Listings Type",
    "Payment Type", "InPerson Discount", "InPerson Location", "VAT Paid by Buyer", "SKU"]

# (order id, date, buyer, name, city, [(item, listing, qty, price)], discount, shipping, tax, adjusted total or None)
ETSY_ORDERS = [
    ("2890001", "01/05/24", "annlee", "Ann Lee", "Oslo",
     [("Felt bunny", "111", 2, 12.50), ("Wool hat", "112", 1, 30.0)], 0.0, 5.0, 0.0, None),
    ("2890002", "01/17/24", "bobst", "Bob Stone", "Bergen", [("Wool hat", "112", 1, 30.0)], 3.0, 5.0, 1.2, None),
    ("2890003", "02/02/24", "annlee", "Ann Lee", "Oslo", [("Felt bunny", "111", 4, 12.50)], 0.0, 0.0, 0.0, 40.0),
    ("2890004", "02/14/24", "cidm", "Cid Moe", "Tromsø", [("Scarf", "113", 1, 45.0)], 0.0, 5.0, 0.0, 0.0),
    ("2890005", "03/21/24", "bobst", "Bob Stone", "Bergen", [("Scarf", "113", 2, 45.0), ("Felt bunny", "111", 1, 12.5)],
     10.25, 0.0, 0.0, None),
]
# Sold in the orders file only (its items fall outside the items file's dates).
ETSY_ORDER_ONLY = ("2890006", "03/30/24", "dora", "Dora Ek", "Lund", [("Wool hat", "112", 2, 30.0)], 6.0, 5.0, 0.0,
                   None)


def etsy_orders(rows=None) -> pd.DataFrame:
    """Return an EtsySoldOrders table (one row per order) for ``rows`` (default: every order, the lonely one too)."""
    out = []
    for oid, day, buyer, name, city, items, discount, shipping, tax, adjusted in (rows or ETSY_ORDERS
                                                                                  + [ETSY_ORDER_ONLY]):
        value = sum(q * p for _n, _l, q, p in items)
        total = value - discount + shipping + tax
        row = dict.fromkeys(ETSY_ORDERS_COLUMNS, "")
        first, last = name.split(" ", 1)
        row.update({"Sale Date": day, "Order ID": oid, "Buyer User ID": str(sum(map(ord, buyer)) * 1000 + 7),
                    "Full Name": name, "First Name": first, "Last Name": last,
                    "Number of Items": str(sum(q for _n, _l, q, _p in items)), "Ship City": city,
                    "Ship Country": "Norway", "Currency": "NOK", "Order Value": f"{value:.2f}",
                    "Coupon Code": "SPRING" if discount else "", "Discount Amount": f"{discount:.2f}",
                    "Shipping": f"{shipping:.2f}", "Sales Tax": f"{tax:.2f}", "Order Total": f"{total:.2f}",
                    "Status": "", "Buyer": buyer, "Order Type": "online",
                    "Adjusted Order Total": "" if adjusted is None else f"{adjusted:.2f}"})
        out.append(row)
    return pd.DataFrame(out, columns=ETSY_ORDERS_COLUMNS)


def etsy_items(rows=None) -> pd.DataFrame:
    """Return an EtsySoldOrderItems table (one row per item; order-level amounts repeated on every item row)."""
    out = []
    for oid, day, buyer, name, city, items, discount, shipping, tax, _adjusted in rows or ETSY_ORDERS:
        for number, (item, listing, qty, price) in enumerate(items):
            row = dict.fromkeys(ETSY_ITEMS_COLUMNS, "")
            row.update({"Sale Date": day, "Item Name": item, "Buyer": buyer, "Quantity": str(qty),
                        "Price": f"{price:.2f}", "Discount Amount": f"{discount:.2f}",
                        "Order Shipping": f"{shipping:.2f}", "Order Sales Tax": f"{tax:.2f}",
                        "Item Total": f"{qty * price:.2f}", "Currency": "NOK",
                        "Transaction ID": f"{oid}{number}", "Listing ID": listing, "Ship Name": name,
                        "Ship City": city, "Ship Country": "Norway", "Order ID": oid})
            out.append(row)
    return pd.DataFrame(out, columns=ETSY_ITEMS_COLUMNS)


def write(frame: pd.DataFrame, path: Path, sep: str = ",", encoding: str = "utf-8", decimal_comma: bool = False,
          money: tuple[str, ...] = (), dates: tuple[str, ...] = (), date_format: str | None = None) -> Path:
    """Write ``frame`` as a CSV; ``decimal_comma`` rewrites the ``money`` columns' ``.`` as ``,``;
    ``date_format`` rewrites the ``dates`` columns (parsed as ISO or month-first) in that strftime format."""
    frame = frame.copy()
    if decimal_comma:
        for col in money:
            frame[col] = frame[col].astype(str).str.replace(".", ",", regex=False)
    if date_format:
        for col in dates:
            parsed = pd.to_datetime(frame[col], errors="coerce", format="mixed")
            frame[col] = parsed.dt.strftime(date_format).where(parsed.notna(), frame[col])
    frame.to_csv(path, sep=sep, index=False, encoding=encoding)
    return path


SQUARESPACE_COLUMNS = [
    "Order ID", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Currency", "Subtotal",
    "Shipping", "Taxes", "Amount Refunded", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku", "Lineitem variant",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name",
    "Billing Address1", "Billing Address2", "Billing City", "Billing Zip", "Billing Province", "Billing Country",
    "Billing Phone", "Shipping Name", "Shipping Address1", "Shipping Address2", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Cancelled at", "Private Notes", "Payment Method",
    "Payment Reference"]
# (order id, e-mail, status, created, [(name, sku, qty, price)], discount, shipping, refunded, billing name)
SQUARESPACE_ORDERS = [
    ("1001", "ann@example.com", "PAID", "2024-03-01 10:15:00 +0100",
     [("Washed Colombian Coffee", "SQ0509144", 2, 10.0), ("Mug", "SQ0000002", 1, 14.5),
      ("Filter papers", "SQ0000003", 3, 2.0)], 0.0, 6.0, 0.0, "Ann Lee"),
    ("1002", "bob@example.com", "PAID", "2024-03-02 09:00:00 +0100",
     [("Mug", "SQ0000002", 2, 14.5)], 4.0, 6.0, 0.0, "Bob Stone"),
    ("1003", "ANN@example.com", "PARTIALLY_REFUNDED", "2024-03-09 18:30:00 +0100",
     [("Washed Colombian Coffee", "SQ0509144", 1, 10.0), ("Filter papers", "SQ0000003", 2, 2.0)], 0.0, 0.0, 5.0,
     "Ann Lee"),
    ("1004", "cid@example.com", "REFUNDED", "2024-03-12 08:00:00 +0100",
     [("Mug", "SQ0000002", 1, 14.5)], 0.0, 6.0, 20.5, "Cid Moe"),
]


def squarespace_orders(rows=None) -> pd.DataFrame:
    """Return a Squarespace orders CSV table: one row per line item, order fields on each order's first row only."""
    out = []
    for oid, email, status, created, items, discount, shipping, refunded, billing in rows or SQUARESPACE_ORDERS:
        subtotal = sum(q * p for _n, _s, q, p in items)
        for number, (name, sku, qty, price) in enumerate(items):
            row = dict.fromkeys(SQUARESPACE_COLUMNS, "")
            row.update({"Order ID": oid, "Lineitem quantity": str(qty), "Lineitem name": name,
                        "Lineitem price": f"{price:.2f}", "Lineitem sku": sku, "Lineitem requires shipping": "TRUE"})
            if number == 0:
                row.update({"Email": email, "Financial Status": status, "Paid at": created, "Currency": "EUR",
                            "Subtotal": f"{subtotal:.2f}", "Shipping": f"{shipping:.2f}", "Taxes": "0.00",
                            "Amount Refunded": f"{refunded:.2f}",
                            "Total": f"{subtotal - discount + shipping:.2f}",
                            "Discount Code": "TEN" if discount else "", "Discount Amount": f"{discount:.2f}",
                            "Created at": created, "Billing Name": billing, "Billing City": "Riga",
                            "Billing Country": "LV"})
            out.append(row)
    return pd.DataFrame(out, columns=SQUARESPACE_COLUMNS)


# WooCommerce orders shared by every WooCommerce layout below:
# (order number, date, status, e-mail, first, last, [(name, sku, qty, unit price after coupons)], shipping, refund)
WOO_ORDERS = [
    ("5001", "2024-04-02 10:00:00", "wc-completed", "ann@example.com", "Ann", "Lee",
     [("Beanie", "woo-beanie", 2, 18.0), ("Hoodie", "woo-hoodie", 1, 42.0)], 5.0, 0.0),
    ("5002", "2024-04-03 11:30:00", "wc-processing", "bob@example.com", "Bob", "Stone",
     [("Hoodie", "woo-hoodie", 1, 38.5)], 5.0, 0.0),
    ("5003", "2024-04-05 09:15:00", "wc-completed", "ann@example.com", "Ann", "Lee",
     [("Cap", "woo-cap", 3, 16.0), ("Beanie", "woo-beanie", 1, 18.0), ("Belt", "woo-belt", 1, 55.0)], 0.0, 16.0),
    ("5004", "2024-04-07 17:45:00", "wc-cancelled", "cid@example.com", "Cid", "Moe",
     [("Belt", "woo-belt", 1, 55.0)], 5.0, 0.0),
]
AOE_COLUMNS = [
    "Order Number", "Order Status", "Order Date", "Customer Note", "First Name (Billing)", "Last Name (Billing)",
    "Company (Billing)", "Address 1&2 (Billing)", "City (Billing)", "State Code (Billing)", "Postcode (Billing)",
    "Country Code (Billing)", "Email (Billing)", "Phone (Billing)", "Item #", "SKU", "Item Name", "Quantity",
    "Item Cost", "Coupon Code", "Discount Amount", "Payment Method Title", "Cart Discount Amount",
    "Order Subtotal Amount", "Order Shipping Amount", "Order Refund Amount", "Order Total Amount",
    "Order Total Tax Amount"]


def woo_expected_net() -> pd.Series:
    """Net product revenue per counted WooCommerce order (items after coupons, less a partial refund)."""
    net = {oid: sum(q * p for _n, _s, q, p in items) - refund
           for oid, _d, status, _e, _f, _l, items, _sh, refund in WOO_ORDERS if status != "wc-cancelled"}
    return pd.Series(net).sort_index()


def woo_aoe(fill_order_columns: bool = True) -> pd.DataFrame:
    """Advanced Order Export: one row per item, the order total repeated on every item row (or on the first only)."""
    out = []
    for oid, day, status, email, first, last, items, shipping, refund in WOO_ORDERS:
        subtotal = sum(q * p for _n, _s, q, p in items)
        for number, (name, sku, qty, price) in enumerate(items, 1):
            row = dict.fromkeys(AOE_COLUMNS, "")
            row.update({"Order Number": oid, "Item #": str(number), "SKU": sku, "Item Name": name,
                        "Quantity": str(qty), "Item Cost": f"{price:.2f}"})
            if number == 1 or fill_order_columns:
                row.update({"Order Status": status.replace("wc-", "").title(), "Order Date": day,
                            "First Name (Billing)": first, "Last Name (Billing)": last, "City (Billing)": "Oslo",
                            "Country Code (Billing)": "NO", "Email (Billing)": email,
                            "Payment Method Title": "Card", "Cart Discount Amount": "0.00",
                            "Order Subtotal Amount": f"{subtotal:.2f}", "Order Shipping Amount": f"{shipping:.2f}",
                            "Order Refund Amount": f"{refund:.2f}",
                            "Order Total Amount": f"{subtotal + shipping - refund:.2f}",
                            "Order Total Tax Amount": "0.00"})
            out.append(row)
    return pd.DataFrame(out, columns=AOE_COLUMNS)


WEBTOFFEE_COLUMNS = ["order_id", "order_number", "order_date", "status", "shipping_total", "shipping_tax_total",
                     "fee_total", "tax_total", "cart_discount", "order_discount", "discount_total", "order_total",
                     "refunded_total", "order_currency", "payment_method", "customer_id", "customer_email",
                     "billing_first_name", "billing_last_name", "billing_city", "billing_country", "billing_email",
                     "billing_phone"]


def _packed(name, sku, qty, price, refunded=None) -> str:
    text = f"name:{name}|product_id:{sum(map(ord, sku))}|sku:{sku}|quantity:{qty}|total:{qty * price:.2f}"
    return text + (f"|refunded:{refunded:.2f}" if refunded is not None else f"|sub_total:{qty * price:.2f}|tax:0.00")


def woo_webtoffee() -> pd.DataFrame:
    """WebToffee order export: one row per order, items in line_item_1, line_item_2 …"""
    width = max(len(o[6]) for o in WOO_ORDERS)
    out = []
    for number, (oid, day, status, email, first, last, items, shipping, refund) in enumerate(WOO_ORDERS):
        subtotal = sum(q * p for _n, _s, q, p in items)
        row = dict.fromkeys(WEBTOFFEE_COLUMNS, "")
        row.update({"order_id": str(900 + number), "order_number": oid, "order_date": day,
                    "status": status, "shipping_total": f"{shipping:.2f}", "discount_total": "0.00",
                    "order_total": f"{subtotal + shipping - refund:.2f}", "refunded_total": f"{refund:.2f}",
                    "order_currency": "NOK", "customer_email": email, "billing_first_name": first,
                    "billing_last_name": last, "billing_email": email})
        for i in range(width):
            row[f"line_item_{i + 1}"] = _packed(*items[i][:4]) if i < len(items) else ""
        out.append(row)
    return pd.DataFrame(out)


def woo_skyverge() -> pd.DataFrame:
    """SkyVerge Customer/Order CSV Export (default format): one row per order, items in line_items, ';' apart."""
    frame = woo_webtoffee()
    items = [";".join(_packed(*item[:4], refunded=0.0) for item in order[6]) for order in WOO_ORDERS]
    frame = frame.drop(columns=[c for c in frame.columns if c.startswith("line_item_")])
    return frame.assign(line_items=items)


def woo_analytics() -> pd.DataFrame:
    """WooCommerce Analytics → Orders download: one row per order, products listed, net revenue."""
    out = []
    for oid, day, status, email, first, last, items, _shipping, refund in WOO_ORDERS:
        products = ", ".join((f"{q}× {n}" if q > 1 else n) for n, _s, q, _p in items)
        out.append({"Date": day, "Order #": oid, "Status": status.replace("wc-", "").title(),
                    "Customer": f"{first} {last}", "Customer type": "returning", "Product(s)": products,
                    "Items sold": str(sum(q for _n, _s, q, _p in items)), "Coupon(s)": "",
                    "N. Revenue": f"{sum(q * p for _n, _s, q, p in items) - refund:.2f}"})
    return pd.DataFrame(out)


PRESTASHOP_LIST_COLUMNS = ["ID", "Reference", "New client", "Delivery", "Customer", "Total", "Payment", "Status",
                           "Date"]
# (id, reference, customer, total, status, date): names and statuses in the shop's language
PRESTASHOP_ORDERS = [
    ("101", "XKBKNABJK", "J. Kowalska", 129.99, "Płatność zaakceptowana", "2024-02-03 10:15:00"),
    ("102", "OHSATSERP", "Ł. Żółkiewski", 58.50, "Dostarczone", "2024-02-05 12:00:00"),
    ("103", "FFATNOMMJ", "J. Kowalska", 240.00, "Anulowane", "2024-02-11 09:30:00"),
    ("104", "UOYEVOLIJ", "Ś. Wiśniewska", 1234.56, "Wysłane", "2024-02-14 18:45:00"),
]


def prestashop_list(symbol: str = "zł") -> pd.DataFrame:
    """Return a PrestaShop back office order list (one row per order, ``Total`` with the currency symbol)."""
    return pd.DataFrame([{"ID": oid, "Reference": ref, "New client": "Tak", "Delivery": "Polska",
                          "Customer": customer, "Total": f"{total:.2f} {symbol}", "Payment": "Przelew bankowy",
                          "Status": status, "Date": day}
                         for oid, ref, customer, total, status, day in PRESTASHOP_ORDERS],
                        columns=PRESTASHOP_LIST_COLUMNS)


PRESTASHOP_DETAIL_COLUMNS = ["id_order", "reference", "date_add", "id_customer", "email", "firstname", "lastname",
                             "product_name", "product_reference", "product_quantity", "unit_price_tax_excl",
                             "total_price_tax_excl", "total_discounts_tax_excl", "total_shipping_tax_excl",
                             "total_paid_tax_incl"]
# (order, date, customer id, e-mail, first, last, [(product, reference, qty, unit)], order discount, shipping)
PRESTASHOP_DETAILS = [
    ("201", "2024-05-02 08:10:00", "11", "olga@example.ru", "Ольга", "Иванова",
     [("Чай зелёный", "TEA-G", 2, 350.0), ("Мёд липовый", "HON-1", 1, 720.5)], 100.0, 300.0),
    ("202", "2024-05-04 16:20:00", "12", "ivan@example.ru", "Иван", "Петров",
     [("Чай зелёный", "TEA-G", 5, 350.0)], 0.0, 300.0),
    ("203", "2024-05-09 11:00:00", "11", "olga@example.ru", "Ольга", "Иванова",
     [("Кружка", "MUG-2", 2, 499.99), ("Мёд липовый", "HON-1", 2, 720.5), ("Чай чёрный", "TEA-B", 1, 310.0)],
     250.0, 0.0),
]


def prestashop_details() -> pd.DataFrame:
    """Return PrestaShop order details (order_detail fields, one row per product; order amounts repeated)."""
    out = []
    for oid, day, cid, email, first, last, items, discount, shipping in PRESTASHOP_DETAILS:
        goods = sum(q * p for _n, _r, q, p in items)
        for name, ref, qty, unit in items:
            out.append({"id_order": oid, "reference": f"REF{oid}", "date_add": day, "id_customer": cid,
                        "email": email, "firstname": first, "lastname": last, "product_name": name,
                        "product_reference": ref, "product_quantity": str(qty), "unit_price_tax_excl": f"{unit:.2f}",
                        "total_price_tax_excl": f"{qty * unit:.2f}", "total_discounts_tax_excl": f"{discount:.2f}",
                        "total_shipping_tax_excl": f"{shipping:.2f}",
                        "total_paid_tax_incl": f"{(goods - discount + shipping) * 1.2:.2f}"})
    return pd.DataFrame(out, columns=PRESTASHOP_DETAIL_COLUMNS)


def prestashop_customers() -> pd.DataFrame:
    """Return a PrestaShop 1.7 customers export (``Newsletter`` consent, ``Registration`` date)."""
    return pd.DataFrame([
        {"ID": "11", "Social title": "Mrs", "First name": "Olga", "Last name": "Ivanova", "Email": "olga@example.ru",
         "Sales": "3 201,98 ₽", "Enabled": "1", "Newsletter": "1", "Partner offers": "0",
         "Registration": "2023-11-20 10:00:00", "Last visit": "2024-05-09 11:00:00"},
        {"ID": "12", "Social title": "Mr", "First name": "Ivan", "Last name": "Petrov", "Email": "ivan@example.ru",
         "Sales": "1 750,00 ₽", "Enabled": "1", "Newsletter": "0", "Partner offers": "0",
         "Registration": "2024-01-15 09:30:00", "Last visit": "2024-05-04 16:20:00"},
        {"ID": "13", "Social title": "", "First name": "Anna", "Last name": "Smirnova", "Email": "anna@example.ru",
         "Sales": "", "Enabled": "1", "Newsletter": "", "Partner offers": "",
         "Registration": "2024-03-02 14:00:00", "Last visit": ""},
    ])


def woo_customers() -> pd.DataFrame:
    """Return a WooCommerce Analytics → Customers download (no consent column: consent stays unknown)."""
    return pd.DataFrame([
        {"Name": "Ann Lee", "Username": "annlee", "Last active": "2024-04-05", "Date registered": "2023-12-01",
         "Email": "ann@example.com", "Orders": "2", "Total spend": "156.00", "AOV": "78.00",
         "Country / Region": "NO", "City": "Oslo", "Region": "", "Postal code": "0150"},
        {"Name": "Bob Stone", "Username": "bobst", "Last active": "2024-04-03", "Date registered": "2024-01-10",
         "Email": "bob@example.com", "Orders": "1", "Total spend": "38.50", "AOV": "38.50",
         "Country / Region": "NO", "City": "Bergen", "Region": "", "Postal code": "5003"},
    ])
