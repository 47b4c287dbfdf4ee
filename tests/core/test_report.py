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
    assert _pages(data) == len(CHARTS) + 3  # front page, monthly page, movements chart, charts


def test_report_on_empty_shop(fresh_db, tmp_path):
    out = write_report(fresh_db, tmp_path / "empty.pdf")
    assert _pages(out.read_bytes()) == len(CHARTS) + 3  # front page, monthly page, movements chart, charts


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


def _page_texts(figure) -> str:
    return "\n".join(t.get_text() for t in figure.texts)


def test_front_page_has_every_headline_and_action(demo_db):
    from core.dashboard import top_actions
    from core.report import report_pages
    pages = report_pages(ShopData(demo_db), "Demo")
    front = _page_texts(next(pages))
    heads = headline_figures(demo_db)
    assert all(h.title in front and h.text in front for h in heads)
    flat = " ".join(front.replace("\n    ", " ").split())
    actions = top_actions(demo_db)
    assert actions and all(" ".join(a.split()) in flat for a in actions)
    assert any("win-back offer" in a for a in actions)


def test_report_pages_take_translated_titles_and_labels(demo_db):
    from core.report import report_pages
    titles = {s.key: f"T-{s.key}" for s in CHARTS}
    pages = list(report_pages(ShopData(demo_db), "Demo", titles=titles,
                              labels={"revenue_by_month": {"month": "Monat", "month_partial": "Monat"}}))
    assert [p._suptitle.get_text() for p in pages[3:]] == [f"T-{s.key}" for s in CHARTS]
    assert pages[3].axes[0].get_xlabel() == "Monat"
    assert all(tuple(p.get_size_inches()) == pytest.approx((11.69, 8.27)) for p in pages[1:])


@pytest.fixture(scope="module")
def online_retail_db(shared_data, tmp_path_factory):
    source = shared_data / "online_retail_II.csv"
    if not source.exists():
        pytest.skip("online_retail_II.csv is not present")
    from core.importers.pipeline import import_file
    path = tmp_path_factory.mktemp("orii") / "orii.shop.db"
    db = open_shop(path)
    import_file(db, source)
    yield db
    db.conn.close()


def test_online_retail_figures_against_the_raw_csv(online_retail_db, shared_data, tmp_path):
    raw = pd.read_csv(shared_data / "online_retail_II.csv", dtype={"Invoice": str, "StockCode": str})
    kept = raw[~raw["Invoice"].str.startswith("C")]
    per_customer = kept.dropna(subset=["Customer ID"]).groupby("Customer ID")["Invoice"].nunique()
    shop = ShopData(online_retail_db)
    heads = {h.key: h for h in headline_figures(shop)}
    assert heads["customers"].value == len(per_customer)
    assert heads["repeat_rate"].value == pytest.approx((per_customer >= 2).mean())
    assert heads["revenue_90d"].text.startswith("£")
    # best sellers: product codes (not POST, M, ...) by revenue of sold lines
    sold = kept[(kept["Quantity"] > 0) & kept["StockCode"].str[0].str.isdigit()]
    revenue = (sold["Quantity"] * sold["Price"]).groupby(sold["StockCode"]).sum().sort_values(ascending=False)
    top = chart_spec("top_products").builder(shop).chart_data
    codes = pd.read_sql_query("SELECT id, sku FROM products", online_retail_db.conn).set_index("id")["sku"]
    assert top["product_id"].map(codes).head(5).tolist() == revenue.index[:5].tolist()
    assert top["revenue"].head(5).to_numpy() == pytest.approx(revenue.iloc[:5].to_numpy(), abs=1.0)
    # months: revenue of non-cancelled invoices with products, per calendar month
    monthly = chart_spec("revenue_by_month").builder(shop).chart_data
    orders_per_month = kept.assign(month=pd.to_datetime(kept["InvoiceDate"]).dt.to_period("M"))
    assert monthly["orders"].tolist() == orders_per_month.groupby("month")["Invoice"].nunique().tolist()
    for key in ("revenue_by_month", "segments", "rf_grid", "cohort_retention", "days_between_orders",
                "top_products", "top_pairs", "pair_network"):
        assert not is_message_figure(chart_spec(key).builder(shop)), key
    assert len(render_all(shop, tmp_path)) == len(CHARTS)


