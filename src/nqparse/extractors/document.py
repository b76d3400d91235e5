"""The document's identity: kind, number, date and place of issue, title.

Read from the header (type line, "Số ...", place-and-date line, the "về ..." subject) and,
where the header was stripped, from an appendix line "ban hành kèm theo Nghị quyết số ...".
A press report (no type line, no number, no signature) is kind ``article`` with its headline
as title and its publication timestamp as date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import islice

import regex

from ..lexicon import document_titles, document_types, issuer_heads, localities
from ..lexicon import layout as layout_words
from ..mentions import Mentions
from ..phrases.dates import PAGE_STAMP, FoundDate, is_timestamp, page_stamp_dates
from ..phrases.docnumbers import BLANK_NUMBER, DocNumber, find_numbers, kind_of_code
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.meetings import MEETING_FIELD
from ..phrases.terms import YEAR
from ..phrases.text import caps_header_line, people_pictured, pictured_action, sentences, squash, unmarked
from ..records import At, DocumentKind, record
from ..segment import Block, Layout
from .header import (
    NATIONAL,
    NUMBER_LEAD,
    PLACE_DATE,
    VV,
    body_opener,
    carried_date_lines,
    cites_a_document,
    following,
    head_blocks,
    is_junk,
    is_rule,
    joined,
    plausible_text,
)
from .metadata import BoxValue, read_metadata_box
from .signature import closes_signed

# compiled once: the module's regex.search() looks its pattern up in a cache at every call
_A_LETTER = lazy_regex(r"\p{L}")
_SPACE = lazy_regex(r"\s")
_BLANK_CODES = lazy_regex(r"[-/]\s*(?P<type>[\p{Lu}][\p{L}]{0,4})\s*[/-]\s*(?P<body>[\p{Lu}][\p{L}]{0,10})")
_NOT_SUBJECT = lazy(r"(?i)^(căn cứ|thực hiện|tại hội nghị|xét đề nghị|theo đề nghị|kính\s*gửi|kính$|[-_*=]{3,})")
_DATE_AFTER_NUMBER = 40  # "số 02-NQ/QU, ngày 20/12/2021": the date a document's number is given with
_ATTACHED = lazy_regex(r"(?i)kèm\s+theo\s+(?P<type>[\p{L} ]{4,30}?)\s+số\s+")
_DRAFT = re.compile(r"(?i)d[ựu]\s*th[ảa]o")
_SUBJECT = lazy(r"^(?:về|v/v)\b", re.IGNORECASE)
# a plan's trích yếu may open as its preamble does: "KẾ HOẠCH / Thực hiện Đề án số 08 ..."
_ACTION_SUBJECT = lazy(r"(?i)^(?:thực hiện|triển khai)\s")


_PAGE_LABEL = lazy(r"(?i)(print|in bài|tác giả|nguồn|cập nhật)\b")


@record(slots=True)
class Document:
    """The document's identity as its text gives it; ``assemble`` turns it into the output's
    ``DocumentInfo``, and the issuer, meeting and reference readers take it as it is."""

    kind: DocumentKind = "unknown"
    kind_at: At | None = None
    type_word: str | None = None
    """The type line's name in the lexicon ("giấy mời"), also for a type without a kind of its own."""
    number: str | None = None
    number_at: At | None = None
    type_code: str | None = None
    body_code: str | None = None
    date: str | None = None
    date_at: At | None = None
    issue_year: int | None = None
    """The year of the place-and-date line whose day is blank (a draft) or unreadable (a scan)."""
    issue_year_at: At | None = None
    place: str | None = None
    place_at: At | None = None
    title: str | None = None
    title_at: At | None = None
    draft: bool = False
    page: bool = False
    """Read from a press or portal page (headline, lead, timestamp), whatever the kind of the
    document it gives: a page may give a resolution whole."""

    @property
    def spans(self) -> dict[str, At]:
        """Where each value was read, by the output field's name."""
        found = {"kind": self.kind_at, "number": self.number_at, "date": self.date_at,
                 "place": self.place_at, "title": self.title_at}
        return {name: at for name, at in found.items() if at is not None}


@record
class TypeLine:
    block: Block
    kind: DocumentKind
    word: str


def find_type_line(layout: Layout) -> TypeLine | None:
    """The caps line naming the document type ("NGHỊ QUYẾT", "KẾT LUẬN ..."), in the header."""
    types = sorted(document_types().types, key=lambda t: -len(t.title))
    plain = layout.text.plain
    candidates = head_blocks(layout) or list(layout.blocks[: max(layout.header_end, 1) + 2][:14])
    # a text that writes its marks elsewhere: "CHUONG TRINH HANH DONG" without them is a web page's
    # label, not a type line a damaged file lost its marks in
    marked = not layout.text.text[:_MARKS_REACH].isascii()
    found: list[TypeLine] = []
    for block in candidates:
        if not block.caps or block.kind not in ("heading", "paragraph") or (marked and block.text.isascii()):
            continue
        line = plain[block.start:block.end]  # unmarked: "KET LUAN" from a damaged file still reads
        for t in types:
            title = unmarked(t.title)
            if line == title or (line.startswith(title + " ") and not _SITE_HEADLINE.match(line, len(title))):
                found.append(TypeLine(block, t.kind, t.title))
                break
    return _under_the_motto(layout, found)


def _under_the_motto(layout: Layout, found: list[TypeLine]) -> TypeLine | None:
    """The first type line; but a sharing site's title above the letterhead ("BÁO CÁO SƠ KẾT
    GIỮA NHIỆM KỲ ...") yields to the document's own type line under the national motto."""
    if len(found) < 2:
        return found[0] if found else None
    plain = layout.text.plain
    motto = next((b for b in layout.blocks[:found[-1].block.index]
                  if b.index > found[0].block.index and NATIONAL.match(plain, b.start, b.end)), None)
    if motto is None:
        return found[0]
    return next((t for t in found if t.block.index > motto.index), found[0])


_MARKS_REACH = 3000
# "KẾ HOẠCH 99/KH-UBND NĂM 2021 VỀ ...": a legal site's headline names the document by its number,
# above the document's own type line
_SITE_HEADLINE = lazy(r"\s+(?:so\s+)?\d+/")


