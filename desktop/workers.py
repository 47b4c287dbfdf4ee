"""The one way to run long core work off the GUI thread: ``start_task``.

The function runs on ``QThreadPool.globalInstance()``. If it accepts ``progress`` / ``cancelled`` keyword
arguments they are supplied: progress reports arrive on the GUI thread as ``sig_progress`` (throttled), and
``task.cancel()`` makes ``cancelled()`` return True so core raises ``Cancelled``. The result or the exception
arrives on the GUI thread as ``sig_done`` / ``sig_failed``; ``sig_finished`` follows either.
"""

from __future__ import annotations

import inspect
import threading
import time
import traceback

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal

from desktop.i18n import translate_message

_ACTIVE: set["Task"] = set()
# Work for screens the owner is not looking at waits here and runs one piece at a time, only while no work for
# the shown screen runs: on two cores (and one interpreter lock) it would otherwise delay what the owner waits for.
_WAITING: list["Task"] = []
_RUNNING: dict["Task", bool] = {}  # running task -> True when it is background work
PROGRESS_INTERVAL_S = 0.05


def with_progress(fn, kwargs: dict, progress, cancelled, deliver=None) -> dict:
    """Return ``kwargs`` plus ``progress`` / ``cancelled`` / ``deliver`` for the ones ``fn`` accepts and was not
    given."""
    kwargs = dict(kwargs)
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        params = {}
    if "progress" in params and "progress" not in kwargs and progress is not None:
        kwargs["progress"] = progress
    if "cancelled" in params and "cancelled" not in kwargs and cancelled is not None:
        kwargs["cancelled"] = cancelled
    if "deliver" in params and "deliver" not in kwargs and deliver is not None:
        kwargs["deliver"] = deliver
    return kwargs


class Task(QObject):
    """A running piece of background work; keep a reference or rely on the module's registry."""

    sig_progress = Signal(float, str)
    sig_partial = Signal(object)  # a part of the result, delivered before the whole (``deliver`` in the work)
    sig_done = Signal(object)
    sig_failed = Signal(object)
    sig_finished = Signal()

    def __init__(self, fn, args, kwargs):
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        self._last_report = 0.0
        self.result = None
        self.error: BaseException | None = None
        self.traceback_text = ""
        self.finished = False

    def cancel(self) -> None:
        """Ask the work to stop at its next check; returns None."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Return True once cancel() was called."""
        return self._cancel.is_set()

    def _report(self, fraction: float, message: str | None = None) -> None:
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            # core's progress texts are keyed messages: shown in the UI language
            self.sig_progress.emit(float(fraction), translate_message(message) if message else "")

    def _deliver(self, part) -> None:
        if not self.is_cancelled():
            self.sig_partial.emit(part)

    def _call(self):
        kwargs = with_progress(self._fn, self._kwargs, self._report, self.is_cancelled, self._deliver)
        return self._fn(*self._args, **kwargs)

    def _finish(self) -> None:
        self.finished = True
        _RUNNING.pop(self, None)
        if self.error is not None:
            self.sig_failed.emit(self.error)
        else:
            self.sig_done.emit(self.result)
        self.sig_finished.emit()
        _ACTIVE.discard(self)
        _dispatch_waiting()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            task.result = task._call()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            task.error = exc
            task.traceback_text = traceback.format_exc()
        # Queued to the GUI thread: the task object lives there.
        _Finisher.instance().sig_finish.emit(task)


class _Finisher(QObject):
    sig_finish = Signal(object)
    _instance = None

    @classmethod
    def instance(cls) -> "_Finisher":
        if cls._instance is None:
            cls._instance = cls()
            cls._instance.sig_finish.connect(lambda task: task._finish())
        return cls._instance


def start_task(fn, *args, background: bool = False, **kwargs) -> Task:
    """Run ``fn(*args, **kwargs)`` on the thread pool; returns the Task (connect its signals right away).

    ``background`` work (for a screen not shown) waits until no foreground work runs and then runs one task at
    a time; ``promote(task)`` runs a waiting task at once (its screen was shown)."""
    _Finisher.instance()
    task = Task(fn, args, kwargs)
    _ACTIVE.add(task)
    if background:
        _WAITING.append(task)
        _dispatch_waiting()
    else:
        _run(task, background=False)
    return task


def _run(task: Task, background: bool) -> None:
    _RUNNING[task] = background
    QThreadPool.globalInstance().start(_Runnable(task))


def promote(task: Task) -> None:
    """Run ``task`` now if it is waiting as background work (its screen is shown); returns None."""
    if task in _WAITING:
        _WAITING.remove(task)
        _run(task, background=False)
    elif _RUNNING.get(task):
        _RUNNING[task] = False  # already running: now what the owner waits for


def _dispatch_waiting() -> None:
    """Start the next waiting background task when nothing else runs; a task cancelled while it waited ends
    at once, without running."""
    from core.errors import Cancelled
    while _WAITING and not _RUNNING:
        task = _WAITING.pop(0)
        if task.is_cancelled():
            task.error = Cancelled()
            task._finish()  # noqa: SLF001 - the module finishes its own tasks
            continue
        _run(task, background=True)


def active_tasks() -> int:
    """Return how many tasks have not finished yet."""
    return len(_ACTIVE)


def wait_for_tasks(timeout_ms: int = 60_000) -> bool:
    """Process events until every task has finished; returns False on timeout (for tests and the self-test)."""
    deadline = QDeadlineTimer(timeout_ms)
    while _ACTIVE:
        if deadline.hasExpired():
            return False
        QCoreApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(10)
    QCoreApplication.processEvents()
    return True
