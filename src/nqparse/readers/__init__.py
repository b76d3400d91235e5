"""Readers: one module per file format, each turning bytes into a ``Source``.

``read_path`` picks the reader by the file's content first and its extension second, so a
PDF named .txt is still read as a PDF. Heavy libraries are imported inside their reader.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..source import Source, SourceFormat

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
"""Files larger than this are refused unless the caller raises the limit (``--max-size``)."""

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".text": "txt", ".markdown": "md"}


def sniff_format(data: bytes, suffix: str) -> SourceFormat | None:
    """The format the bytes really are, or None when the content says nothing."""
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "docx"
    return None


def read_bytes(data: bytes, *, name: str | None, suffix: str = "", encoding: str | None = None,
               max_size: int = DEFAULT_MAX_SIZE) -> Source:
    label = name or "<stdin>"
    if len(data) > max_size:
        raise InputError(f"file is {len(data):,} bytes, over the {max_size:,}-byte limit",
                         path=label, hint="raise it with --max-size")
    if not data.strip():
        raise InputError("file is empty" if not data else "file holds only white space", path=label)
    fmt = sniff_format(data, suffix)
    if fmt is None:
        fmt = TEXT_SUFFIXES.get(suffix.lower(), "txt")  # type: ignore[assignment]
        if suffix.lower() in (".pdf", ".docx"):
            # A .pdf or .docx without its signature may still be a text file under the wrong name.
            fmt = "txt"
    source: Source
    if fmt == "pdf":
        from .pdf import read_pdf

        source = read_pdf(data, label)
    elif fmt == "docx":
        from .docx import read_docx

        source = read_docx(data, label)
    else:
        from .text import read_text

        source = read_text(data, label, encoding=encoding)
        if name is None:
            source = replace(source, format="stdin")
        elif fmt == "md":
            source = replace(source, format="md")
    return replace(source, path=name, size=len(data), sha256=hashlib.sha256(data).hexdigest())


def read_path(path: str | Path, *, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> Source:
    """Read a file (or ``-`` for standard input) into a ``Source``; raise ``InputError`` if unusable."""
    if str(path) == "-":
        return read_bytes(sys.stdin.buffer.read(max_size + 1), name=None, encoding=encoding,
                          max_size=max_size)
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file", path=str(p), hint="use 'nqparse batch' for folders")
        size = p.stat().st_size
        if size > max_size:
            raise InputError(f"file is {size:,} bytes, over the {max_size:,}-byte limit",
                             path=str(p), hint="raise it with --max-size")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(p)) from None
    except PermissionError:
        raise InputError("permission denied", path=str(p)) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=str(p)) from None
    return read_bytes(data, name=str(p), suffix=p.suffix, encoding=encoding, max_size=max_size)
