"""Correctness of core/importers/writer.py: idempotence, updated orders, line numbering across chunks.

Expected values are computed independently from the CSV text with the csv module / pandas, not from the writer.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict

import pandas as pd
import pytest

from benchmarks.generate import generate_shop
from core.importers.base import ImportOptions
from core.importers.pipeline import import_file
from core.importers.writer import ShopWriter, customer_keys, product_keys
from core.store import open_memory_shop, write_transaction

HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"


def _lines_by_invoice(path) -> dict[str, list[tuple[str, float, int]]]:
    """Independent reading: invoice -> [(stock code, quantity, price in pence)] in file order."""
    out: dict[str, list] = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out[row["Invoice"]].append((row["StockCode"], float(row["Quantity"]), round(float(row["Price"]) * 100)))
    return out


def _db_lines(db) -> dict[str, list[tuple[str, float, int]]]:
    rows = db.execute(
        "SELECT o.external_id, p.sku, l.quantity, l.unit_price_minor FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
        "ORDER BY o.external_id, l.line_no").fetchall()
    out: dict[str, list] = defaultdict(list)
    for invoice, sku, quantity, price in rows:
        out[invoice].append((sku, quantity, price))
    return out


@pytest.fixture
def shop_csv(tmp_path):
    path = tmp_path / "shop.csv"
    facts = generate_shop(path, 3_000, seed=3)
    return path, facts


@pytest.mark.parametrize("chunk_rows", [97, 1_000, 100_000])
def test_lines_numbered_per_order_across_chunks(shop_csv, chunk_rows):
    """Small chunks cut orders in pieces: every line still lands once, in file order, numbered 1..n."""
    path, facts = shop_csv
    db = open_memory_shop()
    result = import_file(db, path, ImportOptions(chunk_rows=chunk_rows))
    expected = _lines_by_invoice(path)
    assert result.lines_added == sum(len(v) for v in expected.values()) == facts["lines"]
    assert result.orders_added == len(expected) == facts["invoices"]
    assert _db_lines(db) == dict(sorted(expected.items()))
    numbering = db.execute("SELECT order_id, MIN(line_no), MAX(line_no), COUNT(*) FROM order_lines "
                           "GROUP BY order_id").fetchall()
    assert all(low == 1 and high == count for _order, low, high, count in numbering)


def test_chunk_size_does_not_change_the_tables(shop_csv):
    path, _facts = shop_csv
    dumps = []
    for chunk_rows in (131, 100_000):
        db = open_memory_shop()
        import_file(db, path, ImportOptions(chunk_rows=chunk_rows))
        dumps.append({t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                      for t in ("customers", "products", "orders", "order_lines", "customer_sources")})
    assert dumps[0] == dumps[1]


def test_reimport_adds_nothing_and_changes_nothing(shop_csv):
    path, facts = shop_csv
    db = open_memory_shop()
    first = import_file(db, path, ImportOptions(chunk_rows=500))
    before = {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("customers", "products", "orders", "order_lines")}
    again = import_file(db, path, ImportOptions(chunk_rows=700))
    after = {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
             for t in ("customers", "products", "orders", "order_lines")}
    assert first.lines_added == facts["lines"]
    assert (again.lines_added, again.orders_added, again.customers_added, again.orders_updated) == (0, 0, 0, 0)
    assert after == before


def test_overlapping_newer_export_adds_only_new_orders_and_lines(tmp_path):
    old = tmp_path / "old.csv"
    new = tmp_path / "new.csv"
    old.write_text(HEADER + "1001,A1,RED MUG,2,2024-01-05 10:00:00,3.50,100.0,France\n"
                            "1001,B2,BLUE MUG,1,2024-01-05 10:00:00,4.25,100.0,France\n", encoding="utf-8")
    new.write_text(HEADER + "1001,A1,RED MUG,2,2024-01-05 10:00:00,3.50,100.0,France\n"
                            "1001,B2,BLUE MUG,1,2024-01-05 10:00:00,4.25,100.0,France\n"
                            "1002,A1,RED MUG,5,2024-02-01 09:00:00,3.50,200.0,Spain\n"
                            "1002,C3,TEA TOWEL,1,2024-02-01 09:00:00,1.95,200.0,Spain\n", encoding="utf-8")
    db = open_memory_shop()
    import_file(db, old)
    second = import_file(db, new)
    assert (second.orders_added, second.lines_added, second.customers_added) == (1, 2, 1)
    assert db.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0] == 4
    assert db.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 3
    spain = db.execute("SELECT c.country FROM customers c JOIN orders o ON o.customer_id = c.id "
                       "WHERE o.external_id = '1002'").fetchone()[0]
    assert spain == "Spain"


def _write_canonical(db, frame, platform="test"):
    with write_transaction(db) as conn:
        import_id = conn.execute("INSERT INTO imports(file_name, file_hash, format, imported_at) "
                                 "VALUES ('x', 'h', 'f', '2024-01-01T00:00:00Z')").lastrowid
        writer = ShopWriter(conn, platform, import_id)
        writer.write(frame)
    return writer.counts


def _canonical(rows: list[dict]) -> pd.DataFrame:
    from core.importers.base import CANONICAL_COLUMNS
    frame = pd.DataFrame(rows)
    for name in CANONICAL_COLUMNS:
        if name not in frame:
            frame[name] = pd.NA
    return frame


def _order(order_id, status="paid", cancelled=0, total=None, email=None, lines=(("A1", 2, 350),)):
    return [dict(order_id=order_id, ordered_at="2024-05-01T10:00:00Z", status=status, is_cancelled=cancelled,
                 currency="EUR", order_total_minor=total, customer_email=email, customer_external_id="c-" + order_id,
                 sku=sku, product_name=f"Product {sku}", quantity=float(q), unit_price_minor=p,
                 line_total_minor=round(q * p)) for sku, q, p in lines]


def test_changed_order_is_updated_not_duplicated():
    """A later export where an order was refunded: the status and total change, nothing is added twice."""
    db = open_memory_shop()
    first = _write_canonical(db, _canonical(_order("A-1", total=700, email="ann@example.com")
                                            + _order("A-2", total=350, email="bob@example.com")))
    assert (first.orders_added, first.lines_added, first.customers_added) == (2, 2, 2)
    later = _write_canonical(db, _canonical(_order("A-1", status="refunded", cancelled=1, total=0,
                                                   email="ann@example.com")
                                            + _order("A-2", total=350, email="bob@example.com")))
    assert (later.orders_added, later.lines_added, later.customers_added, later.orders_updated) == (0, 0, 0, 1)
    rows = dict((r[0], r[1:]) for r in db.execute(
        "SELECT external_id, status, is_cancelled, total_minor FROM orders").fetchall())
    assert rows == {"A-1": ("refunded", 1, 0), "A-2": ("paid", 0, 350)}


def test_changed_line_of_known_order_is_updated():
    db = open_memory_shop()
    _write_canonical(db, _canonical(_order("A-1", lines=(("A1", 2, 350), ("B2", 1, 425)))))
    _write_canonical(db, _canonical(_order("A-1", lines=(("A1", 3, 350), ("B2", 1, 425)))))
    lines = db.execute("SELECT line_no, quantity, line_total_minor FROM order_lines ORDER BY line_no").fetchall()
    assert lines == [(1, 3.0, 1050), (2, 1.0, 425)]


def test_customer_keys_email_first_then_platform_id_and_none():
    frame = pd.DataFrame({"customer_email": ["ann@example.com", None, None],
                          "customer_external_id": ["7", "8", None]})
    keys = customer_keys(frame, "shop")
    assert keys.tolist()[:2] == ["ann@example.com", "shop:8"]
    assert pd.isna(keys.iloc[2])


def test_product_keys_normalise_code_and_name():
    frame = pd.DataFrame({"sku": [" ab1 ", None, None], "product_name": ["Mug", "  Tea Towel ", None]})
    keys = product_keys(frame)
    assert keys.tolist()[:2] == ["sku:AB1", "name:tea towel"]
    assert pd.isna(keys.iloc[2])


def test_customer_fields_take_first_known_value_and_keep_old_ones():
    db = open_memory_shop()
    rows = _order("A-1", email="ann@example.com") + _order("A-2", email="ann@example.com")
    rows[0]["first_name"], rows[1]["first_name"] = None, "Ann"
    rows[0]["country"], rows[1]["country"] = "Poland", "Latvia"
    _write_canonical(db, _canonical(rows))
    _write_canonical(db, _canonical(_order("A-3", email="ann@example.com")))  # no name, no country: keep them
    assert db.execute("SELECT first_name, country FROM customers").fetchall() == [("Ann", "Poland")]


def test_generated_counts_match_an_independent_pandas_count(shop_csv):
    path, facts = shop_csv
    raw = pd.read_csv(path, dtype=str)
    db = open_memory_shop()
    result = import_file(db, path, ImportOptions(chunk_rows=800))
    assert result.orders_added == raw["Invoice"].nunique()
    assert result.customers_added == raw["Customer ID"].dropna().nunique() == facts["customers"]
    assert result.rows_without_customer == raw["Customer ID"].isna().sum()
    # "C" invoices are returns: they count (is_cancelled = 0) and their lines take money off.
    returned = db.execute("SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                          "WHERE o.status = 'returned' AND o.is_cancelled = 0").fetchone()[0]
    assert returned == raw["Invoice"].str.startswith("C").sum()
    pence = (raw["Quantity"].astype(float) * raw["Price"].astype(float) * 100).round().astype(int).sum()
    assert db.execute("SELECT SUM(line_total_minor) FROM order_lines").fetchone()[0] == pence
    per_product = Counter(raw["StockCode"])
    counted = dict(db.execute("SELECT p.sku, COUNT(*) FROM order_lines l JOIN products p ON p.id = l.product_id "
                              "GROUP BY p.sku").fetchall())
    assert counted == dict(per_product)


def _line_indexes(db) -> list[tuple]:
    return db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'order_lines' "
                      "ORDER BY name").fetchall()


def test_first_import_rebuilds_the_deferred_line_indexes(shop_csv):
    path, _facts = shop_csv
    db = open_memory_shop()
    before = _line_indexes(db)
    assert any(name == "idx_lines_product" for name, _sql in before)
    import_file(db, path, ImportOptions(chunk_rows=900))
    assert _line_indexes(db) == before
    plan = " ".join(str(r) for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM order_lines WHERE product_id = 1").fetchall())
    assert "idx_lines_product" in plan
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cancelled_first_import_keeps_indexes_and_leaves_no_rows(shop_csv):
    from core.errors import Cancelled

    path, _facts = shop_csv
    db = open_memory_shop()
    before = _line_indexes(db)
    calls = []

    def cancel_after_two_chunks():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        import_file(db, path, ImportOptions(chunk_rows=500), cancelled=cancel_after_two_chunks)
    assert _line_indexes(db) == before
    assert db.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0] == 0


def test_second_import_does_not_drop_indexes(shop_csv, tmp_path):
    path, _facts = shop_csv
    db = open_memory_shop()
    import_file(db, path)
    with write_transaction(db) as conn:
        writer = ShopWriter(conn, "online_retail", 1, defer_indexes=True)
        writer.write(_canonical(_order("NEW-1")))
        # lines already exist, so nothing was dropped: the index is there before finish()
        assert any(name == "idx_lines_product" for name, _sql in _line_indexes(db))
        writer.finish()


def test_key_codes_equal_factorising_the_row_keys():
    """The writer builds key codes from per-column codes; they must equal a plain factorise of the row keys,
    including raw values that normalise to one key (' ab1 ' and 'AB1') and an e-mail that looks like an id."""
    from core.importers.writer import _customer_key_codes, _product_key_codes

    frame = pd.DataFrame({
        "customer_email": [None, "ann@example.com", None, "shop:8", None, "bob@example.com", None],
        "customer_external_id": ["8", "7", None, "9", "8", "1", "3"],
        "sku": [" ab1 ", None, "AB1", "c2", None, None, "ab1"],
        "product_name": ["Mug", "  Tea Towel ", None, "x", "tea towel", None, "Mug"]})
    for (codes, keys), expected in ((_customer_key_codes(frame, "shop"), customer_keys(frame, "shop")),
                                    (_product_key_codes(frame), product_keys(frame))):
        want_codes, want_keys = pd.factorize(expected.astype(object), use_na_sentinel=True)
        assert codes.tolist() == want_codes.tolist()
        assert keys.tolist() == list(want_keys)
    codes, keys = _customer_key_codes(frame, "shop")
    assert keys[codes[0]] == keys[codes[3]] == keys[codes[4]] == "shop:8"  # e-mail "shop:8" meets id 8
    assert codes[2] == -1
    codes, keys = _product_key_codes(frame)
    assert keys[codes[0]] == keys[codes[2]] == keys[codes[6]] == "sku:AB1" and codes[5] == -1


def test_import_leaves_foreign_keys_on_and_satisfied(shop_csv, tmp_path):
    """Imports skip SQLite's per-row foreign key look-ups; the rows must still satisfy every key, and the
    connection must have its checks back afterwards (also after a failed import)."""
    from core.errors import Cancelled
    from core.store import open_shop

    path, facts = shop_csv
    db = open_shop(tmp_path / "fk.db")
    result = import_file(db, path, ImportOptions(chunk_rows=700))
    assert result.lines_added == facts["lines"]
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    orphans = db.execute("SELECT COUNT(*) FROM order_lines l LEFT JOIN orders o ON o.id = l.order_id "
                         "LEFT JOIN products p ON p.id = l.product_id WHERE o.id IS NULL OR p.id IS NULL").fetchone()
    assert orphans[0] == 0
    other = tmp_path / "other.csv"
    other.write_text(HEADER + "9001,Z9,NEW MUG,1,2024-01-05 10:00:00,3.50,100.0,France\n", encoding="utf-8")
    with pytest.raises(Cancelled):
        import_file(db, other, cancelled=lambda: True)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(Exception):  # the checks really are back on
        with write_transaction(db) as conn:
            conn.execute("INSERT INTO order_lines(order_id, line_no, product_id, quantity, unit_price_minor, "
                         "line_total_minor) VALUES (999999, 1, 1, 1, 1, 1)")


def test_known_order_gains_a_line_and_only_changed_lines_are_rewritten():
    """A later export: order A-1 has one line changed and one line more, A-2 is unchanged, A-3 is new.
    Lines added are counted exactly, and rows that did not change are not written again (a temp trigger
    counts the UPDATEs SQLite really performs)."""
    db = open_memory_shop()
    _write_canonical(db, _canonical(_order("A-1", lines=(("A1", 2, 350), ("B2", 1, 425)))
                                    + _order("A-2", lines=(("C3", 1, 100), ("D4", 4, 80)))))
    db.execute("CREATE TEMP TABLE rewrites(n INTEGER)")
    db.execute("CREATE TEMP TRIGGER count_rewrites AFTER UPDATE ON order_lines BEGIN "
               "INSERT INTO rewrites VALUES (NEW.id); END")
    later = _write_canonical(db, _canonical(_order("A-1", lines=(("A1", 2, 350), ("B2", 2, 425), ("E5", 1, 990)))
                                            + _order("A-2", lines=(("C3", 1, 100), ("D4", 4, 80)))
                                            + _order("A-3", lines=(("A1", 1, 350),))))
    assert (later.lines_added, later.orders_added) == (2, 1)
    assert db.execute("SELECT COUNT(*) FROM rewrites").fetchone()[0] == 1
    rows = db.execute("SELECT o.external_id, l.line_no, p.sku, l.quantity, l.line_total_minor FROM order_lines l "
                      "JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
                      "ORDER BY o.external_id, l.line_no").fetchall()
    assert rows == [("A-1", 1, "A1", 2.0, 700), ("A-1", 2, "B2", 2.0, 850), ("A-1", 3, "E5", 1.0, 990),
                    ("A-2", 1, "C3", 1.0, 100), ("A-2", 2, "D4", 4.0, 320), ("A-3", 1, "A1", 1.0, 350)]


def test_products_and_customers_are_rewritten_only_when_something_changed():
    """A later export names the same products and customers: only the product whose price and the customer
    whose country changed are written (temp triggers count real UPDATEs); the values land."""
    db = open_memory_shop()
    rows = _order("A-1", email="ann@example.com", lines=(("A1", 2, 350), ("B2", 1, 425)))
    for row in rows:
        row["country"] = "Poland"
    _write_canonical(db, _canonical(rows))
    db.execute("CREATE TEMP TABLE rewrites(what TEXT)")
    db.execute("CREATE TEMP TRIGGER p_rewrites AFTER UPDATE ON products BEGIN INSERT INTO rewrites VALUES "
               "('product ' || NEW.sku); END")
    db.execute("CREATE TEMP TRIGGER c_rewrites AFTER UPDATE ON customers BEGIN INSERT INTO rewrites VALUES "
               "('customer ' || NEW.key); END")
    again = _order("A-2", email="ann@example.com", lines=(("A1", 1, 350), ("B2", 1, 450)))
    for row in again:
        row["country"] = "Poland"
    _write_canonical(db, _canonical(again))
    assert db.execute("SELECT what FROM rewrites").fetchall() == [("product B2",)]
    assert db.execute("SELECT sku, last_price_minor FROM products ORDER BY sku").fetchall() == [("A1", 350),
                                                                                                ("B2", 450)]
    moved = _order("A-3", email="ann@example.com")
    moved[0]["country"] = "Latvia"  # a newer export's known value replaces the old one
    _write_canonical(db, _canonical(moved))
    assert db.execute("SELECT what FROM rewrites WHERE what LIKE 'customer%'").fetchall() == [
        ("customer ann@example.com",)]
    assert db.execute("SELECT country FROM customers").fetchone()[0] == "Latvia"
