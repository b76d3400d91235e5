"""A PDF page's text as runs with their boxes, read from pypdfium2's text page.

The page's text comes in one call. Boxes are what cost (one call into pdfium per character),
so they are read per character only where they can differ inside a word. Where one text
object draws a whole line, as most writers set body text, its characters share one font,
size and baseline, and pdfium writes a space wherever the object leaves a gap: the first and
last character of each word place the word, and runs can only break between words. Every
other line, and every character of a page whose tables need them, is read per character.

A run ends at a line break, a jump to another line or a gap wider than a couple of letters,
as between the two columns of a header. Characters are placed by their own boxes: pdfium's
own text runs can overlap, and text cut out by their boxes then repeats letters.
"""

from __future__ import annotations

import ctypes
import re
import struct
import unicodedata
from collections.abc import Sequence
from functools import partial
from typing import Any

from .pdflayout import Line, Segment, group_lines
from .pdfobjects import unchecked
from .pdftables import Box, Char

_LINE_ENDS = frozenset("\n\r\x00")
_NOT_DRAWN = frozenset("\ufffe\uffff\xad")  # pdfium's mark for a hyphen it removed; soft hyphens
_RANGE = re.compile(r"[^\n\r\x00]+")  # a stretch of text between line breaks
_WORD = re.compile(r"\S+")
_SIDES = struct.Struct("4f").unpack_from  # an FS_RECTF's fields, as ctypes reads them  # ``re``'s \S is the complement of ``str.isspace``, as the per-character loop tests

WIDEST_ADVANCE = 1.2
"""No font advances more than this many ems a letter on average; a word wider than that is
letter-spaced, and its gaps are measured letter by letter."""

def page_lines(page: Any, height: float, placed: list[Char] | None = None,
               bands: Sequence[tuple[float, float]] = ()) -> list[Line]:
    """The page's runs of text grouped into lines. When ``placed`` is given, each character
    (each in one of the ``bands``, if any) is added to it with its box, for the table finder."""
    textpage = page.get_textpage()
    try:
        return group_lines(page_segments(textpage.raw, height, placed, bands))
    finally:
        textpage.close()


def page_segments(raw: Any, height: float, placed: list[Char] | None,
                  bands: Sequence[tuple[float, float]] = ()) -> list[Segment]:
    """The runs of a text page (see the module's note), measured from the page's top."""
    import pypdfium2.raw as pdfium_c

    text = page_text(raw)
    boxes = _CharBoxes(raw)
    segments: list[Segment] = []
    if placed is not None:
        _char_runs(boxes, text, 0, len(text), height, placed, segments, bands)
        return segments
    count_rects = pdfium_c.FPDFText_CountRects
    for m in _RANGE.finditer(text):
        start, end = m.span()
        # one rectangle: every drawn character of the stretch belongs to one text object
        if count_rects(raw, start, end - start) != 1 or not _NOT_DRAWN.isdisjoint(m.group()) \
                or not _word_runs(boxes, text, start, end, height, segments):
            _char_runs(boxes, text, start, end, height, None, segments)
    return segments


class _CharBoxes:
    """A text page's loose character boxes: ``load(index, at)`` puts the box of a character
    in ``box`` (``left``, ``right``, ``top``, ``bottom``, PDF points from the page's foot),
    which ``sides()`` then reads as (left, top, right, bottom).

    ``load`` calls ``FPDFText_GetLooseCharBox`` without ctypes' checks of its arguments
    (``pdfobjects.unchecked``), made ready once.
    """

    def __init__(self, raw: Any) -> None:
        import pypdfium2.raw as pdfium_c

        self.raw = raw
        self.load = partial(unchecked("FPDFText_GetLooseCharBox"), raw)
        self.box = pdfium_c.FS_RECTF()
        self.at = ctypes.byref(self.box)
        # the box's four floats (left, top, right, bottom) in one call: reading ctypes' fields
        # one by one costs twice as much, once or twice for every character or word
        self.sides = partial(_SIDES, self.box)


