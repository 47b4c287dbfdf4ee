"""How Shopkeeper starts a process of its own to work beside the one the owner waits on (the report's picks
evaluation and the Also-bought screen's rolling evaluation, ``core.background_evaluation``), and the handle on such a
process.

From source the child is ``python -m core.background_evaluation …``. In the frozen app the executable is the window,
not Python, so the child is that executable with ``EVALUATION_CHILD`` as its first argument: ``desktop.app.main``
hands such a start over to ``core.background_evaluation.main`` before anything else (no window, no Qt). This module
stays free of heavy imports because the app's entry point reads it at every start, and so that the ``report`` verb
can start the child before it loads pandas and matplotlib itself (``start_early_evaluation``).
"""

from __future__ import annotations

import os
import pickle
import queue
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from core.locations import tombstone_path

EVALUATION_CHILD = "--evaluation-child"
PROCESS_FROM_LINES = 200_000
EVALUATION_WEEKS = 12  # the shop's evaluation: the last 12 weeks held out (the report's page, the screens)
_PROJECT_ROOT = Path(__file__).resolve().parent.parent


def evaluation_command(arguments: list[str]) -> list[str]:
    """Return the command that runs ``core.background_evaluation.main(arguments)`` in a new process."""
    if getattr(sys, "frozen", False):
        return [sys.executable, EVALUATION_CHILD, *arguments]
    return [sys.executable, "-m", "core.background_evaluation", *arguments]


def child_environment() -> dict[str, str]:
    """Return the environment for a child: this process's, with this copy of ``core`` first on the module path
    (whatever the current folder or an installed package; the frozen app ignores it)."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join([str(_PROJECT_ROOT), *filter(None, [environment.get("PYTHONPATH")])])
    return environment


def leave_at_once(code: int) -> NoReturn:
    """End this process with exit code ``code`` without the interpreter's teardown, which frees a big working set
    object by object (0.35 s after the report on a 1M-line shop, 0.1 s after the evaluation child). Only for a
    process whose files are all written and closed; never returns."""
    for stream in (sys.stdout, sys.stderr):  # None in a windowed frozen app
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # the reader went away (``… | head``) or the stream is closed: nothing to add
            pass
    os._exit(code)


ROLLING = "--rolling"
"""The child's first argument when it works out the rolling evaluation of the picks (the Also-bought screen's
"does it work?" tab) instead of the report's table."""


def write_progress(stream, fraction: float, text) -> None:
    """Send one progress report (``text`` a Message or str) to the parent over the child's standard output; returns
    None."""
    frame = pickle.dumps((float(fraction), text), protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(frame).to_bytes(4, "big") + frame)
    stream.flush()


def _read_progress(stream, reports: queue.Queue) -> None:
    """Put each progress report the child writes on ``stream`` in ``reports``, then None when the stream ends."""
    try:
        while True:
            size = stream.read(4)
            if len(size) < 4:
                break
            frame = stream.read(int.from_bytes(size, "big"))
            reports.put(pickle.loads(frame))  # written by our own child process
    except (OSError, ValueError, pickle.UnpicklingError, EOFError):
        pass
    finally:
        reports.put(None)


class EvaluationProcess:
    """``evaluate`` of a shop file's lines in a child process (with ``rolling``, the rolling evaluation of the picks,
    reporting its progress). ``fallback`` (set by whoever collects the result, when not given here) works the result
    out in this process when the child fails."""

    def __init__(self, path: Path, holdout_weeks: int, fallback: Callable | None = None, rolling: bool = False):
        handle, name = tempfile.mkstemp(prefix="shopkeeper-evaluation-", suffix=".pickle")
        os.close(handle)
        self.holdout_weeks, self.fallback, self._out, self.rolling = holdout_weeks, fallback, Path(name), rolling
        arguments = [str(path), str(self._out), str(holdout_weeks)]
        try:
            self._process = subprocess.Popen(
                evaluation_command([ROLLING, *arguments] if rolling else arguments),
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE if rolling else subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, env=child_environment(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))  # Windows: no console window flashes up
        except OSError:
            self._out.unlink(missing_ok=True)
            raise

    def _follow(self, progress: Callable | None, cancelled: Callable[[], bool] | None) -> None:
        """Pass the child's progress reports to ``progress`` until it ends; when ``cancelled()`` turns True, end
        the child and raise ``core.errors.Cancelled``."""
        from core.errors import Cancelled
        reports: queue.Queue = queue.Queue()
        reader = threading.Thread(target=_read_progress, args=(self._process.stdout, reports), daemon=True)
        reader.start()
        while True:
            try:
                report = reports.get(timeout=0.1)
            except queue.Empty:
                report = ()
            if cancelled is not None and cancelled():
                self.stop()
                raise Cancelled()
            if report is None:
                return
            if report and progress is not None:
                progress(*report)

    def result(self, progress: Callable | None = None, cancelled: Callable[[], bool] | None = None):
        """Return the child's result (``evaluate``'s table, or the RollingEvaluation); raises the ShopkeeperError
        the child met (the evaluation's own sentence), and returns ``fallback()`` when the child ended any other way.
        A rolling child's progress goes to ``progress``; ``cancelled`` (checked ten times a second) stops it."""
        try:
            if self.rolling:
                self._follow(progress, cancelled)
            self._process.wait()
            outcome = None
            if self._process.returncode == 0:
                with open(self._out, "rb") as handle:
                    outcome = pickle.load(handle)  # written by our own child process
        except (OSError, pickle.UnpicklingError, EOFError):
            outcome = None
        finally:
            self._out.unlink(missing_ok=True)
        if outcome is None:
            return self.fallback()
        kind, payload = outcome
        if kind == "error":
            error_class, message, details = payload
            raise error_class(message, **details)
        return payload

    def stop(self) -> None:
        """End the child if it still runs and remove its file; returns None."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._out.unlink(missing_ok=True)


def shop_line_count(path: Path) -> int:
    """Return about how many order lines the shop file ``path`` holds (its largest row id: no scan), 0 when it
    cannot be read as a shop."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError):
        return 0
    try:
        return int(connection.execute("SELECT coalesce(max(rowid), 0) FROM order_lines").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        connection.close()


def start_early_evaluation(path: Path | None, holdout_weeks: int) -> EvaluationProcess | None:
    """Return the evaluation of the shop file ``path`` started in a child now, before this process has loaded
    anything heavy, or None where it would not help or might read what it must not: a small shop (under
    ``PROCESS_FROM_LINES`` lines), no such file, or an erase record beside it (an erase may be pending; opening
    the shop finishes it first). The caller hands the process to ``ShopData.evaluation_soon`` or stops it."""
    if path is None or not Path(path).is_file() or tombstone_path(path).exists():
        return None
    if shop_line_count(path) < PROCESS_FROM_LINES:
        return None
    try:
        return EvaluationProcess(Path(path), holdout_weeks)
    except OSError:
        return None
