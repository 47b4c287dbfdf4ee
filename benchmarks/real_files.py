"""The shared real shops the quality benchmarks run on, each measured in a child process of its own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
FILES = ("online_retail_II.csv", "online_retail.csv")


def each_real_file(table, work: Path, module: str, label_of, measure, failed):
    """Yield (file name, the child's result dict, the measured run) for every real file present, after running
    ``python -m module FILE SHOP`` on it; an absent file or a failed run becomes its row in ``table`` instead
    (``label_of(name)`` names the row)."""
    for name in FILES:
        path = DATA / name
        if not path.exists():
            table.add(label_of(name), "absent", check=f"{path} not present: skipped")
            continue
        shop = work / f"{module.rsplit('.', 1)[-1]}_{name}.db"
        res = measure([sys.executable, "-m", module, str(path), str(shop)])
        shop.unlink(missing_ok=True)
        if res["returncode"]:
            table.add(label_of(name), check=failed(res))
            continue
        yield name, res["result"], res


def child_main(measure_file, argv: list[str] | None = None) -> int:
    """The child process's side of ``each_real_file`` (``python -m MODULE FILE SHOP``): print the RESULT line of
    ``measure_file(FILE, SHOP)``; returns 0."""
    argv = sys.argv[1:] if argv is None else argv
    print("RESULT " + json.dumps(measure_file(Path(argv[0]), Path(argv[1])), default=str), flush=True)
    return 0
