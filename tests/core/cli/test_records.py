"""The command line's JSON records from a frame are what ``to_dict(orient="records")`` gave, made JSON-ready."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from core.cli.common import _plain, to_records


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
