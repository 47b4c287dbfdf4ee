"""The owner's report PDF and the ``report`` CLI verb, on the demo shop, an empty shop and real CDNOW data."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from core.__main__ import main
from core.charts import CHARTS, chart_spec, is_message_figure, render_all
from core.charts import data as cd
from core.charts.sources import ShopData
from core.dashboard import headline_figures
from core.report import write_report
from core.store import open_shop
from tests.core.charts_helpers import build_cdnow_shop


def _pages(pdf_bytes: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf_bytes))


def test_report_pdf_has_front_page_and_every_chart(demo_db, tmp_path):
    out = write_report(demo_db, tmp_path / "out" / "report.pdf", shop_name="Demo")
    data = out.read_bytes()
    assert data[:5] == b"%PDF-"
    assert _pages(data) == len(CHARTS) + 1


def test_report_on_empty_shop(fresh_db, tmp_path):
    out = write_report(fresh_db, tmp_path / "empty.pdf")
    assert _pages(out.read_bytes()) == len(CHARTS) + 1


def test_report_cancel_leaves_no_file(demo_db, tmp_path):
    from core.errors import Cancelled
    with pytest.raises(Cancelled):
        write_report(demo_db, tmp_path / "r.pdf", cancelled=lambda: True)
    assert not (tmp_path / "r.pdf").exists()


def test_cli_report_writes_pdf_and_pngs(demo_db_path, tmp_path, capsys):
    code = main(["report", "--db", str(demo_db_path), "--out", str(tmp_path / "r.pdf"),
                 "--charts", str(tmp_path / "charts"), "--json"])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["report"].endswith("r.pdf") and (tmp_path / "r.pdf").stat().st_size > 10_000
    assert sorted(p.name for p in (tmp_path / "charts").iterdir()) == sorted(f"{s.key}.png" for s in CHARTS)
    assert printed["headlines"][0]["key"] == "customers"
    assert any("win-back" in a for a in printed["actions"])


def test_cli_report_missing_shop_is_one_sentence(tmp_path, capsys):
    assert main(["report", "--db", str(tmp_path / "nope.db"), "--out", str(tmp_path / "r.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error:") and err.count("\n") == 1


@pytest.fixture(scope="module")
def cdnow_db(shared_data, tmp_path_factory):
    master = shared_data / "cdnow" / "CDNOW_master.txt"
    if not master.exists():
        pytest.skip("CDNOW is not present")
    path = build_cdnow_shop(master, tmp_path_factory.mktemp("cdnow"))
    db = open_shop(path)
    yield db
    db.conn.close()


def test_cdnow_charts_against_the_raw_file(cdnow_db, shared_data, tmp_path):
    raw = pd.read_csv(shared_data / "cdnow" / "CDNOW_master.txt", sep=r"\s+", header=None, skiprows=1,
                      names=["customer", "date", "cds", "dollars"])
    raw = raw[(raw["cds"] > 0) & (raw["dollars"] > 0)]
    raw["month"] = pd.to_datetime(raw["date"].astype(str), format="%Y%m%d").dt.to_period("M").dt.to_timestamp()
    shop = ShopData(cdnow_db)
    monthly = cd.monthly_revenue(shop.orders).set_index("month")
    expected = raw.groupby("month")["dollars"].sum()
    assert monthly["revenue"].to_numpy() == pytest.approx(expected.to_numpy(), rel=1e-4)
    assert (monthly["orders"].to_numpy() == raw.groupby("month").size().to_numpy()).all()
    # every customer's first purchase is 'new': the Q1-1997 cohort, so April 1997 on is (almost) all returning
    assert monthly["orders_new"].sum() == raw["customer"].nunique()
    heads = {h.key: h for h in headline_figures(shop)}
    assert heads["customers"].value == raw["customer"].nunique()
    assert heads["repeat_rate"].value == pytest.approx((raw.groupby("customer").size() >= 2).mean())
    assert heads["revenue_30d"].text.startswith("$")
    for key in ("revenue_by_month", "rf_grid", "cohort_retention", "days_between_orders", "clv_distribution",
                "clv_backtest"):
        assert not is_message_figure(chart_spec(key).builder(shop)), key
    # one product: a sentence instead of a single giant bar
    only = chart_spec("top_products").builder(shop)
    assert is_message_figure(only) and "MUSIC CDS" in only.shopkeeper_message
    # one product: no pairs, and the recommendation test says why instead of drawing 100 % bars
    assert is_message_figure(chart_spec("top_pairs").builder(shop))
    assert is_message_figure(chart_spec("recommendation_evaluation").builder(shop))
    assert len(render_all(shop, tmp_path)) == len(CHARTS)
