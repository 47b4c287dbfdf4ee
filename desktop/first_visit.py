"""A short guide at the top of each screen the first time the owner opens it; "Got it" dismisses it for good.

The main window calls ``install_first_visit_guides(self)`` once; the guide bar then sits above the stacked
screens and follows ``stack.currentChanged``. A guide counts as seen when the owner clicks "Got it" or leaves
the screen it was shown on. What was seen is kept in QSettings (``first_visit/<view_id>``);
``reset_guides()`` shows them all again (Help menu: "Show the screen guides again").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

CONTEXT = "FirstVisitGuide"
SETTINGS_GROUP = "first_visit"

GUIDES = {
    "dashboard": QT_TRANSLATE_NOOP(
        "FirstVisitGuide",
        "Your shop at a glance: sales, customers and what changed. Click a headline to see the customers behind it."),
    "import": QT_TRANSLATE_NOOP(
        "FirstVisitGuide",
        "Bring in your orders: drop an export file from your shop here, or click Import. "
        "Importing the same file again does not create duplicates."),
    "customers": QT_TRANSLATE_NOOP(
        "FirstVisitGuide",
        "Every customer with their orders and spending. Search by name or e-mail; double-click a customer "
        "to see their whole history."),
    "segments": QT_TRANSLATE_NOOP(
        "FirstVisitGuide",
        "Customers grouped by how recently, how often and how much they buy: look after your Champions, "
        "win back those At risk."),
    "value": QT_TRANSLATE_NOOP(
        "FirstVisitGuide",
        "What each customer is likely to spend in the coming months, and who may be about to stop buying."),
    "also_bought": QT_TRANSLATE_NOOP(
        "FirstVisitGuide",
        "Products that are bought together. Use them for \"customers who bought this also bought\" "
        "suggestions and bundles."),
    "charts": QT_TRANSLATE_NOOP(
        "FirstVisitGuide",
        "Charts of what matters for your shop. Hover for details; save any chart as a picture."),
    "offers": QT_TRANSLATE_NOOP(
        "FirstVisitGuide",
        "Pick a group of customers and an offer, and save a file ready for Mailchimp, Klaviyo or Shopify."),
    "report": QT_TRANSLATE_NOOP(
        "FirstVisitGuide",
        "A one-page summary of your shop to print or share."),
}
"""Guide text per view_id (English source; translated with context "FirstVisitGuide")."""


def _key(view_id: str) -> str:
    return f"{SETTINGS_GROUP}/{view_id}"


def is_seen(view_id: str) -> bool:
    """Return True when the guide of ``view_id`` was already shown and left or dismissed."""
    return QSettings().value(_key(view_id), False, type=bool)


def mark_seen(view_id: str) -> None:
    """Remember that the guide of ``view_id`` need not be shown again; returns None."""
    QSettings().setValue(_key(view_id), True)


def reset_guides() -> None:
    """Forget which guides were seen, so each shows again on the next visit; returns None."""
    settings = QSettings()
    settings.remove(SETTINGS_GROUP)


def guide_text(view_id: str) -> str:
    """Return the translated guide of ``view_id``, or "" when that screen has none."""
    source = GUIDES.get(view_id)
    return QCoreApplication.translate(CONTEXT, source) if source else ""


class FirstVisitGuide(QFrame):
    """A dismissable bar with one screen's guide; ``show_for(view_id)`` shows it on that screen's first visit."""

    sig_dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view_id = ""
        self.setObjectName("firstVisitGuide")
        self.setStyleSheet("#firstVisitGuide { background: #fff6d5; border-bottom: 1px solid #e0c96b; }"
                           "#firstVisitGuide QLabel { color: #3b3b3b; }")
        self.title = QLabel(self.tr("First time here?"))
        self.title.setStyleSheet("font-weight: 600;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Got it"))
        self.dismiss_button.clicked.connect(self.dismiss)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(texts, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_for(self, view_id: str) -> bool:
        """Show the guide of ``view_id`` if it has one not seen yet (leaving a shown guide marks it seen).

        Returns True when the bar is now visible.
        """
        if self.view_id and self.view_id != view_id and not self.isHidden():
            mark_seen(self.view_id)
        self.view_id = view_id
        text = guide_text(view_id)
        if not text or is_seen(view_id):
            self.hide()
            return False
        self.text.setText(text)
        self.show()
        return True

    def dismiss(self) -> None:
        """Hide the guide and never show it again for this screen; returns None."""
        if self.view_id:
            mark_seen(self.view_id)
            self.sig_dismissed.emit(self.view_id)
        self.hide()


def install_first_visit_guides(window) -> FirstVisitGuide:
    """Put a FirstVisitGuide above ``window.stack`` (a QStackedWidget of views with ``view_id``); returns it.

    The stack is moved into a small container in the same place of its parent's layout, so the window's
    own code does not change; the bar follows ``stack.currentChanged``.
    """
    stack = window.stack
    parent = stack.parentWidget()
    layout = parent.layout() if parent is not None else None
    container = QWidget(parent)
    guide = FirstVisitGuide(container)
    column = QVBoxLayout(container)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(guide)
    if layout is not None:
        layout.replaceWidget(stack, container)
    column.addWidget(stack, 1)

    def current_changed(index: int) -> None:
        guide.show_for(getattr(stack.widget(index), "view_id", "") or "")

    stack.currentChanged.connect(current_changed)
    current_changed(stack.currentIndex())
    window.first_visit_guide = guide
    return guide
