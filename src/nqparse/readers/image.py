"""Images (PNG, JPEG, TIFF with one page or many): bytes -> Source, by OCR.

Each frame of the file is a page. A page's resolution is the one the file records; a file
that records none (or an implausible one) is taken to be an A4 page across its width. Pages
go through the same layout rules as a PDF's (``pdf.page_items`` and ``pdf.pages_source``),
and every word's box is in the pixels of its frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..source import Source
from .guards import check_image_size, check_page_count
from .options import DEFAULT_OCR, OcrOptions
from .pdf import Item, handwriting_notes, ocr_run, page_items, pages_source, scan_tables
from .scan import ocr_pages

if TYPE_CHECKING:
    from PIL.Image import Image

A4_WIDTH_INCHES = 8.27


def read_image(data: bytes, label: str, ocr: OcrOptions = DEFAULT_OCR) -> Source:
    """OCR every frame of an image file; ``InputError`` when it cannot be opened or read."""
    if ocr.mode == "never":
        raise InputError("an image holds no text layer, and OCR is off (--ocr never)", path=label,
                         hint="read it with --ocr auto")
    frames = _frames(data, label)
    dpis = [_dpi(frame) for frame in frames]
    scans = ocr_pages(frames, dpis, ocr.jobs)
    pages: list[list[Item]] = []
    widths: list[float] = []
    for number, scan in enumerate(scans, start=1):
        pages.append(page_items(scan.lines, scan_tables(scan, number), number, scan.width, scan.height))
        widths.append(round(scan.width))
    if sum(len(item.text) for page in pages for item in page if hasattr(item, "text")) < 20:
        raise InputError("no text found in the image by OCR", path=label)
    return pages_source(pages, widths, "image", ocr_run(dict(enumerate(scans)), None),
                        handwriting_notes(dict(enumerate(scans))))


def _frames(data: bytes, label: str) -> list[Image]:
    import io

    from PIL import Image as PILImage
    from PIL import ImageSequence, UnidentifiedImageError

    try:
        image: Any = PILImage.open(io.BytesIO(data))
        check_image_size(image.width, image.height, label)
        count = getattr(image, "n_frames", 1)
        check_page_count(count, label)
        return [frame.convert("L") for frame in ImageSequence.Iterator(image)]
    except InputError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as e:
        raise InputError(f"not a readable image ({type(e).__name__}: {str(e)[:120]})", path=label) from None
    except PILImage.DecompressionBombError as e:
        raise InputError(f"refused as an image bomb ({e})", path=label) from None


def _dpi(frame: Image) -> int:
    recorded = frame.info.get("dpi")
    if recorded:
        try:
            value = round(float(recorded[0]))
        except (TypeError, ValueError, IndexError):
            value = 0
        if 100 <= value <= 1200:
            return value
    return max(round(frame.width / A4_WIDTH_INCHES), 70)
