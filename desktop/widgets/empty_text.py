"""A sentence in the middle of an empty list or table: what the screen is working out while it fills, or what an
empty result means once it has ("Nobody is on this list right now"), instead of a blank white pane.

``EmptyText`` is a mixin for Qt item views (it comes before the Qt class: ``class T(EmptyText, QTableView)``);
``SentenceList`` is a QListWidget with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListWidget

MARGIN = 12


class EmptyText:
    """Draws ``empty_text()`` centred (wrapped, in the palette's placeholder colour) while the view has no rows."""

    _empty_text = ""
    _waiting = False

    def set_empty_text(self, text: str) -> None:
        """Show ``text`` while the view has no rows ("" shows nothing); returns None."""
        self._empty_text = text
        self._waiting = False
        self.viewport().update()

    def show_waiting(self, text: str) -> None:
        """Say ``text`` (what is being worked out) while the view has no rows, until the result is shown; the rows
        shown stay until then; returns None."""
        self.set_empty_text(text)
        self._waiting = True

    def is_waiting(self) -> bool:
        """Return True from ``show_waiting`` until the view's result is shown (``set_empty_text``)."""
        return self._waiting

    def empty_text(self) -> str:
        """Return the sentence shown while the view has no rows ("" for none)."""
        return self._empty_text

    def showing_empty_text(self) -> bool:
        """Return True when the view has no rows and a sentence to show instead."""
        model = self.model()
        return bool(self._empty_text) and (model is None or model.rowCount() == 0)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self.showing_empty_text():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        area = self.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)
        painter.end()


class SentenceList(EmptyText, QListWidget):
    """A QListWidget that shows a sentence while it has no items (``set_empty_text``)."""
