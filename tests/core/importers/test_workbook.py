"""Excel workbooks stream in blocks of rows and give the same strings as pandas' read_excel(dtype=str)."""

from __future__ import annotations

import datetime as dt
import random

import openpyxl
import pandas as pd
import pytest

from core.errors import ImportFailed
from core.importers.workbook import cell_text, iter_workbook_chunks

HEADER = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    """A 2,500-row Online Retail sheet with every kind of cell: ints, floats, datetimes, dates, text, blanks,
    booleans, whole rows left empty."""
    rng = random.Random(5)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for number in range(2_500):
        if number % 400 == 7:
            sheet.append([None] * len(HEADER))
            continue
        stamp = dt.datetime(2010, 1, 1) + dt.timedelta(minutes=rng.randrange(500_000))
        sheet.append([
            (f"C{500000 + number}" if number % 50 == 0 else 500000 + number),
            rng.choice(["85123A", 22423, "POST", 84879]),
            rng.choice(["WHITE HANGING HEART", "Żółta łódka", "  spaced  ", None, "NA"]),
            rng.choice([1, 12, -3, 2.0, 6.5]),
            stamp if number % 3 else stamp.date(),
            rng.choice([2.55, 0.85, 12.0, 1.1 + 2.2, None]),
            rng.choice([17850.0, 13047, None, "12583"]),
            rng.choice(["United Kingdom", "Poland", True, None]),
        ])
    path = tmp_path_factory.mktemp("xlsx") / "orders.xlsx"
    book.save(path)
    return path


def _rows(frame: pd.DataFrame) -> list[list]:
    return frame.astype(object).where(frame.notna(), None).values.tolist()


@pytest.mark.parametrize("engine", ["calamine", "openpyxl"])
def test_streamed_chunks_equal_pandas_read_excel(workbook, engine):
    reference = pd.read_excel(workbook, dtype=str, engine="openpyxl", keep_default_na=False, na_values=[""])
    reference = reference.dropna(how="all")
    chunks = list(iter_workbook_chunks(workbook, HEADER, chunk_rows=1_000, engine=engine))
    assert len(chunks) == 3
    fractions = [fraction for _chunk, fraction in chunks]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and fractions[0] < 0.5
    streamed = pd.concat([chunk for chunk, _fraction in chunks])
    assert list(streamed.columns) == HEADER
    assert len(streamed) == len(reference) == 2_500 - 7
    assert _rows(streamed) == _rows(reference)
    assert all(chunk.attrs["bad_lines"] == 0 for chunk, _fraction in chunks)
    assert "NA" in set(streamed["Description"])  # a product called "NA" is text, as in a CSV


