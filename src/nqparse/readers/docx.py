"""DOCX: bytes -> Source, paragraph by paragraph and table by table, in document order.

Official documents put their header (issuing body, "*", "Số ..." | "ĐẢNG CỘNG SẢN VIỆT NAM",
place and date) and footer ("Nơi nhận" | signature) in borderless two-column tables. Such a
layout table is read column by column, each cell paragraph a line of its own, so the text
reads as a plain-text copy of the document would; so are header and footer lines set with tab
stops instead of a table. Every other table is a data table: one line per row, cells joined
by " | ". Word's automatic list numbers are written out (``docxnumbering``); footnotes and
text boxes are read under the paragraph that holds them. Running page headers and footers of
the sections are skipped.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..source import Source, SourceTable
from .builder import TextBuilder, cell_text, is_layout_table
from .docxnumbering import Numbering

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Word pads a cell to push its second line down: "ỦY BAN NHÂN DÂN          TỈNH LÀO CAI"
_PADDING = re.compile(r" {6,}|\t+")


def read_docx(data: bytes, label: str) -> Source:
    """Read a .docx file's body; raise ``InputError`` when it is not a readable Word file."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as e:  # python-docx, zipfile and lxml raise many kinds on a broken package
        raise InputError(f"not a readable DOCX file ({_reason(e)})", path=label) from None

    out = TextBuilder()
    paragraph_index = 0
    try:
        numbering = _numbering(document)
        footnotes = _footnotes(document)
        shown = 0
        tabbed: list[tuple[int, str, str]] = []
        for kind, element in _body_items(body):
            if kind == "p":
                text = Paragraph(element, document).text
                label = numbering.label(element)
                if label and text.strip():
                    text = f"{label} {text.lstrip()}"
                sides = _tab_columns(text)
                if sides is None and tabbed and _short_uncentred(text, element):
                    sides = (text.strip(), "")  # a line of the left column set without a tab
                if sides is not None and not any(True for _ in element.iter(f"{_W}footnoteReference")):
                    tabbed.append((paragraph_index, *sides))
                    paragraph_index += 1
                    continue
                _flush_tabbed(out, tabbed)
                _add_paragraph(out, text, paragraph_index)
                for box in _text_boxes(element):
                    _add_paragraph(out, box, paragraph_index)
                # a footnote reads where the reader meets it: under the paragraph that cites it
                for ref in element.iter(f"{_W}footnoteReference"):
                    note = footnotes.get(ref.get(f"{_W}id") or "")
                    if note:
                        shown += 1
                        _add_paragraph(out, f"{shown} {note}", paragraph_index)
                paragraph_index += 1
            else:
                _flush_tabbed(out, tabbed)
                table = Table(element, document)
                grid = _grid(table)
                if is_layout_table([[text for text, _ in row] for row in grid]):
                    _add_layout_table(out, grid, len(out.tables), numbering)
                elif any(text.strip() for row in grid for text, _ in row):
                    out.add_table([[text for text, _ in row] for row in grid])
        _flush_tabbed(out, tabbed)
    except InputError:
        raise
    except Exception as e:
        raise InputError(f"cannot read the DOCX content ({_reason(e)})", path=label) from None
    text = out.text()
    if not text.strip():
        raise InputError("the DOCX file holds no text", path=label)
    return Source(text=text, format="docx", regions=tuple(out.regions), tables=tuple(out.tables))


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(paragraph: Any) -> list[str]:
    """The paragraphs of text boxes anchored in ``paragraph`` (Word keeps a second, fallback
    copy of each box for old readers: it is skipped)."""
    lines: list[str] = []
    for box in paragraph.iter(f"{_W}txbxContent"):
        if any(ancestor.tag == _FALLBACK for ancestor in box.iterancestors()):
            continue
        for p in box.iter(f"{_W}p"):
            text = "".join(t.text or "" for t in p.iter(f"{_W}t"))
            if text.strip():
                lines.append(text)
    return lines


