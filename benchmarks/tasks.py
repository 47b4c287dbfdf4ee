"""One measured workload per process: ``python -m benchmarks.tasks NAME 'JSON ARGS'``.

Each task prints one line ``RESULT {json}`` at the end. The runner starts it as a child process and reads its
wall time, CPU time and peak memory from ``os.wait4``; a task's own ``seconds`` figure times only the work
(without Python start-up and imports), which is what the table shows.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _fresh(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def _counts(db) -> dict:
    return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("order_lines", "orders", "customers", "products")}


def task_generate(args: dict) -> dict:
    from benchmarks.generate import generate_shop
    return generate_shop(args["path"], args["lines"], args.get("seed", 7), args.get("locale", "uk"),
                         args.get("customers"), args.get("basket_mean", 19.0))


def task_import(args: dict) -> dict:
    """Import ``path`` into ``db`` (fresh unless ``again``); returns the import's counts and the table sizes."""
    from core.importers.pipeline import import_file
    from core.store import open_shop
    if not args.get("again"):
        _fresh(args["db"])
    db = open_shop(args["db"])
    start, cpu = time.perf_counter(), time.process_time()
    result = import_file(db, args["path"])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    out = {"seconds": seconds, "cpu": cpu, "lines_added": result.lines_added, "orders_added": result.orders_added,
           "orders_updated": result.orders_updated, "customers_added": result.customers_added,
           "rows_skipped": result.rows_skipped, "rows_without_customer": result.rows_without_customer}
    out.update(_counts(db))
    # the generator's "C" invoices: returns that count (status 'returned'), not cancelled orders
    out["cancelled_lines"] = db.execute(
        "SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status = 'returned'"
    ).fetchone()[0]
    out["revenue_minor"] = db.execute("SELECT SUM(line_total_minor) FROM order_lines").fetchone()[0]
    db.conn.close()
    return out


def task_segments_clv(args: dict) -> dict:
    """Time segments (RFM scoring) + CLV (BG/NBD + Gamma-Gamma) on an imported shop."""
    from core.store import open_shop
    db = open_shop(args["db"], create=False)
    out: dict = {}
    start, cpu = time.perf_counter(), time.process_time()
    try:
        from core.analysis.segments import segment_table
    except ImportError:
        out["segments"] = "not available"
    else:
        segmented = segment_table(db)
        out["segments_seconds"] = time.perf_counter() - start
        out["segmented_customers"] = int(len(segmented))
    middle = time.perf_counter()
    try:
        from core.analysis.clv import clv_table
    except ImportError:
        out["clv"] = "not available"
    else:
        table = clv_table(db)
        out["clv_seconds"] = time.perf_counter() - middle
        out["clv_customers"] = int(len(table))
    out["seconds"], out["cpu"] = time.perf_counter() - start, time.process_time() - cpu
    out["customers_in_db"] = db.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    return out


def task_clusters(args: dict) -> dict:
    """Customer groups, ours beside the whole-shop fit (benchmarks/bench_clusters.py)."""
    from benchmarks.bench_clusters import clusters_against_full_fit
    return clusters_against_full_fit(args["db"])


def task_pairs(args: dict) -> dict:
    """Pair rules via benchmarks/bench_pairs.py: bare XᵀX floor, ours, and mlxtend (checked rule by rule)."""
    from benchmarks import bench_pairs
    lines = bench_pairs.synthetic_lines(args["lines"])
    min_together = args.get("min_together", 30)
    t_floor, t_ours, result = bench_pairs.timed_pair(bench_pairs.floor_xtx, bench_pairs.ours, lines, min_together,
                                                     repeat=args.get("repeat", 3))
    out = {"floor_seconds": t_floor, "seconds": t_ours, "lines": int(len(lines)),
           "pairs": int(len(result.pairs)), "mlxtend": "not installed"}
    if args.get("mlxtend", True):
        try:
            import mlxtend  # noqa: F401
        except ImportError:
            return out
        t_mlx, (rules, n_baskets) = bench_pairs.timed(bench_pairs.with_mlxtend, lines, min_together, repeat=1)
        try:
            n_ours, n_theirs, worst = bench_pairs.compare(result, rules)
            out["check"] = f"identical rules: {n_ours:,} directed, max rel. diff {worst:.0e}"
        except SystemExit as exc:
            out["check"] = str(exc)
        out["mlxtend_seconds"] = t_mlx
        out["mlxtend"] = "ran"
    else:
        out["mlxtend"] = "skipped"
    return out


