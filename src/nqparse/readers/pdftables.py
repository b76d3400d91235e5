"""Ruled tables from page geometry: rules and boxes -> a grid of cells -> rows of cell texts.

Pure functions over boxes (no PDF library here), so the rules can be tested on hand-made
pages. Coordinates are PDF points from the page's top-left, as in ``pdflayout``.

1. ``edges_of`` turns every drawn box into the rules it shows: a thin box is one horizontal
   or vertical rule; a wider one (a cell's border or its shading) gives its four sides.
2. ``find_tables`` snaps rules that nearly line up, joins rules that touch along one line,
   and takes the crossings of horizontal and vertical rules as corners. Each smallest
   rectangle whose four corners and sides are all drawn is a cell; cells that share corners
   form one table. A table needs two rows and two columns.
3. Rows and columns are the table's distinct cell tops and lefts, so a cell merged over
   several columns stands in its first one and leaves the others empty, as pdfplumber's
   ``Table.extract`` does.
4. Each character goes to the cell holding its centre; a cell's text keeps its lines in
   order. A table that runs past the page's edge, its right border cut off, keeps its last
   column: the rules between its rows imply the side, and that column takes the text that
   runs past it.
5. ``may_hold_grid`` tells whether rules that made no table here could make one for
   pdfplumber's finder, the reader's fallback: a page whose rules stand on fewer than three
   lines across or down (a boxed paragraph, underlines) is not handed to it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

SNAP = 3.0
"""Rules this close (points) are one rule: borders drawn twice, shading beside a line."""

THIN = 2.0
"""A box no thicker than this is a rule, not a cell's shading."""


class Box(NamedTuple):  # tuples: a page with a table makes one for each of its characters
    x0: float
    top: float
    x1: float
    bottom: float


class Char(NamedTuple):
    text: str
    box: Box


class Edge(NamedTuple):
    """A horizontal rule at ``at`` from ``lo`` to ``hi`` (x), or a vertical one (y)."""

    vertical: bool
    at: float
    lo: float
    hi: float


@dataclass(frozen=True)
class FoundTable:
    rows: tuple[tuple[str, ...], ...]
    box: Box


def edges_of(boxes: Iterable[Box]) -> list[Edge]:
    edges: list[Edge] = []
    for b in boxes:
        width, height = b.x1 - b.x0, b.bottom - b.top
        if width <= THIN and height <= THIN:
            continue  # a dot
        if height <= THIN:
            edges.append(Edge(False, (b.top + b.bottom) / 2, b.x0, b.x1))
        elif width <= THIN:
            edges.append(Edge(True, (b.x0 + b.x1) / 2, b.top, b.bottom))
        else:
            edges += [Edge(False, b.top, b.x0, b.x1), Edge(False, b.bottom, b.x0, b.x1),
                      Edge(True, b.x0, b.top, b.bottom), Edge(True, b.x1, b.top, b.bottom)]
    return edges


def _merge(edges: Sequence[Edge]) -> list[Edge]:
    """Snap rules of one direction onto shared lines and join those that touch or overlap."""
    merged: list[Edge] = []
    for line in _clusters(sorted(edges, key=lambda e: e.at)):
        at = sum(e.at for e in line) / len(line)
        current: Edge | None = None
        for e in sorted(line, key=lambda e: e.lo):
            if current is not None and e.lo <= current.hi + SNAP:
                current = Edge(e.vertical, at, current.lo, max(current.hi, e.hi))
                continue
            if current is not None:
                merged.append(current)
            current = Edge(e.vertical, at, e.lo, e.hi)
        if current is not None:
            merged.append(current)
    return merged


def _clusters(edges: Sequence[Edge]) -> list[list[Edge]]:
    groups: list[list[Edge]] = []
    for e in edges:
        if groups and e.at - groups[-1][-1].at <= SNAP:
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups


def _outer_sides(horizontal: Sequence[Edge]) -> list[Edge]:
    """The left and right sides of a table that the rows' rules imply.

    A table that runs past the page's edge has its outer border cut off, while the rules
    between its rows still end together there: where two or more rules end at one x, a side
    stands from the first to the last of them.
    """
    sides: list[Edge] = []
    for end in ("lo", "hi"):
        line: list[Edge] = []
        for e in sorted(horizontal, key=lambda e: getattr(e, end)):
            if line and getattr(e, end) - getattr(line[-1], end) > SNAP:
                sides += _side(line, end)
                line = []
            line.append(e)
        sides += _side(line, end)
    return sides


def _side(rules: Sequence[Edge], end: str) -> list[Edge]:
    if len(rules) < 2:
        return []
    at = sum(getattr(e, end) for e in rules) / len(rules)
    return [Edge(True, at, min(e.at for e in rules), max(e.at for e in rules))]


