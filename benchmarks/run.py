"""Side-by-side benchmarks: ``python -m benchmarks --size tiny|1m|10m``.

Every workload runs in its own child process (``benchmarks/tasks.py``), so peak memory belongs to that workload
alone: ``ru_maxrss`` from ``os.wait4``, or, when higher, the largest sum over the workload and the processes it
starts (sampled every 50 ms from ``/proc`` on Linux: ``ru_maxrss`` gives the largest single process only).
Reference tools run on the same file in the same run; a missing
one is reported as absent, never installed. Times drift on a shared 2-core machine; the ratios and the CPU
seconds (shown beside each wall time) are the figures to compare.

Rows:
  generate             the synthetic shop (benchmarks/generate.py), target well under 30 s per 1M lines
  import               full normalised import (core.importers.pipeline.import_file) vs the SQLite shell's
                       ``.import`` of the same CSV into one raw text table (floor) and ``sqlite-utils insert --csv``
  re-import            the same file again: must add nothing (idempotence)
  EU locale import     cp1250, ``;``, decimal commas, dd.mm.yyyy: must give the same counts and revenue
  pair rules           benchmarks/bench_pairs.py: ours vs a bare sparse XᵀX floor and mlxtend (same rules)
  segments + CLV       core.analysis.segments + clv on a shop with many customers
  customer groups      benchmarks/bench_clusters.py: k-means groups on the same shop, ours (k chosen on a sample of
                       20,000 customers) vs the whole-shop fit (same k, adjusted Rand index ≥ 0.95)
  verbs                benchmarks/bench_verbs.py: every read-only CLI verb as a whole command (report ≤ 10 s / 1 GB,
                       others ≤ 3 s / 500 MB on 1M lines); also-bought vs mlxtend's mining alone (≥ 10×)
  screens              benchmarks/bench_screens.py: each screen's time to content, demo shop (≤ 0.5 s) and the
                       segments group's shop of ~100,000 customers at 1M (≤ 2 s)
  cold start           ``import desktop.app`` and first shown window (offscreen self-test picture)
  GUI stall            longest gap of a 10 ms QTimer heartbeat while desktop.workers runs import + analysis
  lapse                benchmarks/bench_lapse.py: the lapse ranking's pooled AUC on ../shared/data's two Online
                       Retail files vs days since the last order and that ÷ the usual interval (target +0.03)
  picks                benchmarks/bench_picks.py: rolling evaluation of the picks on the same two files, every
                       method's NDCG/HR/recall/coverage with intervals; picks vs buy-again, EASE, bestsellers
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

from benchmarks.bench_lapse import bench_lapse as lapse_rows
from benchmarks.bench_picks import bench_picks as picks_rows

ROOT = Path(__file__).resolve().parent.parent
SIZES = {
    "tiny": {"lines": 10_000, "customer_lines": 10_000, "customers": 1_500, "pair_lines": 20_000, "runs": 1},
    "1m": {"lines": 1_000_000, "customer_lines": 1_000_000, "customers": 100_000, "pair_lines": 1_000_000, "runs": 3},
    "10m": {"lines": 10_000_000, "customer_lines": 10_000_000, "customers": 1_000_000, "pair_lines": 10_000_000, "runs": 3},
}
# The generator's Pareto activity leaves many of its customers without an order; ask for more to get ~N buyers.
CUSTOMER_OVERSHOOT = 3.0
TIMEOUT_S = 3600


class Measured(dict):
    """Outcome of one child process: wall, cpu (s), peak_mb, returncode, result (the task's RESULT dict)."""


def _tree_rss_mb(pid: int) -> float:
    """Return the resident memory (MB) of process ``pid`` and all its descendants now (0 without ``/proc``)."""
    total, waiting = 0.0, [pid]
    while waiting:
        current = waiting.pop()
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    waiting.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            continue  # the process ended meanwhile, or no /proc here
    return total


def _watch_tree(pid: int, done: threading.Event, peak: list) -> None:
    while not done.wait(0.05):
        peak[0] = max(peak[0], _tree_rss_mb(pid))


def measure(command: list[str], env: dict | None = None, timeout: float = TIMEOUT_S) -> Measured:
    """Run ``command`` as a child process; returns its wall/CPU time, peak memory (the process and those it starts,
    summed) and parsed RESULT line."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env or os.environ.copy(), stdout=out, stderr=err)
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        done, tree_peak = threading.Event(), [0.0]
        watcher = threading.Thread(target=_watch_tree, args=(process.pid, done, tree_peak), daemon=True)
        watcher.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
            done.set()
            watcher.join()
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    result = {}
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
    peak_mb = max(usage.ru_maxrss / 1024, tree_peak[0])
    return Measured(wall=wall, cpu=usage.ru_utime + usage.ru_stime, peak_mb=peak_mb,
                    returncode=process.returncode, result=result, stdout=stdout, stderr=stderr[-2000:])


def run_task(name: str, **args) -> Measured:
    """Run ``benchmarks.tasks`` task ``name`` in a child process; returns its Measured outcome."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return measure([sys.executable, "-m", "benchmarks.tasks", name, json.dumps(args)], env=env)


def _t(seconds: float | None, cpu: float | None = None) -> str:
    if seconds is None:
        return "—"
    text = f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"
    return text + (f" (cpu {cpu:.1f})" if cpu is not None else "")


def _ratio(ours: float | None, reference: float | None) -> str:
    if not ours or not reference:
        return "—"
    return f"{ours / reference:.2f}×"


def _failed(measured: Measured) -> str:
    last = (measured["stderr"].strip().splitlines() or ["no output"])[-1]
    return f"FAILED (exit {measured['returncode']}): {last[:120]}"


class Table:
    """Rows of the result table; printed as aligned text and kept as dicts for --json."""

    COLUMNS = ("task", "ours", "reference", "ratio", "peak MB", "check")

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, task: str, ours: str = "—", reference: str = "—", ratio: str = "—", peak: float | str | None = None,
            check: str = "") -> None:
        peak_text = f"{peak:.0f}" if isinstance(peak, (int, float)) else (peak or "—")
        self.rows.append(dict(zip(self.COLUMNS, (task, ours, reference, ratio, peak_text, check))))
        print(f"  … {task}: {ours} | {reference} | {ratio} | {peak_text} | {check}", file=sys.stderr, flush=True)

    def render(self) -> str:
        widths = [max(len(c), *(len(r[c]) for r in self.rows)) if self.rows else len(c) for c in self.COLUMNS]
        widths[-1] = len(self.COLUMNS[-1])  # the check column is free text
        line = "  ".join(c.ljust(w) for c, w in zip(self.COLUMNS, widths))
        out = [line, "  ".join("-" * w for w in widths)]
        for row in self.rows:
            out.append("  ".join(row[c].ljust(w) for c, w in zip(self.COLUMNS, widths)).rstrip())
        return "\n".join(out)


