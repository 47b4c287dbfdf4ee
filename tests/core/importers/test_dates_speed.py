"""The date parser's fast paths (zone regexes skipped when no value can end in a zone, numpy formatting of
whole-second stamps) give exactly what the plain regex + strftime version gives.

The reference below is the parser as it was before the fast paths, kept here verbatim.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.importers.values import _parse_clean_datetimes, _without_zone, clean_text, parse_datetimes


def _reference_without_zone(text: pd.Series) -> pd.Series:
    return text.str.replace(r"\s*(?:[+-]\d{2}:?\d{2}|Z|UTC)$", "", regex=True)


def _reference(text: pd.Series, day_first: bool | None) -> tuple[pd.Series, pd.Series]:
    offsets = text.str.extract(r"([+-])(\d{2}):?(\d{2})$")
    has_zone = (offsets[0].notna() & text.str.contains(r"\d{2}:\d{2}(?::\d{2})?\s*[+-]\d{2}:?\d{2}$",
                                                       regex=True)).fillna(False).to_numpy(dtype=bool)
    sign = np.where((offsets[0] == "-").fillna(False).to_numpy(dtype=bool), -1, 1)
    offset_min = pd.Series(
        np.where(has_zone, sign * (pd.to_numeric(offsets[1], errors="coerce") * 60
                                   + pd.to_numeric(offsets[2], errors="coerce")), np.nan),
        index=text.index).astype("Int64")
    local = _reference_without_zone(text)
    if day_first is None:
        parsed = pd.to_datetime(local, errors="coerce", format="ISO8601")
    else:
        normalised = local.str.replace(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})", r"\1/\2/\3", regex=True)
        fmt = "%d/%m/%Y" if day_first else "%m/%d/%Y"
        parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
        for suffix in (" %H:%M:%S", " %H:%M", ""):
            missing = parsed.isna()
            if not missing.any():
                break
            parsed[missing] = pd.to_datetime(normalised[missing], errors="coerce", format=fmt + suffix)
    parsed = pd.to_datetime(parsed, errors="coerce")
    utc = parsed - pd.to_timedelta(offset_min.fillna(0).astype("int64"), unit="m")
    iso = utc.dt.strftime("%Y-%m-%dT%H:%M:%SZ").astype("string")
    return iso.mask(parsed.isna(), pd.NA), offset_min


def _check(cells: list, day_first: bool | None) -> None:
    text = clean_text(pd.Series(cells, dtype=object))
    pd.testing.assert_series_equal(_without_zone(text), _reference_without_zone(text))
    got_iso, got_offset = _parse_clean_datetimes(text, day_first)
    want_iso, want_offset = _reference(text, day_first)
    pd.testing.assert_series_equal(got_iso, want_iso)
    pd.testing.assert_series_equal(got_offset, want_offset)


ISO_CELLS = ["2010-12-01 08:26:00", "2010-12-01 08:26", "2011-02-29 10:00:00", "2025-05-11 09:55:16 -0400",
             "2025-05-11T09:55:16+02:00", "2025-05-11T09:55:16Z", "2025-05-11 09:55:16 UTC", "2024-01-01",
             "2024-01-01T00:00:00.500", "1969-12-31 23:59:59.250", "not a date", None, "", "  2010-12-01 08:26 ",
             "2010-12-01 08:26:00 +05:30", "2010-12-01 08:26:00 -0000", "0999-01-01 00:00:00"]
SLASHED_CELLS = ["1/12/2010 8:26", "13/12/2010 08:26:00", "01.02.2011 10:00", "3/4/2011", "31/02/2011 10:00",
                 "1/12/2010 8:26 +0100", None, "x"]


def test_iso_cells_equal_reference():
    _check(["2010-12-01 08:26:00", "2011-01-02 10:00", None, "bad", "2011-01-02"], None)  # the numpy-format path
    _check(ISO_CELLS, None)
    _check([c for c in ISO_CELLS if c is None or "+" not in c and "-04" not in c and "-00" not in c], None)


def test_uncleaned_text_with_a_final_line_break():
    # the helpers are meant for cleaned text, but "$" matches before a final "\n": still the same result
    text = pd.Series(["2010-12-01 08:26:00+01:00\n", "2010-12-01 08:26:00 UTC\n", "2010-12-01 08:26:00\n", None],
                     dtype="string")
    pd.testing.assert_series_equal(_without_zone(text), _reference_without_zone(text))
    for got, want in zip(_parse_clean_datetimes(text, None), _reference(text, None)):
        pd.testing.assert_series_equal(got, want)


@pytest.mark.parametrize("day_first", [True, False])
def test_slashed_cells_equal_reference(day_first):
    _check(SLASHED_CELLS, day_first)
    _check([c for c in SLASHED_CELLS if c is None or "+" not in c], day_first)


def test_shared_online_retail_dates_equal_reference(shared_data):
    for name, day_first in (("online_retail_II.csv", None), ("online_retail.csv", None),
                            ("online_retail_dayfirst_sample.csv", True)):
        frame = pd.read_csv(shared_data / name, dtype=str, keep_default_na=False)
        column = "InvoiceDate"
        cells = frame[column].drop_duplicates().tolist()
        _check(cells, day_first)
        iso, _offset = parse_datetimes(frame[column], day_first)
        assert iso.notna().all()


stamp = st.datetimes(min_value=__import__("datetime").datetime(1700, 1, 1),
                     max_value=__import__("datetime").datetime(2250, 12, 31))
zone = st.sampled_from(["", " +0100", "-04:00", "Z", " UTC", " +05:30", "+0000"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(stamp, st.sampled_from(["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d",
                                                  "%Y-%m-%d %H:%M:%S.%f"]), zone), min_size=1, max_size=40))
def test_generated_iso_dates_equal_reference(items):
    cells = [value.strftime(fmt) + z for value, fmt, z in items]
    _check(cells, None)
    _check([value.strftime(fmt) for value, fmt, _z in items], None)
