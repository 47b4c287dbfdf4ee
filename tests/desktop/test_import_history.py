"""The Import screen's history in the owner's words: local date and time, the format's name, skip reasons in the
UI language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop import i18n
from desktop.workers import wait_for_tasks
from tests.conftest import TINY_CSV

BAD_DATE_ROW = "1006,A1,RED MUG,1,not a date,3.50,100.0,France\n"


@pytest.fixture
def polish(qapp):
    i18n.install_translator(qapp, "pl")
    yield
    i18n.install_translator(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture
def shop(qapp, tmp_path):
    from core.importers.pipeline import import_file
    from desktop.shop import Shop
    csv = tmp_path / "tiny_shop.csv"
    csv.write_text(TINY_CSV + BAD_DATE_ROW, encoding="utf-8")
    shop = Shop(tmp_path / "history.shop.db")
    import_file(shop.db, csv)
    yield shop
    wait_for_tasks(60_000)
    shop.close()


def _history_row(view) -> dict:
    model = view.model
    return {model.headerData(c, Qt.Orientation.Horizontal):
            model.data(model.index(0, c)) for c in range(model.columnCount())}


def test_history_in_polish(qtbot, shop, polish):
    from desktop.views.import_view import ImportView
    stamp, skipped = shop.db.execute("SELECT imported_at, skip_reasons FROM imports").fetchone()
    assert "date is missing or not a date" in skipped  # core counted the bad row under its English reason
    view = ImportView()
    qtbot.addWidget(view)
    view.set_shop(shop)
    row = _history_row(view)
    # the stored UTC stamp, in this computer's time zone, written the Polish way (computed here with datetime)
    local = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    when = [v for v in row.values() if v == local.strftime("%d.%m.%Y %H:%M")]
    assert when, row
    assert "online_retail" not in row.values()
    assert "Pozycje faktur Online Retail (UCI)" in row.values()
    assert "1 × brak daty lub to nie jest data" in row.values(), row


def test_history_in_english_has_no_iso_stamp_or_format_key(qtbot, shop, qapp):
    from desktop.views.import_view import ImportView
    i18n.install_translator(qapp, "en")
    view = ImportView()
    qtbot.addWidget(view)
    view.set_shop(shop)
    row = _history_row(view)
    stamp = shop.db.execute("SELECT imported_at FROM imports").fetchone()[0]
    assert stamp not in row.values() and "T" in stamp
    local = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    assert row["When"] == local.strftime("%d/%m/%Y %H:%M")
    assert row["Format"] == "Online Retail (UCI) invoice lines"
    assert row["Why skipped"] == "1 × date is missing or not a date"
