"""Pre-Unicode Vietnamese encodings: TCVN3 (ABC) and VNI, decoded and encoded; Windows-1258 encoded.

Python has ``cp1258`` but no codec for TCVN3 or VNI, and no maintained package on PyPI offers
one, so the tables live here:

* TCVN3 (TCVN 5712:1993, the ABC fonts such as .VnTime): one byte a letter. The table is the
  standard's VN1 repertoire as glibc's ``TCVN5712-1`` converter decodes it, except bytes 80-9F,
  which files from Windows use for its curly quotes and dashes. Files typed in the
  VN3 subset have no capitals with tone marks: those were typed as the lower-case letter in an
  upper-case font (.VnTimeH), so they arrive as "CHấP HàNH" and are raised back to capitals when
  the rest of the word or line is in capitals (``restore_capitals``).
* VNI (VNI-Windows fonts): an ASCII base letter followed by a mark byte, read through
  Windows-1252: "chaøo caùc baïn" is "chào các bạn".

Text that went through a legacy font into Unicode (a .doc saved as .docx, a PDF made with an
ABC font, a file converted with the wrong code page) keeps the same letters as Windows-1252
characters: ``repair_text`` finds such words and decodes them, word by word, so a document
mixing Unicode and legacy runs comes out whole.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from functools import lru_cache

import regex

from ..phrases.syllables import is_syllable, vietnamese_share
from .trace import may_hold_legacy_words

# -- TCVN3 ---------------------------------------------------------------------------------

_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 80-8F
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 90-9F
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # A0-AF
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # B0-BF
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # C0-CF
    "éẹềểễếệìỉỄẾỒĩíịò"  # D0-DF
    "Ổỏõóọồổỗốộờởỡớợù"  # E0-EF
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # F0-FF
)
# VN1 also puts a few capitals among the control codes
_TCVN3_LOW = {0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự", 0x13: "Ỳ",
              0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ"}
# VN3 (the common ABC subset): bytes used when writing; toned capitals have no code of their own
_VN3_CAPITALS = set("ĂÂÊÔƠƯĐ")


@lru_cache(maxsize=1)
def _tcvn3_byte_table() -> dict[int, str]:
    table = {b: chr(b) for b in range(0x80)}
    table.update(_TCVN3_LOW)
    table.update({0x80 + i: c for i, c in enumerate(_TCVN3_HIGH)})
    # ABC files come from Windows, which wrote its curly quotes and dashes at 80-9F where VN1 had
    # capitals that VN3 files never use
    table.update({b: c for b in range(0x80, 0xA0) if (c := _cp1252_chars()[b]) != chr(b)})
    return table


@lru_cache(maxsize=1)
def _cp1252_chars() -> list[str]:
    """The character Windows shows for each byte; the five bytes it leaves undefined as Latin-1."""
    chars = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return chars


def as_cp1252(data: bytes) -> str:
    """Bytes as Windows-1252 characters, never failing (undefined bytes read as Latin-1)."""
    return data.decode("latin-1").translate(_latin1_to_cp1252())


@lru_cache(maxsize=1)
def _latin1_to_cp1252() -> dict[int, str]:
    return {b: c for b, c in enumerate(_cp1252_chars()) if c != chr(b)}


@lru_cache(maxsize=1)
def _tcvn3_char_table() -> dict[int, str]:
    """Maps the Windows-1252 (and Latin-1) reading of each TCVN3 byte to its letter."""
    table: dict[int, str] = {}
    for b, letter in _tcvn3_byte_table().items():
        if b < 0xA0:
            continue
        table[ord(_cp1252_chars()[b])] = letter
        table[b] = letter
    return table


_INNER_CAPITAL = regex.compile(r"\p{L}\p{Lu}")
_TONED_LOWER = regex.compile(r"[^\P{Ll}a-zăâêôơưđ]")
# a word standing alone between spaces and punctuation; letters inside codes ("11-HD/VPTW") are not
_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}/\-])\p{L}[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}/\-])")


_UNTONED_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzăâêôơưđ")


@lru_cache(maxsize=65536)
def _untoned_case(word: str) -> tuple[int, int]:
    """How many letters without a tone mark the word has in upper case and in lower case."""
    upper = lower = 0
    for c in word:
        if c.isupper():
            upper += 1
        elif c in _UNTONED_LOWER:
            lower += 1
    return upper, lower


def restore_capitals(text: str) -> str:
    """Raise "CHấP HàNH" to "CHẤP HÀNH": toned lower-case letters inside capitalised words.

    A word is in capitals when at least two of its letters without a tone mark are capitals and
    none is lower case; a word with fewer such letters ("Bộ", "ở") follows the rest of its line.
    Only letters with a tone mark change, so the text keeps its length.
    """
    if not _TONED_LOWER.search(text):
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        # a line without a capital after a word's first letter has no word in capitals
        if not _TONED_LOWER.search(line) or not _INNER_CAPITAL.search(line):
            continue
        words = [(m.start(), m.end(), *_untoned_case(m.group())) for m in _WORD.finditer(line)]
        caps = sum(1 for _, _, up, low in words if up >= 2 and low == 0)
        plain = sum(1 for _, _, up, low in words if low > 0)
        line_caps = caps > 0 and caps > plain
        chars = list(line)
        for start, end, up, low in words:
            if low == 0 and (up >= 2 or (line_caps and up <= 1)):
                for i in range(start, end):
                    chars[i] = chars[i].upper()
        lines[n] = "".join(chars)
    # a sentence starts with a capital: a toned lower-case letter there was typed in a .VnTimeH font
    text = _SENTENCE_START_TONED.sub(lambda m: m.group().upper(), "\n".join(lines))
    # names of bodies, and members' titles before a body's name, are written with a capital
    # (Nghị định 30/2020/NĐ-CP, Phụ lục II): "ủy ban nhân dân", "ủy viên Ban Thường vụ" can only
    # be a VN3 file's "Ủy ban nhân dân", "Ủy viên Ban Thường vụ"
    return _BODY_NAME_START.sub(lambda m: m.group().upper(), text)


_BODY_NAME_START = regex.compile(r"\b(?:ủ(?=y (?:ban\b|viên \p{Lu}))|u(?=ỷ (?:ban\b|viên \p{Lu})))")
_SENTENCE_START_TONED = regex.compile(r"(?:(?<=^[-–+•*]?[ \t]*)|(?<=[.!?][ \t]+))[^\P{Ll}a-zăâêôơưđ]", regex.M)


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC) bytes to Unicode text (tone marks given as separate bytes stay combining)."""
    return restore_capitals(data.decode("latin-1").translate(_tcvn3_byte_table()))


