"""Source -> Text: the one text every extractor reads, with folded copies for matching.

Guarantees to the next stage:

1. ``Text.text`` is Unicode NFC with ``\\n`` line ends; spaces of every kind are plain spaces,
   runs of them are one space, and no line has leading or trailing spaces.
2. Markdown heading marks, emphasis and link brackets are gone; the words they held stay.
3. Page markers ("- 3 -", "Trang 3", a line holding only a page number) and running headers
   (a short line repeated next to two or more page breaks) are dropped, and a
   paragraph broken by a page break (a blank line, then a line that starts in lower case) is
   joined again with one space.
4. ``Text.folded`` and ``Text.plain`` have exactly the length of ``Text.text``, so an offset
   found in either is an offset in ``text``: ``folded`` is lower case with the tone placement
   unified (hoà -> hòa, uỷ -> ủy); ``plain`` is ``folded`` without any diacritics (đ -> d)
   and with any character other than ASCII, Vietnamese letters and common punctuation as "?",
   for matching layout words in text whose marks were lost.
5. ``Text.to_source(offset)`` gives the offset in ``Source.text`` that produced ``offset``.
6. OCR damage is repaired where the repair is certain (``ocr``): letters read for digits inside
   numbers and item markers ("2O21", "l."), syllables broken by a hyphen at a line end, a
   space before a thousands separator ("3 .300"). Nothing else about figures changes.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import regex

from .lexicon import layout as lexicon_layout
from .ocr import (
    HYPHEN_BREAK,
    LINE,
    THOUSANDS_SPACE,
    fix_digits,
    fix_marks,
    join_hyphen_break,
    running_headers,
)
from .phrases.lazy import lazy, lazy_regex
from .phrases.text import literal_starts, matches_at
from .plainlayout import (
    HTML_ENTITY,
    HTML_TAG,
    LINK,
    MARKDOWN_IMAGE,
    RULE_LINE,
    SERVER_CODE,
    TRAILING_RULE,
    chrome_link,
    drop_chrome,
    entity,
    part_flattened_header,
    part_header_lines,
    rejoin,
    restore_spaces,
    split_columns,
    undouble_lines,
    unflatten_points,
    unspace_letters,
)
from .records import record
from .source import Source
from .spans import OffsetMap, Replacement, rewrite


@record
class Text:
    text: str
    folded: str
    plain: str
    to_source: OffsetMap
    source: Source


_SPACE_TABLE = {c: " " for c in (0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)}
_SPACE_TABLE.update({c: " " for c in range(0x2000, 0x200B)})
_SPACE_TABLE.update({0xD0: "Đ", 0xF0: "đ", 0x0110: "Đ"})  # OCR and some fonts give Ð (U+00D0) for Đ
# translate() would look up every character; texts hold few that it changes, so find just those
_SPACE_CHANGED = tuple(chr(c) for c, r in _SPACE_TABLE.items() if chr(c) != r)
_SPACE_CHANGES = lazy("[" + "".join(regex.escape(c) for c in _SPACE_CHANGED) + "]")

Pass = Callable[[str], "tuple[str, OffsetMap] | None"]
Step = tuple[regex.Pattern[str], Replacement] | Pass

_CLEAN: list[Step] = [
    (lazy(r"\r\n?"), "\n"),
    # zero-width characters, BOMs and soft hyphens carry no text
    (lazy(r"[\u200B-\u200D\u2060\uFEFF\u00AD]"), ""),
]
_STAR_BULLET = lazy_regex(r"(?m)(?<=^[ \t]*)\*(?=[ \t]+[^\s*])")
# the marks Word files and PDFs open list items with, as the typed marks they stand for
_BULLET_MARKS = {glyph: mark for mark, glyphs in lexicon_layout().bullet_glyphs.items() for glyph in glyphs}
_BULLET_GLYPH = lazy_regex(r"(?m)(?<=^[ \t]*)[" + regex.escape("".join(_BULLET_MARKS)) + r"](?=[ \t])")


def _star_bullet(m: regex.Match[str]) -> str:
    """A Markdown list's "* " is the "- " of a typed list; an item nested under another (indented)
    is its "+ "."""
    return "-" if m.start() == 0 or m.string[m.start() - 1] == "\n" else "+"

_MARKUP: list[Step] = [
    # markdown: heading marks, emphasis, links
    (lazy(r"(?m)^[ \t]*#{1,6}[ \t]+"), ""),
    # a line of nothing but emphasis marks ("**" closing a bold cell on its own line) is no line
    (lazy(r"(?m)^[ \t]*\*\*[* \t]*\n"), ""),
    (_STAR_BULLET, _star_bullet),
    (_BULLET_GLYPH, lambda m: _BULLET_MARKS[m.group()]),
    (regex.compile(r"\*\*|__|(?<=\S)\*(?=[\s\p{P}]|$)|(?<=^|[\s\p{P}])\*(?=\S)"), ""),
    (LINK, r"\1"),
    (lazy(r"<(https?://[^>\s]+)>"), r"\1"),
    # horizontal white space: runs become one space
    (lazy(r"[ ]{2,}"), " "),
]
_RULES: list[Step] = [(RULE_LINE, ""), (TRAILING_RULE, "")]
# page markers and bare page numbers on a line of their own
# (letters spelled in both cases instead of (?i), which the regex engine runs far slower)
# (not a number between "|" lines: the cell of a table written one cell to a line)
_PAGE_MARKER = re.compile(r"(?m)^(?<!\|\n)(?:-\s*\d{1,4}\s*-|[Tt][Rr][Aa][Nn][Gg]\s+\d{1,4}(?:\s*/\s*\d{1,4})?"
                          r"|[Pp][Aa][Gg][Ee]\s+\d{1,4}(?:\s+[Oo][Ff]\s+\d{1,4})?|\d{1,3})\n")
# how such a line opens, after its line break: a pattern that opens with a line break is
# looked for at memory speed, and the marker's own pattern is tried only at the lines it finds
_PAGE_MARKER_OPENING = lazy(r"\n(?:-|[Tt][Rr][Aa][Nn][Gg]|[Pp][Aa][Gg][Ee]|\d)")
# no white space at line ends
_EDGE_SPACES = lazy(r"(?m)^ +| +$")
_REST: list[Step] = [
    (_EDGE_SPACES, ""),
    # OCR: a syllable broken at the line end by a hyphen, a space before a thousands separator
    (HYPHEN_BREAK, join_hyphen_break),
    (THOUSANDS_SPACE, ""),
    # page markers and bare page numbers on a line of their own
    (_PAGE_MARKER, ""),
    # a paragraph broken by a page break: the line runs on in lower case after blank lines
    (regex.compile(r"(?<=[^\n]{30}[^\s.:;!?…”\"')\]])\n(?:[ ]*\n)+(?=\(?\p{Ll})"), " "),
    (re.compile(r"\n{3,}"), "\n\n"),
]
# A reader's text (PDF, DOCX) comes in paragraphs already; plain text keeps the layout of the
# page it was taken from, which is rebuilt (``plainlayout``): columns apart before their white
# space is squeezed, lines rejoined while their indentation still shows and rules still part them.
_STEPS: list[Step] = _CLEAN + _MARKUP + _RULES + _REST
# a page saved from a JSON string keeps its line breaks as the escape written out ("\\r\\n"):
# the pair of escapes is a line break, and nothing else in a Vietnamese text is spelled so
_ESCAPED_BREAK = lazy(r"\\r\\n")
_WEB: list[Step] = [(_ESCAPED_BREAK, "\n"), (SERVER_CODE, ""), (HTML_TAG, ""), (HTML_ENTITY, entity),
                    (MARKDOWN_IMAGE, ""), (LINK, chrome_link)]
_TEXT_STEPS: list[Step] = (_CLEAN + _WEB + [undouble_lines, split_columns, drop_chrome] + _MARKUP
                           + [unspace_letters, restore_spaces, rejoin, unflatten_points, part_flattened_header,
                                                  part_header_lines] + _RULES + _REST)
_PLAIN_FORMATS = ("txt", "md", "stdin")

# What a step's pattern cannot match without: when none of it is in the text, the step's scan
# of the whole text is skipped. Keyed by pattern text, so a changed pattern simply loses its
# shortcut. A space at either end of the text may start a match of the line-edge step.
_NEEDS: dict[str, tuple[str, ...]] = {
    r"\r\n?": ("\r",),
    _ESCAPED_BREAK.pattern: ("\\r\\n",),
    r"[\u200B-\u200D\u2060\uFEFF\u00AD]": ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"),
    r"(?m)^[ \t]*#{1,6}[ \t]+": ("#",),
    r"(?m)^[ \t]*\*\*[* \t]*\n": ("**",),
    _STAR_BULLET.pattern: ("* ", "*\t"),
    _BULLET_GLYPH.pattern: tuple(_BULLET_MARKS),
    r"\*\*|__|(?<=\S)\*(?=[\s\p{P}]|$)|(?<=^|[\s\p{P}])\*(?=\S)": ("*", "__"),
    LINK.pattern: ("](",),
    SERVER_CODE.pattern: ("<?", "<script", "<style"),
    HTML_TAG.pattern: ("<",),
    HTML_ENTITY.pattern: ("&",),
    MARKDOWN_IMAGE.pattern: ("![",),
    r"<(https?://[^>\s]+)>": ("<",),
    r"[ ]{2,}": ("  ",),
    RULE_LINE.pattern: ("---", "___", "===", "———", "–––", "* *", "***"),
    TRAILING_RULE.pattern: ("----", "____", "===="),
    r"(?m)^ +| +$": (" \n", "\n "),
    HYPHEN_BREAK.pattern: ("-\n",),
    THOUSANDS_SPACE.pattern: (" .",),
}


# Where a step's matches open, for the patterns whose every match opens with one of these
# strings: the pattern is tried there alone (found with str.find), not at every offset.
_OPENS: dict[str, tuple[str, ...]] = {
    r"\*\*|__|(?<=\S)\*(?=[\s\p{P}]|$)|(?<=^|[\s\p{P}])\*(?=\S)": ("*", "__"),
    r"[ ]{2,}": ("  ",),
    _STAR_BULLET.pattern: ("* ", "*\t"),
    _BULLET_GLYPH.pattern: tuple(_BULLET_MARKS),
    THOUSANDS_SPACE.pattern: (" .",),
    r"\n{3,}": ("\n\n\n",),
}


# Where a step's matches open, for the patterns whose every match opens at a line's start, on
# blanks and then one of these strings: the pattern is tried at the starts of the lines that
# hold one alone (the engine tries a multi-line "^" at every offset of the text).
_LINE_OPENS: dict[str, tuple[str, ...]] = {
    r"(?m)^[ \t]*#{1,6}[ \t]+": ("#",),
    r"(?m)^[ \t]*\*\*[* \t]*\n": ("**",),
}


def _matches(pattern: regex.Pattern[str], text: str, held: dict[str, bool]) -> Iterable[regex.Match[str]] | None:
    lines = _LINE_OPENS.get(pattern.pattern)
    if lines is not None:
        return matches_at(pattern, text, _line_starts_before(text, literal_starts(text, _held(text, lines, held))))
    if pattern is _PAGE_MARKER:
        starts = [m.start() + 1 for m in _PAGE_MARKER_OPENING.finditer(text)]
        return matches_at(pattern, text, [0, *starts] if text[:1] else starts)
    if pattern is _EDGE_SPACES:
        return matches_at(pattern, text, _edge_space_starts(text))
    opens = _OPENS.get(pattern.pattern)
    return None if opens is None else matches_at(pattern, text, literal_starts(text, _held(text, opens, held)))


def _held(text: str, openings: tuple[str, ...], held: dict[str, bool]) -> tuple[str, ...]:
    """The ``openings`` whose every character ``text`` holds (``_holds``): one character is
    looked for at memory speed, a longer string (the "* " of a Markdown list, "__") in a text
    beyond Latin-1 hundreds of times slower, and most texts lack its "*" or "_"."""
    return tuple(o for o in openings if all(_holds(text, c, held) for c in o))


def _line_starts_before(text: str, found: list[int]) -> list[int]:
    """The starts of the lines on which only blanks (spaces, tabs) stand before one of ``found``."""
    starts: set[int] = set()
    for at in found:
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        if at == 0 or text[at - 1] == "\n":
            starts.add(at)
    return sorted(starts)


def _edge_space_starts(text: str) -> list[int]:
    """Where a run of spaces at a line's start or end opens: after each line break followed by
    a space, and back from each space followed by one (found with str.find)."""
    starts = [0] if text[:1] == " " else []
    starts += [at + 1 for at in literal_starts(text, ("\n ",))]
    ends = literal_starts(text, (" \n",))
    if text[-1:] == " ":
        ends.append(len(text) - 1)
    for at in ends:
        while at > 0 and text[at - 1] == " ":
            at -= 1
        starts.append(at)
    return sorted(set(starts))


def _may_match(pattern: regex.Pattern[str], text: str, held: dict[str, bool]) -> bool:
    needs = _NEEDS.get(pattern.pattern)
    return needs is None or text[:1] == " " or text[-1:] == " " or any(_holds(text, n, held) for n in needs)


def _holds(text: str, needle: str, held: dict[str, bool]) -> bool:
    """``needle in text``, told fast when one of its characters is not there at all: one
    character is looked for at memory speed, a longer needle in a text beyond Latin-1 far slower.
    ``held`` keeps the answers for this text: several steps need "<", "*" or "]("."""
    found = held.get(needle)
    if found is None:
        found = needle in text if len(needle) == 1 \
            else all(_holds(text, c, held) for c in needle) and needle in text
        held[needle] = found
    return found


# the look-behind ("qu" is an onset: "quý" keeps its mark) stands after the first letter, so that
# the engine looks for "o" and "u" alone rather than trying the pattern at every offset
_TONE_FOLD = re.compile(r"([ou])(?<!q[ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\w)")
_TONE_BASE = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_TONED = {"o": "òóỏõọ", "u": "ùúủũụ"}


def _move_tone(m: regex.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    for base, toned in _TONE_BASE.items():
        i = toned.find(second)
        if i >= 0:
            return _TONED[first][i] + base
    return m.group(0)


def _lower(text: str) -> str:
    """``text`` in lower case, character for character (a letter whose lower case is longer stays)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


