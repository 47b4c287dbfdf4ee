"""The dashboard screen on the demo shop: headline cards, embedded charts, click-through, save/copy, report."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from core.charts import CHARTS
from core.dashboard import headline_figures
from core.store import open_shop
from desktop import errors
from desktop.main_window import MainWindow
from desktop.views.dashboard_view import DASHBOARD_CHARTS, DashboardView
from desktop.workers import wait_for_tasks
from tests.core.net_oracle import net_orders


@pytest.fixture(scope="module")
def window(qapp):
    """One main window on the demo shop for the whole module (opening it runs every screen's analyses)."""
    errors.recorded_errors = []
    win = MainWindow()
    win.resize(1280, 820)
    assert win.open_demo()
    win.show_view("dashboard")
    assert wait_for_tasks(120_000)
    yield win
    win.close()
    win.deleteLater()
    errors.recorded_errors = None


def test_dashboard_shows_core_figures_and_charts(window):
    view = window.views["dashboard"]
    assert isinstance(view, DashboardView)
    assert window.stack.currentWidget() is view  # the first screen after opening a shop with data
    db = open_shop(window.shop.path)
    expected = headline_figures(db)
    db.conn.close()
    shown = [c for c in view.cards if not c.isHidden()]
    assert 4 <= len(shown) <= 7
    assert [c.value.text() for c in shown] == [h.text for h in expected]
    assert all(c.toolTip() for c in shown)
    for key in DASHBOARD_CHARTS:
        widget = view.charts[key]
        assert widget.figure is not None and widget.canvas is not None, key
    assert view.charts["revenue_by_month"].figure.chart_data["revenue"].sum() > 0
    assert errors.recorded_errors == []


def test_card_click_opens_the_list_behind_it(window, qtbot):
    view = window.views["dashboard"]
    card = next(c for c in view.cards if c.key == "vip")
    asked = []
    target = window.views["customers"]
    target.show_list = asked.append  # the hook a list screen may offer
    try:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    finally:
        del target.show_list
    assert window.stack.currentWidget() is target
    assert asked == ["vip"]
    window.show_view("dashboard")


def test_chart_save_png_svg_and_copy(window, tmp_path):
    widget = window.views["dashboard"].charts["top_products"]
    png = widget.save(tmp_path / "top.png")
    svg = widget.save(tmp_path / "top.svg")
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in svg.read_bytes()[:500]
    widget.copy_to_clipboard()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 300


def test_owner_report_in_a_worker(window, tmp_path):
    view = window.views["dashboard"]
    task = view.save_report(tmp_path / "report.pdf", confirm=False)
    assert wait_for_tasks(120_000)
    assert task.error is None
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert "report.pdf" in view.status.text()


def test_selftest_extras_save_every_chart(window, tmp_path):
    paths = window.views["dashboard"].selftest_extras(tmp_path)
    assert len(paths) == len(CHARTS)
    assert all(p.exists() and p.stat().st_size > 5_000 for p in paths)


def test_no_shop_state(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    view.set_shop(None)
    assert not view.report_button.isEnabled()
    assert all(c.isHidden() for c in view.cards)


def test_text_tables_match_core(qtbot):
    """Every chart text in core's table has a self.tr twin here with the same English (no translator loaded)."""
    from core.charts.texts import LABELS, MESSAGES, TITLES
    view = DashboardView()
    qtbot.addWidget(view)
    assert view.chart_titles() == TITLES
    assert view.chart_messages() == {f"message:{k}": v for k, v in MESSAGES.items()}
    labels = view.chart_labels()
    assert set(labels) == set(TITLES)
    for key, texts in labels.items():
        plain = {k: v for k, v in texts.items() if not k.startswith(("message:", "segment:", "format:"))}
        assert plain == LABELS.get(key, {}), key


def test_translated_texts_reach_the_charts(window, monkeypatch):
    """What the view hands to core ends up on the figure: titles, axis texts, messages."""
    from core.charts import chart_spec
    from core.charts.sources import ShopData
    view = window.views["dashboard"]
    monkeypatch.setattr(DashboardView, "tr", lambda self, text: f"«{text}»")
    titles, labels = view.chart_titles(), view.chart_labels()
    db = open_shop(window.shop.path)
    try:
        figure = chart_spec("rf_grid").builder(ShopData(db), title=titles["rf_grid"], labels=labels["rf_grid"])
    finally:
        db.conn.close()
    ax = figure.axes[0]
    assert figure._suptitle.get_text().startswith("«Recency")
    assert ax.get_xlabel() == "«Recency score (5 = bought most recently)»"
    from core.store import open_memory_shop
    empty = open_memory_shop()
    message = chart_spec("top_products").builder(empty, labels=labels["top_products"])
    assert message.shopkeeper_message == "«No products sold yet.»"


def test_card_click_without_a_hook_opens_the_list_tab(window, qtbot):
    view = window.views["dashboard"]
    target = window.views["customers"]
    assert not hasattr(target, "show_list")
    for key in ("vip", "at_risk"):
        window.show_view("dashboard")
        card = next(c for c in view.cards if c.key == key)
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        assert window.stack.currentWidget() is target
        assert target.list_tabs.currentWidget() is target.list_tables[key]
        assert target.tabs.currentWidget().isAncestorOf(target.list_tabs)
    window.show_view("dashboard")
    card = next(c for c in view.cards if c.key == "customers")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert target.tabs.currentWidget() is target.all_customers
    window.show_view("dashboard")


def test_cards_explain_themselves_on_hover(window):
    view = window.views["dashboard"]
    for card in (c for c in view.cards if not c.isHidden()):
        headline = next(h for h in view.headlines if h.key == card.key)
        assert str(headline.explanation) in card.toolTip()
        assert len(card.toolTip()) > len(str(headline.explanation)) + 20  # plus what the figure means / where it leads


def _shop_from_csv(folder, rows: list[str]):
    from core.importers.pipeline import import_file
    csv = folder / "shop.csv"
    csv.write_text("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
                   + "".join(r + "\n" for r in rows), encoding="utf-8")
    path = folder / "small.shop.db"
    db = open_shop(path)
    if rows:
        import_file(db, csv)
    db.conn.close()
    return path


@pytest.mark.parametrize("rows", [[], ["1,A1,ONLY MUG,2,2024-03-05 10:00:00,4.50,101.0,France"]],
                         ids=["no orders", "one order"])
def test_empty_and_one_order_shops_get_sentences(qtbot, tmp_path, rows):
    from desktop.shop import Shop
    from core.charts import is_message_figure
    path = _shop_from_csv(tmp_path, rows)
    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(1200, 900)
    shop = Shop(path)
    errors.recorded_errors = []
    try:
        view.set_shop(shop)
        assert wait_for_tasks(60_000)
        qtbot.waitUntil(lambda: view.status.text() == "", timeout=10_000)
        cards = {c.key: c for c in view.cards if not c.isHidden()}
        assert cards["customers"].value.text() == str(len(rows))
        for key, widget in view.charts.items():
            if key == "revenue_by_month" and rows:
                assert not is_message_figure(widget.figure)  # one order still makes one bar
                assert widget.figure.chart_data["orders"].sum() == 1
            else:
                assert is_message_figure(widget.figure), key
                assert widget.figure.shopkeeper_message.endswith("."), key
        assert errors.recorded_errors == []
        view.grab().save(str(tmp_path / "dashboard.png"))
    finally:
        errors.recorded_errors = None
        view.set_shop(None)
        shop.close()


def _placeholders(text: str) -> set[str]:
    import string
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", ["pl", "lv", "ru"])
def test_owner_report_front_page_in_the_ui_language(window, qapp, lang):
    """The report's first page (heading, period, cards, actions, footer) follows the UI language; the view's
    English twins equal core's tables, and every translation keeps its {placeholders}."""
    import re

    from core.charts.sources import ShopData
    from core.dashboard import ACTION_TEXTS, top_actions
    from core.report import FRONT_TEXTS, report_pages
    from desktop import i18n
    view = window.views["dashboard"]
    english = view.report_front_page()
    assert english.texts == FRONT_TEXTS and english.action_texts == ACTION_TEXTS
    i18n.install_translator(qapp, lang)
    db = open_shop(window.shop.path)
    try:
        front = view.report_front_page()
        page = "\n".join(t.get_text() for t in next(report_pages(ShopData(db), "Demo", front=front)).texts)
        english_actions = top_actions(db)
        titles = [h.title for h in headline_figures(db)]
    finally:
        db.conn.close()
        i18n.install_translator(qapp, "en")
    for table, source in ((front.texts, FRONT_TEXTS), (front.action_texts, ACTION_TEXTS)):
        for key, text in table.items():
            assert text != source[key] and _placeholders(text) == _placeholders(source[key]), (lang, key)
    flat = " ".join(page.split())
    assert front.text("next_steps") in page and "What to do next" not in page
    assert not any(" ".join(a.split()) in flat for a in english_actions)
    assert len(english_actions) >= 4 and flat.count("•") == len(english_actions)
    assert titles and not any(title in page.split("\n") for title in titles)
    letters = {"pl": "[ąęłńśźżó]", "lv": "[āēīūģķļņšž]", "ru": "[а-яА-Я]"}[lang]
    assert len(re.findall(letters, page)) > 20
    thousands = {"pl": "tys.", "lv": "tūkst.", "ru": "тыс."}[lang]
    purchases = net_orders(open_shop(window.shop.path))  # net revenue of the last 90 days, independently
    cents = purchases.loc[purchases["when"] > purchases["when"].max() - pd.Timedelta(days=90), "cents"].sum()
    shown = f"{cents / 100_000:.1f}".replace(".", ",")
    assert re.search(rf"{shown}\s{thousands}\s£", page), (shown, page)


def test_headline_values_use_local_digits(qapp):
    """Headline figures: core's text in English; elsewhere local digits, percent and shortened money."""
    from core.dashboard import Headline
    from desktop import i18n
    heads = [Headline("customers", "Customers", 12_345, "12,345", ""),
             Headline("repeat_rate", "Repeat customers", 0.7234, "72%", ""),
             Headline("revenue_90d", "Revenue", 273_512.4, "£273.5k", ""),
             Headline("revenue_30d", "Revenue", 2_000_000.0, "£2M", ""),
             Headline("average_order", "Average order", 899.6, "£900", "")]
    assert [i18n.headline_value(h, "GBP") for h in heads] == [h.text for h in heads]
    i18n.install_translator(qapp, "pl")
    try:
        shown = [" ".join(i18n.headline_value(h, "GBP").replace("\u00a0", " ").split()) for h in heads]
        assert shown == ["12 345", "72%", "273,5 tys. £", "2 mln £", "900 £"]
        assert " ".join(i18n.format_money_short(-15_250, "PLN").replace("\u00a0", " ").split()) == "-15,3 tys. zł"  # half away from zero
    finally:
        i18n.install_translator(qapp, "en")


def test_chart_numbers_follow_the_ui_language(window, qapp):
    """In Polish the view asks core for Polish numbers on the charts ("307,9 tys. £"); English asks nothing."""
    from core.charts import chart_spec
    from core.charts.sources import ShopData
    from desktop import i18n
    view = window.views["dashboard"]
    assert not any(key.startswith("format:") for key in view.chart_labels()["segments"])
    i18n.install_translator(qapp, "pl")
    try:
        labels = view.chart_labels()
    finally:
        i18n.install_translator(qapp, "en")
    assert labels["segments"]["format:decimal"] == ","
    db = open_shop(window.shop.path)
    try:
        figure = chart_spec("segments").builder(ShopData(db), labels=labels["segments"])
    finally:
        db.conn.close()
    texts = [t.get_text().replace("\u00a0", " ") for ax in figure.axes for t in ax.texts]
    assert any(" tys. £" in text for text in texts), texts
    assert not any("k" in text and "£" in text for text in texts)


def test_backtest_note_in_the_ui_language(window, qapp):
    from core.charts import chart_spec
    from core.charts.sources import ShopData
    from desktop import i18n
    view = window.views["dashboard"]
    i18n.install_translator(qapp, "pl")
    try:
        labels = view.chart_labels()["clv_backtest"]
    finally:
        i18n.install_translator(qapp, "en")
    db = open_shop(window.shop.path)
    try:
        english = chart_spec("clv_backtest").builder(ShopData(db))
        polish = chart_spec("clv_backtest").builder(ShopData(db), labels=labels)
        summary = ShopData(db).backtest().attrs["summary"]
    finally:
        db.conn.close()
    note_en = english.texts[0].get_text().replace("\n", " ")
    note_pl = polish.texts[0].get_text().replace("\n", " ")
    assert note_en.startswith("Fitted on the history") and f"off by {summary['mean_absolute_error']:.2f}" in note_en
    assert note_pl.startswith("Dopasowano") and f"{summary['mean_absolute_error']:.2f}".replace(".", ",") in note_pl


def test_save_dialogs_open_in_the_shops_exports_folder(qtbot, demo_db_path, monkeypatch):
    """The report's and a chart's Save dialog start in ``exports`` beside the shop file."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.shop import Shop
    from desktop.views.dashboard_view import DashboardView

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, default, *rest: (asked.append(default), ("", ""))[1]))
    shop = Shop(demo_db_path)
    view = DashboardView()
    qtbot.addWidget(view)
    try:
        view.set_shop(shop)
        view.choose_report_path()
        exports = demo_db_path.parent / "exports"
        assert asked and Path(asked[0]).parent == exports and asked[0].endswith(".pdf")
        chart = next(iter(view.charts.values()))
        chart.figure = object()  # anything: the dialog is cancelled before saving
        chart.choose_save_path()
        assert Path(asked[1]).parent == exports
    finally:
        view.set_shop(None)
        wait_for_tasks(60_000)
        shop.close()


def test_first_row_of_charts_comes_before_the_list_figures(demo_db_path, qtbot):
    """The worker delivers the sales cards, the first row of charts, the list cards, then the charts below the
    window's edge; the view says its first sight is filled only when the cards and that row are shown."""
    from core.dashboard import LIST_HEADLINE_KEYS
    from desktop.views.dashboard_view import FIRST_ROW, _load
    db = open_shop(demo_db_path)
    parts, steps = [], []
    try:
        _load(db, {}, {}, "lists", progress=lambda fraction, text: steps.append(text), deliver=parts.append)
    finally:
        db.conn.close()
    kinds = [part[1] if part[0] == "chart" else ("headlines", tuple(part[3])) for part in parts]
    below = [key for key in DASHBOARD_CHARTS if key not in FIRST_ROW]
    assert kinds == [("headlines", tuple(LIST_HEADLINE_KEYS)), *FIRST_ROW, ("headlines", ()), *below]
    assert steps.index("lists") == len(FIRST_ROW)  # said while the list figures are worked out

    view = DashboardView()
    qtbot.addWidget(view)
    assert not view.first_sight_shown()
    seen = []
    for part in parts:
        view._show_part(part)
        seen.append(view.first_sight_shown())
    # filled once the list cards arrive (after the first row), not before; the charts below do not change that
    assert seen == [False] * (1 + len(FIRST_ROW)) + [True] * (1 + len(below))
    view.set_shop(None)
    assert not view.first_sight_shown()
