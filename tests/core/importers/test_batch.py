"""Several files imported together (core.importers.batch): one planner and one runner for the wizard and the CLI.

Expected figures come from reading the test's own files with pandas, never from the importer.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from core.analysis.grid import customers_in_cell
from core.errors import Cancelled, ShopkeeperError
from core.importers.base import ImportOptions
from core.importers.batch import import_batch, plan_batch, validate_batch
from tests.core.importers.test_formats import write_olist

ROOT = Path(__file__).resolve().parents[3]
COLUMNS = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "core", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def shop_file(path: Path, prefix: str, orders: int, bad: int, postage: bool = False) -> pd.DataFrame:
    """Write an Online-Retail-shaped CSV: ``orders`` invoices of two lines, ``bad`` rows whose price is no number,
    and (``postage``) a postage line on the first invoice; returns the rows written (all text)."""
    rows = []
    for i in range(orders):
        for line in range(2):
            rows.append([f"{prefix}{i}", f"SKU{line}{i % 4}", f"Product {line}-{i % 4}", str(1 + line),
                         f"2024-{1 + i % 9:02d}-15 10:{line:02d}:00", f"{3 + line}.50", str(100 + i % 5), "UK"])
    if postage:
        rows.append([f"{prefix}0", "POST", "POSTAGE", "1", "2024-01-15 10:05:00", "18.00", "100", "UK"])
    for j in range(bad):
        rows.append([f"{prefix}X{j}", "SKU9", "Broken", "1", "2024-02-01 09:00:00", "n/a", "200", "UK"])
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame.to_csv(path, index=False)
    return frame


def expected(frame: pd.DataFrame) -> dict:
    """Return what importing ``frame`` must give, computed with pandas alone."""
    bad = pd.to_numeric(frame["Price"], errors="coerce").isna()
    good = frame[~bad]
    return {"rows_read": len(frame), "rows_skipped": int(bad.sum()), "orders_added": good["Invoice"].nunique(),
            "lines_added": len(good), "bad_invoices": set(frame.loc[bad, "Invoice"]),
            "customers": set(good["Customer ID"]), "postage_lines": int((good["StockCode"] == "POST").sum())}


@pytest.fixture
def two_files(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    return a, b, shop_file(a, "A", orders=7, bad=2, postage=True), shop_file(b, "B", orders=5, bad=3)


def test_cli_keeps_the_rejected_rows_of_every_file(tmp_path, two_files):
    """``import a.csv b.csv --rejected r.csv`` used to keep b's rejected rows only (each file overwrote r.csv)."""
    a, b, frame_a, frame_b = two_files
    rejected = tmp_path / "r.csv"
    done = run_cli("import", a, b, "--db", tmp_path / "shop.db", "--rejected", rejected, "--json")
    assert done.returncode == 0, done.stderr
    back = pd.read_csv(rejected, dtype=str, encoding="utf-8-sig")
    want_a, want_b = expected(frame_a), expected(frame_b)
    assert set(back["Invoice"]) == want_a["bad_invoices"] | want_b["bad_invoices"]
    assert len(back) == want_a["rows_skipped"] + want_b["rows_skipped"]
    # which file each row came from, and why it was skipped (the last column)
    assert back.groupby("file")["Invoice"].apply(set).to_dict() == {"a.csv": want_a["bad_invoices"],
                                                                    "b.csv": want_b["bad_invoices"]}
    assert list(back.columns)[-1] == "skip_reason" and back["skip_reason"].notna().all()
    # --json: one dict per file, as before
    parts = json.loads(done.stdout)
    assert [p["file_name"] for p in parts] == ["a.csv", "b.csv"]
    for part, want in zip(parts, (want_a, want_b)):
        assert (part["rows_read"], part["rows_skipped"], part["orders_added"], part["lines_added"]) == (
            want["rows_read"], want["rows_skipped"], want["orders_added"], want["lines_added"])
        assert part["rejected_file"] == str(rejected)
        assert "parts" not in part
    assert parts[0]["set_aside"] == [{"product": "POSTAGE", "code": "POST", "lines": want_a["postage_lines"]}]
    assert parts[1]["set_aside"] == []