# a syllable of one onset consonant (or "qu") and a final "i", which texts write with "y" as
# well ("kĩ"/"kỹ", "lí"/"lý", "sĩ"/"sỹ", "tỉ"/"tỷ", "qui"/"quy"): folded to its "y" spelling,
# the one word lists write, so that either spelling matches the same words; an "i" after a
# longer onset ("thi", "chi", "khi") or a vowel is never written "y"
# (the pattern opens on the vowel, so that the engine skips to each "i" rather than trying the
# onset at every offset, and looks back for the onset from there: three times faster)
_IY_FOLD = re.compile(r"[iìíỉĩị](?!\w)(?:(?<=(?<!\w)[hklmst].)|(?<=(?<!\w)qu.))")
_IY = str.maketrans("iìíỉĩị", "yỳýỷỹỵ")


def _i_to_y(folded: str) -> list[int]:
    """Where ``folded`` has an "i" that ``fold`` writes "y"."""
    return [m.start() for m in _IY_FOLD.finditer(folded)]


def _patched(text: str, at: list[int]) -> str:
    if not at:
        return text
    pieces: list[str] = []  # slices between the letters changed: a whole text is not split to characters
    done = 0
    for i in at:
        pieces += (text[done:i], text[i].translate(_IY))
        done = i + 1
    pieces.append(text[done:])
    return "".join(pieces)


