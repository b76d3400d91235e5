"""The document's identity: kind, number, date and place of issue, title.

Read from the header (type line, "Số ...", place-and-date line, the "về ..." subject) and,
where the header was stripped, from an appendix line "ban hành kèm theo Nghị quyết số ...".
A press report (no type line, no number, no signature) is kind ``article`` with its headline
as title and its publication timestamp as date.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..dates import find_dates
from ..docnumbers import BLANK_NUMBER, find_numbers, kind_of_code
from ..lexicon import load
from ..models import DocumentInfo, Span
from ..segment import Block, Layout
from ..textutil import squash, unmarked

# "Hải Phòng, ngày 20 tháng 12 năm 2021"; found anywhere on the line, since a PDF may put the
# number of the left column before it; the day and month may be left blank in a draft
_PLACE_DATE = regex.compile(
    r"(?<![\p{L}])(?P<place>(?:TP\.\s?)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3})\s*,\s*"
    r"(?P<date>ng[àa]y\s*[\d.…_ ]*\s*th[áa]ng\s*[\d.…_ ]*\s*n[ăa]m\s*\d{4})")
_BLANK_CODES = regex.compile(r"[-/]\s*(?P<type>[\p{Lu}][\p{L}]{0,4})\s*[/-]\s*(?P<body>[\p{Lu}][\p{L}]{0,10})")
_NOT_SUBJECT = regex.compile(r"(?i)^(căn cứ|thực hiện|tại hội nghị|xét đề nghị|theo đề nghị|[-_*=]{3,})")
_NUMBER_LINE = regex.compile(r"(?i)^s[ốôo]\s*:?\s*(?=[\d._…\s]*[-/]|\d)")
_ATTACHED = regex.compile(r"(?i)kèm\s+theo\s+(?P<type>[\p{L} ]{4,30}?)\s+số\s+")
_DATE_OR_TIME = regex.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}:\d{2}(?::\d{2})?|\(?GMT[+-]?\d*\)?|\d{1,2}h\d{2}")
_DRAFT = regex.compile(r"(?i)d[ựu]\s*th[ảa]o")
_SUBJECT = regex.compile(r"^(?:về|v/v)\b", regex.IGNORECASE)


_FULL_DATE = regex.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")
_PAGE_LABEL = regex.compile(r"(?i)(print|in bài|tác giả|nguồn|cập nhật)\b")


@dataclass(frozen=True)
class TypeLine:
    block: Block
    kind: str


def find_type_line(layout: Layout) -> TypeLine | None:
    """The caps line naming the document type ("NGHỊ QUYẾT", "KẾT LUẬN ..."), in the header."""
    types = sorted(load("document_types")["types"], key=lambda t: -len(t["title"]))
    plain = layout.text.plain
    for block in layout.blocks[: max(layout.header_end, 1) + 2][:14]:
        if not block.caps or block.kind not in ("heading", "paragraph"):
            continue
        line = plain[block.start:block.end]  # unmarked: "KET LUAN" from a damaged file still reads
        for t in types:
            title = unmarked(t["title"])
            if line == title or line.startswith(title + " "):
                return TypeLine(block, t["kind"])
    return None


def extract_document(layout: Layout) -> DocumentInfo:
    text = layout.text.text
    info = DocumentInfo()
    spans: dict[str, Span] = {}
    type_line = find_type_line(layout)
    header = layout.blocks[: layout.header_end] if layout.header_end else layout.blocks[:6]

    for block in header:
        line = block.text
        if _NUMBER_LINE.match(line) and len(line) < 60:
            if BLANK_NUMBER.match(line):
                spans["number"] = Span(start=block.start, end=block.end)
                codes = _BLANK_CODES.search(line)
                if codes:
                    info.type_code, info.body_code = codes.group("type"), codes.group("body")
                # the place and date may share the line in a PDF: read on
                line_rest = line[codes.end():] if codes else ""
                if not _PLACE_DATE.search(line_rest):
                    continue
            nums = find_numbers(text, block.start, block.end)
            if nums:
                n = nums[0]
                info.number, info.type_code, info.body_code = n.text, n.type_code, n.body_code
                spans["number"] = Span(start=n.start, end=n.end)
        m = _PLACE_DATE.search(line)
        if m and info.date is None and "place" not in spans:
            info.place = m.group("place").strip()
            spans["place"] = Span(start=block.start + m.start("place"), end=block.start + m.end("place"))
            dates = [d for d in find_dates(text, block.start, block.end) if d.iso]
            if dates:
                info.date = dates[0].iso
                spans["date"] = Span(start=dates[0].start, end=dates[0].end)

    if type_line:
        info.kind = type_line.kind  # type: ignore[assignment]
        spans["kind"] = Span(start=type_line.block.start, end=type_line.block.end)
        _title_after_type_line(layout, type_line, info, spans)
    if info.number is None and "number" not in spans:
        _number_from_attachment(layout, info, spans, type_line)
    if not type_line:
        code_kind = kind_of_code(info.type_code)
        if code_kind:
            info.kind = code_kind  # type: ignore[assignment]
        elif layout.signature_block is None and info.number is None:
            info.kind = "article"
            _article_head(layout, info, spans)
        else:
            own = _own_kind(layout)  # a signed text whose header was lost names itself
            if own:
                info.kind, spans["kind"] = own  # type: ignore[assignment]
    info.draft = any(_DRAFT.fullmatch(b.text.strip()) for b in layout.blocks[:12])
    info.spans = spans
    return info


def _title_after_type_line(layout: Layout, type_line: TypeLine, info: DocumentInfo, spans: dict[str, Span]) -> None:
    blocks = layout.blocks
    i = type_line.block.index + 1
    caps_lines: list[Block] = []
    while i < len(blocks) and i <= type_line.block.index + 6:
        b = blocks[i]
        if _is_subject_line(b, first=True):
            # the trích yếu: "về ..." (party) or "Ban hành ..." (state), perhaps over several lines
            subject = [b]
            j = i + 1
            while j < len(blocks) and j < i + 5 and _is_subject_line(blocks[j], first=False):
                subject.append(blocks[j])
                j += 1
            info.title = squash(" ".join(x.text for x in subject))
            spans["title"] = Span(start=subject[0].start, end=subject[-1].end)
            return
        if not b.caps or b.kind not in ("heading", "paragraph") or b.marker:
            break
        caps_lines.append(b)
        i += 1
    if caps_lines:
        info.title = squash(" ".join(b.text for b in caps_lines))
        spans["title"] = Span(start=caps_lines[0].start, end=caps_lines[-1].end)
    else:
        own = type_line.block
        rest = own.text.split(None, 2)
        if len(rest) > 2:
            info.title = own.text
            spans["title"] = Span(start=own.start, end=own.end)


def _is_subject_line(block: Block, *, first: bool) -> bool:
    if block.caps or block.marker or block.kind not in ("paragraph", "heading") or _NOT_SUBJECT.match(block.text):
        return False
    if first:
        return bool(_SUBJECT.match(block.text)) or (len(block.text) <= 200 and block.text[-1] not in ".:;")
    return not block.blank_before and len(block.text) <= 200 and block.text[-1] not in ":;"


def _number_from_attachment(layout: Layout, info: DocumentInfo, spans: dict[str, Span],
                            type_line: TypeLine | None) -> None:
    """'(ban hành kèm theo Nghị quyết số 02-NQ/QU, ngày 20/12/2021)': the document's own number."""
    text = layout.text.text
    for block in layout.blocks[layout.appendix_start:] + layout.blocks[: layout.header_end]:
        m = _ATTACHED.search(text, block.start, block.end)
        if not m:
            continue
        nums = find_numbers(text, m.end(), min(block.end, m.end() + 40))
        if not nums or nums[0].start != m.end():
            continue
        n = nums[0]
        code_kind = kind_of_code(n.type_code)
        if type_line and code_kind and code_kind != type_line.kind:
            continue
        info.number, info.type_code, info.body_code = n.text, n.type_code, n.body_code
        spans["number"] = Span(start=n.start, end=n.end)
        if info.date is None:
            after = [d for d in find_dates(text, n.end, min(block.end, n.end + 40)) if d.iso]
            if after:
                info.date = after[0].iso
                spans["date"] = Span(start=after[0].start, end=after[0].end)
        return


