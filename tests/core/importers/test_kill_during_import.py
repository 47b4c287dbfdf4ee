"""Killing the import process (SIGKILL) part-way: the shop must be intact and exactly as before that import.

A child process imports a generated 200,000-line Online Retail export and reports progress on stdout; the
test kills it at a random point (a random progress fraction plus a random delay), then opens the shop,
runs ``PRAGMA integrity_check`` and compares every row with the state before. CI kills 3 times; the
``slow`` test kills 20 times.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.importers.pipeline import import_file
from core.store import open_shop

ROOT = Path(__file__).resolve().parents[3]
LINES = 200_000
HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country,Email\n"

CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from core.importers.base import ImportOptions
from core.importers.pipeline import import_file
from core.store import open_shop
db = open_shop({db!r})
print("opened", flush=True)
import core.importers.pipeline as pipeline
from core.importers.writer import ShopWriter
_finish, _finish_import = ShopWriter.finish, pipeline._finish_import
def finish(self):
    print("finishing", flush=True)  # index rebuild (first import) and the last writes, inside the transaction
    _finish(self)
    time.sleep(0.03)  # the test kills 0-20 ms after "finishing": keep a short finish from outrunning it
def finish_import(*args):
    _finish_import(*args)
    print("committing", flush=True)  # only COMMIT is left
ShopWriter.finish, pipeline._finish_import = finish, finish_import
def progress(fraction, message=None):
    print(f"progress {{fraction:.4f}}", flush=True)
import_file(db, {csv!r}, ImportOptions(chunk_rows=10_000), progress=progress)
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> Path:
    """A 200,000-line export: 40,000 invoices of 5 lines, 6,000 customers, 500 products."""
    rng = random.Random(11)
    path = tmp_path_factory.mktemp("kill") / "big_export.csv"
    countries = ["United Kingdom", "France", "Germany", "Poland", "Latvia", "Netherlands"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        for invoice in range(LINES // 5):
            customer = rng.randrange(6000)
            day = 1 + invoice % 28
            month = 1 + (invoice // 28) % 12
            stamp = f"2023-{month:02d}-{day:02d} {rng.randrange(8, 20):02d}:{rng.randrange(60):02d}:00"
            country = countries[customer % len(countries)]
            for _line in range(5):
                product = rng.randrange(500)
                handle.write(f"{600000 + invoice},P{product:04d},PRODUCT NUMBER {product},{rng.randrange(1, 13)},"
                             f"{stamp},{1 + product % 17}.{product % 100:02d},{20000 + customer}.0,{country},"
                             f"buyer{customer}@example.com\n")
    return path


def shop_digest(path: Path) -> tuple[str, str]:
    """Return (integrity_check result, hash of every row) of the shop at ``path`` (opened like the app does)."""
    db = open_shop(path, create=False)
    try:
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        digest = hashlib.sha256()
        for line in db.conn.iterdump():
            digest.update(line.encode("utf-8"))
        return check, digest.hexdigest()
    finally:
        db.conn.close()


@pytest.fixture
def seeded_shop(tmp_path, tiny_shop_csv) -> Path:
    """A shop file holding one earlier (small) import."""
    path = tmp_path / "killed.shop.db"
    db = open_shop(path)
    import_file(db, tiny_shop_csv)
    db.conn.close()
    return path


def kill_at_random_point(shop: Path, csv: Path, rng: random.Random, late: bool = False) -> str:
    """Start an import of ``csv`` into ``shop`` in a child process and SIGKILL it; returns where it died.

    ``late``: kill within 20 ms of the child entering its last phase (``finishing``: index rebuild and last
    writes; ``committing``: only COMMIT left)."""
    script = CHILD.format(root=str(ROOT), db=str(shop), csv=str(csv))
    target = rng.uniform(0.0, 0.9)
    marker = rng.choice(["finishing", "committing"]) if late else None
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    where = "before opening"
    try:
        for line in child.stdout:
            if line.startswith("done"):
                where = "finished"
                break
            if marker is not None:
                if line.startswith(marker):
                    where = f"while {marker}"
                    break
                continue
            if line.startswith("progress"):
                fraction = float(line.split()[1])
                where = f"{fraction:.0%} through"
                if fraction >= target:
                    break
            elif line.startswith("opened") and target < 0.05:
                where = "just after opening"
                break
        time.sleep(rng.uniform(0.0, 0.02) if late else rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        # On a fast machine the child can run on to its last phase (or finish) during the delay: what it
        # printed before dying says where it really was.
        for line in child.stdout:
            where = _place(line, where)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode == 0:  # it finished during the delay, before the kill arrived
        where = "finished"
    assert child.returncode == -signal.SIGKILL or where == "finished", child.returncode
    return where


def _place(line: str, where: str) -> str:
    """Where the child was after printing ``line`` (``where`` when the line says nothing new)."""
    if line.startswith("done"):
        return "finished"
    if line.startswith(("finishing", "committing")):
        return f"while {line.strip()}"
    if line.startswith("progress") and not late_phase(where):
        return f"{float(line.split()[1]):.0%} through"
    return where


def run_kills(shop: Path, csv: Path, times: int, seed: int, late_share: float = 0.0) -> list[str]:
    """Kill ``times`` imports into copies of ``shop``; every survivor is checked against the state before
    (or, when the import won the race, against a complete import). Returns where each kill landed."""
    rng = random.Random(seed)
    check, before = shop_digest(shop)
    assert check == "ok"
    counts_before = {t: _count(shop, t) for t in COUNTED}
    places = []
    for number in range(times):
        victim = shop.with_name(f"victim{number}.shop.db")
        shutil.copyfile(shop, victim)  # each kill starts from the same state, whatever the last one left
        where = kill_at_random_point(victim, csv, rng, late=rng.random() < late_share)
        check, after = shop_digest(victim)
        assert check == "ok", f"integrity_check after a kill {where}: {check}"
        if where == "finished":  # the import won the race: the only other valid state is the whole import
            assert _complete(victim, counts_before), "the child reported done but the import is not whole"
            continue
        if after != before:
            # Killed after COMMIT but before the child could report it: the whole import must be there.
            assert late_phase(where) and _complete(victim, counts_before), f"the shop changed after a kill {where}"
            where += " (after COMMIT: whole import)"
        places.append(where)
    return places


def late_phase(where: str) -> bool:
    return where in ("while finishing", "while committing")


COUNTED = ("order_lines", "orders", "imports")


def _complete(path: Path, counts_before: dict[str, int]) -> bool:
    """True when the shop holds exactly one more import, with all of the file's lines and orders."""
    return ({t: _count(path, t) for t in COUNTED} ==
            {"order_lines": counts_before["order_lines"] + LINES, "orders": counts_before["orders"] + LINES // 5,
             "imports": counts_before["imports"] + 1})


