"""The Shop snippets tab: shop language independent of the UI language, the owner's own texts, what the catalog
held back or that links are guesses, and Preview in browser (the page written in the shop's exports folder)."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtGui import QDesktopServices

from core.snippets.preview import PREVIEW_NAME, exports_folder
from desktop import errors
from desktop.main_window import MainWindow
from desktop.workers import wait_for_tasks


@pytest.fixture
def view(qtbot):
    errors.recorded_errors = []
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_demo()
    win.show_view("offers")
    assert wait_for_tasks(60_000)
    view = win.views["offers"]
    view.tabs.setCurrentIndex(1)
    yield view
    assert errors.recorded_errors == []
    errors.recorded_errors = None


def test_shop_language_texts_and_guessed_links(view):
    view.kind.setCurrentIndex(view.kind.findData("also-bought"))
    view.max_products.setValue(20)
    view.shop_lang.setCurrentIndex(view.shop_lang.findData("pl"))
    view.shop_lang.activated.emit(view.shop_lang.currentIndex())  # the owner's choice sticks, in the shop too
    assert view.heading_text.placeholderText() == "Klienci kupili również"
    assert wait_for_tasks(60_000)
    from core.snippets.texts import chosen_shop_language
    assert chosen_shop_language(view.shop.db) == "pl"
    view.make_snippet()
    assert wait_for_tasks(60_000)
    assert view.snippet.shop_lang == "pl" and "<h3>Klienci kupili również</h3>" in view.code.toPlainText()
    # the UI is in English, the widget in Polish; the demo shop has no catalog: the screen says links are guesses
    assert "Links are guesses" in view.snippet_info.text() and "product export" in view.snippet_info.text()
    view.button_text.setText("Kup teraz")
    view.heading_text.setText("Pasuje do tego")
    view.make_snippet()
    assert wait_for_tasks(60_000)
    data = json.loads(re.search(r'id="sk-also-bought-data">(.*?)</script>', view.snippet.text, re.S).group(1))
    assert data["button"] == "Kup teraz" and "<h3>Pasuje do tego</h3>" in view.snippet.text
    assert "Pasuje do tego" in view.preview_view.toHtml()


def test_preview_in_browser_writes_the_page_and_opens_it(view, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    assert not view.browser_button.isEnabled()
    view.kind.setCurrentIndex(view.kind.findData("vip-banner-liquid"))
    view.shop_lang.setCurrentIndex(view.shop_lang.findData("de"))
    view.shop_lang.activated.emit(view.shop_lang.currentIndex())
    view.make_snippet()
    assert wait_for_tasks(60_000)
    assert view.browser_button.isEnabled()
    path = view.preview_in_browser()
    assert path == exports_folder(view.shop.db) / PREVIEW_NAME and path.exists()
    assert [url.toLocalFile() for url in opened] == [str(path)]
    page = path.read_text(encoding="utf-8")
    assert "Willkommen zurück!" in page and "{%" not in page and '<html lang="de">' in page
    assert "@" not in page  # no customer data
