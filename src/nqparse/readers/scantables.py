"""Ruled tables on a scanned page: the grid of rule lines, and the OCR'd words in its cells.

Tesseract reads a table's cells as loose blocks (and a rule as "|"), so the table is found
in the image instead: long straight runs of ink, horizontal and vertical, that cross each
other. Rows lie between horizontal rules, columns between vertical ones; a cell whose
vertical rule stops short (a heading across the table) merges with its neighbour, and its
text goes to the first cell, as pdfplumber gives a text-layer PDF's merged cells.

Runs are found without an image library beyond Pillow: shrinking the page along one axis
with a box filter averages ``RUN`` pixels into one, so only pixels in an unbroken run of
ink stay dark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

    from .scan import Word

RUN_SHARE = 1 / 60
"""A rule is made of runs of ink at least this share of the page's width long."""

INK = 128
DARK = 200  # of 255, after averaging: a run with few gaps


@dataclass(frozen=True)
class Rule:
    at: float  # y of a horizontal rule, x of a vertical one (pixels)
    start: float
    end: float


Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class GridTable:
    rows: list[list[str]]
    box: Box  # pixels of the upright page
    words: frozenset[int]  # indexes of the words it holds
    cell_boxes: list[list[Box | None]] = field(default_factory=list)
    """Per cell of ``rows``, the pixel box around its words (upright page); None when empty."""


_DARK_RUN = re.compile(rb"\xff+")


def _runs(image: Image, step: int) -> list[Rule]:
    """Dark runs along the rows of a shrunken image (thresholded at ``DARK``), as rules in
    pixels of the page: ``at`` the row, ``start``/``end`` along it, scaled by ``step``."""
    dark = image.point(lambda v: 255 if v >= DARK else 0).tobytes()
    width = image.width
    found: list[Rule] = []
    for line in range(image.height):
        row = dark[line * width:(line + 1) * width]
        if 255 not in row:
            continue
        found.extend(Rule(float(line), float(m.start() * step), float(m.end() * step))
                     for m in _DARK_RUN.finditer(row))
    return found


def _merge(rules: list[Rule], gap: float) -> list[Rule]:
    """Runs on neighbouring lines of pixels (a rule two or three pixels thick, or slightly
    askew) form one band; within a band, runs that overlap or leave a gap up to ``gap``
    (specks of paper in the rule) are one rule."""
    out: list[Rule] = []
    ordered = sorted(rules, key=lambda r: r.at)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1].at - ordered[j].at <= 1:
            j += 1
        pieces = sorted(ordered[i:j + 1], key=lambda r: r.start)
        current = [pieces[0]]
        for piece in pieces[1:]:
            if piece.start <= max(r.end for r in current) + gap:
                current.append(piece)
            else:
                out.append(_joined(current))
                current = [piece]
        out.append(_joined(current))
        i = j + 1
    return out


def _joined(pieces: list[Rule]) -> Rule:
    return Rule(sum(p.at for p in pieces) / len(pieces), min(p.start for p in pieces), max(p.end for p in pieces))


