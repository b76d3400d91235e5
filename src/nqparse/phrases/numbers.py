"""Vietnamese numbers: numerals as written, number words, ordinals and Roman numerals.

Vietnamese writing groups thousands with "." and marks decimals with ",": ``89.490,478`` is
89490.478, ``6.600`` is 6600 and a bare ``1.000`` is one thousand. A dot followed by anything
but three digits is read as a decimal point (``13.5`` in the press). OCR puts stray spaces
next to separators (``3 .300``, ``89.490 ,478``): ``NUMERAL`` allows one space there and
``parse_number`` ignores spaces. ``format_number`` writes a number back the Vietnamese way.
"""

from __future__ import annotations

import math
import re
from functools import cache

from ..lexicon import alternation, number_words, units
from .lazy import lazy, lazy_regex
from .text import SPACES

Number = int | float

# Roman digits and the subtractive pairs, largest first: the table both directions read
_ROMAN_PLACES = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_ROMAN_VALUES = {digit: value for value, digit in _ROMAN_PLACES if len(digit) == 1}
ROMAN = lazy(r"(?i)\b(?=[IVXLC]+\b)(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\b")

# A numeral as written: dot-grouped thousands with an optional comma decimal part, or plain
# digits with an optional comma (or point) decimal part. Not anchored: callers look at what
# stands around it (a "/" or a letter next to it makes it part of a code or a date).
NUMERAL = r"\d{1,3}(?:[ ]?\.[ ]?\d{3}(?!\d))+(?:[ ]?,\d+)?|\d+(?:[ ]?,\d+|\.\d+)?"
_NUMERAL = re.compile(rf"(?:{NUMERAL})")
_THOUSANDS = lazy(r"\d{1,3}(?:\.\d{3})+")


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


def int_to_roman(value: int) -> str:
    """16 -> 'XVI'; '' for 0 and below (Roman numerals have no zero)."""
    out = []
    for place, digits in _ROMAN_PLACES:
        count, value = divmod(value, place) if value > 0 else (0, value)
        out.append(digits * count)
    return "".join(out)


_ORDINAL_LEAD = lazy_regex(r"^thứ\s+")


def parse_ordinal(text: str) -> int | None:
    """'5', '05', 'bảy', 'thứ bảy', 'XVI', 'mười hai' -> int; None when not an ordinal."""
    # compiled patterns: the module's regex.sub() looks its pattern up in a cache at every call
    s = _ORDINAL_LEAD.sub("", SPACES.sub(" ", text.strip().lower()))
    if s.isdigit():
        return int(s)
    if s in ordinal_words():
        return ordinal_words()[s]
    return roman_to_int(s)


def _tidy(value: float) -> Number:
    """Integral values as int, others rounded to shed binary noise."""
    if value == int(value) and abs(value) < 1e15:
        return int(value)
    return round(value, 10)


def parse_number(text: str) -> Number | None:
    """A numeral written the Vietnamese way -> int or float; None when it is not one.

    '89.490,478' -> 89490.478, '6.600' -> 6600, '3,45' -> 3.45, '02' -> 2, '13.5' -> 13.5,
    '3 .300' -> 3300 (OCR spacing).
    """
    if text.isdecimal():
        return int(text)  # the common numeral, told without a pattern
    # a printable text without a space holds no white space at all: nothing to take out
    s = text if text.isprintable() and " " not in text else SPACES.sub("", text)
    if not s or not _NUMERAL.fullmatch(s):
        return None
    if "," in s:
        whole, _, frac = s.partition(",")
        return _tidy(float(f"{whole.replace('.', '')}.{frac}"))
    if "." in s and _THOUSANDS.fullmatch(s):
        return int(s.replace(".", ""))
    if "." in s:
        return _tidy(float(s))
    return int(s)


def format_number(value: Number, places: int | None = None) -> str:
    """A number written the Vietnamese way: 89490.478 -> '89.490,478', 6600 -> '6.600';
    rounded to ``places`` decimals first when given. 'inf' and 'nan' stay as Python writes them."""
    from decimal import Decimal  # here: only writing a number needs it, not every start-up

    if not math.isfinite(value):
        return str(value)
    d = Decimal(str(value if places is None else round(value, places)))
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    frac = frac.rstrip("0")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + (f",{frac}" if frac else "")


@cache
def _word_tables() -> tuple[dict[str, int], str, str, frozenset[str], dict[str, int]]:
    words = number_words()
    # the scale words are place words too: "ba nghìn", "một trăm tỷ"
    return dict(words.digits), words.ten, words.tens, frozenset(words.zero_tens), {**words.places, **words.scales}


@cache
def ordinal_words() -> dict[str, int]:
    """Ordinals in words as they follow "thứ", up to 99: 'nhất', 'hai', 'tư', 'mười lăm',
    'hai mươi mốt'. Built from the number words: the counts they spell and the ordinal-only forms.
    A count that ends in a word of time is left out: "thứ mười năm" is no 15th ("năm": year)."""
    words = number_words()
    ones = [w for w, value in words.digits.items() if value]
    tails = [w for w in ones if w not in units().durations]
    spelled = [*ones, words.ten, *(f"{words.ten} {u}" for u in tails),
               *(f"{u} {words.tens}{tail}" for u in ones for tail in ("", *(f" {v}" for v in tails)))]
    table = {w: n for w in spelled if (n := parse_number_words(w))}
    table.update(words.ordinal_only)
    return table


@cache  # meeting builds two patterns of it at import: the tree of words is built once
def ordinal_alternation() -> str:
    """A pattern for ``ordinal_words``, longest first, any white space between the words."""
    return alternation(ordinal_words(), spaces=r"\s+")


def number_word_list() -> list[str]:
    """Every number word, longest first (for building patterns)."""
    digits, ten, tens, zero_tens, places = _word_tables()
    return sorted({*digits, ten, tens, *zero_tens, *places}, key=len, reverse=True)


def parse_number_words(text: str) -> int | None:
    """Vietnamese number words -> int: 'hai mươi lăm' -> 25, 'một trăm linh năm' -> 105,
    'ba nghìn' -> 3000, 'mười' -> 10; None when the words do not form a number."""
    digits, ten, tens, zero_tens, places = _word_tables()
    words = text.lower().split()
    if not words:
        return None
    total = chunk = 0
    digit: int | None = None
    after_tens = False  # mốt, tư, lăm only follow mười / mươi ("tư" alone ends "đầu tư")
    last_place = 0
    for i, w in enumerate(words):
        if w in digits:
            if digit is not None or (w in ("mốt", "tư", "lăm", "nhăm") and not after_tens):
                return None
            digit = digits[w]
            after_tens = False
        elif w == ten:
            if digit is not None or chunk % 100 >= 10:
                return None
            chunk += 10
            after_tens = True
        elif w == tens:
            if digit is None or digit < 2 or chunk % 100 >= 10:
                return None
            chunk += digit * 10
            digit = None
            after_tens = True
        elif w in zero_tens:
            if i == 0 or chunk % 100:
                return None
        elif w in places:
            place = places[w]
            value = chunk + (digit or 0)
            if place == 100:
                if chunk or digit is None:
                    return None
                chunk = digit * 100
            elif value == 0 and total and last_place and last_place < place:
                total *= place  # "một nghìn tỷ": the place words multiply
            else:
                total += (value or 1) * place
                chunk = 0
            digit = None
            after_tens = False
            last_place = place
        else:
            return None
    return total + chunk + (digit or 0)
