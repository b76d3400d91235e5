"""Small text helpers shared by the extractors: sentences, trimming, unmarked patterns."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Literal

import regex

from ..lexicon import abbreviations, alternation, authorities, diff_words
from ..lexicon import layout as layout_words
from .lazy import lazy_regex


@cache
def _sentence_end() -> regex.Pattern[str]:
    """A sentence ends at its punctuation; the match starts there (so the engine looks only at
    punctuation, not at every character) and the next sentence starts at its end. The dot of an
    abbreviation before a name ("UBND TP. Cần Thơ", "TP.HCM") ends none."""
    dotted = "|".join(sorted(abbreviations().dotted, key=len, reverse=True))
    return regex.compile(rf"(?:(?<!(?<!\p{{L}})(?i:{dotted}))\.|[!?;…])(?:\s+(?=[\p{{Lu}}\"“(\-–])|(?<=[.!?])(?=\p{{Lu}}))")


TRIM = " \t\n,;:.-–"

# the signature's authority line, matched in ``Text.plain``: "T/M BAN CHẤP HÀNH", "KT. CHỦ TỊCH"
# the marks are those of lexicon/signature.json, matched in lower-case text; a web copy's table
# may keep its cell's bars around the line ("| TM. ỦY BAN NHÂN DÂN |")
SIGNATURE_AUTHORITY = re.compile(rf"(?:\|\s*)?(?P<a>{authorities()})\s+(?P<body>\S.*)")


_CAPS_STRETCH = 80


# letters that are surely lower case: most lines show they are no capitals by these alone
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")


_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def is_caps(line: str) -> bool:
    """Whether a line is written in capitals (80% of its letters, at least two)."""
    # a long line is judged by its first 300 characters: a paragraph in capitals shows by then
    text = line if len(line) <= 300 else line[:300]
    # a line in sentence case, told from its ASCII lower-case letters alone, counted in bytes
    # at memory speed: were every other character a capital, they would not make four in five
    data = text.encode("utf-8", "replace")
    if 5 * (len(data) - len(data.translate(None, _ASCII_LOWER))) > len(text):
        return False
    # ... or from its first stretch in one pass: were every character
    # but those lower-case letters a capital, they would still not make four in five
    if 5 * sum(map(_LOWER_LETTERS.__contains__, text[:_CAPS_STRETCH])) > len(text):
        return False
    upper = lower = 0  # letters in capitals, and the others
    for k in range(0, len(text), _CAPS_STRETCH):
        letters = list(filter(str.isalpha, text[k:k + _CAPS_STRETCH]))
        caps = len(list(filter(str.isupper, letters)))
        upper += caps
        lower += len(letters) - caps
        # a line in sentence case is told after a stretch: not even capitals in every
        # character left would make four in five of its letters (upper >= 4 * lower)
        if upper + max(0, len(text) - k - _CAPS_STRETCH) < 4 * lower:
            return False
    return upper + lower >= 2 and upper >= 0.8 * (upper + lower)


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]`` (a paragraph)."""
    starts, ends = _sentence_ends(text)
    pos = start
    # the ends found in the whole text that lie inside the paragraph are those a search of the
    # paragraph alone finds: one that runs up to its end would need the character after it
    k = bisect_left(starts, start)
    while k < len(starts) and ends[k] < end:
        stop = starts[k] + 1  # the punctuation ends the sentence
        if stop > pos:
            yield pos, stop
        pos = ends[k]
        k += 1
    if pos < end:
        yield pos, end


@lru_cache(maxsize=2)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence end of ``text`` starts and ends: one search of the document, which
    the extractors then ask paragraph by paragraph."""
    found = list(_sentence_end().finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


# what may stand around a header's words on its line: a rule, a bullet, a table's bars
HEADER_TRIM = " \t-_*|=~.–—"
# a word of a body's name: letters (with the marks of "TP.HCM", "HĐND&UBND"), or a number
_NAME_WORD = lazy_regex(r"\(?\p{Latin}+(?:[.'’&-]\p{Latin}+)*[.,)]*|\(?\d+[.,)]*|[-–&]|\d+[-/]\p{Lu}[\p{L}\d/-]*")


def caps_header_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a header's capitals line in ``text[start:end]``, without the rules and bars
    around it ("ỦY BAN NHÂN DÂN", "BAN THƯỜNG VỤ"); None for a line not in capitals, or for the
    debris of a broken font or an OCR layer ("6Ӣ C‘NG 7+ѬѪ1", "56:]+9-}")."""
    start, end = trimmed(text, start, end, HEADER_TRIM)
    line = text[start:end]
    if end <= start or not is_caps(line) or not all(_NAME_WORD.fullmatch(w) for w in line.split()):
        return None
    return start, end