def find_rules(image: Image) -> tuple[list[Rule], list[Rule]]:
    """The page's horizontal and vertical rules, long enough to be a table's."""
    from PIL import Image as PILImage

    ink = image.point(lambda v: 255 if v < INK else 0)
    width, height = ink.size
    step = max(int(width * RUN_SHARE), 4)
    across = ink.resize((max(width // step, 1), height), PILImage.Resampling.BOX)
    # columns read as rows: the page turned on its diagonal
    down = ink.transpose(PILImage.Transpose.TRANSPOSE).resize((max(height // step, 1), width),
                                                              PILImage.Resampling.BOX)
    horizontal = _runs(across, step)
    vertical = _runs(down, step)
    horizontal = [r for r in _merge(horizontal, 2 * step) if r.end - r.start >= width / 10]
    vertical = [r for r in _merge(vertical, 2 * step) if r.end - r.start >= 3 * step]
    vertical = [_refined(ink, v, step) for v in vertical]
    reach = _reach(width)
    # a table's vertical rule crosses the horizontal ones; a letter's stroke does not
    vertical = [v for v in vertical if _crossings(v, horizontal, reach) >= 2]
    return horizontal, vertical


def _refined(ink: Image, rule: Rule, step: int) -> Rule:
    """A vertical rule's ends to the pixel: the shrunken image knows them only to a step."""
    x = round(rule.at)
    strip = ink.crop((x - 2, 0, x + 3, ink.height)).tobytes()

    def inked(y: int) -> bool:
        return 0 <= y < ink.height and any(strip[y * 5:(y + 1) * 5])

    top, bottom = int(rule.start) + step // 2, int(rule.end) - step // 2
    while inked(top - 1) or inked(top - 2):
        top -= 1
    while inked(bottom + 1) or inked(bottom + 2):
        bottom += 1
    return Rule(rule.at, float(min(top, rule.start + step)), float(max(bottom, rule.end - step)))


def _crossings(v: Rule, horizontal: list[Rule], reach: float) -> int:
    return sum(1 for h in horizontal if v.start - reach / 2 <= h.at <= v.end + reach / 2
               and h.start - reach <= v.at <= h.end + reach)


def _reach(width: int) -> float:
    """How far a rule may stop short of the rule it meets: the runs are measured in steps."""
    return 2 * max(int(width * RUN_SHARE), 4)


def _grids(horizontal: list[Rule], vertical: list[Rule], width: int) -> list[tuple[list[Rule], list[Rule]]]:
    """Rules grouped into tables: vertical rules that overlap in height, with the horizontal
    rules spanning them."""
    groups: list[list[Rule]] = []
    for rule in sorted(vertical, key=lambda r: r.start):
        for group in groups:
            if rule.start < max(r.end for r in group) and rule.end > min(r.start for r in group):
                group.append(rule)
                break
        else:
            groups.append([rule])
    tol = max(width / 200, 6)
    out = []
    for group in groups:
        longest = max(r.end - r.start for r in group)
        group = [r for r in group if r.end - r.start >= 0.4 * longest]  # not a stroke of a letter
        left, right = min(r.at for r in group), max(r.at for r in group)
        top, bottom = min(r.start for r in group), max(r.end for r in group)
        reach = _reach(width)
        rows = [h for h in horizontal if top - reach <= h.at <= bottom + reach
                and h.start <= left + reach and h.end >= right - reach]
        columns = _distinct([r.at for r in group], tol)
        if len(rows) >= 3 and len(columns) >= 3:
            out.append((rows, group))
    return out


def _distinct(values: Sequence[float], tolerance: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def find_tables(image: Image, words: Sequence[Word],
                rules: tuple[list[Rule], list[Rule]] | None = None) -> list[GridTable]:
    """The ruled tables of an upright page, each cell holding the words whose centre it holds
    (``rules``: the page's, when already found)."""
    horizontal, vertical = rules or find_rules(image)
    tables = []
    for rows, columns in _grids(horizontal, vertical, image.width):
        tables.append(_fill(rows, columns, words, image.width))
    return [t for t in tables if any(any(c for c in row) for row in t.rows)]


def _fill(rows: list[Rule], columns: list[Rule], words: Sequence[Word], width: int) -> GridTable:
    tol = max(width / 200, 6)
    ys = _distinct([r.at for r in rows], tol)
    xs = _distinct([c.at for c in columns], tol)
    cells: dict[tuple[int, int], list[Word]] = {}
    held: set[int] = set()
    for index, word in enumerate(words):
        if not word.text:
            continue
        cx, cy = (word.box[0] + word.box[2]) / 2, (word.box[1] + word.box[3]) / 2
        if not (xs[0] < cx < xs[-1] and ys[0] < cy < ys[-1]):
            continue
        held.add(index)
        text = word.text.strip("|_")
        if not text:
            continue  # a rule read as a letter
        if text != word.text:
            word = replace(word, text=text)
        r = max(k for k, y in enumerate(ys[:-1]) if y < cy)
        c = max(k for k, x in enumerate(xs[:-1]) if x < cx)
        c = _first_of_merged(c, (ys[r] + ys[r + 1]) / 2, xs, columns, tol)
        cells.setdefault((r, c), []).append(word)
    grid = [[(r, c) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
    table = [[_cell_text(cells.get(at, [])) for at in row] for row in grid]
    for row in table:
        row[0] = _roman(row[0])
    boxes = [[_around(cells.get(at, [])) for at in row] for row in grid]
    kept = [k for k, row in enumerate(table) if any(row)]
    box = (round(xs[0]), round(ys[0]), round(xs[-1]), round(ys[-1]))
    return GridTable([table[k] for k in kept], box, frozenset(held), [boxes[k] for k in kept])


def _around(words: list[Word]) -> Box | None:
    """The pixel box around a cell's words, so that a value read in the cell can be shown."""
    if not words:
        return None
    return (min(w.box[0] for w in words), min(w.box[1] for w in words),
            max(w.box[2] for w in words), max(w.box[3] for w in words))


_ROMAN_LOOKALIKES = {"I": "I", "l": "I", "L": "I", "1": "I", "|": "I", "!": "I", "H": "II", "V": "V", "X": "X"}


def _roman(cell: str) -> str:
    """A number cell's Roman numeral as OCR misreads it in a serif face ("IL", "HI", "Il"),
    read back: only a short run of look-alikes that mixes in a letter no numeral has."""
    if not 1 < len(cell) <= 4 or any(c not in _ROMAN_LOOKALIKES for c in cell) or cell.isdigit():
        return cell
    if all(c in "IVX" for c in cell):
        return cell
    return "".join(_ROMAN_LOOKALIKES[c] for c in cell)


def _first_of_merged(c: int, middle: float, xs: list[float], columns: list[Rule], tol: float) -> int:
    """The first column of the merged cell holding column ``c`` on the row through ``middle``."""
    while c > 0 and not any(abs(rule.at - xs[c]) <= tol and rule.start <= middle <= rule.end
                            for rule in columns):
        c -= 1
    return c


def _cell_text(words: list[Word]) -> str:
    """A cell's words in reading order: by line, then left to right."""
    if not words:
        return ""
    ordered = sorted(words, key=lambda w: (w.box[1] + w.box[3]) / 2)
    lines: list[list[Word]] = []
    for word in ordered:
        middle = (word.box[1] + word.box[3]) / 2
        if lines and abs(middle - (lines[-1][0].box[1] + lines[-1][0].box[3]) / 2) < \
                0.5 * (lines[-1][0].box[3] - lines[-1][0].box[1]):
            lines[-1].append(word)
        else:
            lines.append([word])
    return " ".join(w.text for line in lines for w in sorted(line, key=lambda w: w.box[0]))
