"""The slots of an official header that are often filled in by hand: the number after "Số:",
and the day and month after "ngày" and "tháng".

A clerk prints the document with these blank and writes them in when it is signed, and
Tesseract reads handwriting unstably: the Lâm Đồng notice's "493" comes out "¿92", "92" or
"192" depending on the crop and scale. So a slot's digits as the page's reading gives them are
kept only when they are well-formed (digits, after the letters OCR reads for digits) and a
second reading of the slot alone (cut from the page, enlarged twice) gives the same
digits. Otherwise the slot's characters are dropped: the field comes out
null, as for an unnumbered draft, rather than wrong. Printed digits read the same at any
scale, so they are kept.

Only the first number label and the first "ngày ... tháng ... năm" in the top part of a page
are looked at, so a page costs at most three small extra readings, and most pages none.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..ocr import OCR_DIGITS

if TYPE_CHECKING:
    from PIL.Image import Image

    from .scan import Word

HEADER_SHARE = 0.4
"""The share of the page, from its top, where the header's slots are looked for."""

A4_RATIO = 297 / 210

_NUMBER_LABEL = re.compile(r"(?i)^s[oóòỏõọôốồổỗộơ6]\s*:")
_DAY_LABEL = re.compile(r"(?i)^ngày")
_SLOT_END = re.compile(r"[/\-]")
_PAD = 8  # pixels around a slot's box: a pen stroke overruns what Tesseract boxed
_GAP = 40  # white pixels between the slots stacked for their second reading


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
                  read: Callable[[Image, int], list[Word]]) -> list[Word]:
    """``words`` with each slot whose digits the page cannot confirm dropped (see the module)."""
    # an image of a header alone is measured as the A4 page it was cut from
    bottom = max(image.height, image.width * A4_RATIO) * HEADER_SHARE
    slots = [s for s in (_number_slot(words, bottom), *_date_slots(words, bottom)) if s is not None]
    values = [slot.digits() for slot in slots]
    again = _read_again(image, words, [s for s, v in zip(slots, values, strict=True) if v is not None], dpi, read)
    kept: dict[int, str] = {}  # word index -> what is left of it ("" drops it)
    for slot, value in zip(slots, values, strict=True):
        if value is not None and again.get(slot) == value:
            continue
        for k in range(slot.first, slot.last + 1):
            kept[k] = ""
        kept[slot.first] = slot.head
        kept[slot.last] = (slot.head if slot.first == slot.last else "") + slot.tail
    if not kept:
        return words
    return [w if k not in kept else _with_text(w, kept[k]) for k, w in enumerate(words)
            if k not in kept or kept[k]]


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
        boxes = [words[j].box for j in range(slot.label, slot.last + 1)]
        box = (max(min(b[0] for b in boxes) - _PAD, 0), max(min(b[1] for b in boxes) - _PAD, 0),
               min(max(b[2] for b in boxes) + _PAD, image.width), min(max(b[3] for b in boxes) + _PAD, image.height))
        crop = image.crop(box)
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
    from .scan import LANGUAGE, Word, _run

    tsv = _run(["-l", LANGUAGE, "--dpi", str(dpi), "--psm", "6", "tsv"], image, timeout=60)
    found = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") == "5" and text:
            left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
            found.append(Word(text, float(row["conf"]), (left, top, left + width, top + height)))
    return found