def _footnotes(document: Any) -> dict[str, str]:
    """Footnote id -> its text on one line (Word's separators left out)."""
    from docx.oxml import parse_xml

    notes: dict[str, str] = {}
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/footnotes"):
            continue
        root = parse_xml(rel.target_part.blob)
        for note in root.iter(f"{_W}footnote"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join("".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p"))
            if text.strip():
                notes[note.get(f"{_W}id") or ""] = " ".join(text.split())
    return notes


def _numbering(document: Any) -> Numbering:
    """The document's list numbering, if it has any."""
    part = document.part
    try:
        numbering = part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering = None
    try:
        styles = part.styles.element
    except (KeyError, NotImplementedError, AttributeError):
        styles = None
    return Numbering(numbering, styles)


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}"[:160] if text else type(error).__name__


def _body_items(body: Any) -> Iterator[tuple[str, Any]]:
    """The body's paragraphs and tables in order, looking inside content controls."""
    for child in body.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            yield "p", child
        elif tag == f"{_W}tbl":
            yield "tbl", child
        elif tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body_items(content)


_MARKER_ONLY = re.compile(r"^(?:[-–+•]|\(?[0-9IVXLivxa-zđ]{1,4}[.)]?)$")


def _tab_columns(text: str) -> tuple[str, str] | None:
    """(left, right) of a paragraph set in two columns with tab stops, or None.

    "QUẬN ỦY KIẾN AN<tab><tab>Kiến An, ngày ..." splits; a tab after a list marker ("1.<tab>",
    "-<tab>") or inside a long paragraph does not.
    """
    if "\t" not in text or "\n" in text or len(text) > 160 or not text.strip():
        return None
    left, _, right = text.partition("\t")
    left, right = left.strip(), " ".join(right.replace("\t", " ").split())
    if _MARKER_ONLY.match(left) and right:
        return None
    return left, right


def _short_uncentred(text: str, element: Any) -> bool:
    """A short line that is not centred: the title under a header is centred, a column line not."""
    if not text.strip() or "\n" in text or len(text) > 80:
        return False
    ppr = element.find(f"{_W}pPr")
    jc = ppr.find(f"{_W}jc") if ppr is not None else None
    return jc is None or jc.get(f"{_W}val") not in ("center", "both", "distribute")


def _flush_tabbed(out: TextBuilder, tabbed: list[tuple[int, str, str]]) -> None:
    """Paragraphs held as tab columns: left column then right when some line has both sides."""
    if not tabbed:
        return
    if any(len(left) > 1 and len(right) > 1 for _, left, right in tabbed):
        out.newline()
        for column in ([(i, left) for i, left, _ in tabbed], [(i, right) for i, _, right in tabbed]):
            for index, line in column:
                if line:
                    out.add(line, paragraph=index)
                    out.newline()
    else:
        for index, left, right in tabbed:
            _add_paragraph(out, " ".join(p for p in (left, right) if p), index)
    tabbed.clear()


def _add_paragraph(out: TextBuilder, text: str, index: int) -> None:
    """One paragraph; a manual line break inside a sentence ("... của<br>tổ chức") is a space."""
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    if not any(lines):
        out.newline(2)
        return
    previous = ""
    for line in lines:
        if not line:
            continue
        if previous and previous[-1] not in ".:;!?" and line[0].islower():
            out.add(" ", paragraph=index)
        elif previous:
            out.newline()
        out.add(line, paragraph=index)
        previous = line
    out.newline()


Cell = tuple[str, Any]  # (text, the cell object) ; a merged cell's repeats hold ""


def _grid(table: Any) -> list[list[Cell]]:
    """Rows of (text, cell); a cell merged across rows or columns is kept once, at its first place."""
    seen: set[int] = set()
    grid: list[list[Cell]] = []
    for row in table.rows:
        cells: list[Cell] = []
        for cell in row.cells:
            key = id(cell._tc)
            if key in seen:
                cells.append(("", None))
                continue
            seen.add(key)
            cells.append((cell.text, cell))
        grid.append(cells)
    return grid


def _padded_lines(line: str) -> list[str]:
    """Split a capitals line padded onto two visual lines; keep "Số:      /KH-UBND" whole."""
    pieces: list[str] = []
    for piece in _PADDING.split(line):
        piece = piece.strip()
        if not piece:
            continue
        if pieces and (not piece[0].isupper() or not _is_caps(pieces[-1]) or not _is_caps(piece)):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return pieces


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _add_layout_table(out: TextBuilder, grid: list[list[Cell]], index: int, numbering: Numbering) -> None:
    """Left column first, then the next: each cell paragraph a line of its own."""
    out.newline()
    columns = max(len(row) for row in grid)
    rows: list[tuple[str, ...]] = []
    start = out.length
    for c in range(columns):
        for r, row in enumerate(grid):
            if c >= len(row) or row[c][1] is None:
                continue
            for paragraph in row[c][1].paragraphs:
                label = numbering.label(paragraph._p)  # "Nơi nhận" lines often carry Word bullets
                text = f"{label} {paragraph.text.lstrip()}" if label and paragraph.text.strip() else paragraph.text
                for line in text.replace("\r", "\n").split("\n"):
                    for piece in _padded_lines(line):
                        out.add(piece, table=index, row=r, cell=c)
                        out.newline()
    for row in grid:
        rows.append(tuple(cell_text(text) for text, _ in row))
    out.tables.append(SourceTable(rows=tuple(rows), start=start, end=out.length, index=index))
    out.newline(2)
