"""core.exports writes the bytes pandas' to_csv would (issue 20: the fast writer renders each distinct value once)."""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd
import pytest

from core.exports import csv_chunks, neutralise_cell, neutralise_frame, write_safe_csv

TEXTS = ["plain", "with, comma", 'say "hi"', "two\nlines", "carriage\rreturn", " leading space", "", "żółw ĀČ ёж",
         "=SUM(A1)", "+cmd|' /C calc'!A0", "-5", "@home", "\tTAB", "semi;colon", "'quoted'", "trailing ",
         "x" * 300]
FLOATS = [0.0, -0.0, 0.1 + 0.2, 1 / 3, 1e16, 1e15 + 0.5, 1e-5, 0.0001, 5e-324, 1.7976931348623157e308, np.inf,
          -np.inf, np.nan, 123456789.0, -2.5, 2.0, 0.28048899184364720]


def _shop_like_frame(rows: int, seed: int, texts=TEXTS) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    texts = np.array(texts + [None], dtype=object)
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
    frame = _shop_like_frame(400, seed, [text for text in TEXTS if "\r" not in text])
    chunks = csv_chunks(frame, chunk_rows=chunk_rows)
    assert chunks is not None
    assert "".join(chunks) == _pandas_csv(frame)


def test_float_texts_match_pandas_on_many_random_values():
    rng = np.random.default_rng(7)
    bits = rng.integers(0, 2**63, 20_000, dtype=np.uint64).view(np.float64)  # every exponent, NaNs included
    frame = pd.DataFrame({"k": np.arange(len(bits)), "x": bits, "y": rng.standard_normal(len(bits)) * 1e-3})
    assert "".join(csv_chunks(frame)) == _pandas_csv(frame)


def test_other_kinds_and_single_columns_match_pandas():
    when = pd.to_datetime(["2024-01-01 10:00:00", None, "2024-02-01 00:00:01", "2024-01-01 10:00:00"])
    frames = [
        pd.DataFrame({"a": pd.Series([], dtype="int64"), "b": pd.Series([], dtype=object)}),
        pd.DataFrame({"only": ["", "x", None, "a,b"]}),
        pd.DataFrame({"": ["", ""], " ": ["", ""]}),
        pd.DataFrame({"a": [1, 2, 3, 4], "when": when, "day": pd.to_datetime(["2024-01-01"] * 3 + [None]),
                      "utc": when.tz_localize("UTC"), "n": pd.array([1, None, 3, 3], dtype="Int64"),
                      "f32": np.array([0.1, 2.5, np.nan, 1e20], dtype=np.float32),
                      "ok": pd.array([True, None, False, True], dtype="boolean")}),
        pd.DataFrame({"a": [1, 2, 3], "mixed": ["x", 1.5, None], "more": [1, 1.0, True],
                      "c": pd.Categorical(["x", "y", None]), "cn": pd.Categorical([1.5, 2.0, 1.5])}),
        pd.DataFrame({7: [1], 2.5: ["x"]}),
    ]
    for frame in frames:
        assert "".join(csv_chunks(frame)) == _pandas_csv(frame), frame.dtypes
    assert csv_chunks(pd.DataFrame(index=[0, 1])) is None


def test_a_carriage_return_is_quoted_and_every_cell_reads_back(tmp_path):
    frame = pd.DataFrame({"name": ["Nice mug\r=SUM(A1)", 'say "hi"\rthere', "plain", "two\r\nlines", None],
                          "n": [1, 2, 3, 4, 5], "only\rlabel": ["a", "b\r", "c", "d", "e"]})
    text = write_safe_csv(frame, tmp_path / "out.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [list(map(str, frame.columns))] + [
        ["" if pd.isna(name) else name, str(n), other] for name, n, other in frame.itertuples(index=False)]
    expected = _pandas_csv(frame)  # pandas (csv before Python 3.13) leaves the carriage returns bare
    for cell in ["Nice mug\r=SUM(A1)", "b\r", "only\rlabel"]:  # 'say "hi"' is quoted already
        expected = expected.replace(cell, f'"{cell}"')
    assert text == expected


def test_kept_emails_are_quoted_as_before(tmp_path):
    frame = pd.DataFrame({"Email": ["+jane@x.com", "-bob@shop.example.pl", "ola@x.pl", None],
                          "Note": ["=1", "a,b", 'say "hi"', "x\ny"], "n": [1.5, 2.0, np.nan, -3.0]})
    neutral = frame.assign(Note=["'=1", "a,b", 'say "hi"', "x\ny"])
    kept = {"+jane@x.com", "-bob@shop.example.pl"}
    expected = []  # pandas' text read back with the csv module, kept e-mails quoted, other cells minimally
    for row in csv.reader(io.StringIO(_pandas_csv(neutral), newline="")):
        cells = ['"' + c + '"' if c in kept else ('"' + c.replace('"', '""') + '"' if any(
            m in c for m in ',"\n') else c) for c in row]
        expected.append(",".join(cells) + "\n")
    out = write_safe_csv(frame, tmp_path / "kept.csv", encoding="utf-8")
    assert out.read_bytes().decode("utf-8") == "".join(expected)


def test_neutralise_frame_matches_the_cell_by_cell_rule():
    frame = _shop_like_frame(500, 5)
    frame["mixed"] = [1, "=x", None, 2.5, "-orders@shop.pl"] * 100
    safe = neutralise_frame(frame)
    for column in frame.columns:
        expected = [neutralise_cell(value) for value in frame[column].tolist()]
        got = safe[column].tolist()
        assert [None if pd.isna(v) else v for v in got] == [None if pd.isna(v) else v for v in expected], column
    assert frame["name"].tolist()[:20] == _shop_like_frame(500, 5)["name"].tolist()[:20]  # the input is untouched


def test_text_categories_are_neutralised_in_csv_and_frames(tmp_path):
    frame = pd.DataFrame({"n": [1, 2, 3], "c": pd.Categorical(["=1+1", "ok", None]),
                          "k": pd.Categorical([1.5, 2.0, 1.5])})
    assert neutralise_frame(frame)["c"].tolist()[:2] == ["'=1+1", "ok"]
    assert neutralise_frame(frame)["k"].tolist() == [1.5, 2.0, 1.5]
    text = write_safe_csv(frame, tmp_path / "c.csv").read_bytes().decode("utf-8-sig")
    assert text == "n,c,k\n1,'=1+1,1.5\n2,ok,2.0\n3,,1.5\n"
