"""Step 3 (generic files): map the file's columns to the shop's fields."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.importers.generic import MAPPING_FIELDS, check_mapping
from desktop.i18n import translate_message

if TYPE_CHECKING:
    from desktop.wizard.import_wizard import ImportWizard


class MappingPage(QWizardPage):
    """Step 3 (generic files): which column holds what; required fields are marked with *."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Say which column holds what"))
        self.setSubTitle(self.tr("Fields marked * are required. Shopkeeper remembers this for files with the "
                                 "same columns."))
        self.boxes: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for row, (field, (label, required, _words)) in enumerate(MAPPING_FIELDS.items()):
            text = translate_message(label) + (" *" if required else "")
            grid.addWidget(QLabel(text), row, 0)
            box = QComboBox()
            box.currentIndexChanged.connect(self._changed)
            grid.addWidget(box, row, 1)
            self.boxes[field] = box
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.PlainText)  # file names and cells are data, never markup
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a4b00;")
        fields = QWidget()  # twenty-odd fields: they scroll, the problems stay in view
        fields.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        info = self.wiz.inspection
        suggested = info.suggested_mapping
        for field, box in self.boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("— not in the file —"), None)
            for col in info.columns:
                box.addItem(self._with_example(info.preview, col), col)
            box.setCurrentIndex(max(0, box.findData(suggested.get(field))))
            box.blockSignals(False)
        self._changed()

    def _with_example(self, preview: pd.DataFrame, col: str) -> str:
        if col in preview.columns:
            values = preview[col].dropna()
            if len(values):
                return self.tr("{0}   (e.g. {1})").format(col, str(values.iloc[0])[:30])
        return col

    def mapping(self) -> dict[str, str]:
        """Return the chosen {field: column} mapping."""
        return {f: b.currentData() for f, b in self.boxes.items() if b.currentData()}

    def _changed(self) -> None:
        info = self.wiz.inspection
        problems = check_mapping(self.mapping(), info.columns if info else [])
        self.problems.setText("\n".join(translate_message(p) for p in problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        info = self.wiz.inspection
        return info is not None and not check_mapping(self.mapping(), info.columns)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.wiz.options.mapping = self.mapping()
        return True