class _Rules:
    """Rules of one direction, sorted by where they stand, so that the few near a line are
    found by bisection: a grid asks whether a rule covers a span for every pair of lines."""

    def __init__(self, edges: Sequence[Edge]) -> None:
        self.edges = sorted(edges, key=lambda e: e.at)
        self.ats = [e.at for e in self.edges]

    def covers(self, at: float, lo: float, hi: float) -> bool:
        # a hair wider than SNAP, so that rounding cannot leave out a rule the test below keeps
        near = self.edges[bisect_left(self.ats, at - SNAP - 1e-6):bisect_right(self.ats, at + SNAP + 1e-6)]
        return any(abs(e.at - at) <= SNAP and e.lo <= lo + SNAP and e.hi >= hi - SNAP for e in near)


def _cells(horizontal: Sequence[Edge], vertical: Sequence[Edge]) -> list[Box]:
    """The smallest rectangles whose four sides are drawn."""
    xs = sorted({round(e.at, 1) for e in vertical})
    ys = sorted({round(e.at, 1) for e in horizontal})
    across, down = _Rules(horizontal), _Rules(vertical)
    corners = {(x, y) for x in xs for y in ys if down.covers(x, y, y) and across.covers(y, x, x)}
    cells: list[Box] = []
    for x, y in sorted(corners, key=lambda p: (p[1], p[0])):
        below = [y2 for y2 in ys[bisect_right(ys, y):] if (x, y2) in corners]
        right = [x2 for x2 in xs[bisect_right(xs, x):] if (x2, y) in corners]
        found = next(((x2, y2) for y2 in below for x2 in right
                      if (x2, y2) in corners and down.covers(x, y, y2) and down.covers(x2, y, y2)
                      and across.covers(y, x, x2) and across.covers(y2, x, x2)), None)
        if found:
            cells.append(Box(x, y, found[0], found[1]))
    return cells


def _group(cells: Sequence[Box]) -> list[list[Box]]:
    """Cells that share a corner belong to one table."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[float, float], int] = {}
    for i, c in enumerate(cells):
        for corner in ((c.x0, c.top), (c.x1, c.top), (c.x0, c.bottom), (c.x1, c.bottom)):
            j = owner.setdefault(corner, i)
            parent[root(j)] = root(i)
    groups: dict[int, list[Box]] = {}
    for i, c in enumerate(cells):
        groups.setdefault(root(i), []).append(c)
    return sorted(groups.values(), key=lambda g: min(c.top for c in g))


def _cell_text(chars: Sequence[Char], middles: Sequence[float]) -> str:
    """Characters, given in the order of their ``middles``, in reading order: lines top to
    bottom, each left to right (a character joins the line whose mean middle is within half
    its height)."""
    lines: list[list[Char]] = []
    total = 0.0  # the sum of the middles of the last line's characters, kept as it grows
    for ch, middle in zip(chars, middles, strict=True):
        height = ch.box.bottom - ch.box.top
        if lines and abs(middle - total / len(lines[-1])) < 0.5 * (height if height > 1.0 else 1.0):
            lines[-1].append(ch)
            total += middle
        else:
            lines.append([ch])
            total = middle
    return "\n".join(_line_text(line) for line in lines).strip()


def _line_text(line: list[Char]) -> str:
    parts: list[str] = []
    last_x1: float | None = None  # the right edge of the character before
    spaced = False  # whether the text so far ends in a space
    for ch in sorted(line, key=lambda c: c.box.x0):
        box = ch.box
        size = max(box.bottom - box.top, 1.0)
        if last_x1 is not None and box.x0 - last_x1 > 0.25 * size and not spaced:
            parts.append(" ")  # a gap with no space character drawn in it
            spaced = True
        if ch.text:
            parts.append(ch.text)
            spaced = ch.text.endswith(" ")
        last_x1 = box.x1
    return " ".join("".join(parts).split())


def may_hold_grid(boxes: Sequence[Box]) -> bool:
    """Whether rules drawn as ``boxes`` could make a table of two rows and two columns for
    pdfplumber's finder, which takes every side of every box as a rule, snaps rules within
    ``SNAP`` points together, joins those that touch and drops those shorter than ``SNAP``.
    Such a table needs three lines, each more than ``SNAP`` from the one before, across and
    down: boxed paragraphs, underlines and a rule under the header make none.

    Every count here is one the finder's could only fall short of: a line counts if any of
    its sides is long, or could be joined to another into a long one.
    """
    across = [(b.top, b.x0, b.x1) for b in boxes if b.x1 > b.x0] + [(b.bottom, b.x0, b.x1) for b in boxes
                                                                     if b.x1 > b.x0 and b.bottom > b.top]
    down = [(b.x0, b.top, b.bottom) for b in boxes if b.bottom > b.top] + [(b.x1, b.top, b.bottom) for b in boxes
                                                                          if b.bottom > b.top and b.x1 > b.x0]
    return _apart(_kept(across)) >= 3 and _apart(_kept(down)) >= 3


def _kept(sides: list[tuple[float, float, float]]) -> list[float]:
    """Where the sides (at, from, to) that could outlast the finder's length filter stand:
    a long one, or a short one with another side of its snapped line within ``SNAP`` of it."""
    kept: list[float] = []
    group: list[tuple[float, float, float]] = []
    for side in sorted(sides) + [(float("inf"), 0.0, 0.0)]:
        if group and side[0] - group[-1][0] > SNAP:  # a snapped line can only gather a chain like this
            kept += [group[i][0] for i in range(len(group)) if _may_last(group, i)]
            group = []
        group.append(side)
    return kept


def _may_last(line: list[tuple[float, float, float]], i: int) -> bool:
    at, lo, hi = line[i]
    return hi - lo >= SNAP or any(k != i and o[1] <= hi + SNAP and o[2] >= lo - SNAP for k, o in enumerate(line))


def _apart(values: Iterable[float]) -> int:
    """How many of ``values`` stand more than ``SNAP`` from the last one counted, in order:
    no chain of values within ``SNAP`` of each other can make more groups."""
    count, last = 0, float("-inf")
    for v in sorted(values):
        if v - last > SNAP:
            count, last = count + 1, v
    return count


@dataclass(frozen=True)
class Grid:
    """A table's cells, found from its rules before any text is read."""

    cells: tuple[Box, ...]
    box: Box