def extract_document(layout: Layout, mentions: Mentions) -> Document:
    """Each reader below takes the document as read so far and returns it refined."""
    type_line = find_type_line(layout)
    head = head_blocks(layout)
    box = read_metadata_box(layout)
    doc, official = _read_header(layout, mentions, head)
    official = official or bool(box)

    title_line = None
    if type_line and _title_under_another_kind(layout, type_line, doc):
        title_line, type_line = type_line.block, None
    if type_line:
        doc = replace(doc, kind=type_line.kind, type_word=type_line.word,
                      kind_at=At(start=type_line.block.start, end=type_line.block.end))
        doc = _title_after_type_line(layout, type_line, doc)
    if doc.number is None and doc.number_at is None:
        doc = _number_from_attachment(layout, mentions, doc, type_line)
    subject = None if type_line else _subject_line(layout, head)
    if not type_line:
        code_kind = kind_of_code(doc.type_code)
        if code_kind:
            doc = replace(doc, kind=code_kind)
        elif subject or (official and doc.number_at is not None and doc.body_code and not doc.type_code):
            doc = replace(doc, kind="cong_van")  # "V/v ..." under the number, or a number with no type code
        elif layout.signature_block is None and doc.number is None and not official \
                and not _signed_letter(layout, head):
            grounds = _grounds_of_own_kind(layout)
            if grounds:
                doc = replace(doc, kind=grounds[0], kind_at=grounds[1])
            else:
                doc = _article_head(layout, mentions, replace(doc, kind="article", page=True))
                doc = _carried_header_date(layout, mentions, doc)
        else:
            own = _own_kind(layout)  # a signed text whose header was lost names itself
            if own:
                doc = replace(doc, kind=own[0], kind_at=own[1])
    if title_line is not None and doc.title is None:
        doc = replace(doc, title=title_line.text, title_at=At(start=title_line.start, end=title_line.end))
    if subject and doc.title is None:
        doc = replace(doc, title=subject[0], title_at=subject[1])
    if not type_line and doc.title is None and doc.type_code and doc.date_at is not None:
        # a web copy of a decision that lost its type line ("QUYẾT ĐỊNH" in a table's cell): the
        # title stands right under the place and date
        dated = next((b for b in head if b.start <= doc.date_at.start < b.end), None)
        doc = (_title_below(layout, dated.index, doc) if dated else None) or doc
    if doc.number is None and doc.number_at is None:
        doc = _number_of_full_text(layout, mentions, doc)
    if doc.kind == "article":
        doc = _document_headline(layout, mentions, doc)
    if doc.kind == "article":
        doc = _letter_headline(layout, doc)
    if doc.kind == "article" and doc.title is None:
        doc = _relayed_document(layout, doc)
    if doc.number is None and doc.number_at is None:
        doc = _number_of_source_line(layout, mentions, doc)
    if doc.title is None and doc.kind not in ("article", "unknown"):
        doc = _title_of_preamble(layout, doc)
    doc = replace(doc, draft=any(_DRAFT.fullmatch(b.text.strip()) for b in layout.blocks[:12]))
    return _apply_metadata_box(box, mentions, doc)


def _signed_letter(layout: Layout, head: list[Block]) -> bool:
    """A text under a body's name in capitals that closes on its head's title and name (a thư kêu
    gọi, a thư chúc mừng): an official text of some kind, never a press report."""
    first = next((b for b in head if not is_junk(b)), None)
    return first is not None and first.caps and body_opener().match(layout.text.plain, first.start) is not None \
        and closes_signed(layout)


# a công văn's number names no type code: "5973/UBND-KT", "5973 /UBND-KT"
_PLAIN_NUMBER = lazy_regex(r"(?P<n>\d{1,6})?\s?/\s?(?P<codes>\p{Lu}[\p{L}&]*(?:\s?-\s?\p{Lu}[\p{L}&]*){0,3})")


def _read_header(layout: Layout, mentions: Mentions, head: list[Block]) -> tuple[Document, bool]:
    """Number, place and date from the header's lines, each read across a line break; and
    whether the text has an official header (the national motto or a "Số" line)."""
    plain = layout.text.plain
    doc, official = Document(), False
    for i, block in enumerate(head):
        if NATIONAL.match(plain, block.start, block.end):
            official = True
        if doc.number_at is None and NUMBER_LEAD.match(block.text) \
                and not (i and cites_a_document(plain, head[i - 1].start, head[i - 1].end)):
            numbered = _read_number(layout, mentions, head, i, doc)
            if numbered is not None:
                doc, official = numbered, True
        # the motto's last word is no place: "Hạnh phúc" / "Lào Cai, ngày ..."
        if doc.place_at is None and not is_junk(block) and not NATIONAL.match(plain, block.start, block.end):
            doc = _read_place_date(layout, mentions, following(head, i, 2), doc)
    return doc, official


def _read_place_date(layout: Layout, mentions: Mentions, lines: list[Block], doc: Document) -> Document:
    """"Bắc Ninh, ngày 24 / tháng 11 năm 2025" from the first of ``lines`` on. A date left blank
    in a draft, or unreadable in a scan, still gives the year of issue."""
    window = joined(lines, layout.text.text)
    m = PLACE_DATE.search(window.text)
    if m is None or m.start() >= lines[0].end - lines[0].start:
        return doc
    if m.group("place").strip(" .…"):
        doc = replace(doc, place=m.group("place").strip(),
                      place_at=At(start=window.source(m.start("place")), end=window.source_end(m.end("place"))))
    dates = [d for d in mentions.dates_in(window.source(m.start("date")), window.source_end(m.end("date"))) if d.iso]
    if dates:
        return _dated(doc, dates[0])
    return replace(doc, issue_year=int(m.group("year")),
                   issue_year_at=At(start=window.source(m.start("year")), end=window.source_end(m.end("year"))))





def _read_number(layout: Layout, mentions: Mentions, head: list[Block], i: int, doc: Document) -> Document | None:
    """"Số: 144/KH-UBND", "Số:" over "37/2025/NQ-HĐND", a draft's "Số: /KH-UBND" (no number
    yet, but its codes), a công văn's "Số: 5973 /UBND-KT"; None when the line gives none."""
    block = head[i]
    window = joined(following(head, i, 1), layout.text.text)
    lead = NUMBER_LEAD.match(window.text)
    if lead is None:
        return None
    rest = lead.end()
    nums = mentions.numbers_in(window.source(rest), window.source_end(min(len(window.text), rest + 60)))
    at = window.position(nums[0].start) if nums else None
    if nums and at is not None and not window.text[rest:at].strip():
        n = nums[0]
        return replace(doc, number=squash(n.text), type_code=n.type_code, body_code=n.body_code,
                       number_at=At(start=n.start, end=n.end))
    scanned = _scanned_number(window.text, rest)
    if scanned:
        n, end = scanned
        return replace(doc, number=n.text, type_code=n.type_code, body_code=n.body_code,
                       number_at=At(start=window.source(rest), end=window.source_end(end)))
    known = document_types().codes
    if BLANK_NUMBER.match(window.text):  # "Số: /KH-UBND", "Số      -KL/TU": codes, no number yet
        codes = _BLANK_CODES.search(window.text, rest, min(len(window.text), rest + 30))
        if codes and codes.group("type") in known:
            return replace(doc, type_code=codes.group("type"), body_code=codes.group("body"),
                           number_at=At(start=block.start, end=block.end))
    bare = _PLAIN_NUMBER.match(window.text, rest)
    if bare is None or bare.start() >= block.end - block.start + 2:
        return None
    codes = _SPACE.sub("", bare.group("codes"))
    first = codes.split("-")[0]
    if first in known:
        doc = replace(doc, type_code=first, body_code=codes[len(first) + 1:] or None)
    else:
        doc = replace(doc, body_code=codes)
    if bare.group("n"):  # as written: "5973 /UBND-KT"
        return replace(doc, number=squash(bare.group(0)),
                       number_at=At(start=window.source(bare.start()), end=window.source_end(bare.end())))
    return replace(doc, number_at=At(start=block.start, end=block.end))  # a draft: the number is left blank


