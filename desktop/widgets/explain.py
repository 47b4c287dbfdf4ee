"""Plain one-line explanations of the words an owner may not know (lift, confidence, silhouette, quintiles,
RFM codes, control group, "chance still a customer"), shown where the word appears: as the tooltip of the
widget that shows it and behind a "What does this mean?" link next to it.

Usage::

    explain(table_header_label, "lift")            # tooltip on an existing widget
    row.addWidget(explain_link("lift"))             # a small link; a click shows the explanation beside it
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

CONTEXT = "glossary"
EXPLANATIONS = {
    "confidence": QT_TRANSLATE_NOOP(
        "glossary", "Confidence: of the orders with the first product, the share that also had the second "
        "(60% = 6 in 10 such orders)."),
    "lift": QT_TRANSLATE_NOOP(
        "glossary", "Lift: how many times more often two products are bought together than if customers picked "
        "them at random; above 1 they go together, 3× is strong."),
    "silhouette": QT_TRANSLATE_NOOP(
        "glossary", "Silhouette: how clearly the customer groups differ, from -1 to 1; above 0.5 the groups are "
        "clearly apart, below 0.25 they overlap."),
    "quintiles": QT_TRANSLATE_NOOP(
        "glossary", "Quintiles: customers are ranked and cut into five groups of equal size; 5 is the best fifth, "
        "1 the lowest."),
    "rfm": QT_TRANSLATE_NOOP(
        "glossary", "R F M scores from 1 to 5: R how recently they bought, F how often, M how much they spent; "
        "5 is the best fifth of your customers."),
    "control_group": QT_TRANSLATE_NOOP(
        "glossary", "Control group: customers picked at random and not sent the offer, so you can compare and "
        "see what the offer itself changed."),
    "p_alive": QT_TRANSLATE_NOOP(
        "glossary", "Chance still a customer: how likely it is, from their buying rhythm so far, that they will "
        "buy from you again rather than having quietly left."),
}
"""The explanations by key, in English (translated in the "glossary" context)."""


def explanation(key: str) -> str:
    """Return the one-line explanation of ``key`` (a key of EXPLANATIONS) in the UI language; "" when unknown."""
    text = EXPLANATIONS.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def explain(widget: QWidget, key: str) -> QWidget:
    """Give ``widget`` the explanation of ``key`` as its tooltip (after any tooltip it had); returns the widget."""
    text = explanation(key)
    if text:
        old = widget.toolTip()
        widget.setToolTip(f"{old}\n\n{text}" if old and text not in old else text)
    return widget


class ExplainLink(QLabel):
    """A small "What does this mean?" link: hovering or clicking it shows the explanation of its key."""

    def __init__(self, key: str, parent: QWidget | None = None, text: str | None = None):
        super().__init__(parent)
        self.key = key
        self.explanation = explanation(key)
        link_text = text or self.tr("What does this mean?")
        self.setText(f'<a href="#{key}">{link_text}</a>')
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setToolTip(self.explanation)
        self.setStyleSheet("font-size: 8pt;")
        self.linkActivated.connect(lambda _href: self.show_explanation())

    def show_explanation(self) -> str:
        """Show the explanation beside the link (a tooltip: nothing to close); returns its text."""
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.explanation, self)
        return self.explanation


def explain_link(key: str, parent: QWidget | None = None, text: str | None = None) -> ExplainLink:
    """Return a "What does this mean?" link (or ``text`` as the link) explaining ``key``."""
    return ExplainLink(key, parent, text)
