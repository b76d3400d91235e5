"""The meeting a document comes from or reports: ordinal, term, tenure, date, chair, place.

"Hội nghị ... lần thứ N" counts only when it is this body's meeting: not a cited one
("Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương") and not a congress ("Đại hội").
A "khóa" counts only where it belongs to the meeting or the issuing committee, never to the
National Assembly or the Central Committee's plenums.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..dates import FoundDate, find_dates, settle_year
from ..lexicon import load
from ..models import DocumentInfo, Issuer, Meeting, Span, Tenure
from ..numbers import ORDINAL_WORDS, parse_ordinal
from ..segment import Layout
from ..textutil import sentences, squash, unmarked

_ORDINAL_WORD = (r"(?:\d{1,2}\b|[ivxlc]{1,6}\b|nhất|mười\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín)|"
                 r"hai mươi(?:\s+(?:mốt|hai|ba|tư|lăm))?|mười|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín)(?![\w])")
_MEETING = regex.compile(unmarked(
    rf"(?:hội nghị(?P<between>[^.\n;]{{0,90}}?)\blần thứ\s+(?P<ord>{_ORDINAL_WORD})"
    rf"|kỳ họp\s+(?:lần\s+)?thứ\s+(?P<ord>{_ORDINAL_WORD})"
    rf"|hội nghị (?:ban chấp hành )?trung ương\s+(?P<plenum>\d{{1,2}})\b)"))
# "Nghị quyết Hội nghị lần thứ 6 ...": a cited meeting (on the same line: a type line above
# the title "HỘI NGHỊ LẦN THỨ BẢY" does not cite it)
_CITED_BEFORE = regex.compile(unmarked(r"(?:nghị quyết|kết luận|chỉ thị|quy định|thông báo)[ ]*(?:số[ ]*\S+[ ]*)?(?:của[ ]+)?\Z"))
_TERM = regex.compile(unmarked(r"\bkhóa\s+(?P<t>[ivxlc]{1,6}|\d{1,2})\b"))
# a "khóa" written after these belongs to another body than a party committee's meeting
_TERM_OF = {
    "assembly": regex.compile(unmarked(r"(?:quốc hội|đại biểu)\s*\(?\s*$")),
    "central": regex.compile(unmarked(r"(?:trung ương(?:\s+đảng)?(?:\s+\d+)?|tw)\s*\(?\s*$")),
    "council": regex.compile(unmarked(r"(?:hội đồng nhân dân|hđnd)(?:\s+(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn))?")
                             + r"(?:\s+\w+){0,3}?\s*,?\s*\(?\s*$"),
}
_TERM_OWNER = regex.compile(unmarked(r"(?:ban chấp hành|đảng bộ|thành ủy|tỉnh ủy|quận ủy|huyện ủy|thị ủy|đảng ủy|hội nghị|kỳ họp|"
                                     r"hội đồng nhân dân|hđnd|quốc hội|"
                                     r"lần thứ\s+\S+)[^.\n;]{0,40}$"))
_TENURE = regex.compile(unmarked(r"\s*[,(]?\s*nhiệm kỳ\s+(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)"))
_CHAIR = regex.compile(unmarked(r"chủ trì"))
_COMRADE = regex.compile(r"(?i)\b(?:đồng|dong)\s(?:chí|chi)\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})")
_PLACE = regex.compile(r"\b[Tt]ại\s+(?P<loc>\p{Lu}[^,.;\n()]{3,90}?)(?=\s*[,.;(])")
_NOT_PLACE = regex.compile(r"(?i)^(hội nghị|kỳ họp|nghị quyết|đại hội|tờ trình|báo cáo|quyết định|phụ lục|kế hoạch|"
                           r"chương trình|kết luận|chỉ thị|thông báo|điều|khoản|mục|buổi|phiên)")


_CENTRAL_AFTER = regex.compile(r"\s*(?:,\s*)?ban chap hanh trung uong")
_MEETING_WORDS = regex.compile(r"hoi nghi|\bhop\b|so ket|tong ket|to chuc|^ngay\b|ky hop")
_OF_AFTER = regex.compile(r"\s*cua")
_NAMED_AFTER = regex.compile(r"[^.;]{0,20}\b(?:co|la|gom)\b")


def extract_meeting(layout: Layout, document: DocumentInfo, issuer: Issuer,
                    reference_spans: list[tuple[int, int]]) -> Meeting:
    text, plain = layout.text.text, layout.text.plain
    meeting = Meeting()
    spans: dict[str, Span] = {}
    central_issuer = issuer.level == "central"

    mentions: list[regex.Match[str]] = []
    for m in _MEETING.finditer(plain):
        before = plain[max(0, m.start() - 40):m.start()]
        if _CITED_BEFORE.search(before):
            continue
        tail = plain[m.end():m.end() + 60]
        between = m.group("between") or ""
        central = m.group("plenum") or "trung uong" in between or _CENTRAL_AFTER.match(tail)
        if central and not central_issuer:
            continue
        group = "ord" if m.group("ord") else "plenum"
        ordinal = _ordinal(text[m.start(group):m.end(group)])
        if ordinal:
            if not mentions:
                meeting.ordinal = ordinal
                spans["ordinal"] = Span(start=m.start(group), end=m.end(group))
            mentions.append(m)

    _term_and_tenure(layout, meeting, spans, mentions, issuer)
    _date(layout, document, meeting, spans, mentions, reference_spans)
    _chair(layout, meeting, spans)
    meeting.spans = spans
    return meeting


def _own_kinds(issuer: Issuer) -> set[str]:
    """Whose "khóa" the issuer itself has: a council's session counts its council's term."""
    name = (issuer.name or "").lower()
    own = set()
    if "hội đồng nhân dân" in name or "hđnd" in name:
        own.add("council")
    if "quốc hội" in name:
        own.add("assembly")
    if issuer.level == "central":
        own.add("central")
    return own


def _term_and_tenure(layout: Layout, meeting: Meeting, spans: dict[str, Span], mentions: list[regex.Match[str]],
                     issuer: Issuer) -> None:
    plain = layout.text.plain
    own = _own_kinds(issuer)
    candidates = []
    for t in _TERM.finditer(plain):
        before = plain[max(0, t.start() - 40):t.start()]
        if any(kind not in own and pattern.search(before) for kind, pattern in _TERM_OF.items()):
            continue
        near_meeting = any(0 <= t.start() - m.end() <= 60 for m in mentions)
        owned = _TERM_OWNER.search(plain[max(0, t.start() - 80):t.start()])
        if near_meeting or owned:
            candidates.append((0 if near_meeting else 1, t.start(), t))
    if not candidates:
        return
    candidates.sort(key=lambda c: c[:2])
    t = candidates[0][2]
    value = _ordinal(t.group("t"))
    if value is None:
        return
    meeting.term = value
    spans["term"] = Span(start=t.start("t"), end=t.end("t"))
    # the tenure stands right after a "khóa" of the same term
    for _, _, cand in candidates:
        if _ordinal(cand.group("t")) != value:
            continue
        tm = _TENURE.match(plain, cand.end())
        if tm:
            meeting.tenure = Tenure(start=int(tm.group("a")), end=int(tm.group("b")))
            spans["tenure"] = Span(start=tm.start("a"), end=tm.end("b"))
            return


def _date(layout: Layout, document: DocumentInfo, meeting: Meeting, spans: dict[str, Span],
          mentions: list[regex.Match[str]], reference_spans: list[tuple[int, int]]) -> None:
    text = layout.text.text
    plain = layout.text.plain

    def own(found: list[FoundDate]) -> list[FoundDate]:
        # a date right after a cited document's number is that document's date
        return [d for d in found if not any(0 <= d.start - e <= 25 for _, e in reference_spans)]

    windows: list[tuple[int, int]] = []
    for m in mentions:
        p_start, p_end = _paragraph_of(layout, m.start())
        s_start = next((s for s, e in sentences(text, p_start, p_end) if s <= m.start() < e), m.start())
        windows.append((s_start, min(p_end, m.end() + 160)))
    # a short text may be all header: then its lines after the title serve as the body
    title = document.spans.get("title") or document.spans.get("kind")
    after_title = title.end if title else 0
    body = [b for b in layout.blocks if b.zone == "body"] or \
        [b for b in layout.blocks if b.zone == "header" and b.start >= after_title]
    for block in body[:3]:
        for s, e in sentences(text, block.start, block.end):
            sentence = plain[s:e]
            if _MEETING_WORDS.search(sentence):
                windows.append((s, e))
                break
        else:
            continue
        break
    for s, e in windows:
        found = own(find_dates(text, s, e))
        if not found:
            continue
        # the document's other dates are needed only to settle a date written without its year
        d = found[0] if found[0].year else settle_year(found[0], find_dates(text), document.date)
        if d.iso:
            meeting.date = d.iso
            spans["date"] = Span(start=d.start, end=d.end)
            _place(layout, meeting, spans, d)
            return


def _place(layout: Layout, meeting: Meeting, spans: dict[str, Span], date: FoundDate) -> None:
    """The place is named in the sentence that dates the meeting, or in the next one."""
    text = layout.text.text
    para = list(sentences(text, *_paragraph_of(layout, date.start)))
    at = next((i for i, (s, e) in enumerate(para) if s <= date.start < e), None)
    if at is None:
        return
    for s, e in para[at:at + 2]:
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
    text, plain = layout.text.text, layout.text.plain
    for block in layout.blocks:
        if block.zone not in ("body", "header"):
            continue
        for c in _CHAIR.finditer(plain, block.start, block.end):
            for s, e in sentences(text, block.start, block.end):
                if not s <= c.start() < e:
                    continue
                # "dưới sự chủ trì của đồng chí X" names the chair after the words
                after = _COMRADE.search(text, c.end(), min(e, c.end() + 40))
                if after and _OF_AFTER.match(plain, c.end(), c.end() + 6):
                    _set_chair(meeting, spans, after)
                    return
                before = list(_COMRADE.finditer(text, s, c.start()))
                if before:
                    _set_chair(meeting, spans, before[0])
                    return
                # "Chủ trì hội nghị có đồng chí X", "chủ trì là đồng chí X"
                after = _COMRADE.search(text, c.end(), min(e, c.end() + 40))
                if after and _NAMED_AFTER.match(plain, c.end(), after.start()):
                    _set_chair(meeting, spans, after)
                    return
                # "Bí thư Tỉnh ủy Nguyễn Văn A chủ trì": a person's name, told by the family name
                named = [m for m in _PERSON.finditer(text, s, c.start()) if m.group("surname") in _surnames()]
                if named:
                    _set_chair(meeting, spans, named[0])
                    return
    return


@lru_cache(maxsize=1)
def _unmarked_ordinals() -> dict[str, int]:
    return {unmarked(word): value for word, value in ORDINAL_WORDS.items()}


def _ordinal(written: str) -> int | None:
    """'bảy', 'BẢY', 'bay' (marks lost), '7', 'VII' -> 7."""
    value = parse_ordinal(written)
    if value is None:
        value = _unmarked_ordinals().get(unmarked(squash(written.lower())))
    return value


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(load("names")["surnames"])


def _set_chair(meeting: Meeting, spans: dict[str, Span], m: regex.Match[str]) -> None:
    meeting.chair = m.group("name")
    spans["chair"] = Span(start=m.start("name"), end=m.end("name"))


_PERSON = regex.compile(r"(?<![\p{L}])(?P<name>(?P<surname>\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,3})(?![\p{L}])")
