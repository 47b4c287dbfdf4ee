"""Qt's own texts (standard dialog buttons, file dialogs) follow the UI language: Qt's shipped qtbase_xx.qm."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from desktop import i18n

CANCEL = {"pl": "Anuluj", "ru": "Отмена", "lv": "Atcelt"}


def _qt_file_says(lang: str, context: str, text: str) -> str:
    """What Qt's own qtbase_<lang>.qm says for ``text``, read with a translator of its own (not the app's)."""
    translator = QTranslator()
    assert translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return translator.translate(context, text)


@pytest.fixture
def restore_english(qapp):
    yield
    i18n.install_translator(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.mark.parametrize("lang", ["pl", "lv", "ru"])
def test_standard_buttons_and_file_dialog_texts_are_translated(qapp, qtbot, lang, restore_english):
    i18n.install_translator(qapp, lang)
    cancel, look_in = CANCEL[lang], _qt_file_says(lang, "QFileDialog", "Look in:")
    assert look_in and look_in != "Look in:"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = [button.text().replace("&", "") for button in box.buttons()]
    assert cancel in texts, texts
    assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in


def test_english_keeps_qt_texts(qapp, qtbot, restore_english):
    i18n.install_translator(qapp, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text().replace("&", "") == "Cancel"
