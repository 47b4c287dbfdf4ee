"""Locale and file robustness, atomicity and idempotence of imports (fixtures written by the tests)."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from core.errors import Cancelled
from core.importers.base import ImportOptions
from core.importers.pipeline import import_file, inspect_file, validate_file
from core.importers.reading import guess_encoding
from core.importers.values import AmbiguousDatesError, parse_number

HEADER = "Invoice;StockCode;Description;Quantity;InvoiceDate;Price;Customer ID;Country\n"


def count(db, table):
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_cp1251_semicolons_decimal_commas_thousands(fresh_db, tmp_path):
    path = tmp_path / "продажи.csv"
    rows = ["5001;A1;Кружка синяя;2;03.02.2025 10:15;1 234,50;77;Россия",
            "5001;A2;Тарелка;1;03.02.2025 10:15;99,90;77;Россия",
            "5002;A1;Кружка синяя;3;14.02.2025 08:00;1 234,50;78;Украина",
            "C5003;A2;Тарелка;-1;15.02.2025 09:00;99,90;77;Россия"]
    path.write_bytes((HEADER + "\r\n".join(rows) + "\r\n").encode("cp1251"))
    info = inspect_file(path)
    assert (info.encoding, info.delimiter, info.decimal, info.day_first) == ("cp1251", ";", ",", True)
    result = import_file(fresh_db, path)
    assert (result.orders_added, result.lines_added, result.customers_added) == (3, 4, 2)
    totals = [r[0] for r in fresh_db.execute("SELECT line_total_minor FROM order_lines ORDER BY id")]
    assert totals == [246900, 9990, 370350, -9990]
    assert fresh_db.execute("SELECT name FROM products WHERE sku = 'A1'").fetchone()[0] == "Кружка синяя"
    assert fresh_db.execute("SELECT ordered_at FROM orders WHERE external_id = '5002'").fetchone()[0] == \
        "2025-02-14T08:00:00Z"


def test_cp1257_and_latin1_are_detected(tmp_path):
    assert guess_encoding("Pirkėjas;Šiauliai;Jūrmala;Rīga\n".encode("cp1257")) == "cp1257"
    assert guess_encoding("Kunde;Müller;Köln;Straße\n".encode("latin-1")) == "latin-1"
    assert guess_encoding("\ufeffa,b\n".encode("utf-8")) == "utf-8-sig"


@pytest.mark.parametrize("text, decimal, expected", [
    ("1 234,50 zł", ",", 1234.50), ("1.234,50 €", ",", 1234.50), ("€1,234.50", ".", 1234.50),
    ("12,5", ",", 12.5), ("$-3.00", ".", -3.0), ("1\u00a0234,50 ₽", ",", 1234.50), ("abc", ".", float("nan")),
])
def test_money_text(text, decimal, expected):
    value = parse_number(pd.Series([text]), decimal).iloc[0]
    assert (pd.isna(value) and pd.isna(expected)) or value == pytest.approx(expected)


def test_ambiguous_dates_ask_and_date_order_option_answers(fresh_db, tmp_path):
    path = tmp_path / "ambiguous.csv"
    path.write_text("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
                    "1,A,Mug,1,03/04/2025 10:00,2.50,7,UK\n2,A,Mug,1,05/06/2025 11:00,2.50,8,UK\n", encoding="utf-8")
    assert inspect_file(path).dates_ambiguous
    with pytest.raises(AmbiguousDatesError):
        import_file(fresh_db, path)
    assert count(fresh_db, "orders") == 0 and count(fresh_db, "imports") == 0
    import_file(fresh_db, path, ImportOptions(day_first=False))
    assert fresh_db.execute("SELECT ordered_at FROM orders WHERE external_id = '1'").fetchone()[0] == \
        "2025-03-04T10:00:00Z"


def test_cli_date_order_flag_and_json(tmp_path):
    path = tmp_path / "ambiguous.csv"
    path.write_text("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
                    "1,A,Mug,1,03/04/2025 10:00,2.50,7,UK\n", encoding="utf-8")
    db = tmp_path / "shop.db"
    run = lambda *extra: subprocess.run([sys.executable, "-m", "core", "import", str(path), "--db", str(db), *extra],
                                        capture_output=True, text=True)  # noqa: E731
    failed = run()
    assert failed.returncode == 1 and "day-first or month-first" in failed.stderr + failed.stdout
    assert "--date-order dmy" in failed.stderr and failed.stderr.count("\n") == 1  # one sentence, with the answer
    done = run("--date-order", "dmy", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["orders_added"] == 1


def test_malformed_rows_are_counted_not_fatal(fresh_db, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
                    "1,A,Mug,1,2025-01-02 10:00,2.50,7,UK\n"
                    "2,A,Mug,1,2025-01-02 10:00,2.50,7,UK,extra,fields\n"
                    "3,B,\"Plate, with a\nline break\",2,2025-01-03 10:00,x,8,UK\n"
                    "4,B,Plate,2,2025-01-04 10:00,3.00,8,UK\n\n\n", encoding="utf-8")
    rejected = tmp_path / "rejected.csv"
    result = import_file(fresh_db, path, rejected_csv=rejected)
    assert result.rows_skipped == 2
    assert result.skip_reasons == {"malformed row (more fields than the header)": 1, "price is not a number": 1}
    assert result.lines_added == 2
    saved = pd.read_csv(rejected, dtype=str)
    assert list(saved["Invoice"]) == ["3"] and saved["Description"].iloc[0] == "Plate, with a\nline break"


def test_cancel_after_first_chunk_leaves_shop_unchanged(fresh_db, tiny_shop_csv, tmp_path):
    import_file(fresh_db, tiny_shop_csv)
    before = {t: count(fresh_db, t) for t in ("orders", "order_lines", "customers", "products", "imports")}
    big = tmp_path / "more.csv"
    rows = [f"{9000 + i},S{i % 7},Thing {i % 7},1,2024-05-{1 + i % 28:02d} 10:00,1.50,{500 + i % 13},UK"
            for i in range(60)]
    big.write_text("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
                   + "\n".join(rows) + "\n", encoding="utf-8")
    chunks_seen = []

    def progress(fraction, message=None):
        chunks_seen.append(fraction)

    with pytest.raises(Cancelled):
        import_file(fresh_db, big, ImportOptions(chunk_rows=10), progress=progress,
                    cancelled=lambda: len(chunks_seen) >= 2)
    assert len(chunks_seen) >= 2  # the first chunk was really written before the cancel
    after = {t: count(fresh_db, t) for t in before}
    assert after == before


def test_reimport_and_newer_export_update_changed_orders(fresh_db, tmp_path):
    first = tmp_path / "export1.csv"
    header = "order_number,order_date,status,order_total,customer_email,product_name,sku,quantity,item_total\n"
    first.write_text(header + "1,2025-01-01 10:00,completed,10,a@x.com,Mug,M,1,10\n"
                     "2,2025-01-02 10:00,processing,20,b@x.com,Plate,P,2,20\n", encoding="utf-8")
    r1 = import_file(fresh_db, first)
    r2 = import_file(fresh_db, first)
    assert (r1.orders_added, r1.lines_added) == (2, 2)
    assert (r2.orders_added, r2.lines_added, r2.orders_updated, r2.customers_added) == (0, 0, 0, 0)
    newer = tmp_path / "export2.csv"
    newer.write_text(header + "1,2025-01-01 10:00,completed,10,a@x.com,Mug,M,1,10\n"
                     "2,2025-01-02 10:00,refunded,20,b@x.com,Plate,P,2,20\n"
                     "3,2025-01-03 10:00,completed,5,A@X.com ,Mug,M,1,5\n", encoding="utf-8")
    r3 = import_file(fresh_db, newer)
    assert (r3.orders_added, r3.orders_updated, r3.lines_added, r3.customers_added) == (1, 1, 1, 0)
    assert fresh_db.execute("SELECT status, is_cancelled FROM orders WHERE external_id = '2'").fetchone() == \
        ("refunded", 1)
    log = fresh_db.execute("SELECT file_name, format, orders_added, orders_updated FROM imports ORDER BY id").fetchall()
    assert log == [("export1.csv", "woocommerce", 2, 0), ("export1.csv", "woocommerce", 0, 0),
                   ("export2.csv", "woocommerce", 1, 1)]


def test_validation_summary_writes_nothing(fresh_db, tiny_shop_csv):
    summary = validate_file([tiny_shop_csv], db=fresh_db)
    raw = pd.read_csv(tiny_shop_csv, dtype=str)
    assert summary.rows == len(raw)
    assert summary.orders == raw["Invoice"].nunique()
    assert summary.currencies and summary.first_date <= summary.last_date
    assert count(fresh_db, "orders") == 0


def test_same_person_across_two_stores_is_one_customer(fresh_db, tmp_path):
    woo = tmp_path / "woo.csv"
    woo.write_text("order_number,order_date,status,order_total,customer_email,product_name,sku,quantity,item_total\n"
                   "1,2025-01-01 10:00,completed,10,Ann@Example.com,Mug,M,1,10\n", encoding="utf-8")
    shop = tmp_path / "orders_export.csv"
    shop.write_text("Name,Email,Financial Status,Currency,Total,Created at,Lineitem quantity,Lineitem name,"
                    "Lineitem price,Lineitem sku\n#1,ann@example.com,paid,EUR,5,2025-02-01 10:00:00 +0000,1,Mug,5,M\n",
                    encoding="utf-8")
    import_file(fresh_db, woo)
    import_file(fresh_db, shop)
    assert count(fresh_db, "customers") == 1
    assert fresh_db.execute("SELECT COUNT(DISTINCT platform) FROM orders").fetchone()[0] == 2


def test_non_product_list_is_editable(tmp_path):
    path = tmp_path / "retail.csv"
    path.write_text("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
                    "1,A,Mug,1,2025-01-02 10:00,2.50,7,UK\n1,WRAP,Gift wrapping,1,2025-01-02 10:00,1.00,7,UK\n"
                    "1,POST,POSTAGE,1,2025-01-02 10:00,5.00,7,UK\n", encoding="utf-8")
    db = tmp_path / "shop.db"
    done = subprocess.run([sys.executable, "-m", "core", "import", str(path), "--db", str(db), "--non-product", "wrap"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    from core.store import get_setting, open_shop
    shop = open_shop(db)
    assert get_setting(shop, "non_product_codes") == ["WRAP"]
    flags = dict(shop.execute("SELECT sku, is_product FROM products").fetchall())
    assert flags == {"A": 1, "WRAP": 0, "POST": 0}


# --- very large files: streamed in chunks; size and an estimate before anything reads the whole file ---------

def _big_export(path, rows: int, seed: int = 3, gz: bool = False):
    """Write ``rows`` Online Retail lines of varying width; returns (path, the exact row count)."""
    import gzip
    import random

    rng = random.Random(seed)
    header = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
    lines = [header]
    for i in range(rows):
        name = " ".join(rng.choice(["RED", "BLUE", "MUG", "VINTAGE", "HEART", "LANTERN", "SET OF 6"])
                        for _ in range(rng.randrange(1, 6)))
        lines.append(f"{500000 + i // 4},P{rng.randrange(900)},{name},{rng.randrange(1, 48)},"
                     f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} 10:{i % 60:02d}:00,{rng.randrange(50, 5000) / 100},"
                     f"{10000 + rng.randrange(3000)}.0,{rng.choice(['France', 'United Kingdom', 'Poland'])}\n")
    data = "".join(lines).encode("utf-8")
    if gz:
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return path, rows


def test_estimate_counts_small_files_exactly(tmp_path, tiny_shop_csv):
    from core.importers.reading import estimate_file

    expected = len(pd.read_csv(tiny_shop_csv))
    estimate = estimate_file(tiny_shop_csv)
    assert estimate.exact and estimate.rows == expected
    assert estimate.size_bytes == tiny_shop_csv.stat().st_size
    path, rows = _big_export(tmp_path / "crlf.csv", 500)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n") + b"\r\n\r\n")  # CRLF, blank lines at the end
    assert estimate_file(path).rows == rows
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert estimate_file(empty).rows == 0


@pytest.mark.parametrize("gz", [False, True])
def test_estimate_of_a_large_file_is_close_and_reads_only_its_head(tmp_path, gz, monkeypatch):
    from core.importers import reading

    path, rows = _big_export(tmp_path / ("big.csv.gz" if gz else "big.csv"), 60_000, gz=gz)
    real_open = open
    read_sizes = []

    class Spy:
        def __init__(self, handle):
            self.handle = handle

        def read(self, n=-1):
            data = self.handle.read(n)
            read_sizes.append(len(data))
            return data

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    monkeypatch.setattr(reading, "open", lambda *a, **k: Spy(real_open(*a, **k)), raising=False)
    estimate = reading.estimate_file(path)
    monkeypatch.undo()
    assert not estimate.exact
    assert abs(estimate.rows - rows) / rows < 0.05, estimate
    if not gz:
        assert sum(read_sizes) <= reading._ESTIMATE_SAMPLE + 8 < path.stat().st_size
    assert estimate.import_seconds == pytest.approx(estimate.rows / reading.IMPORT_ROWS_PER_SECOND)
    assert estimate.check_seconds < estimate.import_seconds


def test_estimate_of_a_workbook_uses_its_row_count(tmp_path, tiny_shop_csv):
    from core.importers.reading import estimate_file

    frame = pd.read_csv(tiny_shop_csv)
    path = tmp_path / "orders.xlsx"
    frame.to_excel(path, index=False)
    assert estimate_file(path).rows == len(frame)


def test_large_file_streams_in_chunks_with_rising_progress(fresh_db, tmp_path):
    """A file bigger than one chunk is read chunk by chunk (never whole), and every row still arrives."""
    from core.importers import reading

    path, rows = _big_export(tmp_path / "big.csv", 25_000)
    sniff = reading.sniff_file(path)
    sizes, fractions = [], []
    for chunk, fraction in reading.read_chunks(sniff, chunk_rows=4_000):
        sizes.append(len(chunk))
        fractions.append(fraction)
    assert max(sizes) <= 4_000 and sum(sizes) == rows and len(sizes) == 7
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and fractions[0] < 0.5  # not read whole
    result = import_file(fresh_db, path, ImportOptions(chunk_rows=4_000))
    assert result.rows_read == rows and result.lines_added + result.rows_skipped == rows
    assert count(fresh_db, "order_lines") == result.lines_added
