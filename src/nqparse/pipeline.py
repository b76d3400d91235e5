"""The only module that knows the order of the stages: read -> normalize -> segment ->
extract -> assemble."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .assemble import assemble
from .extractors.assignments import extract_assignments
from .extractors.document import extract_document
from .extractors.indicators import extract_indicators
from .extractors.issuer import extract_issuer
from .extractors.meeting import extract_meeting
from .extractors.recipients import extract_recipients
from .extractors.references import extract_references
from .extractors.signature import extract_signature
from .extractors.themes import extract_themes
from .models import Finding, Indicator, Resolution, Span
from .normalize import normalize
from .readers import DEFAULT_MAX_SIZE, read_path
from .segment import Layout, next_document_start, segment
from .source import Source


def extract_source(source: Source, *, with_text: bool = False) -> Resolution:
    text = normalize(source)
    layout = segment(text)
    notes: list[Finding] = []
    second = next_document_start(layout)
    if second is not None:
        # a file bundling several documents is read as its first: a reader's view of the file
        layout = segment(replace(text, text=text.text[:second], folded=text.folded[:second],
                                 plain=text.plain[:second]))
        notes.append(Finding(code="bundle", message="the file holds more than one document; "
                             "only the first was extracted", span=Span(start=second, end=second)))
    document = extract_document(layout)
    issuer = extract_issuer(layout, document)
    references = extract_references(layout, document)
    meeting = extract_meeting(layout, document, issuer, [(r.span.start, r.span.end) for r in references])
    themes, implied_years = extract_themes(layout)
    return assemble(
        layout,
        document=document,
        issuer=issuer,
        meeting=meeting,
        themes=themes,
        implied_theme_years=implied_years,
        indicators=_indicators(layout),
        assignments=extract_assignments(layout, document),
        recipients=extract_recipients(layout),
        signature=extract_signature(layout),
        references=references,
        with_text=with_text,
        notes=notes,
    )


def _indicators(layout: Layout) -> list[Indicator]:
    found = extract_indicators(layout)
    if not layout.text.source.tables:
        return found  # plain text has no tables: their reader is not even loaded
    from .extractors.tables import extract_table_indicators, merge_indicators

    # the tables of a bundle's later documents lie past the text kept
    tables = [i for i in extract_table_indicators(layout) if i.span.start < len(layout.text.text)]
    return merge_indicators(layout, found, tables)


def extract(path: str | Path, *, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
            with_text: bool = False) -> Resolution:
    """Read a .txt, .md, .pdf or .docx file (or ``-`` for standard input) and extract it."""
    return extract_source(read_path(path, encoding=encoding, max_size=max_size), with_text=with_text)


def extract_text(text: str, *, with_text: bool = False) -> Resolution:
    """Extract from a string already in memory."""
    return extract_source(Source(text=text, format="txt", encoding=None, size=len(text.encode("utf-8"))),
                          with_text=with_text)
