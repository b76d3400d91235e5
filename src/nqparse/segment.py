"""Text -> Layout: the document's lines as blocks, their headings, and its zones.

Guarantees to the extractors:

1. Every non-empty line of ``Text.text`` is exactly one ``Block`` (``text[start:end]``), in
   order; nothing is dropped and this stage never raises: a line it cannot place is a
   ``paragraph``.
2. A block's ``kind`` says how the line opens: ``heading`` (Roman "I." or decimal "1.", "1.1."
   numbering, or a short all-capitals line), ``item`` ("(1)", "(1).", "- (13)."; OCR's "(l)"
   too), ``bullet`` ("-", "+", "•"), ``label`` ("Nơi nhận:"), else ``paragraph``.
3. ``parents`` lists the indices of the headings a block stands under, outermost first.
4. Zones split the blocks: ``header`` (before the first body line), ``body``, ``footer``
   ("Nơi nhận" and the signature) and ``appendix`` (what follows the signature).
5. A block's ``authority`` is set when its line, in capitals, is a signature's authority line
   ("TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "T/M ...", "Q. ..."); the signature block is the first
   of the last run of such lines that are short (80 characters at most).
6. ``Layout.last_label`` is the last ``label`` block: the recipients' list, where the footer
   begins unless the signature stands before it.
7. ``Layout.block_at(offset)`` is the block whose line holds ``offset``, found by bisection.
8. A heading's ``roles`` say what its part holds, from its first words (``heading_roles``,
   the one judgement of it, over lexicon ``headings``): ``targets`` (chỉ tiêu), ``results``
   (kết quả, tình hình, đánh giá), ``tasks`` (nhiệm vụ, giải pháp, tổ chức thực hiện),
   ``aims`` (quan điểm, mục tiêu). A heading may have several, or none; other blocks none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache, wraps
from typing import Literal, NamedTuple, TypeVar

import regex

from .lexicon import alternation, divisions, headings, recipients_label
from .normalize import Text, fold
from .phrases.text import SIGNATURE_AUTHORITY, is_caps
from .records import At, record

__all__ = ["SIGNATURE_AUTHORITY", "Authority", "Block", "Layout", "Role", "heading_roles", "is_caps", "segment"]

Role = Literal["targets", "results", "tasks", "aims"]
BlockKind = Literal["heading", "item", "bullet", "label", "paragraph"]
Zone = Literal["header", "body", "footer", "appendix"]

_ROMAN = re.compile(r"(?P<m>[IVX]{1,5})\s*[.\-–/]\s*(?=\S)")
# "1." and "1)", and "1/" and "a/" as some provinces and press reports number points (a slash
# only before a space: "1/3" opens a date, "1/NQ-HĐND" a document number; a dash not before a
# type code and its slash: "88-KH/TU" is a party document's number)
_DECIMAL = re.compile(r"(?P<m>\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:\.|-(?!\d|[A-ZĐ]+/)|\)(?!\d)|/(?=\s))\s*(?=\S)")
_PART = re.compile(rf"(?P<m>(?:{divisions(articles=False)})\s+(?:[IVXLC]{{1,6}}|\d{{1,2}}))\b\s*[.:]?\s*")
_ARTICLE = re.compile(rf"(?P<m>(?:{divisions(parts=False)})\s+\d{{1,3}})\s*[.:]\s*")
_LETTER = re.compile(r"(?P<m>[a-zđ])[)./]\s+")
_ITEM = re.compile(r"(?:[-–+•]\s*)?\((?P<m>[0-9lIO]{1,3})\)\s*\.?\s*")
# (a web copy may lose the space after the mark: "-Tổng thu ..." still opens an item when a
# capitalised word follows, told in ``_classify``; "-NQ/TU" or "-thu" runs on from the line before)
_BULLET = re.compile(r"(?P<m>[-–+•])(?:\s+|(?=[^\W\d_]))")
_DATE_LEAD = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d")  # "12/3/2021 ..." is a date, not "12." numbering
_RECIPIENTS = re.compile(recipients_label(loose=True) + r"\s*:?")


class Authority(NamedTuple):
    """A signature's authority line ("TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"): its mark ("TM.",
    "KT", "T/M") and where the body or title it acts for begins."""

    mark: At
    body_start: int


@record
class Block:
    index: int
    start: int
    end: int
    text: str
    kind: BlockKind
    marker: str | None
    level: int
    zone: Zone
    parents: tuple[int, ...]
    blank_before: bool
    caps: bool
    content_start: int
    """Offset of the text after the block's marker ("1.", "(2)", "- ")."""
    authority: Authority | None = None
    """Set when the line, in capitals, is a signature's authority line (guarantee 5)."""
    roles: frozenset[Role] = frozenset()
    """What a heading says its part holds (guarantee 8)."""


