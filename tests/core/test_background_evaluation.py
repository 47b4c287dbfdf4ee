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
