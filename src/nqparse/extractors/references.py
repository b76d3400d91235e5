"""Documents cited by number, with the date and the issuer the text gives for them.

Numbers are read in both systems (``docnumbers``); the date is the one written right after
the number ("số 01-NQ/TU, ngày 01/12/2020", "số 22/2013/QĐ-TTg ngày 26/4/2013"), the issuer
the "của ..." that follows. The document's own number is not a reference.
"""

from __future__ import annotations

from typing import Any

import regex

from ..mentions import Mentions
from ..models import DocumentInfo, Reference, Span
from ..phrases.bodies import read_bodies
from ..phrases.docnumbers import kind_of_code
from ..segment import Layout

_DATE_LEAD = regex.compile(r"\s*,?\s*(?:ban hành\s+)?(?=ngày\b|\d)")
_OF = regex.compile(r"\s*,?\s*(?:ngày\s*\S+\s*)?(?:của\s+)")
_TYPE_WORD = regex.compile(r"(?i)(quy định|quyết định)\s+(?:số\s*)?$")


_DAY_WORD = regex.compile(r"(?i)(?:ngày\s*)?")
_BREAK = regex.compile(r"\s*\n\s*")  # a number broken at a line's end: "11-" / "KH/ĐU"


def extract_references(layout: Layout, mentions: Mentions, document: DocumentInfo) -> list[Reference]:
    text, folded = layout.text.text, layout.text.folded
    own = document.spans.get("number")
    refs: list[Reference] = []
    for n in mentions.numbers:
        if own and own.start <= n.start < own.end:
            continue
        if document.number and n.normalized == _norm(document.number) and _is_attachment_line(folded, n.start):
            continue
        ref = Reference(number=_BREAK.sub("", n.text), normalized=n.normalized, type_code=n.type_code,
                        kind=_kind(folded, n.start, n.type_code), span=Span(start=n.start, end=n.end))
        pos = n.end
        lead = _DATE_LEAD.match(text, pos)
        if lead:
            dates = mentions.dates_in(lead.end(), lead.end() + 30)
            if dates and dates[0].iso and _DAY_WORD.fullmatch(text, lead.end(), dates[0].start):
                ref.date = dates[0].iso
                pos = dates[0].end
        found = _issuer_after(text, folded, pos)
        if found:
            ref.issuer, pos = found
            if ref.date is None:  # "Đề án 08-ĐA/TU của Tỉnh ủy Lào Cai ngày 29/12/2025"
                ref.date = _date_at(text, mentions, pos)
        refs.append(ref)
    return _dedupe(refs)


def _issuer_after(text: str, folded: str, pos: int) -> tuple[str, int] | None:
    """'... của Ban Thường vụ Thành ủy về ...': the body named after 'của', and where it ends."""
    m = _OF.match(folded, pos)
    if not m:
        return None
    bodies = read_bodies(text, folded, m.end(), min(len(text), m.end() + 120))
    if not bodies:
        return None
    s, e = bodies.bodies[0]
    return text[s:e], e


_DAY_AFTER_BODY = regex.compile(r"\s*,?\s*ngày\s*(?=\d)")


def _date_at(text: str, mentions: Mentions, pos: int) -> str | None:
    lead = _DAY_AFTER_BODY.match(text, pos)
    if not lead:
        return None
    dates = mentions.dates_in(lead.start(), lead.end() + 20)
    return dates[0].iso if dates else None


def _dedupe(refs: list[Reference]) -> list[Reference]:
    """One record per cited number: the first mention, with a date if any mention has one."""
    first: dict[str, Reference] = {}
    for ref in refs:
        kept = first.setdefault(ref.normalized, ref)
        if kept is not ref:
            if kept.date is None and ref.date:
                kept.date = ref.date
            if kept.issuer is None and ref.issuer:
                kept.issuer = ref.issuer
    return list(first.values())


def _norm(number: str) -> str:
    from ..phrases.docnumbers import normalize_number

    return normalize_number(number)


def _is_attachment_line(folded: str, start: int) -> bool:
    return "kèm theo" in folded[max(0, start - 40):start]


def _kind(folded: str, start: int, type_code: str | None) -> Any:
    if type_code and type_code.startswith("QĐ") and type_code not in ("QĐi",):
        m = _TYPE_WORD.search(folded[max(0, start - 20):start])
        if m:
            return "quy_dinh" if m.group(1) == "quy định" else "quyet_dinh"
    return kind_of_code(type_code)
