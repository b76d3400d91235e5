"""What extractors hand to ``assemble``: small frozen values, never the output models.

An extractor reads the layout and the document's mentions and returns records of its own
(frozen dataclasses defined in its module); ``assemble`` alone turns them into the pydantic
models of ``models.py``, placing every ``At`` on its page, paragraph, cell or box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# the words around a figure, as records and output models both name them
Comparator = Literal["=", ">=", ">", "<=", "<", "~"]
Change = Literal["increase", "decrease"]
Verdict = Literal["exceeded", "met", "missed"]


@dataclass(frozen=True, slots=True)
class At:
    """Where a value was read: ``text[start:end]`` of the normalized text."""

    start: int
    end: int
