"""Values that are not what they seem (issue 15): numbers with units or fractions, implausible and impossible
dates, ISO dates under --date-order dmy; and shop files that are not shops (another program's database)."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

from core.errors import NotAShopError
from core.importers.base import ImportOptions
from core.importers.pipeline import import_file
from core.importers.values import implausible_dates, parse_datetimes, parse_number
from core.store import ShopReadOnlyError, open_shop, set_setting

ROOT = Path(__file__).resolve().parents[3]
HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"


@pytest.mark.parametrize("text, expected", [
    ("1/2", None), ("0x10", None), ("10kg", None), ("5 pcs", None), ("(5)", -5.0), ("(1 234,50 zł)", -1234.5),
    ("12", 12.0), ("1 234,50 zł", 1234.5), ("€1.234,50", 1234.5), ("-3", -3.0), ("US$ 12,00", 12.0),
    ("12,50 EUR", 12.5), ("5 Kč", 5.0), ("½", None), ("1e400", None),
])
def test_numbers_that_are_not_numbers_are_unreadable(text, expected):
    value = parse_number(pd.Series([text, "1,00"]), ",").iloc[0]
    assert (pd.isna(value) and expected is None) or value == pytest.approx(expected)


def test_a_unit_is_read_only_when_the_whole_column_has_it():
    assert parse_number(pd.Series(["10kg", "2.5 kg", "1 KG", None]), ".").tolist()[:3] == [10.0, 2.5, 1.0]
    assert parse_number(pd.Series(["5 pcs", "12 pcs"]), ".").tolist() == [5.0, 12.0]
    mixed = parse_number(pd.Series(["10kg", "5 pcs", "3"]), ".")
    assert mixed.isna().tolist() == [True, True, False]


def test_cells_that_are_not_numbers_are_skipped_and_counted(fresh_db, tmp_path):
    quantities = ["2", "1/2", "0x10", "10kg", "5 pcs", "(5)", "3"]
    path = tmp_path / "orders.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER.strip().split(","))
        writer.writerows([100 + i, f"A{i}", "Mug", q, "2024-01-05 10:00:00", "2.50", "7", "UK"]
                         for i, q in enumerate(quantities))
    result = import_file(fresh_db, path)
    assert result.skip_reasons == {"quantity is not a number": 4}
    stored = sorted(r[0] for r in fresh_db.execute("SELECT quantity FROM order_lines"))
    assert stored == [-5.0, 2.0, 3.0]


def test_implausible_and_impossible_dates_are_skipped_not_fatal(fresh_db, tmp_path):
    tomorrow = datetime.now(timezone.utc) + timedelta(days=1)
    later = datetime.now(timezone.utc) + timedelta(days=3)
    dates = ["05/01/2024 10:00", "31/12/9999 10:00", "01/06/1985 10:00", later.strftime("%d/%m/%Y 10:00"),
             tomorrow.strftime("%d/%m/%Y 09:00"), "31/12/1899", "2024-02-07 10:00:00"]
    path = tmp_path / "orders.csv"
    path.write_text(HEADER + "".join(f"{100 + i},A,Mug,1,{d},2.50,7,UK\n" for i, d in enumerate(dates)),
                    encoding="utf-8")
    result = import_file(fresh_db, path, ImportOptions(day_first=True))
    assert result.rows_skipped == 4
    kept = sorted(r[0] for r in fresh_db.execute("SELECT external_id FROM orders"))
    assert kept == ["100", "104", "106"]
    assert implausible_dates(pd.Series(dates), True).tolist() == [False, False, True, True, False, True, False]


def test_dates_in_every_bound_never_raise():
    cells = ["31/12/9999", "01/01/0001", "29/02/2023", "1/1/1677", "12/04/2262 00:00", "00/00/0000"]
    for day_first in (True, False, None):
        iso, _offsets = parse_datetimes(pd.Series(cells), day_first)
        assert iso.isna().all()


def test_date_order_dmy_still_reads_iso_dates(tmp_path):
    rows = "".join(f"{1000 + i},A{i % 3},Mug,1,2024-0{1 + i % 9}-{10 + i % 18} 10:{i:02d}:00,2.50,{i % 7},UK\n"
                   for i in range(40))
    path = tmp_path / "iso.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    db = tmp_path / "shop.db"
    done = subprocess.run([sys.executable, "-m", "core", "import", str(path), "--db", str(db), "--date-order", "dmy",
                           "--json"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["rows_skipped"] == 0 and result["orders_added"] == 40
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT ordered_at FROM orders WHERE external_id = '1003'").fetchone()[0] == \
        "2024-04-13T10:03:00Z"
    conn.close()


# ---- files that are not shops --------------------------------------------------------------------------------

def _browser_history(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)")
    conn.execute("INSERT INTO meta VALUES ('version', '56'), ('last_compatible_version', '16')")
    conn.execute("CREATE TABLE urls(id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR)")
    conn.execute("INSERT INTO urls(url, title) VALUES ('https://bank.example', 'My bank')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("name", ["History", "Cookies"])
def test_another_programs_database_is_refused_before_anything_is_written(tmp_path, name):
    path = tmp_path / name
    _browser_history(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NotAShopError, match="not a Shopkeeper shop"):
        open_shop(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no -wal, no -shm, no backup
    header = path.read_bytes()[18:20]
    assert header == b"\x01\x01"  # still a rollback-journal database: WAL mode was not switched on


def test_new_empty_file_missing_path_and_empty_database_become_shops(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.db"
    sqlite3.connect(blank).close()
    for path in (empty, tmp_path / "missing.db", blank):
        db = open_shop(path)
        assert "orders" in db.table_names()
        db.conn.close()
        db = open_shop(path)  # and opens again as a shop
        db.conn.close()


def test_immutable_shop_says_so_in_one_sentence(tmp_path):
    path = tmp_path / "locked.shop.db"
    open_shop(path).conn.close()
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        db = open_shop(path)
        with pytest.raises(ShopReadOnlyError) as info:
            set_setting(db, "pins", {"1": [2]})
        db.conn.close()
        result = subprocess.run([sys.executable, "-m", "core", "import", str(ROOT / "tests" / "core" / "__init__.py"),
                                 "--db", str(path)], capture_output=True, text=True, cwd=ROOT)
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    assert "read-only or locked" in str(info.value) and "\n" not in str(info.value)
    assert "something went wrong" not in result.stderr
