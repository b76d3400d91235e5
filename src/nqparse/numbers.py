"""Vietnamese numbers: ordinals, Roman numerals and number words.

Only what the header and meeting extractors need lives here for now: ``roman_to_int`` and
``parse_ordinal``. The indicator work extends this module with decimals, ranges and scales.
"""

from __future__ import annotations

import regex

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ROMAN = regex.compile(r"(?i)\b(?=[IVXLC]+\b)(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\b")

ORDINAL_WORDS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14,
    "mười tư": 14, "mười lăm": 15, "mười sáu": 16, "mười bảy": 17, "mười tám": 18, "mười chín": 19,
    "hai mươi": 20, "hai mươi mốt": 21, "hai mươi hai": 22, "hai mươi ba": 23, "hai mươi tư": 24,
    "hai mươi lăm": 25,
}


def roman_to_int(text: str) -> int | None:
    """'XVI' -> 16; None for anything that is not a well-formed Roman numeral."""
    s = text.strip().upper()
    if not s or not ROMAN.fullmatch(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v else v
    return total


def parse_ordinal(text: str) -> int | None:
    """'5', '05', 'bảy', 'thứ bảy', 'XVI', 'mười hai' -> int; None when not an ordinal."""
    s = regex.sub(r"\s+", " ", text.strip().lower())
    s = regex.sub(r"^thứ\s+", "", s)
    if s.isdigit():
        return int(s)
    if s in ORDINAL_WORDS:
        return ORDINAL_WORDS[s]
    return roman_to_int(s)
