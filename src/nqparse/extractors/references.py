"""Documents cited by number, with the date and the issuer the text gives for them.

Numbers are read in both systems (``docnumbers``); the date is the one written right after
the number ("số 01-NQ/TU, ngày 01/12/2020", "số 22/2013/QĐ-TTg ngày 26/4/2013"), the issuer
the "của ..." that follows. The document's own number is not a reference.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import document_titles
from ..mentions import Mentions
from ..phrases.docnumbers import kind_of_code
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.terms import YEAR
from ..records import At, DocumentKind, record
from ..segment import Layout
from .document import Document

_DATE_LEAD = re.compile(r"\s*,?\s*(?:ban hành\s+)?(?=ngày\b|\d)")
_OF = re.compile(r"\s*,?\s*(?:ngày\s*\S+\s*)?(?:của\s+)")
_TYPE_WORD = lazy(r"(?i)(quy định|quyết định)\s+(?:số\s*)?$")


_OWN_NUMBER_LINE = lazy(r"(?:^|\n)[ \t|]*số\s*:\s*$")
# ... or its label in capital and colon inside a line, in a header a web copy flattened onto one
# line ("Độc lập Tự do Hạnh phúc Số: 05/2019/QĐUBND"): a citation writes "số"
_OWN_NUMBER_LABEL = lazy(r"(?<!\w)Số\s*:\s*$")
_DAY_WORD = re.compile(r"(?i)(?:ngày\s*)?")
_BREAK = re.compile(r"\s*\n\s*")  # a number broken at a line's end: "11-" / "KH/ĐU"


@record(slots=True)
class Citation:
    """A document the text cites; ``assemble`` makes it the output's ``Reference``."""

    number: str
    normalized: str
    type_code: str | None
    kind: DocumentKind | None
    at: At
    date: str | None = None
    issuer: str | None = None


def extract_references(layout: Layout, mentions: Mentions, document: Document) -> list[Citation]:
    text, folded = layout.text.text, layout.text.folded
    own = document.number_at
    refs: list[Citation] = []
    # "Số: 88-KH/TU" opening a line: the header's own number, however the header was read
    labelled = [n for n in mentions.numbers if _OWN_NUMBER_LINE.search(folded, max(0, n.start - 12), n.start)
                or _OWN_NUMBER_LABEL.search(text, max(0, n.start - 6), n.start)]
    for n in mentions.numbers:
        if (own and own.start <= n.start < own.end) or n in labelled:
            continue
        if document.number and ((n.normalized == _norm(document.number) and _is_attachment_line(folded, n.start))
                                or (own and n.start < own.start and _same_number(n.text, document.number))):
            continue  # the text's own number: on its attachment, or on a site's card above its header
        if any(n.start < header.start and _same_number(n.text, header.text) for header in labelled):
            continue  # ... on a site's card above a header that was not read as one
        date, pos = None, n.end
        lead = _DATE_LEAD.match(folded, pos)  # "... NGÀY 16 THÁNG 7 NĂM 2021" in a title in capitals
        if lead:
            dates = mentions.dates_in(lead.end(), lead.end() + 30)
            if dates and dates[0].iso and _DAY_WORD.fullmatch(text, lead.end(), dates[0].start):
                date, pos = dates[0].iso, dates[0].end
        date = date or _issued_on(text, folded, mentions, n.start)
        issuer = None
        found = _issuer_after(text, folded, mentions, pos)
        if found:
            issuer, pos = found
            # "Đề án 08-ĐA/TU của Tỉnh ủy Lào Cai ngày 29/12/2025"
            date = date or _date_at(text, mentions, pos)
        if date is None and issuer is None and document.number \
                and n.normalized.upper() == _norm(document.number).upper():
            continue  # the text's own number repeated bare ("Xem chi tiết tại đây: 81/TB-UBND"): no citation
        refs.append(Citation(number=_BREAK.sub("", n.text), normalized=n.normalized, type_code=n.type_code,
                             kind=_kind(folded, n.start, n.type_code), at=At(n.start, n.end),
                             date=date, issuer=issuer))
    return _dedupe(_shared_dates(folded, refs))


# "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": what
# stands between two numbers that share the date and issuer written after the second
_JOINED = lazy(rf"\s*(?:,|và)\s*(?:(?:{document_titles()})\s+)?(?:số\s*:?\s*)?")


def _shared_dates(folded: str, refs: list[Citation]) -> list[Citation]:
    """Numbers of one type cited together share the date and issuer written after the last of them
    ("Thông tư số 01/2018/TT-VPCP và Quyết định số 766/QĐ-TTg ngày 23/6/2022": two types, the
    date the second's alone)."""
    out = list(refs)
    for i in range(len(out) - 2, -1, -1):
        ref, nxt = out[i], out[i + 1]
        if ref.date is None and nxt.date and ref.type_code == nxt.type_code \
                and _JOINED.fullmatch(folded, ref.at.end, nxt.at.start):
            out[i] = replace(ref, date=nxt.date, issuer=ref.issuer or nxt.issuer)
    return out


