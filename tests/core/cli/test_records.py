"""The command line's JSON records from a frame are what ``to_dict(orient="records")`` gave, made JSON-ready, and
its JSON text is what ``json.dumps(indent=2, ensure_ascii=False)`` writes."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from core.cli.common import _plain, json_text, to_records


def test_records_are_the_frames_rows_made_json_ready():
    frame = pd.DataFrame({
        "id": [1, 2, 3], "spent": [1.5, np.nan, 3.0], "name": ["a", None, "ć"],
        "when": pd.to_datetime(["2024-01-01 00:00", None, "2024-02-03 04:05"]),
        "count": pd.array([1, None, 3], dtype="Int64"), "flag": [True, False, True],
        "kind": pd.Categorical(["x", "y", "x"]),
    })
    expected = [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]
    assert to_records(frame) == expected
    assert json.dumps(to_records(frame)) == json.dumps(expected)
    assert to_records(frame.iloc[:0]) == [] and to_records(pd.DataFrame(index=[0, 1])) == [{}, {}]


def test_plain_number_columns_give_the_same_records_as_a_call_per_value():
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({
        "n": rng.integers(-5, 5, 200), "small": rng.integers(0, 9, 200).astype(np.int8),
        "unsigned": rng.integers(0, 9, 200).astype(np.uint32), "yes": rng.random(200) > 0.5,
        "x": np.where(rng.random(200) > 0.7, np.nan, rng.random(200)), "x32": rng.random(200).astype(np.float32),
        "inf": np.where(rng.random(200) > 0.9, np.inf, -1.0),
    })
    expected = [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]
    got = to_records(frame)
    assert got == expected
    assert [[type(v) for v in row.values()] for row in got] == [[type(v) for v in row.values()] for row in expected]


def test_json_text_is_what_the_indenting_encoder_writes():
    frame = pd.DataFrame({
        "id": [1, 2, 3], "spent": [1.5, np.nan, 1e-7], "name": ["a \"quoted\"\n", None, "ćwierć 🐝"],
        "when": pd.to_datetime(["2024-01-01 00:00", None, "2024-02-03 04:05"]), "flag": [True, False, True],
        "big": [10**18, -1, 0],
    })
    records = to_records(frame)
    shapes = [records, records[:1], [], [{}], [{"a": 1}, {}], [{"a": [1, 2], "b": {"c": None}}],
              {"rows": records, "n": 3}, [{"nan": float("nan"), "inf": float("inf")}], [1, "two", None],
              [{1: "int key", "x": True}], {"a": {"b": records, "c": []}, "d": {}, "e": [records, {"f": records}]},
              {1: records}, {"ć": "ł", "when": pd.Timestamp("2024-01-01")}, "text", 3.5, None]
    for data in shapes:
        assert json_text(data) == json.dumps(data, indent=2, ensure_ascii=False, default=_plain)
