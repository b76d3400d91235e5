"""How many pages of a document OCR will read, guessed cheaply before the batch's work starts.

A progress bar that counts documents stands still for minutes on a 40-page scan; one that
counts the pages of the documents to be OCR'd moves as each page is read. The guess costs a
few milliseconds a PDF: its page count, and under ``--ocr auto`` its first page's text layer
judged as the PDF reader judges every page (``scan.usable_text_layer``, after the legacy
font repair). An image is OCR'd frame by frame. A wrong guess only makes the bar's total
wrong until the document finishes.
"""

from __future__ import annotations

import io
from pathlib import Path

from ..readers.options import OcrOptions

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def pages_to_ocr(source: Path | bytes, suffix: str, ocr: OcrOptions) -> int:
    """The pages of a file (its path, or its bytes once read) expected to be OCR'd; 0 for a
    text file, a DOCX, or a PDF whose text layer reads as Vietnamese, and for a file that
    cannot be opened (its reader will say why)."""
    if ocr.mode == "never":
        return 0
    suffix = suffix.lower()
    try:
        if suffix == ".pdf":
            return _pdf_pages(source, ocr)
        if suffix in IMAGE_SUFFIXES:
            return _frames(source)
    except Exception:  # any library's complaint: the worker reports the file
        return 0
    return 0


def _pdf_pages(source: Path | bytes, ocr: OcrOptions) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
    try:
        count = len(doc)
        if ocr.mode == "always" or count == 0:
            return count
        page = doc[0]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        page.close()
    finally:
        doc.close()
    from ..readers.legacy import repair_text
    from ..readers.scan import usable_text_layer

    repaired = repair_text(text)
    return 0 if usable_text_layer(repaired[0] if repaired else text) else count


def _frames(source: Path | bytes) -> int:
    from PIL import Image

    with Image.open(io.BytesIO(source) if isinstance(source, bytes) else source) as image:
        return int(getattr(image, "n_frames", 1))
