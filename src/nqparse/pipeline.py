"""The only module that knows the order of the stages, and what each needs:

1. read (``readers``): a file -> ``Source``, the raw text with its pages, regions and tables.
2. normalize: ``Source`` -> ``Text``, the text with its folded copies and offset map.
3. segment: ``Text`` -> ``Layout``, the lines as blocks with their kinds, headings, zones and
   roles (``bundle`` reads it to find where each document of a file begins).
4. mentions: ``Layout`` -> ``Mentions``, the dates, document numbers, figures and body names,
   found once (``indicators`` and ``results`` read their figures there, ``assignments`` and
   ``references`` their bodies).
5. extractors: each reads the ``Layout`` and the ``Mentions``; ``issuer``, ``references`` and
   ``meeting`` read the document's header as ``document`` found it, ``meeting`` the spans of
   the references (a date right after a cited number is that document's); no other
   extractor reads another's output.
6. assemble: every extractor's output -> the document's JSON, shaped as ``models.Resolution``;
   what depends on several fields (the document's year, warnings) is settled there, and each
   span is built placed on its page.

``extract_data`` stops there: the command line and the batch write that JSON as it is. The
library's ``extract`` functions read it into a ``Resolution``, loading pydantic's models only
then.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .assemble import JSON, as_part, assemble
from .bundle import document_starts, next_document_start
from .errors import InputError
from .extractors.assignments import extract_assignments
from .extractors.document import extract_document
from .extractors.indicator_common import Indicator
from .extractors.indicators import extract_indicators
from .extractors.issuer import extract_issuer
from .extractors.meeting import extract_meeting
from .extractors.recipients import extract_recipients
from .extractors.references import extract_references
from .extractors.results import extract_results
from .extractors.signature import extract_signature
from .extractors.themes import extract_themes
from .mentions import Mentions, find_mentions
from .normalize import Text, normalize
from .readers import DEFAULT_MAX_SIZE, read_path
from .readers.options import DEFAULT_OCR, OcrOptions
from .records import At, Note
from .segment import Layout, segment
from .source import Source

if TYPE_CHECKING:
    from .models import Resolution


def extract_source(source: Source, *, with_text: bool = False) -> Resolution:
    """The file's first document; a file that bundles several gets a ``bundle`` warning."""
    return _model(extract_data(source, with_text=with_text))


def extract_source_all(source: Source, *, with_text: bool = False) -> list[Resolution]:
    """Every document a file bundles, in order, each with its own part number and page range."""
    return [_model(data) for data in extract_data_all(source, with_text=with_text)]


def _model(data: JSON) -> Resolution:
    from .models import Resolution

    return Resolution.model_validate(data)


def extract_data(source: Source, *, with_text: bool = False) -> JSON:
    """``extract_source`` as JSON-ready dicts, without building the models."""
    text = normalize(source)
    layout = segment(text)
    second = next_document_start(layout)
    if second is None:
        return _extract_layout(layout, with_text=with_text)
    # a file bundling several documents is read as its first: a reader's view of the file
    note = Note(code="bundle", message="the file holds more than one document; only the first was "
                "extracted (--all extracts each)", at=At(second, second))
    return _extract_layout(segment(_window(text, 0, second)), with_text=with_text, notes=(note,))


def extract_data_all(source: Source, *, with_text: bool = False) -> list[JSON]:
    """``extract_source_all`` as JSON-ready dicts.

    Spans of every part are offsets into the whole file's normalized text, so that a part's
    span, page and the file's text agree whichever part it came from.
    """
    text = normalize(source)
    starts = document_starts(lambda start: segment(_window(text, start, len(text.text))), len(text.text))
    ends = [*starts[1:], len(text.text)]
    results: list[JSON] = []
    for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1):
        resolution = _extract_layout(segment(_window(text, start, end)), with_text=with_text)
        results.append(as_part(resolution, number, len(starts), At(start, end), _page_range(text, start, end)))
    return results


