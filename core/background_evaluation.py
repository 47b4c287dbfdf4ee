"""The picks' evaluation worked out beside other work: in a process of its own on a big shop, else on a thread.

The owner's report draws its pages (matplotlib: Python through and through) while the evaluation of its last page
runs. On a thread the two take turns with one interpreter lock: on a 1M-line shop the report took 15 s where the
drawing alone takes 7 s and the evaluation 9 s. A child process (``python -m core.background_evaluation SHOP OUT
WEEKS``) runs on the second core instead: it reads the shop's lines itself and leaves its result, or the
owner-readable error it raised, pickled in the file OUT.

A process is used for shops of ``PROCESS_FROM_LINES`` order lines or more (on a small shop, starting Python and
pandas again costs more than it saves) and only when the shop is a file; ``core.child_process`` says how it is
started, from source or in the frozen app. When the process fails for any other reason (killed, out of memory, the
executable missing) the evaluation is worked out in this process instead, so the page is never lost.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Callable

import pandas as pd
import sqlite_utils

from core.analysis.evaluate import evaluate
from core.analysis.picks import MODEL_COLUMNS, model_lines
from core.backup import database_file
from core.child_process import child_environment, evaluation_command
from core.data import load_lines
from core.errors import ShopkeeperError
from core.handover import quick_handover

PROCESS_FROM_LINES = 200_000


class EvaluationThread:
    """``evaluate`` of lines already loaded, running on a daemon thread."""

    def __init__(self, lines: pd.DataFrame, holdout_weeks: int):
        self._box: dict = {}

        def work():
            try:
                with quick_handover():  # back to its numpy steps without waiting for the drawing's 5 ms turns
                    self._box["result"] = evaluate(lines, holdout_weeks)
            except BaseException as exc:  # handed to the caller of result()
                self._box["error"] = exc

        self._thread = threading.Thread(target=work, name="shopkeeper-evaluation", daemon=True)
        self._thread.start()

    def result(self) -> pd.DataFrame:
        """Return ``evaluate``'s table once the thread is done (raising what it raised)."""
        self._thread.join()
        if "error" in self._box:
            raise self._box["error"]
        return self._box["result"]

    def stop(self) -> None:
        """Nothing to stop: the thread ends on its own and is not waited for; returns None."""


class EvaluationProcess:
    """``evaluate`` of a shop file's lines in a child process; ``fallback`` works it out here when the child
    fails."""

    def __init__(self, path: Path, holdout_weeks: int, fallback: Callable[[], pd.DataFrame]):
        handle, name = tempfile.mkstemp(prefix="shopkeeper-evaluation-", suffix=".pickle")
        os.close(handle)
        self._out, self._fallback = Path(name), fallback
        try:
            self._process = subprocess.Popen(
                evaluation_command([str(path), str(self._out), str(holdout_weeks)]),
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_environment(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))  # Windows: no console window flashes up
        except OSError:
            self._out.unlink(missing_ok=True)
            raise

    def result(self) -> pd.DataFrame:
        """Return ``evaluate``'s table from the child; raises the ShopkeeperError the child met (the evaluation's
        own sentence), and works the table out here when the child ended any other way."""
        try:
            self._process.wait()
            outcome = None
            if self._process.returncode == 0:
                with open(self._out, "rb") as handle:
                    outcome = pickle.load(handle)  # noqa: S301 - written by our own child process
        except (OSError, pickle.UnpicklingError, EOFError):
            outcome = None
        finally:
            self._out.unlink(missing_ok=True)
        if outcome is None:
            return self._fallback()
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
        self._out.unlink(missing_ok=True)


def start_evaluation(db: sqlite_utils.Database, holdout_weeks: int,
                     lines: Callable[[], pd.DataFrame]) -> EvaluationThread | EvaluationProcess:
    """Return the evaluation of the shop ``db`` started in the background: a process for a big shop file, else a
    thread over ``lines()`` (the lines ``evaluate`` reads, see ``evaluation_lines``). Both have ``result()`` and
    ``stop()``."""
    path = database_file(db)
    if path is not None and path.exists() and _line_count(db) >= PROCESS_FROM_LINES:
        try:
            return EvaluationProcess(path, holdout_weeks, lambda: evaluate(lines(), holdout_weeks))
        except OSError:
            pass  # no Python to start: the thread below does the same work
    return EvaluationThread(lines(), holdout_weeks)


def _line_count(db: sqlite_utils.Database) -> int:
    """Return about how many order lines the shop holds (the largest row id: no scan of the table)."""
    return int(db.execute("SELECT coalesce(max(rowid), 0) FROM order_lines").fetchone()[0])


def evaluation_lines(db: sqlite_utils.Database) -> pd.DataFrame:
    """Return the lines ``evaluate`` reads for the shop ``db``: counted product lines with a customer, only the
    picks' columns."""
    return model_lines(load_lines(db, with_customer_only=True, columns=MODEL_COLUMNS))


def main(argv: list[str] | None = None) -> int:
    """The child: ``SHOP OUT WEEKS``. Writes ("table", frame) or ("error", (class, message, details)) pickled to
    OUT; returns the exit code (non-zero when something other than the evaluation's own error went wrong)."""
    path, out, weeks = argv if argv is not None else sys.argv[1:]
    db = sqlite_utils.Database(path)
    try:
        outcome = ("table", evaluate(evaluation_lines(db), int(weeks)))
    except ShopkeeperError as exc:
        outcome = ("error", (type(exc), exc.message, exc.details))
    finally:
        db.conn.close()
    with open(out, "wb") as handle:
        pickle.dump(outcome, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