def find_grids(boxes: Iterable[Box]) -> list[Grid]:
    """The grids of cells, two rows and two columns at least, that ``boxes`` draw."""
    edges = edges_of(boxes)
    horizontal = _merge([e for e in edges if not e.vertical])
    vertical = _merge([e for e in edges if e.vertical] + _outer_sides(horizontal))
    if len(horizontal) < 3 or len(vertical) < 3:
        return []
    grids: list[Grid] = []
    for cells in _group(_cells(horizontal, vertical)):
        tops = sorted({c.top for c in cells})
        if len(tops) < 2 or len({c.x0 for c in cells}) < 2:
            continue
        box = Box(min(c.x0 for c in cells), tops[0], max(c.x1 for c in cells), max(c.bottom for c in cells))
        grids.append(Grid(tuple(cells), box))
    return grids


def fill(grids: Sequence[Grid], chars: Sequence[Char]) -> list[FoundTable]:
    """Each grid with the text of ``chars`` in its cells."""
    mids = [(b.top + b.bottom) / 2 for _, b in chars]
    order = sorted(range(len(chars)), key=mids.__getitem__)  # by middle, ties in the given order
    by_middle = [chars[k] for k in order]
    middles = [mids[k] for k in order]
    centres = [(chars[k].box.x0 + chars[k].box.x1) / 2 for k in order]
    tables: list[FoundTable] = []
    # the characters of a row's band (cells of a row share it), sorted by centre: each cell's
    # are then found by bisection rather than by testing every character of its row
    bands: dict[tuple[float, float], tuple[list[float], list[int]]] = {}
    for found in grids:
        tops = sorted({c.top for c in found.cells})
        lefts = sorted({c.x0 for c in found.cells})
        rows = [[""] * len(lefts) for _ in tops]
        for cell in found.cells:
            # the last column takes the text that runs past the table's edge (and the page's)
            x1 = float("inf") if abs(cell.x1 - found.box.x1) <= SNAP else cell.x1
            band = bands.get((cell.top, cell.bottom))
            if band is None:
                ks = sorted(range(bisect_left(middles, cell.top), bisect_right(middles, cell.bottom)),
                            key=centres.__getitem__)
                band = bands[cell.top, cell.bottom] = ([centres[k] for k in ks], ks)
            inside = sorted(band[1][bisect_left(band[0], cell.x0):bisect_right(band[0], x1)])
            rows[tops.index(cell.top)][lefts.index(cell.x0)] = _cell_text([by_middle[k] for k in inside],
                                                                         [middles[k] for k in inside])
        tables.append(FoundTable(tuple(tuple(row) for row in rows), found.box))
    return tables


def find_tables(boxes: Iterable[Box], chars: Sequence[Char]) -> list[FoundTable]:
    """The ruled tables that ``boxes`` draw, with the text of ``chars`` in their cells."""
    return fill(find_grids(boxes), chars)
