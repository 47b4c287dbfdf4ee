"""Picks on real shops: the rolling evaluation of ``core.analysis.picks_eval`` beside its baselines.

``python -m benchmarks --only picks`` adds rows per file of ``../shared/data`` (``online_retail_II.csv``,
``online_retail.csv``; a missing file is reported as absent). Each file is imported with the app's own
``import_batch`` into a fresh shop in a child process (``python -m benchmarks.bench_picks FILE DB`` prints the
RESULT line), then 4 rolling windows of 12 weeks are evaluated. One row per protocol and method gives NDCG@10,
HR@10, recall@10 and coverage with their 95 % bootstrap intervals (pooled over the windows); the target rows:

- all-NDCG@10 of picks − buy-again: paired 95 % interval's low end above −0.01;
- discover-NDCG@10 of picks − EASE: paired low end above −0.01, and picks above bestsellers-not-owned.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from benchmarks.real_files import child_main, each_real_file

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = -0.01


def measure_file(path: Path, db_path: Path) -> dict:
    """Import ``path`` into a new shop at ``db_path`` and return the pooled evaluation as a JSON-ready dict:
    pooled rows (protocol, method, every measure with low/high), paired differences, windows, seconds."""
    from core.analysis.picks_eval import pooled_frame, shop_picks_evaluation
    from core.importers.batch import import_batch
    from core.store import open_shop

    db_path.unlink(missing_ok=True)
    db = open_shop(db_path)
    start = time.perf_counter()
    import_batch(db, [path])
    imported = time.perf_counter()
    result = shop_picks_evaluation(db)
    done = time.perf_counter()
    db.conn.close()
    diffs = result.differences[result.differences["window"] == "all"]
    return {"pooled": pooled_frame(result).to_dict(orient="records"),
            "differences": diffs.to_dict(orient="records"),
            "windows": [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
                        for row in result.windows.to_dict(orient="records")],
            "settings": [{"half_life": s.half_life, "gamma": s.gamma, "beta": s.beta, "ridge": s.ridge,
                          "weights": list(s.weights)} for s in result.settings],
            "sentence": str(result.sentence), "import_seconds": imported - start, "seconds": done - imported}


def _range(row: dict, metric: str) -> str:
    return f"{row[metric]:.4f} [{row[metric + '_low']:.4f}, {row[metric + '_high']:.4f}]"


def bench_picks(table, work: Path, spec: dict, args, measure, target, failed) -> None:
    """Add rows per real file to ``table`` (``benchmarks.run.Table``): every method's measures with intervals and
    the met/MISSED target rows; ``measure``/``target``/``failed`` are run.py's helpers."""
    for name, out, res in each_real_file(table, work, "benchmarks.bench_picks", lambda name: f"picks, {name}",
                                         measure, failed):
        label = f"picks, {name}"
        pooled = {(row["protocol"], row["method"]): row for row in out["pooled"]}
        diffs = {(row["protocol"], row["baseline"], row["metric"]): row for row in out["differences"]}
        windows = ", ".join(f"{w['start'][:10]}..{w['end'][:10]} ({w['customers']})" for w in out["windows"])
        table.add(f"{label}: rolling evaluation, {len(out['windows'])} windows of 12 weeks",
                  f"{out['seconds']:.1f} s", peak=res["peak_mb"], check=f"windows {windows}")
        for (protocol, method), row in pooled.items():
            table.add(f"{label}: {protocol} {row['label']}", f"NDCG@10 {_range(row, 'ndcg')}",
                      check=f"HR@10 {_range(row, 'hr')}; recall@10 {_range(row, 'recall')}; coverage "
                            f"{_range(row, 'coverage')}; {row['customers']:,} customer-windows")
        again = diffs[("all", "buy_again", "ndcg")]
        table.add(f"{label}: all-NDCG@10 picks − buy-again", f"{again['difference']:+.4f}",
                  f"[{again['low']:+.4f}, {again['high']:+.4f}]",
                  check=target(again["low"] > TOLERANCE, "paired 95 % low > −0.01"))
        ease = diffs[("discover", "ease", "ndcg")]
        table.add(f"{label}: discover-NDCG@10 picks − EASE", f"{ease['difference']:+.4f}",
                  f"[{ease['low']:+.4f}, {ease['high']:+.4f}]",
                  check=target(ease["low"] > TOLERANCE, "paired 95 % low > −0.01"))
        best = diffs[("discover", "bestsellers", "ndcg")]
        ours, theirs = pooled[("discover", "picks")]["ndcg"], pooled[("discover", "bestsellers")]["ndcg"]
        table.add(f"{label}: discover-NDCG@10 picks vs bestsellers not owned", f"{ours:.4f}", f"{theirs:.4f}",
                  f"{best['difference']:+.4f} [{best['low']:+.4f}, {best['high']:+.4f}]",
                  check=target(ours > theirs, "picks > bestsellers-not-owned"))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(child_main(measure_file))