def _check(condition: bool, text: str) -> str:
    """A correctness check: a MISMATCH makes the run exit 1."""
    return ("OK " if condition else "MISMATCH ") + text


def _target(condition: bool, text: str) -> str:
    """A speed/memory target: reported as met or MISSED, never a failure of the run."""
    return ("met: " if condition else "MISSED: ") + text


def bench_import(table: Table, work: Path, spec: dict, args) -> None:
    lines = spec["lines"]
    label = f"{lines:,}"
    csv_path, eu_path, db_path = work / "shop.csv", work / "shop_eu.csv", work / "shop.db"
    gen = run_task("generate", path=str(csv_path), lines=lines, seed=args.seed)
    if gen["returncode"]:
        table.add(f"generate {label} lines", check=_failed(gen))
        return
    facts = gen["result"]
    table.add(f"generate {label} lines (Online Retail II layout)", _t(facts["seconds"], gen["cpu"]),
              peak=gen["peak_mb"], check=f"{facts['invoices']:,} invoices, {facts['customers']:,} customers, "
                                         f"{facts['products']:,} products, {facts['bytes'] / 1e6:.0f} MB")

    ours = run_task("import", path=str(csv_path), db=str(db_path))
    if ours["returncode"]:
        table.add(f"import {label} lines", check=_failed(ours))
        return
    got = ours["result"]
    ours_s = got["seconds"]
    same = (got["order_lines"] == facts["lines"] and got["orders"] == facts["invoices"]
            and got["customers"] == facts["customers"] and got["cancelled_lines"] == facts["cancelled_lines"]
            and got["rows_without_customer"] == facts["guest_lines"])
    counts = _check(same, f"{got['order_lines']:,} lines, {got['orders']:,} orders, {got['customers']:,} customers, "
                          f"{got['cancelled_lines']:,} returned (C invoices) = generator")

    floor_s = floor_cpu = None
    sqlite3_cli = shutil.which("sqlite3")
    if sqlite3_cli:
        floor_db = work / "floor.db"
        floor_db.unlink(missing_ok=True)
        floor = measure([sqlite3_cli, str(floor_db), "-cmd", ".mode csv", f".import {csv_path} lines"])
        rows = subprocess.run([sqlite3_cli, str(floor_db), "SELECT COUNT(*) FROM lines"], capture_output=True,
                              text=True).stdout.strip()
        floor_s, floor_cpu = floor["wall"], floor["cpu"]
        table.add(f"import {label} lines: SQLite shell .import (floor)", reference=_t(floor_s, floor_cpu),
                  peak=floor["peak_mb"], check=_check(rows == str(lines), f"{rows} raw text rows, no types/keys"))
        floor_db.unlink(missing_ok=True)
    else:
        table.add(f"import {label} lines: SQLite shell .import (floor)", reference="absent",
                  check="sqlite3 shell not installed (apt-get install sqlite3); floor not measured")
    memory_limit = 1024 if lines <= 1_000_000 else 2048
    table.add(f"import {label} lines: Shopkeeper vs .import", _t(ours_s, got["cpu"]), _t(floor_s, floor_cpu),
              _ratio(ours_s, floor_s) + (f" (cpu {_ratio(got['cpu'], floor_cpu)})" if floor_cpu else ""),
              ours["peak_mb"], counts + "; " + _target(bool(floor_s) and ours_s <= 2 * floor_s, "≤ 2× floor")
              + "; " + _target(ours["peak_mb"] <= memory_limit, f"≤ {memory_limit // 1024} GB peak"))

    if "sqlite-utils" in args.skip:
        table.add(f"import {label} lines: vs sqlite-utils insert --csv", reference="skipped (--skip)")
    else:
        utils_cli = shutil.which("sqlite-utils")
        command = [utils_cli] if utils_cli else None
        if command is None:
            try:
                import sqlite_utils  # noqa: F401
                command = [sys.executable, "-m", "sqlite_utils"]
            except ImportError:
                command = None
        if command is None:
            table.add(f"import {label} lines: vs sqlite-utils insert --csv", reference="absent",
                      check="sqlite-utils not installed")
        else:
            utils_db = work / "utils.db"
            utils_db.unlink(missing_ok=True)
            utils = measure([*command, "insert", str(utils_db), "lines", str(csv_path), "--csv"])
            import sqlite3
            with sqlite3.connect(utils_db) as conn:
                rows = conn.execute("SELECT COUNT(*) FROM lines").fetchone()[0] if not utils["returncode"] else -1
            table.add(f"import {label} lines: vs sqlite-utils insert --csv", _t(ours_s, got["cpu"]),
                      _t(utils["wall"], utils["cpu"]), _ratio(ours_s, utils["wall"]), utils["peak_mb"],
                      _check(rows == lines, f"{rows:,} raw text rows (peak MB is sqlite-utils')"))
            utils_db.unlink(missing_ok=True)

    again = run_task("import", path=str(csv_path), db=str(db_path), again=True)
    if again["returncode"]:
        table.add("re-import the same file", check=_failed(again))
    else:
        res = again["result"]
        table.add(f"re-import the same {label} lines (idempotent)", _t(res["seconds"], res["cpu"]),
                  peak=again["peak_mb"],
                  check=_check(res["lines_added"] == 0 and res["orders_added"] == 0 and res["order_lines"] == lines,
                               f"{res['lines_added']} lines / {res['orders_added']} orders added, "
                               f"{res['orders_updated']} updated"))

    if "eu" not in args.skip:
        gen_eu = run_task("generate", path=str(eu_path), lines=lines, seed=args.seed, locale="eu")
        eu = run_task("import", path=str(eu_path), db=str(work / "shop_eu.db")) if not gen_eu["returncode"] else gen_eu
        if eu["returncode"]:
            table.add("EU locale import", check=_failed(eu))
        else:
            res = eu["result"]
            same = all(res[k] == got[k] for k in ("order_lines", "orders", "customers", "cancelled_lines",
                                                  "revenue_minor"))
            table.add(f"import {label} lines, EU locale (cp1250 ; 1,50 dd.mm.yyyy)", _t(res["seconds"], res["cpu"]),
                      _t(ours_s), _ratio(res["seconds"], ours_s), eu["peak_mb"],
                      _check(same, "same lines, orders, customers, cancellations and revenue as the UK file"))
        for path in (eu_path, work / "shop_eu.db"):
            path.unlink(missing_ok=True)


