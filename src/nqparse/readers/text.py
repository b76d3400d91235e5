"""Plain text and Markdown: bytes -> Source, decoding whatever encoding the file is in."""

from __future__ import annotations

import codecs

from ..errors import EncodingError, InputError
from ..source import Source

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.02


def decode(data: bytes, label: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return the text and the name of the encoding used."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", path=label) from None
        except UnicodeDecodeError as e:
            raise EncodingError(f"cannot decode as {encoding} at byte {e.start}", path=label) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as e:
                raise EncodingError(f"broken {name} text at byte {e.start}", path=label) from None
    if _looks_binary(data):
        raise InputError("file is binary, not text", path=label,
                         hint="nqparse reads .txt, .md, .pdf and .docx")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError("cannot tell the text encoding", path=label, hint="give it with --encoding")
    return str(best), best.encoding


def read_text(data: bytes, label: str, *, encoding: str | None = None) -> Source:
    text, used = decode(data, label, encoding)
    if not text.strip():
        raise InputError("file holds only white space", path=label)
    return Source(text=text, format="txt", encoding=used)
