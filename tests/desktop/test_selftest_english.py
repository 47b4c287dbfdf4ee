"""The self-test names the English texts left on a translated screen (sources with a translation or a pending
one that the screen still shows in English)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.selftest import english_left, shown_texts, translation_table


def _screen(qtbot) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.addWidget(QLabel("<b>Klienci</b>"))
    column.addWidget(QPushButton("&Export list…"))
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "What changed")
    column.addWidget(tabs)
    hidden = QLabel("Hidden products…")
    column.addWidget(hidden)
    hidden.hide()
    qtbot.addWidget(page)
    page.show()
    return page


def test_shown_texts_reads_labels_buttons_and_tabs_but_not_hidden_ones(qtbot):
    texts = shown_texts(_screen(qtbot))
    assert {"Klienci", "Export list…", "What changed"} <= texts
    assert "Hidden products…" not in texts


def test_english_left_lists_only_translated_sources_still_in_english(qtbot):
    table = {"Customers": "Klienci", "Export list…": "Eksportuj listę…", "What changed": "Co się zmieniło",
             "Hidden products…": "Ukryte produkty…", "Import": "Import"}
    assert english_left(_screen(qtbot), "pl", table) == ["Export list…", "What changed"]
    assert english_left(_screen(qtbot), "en", table) == []


def test_translation_table_takes_ts_and_pending_tables(tmp_path, monkeypatch):
    from desktop import i18n
    (tmp_path / "shopkeeper_pl.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="pl"><context><name>X</name>'
        "<message><source>Customers</source><translation>Klienci</translation></message>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n day(s)</source><translation><numerusform>%n dzień</numerusform>'
        "<numerusform>%n dni</numerusform></translation></message></context></TS>", encoding="utf-8")
    (tmp_path / "pending_x.json").write_text(json.dumps({"When": {"pl": "Kiedy"}, "Ago": {"pl": ["%n temu"]}}),
                                             encoding="utf-8")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert translation_table("pl") == {"Customers": "Klienci", "%n day(s)": "%n dzień", "When": "Kiedy",
                                       "Ago": "%n temu"}
