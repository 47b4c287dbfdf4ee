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
        if isinstance(column.dtype, pd.CategoricalDtype):  # categories of text are text too
            column = column.astype(object)
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
    The text is what pandas' ``to_csv`` writes for the neutralised frame (``index=False``, minimal quoting, ``\\n``
    line ends), except that a cell holding a carriage return is quoted too (see ``csv_chunks``).
    """
    path = Path(path)
    chunks = csv_chunks(frame, neutralise=True)
    with atomic_write(path, "w", encoding=encoding, newline="") as handle:
        if chunks is not None:
            for chunk in chunks:
                handle.write(chunk)
        else:  # no columns, or several header rows: pandas writes it
            safe = neutralise_frame(frame)
            kept = _kept_emails(safe)
            text = safe.to_csv(index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            if kept:
                _write_quoting(handle, text, kept)
            else:
                handle.write(text)
    return path


CSV_CHUNK_ROWS = 50_000


def csv_chunks(frame: pd.DataFrame, chunk_rows: int = CSV_CHUNK_ROWS, neutralise: bool = False) -> Iterator[str] | None:
    """Return the CSV text of ``frame`` in pieces of ``chunk_rows`` rows (header first), or None for a frame
    without columns or with several header rows.

    The text is what pandas' ``to_csv(index=False, lineterminator="\\n")`` writes, except that a text cell
    holding a carriage return is quoted (Python's csv module before 3.13 leaves it bare, and readers start a new
    row there). With ``neutralise`` every text cell is neutralised (``neutralise_cell``) and the e-mails kept
    with a leading + or - are quoted, as ``write_safe_csv`` writes them.

    Each column is rendered once per distinct value (``pd.factorize``; a 500,000-row table repeats a few thousand
    names) and the rows are joined from those texts: integers and booleans with ``str``, float64 with ``repr``
    (what numpy's ``astype(str)`` gives), text quoted only when it holds ``, " \\n \\r``, a column mixing kinds
    cell by cell, other kinds (dates, nullable integers …) by pandas itself. A missing value is empty.
    """
    if frame.shape[1] == 0 or isinstance(frame.columns, pd.MultiIndex):
        return None
    columns = [_distinct_values(frame.iloc[:, position]) for position in range(frame.shape[1])]
    if neutralise:
        columns = [(kind, codes, [neutralise_cell(v) for v in values] if kind in ("text", "mixed") else values)
                   for kind, codes, values in columns]
    kept = frozenset(value for kind, _, values in columns if kind in ("text", "mixed") for value in values
                     if isinstance(value, str) and value[:1] in ("+", "-") and is_safe_email(value)) \
        if neutralise else frozenset()
    rendered = []
    for kind, codes, values in columns:
        texts = _texts(kind, values, kept)
        if texts is None:
            return None
        rendered.append((codes, np.array(texts + [""], dtype=object)))  # code -1 (missing) is the last, empty
    header = ",".join(_csv_field(str(label), kept) for label in frame.columns) + "\n"
    return _joined_rows(header, rendered, len(frame), chunk_rows)


def _distinct_values(column: pd.Series) -> tuple[str, np.ndarray, object]:
    """Return (kind, code per row, distinct values) of a column; code -1 is a missing value. Kinds: ``int``
    (and booleans), ``float`` (float64, by bit pattern: -0.0 and 0.0 stay apart), ``text``, ``mixed`` (a column
    mixing kinds: every cell its own value, as 1 and 1.0 would be one) and ``other`` (values of the column's
    own type)."""
    dtype = column.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "iub":
        codes, values = pd.factorize(column.to_numpy())
        return "int", codes, values.tolist()
    if isinstance(dtype, np.dtype) and dtype == np.float64:
        codes, bits = pd.factorize(column.to_numpy().view(np.int64))
        return "float", codes, bits.view(np.float64).tolist()
    if isinstance(dtype, pd.CategoricalDtype):
        textual = pd.api.types.infer_dtype(dtype.categories, skipna=True) in ("string", "empty")
    else:
        textual = isinstance(dtype, pd.StringDtype) or (
            dtype == object and pd.api.types.infer_dtype(column, skipna=True) in ("string", "empty"))
    if textual:
        codes, values = pd.factorize(column, use_na_sentinel=True)
        return "text", codes, np.asarray(values, dtype=object).tolist()
    if dtype == object:
        values = column.tolist()
        codes = np.array([-1 if _missing(value) else k for k, value in enumerate(values)], dtype=np.int64)
        return "mixed", codes, values
    codes, values = pd.factorize(column, use_na_sentinel=True)
    return "other", codes, values


def _texts(kind: str, values, kept: frozenset) -> list[str] | None:
    """Return the CSV text of each distinct value (``_distinct_values``); None when pandas' text of a value of
    another kind spans lines."""
    if kind == "int":
        return [str(value) for value in values]
    if kind == "float":
        return ["" if value != value else repr(value) for value in values]
    if kind in ("text", "mixed"):
        return ["" if _missing(value) else _csv_field(str(value), kept) for value in values]
    if not len(values):
        return []
    # a date column's format depends on all its values: its distinct values decide the same
    lines = pd.DataFrame({"value": values}).to_csv(index=False, header=False, lineterminator="\n").split("\n")[:-1]
    if len(lines) != len(values) or any("\r" in line for line in lines):
        return None
    return lines


def _joined_rows(header: str, columns: list, n_rows: int, chunk_rows: int) -> Iterator[str]:
    yield header if header != "\n" else '""\n'  # a row of one empty cell is written "" (as the csv module does)
    for start in range(0, n_rows, chunk_rows):
        parts = [texts[codes[start:start + chunk_rows]] for codes, texts in columns]
        if len(parts) == 1:
            yield "".join((text or '""') + "\n" for text in parts[0])
        else:
            yield "\n".join(map(",".join, zip(*parts))) + "\n"


def _csv_field(text: str, quoted=frozenset()) -> str:
    """Return a text cell as written: quoted when in ``quoted`` or holding a comma, quote or line break."""
    if text in quoted or any(mark in text for mark in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def _write_quoting(handle, text: str, kept: set[str]) -> None:
    """Write the CSV ``text`` (as pandas rendered it) to ``handle`` again, with the cells in ``kept`` quoted."""
    for row in csv.reader(io.StringIO(text, newline="")):
        line = ",".join(_quoted(cell) if cell in kept else _minimal(cell) for cell in row)
        handle.write((line or '""') + "\n")


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


def _minimal(cell: str) -> str:
    return _quoted(cell) if any(ch in cell for ch in ',"\r\n') else cell
