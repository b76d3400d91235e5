"""How scanned pages are read: the options every reader, the batch and the CLI pass along.

Kept apart from ``scan`` (the OCR engine and its layout rules) so that naming the options
loads nothing of the engine: a text file never needs it.
"""

from __future__ import annotations

from typing import Literal

from ..records import record

OcrMode = Literal["auto", "always", "never"]

DEFAULT_DPI = 300


@record
class OcrOptions:
    """How scanned pages are read: ``mode`` (auto: only pages without usable text), the
    resolution pages are rendered at, and how many pages are recognized at once."""

    mode: OcrMode = "auto"
    dpi: int = DEFAULT_DPI
    jobs: int = 1


DEFAULT_OCR = OcrOptions()
