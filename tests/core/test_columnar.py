"""The columnar load path (core.columnar, core.data.load_lines) gives exactly what one SQL join gives."""

from __future__ import annotations

import pandas as pd
import pytest

import core.columnar
from core.data import load_lines
from core.importers.pipeline import import_file

JOINED_LINES_SQL = """
    SELECT o.id AS order_id, o.external_id AS order_ref, o.customer_id, o.ordered_at,
           l.product_id, p.sku, p.name AS product_name, p.category, l.quantity,
           l.unit_price_minor / 100.0 AS unit_price, COALESCE(l.net_minor, l.line_total_minor) / 100.0 AS line_total,
           COALESCE(l.gross_minor, l.line_total_minor) / 100.0 AS gross, o.is_cancelled, o.country, o.currency
    FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id
    WHERE l.quantity > 0 {extra}
    ORDER BY l.id
"""


def joined_lines(db, extra: str = "") -> pd.DataFrame:
    """The lines as one SQL join reads them (the independent oracle), typed as load_lines documents."""
    frame = pd.read_sql_query(JOINED_LINES_SQL.format(extra=extra), db.conn)
    frame["ordered_at"] = pd.to_datetime(frame["ordered_at"], utc=True, format="ISO8601")
    frame["customer_id"] = frame["customer_id"].astype("Int64")
    return frame


CASES = [({}, "AND o.is_cancelled = 0 AND p.is_product = 1"),
         ({"include_cancelled": True, "products_only": False}, ""),
         ({"with_customer_only": True}, "AND o.is_cancelled = 0 AND p.is_product = 1 AND o.customer_id IS NOT NULL")]


@pytest.mark.parametrize("kwargs, extra", CASES)
def test_demo_lines_equal_the_sql_join(demo_db, kwargs, extra):
    pd.testing.assert_frame_equal(load_lines(demo_db, **kwargs).reset_index(drop=True),
                                  joined_lines(demo_db, extra), check_exact=True)


@pytest.mark.parametrize("block_rows", [2, 1_000_000])
def test_awkward_values_and_small_blocks_stay_exact(fresh_db, tiny_shop_csv, monkeypatch, block_rows):
    import_file(fresh_db, tiny_shop_csv)
    ids = [row[0] for row in fresh_db.execute("SELECT id FROM order_lines ORDER BY id")]
    with fresh_db.conn:
        # a fraction that needs 17 digits, a huge whole number, a line without net or gross, shuffled rowids
        fresh_db.execute("UPDATE order_lines SET quantity = 0.1 + 0.2 WHERE id = ?", [ids[0]])
        fresh_db.execute("UPDATE order_lines SET quantity = 123456789012.0, net_minor = NULL, gross_minor = NULL "
                         "WHERE id = ?", [ids[1]])
        fresh_db.execute("UPDATE order_lines SET id = id + 1000 WHERE id = ?", [ids[2]])
    monkeypatch.setattr(core.columnar, "BLOCK_ROWS", block_rows)
    got = load_lines(fresh_db, include_cancelled=True, products_only=False).reset_index(drop=True)
    want = joined_lines(fresh_db)
    assert len(want) >= 3 and 0.1 + 0.2 in want["quantity"].tolist()
    pd.testing.assert_frame_equal(got, want, check_exact=True)


def test_read_columns_of_an_empty_table(fresh_db):
    columns = core.columnar.read_columns(fresh_db.conn, "order_lines", {"q": ("quantity", float)})
    assert len(columns["q"]) == 0 and columns["q"].dtype == float
    assert load_lines(fresh_db).empty


def test_a_verb_command_imports_only_its_own_module():
    import subprocess
    import sys
    code = ("import sys; from core.__main__ import build_parser; build_parser('summary'); "
            "print(sorted(m for m in sys.modules if m.startswith('core.cli.') and m.endswith('_verb')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['core.cli.summary_verb']"



ORDERS_SQL = """
    SELECT o.id AS order_id, o.external_id AS order_ref, o.customer_id, o.ordered_at, o.country, o.currency,
           o.is_cancelled,
           COALESCE(SUM(CASE WHEN p.is_product = 1 OR p.sku = ? THEN COALESCE(l.net_minor, l.line_total_minor)
                    END), 0) AS revenue_minor, COUNT(l.id) AS lines, COALESCE(SUM(l.quantity > 0), 0) AS sold_lines
    FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id LEFT JOIN products p ON p.id = l.product_id
    GROUP BY o.id
"""


@pytest.mark.parametrize("include_cancelled", [False, True])
def test_orders_sums_equal_the_sql_group_by(demo_db, include_cancelled):
    from core.currency import in_main_currency
    from core.data import _fold_returns, load_orders
    from core.importers.base import ORDER_TOTAL_SKU
    grouped = pd.read_sql_query(ORDERS_SQL, demo_db.conn, params=[ORDER_TOTAL_SKU])
    if not include_cancelled:
        grouped = grouped[grouped["is_cancelled"] == 0].reset_index(drop=True)
    grouped["ordered_at"] = pd.to_datetime(grouped["ordered_at"], utc=True, format="ISO8601")
    grouped["customer_id"] = grouped["customer_id"].astype("Int64")
    want = _fold_returns(in_main_currency(demo_db, grouped, ["revenue_minor"]))  # the SQL sums, folded alike
    want["revenue"] = want.pop("revenue_minor") / 100.0
    got = load_orders(demo_db, include_cancelled=include_cancelled)
    pd.testing.assert_frame_equal(got, want.drop(columns=["sold_lines"]), check_exact=True)
