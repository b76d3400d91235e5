"""The slots of an official header that are often filled in by hand: the number after "Số:",
and the day and month after "ngày" and "tháng".

A clerk prints the document with these blank and writes them in when it is signed, and
Tesseract reads handwriting unstably: the Lâm Đồng notice's "493" comes out "¿92", "92" or
"192" depending on the crop and scale. So a slot's digits as the page's reading gives them are
kept only when they are well-formed (digits, after the letters OCR reads for digits) and a
second reading of the slot alone (cut from the page, enlarged twice) gives the same
digits. Printed digits read the same at any scale, so they are kept.

Otherwise the slot's ink is read by the handwritten-digit reader (``handdigits``), and its
digits stand in the slot only when every one is sure, the value fits the slot (a day up to 31)
and the count is sure: the ink shows it (each digit a glyph of its own, of a digit's height),
or else Tesseract saw as many characters there in one of its readings (it misreads handwritten
digits, yet mostly sees how many there are; but a stroke leading into a digit may be a
character of its own to it). A digit the reader is less sure of still stands
when it is the reader's most likely one (over half its probability) and a third, independent
reading agrees: the slot with its label as one line, enlarged twice, read by Tesseract's
English model (``--psm 7``), whose digits must be the reader's, digit for digit. Its
Vietnamese model reads a handwritten slot as letters ("J2", "2/2": its dictionary of syllables
pulls the reading), the English one reads digits as digits. Two readers that work so
differently seldom agree on the same wrong digits. Else the slot's characters are dropped:
the field comes out null, as for an unnumbered draft, rather than wrong.

Before that third reading, a slot with a digit the reader is unsure of is read again on its
region rendered twice as fine from the PDF (a scan stored at 200 dpi shows a pen stroke
better so than in the page rendered at 300 dpi, or that page enlarged): that reading takes the
first one's place, with its own certainty, only when it reads the same digits, and the same
checks apply to it.

Only the first number label and the first "ngày ... tháng ... năm" in the top part of a page
are looked at, so a page costs at most three small extra readings, and most pages none."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex

from ..ocr import OCR_DIGITS
from .handdigits import (
    MIN_PROBABILITY,
    Component,
    Digit,
    components,
    glyph_columns,
    glyphs,
    ink_threshold,
    read_digits,
)

if TYPE_CHECKING:
    from PIL.Image import Image

    from .scan import Region, Word

HEADER_SHARE = 0.4
"""The share of the page, from its top, where the header's slots are looked for."""

A4_RATIO = 297 / 210

_NUMBER_LABEL = re.compile(r"(?i)^s[oóòỏõọôốồổỗộơ6]\s*:")
_DAY_LABEL = re.compile(r"(?i)^ngày")
_SLOT_END = re.compile(r"[/\-]")
_PAD = 8  # pixels around a slot's box: a pen stroke overruns what Tesseract boxed
_INK = 200  # the palest grey taken for ink, whatever the slot's histogram says
_LETTER = 0.8  # the widest printed letter, as a share of the line's height
_STROKE = 0.06  # a printed stroke's width, as a share of the line's height
_GAP = 40  # white pixels between the slots stacked for their second reading
_LINE_SCALE = 2  # the slot's line is enlarged this many times for its third reading
LINE_LANGUAGE = "eng"  # the model of the third reading (see the module)
SHARPER = 2  # an unsure slot's region is rendered again this many times as fine
DIGIT_HEIGHT = 0.6  # a slot's glyphs count as its digits when each is at least this share of the tallest's height

AGREED = 0.5
"""A digit the reader gives less than MIN_PROBABILITY stands when it gives it at least this
(it is then the most likely digit) and the line's third reading has the same digits."""

LineReader = Callable[["Image", int], "list[Word]"]


@dataclass(frozen=True)
class _Slot:
    """Words ``first``..``last`` (indices) carry a slot; ``head`` and ``tail`` are the text of the
    first and last word that is no part of it (a label glued before, a code glued after)."""

    label: int  # the word that names the slot ("Số:", "ngày", "tháng"), read again with it
    first: int
    last: int
    head: str
    tail: str
    text: str
    limit: int  # the largest value the slot may hold

    def digits(self) -> str | None:
        """The slot's value when it is well-formed, else None."""
        value = self.text.translate(OCR_DIGITS)
        if not regex.fullmatch(r"\d{1,5}", value) or not 0 < int(value) <= self.limit:
            return None
        return value


