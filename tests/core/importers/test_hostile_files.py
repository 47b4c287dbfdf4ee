"""Files Shopkeeper opens (issue 15): two encodings in one file, UTF-16 'Unicode Text', over-long cells, and
small files that unpack to gigabytes (stopped within seconds, in bounded memory, with one plain sentence)."""

from __future__ import annotations

import gzip
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from core.errors import ImportFailed
from core.importers.pipeline import import_file
from core.importers.reading import MAX_CELL_CHARS, read_chunks, sniff_file
from core.importers.workbook import iter_workbook_chunks
from tests.core.bombs import gz_bomb, xlsx_bomb

ROOT = Path(__file__).resolve().parents[3]
HEADER = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"]


def _line(*cells) -> str:
    return ",".join(str(c) for c in cells) + "\n"


def test_utf8_and_cp1252_rows_in_one_file_both_read_right(fresh_db, tmp_path):
    path = tmp_path / "appended.csv"
    utf8 = (_line(*HEADER) + _line(1, "A", "Zoë mug", 1, "2024-01-05 10:00:00", "2.50", 7, "France")).encode("utf-8")
    cp1252 = b"".join(_line(n, "B", "Crème brûlée dish", 1, "2024-01-06 10:00:00", "4.00", 8, "Côte d'Ivoire")
                      .encode("cp1252") for n in (2, 3, 4))
    path.write_bytes(utf8 + cp1252 + _line(5, "C", "Łódź mug", 1, "2024-01-07 10:00:00", "3", 9, "PL").encode("utf-8"))
    import_file(fresh_db, path)
    names = sorted(r[0] for r in fresh_db.execute("SELECT name FROM products"))
    assert names == ["Crème brûlée dish", "Zoë mug", "Łódź mug"]
    countries = sorted(r[0] for r in fresh_db.execute("SELECT DISTINCT country FROM customers"))
    assert "Côte d'Ivoire" in countries and "France" in countries


def test_excel_unicode_text_utf16_with_bom_is_read(fresh_db, tmp_path):
    path = tmp_path / "orders.txt"
    rows = ["\t".join(HEADER), "\t".join(["1", "A", "Кружка «Zoë»", "2", "2024-01-05 10:00:00", "2.50", "7", "UK"]),
            "\t".join(["2", "B", "Ząb", "1", "2024-01-06 10:00:00", "4.00", "8", "PL"])]
    path.write_bytes("\r\n".join(rows).encode("utf-16"))  # what Excel's "Unicode Text" writes: BOM + UTF-16LE
    sniff = sniff_file(path)
    assert (sniff.encoding, sniff.delimiter, sniff.columns) == ("utf-16", "\t", HEADER)
    result = import_file(fresh_db, path)
    assert (result.orders_added, result.rows_skipped) == (2, 0)
    assert sorted(r[0] for r in fresh_db.execute("SELECT name FROM products")) == ["Ząb", "Кружка «Zoë»"]


def test_an_over_long_text_cell_is_cut_and_counted(fresh_db, tmp_path):
    long_name = "Mug " + "x" * 25_000
    path = tmp_path / "orders.csv"
    path.write_text(_line(*HEADER) + _line(1, "A", long_name, 1, "2024-01-05 10:00:00", "2.50", 7, "UK")
                    + _line(2, "B", "Plate", 1, "2024-01-05 10:00:00", "2.50", 7, "UK"), encoding="utf-8")
    chunks = list(read_chunks(sniff_file(path)))
    assert sum(chunk.attrs["cut_cells"] for chunk, _ in chunks) == 1
    import_file(fresh_db, path)
    stored = fresh_db.execute("SELECT name FROM products WHERE sku = 'A'").fetchone()[0]
    assert stored == long_name[:MAX_CELL_CHARS]


def test_an_over_long_workbook_cell_is_cut_and_counted(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append([1, "A", "y" * 30_000, 1, "2024-01-05 10:00:00", 2.5, 7, "UK"])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    chunks = list(iter_workbook_chunks(path, HEADER))
    assert sum(chunk.attrs["cut_cells"] for chunk, _ in chunks) == 1
    assert len(chunks[0][0]["Description"].iloc[0]) == MAX_CELL_CHARS


def test_a_gzip_without_any_line_break_is_refused_at_once(tmp_path):
    path = tmp_path / "export.csv.gz"
    path.write_bytes(gzip.compress(b"Invoice,StockCode," + b"a" * (3 << 20)))
    with pytest.raises(ImportFailed, match="no line break in its first megabyte"):
        sniff_file(path)


def _run_import(path: Path, db: Path) -> tuple[subprocess.CompletedProcess, float, float]:
    """Import ``path`` in a child process; returns (result, seconds, peak memory of the child in MB)."""
    code = ("import resource, sys\n"
            "from core.__main__ import main\n"
            "code = main(['import', sys.argv[1], '--db', sys.argv[2]])\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
            "sys.exit(code)\n")

    def limit():  # a safety net for a regression: never let the child take the machine's memory
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (6 << 30, 6 << 30))
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code, str(path), str(db)], capture_output=True, text=True,
                          cwd=ROOT, preexec_fn=limit, timeout=300)
    seconds = time.monotonic() - started
    peak_mb = int(done.stdout.strip().splitlines()[-1]) / 1024 if done.stdout.strip() else float("inf")
    return done, seconds, peak_mb


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["gzip", "xlsx"])
def test_bombs_stop_within_seconds_in_bounded_memory(tmp_path, kind):
    path = tmp_path / ("bomb.csv.gz" if kind == "gzip" else "bomb.xlsx")
    (gz_bomb if kind == "gzip" else xlsx_bomb)(path)
    assert path.stat().st_size < 2.5e6
    done, seconds, peak_mb = _run_import(path, tmp_path / "shop.db")
    print(f"{kind} bomb: {seconds:.1f} s, peak {peak_mb:.0f} MB: {done.stderr.strip()}")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "something went wrong" not in done.stderr
    assert ("line longer than" in done.stderr) if kind == "gzip" else ("more than a million characters" in done.stderr)
    assert seconds < 15
    assert peak_mb < 1024
