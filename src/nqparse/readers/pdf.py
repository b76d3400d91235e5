"""PDF: bytes -> Source, with the page of every line and the cells of every ruled table.

Text comes from pypdfium2 as runs with their boxes (``pdftext``), a few milliseconds a page.
Ruled tables are found from the rules and boxes of the page's path objects (``pdfobjects``,
``pdftables``): the grid first, then each character's box only on a page that has one.
pdfplumber, some fifty times slower, is opened only for a page whose rules make no grid here
but could for its finder (``pdftables.may_hold_grid``, or curved paths). The geometry rules
(columns of the header and footer, paragraphs rejoined over line and page breaks) live in
``pdflayout``; here the pages are read, running page numbers and repeated running headers
dropped, and the text assembled with its regions.

Pages without a usable text layer (a scan, a legacy font mapped to the wrong glyphs, an old
OCR layer without diacritics) are rendered with pypdfium2 and read by OCR (``scan``) under
``--ocr auto``; ``--ocr always`` reads every page so, and ``--ocr never`` raises
``ScannedPdfError`` for a PDF without text. OCR'd lines go through the same layout rules,
and each OCR'd word keeps its pixel box. An encrypted or broken PDF raises ``InputError``.
"""

from __future__ import annotations

import io
import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..errors import InputError, ScannedPdfError
from ..source import Note, OcrRun, Source, WordBox
from .builder import TextBuilder, is_layout_table
from .guards import check_page_count
from .options import DEFAULT_OCR, OcrOptions
from .pdflayout import (
    Line,
    continues,
    is_note_start,
    mark_footnotes,
    measure,
    reading_order,
    strip_page_number,
)
from .pdfobjects import draws_curves, page_objects, path_boxes
from .pdftables import Char, Grid, fill, find_grids, may_hold_grid
from .pdftext import page_lines
from .scan import LANGUAGE, OcrSegment, PageScan, Region

if TYPE_CHECKING:
    from PIL.Image import Image

PAGES_AT_ONCE = 2
"""Pages rendered ahead of the OCR workers, per worker: bounds memory (a 300 dpi page is 9 MB)."""

MIN_RULES_FOR_TABLE = 4
"""A page drawing fewer path objects than this has no ruled table worth pdfplumber's time."""


@dataclass
class Table:
    rows: list[list[str]]
    page: int
    top: float
    bottom: float
    extends: bool = False  # goes on from the table at the foot of the previous page
    cell_boxes: list[list[tuple[int, int, int, int] | None]] | None = None  # OCR'd pages: pixels per cell


Item = Line | Table


def read_pdf(data: bytes, label: str, ocr: OcrOptions = DEFAULT_OCR) -> Source:
    """Read a PDF's text, by OCR where its text layer is missing or unusable (see ``ocr.mode``)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise InputError("the PDF is encrypted", path=label,
                             hint="give a copy saved without a password") from None
        raise InputError(f"not a readable PDF ({_reason(e)})", path=label) from None
    except Exception as e:
        raise InputError(f"not a readable PDF ({_reason(e)})", path=label) from None
    try:
        check_page_count(len(doc), label)
        pages, widths, scans = _read_pages(doc, data, ocr)
    except InputError:
        raise
    except Exception as e:
        raise InputError(f"cannot read the PDF's text ({_reason(e)})", path=label) from None
    finally:
        doc.close()
    count = len(pages)
    chars = sum(len(ln.text.replace(" ", "")) for page in pages for ln in page if isinstance(ln, Line))
    chars += sum(len("".join(c for row in t.rows for c in row)) for page in pages for t in page
                 if isinstance(t, Table))
    if chars < 20 * max(count, 1) and not scans:
        raise ScannedPdfError("the PDF has no text layer (a scan?), and OCR is off (--ocr never)", path=label,
                              hint="read it with --ocr auto")
    if chars < 20:
        raise InputError("the PDF holds no text, not even by OCR (blank pages?)", path=label)
    return pages_source(pages, widths, "pdf", ocr_run(scans, ocr.dpi), handwriting_notes(scans))


def pages_source(pages: list[list[Item]], widths: list[float], fmt: Literal["pdf", "image"],
                 ocr: OcrRun | None, notes: tuple[Note, ...] = ()) -> Source:
    """The pages' lines and tables assembled into one text, with its regions and word boxes."""
    boxes: list[WordBox] = []
    builder = _assemble(pages, widths, boxes)
    return Source(text=builder.text(), format=fmt, pages=len(pages), regions=tuple(builder.regions),
                  tables=tuple(builder.tables), boxes=tuple(boxes), ocr=ocr, notes=notes)


