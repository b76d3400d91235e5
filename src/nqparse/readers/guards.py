"""Checks that run on a file's bytes before a PDF or DOCX library sees them.

A library handed a hostile file may hang, fill the memory or fail with an error message that
names nothing the user knows. These checks refuse such files first, with one line that says
what is wrong: a zip bomb or a ZIP that is not a Word document named .docx, a truncated PDF, a
PDF whose page tree claims more pages than any document has, a Word 97-2003 or RTF file, an
image too large to decode.
"""

from __future__ import annotations

import io

from ..errors import InputError
from ..phrases.lazy import lazy_regex

MAX_PAGES = 1000
"""PDFs with more pages are refused: reading one would take many minutes."""

MAX_DOCX_UNPACKED = 256 * 1024 * 1024
"""The declared unpacked size of all parts of a .docx may not exceed this."""

MAX_DOCX_RATIO = 200
"""A part that unpacks to more than this many times its packed size (and over 1 MB) is a bomb."""

MAX_DOCX_PARTS = 10_000

MAX_IMAGE_PIXELS = 20_000 * 20_000
"""An image page of more pixels than this (an A0 sheet at 600 dpi) is refused before decoding."""

_IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"II*\x00": "tiff", b"MM\x00*": "tiff"}

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refuse_other_formats(data: bytes, label: str) -> None:
    """Refuse office formats nqparse does not read, which would otherwise pass as binary noise."""
    if data.startswith(_OLE2):
        raise InputError("a Word 97-2003 (.doc) or other OLE2 file, not .docx", path=label,
                         hint="save it as .docx or .pdf")
    if data.lstrip()[:5] == b"{\\rtf":
        raise InputError("an RTF file", path=label, hint="save it as .docx or .pdf")


def check_docx(data: bytes, label: str) -> None:
    """Refuse a .docx that is not a ZIP, lacks the document part, or would unpack to too much."""
    import zipfile  # here: with what it imports, 5 ms of every start-up that reads no DOCX

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        raise InputError(f"not a DOCX file: the ZIP container is broken ({e})", path=label) from None
    if len(parts) > MAX_DOCX_PARTS:
        raise InputError(f"not a DOCX file: the ZIP holds {len(parts):,} parts", path=label)
    total = 0
    for part in parts:
        total += part.file_size
        if part.flag_bits & 0x1:
            raise InputError("the DOCX file is encrypted", path=label, hint="save an unprotected copy")
        if part.file_size > 1024 * 1024 and part.file_size > MAX_DOCX_RATIO * max(part.compress_size, 1):
            raise InputError(f"refused as a zip bomb: {part.filename} would unpack "
                             f"{part.compress_size:,} bytes to {part.file_size:,}", path=label)
    if total > MAX_DOCX_UNPACKED:
        raise InputError(f"refused as a zip bomb: the parts would unpack to {total:,} bytes", path=label)
    names = {part.filename for part in parts}
    if "word/document.xml" not in names:
        what = "an OpenDocument file" if "content.xml" in names else "a ZIP archive"
        raise InputError(f"not a Word document: {what} without word/document.xml", path=label)


_PAGES_COUNT = lazy_regex(rb"/Type\s*/Pages\b[^>]{0,400}?/Count\s+(\d{1,12})|/Count\s+(\d{1,12})[^>]{0,400}?/Type\s*/Pages\b")


def check_pdf(data: bytes, label: str) -> None:
    """Refuse a PDF cut short, or whose page tree (when not compressed) claims too many pages."""
    tail = data[-4096:].rstrip(b"\x00\r\n\t\f ")
    if b"%%EOF" not in tail[-1100:]:
        raise InputError("the PDF file is truncated (no end-of-file marker)", path=label,
                         hint="download or copy it again")
    counts = [int(m.group(1) or m.group(2)) for m in _PAGES_COUNT.finditer(data)]
    if counts:
        check_page_count(max(counts), label)


def check_page_count(pages: int, label: str) -> None:
    """Refuse a document of more than ``MAX_PAGES`` pages; PDF and image readers call it once they know."""
    if pages > MAX_PAGES:
        raise InputError(f"the file claims {pages:,} pages, over the limit of {MAX_PAGES:,}", path=label)


def image_kind(data: bytes) -> str | None:
    """"png", "jpeg" or "tiff" when the bytes open with that format's signature, else None."""
    return next((kind for magic, kind in _IMAGE_MAGIC.items() if data.startswith(magic)), None)


def check_image_size(width: int, height: int, label: str) -> None:
    """Refuse an image whose page would take gigabytes to decode."""
    if width * height > MAX_IMAGE_PIXELS:
        raise InputError(f"the image is {width:,} x {height:,} pixels, over the limit of "
                         f"{MAX_IMAGE_PIXELS:,}", path=label)
