"""The report's picks evaluation in a process of its own (``core.background_evaluation``): the same table as the
evaluation worked out here, the same owner-readable error for a shop too young, and a failed or stopped child
never loses the page or leaves anything behind. Small shops are given a process here by lowering the threshold."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest

import core.background_evaluation as background
from core.analysis.evaluate import evaluate
from core.analysis.picks import model_lines
from core.data import load_lines
from core.shop_data import NotEnoughHistory, ShopData
from core.store import open_shop


@pytest.fixture
def always_a_process(monkeypatch):
    monkeypatch.setattr(background, "PROCESS_FROM_LINES", 0)


def _leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("shopkeeper-evaluation-*")}


def test_a_process_gives_the_table_worked_out_here(demo_db_path, always_a_process):
    db = open_shop(demo_db_path)
    before = _leftovers()
    here = evaluate(model_lines(load_lines(db)))
    started = background.start_evaluation(db, 12, lambda: pytest.fail("the process path reads no lines here"))
    assert isinstance(started, background.EvaluationProcess)
    pd.testing.assert_frame_equal(started.result(), here)
    assert _leftovers() == before
    shop = ShopData(db)
    shop.evaluation_soon()
    pd.testing.assert_frame_equal(shop.evaluation(), ShopData(db).evaluation())
    db.conn.close()


def test_a_shop_too_young_says_so_through_the_process(tiny_shop_file, always_a_process):
    _path, db = tiny_shop_file
    with pytest.raises(NotEnoughHistory) as direct:
        ShopData(db).evaluation()
    shop = ShopData(db)
    shop.evaluation_soon()
    assert isinstance(shop._background[("evaluation", 12)], background.EvaluationProcess)
    with pytest.raises(NotEnoughHistory) as through:
        shop.evaluation()
    assert through.value.message.key == direct.value.message.key
    assert through.value.sentence == direct.value.sentence


@pytest.mark.parametrize("python", ["/bin/false", "/nonexistent/python"])
def test_a_child_that_fails_or_cannot_start_leaves_the_work_to_this_process(demo_db_path, always_a_process,
                                                                              monkeypatch, python):
    db = open_shop(demo_db_path)
    before = _leftovers()
    here = evaluate(model_lines(load_lines(db)))
    monkeypatch.setattr(sys, "executable", python)
    started = background.start_evaluation(db, 12, lambda: model_lines(load_lines(db)))
    pd.testing.assert_frame_equal(started.result(), here)
    assert _leftovers() == before
    db.conn.close()


def test_stop_ends_the_child_and_removes_its_file(demo_db_path, always_a_process):
    db = open_shop(demo_db_path)
    before = _leftovers()
    started = background.start_evaluation(db, 12, lambda: model_lines(load_lines(db)))
    started.stop()
    assert started._process.poll() is not None
    assert _leftovers() == before
    db.conn.close()


def test_small_shops_and_shops_in_memory_keep_the_thread(demo_db_path):
    from core.store import open_memory_shop
    db = open_shop(demo_db_path)
    assert isinstance(background.start_evaluation(db, 12, lambda: model_lines(load_lines(db))),
                      background.EvaluationThread)
    db.conn.close()
    assert isinstance(background.start_evaluation(open_memory_shop(), 12, lambda: pd.DataFrame()),
                      background.EvaluationThread)


# --- the report verb starts its child before loading pandas and matplotlib (core.child_process) -----------------

def test_the_report_verb_loads_nothing_heavy_before_its_child_starts():
    import subprocess
    loaded = subprocess.run([sys.executable, "-c", "import sys, core.__main__ as m; m.build_parser('report'); "
                             "print(sorted(n for n in ('pandas', 'numpy', 'matplotlib', 'sqlite_utils') "
                             "if n in sys.modules))"], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


def test_an_early_child_is_started_only_for_a_big_shop_file_without_an_erase_record(demo_db_path, tmp_path,
                                                                                     monkeypatch):
    import sqlite3

    from core import child_process
    from core.locations import tombstone_path
    with sqlite3.connect(demo_db_path) as connection:
        lines = connection.execute("SELECT count(*) FROM order_lines").fetchone()[0]
    assert child_process.shop_line_count(demo_db_path) >= lines > 0
    assert child_process.start_early_evaluation(demo_db_path, 12) is None  # the demo shop is small
    monkeypatch.setattr(child_process, "PROCESS_FROM_LINES", lines)
    assert child_process.start_early_evaluation(tmp_path / "missing.shop.db", 12) is None
    (tmp_path / "not-a-shop.db").write_bytes(b"plain text, not SQLite")
    assert child_process.start_early_evaluation(tmp_path / "not-a-shop.db", 12) is None
    copy = tmp_path / "erased.shop.db"
    copy.write_bytes(demo_db_path.read_bytes())
    tombstone_path(copy).write_text('{"erasures": []}', encoding="utf-8")
    assert child_process.start_early_evaluation(copy, 12) is None  # opening the shop finishes an erase first
    before = _leftovers()
    started = child_process.start_early_evaluation(demo_db_path, 12)
    assert isinstance(started, child_process.EvaluationProcess)
    started.stop()
    assert started._process.poll() is not None and _leftovers() == before


def test_the_report_verb_takes_over_its_early_child(demo_db_path, tmp_path, monkeypatch):
    from core import child_process
    from core.__main__ import main
    from core.cli import report_verb
    db = open_shop(demo_db_path)
    here = evaluate(model_lines(load_lines(db)))
    db.conn.close()
    monkeypatch.setattr(child_process, "PROCESS_FROM_LINES", 0)
    early, collected = [], []

    def start(path, weeks):
        early.append(child_process.start_early_evaluation(path, weeks))
        return early[-1]

    def result(process):
        collected.append((process, original(process)))
        return collected[-1][1]

    original = child_process.EvaluationProcess.result
    monkeypatch.setattr(report_verb, "start_early_evaluation", start)
    monkeypatch.setattr(child_process.EvaluationProcess, "result", result)
    before = _leftovers()
    assert main(["report", "--db", str(demo_db_path), "--out", str(tmp_path / "report.pdf")]) == 0
    assert (tmp_path / "report.pdf").stat().st_size > 0
    assert len(early) == 1 and [process for process, _table in collected] == early  # the page used the early child
    pd.testing.assert_frame_equal(collected[0][1], here)
    assert _leftovers() == before


def test_the_report_verb_stops_its_early_child_when_the_shop_cannot_be_opened(demo_db_path, tmp_path,
                                                                              monkeypatch):
    from core import child_process
    from core.__main__ import main
    from core.cli import common, report_verb
    from core.errors import NotAShopError
    monkeypatch.setattr(child_process, "PROCESS_FROM_LINES", 0)
    early = []

    def start(path, weeks):
        early.append(child_process.start_early_evaluation(path, weeks))
        return early[-1]

    def refuse(args, create=False):
        raise NotAShopError(common.NO_SHOP_YET(path=str(args.db)))

    monkeypatch.setattr(report_verb, "start_early_evaluation", start)
    monkeypatch.setattr(common, "open_db", refuse)
    before = _leftovers()
    assert main(["report", "--db", str(demo_db_path), "--out", str(tmp_path / "report.pdf")]) != 0
    assert len(early) == 1 and early[0]._process.poll() is not None
    assert _leftovers() == before and not (tmp_path / "report.pdf").exists()


@pytest.mark.parametrize("stdout", ["none", "broken"])
def test_leaving_at_once_survives_a_missing_or_broken_output(tmp_path, stdout):
    """A windowed frozen app has no sys.stdout, and a reader may have gone away: the process still ends with its
    own exit code (a crash there would make the report redo the evaluation itself)."""
    import subprocess
    setup = "import sys; sys.stdout = None" if stdout == "none" else "import os, sys; r, w = os.pipe(); os.close(r); " \
        "sys.stdout = os.fdopen(w, 'w'); print('still in the buffer')"
    done = subprocess.run([sys.executable, "-c", f"{setup}\nfrom core.child_process import leave_at_once\n"
                           "leave_at_once(7)"], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 7, done.stderr


# --- the Also-bought screen's rolling evaluation in a child (``picks_evaluation``) --------------------------------
def _rolling_here(db):
    from core.analysis.merchandising import excluded_product_ids
    from core.analysis.picks_eval import lines_picks_evaluation
    return lines_picks_evaluation(load_lines(db, with_customer_only=True), excluded_product_ids(db))


def test_the_rolling_evaluation_comes_from_the_child_with_its_progress(demo_db_path, tmp_path, always_a_process,
                                                                      monkeypatch):
    import shutil

    from core.analysis.merchandising import ban_product
    from core.messages import Message
    path = tmp_path / "shop.db"
    shutil.copy(demo_db_path, path)
    db = open_shop(path)
    lines = load_lines(db, with_customer_only=True)
    ban_product(db, int(lines["product_id"].value_counts().index[0]))  # the shop's exclusions reach the child too
    here = _rolling_here(db)
    before = _leftovers()
    monkeypatch.setattr(background, "lines_picks_evaluation",
                        lambda *args, **kwargs: pytest.fail("worked out in this process"))
    reports = []
    child = background.picks_evaluation(db, lines, progress=lambda fraction, text: reports.append((fraction, text)))
    pd.testing.assert_frame_equal(child.table, here.table)
    pd.testing.assert_frame_equal(child.differences, here.differences)
    assert str(child.sentence) == str(here.sentence)
    assert reports and reports[-1][0] == 1.0 and all(isinstance(text, Message) for _, text in reports)
    assert [fraction for fraction, _ in reports] == sorted(fraction for fraction, _ in reports)
    assert _leftovers() == before
    db.conn.close()


def test_cancelling_the_rolling_evaluation_ends_its_child(demo_db_path, always_a_process, monkeypatch):
    import time

    from core.errors import Cancelled
    started = []
    real = background.EvaluationProcess

    def keep(*args, **kwargs):
        started.append(real(*args, **kwargs))
        return started[-1]
    monkeypatch.setattr(background, "EvaluationProcess", keep)
    db = open_shop(demo_db_path)
    before = _leftovers()
    clock = time.perf_counter()
    with pytest.raises(Cancelled):
        background.picks_evaluation(db, load_lines(db, with_customer_only=True),
                                    cancelled=lambda: time.perf_counter() - clock > 0.3)
    assert started and started[0]._process.poll() is not None
    assert _leftovers() == before
    db.conn.close()


def test_a_failed_rolling_child_leaves_the_work_to_this_process(demo_db_path, always_a_process, monkeypatch):
    db = open_shop(demo_db_path)
    here = _rolling_here(db)
    monkeypatch.setattr(sys, "executable", "/bin/false")
    again = background.picks_evaluation(db, load_lines(db, with_customer_only=True))
    pd.testing.assert_frame_equal(again.table, here.table)
    db.conn.close()