def handwriting_notes(scans: dict[int, PageScan]) -> tuple[Note, ...]:
    """A warning for each page where digits written by hand (a number, a day) were read: a
    reader of handwriting is surer of some hands than of others, so they are worth a look."""
    return tuple(Note("handwriting", f"page {k + 1}: {', '.join(scan.by_hand)} read from handwriting in "
                      "the header; check against the scan") for k, scan in sorted(scans.items()) if scan.by_hand)


def ocr_run(scans: dict[int, PageScan], dpi: int | None) -> OcrRun | None:
    """What ``source.ocr`` says of the pages read by OCR (numbered from 0 in ``scans``)."""
    if not scans:
        return None
    from .scan import engine

    confidences = [c for scan in scans.values() for c in scan.confidences]
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return OcrRun(pages=tuple(k + 1 for k in sorted(scans)), engine=engine()[1], language=LANGUAGE,
                  dpi=dpi, confidence=mean)


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}"[:160] if text else type(error).__name__


def _read_pages(doc: Any, data: bytes, ocr: OcrOptions) -> tuple[list[list[Item]], list[float],
                                                                  dict[int, PageScan]]:
    import pypdfium2.raw as pdfium_c

    plumber: Any = None
    read: list[tuple[list[Line], list[Table], float, float]] = []
    todo: list[int] = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            paths = page_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH)
            rules = path_boxes(paths, height) \
                if len(paths) >= MIN_RULES_FOR_TABLE else []
            grids = find_grids(rules) if len(rules) >= MIN_RULES_FOR_TABLE else []
            chars: list[Char] | None = [] if grids else None  # each character's box, for the cells
            lines = page_lines(page, height, chars, [(grid.box.top, grid.box.bottom) for grid in grids])
            if _needs_ocr(page, lines, ocr):
                todo.append(index)
                read.append(([], [], width, height))
                continue
            tables: list[Table] = []
            if len(rules) >= MIN_RULES_FOR_TABLE:
                tables = _grid_tables(grids, chars or [], index + 1)
                if not tables and (may_hold_grid(rules) or draws_curves(paths)):
                    # rules that make no grid here (broken rules, curves): pdfplumber's finder, slower,
                    # snaps and joins them its own way
                    if plumber is None:
                        import pdfplumber

                        plumber = pdfplumber.open(io.BytesIO(data))
                    tables = _tables(plumber.pages[index], index + 1)
            read.append((lines, tables, width, height))
    finally:
        if plumber is not None:
            plumber.close()
    scans = _ocr(doc, todo, ocr)
    pages: list[list[Item]] = []
    widths: list[float] = []
    for index, (lines, tables, width, height) in enumerate(read):
        if index in scans:  # a page set upright may have turned from landscape to portrait
            lines, width, height = scans[index].lines, scans[index].width, scans[index].height
            tables = scan_tables(scans[index], index + 1)
        pages.append(page_items(lines, tables, index + 1, width, height))
        widths.append(round(width))
    _drop_running_lines(pages)
    _link_split_tables(pages)
    return pages, widths, scans


def page_items(lines: list[Line], tables: list[Table], number: int, width: float, height: float) -> list[Item]:
    """One page's lines in reading order, page number dropped, footnotes marked, tables in place."""
    lines = strip_page_number(lines)
    for k, ln in enumerate(lines):
        ln.page = number
        ln.gap_before = ln.top - lines[k - 1].bottom if k else None
    mark_footnotes(lines, height)
    return _place_tables(lines, tables, width)


def scan_tables(scan: PageScan, number: int) -> list[Table]:
    """The ruled tables found on a scanned page, kept as a text-layer page's are."""
    return [Table(t.rows, number, t.top, t.bottom, cell_boxes=t.cell_boxes) for t in scan.tables
            if len(t.rows) >= 2 and max(len(r) for r in t.rows) >= 2 and not is_layout_table(t.rows)]


def _needs_ocr(page: Any, lines: list[Line], ocr: OcrOptions) -> bool:
    """Whether to OCR a page: always, never, or when its text layer is not usable Vietnamese."""
    if ocr.mode != "auto":
        return ocr.mode == "always"
    from .legacy import repair_text
    from .scan import usable_text_layer

    text = "\n".join(ln.text for ln in lines)
    repaired = repair_text(text)
    if usable_text_layer(repaired[0] if repaired else text):
        words = sum(1 for w in text.split() if any(c.isalpha() for c in w))
        return words < 15 and _has_image(page)  # a few words stamped over a scanned page
    return True