def bench_pairs(table: Table, spec: dict, args) -> None:
    if not (ROOT / "benchmarks" / "bench_pairs.py").exists():
        table.add("pair rules", "not available", check="benchmarks/bench_pairs.py is missing")
        return
    label = f"{spec['pair_lines']:,}"
    res = run_task("pairs", lines=spec["pair_lines"], mlxtend="mlxtend" not in args.skip,
                   repeat=1 if args.size == "tiny" else 3)
    if res["returncode"]:
        table.add(f"pair rules, {label} lines", check=_failed(res))
        return
    out = res["result"]
    table.add(f"pair rules, {label} lines: vs bare XᵀX (floor)", _t(out["seconds"]), _t(out["floor_seconds"]),
              _ratio(out["seconds"], out["floor_seconds"]), res["peak_mb"],
              f"{out['pairs']:,} pairs; " + _target(out["seconds"] <= 1.5 * out["floor_seconds"], "≤ 1.5× floor"))
    if out.get("mlxtend_seconds"):
        speedup = out["mlxtend_seconds"] / out["seconds"]
        check = out.get("check", "")
        table.add(f"pair rules, {label} lines: vs mlxtend fpgrowth+rules", _t(out["seconds"]),
                  _t(out["mlxtend_seconds"]), _ratio(out["seconds"], out["mlxtend_seconds"]),
                  check=("OK " + check if check.startswith("identical") else check)
                  + f"; mlxtend {speedup:.0f}× slower: " + _target(speedup >= 25, "≥ 25×"))
    else:
        table.add(f"pair rules, {label} lines: vs mlxtend", reference=out["mlxtend"],
                  check="pip install -e .[bench] for the comparison")