# OCR's letters for digits in the number's own field, and its space before the slash:
# "Số: II /2026/QĐ-UBND" is 11/2026/QĐ-UBND
_SCANNED_DIGITS = lazy(r"(?P<n>[\dIlO|]{1,5})(?P<gap>\s?)(?=/)")
_DIGIT_FOR = str.maketrans({"I": "1", "l": "1", "|": "1", "O": "0"})


def _scanned_number(text: str, at: int) -> tuple[DocNumber, int] | None:
    """The number after "Số:" read as its digits, and where it ends in ``text``."""
    m = _SCANNED_DIGITS.match(text, at)
    if m is None or (m.group("n").isdigit() and not m.group("gap")):
        return None
    digits = m.group("n").translate(_DIGIT_FOR)
    if not digits.isdigit():
        return None
    rest = text[m.end():min(len(text), m.end() + 60)]
    # the digits read back make a string the text does not hold: its number is found here
    nums = find_numbers(digits + rest)
    if not nums or nums[0].start != 0:
        return None
    return nums[0], m.end() + nums[0].end - len(digits)


def _subject_line(layout: Layout, head: list[Block]) -> tuple[str, At] | None:
    """A công văn's "V/v ..." subject, perhaps over several short lines."""
    plain = layout.text.plain
    for i, block in enumerate(head):
        m = VV.match(block.text)
        if m is None:
            continue
        lines = [block]
        for nxt in head[i + 1:]:
            if is_junk(nxt):
                continue
            if nxt.caps or len(nxt.text) > 90 or NATIONAL.match(plain, nxt.start, nxt.end) \
                    or PLACE_DATE.search(nxt.text) or NUMBER_LEAD.match(nxt.text):
                break
            lines.append(nxt)
        start = block.start + m.end()
        end = lines[-1].end
        if end <= start:
            return None
        words = [layout.text.text[start:block.end]] + [b.text for b in lines[1:]]
        return squash(" ".join(words)), At(start=start, end=end)
    return None


def _title_under_another_kind(layout: Layout, type_line: TypeLine, doc: Document) -> bool:
    """"KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM" under "Số: 90/NQ-HĐND": a web copy that lost
    the type line ("NGHỊ QUYẾT") opens on the title, whose first words name another kind than the
    number's code; a type line alone ("KẾ HOẠCH") is one, whatever the code says."""
    code_kind = kind_of_code(doc.type_code)
    block = type_line.block
    return code_kind is not None and code_kind != type_line.kind \
        and layout.text.plain[block.start:block.end] != unmarked(type_line.word)


def _title_after_type_line(layout: Layout, type_line: TypeLine, doc: Document) -> Document:
    titled = _title_below(layout, type_line.block.index, doc)
    if titled is not None:
        return titled
    own = type_line.block
    if len(own.text.split(None, 2)) > 2:
        return replace(doc, title=own.text, title_at=At(start=own.start, end=own.end))
    return doc


def _title_below(layout: Layout, index: int, doc: Document) -> Document | None:
    """The title in the lines under block ``index`` (the type line, or the place and date where a
    copy lost the type line): the trích yếu, or the lines in capitals up to the deciding body."""
    blocks: list[Block] = []
    for b in layout.blocks[index + 1:index + 12]:
        if is_rule(b) or len(blocks) == 6:
            break  # the rule under the title ends it
        if not is_junk(b):
            blocks.append(b)
    caps_lines: list[Block] = []
    for i, b in enumerate(blocks):
        # under a title in capitals only a "về ..." line or a lower-case one goes on with it:
        # "KẾT LUẬN CỦA BAN THƯỜNG VỤ" / "về tình hình ..."; "Trong năm qua ..." opens the body
        if _is_subject_line(b, first=True, right_after=not caps_lines and i == 0) and (
                not caps_lines or _SUBJECT.match(b.text) or b.text[0].islower()):
            # the trích yếu: "về ..." (party) or "Ban hành ..." (state), perhaps over several lines
            subject = [b]
            for more in blocks[i + 1:i + 5]:
                if not _is_subject_line(more, first=False):
                    break
                subject.append(more)
            return replace(doc, title=squash(" ".join(x.text for x in subject)),
                           title_at=At(start=subject[0].start, end=subject[-1].end))
        if caps_lines and not _A_LETTER.search(b.text) and len(b.text) <= 20:
            caps_lines.append(b)  # "2026 - 2030": the title's last line has no letter
            continue
        # "... THỰC HIỆN NGHỊ QUYẾT CỦA" / "HĐND TỈNH VỀ ...": a body the title's last word asks for is the title's
        of_title = bool(caps_lines) and caps_lines[-1].text.rsplit(" ", 1)[-1].lower() in layout_words().run_on_words
        if not b.caps or b.kind not in ("heading", "paragraph") or b.marker or (
                not of_title and _is_authority(layout, b, blocks[i + 1:])):
            break
        caps_lines.append(b)
    if caps_lines:
        return replace(doc, title=squash(" ".join(b.text for b in caps_lines)),
                       title_at=At(start=caps_lines[0].start, end=caps_lines[-1].end))
    return None


_GROUNDS = lazy(unmarked(r"(?:căn cứ|xét\s)"))


@lru_cache(maxsize=1)
def _authority_heads() -> regex.Pattern[str]:
    heads = issuer_heads()
    return re.compile("|".join(regex.escape(unmarked(h)) for h in sorted(heads, key=len, reverse=True)))


