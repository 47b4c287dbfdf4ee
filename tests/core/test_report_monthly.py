"""The report's monthly page (issue 19): campaign results, segment movements over the last month and the
first-product insight. Movements are checked against two shops imported from the export cut at the month's start
and end; the first-product figures against pandas over the export."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest
from scipy.stats import binomtest

from core.analysis.segments import SEGMENT_LABELS
from core.campaigns.results import campaign_results
from core.report import FrontPage, report_pages, write_report
from core.shop_data import ShopData
from tests.core.analysis.history_shop import history_orders, import_history, order_table, segments_by_email


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    raw = history_orders(seed=8, customers=120)
    return raw, import_history(raw, tmp_path_factory.mktemp("monthly"))


def page_text(figure) -> str:
    return " ".join(" ".join(t.get_text() for t in figure.texts).split())


def test_monthly_page_movements_and_first_products(history, tmp_path):
    raw, db = history
    pages = report_pages(ShopData(db), "Test shop")
    next(pages)
    monthly, chart = next(pages), next(pages)
    text = page_text(monthly)
    last = raw["_when"].max()
    end = last.date()
    start = (pd.Timestamp(end) - pd.DateOffset(months=1)).date()
    assert f"What changed from {start:%Y-%m-%d} to {end:%Y-%m-%d}" in text
    before, after = segments_by_email(raw, start, tmp_path), segments_by_email(raw, end, tmp_path)
    moves = Counter((before.get(email, "new"), seg) for email, seg in after.items())
    moved = {pair: n for pair, n in moves.items() if pair[0] != pair[1]}
    top = max(moved.values())
    named = [f"{n} {SEGMENT_LABELS[a]} became {SEGMENT_LABELS[b]}" if a != "new" else f"{n} new customers became "
             f"{SEGMENT_LABELS[b]}" for (a, b), n in moved.items() if n == top]
    assert any(sentence in text for sentence in named), (named, text)
    assert int(chart.chart_data.to_numpy().sum()) == len(after)
    # first-product insight: the product whose first buyers surely come back more often than the shop's average
    # (lower end of the 95 % Wilson interval, scipy), among products with >= 10 first buyers
    orders = order_table(raw)
    paid = orders[orders["status"] == "paid"]
    firsts = paid.drop_duplicates("email").set_index("email")
    back = paid.groupby("email").size() >= 2
    shop_rate = back.mean()
    lows = {}
    for sku in set().union(*firsts["skus"]):
        who = firsts.index[firsts["skus"].map(lambda skus: sku in skus)]
        if len(who) >= 10:
            came = int(back[who].sum())
            lows[sku] = (binomtest(came, len(who)).proportion_ci(0.95, method="wilson").low, came, len(who))
    best_sku = max(lows, key=lambda sku: (lows[sku][0], lows[sku][2]))
    low, came, buyers = lows[best_sku]
    if low > shop_rate:
        assert f"Customers whose first order had Product {best_sku} came back" in text
    assert f"{came / buyers:.0%} of {buyers} first buyers came back" in text


def test_monthly_page_shows_campaign_results(history, tmp_path):
    _raw, db = history
    ids = [row[0] for row in db.execute("SELECT id FROM customers ORDER BY id LIMIT 40")]
    with db.conn:
        cursor = db.conn.execute(
            "INSERT INTO campaigns(name, created_at, audience, target, members, control_members, sent_at, window_days)"
            " VALUES ('Spring win-back', '2025-03-01T10:00:00Z', 'list:winback', 'csv', 30, 10, '2025-03-01', 30)")
        campaign = cursor.lastrowid
        db.conn.executemany(
            "INSERT INTO campaign_members(campaign_id, customer_id, in_control, group_name) VALUES (?, ?, ?, ?)",
            [(campaign, cid, int(i % 4 == 0), "control" if i % 4 == 0 else "mailed") for i, cid in enumerate(ids)])
    try:
        pages = report_pages(ShopData(db), "Test shop")
        next(pages)
        text = page_text(next(pages))
        assert "Spring win-back" in text and "No campaign recorded yet" not in text
        verdict = campaign_results(db, campaign_id=campaign)[0].verdict
        if verdict is not None:
            assert " ".join(str(verdict).split()) in text
    finally:
        with db.conn:
            db.conn.execute("DELETE FROM campaign_members WHERE campaign_id = ?", (campaign,))
            db.conn.execute("DELETE FROM campaigns WHERE id = ?", (campaign,))


def test_monthly_page_on_an_empty_shop(fresh_db, tmp_path):
    path = write_report(fresh_db, tmp_path / "empty.pdf")
    assert path.stat().st_size > 1000
    pages = report_pages(ShopData(fresh_db))
    next(pages)
    text = page_text(next(pages))
    assert "No campaign recorded yet" in text and "No customer changed segment" in text


def test_monthly_pages_follow_the_front_pages_language(history):
    _raw, db = history
    front = FrontPage(explanation=lambda message: "«" + str(message) + "»")
    pages = report_pages(ShopData(db), "Test shop", front=front)
    next(pages)
    monthly, chart = next(pages), next(pages)
    texts = [t.get_text() for t in monthly.texts]
    assert texts and all(t.startswith(("«", "•  «")) for t in texts)
    assert chart._suptitle.get_text().startswith("«") and chart.axes[0].get_xlabel().startswith("«")
