"""Word's automatic list numbers: the "I.", "1.", "a)" and "-" that Word draws but does not store.

A paragraph in a numbered list holds only its words; the number comes from the numbering
part (``word/numbering.xml``) and a counter per list. Without it, headings and items of a
DOCX would lose the markers the segmenter reads. ``Numbering.label(paragraph)`` gives the
marker as Word shows it, counting lists in document order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..phrases.numbers import int_to_roman

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLAIN_BULLETS = "-–+•*"


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str
    start: int


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter in Word's number formats."""
    if fmt == "upperRoman":
        return int_to_roman(n)
    if fmt == "lowerRoman":
        return int_to_roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(element: Any, tag: str) -> str | None:
    child = element.find(f"{_W}{tag}") if element is not None else None
    return child.get(f"{_W}val") if child is not None else None


class Numbering:
    def __init__(self, numbering_element: Any | None, styles_element: Any | None = None) -> None:
        self._levels: dict[str, dict[int, Level]] = {}
        self._counters: dict[str, list[int]] = {}
        self._style_num: dict[str, tuple[str, int]] = {}
        if numbering_element is None:
            return
        abstract: dict[str, dict[int, Level]] = {}
        for node in numbering_element.findall(f"{_W}abstractNum"):
            levels: dict[int, Level] = {}
            for lvl in node.findall(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl") or 0)
                levels[ilvl] = Level(_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                                     int(_val(lvl, "start") or 1))
            abstract[node.get(f"{_W}abstractNumId") or ""] = levels
        for num in numbering_element.findall(f"{_W}num"):
            levels = dict(abstract.get(_val(num, "abstractNumId") or "", {}))
            for override in num.findall(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl") or 0)
                start = _val(override, "startOverride")
                if start is not None and ilvl in levels:
                    old = levels[ilvl]
                    levels[ilvl] = Level(old.fmt, old.text, int(start))
            self._levels[num.get(f"{_W}numId") or ""] = levels
        if styles_element is not None:
            for style in styles_element.findall(f"{_W}style"):
                num_pr = style.find(f"{_W}pPr/{_W}numPr")
                if num_pr is not None and _val(num_pr, "numId"):
                    self._style_num[style.get(f"{_W}styleId") or ""] = (_val(num_pr, "numId") or "",
                                                                     int(_val(num_pr, "ilvl") or 0))

    def label(self, paragraph: Any) -> str:
        """The list marker Word draws before ``paragraph`` (a ``w:p`` element), or ""."""
        ppr = paragraph.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is not None:
            num_id, ilvl = _val(num_pr, "numId") or "", int(_val(num_pr, "ilvl") or 0)
        else:
            style = _val(ppr, "pStyle") if ppr is not None else None
            if not style or style not in self._style_num:
                return ""
            num_id, ilvl = self._style_num[style]
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counters = self._counters.setdefault(num_id, [0] * 9)
        level = levels[ilvl]
        counters[ilvl] = (counters[ilvl] or level.start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if level.fmt == "bullet":
            mark = level.text.strip()
            return mark if mark and mark in _PLAIN_BULLETS else "•"
        if level.fmt == "none":
            return ""
        text = level.text
        for k in range(9, 0, -1):
            if f"%{k}" in text:
                lvl = levels.get(k - 1)
                value = counters[k - 1] or (lvl.start if lvl else 1)
                text = text.replace(f"%{k}", format_number(value, lvl.fmt if lvl else "decimal"))
        return text.strip()