def _is_authority(layout: Layout, block: Block, below: list[Block]) -> bool:
    """"HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN KHÓA VII, KỲ HỌP THỨ 3" above "Căn cứ ...", its session on a
    line of its own or not ("... TIỀN GIANG" / "KHÓA VIII - KỲ HỌP THỨ 3"): the body that decides,
    not more of the title."""
    plain = layout.text.plain
    if not _authority_heads().match(plain, block.start, block.end) and not _repeats_letterhead(layout, block):
        return False
    for nxt in below[:_AUTHORITY_LINES]:
        if _GROUNDS.match(plain, nxt.start, nxt.end):
            return True
        if not nxt.caps and not nxt.text.startswith("("):  # "(Từ ngày 08 đến 10/12/2015)": its session's days
            return False
    return False


_AUTHORITY_LINES = 3  # the body's name may run on over a line, and its session take another
_LETTERHEAD_WORDS = 3  # a body's name, not a lone "BAN" or "SỞ"


def _repeats_letterhead(layout: Layout, block: Block) -> bool:
    """"BAN CHỈ ĐẠO ... TỈNH THÁI BÌNH" under the title: the body of a letterhead line above,
    named again (with its place) as the body that decides, whatever head its name opens with."""
    plain, folded = layout.text.plain, layout.text.folded
    line = squash(plain[block.start:block.end])
    for above in layout.blocks[:block.index]:
        if above.zone != "header":
            break
        name = squash(plain[above.start:above.end])
        if above.caps and len(name.split()) >= _LETTERHEAD_WORDS and line.startswith(name) \
                and not _PLACE_LINE.match(folded, above.start, above.end):
            return True  # "TỈNH KIÊN GIANG" under its committee is a place, which a title may end with
    return False


_PLACE_LINE = lazy(r"\s*(?:" + localities() + r")\s")


def _is_subject_line(block: Block, *, first: bool, right_after: bool = False) -> bool:
    if block.caps or block.marker or block.kind not in ("paragraph", "heading") or (first and not block.text[0].isalpha()):
        return False
    if _NOT_SUBJECT.match(block.text) and not (right_after and _ACTION_SUBJECT.match(block.text)):
        return False
    if first:
        # a trích yếu right under the type line may be long: one line of a DOCX paragraph
        longest = 320 if right_after else 200
        return bool(_SUBJECT.match(block.text)) or (len(block.text) <= longest and block.text[-1] not in ".:;")
    return not block.blank_before and len(block.text) <= 200 and block.text[-1] not in ":;"


def _numbered(doc: Document, n: DocNumber, at: At | None = None) -> Document:
    """``doc`` with the number ``n``, read where ``at`` says (``n``'s own span by default)."""
    return replace(doc, number=n.text, type_code=n.type_code, body_code=n.body_code,
                   number_at=at or At(start=n.start, end=n.end))


def _carried_header_date(layout: Layout, mentions: Mentions, doc: Document) -> Document:
    """A page that carries a document under its own header ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH X" / "BAN
    THƯỜNG VỤ" / "X, ngày 25 tháng 10 năm 2021") is dated by that document's place-and-date line, not
    the day the page was posted."""
    for above, block in carried_date_lines(layout):
        if above and caps_header_line(layout.text.text, above[-1].start, above[-1].end):
            found = [d for d in mentions.dates_in(block.start, block.end) if d.iso]
            return _dated(doc, found[0]) if found else doc
    return doc


def _dated(doc: Document, d: FoundDate) -> Document:
    return replace(doc, date=d.iso, date_at=At(start=d.start, end=d.end))


def _earlier_stamp(doc: Document, found: Iterable[FoundDate]) -> Document:
    """Of two timestamps of a page, the earlier is the publication's: the later is the day the
    page was saved (a site's banner "Chủ nhật, 10/12/2023") or updated."""
    first = next((d for d in found if d.iso), None)
    if first is None or first.iso is None or (doc.date is not None and first.iso >= doc.date):
        return doc
    return _dated(doc, first)


def _number_from_attachment(layout: Layout, mentions: Mentions, doc: Document,
                            type_line: TypeLine | None) -> Document:
    """'(ban hành kèm theo Nghị quyết số 02-NQ/QU, ngày 20/12/2021)': the document's own number."""
    text = layout.text.text
    for block in layout.blocks[layout.appendix_start:] + layout.blocks[: layout.header_end]:
        m = _ATTACHED.search(text, block.start, block.end)
        if not m:
            continue
        nums = mentions.numbers_in(m.end(), block.end)
        if not nums or nums[0].start != m.end():
            continue
        n = nums[0]
        code_kind = kind_of_code(n.type_code)
        if type_line and code_kind and code_kind != type_line.kind:
            continue
        doc = _numbered(doc, n)
        after = [d for d in mentions.dates_in(n.end, min(block.end, n.end + _DATE_AFTER_NUMBER)) if d.iso]
        return _dated(doc, after[0]) if doc.date is None and after else doc
    return doc


_LEAD_PARAGRAPHS = 3


@lru_cache(maxsize=1)
def _full_text_of() -> regex.Pattern[str]:
    """"toàn văn Nghị quyết", "toàn văn dự thảo Báo cáo Chính trị": the document a page gives whole."""
    return regex.compile(rf"toàn văn(?:\s+(?P<draft>dự thảo)|\s+nội dung|\s+bản)*\s+(?P<type>{document_titles()})\b|toàn văn")


@lru_cache(maxsize=1)
def _source_line() -> regex.Pattern[str]:
    """"(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)": a portal's copy names the document it gives."""
    return regex.compile(rf"\(?\s*nguồn\s*:\s*(?P<type>{document_titles(with_kind=True)})\s+số\b")


def _number_of_source_line(layout: Layout, mentions: Mentions, doc: Document) -> Document:
    """A portal's copy of a document of its own kind, with no header, that ends on a source line
    naming it ("(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)"): that number and day are its own."""
    folded = layout.text.folded
    kinds = _kinds_by_title()
    for block in layout.blocks:
        m = _source_line().match(folded, block.start, block.end)
        if m is None or kinds.get(" ".join(m.group("type").split())) != doc.kind:
            continue
        n = next((n for n in mentions.numbers_in(m.end(), block.end)
                  if n.type_code and kind_of_code(n.type_code) in (doc.kind, None, "unknown")), None)
        if n is None:
            return doc
        dates = [d for d in mentions.dates_in(n.end, min(block.end, n.end + _DATE_AFTER_NUMBER)) if d.iso]
        doc = _numbered(doc, n)
        return _dated(doc, dates[0]) if dates and doc.date is None else doc
    return doc


@lru_cache(maxsize=1)
def _relays() -> regex.Pattern[str]:
    """"Nội dung Chỉ thị như sau:": a page's line over the text of the document it announced."""
    return regex.compile(rf"nội dung\s+(?P<type>{document_titles(with_kind=True)})\s+(?:như sau|cụ thể)")