@pytest.mark.parametrize("engine", ["calamine", "openpyxl"])
def test_header_only_and_damaged_workbooks(tmp_path, workbook, engine):
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    empty = tmp_path / "empty.xlsx"
    book.save(empty)
    [(chunk, fraction)] = list(iter_workbook_chunks(empty, HEADER, engine=engine))
    assert chunk.empty and list(chunk.columns) == HEADER and fraction == 1.0
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(workbook.read_bytes()[: workbook.stat().st_size // 2])
    with pytest.raises(ImportFailed, match="could not be opened as a spreadsheet"):
        list(iter_workbook_chunks(cut, HEADER, engine=engine))


def test_cell_text_matches_a_csv_export():
    assert cell_text(None) is None and cell_text("") is None and cell_text("#N/A") is None
    assert cell_text(12.0) == "12" and cell_text(2.55) == "2.55" and cell_text(-3) == "-3"
    assert cell_text(dt.datetime(2011, 12, 9, 12, 50)) == "2011-12-09 12:50:00"
    assert cell_text(dt.date(2011, 12, 9)) == "2011-12-09 00:00:00"
    assert cell_text(True) == "True" and cell_text(" x ") == " x "


@pytest.mark.parametrize("engine", ["calamine", "openpyxl"])
def test_a_table_that_starts_lower_right_reads_like_pandas(tmp_path, engine):
    """pandas takes row 1 as the header and starts at column A; so do we, whatever the engine."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B3"], sheet["C3"], sheet["B4"], sheet["C4"] = "Invoice", "Qty", "1", 2
    path = tmp_path / "offset.xlsx"
    book.save(path)
    reference = pd.read_excel(path, dtype=str, engine="openpyxl", keep_default_na=False, na_values=[""])
    streamed = pd.concat([c for c, _f in iter_workbook_chunks(path, list(reference.columns), engine=engine)])
    assert _rows(streamed) == _rows(reference.dropna(how="all")) == [[None, "Invoice", "Qty"], [None, "1", "2"]]


def test_header_names_and_preview_like_pandas(tmp_path):
    """Blank and repeated header cells are named as read_excel names them; the preview is the first rows."""
    from core.importers.reading import read_preview, sniff_file
    from core.importers.workbook import workbook_head
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Email", None, "Email", " Total ", 2024, "Email"])
    for number in range(30):
        sheet.append([f"a{number}@example.com", number, "x", number * 1.5, None, "y"])
    path = tmp_path / "names.xlsx"
    book.save(path)
    reference = pd.read_excel(path, dtype=str, engine="openpyxl", nrows=5)
    columns, head = workbook_head(path, 5)
    assert columns == [str(c) for c in reference.columns]  # the sniffer always gave str names
    assert _rows(head) == _rows(reference)
    sniff = sniff_file(path)
    assert sniff.kind == "excel" and sniff.columns == columns
    preview = read_preview(sniff, 10)
    assert len(preview) == 10 and list(preview.columns) == [c.strip() for c in columns]


def test_row_count_without_reading_the_sheet(tmp_path, workbook):
    """The wizard's estimate: a workbook's recorded size when it has one (exact), else its first megabyte
    extrapolated (writers that leave out <dimension>), within 10 %; nonsense gives None."""
    from core.importers.workbook import workbook_rows
    assert workbook_rows(workbook) == (2_500, True)
    book = openpyxl.Workbook(write_only=True)  # writes no <dimension>
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for number in range(25_000):
        sheet.append([500_000 + number // 5, f"P{number % 977:04d}", f"PRODUCT {number % 977}", 1 + number % 12,
                      "2010-12-01 08:26:00", 2.55, 17_850, "United Kingdom"])
    bare = tmp_path / "bare.xlsx"
    book.save(bare)
    rows, exact = workbook_rows(bare)
    assert not exact and abs(rows - 25_000) / 25_000 < 0.10
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert workbook_rows(junk) is None


def test_auto_engine_streams_the_biggest_sheets(workbook, monkeypatch):
    """Above CALAMINE_MAX_CELLS the auto engine switches to openpyxl's bounded-memory streaming."""
    from core.importers import workbook as module
    used = []
    for name in ("_calamine_rows", "_openpyxl_rows"):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda path, *rest, real=real, name=name: used.append(name) or real(path, *rest))
    small = pd.concat([c for c, _f in module.iter_workbook_chunks(workbook, HEADER)])
    monkeypatch.setattr(module, "CALAMINE_MAX_CELLS", 2_500 * len(HEADER) - 1)
    big = pd.concat([c for c, _f in module.iter_workbook_chunks(workbook, HEADER)])
    assert used == ["_calamine_rows", "_openpyxl_rows"]
    assert _rows(small) == _rows(big)


def test_head_of_a_big_sheet_does_not_load_it_whole(workbook, monkeypatch):
    """The sniffer and the preview only need the top rows: above HEAD_CALAMINE_ROWS they come from openpyxl's
    streaming reader, which stops after them."""
    from core.importers import workbook as module
    used = []
    for name in ("_calamine_rows", "_openpyxl_rows"):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda path, *rest, real=real, name=name: used.append(name) or real(path, *rest))
    small = module.workbook_head(workbook, 5)
    monkeypatch.setattr(module, "HEAD_CALAMINE_ROWS", 2_499)
    big = module.workbook_head(workbook, 5)
    assert used == ["_calamine_rows", "_openpyxl_rows"]
    assert small[0] == big[0] == HEADER and _rows(small[1]) == _rows(big[1])