_SELF_REFERENCE = regex.compile(
    r"(?i)\b(?:thực hiện|triển khai|quán triệt|ban hành|tổ chức thực hiện)\s+(?P<type>nghị quyết|kết luận|chỉ thị|"
    r"quy định|quyết định|kế hoạch|chương trình|hướng dẫn|thông báo|báo cáo)\s+này\b")


def _own_kind(layout: Layout) -> tuple[str, Span] | None:
    """'... chịu trách nhiệm thực hiện Kết luận này': the kind a document gives itself."""
    kinds = {t["title"]: t["kind"] for t in load("document_types")["types"]}
    text = layout.text.text
    for block in layout.blocks:
        if block.zone not in ("body", "header"):
            continue
        m = _SELF_REFERENCE.search(text, block.start, block.end)
        if m:
            kind = kinds.get(m.group("type").lower())
            if kind:
                return kind, Span(start=m.start("type"), end=m.end("type"))
    return None


def _is_timestamp(line: str) -> bool:
    """A publication line: a full date, perhaps a time and a weekday or a short label, little else."""
    if len(line) > 80 or not _FULL_DATE.search(line):
        return False
    rest = _DATE_OR_TIME.sub(" ", line)
    return len(regex.findall(r"\p{L}+", rest)) <= 6


def _article_head(layout: Layout, info: DocumentInfo, spans: dict[str, Span]) -> None:
    """A press report's headline (a short first line) and its publication timestamp."""
    text = layout.text.text
    for block in layout.blocks[:5]:
        line = block.text
        if _is_timestamp(line) or _PAGE_LABEL.match(line):
            if info.date is None and _is_timestamp(line):
                found = [d for d in find_dates(text, block.start, block.end) if d.iso]
                if found:
                    info.date = found[0].iso
                    spans["date"] = Span(start=found[0].start, end=found[0].end)
            continue
        if info.title is None and block.index <= 2 and len(line) <= 220 and line[-1] not in ".;:" \
                and not find_dates(text, block.start, block.end):
            info.title = line
            spans["title"] = Span(start=block.start, end=block.end)