def encode_tcvn3(text: str, errors: str = "strict") -> bytes:
    """Unicode text to TCVN3 as an ABC font user typed it: toned capitals as the lower-case code.

    Characters TCVN3 cannot write raise ``UnicodeEncodeError``, or become "?" with
    ``errors="replace"``.
    """
    inverse = {c: b for b, c in _tcvn3_byte_table().items() if b >= 0x80 and c not in "\u0300\u0309\u0303\u0301\u0323"}
    out = bytearray()
    for i, c in enumerate(unicodedata.normalize("NFC", text)):
        if ord(c) < 0x80:
            out.append(ord(c))
            continue
        if c.isupper() and c not in _VN3_CAPITALS:
            c = c.lower()
        b = inverse.get(c)
        if b is None:
            if errors != "replace":
                raise UnicodeEncodeError("tcvn3", text, i, i + 1, "no TCVN3 code")
            b = ord("?")
        out.append(b)
    return bytes(out)


# -- VNI -------------------------------------------------------------------------------------

# Marks VNI writes after a base letter, in the order: sắc, huyền, hỏi, ngã, nặng
_VNI_TONES = ("ù", "ø", "û", "õ", "ï")
_VNI_CIRCUMFLEX = ("â", "á", "à", "å", "ã", "ä")  # plain, then the five tones
_VNI_BREVE = ("ê", "é", "è", "ú", "ü", "ë")
_VNI_I = ("í", "ì", "æ", "ó", "ò")  # i with each tone is one byte
_TONE_COMBINING = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


