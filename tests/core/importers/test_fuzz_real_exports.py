"""Fuzzing every importer with mutated heads of the real shared exports (Shopify, WooCommerce, CDNOW,
Online Retail day-first): random cells replaced by bad dates, bad numbers and random text, columns dropped,
huge fields, then the same text/byte damage as ``test_fuzz_import``. Same property: a successful import counts
every row, a failed one raises a ShopkeeperError and leaves the shop as it was.

Skips when ../shared/data is absent. CI: 40 cases; ``-m slow``: 1,000.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import ShopkeeperError
from core.importers.base import ImportOptions
from core.importers.pipeline import BAD_LINE_REASON, import_file
from core.store import open_memory_shop
from tests.core.importers.test_fuzz import (
    BAD_DATES,
    BAD_NUMBERS,
    CELL_TEXT,
    ENCODINGS,
    FUZZ_SETTINGS,
    _apply_bytes,
    _apply_text,
    byte_mutation,
    shop_digest,
    text_mutation,
)

# (file under shared/data, lines kept, options)
SOURCES = {
    "shopify": ("shopify/orders_export_test_store.csv", 25, {}),
    "woocommerce": ("woocommerce/orders_export_mock.csv", 30, {}),
    "cdnow": ("cdnow/CDNOW_sample.txt", 40, {"format_key": "cdnow"}),
    "online_retail_dayfirst": ("online_retail_dayfirst_sample.csv", 40, {"day_first": True}),
}
STATS = {"cases": 0, "succeeded": 0, "plain_errors": 0}


class Heads(dict):
    """The heads of the real exports (short repr, so hypothesis' failure reports stay readable)."""

    def __repr__(self) -> str:
        return f"Heads({sorted(self)})"


@pytest.fixture(scope="module")
def heads(shared_data) -> dict[str, str]:
    """The first lines of each real export, as text."""
    found = Heads()
    for key, (name, lines, _options) in SOURCES.items():
        path = shared_data / name
        if path.exists():
            with open(path, encoding="utf-8-sig", newline="") as handle:
                if key == "cdnow":  # the raw CDNOW files have no header line; the importer needs one
                    found[key] = "customer_id date number_of_cds dollar_value\n" + "".join(
                        handle.readline() for _ in range(lines))
                else:
                    found[key] = "".join(handle.readline() for _ in range(lines + 1))
    if not found:
        pytest.skip("none of the shared exports is present")
    return found


cell_value = st.one_of(st.sampled_from(BAD_DATES), st.sampled_from(BAD_NUMBERS), CELL_TEXT)
cell_mutation = st.one_of(
    st.tuples(st.just("cell"), st.integers(0, 40), st.integers(0, 80), cell_value),
    st.tuples(st.just("drop_column"), st.integers(0, 80)),
    st.tuples(st.just("huge"), st.integers(0, 40), st.integers(0, 80), st.integers(1_000, 200_000)),
)
real_case = st.tuples(st.sampled_from(sorted(SOURCES)), st.lists(cell_mutation, max_size=5),
                      st.lists(text_mutation, max_size=2), st.sampled_from(ENCODINGS),
                      st.lists(byte_mutation, max_size=2))


def _mutate_cells(text: str, mutations, whitespace: bool) -> str:
    if whitespace:  # CDNOW: space-separated columns
        rows = [line.split() for line in text.splitlines()]
    else:
        rows = list(csv.reader(io.StringIO(text)))
    for mutation in mutations:
        kind = mutation[0]
        if kind == "cell":
            _, r, c, value = mutation
            if len(rows) > 1 and r % len(rows) and rows[r % len(rows)]:
                row = rows[r % len(rows)]
                row[c % len(row)] = value.replace(" ", "") if whitespace else value
        elif kind == "drop_column":
            c = mutation[1]
            width = len(rows[0]) if rows else 0
            for row in rows:
                if width and len(row) == width:
                    del row[c % width]
        elif kind == "huge":
            _, r, c, size = mutation
            if len(rows) > 1 and rows[r % len(rows)]:
                row = rows[r % len(rows)]
                row[c % len(row)] = ("XYZ" * (size // 3 + 1))[:size]
    if whitespace:
        return "\n".join(" ".join(row) for row in rows) + "\n"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def check_real(heads, tmp_path: Path, case) -> None:
    key, cells, texts, encoding, damage = case
    if key not in heads:
        return
    _name, _lines, option_values = SOURCES[key]
    text = _mutate_cells(heads[key], cells, whitespace=key == "cdnow")
    for mutation in texts:
        text = _apply_text(text, mutation)
    data = text.encode(encoding, errors="replace")
    for mutation in damage:
        data = _apply_bytes(data, mutation)
    path = tmp_path / ("fuzzed.txt" if key == "cdnow" else "fuzzed.csv")
    path.write_bytes(data)
    db = open_memory_shop()
    before = shop_digest(db)
    STATS["cases"] += 1
    try:
        result = import_file(db, path, ImportOptions(**option_values))
    except ShopkeeperError as exc:
        STATS["plain_errors"] += 1
        assert str(exc) and "\n" not in str(exc).strip()
        assert shop_digest(db) == before
        return
    STATS["succeeded"] += 1
    malformed = result.skip_reasons.get(BAD_LINE_REASON, 0)
    lines = db.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]
    assert result.rows_read + malformed == result.lines_added + result.rows_skipped, (key, result.to_dict())
    assert lines == result.lines_added


@pytest.fixture(scope="module", autouse=True)
def report_stats():
    yield
    print(f"\nfuzz (real exports): {STATS['cases']} files tried, {STATS['succeeded']} imported, "
          f"{STATS['plain_errors']} plain errors, 0 crashes")


@settings(max_examples=40, **FUZZ_SETTINGS)
@given(case=real_case)
def test_fuzzed_real_exports(heads, tmp_path, case):
    check_real(heads, tmp_path, case)


@pytest.mark.slow
@settings(max_examples=1000, **FUZZ_SETTINGS)
@given(case=real_case)
def test_fuzzed_real_exports_1000(heads, tmp_path, case):
    check_real(heads, tmp_path, case)


@pytest.mark.parametrize("key", sorted(SOURCES))
def test_unmutated_heads_import_completely(heads, tmp_path, key):
    """Baseline: every real head imports with each row read and none skipped."""
    if key not in heads:
        pytest.skip(f"{key} export absent")
    path = tmp_path / "head.csv"
    path.write_text(heads[key], encoding="utf-8")
    result = import_file(open_memory_shop(), path, ImportOptions(**SOURCES[key][2]))
    assert result.rows_read == SOURCES[key][1]
    assert result.rows_skipped == 0


def test_unclosed_quote_in_a_whitespace_file_is_a_plain_error(tmp_path):
    """Found by this fuzzer: the parser failed while reading the header, outside the reader's error handling."""
    path = tmp_path / "cdnow.txt"
    path.write_text('"customer_id date number_of_cds dollar_value\n 00004 19970101  2   29.33\n', encoding="utf-8")
    db = open_memory_shop()
    with pytest.raises(ShopkeeperError):
        import_file(db, path, ImportOptions(format_key="cdnow"))
    assert db.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0
