"""Plain explanations of the words owners may not know: the glossary, the "What does this mean?" link and the
table headers that explain themselves."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QLocale, Qt

from desktop import i18n
from desktop.widgets.explain import EXPLANATIONS, explain, explain_link, explanation
from desktop.widgets.frame_table import FrameTable


def test_every_word_the_issue_names_has_a_one_line_explanation():
    for key in ("confidence", "lift", "silhouette", "quintiles", "rfm", "control_group", "p_alive"):
        text = explanation(key)
        assert text and "\n" not in text and len(text) < 200, key
    assert explanation("no such word") == ""


def test_link_and_tooltip_show_the_explanation(qtbot):
    from PySide6.QtWidgets import QLabel
    link = explain_link("lift")
    qtbot.addWidget(link)
    assert "What does this mean?" in link.text() and link.toolTip() == EXPLANATIONS["lift"]
    assert link.show_explanation() == EXPLANATIONS["lift"]
    label = QLabel("Lift")
    qtbot.addWidget(label)
    label.setToolTip("Sort by lift")
    explain(label, "lift")
    assert label.toolTip().startswith("Sort by lift") and EXPLANATIONS["lift"] in label.toolTip()


def test_table_headers_explain_lift_confidence_and_chance(qtbot):
    table = FrameTable()
    qtbot.addWidget(table)
    frame = pd.DataFrame({"product": ["MUG"], "confidence_ab": [0.4], "lift": [3.2], "p_alive": [0.8]})
    table.set_frame(frame, {"product": "Product", "confidence_ab": "Confidence →", "lift": "Lift",
                            "p_alive": "Chance still a customer"})
    tips = [table.proxy.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(4)]
    assert tips == [None, EXPLANATIONS["confidence"], EXPLANATIONS["lift"], EXPLANATIONS["p_alive"]]


