"""The lines of an official header, as the document and issuer extractors read them.

An official header stands above the body in two columns: on the left the issuing body, its
number ("Số: 144/KH-UBND"); on the right the national motto and the place-and-date line. A
file converted from a web page or a PDF leaves these lines in any order, broken over lines
("Bắc Ninh, ngày 24" / "tháng 11 năm 2025") and mixed with layout remnants ("|", "-----").
This module finds the header's blocks and joins broken lines while keeping exact offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..lexicon import bodies, document_titles, issuer_heads
from ..phrases.lazy import lazy_regex
from ..phrases.text import unmarked
from ..records import record
from ..segment import Block, Layout, per_layout

# a line with no letter and no digit: a table's "|", a rule "-------", a lone "*" or "_"
_JUNK = regex.compile(r"[^\p{L}\d]*")
# the right column: the national name and motto (state) or the party's name (party); a damaged
# font's "CỘNG HỊA XÃ HỘI" too
NATIONAL = re.compile(unmarked(
    r"(?:cộng h\w{1,3}\s+xã hội|chủ nghĩa việt nam|độc lập\s*[-–]|đảng cộng sản việt nam)"))
# "Số: 144/KH-UBND", "Số:" at a line's end, "So 05-NQ/QU" without marks; never "Sở ..."
# (OCR may read "Só", "Sô", and "II" for the digits "11")
NUMBER_LEAD = re.compile(r"S[ốôoóòồỐÔOÓÒỒ]\s*:?\s*(?=[\d._…/-]|[IlO|]+\s?/|$)")
# "Hải Phòng, ngày 20 tháng 12 năm 2021"; found anywhere on the line, since a PDF may put the
# number of the left column before it; the day and month may be left blank in a draft, or be
# OCR debris ("ngày/£# tháng 10"): the place and the year still read
_SLOT = r"(?:[^\p{L}\n]|\p{L}(?=\d)){0,8}?"  # digits, blanks, debris; a letter OCR read for a digit ("J2")
PLACE_DATE = regex.compile(
    # a template's or draft's place left as dots (".........., ngày 20 tháng 6 năm 2018") is a place too
    r"(?<![\p{L}])(?P<place>(?:(?:TP\.|[Tt]hành phố|[Tt]hị xã|[Tt]hị trấn)\s?)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}"
    r"|(?<![.…])[.…]{3,})"
    r"\s*,\s*"
    rf"(?P<date>ng[àa]y\s*{_SLOT}\s*th[áa]ng\s*{_SLOT}\s*n[ăa]m\s*(?P<year>\d{{4}})"
    # a web copy's date in figures: "Hòa Bình, ngày 05/3/2024"
    r"|ng[àa]y\s*\d{1,2}\s?(?P<sep>[/.-])\s?\d{1,2}\s?(?P=sep)\s?(?P<year>\d{4})(?!\d))")
# a công văn's subject line ("V/v ..."), which the layout may take for a Roman "V/" heading
VV = re.compile(r"(?i)v\s?/\s?v\b\.?\s*:?\s*")
# what opens the body: grounds, addressees, the considerations of a decision
_BODY_START = re.compile(unmarked(r"(?:căn cứ|kính gửi|xét\s|theo đề nghị)"))
HEAD_LIMIT = 45  # blocks: a web page's header table may spread a header over forty lines


_RULE = re.compile(r"[-_=~*.…—–\s]+")


# a header line that names the document a body was set up by: "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH"
# over "SỐ 1050/QĐ-SCT" cites that decision; its "SỐ" line is part of the body's name
@lru_cache(maxsize=1)
def _names_a_document() -> regex.Pattern[str]:
    return re.compile(unmarked(rf"\b(?:theo|tại|của)\s+{document_titles()}\s*$"))


def cites_a_document(plain: str, start: int, end: int) -> bool:
    """True when the "Số" line under ``plain[start:end]`` numbers the document that line names."""
    return _names_a_document().search(plain, start, end) is not None


def is_junk(block: Block) -> bool:
    return _JUNK.fullmatch(block.text) is not None


def is_rule(block: Block) -> bool:
    """"-----", "___", "*": the line that closes a header's column or its title."""
    return _RULE.fullmatch(block.text) is not None


def head_blocks(layout: Layout) -> list[Block]:
    """The blocks above the body, as ``_head_blocks`` reads them (once per document: the
    document and issuer readers both ask)."""
    return list(_head_blocks(layout))