def fold(text: str) -> str:
    """Lower case with tone placement unified and a syllable's final "i" that texts also write
    "y" in its "y" spelling; the result has the length of ``text``."""
    folded = _TONE_FOLD.sub(_move_tone, _lower(text))
    return _patched(folded, _i_to_y(folded))


@lru_cache(maxsize=1)
def _plain_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base.lower()
    return table


def plain(folded: str) -> str:
    """``folded`` without diacritics, character for character."""
    return folded.translate(_plain_table())


# Vietnamese lower-case letters with marks, and the punctuation that layout patterns name
_MARKED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_KEPT = "“”‘’–—…•«»·°§"


@lru_cache(maxsize=1)
def _plain_codec() -> tuple[Any, bytes, str]:
    """A one-byte code for the characters of folded text, and the byte table that strips marks.

    str.translate looks every character up in a dict; encoding through a charmap and
    translating bytes runs in C throughout, several times faster on a whole document.
    """
    chars = _MARKED + _KEPT
    decoding = "".join(chr(i) for i in range(128)) + chars + "\ufffe" * (128 - len(chars))
    strip = bytearray(range(256))
    for i, c in enumerate(_MARKED):
        strip[128 + i] = ord(_plain_table()[ord(c)])
    return codecs.charmap_build(decoding), bytes(strip), decoding


