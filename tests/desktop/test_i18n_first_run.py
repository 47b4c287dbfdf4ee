"""First-run pieces: welcome screen, Settings (language, data folder, backups, cancelled orders), About box
and the first-visit guides."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from core.importers.pipeline import import_file
from core.store import get_setting
from desktop import app_settings, i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path):
    """QSettings in a temporary folder; restores English and the app names afterwards."""
    names = (qapp.organizationName(), qapp.applicationName())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("ShopkeeperTest")
    qapp.setApplicationName("ShopkeeperTest")
    yield
    i18n.install_translator(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])


@pytest.fixture
def shop(qapp, tmp_path, tiny_shop_csv):
    from desktop.shop import Shop

    (tmp_path / "shops").mkdir()
    opened = Shop(tmp_path / "shops" / "tiny.shop.db")
    import_file(opened.db, tiny_shop_csv)
    yield opened
    opened.close()


def _orders(shop) -> int:
    return shop.db.execute("SELECT COUNT(*) FROM orders").fetchone()[0]


# ---------------------------------------------------------------- welcome


class FakeWindow:
    def __init__(self):
        self.calls = []

    def new_default_shop(self):
        self.calls.append("import")

    def open_demo(self):
        self.calls.append("demo")

    def choose_shop(self):
        self.calls.append("choose")

    def open_shop(self, path):
        self.calls.append(("open", Path(path)))


def test_welcome_lists_recent_shops_newest_first_and_opens_them(qtbot, tmp_path):
    from desktop.welcome import WelcomePage

    old, new, gone = tmp_path / "old.shop.db", tmp_path / "new.shop.db", tmp_path / "deleted.shop.db"
    for path in (old, new, gone):
        path.write_bytes(b"")
        app_settings.remember_shop(path)
    gone.unlink()
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    listed = [page.recent_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.recent_list.count())]
    assert listed == [str(new), str(old)]
    assert page.recent_list.isVisible()
    window = FakeWindow()
    page.connect_window(window)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    page.recent_list.itemClicked.emit(page.recent_list.item(1))
    assert window.calls == ["import", "demo", "choose", ("open", old)]


def test_welcome_without_recent_shops_hides_the_list(qtbot):
    from desktop.welcome import WelcomePage

    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    assert page.recent_list.count() == 0
    assert not page.recent_list.isVisible()
    assert page.import_button.title == "Import your shop's orders"
    assert page.demo_button.title == "Explore the demo shop"


# ---------------------------------------------------------------- about


def test_about_shows_version_licence_and_data_credit(qtbot):
    from desktop.about import AboutDialog, app_icon

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert version in dialog.title.text()
    text = dialog.text.text()
    for needle in ("MIT", "Online Retail II", "UCI Machine Learning Repository", "CC BY 4.0"):
        assert needle in text
    assert not app_icon().isNull()
    assert not app_icon().pixmap(64, 64).isNull()


# ---------------------------------------------------------------- settings


def test_settings_shows_the_data_folder_and_opens_it(qtbot, monkeypatch):
    from desktop import settings_dialog

    opened = []
    monkeypatch.setattr(settings_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = settings_dialog.SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.folder_label.text() == os.environ["SHOPKEEPER_HOME"]
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [Path(os.environ["SHOPKEEPER_HOME"])]
    # without a shop there is nothing to back up or configure
    assert not dialog.backup_button.isEnabled()
    assert not dialog.include_cancelled.isEnabled()


def test_back_up_now_then_restore_brings_the_orders_back(qtbot, shop):
    from desktop.settings_dialog import SettingsDialog

    dialog = SettingsDialog(shop=shop)
    qtbot.addWidget(dialog)
    assert dialog.backup_list.count() == 0
    before = _orders(shop)
    assert before == 5
    task = dialog.back_up_now()
    with qtbot.waitSignal(task.sig_finished, timeout=30_000):
        pass
    assert dialog.backup_list.count() == 1
    assert dialog.backup_status.text() == "Backup made."
    backups = list((shop.path.parent / "backups").glob("*.bak.db"))
    assert len(backups) == 1

    with shop.db.conn:
        shop.db.execute("DELETE FROM order_lines")
        shop.db.execute("DELETE FROM orders")
    assert _orders(shop) == 0
    dialog.backup_list.setCurrentRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(shop.sig_changed, timeout=30_000):
        task = dialog.restore_selected(confirm=False)
    assert _orders(shop) == before
    assert dialog.backup_status.text() == "Backup restored."
    # the emptied state was kept as a safety copy, so the restore can itself be undone
    assert dialog.backup_list.count() == 2


def test_include_cancelled_is_saved_in_the_shop_and_refreshes_views(qtbot, shop):
    from desktop.settings_dialog import SettingsDialog, include_cancelled

    assert include_cancelled(shop.db) is False
    dialog = SettingsDialog(shop=shop)
    qtbot.addWidget(dialog)
    assert not dialog.include_cancelled.isChecked()
    dialog.include_cancelled.setChecked(True)
    with qtbot.waitSignal(shop.sig_changed, timeout=1000):
        dialog.accept()
    assert get_setting(shop.db, "include_cancelled") is True
    again = SettingsDialog(shop=shop)
    qtbot.addWidget(again)
    assert again.include_cancelled.isChecked()


def test_language_choice_is_saved_and_installed(qtbot, qapp):
    from desktop.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the computer until chosen
    assert dialog.language.count() == 1 + len(i18n.LANGUAGES)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    with qtbot.waitSignal(dialog.sig_language_changed, timeout=1000) as blocker:
        dialog.accept()
    assert blocker.args == ["ru"]
    assert QSettings().value("language") == "ru"
    assert i18n.current_language() == "ru"
    reopened = SettingsDialog()
    qtbot.addWidget(reopened)
    assert reopened.language.currentData() == "ru"
    assert reopened.windowTitle() != "Settings"  # built after the switch: in Russian


# ---------------------------------------------------------------- first-visit guides


class View(QWidget):
    def __init__(self, view_id):
        super().__init__()
        self.view_id = view_id


class GuideWindow(QWidget):
    """The main window's shape: sidebar and a stack of views side by side."""

    def __init__(self):
        super().__init__()
        self.stack = QStackedWidget()
        self.views = {v: View(v) for v in ("customers", "import", "no_guide_here")}
        for view in self.views.values():
            self.stack.addWidget(view)
        layout = QHBoxLayout(self)
        layout.addWidget(QListWidget())
        layout.addWidget(self.stack, 1)


