"""The base class of every screen in the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class ShopView(QWidget):
    """A screen that shows something about the open shop.

    Subclasses set ``view_id``, implement ``view_title()`` (translated) and ``set_shop(shop)``.
    ``set_shop(None)`` means no shop is open.
    """

    view_id = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = None

    def view_title(self) -> str:
        """Return the translated title shown in the sidebar."""
        return self.view_id

    def set_shop(self, shop) -> None:
        """Show ``shop`` (a desktop.shop.Shop) or the empty state when None; returns None."""
        self.shop = shop
