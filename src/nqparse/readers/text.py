"""Plain text and Markdown: bytes -> Source, decoding whatever encoding the file is in.

Detection, in order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without one (every
other byte zero); UTF-8; then the Vietnamese 8-bit encodings — Windows-1258, TCVN3 (ABC) and
VNI — each tried, keeping the one whose words are most often well-formed Vietnamese syllables;
charset-normalizer for anything else. UTF-8 text whose words went through a legacy font
("Ban ChÊp hµnh") is decoded word by word. ``--encoding`` skips detection.

A few stray bytes do not make readable text unreadable: NUL bytes are dropped and bytes the
encoding cannot decode are replaced by U+FFFD, each kind with a note (count, first offset)
that becomes a warning of the result. Only when they are more than a handful in a thousand is
the file binary, or in another encoding.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from ..errors import EncodingError, InputError
from ..records import record
from ..source import Note, Source
from .trace import may_hold_legacy_words

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The legacy decoders load on first use: most files are Unicode and never need them.
def _tcvn3(data: bytes) -> str:
    from .legacy import decode_tcvn3

    return decode_tcvn3(data)


def _vni(data: bytes) -> str:
    from .legacy import decode_vni

    return decode_vni(data)


def _cp1252(data: bytes) -> str:
    from .legacy import as_cp1252

    return as_cp1252(data)


LEGACY_DECODERS: dict[str, Callable[[bytes], str]] = {
    "tcvn3": _tcvn3,
    "vni": _vni,
}
"""Encodings Python has no codec for, by the name ``--encoding`` accepts and the output reports."""

_ALIASES = {"abc": "tcvn3", "tcvn": "tcvn3", "tcvn5712": "tcvn3", "tcvn-3": "tcvn3", "vn3": "tcvn3",
            "vni-windows": "vni", "vni_windows": "vni", "vniwin": "vni", "windows-1258": "cp1258"}

# The 8-bit candidates, best first when two look equally Vietnamese
_CANDIDATES: tuple[tuple[str, Callable[[bytes], str]], ...] = (
    ("cp1258", lambda b: b.decode("cp1258", errors="replace")),
    ("tcvn3", _tcvn3),
    ("vni", _vni),
    ("cp1252", _cp1252),
)
_MIN_SHARE = 0.6
"""Below this share of well-formed syllables a decoding is not taken for Vietnamese."""


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))

MAX_STRAY_SHARE = 0.005
"""Text with at most this share of NUL bytes, or of bytes its encoding cannot decode, is read
with those bytes dropped or replaced (and a warning); more, and it is binary or another encoding."""

_STRAY = re.compile("[\udc80-\udcff]")  # bytes that surrogateescape kept undecoded


@record
class Decoded:
    """Text decoded from bytes, the encoding used, and what had to be repaired on the way."""

    text: str
    encoding: str
    notes: tuple[Note, ...] = ()


def _repair(text: str) -> tuple[str, str, object] | None:
    """Legacy-font words in Unicode text decoded, when a telltale character is there at all."""
    if not may_hold_legacy_words(text):
        return None
    from .legacy import repair_text

    return repair_text(text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if sample.count(0) > len(sample) * MAX_STRAY_SHARE:
        return True
    # control bytes other than tab, line feed, form feed and carriage return, counted in C
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.02


def _without_nuls(found: Decoded, data: bytes) -> Decoded:
    """The text without NULs (a stray one in text a tool wrote badly), with a note of them.

    They are dropped after decoding, so that the offsets in every note are those of the file.
    """
    count = data.count(0)
    if not count:
        return found
    s = "s" * (count != 1)
    note = Note("stray-bytes", f"{count} NUL byte{s} dropped, the first at byte {data.index(0)}")
    return Decoded(found.text.replace("\x00", ""), found.encoding, (note, *found.notes))


def _decode_lossy(data: bytes, codec: str, label: str, shown: str) -> tuple[str, tuple[Note, ...]]:
    """Decode, replacing the few bytes ``codec`` cannot read by U+FFFD, with a note naming their
    count and the first one's offset; ``EncodingError`` when they are too many to be strays."""
    try:
        text = data.decode(codec, errors="surrogateescape")
    except UnicodeDecodeError as e:  # surrogateescape covers high bytes only (not a cut UTF-16 pair)
        raise EncodingError(f"cannot decode as {shown} at byte {e.start}", path=label) from None
    first = _STRAY.search(text)
    if first is None:
        return text, ()
    count = len(_STRAY.findall(text))
    offset = len(text[:first.start()].encode(codec, errors="surrogateescape"))
    if count > max(1, len(data) * MAX_STRAY_SHARE):
        raise EncodingError(f"cannot decode as {shown}: {count:,} bytes are not {shown}, the first at byte {offset}",
                            path=label)
    s = "s" * (count != 1)
    note = f"{count} byte{s} not valid {shown} replaced by U+FFFD, the first at byte {offset}"
    return _STRAY.sub("\ufffd", text), (Note("stray-bytes", note),)