def test_front_page_speaks_the_language_it_is_given(demo_db):
    """Every front-page text and action comes from ``front`` when given; numbers and money use its formatters."""
    from core.dashboard import ACTION_TEXTS, top_actions
    from core.report import FRONT_TEXTS, FrontPage, report_pages
    texts = {key: "XX " + text for key, text in FRONT_TEXTS.items()}
    actions = {key: "YY " + text for key, text in ACTION_TEXTS.items()}
    front = FrontPage(texts=texts, action_texts=actions, headline_title=lambda h: "ZZ " + h.key,
                      explanation=lambda text: "WW", date=lambda when: f"{when:%Y/%m/%d}",
                      number=lambda value: f"<{value}>", money=lambda value, currency: f"M{value:.0f}")
    page = _page_texts(next(report_pages(ShopData(demo_db), "Demo", front=front)))
    english = top_actions(demo_db)
    assert page.count("YY ") == len(english) >= 3
    assert "XX How Demo is doing" in page and "XX What to do next" in page and "XX Made by Shopkeeper" in page
    orders = ShopData(demo_db).orders
    assert f"{orders['ordered_at'].min():%Y/%m/%d}" in page  # the period, in the date format given
    heads = headline_figures(demo_db)
    assert all(f"ZZ {h.key}" in page for h in heads) and page.count("WW") == len(heads)
    assert not any(h.title in page.split("\n") for h in heads)
    winback = int(english[0].split()[0].replace(",", ""))  # "104 customers due for a win-back offer…"
    assert f"YY <{winback}> customers due for a win-back offer" in page
    flat = " ".join(page.split())
    assert "(they spent M" in flat  # money through the given formatter


def test_top_actions_translated_keep_every_figure(demo_db):
    from core.dashboard import ACTION_TEXTS, top_actions
    english = top_actions(demo_db)
    same = top_actions(demo_db, texts=dict(ACTION_TEXTS))
    assert same == english
    marked = top_actions(demo_db, texts={key: "«" + text + "»" for key, text in ACTION_TEXTS.items()})
    assert marked == ["«" + sentence + "»" for sentence in english]


def test_front_page_wrapping_measures_the_text():
    """Lines are measured, not counted in characters: Cyrillic (wider) wraps sooner, no word is lost, and a cut
    text ends in an ellipsis within the width."""
    from core.report import _width_pt, _wrap
    russian = "Клиенты, которым пора предложить вернуться: 104. Они молчат как минимум вдвое дольше обычного."
    english = "Customers due for a win-back offer: 104. They have been silent at least twice as long as usual."
    for text in (russian, english):
        lines = _wrap(text, 10.5, 200)
        assert " ".join(lines) == text
        assert all(_width_pt(line, 10.5) <= 200 for line in lines if " " in line)
    narrow, wide = " ".join(["il"] * 20), " ".join(["ШЖ"] * 20)  # the same number of characters
    assert len(_wrap(wide, 10.5, 120)) > len(_wrap(narrow, 10.5, 120))
    cut = _wrap(russian, 10.5, 120, max_lines=2)
    assert len(cut) == 2 and cut[-1].endswith("…") and _width_pt(cut[-1], 10.5) <= 120


def test_the_report_program_leaves_at_once_with_its_file_and_the_shop_complete(demo_db_path, tmp_path):
    """``python -m core report`` ends without the interpreter's teardown: the PDF must be whole, the shop closed
    (no write-ahead log left beside it) and its record of the written file kept."""
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    shop = tmp_path / "copy.shop.db"
    shop.write_bytes(demo_db_path.read_bytes())
    out = tmp_path / "report.pdf"
    done = subprocess.run([sys.executable, "-m", "core", "report", "--db", str(shop), "--out", str(out)],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Report written to" in done.stdout  # printed before leaving: nothing left in the buffer
    assert out.read_bytes().rstrip().endswith(b"%%EOF") and _pages(out.read_bytes()) == len(CHARTS) + 3
    assert not Path(f"{shop}-wal").exists() and not Path(f"{shop}-shm").exists()
    with sqlite3.connect(shop) as connection:
        written = connection.execute("SELECT value FROM settings WHERE key = 'privacy.written_files'").fetchone()
    assert str(out) in written[0]