def _window(text: Text, start: int, end: int) -> Text:
    """``text`` with everything outside ``[start, end)`` made blank lines: the part reads as a
    document of its own while its offsets stay those of the whole file."""
    if start == 0 and end >= len(text.text):
        return text
    pad = "\n" * start
    return replace(text, text=pad + text.text[start:end], folded=pad + text.folded[start:end],
                   plain=pad + text.plain[start:end])


def _page_range(text: Text, start: int, end: int) -> tuple[int | None, int | None]:
    """The pages of the part's first and last lines that the reader placed on a page."""
    regions = [r for r in text.source.regions if r.page is not None]
    if not regions:
        return None, None
    first, last = text.to_source(start), text.to_source(max(start, end - 1))
    inside = [r.page for r in regions if r.end > first and r.start <= last]
    return (inside[0], inside[-1]) if inside else (None, None)


def _extract_layout(layout: Layout, *, with_text: bool, notes: tuple[Note, ...] = ()) -> JSON:
    mentions = find_mentions(layout)
    document = extract_document(layout, mentions)
    issuer = extract_issuer(layout, document)
    references = extract_references(layout, mentions, document)
    meeting = extract_meeting(layout, mentions, document, issuer, [(r.at.start, r.at.end) for r in references])
    return assemble(
        layout,
        document=document,
        issuer=issuer,
        meeting=meeting,
        themes=extract_themes(layout, issuer.level),
        indicators=_indicators(layout, mentions, document.title_at if document.page else None),
        assignments=extract_assignments(layout, mentions, document.kind, issuer.name),
        recipients=extract_recipients(layout),
        signature=extract_signature(layout),
        references=references,
        with_text=with_text,
        # what the reader repaired or left aside (stray bytes, an option that does not apply)
        notes=(*(Note(n.code, n.message) for n in layout.text.source.notes), *notes),
        results=extract_results(layout, mentions, document.title, document.title_at),
    )


def _indicators(layout: Layout, mentions: Mentions, headline: At | None) -> list[Indicator]:
    found = extract_indicators(layout, mentions, headline)
    if not layout.text.source.tables and "|" not in layout.text.source.text:
        return found  # no tables, nor Markdown rows: their reader is not even loaded
    from .extractors.tables import extract_table_indicators, merge_indicators

    # a bundle's part keeps only the tables that lie within it
    first = len(layout.text.text) - len(layout.text.text.lstrip("\n"))
    tables = [i for i in extract_table_indicators(layout) if first <= i.at.start < len(layout.text.text)]
    return merge_indicators(layout, found, tables)


def extract(path: str | Path, *, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
            with_text: bool = False, ocr: OcrOptions = DEFAULT_OCR) -> Resolution:
    """Read a .txt, .md, .pdf, .docx or image file (or ``-`` for standard input) and extract it."""
    return extract_source(read_path(path, encoding=encoding, max_size=max_size, ocr=ocr), with_text=with_text)


def extract_all(path: str | Path, *, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
                with_text: bool = False, ocr: OcrOptions = DEFAULT_OCR) -> list[Resolution]:
    """Every document in a file that may bundle several (one result for a file of one)."""
    return extract_source_all(read_path(path, encoding=encoding, max_size=max_size, ocr=ocr), with_text=with_text)


def extract_text(text: str, *, with_text: bool = False) -> Resolution:
    """Extract from a string already in memory; ``InputError`` for an empty one, as the CLI."""
    if not isinstance(text, str):
        raise TypeError(f"extract_text() takes the text as a str, not {type(text).__name__}: "
                        "decode bytes first, or give the file to nqparse.extract()")
    if not text.strip():
        raise InputError("text is empty" if not text else "text holds only white space", path="<text>")
    return extract_source(Source(text=text, format="txt", encoding=None, size=len(text.encode("utf-8"))),
                          with_text=with_text)
