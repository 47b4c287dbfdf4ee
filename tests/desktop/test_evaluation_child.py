"""The frozen app's executable is the window: started as the report's evaluation child (``core.child_process``) its
entry point runs the evaluation instead, with no window. Simulated here by an executable that runs ``python -m
desktop`` with the arguments it gets, as the frozen app's executable does."""

from __future__ import annotations

import pickle
import stat
import sys
from pathlib import Path

import pandas as pd
import pytest

import core.background_evaluation as background
from core.analysis.evaluate import evaluate
from core.analysis.picks import model_lines
from core.child_process import EVALUATION_CHILD, evaluation_command
from core.data import load_lines
from core.store import open_shop
from desktop.app import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_entry_point_hands_the_child_over_without_a_window(demo_db_path, tmp_path):
    out = tmp_path / "evaluation.pickle"
    assert main([EVALUATION_CHILD, str(demo_db_path), str(out), "12"]) == 0
    kind, table = pickle.loads(out.read_bytes())
    db = open_shop(demo_db_path)
    assert kind == "table"
    pd.testing.assert_frame_equal(table, evaluate(model_lines(load_lines(db))))
    db.conn.close()


@pytest.mark.skipif(sys.platform.startswith("win"), reason="the stand-in executable is a shell script")
def test_a_frozen_app_starts_itself_as_the_child(demo_db_path, tmp_path, monkeypatch):
    app = tmp_path / "Shopkeeper"
    app.write_text(f'#!/bin/sh\ncd "{ROOT}"\nexec "{sys.executable}" -m desktop "$@"\n')
    app.chmod(app.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    monkeypatch.setattr(background, "PROCESS_FROM_LINES", 0)
    assert evaluation_command(["a", "b"]) == [str(app), EVALUATION_CHILD, "a", "b"]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    db = open_shop(demo_db_path)
    fallback_used = []
    started = background.EvaluationProcess(demo_db_path, 12, lambda: fallback_used.append(1))
    table = started.result()
    assert not fallback_used  # the child answered: the stand-in executable ran the evaluation
    pd.testing.assert_frame_equal(table, evaluate(model_lines(load_lines(db))))
    db.conn.close()
