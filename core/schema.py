"""The shop database schema and its migrations.

Money is stored as integer minor units (cents, grosze) with the currency code beside it, so sums never drift.
Timestamps are ISO-8601 strings in UTC (``ordered_at``) plus the original UTC offset in minutes where the
export gave one (``utc_offset_min``).

Each entry of ``MIGRATIONS`` upgrades the schema by one version; ``SCHEMA_VERSION`` is the newest.
Never edit a released migration: add a new one.
"""

from __future__ import annotations

SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    format TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows_read INTEGER NOT NULL DEFAULT 0,
    orders_added INTEGER NOT NULL DEFAULT 0,
    orders_updated INTEGER NOT NULL DEFAULT 0,
    lines_added INTEGER NOT NULL DEFAULT 0,
    customers_added INTEGER NOT NULL DEFAULT 0,
    rows_skipped INTEGER NOT NULL DEFAULT 0,
    skip_reasons TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS customers (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    email TEXT,
    first_name TEXT,
    last_name TEXT,
    company TEXT,
    phone TEXT,
    country TEXT,
    city TEXT,
    accepts_marketing INTEGER,
    tags TEXT,
    first_seen_import INTEGER REFERENCES imports(id)
);
CREATE TABLE IF NOT EXISTS customer_sources (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(id),
    PRIMARY KEY (platform, external_id)
);
CREATE TABLE IF NOT EXISTS products (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    sku TEXT,
    name TEXT NOT NULL,
    category TEXT,
    url TEXT,
    handle TEXT,
    last_price_minor INTEGER,
    is_product INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    ordered_at TEXT NOT NULL,
    utc_offset_min INTEGER,
    status TEXT NOT NULL DEFAULT 'paid',
    is_cancelled INTEGER NOT NULL DEFAULT 0,
    currency TEXT,
    total_minor INTEGER,
    shipping_minor INTEGER,
    discount_minor INTEGER,
    discount_code TEXT,
    country TEXT,
    import_id INTEGER REFERENCES imports(id),
    UNIQUE (platform, external_id)
);
CREATE TABLE IF NOT EXISTS order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity REAL NOT NULL,
    unit_price_minor INTEGER NOT NULL,
    line_total_minor INTEGER NOT NULL,
    UNIQUE (order_id, line_no)
);
CREATE INDEX IF NOT EXISTS idx_orders_customer ON orders(customer_id);
CREATE INDEX IF NOT EXISTS idx_orders_date ON orders(ordered_at);
CREATE INDEX IF NOT EXISTS idx_lines_product ON order_lines(product_id);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Index i upgrades a database from version i to version i + 1.
MIGRATIONS: list[str] = [SCHEMA_V1]
# Offers (issue 7): campaigns sent from Shopkeeper and who was in them (in_control = held out to measure the effect).
MIGRATIONS.append("""
CREATE TABLE IF NOT EXISTS campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    audience TEXT NOT NULL,
    target TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    files TEXT NOT NULL DEFAULT '[]',
    members INTEGER NOT NULL DEFAULT 0,
    control_members INTEGER NOT NULL DEFAULT 0,
    estimated_cost_minor INTEGER,
    currency TEXT
);
CREATE TABLE IF NOT EXISTS campaign_members (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    in_control INTEGER NOT NULL DEFAULT 0,
    discount_percent REAL,
    PRIMARY KEY (campaign_id, customer_id)
);
CREATE INDEX IF NOT EXISTS idx_campaign_members_customer ON campaign_members(customer_id)
""")
# Net money, consent (issue 14). A line keeps its gross (price x quantity), its own discount, its share of the
# order-level discount and of a partial refund (pro rata to its gross, exact in minor units), and the net that
# every revenue figure sums. An order keeps subtotal, tax, fees and refunds beside shipping and total paid.
# Consent is one current statement per customer and channel, with where and when it was made.
# Online Retail "C" invoices become returns that count (negative lines) instead of cancelled orders.
MIGRATIONS.append("""
ALTER TABLE order_lines ADD COLUMN gross_minor INTEGER;
ALTER TABLE order_lines ADD COLUMN discount_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN order_discount_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN refunded_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN net_minor INTEGER;
UPDATE order_lines SET gross_minor = line_total_minor, net_minor = line_total_minor;
ALTER TABLE orders ADD COLUMN subtotal_minor INTEGER;
ALTER TABLE orders ADD COLUMN tax_minor INTEGER;
ALTER TABLE orders ADD COLUMN fees_minor INTEGER;
ALTER TABLE orders ADD COLUMN refunded_minor INTEGER;
ALTER TABLE orders ADD COLUMN order_discount_minor INTEGER;
UPDATE orders SET status = 'returned', is_cancelled = 0
    WHERE platform = 'online_retail' AND upper(external_id) LIKE 'C%';
CREATE TABLE IF NOT EXISTS consent (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    granted INTEGER NOT NULL,
    source TEXT NOT NULL,
    source_rank INTEGER NOT NULL DEFAULT 0,
    stated_at TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(id),
    PRIMARY KEY (customer_id, channel)
);
INSERT OR IGNORE INTO consent(customer_id, channel, granted, source, source_rank, stated_at, import_id)
    SELECT c.id, 'email', c.accepts_marketing, 'order', 0,
           COALESCE((SELECT MAX(o.ordered_at) FROM orders o WHERE o.customer_id = c.id), '1970-01-01T00:00:00Z'),
           c.first_seen_import
    FROM customers c WHERE c.accepts_marketing IS NOT NULL
""")
# Catalogs, order-only files, campaign results (issues 18, 19). A product learns from the shop's catalog export
# (status, publication, stock, image, the product a variant belongs to); an order from a file without products
# keeps its value with lines_known = 0; a campaign keeps its send date, the window it is judged on, its random
# seed and variants, and each member their group ('mailed', 'control' or a variant's name) and coupon code.
MIGRATIONS.append("""
ALTER TABLE products ADD COLUMN image_url TEXT;
ALTER TABLE products ADD COLUMN status TEXT;
ALTER TABLE products ADD COLUMN published INTEGER;
ALTER TABLE products ADD COLUMN in_stock INTEGER;
ALTER TABLE products ADD COLUMN inventory_qty REAL;
ALTER TABLE products ADD COLUMN vendor TEXT;
ALTER TABLE products ADD COLUMN tags TEXT;
ALTER TABLE products ADD COLUMN parent_key TEXT;
ALTER TABLE products ADD COLUMN catalog_import INTEGER REFERENCES imports(id);
ALTER TABLE customers ADD COLUMN created_at TEXT;
ALTER TABLE orders ADD COLUMN item_count REAL;
ALTER TABLE orders ADD COLUMN lines_known INTEGER NOT NULL DEFAULT 1;
ALTER TABLE campaigns ADD COLUMN sent_at TEXT;
ALTER TABLE campaigns ADD COLUMN window_days INTEGER NOT NULL DEFAULT 30;
ALTER TABLE campaigns ADD COLUMN seed INTEGER;
ALTER TABLE campaigns ADD COLUMN variants TEXT NOT NULL DEFAULT '[]';
ALTER TABLE campaign_members ADD COLUMN group_name TEXT;
ALTER TABLE campaign_members ADD COLUMN coupon_code TEXT;
UPDATE campaign_members SET group_name = CASE WHEN in_control THEN 'control' ELSE 'mailed' END;
UPDATE campaigns SET sent_at = substr(created_at, 1, 10);
CREATE INDEX IF NOT EXISTS idx_campaign_members_code ON campaign_members(coupon_code);
CREATE INDEX IF NOT EXISTS idx_orders_discount_code ON orders(discount_code)
""")
# A columnar copy of the order lines (issue 20: a million lines read in milliseconds, core.table_copy). Any
# change to a line empties the copy, so a copy that exists is the lines as they are now.
MIGRATIONS.append("""
CREATE TABLE IF NOT EXISTS line_copy (
    name TEXT NOT NULL,
    part INTEGER NOT NULL,
    definition TEXT NOT NULL,
    dtype TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (name, part)
);
CREATE TRIGGER IF NOT EXISTS line_copy_stale_on_insert AFTER INSERT ON order_lines
    WHEN EXISTS (SELECT 1 FROM line_copy) BEGIN DELETE FROM line_copy; END;
CREATE TRIGGER IF NOT EXISTS line_copy_stale_on_delete AFTER DELETE ON order_lines
    WHEN EXISTS (SELECT 1 FROM line_copy) BEGIN DELETE FROM line_copy; END;
CREATE TRIGGER IF NOT EXISTS line_copy_stale_on_update AFTER UPDATE ON order_lines
    WHEN EXISTS (SELECT 1 FROM line_copy) BEGIN DELETE FROM line_copy; END
""")
# The same kind of copy of the orders table's columns every load reads (core.table_copy): on a shop of 250,000
# orders SQLite took 0.6 s to hand them over row by row.
MIGRATIONS.append("""
CREATE TABLE IF NOT EXISTS order_copy (
    name TEXT NOT NULL,
    part INTEGER NOT NULL,
    definition TEXT NOT NULL,
    dtype TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (name, part)
);
CREATE TRIGGER IF NOT EXISTS order_copy_stale_on_insert AFTER INSERT ON orders
    WHEN EXISTS (SELECT 1 FROM order_copy) BEGIN DELETE FROM order_copy; END;
CREATE TRIGGER IF NOT EXISTS order_copy_stale_on_delete AFTER DELETE ON orders
    WHEN EXISTS (SELECT 1 FROM order_copy) BEGIN DELETE FROM order_copy; END;
CREATE TRIGGER IF NOT EXISTS order_copy_stale_on_update
    AFTER UPDATE OF id, external_id, customer_id, ordered_at, is_cancelled, country, currency ON orders
    WHEN EXISTS (SELECT 1 FROM order_copy) BEGIN DELETE FROM order_copy; END
""")
# Results kept in the shop file (issue 20, core.result_copy): the customer overview, worked out once per state of
# the data. A change to any row it is made from (orders, lines, products, customers, settings) empties the table in
# the same transaction, so a kept result is never stale and an erased customer leaves it with the row.
MIGRATIONS.append("""
CREATE TABLE IF NOT EXISTS result_copy (
    key TEXT NOT NULL,
    code TEXT NOT NULL,
    item TEXT NOT NULL,
    kind TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (key, item)
);
""" + ";\n".join(
    f"CREATE TRIGGER IF NOT EXISTS result_copy_stale_on_{table}_{event.lower()} AFTER {event} ON {table}\n"
    "    WHEN EXISTS (SELECT 1 FROM result_copy) BEGIN DELETE FROM result_copy; END"
    for table in ("orders", "order_lines", "products", "customers", "settings")
    for event in ("INSERT", "UPDATE", "DELETE")))
SCHEMA_VERSION = len(MIGRATIONS)
