"""Excel workbooks (.xlsx/.xlsm) turned into blocks of rows, so a big workbook imports like a big CSV.

python-calamine (Rust) reads the sheet, or openpyxl's read-only mode walks its XML; we turn each block of
rows into a DataFrame of strings with the same text a CSV export of the sheet would hold (whole numbers
without ".0", dates as "2011-12-09 12:50:00"). Empty cells and formula errors ("#N/A") are missing values.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from core.errors import ImportFailed
from core.messages import Message, MessageTemplate, count, number

STREAMED_SUFFIXES = (".xlsx", ".xlsm")
BROKEN_WORKBOOK = MessageTemplate(
    "import.error.broken_workbook", "{name} could not be opened as a spreadsheet (it is damaged or not really an "
    "Excel file); open it in your spreadsheet program and save it again as .xlsx or CSV.")
WORKBOOK_BOMB = MessageTemplate(
    "import.error.workbook_bomb", "{file} unpacks to {gigabytes} GB from {megabytes} MB, which no shop export does "
    "(it would fill the memory); it is damaged or not an export. Save it again as .xlsx or CSV.")
HUGE_CELL = MessageTemplate(
    "import.error.huge_cell", "{file} holds a cell with more than a million characters, which no shop export has "
    "(it would fill the memory); it is damaged or not an export. Open it in your spreadsheet program, check it and "
    "save it again.")
DAMAGED_PART_WAY = MessageTemplate(
    "import.error.damaged_part_way", "{file} is damaged part-way through (after {rows} rows); open it in your "
    "spreadsheet program and save it again.")
_ERRORS = {"#N/A", "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#GETTING_DATA"}


def cell_text(value) -> str | None:
    """Return a cell's value as the text a CSV export would hold; None for empty cells and formula errors."""
    if value is None:
        return None
    if isinstance(value, str):
        return None if value == "" or value in _ERRORS else value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return f"{value.isoformat()} 00:00:00"
    return str(value)


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"')
_FIRST_SHEET = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"')
SAMPLE_BYTES = 1 << 20
# Measured on a generated 1M-row, 8-column workbook: calamine read it in 11.2 s at a 709 MB peak, openpyxl's
# read-only mode in 82.0 s at 324 MB. Up to 4M cells (500,000 rows of 8 columns) calamine stays near 400 MB.
CALAMINE_MAX_CELLS = 4_000_000
HEAD_CALAMINE_ROWS = 100_000  # the header and preview of a bigger sheet come from openpyxl (columns unknown yet)


def _first_sheet_member(book: zipfile.ZipFile) -> str:
    """Return the zip member that holds the workbook's first sheet (via workbook.xml and its relationships)."""
    found = _FIRST_SHEET.search(book.read("xl/workbook.xml"))
    if found:
        rels = book.read("xl/_rels/workbook.xml.rels")
        for relation in re.finditer(rb"<Relationship\b[^>]*>", rels):
            tag = relation.group(0)
            if re.search(rb'\bId="' + re.escape(found.group(1)) + rb'"', tag):
                target = re.search(rb'\bTarget="([^"]+)"', tag).group(1).decode()
                return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return sorted(n for n in book.namelist() if n.startswith("xl/worksheets/sheet"))[0]


def workbook_rows(path: str | Path) -> tuple[int, bool] | None:
    """Return (data rows in the first sheet, whether the count is exact) without reading the whole sheet: the
    sheet's recorded size when it has one, else an extrapolation from its first megabyte; None if unreadable."""
    try:
        with zipfile.ZipFile(path) as book:
            member = _first_sheet_member(book)
            size = book.getinfo(member).file_size
            with book.open(member) as sheet:
                sample = sheet.read(SAMPLE_BYTES)
    except (OSError, KeyError, IndexError, zipfile.BadZipFile, AttributeError, zlib.error, EOFError):
        return None  # damaged: the reader says so in a sentence
    recorded = _DIMENSION.search(sample[:8192])
    if recorded:
        return max(0, int(recorded.group(1)) - 1), True
    rows = len(re.findall(rb"<(?:\w+:)?row\b", sample))
    if len(sample) >= size:
        return max(0, rows - 1), True
    return (max(0, round(rows * size / len(sample)) - 1), False) if rows else None