def _issuer_after(text: str, folded: str, mentions: Mentions, pos: int) -> tuple[str, int] | None:
    """'... của Ban Thường vụ Thành ủy về ...': the body named after 'của', and where it ends."""
    m = _OF.match(folded, pos)
    if not m:
        return None
    bodies = mentions.bodies(m.end(), min(len(text), m.end() + 120))
    if not bodies:
        return None
    s, e = bodies.bodies[0]
    return text[s:e], e


# "Ngày 08/01/2025, Chính phủ đã ban hành Nghị quyết 01/NQ-CP": the sentence opens on the day
# the document it cites was issued
_OPENS_ON_DAY = lazy(r"(?:vào\s+)?ngày\s*$")
# ... or "Ngày 05/3/2024, UBND tỉnh có Kế hoạch số 748/KH-UBND": the press's "có" before the document's type
_ISSUED_BEFORE = lazy(rf"\s*,?\s+[^.;:\n]{{0,80}}?(?:\bban hành\s+(?:[^\s.;:]+\s+){{0,4}}?|\bcó\s+(?:{document_titles()})\s+)"
                      r"(?:số\s*:?\s*)?$")
_ISSUED_REACH = 160


def _issued_on(text: str, folded: str, mentions: Mentions, start: int) -> str | None:
    """The date of a sentence that opens "Ngày <date>, <issuer> ban hành <number>"; None otherwise."""
    dates = mentions.dates_in(max(0, start - _ISSUED_REACH), start)
    if not dates or not dates[-1].iso:
        return None
    day = dates[-1]
    lead = _OPENS_ON_DAY.search(folded, max(0, day.start - 12), day.start)
    # a date in words holds its own "Ngày" ("Ngày 22 tháng 12 năm 2017, Ban Bí thư ban hành ...")
    opens = lead.start() if lead else day.start if folded.startswith("ngày", day.start) else None
    if opens is None or folded[:opens].rstrip(" \t")[-1:] not in ("", ".", "\n"):
        return None
    return day.iso if _ISSUED_BEFORE.fullmatch(folded, day.end, start) else None


_DAY_AFTER_BODY = lazy(r"\s*,?\s*ngày\s*(?=\d)")


def _date_at(text: str, mentions: Mentions, pos: int) -> str | None:
    lead = _DAY_AFTER_BODY.match(text, pos)
    if not lead:
        return None
    dates = mentions.dates_in(lead.start(), lead.end() + 20)
    return dates[0].iso if dates else None


def _dedupe(refs: list[Citation]) -> list[Citation]:
    """One record per cited number: the first mention, with a date if any mention has one; a
    title in capitals ("19/CT-TTG") cites the same number as the text ("19/CT-TTg"), and a number
    that lost the dash between its codes ("66/NQHĐND") the same as one written whole
    ("66/NQ-HĐND"), whose writing is kept."""
    first: dict[str, Citation] = {}
    for ref in refs:
        key = ref.normalized.upper().replace("-", "")
        kept = first.setdefault(key, ref)
        if kept is not ref:
            issuer = ref.issuer if kept.issuer is None or kept.issuer.isupper() and ref.issuer else kept.issuer
            whole = ref if ref.normalized.count("-") > kept.normalized.count("-") else kept
            first[key] = replace(whole, date=kept.date or ref.date, issuer=issuer)
    return list(first.values())


_YEAR_PART = lazy_regex(rf"/{YEAR}(?=/)")
_NOT_IN_NUMBER = lazy_regex(r"[\W_]+")


def _same_number(cited: str, own: str) -> bool:
    """A site's card writes the number its own way: "1961/2019/QĐ-UBND" over "Số: 1961/QĐUBND"."""
    def bare(number: str) -> str:
        return _NOT_IN_NUMBER.sub("", _YEAR_PART.sub("", number)).upper()
    return bare(cited) == bare(own)


def _norm(number: str) -> str:
    from ..phrases.docnumbers import normalize_number

    return normalize_number(number)


def _is_attachment_line(folded: str, start: int) -> bool:
    return "kèm theo" in folded[max(0, start - 40):start]


def _kind(folded: str, start: int, type_code: str | None) -> DocumentKind | None:
    if type_code and type_code.startswith("QĐ") and type_code not in ("QĐi",):
        m = _TYPE_WORD.search(folded[max(0, start - 20):start])
        if m:
            return "quy_dinh" if m.group(1) == "quy định" else "quyet_dinh"
    return kind_of_code(type_code)