@lru_cache(maxsize=1)
def _announced() -> regex.Pattern[str]:
    """"... đã ban hành Chỉ thị số 17 về việc ...": the announcing sentence's document, its number
    as written and its subject."""
    return regex.compile(rf"ban hành\s+(?P<type>{document_titles(with_kind=True)})\s+số\s+(?P<number>\d[^\s,]*)"
                         r"\s+(?P<subject>về\s[^.;\n]+)")


def _relayed_document(layout: Layout, doc: Document) -> Document:
    """A page that announces a document ("Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số
    17 về việc ...") then gives its text ("Nội dung Chỉ thị như sau:"), with no headline: the page
    is that document, its number and subject those of the announcing sentence."""
    text, folded = layout.text.text, layout.text.folded
    paragraphs = [b for b in islice(layout.blocks, _GROUNDS_REACH) if b.kind == "paragraph"]
    for above, block in zip(paragraphs, paragraphs[1:], strict=False):  # each paragraph and the one above it
        relay = _relays().match(folded, block.start, block.end)
        said = _announced().search(folded, above.start, above.end) if relay else None
        if relay is None or said is None or said.group("type") != relay.group("type"):
            continue
        doc = replace(doc, kind=_kinds_by_title()[" ".join(said.group("type").split())],
                      title=squash(text[said.start("subject"):said.end("subject")]),
                      title_at=At(start=said.start("subject"), end=said.end("subject")))
        if doc.number is None and doc.number_at is None:
            doc = replace(doc, number=text[said.start("number"):said.end("number")],
                          number_at=At(start=said.start("number"), end=said.end("number")))
        return doc
    return doc


def _number_of_full_text(layout: Layout, mentions: Mentions, doc: Document) -> Document:
    """A page that gives a document's full text after a lead ("Ban biên tập giới thiệu toàn văn
    Nghị quyết số 10-NQ/TU, ngày 18/8/2021 ...", "Ngày 14-11-2016, ... ban hành Nghị quyết số
    10-NQ/TU ... Báo trân trọng giới thiệu toàn văn Nghị quyết"): the page is that document. A
    press page takes its kind; the number the lead gives of that kind is its own ("toàn văn
    Chương trình hành động thực hiện Nghị quyết số 09-NQ/TW": the resolution's is not), and the
    day of that sentence its date, not the day the page was posted."""
    text, folded = layout.text.text, layout.text.folded
    kinds = _kinds_by_title()
    # a page's lone marks and its posting time ("Thứ Năm, 15/10/2020, 16:21 (GMT+7)", ".") are no lead
    paragraphs = (b for b in layout.blocks if b.zone != "footer" and b.kind == "paragraph"
                  and _A_LETTER.search(b.text) and not is_timestamp(b.text.strip()))
    for block in islice(paragraphs, _LEAD_PARAGRAPHS):
        whole = _full_text_of().search(folded, block.start, block.end)
        if whole is None:
            continue
        kind = kinds.get(" ".join(whole.group("type").split()), "unknown") if whole.group("type") else "unknown"
        posted = doc.kind == "article"
        if posted and kind != "unknown" and not whole.group("draft"):
            doc = replace(doc, kind=kind)
        n = next((n for n in mentions.numbers_in(block.start, block.end)
                  if n.type_code and kind_of_code(n.type_code) in (kind, None, "unknown")), None)
        if n is None:
            return doc
        doc = _numbered(doc, n)
        sentence = next(((s, e) for s, e in sentences(text, block.start, block.end) if s <= n.start < e),
                        (block.start, block.end))
        after = [d for d in mentions.dates_in(n.end, min(sentence[1], n.end + _DATE_AFTER_NUMBER)) if d.iso]
        dates = after or [d for d in mentions.dates_in(sentence[0], n.start) if d.iso]
        return _dated(doc, dates[0]) if (doc.date is None or posted) and dates else doc
    return doc


_PREAMBLE_REACH = 4  # the first blocks of the body: the preamble stands under the header


@lru_cache(maxsize=1)
def _preamble_names_itself() -> regex.Pattern[str]:
    """"UBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương trình ... như sau:": the subject a
    document's opening sentence gives itself, with its type word."""
    return regex.compile(rf"(?<!\w)(?:ban hành|xây dựng)\s+(?P<title>(?P<type>{document_titles(with_kind=True)})\s+"
                         r"(?:[^:;.]|(?<=\d)\.(?=\d)){10,600}?)[\s,]*(?:với\s+)?(?:các\s+)?(?:nội dung\s+)?(?:cụ thể\s+)?như sau\s*:")


def _title_of_preamble(layout: Layout, doc: Document) -> Document:
    """A copy that lost its heading (the type line and the title under it) but whose opening
    sentence names the document of its own kind ("UBND tỉnh xây dựng Kế hoạch hành động thực hiện
    Chương trình “...” đến năm 2025, tầm nhìn đến năm 2030 như sau:"): that name is its title."""
    text, folded = layout.text.text, layout.text.folded
    kinds = _kinds_by_title()
    body = (b for b in layout.blocks if b.zone == "body")
    for block in islice(body, _PREAMBLE_REACH):
        for m in _preamble_names_itself().finditer(folded, block.start, block.end, overlapped=True):
            if kinds.get(" ".join(m.group("type").split())) == doc.kind:
                return replace(doc, title=squash(text[m.start("title"):m.end("title")]),
                               title_at=At(start=m.start("title"), end=m.end("title")))
    return doc


@lru_cache(maxsize=1)
def _self_reference() -> regex.Pattern[str]:
    """'... thực hiện Kết luận này', '... xây dựng Chương trình hành động như sau:': a document
    naming itself by its type."""
    return regex.compile(rf"(?i)\b(?:thực hiện|triển khai|quán triệt|ban hành|tổ chức thực hiện|xây dựng)\s+"
                         rf"(?P<type>{document_titles(with_kind=True)})\s+(?:này\b|như sau)")


@lru_cache(maxsize=1)
def _kinds_by_title() -> dict[str, DocumentKind]:
    """The kind of each type name ("chương trình hành động" -> chuong_trinh)."""
    return {t.title: t.kind for t in document_types().types}


def _own_kind(layout: Layout) -> tuple[DocumentKind, At] | None:
    """'... chịu trách nhiệm thực hiện Kết luận này': the kind a document gives itself."""
    kinds = _kinds_by_title()
    text = layout.text.text
    for block in layout.blocks:
        if block.zone not in ("body", "header"):
            continue
        m = _self_reference().search(text, block.start, block.end)
        if m:
            kind = kinds.get(m.group("type").lower())
            if kind:
                return kind, At(start=m.start("type"), end=m.end("type"))
    return None


_GROUNDS_REACH = 8  # blocks: a copy that lost its header opens on its first part