def task_gui_stall(args: dict) -> dict:
    """Longest gap between 10 ms heartbeats of the Qt event loop while an import (+ analysis) runs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.workers import start_task

    # The running app has loaded these with its views; importing them on the worker thread would hold the
    # GIL inside C-extension start-up and show up as a stall that a real user never sees.
    import core.importers.pipeline  # noqa: F401
    import core.store  # noqa: F401
    for name in ("core.analysis.segments", "core.analysis.clv"):
        try:
            __import__(name)
        except ImportError:
            pass

    app = QApplication.instance() or QApplication([])
    label = QLabel("heartbeat")
    label.show()
    _fresh(args["db"])
    if args.get("freeze"):
        # What desktop/app.py could do once the window is up: move the start-up objects (~90k: modules, Qt
        # wrappers, pandas/scipy internals) out of the cyclic collector's reach. A full collection then no
        # longer walks them while the import allocates, and it was the longest GIL hold (~110 ms) in a run.
        import gc
        gc.collect()
        gc.freeze()

    def work(progress=None, cancelled=None):
        from core.importers.pipeline import import_file
        from core.store import open_shop
        db = open_shop(args["db"])
        result = import_file(db, args["path"], progress=progress, cancelled=cancelled)
        try:
            from core.analysis.segments import segment_table
            segment_table(db)
            from core.analysis.clv import clv_table
            clv_table(db)
        except ImportError:
            pass
        db.conn.close()
        return result.lines_added

    import gc
    collections: list[float] = []
    started_gc = [0.0]

    def on_gc(phase, info):
        if phase == "start":
            started_gc[0] = time.perf_counter()
        elif info.get("generation") == 2:
            collections.append(time.perf_counter() - started_gc[0])

    gc.callbacks.append(on_gc)
    beats: list[float] = []
    progress_events = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    outcome: dict = {}
    start = time.perf_counter()
    timer.start()
    task = start_task(work)
    task.sig_progress.connect(lambda fraction, message: progress_events.__setitem__(0, progress_events[0] + 1))
    task.sig_done.connect(lambda value: outcome.setdefault("lines", value))
    task.sig_failed.connect(lambda error: outcome.setdefault("error", repr(error)))
    task.sig_finished.connect(app.quit)
    app.exec()
    timer.stop()
    gc.callbacks.remove(on_gc)
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    gaps_sorted = sorted(gaps)
    return {"seconds": time.perf_counter() - start, "longest_stall_ms": 1000 * max(gaps, default=0.0),
            "p99_gap_ms": 1000 * gaps_sorted[int(0.99 * (len(gaps_sorted) - 1))] if gaps else 0.0,
            "beats": len(beats), "progress_signals": progress_events[0],
            "full_gc_count": len(collections), "longest_full_gc_ms": 1000 * max(collections, default=0.0), **outcome}


def task_mlxtend_shop(args: dict) -> dict:
    """mlxtend's mining of an imported shop's pair rules (benchmarks/bench_verbs.py)."""
    from benchmarks.bench_verbs import mine_with_mlxtend
    return mine_with_mlxtend(args["db"])


def task_screens(args: dict) -> dict:
    """Time to content of every screen on one shop (benchmarks/bench_screens.py), offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import limit_native_threads
    limit_native_threads()  # as the app does before numpy is imported
    from benchmarks.bench_screens import click_through_times, demo_shop, screen_times
    db = args["db"] if args.get("db") else str(demo_shop(Path(args["demo"])))
    from core.store import open_shop
    open_shop(db).conn.close()  # brought up to the current schema (a migration is not a screen's wait)
    just_imported = screen_times(db, just_imported=True)
    click_through_times(db)  # a first session of the app: every screen prepared behind the first one, and kept
    return {"rows": just_imported + screen_times(db) + click_through_times(db)}


TASKS = {"generate": task_generate, "import": task_import, "segments_clv": task_segments_clv, "clusters": task_clusters,
         "pairs": task_pairs, "gui_stall": task_gui_stall,
         "mlxtend_shop": task_mlxtend_shop, "screens": task_screens}


def main(argv: list[str] | None = None) -> int:
    """Run one task named on the command line and print its RESULT line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    name, args = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    result = TASKS[name](args)
    print("RESULT " + json.dumps(result, default=str), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
