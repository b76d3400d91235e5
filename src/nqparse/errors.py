"""The project's own exceptions: each names the file, where it went wrong, and a hint.

The CLI prints ``str(error)`` as one line and exits with ``error.exit_code``; nothing below
the CLI ever prints a traceback for bad input.
"""

from __future__ import annotations


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
    """A PDF without a text layer; OCR is out of scope."""


class ExtractionError(NqparseError):
    """The pipeline failed on readable text (a bug: the message says where)."""
