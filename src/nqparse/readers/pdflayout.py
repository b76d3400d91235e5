"""Page geometry -> reading order: lines, the two-column header and footer, paragraphs.

Pure functions over positioned text segments (no PDF library here), so the rules can be
tested on hand-made pages. Coordinates are PDF points measured from the page's top-left.

1. ``group_lines`` puts segments that share a baseline on one line, left to right.
2. ``strip_page_number`` drops a running page number ("3", "- 3 -", "Trang 3") that is the
   first or last line of a page.
3. ``reading_order`` finds runs of lines set in two columns (the official header: issuing
   body, "*", "Số ..." left, "ĐẢNG CỘNG SẢN VIỆT NAM", place and date right; the footer: "Nơi
   nhận" left, the signature right), which a PDF gives interleaved line by line, and returns
   the left column's lines, then the right column's.
4. ``continues`` tells whether a line runs on from the previous one (the previous line is
   full width, this one is not indented and opens no list item), so a paragraph wrapped over
   several lines, or over a page break, is one line again.
5. ``mark_footnotes`` marks the smaller lines that close a page with a note mark, so they can
   wait until the paragraph running over the page break has ended.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon import divisions, recipients_label


@dataclass(frozen=True)
class Segment:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


@dataclass
class Line:
    segments: list[Segment]
    page: int = 0
    column: bool = False  # part of a two-column run: never joined with its neighbours
    gap_before: float | None = None  # vertical white space above, None at the top of a page
    note: bool = False  # a footnote at the foot of the page

    # most lines hold one segment, and the layout rules ask these many times a line
    @property
    def x0(self) -> float:
        segs = self.segments
        return segs[0].x0 if len(segs) == 1 else min(s.x0 for s in segs)

    @property
    def x1(self) -> float:
        segs = self.segments
        return segs[0].x1 if len(segs) == 1 else max(s.x1 for s in segs)

    @property
    def top(self) -> float:
        segs = self.segments
        return segs[0].top if len(segs) == 1 else min(s.top for s in segs)

    @property
    def bottom(self) -> float:
        segs = self.segments
        return segs[0].bottom if len(segs) == 1 else max(s.bottom for s in segs)

    @property
    def height(self) -> float:
        height = self.bottom - self.top
        return height if height > 1.0 else 1.0

    @property
    def text(self) -> str:
        segs = self.segments
        if len(segs) == 1:
            return segs[0].text.strip()
        return " ".join(s.text.strip() for s in segs if s.text.strip())


@dataclass(frozen=True)
class Margins:
    """The text block's edges and its usual line height, for telling wrapped lines apart."""

    left: float
    right: float
    line_height: float = 12.0


def group_lines(segments: Sequence[Segment]) -> list[Line]:
    """Segments on the same baseline form a line; lines run top to bottom.

    A segment joins a line when it shares most of its height with every segment already on
    it and overlaps none of them across: a tall signature line beside two small Nơi nhận
    lines does not pull both onto one line.
    """
    lines: list[Line] = []
    for seg in sorted((s for s in segments if s.text.strip()), key=lambda s: (s.top, s.x0)):
        for line in reversed(lines[-4:]):
            if all(_same_baseline(seg, other) and (seg.x1 <= other.x0 or seg.x0 >= other.x1)
                   for other in line.segments):
                line.segments.append(seg)
                break
        else:
            lines.append(Line([seg]))
    for line in lines:
        line.segments.sort(key=lambda s: s.x0)
    lines.sort(key=lambda ln: ln.top)
    return lines


def _same_baseline(a: Segment, b: Segment) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= 0.5 * min(a.bottom - a.top, b.bottom - b.top)


_PAGE_NUMBER = re.compile(r"(?i)^\s*(?:-\s*\d{1,4}\s*-|trang\s+\d{1,4}(?:\s*/\s*\d{1,4})?|\d{1,4}(?:\s*/\s*\d{1,4})?)\s*$")


