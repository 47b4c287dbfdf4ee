"""The "Hidden from suggestions" dialog: products and pairs the owner chose never to show (to show them again),
and product categories whose products are never suggested as partners."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout)

from core.analysis import merchandising as merch


class HiddenDialog(QDialog):
    """Lists what the owner hid; "Show again" undoes bans, the category list sets which categories never show."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Hidden from suggestions"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Products and pairs you chose never to show. Tick them and press "
                                        "\"Show again\" to bring them back.")))
        self.hidden = QListWidget()
        layout.addWidget(self.hidden)
        self.show_again = QPushButton(self.tr("Show again"))
        self.show_again.clicked.connect(self._show_again)
        layout.addWidget(self.show_again, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Never suggest products from these categories:")))
        self.categories = QListWidget()
        layout.addWidget(self.categories)
        self.no_categories = QLabel(self.tr("Your products have no categories in the imported files."))
        layout.addWidget(self.no_categories)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 480)
        self._fill()

    def _fill(self) -> None:
        self.hidden.clear()
        bans = merch.bans(self.db)
        names = merch.product_names(self.db, set(bans["products"]) | {p for pair in bans["pairs"] for p in pair})
        for pid in sorted(bans["products"], key=lambda p: names.get(p, "")):
            self._add(self.tr("%1 — everywhere").replace("%1", names.get(pid, str(pid))), ("product", pid))
        for pair in sorted(bans["pairs"], key=lambda pr: sorted(names.get(p, "") for p in pr)):
            first, second = sorted(pair)
            self._add(self.tr("%1 with %2").replace("%1", names.get(first, str(first)))
                      .replace("%2", names.get(second, str(second))), ("pair", first, second))
        self.show_again.setEnabled(self.hidden.count() > 0)
        self.categories.clear()
        excluded = set(merch.category_filter(self.db)["exclude"])
        rows = merch.product_categories(self.db)
        for category in rows:
            item = QListWidgetItem(category)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category in excluded else Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        self.categories.setVisible(bool(rows))
        self.no_categories.setVisible(not rows)

    def _add(self, text: str, key: tuple) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.hidden.addItem(item)

    def _show_again(self) -> None:
        for row in range(self.hidden.count()):
            item = self.hidden.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            key = item.data(Qt.ItemDataRole.UserRole)
            if key[0] == "product":
                merch.ban_product(self.db, key[1], banned=False)
            else:
                merch.ban_pair(self.db, key[1], key[2], banned=False)
        self._fill()

    def accept(self) -> None:
        """Save the excluded categories and close; returns None."""
        excluded = [self.categories.item(row).text() for row in range(self.categories.count())
                    if self.categories.item(row).checkState() == Qt.CheckState.Checked]
        include = merch.category_filter(self.db)["include"]
        merch.set_category_filter(self.db, include=include, exclude=excluded)
        super().accept()
