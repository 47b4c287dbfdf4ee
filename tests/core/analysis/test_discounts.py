"""Deal seekers (issue 19): each customer's share of orders on a deal, checked against the generated export."""

from __future__ import annotations

import pandas as pd
import pytest

from core.analysis.discounts import DEAL_SEEKER_SHARE, deal_shares, deal_summary
from tests.core.analysis.history_shop import history_orders, import_history, order_table


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    raw = history_orders(seed=11, customers=60)
    return raw, import_history(raw, tmp_path_factory.mktemp("deals"))


def expected_shares(raw: pd.DataFrame) -> pd.DataFrame:
    """Share of each e-mail's paid orders that had a code or a marked-down line, from the file (pandas)."""
    orders = order_table(raw)
    paid = orders[orders["status"] == "paid"]
    per = paid.groupby("email").agg(orders=("Name", "size"), deal_orders=("deal", "sum"),
                                    code_orders=("code", lambda s: int((s != "").sum())))
    per["deal_share"] = per["deal_orders"] / per["orders"]
    return per


def test_deal_shares_match_the_file(history):
    raw, db = history
    expected = expected_shares(raw)
    got = deal_shares(db)
    emails = dict(db.execute("SELECT id, email FROM customers").fetchall())
    got = got.assign(email=got["customer_id"].map(lambda cid: emails[int(cid)])).set_index("email")
    assert set(got.index) == set(expected.index)
    got = got.loc[expected.index]
    assert (got["orders"].to_numpy() == expected["orders"].to_numpy()).all()
    assert (got["deal_orders"].to_numpy() == expected["deal_orders"].to_numpy()).all()
    assert (got["code_orders"].to_numpy() == expected["code_orders"].to_numpy()).all()
    assert got["deal_share"].to_numpy() == pytest.approx(expected["deal_share"].to_numpy())
    assert (got["deal_seeker"].to_numpy() == (expected["deal_share"] >= DEAL_SEEKER_SHARE).to_numpy()).all()
    # the mix is not degenerate: both kinds of buyer are there
    assert 0 < got["deal_seeker"].sum() < len(got)


def test_threshold_and_summary(history):
    raw, db = history
    expected = expected_shares(raw)
    strict = deal_shares(db, threshold=1.0)
    assert int(strict["deal_seeker"].sum()) == int((expected["deal_share"] >= 1.0).sum())
    summary = deal_summary(deal_shares(db))
    assert summary["customers"] == len(expected)
    assert summary["deal_seekers"] == int((expected["deal_share"] >= 0.5).sum())
    assert summary["average_deal_share"] == pytest.approx(expected["deal_share"].mean())


def test_empty_shop(fresh_db):
    assert deal_shares(fresh_db).empty
    assert deal_summary(deal_shares(fresh_db))["customers"] == 0
