"""core.customer_ids.shop_customer_ids: the shop's own id of every customer (checked by brute force)."""

from __future__ import annotations

import pandas as pd

from core.customer_ids import shop_customer_ids
from core.importers.pipeline import import_file


def test_first_source_id_by_platform_then_id_else_email_else_number(fresh_db, tiny_shop_csv):
    import_file(fresh_db, tiny_shop_csv)
    ids = [row[0] for row in fresh_db.execute("SELECT id FROM customers ORDER BY id")]
    with fresh_db.conn:
        fresh_db.execute("INSERT INTO customer_sources (customer_id, platform, external_id) VALUES (?, 'aaa', 'z9')",
                         [ids[0]])
        fresh_db.execute("INSERT INTO customer_sources (customer_id, platform, external_id) VALUES (?, 'aaa', 'b1')",
                         [ids[0]])
        fresh_db.execute("DELETE FROM customer_sources WHERE customer_id = ?", [ids[1]])
        fresh_db.execute("UPDATE customers SET email = 'second@example.com' WHERE id = ?", [ids[1]])
    sources = pd.read_sql_query("SELECT customer_id, platform, external_id FROM customer_sources", fresh_db.conn)
    customers = pd.read_sql_query("SELECT id, email FROM customers", fresh_db.conn)
    expected = {}
    for cid, email in zip(customers["id"], customers["email"]):
        mine = sorted((p, e) for c, p, e in sources.itertuples(index=False) if c == cid)
        expected[int(cid)] = mine[0][1] if mine else (email or str(cid))
    got = shop_customer_ids(fresh_db)
    assert got.to_dict() == expected
    assert got[ids[0]] == "b1" and got[ids[1]] == "second@example.com"