@lru_cache(maxsize=1)
def _grounds_heading() -> regex.Pattern[str]:
    """A first part that names the text's kind: "I. CĂN CỨ LẬP KẾ HOẠCH", "CĂN CỨ XÂY DỰNG CHƯƠNG TRÌNH"."""
    return regex.compile(rf"(?i)(?:[IVX]+[.)]\s*)?căn cứ\s+(?:lập|xây dựng|ban hành)\s+(?P<type>{document_titles(with_kind=True)})\b")


def _grounds_of_own_kind(layout: Layout) -> tuple[DocumentKind, At] | None:
    """A page that kept no header nor headline but opens on the grounds of its own kind."""
    text = layout.text.text
    for block in layout.blocks[:_GROUNDS_REACH]:
        m = _grounds_heading().match(text, block.start, block.end)
        kind = _kinds_by_title().get(m.group("type").lower()) if m else None
        if m and kind:
            return kind, At(start=m.start("type"), end=m.end("type"))
    return None


# what a saved web page leaves before its headline: code, image and markup lines
_MARKUP = lazy(r"<\?|\?>|\$\w|\[[^\]]*\]$|<[^>]*>$")


_IMAGE = lazy(r"\[img\]|!\[|<img\b", re.IGNORECASE)
_HEADING_TAG = lazy(r"<h\d[^>]*>\s*(?P<t>[^<]+?)\s*</h\d>")


def _page_lines(layout: Layout) -> list[tuple[Block, int, int]]:
    """The first lines of a saved page that are text: no code, markup or image, nor an image's
    caption (the line under it); a heading tag's text is kept without its tags."""
    lines: list[tuple[Block, int, int]] = []
    caption = False
    for b in layout.blocks[:14]:
        line = b.text.strip()
        if _IMAGE.match(line):
            caption = True
            continue
        tag = _HEADING_TAG.fullmatch(line)
        if tag:
            at = b.start + b.text.index(tag.group("t"))
            lines.append((b, at, at + len(tag.group("t"))))
        elif not _MARKUP.match(line) and not caption:
            lines.append((b, b.start, b.end))
        caption = False
    return lines


_BULLETS = "•-–+*"


def _article_head(layout: Layout, mentions: Mentions, doc: Document) -> Document:
    """A press report's headline (a short first line) and its publication timestamp."""
    text = layout.text.text
    lead_seen = False
    candidates: list[tuple[int, int]] = []
    stamped = doc.date is None  # the date is this head's timestamp, not the header's
    lines = _without_menu_bars(text, [(b, s, e) for b, s, e in _page_lines(layout) if _A_WORD.search(text, s, e)])[:6]  # not "." alone
    for n, (block, start, end) in enumerate(lines):
        line = text[start:end]
        lead = PAGE_STAMP.match(line) if n == 0 else None
        if lead:
            # "date 2025-09-23 Quán triệt ...": a saved page's publication stamp before its headline
            if stamped:
                doc = _earlier_stamp(doc, page_stamp_dates(lead, start))
            start += lead.end()
            line = text[start:end]
            if not line.strip():
                continue  # " date 2020-07" on a line of its own: the stamp is all the line holds
        if is_timestamp(line) or _PAGE_LABEL.match(line):
            if stamped and is_timestamp(line):
                doc = _earlier_stamp(doc, mentions.dates_in(block.start, block.end))
            continue
        stamp = _TRAILING_STAMP.search(line) if n <= 3 and not lead_seen else None
        if stamp and _cited_date(mentions, start + stamp.start(), start + stamp.end()):
            stamp = None  # "... NGHỊ QUYẾT SỐ 12-NQ/TW NGÀY 05/3/2018": the date of the document it names
        if stamp and stamp.start() > 0:
            # "HĐND tỉnh thông qua 31 Nghị quyết 16/12/2025 17:31": a headline, its timestamp after it
            if stamped:
                doc = _earlier_stamp(doc, mentions.dates_in(start + stamp.start(), end))
            end = start + stamp.start()
            line = text[start:end]
        dateline = _DATELINE.search(line) if n <= 3 and not lead_seen else None
        if dateline and len(line[:dateline.start()].split()) >= _HEADLINE_WORDS:
            # "Tổng giá trị sản xuất tăng hơn 11% (QNO) - Sáng 17/12, Huyện ủy ...": a page that ran
            # its headline and lead into one line; the paper's mark opens the lead
            end = start + dateline.start()
            line = text[start:end]
        if n == 0 and _headline_with_a_stop(text, lines, line):
            end -= 1  # "Kỳ họp thứ 20, HĐND tỉnh khóa X: thông qua 12 Nghị quyết quan trọng."
            line = text[start:end]
        if _TABLE_CAPTION.search(line) or _credited(layout, start, end):
            continue  # a picture's caption: a sentence in a page's image table, or one credited to its photographer
        if len(line) > 220 or line[-1] in ".;:":
            lead_seen = True  # the headline stands above the lead: a line below it is a subheading
        elif n <= 3 and not lead_seen and line[:1] not in _BULLETS and not _numbered_part(block, start) \
                and not _dated_line(line, _own_dates(mentions, start, end)) and plausible_text(line) and not _PHONE.search(line):
            candidates.append((start, end))
    # a photo's caption under the headline ("Đồng chí X, Bí thư Tỉnh ủy chủ trì Hội nghị ...", "... ẢNH: TTXVN")
    candidates = [c for c in candidates if not (_CAPTION_OPENING.match(text, *c) or _PHOTO_CREDIT.search(text, *c))] \
        or candidates
    # the reporters' names in capitals ("QUỐC TUẤN - VĂN MẾN |", "HỒNG NHUNG, VĂN AN"): a byline
    candidates = [c for c in candidates if not _byline(layout, *c)]
    first = next((i for i, c in enumerate(candidates) if len(text[c[0]:c[1]].split()) >= _HEADLINE_WORDS), None)
    if first is not None:
        # a headline first (short labels above it, "Tiếng Việt | English", do not count): people
        # pictured doing something under it are a photo's caption ("Đại biểu biểu quyết tại Đại hội
        # Đảng bộ tỉnh"), not a headline below a section label
        candidates = candidates[:first + 1] + [c for c in candidates[first + 1:] if not people_pictured().match(text, *c)]
    if doc.title is None and candidates:
        # a site's section label is short ("Hoạt động HĐND-UBND", "Vùng miền"), or stands above the
        # headline ("Chính trị - Xã hội Theo dòng thời sự"): the last long line is the headline
        long = [c for c in candidates if len(text[c[0]:c[1]].split()) >= _HEADLINE_WORDS]
        start, end = _most_echoed(layout, long) if long else candidates[0]
        doc = replace(doc, title=text[start:end], title_at=At(start=start, end=end))
    return doc