def bench_segments(table: Table, work: Path, spec: dict, args) -> None:
    csv_path, db_path = work / "customers.csv", work / "customers.db"
    gen = run_task("generate", path=str(csv_path), lines=spec["customer_lines"], seed=args.seed + 1,
                   customers=int(spec["customers"] * CUSTOMER_OVERSHOOT), basket_mean=4.0)
    imported = run_task("import", path=str(csv_path), db=str(db_path)) if not gen["returncode"] else gen
    if imported["returncode"]:
        table.add("segments + CLV", check=_failed(imported))
        return
    customers = imported["result"]["customers"]
    res = run_task("segments_clv", db=str(db_path))
    if res["returncode"]:
        table.add(f"segments + CLV, {customers:,} customers", check=_failed(res))
        return
    out = res["result"]
    parts = [f"segments {out['segments_seconds']:.2f} s" if "segments_seconds" in out else "segments not available",
             f"CLV {out['clv_seconds']:.2f} s" if "clv_seconds" in out else "CLV not available"]
    ok = "segments_seconds" in out or "clv_seconds" in out
    table.add(f"segments + CLV, {customers:,} customers ({spec['customer_lines']:,} lines)",
              _t(out["seconds"], out["cpu"]) if ok else "not available", peak=res["peak_mb"],
              check=", ".join(parts) + "; " + (
                  _target(ok and out["seconds"] <= 10, "≤ 10 s (the 1M-line target)")
                  if spec["customer_lines"] <= 1_000_000 else "no target above 1M lines"))
    res = run_task("clusters", db=str(db_path))
    if res["returncode"]:
        table.add(f"customer groups, {customers:,} customers", check=_failed(res))
    else:
        out = res["result"]
        same = out["k"] == out["reference_k"] and out["adjusted_rand"] >= 0.95
        table.add(f"customer groups (k-means, k by silhouette), {out['customers']:,} customers",
                  _t(out["seconds"]), _t(out["reference_seconds"]), _ratio(out["seconds"], out["reference_seconds"]),
                  peak=res["peak_mb"],
                  check=_check(same, f"k {out['k']} (whole-shop fit: {out['reference_k']}), adjusted Rand index "
                                     f"{out['adjusted_rand']:.3f} against the whole-shop fit"))
    csv_path.unlink(missing_ok=True)