def checked_slots(image: Image, words: list[Word], dpi: int,
                  read: Callable[[Image, int], list[Word]], read_line: LineReader | None = None,
                  region: Region | None = None) -> list[Word]:
    """``words`` with each slot whose digits the page cannot confirm read by hand, or dropped
    (see the module); ``read`` gives the second reading and ``read_line`` the third, and
    ``region`` renders a slot the digit reader is unsure of again, sharper."""
    # an image of a header alone is measured as the A4 page it was cut from
    bottom = max(image.height, image.width * A4_RATIO) * HEADER_SHARE
    slots = [s for s in (_number_slot(words, bottom), *_date_slots(words, bottom)) if s is not None]
    values = [slot.digits() for slot in slots]
    again = _read_again(image, words, [s for s, v in zip(slots, values, strict=True) if v is not None], dpi, read)
    kept: dict[int, list[Word]] = {}  # word index -> the words that stand for it ([] drops it)
    for slot, value in zip(slots, values, strict=True):
        if value is not None and again.get(slot) == value:
            continue
        seen = again.get(slot)
        counts = {len(slot.text), len(seen) if seen else len(slot.text)}
        hand = _by_hand(image, words, slot, counts, lambda crop: (read_line or read_one_line)(crop, dpi * _LINE_SCALE),
                        region)
        kept.update(_replaced(words, slot, hand))
    if not kept:
        return words
    return [n for k, w in enumerate(words) for n in kept.get(k, [w])]


def _replaced(words: Sequence[Word], slot: _Slot, hand: Word | None) -> dict[int, list[Word]]:
    """The slot's words with its characters dropped, or replaced by the digits read by hand;
    the label glued before and the code glued after stay."""
    out: dict[int, list[Word]] = {k: [] for k in range(slot.first, slot.last + 1)}
    first, last = words[slot.first], words[slot.last]
    if hand is None and slot.first == slot.last:
        out[slot.first] = [_with_text(first, slot.head + slot.tail)] if slot.head + slot.tail else []
        return out
    if slot.head:
        out[slot.first].append(_with_text(first, slot.head))
    if hand is not None:
        out[slot.first].append(hand)
    if slot.tail:
        out[slot.last].append(_with_text(last, slot.tail))
    return out


def _by_hand(image: Image, words: Sequence[Word], slot: _Slot, counts: set[int],
             read_line: Callable[[Image], list[Word]], region: Region | None = None) -> Word | None:
    """The slot's digits as the handwritten-digit reader reads them, as one word boxed on the
    page; None unless every digit is confident (or the line's third reading agrees with the
    less sure ones), the value fits the slot and the count is sure (``_counted``, or Tesseract
    saw as many characters there in one of its readings). A slot with a digit the reader is
    unsure of is read again on its region rendered SHARPER times as fine by ``region``; that
    reading stands in for the first when it gives the same digits, and the same checks apply to it."""
    box, skip = _slot_region(image, words, slot)
    if box is None:
        return None
    label = words[slot.label].box
    found = _ink_digits(image.crop(box), (label[1] - box[1], label[3] - box[1]), skip)
    if region is not None and any(d.probability < MIN_PROBABILITY for d in found):
        sharper = _ink_digits(region(box, SHARPER), (SHARPER * (label[1] - box[1]), SHARPER * (label[3] - box[1])),
                              skip)
        if [d.value for d in sharper] == [d.value for d in found]:
            found = [replace(d, box=(round(d.box[0] / SHARPER), round(d.box[1] / SHARPER),
                                     round(d.box[2] / SHARPER), round(d.box[3] / SHARPER)))
                     for d in sharper]
    text = "".join(str(d.value) for d in found)
    if not found or (len(text) not in counts and not _counted(found)) or not 0 < int(text) <= slot.limit:
        return None
    if any(d.probability < MIN_PROBABILITY for d in found) and (
            any(d.probability < AGREED for d in found) or _line_digits(image, words, slot, read_line) != text):
        return None
    x0, y0 = min(d.box[0] for d in found) + box[0], min(d.box[1] for d in found) + box[1]
    x1, y1 = max(d.box[2] for d in found) + box[0], max(d.box[3] for d in found) + box[1]
    from .scan import Word

    return Word(text, 100 * min(d.probability for d in found), (x0, y0, x1, y1), by_hand=True)


def _counted(found: Sequence[Digit]) -> bool:
    """Whether the ink shows how many digits a slot holds: each digit a glyph of its own (no
    pair of touching digits cut apart) and all of a digit's height (no mark or stroke of a
    letter among them). Tesseract may see more characters in the same ink: a 1 written with a
    long lead-in stroke reads as "/1", a flat-topped 3 after it as "Z" ("/£#")."""
    tallest = max(d.box[3] - d.box[1] for d in found)
    return not any(d.cut for d in found) and all(d.box[3] - d.box[1] >= DIGIT_HEIGHT * tallest for d in found)