MAX_CELL_CHARS = 10_000  # as core.importers.reading: longer text cells are cut (counted in attrs["cut_cells"])
# A sheet or its shared strings that inflate over 20x are read through once, in blocks, before calamine or
# openpyxl load them: a text run of more than MAX_XML_TEXT characters between two tags is a "zip bomb" cell
# (1 MB on disk, 1 GB in memory), and the workbook is refused in a second instead of filling the memory.
MAX_XML_TEXT = 1 << 20
_SCAN_RATIO = 20
MAX_INFLATED = 2 << 30  # 2 GB of sheet XML from a file 50 times smaller
_SCANNED: dict[tuple, Message | None] = {}


def _rows_frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    width = len(columns)
    data = [[cell_text(v) for v in (row[:width] if len(row) >= width else (*row, *(None,) * (width - len(row))))]
            for row in rows]
    cut = 0
    for row in data:
        for index, value in enumerate(row):
            if value is not None and len(value) > MAX_CELL_CHARS:
                row[index] = value[:MAX_CELL_CHARS]
                cut += 1
    frame = pd.DataFrame(data, columns=columns, dtype=object)
    frame = frame.dropna(how="all")
    frame.attrs["cut_cells"] = cut
    return frame


def check_not_a_bomb(path: str | Path) -> None:
    """Raise ImportFailed when the workbook holds a text run longer than MAX_XML_TEXT characters (see above).

    Only parts that inflate more than 20x are read (real sheets inflate 5-15x); the answer is remembered per file
    version, so the header, the preview and the import read a workbook through once at most."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        return
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _SCANNED:
        _SCANNED[key] = _bomb_reason(path)
    if _SCANNED[key]:
        raise ImportFailed(_SCANNED[key])


def _bomb_reason(path: Path) -> Message | None:
    try:
        with zipfile.ZipFile(path) as book:
            members = [info for info in book.infolist() if info.filename.startswith("xl/")
                       and info.filename.endswith(".xml") and info.file_size > _SCAN_RATIO * max(1, info.compress_size)
                       and info.file_size > MAX_XML_TEXT]
            inflated = sum(info.file_size for info in members)
            if inflated > MAX_INFLATED and inflated > 50 * max(1, path.stat().st_size):
                return WORKBOOK_BOMB(file=path.name, gigabytes=number(inflated / 1e9),
                                     megabytes=number(path.stat().st_size / 1e6))
            for info in members:
                run = 0
                with book.open(info) as part:
                    while True:
                        block = part.read(1 << 20)
                        if not block:
                            break
                        last = block.rfind(b"<")
                        if last < 0:
                            run += len(block)
                        else:  # a run inside one block is shorter than a block: only runs across blocks count
                            if run + block.find(b"<") > MAX_XML_TEXT:
                                run = MAX_XML_TEXT + 1
                            else:
                                run = len(block) - last - 1
                        if run > MAX_XML_TEXT:
                            return HUGE_CELL(file=path.name)
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, EOFError, zlib.error, NotImplementedError):
        return None  # a damaged workbook: the readers say so in their own sentence
    return None


def _calamine_rows(path: Path, _counted=None) -> tuple[Iterator[tuple], int]:
    """Return (the sheet's rows from row 1, the header, on; how many data rows there are) via python-calamine
    (fast, Rust)."""
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    if sheet.start is None:  # an empty sheet
        return iter(()), 0
    pad = (None,) * sheet.start[1]  # calamine starts at the first used column; pandas at column A
    return ((*pad, *row) for row in sheet.iter_rows()), max(0, sheet.total_height - 1)


_OPENPYXL_LOCK = threading.Lock()


def _openpyxl_rows(path: Path, counted: tuple[int, bool] | None = None) -> tuple[Iterator[tuple], int]:
    """Return (the sheet's rows from row 1, the header, on; how many data rows there are) via openpyxl's
    read-only mode. ``counted`` is ``workbook_rows(path)`` when the caller has it already."""
    import openpyxl
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    # openpyxl looks for the sheet's <dimension> when it opens a sheet, and when there is none (many writers
    # leave it out) it parses the whole sheet to find out: 35 s for 1M rows, before reading a single row.
    # The rows come out the same without it (we pad short rows), so skip that look-ahead while we open.
    with _OPENPYXL_LOCK:
        find_size = ReadOnlyWorksheet._get_size
        ReadOnlyWorksheet._get_size = lambda self: None
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        finally:
            ReadOnlyWorksheet._get_size = find_size
    sheet = book.worksheets[0]

    def rows():
        try:
            yield from sheet.iter_rows(values_only=True)
        finally:
            book.close()
    counted = counted or workbook_rows(path)
    return rows(), counted[0] if counted else 0


def _header_names(cells) -> list[str]:
    """Return column names as pandas' read_excel gives them: blanks 'Unnamed: 3', repeats 'Email.1'."""
    names, seen = [], {}
    for index, cell in enumerate(cells):
        text = cell_text(cell)
        name = f"Unnamed: {index}" if text is None else text
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        seen.setdefault(name, 0)
        names.append(name)
    return names


def workbook_head(path: str | Path, rows: int = 0, engine: str = "auto") -> tuple[list[str], pd.DataFrame]:
    """Return (the column names of the first sheet, its first ``rows`` data rows as strings); raises
    ImportFailed for a damaged workbook. ``engine`` "auto" uses calamine for sheets up to HEAD_CALAMINE_ROWS
    rows (it would load a bigger sheet whole just to show its top) and openpyxl's streaming above."""
    path = Path(path)
    counted = workbook_rows(path) if engine == "auto" else None
    if counted is not None and counted[0] > HEAD_CALAMINE_ROWS:
        engine = "openpyxl"
    source, _total, header = _open(path, engine, counted)
    columns = _header_names(header)
    head = []
    for row in source:
        if len(head) >= rows:
            break
        head.append(row)
    close = getattr(source, "close", None)
    if close:
        close()
    return columns, _rows_frame(head, columns)


def _open(path: Path, engine: str, counted: tuple[int, bool] | None = None) -> tuple[Iterator[tuple], int, tuple]:
    """Return (rows after the header, their number, the header row) from the engine asked for (``counted``:
    ``workbook_rows(path)`` when known)."""
    check_not_a_bomb(path)
    opener = _openpyxl_rows
    if engine in ("auto", "calamine"):
        try:
            import python_calamine  # noqa: F401
            opener = _calamine_rows
        except ImportError:
            if engine == "calamine":
                raise
    try:
        source, total = opener(path, counted)
        header = next(source, None)
    except Exception as exc:  # zipfile/XML/calamine errors for a damaged workbook
        raise ImportFailed(BROKEN_WORKBOOK(name=path.name)) from exc
    return source, total, header or ()


def iter_workbook_chunks(path: str | Path, columns: list[str], chunk_rows: int = 100_000, engine: str = "auto"
                         ) -> Iterator[tuple[pd.DataFrame, float]]:
    """Yield (chunk of string rows, fraction of the sheet read) from the first sheet of the workbook at ``path``.

    ``columns`` names the columns (the header as the file sniffer read it); the sheet's first row is the
    header and is skipped. Entirely empty rows are dropped; ``chunk.attrs["bad_lines"]`` is 0 (a sheet has no
    malformed lines). ``engine``: "calamine" (about 7x faster; holds the whole sheet in native memory),
    "openpyxl" (streams the XML in bounded memory), or "auto": calamine when installed and the sheet has at
    most CALAMINE_MAX_CELLS cells, openpyxl otherwise. A damaged workbook raises ImportFailed with a plain
    sentence.
    """
    path = Path(path)
    counted = workbook_rows(path) if engine == "auto" else None
    if counted is not None and counted[0] * max(1, len(columns)) > CALAMINE_MAX_CELLS:
        engine = "openpyxl"  # bounded memory beats speed for the biggest sheets
    source, total, _header = _open(path, engine, counted)
    rows: list[tuple] = []
    done = 0
    try:
        for row in source:
            rows.append(row)
            if len(rows) >= chunk_rows:
                done += len(rows)
                yield _chunk(rows, columns), min(0.99, done / max(1, total))
                rows = []
    except ImportFailed:
        raise
    except Exception as exc:  # a sheet cut off or damaged part-way
        raise ImportFailed(DAMAGED_PART_WAY(file=path.name, rows=count(done + len(rows)))) from exc
    if rows or done == 0:
        yield _chunk(rows, columns), 1.0


def _chunk(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    frame = _rows_frame(rows, columns)
    frame.attrs["bad_lines"] = 0
    return frame
