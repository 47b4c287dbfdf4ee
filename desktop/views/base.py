"""The base class of every screen in the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from desktop.widgets.empty_text import EmptyText
from desktop.workers import Task, promote


class ShopView(QWidget):
    """A screen that shows something about the open shop.

    Subclasses set ``view_id``, implement ``view_title()`` (translated) and ``set_shop(shop)``.
    ``set_shop(None)`` means no shop is open. Work for the screen runs through ``start(slot, fn, …)``.
    """

    view_id = ""
    # emitted when a task of this screen starts, reports progress or ends (desktop/widgets/busy_bar.py shows it)
    sig_activity = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = None
        self._slots: dict[str, Task] = {}
        self._progress: dict[Task, tuple[float, str]] = {}

    def view_title(self) -> str:
        """Return the translated title shown in the sidebar."""
        return self.view_id

    def set_shop(self, shop) -> None:
        """Show ``shop`` (a desktop.shop.Shop) or the empty state when None; returns None.

        Work started for the previous shop is cancelled and its results are dropped."""
        self.cancel_all()
        self.shop = shop

    def start(self, slot: str, fn, *args, on_done=None, on_failed=None, on_partial=None, **kwargs) -> Task:
        """Run ``fn(db, *args, **kwargs)`` for this screen's shop off the GUI thread (``Shop.run``); returns the Task.

        One task per ``slot``: the slot's previous task is cancelled, and only the slot's latest task delivers
        ``on_done(result)`` / ``on_failed(error)`` (a late result of older work is dropped). ``fn`` may accept
        ``progress`` / ``cancelled`` keyword arguments, and ``deliver``: each ``deliver(part)`` reaches
        ``on_partial(part)`` on the GUI thread before the whole result.
        """
        self.cancel(slot)
        # a screen the owner is not looking at computes in the background, after the shown screen's work
        task = self.shop.run(fn, *args, background=not self.isVisible(), **kwargs)
        self._slots[slot] = task
        self._progress[task] = (0.0, "")
        task.sig_progress.connect(lambda fraction, text, t=task: self._task_progress(t, fraction, text))
        task.sig_finished.connect(lambda t=task: self._task_finished(t))
        self.sig_activity.emit()
        if on_done is not None:
            task.sig_done.connect(lambda result, t=task: on_done(result) if self.is_current(slot, t) else None)
        if on_partial is not None:
            task.sig_partial.connect(lambda part, t=task: on_partial(part) if self.is_current(slot, t) else None)
        if on_failed is not None:
            task.sig_failed.connect(lambda error, t=task: on_failed(error) if self.is_current(slot, t) else None)
        return task

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """The screen is shown: its waiting background work runs now."""
        super().showEvent(event)
        for task in list(self._slots.values()):
            promote(task)

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

    def stop_work(self) -> None:
        """Cancel the screen's work at the owner's request and say so on the screen (``work_stopped``); returns
        None."""
        self.cancel_all()
        for view in self.findChildren(QAbstractItemView):  # no table keeps saying it is working
            if isinstance(view, EmptyText) and view.is_waiting():
                view.set_empty_text(QCoreApplication.translate("ShopView", "Stopped before this was worked out."))
        self.work_stopped()
        self.sig_activity.emit()

    def work_stopped(self) -> None:
        """Replace the screen's "working…" texts after the owner stopped its work; returns None. Screens that
        show such texts override it."""

    def restart_work(self) -> None:
        """Start the screen's work again for the open shop (after the owner stopped it); returns None."""
        if self.shop is not None:
            self.set_shop(self.shop)

    def _task_progress(self, task: Task, fraction: float, text: str) -> None:
        if task in self._progress:
            self._progress[task] = (float(fraction), text)
            self.sig_activity.emit()

    def _task_finished(self, task: Task) -> None:
        self._progress.pop(task, None)
        self.sig_activity.emit()

    def activity(self) -> tuple[bool, float, str]:
        """Return (busy, fraction done 0..1, what it is doing) over this screen's running tasks: busy is False when
        none runs; the text is the latest progress message of the least advanced task that says what it does (a
        quick task without a message would otherwise hide the long one's behind "Working…")."""
        running = [(fraction, text) for task, (fraction, text) in self._progress.items()
                   if not task.finished and task in self._slots.values()]
        if not running:
            return False, 0.0, ""
        fraction, text = min([item for item in running if item[1]] or running, key=lambda item: item[0])
        return True, fraction, text
