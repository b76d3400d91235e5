"""The issuing body and its level (central, province, district, commune).

In order of trust: the header's issuing-body line (the last capitals line above "*" or "Số",
under its parent body); a body named in the title block ("BAN CHẤP HÀNH ĐẢNG BỘ QUẬN KHÓA
VI"); the body that acts in the opening paragraph ("Ban Thường vụ Thành ủy tổ chức hội nghị",
"Thành ủy Hải Phòng sơ kết"); the body code of the document's own number.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import load
from ..models import DocumentInfo, Issuer, Level, Span
from ..segment import Layout
from ..textutil import squash, unmarked

_NATIONAL = regex.compile(unmarked(r"^(đảng cộng sản việt nam|cộng hòa xã hội chủ nghĩa việt nam|"
                                   r"độc lập|\*+$|số\b|số\s*:)"))
_RIGHT_COLUMN = regex.compile(unmarked(r"\s+(?:đảng cộng sản việt nam|cộng hòa xã hội chủ nghĩa việt nam)\s*$"))
_UNIT_LINE = regex.compile(unmarked(r"(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn)\s(?!ủy\b)"))
_ACTION = regex.compile(unmarked(
    r"(?:\s+khóa\s+[ivxlc\d]+)?(?:\s*,\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?\s*(?:đã\s+|đã\s+tổ chức\s+)?"
    r"(?:tổ chức|quyết nghị|kết luận|xác định|sơ kết|tổng kết|ban hành|họp|thống nhất|thông qua|"
    r"chỉ đạo|yêu cầu|quyết định|triển khai|thông báo|đề ra|lãnh đạo)\b"))


_AFTER_MEETING = regex.compile(r"hoi nghi\s*\Z")
_GROUNDS = regex.compile(r"(?i)căn cứ")


@lru_cache(maxsize=1)
def _issuer_pattern() -> regex.Pattern[str]:
    # matched on Text.plain: the same words with or without their marks
    units = r"(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn)"
    committee = r"(?:tỉnh|thành|quận|huyện|thị|đảng)\s+ủy"
    return regex.compile(unmarked(
        rf"(?:(?:ban chấp hành|bch) đảng bộ\s+{units}|btv\s+{committee}|ban chấp hành trung ương(?: đảng)?|bộ chính trị|ban bí thư|"
        rf"ban thường vụ\s+{committee}|thường trực\s+{committee}|ban thường vụ đảng ủy|"
        rf"thường trực hội đồng nhân dân\s+{units}|hội đồng nhân dân\s+{units}|ủy ban nhân dân\s+{units}|"
        rf"(?<!ủy viên\s)(?<!ban\s)\b{committee}|đảng ủy\s+{units})\b"))


_NAME_AFTER = regex.compile(r"(?:[ ]+(?!Khóa\b|Khoá\b)\p{Lu}\p{Ll}*\b(?:[ ]+\p{Lu}\p{Ll}*\b){0,3})")


@lru_cache(maxsize=1)
def _level_words() -> tuple[dict[str, str], regex.Pattern[str]]:
    words = {unmarked(k): v for k, v in load("bodies")["level_words"].items() if not k.startswith("_")}
    alts = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return words, regex.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def level_of(name: str) -> Level | None:
    """The level the last unit word of a body's name tells ("Đảng ủy xã" of a huyện is a
    commune); words compared without marks."""
    words, pattern = _level_words()
    found = pattern.findall(unmarked(name.lower()), overlapped=False)
    return words[found[-1]] if found else None  # type: ignore[return-value]


def level_of_code(code: str | None) -> Level | None:
    if not code:
        return None
    codes: dict[str, str | None] = load("bodies")["codes"]
    for part in reversed(code.split("-")):
        level = codes.get(part)
        if level:
            return level  # type: ignore[return-value]
    return None


def extract_issuer(layout: Layout, document: DocumentInfo) -> Issuer:
    text, plain = layout.text.text, layout.text.plain
    issuer = Issuer()
    spans: dict[str, Span] = {}

    header_caps: list[tuple[int, int]] = []
    for block in layout.blocks[: layout.header_end]:
        if block.text.strip() == "*" or _NATIONAL.match(block.text) and not block.caps:
            break
        if document.spans.get("kind") and block.start >= document.spans["kind"].start:
            break
        if block.caps and not _NATIONAL.match(plain[block.start:block.end]):
            # a PDF may run the right column ("ĐẢNG CỘNG SẢN VIỆT NAM") onto the same line
            cut = _RIGHT_COLUMN.search(plain, block.start, block.end)
            end = cut.start() if cut else block.end
            start, end = block.start, len(text[:end].rstrip())
            if end > start:
                header_caps.append((start, end))
    # "KẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY": the standing committee issues it, under the header's
    # committee; a state decision names its issuer above "Căn cứ"
    authority = _of_body_in_title(layout, document) or _state_authority(layout, document)
    if authority:
        issuer.name = text[authority[0]:authority[1]]
        spans["name"] = Span(start=authority[0], end=authority[1])
        if header_caps:
            issuer.parent = squash(" ".join(text[s:e] for s, e in header_caps)) or None
    elif header_caps:
        start, end = header_caps[-1]
        parents = header_caps[:-1]
        # a state header writes one body over two lines: "ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI"
        if parents and _UNIT_LINE.match(plain, start) and not _UNIT_LINE.match(plain, parents[-1][0]):
            start = parents[-1][0]
            parents = parents[:-1]
        issuer.name = squash(text[start:end])
        spans["name"] = Span(start=start, end=end)
        if parents:
            issuer.parent = squash(" ".join(text[s:e] for s, e in parents))
    else:
        found = _from_title(layout, document) or _from_opening(layout)
        if found:
            start, end = found
            issuer.name = text[start:end]
            spans["name"] = Span(start=start, end=end)
    if issuer.name:
        issuer.level = level_of(issuer.name)
        if issuer.level is None and issuer.parent:
            issuer.level = level_of(issuer.parent)
    if issuer.level is None:
        issuer.level = level_of_code(document.body_code)
    issuer.spans = spans
    return issuer


def _state_authority(layout: Layout, document: DocumentInfo) -> tuple[int, int] | None:
    """A state decision names its issuer in capitals above the "Căn cứ" lines:
    "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"."""
    title = document.spans.get("title") or document.spans.get("kind")
    if title is None:
        return None
    blocks = [b for b in layout.blocks if b.start >= title.end][:3]
    for i, block in enumerate(blocks):
        if not block.caps:
            return None
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and _GROUNDS.match(nxt.text) and _issuer_pattern().search(
                layout.text.plain, block.start, block.end):
            return block.start, block.end
    return None


_OF = regex.compile(r"\bcua\s+")


def _of_body_in_title(layout: Layout, document: DocumentInfo) -> tuple[int, int] | None:
    """The body a title line names after "của" ("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH")."""
    kind = document.spans.get("kind")
    if not kind:
        return None
    # the type line and the capitals lines under it, not the trích yếu (its "của" names the
    # issuer of a document it cites)
    end = kind.end
    for block in layout.blocks:
        if block.start >= kind.start:
            if not block.caps:
                break
            end = block.end
    plain = layout.text.plain
    for of in _OF.finditer(plain, kind.start, end):
        m = _issuer_pattern().match(plain, of.end(), end)
        if m:
            return m.start(), _extend_name(layout.text.text, m.end())
    return None


def _from_title(layout: Layout, document: DocumentInfo) -> tuple[int, int] | None:
    title = document.spans.get("title")
    kind = document.spans.get("kind")
    if not kind:
        return None
    end = title.end if title else kind.end
    m = _issuer_pattern().search(layout.text.plain, kind.start, end)
    if not m:
        return None
    return m.start(), _extend_name(layout.text.text, m.end())


def _from_opening(layout: Layout) -> tuple[int, int] | None:
    """The first body in the opening paragraphs that acts (tổ chức, quyết nghị, sơ kết, ...)."""
    text, plain = layout.text.text, layout.text.plain
    body = [b for b in layout.blocks if b.zone == "body"][:8] or list(layout.blocks[:8])
    first: tuple[int, int] | None = None
    for block in body:
        for m in _issuer_pattern().finditer(plain, block.start, block.end):
            end = _extend_name(text, m.end())
            first = first or (m.start(), end)
            if _ACTION.match(plain, end) or _AFTER_MEETING.search(plain, max(block.start, m.start() - 12), m.start()):
                return m.start(), end
    return first


def _extend_name(text: str, end: int) -> int:
    """Take a place name written after the body ("Thành ủy Hải Phòng")."""
    m = _NAME_AFTER.match(text, end)
    if m and not regex.match(r"\s+(?:Hội nghị|Nghị quyết|Ban|Thành ủy|Tỉnh ủy|Ủy ban)", text[end:m.end() + 1]):
        return m.end()
    return end