@dataclass(frozen=True)
class Layout:
    """A document's blocks and where its header, footer, appendix and signature lie."""

    text: Text
    blocks: tuple[Block, ...]
    header_end: int
    footer_start: int
    appendix_start: int
    signature_block: int | None
    last_label: Block | None = None
    """The last "Nơi nhận" block: the recipients' list (guarantee 6)."""
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(b.start for b in self.blocks))

    def zone(self, zone: Zone) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.zone == zone)

    def parent_headings(self, block: Block) -> list[Block]:
        return [self.blocks[i] for i in block.parents]

    def block_at(self, offset: int) -> Block | None:
        """The block whose line holds ``offset``; None between lines (guarantee 7)."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self.blocks[i].end:
            return None
        return self.blocks[i]


R = TypeVar("R")


def per_layout(read: Callable[[Layout], R]) -> Callable[[Layout], R]:
    """``read`` done once per layout: what several extractors ask of the same document (its
    head blocks) is worked out for the first and handed to the others. The last layout read
    is kept, so the result stays its own; what is returned must not be changed by callers."""
    last: list[tuple[Layout, R]] = []

    @wraps(read)
    def once(layout: Layout) -> R:
        kept = last[0] if last else None
        if kept is not None and kept[0] is layout:
            return kept[1]
        result = read(layout)
        last[:] = [(layout, result)]
        return result

    return once


# How a line may open, tried in this order: its kind and heading level. State documents nest
# "Chương I" / "Mục 2" over articles "Điều 1.", whose clauses are "1.", "a)"; party documents
# nest "I." over "1." over "1.1." (one level more per dotted part).
_OPENINGS: tuple[tuple[BlockKind, regex.Pattern[str], int], ...] = (
    ("item", _ITEM, 6),
    ("heading", _PART, 0),
    ("heading", _ARTICLE, 1),
    ("heading", _ROMAN, 1),
    ("heading", _DECIMAL, 2),
    ("heading", _LETTER, 6),
    ("bullet", _BULLET, 7),
)

# all of them in one pattern: most lines open with none, told in one match instead of one each
# (without their marker's name, which re allows once a pattern)
_ANY_OPENING = re.compile("|".join(f"(?:{pattern.pattern})".replace("(?P<m>", "(?:") for _, pattern, _ in _OPENINGS))


def _unspaced_word(opening: str) -> bool:
    """Whether the two letters after a mark with no space open a capitalised word ("Tổng"),
    not a code in capitals ("NQ") or a lower-case run-on ("thu")."""
    return len(opening) == 2 and opening[0].isupper() and opening[1].islower()


def _classify(line: str, plain_line: str, caps: bool) -> tuple[BlockKind, str | None, int, int]:
    """Kind, marker, heading level, and the length of the marker with its trailing space."""
    if len(line) < 40 and _RECIPIENTS.match(plain_line):
        return "label", None, 0, 0
    for kind, pattern, level in _OPENINGS if _ANY_OPENING.match(line) else ():
        m = pattern.match(line)
        if m is None:
            continue
        if pattern is _ROMAN and m.group(0).rstrip()[-1] not in ".-–/":
            continue
        if pattern is _BULLET and m.end() == 1 and not _unspaced_word(line[1:3]):
            continue
        if pattern is _DECIMAL:
            if _DATE_LEAD.match(line):
                continue
            level += m.group("m").count(".")
        return kind, m.group("m"), level, m.end()
    if caps and len(line) <= 160:
        return "heading", None, 0, 0
    return "paragraph", None, 8, 0


def segment(text: Text) -> Layout:
    lines = _read_lines(text)
    signature = _find_signature(lines)
    labels = [i for i, line in enumerate(lines) if line.kind == "label"]
    last_label = labels[-1] if labels else None
    footer_start = min((i for i in (last_label, signature) if i is not None), default=len(lines))
    appendix_start = _find_appendix(lines, signature, footer_start)
    header_end = _find_header_end(lines, footer_start)

    blocks: list[Block] = []
    stack: list[tuple[int, int]] = []  # (level, block index) of open headings
    parents: tuple[int, ...] = ()  # their indexes, made anew only when the stack changes
    for i, line in enumerate(lines):
        if i in (footer_start, appendix_start):
            stack.clear()
            parents = ()
        zone: Zone = ("header" if i < header_end else "body" if i < footer_start
                      else "footer" if i < appendix_start else "appendix")
        if line.kind == "heading":
            if stack and stack[-1][0] >= line.level:
                while stack and stack[-1][0] >= line.level:
                    stack.pop()
                parents = tuple(idx for _, idx in stack)
            roles = heading_roles(text.folded[line.start:min(line.end, line.start + HEADING_NAME)])
        else:
            roles = frozenset()
        blocks.append(Block(index=i, start=line.start, end=line.end, text=line.text, kind=line.kind,
                            marker=line.marker, level=line.level, zone=zone,
                            parents=parents, blank_before=line.blank_before,
                            caps=line.caps, content_start=line.content_start, authority=line.authority,
                            roles=roles))
        if line.kind == "heading" and zone in ("body", "appendix"):
            stack.append((line.level, i))
            parents = (*parents, i)
    return Layout(text=text, blocks=tuple(blocks), header_end=header_end, footer_start=footer_start,
                  appendix_start=appendix_start, signature_block=signature,
                  last_label=blocks[last_label] if last_label is not None else None)


class _Line(NamedTuple):
    """A non-empty line as read, before its zone and parents are known (a tuple: cheap to make)."""

    start: int
    end: int
    text: str
    kind: BlockKind
    marker: str | None
    level: int
    blank_before: bool
    caps: bool
    content_start: int
    authority: Authority | None


def _read_lines(text: Text) -> list[_Line]:
    src, plain = text.text, text.plain
    lines: list[_Line] = []
    pos = 0
    blank_before = False
    for line in src.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            blank_before = True
            continue
        caps = is_caps(line)  # once per line: it walks every letter
        kind, marker, level, marker_end = _classify(line, plain[start:end], caps)
        lines.append(_Line(start, end, line, kind, marker, level, blank_before, caps, start + marker_end,
                           _authority(plain, start, end) if caps else None))
        blank_before = False
    return lines


HEADING_NAME = 100
"""A heading's name is in its first characters: a numbered point that runs on is no section name."""


