"""Customers screen in the owner's words (issue 20): chances as percentages, customer groups by name, cut-offs
with the local decimal mark, and the unfamiliar words explained where they are shown."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop import errors, i18n
from desktop.shop import Shop
from desktop.views.customers_view import CustomersView
from desktop.widgets.explain import EXPLANATIONS, ExplainLink, explanation
from desktop.workers import wait_for_tasks


@pytest.fixture
def view(qtbot, demo_db_path, qapp, request):
    lang = getattr(request, "param", "en")
    i18n.install_translator(qapp, lang)
    errors.recorded_errors = []
    shop = Shop(demo_db_path)
    widget = CustomersView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_shop(shop)
    assert wait_for_tasks(120_000)
    yield widget
    wait_for_tasks(30_000)
    shop.close()
    i18n.install_translator(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert errors.recorded_errors == []
    errors.recorded_errors = None


def test_chance_still_a_customer_is_a_percentage(view):
    model = view.predictions.model
    column = model.column_index("p_alive")
    assert column >= 0
    raw = view.overview.clv.table.set_index("customer_id")["p_alive"]
    frame = view.predictions.view.frame().set_index("customer_id")["p_alive"]
    assert ((frame.astype(float) - (raw.loc[frame.index] * 100).round()).abs() < 1e-9).all()
    shown = [model.data(model.index(row, column)) for row in range(min(20, model.rowCount()))]
    assert all(re.fullmatch(r"\d{1,3}", text) for text in shown), shown
    proxy = view.predictions.view.proxy
    header_tip = proxy.headerData(proxy.mapFromSource(model.index(0, column)).column(), Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.ToolTipRole)
    assert header_tip == EXPLANATIONS["p_alive"]


def test_customer_groups_have_names_not_numbers(view, qtbot):
    view.tabs.setCurrentWidget(view.clusters_page)
    assert wait_for_tasks(120_000)
    qtbot.waitUntil(lambda: view.cluster_result is not None, timeout=60_000)
    table = view.cluster_table
    model = table.model
    group = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Group")
    names = [model.data(model.index(row, group)) for row in range(model.rowCount())]
    assert sorted(names) == sorted(str(name) for name in view.cluster_result.clusters["name"])  # the table sorts
    assert not any(name.isdigit() for name in names)
    links = [link.key for link in view.clusters_page.findChildren(ExplainLink)]
    assert "silhouette" in links


@pytest.mark.parametrize("view", ["pl"], indirect=True)
def test_cutoffs_use_the_local_decimal_mark(view):
    text = view.cut_monetary.text()
    assert ";" in text and "," in text and "." not in text, text  # "95,34; 250,5; …" in Polish, not "95.34, 250.5"
    links = {link.key for link in view.segments_page.findChildren(ExplainLink)}
    assert {"rfm", "quintiles"} <= links
    assert explanation("quintiles") in view.cut_reset.toolTip()