@per_layout
def _head_blocks(layout: Layout) -> tuple[Block, ...]:
    """The blocks above the body: up to the first ground ("Căn cứ"), addressee, numbered
    heading, list item or long paragraph.

    Two layouts move header lines out of place. A footnote or a page's remnant may stand above
    the header (the text of a PDF page that began with it): the header then starts at its
    first line, the one that the motto or the "Số" line follows closely. A letter's right column
    (motto, place and date) may follow its "Kính gửi" in reading order: it is kept with the head.
    """
    blocks = _head_window(layout)
    head = _head_from(layout, blocks, _related_list_end(layout, blocks))
    if not any(_is_anchor(layout, b) for b in head):
        first = _header_start(layout, blocks)
        if first:
            head = _head_from(layout, blocks, first)
    return (*head, *_right_column_after(layout, blocks, head))


# "- Quyết định 12 năm 2020 về ...": a site's list of related documents above the letterhead, one
# document to a bullet, named by its type, its number and its year
@lru_cache(maxsize=1)
def _related_document() -> regex.Pattern[str]:
    return regex.compile(rf"[-–•+*][ ]*(?:{document_titles()})[ ]+(?:số[ ]*)?\d[\w/.-]*[ ]+năm[ ]+\d{{4}}\b")


def _related_list_end(layout: Layout, blocks: tuple[Block, ...]) -> int:
    """How many blocks at the top are a site's list of related documents: page furniture, no header."""
    folded = layout.text.folded
    k = 0
    while k < len(blocks) and (is_junk(blocks[k]) or _related_document().match(folded, blocks[k].start, blocks[k].end)):
        k += 1
    return k if any(not is_junk(b) for b in blocks[:k]) else 0


def _head_window(layout: Layout) -> tuple[Block, ...]:
    """The first ``HEAD_LIMIT`` blocks that hold a letter or a digit, and the layout remnants
    ("|", "-----") between them: a legal site's card written a cell to a line, a bar between
    each, may fill forty lines above the header."""
    count = 0
    for block in layout.blocks:
        if not is_junk(block):
            count += 1
            if count > HEAD_LIMIT:
                return layout.blocks[:block.index]
    return layout.blocks


def _head_from(layout: Layout, blocks: tuple[Block, ...], first: int) -> list[Block]:
    plain = layout.text.plain
    head: list[Block] = []
    for block in blocks[first:]:
        if VV.match(block.text):
            head.append(block)
            continue
        # a site that numbers its pages ("1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ...") makes the
        # header's first line look like a list item
        numbered = block.kind in ("item", "bullet", "label") or (block.kind == "heading" and block.marker)
        if block.zone == "footer" or _BODY_START.match(plain, block.start, block.end) \
                or (numbered and not NATIONAL.search(plain, block.start, block.end)) \
                or (block.kind == "paragraph" and (len(block.text) > 160 or (len(block.text) > 40
                                                                   and block.text[-1] in ".;"))):
            break
        head.append(block)
    return head


_NEAR_ANCHOR = 6  # blocks: the issuer's lines stand right above its "Số" line or beside the motto


def _is_anchor(layout: Layout, block: Block) -> bool:
    """The national motto or the party's name, a "Số" line, or a line that is only a place and
    a date ("Phú Yên, ngày 25 tháng 10 năm 2021"): lines only a header has."""
    return bool(NATIONAL.match(layout.text.plain, block.start, block.end) or NUMBER_LEAD.match(block.text)
                or place_date_line(block.text))


# the lines of a web page's head: its chrome (date, views, logo), then the header of a document it carries
CARRIED_REACH = 16


_DATE_LENGTH = 120  # "ngày ..... tháng ..... năm 2025": a draft's slots left as dots


def place_date_line(line: str) -> bool:
    """A line that is only a place and a date, as a header writes it ("Phú Yên, ngày 25 tháng 10
    năm 2021"); not a lead that opens on one ("X, ngày ..., HĐND tỉnh ..."), which dates its event."""
    # every line of a page is asked: where the line's last "ngày" stands is found at memory speed,
    # and a date that opens on it must run on to the line's end
    tail = line.rstrip(" *_|.")
    day = max(tail.rfind("ngày"), tail.rfind("ngay"))
    if day < 0 or len(tail) - day > _DATE_LENGTH:
        return False
    m = PLACE_DATE.search(line)
    return m is not None and not line[:m.start()].strip(" *_|") and not line[m.end():].strip(" *_|.")


def carried_date_lines(layout: Layout) -> Iterator[tuple[tuple[Block, ...], Block]]:
    """Each place-and-date line among a page's head ("X, ngày 25 tháng 10 năm 2021") with the
    blocks above it: a page that carries a document under its chrome carries its header right
    above that line ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH X" / "BAN THƯỜNG VỤ")."""
    blocks = layout.blocks[:CARRIED_REACH]
    for k, block in enumerate(blocks):
        if place_date_line(block.text):
            yield blocks[:k], block


