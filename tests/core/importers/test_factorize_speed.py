"""The import's fast paths give exactly what the plain pandas calls give.

``values.factorize_text`` (factorise by object address, then the distinct objects by value) must equal
``pd.factorize(series, use_na_sentinel=True)``: the reference here is pandas itself, on columns read by the
real CSV reader and on made-up columns where equal strings are distinct objects, mixed missing markers and
mixed types.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate_shop
from core.importers.reading import read_chunks, sniff_file
from core.importers.values import factorize_text


def _same(series: pd.Series) -> None:
    expected_codes, expected_uniques = pd.factorize(series, use_na_sentinel=True)
    codes, uniques = factorize_text(series)
    assert codes.dtype == expected_codes.dtype
    np.testing.assert_array_equal(codes, expected_codes)
    assert type(uniques) is type(expected_uniques)
    assert uniques.dtype == expected_uniques.dtype
    assert list(uniques) == list(expected_uniques)


def test_equals_pandas_on_csv_columns(tmp_path):
    path = tmp_path / "shop.csv"
    generate_shop(path, 6_000, seed=11)
    chunks = [chunk for chunk, _fraction in read_chunks(sniff_file(path), 2_500)]
    assert len(chunks) == 3
    for chunk in chunks:
        for name in chunk.columns:
            _same(chunk[name])
            _same(chunk[name].astype("string"))


def test_equal_strings_that_are_different_objects_get_one_code():
    # "".join builds a new object each time: the address pass sees 3,000 objects, the value pass 3 values
    base = ["A1", "B2", "C3"]
    cells = ["".join(list(base[i % 3])) for i in range(3_000)]
    assert len({id(c) for c in cells}) > 3
    series = pd.Series(cells, dtype="string")
    codes, uniques = factorize_text(series)
    assert list(uniques) == base
    assert codes.tolist() == [i % 3 for i in range(3_000)]


@pytest.mark.parametrize("dtype", [object, "string", "str"])
def test_missing_markers_and_whitespace_variants(dtype):
    words = ["a", "b", " a", "A", None, np.nan, "", "zz"]
    rng = np.random.default_rng(5)
    _same(pd.Series([words[i] for i in rng.integers(0, len(words), 4_000)], dtype=dtype))


def test_all_missing_and_non_text_columns():
    _same(pd.Series([pd.NA] * 2_000, dtype="string"))
    _same(pd.Series([1, "1", 1.0, True] * 500, dtype=object))  # pandas hashes 1, 1.0 and True as one value
    _same(pd.Series(np.random.default_rng(1).random(2_000)))  # not object-backed: plain pandas path


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from(["x", "y", "X", " x", "ź", ""]), st.text(max_size=3)),
                min_size=1_024, max_size=1_400))
def test_random_text_columns(cells):
    _same(pd.Series(cells, dtype=object))
    _same(pd.Series(cells, dtype="string"))
