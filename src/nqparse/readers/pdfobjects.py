"""A PDF page's drawn objects, read from pypdfium2's raw page objects.

``page_objects`` walks the page's objects of one kind (and those of the forms it draws, one
level down) as raw handles: pypdfium2's own walk wraps every object of the page in a Python
object first, which costs more than reading the few paths a page draws. ``path_boxes`` turns
a path into the boxes and rules it draws, for the table finder (``pdftables``);
``draws_curves`` tells whether some paths bend, which those boxes leave out.
"""

from __future__ import annotations

import ctypes
from functools import cache
from typing import Any

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


def path_boxes(obj: Any, height: float) -> list[Box]:
    """The boxes a path draws, measured from the page's top: each closed four-sided subpath
    (a rule drawn as a thin rectangle, a cell's border or shading) and each straight segment.

    One path object often holds every rule of a table row, so its bounds alone say nothing.
    Curves (rounded corners, drawings) are passed over.
    """
    import pypdfium2.raw as pdfium_c

    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    boxes: list[Box] = []
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

    at_x, at_y = ctypes.byref(x), ctypes.byref(y)
    raw = obj
    segment_at = unchecked("FPDFPath_GetPathSegment")  # four calls a segment: see ``unchecked``
    kind_of, point_of = unchecked("FPDFPathSegment_GetType"), unchecked("FPDFPathSegment_GetPoint")
    closes = unchecked("FPDFPathSegment_GetClose")
    move, line = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO
    for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
        segment = segment_at(raw, i)
        kind = kind_of(segment)
        point_of(segment, at_x, at_y)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
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
    return boxes


def _axis_aligned(p: tuple[float, float], q: tuple[float, float]) -> bool:
    return abs(p[0] - q[0]) < 0.5 or abs(p[1] - q[1]) < 0.5