@cache
def _role_patterns() -> tuple[tuple[Role, re.Pattern[str]], ...]:
    """One pattern per role; a phrase's words may stand on either side of a line break."""
    words = headings()

    def phrases(listed: tuple[str, ...]) -> str:
        return alternation((fold(w) for w in listed), spaces=r"\s+")

    # a verb that sets a plan a few words before it ("thông qua dự toán", "giao dự toán thu, chi")
    sets_plan = rf"(?<!\w){phrases(words.set_verbs)}(?:\s+[^\W\d]+){{0,2}}?\s+{phrases(words.set_plans)}(?!\w)"
    patterns = {role: phrases(getattr(words, role)) for role in ("results", "tasks", "aims")}
    patterns["targets"] = f"{phrases(words.targets)}|{sets_plan}"
    roles: tuple[Role, ...] = ("targets", "results", "tasks", "aims")
    return tuple((role, re.compile(patterns[role])) for role in roles)


@lru_cache(maxsize=4096)
def heading_roles(folded: str) -> frozenset[Role]:
    """What a heading or a list's lead-in, folded, says its part holds."""
    return frozenset(role for role, pattern in _role_patterns() if pattern.search(folded))


def _authority(plain: str, start: int, end: int) -> Authority | None:
    m = SIGNATURE_AUTHORITY.fullmatch(plain, start, end)
    if m is None:
        return None
    return Authority(At(m.start("a"), m.end("a")), m.start("body"))


def _find_signature(lines: list[_Line]) -> int | None:
    """Index of the signature's authority line ("T/M BAN CHẤP HÀNH"), the last one in the text."""
    for i in range(len(lines) - 1, -1, -1):
        if len(lines[i].text) > 80 or lines[i].authority is None:
            continue
        # "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH": the block opens at the first of the run
        while i > 0 and lines[i - 1].authority is not None:
            i -= 1
        return i
    return None


def _find_appendix(lines: list[_Line], signature: int | None, footer_start: int) -> int:
    """First block after the signer's name, when the text goes on after the signature."""
    if signature is None:
        return len(lines)
    i = signature + 1
    # the title line(s), then the signer's name: short lines that are not list items
    seen_name = False
    while i < len(lines):
        line = lines[i]
        if line.kind in ("bullet", "label"):
            i += 1
            continue
        if len(line.text) > 60 or seen_name:
            break
        if not line.caps or i > signature + 2:
            seen_name = True
        i += 1
    return max(i, footer_start)


# a short line that is a sentence of the body ("Năm 2026, tỉnh phấn đấu thu ngân sách đạt 75.000 tỷ
# đồng."): words enough, closed by one full stop; not the letterhead's place and date ("Hà Nội,
# ngày 5 tháng 3 năm 2025."), nor a web page's "Đang tải nội dung, vui lòng chờ ..."
_SENTENCE_LINE = re.compile(r"(?!.*,[ ]*ngày[ ]+\d)(?:\S+[ ]+){7,}\S*[\w%)]\.")
_LONG_LINE = 60


def _find_header_end(lines: list[_Line], limit: int) -> int:
    """The header is the leading run of short lines: bodies, '*', number, place and date, type, subject."""
    for i, line in enumerate(lines[:limit]):
        if line.kind == "paragraph" and (len(line.text) > 160 or (len(line.text) > _LONG_LINE and line.text[-1] in ".:;")
                                         or _SENTENCE_LINE.fullmatch(line.text)):
            return i
        if line.kind in ("item", "bullet", "label"):
            return i
        if line.kind == "heading" and line.marker is not None:
            # "2. Các chỉ tiêu chủ yếu" on a copy's first line: a section, not a letterhead
            return i
    return min(limit, len(lines))
