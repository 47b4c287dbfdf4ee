"""Every window fits a 1366×768 laptop (minimum size ≤ 1366×720, room for the taskbar) in every UI language.

The main window is checked on every screen with a small shop open: the window's own minimum, and that the shown
screen fits the page area beside the sidebar without scrolling. Dialogs are checked on their own.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import QApplication

from desktop import errors, i18n
from desktop.workers import wait_for_tasks

LAPTOP = QSize(1366, 720)
LANGUAGES = ["en", "pl", "lv", "ru"]


@pytest.fixture
def language(request, qapp):
    code = request.param
    i18n.install_translator(qapp, code)
    yield code
    i18n.install_translator(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(scope="module")
def small_shop_path(tmp_path_factory):
    """A small shop (the tests' tiny CSV imported) shared by the size checks of this module."""
    from core.importers.pipeline import import_file
    from core.store import open_shop
    from tests.conftest import TINY_CSV

    folder = tmp_path_factory.mktemp("sizes")
    csv = folder / "tiny_shop.csv"
    csv.write_text(TINY_CSV, encoding="utf-8")
    path = folder / "small.shop.db"
    db = open_shop(path)
    import_file(db, csv)
    db.conn.close()
    return path


@pytest.fixture
def window(qtbot, small_shop_path, language):
    from desktop.main_window import MainWindow

    errors.recorded_errors = []
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(LAPTOP)
    win.show()
    assert win.open_shop(small_shop_path)
    assert wait_for_tasks(60_000)
    yield win
    wait_for_tasks(60_000)
    win.set_shop(None)
    errors.recorded_errors = None


def _fits(hint: QSize, room: QSize) -> bool:
    return hint.width() <= room.width() and hint.height() <= room.height()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_main_window_and_every_screen_fit_a_laptop(window, language):
    too_big = []
    pages = [("welcome", None)] + list(window.views.items())
    for view_id, view in pages:
        if view is None:
            window.stack.setCurrentWidget(window.no_shop_page)
        else:
            window.show_view(view_id)
        assert wait_for_tasks(60_000)
        _settle()
        if not _fits(window.minimumSizeHint(), LAPTOP):
            too_big.append(f"window on {view_id}: {window.minimumSizeHint().toTuple()}")
        # the screen itself fits the page area beside the sidebar, so nothing needs scrolling
        page = window.page_scroll.widget()
        room = window.page_scroll.size()
        if page.minimumSizeHint().width() > room.width():
            too_big.append(f"{view_id}: needs {page.minimumSizeHint().width()} px wide, has {room.width()}")
        if page.minimumSizeHint().height() > room.height():
            too_big.append(f"{view_id}: needs {page.minimumSizeHint().height()} px high, has {room.height()}")
    assert too_big == [], f"{language}: {too_big}"
    assert errors.recorded_errors == []


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_sidebar_names_are_not_cut_off(window, language):
    sidebar = window.sidebar
    widest = max(sidebar.visualItemRect(sidebar.item(row)).width() for row in range(sidebar.count()))
    needed = sidebar.sizeHintForColumn(0)
    assert needed <= sidebar.viewport().width() and widest >= needed, (language, needed, widest)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_dialogs_fit_a_laptop(window, language, qtbot):
    from desktop.about import AboutDialog
    from desktop.profile_window import ProfileWindow
    from desktop.settings_dialog import SettingsDialog
    from desktop.widgets.hidden_dialog import HiddenDialog
    from desktop.wizard.import_wizard import ImportWizard

    shop = window.shop
    customer_id = shop.db.execute("SELECT MIN(id) FROM customers").fetchone()[0]
    builders = {
        "settings": lambda: SettingsDialog(window, shop),
        "about": lambda: AboutDialog(window),
        "hidden products": lambda: HiddenDialog(shop.db, window),
        "import wizard": lambda: ImportWizard(shop, window),
        "profile": lambda: ProfileWindow(window, shop, customer_id),
    }
    too_big = []
    for name, build in builders.items():
        dialog = build()  # not qtbot.addWidget: the profile deletes itself on close
        dialog.show()
        assert wait_for_tasks(60_000)
        _settle()
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if not _fits(needed, LAPTOP) or not _fits(dialog.size(), QSize(1366, 768)):
            too_big.append(f"{name}: minimum {needed.toTuple()}, opens at {dialog.size().toTuple()}")
        dialog.close()
        if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            dialog.deleteLater()
        _settle()
    assert too_big == [], f"{language}: {too_big}"


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_dashboard_cards_show_their_whole_explanation(window, language):
    window.show_view("dashboard")
    assert wait_for_tasks(60_000)
    _settle()
    cards = [card for card in window.views["dashboard"].cards if card.isVisible()]
    assert cards
    for card in cards:
        note = card.note
        assert note.text()
        assert note.heightForWidth(note.width()) <= note.height() + 1, (language, note.text())


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_import_wizard_page_fits_a_laptop(window, language, tmp_path):
    from tests.conftest import TINY_CSV
    from desktop.wizard.import_wizard import PAGE_VALIDATE, ImportWizard

    csv = tmp_path / "orders.csv"
    csv.write_text(TINY_CSV, encoding="utf-8")
    wizard = ImportWizard(window.shop, window, files=[str(csv)])
    wizard.show()
    too_big, pages = [], 0
    try:
        while True:
            assert wait_for_tasks(60_000)
            _settle()
            pages += 1
            needed = wizard.minimumSizeHint().expandedTo(wizard.minimumSize())
            if not _fits(needed, LAPTOP):
                too_big.append(f"page {wizard.currentId()}: {needed.toTuple()}")
            if wizard.currentId() == PAGE_VALIDATE or not wizard.currentPage().isComplete():
                break
            wizard.next()
    finally:
        wizard.reject()
        wizard.deleteLater()
    assert pages >= 3
    assert too_big == [], f"{language}: {too_big}"