def test_guide_shows_on_first_visit_only_and_can_be_dismissed(qtbot):
    from desktop import first_visit

    window = GuideWindow()
    qtbot.addWidget(window)
    guide = first_visit.install_first_visit_guides(window)
    window.show()
    assert window.stack.isVisible() and window.stack.parentWidget() is guide.parentWidget()
    assert guide.isVisible() and guide.view_id == "customers"
    assert guide.text.text() == first_visit.GUIDES["customers"]
    window.stack.setCurrentWidget(window.views["import"])  # leaving a screen counts as having seen its guide
    assert guide.isVisible() and guide.view_id == "import"
    assert first_visit.is_seen("customers") and not first_visit.is_seen("import")
    window.stack.setCurrentWidget(window.views["no_guide_here"])
    assert not guide.isVisible() and first_visit.is_seen("import")
    window.stack.setCurrentWidget(window.views["customers"])
    assert not guide.isVisible()
    first_visit.reset_guides()
    window.stack.setCurrentWidget(window.views["import"])
    assert guide.isVisible()
    qtbot.mouseClick(guide.dismiss_button, Qt.MouseButton.LeftButton)  # "Got it"
    assert not guide.isVisible() and first_visit.is_seen("import")
    assert not first_visit.is_seen("customers")
    window.stack.setCurrentWidget(window.views["customers"])
    assert guide.isVisible()


def test_guide_follows_the_installed_language(qtbot, qapp):
    from desktop import first_visit

    english = first_visit.guide_text("customers")
    i18n.install_translator(qapp, "pl")
    polish = first_visit.guide_text("customers")
    assert polish and polish != english
    assert first_visit.guide_text("not_a_view") == ""


# ---------------------------------------------------------------- the main window wires them


def test_main_window_welcome_help_menu_and_language_switch_rebuilds_in_polish(qtbot, shop):
    from desktop import errors
    from desktop.main_window import MainWindow
    from desktop.welcome import WelcomePage
    from desktop.workers import wait_for_tasks

    errors.recorded_errors = []
    window = MainWindow()
    qtbot.addWidget(window)
    assert isinstance(window.no_shop_page, WelcomePage)
    help_texts = [action.text() for action in window.help_menu.actions()]
    assert "&About Shopkeeper" in help_texts
    path = shop.path
    shop.close()
    assert window.open_shop(path)
    window.show_view("customers")

    i18n.save_language("pl")
    i18n.install_translator(qapp_instance(), "pl")
    replacement = window.rebuild_in_new_language()
    qtbot.addWidget(replacement)
    try:
        assert replacement.shop is not None and replacement.shop.path == path
        assert replacement.stack.currentWidget() is replacement.views["customers"]
        sidebar = [replacement.sidebar.item(row).text() for row in range(replacement.sidebar.count())]
        assert "Klienci" in sidebar, sidebar
        assert replacement.menuBar().actions()[0].text() != "&File"
    finally:
        wait_for_tasks()
        replacement.shop.close()
        MainWindow.open_windows.clear()
        recorded, errors.recorded_errors = errors.recorded_errors, None
    assert recorded == []


def qapp_instance():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