def test_cli_one_file_prints_a_dict_and_one_block(tmp_path, two_files):
    a, _b, frame_a, _fb = two_files
    done = run_cli("import", a, "--db", tmp_path / "shop.db", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert isinstance(data, dict) and data["orders_added"] == expected(frame_a)["orders_added"]
    text = run_cli("import", a, tmp_path / "b.csv", "--db", tmp_path / "other.db")
    assert text.returncode == 0, text.stderr
    blocks = [line for line in text.stdout.splitlines() if not line.startswith(" ")]
    assert [line.split(" ")[0] for line in blocks] == ["a.csv", "b.csv"]


def test_batch_adds_up_what_each_file_gives(fresh_db, tmp_path, two_files):
    a, b, frame_a, frame_b = two_files
    rejected = tmp_path / "rejected.csv"
    total = import_batch(fresh_db, [a, b], ImportOptions(), rejected_csv=rejected)
    want_a, want_b = expected(frame_a), expected(frame_b)
    assert [p.file_name for p in total.parts] == ["a.csv", "b.csv"]
    for part, want in zip(total.parts, (want_a, want_b)):
        assert (part.rows_read, part.rows_skipped, part.orders_added, part.lines_added) == (
            want["rows_read"], want["rows_skipped"], want["orders_added"], want["lines_added"])
    for name in ("rows_read", "rows_skipped", "orders_added", "lines_added"):
        assert getattr(total, name) == want_a[name] + want_b[name]
    # a customer in both files is one person: new customers over the batch = distinct ids of both files
    assert total.customers_added == len(want_a["customers"] | want_b["customers"])
    assert sum(total.skip_reasons.values()) == want_a["rows_skipped"] + want_b["rows_skipped"]
    back = pd.read_csv(rejected, dtype=str, encoding="utf-8-sig")
    assert back["skip_reason"].value_counts().to_dict() == total.skip_reasons
    assert total.rejected_file == str(rejected) and total.file_name == "a.csv, b.csv"
    assert total.set_aside == [{"product": "POSTAGE", "code": "POST", "lines": want_a["postage_lines"]}]
    # the shop's consent counts after the last file describe the whole shop
    customers = fresh_db.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    assert total.consent == total.parts[-1].consent and sum(total.consent.values()) == customers
    assert fresh_db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == want_a["orders_added"] + \
        want_b["orders_added"]


def test_olist_tables_import_together_at_the_first_ones_place(fresh_db, tmp_path, two_files):
    a, b, frame_a, frame_b = two_files
    olist = write_olist(tmp_path / "olist")
    files = [a, *olist, b]
    plan = plan_batch(files)
    assert [[p.name for p in planned.paths] for planned in plan] == [["a.csv"], [p.name for p in olist], ["b.csv"]]
    assert [planned.fmt.key if planned.fmt else None for planned in plan] == [None, "olist", None]
    total = import_batch(fresh_db, files)
    assert [p.format_key for p in total.parts] == ["online_retail", "olist", "online_retail"]
    # the Olist set: orders that have items in the items file (pandas, on the raw tables)
    orders = pd.read_csv(tmp_path / "olist" / "olist_orders_dataset.csv", dtype=str).dropna(how="all")
    items = pd.read_csv(tmp_path / "olist" / "olist_order_items_dataset.csv", dtype=str).dropna(how="all")
    olist_orders = len(set(orders["order_id"]) & set(items["order_id"]))
    assert total.parts[1].orders_added == olist_orders
    assert total.orders_added == expected(frame_a)["orders_added"] + olist_orders + expected(frame_b)["orders_added"]
    # the check before importing plans the same way and sees the same rows
    check = validate_batch(files, db=fresh_db)
    assert check.rows == sum(p.rows_read for p in total.parts)


def test_progress_is_spread_over_the_files_by_size(fresh_db, two_files):
    a, b, _fa, _fb = two_files
    seen = []
    import_batch(fresh_db, [a, b], progress=lambda f, m=None: seen.append((f, m)))
    fractions = [f for f, _m in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    share_a = a.stat().st_size / (a.stat().st_size + b.stat().st_size)
    assert next(f for f, m in seen if m == "Reading b.csv") == pytest.approx(share_a)


@pytest.mark.parametrize("stop_at", ["between", "within"])
def test_cancel_between_or_within_files_keeps_only_the_finished_ones(fresh_db, two_files, stop_at):
    a, b, frame_a, _fb = two_files
    stop = {"now": False}

    def progress(_fraction, message=None):
        if stop_at == "between" and message == "Import finished":  # a's import has just been written
            stop["now"] = True
        if stop_at == "within" and message == "Reading b.csv":
            stop["now"] = True

    with pytest.raises(Cancelled):
        import_batch(fresh_db, [a, b], progress=progress, cancelled=lambda: stop["now"])
    assert [r[0] for r in fresh_db.execute("SELECT file_name FROM imports")] == ["a.csv"]
    assert fresh_db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == expected(frame_a)["orders_added"]


def test_each_file_decides_its_own_date_order(fresh_db, tmp_path):
    """Options are copied per import: the day-first dates of one file do not make the next one's wrong."""
    day_first, month_first = tmp_path / "dmy.csv", tmp_path / "mdy.csv"
    frame = pd.DataFrame([[f"D{i}", "SKU1", "Tea", "1", f"{13 + i}/01/2024 10:00", "2.00", "1", "UK"]
                          for i in range(5)], columns=COLUMNS)
    frame.to_csv(day_first, index=False)
    frame.assign(Invoice=frame["Invoice"].str.replace("D", "M"),
                 InvoiceDate=[f"02/{13 + i}/2024 10:00" for i in range(5)]).to_csv(month_first, index=False)
    total = import_batch(fresh_db, [day_first, month_first])
    assert total.rows_skipped == 0
    dates = dict(fresh_db.execute("SELECT external_id, substr(ordered_at, 1, 10) FROM orders"))
    assert dates["D0"] == "2024-01-13" and dates["M0"] == "2024-02-13"


def test_customers_in_cell_picks_exactly_that_cell():
    scores = pd.DataFrame({"customer_id": [1, 2, 3, 4, 5, 6], "r_score": [5, 5, 4, 5, 5, 1],
                           "f_score": [3, 4, 4, 1, 4, 4]})
    assert customers_in_cell(scores, 5, 4)["customer_id"].tolist() == [2, 5]
    assert customers_in_cell(scores, 2, 2).empty
    with pytest.raises(ShopkeeperError, match="1 to 5"):
        customers_in_cell(scores, 6, 1)


def test_segments_verb_lists_a_cell_through_core(demo_db_path):
    grid = json.loads(run_cli("segments", "--db", demo_db_path, "--grid", "--json").stdout)
    for r, f in ((5, 5), (3, 2)):
        cell = json.loads(run_cli("segments", "--db", demo_db_path, "--customers", f"{r},{f}", "--json").stdout)
        assert len(cell) == next(c["customers"] for c in grid if (c["r_score"], c["f_score"]) == (r, f))
        assert {(c["r_score"], c["f_score"]) for c in cell} <= {(r, f)}
    bad = run_cli("segments", "--db", demo_db_path, "--customers", "6,1")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "1 to 5" in bad.stderr