def trimmed(text: str, start: int, end: int, chars: str = TRIM) -> tuple[int, int]:
    """Narrow ``[start, end)`` so the span has no leading or trailing ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


@lru_cache(maxsize=4096)
def unmarked(pattern: str) -> str:
    """A pattern of lower-case Vietnamese words, rewritten to match ``Text.plain``.

    Layout words ("kết luận", "thành ủy", "hội nghị") are matched without their marks so
    that text whose tone marks were lost (OCR, old fonts) still reads; figures never are.
    The pattern's words must be written in lower case.
    """
    from ..normalize import plain

    # plain() strips the marks letter by letter and leaves ASCII alone, so regex syntax
    # ("(?P<name>", "\\b", "[ivx]") passes through unchanged
    return plain(pattern)


# a run of white space, the one pattern every module collapses or removes spaces with
SPACES = re.compile(r"\s+")
# a digit, the one pattern modules look for a figure's first sign with
DIGIT = re.compile(r"\d")


# white space to str.split() but not to SPACES: the two agree on a text without them
_SPLIT_ONLY = ("\x1c", "\x1d", "\x1e", "\x1f")


def single_spaced(text: str) -> str:
    """``SPACES.sub(" ", text)``: each run of white space as one space (str.split() does it
    several times faster than the pattern)."""
    if any(c in text for c in _SPLIT_ONLY):
        return SPACES.sub(" ", text)
    words = text.split()
    if not words:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + " ".join(words) + (" " if text[-1].isspace() else "")


def squash(text: str) -> str:
    if any(c in text for c in _SPLIT_ONLY):
        return SPACES.sub(" ", text).strip()
    return " ".join(text.split())


def matches_at(pattern: regex.Pattern[str], text: str, starts: Iterable[int], start: int = 0,
               end: int | None = None) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern that can match only at ``starts``
    (in order): it is tried there alone, not at every offset of the text."""
    end = len(text) if end is None else end
    pos = start
    match = pattern.match  # looked up once: the loop runs over every start of a document
    for at in starts:
        if at >= pos and (m := match(text, at, end)) is not None:
            yield m
            pos = m.end()
            if pos <= at:  # an empty match: the next is tried one further on
                pos = at + 1


def literal_starts(text: str, openings: tuple[str, ...]) -> list[int]:
    """Where each of the literal ``openings`` stands in ``text``, in order: looked for with
    ``str.find``, which runs at memory speed."""
    found: set[int] = set()
    for opening in openings:
        at = text.find(opening)
        while at >= 0:
            found.add(at)
            at = text.find(opening, at + 1)
    return sorted(found)


def word_starts(text: str, words: Iterable[str]) -> dict[str, list[int]]:
    """Where each of ``words`` stands in ``text`` (``literal_starts``), word by word: found once
    for a document, then asked paragraph by paragraph with ``holds_any``."""
    return {w: literal_starts(text, (w,)) for w in words}


def starts_in(found: dict[str, list[int]], start: int, end: int) -> list[int]:
    """Where the words ``found`` lists (``word_starts``) start inside ``[start, end)``, in order:
    the only offsets where a pattern that opens with one of them can match there."""
    inside: set[int] = set()
    for starts in found.values():
        inside.update(starts[bisect_left(starts, start):bisect_left(starts, end)])
    return sorted(inside)


def holds_any(found: dict[str, list[int]], start: int, end: int, words: Iterable[str] | None = None) -> bool:
    """Whether one of ``words`` (all of ``found`` by default) stands whole in ``text[start:end]``:
    ``any(text.find(w, start, end) >= 0 ...)``, told by bisection of the offsets ``found`` lists."""
    for word in found if words is None else words:
        starts = found[word]
        k = bisect_left(starts, start)
        if k < len(starts) and starts[k] + len(word) <= end:
            return True
    return False


DIGIT_SEPARATORS = ("/", ".", "-", "‐", "–")
"""What stands after the digits a date ("25/5", "15.3", "20-12") or a document number
("01-NQ", "123/QĐ") opens with."""


