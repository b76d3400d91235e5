"""What a reader hands to the pipeline: the raw text of a file and where its parts came from."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import field
from typing import Literal, NamedTuple

from .records import record

SourceFormat = Literal["txt", "md", "pdf", "docx", "stdin", "image"]


@record
class Region:
    """A stretch ``[start, end)`` of ``Source.text`` and where it stands in the original file."""

    start: int
    end: int
    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None


@record
class SourceTable:
    """A table as the reader found it: rows of cell texts, and the text range it was rendered to.

    Readers render every table into ``Source.text`` too (one line per row, cells joined by
    `` | ``), so that spans into a table point at real text.
    """

    rows: tuple[tuple[str, ...], ...]
    start: int
    end: int
    index: int
    page: int | None = None


class Note(NamedTuple):
    """Something a reader repaired or left aside; it becomes a warning of the result."""

    code: str
    message: str


@record
class WordBox:
    """An OCR'd word: ``text[start:end]``, and its pixel box ``(x0, y0, x1, y1)`` on its page image."""

    start: int
    end: int
    page: int
    box: tuple[int, int, int, int]


@record
class OcrRun:
    """Which pages were read by OCR, how, and how sure the engine was (mean word confidence, 0-100)."""

    pages: tuple[int, ...]
    engine: str
    language: str
    dpi: int | None
    confidence: float | None


@record
class Source:
    text: str
    format: SourceFormat
    path: str | None = None
    encoding: str | None = None
    size: int = 0
    sha256: str | None = None
    pages: int | None = None
    regions: tuple[Region, ...] = field(default=())
    tables: tuple[SourceTable, ...] = field(default=())
    notes: tuple[Note, ...] = field(default=())
    """What the reader had to repair or leave aside (stray bytes, an option that does not apply)."""
    boxes: tuple[WordBox, ...] = field(default=())  # OCR'd words, in text order
    ocr: OcrRun | None = None

    def region_at(self, offset: int) -> Region | None:
        """The region holding ``offset`` of ``text`` (regions are sorted and do not overlap)."""
        lo, hi = 0, len(self.regions)
        while lo < hi:
            mid = (lo + hi) // 2
            r = self.regions[mid]
            if offset < r.start:
                hi = mid
            elif offset >= r.end:
                lo = mid + 1
            else:
                return r
        return None

    def box_of(self, start: int, end: int, page: int | None) -> tuple[int, int, int, int] | None:
        """The pixel box around the OCR'd words of ``text[start:end]`` on ``page``, if any."""
        if not self.boxes:
            return None
        lo = bisect_left(self.boxes, start, key=lambda b: b.end)
        inside = []
        for b in self.boxes[lo:]:
            if b.start >= max(end, start + 1):
                break
            if b.end > start and (page is None or b.page == page):
                inside.append(b.box)
        if not inside:
            return None
        return (min(b[0] for b in inside), min(b[1] for b in inside),
                max(b[2] for b in inside), max(b[3] for b in inside))
