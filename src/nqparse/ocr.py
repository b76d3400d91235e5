"""Repairs for text that came through OCR, applied by ``normalize`` without inventing values.

* Letters read for digits inside a number: "2O21" -> "2021", "l5,5%" -> "15,5%". A run of
  ``l``, ``I`` or ``O`` changes only when it touches a digit and the whole token is made of
  digits, those letters and separators, so words, codes ("CO2") and Roman numerals ("II.1")
  stay as they are. Item markers "l." and "l.2." read as "1." and "1.2." when the document
  numbers its items in digits. These repairs keep the text's length, so offsets do not move.
* A word broken at a line end by a hyphen ("tri-" / "ển") is joined when the two halves make
  one Vietnamese syllable; "kinh tế-" / "xã hội" keeps its dash.
* A stray space before a thousands separator ("3 .300") is removed.
* Running headers and footers: a short line repeated next to two or more page breaks.
* In text read by OCR, a province's name after "tỉnh" or "thành phố" read with the right
  letters and a wrong mark ("TỈNH LÂM ĐÒNG") takes the marks of the one province it can be
  (lexicon ``places``), in the case it was read in; so does a name of a body, unit or document
  type of two words or more, written in capitals as a header writes it, that the lexicon knows
  as the only one with its letters ("VĂN PHÒNG ĐIÊU PHÓI" -> "ĐIỀU PHỐI", "THÀNH PHÔ" ->
  "THÀNH PHỐ"). The length does not change.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from .lexicon import alternation, bodies, document_types, issuer_heads, places
from .phrases.lazy import lazy, lazy_regex
from .phrases.syllables import is_syllable

_NUMBER_TOKEN = lazy_regex(r"(?<![\p{L}\p{N}])[\dlIO](?:[\dlIO]|[.,](?=[\dlIO]))*(?![\p{L}\p{N}])")
_LETTER_RUN = lazy(r"[lIO]+")
# the letters OCR reads for digits, as a table for ``str.translate``
OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0"})

# an item marker made of "l" and digits at a line start: "l.", "l)", "l.2.", "2.l."
_MARKER = lazy(r"(?m)^(?=[\dl.]*l)((?:[\dl]{1,2}\.)*[\dl]{1,2})(?=[.)]\s)")


def _digits_in_number(m: regex.Match[str]) -> str:
    token = m.group()
    if not any(c.isdigit() for c in token):
        return token

    def swap(run: regex.Match[str]) -> str:
        before = token[run.start() - 1] if run.start() else ""
        after = token[run.end()] if run.end() < len(token) else ""
        if before.isdigit() or after.isdigit():
            return run.group().translate(OCR_DIGITS)
        return run.group()

    return _LETTER_RUN.sub(swap, token)


def _marker_digits(text: str) -> str:
    """Turn "l" into "1" in line-start item markers when the document numbers items in digits."""
    if not regex.search(r"(?m)^(?:\d{1,2}\.)*[2-9][.)]\s", text):
        return text
    if regex.search(r"(?m)^[a-k][.)]\s", text) and regex.search(r"(?m)^l[.)]\s", text):
        return text  # a lettered list that reaches "l)"

    def fix(m: regex.Match[str]) -> str:
        return m.group().replace("l", "1")

    return _MARKER.sub(fix, text)


# a swap needs a letter run touching a digit, and a marker an "l" before its "." or ")": when
# neither occurs, the text has nothing to repair and the per-number work is skipped
# (each opens with what is rare: the letter, then a look at its neighbours, and a marker's "l"
# with what must follow it, before the pattern that tries every line start)
_MARKER_HINT = re.compile(r"l[\d.)]")
_SUSPECT_MARKER = lazy(r"(?m)^[\d.]*l[\d.]*[.)]\s")


def _has_suspect_number(text: str) -> bool:
    """Whether "l", "I" or "O" stands next to a digit: each letter is found with str.find, which
    runs at memory speed where a pattern's scan tests every character, and its two neighbours
    are looked at (``isdecimal`` is a pattern's ``\\d``)."""
    for letter in "lIO":
        at = text.find(letter)
        while at >= 0:
            if text[at - 1:at].isdecimal() or text[at + 1:at + 2].isdecimal():
                return True
            at = text.find(letter, at + 1)
    return False


def fix_digits(text: str) -> str:
    """Letters OCR read for digits inside numbers and item markers; the length does not change."""
    if _has_suspect_number(text):
        text = _NUMBER_TOKEN.sub(_digits_in_number, text)
    if _MARKER_HINT.search(text) and _SUSPECT_MARKER.search(text):
        text = _marker_digits(text)
    return text


HYPHEN_BREAK = lazy_regex(r"(?<=(?<!\p{L})(?P<head>\p{L}{1,7}))-\n(?=(?P<tail>\p{Ll}{1,7})(?!\p{L}))")


def join_hyphen_break(m: regex.Match[str]) -> str:
    """'' (join) when head and tail are one syllable broken by the line end, else unchanged."""
    return "" if is_syllable(m.group("head") + m.group("tail")) else m.group()


THOUSANDS_SPACE = lazy(r"(?<=\d) (?=\.\d{3}(?!\d))")


_PAGE_MARKER_LINE = re.compile(
    r"(?i)[ \t\f]*(?:-\s*\d{1,4}\s*-|trang\s+\d{1,4}(?:\s*/\s*\d{1,4})?|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,3})?"
    r"[ \t\f]*")
# the lines that are not blank and that ``_PAGE_MARKER_LINE`` takes whole (their line end
# aside), found in one pass over a text; no match runs past its line (no "\n" in it)
_PAGE_MARKER_LINES = lazy(
    r"(?im)^[ \t\f]*(?:-[^\S\n]*\d{1,4}[^\S\n]*-|trang[^\S\n]+\d{1,4}(?:[^\S\n]*/[^\S\n]*\d{1,4})?"
    r"|page[^\S\n]+\d{1,4}(?:[^\S\n]+of[^\S\n]+\d{1,4})?|\d{1,3})[ \t\f]*\r*$")
LINE = lazy(r"[^\n]*\n?")


def _lines_with_ends(text: str) -> list[tuple[int, str]]:
    """(start, line with its line end) of each line, as ``LINE`` finds them, without a match
    object for each."""
    parts = text.split("\n")
    lines: list[tuple[int, str]] = []
    pos = 0
    for part in parts[:-1]:
        lines.append((pos, part + "\n"))
        pos += len(part) + 1
    if parts[-1]:
        lines.append((pos, parts[-1]))
    return lines


def _may_mark_page(line: str) -> bool:
    """Whether a line could be a page marker: it opens, after spaces, with what each kind
    opens with ("-", "Trang", "Page", a digit); any other ASCII character rules it out."""
    first = line.lstrip(" \t\f")[:1]
    return first in "-tTpP" or first.isdecimal() or not first.isascii()


def running_headers(text: str) -> frozenset[int]:
    """Where the running headers and footers of a text with page breaks start, if it has any.

    A page break is a form feed or a page marker ("- 3 -", "Trang 3"); a short line that stands
    next to two or more breaks, identically, is a running header or footer. Only its places
    next to a break are returned, so the same words in the body or atop the first page stay.
    """
    if "\f" not in text:
        markers = _PAGE_MARKER_LINES.finditer(text)
        if next(markers, None) is None or next(markers, None) is None:
            return frozenset()  # no form feed and fewer than two page markers: fewer than two breaks
    lines = _lines_with_ends(text)
    blank = [not line.strip(" \t\r\n\f") for _, line in lines]
    marker = [not b and _may_mark_page(line) and bool(_PAGE_MARKER_LINE.fullmatch(line.rstrip("\r\n")))
              for b, (_, line) in zip(blank, lines, strict=True)]
    # a break is a page marker line, or a form feed before a line (as pdftotext writes them)
    breaks = [(i - 1, i + 1) for i, m in enumerate(marker) if m]
    breaks += [(i - 1, i + 1 if blank[i] else i) for i, (_, line) in enumerate(lines)
               if line.startswith("\f") and not marker[i]]
    if len(breaks) < 2:
        return frozenset()
    places: dict[str, set[int]] = {}
    for before, after in breaks:
        for j, step in ((before, -1), (after, 1)):
            while 0 <= j < len(lines) and blank[j]:
                j += step
            if 0 <= j < len(lines) and not marker[j] and not blank[j]:
                words = lines[j][1].strip(" \t\r\n\f")
                if len(words) <= 120:
                    places.setdefault(words, set()).add(lines[j][0])
    return frozenset(start for found in places.values() if len(found) >= 2 for start in found)


@cache
def _province_names() -> tuple[regex.Pattern[str], dict[str, str]]:
    """The pattern of the provinces' names after their unit word, matched on the text folded and
    without marks, and each name's unmarked form -> the name."""
    from .normalize import fold, plain

    names = {plain(fold(name)): name for name in places().provinces}
    pattern = re.compile(rf"(?<!\w)(?:tinh|thanh pho)[ ]+(?P<name>{alternation(names)})(?!\w)")
    return pattern, names


@cache
def _known_phrases() -> tuple[regex.Pattern[str], dict[str, str]]:
    """The pattern of the lexicon's names of bodies, units and document types of two words or
    more ("văn phòng điều phối", "thành phố", "kế hoạch"), matched on the text folded and without
    marks; each unmarked form -> its phrase, for the forms that only one phrase has. Plurals
    ("các phòng") are running text's, where "các phong trào" would take their marks."""
    from .normalize import fold, plain

    lexicon = bodies()
    phrases = {fold(p) for p in (
        *lexicon.localities, *lexicon.level_words, *lexicon.assignee_heads.heads, *lexicon.header_openers.words,
        *lexicon.needs_parent.names, *issuer_heads(), *(t.title for t in document_types().types))
        if " " in p.strip() and not p.startswith("các ")}
    readings: dict[str, set[str]] = {}
    for phrase in phrases:
        readings.setdefault(plain(phrase), set()).add(phrase)
    names = {unmarked: next(iter(found)) for unmarked, found in readings.items() if len(found) == 1}
    return regex.compile(rf"(?<!\w)(?P<name>{alternation(names)})(?!\w)"), names


def fix_marks(text: str, plain_text: str) -> str:
    """In text read by OCR: give a province's name, and a name of the lexicon written in
    capitals (a header's), read with the right letters and a wrong mark the marks of its one
    reading, in the case it was read in. ``plain_text`` is ``text`` folded and without marks, of
    the same length, and so is the result."""
    text = _remark(text, plain_text, *_province_names())
    return _remark(text, plain_text, *_known_phrases(), capitals_only=True)


def _remark(text: str, plain_text: str, pattern: regex.Pattern[str], names: dict[str, str], *,
            capitals_only: bool = False) -> str:
    from .normalize import fold

    pieces: list[str] = []
    pos = 0
    for m in pattern.finditer(plain_text):
        start, end = m.span("name")
        written, name = text[start:end], names[m.group("name")]
        if fold(written) == fold(name) or (capitals_only and not written.isupper()):
            continue  # the right marks, whatever the tone's placement ("Hoà" / "Hòa")
        pieces += [text[pos:start], "".join(n.upper() if w.isupper() else n for w, n in zip(written, name, strict=True))]
        pos = end
    return "".join([*pieces, text[pos:]]) if pieces else text
