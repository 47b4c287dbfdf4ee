"""Settings: language, where the data lives (open folder, back up, restore) and whether cancelled orders count."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.data import INCLUDE_CANCELLED_SETTING, counts_cancelled
from core.locations import data_dir
from core.store import set_setting
from desktop import i18n
from desktop.errors import plain_message
from desktop.workers import start_task

INCLUDE_CANCELLED_KEY = INCLUDE_CANCELLED_SETTING


def include_cancelled(db) -> bool:
    """Return the shop's "count cancelled orders" setting (default False); core.data's loaders follow it."""
    return counts_cancelled(db)


def _backup_module():
    try:
        from core import backup
    except ImportError:
        return None
    return backup


class SettingsDialog(QDialog):
    """Language, data folder with "Open folder", backups of the open shop, and the cancelled-orders switch.

    ``sig_language_changed(code)`` is emitted after a new language was installed (code "" = follow the system);
    windows built before keep their texts until rebuilt or restarted.
    """

    sig_language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, shop=None):
        super().__init__(parent)
        self.shop = shop
        self.tasks = []
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)

        # --- language
        self.language = QComboBox()
        system_name = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("Same as the computer ({language})").format(language=system_name), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        saved = i18n.saved_language() or ""
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.language_note = QLabel(self.tr("Some texts change after Shopkeeper is restarted."))
        self.language_note.setStyleSheet("color: palette(mid);")
        self.language_note.setWordWrap(True)  # longer in Russian and Latvian than the dialog is wide
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("Language of the app:"), self.language)
        language_form.addRow("", self.language_note)

        # --- data folder and backups
        self.folder_label = QLabel(str(data_dir()))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)
        self.shop_label = QLabel()
        self.shop_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore backup…"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.backup_list = QListWidget()
        self.backup_list.setMaximumHeight(110)
        self.backup_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.backup_button)
        backup_buttons.addWidget(self.restore_button)
        backup_buttons.addStretch(1)
        data_box = QGroupBox(self.tr("Your data"))
        data_layout = QVBoxLayout(data_box)
        folder_intro = QLabel(self.tr("All shops, backups and exports are kept in this folder:"))
        folder_intro.setWordWrap(True)
        data_layout.addWidget(folder_intro)
        data_layout.addLayout(folder_row)
        data_layout.addWidget(self.shop_label)
        data_layout.addWidget(self.backup_list)
        data_layout.addLayout(backup_buttons)
        data_layout.addWidget(self.backup_status)

        # --- analysis
        self.include_cancelled = QCheckBox(self.tr("Count cancelled and refunded orders in the analyses"))
        self.include_cancelled.setToolTip(self.tr("Usually off: a cancelled order is not a real purchase."))
        analysis_box = QGroupBox(self.tr("Analyses"))
        QVBoxLayout(analysis_box).addWidget(self.include_cancelled)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(language_box)
        layout.addWidget(data_box)
        layout.addWidget(analysis_box)
        layout.addWidget(buttons)
        self._load_shop()

    # ---- shop-dependent parts
    def _load_shop(self) -> None:
        has_shop = self.shop is not None
        if has_shop:
            self.shop_label.setText(self.tr("Open shop: {path}").format(path=str(self.shop.path)))
            self.include_cancelled.setChecked(include_cancelled(self.shop.db))
        else:
            self.shop_label.setText(self.tr("Open a shop to back it up or change its settings."))
        self.include_cancelled.setEnabled(has_shop)
        self.refresh_backups()

    def refresh_backups(self) -> None:
        """List the open shop's backups, newest first; returns None."""
        self.backup_list.clear()
        backup = _backup_module()
        if self.shop is not None and backup is not None:
            for info in backup.list_backups(self.shop.path):
                when = QDateTime.fromString(info.created_at, Qt.DateFormat.ISODate).toLocalTime()
                text = self.tr("{date} {time} — {reason} — {size} MB").format(
                    date=i18n.format_date(when.date()), time=when.time().toString("HH:mm"),
                    reason=self._reason_text(info.reason), size=i18n.format_number(info.size_bytes / 1e6, 1))
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.name)
                self.backup_list.addItem(item)
        self._update_buttons()

    def _reason_text(self, reason: str) -> str:
        texts = {
            "manual": self.tr("backed up by you"),
            "import": self.tr("before an import"),
            "migration": self.tr("before an update"),
            "before-restore": self.tr("before a restore"),
            "restore": self.tr("before a restore"),
            "erase": self.tr("before erasing data"),
        }
        return texts.get(reason, reason)

    def _update_buttons(self) -> None:
        ready = self.shop is not None and _backup_module() is not None and not self.tasks
        self.backup_button.setEnabled(ready)
        self.restore_button.setEnabled(ready and self.backup_list.currentRow() >= 0)
        self.backup_list.setEnabled(ready)

    # ---- actions
    def open_data_folder(self) -> bool:
        """Open the data folder in the file manager; returns whether the system could open it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))

    def _run(self, fn, *args, done_text: str):
        self.backup_status.setText(self.tr("Working…"))
        task = start_task(fn, *args)
        self.tasks.append(task)

        def finished_ok(_result):
            self.backup_status.setText(done_text)

        def failed(error):
            self.backup_status.setText(plain_message(error))

        def finished():
            self.tasks.remove(task)
            self.refresh_backups()

        task.sig_done.connect(finished_ok)
        task.sig_failed.connect(failed)
        task.sig_finished.connect(finished)
        self._update_buttons()
        return task

    def back_up_now(self):
        """Copy the open shop into its backups folder in the background; returns the Task (None without a shop)."""
        backup = _backup_module()
        if self.shop is None or backup is None:
            return None
        return self._run(backup.make_backup, self.shop.path, "manual", done_text=self.tr("Backup made."))

    def restore_selected(self, confirm: bool = True):
        """Restore the selected backup over the open shop (after asking); returns the Task, or None."""
        backup = _backup_module()
        item = self.backup_list.currentItem()
        if self.shop is None or backup is None or item is None:
            return None
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Restore backup"),
                self.tr("Replace the shop's data with the backup from {when}? "
                        "The current data is backed up first, so you can undo this.").format(when=item.text()))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        shop = self.shop
        task = self._run(backup.restore_backup, shop.path, item.data(Qt.ItemDataRole.UserRole),
                         done_text=self.tr("Backup restored."))
        task.sig_done.connect(lambda _result: shop.sig_changed.emit())
        return task

    # ---- OK
    def selected_language(self) -> str:
        """Return the language code chosen in the box ("" = same as the computer)."""
        return self.language.currentData() or ""

    def accept(self) -> None:
        """Save the settings (language, cancelled orders), then close; returns None."""
        new_language = self.selected_language()
        if new_language != (i18n.saved_language() or ""):
            i18n.save_language(new_language or None)
            app = QApplication.instance()
            if app is not None:
                i18n.install_translator(app, new_language or None)
            self.sig_language_changed.emit(new_language)
        if self.shop is not None and self.include_cancelled.isChecked() != include_cancelled(self.shop.db):
            set_setting(self.shop.db, INCLUDE_CANCELLED_KEY, self.include_cancelled.isChecked())
            self.shop.sig_changed.emit()
        super().accept()


def show_settings(parent: QWidget | None = None, shop=None) -> SettingsDialog:
    """Open the Settings dialog (modal) for ``shop`` (may be None); returns the dialog after it closed."""
    dialog = SettingsDialog(parent, shop)
    dialog.exec()
    return dialog