_LEAD_REACH = 1500  # characters of the report under its head: its lead paragraphs
_WORD = lazy_regex(r"\w+")


def _most_echoed(layout: Layout, lines: list[tuple[int, int]]) -> tuple[int, int]:
    """Of the long lines atop a report, the one whose pairs of words its lead says again: a headline
    sums up the lead ("A Lưới điều chỉnh chỉ tiêu giảm nghèo ..."), a photo's caption below it
    ("Nhiều mô hình chăn nuôi hiệu quả ...") or a site's section label above it less; on a tie,
    the last (a section label stands above the headline)."""
    folded = layout.text.folded
    lead_start = lines[-1][1]
    lead = _pairs(folded[lead_start:lead_start + _LEAD_REACH])
    best = max(range(len(lines)), key=lambda i: (len(_pairs(folded[lines[i][0]:lines[i][1]]) & lead), i))
    return lines[best]


def _pairs(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(text)
    return set(zip(words, words[1:], strict=False))


def _without_menu_bars(text: str, lines: list[tuple[Block, int, int]]) -> list[tuple[Block, int, int]]:
    """The page's first lines without a site's menu bar: a line that runs through its sections and
    ends on one that a line above already gave ("... Tin tức Chào mừng đại hội Đảng các cấp nhiệm kỳ
    2025-2030" under "Chào mừng đại hội Đảng các cấp nhiệm kỳ 2025-2030"); it would pass for a headline.
    The line it ends on goes too: the bar names it as the site's section, not this report's headline."""
    words = [text[s:e].split() for _, s, e in lines]
    dropped: set[int] = set()
    sections: dict[str, list[int]] = {}  # the lines above long enough to be a section, by their last word
    for i, bar in enumerate(words):
        # a bar ends on a section's words, its last word first: only the lines that end on it are compared
        for j in sections.get(bar[-1], ()) if bar else ():
            section = words[j]
            if len(bar) > len(section) and bar[-len(section):] == section:
                dropped.update((i, j))
        if len(bar) >= _HEADLINE_WORDS:
            sections.setdefault(bar[-1], []).append(i)
    return [line for i, line in enumerate(lines) if i not in dropped]


_NUMBER_TO_DATE = lazy(r"[ ]*(?:ngày[ ]*)?")


def _cited_date(mentions: Mentions, start: int, end: int) -> bool:
    """A date in ``[start, end)`` right after a document number ("Nghị quyết số 12-NQ/TW ngày
    05/3/2018"): the date of a document the line names, not the line's own."""
    folded = mentions.layout.text.folded
    numbers = mentions.numbers_in(max(0, start - 60), end)
    return any(d.start >= n.end and _NUMBER_TO_DATE.fullmatch(folded, n.end, d.start)
               for d in mentions.dates_in(start, end) for n in numbers)


def _own_dates(mentions: Mentions, start: int, end: int) -> tuple[FoundDate, ...]:
    """The dates of a line but those of the documents it names."""
    return tuple(d for d in mentions.dates_in(start, end) if not _cited_date(mentions, d.start, d.end))


def _numbered_part(block: Block, start: int) -> bool:
    """A numbered part of the text ("I. Về kinh tế (11 chỉ tiêu)", "1. ..."): a headline has no number."""
    return block.kind == "heading" and block.marker is not None and start == block.start


def _dated_line(line: str, dates: tuple[FoundDate, ...]) -> bool:
    """A line that dates something, no headline: one with a full date, or short with a day
    ("Ngày 17-2"); a headline may name the days of what it reports ("... diễn ra trong hai ngày
    24 và 25-2")."""
    return bool(dates) and (any(d.year for d in dates) or len(line.split()) < _HEADLINE_WORDS)


@lru_cache(maxsize=2)
def _headline_of_a_document(with_kind: bool = True) -> regex.Pattern[str]:
    return regex.compile(rf"(?P<type>{document_titles(with_kind=with_kind)})\s+(?P<of>của\s+)?")


_SELF_NAMING_REACH = 3  # paragraphs under the headline


def _document_headline(layout: Layout, mentions: Mentions, doc: Document) -> Document:
    """A page headed by a document's own title gives that document (a portal's copy): one that
    names its issuer ("Chương trình hành động của Ban Thường vụ Thành ủy thực hiện ...", "Nghị
    quyết của Ban Chấp hành Đảng bộ tỉnh về ..."), or one whose text names itself by the same type
    ("... Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động như sau:"). A report speaks of
    one with a verb ("Tỉnh ủy ban hành Chương trình ...")."""
    title = doc.title_at
    folded = layout.text.folded
    m = _headline_of_a_document().match(folded, title.start, title.end) if title else None
    if title is not None and m is None:
        # a type with no kind of its own ("Giấy mời dự Lễ ..."): told only by the fields under it
        m = _headline_of_a_document(with_kind=False).match(folded, title.start, title.end)
        if m is not None and not _has_own_fields(layout, title.end):
            return doc
    if title is None or m is None:
        return doc
    kind_word = " ".join(m.group("type").split())
    if m.group("of"):
        if not body_opener().match(layout.text.plain, m.end()):
            return doc
    else:
        below = list(islice((b for b in layout.blocks if b.start >= title.end and b.kind == "paragraph"),
                            _SELF_NAMING_REACH))
        said = (_self_reference().search(folded, b.start, b.end) for b in below)
        if not any(n and " ".join(n.group("type").split()) == kind_word for n in said) \
                and not any(_speaks_as_issuer(layout, mentions, b, kind_word) for b in below) \
                and not _has_own_fields(layout, title.end):
            return doc
    return replace(doc, kind=_kinds_by_title()[kind_word], kind_at=title, type_word=m.group("type"))


_FIELDS_REACH = 40  # blocks under the headline: the fields may follow a long list of whom it invites


def _has_own_fields(layout: Layout, start: int) -> bool:
    """The text under a headline gives both labelled fields of what it calls ("Thời gian:" and
    "Địa điểm:"): the invitation or notice the headline names ("Giấy mời dự Lễ ..."), no report."""
    plain = layout.text.plain
    below = islice((b for b in layout.blocks if b.start >= start), _FIELDS_REACH)
    fields = {m.group("field") for b in below if (m := MEETING_FIELD.match(plain, b.content_start, b.end))}
    return len(fields) == 2


# "CV 9229/UBND-VHXH V/v Áp dụng ...": a page headed by a công văn's number and its subject
_LETTER_HEADLINE = lazy_regex(r"(?:CV|[Cc]ông văn)\s+(?:số\s*:?\s*)?(?P<number>\d{1,6}\s?/\s?\p{Lu}[\p{L}&]*"
                              r"(?:\s?-\s?\p{Lu}[\p{L}&]*){0,3})\s+(?=V/v\b|[Vv]ề\b)")


def _letter_headline(layout: Layout, doc: Document) -> Document:
    """A page whose headline is a công văn's number then its "V/v" subject gives that công văn:
    its number, kind and subject (the number of a công văn names no type code)."""
    title, text = doc.title_at, layout.text.text
    m = _LETTER_HEADLINE.match(text, title.start, title.end) if title else None
    if title is None or m is None:
        return doc
    number = _SPACE.sub("", m.group("number"))
    return replace(doc, kind="cong_van", number=number, body_code=number.split("/", 1)[1],
                   number_at=At(start=m.start("number"), end=m.end("number")),
                   title=squash(text[m.end():title.end]), title_at=At(start=m.end(), end=title.end))


def _speaks_as_issuer(layout: Layout, mentions: Mentions, block: Block, kind_word: str) -> bool:
    """A clause whose subject is a body and whose verb is the type word of the headline ("...,
    Uỷ ban nhân dân huyện thông báo việc treo cờ như sau:"): the body issuing the text it heads."""
    text, folded = layout.text.text, layout.text.folded
    for s, e in sentences(text, block.start, block.end):
        starts = [s, *(m.end() for m in _CLAUSE_OPEN.finditer(text, s, e))]
        for c in starts:
            found = mentions.bodies(c, e)
            gap = _VERB_GAP.match(folded, found.end) if found is not None else None
            if gap and folded.startswith(kind_word, gap.end()):
                return True
    return False


_CLAUSE_OPEN = lazy(r",[ ]+")
_VERB_GAP = lazy(r"[ ]+")


# names of two or three words in capitals, one to four of them, a web table's bar after them
_BYLINE = lazy_regex(r"\p{Lu}+(?:[ ]\p{Lu}+){1,2}(?:[ ]*(?:[-–,&]|VÀ)[ ]*\p{Lu}+(?:[ ]\p{Lu}+){1,2}){0,3}[ ]*\|?")


def _byline(layout: Layout, start: int, end: int) -> bool:
    """A line of reporters' names in capitals, no body's name ("HĐND TỈNH BÌNH AN")."""
    return _BYLINE.fullmatch(layout.text.text, start, end) is not None \
        and not body_opener().match(layout.text.plain, start, end)


# "Toàn cảnh Đại hội. |": a sentence, then the bar of the web table that held its picture
_TABLE_CAPTION = lazy_regex(r"\.[ ]*\|[ ]*$")
_CREDIT_DASH = lazy_regex(r"[ ][-–][ ]+(?=\p{Lu}+(?:[ ]\p{Lu}+){1,2}[ ]*$)")


def _credited(layout: Layout, start: int, end: int) -> bool:
    """A caption that ends on its photographer's name in capitals ("Đại hội Công đoàn tỉnh - HOÀI
    NAM"): each word of the name a syllable (a vowel in it), not an abbreviation ("TP HCM")."""
    text = layout.text.text
    dash = next(iter(reversed(list(_CREDIT_DASH.finditer(text, start, end)))), None)  # the last dash
    if dash is None:
        return False
    name = text[dash.end():end].strip()
    return _byline(layout, dash.end(), dash.end() + len(name)) and all(
        any(c in "AEIOUY" for c in unicodedata.normalize("NFD", w)) for w in name.split())


_CAPTION_OPENING = lazy_regex(r"(?:Đồng chí|Đ/c)\s+\p{Lu}\p{Ll}*\s+\p{Lu}")
_PHOTO_CREDIT = lazy_regex(r"\b(?:ẢNH|Ảnh)\s*:")
# the mark of the paper (its initials in brackets) and a dash that open a press report's lead
_DATELINE = lazy_regex(r"[ ]+\(\p{Lu}{2,8}\)[ ]*[-–][ ]*(?=\S)")
_TRAILING_STAMP = lazy(r"\s+\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_HEADLINE_MAX_WORDS = 25


def _headline_with_a_stop(text: str, lines: list[tuple[Block, int, int]], line: str) -> bool:
    """A first line of one short sentence ending in a full stop, over a longer paragraph, is the
    headline all the same: a lead that opens a report is long, or dated ("Ngày 15/1, ...")."""
    if not line.endswith(".") or line.endswith("..") or ". " in line or len(line.split()) > _HEADLINE_MAX_WORDS:
        return False
    if _CAPTION_OPENING.match(line) and pictured_action().search(line):
        return False  # "Đồng chí X, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.": a photo's caption
    return len(lines) > 1 and lines[1][2] - lines[1][1] > len(line)


_HEADLINE_WORDS = 5
_A_WORD = lazy(r"\w")
_PHONE = lazy(r"\d{3,4}[. ]\d{3}[. ]\d{3}")  # a site's hotline over its pages


def _apply_metadata_box(box: dict[str, BoxValue], mentions: Mentions, doc: Document) -> Document:
    """Fill the number, kind and date the header left empty from the box."""
    number = box.get("number")
    nums = mentions.numbers_in(number.at.start, number.at.end) if number else ()
    if doc.number is None and number and nums:
        n = nums[0]
        doc = _numbered(doc, n, number.at)
    kind = box.get("kind")
    if kind and doc.kind in ("unknown", "article"):
        folded = kind.text.lower()
        for t in sorted(document_types().types, key=lambda t: -len(t.title)):
            if folded.startswith(t.title):
                doc = replace(doc, kind=t.kind, kind_at=kind.at)
                break
    date = box.get("date")
    dates = [d for d in mentions.dates_in(date.at.start, date.at.end) if d.iso] if date else []
    if doc.date is None and date and dates:
        doc = replace(doc, date=dates[0].iso, date_at=date.at)
    if doc.title is None and doc.number is not None:
        doc = _title_of_site_headline(mentions, doc)
    return doc


@lru_cache(maxsize=1)
def _site_headline() -> re.Pattern[str]:
    return re.compile(rf"(?:{document_titles()})\s+(?P<number>\S*\d\S*)(?:\s+năm\s+{YEAR})?\s+(?=\w)")


def _title_of_site_headline(mentions: Mentions, doc: Document) -> Document:
    """A legal site names the document above its card: "Quyết định 612/QĐ-UBND năm 2020 về phê
    duyệt ...": its trích yếu, where the copy lost the type line and title (the same number)."""
    layout = mentions.layout
    first = next((b for b in layout.blocks if b.text.strip()), None)
    m = _site_headline().match(layout.text.folded, first.start, first.end) if first else None
    if first is None or m is None or m.group("number").upper() != (doc.number or "").upper():
        return doc
    return replace(doc, title=layout.text.text[m.end():first.end].strip(), title_at=At(start=m.end(), end=first.end))
