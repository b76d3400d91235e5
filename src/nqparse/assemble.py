"""Records -> Resolution: the only place the output models of ``models.py`` are built.

Extractors hand over small frozen records (their spans as ``records.At``); each has its
builder here, next to the others. Here, and only here, is settled what depends on several
fields: the year the document is about (title, then the themes, then the meeting and issue
dates); the year of a theme named as "chủ đề năm" without one; warnings for fields an
official document should have; and each span's page or paragraph in the file. No model
handed in is changed: what this module settles goes into new ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex
from pydantic import BaseModel

from . import __version__, models
from .extractors.assignments import Task
from .extractors.document import Document
from .extractors.indicators import Indicator
from .extractors.issuer import IssuingBody
from .extractors.meeting import MeetingRecord
from .extractors.recipients import Addressee
from .extractors.references import Citation
from .extractors.results import Result
from .extractors.signature import SignatureRecord
from .extractors.themes import Theme
from .models import (
    Assignment,
    DocumentInfo,
    FieldSpans,
    Finding,
    Issuer,
    Meeting,
    OcrInfo,
    Recipient,
    Reference,
    Resolution,
    Signature,
    SignatureLevel,
    SourceInfo,
    Span,
    Tenure,
)
from .phrases.figures import Figure
from .records import At
from .segment import Layout
from .source import Source

# not the year of a date the title cites ("... NGÀY 21 THÁNG 8 NĂM 2023 CỦA ...")
_YEAR_IN_TITLE = regex.compile(r"(?i)(?<!th[áa]ng\s*\d{1,2}\s*)\bn[ăa]m\s+((?:19|20)\d\d)\b")
# nor a year the title bounds a period with ("trước năm 2015", "từ năm 2015 về trước",
# "từ năm 2010 đến nay"): the document is about what lies on the other side of it
_BOUND_BEFORE = regex.compile(r"(?i)\btr[ưu][ớo]c\s*$")
_BOUND_AFTER = regex.compile(r"(?i)\s*(?:tr[ởo]\s+)?(?:v[ềe]\s+tr[ưu][ớo]c|(?:đ[ếe]n|t[ớo]i)\s+nay)\b")


def _title_years(title: str) -> list[str]:
    return [m.group(1) for m in _YEAR_IN_TITLE.finditer(title)
            if not _BOUND_BEFORE.search(title, 0, m.start()) and not _BOUND_AFTER.match(title, m.end())]


def document_year(document: DocumentInfo, themes: Sequence[Theme], meeting: Meeting,
                  text: str = "") -> tuple[int | None, Span | None]:
    """The year the plan applies to: the title's, the latest theme's, the year the text most
    often plans for ("nhiệm vụ năm 2023"), else the year of the meeting or of issue."""
    if document.title:
        years = _title_years(document.title)
        if years:
            span = document.spans.get("title")
            return int(years[-1]), span
    explicit = [t for t in themes if t.year]
    if explicit:
        latest = max(explicit, key=lambda t: t.year or 0)
        return latest.year, _span(latest.at)
    planned = _planned_year(text)
    if planned:
        return planned
    for date, span in ((meeting.date, meeting.spans.get("date")), (document.date, document.spans.get("date"))):
        if date:
            return int(date[:4]), span
    return None, None


# "chỉ tiêu năm 2023", "nhiệm vụ, giải pháp năm 2023"; not a horizon ("đến năm 2025", "vào
# cuối nhiệm kỳ (năm 2025)") or a period ("năm 2021 - 2025")
_PLANNED_YEAR = regex.compile(
    r"(?i)\b(?:chỉ tiêu|nhiệm vụ|kế hoạch|phương hướng|giải pháp|mục tiêu)(?P<gap>[^.;:\n\d]{0,25}?)"
    r"\bnăm\s+((?:19|20)\d\d)\b(?!\s*[-–])")
_HORIZON = regex.compile(r"(?i)\b(?:đến|tới|trước|sau|từ|giai đoạn|vào|cuối|hết|nhiệm kỳ)\b|\(")


def _planned_year(text: str) -> tuple[int, Span] | None:
    counts: dict[int, list[Span]] = {}
    for m in _PLANNED_YEAR.finditer(text):
        if not _HORIZON.search(m.group("gap")):
            counts.setdefault(int(m.group(2)), []).append(Span(start=m.start(2), end=m.end(2)))
    if not counts:
        return None
    year = max(counts, key=lambda y: (len(counts[y]), y))
    return year, counts[year][0]


def assemble(layout: Layout, *, document: Document, issuer: IssuingBody, meeting: MeetingRecord,
             themes: Sequence[Theme], indicators: Sequence[Indicator],
             assignments: Sequence[Task], recipients: Sequence[Addressee], signature: SignatureRecord,
             references: list[Citation], with_text: bool, notes: list[Finding] | None = None,
             results: Sequence[Result] = ()) -> Resolution:
    info, meeting_info = _document(document), _meeting(meeting)
    year, year_span = document_year(info, themes, meeting_info, layout.text.text)
    if year is None and document.issue_year is not None and document.issue_year_at is not None:
        # a draft's "ngày ... tháng 7 năm 2026", a scan's unreadable day: the year of issue
        year, year_span = document.issue_year, _span(document.issue_year_at)
    if year is not None:
        spans = {**info.spans, "year": year_span} if year_span is not None else info.spans
        info = info.model_copy(update={"year": year, "spans": spans})
    source = layout.text.source
    tasks, addressees = [_assignment(t) for t in assignments], [_recipient(r) for r in recipients]
    signed = _signature(signature)
    resolution = Resolution(
        nqparse_version=__version__,
        source=SourceInfo(path=source.path, format=source.format, encoding=source.encoding,
                          size=source.size, sha256=source.sha256, pages=source.pages, ocr=_ocr_info(source)),
        document=info, issuer=_issuer(issuer), meeting=meeting_info, themes=[_theme(t, year) for t in themes],
        indicators=[indicator(i, layout.text.text) for i in indicators],
        results=[_result(r, layout.text.text) for r in results],
        assignments=tasks, recipients=addressees, signature=signed,
        references=[_reference(r) for r in references],
        warnings=[*(notes or []), *_warnings(info, issuer, signed, addressees)],
        text=layout.text.text if with_text else None,
    )
    if source.regions:
        _locate(resolution, layout)
    return resolution


# ---- builders: one per record type, each a record -> its output model


def _span(at: At) -> Span:
    return Span(start=at.start, end=at.end)


def _spans(**found: At | None) -> dict[str, Span]:
    return {name: _span(at) for name, at in found.items() if at is not None}


def _document(document: Document) -> DocumentInfo:
    return DocumentInfo(kind=document.kind, number=document.number, type_code=document.type_code,  # type: ignore[arg-type]
                        body_code=document.body_code, date=document.date, title=document.title,
                        place=document.place, draft=document.draft, spans=_spans(**document.spans))


def _issuer(issuer: IssuingBody) -> Issuer:
    return Issuer(name=issuer.name, level=issuer.level, parent=issuer.parent,  # type: ignore[arg-type]
                  spans=_spans(name=issuer.name_at))


def _meeting(meeting: MeetingRecord) -> Meeting:
    tenure = Tenure(start=meeting.tenure[0], end=meeting.tenure[1]) if meeting.tenure else None
    return Meeting(ordinal=meeting.ordinal, term=meeting.term, tenure=tenure, date=meeting.date,
                   chair=meeting.chair, location=meeting.location,
                   spans=_spans(ordinal=meeting.ordinal_at, term=meeting.term_at, tenure=meeting.tenure_at,
                                date=meeting.date_at, chair=meeting.chair_at, location=meeting.location_at))


def _reference(citation: Citation) -> Reference:
    return Reference(number=citation.number, normalized=citation.normalized, kind=citation.kind,  # type: ignore[arg-type]
                     type_code=citation.type_code, date=citation.date, issuer=citation.issuer,
                     span=_span(citation.at))


def _theme(theme: Theme, document_year: int | None) -> models.Theme:
    year = document_year if theme.year_implied else theme.year
    return models.Theme(year=year, text=theme.text, span=_span(theme.at))


def target(figure: Figure, text: str) -> models.Target:
    """The output model of a figure read from ``text`` (a target of an indicator)."""
    return models.Target(value=figure.value, min=figure.low, max=figure.high, unit=figure.unit,
                         base_unit=figure.base_unit, multiplier=figure.multiplier, comparator=figure.comparator,
                         change=figure.change, baseline=figure.baseline, label=figure.label, year=figure.year,
                         text=text[figure.start:figure.end], span=_span(figure.at))


def indicator(indicator: Indicator, text: str) -> models.Indicator:
    """The output model of an indicator read from ``text``."""
    at = indicator.at
    return models.Indicator(number=indicator.number, group=indicator.group, name=indicator.name,
                            text=text[at.start:at.end], targets=[target(f, text) for f in indicator.targets],
                            source=indicator.source, span=_span(at))


def _result(result: Result, text: str) -> models.Result:
    figure = result.figure
    spans: FieldSpans = {}
    for key, at in (("percent_of_target", result.percent_at), ("target", result.target_at),
                    ("value", figure.at if figure is not None else None), ("verdict", result.verdict_at)):
        if at is not None:
            spans[key] = _span(at)
    return models.Result(
        name=result.name, text=" ".join(text[result.at.start:result.at.end].split()), year=result.year,
        value=result.value, unit=figure.unit if figure else None, base_unit=figure.base_unit if figure else None,
        multiplier=figure.multiplier if figure else 1, change=figure.change if figure else None,
        target=result.target, target_text=_text_at(text, result.target_at),
        percent_of_target=result.percent_of_target, verdict=result.verdict,
        verdict_text=_text_at(text, result.verdict_at), spans=spans, span=_span(result.at))


def _text_at(text: str, at: At | None) -> str | None:
    return text[at.start:at.end] if at is not None else None


def _assignment(task: Task) -> Assignment:
    return Assignment(bodies=list(task.bodies), task=task.task, trigger=task.trigger, span=_span(task.at))


def _recipient(addressee: Addressee) -> Recipient:
    return Recipient(name=addressee.name, purpose=addressee.purpose, archive=addressee.archive,
                     span=_span(addressee.at))


def _signature(record: SignatureRecord) -> Signature:
    """The first authority line gives ``authority`` and ``on_behalf_of``; each line is a level."""
    levels = [SignatureLevel(authority=v.authority, on_behalf_of=v.on_behalf_of,
                             span=Span(start=v.mark.start, end=v.body.end)) for v in record.levels]
    first = record.levels[0] if record.levels else None
    spans = {"authority": _span(first.mark), "on_behalf_of": _span(first.body)} if first else {}
    for name, said in (("title", record.title), ("signer", record.signer)):
        if said is not None:
            spans[name] = _span(said.at)
    return Signature(authority=first.authority if first else None,
                     on_behalf_of=first.on_behalf_of if first else None,
                     title=record.title.text if record.title else None,
                     signer=record.signer.text if record.signer else None, levels=levels, spans=spans)


def _ocr_info(source: Source) -> OcrInfo | None:
    run = source.ocr
    if run is None:
        return None
    return OcrInfo(pages=list(run.pages), engine=run.engine, language=run.language, dpi=run.dpi,
                   mean_confidence=run.confidence)


def _warnings(document: DocumentInfo, issuer: IssuingBody, signature: Signature,
              recipients: list[Recipient]) -> list[Finding]:
    found: list[Finding] = []
    if document.kind in ("article", "unknown"):
        return found
    if not issuer.name:
        found.append(Finding(code="no-issuer", message="the issuing body was not found"))
    if document.number is None:
        found.append(Finding(code="no-number", message="the document's number (số ký hiệu) is blank or missing"))
    if document.date is None:
        found.append(Finding(code="no-date", message="the date of issue was not found"))
    if not signature.signer and not signature.title:
        found.append(Finding(code="no-signature", message="no signature block was found"))
    if not recipients:
        found.append(Finding(code="no-recipients", message="no 'Nơi nhận' list was found"))
    return found


def _locate(resolution: Resolution, layout: Layout) -> None:
    """Add page / paragraph / table cell to every span, from the reader's regions."""
    source: Source = layout.text.source
    to_source = layout.text.to_source

    def place(span: Span) -> Span:
        start = to_source(span.start)
        region = source.region_at(start)
        if region is None:
            return span
        box = source.box_of(start, to_source(span.end), region.page)
        return span.model_copy(update={"page": region.page, "paragraph": region.paragraph,
                                       "table": region.table, "row": region.row, "cell": region.cell,
                                       "box": list(box) if box else None})

    def walk(node: Any) -> None:
        if isinstance(node, BaseModel):
            for name in type(node).model_fields:
                value = getattr(node, name)
                if isinstance(value, Span):
                    setattr(node, name, place(value))
                elif isinstance(value, dict):
                    for k, v in value.items():
                        if isinstance(v, Span):
                            value[k] = place(v)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(resolution)