def plain_text(folded: str) -> str:
    """``plain`` for a whole document: the same, except that a character outside Vietnamese
    letters and common punctuation (Cyrillic, CJK, symbols) becomes "?", which no layout
    word contains."""
    encoding, strip, decoding = _plain_codec()
    data = codecs.charmap_encode(folded, "replace", encoding)[0]
    return codecs.charmap_decode(data.translate(strip), "strict", decoding)[0]


_TONE_PAIR = b"o\x01"


@lru_cache(maxsize=1)
def _tone_pair_table() -> bytes:
    """A byte table over the plain codec's bytes: "o" and "u" become "o", a vowel whose tone
    ``fold`` may move becomes 1, any other byte 0; a pair "o\\x01" is where the tone pattern
    may match."""
    table = bytearray(256)
    table[ord("o")] = table[ord("u")] = ord("o")
    for vowel in "".join(_TONE_BASE.values()):
        table[128 + _MARKED.index(vowel)] = 1
    return bytes(table)


# "i" standing alone after a lone onset, over the bytes ``_final_i_table`` gives: ``_IY_FOLD``'s
# conditions, its word characters told apart from the rest by the table
_FINAL_I = re.compile(rb"i(?![^ ])(?:(?<=(?<![^ ])ci)|(?<=(?<![^ ])qui))")


