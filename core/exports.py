"""Writing tables to files the owner opens in a spreadsheet, safely.

Any text cell starting with ``= + - @``, a tab or a carriage return is prefixed with ``'`` so that
spreadsheets show it as text instead of running it as a formula (CSV injection). Two kinds of cell are left
as they are, because the prefix would corrupt them and they cannot run:

* plain numbers written as text (``-5``, ``+3.20``, ``-1,5``): a spreadsheet reads them as the number;
* e-mail addresses made only of letters, digits and ``. _ % + -`` around one ``@`` with a dotted domain
  (``+jane@x.com``, ``-orders@shop.pl``). Mailchimp, Klaviyo and Shopify import the raw text, and a ``'``
  prefix would make the address invalid there. Why such a cell is harmless in a spreadsheet: everything
  that lets a formula act or leak - a function call ``HYPERLINK(...)`` / ``WEBSERVICE(...)`` (needs
  parentheses), a DDE link ``cmd|' /C calc'!A0`` (needs ``|`` and ``!``), an external reference
  (``!``, ``[``), a string (``"``) - uses characters outside that set. At worst Excel reads
  ``-jane@x.com`` as the formula ``=-jane@x.com``, finds no name ``jane`` and shows ``#NAME?`` in the
  grid (LibreOffice's CSV import does not evaluate formulas by default and shows the text); the file on
  disk keeps the address intact. Such cells are written quoted in the CSV.

The files are written all-or-nothing (``core.atomic.atomic_write``): a failure leaves any earlier file intact.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Iterator

import numpy as np
import pandas as pd

from core.atomic import atomic_write

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
SAFE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def is_plain_number(text: str) -> bool:
    """Return True for text that is only a number (``-5``, ``+3.20``, ``1,5``, ``-1e3``)."""
    return _PLAIN_NUMBER.fullmatch(text) is not None


def is_safe_email(text: str) -> bool:
    """Return True for an e-mail address whose characters cannot form a harmful formula (see module doc)."""
    return SAFE_EMAIL.fullmatch(text) is not None


def neutralise_cell(value):
    """Return ``value`` with a leading ``'`` if it is text a spreadsheet would treat as a formula.

    Plain numbers and safe e-mail addresses (see the module doc) are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not is_plain_number(value) \
            and not is_safe_email(value):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` with every text cell neutralised (numbers are left as numbers)."""
    safe = frame.copy()
    for position in range(safe.shape[1]):
        column = safe.iloc[:, position]
        if column.dtype == object or pd.api.types.is_string_dtype(column):
            neutral = _neutralised_text_column(column)
            if neutral is not None:
                safe.isetitem(position, neutral)
    return safe


def _neutralised_text_column(column: pd.Series) -> pd.Series | None:
    """Return ``column`` with its formula cells neutralised, or None when no cell needs it.

    A column of text (and missing values) is checked once per distinct text: a 500,000-row export repeats a few
    thousand names. A column mixing other values keeps the cell-by-cell check (``1`` and ``1.0`` would share
    one distinct value)."""
    if pd.api.types.infer_dtype(column, skipna=True) not in ("string", "empty"):
        return column.map(neutralise_cell)
    codes, texts = pd.factorize(column, use_na_sentinel=True)
    texts = np.asarray(texts, dtype=object)
    changed = [k for k, text in enumerate(texts) if neutralise_cell(text) != text]
    if not changed:
        return None
    rows = np.isin(codes, changed)
    neutral = column.copy()
    neutral[rows] = ["'" + text for text in texts[codes[rows]]]
    return neutral


def _kept_emails(frame: pd.DataFrame) -> set[str]:
    """Return the cell texts starting with + or - that are kept as safe e-mails (the CSV quotes them)."""
    found = set()
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        if column.dtype == object or pd.api.types.is_string_dtype(column):
            for value in column.dropna().unique():
                if isinstance(value, str) and value[:1] in ("+", "-") and is_safe_email(value):
                    found.add(value)
    return found


def write_safe_csv(frame: pd.DataFrame, path: str | Path, encoding: str = "utf-8-sig") -> Path:
    """Write ``frame`` to a CSV (UTF-8 with BOM so Excel reads accents) with formula cells neutralised; returns the path.

    Written all-or-nothing (``core.atomic``): a full disk or a read-only folder raises ``core.atomic.WriteFailed``
    and leaves any earlier file unchanged. E-mail cells starting with ``+`` or ``-`` are kept and quoted.
    The bytes are those of pandas' ``to_csv`` (``index=False``, minimal quoting, ``\\n`` line ends); columns of
    numbers and text are rendered once per distinct value (``csv_chunks``), which is many times faster.
    """
    path = Path(path)
    safe = neutralise_frame(frame)
    kept = _kept_emails(safe)
    chunks = None if kept else csv_chunks(safe)
    with atomic_write(path, "w", encoding=encoding, newline="") as handle:
        if chunks is not None:
            for chunk in chunks:
                handle.write(chunk)
        elif not kept:
            safe.to_csv(handle, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        else:
            _write_quoting(handle, safe.to_csv(index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n"), kept)
    return path


CSV_CHUNK_ROWS = 50_000


def csv_chunks(frame: pd.DataFrame, chunk_rows: int = CSV_CHUNK_ROWS) -> Iterator[str] | None:
    """Return the CSV text of ``frame`` as pandas' ``to_csv(index=False, lineterminator="\\n")`` writes it, in
    pieces of ``chunk_rows`` rows (header first), or None when a column is of a kind this does not render.

    Rendered here: columns of integers, booleans, float64 (``repr``, what numpy's ``astype(str)`` gives; NaN is
    empty) and text (missing is empty, quoted by the ``csv`` module as pandas does). Each column is rendered once
    per distinct value (``pd.factorize``) and the rows are joined from those texts. Anything else (dates,
    categories, nullable integers, mixed objects, a single column, labels that are not plain) gives None: the
    caller lets pandas write it.
    """
    if frame.shape[1] < 2 or isinstance(frame.columns, pd.MultiIndex):
        return None  # one column: the csv module quotes an empty row; pandas writes it
    cells = _CsvCells()
    columns = []
    for position in range(frame.shape[1]):
        rendered = _rendered_column(frame.iloc[:, position], cells)
        if rendered is None:
            return None
        columns.append(rendered)
    header = cells.line([str(label) for label in frame.columns])
    return _joined_rows(header, columns, len(frame), chunk_rows)


def _joined_rows(header: str, columns: list, n_rows: int, chunk_rows: int) -> Iterator[str]:
    yield header
    for start in range(0, n_rows, chunk_rows):
        parts = [texts[codes[start:start + chunk_rows]] for codes, texts in columns]
        yield "\n".join(map(",".join, zip(*parts))) + "\n"


def _rendered_column(column: pd.Series, cells: _CsvCells) -> tuple[np.ndarray, np.ndarray] | None:
    """Return (code per row, text per code) for a column ``csv_chunks`` renders; code -1 is the empty text."""
    dtype = column.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "iub":
        codes, values = pd.factorize(column.to_numpy())
        texts = [str(value) for value in values.tolist()]
    elif isinstance(dtype, np.dtype) and dtype == np.float64:
        numbers = column.to_numpy()
        codes, bits = pd.factorize(numbers.view(np.int64))  # bit patterns: -0.0 and 0.0 stay apart
        texts = ["" if value != value else repr(value) for value in bits.view(np.float64).tolist()]
    elif (dtype == object or pd.api.types.is_string_dtype(dtype)) and \
            pd.api.types.infer_dtype(column, skipna=True) in ("string", "empty"):
        codes, values = pd.factorize(column, use_na_sentinel=True)
        texts = [cells.field(value) for value in np.asarray(values, dtype=object).tolist()]
    else:
        return None
    return np.asarray(codes), np.array(texts + [""], dtype=object)  # code -1 (missing) takes the last, empty text


class _CsvCells:
    """Renders cells and lines with the ``csv`` module the way pandas' writer does (one per call: threads)."""

    def __init__(self):
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")

    def line(self, cells: list[str]) -> str:
        """Return one CSV line, with its ``\\n``."""
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow(cells)
        return self.buffer.getvalue()

    def field(self, text: str) -> str:
        """Return one text cell as it is written among others (quoted only when it must be)."""
        return self.line([text, "x"])[:-3]


def _write_quoting(handle, text: str, kept: set[str]) -> None:
    """Write the CSV ``text`` (as pandas rendered it) to ``handle`` again, with the cells in ``kept`` quoted."""
    for row in csv.reader(io.StringIO(text, newline="")):
        line = ",".join(_quoted(cell) if cell in kept else _minimal(cell) for cell in row)
        handle.write((line or '""') + "\n")


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


def _minimal(cell: str) -> str:
    return _quoted(cell) if any(ch in cell for ch in ',"\r\n') else cell
