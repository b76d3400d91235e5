"""A PDF page's text runs (``readers.pdftext``): read word by word where one text object draws
a line, they are the runs that reading every character's box gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from nqparse.readers.pdflayout import Segment
from nqparse.readers.pdftext import _char_runs, _CharBoxes, page_segments, page_text

from .conftest import SAMPLES, SHARED


def _pdfs() -> list[Path]:
    corpus = SHARED / "corpus"
    return sorted(SAMPLES.glob("*.pdf")) + (sorted(corpus.glob("*.pdf")) if corpus.is_dir() else [])


def _letter_by_letter(raw: object, height: float) -> list[Segment]:
    text = page_text(raw)
    segments: list[Segment] = []
    _char_runs(_CharBoxes(raw), text, 0, len(text), height, None, segments)
    return segments


@pytest.mark.parametrize("path", _pdfs(), ids=lambda p: p.stem)
def test_runs_read_by_words_are_the_runs_read_by_letters(path: Path) -> None:
    import pypdfium2

    doc = pypdfium2.PdfDocument(path)
    try:
        for index in range(len(doc)):
            page = doc[index]
            height = page.get_size()[1]
            textpage = page.get_textpage()
            assert page_segments(textpage.raw, height, None) == _letter_by_letter(textpage.raw, height), \
                f"page {index + 1}"
            textpage.close()
    finally:
        doc.close()


def test_a_dash_pdfium_took_for_a_hyphenation_is_kept_as_a_dash(shared_dir: Path) -> None:
    """pdfium marks a dash at a line's end as a hyphen it removed (code 2); in Vietnamese it is
    the text's own dash, here inside a cited number broken over two lines."""
    from nqparse import extract

    path = shared_dir / "corpus" / "lamdong-ubnd-bc-cchc-2025-phuonghuong-2026.pdf"
    if not path.exists():
        pytest.skip(f"{path.name} is not in ../shared/corpus")
    result = extract(path, with_text=True)
    assert "\x02" not in (result.text or "")
    assert "5110/KH-UBND" in {r.normalized for r in result.references}
