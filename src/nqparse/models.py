"""The output models: the JSON contract of nqparse, defined here and nowhere else.

Field names are English snake_case; values keep the document's own Vietnamese text. Every
record carries a ``span`` into the normalized text, and scalar sections carry ``spans``: one
span per filled field. ``schemas/resolution.schema.json`` is generated from these models
(``nqparse schema``); a test fails when the two drift apart.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .phrases.numbers import Number
from .records import Change, Comparator, DocumentKind, Level, Verdict


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(Model):
    """Where a value was read: ``text[start:end]`` of the normalized text.

    ``page`` (PDF, from 1), ``paragraph`` (DOCX body paragraph, from 0) and ``table``/``row``/
    ``cell`` (DOCX or PDF table, from 0) say where that text stands in the original file.
    ``box`` (OCR'd pages only) is the pixel box of the words on the page image.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int
    end: int
    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    box: list[int] | None = Field(default=None, description="OCR'd text: x0, y0, x1, y1 of its words in pixels "
                                  "of the page image (the page rendered at source.ocr.dpi, or the image file)")


FieldSpans = dict[str, Span]


class OcrInfo(Model):
    """How the text of scanned pages was read."""

    pages: list[int] = Field(description="pages read by OCR, from 1")
    engine: str = Field(description="the OCR engine and its version")
    language: str = Field(description="the engine's language model")
    dpi: int | None = Field(default=None, description="resolution PDF pages were rendered at; null for images")
    mean_confidence: float | None = Field(default=None, description="mean word confidence, 0-100")


class SourceInfo(Model):
    path: str | None = None
    format: Literal["txt", "md", "pdf", "docx", "stdin", "image"] = "txt"
    encoding: str | None = Field(default=None, description="detected or given text encoding")
    size: int = Field(default=0, description="bytes read")
    sha256: str | None = None
    pages: int | None = None
    part: int | None = Field(default=None, description="with --all: which document of the file this is, from 1")
    parts: int | None = Field(default=None, description="with --all: how many documents the file holds")
    first_page: int | None = Field(default=None, description="with --all: the page this document starts on")
    last_page: int | None = Field(default=None, description="with --all: the page this document ends on")
    span: Span | None = Field(default=None, description="with --all: the stretch of the text this document covers")
    ocr: OcrInfo | None = Field(default=None, description="set when some pages were read by OCR")


class DocumentInfo(Model):
    kind: DocumentKind = "unknown"
    number: str | None = Field(default=None, description="số và ký hiệu as written, without 'Số'")
    type_code: str | None = Field(default=None, description="type code of the number, e.g. NQ")
    body_code: str | None = Field(default=None, description="issuing-body code of the number, e.g. QU")
    date: str | None = Field(default=None, description="date of issue, ISO YYYY-MM-DD")
    year: int | None = Field(default=None, description="year the plan, theme or targets apply to")
    title: str | None = Field(default=None, description="trích yếu, or an article's headline")
    place: str | None = Field(default=None, description="place of issue, from the place-and-date line")
    draft: bool = False
    spans: FieldSpans = Field(default_factory=dict)


class Issuer(Model):
    name: str | None = None
    level: Level | None = None
    parent: str | None = Field(default=None, description="superior body in the header, if given")
    spans: FieldSpans = Field(default_factory=dict)


class Tenure(Model):
    start: int
    end: int


class Meeting(Model):
    ordinal: int | None = Field(default=None, description="lần thứ N")
    term: int | None = Field(default=None, description="khóa, as an integer")
    tenure: Tenure | None = Field(default=None, description="nhiệm kỳ years")
    date: str | None = None
    chair: str | None = None
    location: str | None = None
    spans: FieldSpans = Field(default_factory=dict)


class Theme(Model):
    year: int | None = None
    text: str
    span: Span


class Target(Model):
    """One figure of an indicator: a value or a range, with its unit and qualifiers."""

    value: Number | None = None
    min: Number | None = None
    max: Number | None = None
    unit: str | None = Field(default=None, description="unit as written, scale words included")
    base_unit: str | None = Field(default=None, description="unit with scale words removed")
    multiplier: Number = Field(default=1, description="scale of the unit: tỷ đồng -> 1e9 đồng")
    comparator: Comparator | None = None
    change: Change | None = None
    baseline: str | None = Field(default=None, description="what a change is measured against")
    label: str | None = Field(default=None, description="what a sub-target measures")
    year: int | None = None
    text: str = Field(default="", description="the figure's text as written")
    span: Span


class Indicator(Model):
    number: int | None = Field(default=None, description="the indicator's own number; null if unnumbered")
    group: str | None = Field(default=None, description="heading the indicator stands under")
    name: str = Field(description="what is measured, without the figures")
    text: str = Field(default="", description="the indicator's full text")
    targets: list[Target] = Field(default_factory=list)
    source: Literal["text", "table"] = "text"
    span: Span


class Result(Model):
    """What was achieved in a year, as a results part or a report states it."""

    name: str = Field(description="what was measured, without the figures")
    text: str = Field(default="", description="the clause the result was read from")
    year: int | None = Field(default=None, description="the year the result is for")
    value: Number | None = Field(default=None, description="the figure achieved")
    unit: str | None = None
    base_unit: str | None = None
    multiplier: Number = 1
    change: Change | None = None
    target: Number | None = Field(default=None, description="the target the text compares with, where stated")
    target_text: str | None = None
    percent_of_target: Number | None = Field(default=None, description="'đạt 105% kế hoạch': 105")
    verdict: Verdict | None = Field(default=None, description="from the wording: vượt, đạt, không đạt")
    verdict_text: str | None = Field(default=None, description="the verdict words as written")
    spans: FieldSpans = Field(default_factory=dict)
    span: Span


class Assignment(Model):
    bodies: list[str]
    task: str
    trigger: str = Field(description="the wording that assigns: giao, chịu trách nhiệm, chỉ đạo, ...")
    span: Span


class Recipient(Model):
    name: str
    purpose: str | None = None
    archive: bool = False
    span: Span


class SignatureLevel(Model):
    """One authority line of a signature: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"."""

    authority: str = Field(description="T/M, K/T, T/L, TM., KT., ...")
    on_behalf_of: str
    span: Span


class Signature(Model):
    authority: str | None = Field(default=None, description="T/M, K/T, T/L, TM., KT., ... of the first authority line")
    on_behalf_of: str | None = Field(default=None, description="the body or post of the first authority line")
    title: str | None = None
    signer: str | None = None
    levels: list[SignatureLevel] = Field(
        default_factory=list, description="every authority line, outermost first: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH")
    spans: FieldSpans = Field(default_factory=dict)


class Reference(Model):
    number: str = Field(description="số ký hiệu as written")
    normalized: str = Field(description="number with TƯ read as TW, dashes unified, spaces removed")
    kind: DocumentKind | None = None
    type_code: str | None = None
    date: str | None = None
    issuer: str | None = None
    span: Span


class Finding(Model):
    """A note about the extraction itself (a field that could not be read, an oddity)."""

    code: str
    message: str
    span: Span | None = None


class Resolution(Model):
    nqparse_version: str
    source: SourceInfo = Field(default_factory=SourceInfo)
    document: DocumentInfo = Field(default_factory=DocumentInfo)
    issuer: Issuer = Field(default_factory=Issuer)
    meeting: Meeting = Field(default_factory=Meeting)
    themes: list[Theme] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    results: list[Result] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    recipients: list[Recipient] = Field(default_factory=list)
    signature: Signature = Field(default_factory=Signature)
    references: list[Reference] = Field(default_factory=list)
    warnings: list[Finding] = Field(default_factory=list)
    text: str | None = Field(default=None, description="the normalized text that spans point into")
