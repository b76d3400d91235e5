"""Indicators read from the tables of a PDF or DOCX: STT · Chỉ tiêu · Đơn vị tính · Kế hoạch.

An indicator table is one whose heading names a plan column ("Kế hoạch năm 2022", "Mục
tiêu", "Chỉ tiêu năm 2022") and a name column ("Chỉ tiêu", "Nội dung"); an STT column, a
unit column ("Đơn vị tính", "ĐVT") and columns of past results ("Thực hiện năm 2021", "Ước
thực hiện") may stand beside them. Under the heading:

- a row numbered "I", "II" (or "A", "B") is a group: the indicators under it carry its name;
- a row numbered 1, 2, ... is an indicator: its number, its name from the name column, its
  targets from the plan cell, the unit from the unit column (or written in the cell), the
  year from the plan column's heading;
- a row with no number of its own but a figure ("Trong đó: ...", "- Công nghiệp ...") is a
  sub-target of the indicator above it, labelled with its name.

Cells read "≥ 80", "> 70", "Tăng 16 - 18", "125 - 130", "1.000 - 1.200", "3.300 lượt".
Every record's span points at the row's line in the normalized text (readers render each
row as one line, cells joined by " | ").

Plain text converted from a web page or Markdown holds its tables as rows of ``|`` cells
("| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch |", a "|---|---|" rule under the heading, "**"
around a cell's words); such a table is read the same way, its cells' spans taken from the
rows themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial

import regex

from ..normalize import Text, fold
from ..phrases.figures import Figure, cell_figures
from ..phrases.numbers import roman_to_int
from ..phrases.terms import YEAR
from ..records import At
from ..segment import Layout
from ..source import Source, SourceTable
from .indicator_common import Indicator

_PLAN = re.compile(r"kế hoạch|mục tiêu|chỉ tiêu\s+(?:năm|giai đoạn|đến)|phấn đấu|dự kiến|\bkh\b")
_PAST = re.compile(r"thực hiện|\bước\b|kết quả|so sánh|so với|\btỷ lệ\s*%|\bth\b")
_NAME = re.compile(r"chỉ tiêu|nội dung|tên|danh mục|lĩnh vực")
_UNIT = re.compile(r"^(?:đơn vị(?: tính)?|đvt|đơn vị đo)$")
_NUMBER = re.compile(r"^(?:stt|tt|số\s*tt|số thứ tự)$")
_YEAR = re.compile(rf"\b{YEAR}\b")
_COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?(?:\s*=.*)?$|^[a-z]$|^$")
_MD_ROW = re.compile(r"(?m)^[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*$")
_MD_RULE = re.compile(r"^[\s|:\-–—=+]*$")
_MD_CELL = re.compile(r"[^|]+|(?<=\|)(?=\|)")
_EMPHASIS = "*_ \t"

CellSpans = dict[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class Columns:
    """Where each role stands in an indicator table, and how many rows its heading takes."""

    heading_rows: int
    name: int
    plan: int
    number: int | None = None
    unit: int | None = None
    year: int | None = None


def table_columns(rows: tuple[tuple[str, ...], ...]) -> Columns | None:
    """The column roles of an indicator table, or None when the table is something else."""
    title = 0  # a title row across the whole table ("CHỈ TIÊU KẾ HOẠCH NĂM 2022") stands above
    while title < min(2, len(rows)) and sum(1 for c in rows[title] if c.strip()) <= 1:
        title += 1
    found = _columns_under_title(rows[title:])
    if found is None or not title:
        return found
    return Columns(found.heading_rows + title, found.name, found.plan, found.number, found.unit, found.year)


def _columns_under_title(rows: tuple[tuple[str, ...], ...]) -> Columns | None:
    for heading_rows in (1, 2, 3):
        if len(rows) <= heading_rows:
            return None
        found = _roles(_headings(rows, heading_rows))
        if found is None:
            continue
        # a heading set over two rows ("Kế hoạch" over "Năm 2023") goes on while its rows hold
        # neither a row number nor a name
        name, number = found[0], found[2]
        while heading_rows < len(rows) - 1 and not _cell(rows[heading_rows], name) and \
                not regex.fullmatch(r"\d{1,3}\.?|[IVXL]{1,5}", _cell(rows[heading_rows], number)):
            heading_rows += 1
        heads = _headings(rows, heading_rows)
        years = _YEAR.findall(heads[found[1]])
        return Columns(heading_rows, *found[:4], year=int(years[-1]) if years else None)
    return None


def _cell(row: tuple[str, ...], column: int | None) -> str:
    return row[column].strip() if column is not None and column < len(row) else ""


def _headings(rows: tuple[tuple[str, ...], ...], count: int) -> list[str]:
    width = max(len(r) for r in rows[:count])
    return [fold(" ".join(r[c] for r in rows[:count] if c < len(r)).strip()) for c in range(width)]


def _roles(heads: list[str]) -> tuple[int, int, int | None, int | None] | None:
    """(name, plan, number, unit) columns from the heading texts."""
    number = next((c for c, h in enumerate(heads) if _NUMBER.match(h)), None)
    unit = next((c for c, h in enumerate(heads) if _UNIT.match(h)), None)
    plans = [c for c, h in enumerate(heads) if c not in (number, unit) and _PLAN.search(h)
             and not _PAST.search(h.replace("kế hoạch", ""))]
    if not plans:
        return None

    def plan_key(c: int) -> tuple[bool, int]:
        years = _YEAR.findall(heads[c])
        return "kế hoạch" in heads[c] or "mục tiêu" in heads[c], int(years[-1]) if years else 0

    plan = max(plans, key=plan_key)
    names = [c for c, h in enumerate(heads) if c not in (number, unit, plan) and _NAME.search(h)
             and not _PLAN.search(h)]
    name = names[0] if names else next((c for c in range(len(heads)) if c not in (number, unit, plan)), None)
    if name is None or name > plan:
        return None
    return name, plan, number, unit


def extract_table_indicators(layout: Layout) -> list[Indicator]:
    """Indicators of every indicator table the reader found, or written as Markdown rows in
    plain text, in the order of the document."""
    found: list[Indicator] = []
    to_text = _ToText(layout.text)
    for table, cells in _tables(layout.text.source):
        columns = table_columns(table.rows)
        if columns is not None:  # the spans of its cells are found only for a table that is read
            found.extend(_read_table(layout.text, table, columns, cells(to_text)))
    return found


def _tables(source: Source) -> Iterator[tuple[SourceTable, Callable[[_ToText], CellSpans]]]:
    """Every table, with how to find the spans of its cells in the normalized text: the
    reader's tables, else (plain text) the Markdown tables written in it."""
    if source.tables:
        for table in source.tables:
            yield table, partial(_cell_spans, source=source, table=table.index)
        return
    for table, cells in markdown_tables(source.text):
        yield table, partial(_in_text, cells=cells)


