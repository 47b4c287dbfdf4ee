"""The DataFrame table model: labels, hidden columns, sorting by raw values with missing values."""

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt

from desktop.models.dataframe_model import DataFrameModel, FrameSortProxy, RawRole


def test_sorts_nullable_columns_by_value_with_missing_last(qtbot):
    frame = pd.DataFrame({
        "name": pd.array(["b", "a", None, "c"], dtype="string"),
        "spent": pd.array([10.5, None, 1200.0, 99.0], dtype="Float64"),
        "orders": pd.array([3, 1, None, 12], dtype="Int64"),
        "secret": [1, 2, 3, 4],
    })
    model = DataFrameModel()
    model.set_frame(frame, {"name": "Customer", "spent": "Spent", "orders": "Orders"})
    assert model.columnCount() == 3 and model.column_index("secret") == -1
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Spent"
    proxy = FrameSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.column_index("orders"), Qt.SortOrder.DescendingOrder)
    shown = [proxy.index(r, model.column_index("orders")).data() for r in range(4)]
    assert shown == ["12", "3", "1", ""]
    proxy.sort(model.column_index("spent"), Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, model.column_index("spent")).data() == "1,200.00"
    proxy.setFilterFixedString("c")
    assert proxy.rowCount() == 1


def test_numbers_and_dates_follow_the_ui_language(qapp):
    from desktop import i18n
    from desktop.models.dataframe_model import DataFrameModel

    frame = pd.DataFrame({"spent": [1234.5], "orders": [1387], "when": [pd.Timestamp("2025-03-12")]})
    model = DataFrameModel()
    model.set_frame(frame)
    i18n.install_translator(qapp, "en")  # as the app does at start
    english = [model.data(model.index(0, c)) for c in range(3)]
    assert english[:2] == ["1,234.50", "1,387"]
    # a local date, not an ISO stamp: 12/03/2025 (or 03/12/2025 where the computer says so)
    assert english[2] in ("12/03/2025", "03/12/2025"), english[2]
    try:
        i18n.install_translator(qapp, "pl")
        polish = [model.data(model.index(0, c)) for c in range(3)]
    finally:
        i18n.install_translator(qapp, "en")
    assert polish[0].replace("\u00a0", " ") == "1 234,50"
    assert polish[1].replace("\u00a0", " ") == "1 387"
    assert polish[2] == "12.03.2025"


def test_long_texts_show_whole_on_hover(qapp):
    from desktop.models.dataframe_model import DataFrameModel

    reason = "bought together in 108 of 249 orders that contain ROUND SNACK BOXES; 3.8× more often than by chance"
    model = DataFrameModel()
    model.set_frame(pd.DataFrame({"product": ["MUG"], "reason": [reason]}))
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == reason
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None


def test_number_and_date_columns_sort_stably_with_missing_lowest(qtbot):
    """Plain number and date columns are sorted by numpy; the order must be the one a stable Python sort of the
    raw values gives (missing lowest, equal values in their previous order), both ways."""
    import math

    import numpy as np
    rng = np.random.default_rng(5)
    size = 400
    days = pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 30, size), unit="D")
    frame = pd.DataFrame({
        "tag": np.arange(size),  # says which row is where after a sort
        "orders": rng.integers(0, 6, size),  # many ties
        "spent": np.where(rng.random(size) < 0.1, np.nan, rng.integers(0, 50, size) / 2.0),
        "last": pd.Series(days).where(rng.random(size) > 0.1),  # dates with NaT
        "seen": pd.Series(days).dt.tz_localize("UTC"),
    })
    model = DataFrameModel()
    model.set_frame(frame)
    for column in ("orders", "spent", "last", "seen"):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            before = model.frame()
            values = before[column].tolist()

            def key(i, values=values):  # independent: missing lowest, dates by their time, else the value
                value = values[i]
                if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
                    return float("-inf")
                return value.value if isinstance(value, pd.Timestamp) else value
            expected = [before["tag"].iloc[i] for i in sorted(range(size), key=key,
                                                               reverse=order == Qt.SortOrder.DescendingOrder)]
            model.sort_rows(model.column_index(column), order)
            assert model.frame()["tag"].tolist() == expected, (column, order)
            shown = [model.index(r, model.column_index("tag")).data(RawRole) for r in range(size)]
            assert shown == expected  # the rows Qt reads follow the frame


def test_cells_hold_the_values_of_an_object_copy_with_none_for_missing():
    """Each cell holds what ``astype(object).where(notna(), None)`` gave (the model's old per-frame conversion),
    type included, for every kind of column a screen shows."""
    frame = pd.DataFrame({
        "i": [1, 2, 3, 4], "f": [1.5, np.nan, 3.0, -0.0], "b": [True, False, True, False],
        "s": ["a", None, "ć", np.nan], "S": pd.array(["x", None, "y", "z"], dtype="string"),
        "I": pd.array([1, None, 3, 4], dtype="Int64"), "F": pd.array([1.5, None, 2.0, np.nan], dtype="Float64"),
        "d": pd.to_datetime(["2024-01-01", None, "2024-02-03", "2024-02-04"]),
        "dz": pd.to_datetime(["2024-01-01", None, "2024-02-03", "2024-02-04"]).tz_localize("UTC"),
        "c": pd.Categorical(["x", None, "y", "x"]), "o": [1, "two", None, 3.5],
        "u": np.array([1, 2, 3, 4], dtype=np.uint8), "f32": np.array([1.5, np.nan, 2.25, 0], dtype=np.float32),
        "td": pd.to_timedelta([1, None, 3, 4], unit="D"),
    })
    model = DataFrameModel()
    model.set_frame(frame)
    expected = list(frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None))
    for row, values in enumerate(expected):
        for column, value in enumerate(values):
            got = model.data(model.index(row, column), RawRole)
            assert type(got) is type(value) and (got == value or (got is None and value is None)), (row, column)


