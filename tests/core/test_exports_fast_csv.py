"""core.exports writes the bytes pandas' to_csv would (issue 20: the fast writer renders each distinct value once)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.exports import csv_chunks, neutralise_cell, neutralise_frame, write_safe_csv

TEXTS = ["plain", "with, comma", 'say "hi"', "two\nlines", "carriage\rreturn", " leading space", "", "żółw ĀČ ёж",
         "=SUM(A1)", "+cmd|' /C calc'!A0", "-5", "@home", "\tTAB", "semi;colon", "'quoted'", "trailing ",
         "x" * 300]
FLOATS = [0.0, -0.0, 0.1 + 0.2, 1 / 3, 1e16, 1e15 + 0.5, 1e-5, 0.0001, 5e-324, 1.7976931348623157e308, np.inf,
          -np.inf, np.nan, 123456789.0, -2.5, 2.0, 0.28048899184364720]


def _shop_like_frame(rows: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    texts = np.array(TEXTS + [None], dtype=object)
    return pd.DataFrame({
        "id": rng.integers(-10**12, 10**12, rows),
        "small": rng.integers(0, 5, rows).astype(np.int32),
        "unsigned": rng.integers(0, 2**63, rows, dtype=np.uint64),
        "flag": rng.random(rows) < 0.5,
        "ratio": rng.choice(np.array(FLOATS), rows),
        "random": rng.random(rows) * 10.0 ** rng.integers(-8, 20, rows),
        "name": pd.array(rng.choice(texts, rows), dtype="str"),
        "note": rng.choice(texts, rows),
        "with, comma": rng.choice(np.array(["a", "b", np.nan], dtype=object), rows),
    })


def _pandas_csv(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


@pytest.mark.parametrize("seed, chunk_rows", [(1, 50_000), (2, 7), (3, 1)])
def test_chunks_are_the_bytes_pandas_writes(seed, chunk_rows):
    frame = _shop_like_frame(400, seed)
    chunks = csv_chunks(frame, chunk_rows=chunk_rows)
    assert chunks is not None
    assert "".join(chunks) == _pandas_csv(frame)


def test_float_texts_match_pandas_on_many_random_values():
    rng = np.random.default_rng(7)
    bits = rng.integers(0, 2**63, 20_000, dtype=np.uint64).view(np.float64)  # every exponent, NaNs included
    frame = pd.DataFrame({"k": np.arange(len(bits)), "x": bits, "y": rng.standard_normal(len(bits)) * 1e-3})
    assert "".join(csv_chunks(frame)) == _pandas_csv(frame)


def test_empty_frame_and_kinds_it_leaves_to_pandas():
    empty = pd.DataFrame({"a": pd.Series([], dtype="int64"), "b": pd.Series([], dtype=object)})
    assert "".join(csv_chunks(empty)) == _pandas_csv(empty)
    assert csv_chunks(pd.DataFrame({"only": ["", "x"]})) is None  # one column: an empty row is quoted
    assert csv_chunks(pd.DataFrame({"a": [1, 2], "when": pd.to_datetime(["2024-01-01", "2024-02-01"])})) is None
    assert csv_chunks(pd.DataFrame({"a": [1, 2], "n": pd.array([1, None], dtype="Int64")})) is None
    assert csv_chunks(pd.DataFrame({"a": [1, 2], "mixed": ["x", 1.5]})) is None
    assert csv_chunks(pd.DataFrame({"a": [1, 2], "c": pd.Categorical(["x", "y"])})) is None


@pytest.mark.parametrize("frame", [
    _shop_like_frame(300, 11).drop(columns=["note"]),  # the fast path
    pd.DataFrame({"a": [1, 2, 3], "when": pd.to_datetime(["2024-01-01", "2024-02-01", None]),
                  "text": ["=1+1", "ok", None]}),  # pandas writes it
    pd.DataFrame({"only": ["=HYPERLINK(\"x\")", "", "-3"]}),
])
def test_written_file_is_bom_plus_pandas_csv_of_the_neutralised_cells(tmp_path, frame):
    neutral = frame.copy()
    for column in neutral.columns:  # brute force: every cell on its own
        if neutral[column].dtype == object or pd.api.types.is_string_dtype(neutral[column]):
            neutral[column] = [neutralise_cell(value) for value in neutral[column].tolist()]
    expected = "\ufeff" + _pandas_csv(neutral.astype({c: frame[c].dtype for c in frame.columns if
                                                      frame[c].dtype != object}))
    out = write_safe_csv(frame, tmp_path / "out.csv")
    assert out.read_bytes() == expected.encode("utf-8")
    assert "'=" in out.read_text(encoding="utf-8-sig")


def test_neutralise_frame_matches_the_cell_by_cell_rule():
    frame = _shop_like_frame(500, 5)
    frame["mixed"] = [1, "=x", None, 2.5, "-orders@shop.pl"] * 100
    safe = neutralise_frame(frame)
    for column in frame.columns:
        expected = [neutralise_cell(value) for value in frame[column].tolist()]
        got = safe[column].tolist()
        assert [None if pd.isna(v) else v for v in got] == [None if pd.isna(v) else v for v in expected], column
    assert frame["name"].tolist()[:20] == _shop_like_frame(500, 5)["name"].tolist()[:20]  # the input is untouched