def _word_runs(boxes: _CharBoxes, text: str, start: int, end: int, height: float, segments: list[Segment]) -> bool:
    """The runs of a stretch drawn by one text object, placed word by word; False (nothing
    added) when a word is letter-spaced or set right to left, or a glyph stands so far above
    or below the line that a run could break at it.

    A run ends where the character loop would end it: at a gap wider than a couple of letters,
    or a step back to the left, before a word's first character. pdfium's loose box of a
    character is the font's line box grown to hold the glyph itself: so a run's top and bottom
    are those of its sampled characters, or of its glyphs' own bounds, which pdfium gives for
    the whole run in one call. One loop over the words, every name in it local.
    """
    load, at, sides = boxes.load, boxes.at, boxes.sides
    runs: list[tuple[int, int, float, float, float, float]] = []  # first, end index, x0, x1, top, bottom
    line = float("inf")  # the font's line height, or a little more: the lowest box sampled
    first = stop = -1
    x0 = x1 = top = bottom = 0.0
    for m in _WORD.finditer(text, start, end):
        i, j = m.span()
        load(i, at)
        left, high, right, low = sides()
        size = high - low
        if size < line:
            line = size
        if size < 1.0:
            size = 1.0
        if first < 0 or left - x1 > 1.5 * size or right < x0 - size:  # a wide gap, or back to the left
            if first >= 0:
                runs.append((first, stop, x0, x1, top, bottom))
            first, x0, x1, top, bottom = i, left, right, high, low
        if j - i > 1:
            load(j - 1, at)
            last_left, last_high, last_right, last_low = sides()
            if last_left < left or last_right - left > WIDEST_ADVANCE * size * (j - i) \
                    or (text[j - 1] >= "\u0300" and unicodedata.combining(text[j - 1])):
                return False
            right = last_right
            high = last_high if last_high > high else high
            low = last_low if last_low < low else low
            if high - low < line:
                line = high - low
        x1 = right if right > x1 else x1  # the run grows to hold the word
        top = high if high > top else top
        bottom = low if low < bottom else bottom
        stop = j
    if first >= 0:
        runs.append((first, stop, x0, x1, top, bottom))
    placed: list[Segment] = []
    for i, j, x0, x1, top, bottom in runs:
        bounds = _glyph_bounds(boxes.raw, i, j)
        if bounds is None:
            return False
        top, bottom = max(top, bounds[1]), min(bottom, bounds[3])
        if top - bottom > 1.5 * line:
            return False  # a glyph far off the line: the character loop decides where runs break
        placed.append(Segment(x0, max(x1, bounds[2]), height - top, height - bottom, " ".join(text[i:j].split())))
    segments.extend(placed)
    return True


def _glyph_bounds(raw: Any, start: int, end: int) -> tuple[float, float, float, float] | None:
    """The bounds (left, top, right, bottom, PDF points) of the glyphs drawn in
    ``text[start:end]``, or None unless one text object draws them all."""
    import pypdfium2.raw as pdfium_c

    if pdfium_c.FPDFText_CountRects(raw, start, end - start) != 1:
        return None
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    if not pdfium_c.FPDFText_GetRect(raw, 0, left, top, right, bottom):
        return None
    return left.value, top.value, right.value, bottom.value


def _char_runs(boxes: _CharBoxes, text: str, start: int, end: int, height: float, placed: list[Char] | None,
               segments: list[Segment], bands: Sequence[tuple[float, float]] = ()) -> None:
    """The runs of ``text[start:end]``, placed character by character; one loop over the
    characters, every name in it local: it runs for every character of such a page.

    Characters go to ``placed`` with their boxes, those whose middle stands in one of the
    ``bands`` (top, bottom) when any are given: no other can fall in a table's cell."""
    load, at, sides = boxes.load, boxes.at, boxes.sides
    new = tuple.__new__  # a box and a character for each character: made without a Python call
    # the first band (a page with one table has one): its edges compared in place, with no generator
    one_top, one_bottom = bands[0] if bands else (0.0, -1.0)
    more = bands[1:]
    last: tuple[float, float, float] | None = None  # right, top, bottom of the last character placed
    chars: list[str] = []
    x0 = x1 = top = bottom = 0.0

    def close() -> None:
        run = " ".join("".join(chars).split())
        if run:
            segments.append(Segment(x0, x1, height - top, height - bottom, run))
        chars.clear()

    for i in range(start, end):
        char = text[i]
        if char in _LINE_ENDS:
            close()
            continue
        if char in _NOT_DRAWN:
            continue
        if char.isspace():
            if last is not None:  # a space takes the place after the character before it: it joins its cell
                placed.append(new(Char, (" ", new(Box, (last[0], last[1], last[0], last[2])))))  # type: ignore[union-attr]
            if chars:
                chars.append(" ")
            continue
        load(i, at)
        left, high, right, low = sides()
        if placed is not None:
            last = None
            middle = ((height - high) + (height - low)) / 2  # as the table finder measures it
            if not bands or one_top <= middle <= one_bottom \
                    or any(band_top <= middle <= band_bottom for band_top, band_bottom in more):
                last = (right, height - high, height - low)
                placed.append(new(Char, (char, new(Box, (left, last[1], right, last[2])))))
        if chars:
            size = high - low if high - low > 1.0 else 1.0
            if abs((high + low) / 2 - (top + bottom) / 2) >= 0.5 * size or left - x1 > 1.5 * size \
                    or right < x0 - size:  # another line, a wide gap, or back to the left
                close()
        if not chars:
            x0, x1, top, bottom = left, right, high, low
        else:
            if right > x1:
                x1 = right
            if high > top:
                top = high
            if low < bottom:
                bottom = low
        chars.append(char)
    close()


def page_text(raw: Any) -> str:
    """The text page's characters, one per character index, read in one call.

    pdfium writes some characters (its code 2) as U+FFFE in the text; those few are asked for
    one by one, so that each index holds what ``FPDFText_GetUnicode`` gives.
    """
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFText_CountChars(raw)
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(raw, 0, count, buffer)
    text = bytes(buffer)[:2 * max(written - 1, 0)].decode("utf-16-le", errors="surrogatepass")
    if len(text) != count:  # a character beyond U+FFFF takes two places in the text
        return "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    if "\ufffe" in text:
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) if c == "\ufffe" else c
                       for i, c in enumerate(text))
    # pdfium's code 2 is a dash it took for a word hyphenated at the line's end; Vietnamese
    # breaks no syllable there, so it is the text's own dash ("Kế hoạch số 5110/KH-" over "UBND")
    return text.replace("\x02", "-")
