"""Excel workbooks (.xlsx/.xlsm) read a block of rows at a time, so a big workbook streams like a big CSV.

openpyxl's read-only mode walks the sheet's XML row by row; we turn each block of rows into a DataFrame of
strings with the same text a CSV export of the sheet would hold (whole numbers without ".0", dates as
"2011-12-09 12:50:00"). Empty cells and formula errors ("#N/A") are missing values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from core.errors import ImportFailed

STREAMED_SUFFIXES = (".xlsx", ".xlsm")
_ERRORS = {"#N/A", "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#GETTING_DATA"}


def cell_text(value) -> str | None:
    """Return a cell's value as the text a CSV export would hold; None for empty cells and formula errors."""
    if value is None:
        return None
    if isinstance(value, str):
        return None if value == "" or value in _ERRORS else value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return f"{value.isoformat()} 00:00:00"
    return str(value)


def _rows_frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    width = len(columns)
    data = [[cell_text(v) for v in (row[:width] if len(row) >= width else row + (None,) * (width - len(row)))]
            for row in rows]
    frame = pd.DataFrame(data, columns=columns, dtype=object)
    return frame.dropna(how="all")


def iter_workbook_chunks(path: str | Path, columns: list[str], chunk_rows: int = 100_000
                         ) -> Iterator[tuple[pd.DataFrame, float]]:
    """Yield (chunk of string rows, fraction of the sheet read) from the first sheet of the workbook at ``path``.

    ``columns`` names the columns (the header as the file sniffer read it); the sheet's first row is the
    header and is skipped. Entirely empty rows are dropped; ``chunk.attrs["bad_lines"]`` is 0 (a sheet has no
    malformed lines). A damaged workbook raises ImportFailed with a plain sentence.
    """
    import openpyxl

    path = Path(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # zipfile/openpyxl/XML errors for a damaged workbook
        raise ImportFailed(f"{path.name} could not be opened as a spreadsheet (it is damaged or not really an "
                           "Excel file); open it in your spreadsheet program and save it again as .xlsx or CSV."
                           ) from exc
    try:
        sheet = book.worksheets[0]
        total = max(1, (sheet.max_row or 0) - 1)
        rows: list[tuple] = []
        done = 0
        try:
            for number, row in enumerate(sheet.iter_rows(values_only=True)):
                if number == 0:
                    continue
                rows.append(row)
                if len(rows) >= chunk_rows:
                    done += len(rows)
                    yield _chunk(rows, columns), min(0.99, done / total)
                    rows = []
        except ImportFailed:
            raise
        except Exception as exc:  # a sheet cut off or damaged part-way
            raise ImportFailed(f"{path.name} is damaged part-way through (after {done + len(rows):,} rows); "
                               "open it in your spreadsheet program and save it again.") from exc
        if rows or done == 0:
            yield _chunk(rows, columns), 1.0
    finally:
        book.close()


def _chunk(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    frame = _rows_frame(rows, columns)
    frame.attrs["bad_lines"] = 0
    return frame
