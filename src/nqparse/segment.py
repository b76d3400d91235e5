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
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from .normalize import Text
from .phrases.text import SIGNATURE_AUTHORITY, is_caps

__all__ = ["SIGNATURE_AUTHORITY", "Block", "Layout", "is_caps", "segment"]

BlockKind = Literal["heading", "item", "bullet", "label", "paragraph"]
Zone = Literal["header", "body", "footer", "appendix"]

_ROMAN = regex.compile(r"(?P<m>[IVX]{1,5})\s*[.\-–/]\s*(?=\S)")
_DECIMAL = regex.compile(r"(?P<m>\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:\.|-(?!\d)|\)(?!\d))\s*(?=\S)")
_PART = regex.compile(r"(?P<m>(?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+(?:[IVXLC]{1,6}|\d{1,2}))\b\s*[.:]?\s*")
_ARTICLE = regex.compile(r"(?P<m>(?:Điều|ĐIỀU)\s+\d{1,3})\s*[.:]\s*")
_LETTER = regex.compile(r"(?P<m>[a-zđ])\)\s+")
_ITEM = regex.compile(r"(?:[-–+•]\s*)?\((?P<m>[0-9lIO]{1,3})\)\s*\.?\s*")
_BULLET = regex.compile(r"(?P<m>[-–+•])\s+")
_DATE_LEAD = regex.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d")  # "12/3/2021 ..." is a date, not "12." numbering
_RECIPIENTS = regex.compile(r"n[oơ]i\s*nh[aâậ]n\s*:?", regex.IGNORECASE)


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Layout:
    text: Text
    blocks: tuple[Block, ...]
    header_end: int
    footer_start: int
    appendix_start: int
    signature_block: int | None

    def zone(self, zone: Zone) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.zone == zone)

    def parent_headings(self, block: Block) -> list[Block]:
        return [self.blocks[i] for i in block.parents]


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


def _classify(line: str, plain_line: str, caps: bool) -> tuple[BlockKind, str | None, int, int]:
    """Kind, marker, heading level, and the length of the marker with its trailing space."""
    if _RECIPIENTS.match(plain_line) and len(line) < 40:
        return "label", None, 0, 0
    for kind, pattern, level in _OPENINGS:
        m = pattern.match(line)
        if m is None:
            continue
        if pattern is _ROMAN and m.group(0).rstrip()[-1] not in ".-–/":
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
    src, plain = text.text, text.plain
    blocks: list[Block] = []
    stack: list[tuple[int, int]] = []  # (level, block index) of open headings
    pos = 0
    blank_before = False
    raw: list[tuple[int, int, str, BlockKind, str | None, int, bool]] = []
    line_caps: list[bool] = []
    content_starts: list[int] = []
    for line in src.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            blank_before = True
            continue
        caps = is_caps(line)  # once per line: it walks every letter
        kind, marker, level, marker_end = _classify(line, plain[start:end], caps)
        raw.append((start, end, line, kind, marker, level, blank_before))
        line_caps.append(caps)
        content_starts.append(start + marker_end)
        blank_before = False

    signature = _find_signature(raw, plain)
    footer_start = _find_footer(raw, signature)
    appendix_start = _find_appendix(raw, signature, footer_start)
    header_end = _find_header_end(raw, footer_start)

    for i, (start, end, line, kind, marker, level, blank) in enumerate(raw):
        if i in (footer_start, appendix_start):
            stack.clear()
        zone: Zone = ("header" if i < header_end else "body" if i < footer_start
                      else "footer" if i < appendix_start else "appendix")
        if kind == "heading":
            while stack and stack[-1][0] >= level:
                stack.pop()
        parents = tuple(idx for _, idx in stack)
        blocks.append(Block(i, start, end, line, kind, marker, level, zone, parents, blank, line_caps[i],
                            content_starts[i]))
        if kind == "heading" and zone in ("body", "appendix"):
            stack.append((level, i))
    return Layout(text=text, blocks=tuple(blocks), header_end=header_end, footer_start=footer_start,
                  appendix_start=appendix_start, signature_block=signature)


Raw = list[tuple[int, int, str, BlockKind, str | None, int, bool]]


def _find_signature(raw: Raw, plain: str) -> int | None:
    """Index of the signature's authority line ("T/M BAN CHẤP HÀNH"), the last one in the text."""
    for i in range(len(raw) - 1, -1, -1):
        start, end, line, *_ = raw[i]
        if len(line) > 80 or not is_caps(line):
            continue
        if SIGNATURE_AUTHORITY.fullmatch(plain[start:end]):
            # "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH": the block opens at the first of the run
            while i > 0 and is_caps(raw[i - 1][2]) and SIGNATURE_AUTHORITY.fullmatch(plain[raw[i - 1][0]:raw[i - 1][1]]):
                i -= 1
            return i
    return None


def _find_footer(raw: Raw, signature: int | None) -> int:
    labels = [i for i, r in enumerate(raw) if r[3] == "label"]
    candidates = [i for i in (labels[-1] if labels else None, signature) if i is not None]
    return min(candidates) if candidates else len(raw)


def _find_appendix(raw: Raw, signature: int | None, footer_start: int) -> int:
    """First block after the signer's name, when the text goes on after the signature."""
    if signature is None:
        return len(raw)
    i = signature + 1
    # the title line(s), then the signer's name: short lines that are not list items
    seen_name = False
    while i < len(raw):
        line = raw[i][2]
        if raw[i][3] in ("bullet", "label"):
            i += 1
            continue
        if len(line) > 60 or seen_name:
            break
        if not is_caps(line) or i > signature + 2:
            seen_name = True
        i += 1
    return max(i, footer_start)


def _find_header_end(raw: Raw, limit: int) -> int:
    """The header is the leading run of short lines: bodies, '*', number, place and date, type, subject."""
    for i, (_, _, line, kind, _, _, _) in enumerate(raw[:limit]):
        if kind == "paragraph" and (len(line) > 160 or (len(line) > 60 and line[-1] in ".:;")):
            return i
        if kind in ("item", "bullet", "label"):
            return i
        if kind == "heading" and i > 0 and raw[i][4] is not None:
            return i
    return min(limit, len(raw))
