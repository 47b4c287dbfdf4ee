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
    ("2890001", "01/05/24", "annlee", "Ann Lee", "Oslo", [("Felt bunny", "111", 2, 12.50), ("Wool hat", "112", 1, 30.0)],
     0.0, 5.0, 0.0, None),
    ("2890002", "01/17/24", "bobst", "Bob Stone", "Bergen", [("Wool hat", "112", 1, 30.0)], 3.0, 5.0, 1.2, None),
    ("2890003", "02/02/24", "annlee", "Ann Lee", "Oslo", [("Felt bunny", "111", 4, 12.50)], 0.0, 0.0, 0.0, 40.0),
    ("2890004", "02/14/24", "cidm", "Cid Moe", "Tromsø", [("Scarf", "113", 1, 45.0)], 0.0, 5.0, 0.0, 0.0),
    ("2890005", "03/21/24", "bobst", "Bob Stone", "Bergen", [("Scarf", "113", 2, 45.0), ("Felt bunny", "111", 1, 12.5)],
     10.25, 0.0, 0.0, None),
]
# Sold in the orders file only (its items fall outside the items file's dates).
ETSY_ORDER_ONLY = ("2890006", "03/30/24", "dora", "Dora Ek", "Lund", [("Wool hat", "112", 2, 30.0)], 6.0, 5.0, 0.0, None)


def etsy_orders(rows=None) -> pd.DataFrame:
    """Return an EtsySoldOrders table (one row per order) for ``rows`` (default: every order, the lonely one too)."""
    out = []
    for oid, day, buyer, name, city, items, discount, shipping, tax, adjusted in rows or ETSY_ORDERS + [ETSY_ORDER_ONLY]:
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
