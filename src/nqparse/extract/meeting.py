"""The meeting a document comes from or reports: ordinal, term, tenure, date, chair, place.

"Hội nghị ... lần thứ N" counts only when it is this body's meeting: not a cited one
("Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương") and not a congress ("Đại hội").
A "khóa" counts only where it belongs to the meeting or the issuing committee, never to the
National Assembly or the Central Committee's plenums.
"""

from __future__ import annotations

import regex

from ..dates import FoundDate, find_dates, settle_year
from ..models import DocumentInfo, Issuer, Meeting, Span, Tenure
from ..numbers import parse_ordinal
from ..segment import Layout
from ..textutil import sentences

_ORDINAL_WORD = (r"(?:\d{1,2}\b|[ivxlc]{1,6}\b|nhất|mười\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín)|"
                 r"hai mươi(?:\s+(?:mốt|hai|ba|tư|lăm))?|mười|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín)")
_MEETING = regex.compile(rf"hội nghị(?P<between>[^.\n;]{{0,90}}?)\blần thứ\s+(?P<ord>{_ORDINAL_WORD})")
_CITED_BEFORE = regex.compile(r"(?:nghị quyết|kết luận|chỉ thị|quy định|thông báo)\s*(?:số\s*\S+\s*)?(?:của\s+)?$")
_TERM = regex.compile(r"\bkhóa\s+(?P<t>[ivxlc]{1,6}|\d{1,2})\b")
_TERM_FOREIGN = regex.compile(r"(?:quốc hội|trung ương(?:\s+đảng)?(?:\s+\d+)?|tw|hội đồng nhân dân|hđnd|đại biểu)\s*\(?\s*$")
_TERM_OWNER = regex.compile(r"(?:ban chấp hành|đảng bộ|thành ủy|tỉnh ủy|quận ủy|huyện ủy|thị ủy|đảng ủy|hội nghị|"
                            r"lần thứ\s+\S+)[^.\n;]{0,40}$")
_TENURE = regex.compile(r"\s*[,(]?\s*nhiệm kỳ\s+(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)")
_CHAIR = regex.compile(r"chủ trì")
_COMRADE = regex.compile(r"(?i)\bđồng chí\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})")
_PLACE = regex.compile(r"\b[Tt]ại\s+(?P<loc>\p{Lu}[^,.;\n()]{3,90}?)(?=\s*[,.;(])")
_NOT_PLACE = regex.compile(r"(?i)^(hội nghị|kỳ họp|nghị quyết|đại hội|tờ trình|báo cáo|quyết định|phụ lục|kế hoạch|"
                           r"chương trình|kết luận|chỉ thị|thông báo|điều|khoản|mục|buổi|phiên)")


def extract_meeting(layout: Layout, document: DocumentInfo, issuer: Issuer,
                    reference_spans: list[tuple[int, int]]) -> Meeting:
    text, folded = layout.text.text, layout.text.folded
    meeting = Meeting()
    spans: dict[str, Span] = {}
    central_issuer = issuer.level == "central"

    mentions = []
    for m in _MEETING.finditer(folded):
        before = folded[max(0, m.start() - 40):m.start()]
        if _CITED_BEFORE.search(before):
            continue
        tail = folded[m.end():m.end() + 60]
        if not central_issuer and ("trung ương" in m.group("between") or regex.match(r"\s*(?:,\s*)?ban chấp hành trung ương", tail)):
            continue
        ordinal = parse_ordinal(m.group("ord"))
        if ordinal:
            mentions.append((m, ordinal))
    if mentions:
        m, ordinal = mentions[0]
        meeting.ordinal = ordinal
        spans["ordinal"] = Span(start=m.start("ord"), end=m.end("ord"))

    _term_and_tenure(layout, meeting, spans, [m for m, _ in mentions])
    _date(layout, document, meeting, spans, [m for m, _ in mentions], reference_spans)
    _chair(layout, meeting, spans)
    meeting.spans = spans
    del text
    return meeting


