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


def test_streamed_chunks_equal_pandas_read_excel(workbook):
    reference = pd.read_excel(workbook, dtype=str, engine="openpyxl", keep_default_na=False, na_values=[""])
    reference = reference.dropna(how="all")
    chunks = list(iter_workbook_chunks(workbook, HEADER, chunk_rows=1_000))
    assert len(chunks) == 3
    fractions = [fraction for _chunk, fraction in chunks]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and fractions[0] < 0.5
    streamed = pd.concat([chunk for chunk, _fraction in chunks])
    assert list(streamed.columns) == HEADER
    assert len(streamed) == len(reference) == 2_500 - 7
    assert _rows(streamed) == _rows(reference)
    assert all(chunk.attrs["bad_lines"] == 0 for chunk, _fraction in chunks)
    assert "NA" in set(streamed["Description"])  # a product called "NA" is text, as in a CSV


def test_header_only_and_damaged_workbooks(tmp_path, workbook):
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    empty = tmp_path / "empty.xlsx"
    book.save(empty)
    [(chunk, fraction)] = list(iter_workbook_chunks(empty, HEADER))
    assert chunk.empty and list(chunk.columns) == HEADER and fraction == 1.0
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(workbook.read_bytes()[: workbook.stat().st_size // 2])
    with pytest.raises(ImportFailed, match="could not be opened as a spreadsheet"):
        list(iter_workbook_chunks(cut, HEADER))


def test_cell_text_matches_a_csv_export():
    assert cell_text(None) is None and cell_text("") is None and cell_text("#N/A") is None
    assert cell_text(12.0) == "12" and cell_text(2.55) == "2.55" and cell_text(-3) == "-3"
    assert cell_text(dt.datetime(2011, 12, 9, 12, 50)) == "2011-12-09 12:50:00"
    assert cell_text(dt.date(2011, 12, 9)) == "2011-12-09 00:00:00"
    assert cell_text(True) == "True" and cell_text(" x ") == " x "