def _mostly_utf8(data: bytes) -> bool:
    """Whether UTF-8 text with a few broken bytes: its valid multi-byte characters far
    outnumber the bytes that fit no UTF-8 sequence (text in an 8-bit encoding has the reverse)."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_STRAY.findall(text))
    wide = sum(1 for ch in text if ch > "\x7f" and not _STRAY.match(ch))
    return 0 < bad <= len(data) * MAX_STRAY_SHARE and wide >= 20 * bad


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text written without a BOM."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    # Vietnamese in UTF-16 has zero high bytes for spaces, digits and ASCII letters: most characters
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _decode_named(data: bytes, label: str, encoding: str) -> Decoded:
    name = _ALIASES.get(encoding.lower(), encoding.lower())
    if name in LEGACY_DECODERS:
        return _without_nuls(Decoded(LEGACY_DECODERS[name](data), name), data)
    try:
        info = codecs.lookup(name)
    except LookupError:
        known = ", ".join(sorted(LEGACY_DECODERS))
        raise InputError(f"unknown encoding {encoding!r}", path=label,
                         hint=f"a Python codec name, or {known}") from None
    text, bad = _decode_lossy(data, name, label, encoding)
    found = Decoded(text, encoding, bad)
    if info.name.startswith(("utf-16", "utf-32")):  # their NULs are half of every character
        return found
    return _without_nuls(found, data)


def _best_8bit(data: bytes) -> tuple[str, str] | None:
    """The 8-bit decoding that reads most like Vietnamese, or None when none does."""
    from ..phrases.syllables import vietnamese_share

    sample = data[:262144]
    best: tuple[float, int, str] | None = None
    for rank, (name, decoder) in enumerate(_CANDIDATES):
        share, seen = vietnamese_share(decoder(sample))
        if seen and (best is None or (share, -rank) > (best[0], -best[1])):
            best = (share, rank, name)
    if best is None or best[0] < _MIN_SHARE:
        return None
    name, decoder = _CANDIDATES[best[1]]
    return decoder(data), name


def decode(data: bytes, label: str, encoding: str | None = None) -> Decoded:
    """Decode ``data``: the text, the name of the encoding used, and notes of bytes repaired."""
    if encoding:
        return _decode_named(data, label, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as e:
                raise EncodingError(f"broken {name} text at byte {e.start}", path=label) from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise InputError("file is binary, not text", path=label,
                         hint="nqparse reads .txt, .md, .pdf and .docx")
    return _without_nuls(_decode_8bit(data, label), data)


def _decode_8bit(data: bytes, label: str) -> Decoded:
    """UTF-8 (a few broken bytes replaced), then the Vietnamese 8-bit encodings, then any."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if _mostly_utf8(data):
            text, notes = _decode_lossy(data, "utf-8", label, "utf-8")
            return Decoded(text, "utf-8", notes)
    else:
        repaired = _repair(text)
        if repaired:
            return Decoded(repaired[0], f"utf-8+{repaired[1]}")
        return Decoded(text, "utf-8")
    found = _best_8bit(data)
    if found:
        return Decoded(*found)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError("cannot tell the text encoding", path=label, hint="give it with --encoding")
    return Decoded(str(best), best.encoding)


def read_text(data: bytes, label: str, *, encoding: str | None = None) -> Source:
    found = decode(data, label, encoding)
    if not found.text.strip():
        raise InputError("file holds only white space", path=label)
    return Source(text=found.text, format="txt", encoding=found.encoding, notes=found.notes)