@lru_cache(maxsize=1)
def _vni_table() -> dict[str, str]:
    """VNI spelling (as Windows-1252 characters) -> Unicode letter, lower and upper case."""
    lower: dict[str, str] = {"ñ": "đ", "ô": "ơ", "ö": "ư", "î": "ỵ"}
    for base_vni, base in (("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"), ("ô", "ơ"), ("ö", "ư")):
        for mark, comb in zip(_VNI_TONES, _TONE_COMBINING, strict=True):
            if base == "y" and mark == "ï":
                continue  # ỵ has a byte of its own
            lower[base_vni + mark] = unicodedata.normalize("NFC", base + comb)
    for base in ("a", "e", "o"):
        lower[base + _VNI_CIRCUMFLEX[0]] = unicodedata.normalize("NFC", base + "\u0302")
        for mark, comb in zip(_VNI_CIRCUMFLEX[1:], _TONE_COMBINING, strict=True):
            lower[base + mark] = unicodedata.normalize("NFC", base + "\u0302" + comb)
    lower["a" + _VNI_BREVE[0]] = "ă"
    for mark, comb in zip(_VNI_BREVE[1:], _TONE_COMBINING, strict=True):
        lower["a" + mark] = unicodedata.normalize("NFC", "a\u0306" + comb)
    for mark, comb in zip(_VNI_I, _TONE_COMBINING, strict=True):
        lower[mark] = unicodedata.normalize("NFC", "i" + comb)
    table = dict(lower)
    for spelling, letter in lower.items():
        upper = spelling.upper()
        table[upper] = letter.upper()
        if len(spelling) == 2:
            # title case ("Vieät") puts a lower-case mark after an upper-case base, and the reverse
            table[spelling[0].upper() + spelling[1]] = letter.upper()
            table[spelling[0] + spelling[1].upper()] = letter
    return table


@lru_cache(maxsize=1)
def _vni_pattern() -> regex.Pattern[str]:
    """A base letter and its mark, or a one-byte letter: character classes, not 400 alternatives."""
    table = _vni_table()
    bases = "".join(sorted({k[0] for k in table if len(k) == 2}))
    marks = "".join(sorted({k[1] for k in table if len(k) == 2}))
    singles = "".join(sorted(k for k in table if len(k) == 1))
    return re.compile(f"[{regex.escape(bases)}][{regex.escape(marks)}]|[{regex.escape(singles)}]")


def _vni_letter(m: regex.Match[str]) -> str:
    spelling = m.group()
    letter = _vni_table().get(spelling)
    if letter is not None:
        return letter
    # a base and a mark that do not go together: each stands for itself
    return "".join(_vni_table().get(c, c) for c in spelling)


def decode_vni_text(text: str) -> str:
    """VNI letters read as Windows-1252 characters ("chaøo") to Unicode ("chào")."""
    return _vni_pattern().sub(_vni_letter, text)


def decode_vni(data: bytes) -> str:
    return decode_vni_text(as_cp1252(data))


@lru_cache(maxsize=1)
def _vni_inverse() -> dict[str, str]:
    inverse: dict[str, str] = {}
    for spelling, letter in _vni_table().items():
        # keep the spelling whose mark has the case of its base: what VNI fonts write
        if letter not in inverse or spelling == spelling.upper() or spelling == spelling.lower():
            inverse[letter] = spelling
    return inverse


def encode_vni(text: str, errors: str = "strict") -> bytes:
    """Unicode text to VNI-Windows bytes; ``errors`` as for ``str.encode``."""
    inverse = _vni_inverse()
    spelled = "".join(inverse.get(c, c) for c in unicodedata.normalize("NFC", text))
    return spelled.encode("cp1252", errors)


# -- Windows-1258 ----------------------------------------------------------------------------


def encode_cp1258(text: str, errors: str = "strict") -> bytes:
    """Unicode text to Windows-1258 as Vietnamese Windows writes it: letter, then tone mark.

    ``errors`` as for ``str.encode``.
    """
    out = bytearray()
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", c)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONE_COMBINING))
        tones = "".join(p for p in parts if p in _TONE_COMBINING)
        out += base.encode("cp1258", errors) + tones.encode("cp1258", errors)
    return bytes(out)


# -- Unicode text that went through a legacy font --------------------------------------------

_EDGE = " .,;:!?()[]{}\"'“”‘’«»-–—/…*"
_TOKEN = re.compile(r"\S+")


def _decode_tcvn3_token(token: str) -> str:
    return token.translate(_tcvn3_char_table())


@lru_cache(maxsize=65536)
def _decode_token(token: str, decoder: str) -> str:
    if decoder != "tcvn3":
        return decode_vni_text(token)
    fixed = _decode_tcvn3_token(token)
    if _LOST_HORN.search(fixed) and not is_syllable(fixed.strip(_EDGE)):
        # "ư" is byte 0xAD, the soft hyphen of Windows, which text extraction often drops:
        # "Trung ¬ng" was "Trung ương"
        horned = _LOST_HORN.sub(lambda m: ("Ư" if m.group().isupper() else "ư") + m.group(), fixed)
        if is_syllable(horned.strip(_EDGE)):
            return horned
    return fixed


