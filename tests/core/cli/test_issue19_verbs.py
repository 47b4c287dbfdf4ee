"""``movements``, ``first-products`` and ``deal-seekers`` print the figures of the shop (issue 19): checked against
shops imported from the export cut at each date and against pandas over the export."""

from __future__ import annotations

import contextlib
import io
import json
from collections import Counter

import pytest

from core.__main__ import main
from tests.core.analysis.history_shop import history_orders, import_history, order_table, segments_by_email


def run_json(argv: list[str]):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv) == 0
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("verbs19")
    raw = history_orders(seed=12, customers=70)
    db = import_history(raw, folder, db_path=folder / "shop.db")
    emails = dict(db.execute("SELECT id, email FROM customers").fetchall())
    db.conn.close()
    return raw, str(folder / "shop.db"), folder, emails


def test_movements_json(shop):
    raw, path, folder, _emails = shop
    data = run_json(["movements", "--db", path, "--from", "2024-10-01", "--to", "2025-04-01", "--json"])
    before = segments_by_email(raw, "2024-10-01", folder)
    after = segments_by_email(raw, "2025-04-01", folder)
    expected = Counter((before.get(email, "new"), seg) for email, seg in after.items())
    assert {(r["from_segment"], r["to_segment"]): r["customers"] for r in data["rows"]} == dict(expected)
    assert data["from"] == "2024-10-01" and data["to"] == "2025-04-01"
    assert all(s.startswith("Since 1 October 2024, ") for s in data["sentences"])


def test_first_products_and_deal_seekers_json(shop):
    raw, path, _folder, emails = shop
    orders = order_table(raw)
    paid = orders[orders["status"] == "paid"]
    firsts = paid.drop_duplicates("email")
    counts = Counter(sku for skus in firsts["skus"] for sku in skus)
    rows = run_json(["first-products", "--db", path, "--min-buyers", "5", "--json"])
    assert {r["sku"]: r["first_buyers"] for r in rows} == {sku: n for sku, n in counts.items() if n >= 5}
    deals = run_json(["deal-seekers", "--db", path, "--json"])
    share = paid.groupby("email")["deal"].mean()
    assert deals["summary"]["deal_seekers"] == int((share >= 0.5).sum())
    got = {emails[r["customer_id"]]: r["deal_share"] for r in deals["customers"]}
    assert got == pytest.approx(share.to_dict())
