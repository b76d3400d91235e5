"""Small text helpers shared by the extractors: sentences, trimming, unmarked patterns."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from ..lexicon import authorities

# a sentence ends at its punctuation; the match starts there (so the engine looks only at
# punctuation, not at every character) and the next sentence starts at its end
SENTENCE_END = regex.compile(r"[.!?;…](?:\s+(?=[\p{Lu}\"“(\-–])|(?<=[.!?])(?=\p{Lu}))")
TRIM = " \t\n,;:.-–"

# the signature's authority line, matched in ``Text.plain``: "T/M BAN CHẤP HÀNH", "KT. CHỦ TỊCH"
# the marks are those of lexicon/signature.json, matched in lower-case text
SIGNATURE_AUTHORITY = regex.compile(rf"(?P<a>{authorities()})\s+(?P<body>\S.*)")


def is_caps(line: str) -> bool:
    """Whether a line is written in capitals (80% of its letters, at least two)."""
    # a long line is judged by its first 300 characters: a paragraph in capitals shows by then
    letters = list(filter(str.isalpha, line if len(line) <= 300 else line[:300]))
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]`` (a paragraph)."""
    pos = start
    for m in SENTENCE_END.finditer(text, start, end):
        stop = m.start() + 1  # the punctuation ends the sentence
        if stop > pos:
            yield pos, stop
        pos = m.end()
    if pos < end:
        yield pos, end


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
SPACES = regex.compile(r"\s+")


def squash(text: str) -> str:
    return SPACES.sub(" ", text).strip()