def _count(path: Path, table: str) -> int:
    db = open_shop(path, create=False)
    try:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        db.conn.close()


def test_sigkill_during_import_leaves_shop_as_before(seeded_shop, big_csv):
    places = run_kills(seeded_shop, big_csv, times=3, seed=int(time.time()))
    assert len(places) >= 2, places


@pytest.mark.slow
def test_sigkill_during_import_20_times(seeded_shop, big_csv):
    """20 kills: about a third in the last phase (index rebuild, COMMIT), the rest anywhere before."""
    places = run_kills(seeded_shop, big_csv, times=20, seed=20, late_share=0.35)
    rolled_back = [p for p in places if "after COMMIT" not in p]
    print(f"\nkills survived: {len(places)} of 20 ({len(rolled_back)} rolled back to the state before, "
          f"{len(places) - len(rolled_back)} killed just after COMMIT with the whole import) at {places}")
    assert len(places) >= 18, places
    assert any(p.startswith("while finishing") for p in places), places
    assert any(p.startswith("while committing") for p in places), places


def test_generated_export_imports_completely(tmp_path, big_csv):
    """The kill tests' file is a valid export: imported without a kill, all 200,000 lines arrive."""
    db = open_shop(tmp_path / "full.shop.db")
    result = import_file(db, big_csv)
    assert result.rows_read == LINES
    assert result.rows_skipped == 0
    assert db.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0] == LINES
    assert db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == LINES // 5


@pytest.mark.slow
def test_sigkill_during_a_first_import_and_its_index_rebuild(tmp_path, big_csv):
    """A first import drops order_lines' secondary indexes and rebuilds them at the end, in the same
    transaction: killed then (or anywhere), the empty shop is still empty, indexes included."""
    empty = tmp_path / "first.shop.db"
    open_shop(empty).conn.close()
    places = run_kills(empty, big_csv, times=6, seed=6, late_share=0.5)
    print(f"\nfirst-import kills survived: {len(places)} of 6 at {places}")
    assert len(places) >= 5, places
    db = open_shop(empty, create=False)
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                        "AND tbl_name = 'order_lines' AND sql IS NOT NULL")}
    db.conn.close()
    victim = empty.with_name("victim0.shop.db")
    db = open_shop(victim, create=False)
    assert {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                     "AND tbl_name = 'order_lines' AND sql IS NOT NULL")} == indexes
    db.conn.close()