@lru_cache(maxsize=1)
def _final_i_table() -> bytes:
    """A byte table over the plain codec's bytes: "i" and its marked forms become "i", the lone
    onsets ``_IY_FOLD`` looks back for ("h", "k", "l", "m", "s", "t") "c", "q" and "u" stay, any
    other word character becomes "w" and the rest a space. "?" stands for every character the
    codec lacks, a letter among them: a space to the table, so the pattern decides there."""
    decoding = _plain_codec()[2]
    table = bytearray(b" " * 256)
    for i, c in enumerate(decoding):
        if c in "iìíỉĩị":
            table[i] = ord("i")
        elif c in "hklmst":
            table[i] = ord("c")
        elif c in "qu":
            table[i] = ord(c)
        elif c.isalnum() or c == "_":  # the characters "\w" matches
            table[i] = ord("w")
    return bytes(table)


def _final_i_starts(data: bytes) -> list[int]:
    """Where ``_IY_FOLD`` may match in the text the plain codec encoded to ``data``."""
    return [m.start() for m in _FINAL_I.finditer(data.translate(_final_i_table()))]


def fold_and_plain(text: str) -> tuple[str, str]:
    """``fold(text)`` and ``plain_text`` of it, for a whole document, from one encoding of the
    lower-case text: moving a tone keeps every letter's base, so the plain text is the same
    before and after, and the encoded bytes show at memory speed where a tone may move (the
    pattern's own scan tries every "o" and "u" of the document)."""
    low = _lower(text)
    encoding, strip, decoding = _plain_codec()
    data = codecs.charmap_encode(low, "replace", encoding)[0]
    pairs = data.translate(_tone_pair_table())  # one byte a character: offsets are the text's
    starts: list[int] = []
    at = pairs.find(_TONE_PAIR)
    while at >= 0:
        starts.append(at)
        at = pairs.find(_TONE_PAIR, at + 2)
    moved = rewrite(low, _TONE_FOLD, _move_tone, matches_at(_TONE_FOLD, low, starts)) if starts else None
    folded = moved[0] if moved else low
    # "kĩ" folds to "kỹ", and its plain letters "ki" to "ky": the pattern is tried where the bytes
    # show a final "i" after an onset alone (its own scan stops at every "i" of the document)
    finals = [m.start() for m in matches_at(_IY_FOLD, folded, _final_i_starts(data))]
    return _patched(folded, finals), _patched(codecs.charmap_decode(data.translate(strip), "strict", decoding)[0], finals)


