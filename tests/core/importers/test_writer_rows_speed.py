"""``writer._insert_rows`` (many rows per INSERT statement) stores exactly what one ``executemany`` row at a time
stores: same rows, same ids (row order), same conflict handling (OR IGNORE, upsert), same change count.

The reference is plain sqlite3 ``executemany`` with one row per statement, on the real order_lines table.
"""

from __future__ import annotations

import random
import sqlite3

import pytest

from core.importers.writer import ROWS_PER_STATEMENT, _insert_rows
from core.store import open_memory_shop

HEAD = ("INSERT OR IGNORE INTO order_lines(order_id, line_no, product_id, quantity, unit_price_minor, "
        "line_total_minor)")
UPSERT = (" ON CONFLICT(order_id, line_no) DO UPDATE SET product_id = excluded.product_id, "
          "quantity = excluded.quantity WHERE product_id IS NOT excluded.product_id "
          "OR quantity IS NOT excluded.quantity")


def _shop() -> sqlite3.Connection:
    conn = open_memory_shop().conn
    conn.execute("PRAGMA foreign_keys = OFF")  # lines only: no orders/products rows behind the ids
    return conn


def _columns(count: int, seed: int) -> list[list]:
    rng = random.Random(seed)
    rows = [(rng.randint(1, 40), rng.randint(1, 6), rng.randint(1, 9), rng.choice([1.0, 2.5, -1.0]),
             rng.randint(0, 999), rng.choice([None, 5, 10])) for _ in range(count)]  # None: NOT NULL ignored
    return [list(column) for column in zip(*rows)] if rows else [[] for _ in range(6)]


def _table(conn) -> list[tuple]:
    return conn.execute("SELECT * FROM order_lines ORDER BY id").fetchall()


def _reference(conn, head: str, columns: list[list], tail: str = "") -> None:
    conn.executemany(f"{head} VALUES (?, ?, ?, ?, ?, ?){tail}", list(zip(*columns)))


@pytest.mark.parametrize("count", [0, 1, ROWS_PER_STATEMENT - 1, ROWS_PER_STATEMENT, ROWS_PER_STATEMENT + 1, 1_337])
@pytest.mark.parametrize("tail", ["", UPSERT])
def test_same_rows_ids_and_changes_as_row_by_row(count, tail):
    for seed in range(3):
        columns = _columns(count, seed)
        first = _columns(150, seed + 100)  # lines already there, so the conflicts hit old and new rows
        got, want = _shop(), _shop()
        for conn in (got, want):
            _reference(conn, HEAD, first)
        before = (got.total_changes, want.total_changes)
        _insert_rows(got, HEAD, columns, tail)
        _reference(want, HEAD, columns, tail)
        assert _table(got) == _table(want)
        assert got.total_changes - before[0] == want.total_changes - before[1]


def test_small_variable_limit_splits_statements():
    got, want = _shop(), _shop()
    got.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 20)  # 3 rows of 6 values per statement
    columns = _columns(100, 7)
    _insert_rows(got, HEAD, columns)
    _reference(want, HEAD, columns)
    assert _table(got) == _table(want)
    assert len(_table(got)) > 0


def test_a_constraint_error_still_raises():
    conn = _shop()
    columns = _columns(600, 3)
    columns[5] = [1] * 599 + [None]  # the last row breaks NOT NULL; without OR IGNORE the insert must fail
    with pytest.raises(sqlite3.IntegrityError):
        _insert_rows(conn, HEAD.replace(" OR IGNORE", ""), columns)