def _in_text(to_text: _ToText, cells: CellSpans) -> CellSpans:
    """Spans of the source text as spans of the normalized text."""
    return {key: (to_text(s), to_text(e)) for key, (s, e) in cells.items()}


def markdown_tables(raw: str) -> list[tuple[SourceTable, CellSpans]]:
    """The tables written as runs of "| a | b |" lines in ``raw``, each with the offsets in
    ``raw`` of every cell's words (no "**" around them); "|---|" rules are left out."""
    tables: list[tuple[SourceTable, CellSpans]] = []
    rows: list[tuple[str, ...]] = []
    cells: CellSpans = {}
    start = end = -1
    for m in _MD_ROW.finditer(raw):
        if rows and raw[end:m.start()].strip():
            tables.append((SourceTable(tuple(rows), start, end, len(tables)), cells))
            rows, cells = [], {}
        if not rows:
            start = m.start()
        end = m.end()
        if _MD_RULE.match(m.group("cells")):
            continue
        row: list[str] = []
        for c, cell in enumerate(_MD_CELL.finditer(raw, m.start("cells"), m.end("cells"))):
            s, e = cell.start(), cell.end()
            while s < e and raw[s] in _EMPHASIS:
                s += 1
            while e > s and raw[e - 1] in _EMPHASIS:
                e -= 1
            row.append(raw[s:e])
            if e > s:
                cells[(len(rows), c)] = (s, e)
        rows.append(tuple(row))
    if rows:
        tables.append((SourceTable(tuple(rows), start, end, len(tables)), cells))
    return [(t, c) for t, c in tables if len(t.rows) >= 2 and max(len(r) for r in t.rows) >= 2]


@dataclass
class _Row:
    """An indicator's row while the rows of its sub-targets below it are read."""

    number: int | None
    group: str | None
    name: str
    span: tuple[int, int]
    targets: list[Figure]

    def record(self) -> Indicator:
        return Indicator(number=self.number, group=self.group, name=self.name, at=At(*self.span),
                         targets=tuple(self.targets), source="table")


