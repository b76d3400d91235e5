"""The project's own exceptions: each names the file, where it went wrong, and a hint.

The CLI prints ``str(error)`` as one line and exits with ``error.exit_code`` (2 for input
that cannot be used, 4 for output that cannot be written); nothing below the CLI ever prints a
traceback for bad input.
"""

from __future__ import annotations

import errno


class NqparseError(Exception):
    """Base of every error nqparse raises on purpose."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, position: str | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.position = position
        self.hint = hint

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.position:
            where = f"{where}:{self.position}"
        text = f"{where}: {self.message}"
        if self.hint:
            text = f"{text} ({self.hint})"
        return text


class InputError(NqparseError):
    """The input cannot be read as a document: empty, binary, broken, unsupported or too large."""


class EncodingError(InputError):
    """The bytes cannot be decoded as text in any supported encoding."""


class ScannedPdfError(InputError):
    """A PDF without a text layer, read with ``--ocr never``."""


class OcrUnavailableError(InputError):
    """The input needs OCR, and Tesseract or its Vietnamese model is not installed."""


class ExtractionError(NqparseError):
    """The pipeline failed on readable text (a bug: the message says where)."""


class OutputError(NqparseError):
    """A result cannot be written: the disk is full, the folder is not writable, the reader of
    a pipe has gone. ``quiet`` for a closed pipe, which Unix tools leave unreported."""

    exit_code = 4

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None,
                 quiet: bool = False) -> None:
        super().__init__(message, path=path, hint=hint)
        self.quiet = quiet


_WRITE_REASONS = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.EFBIG: "the file is too large for the file system",
    errno.EPIPE: "the reader of the output has gone",
}


def write_error(error: OSError, path: str | None) -> OutputError:
    """The ``OutputError`` for an ``OSError`` raised while writing to ``path``."""
    reason = _WRITE_REASONS.get(error.errno or 0) or error.strerror or str(error)
    return OutputError(f"cannot write: {reason}", path=path or error.filename,
                       quiet=isinstance(error, BrokenPipeError))