def _has_image(page: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    return bool(page_objects(page, pdfium_c.FPDF_PAGEOBJ_IMAGE, first=True))


def _ocr(doc: Any, todo: list[int], ocr: OcrOptions) -> dict[int, PageScan]:
    """OCR the pages ``todo``: rendered a few at a time (pdfium is not thread-safe), read in parallel."""
    from .scan import engine, ocr_pages

    if not todo:
        return {}
    engine()
    scans: dict[int, PageScan] = {}
    lock = threading.Lock()
    step = max(ocr.jobs, 1) * PAGES_AT_ONCE
    for at in range(0, len(todo), step):
        batch = todo[at:at + step]
        pages = [doc[i] for i in batch]
        images = [page.render(scale=ocr.dpi / 72, grayscale=True).to_pil() for page in pages]
        regions = [region_renderer(page, ocr.dpi, lock) for page in pages]
        for index, scan in zip(batch, ocr_pages(images, [ocr.dpi] * len(images), ocr.jobs, regions), strict=True):
            scans[index] = scan
    return scans


def region_renderer(page: Any, dpi: int, lock: threading.Lock) -> Region:
    """Renders a box of ``page`` (pixels of its rendering at ``dpi``; a part past the page is
    white) at ``factor`` times ``dpi``: a scan stored at another resolution gives more than
    the page image enlarged. ``lock`` keeps pdfium to one thread."""
    def render(box: tuple[int, int, int, int], factor: float) -> Image:
        from PIL import Image as PILImage

        width, height = page.get_size()  # points
        if page.get_rotation() in (90, 270):
            width, height = height, width
        x0, y0 = max(box[0], 0), max(box[1], 0)
        x1, y1 = min(box[2], width * dpi / 72), min(box[3], height * dpi / 72)
        out = PILImage.new("L", (round((box[2] - box[0]) * factor), round((box[3] - box[1]) * factor)), 255)
        if x1 > x0 and y1 > y0:
            at = 72 / dpi
            crop = (x0 * at, height - y1 * at, width - x1 * at, y0 * at)  # left, bottom, right, top, in points
            with lock:
                part = page.render(scale=dpi * factor / 72, grayscale=True, crop=crop).to_pil()
            out.paste(part, (round((x0 - box[0]) * factor), round((y0 - box[1]) * factor)))
        return out

    return render


def _grid_tables(grids: list[Grid], chars: list[Char], number: int) -> list[Table]:
    return [Table([list(row) for row in found.rows], number, found.box.top, found.box.bottom)
            for found in fill(grids, chars) if not is_layout_table(found.rows)]


def _tables(page: Any, number: int) -> list[Table]:
    found: list[Table] = []
    for table in page.find_tables():
        rows = [[c or "" for c in row] for row in table.extract()]
        rows = [row for row in rows if any(c.strip() for c in row)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2 or is_layout_table(rows):
            continue  # a ruled header or footer reads better as columns of lines
        x0, top, x1, bottom = table.bbox
        found.append(Table(rows, number, top, bottom))
    return found


def _place_tables(lines: list[Line], tables: list[Table], width: float) -> list[Item]:
    """Lines in reading order, each table in place of the lines it covers."""
    if not tables:
        return list(reading_order(lines, width))
    items: list[Item] = []
    run: list[Line] = []
    pending = sorted(tables, key=lambda t: t.top)
    for ln in lines:
        middle = (ln.top + ln.bottom) / 2
        inside = next((t for t in tables if t.top - 1 <= middle <= t.bottom + 1), None)
        if inside is None:
            while pending and pending[0].bottom < middle:
                items.extend(reading_order(run, width))
                run = []
                items.append(pending.pop(0))
            run.append(ln)
            continue
        items.extend(reading_order(run, width))
        run = []
        while pending and pending[0].top <= inside.top:
            items.append(pending.pop(0))  # the table stands where its first line stood
    items.extend(reading_order(run, width))
    items.extend(pending)
    return items


_DIGITS = re.compile(r"\d+")


def _drop_running_lines(pages: list[list[Item]]) -> None:
    """A short line that opens (or closes) most pages alike is a running header (or footer)."""
    if len(pages) < 3:
        return
    for position in (0, -1):
        keys = Counter(_key(page[position]) for page in pages if len(page) > 1)
        for key, n in keys.items():
            if key and n >= 3 and n >= 0.4 * len(pages):
                for page in pages:
                    if len(page) > 1 and _key(page[position]) == key:
                        page.pop(position)


def _key(item: Item) -> str:
    if not isinstance(item, Line) or item.column or len(item.text) > 120:
        return ""
    return _DIGITS.sub("#", item.text.lower())


def _link_split_tables(pages: list[list[Item]]) -> None:
    """A table at the foot of a page that goes on at the top of the next is one table.

    The header row repeated on the new page is dropped; a row cut by the page break (its
    continuation has no number of its own and starts in lower case, or fills the cells the
    first part left empty) is joined back into one row.
    """
    for before, after in zip(pages, pages[1:], strict=False):
        if not before or not after or not isinstance(before[-1], Table) or not isinstance(after[0], Table):
            continue
        first, second = before[-1], after[0]
        if max(map(len, first.rows)) != max(map(len, second.rows)):
            continue
        second.extends = True
        if second.rows and [c.strip() for c in second.rows[0]] == [c.strip() for c in first.rows[0]]:
            second.rows.pop(0)
        if second.rows and first.rows and _is_cut_row(first.rows[-1], second.rows[0]):
            head = second.rows.pop(0)
            first.rows[-1] = [" ".join(p for p in (a.strip(), b.strip()) if p)
                              for a, b in zip(first.rows[-1], head + [""] * (len(first.rows[-1]) - len(head)),
                                              strict=False)]


def _is_cut_row(last: list[str], head: list[str]) -> bool:
    if not head or head[0].strip():
        return False  # the row has a number of its own
    text = next((c.strip() for c in head if c.strip()), "")
    if text[:1].islower():
        return True
    filled_last = {i for i, c in enumerate(last) if c.strip()}
    filled_head = {i for i, c in enumerate(head) if c.strip()}
    return bool(filled_head) and not (filled_last & filled_head - {1})


def _add_notes(out: TextBuilder, notes: list[Line]) -> None:
    """Footnotes, each on one line: a line opening with a note mark starts the next one."""
    for k, note in enumerate(notes):
        if k and not is_note_start(note.text):
            out.add(" ", page=note.page)
        else:
            out.newline()
        out.add(note.text, page=note.page)


def _add_line(out: TextBuilder, line: Line, boxes: list[WordBox]) -> None:
    """Add a line's text; for OCR'd words, note where each landed and its pixel box."""
    start = out.length
    out.add(line.text, page=line.page)
    at = start
    for seg in line.segments:
        if not seg.text.strip():
            continue
        if isinstance(seg, OcrSegment):
            pos = at
            for word in seg.words:
                boxes.append(WordBox(pos, pos + len(word.text), line.page, word.box))
                pos += len(word.text) + 1
        at += len(seg.text.strip()) + 1


def _assemble(pages: list[list[Item]], widths: list[float], boxes: list[WordBox] | None = None) -> TextBuilder:
    # the plain-text layout's rule, imported late: the layout imports the phrases
    from ..plainlayout import runs_on_after_dash

    # portrait and landscape pages have text blocks of their own widths
    margins_of = {w: measure([ln for page, pw in zip(pages, widths, strict=True) if pw == w
                              for ln in page if isinstance(ln, Line)], w) for w in set(widths)}
    out = TextBuilder()
    previous: Item | None = None
    notes: list[Line] = []  # footnotes wait for the paragraph running over the page break to end
    for page, width in zip(pages, widths, strict=True):
        margins = margins_of[width]
        for item in page:
            if isinstance(item, Line) and item.note:
                notes.append(item)
                continue
            joined = isinstance(previous, Line) and not isinstance(item, Table) and \
                continues(previous, item, margins, same_page=previous.page == item.page)
            if notes and not joined:
                _add_notes(out, notes)
                notes.clear()
                out.newline(2)
            if isinstance(item, Table):
                extend = item.extends and isinstance(previous, Table)
                out.add_table(item.rows, page=item.page, extend=extend, cell_boxes=item.cell_boxes,
                              boxes=boxes)
                previous = item
                continue
            if joined:
                # "Công văn số 428/TTXT-" / "ĐTDN ngày ...": a number broken after its dash is one word
                glued = isinstance(previous, Line) and runs_on_after_dash(previous.text.rstrip(), item.text.lstrip())
                out.add("" if glued else " ", page=item.page)
            elif previous is not None:
                big_gap = item.gap_before is None or item.gap_before > 1.1 * margins.line_height
                out.newline(2 if (big_gap and not item.column) or (isinstance(previous, Line)
                                                                   and previous.column != item.column) else 1)
            _add_line(out, item, boxes if boxes is not None else [])
            previous = item
    _add_notes(out, notes)
    out.newline()
    return out
