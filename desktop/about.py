"""The About box: version, licence and where the demo data comes from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core import __version__
from core.locations import resources_dir


def app_icon() -> QIcon:
    """Return the Shopkeeper icon (SVG plus PNG sizes from resources/icons); empty when the files are missing."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for name in ("shopkeeper.svg", "shopkeeper.png", "shopkeeper-512.png"):
        path = folder / name
        if path.exists():
            icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    """Version, licence (MIT) and the data-source credits (UCI Online Retail II, CC BY 4.0)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Shopkeeper"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(480)
        logo = QLabel()
        pixmap = QPixmap(str(resources_dir() / "icons" / "shopkeeper.png"))
        if not pixmap.isNull():
            logo.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self.tr("Shopkeeper {version}").format(version=__version__))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.text = QLabel(
            "<p>" + self.tr("Know every customer of your online shop. Your data stays on this computer.") + "</p>"
            + "<p>" + self.tr("Licence: MIT. Free to use, change and share.") + "</p>"
            + "<p><b>" + self.tr("Data sources") + "</b><br>"
            + self.tr("The demo shop uses the Online Retail II data set by Daqing Chen, "
                      "UCI Machine Learning Repository, licensed CC BY 4.0. "
                      "Customer names and e-mail addresses in the demo are made up.")
            + "</p>"
            + "<p>" + self.tr("Built with Qt for Python (PySide6), pandas, SciPy, scikit-learn, matplotlib "
                              "and SQLite.") + "</p>"
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.text)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(12)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None = None) -> None:
    """Show the About box (modal); returns None."""
    AboutDialog(parent).exec()
