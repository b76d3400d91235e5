"""A PDF page's drawn objects, read from pypdfium2's raw page objects.

``page_objects`` walks the page's objects of one kind (and those of the forms it draws, one
level down) as raw handles: pypdfium2's own walk wraps every object of the page in a Python
object first, which costs more than reading the few paths a page draws. ``path_boxes`` turns
a page's paths into the boxes and rules they draw, for the table finder (``pdftables``);
``draws_curves`` tells whether some paths bend, which those boxes leave out.
"""

from __future__ import annotations

import ctypes
import struct
from functools import cache, partial
from typing import Any, NamedTuple

from .pdftables import Box

FORM_DEPTH = 2
"""Objects are read on the page and inside the forms it draws, not in forms within those."""


def page_objects(page: Any, kind: int, *, first: bool = False) -> list[Any]:
    """The raw handles of the page's objects of ``kind`` (``FPDF_PAGEOBJ_*``), in the order
    they are drawn; only the first one found when ``first``."""
    import pypdfium2.raw as pdfium_c

    found: list[Any] = []
    count, get = pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject
    _walk(page.raw, count, get, kind, 0, found, first)
    return found


def _walk(parent: Any, count: Any, get: Any, kind: int, level: int, found: list[Any], first: bool) -> None:
    import pypdfium2.raw as pdfium_c

    type_of, form = pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDF_PAGEOBJ_FORM
    for i in range(count(parent)):
        obj = get(parent, i)
        if not obj:
            continue
        own = type_of(obj)
        if own == kind:
            found.append(obj)
            if first:
                return
        if own == form and level < FORM_DEPTH - 1:
            _walk(obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, kind, level + 1,
                  found, first)
            if first and found:
                return


@cache
def unchecked(name: str) -> Any:
    """pdfium's C function ``name`` as a prototype that declares no argument types: ctypes
    then passes ready-made pointers and ints as they are. Checking each argument, as
    pypdfium2's binding does, costs more than the call itself, in loops that call once per
    character or path segment."""
    import pypdfium2.raw as pdfium_c

    checked = getattr(pdfium_c, name)
    return ctypes.CFUNCTYPE(checked.restype)(ctypes.cast(checked, ctypes.c_void_p).value or 0)


def draws_curves(paths: list[Any]) -> bool:
    """Whether any of the paths bends (a Bézier segment): rules that ``path_boxes`` passes over."""
    import pypdfium2.raw as pdfium_c

    segment_at, kind_of = pdfium_c.FPDFPath_GetPathSegment, pdfium_c.FPDFPathSegment_GetType
    straight = {pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO}
    return any(kind_of(segment_at(obj, i)) not in straight
               for obj in paths for i in range(pdfium_c.FPDFPath_CountSegments(obj)))


def path_boxes(paths: list[Any], height: float) -> list[Box]:
    """The boxes the paths draw, measured from the page's top: each closed four-sided subpath
    (a rule drawn as a thin rectangle, a cell's border or shading) and each straight segment.

    One path object often holds every rule of a table row, so its bounds alone say nothing.
    Curves (rounded corners, drawings) are passed over. What every path needs (the C
    functions, the buffers they write to) is made ready once for all the page's paths.
    """
    import pypdfium2.raw as pdfium_c

    matrix = pdfium_c.FS_MATRIX()
    at_matrix = ctypes.byref(matrix)
    point = (ctypes.c_float * 2)()
    at_x, at_y = ctypes.byref(point, 0), ctypes.byref(point, ctypes.sizeof(ctypes.c_float))
    read_point, read_matrix = struct.Struct("2f").unpack_from, struct.Struct("6f").unpack_from
    calls = _PathCalls(unchecked("FPDFPath_GetPathSegment"), unchecked("FPDFPathSegment_GetType"),
                       unchecked("FPDFPathSegment_GetPoint"), unchecked("FPDFPathSegment_GetClose"),
                       unchecked("FPDFPath_CountSegments"), pdfium_c.FPDF_SEGMENT_MOVETO,
                       pdfium_c.FPDF_SEGMENT_LINETO)
    get_matrix = unchecked("FPDFPageObj_GetMatrix")
    boxes: list[Box] = []
    for obj in paths:
        # a path whose matrix cannot be read is placed by none (all zeros), as a new one reads
        found = read_matrix(matrix) if get_matrix(obj, at_matrix) else (0.0,) * 6
        _path_boxes(obj, height, found, calls, partial(read_point, point), (at_x, at_y), boxes)
    return boxes


class _PathCalls(NamedTuple):
    segment_at: Any
    kind_of: Any
    point_of: Any
    closes: Any
    count: Any
    move: int
    line: int


def _path_boxes(obj: Any, height: float, matrix: tuple[float, ...], calls: _PathCalls,
                read_point: Any, at: tuple[Any, Any], boxes: list[Box]) -> None:
    """``path_boxes`` of one path, added to ``boxes``; four calls into pdfium a segment."""
    a, b, c, d, e, f = matrix
    points: list[tuple[float, float]] = []

    def flush() -> None:
        if len(points) >= 4 and all(_axis_aligned(p, q) for p, q in zip(points, points[1:] + points[:1],
                                                                           strict=True)):
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            boxes.append(Box(min(xs), height - max(ys), max(xs), height - min(ys)))
        else:
            boxes.extend(Box(min(p[0], q[0]), height - max(p[1], q[1]), max(p[0], q[0]), height - min(p[1], q[1]))
                         for p, q in zip(points, points[1:], strict=False) if _axis_aligned(p, q))
        points.clear()

    segment_at, kind_of, point_of, closes, count, move, line = calls
    at_x, at_y = at
    for i in range(count(obj)):
        segment = segment_at(obj, i)
        kind = kind_of(segment)
        point_of(segment, at_x, at_y)
        x, y = read_point()
        point = (a * x + c * y + e, b * x + d * y + f)
        if kind == move:
            flush()
        elif kind != line:
            points.clear()  # a curve: not a rule
            continue
        if not points or points[-1] != point:
            points.append(point)
        if closes(segment):
            flush()
    flush()


def _axis_aligned(p: tuple[float, float], q: tuple[float, float]) -> bool:
    return abs(p[0] - q[0]) < 0.5 or abs(p[1] - q[1]) < 0.5


