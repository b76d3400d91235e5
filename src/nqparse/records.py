"""What extractors hand to ``assemble``: small frozen values, never the output models.

An extractor reads the layout and the document's mentions and returns records of its own
(frozen dataclasses defined in its module); ``assemble`` alone turns them into the pydantic
models of ``models.py``, placing every ``At`` on its page, paragraph, cell or box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# the document kinds and body levels, as the lexicon, records and output models all name them
DocumentKind = Literal[
    "nghi_quyet", "ket_luan", "chi_thi", "quy_dinh", "quyet_dinh", "thong_bao", "bao_cao",
    "ke_hoach", "chuong_trinh", "to_trinh", "huong_dan", "cong_van", "article", "unknown",
]
Level = Literal["central", "province", "district", "commune"]
# the words around a figure, as records and output models both name them
Comparator = Literal["=", ">=", ">", "<=", "<", "~"]
Change = Literal["increase", "decrease"]
Verdict = Literal["exceeded", "met", "missed"]


@dataclass(frozen=True, slots=True)
class At:
    """Where a value was read: ``text[start:end]`` of the normalized text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Note:
    """Something about the extraction itself (a repair, a bundled file), for the warnings."""

    code: str
    message: str
    at: At | None = None