def bench_lapse(table: Table, work: Path, spec: dict, args) -> None:
    lapse_rows(table, work, spec, args, measure, _target, _failed)


def bench_picks(table: Table, work: Path, spec: dict, args) -> None:
    picks_rows(table, work, spec, args, measure, _target, _failed)


def bench_desktop(table: Table, work: Path, spec: dict, args) -> None:
    if not (ROOT / "desktop" / "app.py").exists():
        table.add("cold start", "not available", check="desktop shell missing")
        return
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHOPKEEPER_HOME=str(work / "home"))
    runs = spec["runs"]
    cold = [measure([sys.executable, "-c", "import desktop.app, desktop.main_window"], env=env) for _ in range(runs)]
    best = min(cold, key=lambda m: m["wall"])
    table.add("cold start: python -c 'import desktop.app, desktop.main_window'", _t(best["wall"], best["cpu"]),
              peak=best["peak_mb"], check=f"best of {runs}, includes Python start-up")
    try:
        sys.path.insert(0, str(ROOT))
        from benchmarks.bench_startup import FROZEN, time_to_window
    except ImportError:
        table.add("cold start to first window", "not available", check="benchmarks/bench_startup.py missing")
    else:
        home = work / "home"
        home.mkdir(exist_ok=True)
        try:
            time_to_window([sys.executable, "-m", "desktop"], home)  # fills the data folder once
            times = sorted(time_to_window([sys.executable, "-m", "desktop"], home) for _ in range(runs))
            table.add("cold start to first shown window (source)", _t(times[0]),
                      check=f"best of {runs} (median {times[len(times) // 2]:.2f} s), offscreen self-test picture")
        except (RuntimeError, TimeoutError) as exc:
            table.add("cold start to first shown window (source)", check=f"FAILED: {exc}")
        if not FROZEN.exists():
            table.add("cold start to first shown window (frozen)", "not built",
                      check="scripts/build_app.sh builds dist/shopkeeper")
            return
        try:
            frozen = sorted(time_to_window([str(FROZEN)], home) for _ in range(runs))
            table.add("cold start to first shown window (frozen)", _t(frozen[0]),
                      check=_target(frozen[0] <= 1.5, f"best of {runs}, {FROZEN.relative_to(ROOT)} (target ≤ 1.5 s)"))
        except (RuntimeError, TimeoutError) as exc:  # someone else's build: report, do not fail the run
            table.add("cold start to first shown window (frozen)", "not measured", check=f"the build did not start: {exc}")