def test_a_new_frame_with_a_sort_column_is_sorted_once_in_that_order(qtbot):
    from desktop.widgets.frame_table import FrameTable

    table = FrameTable()
    qtbot.addWidget(table)
    sorts = []
    table.frame_model.layoutChanged.connect(lambda: sorts.append(1))
    rng = np.random.default_rng(3)
    first = pd.DataFrame({"customer_id": np.arange(50), "orders": rng.integers(0, 5, 50),
                          "spent": rng.integers(0, 9, 50).astype(float)})
    table.set_frame(first, None, "orders")
    assert len(sorts) == 1  # (three whole-frame sorts before: the proxy's re-sort, the view's and its header's)
    expected = first.sort_values("orders", ascending=False, kind="stable")["customer_id"].tolist()
    assert table.frame()["customer_id"].tolist() == expected
    sorts.clear()
    second = first.sample(frac=1.0, random_state=1)
    table.set_frame(second, {"customer_id": "No.", "orders": "Orders", "spent": "Spent"}, "spent")
    assert len(sorts) == 1
    expected = second.sort_values("spent", ascending=False, kind="stable")["customer_id"].tolist()
    assert table.frame()["customer_id"].tolist() == expected
    # new data without a sort column keeps the owner's last sort
    sorts.clear()
    table.set_frame(first, {"customer_id": "No.", "orders": "Orders", "spent": "Spent"})
    assert len(sorts) == 1
    expected = first.sort_values("spent", ascending=False, kind="stable")["customer_id"].tolist()
    assert table.frame()["customer_id"].tolist() == expected


def test_sorting_rows_already_in_that_order_leaves_them(qtbot):
    model = DataFrameModel()
    frame = pd.DataFrame({"name": ["b", "a", "c", "a"], "n": [1, 2, 3, 4]})
    model.set_frame(frame)
    changes = []
    model.layoutChanged.connect(lambda: changes.append(1))
    model.sort_rows(0, Qt.SortOrder.AscendingOrder)
    once = model.frame()["n"].tolist()
    assert once == frame.sort_values("name", kind="stable")["n"].tolist() and len(changes) == 1
    model.sort_rows(0, Qt.SortOrder.AscendingOrder)
    assert model.frame()["n"].tolist() == once and len(changes) == 1
    model.sort_rows(0, Qt.SortOrder.DescendingOrder)
    assert model.frame()["n"].tolist() == frame.sort_values("name", ascending=False, kind="stable")["n"].tolist()
    model.set_frame(frame)  # new data: its own order again, sorted afresh when asked
    model.sort_rows(0, Qt.SortOrder.DescendingOrder)
    assert len(changes) == 3


def test_a_table_on_a_closed_tab_sizes_its_columns_when_shown_as_an_open_one_does(qtbot):
    from PySide6.QtWidgets import QTabWidget

    from desktop.widgets.frame_table import FrameTable

    frame = pd.DataFrame({"customer_id": [1, 22, 333], "reason": ["a long reason to be read in full " * 2, "b", "c"],
                          "spent": [1.5, 22000.25, 3.0]})
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    open_table, closed_table = FrameTable(), FrameTable()
    tabs.addTab(open_table, "open")
    tabs.addTab(closed_table, "closed")
    tabs.resize(900, 400)
    tabs.show()
    for table in (open_table, closed_table):
        table.set_frame(frame, {"customer_id": "No.", "reason": "Why", "spent": "Spent"}, "spent")
    sized = [open_table.columnWidth(c) for c in range(3)]
    assert sized[1] > open_table.horizontalHeader().defaultSectionSize()  # sized to the long reason
    # the closed tab's table has not read its cells yet (Qt's default widths) ...
    assert [closed_table.columnWidth(c) for c in range(3)] != sized
    tabs.setCurrentWidget(closed_table)
    # ... and once opened it is sized as the open one was
    assert [closed_table.columnWidth(c) for c in range(3)] == sized


def test_a_column_becomes_python_values_only_when_read_and_sorting_keeps_every_cell_right(qapp):
    """A new frame costs nothing until its cells are read (a table on a closed tab, columns out of sight); cells
    read before or after a sort hold the values of the frame sorted by pandas (stable, missing lowest)."""
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({"n": pd.array(rng.integers(0, 5, 200), dtype="Int64"),
                          "name": [None if i % 7 == 0 else f"c{rng.integers(0, 50)}" for i in range(200)],
                          "value": np.where(rng.random(200) < 0.1, np.nan, rng.random(200).round(3)),
                          "hidden": np.arange(200)})
    model = DataFrameModel()
    model.set_frame(frame, {"n": "N", "name": "Name", "value": "Value"})
    assert model._values == [None, None, None]  # nothing converted yet
    assert model.index(5, 1).data(RawRole) == frame["name"][5]
    assert [values is not None for values in model._values] == [False, True, False]
    model.sort_rows(2, Qt.SortOrder.DescendingOrder)
    keys = frame["value"].fillna(-np.inf)
    expected = frame.iloc[np.argsort(-keys.to_numpy(), kind="stable")].reset_index(drop=True)
    for row in range(len(frame)):
        for column, name in enumerate(["n", "name", "value"]):
            value = expected[name][row]
            want = None if pd.isna(value) else (int(value) if name == "n" else value)
            assert model.index(row, column).data(RawRole) == want
