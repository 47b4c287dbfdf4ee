"""The first-run welcome screen: import your own orders, explore the demo shop, or reopen a recent shop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import app_settings
from desktop.about import app_icon


class ChoiceButton(QPushButton):
    """A large button with a bold first line and a plain explanation under it (both wrap in long languages)."""

    def __init__(self, title: str, detail: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.detail = detail
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.setToolTip(detail.replace("\n", " "))
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        # the explanation's hard line breaks suit English; other languages wrap where the width says
        self.detail_label = QLabel(detail.replace("\n", " "))
        self.detail_label.setStyleSheet("font-size: 10pt;")
        for label in (self.title_label, self.detail_label):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        self.setMinimumSize(QSize(280, 100))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Return room for both labels at the button's width (a QPushButton alone knows only its own text)."""
        hint = self.layout().sizeHint() if self.layout() else super().sizeHint()
        return QSize(max(hint.width(), 280), max(hint.height(), 100))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return max(100, self.layout().totalHeightForWidth(width))


class WelcomePage(QWidget):
    """Shown when no shop is open. Emits what the owner chose; ``connect_window`` wires it to the main window."""

    sig_import_requested = Signal()
    sig_demo_requested = Signal()
    sig_open_requested = Signal()
    sig_shop_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self.tr("Welcome to Shopkeeper"))
        self.heading.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(self.tr("Know every customer of your online shop: who buys, who is drifting away, "
                               "what sells together. Your data never leaves this computer."))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-size: 11pt;")
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = ChoiceButton(
            self.tr("Import your shop's orders"),
            self.tr("From Shopify, WooCommerce, PrestaShop\nor any CSV or Excel export"))
        self.demo_button = ChoiceButton(
            self.tr("Explore the demo shop"),
            self.tr("A real small gift shop with 262 customers,\nready to try every screen"))
        self.open_button = QPushButton(self.tr("Open a shop file…"))
        self.open_button.setFlat(True)
        self.open_button.setStyleSheet("color: palette(link); text-decoration: underline;")
        self.import_button.clicked.connect(self.sig_import_requested)
        self.demo_button.clicked.connect(self.sig_demo_requested)
        self.open_button.clicked.connect(self.sig_open_requested)

        self.recent_label = QLabel(self.tr("Recent shops"))
        self.recent_label.setStyleSheet("font-weight: 600;")
        self.recent_list = QListWidget()
        self.recent_list.setMaximumHeight(150)
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_list.itemClicked.connect(self._recent_activated)

        choices = QHBoxLayout()
        choices.addWidget(self.import_button)
        choices.addWidget(self.demo_button)
        column = QVBoxLayout()
        column.addWidget(logo)
        column.addWidget(self.heading)
        column.addWidget(intro)
        column.addSpacing(20)
        column.addLayout(choices)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(720)
        outer = QHBoxLayout()
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(outer)
        layout.addStretch(2)
        self.refresh_recent()

    def refresh_recent(self) -> None:
        """Fill the recent shops list from QSettings (hidden when there are none); returns None."""
        self.recent_list.clear()
        for path in app_settings.recent_shops():
            item = QListWidgetItem(self.tr("{name}   —   {folder}").format(name=path.name, folder=str(path.parent)))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_label.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.refresh_recent()
        super().showEvent(event)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.sig_shop_chosen.emit(path)

    def connect_window(self, window) -> None:
        """Wire the choices to a MainWindow (new_default_shop, open_demo, choose_shop, open_shop); returns None."""
        self.sig_import_requested.connect(window.new_default_shop)
        self.sig_demo_requested.connect(window.open_demo)
        self.sig_open_requested.connect(window.choose_shop)
        self.sig_shop_chosen.connect(lambda path: window.open_shop(Path(path)))
