"""The metadata box of a legal web site, kept in a page saved as text or Markdown.

"Số hiệu: 144/KH-UBND | Loại văn bản: Kế hoạch | Nơi ban hành: Tỉnh Bắc Ninh | Người ký: Mai
Sơn | Ngày ban hành: 24/11/2025": each value stands after its label on the same line, in the
next table cell, or on the next line. The box is evidence for the number, kind, issuer, signer
and date, used only where the document's own header and signature do not give them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..lexicon import metadata_box
from ..phrases.lazy import lazy
from ..phrases.text import matches_at, squash, trimmed, unmarked
from ..records import At, record
from ..segment import Layout

_CELL_END = lazy(r"[|\n]")
_NEAR = 800  # characters: the labels of one box stand close together


@record(slots=True)
class BoxValue:
    text: str
    at: At


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    plain = {unmarked(k): v for k, v in metadata_box().labels.items()}
    alts = "|".join(regex.escape(k) for k in sorted(plain, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?P<label>{alts})\s*:"), plain


def read_metadata_box(layout: Layout) -> dict[str, BoxValue]:
    """Each field the box gives, with the span of its value; empty when there is no box (two
    labels at least, close together)."""
    return dict(_read_box(layout.text.text, layout.text.plain))


@lru_cache(maxsize=2)  # the document, issuer and signature readers each ask: the box is read once
def _read_box(text: str, plain: str) -> dict[str, BoxValue]:
    pattern, fields = _labels()
    found: dict[str, BoxValue] = {}
    last = None
    for m in matches_at(pattern, plain, _label_starts(plain, tuple(fields))):
        if last is not None and m.start() - last > _NEAR and len(found) >= 2:
            break
        field = fields[m.group("label")]
        value = _value_after(text, m.end(), pattern, plain)
        if value and field not in found:
            found[field] = value
            last = m.start()
    return found if len(found) >= 2 else {}


def _label_starts(plain: str, labels: tuple[str, ...]) -> list[int]:
    """Where a label stands before a colon (spaces between): the pattern is tried there alone.
    Colons are few, and one character is looked for at memory speed."""
    found: set[int] = set()
    colon = plain.find(":")
    while colon >= 0:
        end = colon
        while end and plain[end - 1].isspace():
            end -= 1
        found.update(end - len(label) for label in labels if plain.startswith(label, end - len(label), end))
        colon = plain.find(":", colon + 1)
    return sorted(found)


def _value_after(text: str, pos: int, pattern: regex.Pattern[str], plain: str) -> BoxValue | None:
    """The value after a label: the rest of its cell, else the next line or cell with text."""
    for _ in range(3):
        stop = _CELL_END.search(text, pos)
        end = stop.start() if stop else len(text)
        label = pattern.search(plain, pos, end)
        if label:
            end = label.start()
        start, end = trimmed(text, pos, end, " \t*_,;")
        if end > start:
            return BoxValue(squash(text[start:end]), At(start, end))
        if stop is None or label:
            return None
        pos = stop.end()
    return None
