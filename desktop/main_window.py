"""The main window: sidebar of screens, menus, status bar showing the open shop."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.locations import data_dir
from core.summary import file_counts
from desktop import app_settings
from desktop.errors import show_error
from desktop.i18n import format_number
from desktop.shop import Shop
from desktop.about import app_icon, show_about
from desktop.first_visit import install_first_visit_guides
from desktop.views import VIEW_MODULES
from desktop.welcome import WelcomePage
from desktop.widgets.busy_bar import BusyBar

SHOP_FILTER = "Shopkeeper shops (*.shop.db *.db);;All files (*)"


def load_view_classes() -> list[type]:
    """Return the view classes of the modules in VIEW_MODULES that exist, in sidebar order."""
    classes = []
    for name in VIEW_MODULES:
        try:
            module = importlib.import_module(f"desktop.views.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"desktop.views.{name}":
                continue
            raise
        classes.append(module.VIEW_CLASS)
    return classes


class CurrentPageStack(QStackedWidget):
    """A QStackedWidget whose size hints are those of the page shown, not the widest of all pages: one wide
    screen does not make every screen (and the window) ask for its width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self):  # noqa: N802 (Qt API)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self):  # noqa: N802 (Qt API)
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class MainWindow(QMainWindow):
    """Sidebar + stacked screens; owns the open Shop."""

    open_windows: list["MainWindow"] = []  # windows made by a language switch live here (no Python parent)

    def __init__(self):
        super().__init__()
        self.shop: Shop | None = None
        self.setWindowTitle(self.tr("Shopkeeper"))
        self.setWindowIcon(app_icon())
        self.resize(1200, 780)
        self.setAcceptDrops(True)
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(190)
        self.sidebar.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = CurrentPageStack()
        self.no_shop_page = WelcomePage(self)
        self.no_shop_page.connect_window(self)
        self.stack.addWidget(self.no_shop_page)
        self.views = {}
        for view_class in load_view_classes():
            view = view_class(self)
            self.views[view.view_id] = view
            self.stack.addWidget(view)
            item = QListWidgetItem(view.view_title())
            item.setData(Qt.ItemDataRole.UserRole, view.view_id)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        # search from any screen: typed above the sidebar, shown on the Customers screen
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find a customer"))
        self.find_box.setToolTip(self.tr("Name, e-mail or customer number; press Enter (Ctrl+F from anywhere)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setFixedWidth(190)
        self.find_box.returnPressed.connect(lambda: self.find_customer(self.find_box.text()))
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(4)
        left.addWidget(self.find_box)
        left.addWidget(self.sidebar, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        install_first_visit_guides(self)
        # The screens (with their guide bar) sit in a scroll area: on a small laptop or in a language with long
        # words a screen that is still too wide or tall scrolls instead of pushing the window off the screen.
        page_area = self.first_visit_guide.parentWidget()
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.replaceWidget(page_area, self.page_scroll)
        self.page_scroll.setWidget(page_area)
        # what the shown screen is working on, with Cancel, above it (never a silent blank pane)
        self.busy_bar = BusyBar()
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        pages_layout.setContentsMargins(0, 0, 0, 0)
        pages_layout.setSpacing(0)
        layout.replaceWidget(self.page_scroll, pages)
        pages_layout.addWidget(self.busy_bar)
        pages_layout.addWidget(self.page_scroll, 1)
        self.stack.currentChanged.connect(lambda _index: self.busy_bar.follow(self.stack.currentWidget()))
        self.shop_label = QLabel()
        self.statusBar().addPermanentWidget(self.shop_label)
        self._build_menus()
        self.set_shop(None)

    # ---- menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = QAction(self.tr("&New shop…"), self, shortcut=QKeySequence.StandardKey.New,
                                  triggered=self.choose_new_shop)
        self.action_open = QAction(self.tr("&Open shop…"), self, shortcut=QKeySequence.StandardKey.Open,
                                   triggered=self.choose_shop)
        self.action_demo = QAction(self.tr("Open the &demo shop"), self, triggered=self.open_demo)
        self.action_import = QAction(self.tr("&Import orders…"), self, shortcut="Ctrl+I", triggered=self.start_import)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent shops"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.action_quit = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit,
                                   triggered=self.close)
        for action in (self.action_new, self.action_open, self.action_demo):
            file_menu.insertAction(self.recent_menu.menuAction(), action)
        file_menu.addSeparator()
        file_menu.addAction(self.action_import)
        self.action_find = QAction(self.tr("&Find a customer…"), self, shortcut=QKeySequence.StandardKey.Find,
                                   triggered=lambda: self.find_customer())
        file_menu.addAction(self.action_find)
        file_menu.addSeparator()
        self.action_settings = QAction(self.tr("&Settings…"), self, shortcut=QKeySequence.StandardKey.Preferences,
                                       triggered=self.show_settings)
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.action_guides = QAction(self.tr("Show the &guides again"), self, triggered=self.show_guides_again)
        self.action_about = QAction(self.tr("&About Shopkeeper"), self, triggered=lambda: show_about(self))
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.action_guides)
        self.help_menu.addAction(self.action_about)

    def find_customer(self, text: str | None = None) -> None:
        """Go to the Customers screen and search there (for ``text`` when given, else focus its search box);
        returns None."""
        view = self.views.get("customers")
        if self.shop is None or view is None or not hasattr(view, "search"):
            return
        self.show_view("customers")
        if text is not None:
            view.search.setText(text.strip())
            if text.strip() and hasattr(view, "all_customers"):
                view.tabs.setCurrentWidget(view.all_customers)
        view.search.setFocus()
        view.search.selectAll()

    def show_settings(self):
        """Open Settings for the open shop; a new language rebuilds the window in it. Returns the dialog."""
        from desktop.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.shop)
        dialog.sig_language_changed.connect(lambda _code: self.rebuild_in_new_language())
        dialog.exec()
        return dialog

    def show_guides_again(self) -> None:
        """Forget which first-visit guides were dismissed and show the current view's guide; returns None."""
        from desktop.first_visit import reset_guides

        reset_guides()
        current = self.stack.currentWidget()
        self.first_visit_guide.show_for(getattr(current, "view_id", "") or "")

    def rebuild_in_new_language(self) -> "MainWindow":
        """Replace this window by a new one built in the language just installed, same shop open; returns it.

        Qt widgets keep the texts they were built with, so a fresh window is the reliable way to switch."""
        path = self.shop.path if self.shop is not None else None
        view_id = getattr(self.stack.currentWidget(), "view_id", None)
        self.set_shop(None)  # views let go of the shop before it closes
        replacement = MainWindow()
        replacement.setGeometry(self.geometry())
        if path is not None and replacement.open_shop(path) and view_id:
            replacement.show_view(view_id)
        MainWindow.open_windows.append(replacement)
        if self in MainWindow.open_windows:
            MainWindow.open_windows.remove(self)
        replacement.show()
        self.close()
        return replacement

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        shops = app_settings.recent_shops()
        if not shops:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for path in shops:
            self.recent_menu.addAction(str(path), lambda p=path: self.open_shop(p))

    # ---- shops
    def set_shop(self, shop: Shop | None) -> None:
        """Make ``shop`` the open shop (None closes it) and refresh every view; returns None."""
        if self.shop is not None and self.shop is not shop:
            self.shop.close()
        self.shop = shop
        if shop is not None:
            shop.sig_changed.connect(self._shop_changed)
            app_settings.remember_shop(shop.path)
        self.sidebar.setEnabled(shop is not None)
        self.find_box.setEnabled(shop is not None)
        self.action_import.setEnabled(shop is not None)
        for view in self.views.values():
            view.set_shop(shop)
        self._update_status()
        if shop is None:
            self.stack.setCurrentWidget(self.no_shop_page)
        elif shop.is_empty():
            self.show_view("import")
        else:
            self.show_view(self._first_view_with_data())

    def _first_view_with_data(self) -> str:
        for view_id in ("dashboard", "customers"):
            if view_id in self.views:
                return view_id
        return next(iter(self.views))

    def _shop_changed(self) -> None:
        for view in self.views.values():
            view.set_shop(self.shop)
        self._update_status()

    def _update_status(self) -> None:
        if self.shop is None:
            self.shop_label.setText(self.tr("No shop open"))
            self.setWindowTitle(self.tr("Shopkeeper"))
            return
        # Counted in a worker: on a shop of a million lines the counts take seconds, and on the GUI thread they
        # held the window (and the first screen's charts) still while the shop opened.
        self.shop_label.setText(self.tr("{name} — counting the records on file…").format(name=self.shop.path.name))
        shop = self.shop
        task = shop.run(file_counts)
        task.sig_done.connect(lambda counts: self._show_counts(shop, counts))
        task.sig_failed.connect(lambda _error: self._show_counts(shop, None))
        self.shop_label.setToolTip(self.tr("{path}\nEvery customer and order record in the shop file. The "
                                           "dashboard counts purchases (orders not cancelled and not only "
                                           "returns) and the customers who made one.").format(
            path=str(self.shop.path)))
        self.setWindowTitle(self.tr("Shopkeeper — {0}").format(self.shop.path.name))

    def _show_counts(self, shop: Shop, counts: dict | None) -> None:
        """Show the records on file of ``shop`` (``core.summary.file_counts``; None when they could not be counted:
        the name alone) unless another shop is open now."""
        if shop is not self.shop:
            return
        if counts is None:
            self.shop_label.setText(shop.path.name)
            return
        # Everything in the file, said as such: the dashboard counts customers with a purchase and purchases
        # (not cancelled, not only returns), so the figures differ and each says what it counts.
        self.shop_label.setText(self.tr("{name} — on file: {customers} customers, {orders} orders ({returns} "
                                        "returns, {cancelled} cancelled)").format(
            name=shop.path.name, customers=format_number(counts["customers"]),
            orders=format_number(counts["orders"]), returns=format_number(counts["returns"]),
            cancelled=format_number(counts["cancelled_orders"])))

    def open_shop(self, path: str | Path) -> bool:
        """Open the shop file at ``path``; shows a plain error and returns False if it cannot."""
        try:
            shop = Shop(path, self)
        except Exception as exc:  # shown to the owner in plain words
            show_error(self, self.tr("Could not open the shop"), exc)
            return False
        self.set_shop(shop)
        return True

    def open_demo(self) -> bool:
        """Build (first time) and open the bundled demo shop; returns True when it opened."""
        from desktop.demo import ensure_demo_shop
        try:
            path = ensure_demo_shop()
        except Exception as exc:
            show_error(self, self.tr("Could not open the demo shop"), exc)
            return False
        return self.open_shop(path)

    def new_default_shop(self) -> None:
        """Open (creating if needed) the default shop in the data folder and start an import."""
        from core.locations import default_shop_path
        if self.open_shop(default_shop_path()):
            self.start_import()

    def choose_shop(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a shop"), str(data_dir()), SHOP_FILTER)
        if path:
            self.open_shop(path)

    def choose_new_shop(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New shop"), str(data_dir() / "my-shop.shop.db"),
                                              SHOP_FILTER)
        if path:
            if self.open_shop(path):
                self.start_import()

    def start_import(self, files: list[str] | None = None) -> None:
        """Go to the Import screen and start the import wizard; returns None."""
        if self.shop is None or "import" not in self.views:
            return
        self.show_view("import")
        self.views["import"].start_import(files)

    # ---- navigation
    def show_view(self, view_id: str) -> None:
        """Show the screen ``view_id``; returns None."""
        view = self.views.get(view_id)
        if view is None or self.shop is None:
            return
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == view_id:
                self.sidebar.setCurrentRow(row)
        self.stack.setCurrentWidget(view)

    def _sidebar_changed(self, row: int) -> None:
        if row < 0 or self.shop is None:
            return
        view_id = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        self.stack.setCurrentWidget(self.views[view_id])

    def open_customer_profile(self, customer_id: int) -> None:
        """Open the profile window of one customer, if the profile feature is installed; returns None."""
        try:
            from desktop.profile_window import show_customer_profile
        except ImportError:
            return
        show_customer_profile(self, self.shop, customer_id)

    # ---- drag and drop of export files
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls() and self.shop is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.start_import(files)
