"""A small hand-made shop whose product and customer values try to break every output (used by offers,
snippets and browser tests). Written straight into the schema so every value is exactly what we chose."""

from __future__ import annotations

HOSTILE_NAMES = {
    "img": "<img src=x onerror=alert(1)>",
    "script": "</script><script>window.__pwned=1;alert(2)</script>",
    "attr": '"onmouseover="alert(3)" x="',
    "liquid": "{{ 7 | times: 6 }} {% assign x = 1 %}",
    "comment": "<!-- <script>alert(4)</script>",
    "lsep": "Line\u2028Sep\u2029Mug",
}

# product key -> (name, handle, price_minor)
PRODUCTS = {
    "A": ("Red Mug", "red-mug", 350),
    "B": (HOSTILE_NAMES["img"], "img-product", 425),
    "C": (HOSTILE_NAMES["script"], "script-product", 199),
    "D": (HOSTILE_NAMES["attr"], "attr-product", 1000),
    "E": (HOSTILE_NAMES["liquid"], "liquid-product", 250),
    "F": (HOSTILE_NAMES["comment"], "comment-product", 120),
    "G": (HOSTILE_NAMES["lsep"], "lsep-product", 99),
}

# customer key -> (email, first, last, country, accepts_marketing, tags)
CUSTOMERS = {
    "c1": ("ana@example.com", "=HYPERLINK(\"http://evil\")", "Silva", "United Kingdom", 1, "wholesale"),
    "c2": ("bo@example.com", "+Bo", "@Lee", "UK", 1, None),
    "c3": ("ANA@example.com", "Dup", "Licate", "France", 1, None),     # same e-mail as c1, other case
    "c4": ("not-an-email", "Bad", "Mail", "Germany", 1, None),
    "c5": (None, "No", "Mail", "Spain", 1, None),
    "c6": ("nope@example.com", "Said", "No", "France", 0, None),
    "c7": ("long@example.com", "É" * 200, "-Minus", "EIRE", 1, None),   # 400 bytes of first name
    "c8": ("unknown@example.com", "Una", "Known", "Atlantis", None, None),
    "c9": ("kim@example.com", "Kim", "Tab", "USA", 1, None),
    "c10": ("lou@example.com", "Lou", "Ten", "Belgium", 1, None),
}

# (order ref, customer key, date, [product keys]); A is bought with B 5x, C 4x, D 3x, E/F/G 1x.
ORDERS = [
    ("1", "c1", "2024-01-05T10:00:00Z", ["A", "B", "C", "D"]),
    ("2", "c2", "2024-02-05T10:00:00Z", ["A", "B", "C", "D"]),
    ("3", "c3", "2024-03-05T10:00:00Z", ["A", "B", "C"]),
    ("4", "c4", "2024-04-05T10:00:00Z", ["A", "B", "E"]),
    ("5", "c5", "2024-05-05T10:00:00Z", ["A", "B", "C", "D", "F", "G"]),
    ("6", "c6", "2024-06-05T10:00:00Z", ["B", "C", "G"]),
    ("7", "c7", "2024-07-05T10:00:00Z", ["E", "F", "G"]),
    ("8", "c8", "2024-08-05T10:00:00Z", ["B", "D", "E"]),
    ("9", "c9", "2024-09-05T10:00:00Z", ["C", "E"]),
    ("10", "c10", "2024-10-05T10:00:00Z", ["D", "E", "F", "G"]),
    ("11", "c1", "2024-11-05T10:00:00Z", ["E", "G"]),
]


def fill_hostile_shop(db) -> dict:
    """Write the hostile shop into ``db`` (an empty shop); returns {'customers': key->id, 'products': key->id}."""
    conn = db.conn
    ids = {"customers": {}, "products": {}}
    for key, (email, first, last, country, consent, tags) in CUSTOMERS.items():
        cur = conn.execute(
            "INSERT INTO customers(key, email, first_name, last_name, country, accepts_marketing, tags) "
            "VALUES (?,?,?,?,?,?,?)", (f"test:{key}", email, first, last, country, consent, tags))
        ids["customers"][key] = cur.lastrowid
    for key, (name, handle, price) in PRODUCTS.items():
        cur = conn.execute("INSERT INTO products(key, sku, name, handle, last_price_minor) VALUES (?,?,?,?,?)",
                           (f"sku:{key}", key, name, handle, price))
        ids["products"][key] = cur.lastrowid
    for ref, customer, when, items in ORDERS:
        cur = conn.execute(
            "INSERT INTO orders(platform, external_id, customer_id, ordered_at, currency, country) "
            "VALUES ('test', ?, ?, ?, 'GBP', ?)", (ref, ids["customers"][customer], when, CUSTOMERS[customer][3]))
        order_id = cur.lastrowid
        for line_no, product in enumerate(items, 1):
            price = PRODUCTS[product][2]
            conn.execute("INSERT INTO order_lines(order_id, line_no, product_id, quantity, unit_price_minor, "
                         "line_total_minor, gross_minor, net_minor) VALUES (?,?,?,?,?,?,?,?)",
                         (order_id, line_no, ids["products"][product], 1, price, price, price, price))
    return ids
