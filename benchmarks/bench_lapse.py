"""Lapse ranking on real shops: pooled AUC of ours vs days since the last order and days since ÷ usual interval.

``python -m benchmarks --only lapse`` adds one row per file of ``../shared/data`` (``online_retail_II.csv``,
``online_retail.csv``; a missing file is reported as absent). Each file is imported with the app's own importer
into a fresh shop in a child process (``python -m benchmarks.bench_lapse FILE DB`` prints the RESULT line), then
``core.analysis.lapse_backtest`` scores 4 cut-offs (90, 180, 270, 360 days before the last order). Target: our
pooled AUC at least 0.03 above the better of the two simple rankings.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from benchmarks.real_files import child_main, each_real_file

ROOT = Path(__file__).resolve().parent.parent
TARGET_GAIN = 0.03


def measure_file(path: Path, db_path: Path) -> dict:
    """Import ``path`` into a new shop at ``db_path`` and return the lapse back-test's figures as a JSON-ready dict:
    pooled {method: {auc, flagged_lapsed_share, others_lapsed_share}}, windows (per cut-off and method),
    methods_used, customers (rows over all cut-offs), import/backtest seconds."""
    from core.analysis.lapse_backtest import lapse_backtest
    from core.importers.pipeline import import_file
    from core.store import open_shop

    db_path.unlink(missing_ok=True)
    db = open_shop(db_path)
    start = time.perf_counter()
    import_file(db, path)
    imported = time.perf_counter()
    result = lapse_backtest(db)
    done = time.perf_counter()
    db.conn.close()
    pooled = {row["method"]: {k: row[k] for k in ("auc", "flagged_lapsed_share", "others_lapsed_share")}
              for row in result.pooled.to_dict(orient="records")}
    windows = [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
               for row in result.windows.to_dict(orient="records")]
    return {"pooled": pooled, "windows": windows, "methods_used": {str(k): v for k, v in result.methods_used.items()},
            "customers": int(result.pooled["customers"].iloc[0]), "sentence": str(result.sentence),
            "import_seconds": imported - start, "seconds": done - imported}


def _label(name: str) -> str:
    return f"lapse ranking, {name}: pooled AUC over 4 cut-offs, ours vs best simple"


def bench_lapse(table, work: Path, spec: dict, args, measure, target, failed) -> None:
    """Add one row per real file to ``table`` (``benchmarks.run.Table``): our pooled AUC beside the best simple
    ranking's, met/MISSED against +0.03; ``measure``/``target``/``failed`` are run.py's helpers."""
    for name, out, res in each_real_file(table, work, "benchmarks.bench_lapse", _label, measure, failed):
        label = _label(name)
        pooled = out["pooled"]
        ours = pooled["ours"]["auc"]
        simple = {"days since last order": pooled["days_since"]["auc"],
                  "days since ÷ usual interval": pooled["silence_ratio"]["auc"]}
        best_name = max(simple, key=simple.get)
        best = simple[best_name]
        per_cutoff = ", ".join(f"{w['cutoff_days']} d {w['auc']:.3f}" for w in out["windows"] if w["method"] == "ours")
        flagged = pooled["ours"]
        table.add(label, f"{ours:.3f}", f"{best:.3f} ({best_name})", f"{ours - best:+.3f}", res["peak_mb"],
                  target(ours >= best + TARGET_GAIN, f"AUC ≥ best simple + {TARGET_GAIN}") +
                  f"; days since {simple['days since last order']:.3f}, ÷ interval "
                  f"{simple['days since ÷ usual interval']:.3f}, 1 − P(alive) {pooled['p_alive']['auc']:.3f}; "
                  f"ours per cut-off {per_cutoff}; flagged top 20 % lapsed {flagged['flagged_lapsed_share']:.0%} vs "
                  f"others {flagged['others_lapsed_share']:.0%}; {out['customers']:,} customer-cut-offs; "
                  f"back-test {out['seconds']:.1f} s")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(child_main(measure_file))