@lru_cache(maxsize=4)  # the dates and the document numbers of a text ask for the same
def runs_before(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where each run of digits in ``text[start:end]`` starts that has one of
    ``DIGIT_SEPARATORS`` right after it, or one character further ("01 - NQ"), in order:
    where a date or a document number can open. The separators are looked for with
    ``str.find``, which runs at memory speed, so that a pattern is tried there alone rather
    than at every offset."""
    opens: set[int] = set()
    for sep in DIGIT_SEPARATORS:
        at = text.find(sep, start + 1, end)
        while at >= 0:
            digit = at - 1 if text[at - 1].isdecimal() else at - 2
            if digit >= start and text[digit].isdecimal():
                while digit > start and text[digit - 1].isdecimal():
                    digit -= 1
                opens.add(digit)
            at = text.find(sep, at + 1, end)
    return tuple(sorted(opens))


@lru_cache(maxsize=1)
def people_pictured() -> regex.Pattern[str]:
    """A caption's opening: the people a photo shows, then what they do a few words on (lexicon
    ``layout.caption_subjects``, ``caption_actions``)."""
    words = layout_words()
    return regex.compile(rf"(?:{alternation(words.caption_subjects)})(?:\s+\S+){{0,4}}?\s+"
                         rf"(?:{alternation(words.caption_actions)})(?!\w)", regex.IGNORECASE)


@lru_cache(maxsize=1)
def caption_subject() -> regex.Pattern[str]:
    """The people a caption shows, anywhere in its line (lexicon ``layout.caption_subjects``:
    "Đồng chí", "Lãnh đạo")."""
    return regex.compile(rf"(?<!\w)(?:{alternation(layout_words().caption_subjects)})(?!\w)", regex.IGNORECASE)


@lru_cache(maxsize=1)
def pictured_action() -> regex.Pattern[str]:
    """What the people a caption shows do, then the rest of its line (lexicon
    ``layout.caption_actions``): " phát biểu tại hội nghị." after "Đồng chí X, Phó Chủ tịch UBND tỉnh"."""
    return regex.compile(rf"[ ]+(?:{alternation(layout_words().caption_actions)})(?!\w)[^\n.;:!?]*\.?[ ]*\Z",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def _photo_credit() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:{alternation(layout_words().photo_credits)})[ ]*:[ ]*[^\s.:;!?][^.:;!?\n]{{0,40}}\Z",
                         regex.IGNORECASE)


_CAPTION_WORDS = 25
_LABEL_WORDS = 6
_LABEL_STOP = re.compile(r"[\d.:;!?…]")

Caption = Literal["credited", "label", "pictured"]
"""The kinds of a press photo's caption: one that ends on the photo's credit ("Quang cảnh kỳ họp.
Ảnh: Thu Hà"), a label of a few words ("Ảnh minh họa"), one that opens on the people pictured
("Các đại biểu bấm nút biểu quyết thông qua nghị quyết.")."""

CAPTIONS: tuple[Caption, ...] = ("credited", "label", "pictured")


def caption(text: str, start: int, end: int, kinds: Iterable[Caption] = CAPTIONS) -> Caption | None:
    """The first of ``kinds`` that ``text[start:end]`` is as a press photo's caption, one line
    standing between paragraphs, else None:
    'credited', a line however long that ends on the photo's credit ("Ông A phát biểu chỉ đạo đại
    hội ẢNH: TRẦN NGỌC", lexicon ``layout.photo_credits``), which repeats the report's text or shows
    its people, not the report's own words;
    'label', a few words with no figure and no sentence ("Ảnh minh họa"); one in capitals alone is
    a name, as the byline that ends a report ("Thu Hà"), not a caption;
    'pictured', a short line that opens on the people pictured and what they do ("Các đại biểu
    bấm nút biểu quyết thông qua nghị quyết.")."""
    start, end = trimmed(text, start, end)
    line = text[start:end]
    if "\n" in line:
        return None
    words: list[str] | None = None
    for kind in kinds:
        if kind == "credited":
            # the end-anchored pattern is tried at every offset: only where a credit's colon stands
            if ":" in line and _photo_credit().search(line) is not None:
                return kind
            continue
        words = line.split() if words is None else words
        if kind == "label":
            if len(words) <= _LABEL_WORDS and not _LABEL_STOP.search(text, start, end) and any(w[:1].islower() for w in words):
                return kind
        elif len(words) <= _CAPTION_WORDS and people_pictured().match(text, start, end) is not None:
            return kind
    return None


def may_open(char: str, ascii_class: Callable[[str], bool]) -> bool:
    """Whether a pattern whose first character class ``ascii_class`` tests within ASCII
    (``str.isupper`` for ``\\p{Lu}``, ``str.isalpha`` for ``\\p{L}``, ``str.isdigit`` for ``\\d``)
    may match at ``char``: a cheap test that spares trying it at every blank or mark. Beyond ASCII
    the pattern itself decides (its engine's Unicode may differ from Python's)."""
    return bool(char) and (not char.isascii() or ascii_class(char))


@cache
def _abbreviation_pattern() -> tuple[regex.Pattern[str], dict[str, str]]:
    table = {**abbreviations().expansions, **diff_words().abbreviations}
    keys = sorted(table, key=len, reverse=True)
    pattern = regex.compile(r"(?<![\p{L}\d])(" + "|".join(regex.escape(k) for k in keys) + r")(?![\p{L}\d])")
    return pattern, table


def expand_abbreviations(text: str) -> str:
    """``text`` with each abbreviation of the lexicon written out, whole words only ("UBND tỉnh" ->
    "Ủy ban nhân dân tỉnh", "NTM" -> "nông thôn mới"): names compared however they were written."""
    pattern, table = _abbreviation_pattern()
    return str(pattern.sub(lambda m: table[m.group(1)], text))
