"""The base class of every screen in the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.workers import Task


class ShopView(QWidget):
    """A screen that shows something about the open shop.

    Subclasses set ``view_id``, implement ``view_title()`` (translated) and ``set_shop(shop)``.
    ``set_shop(None)`` means no shop is open. Work for the screen runs through ``start(slot, fn, …)``.
    """

    view_id = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = None
        self._slots: dict[str, Task] = {}

    def view_title(self) -> str:
        """Return the translated title shown in the sidebar."""
        return self.view_id

    def set_shop(self, shop) -> None:
        """Show ``shop`` (a desktop.shop.Shop) or the empty state when None; returns None.

        Work started for the previous shop is cancelled and its results are dropped."""
        self.cancel_all()
        self.shop = shop

    def start(self, slot: str, fn, *args, on_done=None, on_failed=None, **kwargs) -> Task:
        """Run ``fn(db, *args, **kwargs)`` for this screen's shop off the GUI thread (``Shop.run``); returns the Task.

        One task per ``slot``: the slot's previous task is cancelled, and only the slot's latest task delivers
        ``on_done(result)`` / ``on_failed(error)`` (a late result of older work is dropped). ``fn`` may accept
        ``progress`` / ``cancelled`` keyword arguments.
        """
        self.cancel(slot)
        task = self.shop.run(fn, *args, **kwargs)
        self._slots[slot] = task
        if on_done is not None:
            task.sig_done.connect(lambda result, t=task: on_done(result) if self.is_current(slot, t) else None)
        if on_failed is not None:
            task.sig_failed.connect(lambda error, t=task: on_failed(error) if self.is_current(slot, t) else None)
        return task

    def is_current(self, slot: str, task: Task) -> bool:
        """Return True when ``task`` is the latest task started in ``slot`` (and not dropped since)."""
        return self._slots.get(slot) is task

    def running(self, slot: str) -> bool:
        """Return True while the slot's latest task has not finished."""
        task = self._slots.get(slot)
        return task is not None and not task.finished

    def cancel(self, slot: str) -> None:
        """Cancel the slot's task and drop its result; returns None."""
        task = self._slots.pop(slot, None)
        if task is not None and not task.finished:
            task.cancel()

    def cancel_all(self) -> None:
        """Cancel every slot's task and drop their results; returns None."""
        for slot in list(self._slots):
            self.cancel(slot)
