"""Records -> the output: the only place a document's JSON is built.

Extractors hand over small frozen records (their spans as ``records.At``); each has its
builder here, next to the others. The output is plain JSON-ready dicts in the shape and key
order of ``models.Resolution``, which stays the one definition of the contract: a test checks
on every sample and real document that the model reads each output back to the same JSON.
Building dicts rather than models keeps pydantic's model machinery out of ``nqparse extract``,
where it cost more start-up time than the extraction itself.

Here, and only here, is settled what depends on several fields: the year the document is about (title, then the themes, then the meeting and issue
dates); the year of a theme named as "chủ đề năm" without one; warnings for fields an
official document should have. Each span is built once, complete: a ``Placer`` made from
the layout adds the page, paragraph, table cell or box where the reader put that text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import regex

from . import __version__
from .extractors.assignments import Task
from .extractors.document import Document
from .extractors.indicator_common import Indicator
from .extractors.issuer import IssuingBody
from .extractors.meeting import MeetingRecord
from .extractors.recipients import Addressee
from .extractors.references import Citation
from .extractors.results import Result
from .extractors.signature import SignatureRecord
from .extractors.themes import Theme
from .lexicon import alternation, rules
from .phrases.dates import planned_years, reviewed_period_pattern
from .phrases.figures import Figure
from .phrases.terms import YEAR
from .phrases.text import sentences, trimmed
from .records import At, Note
from .segment import Layout
from .source import Source

JSON = dict[str, Any]

# not the year of a date the title cites ("... NGÀY 21 THÁNG 8 NĂM 2023 CỦA ...")
_YEAR_IN_TITLE = regex.compile(rf"(?i)(?<!th[áa]ng\s*\d{{1,2}}\s*)\bn[ăa]m\s+({YEAR})\b")
# nor a year the title bounds a period with ("trước năm 2015", "từ năm 2015 về trước",
# "từ năm 2010 đến nay"): the document is about what lies on the other side of it
_BOUND_BEFORE = regex.compile(r"(?i)\btr[ưu][ớo]c\s*$")
_BOUND_AFTER = regex.compile(r"(?i)\s*(?:tr[ởo]\s+)?(?:v[ềe]\s+tr[ưu][ớo]c|(?:đ[ếe]n|t[ớo]i)\s+nay)\b")


# a year that opens, closes or bounds a period the title names ("giai đoạn I: từ năm 2021 đến năm
# 2025", "giai đoạn 2021 - 2030", "tầm nhìn đến năm 2045"), not the one year a plan is for
_PERIOD_BOUND = regex.compile(rf"(?i)\b(?:từ|đến|tới|giai đoạn|tầm nhìn)\s+(?:năm\s+)?({YEAR})\b"
                              rf"|({YEAR})\s*[-–]\s*({YEAR})\b")


# the year of a plan's vision ("đến năm 2025, tầm nhìn đến năm 2030"): a horizon beyond the plan,
# never the year the plan is for
_PERIOD_END = regex.compile(rf"(?<={YEAR}\s*[-–]\s*)({YEAR})\b")
_VISION = regex.compile(rf"(?i)\btầm\s+nhìn\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?({YEAR})\b")


def _title_years(title: str) -> list[tuple[int, str]]:
    """The title's years in order, each with where it stands; a year planned without "năm" counts
    too ("Kết quả công tác năm 2022, phương hướng nhiệm vụ 2023": 2023 last). A year that bounds a
    period counts only where the title names no other ("Kế hoạch vốn đầu tư công năm 2024 thực hiện
    Chương trình ... giai đoạn I: từ năm 2021 đến năm 2025": 2024). A vision's year never counts: the plan's end year does
    ("giai đoạn 2021 - 2025, tầm nhìn đến năm 2030": 2025)."""
    vision = {m.start(1) for m in _VISION.finditer(title)}
    found = [(m.start(1), m.group(1)) for m in _YEAR_IN_TITLE.finditer(title)
             if not _BOUND_BEFORE.search(title, 0, m.start()) and not _BOUND_AFTER.match(title, m.end())]
    found += [(m.start("year"), m.group("year")) for m in planned_years(title) if m.group("gap") is None]
    found = [(at, year) for at, year in found if at not in vision]
    if not found and vision:  # a period's end ("2021 - 2025") is the plan's year before its vision
        found = [(m.start(1), m.group(1)) for m in _PERIOD_END.finditer(title)]
    bounds = {m.start(g) for m in _PERIOD_BOUND.finditer(title) for g in (1, 2, 3) if m.start(g) >= 0}
    free = [(at, year) for at, year in found if at not in bounds]
    return sorted(free or found)


_CLAUSE_MARKS = ",;:"


@cache
def _reviewed_words() -> regex.Pattern[str]:
    return regex.compile(rf"(?i)\b{alternation(rules().reviewed_year_words)}\b")


def _reviewed_in_title(title: str, at: int) -> bool:
    """Whether the title's year at ``at`` is the one a report looks back on: one of the lexicon's
    reviewed-year words in its clause ("Ước thực hiện năm 2024 ...", "Năm 2024 ước đạt ...")."""
    start = max(title.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1
    ends = [e for e in (title.find(mark, at) for mark in _CLAUSE_MARKS) if e >= 0]
    return _reviewed_words().search(title, start, min(ends, default=len(title))) is not None


class Placer:
    """Builds each output span once, complete: the offsets of an ``At``, and where the reader
    put that text in the file (page, DOCX paragraph, table cell, an OCR'd page's pixel box)."""

    def __init__(self, layout: Layout | None = None) -> None:
        source = layout.text.source if layout is not None else None
        self._source = source if source is not None and source.regions else None
        self._to_source = layout.text.to_source if layout is not None else None

    def __call__(self, at: At) -> JSON:
        source, to_source = self._source, self._to_source
        if source is None or to_source is None:
            return span(at.start, at.end)
        start = to_source(at.start)
        region = source.region_at(start)
        if region is None:
            return span(at.start, at.end)
        box = source.box_of(start, to_source(at.end), region.page)
        return span(at.start, at.end, page=region.page, paragraph=region.paragraph, table=region.table,
                    row=region.row, cell=region.cell, box=list(box) if box else None)


def span(start: int, end: int, *, page: int | None = None, paragraph: int | None = None,
         table: int | None = None, row: int | None = None, cell: int | None = None,
         box: list[int] | None = None) -> JSON:
    return {"start": start, "end": end, "page": page, "paragraph": paragraph, "table": table, "row": row,
            "cell": cell, "box": box}


_UNPLACED = Placer()  # offsets only: a text read with no regions, or a record built on its own


def document_year(document: JSON, themes: Sequence[Theme], meeting: JSON,
                  text: str = "", place: Placer = _UNPLACED) -> tuple[int | None, JSON | None]:
    """The year the plan applies to: the title's, the latest theme's, the year the text most
    often plans for ("nhiệm vụ năm 2023"), else the year of the meeting or of issue."""
    if document["title"]:
        years = _title_years(document["title"])
        if years:
            at, year = years[-1]
            planned = _planned_in_text(themes, meeting, text, place) if _reviewed_in_title(document["title"], at) else None
            # the year a report reviews never wins over the later year its text plans for
            return planned if planned and planned[0] > int(year) else (int(year), document["spans"].get("title"))
    return _planned_in_text(themes, meeting, text, place) or _year_of_issue(document, meeting, text, place)


def _planned_in_text(themes: Sequence[Theme], meeting: JSON, text: str, place: Placer) -> tuple[int, JSON | None] | None:
    """The latest theme's year, the year the text most often plans for, the year after a late session."""
    explicit = [(t.year, t) for t in themes if t.year]
    if explicit:
        year, latest = max(explicit, key=lambda found: found[0])
        return year, place(latest.at)
    planned = _planned_year(text, place)
    if planned:
        return planned
    return _year_after_session(meeting, text, place)


def _year_of_issue(document: JSON, meeting: JSON, text: str, place: Placer) -> tuple[int | None, JSON | None]:
    for section in (meeting, document):
        if section["date"]:
            return int(section["date"][:4]), section["spans"].get("date")
    return _reviewed_year(text, place) if document["kind"] == "article" else (None, None)


_LATE_MONTH = 11
# "thông qua nghị quyết về nhiệm vụ ... năm 2025": a year a text gives, not a horizon ("đến năm 2030") nor a period's end
_GIVEN_YEAR = regex.compile(rf"(?<!\b(?:đến|tới|trước|sau|từ|cuối|giai đoạn)\s)\bnăm\s+({YEAR})\b(?!\s*[-–])")


def _year_after_session(meeting: JSON, text: str, place: Placer) -> tuple[int, JSON] | None:
    """A session held in the last months of a year that names the next year ("Ngày 20/12, HĐND huyện ...
    tổ chức kỳ họp thứ 24 ... thông qua nghị quyết về nhiệm vụ ... năm 2025") sets that year's plan."""
    date = meeting["date"]
    if not date or len(date) < 7 or int(date[5:7]) < _LATE_MONTH:
        return None
    coming = int(date[:4]) + 1
    found = next((m for m in _GIVEN_YEAR.finditer(text) if int(m.group(1)) == coming), None)
    return (coming, place(At(found.start(1), found.end(1)))) if found else None


def _reviewed_year(text: str, place: Placer) -> tuple[int | None, JSON | None]:
    """A press report dated nowhere is of the year whose part it reviews ("đánh giá tình hình thực hiện
    nhiệm vụ 9 tháng đầu năm 2019"): the year its reviewed periods name most often."""
    counts: dict[int, list[At]] = {}
    for m in reviewed_period_pattern().finditer(text):
        counts.setdefault(int(m.group("year")), []).append(At(m.start("year"), m.end("year")))
    if not counts:
        return None, None
    year = max(counts, key=lambda y: (len(counts[y]), y))
    return year, place(counts[year][0])


# "Năm 2026, Đảng bộ phường đề ra 16 chỉ tiêu ...": the year a sentence opens on, its subject setting targets
_OPENING_LOOK_BACK = 12
_PLANNED_OPENING = regex.compile(rf"Năm\s+({YEAR})\s*,[^.;:\n]{{0,60}}?\b(?:xác định|đề ra|đặt ra|phấn đấu|đặt mục tiêu)\b")
# ... nor a baseline ("nhiệm vụ tăng 5 bậc so với năm 2022")
# ... nor the year of what was done ("Bằng khen cho tập thể có thành tích xuất sắc trong thực hiện ... nhiệm vụ
# công tác Hội năm 2023", "tổng kết nhiệm vụ năm 2023, triển khai nhiệm vụ năm 2024": the first)
_ACHIEVED_BEFORE = regex.compile(r"(?i)\b(?:thành tích|bằng khen|giấy khen|khen thưởng|tổng kết|sơ kết)\b[^.;:\n,]{0,60}\Z")
_HORIZON = regex.compile(r"(?i)\b(?:đến|tới|trước|sau|từ|giai đoạn|vào|cuối|hết|nhiệm kỳ|so với)\b|\(")


_SENTENCE_REACH = 400  # characters back to look for the sentence's start
_YEAR_ALONE = regex.compile(rf"(?<![\d/.-]){YEAR}(?![\d/.-]|\s*[-–]\s*\d)(?<!\d\s*[-–]\s*\d{{4}})")


_ORDINAL_WORDS_BEFORE = 10  # "lần thứ 10", "kỳ họp thứ 8": the words that name the ordinal with it


def _year_of_meeting(text: str, ordinal: At) -> At | None:
    """The one year the first sentence naming the meeting's ordinal gives (the headline may give none)."""
    named = text[max(0, ordinal.start - _ORDINAL_WORDS_BEFORE):ordinal.end]
    at = text.find(named)
    while at >= 0:
        found = _year_of_sentence(text, at)
        if found is not None:
            return found
        at = text.find(named, at + 1)
    return None


def _year_of_sentence(text: str, at: int) -> At | None:
    """The one year (not a range's, not a date's) the sentence around ``at`` names; None for none or several."""
    # the shared splitter ends no sentence at a line's end: the line (or 400 characters before) bounds it
    floor = max(0, at - _SENTENCE_REACH)
    line_start = text.rfind("\n", floor, at) + 1 or floor
    line_end = text.find("\n", at)
    start, end = line_start, len(text) if line_end < 0 else line_end
    for s, e in sentences(text, line_start, end):
        if s > at:
            break
        start, end = trimmed(text, s, e, ".!?;…")  # a year right before the stop ends the sentence
    found = list(_YEAR_ALONE.finditer(text, start, end))
    if len({m.group() for m in found}) != 1:
        return None
    return At(found[0].start(), found[0].end())


def _planned_year(text: str, place: Placer) -> tuple[int, JSON] | None:
    counts: dict[int, list[At]] = {}
    for m in planned_years(text):
        if not _HORIZON.search(m.group("gap") or "") and not _ACHIEVED_BEFORE.search(text, max(0, m.start() - 70), m.start()):
            counts.setdefault(int(m.group("year")), []).append(At(m.start("year"), m.end("year")))
    at = text.find("Năm ")  # a sentence opens on it capitalised: found at memory speed, matched there
    while at >= 0:
        before = text[max(0, at - _OPENING_LOOK_BACK):at].rstrip(" ")  # a few characters: not a copy of all before
        opening = before[-1:] in (".", "!", "?", "\n") or (not before and at < _OPENING_LOOK_BACK)
        m = _PLANNED_OPENING.match(text, at) if opening else None
        if m:
            counts.setdefault(int(m.group(1)), []).append(At(m.start(1), m.end(1)))
        at = text.find("Năm ", at + 1)
    if not counts:
        return None
    year = max(counts, key=lambda y: (len(counts[y]), y))
    return year, place(counts[year][0])


def assemble(layout: Layout, *, document: Document, issuer: IssuingBody, meeting: MeetingRecord,
             themes: Sequence[Theme], indicators: Sequence[Indicator],
             assignments: Sequence[Task], recipients: Sequence[Addressee], signature: SignatureRecord,
             references: list[Citation], with_text: bool, notes: Sequence[Note] = (),
             results: Sequence[Result] = ()) -> JSON:
    """The document's output, a ``models.Resolution`` as JSON-ready dicts."""
    place, text = Placer(layout), layout.text.text
    info, meeting_info = _document(document, place), _meeting(meeting, place)
    year, year_span = document_year(info, themes, meeting_info, text, place)
    if year is None and document.issue_year is not None and document.issue_year_at is not None:
        # a draft's "ngày ... tháng 7 năm 2026", a scan's unreadable day: the year of issue
        year, year_span = document.issue_year, place(document.issue_year_at)
    if year is None and meeting.ordinal_at is not None:
        # a report that gives no date: the year the sentence naming its meeting gives ("hôm nay ... tổ
        # chức hội nghị lần thứ 10 nhằm đánh giá ... 9 tháng đầu năm 2019")
        told = _year_of_meeting(text, meeting.ordinal_at)
        if told is not None:
            year, year_span = int(text[told.start:told.end]), place(told)
    if year is not None:
        info["year"] = year
        if year_span is not None:
            info["spans"]["year"] = year_span
    source = layout.text.source
    addressees = [_recipient(r, place) for r in recipients]
    signed = _signature(signature, place)
    return {
        "nqparse_version": __version__,
        "source": _source(source),
        "document": info,
        "issuer": _issuer(issuer, place),
        "meeting": meeting_info,
        "themes": [_theme(t, year, place) for t in themes],
        "indicators": [indicator(i, text, place) for i in indicators],
        "results": [_result(r, text, place) for r in results],
        "assignments": [_assignment(t, place) for t in assignments],
        "recipients": addressees,
        "signature": signed,
        "references": [_reference(r, place) for r in references],
        "warnings": [*(_finding(n, place) for n in notes), *_warnings(info, issuer, signed, addressees)],
        "text": text if with_text else None,
    }


def as_part(resolution: JSON, number: int, parts: int, at: At, pages: tuple[int | None, int | None]) -> JSON:
    """One document of a file that bundles ``parts``: which it is, the stretch of the text it
    covers (its span names the page it starts on) and its first and last pages."""
    source = {**resolution["source"], "part": number, "parts": parts, "first_page": pages[0],
              "last_page": pages[1], "span": span(at.start, at.end, page=pages[0])}
    return {**resolution, "source": source}


# ---- builders: one per record type, each a record -> its output section


def _spans(place: Placer, found: Mapping[str, At | None]) -> dict[str, JSON]:
    return {name: place(at) for name, at in found.items() if at is not None}


def _finding(note: Note, place: Placer) -> JSON:
    return _found(note.code, note.message, place(note.at) if note.at is not None else None)


def _found(code: str, message: str, at: JSON | None = None) -> JSON:
    return {"code": code, "message": message, "span": at}


def _source(source: Source) -> JSON:
    return {"path": source.path, "format": source.format, "encoding": source.encoding, "size": source.size,
            "sha256": source.sha256, "pages": source.pages, "part": None, "parts": None, "first_page": None,
            "last_page": None, "span": None, "ocr": _ocr_info(source)}


def _document(document: Document, place: Placer) -> JSON:
    return {"kind": document.kind, "number": document.number, "type_code": document.type_code,
            "body_code": document.body_code, "date": document.date, "year": None, "title": document.title,
            "place": document.place, "draft": document.draft, "spans": _spans(place, document.spans)}


def _issuer(issuer: IssuingBody, place: Placer) -> JSON:
    return {"name": issuer.name, "level": issuer.level, "parent": issuer.parent,
            "spans": _spans(place, {"name": issuer.name_at})}


def _meeting(meeting: MeetingRecord, place: Placer) -> JSON:
    tenure = {"start": meeting.tenure[0], "end": meeting.tenure[1]} if meeting.tenure else None
    return {"ordinal": meeting.ordinal, "term": meeting.term, "tenure": tenure, "date": meeting.date,
            "chair": meeting.chair, "location": meeting.location,
            "spans": _spans(place, {"ordinal": meeting.ordinal_at, "term": meeting.term_at,
                                    "tenure": meeting.tenure_at, "date": meeting.date_at,
                                    "chair": meeting.chair_at, "location": meeting.location_at})}


def _reference(citation: Citation, place: Placer) -> JSON:
    return {"number": citation.number, "normalized": citation.normalized, "kind": citation.kind,
            "type_code": citation.type_code, "date": citation.date, "issuer": citation.issuer,
            "span": place(citation.at)}


def _theme(theme: Theme, document_year: int | None, place: Placer) -> JSON:
    year = document_year if theme.year_implied else theme.year
    return {"year": year, "text": theme.text, "span": place(theme.at)}


def target(figure: Figure, text: str, place: Placer = _UNPLACED) -> JSON:
    """The output of a figure read from ``text`` (a target of an indicator)."""
    return {"value": figure.value, "min": figure.low, "max": figure.high, "unit": figure.unit,
            "base_unit": figure.base_unit, "multiplier": figure.multiplier, "comparator": figure.comparator,
            "change": figure.change, "baseline": figure.baseline, "label": figure.label, "year": figure.year,
            "text": text[figure.start:figure.end], "span": place(figure.at)}


def indicator(indicator: Indicator, text: str, place: Placer = _UNPLACED) -> JSON:
    """The output of an indicator read from ``text``."""
    at = indicator.at
    return {"number": indicator.number, "group": indicator.group, "name": indicator.name,
            "text": text[at.start:at.end], "targets": [target(f, text, place) for f in indicator.targets],
            "source": indicator.source, "span": place(at)}


def _result(result: Result, text: str, place: Placer) -> JSON:
    figure = result.figure
    spans: dict[str, JSON] = {}
    for key, at in (("percent_of_target", result.percent_at), ("target", result.target_at),
                    ("value", figure.at if figure is not None else None), ("verdict", result.verdict_at)):
        if at is not None:
            spans[key] = place(at)
    return {
        "name": result.name, "text": " ".join(text[result.at.start:result.at.end].split()), "year": result.year,
        "value": result.value, "unit": figure.unit if figure else None,
        "base_unit": figure.base_unit if figure else None, "multiplier": figure.multiplier if figure else 1,
        "change": figure.change if figure else None, "target": result.target,
        "target_text": _text_at(text, result.target_at), "percent_of_target": result.percent_of_target,
        "verdict": result.verdict, "verdict_text": _text_at(text, result.verdict_at), "spans": spans,
        "span": place(result.at)}


def _text_at(text: str, at: At | None) -> str | None:
    return text[at.start:at.end] if at is not None else None


def _assignment(task: Task, place: Placer) -> JSON:
    return {"bodies": list(task.bodies), "task": task.task, "trigger": task.trigger, "span": place(task.at)}


def _recipient(addressee: Addressee, place: Placer) -> JSON:
    return {"name": addressee.name, "purpose": addressee.purpose, "archive": addressee.archive,
            "span": place(addressee.at)}


def _signature(record: SignatureRecord, place: Placer) -> JSON:
    """The first authority line gives ``authority`` and ``on_behalf_of``; each line is a level."""
    levels = [{"authority": v.authority, "on_behalf_of": v.on_behalf_of, "span": place(At(v.mark.start, v.body.end))}
              for v in record.levels]
    first = record.levels[0] if record.levels else None
    spans = {"authority": place(first.mark), "on_behalf_of": place(first.body)} if first else {}
    for name, said in (("title", record.title), ("signer", record.signer)):
        if said is not None:
            spans[name] = place(said.at)
    return {"authority": first.authority if first else None,
            "on_behalf_of": first.on_behalf_of if first else None,
            "title": record.title.text if record.title else None,
            "signer": record.signer.text if record.signer else None, "levels": levels, "spans": spans}


def _ocr_info(source: Source) -> JSON | None:
    run = source.ocr
    if run is None:
        return None
    return {"pages": list(run.pages), "engine": run.engine, "language": run.language, "dpi": run.dpi,
            "mean_confidence": run.confidence}


def _warnings(document: JSON, issuer: IssuingBody, signature: JSON, recipients: list[JSON]) -> list[JSON]:
    found: list[JSON] = []
    if document["kind"] in ("article", "unknown"):
        return found
    if not issuer.name:
        found.append(_found("no-issuer", "the issuing body was not found"))
    if document["number"] is None:
        found.append(_found("no-number", "the document's number (số ký hiệu) is blank or missing"))
    if document["date"] is None:
        found.append(_found("no-date", "the date of issue was not found"))
    if not signature["signer"] and not signature["title"]:
        found.append(_found("no-signature", "no signature block was found"))
    if not recipients:
        found.append(_found("no-recipients", "no 'Nơi nhận' list was found"))
    return found