def _header_start(layout: Layout, blocks: tuple[Block, ...]) -> int | None:
    """Where a header that running text precedes begins: its first capitals line with an
    anchor within a few lines below."""
    anchors: dict[int, bool] = {}  # each block asked once: the ranges below hold it up to six times

    def anchor(k: int) -> bool:
        if k not in anchors:
            anchors[k] = _is_anchor(layout, blocks[k])
        return anchors[k]

    for i, block in enumerate(blocks):
        if (block.caps or anchor(i)) and any(anchor(k) for k in range(i, min(i + _NEAR_ANCHOR, len(blocks)))):
            return i
    return None


def _right_column_after(layout: Layout, blocks: tuple[Block, ...], head: list[Block]) -> list[Block]:
    """The motto and the place-and-date line that a letter's "Kính gửi" comes before."""
    if not head or any(NATIONAL.match(layout.text.plain, b.start, b.end) for b in head):
        return []
    after = blocks[head[-1].index + 1:head[-1].index + 1 + _NEAR_ANCHOR]
    for i, block in enumerate(after):
        if NATIONAL.match(layout.text.plain, block.start, block.end):
            column = [block]
            for nxt in after[i + 1:i + 3]:
                if not (NATIONAL.match(layout.text.plain, nxt.start, nxt.end) or PLACE_DATE.search(nxt.text)):
                    break
                column.append(nxt)
            return column
    return []


@record
class Joined:
    """Several lines joined by single spaces, with the way back to the text's offsets."""

    text: str
    pieces: tuple[tuple[int, int], ...]  # (offset in ``text``, offset in the document's text)

    def source(self, pos: int) -> int:
        """The document offset of ``text[pos]`` (or of the end of the piece it ends)."""
        for joined_at, source_at in reversed(self.pieces):
            if pos >= joined_at:
                return source_at + pos - joined_at
        return self.pieces[0][1]

    def source_end(self, pos: int) -> int:
        return self.source(pos - 1) + 1 if pos > 0 else self.source(0)

    def position(self, offset: int) -> int | None:
        """The offset in ``text`` of the document's ``offset``; None outside the joined lines."""
        for (joined_at, source_at), after in zip(self.pieces, (*self.pieces[1:], None), strict=True):
            length = (after[0] - 1 if after else len(self.text)) - joined_at
            if source_at <= offset <= source_at + length:
                return joined_at + offset - source_at
        return None


def joined(blocks: list[Block], text: str) -> Joined:
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    at = 0
    for block in blocks:
        if parts:
            parts.append(" ")
            at += 1
        pieces.append((at, block.start))
        parts.append(text[block.start:block.end])
        at += block.end - block.start
    return Joined("".join(parts), tuple(pieces))


def following(head: list[Block], index: int, count: int) -> list[Block]:
    """``head[index]`` and the ``count`` lines after it that are not layout remnants."""
    out = [head[index]]
    for block in head[index + 1:]:
        if len(out) > count:
            break
        if not is_junk(block):
            out.append(block)
    return out


@lru_cache(maxsize=1)
def body_opener() -> re.Pattern[str]:
    """The words that open a body's name in a header ("ỦY BAN", "SỞ", "VĂN PHÒNG"; lexicon
    ``header_openers``), matched on the plain text (``Text.plain``)."""
    words = bodies().header_openers.words
    return re.compile(r"(?:" + "|".join(regex.escape(unmarked(w)) for w in sorted(words, key=len, reverse=True))
                      + r")\b")


def splits_a_head(above: str, line: str) -> bool:
    """True when the name of a body runs from ``above`` onto ``line`` ("ỦY BAN NHÂN" / "DÂN"),
    both in ``Text.plain`` form."""
    both = f"{above} {line}"
    return any(h in both and h not in above and h not in line for h in _heads())


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(unmarked(h) for h in issuer_heads())


# a word of Vietnamese text: Latin letters, a number, or punctuation; "7+ѬѪ1" is none of them
_WORD = lazy_regex(r"[\p{P}\p{S}]*(?:\p{Latin}+(?:[-'’./&]\p{Latin}+)*|\d[\d.,:/%-]*\p{Latin}*)[\p{P}\p{S}]*|[\p{P}\p{S}]+")


def plausible_text(line: str) -> bool:
    """Not the debris of a broken font or an OCR layer: most words read as words."""
    words = line.split()
    return bool(words) and sum(1 for w in words if _WORD.fullmatch(w)) >= 0.9 * len(words)
