"""Reading a large table's numeric columns straight into numpy arrays, without one Python tuple per row.

``sqlite3`` hands rows out as tuples: for a million order lines that is a million tuples and six million Python
numbers, then pandas converts them back into arrays (seconds and hundreds of MB). Here SQLite itself joins each
column of a block of rows into one text (``group_concat``, in C) and numpy parses that text (``np.fromstring``, in
C): one string per column and block instead of a tuple per row.

Every aggregate of one ``SELECT`` sees the rows in the same order, so the columns stay aligned; blocks follow the
table's rowid, so rows come out in rowid order (the order a plain scan of the table gives).
"""

from __future__ import annotations

import sqlite3

import numpy as np

BLOCK_ROWS = 1_000_000
"""Rowids read per query: keeps each joined text well under SQLite's 1 GB string limit and the peak low."""


def _parse(text: str | None, dtype) -> np.ndarray:
    """Return the numbers of a comma-joined text as an array of ``dtype`` (empty for no rows)."""
    if not text:
        return np.empty(0, dtype=dtype)
    return np.fromstring(text, dtype=dtype, sep=",")


def read_columns(conn: sqlite3.Connection, table: str, columns: dict[str, tuple[str, type]], where: str = "",
                 params: tuple = ()) -> dict[str, np.ndarray]:
    """Return ``{name: array}`` for the rows of ``table`` matching ``where``, in rowid order.

    ``columns`` maps each output name to (SQL expression over ``table``, numpy dtype). Every expression must be
    a number that is never NULL (use COALESCE). Every value comes back exact: a real column is read as whole
    numbers, or the ordinary way for a block where it holds a fraction.
    """
    names = list(columns)
    low, high = conn.execute(f"SELECT MIN(rowid), MAX(rowid) FROM {table}").fetchone()
    parts: dict[str, list[np.ndarray]] = {name: [] for name in names}
    if low is None:
        return {name: np.empty(0, dtype=columns[name][1]) for name in names}
    condition = f"({where}) AND " if where else ""
    reals = [name for name in names if np.dtype(columns[name][1]).kind == "f"]
    # Real columns travel as whole numbers (SQLite's text of a real is slow to make and rounds to 15 digits);
    # a block holding a real that is not a whole number is counted here and that column re-read the plain way.
    texts = [f"group_concat(CAST({columns[name][0]} AS INTEGER))" if name in reals
             else f"group_concat({columns[name][0]})" for name in names]
    fractions = [f"SUM({columns[name][0]} <> CAST({columns[name][0]} AS INTEGER))" for name in reals]
    select = ", ".join(texts + fractions)
    for start in range(low, high + 1, BLOCK_ROWS):
        bounds = (start, start + BLOCK_ROWS - 1)
        block_where = f"WHERE {condition}rowid BETWEEN ? AND ?"  # with NOT INDEXED: a scan in rowid order
        row = conn.execute(f"SELECT {select} FROM {table} NOT INDEXED {block_where}", (*params, *bounds)).fetchone()
        for name, text in zip(names, row[:len(names)]):
            parts[name].append(_parse(text, np.int64).astype(columns[name][1], copy=False))
        for name, fractional in zip(reals, row[len(names):]):
            if fractional:
                values = conn.execute(f"SELECT {columns[name][0]} FROM {table} NOT INDEXED {block_where} "
                                      "ORDER BY rowid", (*params, *bounds)).fetchall()
                parts[name][-1] = np.array([value for (value,) in values], dtype=columns[name][1])
    return {name: np.concatenate(parts[name]) if len(parts[name]) > 1 else parts[name][0] for name in names}
