"""The wizard shows file names and cells as text, never as markup (a hostile file name cannot render a headline
or a link)."""

from PySide6.QtCore import Qt

from desktop.wizard.import_wizard import PAGE_RESULT, ImportWizard
from tests.desktop.test_wizard import shop, walk_to_validation, write_eu_file  # noqa: F401 - fixture

HOSTILE = "<h1>ACCOUNT SUSPENDED</h1><a href=x>y</a>.csv"


def test_a_hostile_file_name_stays_text(qtbot, shop, tmp_path):  # noqa: F811 - the fixture
    path = write_eu_file(tmp_path / HOSTILE.replace("/", "_"))
    wizard = ImportWizard(shop, files=[str(path)])
    qtbot.addWidget(wizard)
    wizard.show()
    for label in (wizard.preview_page.note, wizard.import_page.message):
        assert label.textFormat() == Qt.PlainText
    walk_to_validation(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=20_000)
    text = wizard.result_page.text.text()
    assert "<h1>" not in text and "&lt;h1&gt;ACCOUNT SUSPENDED&lt;_h1&gt;" in text