def strip_page_number(lines: list[Line]) -> list[Line]:
    """Drop a page number printed alone at the top or the bottom of the page."""
    if lines and _PAGE_NUMBER.match(lines[0].text):
        lines = lines[1:]
    if lines and _PAGE_NUMBER.match(lines[-1].text):
        lines = lines[:-1]
    return lines


# "1 Đặc biệt: ...", "¹ Nghị quyết ..."; not "1." or "2)" of a list, not a date "29/12/2025"
_NOTE_MARK = re.compile(r"^(?:\d{1,2}|[*¹²³⁴⁵⁶⁷⁸⁹†])(?![\d.)]|[/,-]\d)")


def is_note_start(text: str) -> bool:
    """A footnote opens with its mark: "1 Đặc biệt ...", "* Ghi chú"."""
    return bool(_NOTE_MARK.match(text))


def mark_footnotes(lines: list[Line], page_height: float) -> None:
    """Mark the footnotes: a run of smaller lines closing the page, opening with a note mark."""
    if len(lines) < 6:
        return
    heights = sorted(ln.height for ln in lines)
    body = heights[len(heights) // 2]
    start = len(lines)
    while start > 0 and lines[start - 1].height < 0.85 * body and len(lines) - start < 12:
        start -= 1
    while start < len(lines) and not is_note_start(lines[start].text):
        start += 1  # the run opens where the first note does
    if start < len(lines) and lines[start].top > 0.5 * page_height:
        for ln in lines[start:]:
            ln.note = True


def _gap(line: Line, min_gap: float) -> tuple[float, float] | None:
    """The widest white space of a line set in two columns; None for one column or a table row."""
    gaps = [(a.x1, b.x0) for a, b in zip(line.segments, line.segments[1:], strict=False) if b.x0 - a.x1 >= min_gap]
    if not gaps or len(gaps) > 2:
        return None  # one column, or three and more: a table row, not a header
    return max(gaps, key=lambda g: g[1] - g[0])


def reading_order(lines: list[Line], page_width: float) -> list[Line]:
    """The page's lines with each two-column run read left column first, then right."""
    out: list[Line] = []
    i = 0
    centres = [page_width / 2]
    if lines:
        centres.append((min(ln.x0 for ln in lines) + max(ln.x1 for ln in lines)) / 2)
    while i < len(lines):
        line = lines[i]
        gap = _gap(line, max(20.0, 1.5 * line.height)) or _staggered(lines, i, centres, page_width)
        if gap is None:
            out.append(line)
            i += 1
            continue
        # lo: the right edge of the left column so far; hi: the left edge of the right column
        lo, hi = gap
        left: list[Line] = []
        right: list[Line] = []
        _place(line, (lo + hi) / 2, left, right)
        j = i + 1
        while j < len(lines):
            cur = lines[j]
            sides = [_side(seg, lo, hi) for seg in cur.segments]
            if None in sides:
                break  # text across the white space between the columns
            lseg = [seg for seg, side in zip(cur.segments, sides, strict=True) if side == "L"]
            rseg = [seg for seg, side in zip(cur.segments, sides, strict=True) if side == "R"]
            if lseg and rseg:
                lo, hi = max(lo, max(seg.x1 for seg in lseg)), min(hi, min(seg.x0 for seg in rseg))
            else:
                if any(abs((cur.x0 + cur.x1) / 2 - c) < 0.05 * page_width for c in centres):
                    break  # centred across the page: the title under the header
                if lseg and cur.top - lines[j - 1].bottom > 4 * cur.height:
                    break  # white space, then text on the left again: the column run is over
                lo, hi = (max(lo, cur.x1), hi) if lseg else (lo, min(hi, cur.x0))
            if lseg:
                left.append(Line(lseg, cur.page, True, cur.gap_before))
            if rseg:
                right.append(Line(rseg, cur.page, True, cur.gap_before))
            j += 1
        out.extend(left)
        out.extend(right)
        i = j
    return out


def _staggered(lines: list[Line], i: int, centres: list[float], page_width: float) -> tuple[float, float] | None:
    """Two columns whose lines do not share baselines: a line, and just under it a line that
    stands wholly to one side of it, neither centred on the page."""
    if i + 1 >= len(lines) or len(lines[i].segments) != 1 or len(lines[i + 1].segments) != 1:
        return None
    a, b = lines[i], lines[i + 1]
    if b.top - a.bottom > a.height or any(abs((ln.x0 + ln.x1) / 2 - c) < 0.05 * page_width
                                          for ln in (a, b) for c in centres):
        return None
    first, second = sorted((a, b), key=lambda ln: ln.x0)
    if second.x0 - first.x1 < max(20.0, 1.5 * a.height):
        return None
    return first.x1, second.x0


def _side(seg: Segment, lo: float, hi: float) -> str | None:
    """Which column a run of text stands in: "L" ends before the right column's edge ``hi``,
    "R" starts after the left column's edge ``lo``; None crosses both."""
    fits_left, fits_right = seg.x1 < hi, seg.x0 > lo
    if fits_left and fits_right:
        return "L" if (seg.x0 + seg.x1) / 2 < (lo + hi) / 2 else "R"
    return "L" if fits_left else "R" if fits_right else None


def _place(line: Line, split: float, left: list[Line], right: list[Line]) -> None:
    lseg = [s for s in line.segments if s.x1 <= split]
    rseg = [s for s in line.segments if s.x1 > split]
    if lseg:
        left.append(Line(lseg, line.page, True, line.gap_before))
    if rseg:
        right.append(Line(rseg, line.page, True, line.gap_before))


def measure(lines: Sequence[Line], page_width: float | None = None) -> Margins:
    """The text block's left and right edges and the usual line height, from the body lines.

    Justified lines share one right edge and unindented lines one left edge: the most common
    edges are the margins. Text running off the page (a clipped table cell) is left out.
    """
    body = [ln for ln in lines if not ln.column and (page_width is None or ln.x1 <= page_width)]
    if not body:
        return Margins(0.0, 0.0)
    heights = sorted(ln.height for ln in body)
    left = Counter(round(ln.x0) for ln in body).most_common(1)[0][0]
    wide = [ln for ln in body if ln.x0 <= left + 40]
    right_edges = Counter(round(ln.x1) for ln in wide)
    right, count = right_edges.most_common(1)[0]
    if count < 3:
        xs1 = sorted(ln.x1 for ln in wide)
        right = round(xs1[(len(xs1) * 9) // 10])
    return Margins(left=float(left), right=float(right), line_height=heights[len(heights) // 2])


_OPENS_ITEM = re.compile(
    r"^(?:[-–+•]\s|\(\d{1,3}\)|\d{1,2}(?:\.\d{1,2})*[.)/]\s|[a-zđ][)./]\s|[IVXL]{1,5}[.\-]\s|"
    rf"{divisions(capitals=False)}\s+[\dIVXL]|{recipients_label()})")


def continues(prev: Line, cur: Line, margins: Margins, *, same_page: bool) -> bool:
    """Whether ``cur`` runs on from ``prev`` as part of the same paragraph."""
    if prev.column or cur.column:
        return False
    h = margins.line_height
    width = margins.right - margins.left
    if width <= 0 or prev.x1 < margins.right - max(1.5 * h, 0.04 * width):
        return False  # the previous line stops short: its paragraph ends there
    if cur.x0 > margins.left + max(0.6 * h, 6.0):
        return False  # indented: a new paragraph
    if same_page and cur.gap_before is not None and cur.gap_before > 1.1 * h:
        return False
    # "chính trị" / "- xã hội": a dash after a line that stops mid-phrase joins a compound
    compound = cur.text[:1] in "-–" and prev.text.rstrip()[-1:].isalnum()
    if _OPENS_ITEM.match(cur.text) and not compound:
        return False
    return not (prev.text.rstrip().endswith(":") and cur.text[:1].isupper())
