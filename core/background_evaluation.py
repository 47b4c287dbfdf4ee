"""The picks' evaluation worked out beside other work: in a process of its own on a big shop, else on a thread.

The owner's report draws its pages (matplotlib: Python through and through) while the evaluation of its last page
runs. On a thread the two take turns with one interpreter lock: on a 1M-line shop the report took 15 s where the
drawing alone takes 7 s and the evaluation 9 s. A child process (``python -m core.background_evaluation SHOP OUT
WEEKS``) runs on the second core instead: it reads the shop's lines itself and leaves its result, or the
owner-readable error it raised, pickled in the file OUT.

A process is used for shops of ``PROCESS_FROM_LINES`` order lines or more (on a small shop, starting Python and
pandas again costs more than it saves) and only when the shop is a file; ``core.child_process`` starts it (from
source or in the frozen app) and holds the handle on it, ``EvaluationProcess``. When the process fails for any
other reason (killed, out of memory, the executable missing) the evaluation is worked out in this process instead,
so the page is never lost.
"""

from __future__ import annotations

import pickle
import sys
import threading
from typing import Callable

import pandas as pd
import sqlite_utils

from core.analysis.evaluate import evaluate
from core.analysis.picks import MODEL_COLUMNS, model_lines
from core.backup import database_file
from core.child_process import PROCESS_FROM_LINES, EvaluationProcess, leave_at_once, shop_line_count
from core.data import load_lines
from core.errors import ShopkeeperError
from core.handover import quick_handover


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


def start_evaluation(db: sqlite_utils.Database, holdout_weeks: int, lines: Callable[[], pd.DataFrame],
                     started: EvaluationProcess | None = None) -> EvaluationThread | EvaluationProcess:
    """Return the evaluation of the shop ``db`` started in the background: ``started`` when given (a child started
    early, ``core.child_process.start_early_evaluation``), else a process for a big shop file, else a thread over
    ``lines()`` (the lines ``evaluate`` reads, see ``evaluation_lines``). Both have ``result()`` and
    ``stop()``."""
    def fallback() -> pd.DataFrame:  # when the child fails
        return evaluate(lines(), holdout_weeks)

    if started is not None:
        started.fallback = fallback
        return started
    path = database_file(db)
    if path is not None and path.exists() and shop_line_count(path) >= PROCESS_FROM_LINES:
        try:
            return EvaluationProcess(path, holdout_weeks, fallback)
        except OSError:
            pass  # no Python to start: the thread below does the same work
    return EvaluationThread(lines(), holdout_weeks)


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
    leave_at_once(main())  # its one file is written and closed