def _ink_digits(crop: Image, label: tuple[int, int], skip: tuple[int, int]) -> list[Digit]:
    """The digits of a slot's crop whose label spans rows ``label`` of it, the ink of ``skip``
    printed letters before and after left out."""
    height = label[1] - label[0]
    band = (label[0] - height // 4, label[1] + height // 4)
    blobs = [c for c in components(crop, min(ink_threshold(crop), _INK))
             if band[0] <= (c.box[1] + c.box[3]) / 2 <= band[1]]
    return read_digits(glyphs(_without_columns(blobs, *skip, height), height))


def _slot_region(image: Image, words: Sequence[Word], slot: _Slot
                 ) -> tuple[tuple[int, int, int, int] | None, tuple[int, int]]:
    """The page's box from the label's end to the next word, and how many glyph columns of a
    label glued before and a code glued after lie in it, to be skipped."""
    label, last = words[slot.label], words[slot.last]
    glued = slot.first == slot.label
    x0 = label.box[0] if glued else label.box[2] + 1
    following = words[slot.last + 1] if slot.last + 1 < len(words) else None
    on_line = following is not None and bool(following.text) and following.box[0] > last.box[0]
    x1 = last.box[2] + _PAD if slot.tail or not on_line or following is None else following.box[0] - 1
    height = label.box[3] - label.box[1]
    box = (max(x0, 0), max(min(label.box[1], last.box[1]) - height // 2, 0),
           min(x1, image.width), min(max(label.box[3], last.box[3]) + height // 2, image.height))
    if box[2] - box[0] < height // 3:
        return None, (0, 0)
    return box, (_letters(slot.head) if glued else 0, _letters(slot.tail))


def _with_label(image: Image, words: Sequence[Word], slot: _Slot) -> tuple[int, int, int, int]:
    """The box of the slot's words and its label, with a margin."""
    boxes = [words[j].box for j in range(slot.label, slot.last + 1)]
    return (max(min(b[0] for b in boxes) - _PAD, 0), max(min(b[1] for b in boxes) - _PAD, 0),
            min(max(b[2] for b in boxes) + _PAD, image.width), min(max(b[3] for b in boxes) + _PAD, image.height))


def _line_digits(image: Image, words: Sequence[Word], slot: _Slot,
                 read_line: Callable[[Image], list[Word]]) -> str | None:
    """The slot's digits as the third reading gives them: the slot with its label, enlarged,
    read as one line; the digits of the words past the label (a label read as "S6:" has digits
    of its own), up to a code's "/" or the end."""
    from PIL import Image as PILImage

    label = words[slot.label]
    box = _with_label(image, words, slot)
    crop = image.crop(box)
    found = read_line(crop.resize((crop.width * _LINE_SCALE, crop.height * _LINE_SCALE), PILImage.Resampling.LANCZOS))
    past = 0 if slot.first == slot.label else (label.box[2] - box[0]) * _LINE_SCALE
    text = " ".join(w.text for w in found if (w.box[0] + w.box[2]) / 2 > past).translate(OCR_DIGITS)
    digits = re.search(r"(\d+)\D*?(?:/|$)", text)
    return digits.group(1) if digits else None


def _letters(text: str) -> int:
    """The glyphs ``text`` is printed with: its characters, less the marks set above or below."""
    return sum(1 for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _without_columns(blobs: Sequence[Component], head: int, tail: int, height: int) -> list[Component]:
    """The blobs less the ink of the first ``head`` and the last ``tail`` printed letters.

    Letters are told by columns of letter-sized blobs (a letter with its marks is one column);
    a larger blob is handwriting, and loses only the pixels beyond the cut (a pen stroke may
    touch the label's colon)."""
    letters = glyph_columns([c for c in blobs if c.width <= _LETTER * height])
    if head + tail > len(letters):
        return []
    # a stroke's width past the label's last letter: a pen stroke touching it keeps its own ink
    start = letters[head - 1].box[2] + round(_STROKE * height) if head else -1
    stop = letters[len(letters) - tail].box[0] if tail else 1 << 30
    out = []
    for c in blobs:
        pixels = frozenset(p for p in c.pixels if start < p[0] < stop)
        if pixels:
            out.append(c if len(pixels) == len(c.pixels) else Component.of(pixels))
    return out


def _with_text(word: Word, text: str) -> Word:
    from .scan import Word

    return Word(text, word.confidence, word.box)


def _number_slot(words: Sequence[Word], bottom: float) -> _Slot | None:
    for k, w in enumerate(words):
        if w.box[1] > bottom:
            return None
        label = _NUMBER_LABEL.match(w.text)
        if label:
            return _slot_after(words, k, label.end(), _SLOT_END, 99999)
    return None


def _date_slots(words: Sequence[Word], bottom: float) -> tuple[_Slot | None, _Slot | None]:
    for k, w in enumerate(words):
        if w.box[1] > bottom:
            break
        label = _DAY_LABEL.match(w.text)
        month = _next_word(words, k, "tháng")
        if label and month is not None:
            year = _next_word(words, month, "năm")
            day = _slot_between(words, k, label.end(), month, 31)
            return day, None if year is None else _slot_between(words, month, len("tháng"), year, 12)
    return None, None


def _next_word(words: Sequence[Word], k: int, text: str, within: int = 3) -> int | None:
    for j in range(k + 1, min(k + 1 + within, len(words))):
        if not words[j].text:
            return None  # the line ended
        if words[j].text.lower() == text:
            return j
    return None


def _slot_after(words: Sequence[Word], k: int, at: int, end: regex.Pattern[str], limit: int) -> _Slot | None:
    """The slot that starts at character ``at`` of word ``k`` and runs to ``end`` (or the line's end)."""
    head, text, last, tail = words[k].text[:at], words[k].text[at:], k, ""
    cut = end.search(text)
    if cut:
        text, tail = text[:cut.start()], text[cut.start():]
    j = k + 1
    # the slot runs on over words with digits or no letters ("¿", "442"), not into the next column
    while cut is None and j < len(words) and _may_be_digits(words[j].text):
        cut = end.search(words[j].text)
        part = words[j].text if cut is None else words[j].text[:cut.start()]
        if part:
            text, last = text + part, j
            tail = "" if cut is None else words[j].text[cut.start():]
        j += 1
    if not text:
        return None
    first = k if head != words[k].text else k + 1
    return _Slot(k, first, last, head if first == k else "", tail, text, limit)


def _may_be_digits(text: str) -> bool:
    return bool(text) and (any(c.isdigit() for c in text) or not any(c.isalpha() for c in text))


def _slot_between(words: Sequence[Word], k: int, at: int, stop: int, limit: int) -> _Slot | None:
    """The slot from character ``at`` of word ``k`` to the word ``stop``."""
    head, text = words[k].text[:at], words[k].text[at:]
    text += "".join(words[j].text for j in range(k + 1, stop))
    if not text:
        return None
    first = k if len(words[k].text) > at else k + 1
    return _Slot(k, first, stop - 1, head if first == k else "", "", text, limit)


def _read_again(image: Image, words: Sequence[Word], slots: Sequence[_Slot], dpi: int,
                read: Callable[[Image, int], list[Word]]) -> dict[_Slot, str | None]:
    """Each slot's digits as a second reading gives them: each slot with its label cut from the
    page (a digit alone reads as a letter), enlarged twice and stacked on one image, so that
    Tesseract starts once for them all."""
    from PIL import Image as PILImage

    if not slots:
        return {}
    crops, spans, y = [], [], _GAP
    for slot in slots:
        crop = image.crop(_with_label(image, words, slot))
        crops.append(crop.resize((crop.width * 2, crop.height * 2), PILImage.Resampling.LANCZOS))
        spans.append((y, y + crops[-1].height))
        y += crops[-1].height + _GAP
    sheet = PILImage.new("L", (max(c.width for c in crops) + 2 * _GAP, y), 255)
    for crop, (top, _) in zip(crops, spans, strict=True):
        sheet.paste(crop, (_GAP, top))
    found = read(sheet, dpi * 2)
    out: dict[_Slot, str | None] = {}
    for slot, (top, bottom) in zip(slots, spans, strict=True):
        text = "".join(w.text for w in found if top <= (w.box[1] + w.box[3]) / 2 <= bottom)
        digits = regex.match(r"\D*(\d+)", text.translate(OCR_DIGITS))  # after the label
        out[slot] = digits.group(1) if digits else None
    return out


def read_lines(image: Image, dpi: int) -> list[Word]:
    """Tesseract's words on an image of a few short lines, one under another."""
    from .scan import LANGUAGE

    return _words(image, dpi, LANGUAGE, "6")


def read_one_line(image: Image, dpi: int) -> list[Word]:
    """Tesseract's words on an image of one line, by the model of the third reading; none when
    Tesseract lacks that model (the slot then stays null)."""
    from .scan import has_model

    return _words(image, dpi, LINE_LANGUAGE, "7") if has_model(LINE_LANGUAGE) else []


def _words(image: Image, dpi: int, language: str, psm: str) -> list[Word]:
    from .scan import Word, _run

    tsv = _run(["-l", language, "--dpi", str(dpi), "--psm", psm, "tsv"], image, timeout=60)
    found = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") == "5" and text:
            left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
            found.append(Word(text, float(row["conf"]), (left, top, left + width, top + height)))
    return found