def bench_gui_stall(table: Table, work: Path, spec: dict, args) -> None:
    if not (ROOT / "desktop" / "workers.py").exists():
        table.add("GUI stall during import", "not available", check="desktop shell missing")
        return
    csv_path = work / "shop.csv"
    if not csv_path.exists():
        run_task("generate", path=str(csv_path), lines=spec["lines"], seed=args.seed)
    for freeze, how in ((False, "without gc.freeze()"), (True, "with gc.freeze() after start-up, as the app does")):
        res = run_task("gui_stall", path=str(csv_path), db=str(work / "gui.db"), freeze=freeze)
        if res["returncode"]:
            table.add(f"GUI stall during import + analysis, {how}", check=_failed(res))
            continue
        out = res["result"]
        stall = out["longest_stall_ms"]
        table.add(f"GUI: longest event-loop stall, import {spec['lines']:,} lines + analysis, {how}",
                  f"{stall:.0f} ms", peak=res["peak_mb"],
                  check=("FAILED: " + out["error"]) if "error" in out else _target(
                      stall <= 100, f"≤ 100 ms; 10 ms heartbeat, 99th pct gap {out['p99_gap_ms']:.0f} ms, "
                                    f"{out['beats']:,} beats over {out['seconds']:.1f} s; "
                                    f"{out.get('full_gc_count', '?')} full GCs, longest "
                                    f"{out.get('longest_full_gc_ms', 0):.0f} ms"))
        (work / "gui.db").unlink(missing_ok=True)


def bench_verbs(table: Table, work: Path, spec: dict, args) -> None:
    from benchmarks.bench_verbs import bench_verbs as run_verbs
    run_verbs(table, work, spec, args, measure, run_task, _target, _failed, _t)


def bench_screens(table: Table, work: Path, spec: dict, args) -> None:
    from benchmarks.bench_screens import add_rows
    add_rows(table, work, spec, args, run_task, _target, _failed)


GROUPS = ("import", "pairs", "segments", "verbs", "screens", "desktop", "gui", "lapse", "picks")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks of one size and print the table; returns 0 (1 when a check failed)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="tiny")
    parser.add_argument("--only", "--tasks", dest="only", nargs="*", choices=GROUPS, help="run only these groups")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=[*GROUPS, "sqlite-utils", "mlxtend", "eu"], help="leave these out")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, help="keep the generated files here (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = parser.parse_args(argv)
    groups = [g for g in (args.only or GROUPS) if g not in args.skip]
    spec = SIZES[args.size]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="shopkeeper-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    table = Table()
    started = time.perf_counter()
    print(f"Shopkeeper benchmarks, size {args.size}, {date.today().isoformat()}, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}; working in {work}", file=sys.stderr, flush=True)
    try:
        if "import" in groups:
            bench_import(table, work, spec, args)
        if "pairs" in groups:
            bench_pairs(table, spec, args)
        if "segments" in groups:
            bench_segments(table, work, spec, args)
        if "verbs" in groups:
            bench_verbs(table, work, spec, args)
        if "screens" in groups:
            bench_screens(table, work, spec, args)
        if "desktop" in groups:
            bench_desktop(table, work, spec, args)
        if "gui" in groups:
            bench_gui_stall(table, work, spec, args)
        if "lapse" in groups:
            bench_lapse(table, work, spec, args)
        if "picks" in groups:
            bench_picks(table, work, spec, args)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\nShopkeeper benchmarks — size {args.size} — {date.today().isoformat()} — "
          f"{os.cpu_count()} CPUs — {time.perf_counter() - started:.0f} s in all")
    print("(times are wall seconds of the work itself; cpu = the whole child process; ratio = ours / reference)\n")
    print(table.render())
    if args.json:
        args.json.write_text(json.dumps(table.rows, indent=2, ensure_ascii=False), encoding="utf-8")
    failed = [r for r in table.rows if r["check"].startswith(("MISMATCH", "FAILED"))]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