_LOST_HORN = re.compile(r"(?<![ưƯ])[ơờớởỡợƠỜỚỞỠỢ]")


@lru_cache(maxsize=1)
def _font_chars() -> frozenset[str]:
    """Characters a legacy font's bytes become in Unicode: Latin-1 and Windows-1252's extras."""
    return frozenset(chr(c) for c in range(256)) | frozenset(_cp1252_chars())


@lru_cache(maxsize=65536)
def _verdict(token: str, decoder: str) -> tuple[str | None, int]:
    """The token decoded (None: left alone) and its vote: +1 legacy, -1 Unicode, 0 neither."""
    if token.isascii() or not set(token) <= _font_chars():
        return None, 0
    fixed = _decode_token(token, decoder)
    if fixed == token:
        return None, 0
    before, after = is_syllable(token.strip(_EDGE)), is_syllable(fixed.strip(_EDGE))
    return fixed, (after and not before) - (before and not after)


def _legacy_tokens(text: str, start: int, end: int, decoder: str) -> list[tuple[int, int, str]]:
    """The decoded words of the line ``text[start:end]`` if the line reads as ``decoder``, else none.

    A line is taken as legacy when more of its words become Vietnamese syllables by decoding
    than stop being ones; words with characters no legacy font produces are never touched.
    """
    changes: list[tuple[int, int, str]] = []
    votes = 0
    for m in _TOKEN.finditer(text, start, end):
        fixed, vote = _verdict(m.group(), decoder)
        if fixed is not None:
            votes += vote
            changes.append((m.start(), m.end(), fixed))
    return changes if votes > 0 else []


class Moves:
    """Where each offset of a text stands after some of its words were replaced.

    An offset inside a replaced word moves to where the new word starts; others move by the
    difference in length of the words replaced before them.
    """

    def __init__(self) -> None:
        self._starts = array("l")  # old start of each replaced word
        self._ends = array("l")
        self._new_starts = array("l")
        self._final_end = 0

    def add(self, start: int, end: int, new_start: int) -> None:
        self._starts.append(start)
        self._ends.append(end)
        self._new_starts.append(new_start)

    def __call__(self, offset: int) -> int:
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return offset
        if offset < self._ends[i]:
            return self._new_starts[i]
        return offset - self._ends[i] + self._new_end(i)

    def _new_end(self, i: int) -> int:
        # the gap after word i is copied unchanged, so its start follows from the next word's
        if i + 1 < len(self._starts):
            return self._new_starts[i + 1] - (self._starts[i + 1] - self._ends[i])
        return self._final_end

    def finish(self, old_length: int, new_length: int) -> None:
        self._final_end = new_length - (old_length - (self._ends[-1] if self._ends else 0))


def repair_text(text: str) -> tuple[str, str, Moves] | None:
    """Decode the TCVN3 or VNI words of Unicode text; None when the text needs nothing.

    Returns the repaired text, the legacy encoding found, and the map from offsets of ``text``
    to offsets of the repaired text.
    """
    sample = text[:100_000]
    if not may_hold_legacy_words(sample):
        return None  # only Vietnamese letters among the Latin-1 ones: no legacy-font word here
    share, seen = vietnamese_share(sample)
    if seen == 0 or share >= 0.98:
        return None
    shares = {d: vietnamese_share(_assemble(sample, d)[0])[0] for d in ("tcvn3", "vni")}
    best = max(shares, key=lambda d: shares[d])
    if shares[best] <= share:
        return None
    repaired, moves = _assemble(text, best)
    return (repaired, best, moves) if repaired != text else None


def decode_words(text: str, legacy: str) -> str:
    """``text`` with each word that reads as ``legacy`` ("tcvn3" or "vni") Vietnamese decoded."""
    return _assemble(text, legacy)[0]


def _assemble(text: str, decoder: str) -> tuple[str, Moves]:
    out: list[str] = []
    moves = Moves()
    length = 0
    pos = 0
    for line in _LINE.finditer(text):
        for start, end, fixed in _legacy_tokens(text, line.start(), line.end(), decoder):
            out.append(text[pos:start])
            length += start - pos
            moves.add(start, end, length)
            out.append(fixed)
            length += len(fixed)
            pos = end
    out.append(text[pos:])
    repaired = "".join(out)
    moves.finish(len(text), len(repaired))
    if decoder == "tcvn3":
        repaired = restore_capitals(repaired)
    return repaired, moves


_LINE = re.compile(r"[^\n]+")
