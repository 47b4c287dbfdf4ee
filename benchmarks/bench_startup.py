"""Cold start to the first shown window, from source and frozen (PyInstaller build).

Usage (from the repository root)::

    python benchmarks/bench_startup.py                   # source and, if built, dist/shopkeeper/shopkeeper
    python benchmarks/bench_startup.py --runs 7 --frozen path/to/shopkeeper

How it measures, without instrumenting the app: it starts ``shopkeeper --selftest OUTDIR`` (offscreen Qt)
and polls for ``OUTDIR/00_no_shop.png``, which the self-test saves right after the main window is shown and
painted, then kills the process. "First start" uses a new, empty data folder (matplotlib's font cache and
the settings are built then); "later starts" reuse one data folder, as an owner's second double-click does.
The OS file cache is warm after the first run of each kind (dropping it needs root and would slow the
other people on this machine); the very first run of the frozen binary after a build is the coldest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "shopkeeper" / ("shopkeeper.exe" if sys.platform.startswith("win") else "shopkeeper")
TIMEOUT_S = 120


def time_to_window(command: list[str], home: Path) -> float:
    """Return seconds from process start until the main window's first picture exists; raises on timeout."""
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as out:
        marker = Path(out) / "00_no_shop.png"
        env = dict(os.environ, SHOPKEEPER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
        env.pop("MPLCONFIGDIR", None)
        start = time.perf_counter()
        process = subprocess.Popen([*command, "--selftest", out], cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not (marker.exists() and marker.stat().st_size > 0):
                if process.poll() is not None:
                    raise RuntimeError(f"{command[0]} exited ({process.returncode}) before showing a window")
                if time.perf_counter() - start > TIMEOUT_S:
                    raise TimeoutError(f"no window after {TIMEOUT_S} s")
                time.sleep(0.005)
            return time.perf_counter() - start
        finally:
            process.kill()
            process.wait()


def measure(name: str, command: list[str], runs: int) -> dict:
    """Return first-start and later-start timings (seconds) of ``command``."""
    with tempfile.TemporaryDirectory(prefix="bench-home-") as first_home:
        first = time_to_window(command, Path(first_home))
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        time_to_window(command, Path(home))  # fills the data folder once
        later = [time_to_window(command, Path(home)) for _ in range(runs)]
    return {"name": name, "first": first, "median": statistics.median(later), "min": min(later),
            "max": max(later), "runs": runs}


def main(argv: list[str] | None = None) -> int:
    """Print the start-up table; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="later starts to time (default 5)")
    parser.add_argument("--frozen", type=Path, default=FROZEN, help="frozen executable (default dist/shopkeeper)")
    parser.add_argument("--source-only", action="store_true", help="skip the frozen build")
    args = parser.parse_args(argv)
    targets = [("source (python -m desktop)", [sys.executable, "-m", "desktop"])]
    if not args.source_only and args.frozen.exists():
        targets.append((f"frozen ({args.frozen.relative_to(ROOT) if args.frozen.is_relative_to(ROOT) else args.frozen})",
                        [str(args.frozen)]))
    elif not args.source_only:
        print(f"(no frozen build at {args.frozen}; run scripts/build_app.sh)")
    print(f"{'start-up to first window':40} {'first start':>11} {'later median':>13} {'min':>7} {'max':>7}")
    for name, command in targets:
        r = measure(name, command, args.runs)
        print(f"{name:40} {r['first']:10.2f}s {r['median']:12.2f}s {r['min']:6.2f}s {r['max']:6.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
