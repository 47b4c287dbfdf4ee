"""The picks' evaluation worked out beside other work: in a process of its own on a big shop, else on a thread.

The owner's report draws its pages (matplotlib: Python through and through) while the evaluation of its last page
runs. On a thread the two take turns with one interpreter lock: on a 1M-line shop the report took 15 s where the
drawing alone takes 7 s and the evaluation 9 s. A child process (``python -m core.background_evaluation SHOP OUT
WEEKS``) runs on the second core instead: it reads the shop's lines itself and leaves its result, or the
owner-readable error it raised, pickled in the file OUT.

The Also-bought screen's rolling evaluation of the picks (``picks_evaluation``: half a minute on a 1M-line shop)
runs in the same kind of child (``--rolling``), sending its progress over its standard output, so the screens the
owner clicks meanwhile do not share the app's interpreter with it.

A process is used for shops of ``PROCESS_FROM_LINES`` order lines or more (on a small shop, starting Python and
pandas again costs more than it saves) and only when the shop is a file; ``core.child_process`` starts it (from
source or in the frozen app) and holds the handle on it, ``EvaluationProcess``. When the process fails for any
other reason (killed, out of memory, the executable missing) the evaluation is worked out in this process instead,
so the page is never lost.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from typing import Callable

import pandas as pd
import sqlite_utils

from core.analysis.evaluate import evaluate
from core.analysis.merchandising import excluded_product_ids
from core.analysis.picks import MODEL_COLUMNS, PicksSettings, model_lines
from core.analysis.picks_eval import (BOOTSTRAP, WEEKS, WINDOWS, RollingEvaluation, lines_picks_evaluation,
                                      shop_picks_evaluation)
from core.backup import database_file
from core.child_process import (PROCESS_FROM_LINES, ROLLING, EvaluationProcess, leave_at_once, shop_line_count,
                                write_progress)
from core.data import load_lines
from core.errors import ShopkeeperError
from core.handover import quick_handover
from core.progress import CancelCheck, ProgressCallback, never_cancelled, no_progress
from core.result_copy import shared_kept


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


def picks_evaluation(db: sqlite_utils.Database, lines: pd.DataFrame | None = None,
                     progress: ProgressCallback = no_progress,
                     cancelled: CancelCheck = never_cancelled) -> RollingEvaluation:
    """Return the rolling evaluation of the shop's picks (``core.analysis.picks_eval.lines_picks_evaluation`` of
    ``lines``, the shop's order lines, loaded here when None and needed, with its excluded products): in a child
    process on a shop file of ``PROCESS_FROM_LINES`` lines or more, so the half minute it takes there leaves this
    process's interpreter to the screens the owner clicks meanwhile; else, or when the child fails, in this
    process."""
    def here() -> RollingEvaluation:
        # the picks' columns of the counted lines: a screen's basket columns already loaded serve them (load_lines)
        shop_lines = load_lines(db, columns=MODEL_COLUMNS) if lines is None else lines
        return lines_picks_evaluation(shop_lines[shop_lines["customer_id"].notna()], excluded_product_ids(db),
                                      progress=progress, cancelled=cancelled)

    path = database_file(db)
    if path is None or not path.exists() or shop_line_count(path) < PROCESS_FROM_LINES:
        return here()
    try:
        process = EvaluationProcess(path, 0, here, rolling=True)
    except OSError:
        return here()
    try:
        return process.result(progress, cancelled)
    finally:
        process.stop()


ROLLING_CLASSES = (RollingEvaluation, PicksSettings)
"""The dataclasses a kept rolling evaluation is made of (``core.result_copy``)."""


def kept_picks_evaluation(db: sqlite_utils.Database, progress: ProgressCallback = no_progress,
                          cancelled: CancelCheck = never_cancelled) -> RollingEvaluation:
    """Return the rolling evaluation of the shop's picks (``picks_evaluation`` of the lines it reads itself),
    worked out once per state of the shop's data and its excluded products, and kept in the shop file for the next
    session (``core.result_copy.shared_kept``): the half minute it takes on a big shop is waited for once."""
    key = ("picks_evaluation", WINDOWS, WEEKS, BOOTSTRAP, *sorted(excluded_product_ids(db)))
    return shared_kept(db, key, lambda: picks_evaluation(db, None, progress, cancelled), ROLLING_CLASSES)


def _rolling(db: sqlite_utils.Database) -> RollingEvaluation:
    """The rolling child's work: the evaluation of the whole shop, its progress sent to the parent while it can
    be (a windowed frozen app may have no standard output: the result still arrives, only the progress bar stalls)."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        try:
            stream = os.fdopen(1, "wb", closefd=False)
        except OSError:
            stream = None

    def progress(fraction: float, text) -> None:
        nonlocal stream
        if stream is not None:
            try:
                write_progress(stream, fraction, text)
            except (OSError, ValueError):  # the parent stopped reading: it will kill this process or collect it
                stream = None
    return shop_picks_evaluation(db, progress=progress)


def main(argv: list[str] | None = None) -> int:
    """The child: ``[--rolling] SHOP OUT WEEKS``. Writes ("table", result) or ("error", (class, message, details))
    pickled to OUT; returns the exit code (non-zero when something other than the evaluation's own error went
    wrong). The result is ``evaluate``'s table, or with ``--rolling`` the RollingEvaluation (its progress reports
    written to standard output meanwhile)."""
    arguments = list(argv if argv is not None else sys.argv[1:])
    rolling = bool(arguments) and arguments[0] == ROLLING
    path, out, weeks = arguments[1:] if rolling else arguments
    db = sqlite_utils.Database(path)
    try:
        outcome = ("table", _rolling(db) if rolling else evaluate(evaluation_lines(db), int(weeks)))
    except ShopkeeperError as exc:
        outcome = ("error", (type(exc), exc.message, exc.details))
    finally:
        db.conn.close()
    with open(out, "wb") as handle:
        pickle.dump(outcome, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


if __name__ == "__main__":
    leave_at_once(main())  # its one file is written and closed
