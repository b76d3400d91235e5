"""Readers: one module per file format, each turning bytes into a ``Source``.

``read_path`` picks the reader by the file's content first and its extension second, so a
PDF named .txt is still read as a PDF and a text file named .pdf as text. PNG, JPEG and TIFF
images are known by their signature and read by OCR, as are a PDF's pages without usable text
(``ocr``: ``OcrOptions``, see ``scan``). Heavy libraries are
imported inside their reader, and ``guards`` checks the bytes before a library sees them.

Limits keep memory and time bounded: a file may hold at most ``max_size`` bytes (50 MB unless
raised with ``--max-size``), and its text — a text file, or what a PDF or DOCX holds — at most a
tenth of that, since text is what the pipeline spends its time on (a resolution runs to a few
hundred kilobytes).
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

try:  # the C module hashlib wraps, as ``random`` does: hashlib loads OpenSSL, 4 ms of a start-up
    from _sha256 import sha256
except ImportError:  # another Python (3.12 names it _sha2)
    from hashlib import sha256

from ..errors import InputError, NqparseError
from ..source import Note, Source, SourceFormat, SourceTable
from .guards import check_docx, check_pdf, image_kind, refuse_other_formats
from .options import DEFAULT_OCR, OcrOptions

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
"""Files larger than this are refused unless the caller raises the limit (``--max-size``)."""

TEXT_SHARE = 10
"""The text of a document may be at most ``max_size // TEXT_SHARE`` characters."""

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".text": "txt", ".markdown": "md"}


def sniff_format(data: bytes, suffix: str) -> SourceFormat | None:
    """The format the bytes really are, or None when the content says nothing."""
    if b"%PDF-" in data[:1024]:  # readers accept a little junk before the header
        return "pdf"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "docx"
    if image_kind(data):
        return "image"
    return None


def _too_large(size: int, limit: int, what: str, label: str) -> InputError:
    return InputError(f"{what} {size:,} bytes, over the {limit:,}-byte limit", path=label,
                      hint="raise it with --max-size")


def read_bytes(data: bytes, *, name: str | None, suffix: str = "", encoding: str | None = None,
               max_size: int = DEFAULT_MAX_SIZE, ocr: OcrOptions = DEFAULT_OCR) -> Source:
    label = name or "<stdin>"
    try:
        return _read_bytes(data, label, name, suffix, encoding, max_size, ocr)
    except NqparseError as e:
        if e.path is None:
            e.path = label  # raised below the readers (the OCR engine), which know no file name
        raise


def _read_bytes(data: bytes, label: str, name: str | None, suffix: str, encoding: str | None,
                max_size: int, ocr: OcrOptions) -> Source:
    if len(data) > max_size:
        raise _too_large(len(data), max_size, "file is", label)
    if not data.strip():
        raise InputError("file is empty" if not data else "file holds only white space", path=label)
    text_limit = max(max_size // TEXT_SHARE, 1)
    refuse_other_formats(data, label)
    fmt = sniff_format(data, suffix)
    claimed = suffix.lower()
    source: Source
    if fmt == "pdf":
        check_pdf(data, label)
        from .pdf import read_pdf

        source = _repaired(read_pdf(data, label, ocr))
    elif fmt == "image":
        from .image import read_image

        source = _repaired(read_image(data, label, ocr))
    elif fmt == "docx":
        check_docx(data, label)
        from .docx import read_docx

        source = _repaired(read_docx(data, label))
    else:
        if len(data) > text_limit:
            raise _too_large(len(data), text_limit, "text file is", label)
        from .text import read_text

        try:
            source = read_text(data, label, encoding=encoding)
        except InputError as e:
            if claimed in (".pdf", ".docx") and "binary" in e.message:
                kind = "PDF (no %PDF- header)" if claimed == ".pdf" else "DOCX (not a ZIP archive)"
                raise InputError(f"not a {kind}, and not text either", path=label) from None
            raise
        if name is None:
            source = replace(source, format="stdin")
        elif TEXT_SUFFIXES.get(claimed) == "md":
            source = replace(source, format="md")
    if encoding and fmt is not None:
        note = Note("option-ignored", f"--encoding {encoding} is ignored: a {fmt.upper()} file says its own encoding")
        source = replace(source, notes=(*source.notes, note))
    if len(source.text) > text_limit:
        raise InputError(f"holds {len(source.text):,} characters of text, over the {text_limit:,} limit",
                         path=label, hint="raise it with --max-size")
    return replace(source, path=name, size=len(data), sha256=sha256(data).hexdigest())


def _repaired(source: Source) -> Source:
    """A PDF's or DOCX's text with words set in TCVN3 or VNI fonts decoded, regions moved along."""
    from .legacy import decode_words, repair_text

    found = repair_text(source.text)
    if found is None:
        return source
    text, legacy, moved = found
    regions = tuple(replace(r, start=moved(r.start), end=moved(r.end)) for r in source.regions)
    boxes = tuple(replace(b, start=moved(b.start), end=moved(b.end)) for b in source.boxes)
    tables = tuple(
        SourceTable(rows=tuple(tuple(decode_words(cell, legacy) for cell in row) for row in t.rows),
                    start=moved(t.start), end=moved(t.end), index=t.index, page=t.page)
        for t in source.tables)
    encoding = f"{source.encoding}+{legacy}" if source.encoding else legacy
    return replace(source, text=text, regions=regions, tables=tables, encoding=encoding, boxes=boxes)


def read_file(path: str | Path, *, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of a file, or ``InputError`` saying in one line why they cannot be had.

    At most ``max_size`` bytes are read, whatever the file is: a pipe, a device such as
    /dev/zero or /dev/stdin has no size to check beforehand and may never end.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file", path=str(p), hint="use 'nqparse batch' for folders")
        with p.open("rb") as f:
            info = os.fstat(f.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > max_size:
                raise _too_large(info.st_size, max_size, "file is", str(p))
            return read_bounded(f, max_size, str(p))
    except FileNotFoundError:
        raise InputError("no such file", path=str(p)) from None
    except PermissionError:
        raise InputError("permission denied", path=str(p)) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=str(p)) from None


def read_bounded(stream: BinaryIO, max_size: int, label: str) -> bytes:
    """Up to ``max_size`` bytes of a stream; ``InputError`` when there are more."""
    data = stream.read(max_size + 1)
    if len(data) > max_size:
        raise InputError(f"input is over the {max_size:,}-byte limit", path=label,
                         hint="raise it with --max-size")
    return data


def read_path(path: str | Path, *, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
              ocr: OcrOptions = DEFAULT_OCR) -> Source:
    """Read a file (or ``-`` for standard input) into a ``Source``; raise ``InputError`` if unusable."""
    if str(path) == "-":
        return read_bytes(read_bounded(sys.stdin.buffer, max_size, "<stdin>"), name=None, encoding=encoding,
                          max_size=max_size, ocr=ocr)
    p = Path(path)
    data = read_file(p, max_size=max_size)
    return read_bytes(data, name=str(p), suffix=p.suffix, encoding=encoding, max_size=max_size, ocr=ocr)