def _term_and_tenure(layout: Layout, meeting: Meeting, spans: dict[str, Span], mentions: list[regex.Match[str]]) -> None:
    folded = layout.text.folded
    candidates = []
    for t in _TERM.finditer(folded):
        before = folded[max(0, t.start() - 30):t.start()]
        if _TERM_FOREIGN.search(before):
            continue
        near_meeting = any(0 <= t.start() - m.end() <= 60 for m in mentions)
        owned = _TERM_OWNER.search(folded[max(0, t.start() - 80):t.start()])
        if near_meeting or owned:
            candidates.append((0 if near_meeting else 1, t.start(), t))
    if not candidates:
        return
    candidates.sort(key=lambda c: c[:2])
    t = candidates[0][2]
    value = parse_ordinal(t.group("t"))
    if value is None:
        return
    meeting.term = value
    spans["term"] = Span(start=t.start("t"), end=t.end("t"))
    # the tenure stands right after a "khóa" of the same term
    for _, _, cand in candidates:
        if parse_ordinal(cand.group("t")) != value:
            continue
        tm = _TENURE.match(folded, cand.end())
        if tm:
            meeting.tenure = Tenure(start=int(tm.group("a")), end=int(tm.group("b")))
            spans["tenure"] = Span(start=tm.start("a"), end=tm.end("b"))
            return


def _date(layout: Layout, document: DocumentInfo, meeting: Meeting, spans: dict[str, Span],
          mentions: list[regex.Match[str]], reference_spans: list[tuple[int, int]]) -> None:
    text = layout.text.text
    folded = layout.text.folded
    all_dates = find_dates(text)

    def own(found: list[FoundDate]) -> list[FoundDate]:
        # a date right after a cited document's number is that document's date
        return [d for d in found if not any(0 <= d.start - e <= 25 for _, e in reference_spans)]

    windows: list[tuple[int, int]] = []
    for m in mentions:
        windows.append((m.start(), min(len(text), m.end() + 160)))
    body = [b for b in layout.blocks if b.zone == "body"]
    for block in body[:3]:
        for s, e in sentences(text, block.start, block.end):
            sentence = folded[s:e]
            if regex.search(r"hội nghị|\bhọp\b|sơ kết|tổng kết|tổ chức|^ngày\b", sentence):
                windows.append((s, e))
                break
        else:
            continue
        break
    for s, e in windows:
        found = own(find_dates(text, s, e))
        if not found:
            continue
        d = settle_year(found[0], all_dates, document.date)
        if d.iso:
            meeting.date = d.iso
            spans["date"] = Span(start=d.start, end=d.end)
            _place(layout, meeting, spans, d)
            return


def _place(layout: Layout, meeting: Meeting, spans: dict[str, Span], date: FoundDate) -> None:
    text = layout.text.text
    for s, e in sentences(text, *_paragraph_of(layout, date.start)):
        if not s <= date.start < e:
            continue
        for m in _PLACE.finditer(text, s, e):
            if not _NOT_PLACE.match(m.group("loc")):
                meeting.location = m.group("loc").strip()
                spans["location"] = Span(start=m.start("loc"), end=m.start("loc") + len(meeting.location))
                return


def _paragraph_of(layout: Layout, offset: int) -> tuple[int, int]:
    for b in layout.blocks:
        if b.start <= offset < b.end:
            return b.start, b.end
    return 0, len(layout.text.text)


def _chair(layout: Layout, meeting: Meeting, spans: dict[str, Span]) -> None:
    text, folded = layout.text.text, layout.text.folded
    for block in layout.blocks:
        if block.zone not in ("body", "header"):
            continue
        for c in _CHAIR.finditer(folded, block.start, block.end):
            for s, e in sentences(text, block.start, block.end):
                if not s <= c.start() < e:
                    continue
                # "dưới sự chủ trì của đồng chí X" names the chair after the words
                after = _COMRADE.search(text, c.end(), min(e, c.end() + 40))
                if after and regex.match(r"\s*của", folded[c.end():c.end() + 6]):
                    _set_chair(meeting, spans, after)
                    return
                before = list(_COMRADE.finditer(text, s, c.start()))
                if before:
                    _set_chair(meeting, spans, before[0])
                    return
    return


def _set_chair(meeting: Meeting, spans: dict[str, Span], m: regex.Match[str]) -> None:
    meeting.chair = m.group("name")
    spans["chair"] = Span(start=m.start("name"), end=m.end("name"))
