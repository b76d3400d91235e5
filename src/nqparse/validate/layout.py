"""Rules that need the document itself, not only its extraction: how its headings are
numbered and whether its Nơi nhận list ends with the archive line.

Each rule reads a ``Layout`` and yields findings whose path is a place in the source file
("line 12", or "page 3, line 40" for a PDF), since these findings have no JSON path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import regex

from .. import lexicon
from ..normalize import fold, plain
from ..phrases.numbers import int_to_roman, roman_to_int
from ..segment import Block, Layout
from .content import settings
from .rules import ValidationFinding, finding

# The letters of Vietnamese point lists, in order (đ follows d; no f, j, w, z); a list in
# Latin order (a, b, c, d, e, f) is accepted too.
_VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ARCHIVE = re.compile(r"(?i)^[-–+•·\s]*l[ưu]u\b")
_BROKEN_WORD = re.compile(r"\w[-‐\x02\xad]$")


def place(layout: Layout, offset: int) -> str:
    """'line N' of the source text (with its page when the reader knows it) for a text offset."""
    source = layout.text.source
    at = layout.text.to_source(offset)
    line = source.text.count("\n", 0, at) + 1
    region = source.region_at(at)
    if region is not None and region.page is not None:
        return f"page {region.page}, line {line}"
    return f"line {line}"


def _style(block: Block) -> tuple[str, int] | None:
    """How a numbered heading is numbered ('roman', 'decimal' at a depth, 'letter', 'item')."""
    marker = block.marker
    if marker is None or block.kind not in ("heading", "item"):
        return None
    if block.kind == "item":
        return ("item", 0)
    if marker.isdigit() or regex.fullmatch(r"\d+(?:\.\d+)+", marker):
        return ("decimal", marker.count("."))
    if roman_to_int(marker) is not None and marker.isupper():
        return ("roman", 0)
    if len(marker) == 1 and marker.islower():
        return ("letter", 0)
    return None


def _value(block: Block, style: str) -> int | None:
    marker = block.marker or ""
    if style == "roman":
        return roman_to_int(marker)
    if style == "letter":
        return _VIETNAMESE_LETTERS.find(marker) + 1 if marker in _VIETNAMESE_LETTERS else None
    digits = regex.sub(r"[lI]", "1", regex.sub(r"O", "0", marker)).split(".")[-1]
    return int(digits) if digits.isdigit() else None


def _follows(previous: Block, block: Block, style: str) -> bool:
    if style == "letter":
        a, b = previous.marker or "", block.marker or ""
        return any(len(a) == 1 and a in seq and seq.find(a) + 1 == seq.find(b) for seq in (_VIETNAMESE_LETTERS,
                                                                                               _LATIN_LETTERS))
    before, now = _value(previous, style), _value(block, style)
    return before is not None and now is not None and now == before + 1


def heading_sequence(layout: Layout) -> Iterator[ValidationFinding]:
    """Numbered headings and items whose number does not follow the one before.

    Siblings are the headings of one numbering style under the same numbered parents in the
    same part of the document (body, appendix); a sibling follows its predecessor, or starts
    a new list at the first number (see ``_restarts``). Items "(1)", "(2)" may run on across
    headings.
    """
    last: dict[tuple[object, ...], Block] = {}
    for block in layout.blocks:
        style = _style(block)
        if style is None or block.zone in ("header", "footer"):
            continue
        if block.index > 0 and _BROKEN_WORD.search(layout.blocks[block.index - 1].text):
            continue  # "COVID-" + "19. ..." on the next line: a wrapped word, not a heading
        zone = "appendix" if block.zone == "appendix" else "body"
        if style[0] == "item":
            key: tuple[object, ...] = (zone, "item")
        else:
            numbered_parents = tuple(p for p in block.parents if layout.blocks[p].marker is not None)
            key = (zone, style, numbered_parents)
        value = _value(block, style[0])
        if value is None:
            continue
        previous = last.get(key)
        last[key] = block
        if previous is None:
            if value != 1:
                yield finding("heading-sequence", place(layout, block.start),
                          f"{_shown(block)} opens its list; expected {_first(style[0])}")
        elif not _follows(previous, block, style[0]) and not _restarts(layout, previous, block, style[0],
                                                                        value):
            yield finding("heading-sequence", place(layout, block.start),
                      f"{_shown(block)} follows {_shown(previous)}")


def _restarts(layout: Layout, previous: Block, block: Block, style: str, value: int) -> bool:
    """A new list at its first number: under another heading ("PHẦN THỨ HAI" between two
    runs of "I."), after a division of a state document ("Điều 2." between two runs of
    clauses), or, for "1.", "a)" and "(1)" lists, after a lead-in line ending in ':'."""
    if value != 1:
        return False
    if block.parents != previous.parents:
        return True
    between = layout.blocks[previous.index + 1:block.index]
    if any(_divider().match(layout.text.plain, b.start, b.end) for b in between):
        return True
    before = layout.blocks[block.index - 1]
    return style != "roman" and before.index != previous.index and before.text.rstrip().endswith(":")


def table_sequence(layout: Layout) -> Iterator[ValidationFinding]:
    """Tables of indicators number their rows in the first column (STT): Roman figures for
    the groups, then 1, 2, 3, ... running on or starting again in each group."""
    for table in layout.text.source.tables:
        groups: int | None = None
        items: int | None = None
        restart = True  # the first numbered row, or the first after a group row
        for r, row in enumerate(table.rows):
            first = row[0].strip().rstrip(".") if row else ""
            where = f"table {table.index + 1}, row {r + 1}"
            if table.page is not None:
                where = f"page {table.page}, {where}"
            roman = roman_to_int(first) if first.isupper() else None
            if roman is not None:
                if roman != (groups or 0) + 1:
                    yield finding("heading-sequence", where, f"group {first} follows "
                              + (f"group {int_to_roman(groups)}" if groups else "no group; expected I"))
                groups, restart = roman, True
            elif first.isdigit():
                number = int(first)
                if items is not None and number != items + 1 and not (number == 1 and restart):
                    yield finding("heading-sequence", where, f"row {number} follows row {items}")
                elif items is None and number != 1:
                    yield finding("heading-sequence", where, f"the numbering opens at {number}, not 1")
                items, restart = number, False


@cache
def _divider() -> regex.Pattern[str]:
    """'Điều 2.', 'Chương II', 'Mục 1', 'Phần thứ hai' at a line start, in the plain (unaccented) text."""
    words = "|".join(regex.escape(plain(fold(w))) for w in (*lexicon.layout().divisions, *settings().more_dividers))
    return regex.compile(rf"(?:{words})\s+(?:\d+|[ivxlc]+\b|thu\s)")


def _first(style: str) -> str:
    return {"roman": "I.", "letter": "a)", "item": "(1)"}.get(style, "1.")


def _shown(block: Block) -> str:
    return repr(block.text[:40] + ("…" if len(block.text) > 40 else ""))


def recipients_archive(layout: Layout) -> Iterator[ValidationFinding]:
    """A Nơi nhận list whose lines, up to the signature, hold no 'Lưu ...' line."""
    label = layout.last_label
    if label is None:
        return
    for block in layout.blocks[label.index:]:
        if block.index > label.index and (block.zone == "appendix" or block.authority is not None):
            break
        line = layout.text.text[block.start:block.end]
        if block.index == label.index:
            line = regex.sub(r"(?i)^n[oơ]i\s*nh[aâậ]n\s*:?\s*", "", line)
        if _ARCHIVE.match(line) or regex.search(r"(?i)[,;]\s*l[ưu]u\s*:?\s*\S", line):
            return
    yield finding("recipients-no-archive", place(layout, label.start),
              "the Nơi nhận list has no archive line ('Lưu ...')")


def layout_findings(layout: Layout) -> list[ValidationFinding]:
    return [*heading_sequence(layout), *table_sequence(layout), *recipients_archive(layout)]
