"""Assemble a reader's text piece by piece while recording where each piece came from.

PDF and DOCX readers append lines, table rows and cells here; the builder keeps the regions
sorted and non-overlapping (adjacent pieces from the same place merge into one region) and
renders tables the one way the rest of nqparse expects: one line per row, cells joined by
`` | ``.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lexicon import recipients_label
from ..source import Region, SourceTable, WordBox

CELL_SEPARATOR = " | "

# Lines that only an official header or footer holds.
_LAYOUT_MARK = regex.compile(
    r"(?im)^\s*(?:đảng cộng sản việt nam|cộng h[òo]a xã hội chủ nghĩa việt nam|độc lập\s*-\s*tự do|"
    rf"{recipients_label(loose=True)}|s[ốô]\s*:?\s*[\d._…/ -]*[-/]\s*\p{{Lu}}|\*\s*$|"
    r"(?:t\s*/\s*[mlu]|k\s*/\s*t|tm\.|kt\.|tl\.|tuq\.)\s+\p{Lu})")


def is_layout_table(rows: Sequence[Sequence[str]]) -> bool:
    """A header or footer set as a table: a few rows, two or three columns, official header marks."""
    if not rows or len(rows) > 4:
        return False
    filled = {c for row in rows for c, text in enumerate(row) if text and text.strip()}
    if max(len(row) for row in rows) > 4 or len(filled) > 3:
        return False
    return any(text and _LAYOUT_MARK.search(text) for row in rows for text in row)


def cell_text(text: str) -> str:
    """A cell's text on one line: inner line breaks become spaces, a '|' cannot split the row."""
    return " ".join(text.replace("|", "¦").split())


class TextBuilder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.regions: list[Region] = []
        self.tables: list[SourceTable] = []

    @property
    def length(self) -> int:
        return self._length

    def add(self, text: str, *, page: int | None = None, paragraph: int | None = None,
            table: int | None = None, row: int | None = None, cell: int | None = None) -> None:
        """Append ``text``, placed at the given page / paragraph / table cell (or nowhere)."""
        if not text:
            return
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        if page is None and paragraph is None and table is None:
            return
        last = self.regions[-1] if self.regions else None
        if last is not None and last.end == start and (last.page, last.paragraph, last.table, last.row, last.cell) \
                == (page, paragraph, table, row, cell):
            self.regions[-1] = Region(last.start, self._length, page, paragraph, table, row, cell)
        else:
            self.regions.append(Region(start, self._length, page, paragraph, table, row, cell))

    def newline(self, count: int = 1) -> None:
        """End the current line; ``count=2`` leaves a blank line. Never more than one blank line."""
        text = "".join(self._parts[-3:])
        have = len(text) - len(text.rstrip("\n")) if text else 2
        self.add("\n" * max(0, min(count, 2) - have))

    def add_table(self, rows: Sequence[Sequence[str]], *, page: int | None = None, extend: bool = False,
                  cell_boxes: Sequence[Sequence[tuple[int, int, int, int] | None]] | None = None,
                  boxes: list[WordBox] | None = None) -> SourceTable:
        """Render ``rows`` (cell texts) as one line per row and record the table.

        ``extend`` continues the last table (its rows go on after a page break). An OCR'd
        table gives each cell's pixel box in ``cell_boxes``: it is noted in ``boxes`` against
        the cell's text, as the words of OCR'd lines are.
        """
        clean = tuple(tuple(cell_text(c) for c in row) for row in rows)
        previous = self.tables[-1] if extend and self.tables else None
        if previous is None:
            self.newline(2)
        else:
            self.newline()
        index = previous.index if previous else len(self.tables)
        first_row = len(previous.rows) if previous else 0
        start = previous.start if previous else self._length
        for r, cells in enumerate(clean, start=first_row):
            for c, text in enumerate(cells):
                if c:
                    self.add(CELL_SEPARATOR, page=page)
                box = cell_boxes[r - first_row][c] if cell_boxes else None
                if box is not None and text and boxes is not None and page is not None:
                    boxes.append(WordBox(self._length, self._length + len(text), page, box))
                self.add(text, page=page, table=index, row=r, cell=c)
            self.newline()
        if previous is not None:
            table = SourceTable(rows=previous.rows + clean, start=start, end=self._length, index=index,
                                page=previous.page)
            self.tables[-1] = table
        else:
            table = SourceTable(rows=clean, start=start, end=self._length, index=index, page=page)
            self.tables.append(table)
        self.newline(2)
        return table

    def text(self) -> str:
        return "".join(self._parts)