def _read_table(text: Text, table: SourceTable, cols: Columns, cells: CellSpans) -> list[Indicator]:
    return [row.record() for row in _rows(text, table, cols, cells)]


def _rows(text: Text, table: SourceTable, cols: Columns, cells: CellSpans) -> list[_Row]:
    out: list[_Row] = []
    group: str | None = None
    current: _Row | None = None
    for r in range(cols.heading_rows, len(table.rows)):
        row = table.rows[r]

        def cell(c: int | None, row: tuple[str, ...] = row) -> str:
            return row[c].strip() if c is not None and c < len(row) else ""

        stt = cell(cols.number).rstrip(".)").strip()
        name = cell(cols.name)
        plan = cell(cols.plan)
        if all(_COLUMN_NUMBERS.match(fold(c.strip())) for c in row):
            continue  # "(1) | (2) | (3)": the columns' own numbers under the heading
        row_span = _row_span(cells, r)
        if row_span is None:
            continue
        if stt and roman_to_int(stt) is not None and stt.isupper() or regex.fullmatch(r"[A-Z]", stt):
            group = regex.sub(r"^[\s\-–+•]+", "", name) or None
            current = None
            continue
        if not name and not plan:
            continue
        unit = cell(cols.unit) or None
        plan_span = cells.get((r, cols.plan))
        targets = _targets(text, plan_span, unit, cols.year) if plan_span else []
        if regex.fullmatch(r"\d{1,3}", stt):
            current = _Row(int(stt), group, _clean_name(name), row_span, targets)
            out.append(current)
        elif targets and current is not None:
            label = _clean_name(name) or None
            current.targets.extend(replace(t, label=label) for t in targets)
        elif targets or (name and not stt):
            if not targets and (name.endswith(":") or not plan):
                continue  # "Trong đó:" and other lines that only introduce what follows
            current = _Row(None, group, _clean_name(name), row_span, targets)
            out.append(current)
    return out


def _clean_name(name: str) -> str:
    name = regex.sub(r"^(?:[-–+•]\s*|trong đó\s*:?\s*)", "", name, flags=regex.IGNORECASE)
    return name.strip(" :;,.")


def _cell_spans(to_text: _ToText, source: Source, table: int) -> CellSpans:
    """(row, cell) -> [start, end) in the normalized text, from the reader's regions."""
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for region in source.regions:
        if region.table != table or region.row is None or region.cell is None:
            continue
        start, end = to_text(region.start), to_text(region.end)
        key = (region.row, region.cell)
        if key in spans:
            start = min(start, spans[key][0])
            end = max(end, spans[key][1])
        if end > start:
            spans[key] = (start, end)
    return spans


class _ToText:
    """The first offset of the normalized text that comes from a source offset or later, by
    bisection. The offsets a bisection tries are kept: the cells of a table lie close
    together, so their bisections share their first steps, each a walk through the offset maps."""

    def __init__(self, text: Text) -> None:
        self._text = text
        self._source: dict[int, int] = {}

    def _to_source(self, offset: int) -> int:
        found = self._source.get(offset)
        if found is None:
            found = self._source[offset] = self._text.to_source(offset)
        return found

    def __call__(self, source_offset: int) -> int:
        lo, hi = 0, len(self._text.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._to_source(mid) < source_offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _row_span(cells: CellSpans, row: int) -> tuple[int, int] | None:
    found = [span for (r, _), span in cells.items() if r == row]
    if not found:
        return None
    return min(s for s, _ in found), max(e for _, e in found)


def _targets(text: Text, span: tuple[int, int], unit: str | None, year: int | None) -> list[Figure]:
    """The figures of one plan cell: "≥ 80", "Tăng 16 - 18", "1.000 - 1.200", "3.300 lượt"."""
    # read as a text of its own (the cell's lines joined, its unit and year given): no mention
    return cell_figures(text.text, span[0], span[1], unit=unit, year=year)


def merge_indicators(layout: Layout, from_text: list[Indicator], from_tables: list[Indicator]) -> list[Indicator]:
    """Text and table indicators in document order; a text indicator read off a table's own
    rendered rows gives way to the table's reading of that row."""
    if not from_tables:
        return from_text
    to_text = _ToText(layout.text)
    ranges = [(to_text(t.start), to_text(t.end)) for t, _ in _tables(layout.text.source)]
    kept = [i for i in from_text if not any(s <= i.at.start < e for s, e in ranges)]
    return sorted(kept + from_tables, key=lambda i: i.at.start)