_COMBINING_RUN = lazy_regex(r".\p{M}+", regex.DOTALL)


_LEADING = lazy(r"\A[\n ]+")


def normalize(source: Source) -> Text:
    text = source.text
    offsets = OffsetMap.identity(len(text))
    if not unicodedata.is_normalized("NFC", text):
        done = rewrite(text, _COMBINING_RUN, lambda m: unicodedata.normalize("NFC", m.group(0)))
        if done:
            text, step = done
            offsets = step.then(offsets)
        if not unicodedata.is_normalized("NFC", text):
            # compositions the per-run pass cannot see (e.g. Hangul jamo): exact map given up
            text = unicodedata.normalize("NFC", text)
            offsets = OffsetMap.identity(len(text))
    # before form feeds become spaces; a table written a cell to a line repeats its lone "|"
    # around the row numbers that look like page numbers, but it is the table's, not a page's
    headers = frozenset(h for h in running_headers(text) if not text.startswith("|", h))
    if headers:
        done = rewrite(text, LINE, lambda m: "" if m.start() in headers else m.group())
        if done:
            text, step = done
            offsets = step.then(offsets)
    if any(c in text for c in _SPACE_CHANGED):  # one character each: looked for at memory speed
        text = _SPACE_CHANGES.sub(lambda m: m.group().translate(_SPACE_TABLE), text)
    steps = _TEXT_STEPS if source.format in _PLAIN_FORMATS else _STEPS
    held: dict[str, bool] = {}  # what the text as it stands holds (``_holds``), told once
    for item in [*steps, (_LEADING, "")]:
        if callable(item):
            done = item(text)
        else:
            pattern, repl = item
            if pattern is _LEADING and text[:1] not in ("\n", " "):
                continue
            # a step whose openings are looked for finds none where it cannot match: its
            # needs would only look for the same strings once more
            matches = _matches(pattern, text, held)
            if matches is None and not _may_match(pattern, text, held):
                continue  # it cannot match, and its pattern would scan the whole text
            done = rewrite(text, pattern, repl, matches)
        if done:
            text, step = done
            offsets = step.then(offsets)
            held = {}
    # cutting the tail moves no offset: the map of what remains stays as it is
    text = text.rstrip("\n ")
    text = fix_digits(text)  # same length: the offset map stays as it is
    if source.ocr is not None:
        text = fix_marks(text, fold_and_plain(text)[1])  # same length too
    if steps is not _TEXT_STEPS:  # a plain text's spaces were put back before its lines were read
        done = restore_spaces(text)
        if done:
            text, step = done
            offsets = step.then(offsets)
    folded, plain_letters = fold_and_plain(text)
    return Text(text=text, folded=folded, plain=plain_letters, to_source=offsets, source=source)
