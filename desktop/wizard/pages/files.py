"""Step 1: choose the files (button or drag-and-drop)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop.wizard.common import FILE_FILTER, format_size

if TYPE_CHECKING:
    from desktop.wizard.import_wizard import ImportWizard


class FilesPage(QWizardPage):
    """Step 1: the files to import (Add…, Remove, or drop files onto the page)."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file(s) to import"))
        self.setSubTitle(self.tr("An export from Shopify, WooCommerce, PrestaShop, Olist, CDNOW, Online Retail, "
                                 "or any spreadsheet (CSV or XLSX). For a set of files that belong together "
                                 "(orders, items, customers, products), choose them all. You can also drop "
                                 "files here."))
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.size_label = QLabel()
        self.size_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.size_label)
        layout.addLayout(buttons)

    def files(self) -> list[str]:
        """Return the chosen file paths."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _update_size(self) -> None:
        sizes = []
        for file in self.files():
            try:
                sizes.append(Path(file).stat().st_size)
            except OSError:
                continue
        if not self.files():
            self.size_label.setText("")
        elif len(self.files()) == 1:
            self.size_label.setText(self.tr("1 file, {0}.").format(format_size(sum(sizes))))
        else:
            self.size_label.setText(self.tr("{0} files, {1} in all.").format(len(self.files()),
                                                                             format_size(sum(sizes))))

    def add_files(self, paths) -> None:
        """Add ``paths`` (skipping ones already listed); returns None."""
        known = set(self.files())
        for path in paths:
            if str(path) not in known:
                self.list.addItem(str(path))
        self._update_size()
        self.completeChanged.emit()

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose shop exports"), str(Path.home()), FILE_FILTER)
        self.add_files(paths)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._update_size()
        self.completeChanged.emit()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.add_files([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return bool(self.files())
